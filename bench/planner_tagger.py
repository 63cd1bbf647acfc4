"""Tagger training variants for names never seen (plan10): fit only the slot tagger with a variant, keep the
shipped classifier's weights, and score train, the hand-written blind sets 1-4 and the train-derived dev split (a
model fitted on train minus dev, classifier at the shipped C=100); never the held-out split or blind5::

    python bench/planner_tagger.py base '{}'                                   # the shipped tagger's recipe
    python bench/planner_tagger.py vocab '{"vocab": true}'                     # + whether a token is new
    python bench/planner_tagger.py forms '{"forms": "mixed", "keep": 1.0}'     # fresh letters in the name's form
    python bench/planner_tagger.py seed6 '{"seed": 6}'                         # another augmentation seed

Keys: ``forms`` (``augmentation.NAME_FORMS``), ``keep`` (``augmentation.KEEP_FORM``), ``copies``
(``augmentation.AUGMENT_COPIES``), ``vocab`` (``train.USE_VOCAB``), ``formfeat`` (``features.FORM_FEATURES``),
``identifiers`` (``features.NEW_IDENTIFIERS_ONLY``), ``epochs`` (8), ``seed`` (augment's, 5).
Writes the tagger to ``--out`` (default /tmp/planner_tagger_NAME.json) and prints whole-request accuracy per set.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from genaiops.agents.planner import augmentation as A
from genaiops.agents.planner import features as F
from genaiops.agents.planner import train as T
from genaiops.agents.planner.cues import CUE_STEMS
from genaiops.agents.planner.lexicon import Lexicon
from genaiops.agents.planner.model import MODEL_FILE, Model

SETS = ("train", "dev_blind", "dev_blind2", "dev_blind3", "dev_blind4")


def judge(model: Model, rows: list[dict[str, Any]]) -> list[tuple[bool, bool]]:
    out = []
    for r in rows:
        intent, _ = model.intent(r["text"])
        out.append((intent == r["intent"], model.slots(r["text"], intent) == r["slots"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name")
    parser.add_argument("config", help="a JSON object of the keys above")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--no-dev", action="store_true")
    args = parser.parse_args()
    cfg = json.loads(args.config)
    A.NAME_FORMS = cfg.get("forms", "syllables")
    A.AUGMENT_COPIES = cfg.get("copies", 1)
    A.KEEP_FORM = cfg.get("keep", 0.5)
    T.USE_VOCAB = cfg.get("vocab", False)
    F.FORM_FEATURES = cfg.get("formfeat", False)
    F.NEW_IDENTIFIERS_ONLY = cfg.get("identifiers", False)
    epochs, seed = cfg.get("epochs", 8), cfg.get("seed", 5)
    train = T.load_split("train")
    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))

    def tagger(rows: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
        vocab = T.vocabulary(rows) if T.USE_VOCAB else []
        fitted = T.fit_tagger(A.augment(A.with_context(A.with_typos(rows)), seed), epochs, vocab=frozenset(vocab))
        return fitted, vocab

    start = time.process_time()
    weights, vocab = tagger(train)
    out = args.out or Path(f"/tmp/planner_tagger_{args.name}.json")
    out.write_text(json.dumps({"tagger": weights, "vocab": vocab}), encoding="utf-8")
    print(f"fit {time.process_time() - start:.0f} s CPU; tagger in {out}", file=sys.stderr)
    full = Model({**shipped, "tagger": weights, "vocab": vocab})
    scores = {name: judge(full, T.load_split(name)) for name in SETS}
    if not args.no_dev:
        fit_rows, dev = T.split_dev(train)
        words = T.lexicon_words(fit_rows)
        intent = T.fit_intent(A.with_context(A.with_typos(fit_rows)), 100.0, Lexicon(words, CUE_STEMS))
        dev_weights, dev_vocab = tagger(fit_rows)
        dev_model = Model(
            {**shipped, "intent": intent, "lexicon": words, "common": T.common_words(fit_rows),
             "tagger": dev_weights, "vocab": dev_vocab}
        )  # fmt: skip
        scores["dev"] = judge(dev_model, dev)
    print(args.name, " ".join(f"{k} {sum(a and b for a, b in v) / len(v):.3f}" for k, v in scores.items()))


if __name__ == "__main__":
    main()
