"""The sixth hand-written blind toxicity probes (#14.3): each form holds its declared messages under its kind, every
item is well formed and new, no training script imports them, and `bench/toxicity.py --split blind6` scores them
alone."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from genaiops.safety.guardrails.train import workplace_chat_blind as blind1
from genaiops.safety.guardrails.train import workplace_chat_blind2 as blind2
from genaiops.safety.guardrails.train import workplace_chat_blind3 as blind3
from genaiops.safety.guardrails.train import workplace_chat_blind4 as blind4
from genaiops.safety.guardrails.train import workplace_chat_blind5 as blind5
from genaiops.safety.guardrails.train.workplace_chat import HARMFUL_KINDS, OPS_KINDS, TEMPLATES, chat_items
from genaiops.safety.guardrails.train.workplace_chat_blind6 import BENIGN_FORMS, BLIND6, HOSTILE_FORMS, blind6_items

ROOT = Path(__file__).resolve().parents[2]
FORMS = [
    ("belittling", "harassment", 11), ("ridicule", "harassment", 7), ("mocking", "harassment", 8),
    ("humiliation", "harassment", 7), ("sexual", "harassment", 6), ("advice_threat", "veiled_threat", 8),
    ("career_threat", "veiled_threat", 7), ("personal_threat", "veiled_threat", 6), ("pressure", "intimidation", 8),
    ("silencing", "intimidation", 6), ("exclusion", "exclusion", 11), ("group", "group_demeaning", 14),
    ("ops_violent", "ops_violent", 21), ("ops_profanity", "ops_profanity", 18), ("ops_ordinary", "ops_ordinary", 22),
    ("praise", "ops_ordinary", 5), ("disagreement", "civil_disagreement", 7), ("feedback", "civil_disagreement", 5),
    ("quoted", "quoted_report", 9), ("self", "self_deprecation", 8),
]  # fmt: skip
"""(form, kind it is scored as, messages), hostile forms first."""


@pytest.mark.parametrize(("form", "kind", "count"), FORMS)
def test_each_form_holds_its_declared_messages(form: str, kind: str, count: int) -> None:
    """A form is scored as its kind and holds its count; hostile forms fold onto harmful kinds, the rest do not."""
    forms = HOSTILE_FORMS if kind in HARMFUL_KINDS else BENIGN_FORMS
    assert (forms[form][0], len(forms[form][1])) == (kind, count)


def test_sixth_blind_set_is_the_sum_of_its_forms() -> None:
    """194 messages: 99 hostile in 12 forms over all five harmful kinds, 95 not in 8 forms, 66 of them ops kinds
    (61 hard negatives in ops language and 5 of praise addressed to a person)."""
    items = blind6_items()
    assert len(HOSTILE_FORMS) + len(BENIGN_FORMS) == len(FORMS) == 20
    declared: Counter[str] = Counter()
    for _, kind, count in FORMS:
        declared[kind] += count
    assert Counter(i.kind for i in items) == declared and set(declared) == set(TEMPLATES)
    assert (len(items), sum(i.label for i in items), sum(i.kind in OPS_KINDS for i in items)) == (194, 99, 66)


def test_sixth_blind_items_are_well_formed_and_new() -> None:
    """Every item is labelled by its kind, is its own stripped template, appears once, and shares no text
    (case-insensitively) with the generated set or any of the five earlier probe sets."""
    items = blind6_items()
    assert {i.part for i in items} == {"blind6"} and set(BLIND6) == set(TEMPLATES)
    assert all(i.text and i.text == i.text.strip() == i.template for i in items)
    assert all(i.label == TEMPLATES[i.kind][0] for i in items)
    mine = Counter(i.text.lower() for i in items)
    assert max(mine.values()) == 1
    loaders = (blind1.blind_items, blind2.blind2_items, blind3.blind3_items, blind4.blind4_items, blind5.blind5_items)
    earlier = {i.text.lower() for i in chat_items()} | {i.text.lower() for load in loaders for i in load()}
    assert not set(mine) & earlier


def test_no_training_script_names_the_sixth_blind_set() -> None:
    """The probes stay blind: only the probe files themselves (workplace_chat_blind*) name them in the training
    package."""
    train = ROOT / "safety" / "guardrails" / "train"
    naming = [p.name for p in train.glob("*.py") if re.search(r"chat_blind6|blind6_items|BLIND6", p.read_text())]
    assert naming and all(name.startswith("workplace_chat_blind6") for name in naming)


def test_toxicity_bench_scores_only_the_sixth_blind_split() -> None:
    """`bench/toxicity.py --split blind6` prints one row per detector variant on the 194 probes, and the per-kind
    table, and nothing of the other sets."""
    done = subprocess.run(
        [sys.executable, "bench/toxicity.py", "--split", "blind6"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = [line.split("|")[2].strip() for line in done.stdout.splitlines() if re.match(r"\| blind6 \|.*\| 194 ", line)]
    assert len(rows) == 5 and "people, not words (default)" in rows, done.stdout
    assert "| self_deprecation " in done.stdout and not re.search("heldout|Davidson", done.stdout)
