"""Leave-one-set-out for the people model: how the toxicity check does on an author it has not read.

Run: ``python bench/toxicity_loso.py [--data DIR] [--recipe main|authors|pooled23|pooled24|pooled ...] [--fixed-c]``.
For each of the ten earlier hand-written workplace-chat sets (development data: four since session 20, blind5 since
session 21, blind6 since session 22, blind7 since session 23, blind8 since session 24, blind9 and blind10 since session
26; ten authors), the recipe is fitted on every training row but that set's and the set is scored with the check as
shipped (the rules OR the model): F1, precision, recall and ops-language negatives flagged. ``main`` is session 19's
recipe on session 19's material (plus the other nine sets); ``authors`` is the option model's
(``toxicity_people_authors``) on session 20's material plus the other nine sets; ``pooled`` is the default's
(``toxicity_people_pooled``: C fixed, the threshold the lowest at which the check flags at most
``train_people.POOLED_OPS_CEILING`` of the ops-language negatives of the nine sets left in each fold, out of fold;
session 24) and ``pooled23`` the same with session 23's threshold rule (the best mean F1 with the model adding at most 2
% of them); ``pooled24`` is main's default before session 26 (session 24's ceilings, without session 26's non-English
material). Takes minutes (CPU-bound: every fold is a fit); ``--fixed-c`` fixes each recipe's C at its shipped model's
(``train_people.FIXED_C``) and still chooses the threshold out of fold.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from datadir import default_data_dir
from guardrails import table

from genaiops.safety.guardrails.train import DataMissingError
from genaiops.safety.guardrails.train.train_people import FIXED_C, RECIPES, leave_one_set_out, people_rows


def _progress(name: str, r: dict) -> None:
    """One line on stderr per left-out set as it is scored (a run takes long; the table comes at the end)."""
    print(f"  {name} left out {r['set']}: F1 {r['f1']:.3f}, ops {r['ops_flagged']} of {r['ops']}", file=sys.stderr)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="the public data sets (deepset train is ordinary text)")
    parser.add_argument(
        "--recipe", nargs="+", choices=sorted(RECIPES), default=["main", "authors", "pooled23", "pooled24", "pooled"]
    )
    parser.add_argument("--fixed-c", action="store_true", help="each recipe's C fixed at its shipped model's")
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
        recipe = RECIPES[name]
        if options.fixed_c:
            recipe = replace(recipe, c_grid=(FIXED_C[name],))
        mine = name.startswith("pooled")  # the only recipes whose material holds toxicity_people_support
        results = leave_one_set_out(
            recipe,
            data,
            styles=name != "main",
            support=mine,
            languages=name == "pooled",  # session 26's material: the default's recipe only
            report=lambda r, name=name: _progress(name, r),
        )
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
        flagged, ops = sum(r["ops_flagged"] for r in results), sum(r["ops"] for r in results)
        rows.append([name, "mean", "", "", "", "", mean, f"{flagged} of {ops}"])
        rows.append([name, "worst", "", "", "", "", min(r["f1"] for r in results), ""])
    table(
        "Toxicity — leave-one-set-out on the ten earlier hand-written sets (fit on all but set k, score set k; "
        "rules OR people model)",
        ["recipe", "left out", "C", "threshold", "precision", "recall", "F1", "ops negatives flagged"],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
