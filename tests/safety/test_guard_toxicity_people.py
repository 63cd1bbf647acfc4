"""Toxicity about people, not words (#14.3): who the language is aimed at decides, not which words it uses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genaiops.safety.guardrails import Toxicity
from genaiops.safety.guardrails import toxicity_targets as targets
from genaiops.safety.guardrails.train.workplace_chat import DEV_ONLY, HARMFUL_KINDS, OPS_KINDS, TEMPLATES, chat_items

ROOT = Path(__file__).resolve().parents[2]

HARMFUL = [
    ("it would be a shame if something happened to your car", "THREAT"),
    ("I know where you live, Sam", "THREAT"),
    ("close that ticket again and you'll regret it", "INTIMIDATION"),
    ("remember who signs your appraisal, Jo", "INTIMIDATION"),
    ("nobody wants you on this team", "EXCLUSION"),
    ("you don't belong in this standup", "EXCLUSION"),
    ("you are a useless idiot", "HARASSMENT"),
    ("Sam is such a clueless clown", "HARASSMENT"),
    ("women just aren't wired for on-call", "GROUP"),
    ("no wonder the API is down, the offshore team wrote it", "GROUP"),
    ("kill yourself, the build is your fault", "HARASSMENT"),
    ("god damn it Dave, you broke prod again you moron", "HARASSMENT"),
    ("someone should shoot Sam for this design", "VIOLENCE"),
    ("kill all the immigrants", "VIOLENCE"),
]
HARMLESS = [
    "kill the stuck process",
    "damn, prod is down",
    "nuke the cache",
    "kill -9 the hung worker on node-4",
    "shit, the migration failed again",
    "this legacy code is a dumpster fire",
    "Use code SUPPORT50 for 50% off",
    "I strongly disagree, this design will not scale",
    "with respect, your numbers are wrong",
    "reporting this: he wrote 'you are a useless idiot' in #ops",
    "for HR: she told me 'nobody wants you on this team'",
    "I'm such an idiot, I pushed to main",
    "I hate myself for not testing this",
    "Jenkins is a useless piece of garbage",
    "kill the orphaned pods, they are eating memory",
    "this is bullshit, the alert fired for nothing",
    "this deploy is murdering the DB",
    "shoot me the logs from the gateway",
    "can you restart the stupid build again",
    "god damn it, I forgot to bump the version",
    "kill the tunnel and reconnect",
    "kill off the legacy endpoints by Q3",
    "the stupid linter is failing on whitespace",
    "@Priya the vendor API is total garbage",
    "[#inc-4411] son of a bitch, the backup is corrupt",
    "shit shit shit, wrong account",
    "fwiw what a moron I am, wrong branch again",
    "shitty wifi in the office again",
    "bump the replicas and see what happens",
    "stay away from the legacy VPC, it's being decommissioned",
    "I'll get you the logs in 5",
    "run the migration first or else the schema drifts",
    "they killed the old endpoint last week",
    "you know this tool is useless",
    "shoot Sam a message when the build is green",
]


@pytest.mark.parametrize(("text", "kind"), HARMFUL)
def test_toxicity_flags_each_kind_of_hostility_aimed_at_people(text: str, kind: str) -> None:
    """Threats, intimidation, exclusion, harassment and group contempt are flagged with a span naming the kind."""
    verdict = Toxicity().check(text)
    assert verdict.outcome == "flag"
    assert kind in {s.label for s in verdict.spans}


@pytest.mark.parametrize("text", HARMLESS)
def test_toxicity_passes_rough_words_aimed_at_things_quotes_and_self(text: str) -> None:
    """Profanity or violent verbs at things, civil disagreement, reported quotes and self-deprecation pass."""
    assert Toxicity().check(text).outcome == "pass"


def test_toxicity_baseline_is_the_word_model_alone() -> None:
    """targets=False is the word model alone: it flags profanity at a pipeline and misses a polite threat."""
    words = Toxicity(targets=False)
    assert words.check("fuck this flaky pipeline, it failed again").outcome == "flag"
    assert Toxicity().check("fuck this flaky pipeline, it failed again").outcome == "pass"
    assert words.check("it would be a shame if something happened to your car").outcome == "pass"


def test_toxicity_keeps_slurs_flagged_even_about_things() -> None:
    """A slur is never cleared as rough-but-harmless, whatever else the text talks about."""
    assert Toxicity().check("the build server is run by some faggot").outcome == "flag"


@pytest.mark.parametrize(
    "text",
    [
        "kill all the immigrants",
        "fuck the mexicans",
        "I hate the new guy",
        "you stupid dog",
        "ur a fucking half breed dog",
        "you son of a bitch, you broke prod again",
        "Sam is a lazy bastard who never answers the pager",
    ],
)
def test_toxicity_rough_words_at_people_stay_flagged_although_unknown_nouns_count_as_things(text: str) -> None:
    """Any noun after a rough word counts as a thing ("kill the tunnel"), except people, groups and bodies, and a
    rough word said of "you" or a name is about them whatever noun follows."""
    assert Toxicity().check(text).outcome == "flag"


def test_workplace_chat_set_is_big_split_by_template_and_covers_every_kind() -> None:
    """>= 300 items; every kind has dev and held-out templates; no template is in both parts."""
    items = chat_items()
    assert len(items) >= 300
    for kind in TEMPLATES:
        parts = {i.part for i in items if i.kind == kind}
        assert parts == {"dev", "heldout"}, kind
    dev = {i.template for i in items if i.part == "dev"}
    held = {i.template for i in items if i.part == "heldout"}
    assert not dev & held
    assert set(HARMFUL_KINDS) == {"harassment", "veiled_threat", "intimidation", "exclusion", "group_demeaning"}
    assert {i.label for i in items if i.kind in OPS_KINDS} == {0}


def test_dev_only_templates_leave_the_held_out_part_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """Templates added later (DEV_ONLY) are all dev and do not move a single held-out item."""
    from genaiops.safety.guardrails.train import workplace_chat

    heldout = workplace_chat.chat_items("heldout")
    extra = {t for templates in DEV_ONLY.values() for t in templates}
    assert extra and all(i.part == "dev" for i in chat_items() if i.template in extra)
    monkeypatch.setattr(workplace_chat, "DEV_ONLY", {})
    assert workplace_chat.chat_items("heldout") == heldout


def test_toxicity_bench_runs_on_a_tiny_sample(tmp_path: Path) -> None:
    """bench/toxicity.py runs as a process: own sets scored beside the baseline, Davidson skipped without data."""
    result = subprocess.run(
        [sys.executable, "bench/toxicity.py", "--sample", "6", "--data", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "word model alone (before #14.3, baseline)" in out
    assert "people, not words (default)" in out
    assert "Davidson: skipped" in out
    assert "PII — own ops-language set" in out
    assert "Presidio's set skipped — missing evaluation data" in out


def test_toxicity_bench_prints_presidio_beside_the_own_pii_set(tmp_path: Path) -> None:
    """With Presidio's file under --data, its held-out templates are scored in the own PII table's last row."""
    folder = tmp_path / "pii" / "presidio_synth"
    folder.mkdir(parents=True)
    email = {"entity_type": "EMAIL_ADDRESS", "start_position": 9, "end_position": 26}
    rows = [{"full_text": f"write to ann{i}@example.org today", "spans": [email], "template_id": i} for i in range(10)]
    (folder / "synth_dataset_v2.json").write_text(json.dumps(rows))
    result = subprocess.run(
        [sys.executable, "bench/toxicity.py", "--sample", "6", "--data", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [row] = [line for line in result.stdout.splitlines() if line.startswith("| Presidio held-out")]
    assert row.split("|")[2].strip() == "pii, all entity types (this tree)"
    assert row.split("|")[6].strip() == "1.000"  # F2: every e-mail address found, nothing else


def _mask_as_written(text: str) -> str:
    """mask_reported as it was: the whole report pattern asked of every non-ASCII text."""
    if text.isascii():
        return targets.mask_reported(text)  # this path is unchanged
    if not targets._REPORT_CUE.search(text) and "called me" not in text.lower():
        return text
    blank = lambda match: " " * len(match.group())  # noqa: E731
    return targets._CALLED_ME.sub(blank, targets._QUOTED.sub(blank, text))


_REPORT_BITS = [
    "REPORT", "Flagged", "for HR", " hr ", "HR:", "ſcreenshot", "loOk into", "complaİn", "compla\u0131n", "escalate",
    "'you idiot'", '"moron"', "called me a clown", "é", "ü ", "\u212aook", " ", ".", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_REPORT_BITS) | st.text(max_size=4), max_size=14))
def test_a_reported_insult_is_masked_the_same_with_the_cheap_look_ups_on_non_ascii_text(bits: list[str]) -> None:
    """The report cue is looked up by its words in the lower-cased text before the pattern runs, on non-ASCII
    text too (İ, ı and ſ, which case-blind matching reads as ASCII letters, send the text to the pattern)."""
    text = "".join(bits)
    assert targets.mask_reported(text) == _mask_as_written(text)


_HOSTILE_BITS = [
    "you'll regret it", "or I'll make", "nobody wants you", "keep him out of", ", not you", "still here",
    "don't invite Sam", "channel without him", "last warning, Sam", "I will find you", "or else.", "é", "ü",
    "İ", "\u0131", "ſ", "\u212a", "\u00a0", " ", "\n", "or", "no", "keep", "leave", "be", "one", "ll be", "regret",
    "make your lİfe hell", "ſtay away", "make ſure you never", "I'll get you", "last warning", "or else",
    "you will be fired", "we'd be happier without them", "nobody here likes", " your", "take the hint", "don't bother",
    "I know where you live", "watch your back", "your home address", "see what happens", "accidents happen to",
    "sad if your", "shame to lose", "your kids go", "let's ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HOSTILE_BITS) | st.text(max_size=3), max_size=12))
def test_skipping_a_rule_whose_trigger_strings_are_missing_finds_what_running_it_finds(bits: list[str]) -> None:
    """A rule skipped because none of its strings is in the lower-cased text (ASCII or not), or run with only its
    alternatives whose strings are there, finds what the whole rule finds: the spans are those found with every
    rule run whole."""
    text = "".join(bits)
    skipped = targets.hostile_spans(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(targets, "_TRIGGERS", {})
        assert skipped == targets.hostile_spans(text)


_HARASSMENT_BITS = [
    "you are a useless idiot", "u r such a joke", "idiot you", "Sam is such a clueless clown", "Jenkins is a joke",
    "fuck off", "fuck you", "shut up", "go cry", "get dumber", "gets dumber", "what a moron", "total waste of space",
    "learned nothing", "go back to school", "kill yourself", "hang urself", "kys", "hope you die", "go die",
    "Back-off", "back", "you", "u", "Sam", " is ", " a ", "idiot", "piece of shit", "ur retarded", "retard", "dumbest",
    "é", "İ", "\u212a", "\u00a0", " ", ",", "'", "_",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HARASSMENT_BITS) | st.text(max_size=3), max_size=12))
def test_harassment_run_with_only_the_alternatives_whose_strings_are_present_finds_what_the_whole_rule_finds(
    bits: list[str],
) -> None:
    """The harassment rule runs with only the alternatives whose strings the text holds (the others cannot match
    anywhere): the spans are those the whole rule finds."""
    text = "".join(bits)
    gated = targets.hostile_spans(text)
    whole = dict(targets._RULES)["HARASSMENT"].pattern
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(targets, "_HARASSMENT_PARTS", ((whole, ("",)),))
        assert gated == targets.hostile_spans(text)
