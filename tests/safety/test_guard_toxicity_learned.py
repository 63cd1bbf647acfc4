"""The learned people model (``toxicity_people_pooled`` since session 23; ``toxicity_people`` before) in the default
toxicity check: it flags hostility aimed at people in wordings no rule names, ``learned=False`` is the rules alone,
its known false positives are kept in sight, and the shipped models are rebuilt byte-identically from their training
data.

"you should be embarrassed to call that a design" was flagged by the first people model and passes since it learnt
the ops look-alikes of ``toxicity_people_extra`` ("you should be able to see the logs now"). Not asserted because
it does not hold: a hostile sentence after an ordinary one ("The canary looks healthy. you're
an embarrassment to the team") is no longer flagged, nor one hidden in a long text scored window by window (the
ordinary ops sentences weigh strongly towards harmless and TF-IDF vectors are length-normalised)."""

from __future__ import annotations

import pytest

from genaiops.safety.guardrails import Toxicity
from genaiops.safety.guardrails.textmodel import MODELS_DIR
from genaiops.safety.guardrails.train import DataMissingError
from genaiops.safety.guardrails.train.workplace_chat_blind import blind_items
from genaiops.safety.guardrails.train.workplace_chat_blind2 import blind2_items
from genaiops.safety.guardrails.train.workplace_chat_blind3 import blind3_items

LEARNED_ONLY = [
    # hostile, aimed at a person, in words none of the rules names (written for this test)
    "maybe if you spent less time at the gym you'd ship something",
    "you're an embarrassment to the team",
]

OPS_LOOKALIKES = [
    # ordinary operator text the learned model must pass: "you" beside an instruction, violent verbs at things,
    # venting at a service or at oneself, blunt review of code, a report quoting abuse (written for this test,
    # none of them in the training templates); the first two were false positives of the first people model
    "make sure you don't push to main directly",
    "either we roll back or we hotfix, your choice, you're on call",
    "you left the debug logging on in prod, can you turn it off",
    "you're the incident commander today, Pat",
    "your turn to take the pager, I'm off tomorrow",
    "you broke the build with that last commit, please fix",
    "you're on call, so you decide whether we roll back",
    "did you kill the old deployment yet?",
    "murder those flaky snapshot tests, they never pass",
    "I could strangle this YAML parser",
    "the pager hates me this week",
    "I'm a complete idiot, I deleted the wrong namespace",
    "this code is awful, who approved a 900-line function",
    "he literally wrote 'go die' in the review, I'm reporting it",
    # a false positive of the second people model, passed since it learnt toxicity_people_more
    "careful, you're connected to prod, not staging",
]

KNOWN_FALSE_POSITIVES = [
    # a harmless look-alike (written for this test) the learned model still flags: "you're" near an instruction
    "you don't have to join the retro if you're on leave",
]


@pytest.mark.parametrize("text", LEARNED_ONLY)
def test_the_learned_model_flags_what_no_rule_names(text: str) -> None:
    """The rules alone pass these; with the learned model the check flags them and says the model did, with its
    cues."""
    assert Toxicity(learned=False).check(text).outcome == "pass", text
    verdict = Toxicity(learned=True).check(text)
    assert verdict.outcome == "flag", text
    assert verdict.reason.startswith("hostility aimed at people (learned model, score "), verdict.reason
    assert verdict.score >= 0.5
    assert all(text[s.start : s.end].strip() for s in verdict.spans), verdict.spans


@pytest.mark.parametrize("text", OPS_LOOKALIKES)
def test_the_learned_model_passes_ops_language(text: str) -> None:
    """Operator text with violent verbs at things, "you" beside instructions, venting or a quoted report passes with
    the learned model on, as with the rules alone."""
    assert Toxicity(learned=False).check(text).outcome == "pass", text
    assert Toxicity(learned=True).check(text).outcome == "pass", text


@pytest.mark.parametrize("text", KNOWN_FALSE_POSITIVES)
def test_the_rules_alone_pass_the_known_false_positives(text: str) -> None:
    assert Toxicity(learned=False).check(text).outcome == "pass"


@pytest.mark.xfail(strict=True, reason="known false positives of the learned people model (toxicity_people)")
@pytest.mark.parametrize("text", KNOWN_FALSE_POSITIVES)
def test_the_learned_model_passes_the_known_false_positives(text: str) -> None:
    """Strict: the day the model passes them, this fails and the xfail goes."""
    assert Toxicity(learned=True).check(text).outcome == "pass"


def test_the_learned_examples_are_none_of_the_probe_sets() -> None:
    """The test sentences were written for the tests, not copied from a hand-written probe set."""
    probes = {i.text for i in blind_items()} | {i.text for i in blind2_items()} | {i.text for i in blind3_items()}
    assert not probes & {*LEARNED_ONLY, *OPS_LOOKALIKES, *KNOWN_FALSE_POSITIVES}


def test_the_test_sentences_are_not_training_data() -> None:
    """The look-alikes above are none of the people models' training sentences (their own extra templates and
    messages)."""
    from genaiops.safety.guardrails.train.toxicity_people_extra import people_extra
    from genaiops.safety.guardrails.train.toxicity_people_languages import people_languages
    from genaiops.safety.guardrails.train.toxicity_people_more import people_more
    from genaiops.safety.guardrails.train.toxicity_people_support import people_support
    from genaiops.safety.guardrails.train.toxicity_people_third import people_third

    trained = {text for text, _, _ in people_extra()} | {text for text, _, _ in people_more()}
    trained |= {text for text, _, _ in people_support()} | {text for text, _, _ in people_third()}
    trained |= {text for text, _, _ in people_languages()}
    assert not trained & {*LEARNED_ONLY, *OPS_LOOKALIKES, *KNOWN_FALSE_POSITIVES}


@pytest.mark.parametrize("name", ["toxicity_people_pooled", "toxicity_people", "toxicity_people_authors"])
def test_the_shipped_people_model_is_rebuilt_byte_identically(name: str, tmp_path, monkeypatch) -> None:
    """``train_text_models NAME`` run again writes the same bytes as the shipped file (the default people model pooled
    over every author, session 19's and the option trained across authors; needs the public sets for deepset train;
    skipped without them)."""
    pytest.importorskip("sklearn")
    from genaiops.safety.guardrails.train import train_text_models

    monkeypatch.setattr(train_text_models, "MODELS_DIR", tmp_path)
    try:
        path = train_text_models.JOBS[name]()
    except DataMissingError as exc:
        pytest.skip(str(exc))
    assert path == tmp_path / f"{name}.json.gz"
    assert path.read_bytes() == (MODELS_DIR / f"{name}.json.gz").read_bytes()
