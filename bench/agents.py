"""What the agent layer costs: per-task time of a task an agent performs (offline model, AgentChat's real
tool-calling path, the guarded tool wrapper, turns and state stored) beside the same task as a direct tool call,
measured in the same run.

    python bench/agents.py              # chains of 100 tasks, 5 repeats
    python bench/agents.py --tasks 300 --repeats 7

Each row: median over the repeats of (run time / tasks), store close included. The direct rows also show the
executor's inline fast path with the plain ``ToolHandler``; the 'direct, agent handler' row is the same direct
tasks with the agent handler installed (no role), to separate the handler seam from the agent itself.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from genaiops.agents.handler import AgentHandler
from genaiops.graphs import Engine, GraphSpec
from genaiops.runtime import load_guardrails
from genaiops.settings import load_settings
from genaiops.store import Store
from genaiops.tools import load_tools

ROWS = {
    "direct tool task": (None, False),
    "direct, agent handler": (None, True),
    "agent task (sre, offline model)": ("sre", True),
}


def chain(n: int, role: str | None) -> GraphSpec:
    tasks = [
        {
            "id": f"t{i}",
            "tool": "summarize_series",
            "args": {"values": [float(i), float(i + 1), float(i + 2)]},
            **({"role": role} if role else {}),
            **({"after": [f"t{i - 1}"]} if i else {}),
        }
        for i in range(n)
    ]
    return GraphSpec.model_validate({"name": f"agents-{n}", "tasks": tasks})


async def once(spec: GraphSpec, agents: bool, directory: Path, guarded: bool) -> float:
    store = Store.open(f"sqlite:///{directory / 'bench.db'}")
    screen = load_guardrails(load_settings(guardrails="tasks")) if guarded else None
    kwargs = {"handler": AgentHandler()} if agents else {}
    engine = Engine(store, load_tools(), screen=screen, **kwargs)
    start = time.perf_counter()
    result = await engine.start(spec, requester="bench")
    store.close()
    elapsed = time.perf_counter() - start
    assert result.status == "succeeded", result.errors
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--guardrails", choices=("tasks", "off"), default="tasks")
    args = parser.parse_args()
    guarded = args.guardrails == "tasks"
    print(f"chain of {args.tasks} summarize_series tasks, median of {args.repeats}, guardrails={args.guardrails}")
    print(f"{'task performed by':<34} {'ms/task':>9} {'x direct':>9}")
    medians: dict[str, float] = {}
    for label, (role, agents) in ROWS.items():
        spec, times = chain(args.tasks, role), []
        asyncio.run(once(chain(5, role), agents, Path(tempfile.mkdtemp()), guarded))  # warm-up: imports, models
        for _ in range(args.repeats):
            with tempfile.TemporaryDirectory() as tmp:
                times.append(asyncio.run(once(spec, agents, Path(tmp), guarded)) / args.tasks)
        medians[label] = statistics.median(times)
        base = medians["direct tool task"]
        print(f"{label:<34} {medians[label] * 1e3:>9.3f} {medians[label] / base:>9.1f}")
    extra = medians["agent task (sre, offline model)"] - medians["direct tool task"]
    print(f"agent layer overhead: {extra * 1e3:.2f} ms per task (AgentChat agent, offline model, guarded tools, "
          "turns and state stored)")  # fmt: skip


if __name__ == "__main__":
    main()
