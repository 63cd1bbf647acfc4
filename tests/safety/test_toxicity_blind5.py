"""The fifth hand-written toxicity probes (#14.3; blind until session 20, development data since session 21): they
load with their declared counts, every item is well formed and new, only the people models' training module reads
them, and `bench/toxicity.py --split blind5` scores them alone."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from genaiops.safety.guardrails.train.workplace_chat import HARMFUL_KINDS, OPS_KINDS, TEMPLATES, chat_items
from genaiops.safety.guardrails.train.workplace_chat_blind import blind_items
from genaiops.safety.guardrails.train.workplace_chat_blind2 import blind2_items
from genaiops.safety.guardrails.train.workplace_chat_blind3 import blind3_items
from genaiops.safety.guardrails.train.workplace_chat_blind4 import blind4_items
from genaiops.safety.guardrails.train.workplace_chat_blind5 import BLIND5, HOSTILE_FORMS, blind5_items

ROOT = Path(__file__).resolve().parents[2]
KINDS = {
    "harassment": 37,
    "veiled_threat": 21,
    "intimidation": 15,
    "exclusion": 9,
    "group_demeaning": 10,
    "ops_violent": 18,
    "ops_profanity": 14,
    "ops_ordinary": 20,
    "civil_disagreement": 9,
    "quoted_report": 9,
    "self_deprecation": 8,
}


def test_fifth_blind_set_loads_with_its_declared_counts() -> None:
    """170 messages: 92 hostile in 12 forms over the five harmful kinds, 78 not, 52 of them ops language."""
    items = blind5_items()
    assert Counter(i.kind for i in items) == KINDS
    assert (len(items), sum(i.label for i in items)) == (170, 92)
    assert sum(i.kind in OPS_KINDS for i in items) == 52
    assert len(HOSTILE_FORMS) == 12 and all(len(texts) >= 6 for _, texts in HOSTILE_FORMS.values())
    assert {kind for kind, _ in HOSTILE_FORMS.values()} == set(HARMFUL_KINDS)


def test_fifth_blind_items_are_well_formed_and_new() -> None:
    """Each item is labelled by its kind, is its own template, is stripped text, and no text repeats or is shared
    (case-insensitively) with the generated set or an earlier probe set."""
    items = blind5_items()
    assert set(BLIND5) == set(TEMPLATES) and {i.part for i in items} == {"blind5"}
    for item in items:
        assert item.text and item.text == item.text.strip() and item.template == item.text
        assert item.label == TEMPLATES[item.kind][0] and item.label in (0, 1)
    texts = {i.text.lower() for i in items}
    assert len(texts) == len(items)
    earlier = [*chat_items(), *blind_items(), *blind2_items(), *blind3_items(), *blind4_items()]
    assert not texts & {i.text.lower() for i in earlier}


def test_only_the_people_models_training_module_reads_the_fifth_set() -> None:
    """Development data since session 21: the people models' training module (``train_people.py``) reads the fifth
    set; no other file of the training package but the probe files themselves names it."""
    train = ROOT / "safety" / "guardrails" / "train"
    others = [p for p in train.glob("*.py") if not p.name.startswith("workplace_chat_blind")]
    naming = [p.name for p in others if "chat_blind5" in p.read_text() or "blind5_items" in p.read_text()]
    assert naming == ["train_people.py"]


def test_toxicity_bench_scores_the_fifth_blind_split_alone() -> None:
    """`bench/toxicity.py --split blind5` scores the 170 probes alone, with every detector variant, per kind."""
    run = [sys.executable, "bench/toxicity.py", "--split", "blind5"]
    out = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    assert re.search(r"\| blind5 \| people, not words \(default\)\s+\| 170 ", out.stdout), out.stdout
    assert re.search(r"\| blind5 \| word model alone", out.stdout), out.stdout
    assert "| quoted_report " in out.stdout and "heldout" not in out.stdout and "Davidson" not in out.stdout
