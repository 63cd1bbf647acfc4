"""Wall time of the `genaiops` commands people type, beside `python -c pass` and `genaiops --help` measured in the
same run.

    .venv/bin/python bench/cli.py                 # median of 5 runs of each command
    .venv/bin/python bench/cli.py --repeats 15
    .venv/bin/python bench/cli.py --baseline ../main/.venv/bin/genaiops   # beside another installation
    .venv/bin/python bench/cli.py --main          # beside a `git archive` of main, run through this venv
    .venv/bin/python bench/cli.py --main REF --only ask --only serve      # only the rows naming ask or serve

Each command runs as its own process (as a person or a script runs it) against a throwaway GENAIOPS_HOME that
this bench fills first and removes at the end: paused 10-task runs (their approvals to show, approve and reject,
and approved ones to resume) and, in a second home, one run waiting on 1,000 pending approvals. The repeats are
interleaved (one of each command, then again), so a machine that gets busier part-way slows every row alike.
Python's bytecode cache is written first (``compileall`` of the package's folders, as ``pip install`` does) and
PYTHONDONTWRITEBYTECODE is dropped for the commands: without a cache each command compiles every genaiops module
it imports from source (+0.03-0.15 s), which no installed copy does.

``runs list/show``, ``approvals list/show`` and ``audit list/verify`` are answered by the CLI's fast read path
(``genaiops.cli.lite``: no typer, click or settings model), and so are ``approvals approve/reject ID --reason R``
(no typer, and no Rich where it would print the same characters: the same decision functions as the typer
command; no pydantic, settings model or policy code for a plain success, ``genaiops.graphs.plain_decision``),
``scenario validate`` / ``graph show`` of a valid file and ``scenario list`` of a local folder (no typer: the
same settings, policy and validation), and ``resume RUN`` (no typer: ``genaiops.cli.resuming``, the same
engine and code as the typer command); the rows marked ``[typer]`` time the same commands with
``GENAIOPS_CLI_LITE=0`` (typer's commands alone), the anchor measured in the same run.

``scenario validate``, ``graph show`` and ``scenario list`` keep each file's answer under
``GENAIOPS_HOME/cache/files`` (``genaiops.cli.file_cache``: reused only for the same file content, settings,
policy and code). Each is timed twice: ``[cold]`` with nothing kept (the cache removed first, as after an edit
of the file: everything validated), then ``[warm]`` (the answer kept by the cold run just before). These rows
use a home of their own: removing its cache also removes what other commands keep there (the YAML readings and
regular-expression tables ``resume`` reads), and the rows are interleaved, so in a shared home each ``resume``
timed after a cold row paid for building those tables again (the first command in a new home).
Like the other homes, that one has a ``policy.yaml`` (people may be named with ``--as``); the row marked ``[cold, no
policy file]`` lists cold in a home without one (a new user's: the built-in policy). ``scenario list`` reads both
without pydantic (``genaiops.cli.catalogue_cards``: the policy file by a kept ``ApprovalPolicy`` schema).

Targets (issue 13): every read command <= 0.35 s median; decisions the same (our choice: they are as
interactive); `resume` of a paused 10-task run <= 0.5 s (LangGraph's resume measured 1.3 s on this machine);
`approvals list` with 1,000 pending <= 0.5 s. `tools` lists from a catalogue (genaiops/cli/tools_catalogue.py).
Beside each median wall time, the median CPU time of the process: a busy machine stretches the one far more.

The start-up rows time what a person waits for before any work shows: ``ask`` (the offline planner against the
shipped scenarios), ``run`` of a small offline graph (three echo tasks, no gate), ``serve`` until
``/api/v1/health`` answers (then Ctrl-C; its CPU includes the shutdown), and ``chat`` to its prompt (stdin
``exit``). ``--main [REF]`` extracts ``git archive REF`` (default main) to the throwaway folder and runs it with this
same venv's Python (its package folders put first on the path), so the two columns differ by code only.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import io
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GENAIOPS = str(Path(sys.executable).parent / "genaiops")
CANARY = str(REPO / "scenarios" / "canary_release.yaml")
READ_TARGET, RESUME_TARGET, INBOX_TARGET = 0.35, 0.5, 0.5
LANGGRAPH_RESUME = 1.3

TEN_TASKS = """
name: ten-tasks
tasks:
  - {id: t1, tool: synthetic_metric, args: {service: checkout, points: 60, baseline_ms: 120}}
  - {id: t2, tool: summarize_series, args: {values: "${t1.values}", tail: 30}}
  - {id: t3, tool: check_threshold, args: {metric: p99, value: "${t2.p99}", limit: 1000}}
  - {id: t4, tool: echo, args: {value: "${t3.passed}"}}
  - {id: deploy, tool: apply_change, args: {target: checkout@production, change: {version: v42}}, after: [t4]}
  - {id: t6, tool: echo, args: {value: "${deploy.applied}"}}
  - {id: t7, tool: noop, args: {value: 7}, after: [deploy]}
  - {id: t8, tool: noop, args: {value: 8}, after: [deploy]}
  - {id: t9, tool: echo, args: {value: "${t6.value}"}}
  - {id: t10, tool: echo, args: {value: "${t9.value}"}}
"""


SMALL_RUN = """
name: small-offline
tasks:
  - {id: a, tool: echo, args: {value: one}}
  - {id: b, tool: echo, args: {value: "${a.value}"}}
  - {id: c, tool: noop, args: {value: 3}, after: [b]}
"""
FOLDERS = {"agents", "tools", "graphs", "safety"}  # mapped into genaiops.* (setup.py)


def archived(ref: str, root: Path) -> str:
    """An executable running ``git archive ref`` of this repository with this venv's Python: the archive's
    ``genaiops`` folder first on the path, its other package folders linked in as the subpackages they install as."""
    dest = root / f"archive-{ref.replace('/', '-')}"
    dest.mkdir()
    tar = subprocess.run(["git", "-C", str(REPO), "archive", ref], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        archive.extractall(dest, filter="data")
    for folder in FOLDERS:
        (dest / "genaiops" / folder).symlink_to(dest / folder, target_is_directory=True)
    compileall.compile_dir(dest / "genaiops", quiet=1)
    for folder in FOLDERS:
        compileall.compile_dir(dest / folder, quiet=1)
    launcher = dest / "genaiops-bin"
    code = "import sys; from genaiops.cli import main; sys.argv[0] = 'genaiops'; sys.exit(main())"
    # -P: no current directory on the path (run from this checkout, its genaiops would shadow the archive's)
    launcher.write_text(f'#!/bin/sh\nPYTHONPATH={dest} exec {sys.executable} -P -c "{code}" "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    return str(launcher)


def served(genaiops: str, home: Path) -> float:
    """Wall time of `genaiops serve` from start until /api/v1/health answers 200; then Ctrl-C (CPU to ``CPU``)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "GENAIOPS_HOME": str(home), "COLUMNS": "200"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    process = subprocess.Popen(
        [genaiops, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    while True:
        if process.poll() is not None:
            raise SystemExit(f"genaiops serve exited {process.returncode}: {process.stderr.read()[-500:]!r}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=2) as answer:
                if answer.status == 200:
                    break
        except OSError:
            time.sleep(0.02)
    took = time.perf_counter() - began
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
    return took


def thousand_gates() -> str:
    tasks = "".join(f"  - {{id: g{i}, tool: apply_change, args: {{target: 'svc{i}@prod'}}}}\n" for i in range(1000))
    return f"name: thousand-gates\ntasks:\n{tasks}"


def make_home(path: Path) -> Path:
    """A drill home (people may be named with --as), so runs can be asked by bob and decided by others."""
    path.mkdir(parents=True)
    (path / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    return path


def paused_runs(home: Path, text: str, count: int, approve: bool = False) -> list[tuple[str, list[str]]]:
    """Start ``count`` runs of the graph ``text`` in ``home`` (asked by bob), each pausing at its gates; with
    ``approve``, alice approves them. (run id, pending approval ids) of each."""
    os.environ["GENAIOPS_HOME"] = str(home)
    from genaiops.graphs import parse_scenario
    from genaiops.runtime import open_engine
    from genaiops.settings import load_settings

    engine = open_engine(load_settings())
    try:
        _, plan = parse_scenario(text, engine.registry, engine.policy)
        made = []
        for _ in range(count):
            result = asyncio.run(engine.start(plan, requester="bob"))
            assert result.status == "paused", result.status
            pending = [request.id for request in result.pending]
            for approval_id in pending if approve else []:
                engine.decide(approval_id, approver="alice", role="operator", verdict="approve", reason="bench")
            made.append((result.run_id, pending))
        return made
    finally:
        engine.close()


def timed(args: list[str], home: Path, ok: tuple[int, ...] = (0,), stdin: str | None = None, **extra: str) -> float:
    """The wall time of ``args`` run as a process (``extra``: more environment); its CPU time (user + system) goes
    to ``CPU``."""
    env = {**os.environ, "GENAIOPS_HOME": str(home), "COLUMNS": "200", **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure as installed: with the bytecode cache
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(
        args, env=env, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False
    )
    took = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return took


CPU: list[float] = []
"""The CPU time of each process ``timed`` ran, in order (a busy machine stretches wall time, much less this)."""


Row = tuple[str, float | None, Callable[[int, str], float]]
"""(label, target, a function timing repeat i of the row with the ``genaiops`` executable given)."""


def commands(home: Path, inbox_home: Path, runs: int) -> list[Row]:
    """Every row; ``runs`` fresh approvals and approved runs per decision and resume row (one per timing)."""
    (run_id, (approval_id,)), *_ = paused_runs(home, TEN_TASKS, 1)
    to_approve = [aid for _, (aid,) in paused_runs(home, TEN_TASKS, runs)]
    to_reject = [aid for _, (aid,) in paused_runs(home, TEN_TASKS, runs)]
    to_resume = [rid for rid, _ in paused_runs(home, TEN_TASKS, runs, approve=True)]
    typer_resume = [rid for rid, _ in paused_runs(home, TEN_TASKS, runs, approve=True)]
    paused_runs(inbox_home, thousand_gates(), 1)

    def run(*args: str, where: Path = home, **extra: str) -> Callable[[int, str], float]:
        return lambda i, g: timed([g, *args], where, **extra)

    files = make_home(home.parent / "files")  # the graph-file rows' own home: their cache is removed (above)

    plain = home.parent / "plain"  # a home with no policy file (a new user's): the built-in policy
    plain.mkdir()

    def cold(*args: str, where: Path = files) -> Callable[[int, str], float]:  # nothing kept: as after an edit
        return lambda i, g: (shutil.rmtree(where / "cache", ignore_errors=True), timed([g, *args], where))[1]

    def each(verb: str, ids: list[str], *extra: str) -> Callable[[int, str], float]:
        return lambda i, g: timed([g, *verb.split(), ids.pop(), *extra], home)  # a fresh run or approval each time

    reads = [
        ("runs list", run("runs", "list")),
        ("runs show RUN", run("runs", "show", run_id)),
        ("approvals list", run("approvals", "list")),
        ("approvals show ID", run("approvals", "show", approval_id)),
        ("audit list", run("audit", "list")),
        ("audit verify", run("audit", "verify")),
        ("tools", run("tools")),
        *[
            row
            for label, args in [
                ("scenario validate FILE", ("scenario", "validate", CANARY)),
                ("graph show FILE", ("graph", "show", CANARY)),
                ("scenario list (shipped scenarios)", ("scenario", "list", str(REPO / "scenarios"))),
            ]
            for row in [(f"{label} [cold]", cold(*args)), (f"{label} [warm]", run(*args, where=files))]
        ],
        (
            "scenario list (shipped scenarios) [cold, no policy file]",
            cold("scenario", "list", str(REPO / "scenarios"), where=plain),
        ),
    ]
    typer_path = [  # the anchor in the same run: the reads the fast path answers, answered by typer's commands
        (f"{label} [typer]", run(*args, where=where, GENAIOPS_CLI_LITE="0"))
        for label, args, where in [
            ("runs list", ("runs", "list"), home),
            ("runs show RUN", ("runs", "show", run_id), home),
            ("approvals list", ("approvals", "list"), home),
            ("approvals show ID", ("approvals", "show", approval_id), home),
            ("audit list", ("audit", "list"), home),
            ("audit verify", ("audit", "verify"), home),
            ("scenario validate FILE", ("scenario", "validate", CANARY), home),
            ("graph show FILE", ("graph", "show", CANARY), home),
            ("approvals list (1,000 pending)", ("approvals", "list"), inbox_home),
        ]
    ]
    small = home.parent / "small_run.yaml"
    small.write_text(SMALL_RUN, encoding="utf-8")
    scenarios = {"GENAIOPS_SCENARIOS_DIR": str(REPO / "scenarios")}
    starts = [
        ("ask TEXT (offline planner)", run("ask", "roll back ranker to v2", **scenarios)),
        ("run FILE (3 echo tasks, offline)", run("run", str(small))),
        ("serve until /api/v1/health answers", lambda i, g: served(g, home)),
        (
            "chat to its prompt (stdin: exit)",
            lambda i, g: timed([g, "chat", "--as", "bob"], home, stdin="exit\n", **scenarios),
        ),
    ]
    return [
        ("python -c pass", None, lambda i, g: timed([sys.executable, "-c", "pass"], home)),
        ("genaiops --help", None, run("--help")),
        *[(label, None, fn) for label, fn in starts],
        *[(label, READ_TARGET, fn) for label, fn in reads],
        *[(label, None, fn) for label, fn in typer_path],
        ("approvals approve ID", READ_TARGET, each("approvals approve", to_approve, "--reason", "bench")),
        ("approvals reject ID", READ_TARGET, each("approvals reject", to_reject, "--reason", "bench")),
        ("resume RUN (10 tasks, approved)", RESUME_TARGET, each("resume", to_resume)),
        (
            "resume RUN (10 tasks, approved) [typer]",
            None,
            lambda i, g: timed([g, "resume", typer_resume.pop()], home, GENAIOPS_CLI_LITE="0"),
        ),
        ("approvals list (1,000 pending)", INBOX_TARGET, run("approvals", "list", where=inbox_home)),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="runs of each command (the median is reported)")
    parser.add_argument(
        "--baseline",
        metavar="GENAIOPS",
        help="another installation's genaiops executable (e.g. a checkout of main with its own venv), measured "
        "beside this one in the same run",
    )
    parser.add_argument(
        "--main",
        nargs="?",
        const="main",
        metavar="REF",
        help="measure a `git archive` of REF (default main) run through this venv beside this checkout",
    )
    parser.add_argument(
        "--only", action="append", metavar="TEXT", help="only the rows whose label contains TEXT (repeatable)"
    )
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="genaiops-bench-cli-"))
    try:
        print(f"setting up a throwaway home under {root} ...", flush=True)
        baseline = archived(args.main, root) if args.main else args.baseline
        executables = [GENAIOPS, *([baseline] if baseline else [])]
        for folder in ("genaiops", "agents", "tools", "graphs", "safety"):  # the package's folders (setup.py)
            compileall.compile_dir(REPO / folder, quiet=1)
        rows = commands(make_home(root / "home"), make_home(root / "inbox"), args.repeats * len(executables))
        anchors = ("python -c pass", "genaiops --help")
        rows = [row for row in rows if row[0] in anchors or not args.only or any(t in row[0] for t in args.only)]
        times: dict[tuple[str, str], list[float]] = {(label, g): [] for label, _, _ in rows for g in executables}
        cpu: dict[tuple[str, str], list[float]] = {key: [] for key in times}
        for i in range(args.repeats):  # interleaved: a busier moment slows every row alike
            for label, _, measure in rows:
                for g in executables:
                    times[label, g].append(measure(i, g))
                    cpu[label, g].append(CPU[-1])
        report(rows, times, cpu, args.repeats, executables)
    finally:
        shutil.rmtree(root, ignore_errors=True)


Times = dict[tuple[str, str], list[float]]


def report(rows: list[Row], times: Times, cpu: Times, repeats: int, executables: list[str]) -> None:
    median = {key: statistics.median(values) for key, values in times.items()}
    cpu_median = {key: statistics.median(values) for key, values in cpu.items()}
    ours = executables[0]
    base, help_ = median["python -c pass", ours], median["genaiops --help", ours]
    baseline = executables[1] if len(executables) > 1 else None
    print(f"\nWall time per command, median of {repeats} runs (each a new process)\n")
    extra, rule = (
        (" baseline s | base CPU s | speed-up |", "-----------:|-----------:|---------:|") if baseline else ("", "")
    )
    print(f"| {'command':<40} | median s | x python -c pass | x --help | target s | holds | CPU s |{extra}")
    print(f"|{'-' * 42}|---------:|-----------------:|---------:|---------:|:-----:|------:|{rule}")
    for label, target, _ in rows:
        took = median[label, ours]
        holds = "-" if target is None else ("yes" if took <= target else "NO")
        aim = "-" if target is None else f"{target:.2f}"
        line = f"| {label:<40} | {took:>8.3f} | {took / base:>16.1f} | {took / help_:>8.2f} | {aim:>8} | {holds:^5} |"
        line += f" {cpu_median[label, ours]:>5.3f} |"
        if baseline:
            before = median[label, baseline]
            line += f" {before:>10.3f} | {cpu_median[label, baseline]:>10.3f} | {before / took:>7.1f}x |"
        print(line)
    if baseline:
        print(f"\nbaseline: {baseline}")
    print("\nCPU s: median CPU time (user + system) of the process: what the wall time approaches on an idle machine.")
    print(f"Anchor: LangGraph's resume measured {LANGGRAPH_RESUME} s on this machine (issue 13).")
    print(f"Load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores.")


if __name__ == "__main__":
    main()
