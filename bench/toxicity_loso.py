"""Leave-one-set-out for the people model: how the toxicity check does on an author it has not read.

Run: ``python bench/toxicity_loso.py [--data DIR] [--recipe main|authors ...]``. For each of the four earlier
hand-written workplace-chat sets (development data since session 20, four authors), the recipe is fitted on every
training row but that set's and the set is scored with the check as shipped (the rules OR the model): F1, precision,
recall and ops-language negatives flagged. ``main`` is session 19's recipe on session 19's material (plus the other
three sets); ``authors`` is the option model's (``toxicity_people_authors``, ``train_people.py``). Takes minutes
(CPU-bound: every fold is a fit).
"""

from __future__ import annotations

import argparse
import sys

from datadir import default_data_dir
from guardrails import table

from genaiops.safety.guardrails.train import DataMissingError
from genaiops.safety.guardrails.train.train_people import RECIPES, leave_one_set_out, people_rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="the public data sets (deepset train is ordinary text)")
    parser.add_argument("--recipe", nargs="+", choices=sorted(RECIPES), default=["main", "authors"])
    options = parser.parse_args(argv)
    if options.data:
        import os

        os.environ["GENAIOPS_DATA"] = options.data
    elif "GENAIOPS_DATA" not in __import__("os").environ:
        __import__("os").environ["GENAIOPS_DATA"] = str(default_data_dir())
    try:
        data = people_rows()
    except DataMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rows = []
    for name in options.recipe:
        results = leave_one_set_out(RECIPES[name], data, styles=name != "main")
        for r in results:
            rows.append(
                [
                    name,
                    r["set"],
                    r["C"],
                    r["threshold"],
                    r["precision"],
                    r["recall"],
                    r["f1"],
                    f"{r['ops_flagged']} of {r['ops']}",
                ]
            )
        mean = sum(r["f1"] for r in results) / len(results)
        rows.append([name, "mean", "", "", "", "", mean, ""])
    table(
        "Toxicity — leave-one-set-out on the four earlier hand-written sets (fit on all but set k, score set k; "
        "rules OR people model)",
        ["recipe", "left out", "C", "threshold", "precision", "recall", "F1", "ops negatives flagged"],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
