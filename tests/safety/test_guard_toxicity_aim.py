"""The who x what features of the people model's variant recipe (``train_people.RECIPES["aimed"]``, session 29; not
shipped): conjunctions only, none for rough words at things, none that equals a word feature."""

from __future__ import annotations

import pytest

from genaiops.safety.guardrails.textmodel import analyze_stems
from genaiops.safety.guardrails.toxicity_aim import aim_features

CASES = [
    ("we decided without you, no need for you to join the demo", ["@x-you-out"]),
    ("je sais quand tu quittes le bureau, ta voiture est toujours là", ["@x-you-watch"]),
    ("kill the stuck process on node 3 and restart the worker", []),
    ("make sure you tag the release before Friday", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_target_beside_an_act_is_one_feature_and_a_target_alone_none(text: str, expected: list[str]) -> None:
    """A target beside an act gives its conjunction; rough words at a thing or an instruction to "you" give none."""
    assert [f for f in aim_features(text) if f.startswith("@x-")] == expected


@pytest.mark.parametrize(("text", "_"), CASES)
def test_no_feature_equals_a_word_feature(text: str, _: list[str]) -> None:
    """Every feature starts with "@", which the word analyzer never keeps inside a token."""
    assert not set(aim_features(text)) & set(analyze_stems(text))


@pytest.mark.parametrize("text", ["Du bist immer zu spät", "お前は役に立たない", "kill the stuck worker"])
def test_character_features_hold_the_words_and_their_pieces_apart(text: str) -> None:
    """Session 30's candidate (c) (``analyze_chars``, measured, not shipped): the word features as they were, then
    character n-grams of each word (a script without spaces gives them too), none equal to a word feature."""
    from genaiops.safety.guardrails.train.train_people import analyze_chars

    words = analyze_stems(text)
    features = analyze_chars(text)
    grams = features[len(words) :]
    assert features[: len(words)] == words and grams and all(g.startswith("#") for g in grams)
    assert not set(grams) & set(words)
