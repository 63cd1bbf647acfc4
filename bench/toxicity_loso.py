"""Nested leave-one-set-out for the people model: how the toxicity check does on an author it has not read.

Run: ``python bench/toxicity_loso.py [--data DIR] [--recipe pooled aimed main authors ...] [--fixed-c]``. For each of
the fourteen hand-written workplace-chat sets that are development data (``train_people.LOSO_SETS``: four since session
20, then one or two a session, blind11 to blind13 since session 29, blind16 since session 30; fourteen authors), the
recipe is fitted on every training row but that set's and the set is scored with the check as shipped (the rules OR the
models): F1, precision, recall and ops-language negatives flagged. The set-fold recipes with a ceiling rule (``pooled``,
``pooled24``, ``aimed``) run NESTED (``train_people.nested_leave_one_set_out``): the threshold is chosen by the recipe's
rule on the other twelve sets alone, each scored by the fit without it and the set left out (13 + 78 fits per recipe,
shared; the ordinary messages go to a set by a checksum of their group), and the ordinary messages dealt to the set that
the model adds are counted too. ``pooled`` is main's default's recipe refitted fold by fold (main's model in the same
run), also scored under ``aimed``'s threshold rule from the same fits (``pooled+set``); ``aimed`` is session 29's
variant (who x what features beside the words, at most ``train_people.SET_OPS_SHARE`` of each inner set's ops-language
negatives added; not shipped). ``main``, ``authors`` and ``pooled23`` are older recipes, run plain (not nested). Takes
about 10 minutes a nested recipe on an idle core, much longer under load; ``--fixed-c`` fixes the plain recipes' C at
their shipped model's (``train_people.FIXED_C``); a nested recipe always takes its first C.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

import numpy as np
from datadir import default_data_dir
from guardrails import table

from genaiops.safety.guardrails.train import DataMissingError
from genaiops.safety.guardrails.train.train_people import (
    DEV_SETS,
    FIXED_C,
    LOSO_SETS,
    RECIPES,
    SET_OPS_SHARE,
    leave_one_set_out,
    nested_leave_one_set_out,
    pair_fits,
    people_rows,
    single_leave_one_set_out,
)


def _progress(name: str, r: dict) -> None:
    """One line on stderr per left-out set as it is scored (a run takes long; the table comes at the end)."""
    print(f"  {name} left out {r['set']}: F1 {r['f1']:.3f}, ops {r['ops_flagged']} of {r['ops']}", file=sys.stderr)


def _rows(name: str, results: list[dict]) -> list[list]:
    """The table rows of one recipe: a row per set left out, then the mean and the worst set."""
    rows = [
        [
            name,
            r["set"],
            r["C"],
            r["threshold"],
            r["precision"],
            r["recall"],
            r["f1"],
            f"{r['ops_flagged']} of {r['ops']}" + (f" ({r['ops_added']} added)" if "ops_added" in r else ""),
            f"{r['ordinary_added']} of {r['ordinary']}" if "ordinary" in r else "",
        ]
        for r in results
    ]
    mean = sum(r["f1"] for r in results) / len(results)
    flagged, ops = sum(r["ops_flagged"] for r in results), sum(r["ops"] for r in results)
    added, ordinary = sum(r.get("ordinary_added", 0) for r in results), sum(r.get("ordinary", 0) for r in results)
    most = max(r["ops_flagged"] / max(1, r["ops"]) for r in results)
    rows.append([name, "mean", "", "", "", "", mean, f"{flagged} of {ops}", f"{added} of {ordinary}"])
    rows.append([name, "worst", "", "", "", "", min(r["f1"] for r in results), f"{most:.1%} of a set", ""])
    return rows


def _run(name: str, data, fixed_c: bool) -> list[tuple[str, list[dict]]]:  # type: ignore[no-untyped-def]
    """One recipe's results (nested for the ceiling recipes; ``pooled`` also under the per-set rule)."""
    recipe = RECIPES[name]
    if fixed_c:
        recipe = replace(recipe, c_grid=(FIXED_C[name],))
    if not (recipe.by_set and recipe.ops_ceiling is not None):
        mine = name.startswith("pooled")  # the only recipes whose material holds toxicity_people_support
        report = lambda r: _progress(name, r)  # noqa: E731
        found = leave_one_set_out(recipe, data, styles=name != "main", report=report, support=mine, languages=False)
        return [(name, found)]
    subset = data if name != "pooled24" else data.take(np.flatnonzero(data.source != "languages"))
    fits = pair_fits(recipe, subset, recipe.c_grid[0], lambda line: print(f"  {line}", file=sys.stderr))
    runs = [(name, nested_leave_one_set_out(recipe, subset, fits=fits))]
    if recipe.set_ops_share is None:
        stricter = replace(recipe, set_ops_share=SET_OPS_SHARE)
        runs.append((f"{name}+set", nested_leave_one_set_out(stricter, subset, fits=fits)))
    return runs


def _run_single(  # type: ignore[no-untyped-def]
    name: str, data, c: float | None = None, weight: float | None = None
) -> list[tuple[str, list[dict]]]:
    """One recipe's results, not nested: each set scored by the fit without it, one threshold by rule R (the recipe's
    ceilings and at most ``SET_OPS_SHARE`` of each set's ops-language negatives added) on all the sets; ``pooled``
    also under its own rule (without the per-set share) from the same fits. ``c`` and ``weight`` override the
    recipe's C and hand-written rows' weight."""
    recipe = replace(RECIPES[name], c_grid=(c or FIXED_C[name],), set_ops_share=SET_OPS_SHARE, deal_by_checksum=True)
    if weight is not None:
        recipe = replace(recipe, weight=weight)
    label = name + (f" C {c:g}" if c else "") + (f" x{weight:g}" if weight is not None else "")
    fits = pair_fits(recipe, data, recipe.c_grid[0], lambda line: print(f"  {line}", file=sys.stderr), pairs=False)
    runs = [(f"{label} (R)", single_leave_one_set_out(recipe, data, fits=fits))]
    if RECIPES[name].set_ops_share is None:
        own = replace(recipe, set_ops_share=None)
        runs.append((f"{label} (own rule)", single_leave_one_set_out(own, data, fits=fits)))
    return runs


def _shipped(sets: tuple[str, ...]) -> list[dict]:
    """Main's shipped check (``Toxicity()``, its default people model) on each set as it is: out of sample on the sets
    its model never read (``train_people.DEV_SETS`` are the ones it read)."""
    import importlib

    from genaiops.safety.guardrails import Toxicity
    from genaiops.safety.guardrails.train.workplace_chat import OPS_KINDS

    check, results = Toxicity(), []
    for name in sets:
        module = importlib.import_module(f"genaiops.safety.guardrails.train.workplace_chat_{name}")
        items = getattr(module, f"{name}_items")()
        y = np.asarray([i.label for i in items])
        ops = np.asarray([i.kind in OPS_KINDS for i in items])
        flagged = np.asarray([check.check(i.text).outcome != "pass" for i in items])
        tp = int(np.sum(flagged & (y == 1)))
        f1 = 2 * tp / (2 * tp + int(np.sum(flagged != (y == 1)))) if tp else 0.0
        results.append(
            {
                "set": name if name not in DEV_SETS else f"{name} (read)",
                "C": "",
                "threshold": "",
                "f1": f1,
                "precision": tp / max(1, int(flagged.sum())),
                "recall": tp / max(1, int(y.sum())),
                "ops_flagged": int(np.sum(flagged & ops)),
                "ops": int(ops.sum()),
            }
        )
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="the public data sets (deepset train is ordinary text)")
    parser.add_argument("--recipe", nargs="+", choices=sorted(RECIPES), default=["pooled", "aimed"])
    parser.add_argument("--fixed-c", action="store_true", help="plain recipes' C fixed at their shipped model's")
    parser.add_argument("--single", action="store_true", help="not nested: one fit per set, one threshold by rule R")
    parser.add_argument("--shipped", action="store_true", help="also main's shipped check on each set as it is")
    parser.add_argument("--c", type=float, default=None, help="with --single: C instead of the recipe's")
    parser.add_argument("--weight", type=float, default=None, help="with --single: hand-written rows' weight")
    options = parser.parse_args(argv)
    if options.data:
        import os

        os.environ["GENAIOPS_DATA"] = options.data
    elif "GENAIOPS_DATA" not in __import__("os").environ:
        __import__("os").environ["GENAIOPS_DATA"] = str(default_data_dir())
    try:
        data = people_rows(LOSO_SETS)
    except DataMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rows = []
    if options.shipped:
        rows.extend(_rows("main's shipped", _shipped(LOSO_SETS)))
    for name in options.recipe:
        single = options.single
        runs = _run_single(name, data, options.c, options.weight) if single else _run(name, data, options.fixed_c)
        for label, results in runs:
            for r in results:
                _progress(label, r)
            rows.extend(_rows(label, results))
    table(
        "Toxicity — leave-one-set-out on the fourteen hand-written development sets (fit on all but set k, score set "
        "k; rules OR people models; nested for the ceiling recipes)",
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
