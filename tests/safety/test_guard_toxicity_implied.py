"""Toxicity by implication (#14.3, session 17): leverage over a job, veiled threats, exclusion and group contempt
without rough words are flagged; the same verbs and nouns in ops chat, and a date of birth, are not. The phrases here
were written after the blind probe set was scored and are none of its items."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from genaiops.safety.guardrails import Toxicity
from genaiops.safety.guardrails.train.pii_cases import pii_cases
from genaiops.safety.guardrails.train.workplace_chat import TEMPLATES, chat_items
from genaiops.safety.guardrails.train.workplace_chat_blind import BLIND, blind_items
from genaiops.safety.guardrails.train.workplace_chat_blind2 import BLIND2, blind2_items
from genaiops.safety.guardrails.train.workplace_chat_blind3 import blind3_items
from genaiops.safety.guardrails.train.workplace_chat_blind4 import BLIND4, HOSTILE_FORMS, blind4_items

ROOT = Path(__file__).resolve().parents[2]
GENAIOPS = str(Path(sys.executable).with_name("genaiops"))

IMPLIED = [
    ("would be a pity if someone told your manager about the weekend, Ravi", "THREAT"),
    ("careful, people who complain about the rota tend to have accidents", "THREAT"),
    ("I'll be waiting for you at the car park after the postmortem, Ben", "THREAT"),
    ("you'll regret reporting me, believe me", "THREAT"),
    ("push back on my estimate again and you won't be in this company by summer", "INTIMIDATION"),
    ("say that in front of the client again and you'll be looking for another job", "INTIMIDATION"),
    ("I'll see to it that you never lead a project here", "INTIMIDATION"),
    ("you're here on a visa, so be careful who you complain to", "INTIMIDATION"),
    ("merge it or I'll tell Sven you broke the release", "INTIMIDATION"),
    ("people who question me don't make it past probation", "INTIMIDATION"),
    ("you've got a mortgage to pay, so stop arguing about on-call", "INTIMIDATION"),
    ("folks like her never fit into a platform team", "EXCLUSION"),
    ("let's not invite Omar to the retro, people like him…", "EXCLUSION"),
    ("don't invite the older engineers to the hackathon, they'd slow it down", "EXCLUSION"),
    ("let's book the offsite on a Saturday so the parents can't come", "EXCLUSION"),
    ("everybody but Ana, please hop on the bridge", "EXCLUSION"),
    ("no point adding him, he can't keep up anyway", "EXCLUSION"),
    ("typical of those people to escalate everything", "GROUP"),
    ("another bug from a bootcamp grad, of course", "GROUP"),
    ("the girls in marketing are better at that sort of thing, give it to them", "GROUP"),
    ("young dads never care about the release anymore", "GROUP"),
    ("we should stop hiring devs from that region", "GROUP"),
    ("engineers over 55 shouldn't be on call, they can't handle the pressure", "GROUP"),
    ("ok boomer, the cloud is not a server room", "HARASSMENT"),
    ("nobody on this team trusts you, Ivan", "HARASSMENT"),
    ("a five-year-old could design a better schema than you", "HARASSMENT"),
    ("did your daddy do your code review too?", "HARASSMENT"),
    ("she only got the role because she's friends with the CTO", "HARASSMENT"),
    ("while the rest of us cover your pages you're at the school run again", "HARASSMENT"),
]
OPS_LOOKALIKES = [
    "would be a shame if the demo failed, let's rehearse it twice",
    "the canary might have accidents with the new config, watch it",
    "I'll be waiting for the build, ping me when it's green",
    "watch your step with the prod DB today",
    "watch your back-pressure settings on the consumer",
    "you'll regret not adding indexes to that table",
    "you won't be on call next week, Sam is covering",
    "Raj is looking for a new job in the data team, he told us at lunch",
    "think twice before escalating a P3 to the vendor",
    "or I'll tell the scheduler to retry later",
    "probation reviews are due on Friday for the new hires",
    "don't tell the customer about the outage until we have an ETA",
    "let's invite the women-in-tech group and the parents' network to the town hall",
    "everyone except Ana has approved the change",
    "skip the flaky test and merge",
    "stop inviting the vendor bot to the channel",
    "of course the bug was in the retry logic",
    "the new hires from the Lagos office are great, welcome them",
    "I'm a new dad, so I'll be on reduced hours for a month",
    "the diversity and inclusion survey closes Friday",
    "engineers over 18 can join the hackathon",
    "a child process could die before the parent reaps it",
    "your code reads like a well-written book, great job",
    "nobody on this team has the prod password, it's in the vault",
    "we got what we paid for with the cheap logging vendor, you get what you pay for",
    "born 1984-05-12, verify the KYC form",
    "customer says she was born on 3 March 1990",
    "verify identity: born 03.03.1990 in the form",
    "verify identity: born ⟦DATE_OF_BIRTH_A91C3D111F⟧ in the form",
]


@pytest.mark.parametrize(("text", "kind"), IMPLIED)
def test_toxicity_flags_hostility_by_implication(text: str, kind: str) -> None:
    """A threat, leverage, exclusion or group contempt with no rough word is flagged, naming its kind."""
    verdict = Toxicity().check(text)
    assert verdict.outcome == "flag", text
    assert kind.lower() in verdict.reason, verdict.reason


@pytest.mark.parametrize("text", OPS_LOOKALIKES)
def test_toxicity_passes_the_same_words_aimed_at_work_and_dates_of_birth(text: str) -> None:
    """The rules' verbs and nouns about builds, rotas, processes and records, and "born" before a (redacted) date,
    pass."""
    verdict = Toxicity().check(text)
    assert verdict.outcome == "pass", (text, verdict.reason)


def test_no_own_pii_text_is_flagged_as_toxic() -> None:
    """Of the 115 own ops-language PII texts (dates of birth, names, phones), none is toxic: "born" was a cue."""
    flagged = [
        c.text for part in ("dev", "heldout") for c in pii_cases(part) if Toxicity().check(c.text).outcome != "pass"
    ]
    assert flagged == []


DEV_SET_MODULES = {f"workplace_chat_blind{n}" for n in ("", *map(str, range(2, 14)), "16")}
"""The earlier hand-written sets, development data (the first four since session 20, blind5 since session 21, blind6
since session 22, blind7 since session 23, blind8 since session 24, blind9 and blind10 since session 26, blind11 to
blind13 since session 29, blind16 since session 30): only the
people models' training module may name them, and no training module names any other hand-written workplace-chat set
(a later blind set stays blind)."""


def _probe_sets_named_by_training_modules() -> dict[str, set[str]]:
    train = ROOT / "safety" / "guardrails" / "train"
    others = [p for p in train.glob("*.py") if not p.name.startswith("workplace_chat_blind")]  # probes name each other
    named = {p.name: set(re.findall(r"workplace_chat_blind\w*", p.read_text())) for p in others}
    return {name: modules for name, modules in named.items() if modules}


def test_only_the_people_model_trains_on_the_development_sets_and_on_no_other_probe_set() -> None:
    """The fourteen earlier sets are training data of ``train_people.py`` alone; no training module names another
    set."""
    assert _probe_sets_named_by_training_modules() == {"train_people.py": DEV_SET_MODULES}


def test_blind_set_is_hand_written_apart_from_the_generated_set() -> None:
    """The first probes use the generated set's kinds and share no text with it."""
    items = blind_items()
    assert len(items) >= 150 and set(BLIND) == set(TEMPLATES)
    assert {i.label for i in items if i.kind == "exclusion"} == {1} and {i.part for i in items} == {"blind"}
    assert not {i.text for i in items} & {i.text for i in chat_items()}


def test_second_blind_set_is_apart_from_the_generated_and_first_blind_sets() -> None:
    """The second probes use the generated set's kinds, ~40 % toxic with ops-language negatives as the largest share
    of the rest, and share no text with the generated or first set (nor the 40 third probes with either)."""
    items = blind2_items()
    toxic = sum(i.label for i in items)
    assert len(items) >= 200 and set(BLIND2) == set(TEMPLATES) and {i.part for i in items} == {"blind2"}
    assert 0.35 <= toxic / len(items) <= 0.45
    assert sum(i.kind in ("ops_violent", "ops_profanity", "ops_ordinary") for i in items) >= (len(items) - toxic) / 2
    assert not {i.text for i in items} & ({i.text for i in chat_items()} | {i.text for i in blind_items()})
    third = {i.text for i in blind3_items()}
    assert len(third) == 40 and not third & ({i.text for i in items} | {i.text for i in chat_items()})


def test_fourth_blind_set_loads_with_its_counts_apart_from_the_others() -> None:
    """The fourth blind probes: 71 hostile in 11 forms over the harmful kinds, 67 not, 49 of those ops language; no
    empty or repeated text, none shared with the generated or earlier probe sets."""
    items = blind4_items()
    texts = [i.text for i in items]
    assert (len(items), sum(i.label for i in items)) == (138, 71) and {i.part for i in items} == {"blind4"}
    assert all(t.strip() for t in texts) and len(set(texts)) == len(texts)
    assert set(BLIND4) <= set(TEMPLATES) and len(HOSTILE_FORMS) == 11
    assert {k for k, _ in HOSTILE_FORMS.values()} == {i.kind for i in items if i.label}
    assert sum(i.kind in ("ops_violent", "ops_profanity", "ops_ordinary") for i in items) == 49
    earlier = [*chat_items(), *blind_items(), *blind2_items(), *blind3_items()]
    assert not {t.lower() for t in texts} & {i.text.lower() for i in earlier}


def test_toxicity_bench_scores_the_blind_split_alone() -> None:
    """`bench/toxicity.py --split blind` / `--split blind2` score the 162 / 208 probes alone beside the word model;
    --dev-only with another split is refused with exit 2."""
    run = [sys.executable, "bench/toxicity.py"]
    out = subprocess.run([*run, "--split", "blind"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    assert re.search(r"\| blind \| people, not words \(default\)\s+\| 162 ", out.stdout), out.stdout
    assert "heldout" not in out.stdout and "Davidson" not in out.stdout
    two = subprocess.run(
        [*run, "--split", "blind2"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert two.returncode == 0, two.stderr
    assert re.search(r"\| blind2 \| people, not words \(default\)\s+\| 208 ", two.stdout), two.stdout
    assert "| blind |" not in two.stdout and "Davidson" not in two.stdout
    bad = subprocess.run(
        [*run, "--dev-only", "--split", "blind"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert bad.returncode == 2 and "--dev-only contradicts --split blind" in bad.stderr


def test_review_output_through_genaiops_run_judges_people_not_words(tmp_path: Path) -> None:
    """`genaiops run` of review_output tasks: intimidation and exclusion without rough words block with a toxicity
    finding; a profane ops message passes; a date of birth blocks for personal data only, not as toxic."""
    graph = tmp_path / "review.yaml"
    graph.write_text(
        "name: review-implied\ntasks:\n"
        '  - {id: leverage, tool: review_output, args: {text: "Approve my PR today or your contract is not renewed. '
        'You have kids to feed."}}\n'
        "  - {id: exclusion, tool: review_output, args: {text: \"drinks after the release, but don't tell the "
        'women"}}\n'
        '  - {id: ops, tool: review_output, args: {text: "kill -9 the stuck workers on web-03, damn, prod is down"}}\n'
        '  - {id: dob, tool: review_output, args: {text: "verify identity: born 03.03.1990 in the form"}}\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_MODEL_")}
    ran = subprocess.run([GENAIOPS, "run", str(graph)], capture_output=True, text=True, env=env, timeout=300)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    run_id = re.search(r"run (run-\S+): succeeded", ran.stdout).group(1)
    shown = subprocess.run(
        [GENAIOPS, "runs", "show", run_id, "--outputs", "-o", "json"], capture_output=True, text=True, env=env
    )
    outputs = json.loads(shown.stdout)["outputs"]
    found = {task: {f["guardrail"] for f in out["findings"]} for task, out in outputs.items()}
    assert outputs["leverage"]["verdict"] == "block" and "toxicity" in found["leverage"]
    assert outputs["exclusion"]["verdict"] == "block" and "toxicity" in found["exclusion"]
    assert outputs["ops"]["verdict"] == "pass"
    assert found["dob"] == {"pii"}


@pytest.mark.parametrize("script", ["bench/toxicity.py", "bench/injection.py"])
@pytest.mark.parametrize("count", ["-3", "0", "many"])
def test_a_sample_that_is_no_count_is_refused(script: str, count: str) -> None:
    """`--sample -3` scored every item but the last 3 of each set under the full set's headers, and 0 scored none:
    now exit 2 naming the value, before anything is scored."""
    done = subprocess.run([sys.executable, script, "--sample", count], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "is not a count of items: give N >= 1" in done.stderr and not done.stdout
