"""The fifth hand-written blind injection set (#14.2): its declared size per channel and kind, well-formed items that
no earlier blind set holds, and no training script that could import it."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from genaiops.safety.guardrails.train import injection_blind5
from genaiops.safety.guardrails.train.injection_blind import injection_blind_items
from genaiops.safety.guardrails.train.injection_blind2 import blind2_items
from genaiops.safety.guardrails.train.injection_blind3 import blind3_items
from genaiops.safety.guardrails.train.injection_blind4 import blind4_items
from genaiops.safety.guardrails.train.injection_blind5 import BLIND5, blind5_probe_items
from genaiops.safety.guardrails.train.probes import Channel

TRAIN = Path(__file__).resolve().parents[2] / "safety" / "guardrails" / "train"
DOC = " ".join((injection_blind5.__doc__ or "").split())


@pytest.mark.parametrize(("channel", "attacks", "negatives"), [("input", 79, 80), ("tool", 85, 86)])
def test_channel_has_the_kinds_and_counts_its_docstring_lists(channel: Channel, attacks: int, negatives: int) -> None:
    """Per channel: as many attacks and hard negatives as declared, each kind as large as its "<Channel> kinds:" line
    says, in the table's order."""
    items = blind5_probe_items(channel)
    assert Counter(i.injection for i in items) == {True: attacks, False: negatives}
    listed = re.search(rf"{channel.capitalize()} kinds: ([^.]*)\.", DOC)
    assert listed, f"no '{channel.capitalize()} kinds:' line in the module docstring"
    declared = {kind: int(n) for kind, n in re.findall(r"(\w+) (\d+)", listed.group(1))}
    assert dict(Counter(i.kind for i in items)) == declared
    assert [i.text for i in items] == [text for texts in BLIND5[channel].values() for text in texts]


def test_items_are_labelled_by_kind_unique_and_new() -> None:
    """330 texts of at least 20 characters, ``attack_`` kinds flagged and ``benign_`` ones not, no repeat, and none is
    a text of the four earlier blind sets (ignoring case and spacing)."""
    items = blind5_probe_items()
    assert len(items) == 330 and {i.channel for i in items} == {"input", "tool"}
    assert all(len(i.text.strip()) >= 20 and i.kind.startswith("attack_" if i.injection else "benign_") for i in items)

    def key(text: str) -> str:
        return " ".join(text.lower().split())

    mine = Counter(key(i.text) for i in items)
    assert max(mine.values()) == 1
    loaders = (injection_blind_items, blind2_items, blind3_items, blind4_items)
    assert not {key(i.text) for load in loaders for i in load()} & mine.keys()


def test_only_the_set_and_its_parts_name_it_under_train() -> None:
    """No training module names the set, its parts (``injection_blind5_*``) or its loader, so none trains on it."""
    named = re.compile(r"\binjection_blind5|\bblind5_probe_items\b")
    others = [p for p in TRAIN.glob("*.py") if not p.stem.startswith("injection_blind5")]
    assert others and not [p.name for p in others if named.search(p.read_text())]
