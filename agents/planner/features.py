"""The features the two learned models see: the intent classifier's of a whole request, the slot tagger's of one
token. Training (``train``) and planning (``Model``) compute them with these same functions.

- Intent: the cue features (``cues.cue_features``, read after the lexicon fixed slips), word 1-2-grams and
  character 3-5-grams of each word (robust to typos and inflections); a negated clause speaks only through its
  ``neg=`` cues.
- Tagger: the token, its shape, prefix and suffix, its neighbours, the previous label, the predicted intent and
  whether the system knows the name (``known``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from genaiops.agents.planner.cues import cue_features, negated_spans
from genaiops.agents.planner.tokens import WORD, fold

if TYPE_CHECKING:
    from genaiops.agents.planner.lexicon import Lexicon

__all__ = ["FORM_FEATURES", "NEW_IDENTIFIERS_ONLY", "intent_features", "prepare", "tag_features", "words_only"]


def intent_features(text: str, lexicon: Lexicon | None = None) -> dict[str, float]:
    """The classifier's features of ``text``; its cues are looked for after the ``lexicon`` read each unknown word
    as its nearest known word or cue (a slip in "rollbcak" still says rollback), its n-grams are the words as
    typed."""
    folded = fold(text)
    feats: dict[str, float] = {"bias": 1.0, **cue_features(lexicon.fix(folded) if lexicon else folded)}
    for a, b in reversed(negated_spans(folded)):  # a negated clause speaks only through its neg= cues
        folded = folded[:a] + " " + folded[b:]
    words = WORD.findall(folded)
    for i, w in enumerate(words):
        feats[f"w={w}"] = 1.0
        if i:
            feats[f"b={words[i - 1]}_{w}"] = 1.0
        padded = f"<{w}>"
        for n in (3, 4, 5):
            for j in range(max(1, len(padded) - n + 1)):
                feats[f"c={padded[j : j + n]}"] = 1.0
    if text.lstrip().startswith("@"):
        feats["opsbot"] = 1.0
    if "?" in text:
        feats["question"] = 1.0
    return feats


def _shape(token: str) -> str:
    shape = re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"\d+", "0", token)))
    return shape[:8]


def prepare(words: list[str]) -> tuple[list[str], list[str]]:
    """The folded form and the shape of each token, computed once per request."""
    return [fold(w) for w in words], [_shape(w) for w in words]


def tag_features(
    folded: list[str],
    shapes: list[str],
    i: int,
    previous: str,
    intent: str,
    known: dict[str, str] | None = None,
    vocab: frozenset[str] | None = None,
) -> list[str]:
    """The features of token ``i`` (``prepare``'s folded tokens and shapes) given the previous label and the
    intent; ``known`` maps names the system knows (the simulator's services) to their slot; ``vocab`` holds the
    tokens the training requests use (a token outside it is new: a name never seen, or a slip)."""
    low, shape = folded[i], shapes[i]
    kind = (known or {}).get(low, "-")
    p1 = folded[i - 1] if i > 0 else "<s>"
    p2 = folded[i - 2] if i > 1 else "<s>"
    n1 = folded[i + 1] if i + 1 < len(folded) else "</s>"
    n2 = folded[i + 2] if i + 2 < len(folded) else "</s>"
    feats = [
        "bias",
        f"w={low}",
        f"s={shape}",
        f"pre={low[:3]}",
        f"suf={low[-3:]}",
        f"p1={p1}",
        f"p2={p2}",
        f"n1={n1}",
        f"n2={n2}",
        f"p1w={p1}|{low}",
        f"p2p1={p2}|{p1}",
        f"wn1={low}|{n1}",
        f"y={previous}",
        f"yw={previous}|{low}",
        f"ys={previous}|{shape}",
        f"i={intent}",
        f"ip1={intent}|{p1}",
        f"is={intent}|{shape}",
        f"ip2={intent}|{p2}",
        f"g={kind}",
        f"gp1={kind}|{p1}",
    ]
    if FORM_FEATURES:  # tried in plan10 (the shape beside each neighbour), not shipped: see docs/planner.md
        feats += [f"sp1={shape}|{p1}", f"sn1={shape}|{n1}"]
    if vocab and (not NEW_IDENTIFIERS_ONLY or not words_only(shape)):
        new = "seen" if low in vocab else "new"
        feats += [f"nv={new}", f"nvp1={new}|{p1}", f"nvn1={new}|{n1}", f"nvi={new}|{intent}", f"nvs={new}|{shape}"]
    return feats


FORM_FEATURES = False
"""Whether the tagger also sees its token's shape beside each neighbour (tried with fresh name forms, plan10)."""
NEW_IDENTIFIERS_ONLY = False
"""With a vocabulary: mark only tokens written as identifiers (joined, numbered, inner capitals) as new or seen."""


def words_only(shape: str) -> bool:
    """A token's shape is a plain word's (lower-case, capitalised or upper-case letters only)."""
    return shape in ("a", "Aa", "A")
