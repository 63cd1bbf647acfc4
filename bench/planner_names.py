"""Tagger augmentation with fresh names (p-plan9): does teaching the slot tagger the form and the context of names,
rather than the names of the corpus's pools, read more of the names a verbose request's context mentions?

Two training copies for the tagger only (the classifier's weights are those the shipped settings give, C=100):

- ``named``: a share of the English train requests (``--share``) gets a sentence of context before (70 %) or after
  it that names a thing of a slot kind the request does not name ("The data team is backfilling NAME today.",
  "The NAME incident from last week is resolved."), the name labelled as that slot; the corpus annotates every
  system name, context included, but the shipped context copies (``augmentation.with_context``) carry none.
- ``forms``: the made-up names of ``augmentation.augment`` drawn from ``fresh_name`` (kebab-case, snake_case,
  CamelCase, numbered and dotted suffixes, plain words of random letters) instead of its syllables.

Names are random letters, never the corpus's pools (the held-out split shares those), so only the words around a
name and its form can help. Scores the shipped settings' model and the variant on the hand-written sets and on the
train-derived dev split (a model fitted on train minus dev); never on the held-out split::

    python bench/planner_names.py                        # the named-context copies, share 0.35
    python bench/planner_names.py --variant forms
    python bench/planner_names.py --variant named --share 0.2 --no-dev
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from typing import Any

from genaiops.agents.planner import augmentation as A
from genaiops.agents.planner import train as T
from genaiops.agents.planner.model import Model

SETS = {"blind3": "dev_blind3", "blind": "dev_blind", "blind2": "dev_blind2"}
_LETTERS = "bcdfghjklmnprstvwz"
_VOWELS = "aeiou"


def _word(rng: random.Random) -> str:
    syllables = "".join(rng.choice(_LETTERS) + rng.choice(_VOWELS) for _ in range(rng.randint(1, 3)))
    return syllables + (rng.choice(_LETTERS) if rng.random() < 0.5 else "")


def fresh_name(rng: random.Random) -> str:
    """A name of one of the forms operators give things, made of random letters (no pool of the corpus)."""
    parts = [_word(rng) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
    form = rng.randrange(6)
    if form == 0:
        return "-".join(parts)
    if form == 1:
        return "_".join(parts)
    if form == 2:
        return "".join(p.capitalize() for p in parts)
    if form == 3:
        return rng.choice("-_").join(parts) + rng.choice(("-", "_", "")) + str(rng.randint(1, 2030))
    if form == 4:
        return "-".join(parts) + "." + rng.choice(("v", "")) + str(rng.randint(1, 9))
    return parts[0]


KIND_FORMS = {
    "model": (0, 0, 3, 5), "prompt": (1, 1, 1, 0), "dataset": (3, 3, 0, 1), "service": (5, 5, 5, 0),
    "feature": (1, 1, 5),
}  # fmt: skip
"""With ``--kinded``: the forms (``fresh_name``'s) a slot kind's names take in operators' requests (models
kebab-case, prompts and features snake_case, datasets numbered, services one word): forms, never names."""


def kinded_name(rng: random.Random, kind: str) -> str:
    parts = [_word(rng) for _ in range(rng.choice((2, 2, 3)))]
    form = rng.choice(KIND_FORMS[kind])
    if form == 0:
        return "-".join(parts)
    if form == 1:
        return "_".join(parts)
    if form == 3:
        return rng.choice("-_").join(parts[:2]) + rng.choice("-_") + str(rng.randint(1, 2030))
    return parts[0]


NAMED_CONTEXT: dict[str, tuple[str, ...]] = {
    "model": (
        "The retraining of {} is planned for next week.", "We rolled {} back earlier and it has been stable.",
        "The drift report for {} came back clean.", "The data science team is retraining {}, unrelated.",
        "Last sprint we shipped a new version of {}.", "The evaluation of {} is still on my list.",
        "{} was promoted last sprint.", "Nobody has touched {} in weeks.",
    ),
    "prompt": (
        "The release of {} is waiting on approval.", "We evaluated {} earlier and it looked fine.",
        "The content team rewrote {} last week.", "{} went out without problems.",
        "The safety review of {} is done.", "Marketing still wants changes to {}.",
    ),
    "dataset": (
        "The data team is backfilling {} today.", "{} finished loading overnight.",
        "The new labels in {} are not ready yet.", "We archived {} after the audit.",
        "The export of {} is running late.", "Someone asked whether {} has duplicates.",
    ),
    "service": (
        "The {} incident from last week is resolved.", "{} had an outage earlier but it is fine now.",
        "We just finished the postmortem for {}.", "The on-call rotation for {} changed this week.",
        "The {} team is busy with a migration.", "{} was redeployed earlier, unrelated.",
    ),
    "feature": (
        "The {} values looked odd in the last report.", "We added {} to the pipeline recently.",
        "The analysts keep asking about {}.",
    ),
}  # fmt: skip
"""Context sentences that name one thing of a slot kind (written for this bench, none from a dev or blind set)."""


def with_named_context(
    rows: list[dict[str, Any]], share: float, *, out_of_scope: bool = False, kinded: bool = False, seed: int = 11
) -> list[dict[str, Any]]:
    """``rows`` plus, for ``share`` of the English requests (not ``@opsbot`` ones; out-of-scope ones only with
    ``out_of_scope``), a copy with a named context sentence of a slot kind the request does not name, the fresh
    name labelled as that slot."""
    rng = random.Random(seed)
    out = list(rows)
    for row in rows:
        if row["lang"] != "en" or row["text"].lstrip().startswith("@") or rng.random() >= share:
            continue
        if row["intent"] == "out_of_scope" and not out_of_scope:
            continue
        free = [k for k in NAMED_CONTEXT if k not in row["slots"]]
        if not free:
            continue
        kind = rng.choice(free)
        name = kinded_name(rng, kind) if kinded else fresh_name(rng)
        sentence, text = rng.choice(NAMED_CONTEXT[kind]).format(name), row["text"].rstrip()
        if name.lower() in text.lower():
            continue
        if rng.random() < 0.7:
            wrapped = sentence + " " + text[0].upper() + text[1:]
        else:
            wrapped = text + ("" if text[-1:] in ".?!" else ".") + " " + sentence
        if all(v in wrapped for v in row["slots"].values()):
            out.append(row | {"text": wrapped, "slots": {**row["slots"], kind: name}, "style": "verbose"})
    return out


def tagger_rows(
    rows: list[dict[str, Any]], variant: str, share: float, out_of_scope: bool, kinded: bool
) -> list[dict[str, Any]]:
    """What the tagger trains on: the shipped copies (typos, context, made-up names) and the variant's."""
    base = A.with_context(A.with_typos(rows))
    if variant == "named":
        return A.augment(with_named_context(base, share, out_of_scope=out_of_scope, kinded=kinded))
    if variant == "forms":
        made_up, A.made_up_name = A.made_up_name, fresh_name
        try:
            return A.augment(base)
        finally:
            A.made_up_name = made_up
    return A.augment(base)


def score(model: Model, rows: list[dict[str, Any]]) -> tuple[float, float, dict[str, tuple[int, int]]]:
    """Whole-request accuracy, intent accuracy and (right, total) per style, language and intent."""
    groups: dict[str, list[int]] = {}
    whole = intent_ok = 0
    for row in rows:
        text = row["text"].strip()
        intent, _ = model.intent(text)
        ok = intent == row["intent"] and model.slots(text, intent) == row["slots"]
        whole += ok
        intent_ok += intent == row["intent"]
        for group in (row["style"], row["lang"], row["intent"]):
            groups.setdefault(group, [0, 0])
            groups[group][0] += ok
            groups[group][1] += 1
    return whole / len(rows), intent_ok / len(rows), {k: (v[0], v[1]) for k, v in groups.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", choices=("named", "forms"), default="named")
    parser.add_argument("--share", type=float, default=0.35, help="share of English requests given a named context")
    parser.add_argument("--out-of-scope", action="store_true", help="give out-of-scope requests a named context too")
    parser.add_argument("--kinded", action="store_true", help="named-context names in their slot kind's usual form")
    parser.add_argument("--no-dev", action="store_true", help="skip the train-derived dev split (a second fit)")
    args = parser.parse_args(argv)
    train = T.load_split("train")
    c, epochs = 100.0, 8  # the shipped model's settings (model.json "trained")
    fits = [("hand-written sets", train, [(name, T.load_split(file)) for name, file in SETS.items()])]
    if not args.no_dev:
        fit_rows, dev = T.split_dev(train)
        fits.append(("dev (fitted on train minus dev)", fit_rows, [("dev", dev)]))
    for title, rows, sets in fits:
        started = time.process_time()
        shipped = T.fit(rows, c, epochs)
        variant = {
            **shipped,
            "tagger": T.fit_tagger(tagger_rows(rows, args.variant, args.share, args.out_of_scope, args.kinded), epochs),
        }
        print(f"{title}: fitted in {time.process_time() - started:.0f} s CPU", file=sys.stderr)
        for name, data in sets:
            before, after = score(Model(shipped), data), score(Model(variant), data)
            print(f"{name:7} whole {before[0]:.3f} -> {after[0]:.3f}   intent {before[1]:.3f} -> {after[1]:.3f}")
            lower = [f"{g} {before[2][g][0]}->{after[2][g][0]}/{n}" for g, (_, n) in sorted(after[2].items())
                     if after[2][g][0] < before[2][g][0]]  # fmt: skip
            print(f"        groups lower: {', '.join(lower) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
