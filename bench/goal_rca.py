"""The goal-driven SRE against the fixed pipeline, on bench/rca.py's simulated incidents (issue 11.5).

For every single-fault incident of bench/rca.py's report set (the same seeds: ``REPORT_SEED`` + 1000 x topology
+ 100 x kind + i, every fault kind on the three topologies), two investigations name a root cause:

- **fixed pipeline**: what ``scenarios/incident_response.yaml`` and bench/rca.py do — ``rank_root_causes`` on the
  on-call window (90 minutes before the fault to 12-25 after); its first candidate;
- **goal-driven**: the SRE agent's offline playbook (``genaiops.agents.goals``) given only a goal in words, the
  way a page reads — "<service> p99 is high since HH:MM - find the cause and propose a fix" — where <service> is
  a service the fault visibly hurts (an entry service if one is hurt: what users and alerts see first; the
  faulty service only when nothing else shows it) and HH:MM the fault's time rounded down to 5 minutes. The
  playbook decides its own window, detection, correlation, which incident to explain, ranking, memory lookup,
  dry run and proposal; its ``GoalResult.root_cause`` is compared.

The playbook runs over a session that calls the registered tools directly (no store, no engine: the rules the
session enforces are tested in tests/agents; here only the decisions are measured). Reported: the share of
incidents where both name the same service (target >= 0.95), and each one's top-1 accuracy against the injected
fault for context.

    python bench/goal_rca.py            # 330 incidents (22 per kind and topology, as bench/rca.py)
    python bench/goal_rca.py --quick    # a third of them
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from genaiops.agents.goals import Steps, run_playbook
from genaiops.agents.roles import get_role, with_role_defaults
from genaiops.graphs.handlers import TaskCall
from genaiops.graphs.spec import TaskSpec
from genaiops.registry import ToolContext
from genaiops.safety import ApprovalPolicy
from genaiops.tools import load_tools
from genaiops.tools.goals.pursue_goal import GoalInput
from genaiops.tools.sre.simulate import FAULT_KINDS, TOPOLOGIES, SimulatedIncident, make_incident, truth_labels

REPORT_SEED = 10_000  # bench/rca.py's report seeds (never used to write the playbook)
TARGET = 0.95
_ = Steps  # the playbook's interface, for readers


@dataclass
class _Engine:
    registry: Any
    policy: Any


@dataclass
class DirectSession:
    """Just enough of ``AgentSession`` for a playbook: tools called directly, turns counted, no store."""

    call: TaskCall
    engine: _Engine
    turns: list[Any] = field(default_factory=list)
    calls: int = 0

    def note(self, agent: str, kind: str, content: Any, usage: Any = None) -> None:
        self.turns.append((kind, usage))

    def refuse(self, agent: str, tool: str, reason: str) -> Exception:
        return RuntimeError(reason)

    async def invoke(self, role: Any, spec: Any, args: Any) -> Any:
        if self.engine.policy.requirement(spec).gated or spec.actions:
            raise RuntimeError(f"{spec.name} needs approval")
        self.calls += 1
        ctx = replace(self.call.context, idempotency_key=f"bench:{self.calls}")
        return spec.invoke(args, ctx)


def paged_service(inc: SimulatedIncident) -> str:
    """What the page names: a hurt entry service (largest traffic first), else any hurt service, else the root."""
    root = inc.faults[0].service
    hurt = [s for s in truth_labels(inc) if s != root]
    ingress = inc.env.sim.ingress
    entry = sorted((s for s in hurt if s in ingress), key=lambda s: (-ingress[s], s))
    return (entry or sorted(hurt) or [root])[0]


def goal_for(inc: SimulatedIncident) -> GoalInput:
    at = inc.faults[0].at
    since = at - timedelta(minutes=at.minute % 5, seconds=at.second, microseconds=at.microsecond)
    return GoalInput(goal=f"{paged_service(inc)} p99 is high since {since:%H:%M} - find the cause and propose a fix")


def goal_driven(inc: SimulatedIncident, registry: Any, policy: Any) -> tuple[str | None, int]:
    """The playbook's root cause, and how many tokens it would have spent (the offline estimate)."""
    now: datetime = inc.end
    ctx = ToolContext(run_id="bench-goal", task_id="investigate", idempotency_key="-", now=now,
                      resources={"environment": inc.env})  # fmt: skip
    task = TaskSpec(id="investigate", role="sre", goal="x")
    goal = goal_for(inc)
    session = DirectSession(TaskCall(task, registry.get("pursue_goal"), goal, ctx), _Engine(registry, policy))
    result = asyncio.run(run_playbook(session, get_role("sre"), goal))
    tokens = sum((u.prompt_tokens + u.completion_tokens) for _, u in session.turns if u is not None)
    return result.root_cause, tokens


def fixed_pipeline(inc: SimulatedIncident, registry: Any) -> str | None:
    ctx = ToolContext(run_id="bench-goal", task_id="rank", idempotency_key="-", now=inc.end,
                      resources={"environment": inc.env})  # fmt: skip
    window = inc.env.observe(inc.start, inc.end)
    ranked = registry.get("rank_root_causes").invoke({"metrics": window, "top_k": 10}, ctx)
    return ranked.candidates[0].service if ranked.candidates else None


def run(per_kind: int) -> list[dict[str, Any]]:
    registry, policy = load_tools(), with_role_defaults(ApprovalPolicy())
    rows = []
    for t, topo in enumerate(TOPOLOGIES):
        for k, kind in enumerate(FAULT_KINDS):
            for i in range(per_kind):
                inc = make_incident(topo, REPORT_SEED + 1000 * t + 100 * k + i, [kind])
                began = time.perf_counter()
                goal, tokens = goal_driven(inc, registry, policy)
                ms = (time.perf_counter() - began) * 1000
                fixed = fixed_pipeline(inc, registry)
                truth = inc.faults[0].service
                rows.append({"topology": topo, "kind": kind, "goal": goal, "fixed": fixed, "truth": truth,
                             "tokens": tokens, "ms": ms})  # fmt: skip
    return rows


def share(rows: list[dict[str, Any]], test: Any) -> float:
    return sum(bool(test(r)) for r in rows) / len(rows)


def report(rows: list[dict[str, Any]], command: str) -> None:
    print(f"\n{command}\nGoal-driven SRE (offline playbook) vs the fixed pipeline on {len(rows)} simulated incidents "
          f"(bench/rca.py's report seeds {REPORT_SEED}+)\n")  # fmt: skip
    print(f"{'group':<22}{'n':>5}{'same cause':>12}{'goal top-1':>12}{'fixed top-1':>13}{'tokens med':>12}")
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r["topology"]].append(r)
        groups[r["kind"]].append(r)
    for name, g in [*groups.items(), ("all", rows)]:
        tokens = sorted(r["tokens"] for r in g)[len(g) // 2]
        same, goal_top1 = share(g, lambda r: r["goal"] == r["fixed"]), share(g, lambda r: r["goal"] == r["truth"])
        fixed_top1 = share(g, lambda r: r["fixed"] == r["truth"])
        print(f"{name:<22}{len(g):>5}{same:>12.3f}{goal_top1:>12.3f}{fixed_top1:>13.3f}{tokens:>12}")
    same = share(rows, lambda r: r["goal"] == r["fixed"])
    ms = sorted(r["ms"] for r in rows)
    print(f"\nsame root cause as the fixed pipeline   {same:.3f}   target >= {TARGET}  "
          f"({'met' if same >= TARGET else 'NOT met'})")  # fmt: skip
    print(f"playbook ms per incident: median {ms[len(ms) // 2]:.0f}, p95 {ms[int(0.95 * (len(ms) - 1))]:.0f}")
    differ = [r for r in rows if r["goal"] != r["fixed"]]
    for r in differ[:10]:
        print(f"  differ: {r['topology']} {r['kind']}: goal {r['goal']}, fixed {r['fixed']}, injected {r['truth']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a third of the incidents")
    args = parser.parse_args()
    per_kind = 7 if args.quick else 22
    report(run(per_kind), "python bench/goal_rca.py" + (" --quick" if args.quick else ""))


if __name__ == "__main__":
    main()
