"""Where the roots of multi-fault incidents are lost, on the eleven development sets, through the real tool path.

Each incident of the eleven sets, ``bench/rca_blind.py`` onwards (eleven authors, development data) goes through
``rank_root_causes(all_incidents=True)`` exactly as its bench sends it; the incidents the tool found are read
from the call to ``explain_incidents`` it makes. Every true root of a multi-fault incident that is not in the
first three ``roots`` is put in one place:

- (a) in no incident: neither a service nor an origin of any incident found (split further: the root has
  metrics, or it has none);
- (b) in an incident but not leading one: its incident's best root is another service (split further: that
  leader is another true root — its anomalies were absorbed into another fault's incident — or not);
- (c) leading an incident that is listed below the first three.

It prints, per set, single-fault top-1, multi-fault all-roots-in-top-3 and the miss table.

    .venv/bin/python bench/rca_multi.py                    # all eleven sets (several minutes)
    .venv/bin/python bench/rca_multi.py --sets blind5      # one set
    .venv/bin/python bench/rca_multi.py --cache /tmp/rcam  # keep each set's tool inputs there (reused when present)
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11")
PLACES = ("a: no incident, has metrics", "a: no incident, no metrics", "b: led by another root", "b: led by a non-root",
          "c: leads, ranked below 3")  # fmt: skip


def _cases(name: str) -> tuple[list, object]:
    """The set's incidents and the function that scores one through the tools (its bench's own)."""
    if name == "blind":
        import rca_blind
        from rca_blind_set import blind_incidents

        return blind_incidents(), rca_blind.score
    module = __import__(f"rca_{name}")
    score = getattr(module, "score", None)
    if score is None:  # a set with no score function of its own (the eighth on): its environment + score_env
        from rca_blind2 import score_env

        def score(item, tools):  # noqa: ANN001, ANN202
            return score_env(module.environment(item), item, tools, f"bench-rca-{name}")

    return getattr(module, f"{name}_incidents")(), score


class _Tools:
    """The registry, except that the ``all_incidents`` call to rank_root_causes is kept (arguments, context)."""

    def __init__(self, tools) -> None:  # noqa: ANN001
        self.tools, self.calls = tools, []

    def get(self, name: str):  # noqa: ANN201
        tool = self.tools.get(name)
        if name != "rank_root_causes":
            return tool
        outer = self

        class _Kept:
            def invoke(self, args, ctx):  # noqa: ANN001, ANN201
                if args.get("all_incidents"):
                    outer.calls.append((args, ctx))
                return tool.invoke(args, ctx)

        return _Kept()


def record(name: str) -> list[dict]:
    """Each incident's truth and the arguments and context its bench gives rank_root_causes(all_incidents)."""
    from genaiops.tools import load_tools

    tools = _Tools(load_tools())
    items, score = _cases(name)
    out = []
    for item in items:
        tools.calls = []
        row = score(item, tools)
        args, ctx = tools.calls[-1]
        out.append({"truth": row["truth"], "args": args, "ctx": ctx})
    return out


def load(name: str, cache: Path | None) -> list[dict]:
    path = cache / f"{name}.pkl" if cache else None
    if path is not None and path.exists():
        return pickle.loads(path.read_bytes())  # noqa: S301 - our own file, written below
    cases = record(name)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(cases))
    return cases


def run(case: dict, tools) -> tuple[list[str], list, list]:  # noqa: ANN001
    """(roots named, incidents found, their roots) for one incident through the tool."""
    from genaiops.tools.sre import rank_root_causes as module

    seen: dict = {}
    real = module.explain_incidents

    def spy(incidents, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        seen["incidents"] = incidents
        seen["roots"] = real(incidents, *a, **kw)
        return seen["roots"]

    module.explain_incidents = spy
    try:
        result = tools.get("rank_root_causes").invoke(case["args"], case["ctx"])
    finally:
        module.explain_incidents = real
    return [r.service for r in result.roots], seen.get("incidents", []), seen.get("roots", [])


def place(root: str, named: list[str], incidents: list, roots: list, truth: list[str], observed: set) -> str:
    """Where a true root stands: 'hit' (first three) or one of PLACES."""
    if root in named[:3]:
        return "hit"
    if root in named:
        return PLACES[4]
    lead = {r.incident: r.service for r in roots}
    for inc in incidents:
        if root in inc.services or root in inc.origins:
            leader = lead.get(inc.id)
            return PLACES[2] if leader in truth else PLACES[3]
    return PLACES[0] if root in observed else PLACES[1]


def evaluate(cases: list[dict], tools) -> dict:  # noqa: ANN001
    single = multi = hit1 = hit3 = 0
    misses: Counter = Counter()
    for case in cases:
        named, incidents, roots = run(case, tools)
        truth = case["truth"]
        if len(truth) == 1:
            single += 1
            hit1 += named[:1] == truth
            continue
        multi += 1
        hit3 += all(t in named[:3] for t in truth)
        metrics = case["args"].get("metrics")
        observed = set(metrics.series) if metrics is not None else set()
        for t in truth:
            misses[place(t, named, incidents, roots, truth, observed)] += 1
    return {"single": hit1 / max(single, 1), "multi": hit3 / max(multi, 1), "n": (single, multi), "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=SETS)
    parser.add_argument("--cache", type=Path, default=None, help="keep each set's tool inputs here")
    args = parser.parse_args()
    from genaiops.tools import load_tools

    tools = load_tools()
    total: Counter = Counter()
    print(f"{'set':<8}{'single':>8}{'multi':>8}{'roots':>7}{'missed':>8}  " + "  ".join(p[:1] for p in PLACES))
    for name in args.sets:
        got = evaluate(load(name, args.cache), tools)
        m = got["misses"]
        total += m
        missed = sum(m[p] for p in PLACES)
        print(
            f"{name:<8}{got['single']:>8.3f}{got['multi']:>8.3f}{sum(m.values()):>7}{missed:>8}  "
            + "  ".join(f"{p}={m[p]}" for p in PLACES)
        )
    missed = sum(total[p] for p in PLACES)
    print(f"\nall sets: {sum(total.values())} roots of multi-fault incidents, {missed} missed")
    for p in PLACES:
        print(f"  {p:<28}{total[p]:>5}  ({total[p] / max(missed, 1):.0%} of misses)")


if __name__ == "__main__":
    main()
