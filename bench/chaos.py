"""Chaos: three `genaiops worker` processes on one PostgreSQL store, SIGKILLed at seeded random moments (a killed
worker is restarted at once), while a person approves each run's gated change as it comes up.

Afterwards every run must have finished with the outputs an uninterrupted run gives (the same graph, run id and
decision, executed in-process on a throwaway SQLite store), every change applied exactly once at the idempotent
receiver, every approval decided and acted on, and `genaiops audit verify` clean.

    python bench/chaos.py                    # 50 kills, seed 15, 12 runs, on a throwaway cluster
    python bench/chaos.py --kills 10 --seed 3

tests/store/test_chaos.py runs a few kills of the same driver.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GENAIOPS = Path(sys.executable).parent / "genaiops"
GRAPH = """
name: chaos-{i}
tasks:
  - {{id: prep, tool: noop, args: {{value: {i}}}}}
  - {{id: nap, tool: wait, args: {{seconds: 0.3}}, after: [prep]}}
  - {{id: deploy, tool: apply_change, args: {{target: 'svc-{i}@prod', change: {{version: v2}}, hold_seconds: 0.1}},
     after: [nap]}}
  - {{id: settle, tool: wait, args: {{seconds: 0.3}}, after: [deploy]}}
  - {{id: done, tool: noop, args: {{value: {i}}}, after: [settle]}}
"""


@dataclass
class ChaosReport:
    kills: int = 0
    runs: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _env(home: Path, url: str, lease: float) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(
        HOME=str(home.parent), GENAIOPS_HOME=str(home), GENAIOPS_STORE_URL=url, GENAIOPS_LEASE_SECONDS=str(lease),
        GENAIOPS_WORKER_POLL_SECONDS="0.2",
    )  # fmt: skip
    return env


def _settings(home: Path, url: str):  # type: ignore[no-untyped-def]
    os.environ["GENAIOPS_HOME"], os.environ["GENAIOPS_STORE_URL"] = str(home), url
    from genaiops.settings import load_settings

    return load_settings()


def _submit(home: Path, url: str, count: int) -> list[tuple[str, Any]]:
    """Queue ``count`` runs (what `run --detach` does); their ids and plans."""
    from genaiops.graphs import parse_scenario
    from genaiops.runtime import load_policy, open_engine

    settings = _settings(home, url)
    engine = open_engine(settings)
    try:
        out = []
        for i in range(count):
            _, plan = parse_scenario(GRAPH.format(i=i), engine.registry, load_policy(settings))
            out.append((engine.submit(plan, requester="bob"), plan))
        return out
    finally:
        engine.close()


def _approve_pending(engine: Any, most: int | None = None) -> int:
    """Approve the pending requests (at most ``most`` of them); how many were approved."""
    pending = engine.store.approvals(status="pending")[:most]
    for request, _ in pending:
        engine.decide(request["id"], approver="alice", role="operator", verdict="approve", reason="CHG-chaos")
    return len(pending)


def _uninterrupted(run_id: str, plan: Any, policy: Any) -> dict[str, Any]:
    """The outputs the run has when nothing kills it: same graph, id and decision, in-process, fresh stores."""
    from genaiops.graphs import Engine
    from genaiops.receiver import IdempotentReceiver
    from genaiops.store import Store
    from genaiops.tools import load_tools

    with closing(Store.open("sqlite:///:memory:")) as store:
        engine = Engine(store, load_tools(), policy=policy, resources={"receiver": IdempotentReceiver()})
        result = asyncio.run(engine.start(plan, requester="bob", run_id=run_id))
        _approve_pending(engine)
        result = asyncio.run(engine.resume(run_id))
        return dict(result.outputs)


def chaos(home: Path, url: str, *, kills: int, seed: int, runs: int, lease: float = 1.0) -> ChaosReport:
    """Run the chaos drill; the report lists every broken promise in ``problems`` (empty when all held)."""
    from genaiops.receiver import receiver_for
    from genaiops.runtime import load_policy, open_engine
    from genaiops.store import Store

    started, report, rng = time.monotonic(), ChaosReport(), random.Random(seed)
    submitted = _submit(home, url, runs)
    env = _env(home, url, lease)

    def worker() -> subprocess.Popen:
        return subprocess.Popen([str(GENAIOPS), "worker", "--runs", "4"], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip

    workers = [worker() for _ in range(3)]
    decider = open_engine(_settings(home, url), decisions=True)
    next_kill = time.monotonic() + rng.uniform(0.5, 2.0)
    approved = 0
    try:
        while True:
            # Until the last kill, each kill releases one decision: runs cannot all finish before the kills are
            # done (on a quiet machine they would, and the drill would kill fewer workers than asked).
            most = None if report.kills >= kills else max(0, report.kills + 1 - approved)
            approved += _approve_pending(decider, most)
            states = {r.run_id: r.status for r in decider.store.runs(limit=runs + 10)}
            if all(states.get(run_id) == "succeeded" for run_id, _ in submitted):
                break
            if report.kills < kills and time.monotonic() >= next_kill:
                victim = rng.randrange(len(workers))
                workers[victim].kill()  # SIGKILL
                workers[victim].wait()
                workers[victim] = worker()
                report.kills += 1
                next_kill = time.monotonic() + rng.uniform(0.3, 1.5)
            if time.monotonic() - started > 600:
                report.problems.append(f"not finished after 600 s: {states}")
                break
            time.sleep(0.1)
    finally:
        for proc in workers:
            proc.kill()
            proc.wait()
        decider.close()
    policy = load_policy(_settings(home, url))
    with closing(Store.open(url)) as store:
        for run_id, plan in submitted:
            _check_run(store, run_id, plan, policy, report)
    with receiver_for(url, home) as receiver:  # the one the workers used (on PostgreSQL, in its database)
        applied = receiver.applied()
        if sorted(applied.values()) != [1] * runs:
            report.problems.append(f"effects applied {applied} (each of {runs} changes should be applied once)")
    verify = subprocess.run([str(GENAIOPS), "audit", "verify"], env=env, capture_output=True, text=True, timeout=300)
    if verify.returncode != 0:
        report.problems.append(f"audit verify exit {verify.returncode}: {verify.stdout[-300:]}{verify.stderr[-300:]}")
    report.seconds = time.monotonic() - started
    return report


def _check_run(store: Any, run_id: str, plan: Any, policy: Any, report: ChaosReport) -> None:
    run = store.run(run_id)
    report.runs[run_id] = run.status
    if run.status != "succeeded":
        report.problems.append(f"{run_id}: {run.status}")
        return
    outputs = {t.task_id: t.result for t in store.tasks(run_id)}
    expected = _uninterrupted(run_id, plan, policy)
    if outputs != expected:
        report.problems.append(f"{run_id}: outputs {outputs} != uninterrupted {expected}")
    kinds = [(task, kind) for _, task, kind, _, _ in store.events(run_id)]
    for task in outputs:
        if kinds.count((task, "task_succeeded")) != 1:
            report.problems.append(f"{run_id}: {task} succeeded {kinds.count((task, 'task_succeeded'))} times")
    approvals = store.approvals(run_id=run_id)
    if [status for _, status in approvals] != ["approved"]:
        report.problems.append(f"{run_id}: approvals {[s for _, s in approvals]} (one approved expected)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from pg_cluster import PgCluster, postgres_bin

    bin_dir = postgres_bin()
    if bin_dir is None:
        sys.exit("PostgreSQL is not installed (Debian package postgresql)")
    cluster = PgCluster(bin_dir).start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            report = chaos(Path(folder) / "home", cluster.new_database(), kills=args.kills, seed=args.seed,
                           runs=args.runs)  # fmt: skip
    finally:
        cluster.stop()
    print(f"chaos: {report.kills} SIGKILLs across 3 workers, {len(report.runs)} runs, {report.seconds:.1f} s")
    print(f"  runs: {sorted(set(report.runs.values()))}; problems: {len(report.problems)}")
    for problem in report.problems:
        print(f"  - {problem}")
    sys.exit(1 if report.problems else 0)


if __name__ == "__main__":
    main()
