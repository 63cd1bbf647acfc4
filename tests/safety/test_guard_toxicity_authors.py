"""The people model trained across authors (``toxicity_people_authors``, an option): it flags implied hostility the
default model passes and its training material is new text (its rebuild: ``test_guard_toxicity_learned.py``)."""

from __future__ import annotations

import pytest

from genaiops.safety.guardrails import Toxicity
from genaiops.safety.guardrails.train.workplace_chat_blind import blind_items
from genaiops.safety.guardrails.train.workplace_chat_blind2 import blind2_items
from genaiops.safety.guardrails.train.workplace_chat_blind3 import blind3_items
from genaiops.safety.guardrails.train.workplace_chat_blind4 import blind4_items

AUTHORS = Toxicity(people_model="toxicity_people_authors")

MORE_RECALL = [
    # hostile, written for tests in session 19, passed by the default check, flagged with the option
    "did daddy's paternity leave make you forget how to code?",
    "we'll share your postmortem in #all so everyone can laugh at it",
]

ITS_FALSE_POSITIVES = [
    # ordinary text of other tests the option flags: "you"/"your" beside an instruction or praise
    "make sure you don't push to main directly",
    "your code reads like a well-written book, great job",
]


@pytest.mark.parametrize("text", MORE_RECALL)
def test_the_option_flags_implied_hostility_the_default_passes(text: str) -> None:
    assert Toxicity().check(text).outcome == "pass"
    assert AUTHORS.check(text).outcome == "flag"


@pytest.mark.parametrize("text", ITS_FALSE_POSITIVES)
def test_the_options_known_false_positives_stay_in_sight(text: str) -> None:
    """Why it is not the default: ordinary "you" sentences the default passes are flagged."""
    assert Toxicity().check(text).outcome == "pass"
    assert AUTHORS.check(text).outcome == "flag"


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
