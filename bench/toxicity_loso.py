"""Nested leave-one-set-out for the people model: how the toxicity check does on an author it has not read.

Run: ``python bench/toxicity_loso.py [--data DIR] [--recipe pooled26 pooled27 pooled main authors ...] [--fixed-c]``.
For each of the twelve earlier hand-written workplace-chat sets (development data: four since session 20, then one or
two a session up to blind12 in session 28; twelve authors), the recipe is fitted on every training row but that set's
and the set is scored with the check as shipped (the rules OR the model): F1, precision, recall, ops-language negatives
flagged and, for the set-fold recipes, the ordinary messages dealt to that set that the model adds. C and the
threshold are chosen on the other eleven sets alone, by the recipe's own rule (nested: its folds are those sets, one
each), never on the set scored. ``pooled`` is the default's recipe (``toxicity_people_pooled``, session 28: the pooled
ceilings and at most ``train_people.POOLED_SET_OPS_SHARE`` of each inner set's ops-language negatives);
``pooled27`` session 27's (not merged), ``pooled26`` main's default before session 28 (its recipe, refitted fold by
fold on the twelve sets: main's model in the same run); ``main``, ``authors``, ``pooled23`` and ``pooled24`` older
ones (``train_people.RECIPES``). The set-fold recipes share fits (the inner fold of set j in outer set k is the fit
without both: 78 fits a C). Takes tens of minutes (CPU-bound); ``--fixed-c`` fixes each recipe's C at its shipped
model's (``train_people.FIXED_C``) and still chooses the threshold out of fold.
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
    parser.add_argument("--recipe", nargs="+", choices=sorted(RECIPES), default=["pooled26", "pooled"])
    parser.add_argument("--fixed-c", action="store_true", help="each recipe's C fixed at its shipped model's")
    parser.add_argument("--fits", default=None, help="pickle the set-fold recipes' shared fits to FILE.RECIPE.pkl")
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
        fits: dict = {}
        results = leave_one_set_out(
            recipe,
            data,
            styles=name != "main",
            support=mine,
            languages=name in ("pooled", "pooled26", "pooled27"),  # session 26's material: the default's recipes only
            advice=name in ("pooled", "pooled27"),  # session 27's material
            plain=name == "pooled",  # session 28's material: the default's recipe only
            report=lambda r, name=name: _progress(name, r),
            fits=fits,
        )
        if options.fits:
            import pickle

            with open(f"{options.fits}.{name}.pkl", "wb") as out:
                pickle.dump(fits, out)
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
                    f"{r['ordinary_added']} of {r['ordinary']}",
                ]
            )
        mean = sum(r["f1"] for r in results) / len(results)
        flagged, ops = sum(r["ops_flagged"] for r in results), sum(r["ops"] for r in results)
        added, ordinary = sum(r["ordinary_added"] for r in results), sum(r["ordinary"] for r in results)
        most = max(r["ops_flagged"] / max(1, r["ops"]) for r in results)
        rows.append([name, "mean", "", "", "", "", mean, f"{flagged} of {ops}", f"{added} of {ordinary}"])
        rows.append([name, "worst", "", "", "", "", min(r["f1"] for r in results), f"{most:.1%} of a set", ""])
    table(
        "Toxicity — nested leave-one-set-out on the earlier hand-written sets (fit on all but set k, score set k; "
        "rules OR people model)",
        [
            "recipe",
            "left out",
            "C",
            "threshold",
            "precision",
            "recall",
            "F1",
            "ops negatives flagged",
            "ordinary added",
        ],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
