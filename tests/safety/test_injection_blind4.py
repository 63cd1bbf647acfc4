"""The fourth hand-written blind injection set (#14.2) loads with the counts its docstring declares, every item well
formed, apart from the earlier blind sets; development data since session 21, only the models trained across authors
import it."""

from __future__ import annotations

import re
from pathlib import Path

from genaiops.safety.guardrails.train import injection_blind4
from genaiops.safety.guardrails.train.injection_blind import injection_blind_items
from genaiops.safety.guardrails.train.injection_blind2 import blind2_items
from genaiops.safety.guardrails.train.injection_blind3 import blind3_items
from genaiops.safety.guardrails.train.injection_blind4 import BLIND4, blind4_items

ROOT = Path(__file__).resolve().parents[2]


def _declared(channel: str) -> dict[str, int]:
    """The per-kind counts the module docstring lists for ``channel`` ("Input kinds: ..." / "Tool kinds: ...")."""
    doc = " ".join((injection_blind4.__doc__ or "").split())
    listed = re.search(rf"{channel.capitalize()} kinds: (.*?)\.", doc)
    assert listed, channel
    return {kind: int(n) for kind, n in re.findall(r"(\w+) (\d+)", listed.group(1))}


def test_fourth_blind_set_has_its_declared_counts_per_channel_and_kind() -> None:
    """75 attacks and 75 hard negatives typed by operators, 83 and 83 in tool results, 316 texts, each kind as large
    as the docstring says."""
    items = blind4_items()
    counts = {
        (ch, flag): sum(i.channel == ch and i.injection == flag for i in items) for ch in BLIND4 for flag in (1, 0)
    }
    assert counts == {("input", 1): 75, ("input", 0): 75, ("tool", 1): 83, ("tool", 0): 83}
    assert len(items) == 316
    for channel, kinds in BLIND4.items():
        assert {kind: len(texts) for kind, texts in kinds.items()} == _declared(channel)
        assert [i.text for i in blind4_items(channel)] == [t for texts in kinds.values() for t in texts]


def test_fourth_blind_set_items_are_well_formed_and_new() -> None:
    """Every text is a non-empty string labelled by its kind's prefix, none repeats, and none is a text of the
    three earlier blind sets."""
    items = blind4_items()
    assert {i.channel for i in items} == {"input", "tool"}
    for item in items:
        assert isinstance(item.text, str) and len(item.text.strip()) >= 20, item
        assert item.kind.startswith("attack_" if item.injection else "benign_"), item
    texts = [i.text for i in items]
    earlier = {i.text for load in (injection_blind_items, blind2_items, blind3_items) for i in load()}
    assert len(set(texts)) == len(texts) and not earlier & set(texts)


def test_only_the_authors_models_train_on_the_fourth_set() -> None:
    """Development data since session 21: of the modules under safety/guardrails/train only the set itself and
    ``train_injection_authors.py`` (the models trained across authors) mention it."""
    train = ROOT / "safety" / "guardrails" / "train"
    module = "injection_blind4"
    importers = [p.name for p in train.glob("*.py") if p.stem != module and module in p.read_text()]
    assert importers == ["train_injection_authors.py"]
