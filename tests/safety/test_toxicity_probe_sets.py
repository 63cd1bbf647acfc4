"""The sixth to thirteenth, the sixteenth and the nineteenth hand-written toxicity probe sets (#14.3; blind6,
blind7 and blind8 development data since sessions 22, 23 and 24, blind9 and blind10 since session 26, blind11,
blind12 and blind13 since session 29, blind16 and blind19 fresh): each form holds its declared messages under its
kind, every item is well formed and new against the generated set and every earlier probe set, only the people
models' training module reads the development ones (and no training script a fresh one), and
`bench/toxicity.py --split NAME` scores each one alone."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from genaiops.safety.guardrails.train.workplace_chat import HARMFUL_KINDS, OPS_KINDS, TEMPLATES, ChatItem, chat_items

ROOT = Path(__file__).resolve().parents[2]
ORDER = (
    "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11",
    "blind12", "blind13", "blind16", "blind19",
)  # fmt: skip
"""Every hand-written toxicity probe set, oldest first: module ``workplace_chat_NAME``, loader ``NAME_items``."""
FORMS = {
    "blind6": [
        ("belittling", "harassment", 11), ("ridicule", "harassment", 7), ("mocking", "harassment", 8),
        ("humiliation", "harassment", 7), ("sexual", "harassment", 6), ("advice_threat", "veiled_threat", 8),
        ("career_threat", "veiled_threat", 7), ("personal_threat", "veiled_threat", 6), ("pressure", "intimidation", 8),
        ("silencing", "intimidation", 6), ("exclusion", "exclusion", 11), ("group", "group_demeaning", 14),
        ("ops_violent", "ops_violent", 21), ("ops_profanity", "ops_profanity", 18),
        ("ops_ordinary", "ops_ordinary", 22), ("praise", "ops_ordinary", 5), ("disagreement", "civil_disagreement", 7),
        ("feedback", "civil_disagreement", 5), ("quoted", "quoted_report", 9), ("self", "self_deprecation", 8),
    ],
    "blind7": [
        ("belittling", "harassment", 12), ("ridicule", "harassment", 8), ("mocking", "harassment", 8),
        ("humiliation", "harassment", 7), ("sexual", "harassment", 5), ("advice_threat", "veiled_threat", 8),
        ("career_threat", "veiled_threat", 7), ("personal_threat", "veiled_threat", 6), ("pressure", "intimidation", 8),
        ("silencing", "intimidation", 6), ("exclusion", "exclusion", 11), ("group", "group_demeaning", 13),
        ("ops_violent", "ops_violent", 20), ("ops_profanity", "ops_profanity", 18),
        ("ops_ordinary", "ops_ordinary", 20), ("praise", "ops_ordinary", 6), ("disagreement", "civil_disagreement", 10),
        ("feedback", "civil_disagreement", 6), ("quoted", "quoted_report", 8), ("self", "self_deprecation", 8),
    ],
    "blind8": [
        ("sarcasm", "harassment", 11), ("jokes", "harassment", 7), ("traits", "harassment", 8),
        ("shaming", "harassment", 6), ("personal", "harassment", 5), ("advice_threat", "veiled_threat", 7),
        ("career_threat", "veiled_threat", 7), ("personal_threat", "veiled_threat", 5), ("pressure", "intimidation", 8),
        ("silencing", "intimidation", 6), ("exclusion", "exclusion", 11), ("group", "group_demeaning", 13),
        ("ops_violent", "ops_violent", 21), ("ops_profanity", "ops_profanity", 19),
        ("ops_ordinary", "ops_ordinary", 22), ("praise_service", "ops_ordinary", 7),
        ("disagreement", "civil_disagreement", 9), ("feedback", "civil_disagreement", 6),
        ("quoted", "quoted_report", 8), ("self", "self_deprecation", 7),
    ],
    "blind9": [
        ("sarcasm", "harassment", 11), ("jokes", "harassment", 7), ("traits", "harassment", 8),
        ("shaming", "harassment", 7), ("personal", "harassment", 5), ("advice_threat", "veiled_threat", 7),
        ("career_threat", "veiled_threat", 7), ("personal_threat", "veiled_threat", 5), ("pressure", "intimidation", 8),
        ("silencing", "intimidation", 6), ("exclusion", "exclusion", 11), ("group", "group_demeaning", 14),
        ("ops_violent", "ops_violent", 22), ("ops_profanity", "ops_profanity", 21),
        ("ops_ordinary", "ops_ordinary", 22), ("praise_service", "ops_ordinary", 7),
        ("disagreement", "civil_disagreement", 9), ("feedback", "civil_disagreement", 7),
        ("quoted", "quoted_report", 8), ("self", "self_deprecation", 7),
    ],
    "blind10": [
        ("backhanded", "harassment", 11), ("jokes", "harassment", 7), ("traits", "harassment", 8),
        ("shaming", "harassment", 7), ("personal", "harassment", 5), ("advice_threat", "veiled_threat", 7),
        ("career_threat", "veiled_threat", 6), ("personal_threat", "veiled_threat", 5),
        ("pressure", "intimidation", 8), ("silencing", "intimidation", 6), ("exclusion", "exclusion", 11),
        ("group", "group_demeaning", 14), ("ops_violent", "ops_violent", 22),
        ("ops_profanity", "ops_profanity", 20), ("ops_ordinary", "ops_ordinary", 22),
        ("praise_service", "ops_ordinary", 8), ("disagreement", "civil_disagreement", 10),
        ("feedback", "civil_disagreement", 7), ("quoted", "quoted_report", 8), ("self", "self_deprecation", 7),
    ],
    "blind11": [
        ("backhanded", "harassment", 9), ("nicknames", "harassment", 7), ("traits", "harassment", 9),
        ("shaming", "harassment", 6), ("personal", "harassment", 5), ("advice_threat", "veiled_threat", 7),
        ("career_threat", "veiled_threat", 7), ("personal_threat", "veiled_threat", 5),
        ("pressure", "intimidation", 10), ("silencing", "intimidation", 7), ("exclusion", "exclusion", 13),
        ("group", "group_demeaning", 15), ("ops_violent", "ops_violent", 22),
        ("ops_profanity", "ops_profanity", 21), ("ops_ordinary", "ops_ordinary", 24),
        ("praise_service", "ops_ordinary", 5), ("disagreement", "civil_disagreement", 10),
        ("feedback", "civil_disagreement", 7), ("quoted", "quoted_report", 8), ("self", "self_deprecation", 7),
    ],
    "blind12": [
        ("sarcasm", "harassment", 8), ("jokes", "harassment", 7), ("gaslighting", "harassment", 7),
        ("pileon", "harassment", 6), ("personal", "harassment", 5), ("advice_threat", "veiled_threat", 6),
        ("career_threat", "veiled_threat", 8), ("personal_threat", "veiled_threat", 6),
        ("doxxing", "intimidation", 7), ("pressure", "intimidation", 10), ("exclusion", "exclusion", 14),
        ("group", "group_demeaning", 16), ("ops_violent", "ops_violent", 22),
        ("ops_profanity", "ops_profanity", 21), ("ops_ordinary", "ops_ordinary", 24),
        ("banter", "ops_ordinary", 7), ("disagreement", "civil_disagreement", 10),
        ("feedback", "civil_disagreement", 6), ("quoted", "quoted_report", 8), ("self", "self_deprecation", 7),
    ],
    "blind13": [
        ("backhanded", "harassment", 8), ("just_asking", "harassment", 7), ("mocking", "harassment", 6),
        ("shaming", "harassment", 5), ("process_threat", "veiled_threat", 10), ("veiled", "veiled_threat", 10),
        ("whereabouts", "intimidation", 10), ("process_pressure", "intimidation", 8), ("exclusion", "exclusion", 17),
        ("group", "group_demeaning", 19), ("ops_violent", "ops_violent", 14), ("chaos", "ops_violent", 10),
        ("ops_profanity", "ops_profanity", 20), ("security", "ops_ordinary", 10),
        ("dark_humour", "ops_ordinary", 7), ("review", "ops_ordinary", 8),
        ("disagreement", "civil_disagreement", 13), ("quoted", "quoted_report", 6),
        ("moderation", "quoted_report", 6), ("self", "self_deprecation", 8),
    ],
    "blind16": [
        ("sarcasm", "harassment", 8), ("credit", "harassment", 6), ("implied_traits", "harassment", 6),
        ("gatekeeping", "harassment", 6), ("papers_threat", "veiled_threat", 10), ("veiled", "veiled_threat", 10),
        ("doxxing", "intimidation", 9), ("pressure", "intimidation", 9), ("exclusion", "exclusion", 17),
        ("group", "group_demeaning", 19), ("ops_violent", "ops_violent", 15), ("blasting", "ops_violent", 7),
        ("ops_profanity", "ops_profanity", 20), ("security", "ops_ordinary", 10),
        ("dark_humour", "ops_ordinary", 7), ("review", "ops_ordinary", 8),
        ("debate", "civil_disagreement", 13), ("quoted", "quoted_report", 6),
        ("moderation", "quoted_report", 6), ("self", "self_deprecation", 9),
    ],
    "blind19": [
        ("sarcasm", "harassment", 8), ("credit", "harassment", 6), ("implied_traits", "harassment", 6),
        ("gatekeeping", "harassment", 6), ("papers_threat", "veiled_threat", 9), ("veiled", "veiled_threat", 9),
        ("doxxing", "intimidation", 9), ("pressure", "intimidation", 9), ("exclusion", "exclusion", 18),
        ("group", "group_demeaning", 20), ("ops_violent", "ops_violent", 15), ("machines", "ops_violent", 7),
        ("ops_profanity", "ops_profanity", 20), ("security", "ops_ordinary", 10),
        ("dark_humour", "ops_ordinary", 7), ("review", "ops_ordinary", 8),
        ("debate", "civil_disagreement", 12), ("quoted", "quoted_report", 6),
        ("moderation", "quoted_report", 6), ("self", "self_deprecation", 9),
    ],
}  # fmt: skip
"""Set -> its (form, kind it is scored as, messages), hostile forms first."""
TOTALS = {
    "blind6": (194, 99, 66), "blind7": (195, 99, 64), "blind8": (193, 94, 69), "blind9": (199, 96, 72),
    "blind10": (199, 95, 72), "blind11": (204, 100, 72), "blind12": (205, 100, 74),
    "blind13": (202, 100, 69), "blind16": (201, 100, 67), "blind19": (200, 100, 67),
}  # fmt: skip
"""Set -> (messages, hostile, in the ops kinds): blind6 holds 61 ops hard negatives and 5 of praise addressed to a
person, blind7 58 and 6, blind8 62 and 7, blind9 65 and 7, blind10 64 and 8, blind11 67 and 5 (praise and
customer-service answers), blind12 67 and 7 (gaming slang and sports trash talk), blind13 69 and none, blind16 67
and none, blind19 67 and none."""
DEVELOPMENT = ("blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind16")
"""Sets the people models train on (``train_people.py``); the others are fresh: no training script names them."""
CASES = [(name, *form) for name, forms in FORMS.items() for form in forms]


def probe_module(name: str) -> ModuleType:
    return importlib.import_module(f"genaiops.safety.guardrails.train.workplace_chat_{name}")


def probe_items(name: str) -> list[ChatItem]:
    return getattr(probe_module(name), f"{name}_items")()


@pytest.mark.parametrize(("name", "form", "kind", "count"), CASES)
def test_each_form_holds_its_declared_messages(name: str, form: str, kind: str, count: int) -> None:
    """A form is scored as its kind and holds its count; hostile forms fold onto harmful kinds, the rest do not."""
    module = probe_module(name)
    forms = module.HOSTILE_FORMS if kind in HARMFUL_KINDS else module.BENIGN_FORMS
    assert (forms[form][0], len(forms[form][1])) == (kind, count)


@pytest.mark.parametrize("name", FORMS)
def test_a_probe_set_is_the_sum_of_its_forms(name: str) -> None:
    """The set holds 20 forms over every kind, its items are their messages, with the declared hostile and ops
    totals."""
    module, items = probe_module(name), probe_items(name)
    assert len(module.HOSTILE_FORMS) + len(module.BENIGN_FORMS) == len(FORMS[name]) == 20
    declared: Counter[str] = Counter()
    for _, kind, count in FORMS[name]:
        declared[kind] += count
    assert Counter(i.kind for i in items) == declared and set(declared) == set(TEMPLATES)
    assert (len(items), sum(i.label for i in items), sum(i.kind in OPS_KINDS for i in items)) == TOTALS[name]


@pytest.mark.parametrize("name", FORMS)
def test_probe_items_are_well_formed_and_new(name: str) -> None:
    """Every item is labelled by its kind, is its own stripped template, appears once, and shares no text
    (case-insensitively) with the generated set or any earlier probe set."""
    items = probe_items(name)
    assert {i.part for i in items} == {name} and set(getattr(probe_module(name), name.upper())) == set(TEMPLATES)
    assert all(i.text and i.text == i.text.strip() == i.template for i in items)
    assert all(i.label == TEMPLATES[i.kind][0] for i in items)
    mine = Counter(i.text.lower() for i in items)
    assert max(mine.values()) == 1
    before = ORDER[: ORDER.index(name)]
    earlier = {i.text.lower() for i in chat_items()} | {i.text.lower() for old in before for i in probe_items(old)}
    assert not set(mine) & earlier


@pytest.mark.parametrize("name", FORMS)
def test_only_the_people_models_training_module_reads_a_probe_set(name: str) -> None:
    """Development data (blind6 since session 22, blind7 since session 23, blind8 since session 24, blind9 and blind10
    since session 26, blind11 to blind13 since session 29):
    besides the probe files themselves (workplace_chat_NAME*), only the people models' training
    module (``train_people.py``) names them in the training package; a fresh set would be named by no training
    script."""
    train = ROOT / "safety" / "guardrails" / "train"
    pattern = rf"chat_{name}\b|chat_{name}_|{name}_items|{name.upper()}\b"
    other_probes = ("injection_blind",)  # another family's probe sets, which name their own BLIND6 etc.
    naming = [p.name for p in train.glob("*.py")
              if not p.name.startswith(other_probes) and re.search(pattern, p.read_text())]  # fmt: skip
    own = [name_ for name_ in naming if name_.startswith(f"workplace_chat_{name}")]
    assert own and sorted(set(naming) - set(own)) == (["train_people.py"] if name in DEVELOPMENT else [])


@pytest.mark.parametrize("name", FORMS)
def test_toxicity_bench_scores_only_the_probe_split(name: str) -> None:
    """`bench/toxicity.py --split NAME` prints one row per detector variant on the set's probes, and the per-kind
    table, and nothing of the other sets."""
    done = subprocess.run(
        [sys.executable, "bench/toxicity.py", "--split", name],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    size = TOTALS[name][0]
    line = re.compile(rf"\| {name} \|.*\| {size} ")
    rows = [row.split("|")[2].strip() for row in done.stdout.splitlines() if line.match(row)]
    assert len(rows) == 5 and "people, not words (default)" in rows, done.stdout
    assert "| self_deprecation " in done.stdout and not re.search("heldout|Davidson", done.stdout)
