"""Beyond one machine, measured: the store on PostgreSQL beside SQLite, workers, many runs and approvals, Ray.

On a throwaway PostgreSQL cluster (bench/pg_cluster.py: Debian's binaries, 127.0.0.1, fsync off as on a test
machine; pass --fsync for a durable cluster) and SQLite files in a temporary folder, in one run:

1. per-task overhead of the durable executor for bench/engine.py's shapes (chain, fan-out, layered; no-op
   tasks), PostgreSQL beside SQLite (target: PostgreSQL <= 4x SQLite), and the anchor in the same run: LangGraph
   with its PostgreSQL checkpointer (langgraph-checkpoint-postgres's PostgresSaver) on the same server and shapes,
   ``durability="sync"`` (each step's checkpoint committed before the next step starts, as ours), its state one
   counter each no-op node adds 1 to (the cheapest state it can checkpoint; ours stores every task's result);
2. throughput of `genaiops worker` processes (1, 2, 4) on PostgreSQL beside one SQLite worker, on fan-out runs
   whose tasks each detect anomalies in a 120-point series (CPU-bound: the tool itself takes ~1.5-2 ms, printed as
   measured; the task as a worker executes it — the guardrails screening its 240 argument strings, the call, the
   commit — >= 5 ms: the workers' CPU per task is printed beside each rate; target: 2 workers >= 1.6x of 1), timed
   from the first claim to the last run's end as stored (process start-up and first use excluded: the workers are
   up and have each executed one such run before the measured runs are queued), with the CPU the workers and the
   PostgreSQL server (its backends included) spent per task, medians of ``--repeats``; then the same with 10 ms
   waits as the tasks (``--sleep-tasks``: no CPU in the task, so what scales or not is the executor's and the
   store's own work);
3. 100 runs at once through 2 workers, and one run waiting on 1,000 pending approvals, all approved and
   executed: errors, lost or duplicated effects (target: 0);
4. Ray offload overhead per task (a remote no-op wait on a local Ray cluster) beside a direct call.

    python bench/scale.py              # everything
    python bench/scale.py --quick      # smaller sizes (100 tasks, 2 runs per worker count)
    python bench/scale.py --no-ray     # skip the Ray figure
    python bench/scale.py --parts 2 --repeats 5   # the workers only, medians of 5

The LangGraph anchor needs the `bench` extra (`pip install -e '.[bench]'`: langgraph, langgraph-checkpoint-postgres);
without it the bench says so and measures the rest.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import operator
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, TypedDict

sys.path.insert(0, str(Path(__file__).parent))
from engine import shape_edges, spec_for  # noqa: E402 - bench/engine.py's shapes
from pg_cluster import PgCluster, postgres_bin  # noqa: E402

from genaiops.graphs import Engine, GraphSpec  # noqa: E402
from genaiops.store import Store  # noqa: E402
from genaiops.tools import load_tools  # noqa: E402

GENAIOPS = Path(sys.executable).parent / "genaiops"
SHAPES = ("chain", "fan-out", "layered")


# --- 1. per-task overhead ------------------------------------------------------------------------------------------


async def _once(url: str, spec: GraphSpec) -> float:
    with closing(Store.open(url)) as store:
        engine = Engine(store, load_tools(), concurrency=64)
        started = time.perf_counter()
        result = await engine.start(spec, requester="bench")
        elapsed = time.perf_counter() - started
    assert result.status == "succeeded", result.status
    return elapsed / len(spec.tasks) * 1e6


def per_task(cluster: PgCluster, folder: Path, n: int, repeats: int) -> list[tuple[str, float, float, float | None]]:
    """(shape, SQLite, PostgreSQL, LangGraph on PostgreSQL or None when not installed) us/task, medians; the
    backends take turns within each repeat, so a change in the machine's load hits all of them alike."""
    rows = []
    anchor = _langgraph()
    for shape in SHAPES:
        spec = spec_for(shape, n)
        samples: dict[str, list[float]] = {"sqlite": [], "postgresql": [], "langgraph": []}
        for k in range(repeats):
            samples["sqlite"].append(asyncio.run(_once(f"sqlite:///{folder / f'{shape}-{k}.db'}", spec)))
            samples["postgresql"].append(asyncio.run(_once(cluster.new_database(), spec)))
            if anchor is not None:
                samples["langgraph"].append(anchor(cluster.new_database(), shape, n))
        lite, pg = statistics.median(samples["sqlite"]), statistics.median(samples["postgresql"])
        rows.append((shape, lite, pg, statistics.median(samples["langgraph"]) if anchor else None))
    return rows


class Count(TypedDict):
    """LangGraph's state in the anchor: how many no-op nodes ran (each adds 1)."""

    done: Annotated[int, operator.add]


def _langgraph() -> Any:
    """LangGraph's per-task figure on PostgreSQL (a function of url, shape, n), or None when not installed."""
    try:
        from langgraph.checkpoint.postgres import PostgresSaver
        from langgraph.graph import START, StateGraph
    except ImportError:
        return None

    def noop(state: Count) -> dict[str, int]:
        return {"done": 1}

    def once(url: str, shape: str, n: int) -> float:
        graph = StateGraph(Count)
        for i, deps in enumerate(shape_edges(shape, n)):
            graph.add_node(f"t{i}", noop)
            if not deps:
                graph.add_edge(START, f"t{i}")
            else:  # a list of sources: the node waits for all of them
                graph.add_edge([f"t{d}" for d in deps] if len(deps) > 1 else f"t{deps[0]}", f"t{i}")
        with PostgresSaver.from_conn_string(url) as saver:
            saver.setup()
            app = graph.compile(checkpointer=saver)
            config = {"configurable": {"thread_id": "bench"}, "recursion_limit": n + 10}
            started = time.perf_counter()
            out = app.invoke({"done": 0}, config, durability="sync")
            elapsed = time.perf_counter() - started
        assert out["done"] == n, out
        return elapsed / n * 1e6

    return once


# --- 2. workers ----------------------------------------------------------------------------------------------------


def _series(points: int = 120) -> dict[str, Any]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    values = [100 + 10 * math.sin(i / 5) for i in range(points)]
    values[points - 10] = 900.0
    stamps = [(start + timedelta(minutes=i)).isoformat() for i in range(points)]
    return {"name": "p99", "timestamps": stamps, "values": values}


def _fan_out(width: int, sleep: float | None = None) -> GraphSpec:
    """A root and ``width`` tasks after it: anomaly detection (CPU), or with ``sleep`` a wait of that many seconds
    (no CPU: what is left is the store's and the executor's own work, and whether workers wait on each other)."""
    series = _series()
    tasks = [{"id": "root", "tool": "noop", "args": {"value": 0}}]
    work = {"tool": "detect_anomalies", "args": {"series": series}}
    if sleep is not None:
        work = {"tool": "wait", "args": {"seconds": sleep}}
    tasks += [{"id": f"d{i}", **work, "after": ["root"]} for i in range(width)]
    return GraphSpec.model_validate({"name": "fan-out-detect", "tasks": tasks})


def _env(home: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(
        HOME=str(home.parent), GENAIOPS_HOME=str(home), GENAIOPS_STORE_URL=url, GENAIOPS_WORKER_POLL_SECONDS="0.2"
    )
    return env


def _queue(url: str, spec: GraphSpec, count: int) -> list[str]:
    with closing(Store.open(url)) as store:
        engine = Engine(store, load_tools())
        return [engine.submit(spec, requester="bench") for _ in range(count)]


def _spawn(home: Path, url: str, count: int, *argv: str) -> list[subprocess.Popen]:
    """``count`` ``genaiops worker ARGV`` processes on the store at ``url`` (stdout and stderr piped), each in a
    session of its own, as workers run as separate services are: Linux's autogroup scheduling gives all the
    processes of one session ONE share of a busy machine, so on a shared machine a second worker in the bench's
    session got no more CPU than the first (the PostgreSQL server's processes each have their own session)."""
    return [
        subprocess.Popen(
            [str(GENAIOPS), "worker", *argv],
            env=_env(home, url),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )  # fmt: skip
        for _ in range(count)
    ]


def _workers(home: Path, url: str, count: int, runs_each: int) -> None:
    for proc in _spawn(home, url, count, "--once", "--runs", str(runs_each)):
        _, err = proc.communicate(timeout=3600)
        if proc.returncode != 0:
            raise RuntimeError(f"worker exit {proc.returncode}: {err[-500:]}")


def _pool(home: Path, url: str, count: int, runs_each: int) -> list[subprocess.Popen]:
    """``count`` workers started (not ``--once``) on an existing store, returned once each said it is up: the runs
    are queued after, so no worker's start-up (seconds of imports on a busy machine) falls inside the measurement."""
    procs = _spawn(home, url, count, "--runs", str(runs_each))
    for proc in procs:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line.startswith("worker"):
            _stop(procs)
            raise RuntimeError(f"a worker did not start: {line!r}")
    return procs


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        proc.terminate()  # every run has ended (a background shell's children ignore SIGINT)
    for proc in procs:
        proc.wait(timeout=600)


class _Lines:
    """Each worker's stdout lines as they come (a thread per worker): who has finished a run yet."""

    def __init__(self, procs: list[subprocess.Popen]) -> None:
        self.lines: list[list[str]] = [[] for _ in procs]
        self.errors: list[list[str]] = [[] for _ in procs]
        for i, proc in enumerate(procs):  # stderr drained too, so a chatty worker never blocks on a full pipe
            threading.Thread(target=self._read, args=(proc.stdout, self.lines[i]), daemon=True).start()
            threading.Thread(target=self._read, args=(proc.stderr, self.errors[i]), daemon=True).start()

    @staticmethod
    def _read(stream: Any, into: list[str]) -> None:
        for line in stream or ():
            into.append(line)

    def idle_since_start(self) -> list[int]:
        """The workers that have not finished a run yet."""
        return [i for i, lines in enumerate(self.lines) if not any(line.startswith("run ") for line in lines)]


def _warm_up(url: str, spec: GraphSpec, lines: _Lines, workers: int) -> None:
    """Until every worker has executed one run of the measured kind: its first use of the tools (imports, first
    calls) falls outside the measurement, like its start-up (a worker pool lives long; the 8 runs measured do not)."""
    for _ in range(20):
        if not lines.idle_since_start():
            return
        _wait_done(url, _queue(url, spec, 2 * workers))
        time.sleep(0.1)  # the worker prints the run's end just after it commits it
    raise RuntimeError(f"workers {lines.idle_since_start()} took no warm-up run in 20 rounds")


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of the processes, and of their children that ended (a postmaster's backends)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15])
    return total / os.sysconf("SC_CLK_TCK")


def _server_pids(cluster: PgCluster) -> list[int]:
    """The postmaster and its live children (the backends that exited are in the postmaster's children's CPU)."""
    postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
    children = Path(f"/proc/{postmaster}/task/{postmaster}/children")
    return [postmaster, *(int(c) for c in children.read_text().split())] if children.exists() else [postmaster]


def _tool_ms(spec: GraphSpec) -> float:
    """CPU milliseconds of one call of the measured tasks' tool on their arguments, in this process (median of 5
    batches of 20 after a warm-up call)."""
    task = spec.tasks[-1]
    tool = load_tools().get(task.tool)
    args = tool.parse_args(task.args)
    tool.invoke(args, None)
    samples = []
    for _ in range(5):
        started = time.process_time()
        for _ in range(20):
            tool.invoke(args, None)
        samples.append((time.process_time() - started) / 20 * 1e3)
    return statistics.median(samples)


def _wait_done(url: str, run_ids: list[str]) -> None:
    with closing(Store.open(url)) as store:
        while any(store.run(r).status in ("queued", "running", "created") for r in run_ids):
            time.sleep(0.2)


def _span(url: str, run_ids: list[str]) -> tuple[float, int, list[str]]:
    """(seconds from the first claim to the last end, tasks done, runs not succeeded)."""
    first, last, tasks, bad = None, None, 0, []
    with closing(Store.open(url)) as store:
        for run_id in run_ids:
            if store.run(run_id).status != "succeeded":
                bad.append(run_id)
            for _, task, kind, at, _ in store.events(run_id):
                moment = datetime.fromisoformat(at)
                if kind == "run_resumed":
                    first = moment if first is None else min(first, moment)
                if kind == "run_succeeded":
                    last = moment if last is None else max(last, moment)
                tasks += task is not None and kind == "task_succeeded"
    return ((last - first).total_seconds() if first and last else float("nan")), tasks, bad


def throughput(
    cluster: PgCluster, folder: Path, runs: int, width: int, sleep: float | None = None
) -> list[tuple[str, float, list[str], float, float]]:
    """(label, tasks/s, runs not succeeded, workers' CPU ms per task, the PostgreSQL server's CPU ms per task)."""
    spec, rows = _fan_out(width, sleep), []
    for label, workers, url in [
        ("SQLite, 1 process", 1, f"sqlite:///{folder / f'tp-{sleep}.db'}"),
        *[(f"PostgreSQL, {k} worker(s)", k, cluster.new_database()) for k in (1, 2, 4)],
    ]:
        home = folder / f"home-{label.split(',')[0]}-{workers}-{sleep}"
        Store.open(url).close()  # the store exists before the workers start (else they refuse it)
        procs = _pool(home, url, workers, runs_each=2)
        server = _server_pids(cluster) if url.startswith("postgresql") else []
        try:
            _warm_up(url, spec, _Lines(procs), workers)
            worker_cpu, server_cpu = _cpu_seconds([p.pid for p in procs]), _cpu_seconds(server)
            run_ids = _queue(url, spec, runs)
            _wait_done(url, run_ids)
            worker_cpu = _cpu_seconds([p.pid for p in procs]) - worker_cpu
            server_cpu = _cpu_seconds(_server_pids(cluster) if server else []) - server_cpu
        finally:
            _stop(procs)
        seconds, tasks, bad = _span(url, run_ids)
        rows.append((label, tasks / seconds, bad, worker_cpu / tasks * 1e3, server_cpu / tasks * 1e3))
    return rows


# --- 3. many runs, many approvals ----------------------------------------------------------------------------------


def many(cluster: PgCluster, folder: Path, runs: int, approvals: int) -> list[str]:
    """Problems found (empty: none)."""
    from genaiops.receiver import receiver_for
    from genaiops.runtime import load_policy
    from genaiops.settings import Settings

    problems: list[str] = []
    url, home = cluster.new_database(), folder / "home-many"
    small = GraphSpec.model_validate(
        {
            "name": "small",
            "tasks": [
                {"id": "a", "tool": "noop"},
                {"id": "b", "tool": "wait", "args": {"seconds": 0.05}, "after": ["a"]},
            ],
        }  # fmt: skip
    )
    run_ids = _queue(url, small, runs)
    _workers(home, url, 2, runs_each=runs // 2)
    _, _, bad = _span(url, run_ids)
    problems += [f"{r} did not succeed" for r in bad]
    gated = GraphSpec.model_validate(
        {
            "name": "gated",
            "tasks": [
                {"id": f"g{i}", "tool": "apply_change", "args": {"target": f"svc-{i}@prod", "change": {"v": 2}}}
                for i in range(approvals)
            ],
        }  # fmt: skip
    )
    receiver = receiver_for(url, home)  # the workers' (on PostgreSQL, the one in its database every home shares)
    with closing(Store.open(url)) as store:
        policy = load_policy(Settings(home=home))  # the policy the workers apply: decisions under it stand
        engine = Engine(store, load_tools(), policy=policy, resources={"receiver": receiver})
        started = time.perf_counter()
        result = asyncio.run(engine.start(gated, requester="bob"))
        pending = store.approvals(status="pending")
        if result.status != "paused" or len(pending) != approvals:
            problems.append(f"gated run {result.status} with {len(pending)} pending approvals")
        for request, _ in pending:
            engine.decide(request["id"], approver="alice", role="operator", verdict="approve", reason="bench")
        decided = time.perf_counter()
    receiver.close()
    _workers(home, url, 1, runs_each=1)
    _, _, bad = _span(url, [result.run_id])
    problems += [f"{r} did not succeed after its approvals" for r in bad]
    with receiver_for(url, home) as check:
        applied = check.applied()
    if len(applied) != approvals or set(applied.values()) != {1}:
        problems.append(f"{len(applied)} effects applied, {sum(v != 1 for v in applied.values())} more than once")
    print(f"  {approvals} pending approvals listed and decided in {decided - started:.1f} s")
    return problems


# --- 4. Ray ----------------------------------------------------------------------------------------------------


def ray_overhead(calls: int) -> tuple[float, float]:
    """(direct call, Ray task) microseconds per call of a zero-second wait."""
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    from genaiops.ray_offload import RayOffload

    spec = load_tools().get("wait")
    args = spec.input_model(seconds=0)
    offload = RayOffload("local", num_cpus=2)

    async def remote() -> float:
        await offload.call(spec, args)  # connect and warm up
        started = time.perf_counter()
        for _ in range(calls):
            await offload.call(spec, args)
        return (time.perf_counter() - started) / calls * 1e6

    try:
        on_ray = asyncio.run(remote())
    finally:
        offload.close()
    started = time.perf_counter()
    for _ in range(calls):
        spec.fn(args)
    return (time.perf_counter() - started) / calls * 1e6, on_ray


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-ray", action="store_true")
    parser.add_argument("--fsync", action="store_true", help="a PostgreSQL cluster with fsync on")
    parser.add_argument("--parts", default="1,2,3,4", help="which measurements, e.g. 1,3 (default: all)")
    parser.add_argument("--repeats", type=int, default=0, help="2. repeats, medians (default 3; --quick: 1)")
    parser.add_argument(
        "--sleep-tasks", type=float, default=0.01, help="2. also: fan-out runs of waits of this many seconds (0: no)"
    )
    args = parser.parse_args()
    bin_dir = postgres_bin()
    if bin_dir is None:
        sys.exit("PostgreSQL is not installed (Debian package postgresql)")
    cluster = PgCluster(bin_dir, fsync=args.fsync).start()
    try:
        with tempfile.TemporaryDirectory() as name:
            _report(cluster, Path(name), args)
    finally:
        cluster.stop()


def _report(cluster: PgCluster, folder: Path, args: argparse.Namespace) -> None:
    parts = {int(p) for p in args.parts.split(",") if p.strip()}
    if 1 in parts:
        _overhead(cluster, folder, args)
    if 2 in parts:
        _throughput(cluster, folder, args)
    if 3 in parts:
        runs, approvals = (20, 100) if args.quick else (100, 1000)
        print(f"3. {runs} runs through 2 workers; one run with {approvals} pending approvals:")
        problems = many(cluster, folder, runs, approvals)
        print(f"  problems: {len(problems)}" + "".join(f"\n  - {p}" for p in problems))
    if 4 in parts and not args.no_ray:
        direct, on_ray = ray_overhead(50 if args.quick else 200)
        print(f"4. Ray offload: direct call {direct:.0f} us, Ray task {on_ray:.0f} us (+{on_ray - direct:.0f} us/task)")


def _overhead(cluster: PgCluster, folder: Path, args: argparse.Namespace) -> None:
    n, repeats = (100, 1) if args.quick else (1000, 3)
    print(f"1. per-task overhead, {n} no-op tasks, median of {repeats} (us/task):")
    rows = per_task(cluster, folder, n, repeats)
    for shape, lite, pg, anchor in rows:
        line = f"  {shape:8} SQLite {lite:8.0f}   PostgreSQL {pg:8.0f}   ratio {pg / lite:4.1f}x (target <= 4x)"
        print(line + (f"   LangGraph+PostgresSaver {anchor:8.0f}" if anchor is not None else ""))
    if rows and rows[0][3] is None:
        print("  LangGraph anchor not measured: pip install -e '.[bench]' (langgraph, langgraph-checkpoint-postgres)")


def _throughput(cluster: PgCluster, folder: Path, args: argparse.Namespace) -> None:
    runs, width = (2, 10) if args.quick else (8, 20)
    print(f"2. throughput, {runs} fan-out runs x {width} detection tasks (tasks/s, first claim to last end; each")
    print(f"   worker warmed up by one run first; load average {_load()}):")
    print(f"  the tool alone: {_tool_ms(_fan_out(width)):.1f} ms CPU per call in this process")
    repeats = args.repeats or (1 if args.quick else 3)
    _rates([throughput(cluster, folder, runs, width) for _ in range(repeats)])
    if args.sleep_tasks:
        print(f"2b. the same with waits of {args.sleep_tasks * 1000:.0f} ms instead of detection (no CPU in the task):")
        _rates([throughput(cluster, folder, runs, width, args.sleep_tasks) for _ in range(repeats)])
    print(f"  load average after: {_load()}")


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _rates(repeats: list[list[tuple[str, float, list[str], float, float]]]) -> None:
    """Medians over the repeats; the ratio to one PostgreSQL worker is taken within each repeat (the machine's
    load changes between repeats), then its median (every repeat's ratio shown when there are several)."""
    ones = [next(rate for label, rate, *_ in rows if label == "PostgreSQL, 1 worker(s)") for rows in repeats]
    for i, (label, *_) in enumerate(repeats[0]):
        rates = [rows[i][1] for rows in repeats]
        ratios = [rate / one for rate, one in zip(rates, ones, strict=True)]
        bad = sum(len(rows[i][2]) for rows in repeats)
        worker_ms = statistics.median(rows[i][3] for rows in repeats)
        server_ms = statistics.median(rows[i][4] for rows in repeats)
        each = f" ({' '.join(f'{r:.2f}' for r in ratios)})" if len(ratios) > 1 else ""
        cpu = f"CPU ms/task: workers {worker_ms:5.1f}" + (f", server {server_ms:4.1f}" if server_ms else "")
        print(
            f"  {label:24} {statistics.median(rates):7.1f}   x{statistics.median(ratios):4.2f}{each} of 1 PostgreSQL "
            f"worker   {cpu}   not succeeded: {bad}"
        )


if __name__ == "__main__":
    main()
