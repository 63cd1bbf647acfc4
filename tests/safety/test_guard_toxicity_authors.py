"""The people model trained across authors (``toxicity_people_authors``, an option): it flags implied hostility the
default model passed until session 24 and its training material is new text (its rebuild:
``test_guard_toxicity_learned.py``)."""

from __future__ import annotations

import pytest

from genaiops.safety.guardrails import Toxicity
from genaiops.safety.guardrails.train.workplace_chat_blind import blind_items
from genaiops.safety.guardrails.train.workplace_chat_blind2 import blind2_items
from genaiops.safety.guardrails.train.workplace_chat_blind3 import blind3_items
from genaiops.safety.guardrails.train.workplace_chat_blind4 import blind4_items

AUTHORS = Toxicity(people_model="toxicity_people_authors")

MORE_RECALL = [
    # hostile, written for tests in session 19, flagged with the option; passed by the default check until session 24
    # (its pooled model, retrained on eight sets with a lower threshold, flags them too)
    "we'll share your postmortem in #all so everyone can laugh at it",
    "nice outfit, come by my desk after hours and we'll talk about your promotion",
]

ITS_FALSE_POSITIVES = [
    # ordinary text of another test the option flags: "your" beside praise (one of the two ordinary-text tests that
    # fail with the option as the default)
    "your code reads like a well-written book, great job",
]

NO_LONGER_FLAGGED = [
    # ordinary text of other tests the option flagged before toxicity_people_ordinary joined its training
    "make sure you don't push to main directly",
    "you'll regret not adding indexes to that table",
    "We will send your order history to your email address tomorrow.",
]


@pytest.mark.parametrize("text", MORE_RECALL)
def test_the_option_and_now_the_default_flag_implied_hostility(text: str) -> None:
    assert AUTHORS.check(text).outcome == "flag"
    assert Toxicity().check(text).outcome == "flag"


@pytest.mark.parametrize("text", ITS_FALSE_POSITIVES)
def test_the_options_known_false_positives_stay_in_sight(text: str) -> None:
    """Why it is not the default: ordinary "you" sentences the default passes are flagged."""
    assert Toxicity().check(text).outcome == "pass"
    assert AUTHORS.check(text).outcome == "flag"


@pytest.mark.parametrize("text", NO_LONGER_FLAGGED)
def test_the_option_passes_ordinary_second_person_sentences(text: str) -> None:
    """Instructions, friendly warnings and notices to "you" pass with the option (trained on ordinary ones)."""
    assert AUTHORS.check(text).outcome == "pass"


def test_the_ordinary_material_is_new_text_and_all_ordinary() -> None:
    """``toxicity_people_ordinary`` holds at least 150 ordinary messages, none of them a test's sentence above or a
    message of the earlier material."""
    from genaiops.safety.guardrails.train.toxicity_people_more import people_more
    from genaiops.safety.guardrails.train.toxicity_people_ordinary import people_ordinary
    from genaiops.safety.guardrails.train.toxicity_people_styles import people_styles

    ordinary = people_ordinary()
    assert len(ordinary) >= 150 and not any(label for _, label, _ in ordinary)
    earlier = {text for text, _, _ in people_more() + people_styles()} | set(ITS_FALSE_POSITIVES + NO_LONGER_FLAGGED)
    assert not {text for text, _, _ in ordinary} & earlier


def test_the_styles_material_is_new_text_in_both_classes() -> None:
    """``toxicity_people_styles`` holds hostile messages and ops look-alikes, none of them a message of the earlier
    material or of the four development sets."""
    from genaiops.safety.guardrails.train.toxicity_people_more import people_more
    from genaiops.safety.guardrails.train.toxicity_people_styles import people_styles

    styles = people_styles()
    hostile = sum(label for _, label, _ in styles)
    assert hostile >= 60 and len(styles) - hostile >= 60
    earlier = {text for text, _, _ in people_more()} | {i.text for i in blind4_items()}
    earlier |= {i.text for i in blind_items()} | {i.text for i in blind2_items()} | {i.text for i in blind3_items()}
    assert not {text for text, _, _ in styles} & earlier
