"""The fifth to twelfth, the fifteenth and the eighteenth hand-written blind injection sets (#14.2): each one's
declared size per channel and kind, well-formed items that no earlier blind set holds, and no training script but the
cross-author one (the fifth to ninth are development data since session 26, the tenth since session 27) that could
import it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from genaiops.safety.guardrails.train import (
    injection_blind5,
    injection_blind6,
    injection_blind7,
    injection_blind8,
    injection_blind9,
    injection_blind10,
    injection_blind11,
    injection_blind12,
    injection_blind15,
    injection_blind18,
)
from genaiops.safety.guardrails.train.injection_blind import injection_blind_items
from genaiops.safety.guardrails.train.injection_blind2 import blind2_items
from genaiops.safety.guardrails.train.injection_blind3 import blind3_items
from genaiops.safety.guardrails.train.injection_blind4 import blind4_items
from genaiops.safety.guardrails.train.injection_blind5 import BLIND5, blind5_probe_items
from genaiops.safety.guardrails.train.injection_blind6 import BLIND6, blind6_probe_items
from genaiops.safety.guardrails.train.injection_blind7 import BLIND7, blind7_probe_items
from genaiops.safety.guardrails.train.injection_blind8 import BLIND8, blind8_probe_items
from genaiops.safety.guardrails.train.injection_blind9 import BLIND9, blind9_probe_items
from genaiops.safety.guardrails.train.injection_blind10 import BLIND10, blind10_probe_items
from genaiops.safety.guardrails.train.injection_blind11 import BLIND11, blind11_probe_items
from genaiops.safety.guardrails.train.injection_blind12 import BLIND12, blind12_probe_items
from genaiops.safety.guardrails.train.injection_blind15 import BLIND15, blind15_probe_items
from genaiops.safety.guardrails.train.injection_blind18 import BLIND18, blind18_probe_items
from genaiops.safety.guardrails.train.probes import Channel, ProbeItem

TRAIN = Path(__file__).resolve().parents[2] / "safety" / "guardrails" / "train"
EARLIER: list[Callable[..., list[ProbeItem]]] = [
    injection_blind_items,
    blind2_items,
    blind3_items,
    blind4_items,
    blind5_probe_items,
    blind6_probe_items,
    blind7_probe_items,
    blind8_probe_items,
    blind9_probe_items,
    blind10_probe_items,
    blind11_probe_items,
    blind12_probe_items,
    blind15_probe_items,
    blind18_probe_items,
]
"""Every blind set's loader, oldest first."""
SETS: dict[str, tuple[ModuleType, dict[Channel, dict[str, tuple[str, ...]]], Callable[..., list[ProbeItem]]]] = {
    "blind5": (injection_blind5, BLIND5, blind5_probe_items),
    "blind6": (injection_blind6, BLIND6, blind6_probe_items),
    "blind7": (injection_blind7, BLIND7, blind7_probe_items),
    "blind8": (injection_blind8, BLIND8, blind8_probe_items),
    "blind9": (injection_blind9, BLIND9, blind9_probe_items),
    "blind10": (injection_blind10, BLIND10, blind10_probe_items),
    "blind11": (injection_blind11, BLIND11, blind11_probe_items),
    "blind12": (injection_blind12, BLIND12, blind12_probe_items),
    "blind15": (injection_blind15, BLIND15, blind15_probe_items),
    "blind18": (injection_blind18, BLIND18, blind18_probe_items),
}
"""--split name -> (its module, its table, its loader)."""
SIZES = {
    "blind5": {"input": (79, 80), "tool": (85, 86)},
    "blind6": {"input": (74, 76), "tool": (81, 84)},
    "blind7": {"input": (76, 78), "tool": (80, 88)},
    "blind8": {"input": (79, 79), "tool": (86, 91)},
    "blind9": {"input": (77, 80), "tool": (83, 97)},
    "blind10": {"input": (78, 84), "tool": (82, 97)},
    "blind11": {"input": (76, 84), "tool": (82, 95)},
    "blind12": {"input": (77, 86), "tool": (82, 96)},
    "blind15": {"input": (76, 86), "tool": (86, 96)},
    "blind18": {"input": (76, 88), "tool": (90, 100)},
}
"""--split name -> channel -> (attacks, hard negatives), as each set's docstring declares."""


@pytest.mark.parametrize(("split", "channel"), [(s, c) for s in SETS for c in ("input", "tool")])
def test_channel_has_the_kinds_and_counts_its_docstring_lists(split: str, channel: Channel) -> None:
    """Per set and channel: as many attacks and hard negatives as declared, each kind as large as its "<Channel>
    kinds:" line says, in the table's order."""
    module, table, items_of = SETS[split]
    items = items_of(channel)
    attacks, negatives = SIZES[split][channel]
    assert Counter(i.injection for i in items) == {True: attacks, False: negatives}
    listed = re.search(rf"{channel.capitalize()} kinds: ([^.]*)\.", " ".join((module.__doc__ or "").split()))
    assert listed, f"no '{channel.capitalize()} kinds:' line in the module docstring"
    declared = {kind: int(n) for kind, n in re.findall(r"(\w+) (\d+)", listed.group(1))}
    assert dict(Counter(i.kind for i in items)) == declared
    assert [i.text for i in items] == [text for texts in table[channel].values() for text in texts]


@pytest.mark.parametrize("split", SETS)
def test_items_are_labelled_by_kind_unique_and_new(split: str) -> None:
    """Texts of at least 20 characters, ``attack_`` kinds flagged and ``benign_`` ones not, no repeat, and none is a
    text of an earlier blind set (ignoring case and spacing)."""
    _, _, items_of = SETS[split]
    items = items_of()
    assert len(items) == sum(map(sum, SIZES[split].values())) and {i.channel for i in items} == {"input", "tool"}
    assert all(len(i.text.strip()) >= 20 and i.kind.startswith("attack_" if i.injection else "benign_") for i in items)

    def key(text: str) -> str:
        return " ".join(text.lower().split())

    mine = Counter(key(i.text) for i in items)
    assert max(mine.values()) == 1
    earlier = EARLIER[: EARLIER.index(items_of)]
    assert len(earlier) >= 4 and not {key(i.text) for load in earlier for i in load()} & mine.keys()


DEVELOPMENT = ("blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind15")
"""Sets the models trained across authors read (``train_injection_authors.py``, since session 26; the tenth since
session 27; the eleventh, read by the tool-result model, since session 28; the twelfth and fifteenth, named for the
leave-one-set-out check, since session 30); a fresh set is named by no training script."""


@pytest.mark.parametrize("split", SETS)
def test_only_the_set_and_its_parts_name_it_under_train(split: str) -> None:
    """No training module names the set, its parts (``injection_blindN_*``) or its loader, so none trains on it; a
    development set is named by the cross-author training module alone."""
    named = re.compile(rf"\binjection_{split}|\b{split}_probe_items\b")
    others = [p for p in TRAIN.glob("*.py") if not p.stem.startswith(f"injection_{split}")]
    naming = sorted(p.name for p in others if named.search(p.read_text()))
    assert others and naming == (["train_injection_authors.py"] if split in DEVELOPMENT else [])
