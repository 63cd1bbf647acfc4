"""Mutation testing of the gate's core: do the tests fail when the code is wrong?

A seeded AST-mutation run (standard library only; mutmut cannot follow the folder-to-namespace mapping of
setup.py). For each module below, every mutant of these kinds is made, one at a time:

    compare     <  <=  >  >=  ==  !=  in  not in  is  is not  swapped with its neighbour
    boolean     and <-> or
    not         `not x` -> `x`
    constant    True <-> False; 0 -> 1, 1 -> 0 and 2, other numbers +-1; a non-empty string or f-string -> ""
    arith       + <-> -, * <-> /, // -> *, % -> //, & <-> |, and the same in `x += ...`
    return      `return X` -> `return None`
    remove      a raise, a call statement (an append, a ledger write) or an augmented assignment -> `pass`
    condition   an `if` test or a conditional expression's test -> True, and -> False
    call        min <-> max, any <-> all

Docstrings, annotations and ``__all__`` are left alone. Each mutant is written into a scratch COPY of the
repository (one per job, under the system temp folder; the tree you work in is never touched), which imports
its own copy of the package through a meta-path finder (the same mapping as the editable install), and only the
tests that exercise that module run (``pytest -x``, hypothesis seeded), under a timeout of a few times their
unmutated duration. A mutant is *killed* when a test fails, *timeout* when the tests ran past the limit (it
counts as killed: the change was noticed), *survived* when every test passed. Survivors that were inspected
and judged equivalent (no test could tell them apart from the original, for any documented use) are listed
with a reason in ``bench/mutation_equivalents.txt``, keyed by a stable id (a hash of file, enclosing function,
operator, original and replacement text; line numbers there are only for the reader).

    python bench/mutation.py                              # all six modules, every mutant, 2 jobs
    python bench/mutation.py --files safety/policy.py --list-survivors
    python bench/mutation.py --limit 40 --seed 7          # a seeded sample of 40 mutants per module
    python bench/mutation.py --list                       # print the mutants and exit
    python bench/mutation.py --only 5d273c5e47            # rerun one mutant (after writing its test)

score = (killed + timeout) / (mutants - equivalent). Exit status 1 when a module's baseline tests fail or a
module scores below --target (90 % by default).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from mutants import Mutant, apply, make_mutants

ROOT = Path(__file__).resolve().parents[1]
EQUIVALENTS = ROOT / "bench" / "mutation_equivalents.txt"

TESTS: dict[str, list[str]] = {
    "safety/approvals.py": [
        "tests/safety/test_approval_rules.py",
        "tests/safety/test_identity.py",
        "tests/safety/test_approvals_properties.py",
        "tests/graphs/test_inbox.py",
        "tests/safety/test_amendments.py",
    ],
    "safety/policy.py": [
        "tests/safety/test_policy_rules.py",
        "tests/safety/test_policy_layers.py",
        "tests/safety/test_scripted_drills.py",
        "tests/safety/test_approvals_properties.py",
    ],
    "safety/ledger.py": ["tests/safety/test_ledger_rules.py", "tests/safety/test_ledger.py", "tests/test_cli_audit.py"],
    "graphs/schedule.py": [
        "tests/graphs/test_schedule.py",
        "tests/graphs/test_loops.py",
        "tests/graphs/test_executor.py",
    ],
    "graphs/gate.py": [
        "tests/graphs/test_gate.py",
        "tests/safety/test_amendments.py",
        "tests/graphs/test_inbox.py",
        "tests/safety/test_policy_layers.py",
        "tests/safety/test_identity.py",
        "tests/safety/test_approvals_properties.py",
    ],
    "graphs/validate.py": [
        "tests/graphs/test_validation_rules.py",
        "tests/graphs/test_validation.py",
        "tests/graphs/test_yaml_fuzz.py",
    ],
}
"""The modules mutated and, fastest first, the test files that exercise each one (missing files are skipped)."""

FOLDERS = {"genaiops": "genaiops", "agents": "genaiops.agents", "tools": "genaiops.tools"}
FOLDERS |= {"graphs": "genaiops.graphs", "safety": "genaiops.safety"}
"""The folder-to-namespace mapping of setup.py."""

SITECUSTOMIZE = '''
"""Import the package from this scratch copy (the folder-to-namespace mapping of setup.py), ahead of the
editable install of the real tree."""
import importlib.util
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_MAPPING = {MAPPING}


class _ScratchFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        folder = _MAPPING.get(fullname)
        if folder is None:
            return None
        init = _ROOT / folder / "__init__.py"
        return importlib.util.spec_from_file_location(fullname, init, submodule_search_locations=[str(init.parent)])


sys.meta_path.insert(0, _ScratchFinder)
'''


@dataclass
class Workspace:
    root: Path

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(self.root / ".mutation"), env.get("PYTHONPATH", "")]).rstrip(
            os.pathsep
        )
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return env


def make_workspace(base: Path, n: int) -> Workspace:
    root = base / f"w{n}"
    ignore = shutil.ignore_patterns(".venv", ".git", "__pycache__", ".hypothesis", "*.egg-info", ".pytest_cache")
    shutil.copytree(ROOT, root, ignore=ignore, symlinks=True)
    hook = root / ".mutation"
    hook.mkdir()
    mapping = {name: folder for folder, name in FOLDERS.items()}
    (hook / "sitecustomize.py").write_text(textwrap.dedent(SITECUSTOMIZE).replace("{MAPPING}", repr(mapping)))
    ws = Workspace(root)
    probe = "import genaiops.safety.policy as m, genaiops.graphs.gate as g; print(m.__file__); print(g.__file__)"
    out = subprocess.run([sys.executable, "-c", probe], env=ws.env, cwd=root, capture_output=True, text=True)
    files = out.stdout.split()
    if out.returncode or not all(Path(f).resolve().is_relative_to(root.resolve()) for f in files) or not files:
        raise SystemExit(f"the scratch copy {root} does not import its own package:\n{out.stdout}{out.stderr}")
    return ws


@dataclass
class Outcome:
    status: str
    seconds: float
    detail: str = ""


RUNNING: set[subprocess.Popen] = set()
"""Test processes running now (each in its own session), killed if this script is stopped."""


def run_tests(ws: Workspace, tests: list[str], seed: int, timeout: float) -> Outcome:
    """Run ``tests`` in the scratch copy; a run past ``timeout`` is tried once more with twice as long (a busy
    machine is not a hanging mutant) before it counts as a timeout."""
    outcome = _run_tests(ws, tests, seed, timeout)
    if outcome.status == "timeout":
        outcome = _run_tests(ws, tests, seed, 2 * timeout)
    return outcome


def _run_tests(ws: Workspace, tests: list[str], seed: int, timeout: float) -> Outcome:
    shutil.rmtree(ws.root / ".hypothesis", ignore_errors=True)  # no examples remembered from another mutant
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", f"--hypothesis-seed={seed}"]
    cmd += [f"--basetemp={ws.root / '.pytest-tmp'}", *tests]  # its own temp folder: no race with other runs
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ws.root, env=ws.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
    )
    RUNNING.add(proc)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return Outcome("timeout", time.perf_counter() - start)
    finally:
        RUNNING.discard(proc)
    seconds = time.perf_counter() - start
    text = out.decode(errors="replace")
    if proc.returncode == 0:
        return Outcome("survived", seconds)
    if proc.returncode in (1, 2, 3, 4, 5) or proc.returncode < 0:
        failed = [ln for ln in text.splitlines() if ln.startswith(("FAILED", "ERROR"))]
        return Outcome("killed", seconds, failed[0] if failed else text.strip().splitlines()[-1:][0] if text else "")
    return Outcome("killed", seconds, f"exit {proc.returncode}")


# --- the run ------------------------------------------------------------------------------------------------------


def read_equivalents(path: Path) -> dict[str, str]:
    """``id  file:line  operator  original -> replacement  # reason`` per line; returns id -> file."""
    found = {}
    if not path.exists():
        return found
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        ident, _, rest = line.partition(" ")
        reason = rest.rpartition(" # ")[2].strip() if " # " in rest else ""
        if not reason:
            raise SystemExit(f"{path}: {ident}: an equivalent mutant needs a reason after ' # '")
        found[ident] = rest.split()[0].split(":")[0]
    return found


@dataclass
class Tally:
    mutants: int = 0
    killed: int = 0
    timeout: int = 0
    survived: list[Mutant] = field(default_factory=list)
    equivalent: int = 0
    noticed: list[Mutant] = field(default_factory=list)
    """The killed and timed-out mutants."""

    @property
    def score(self) -> float:
        judged = self.mutants - self.equivalent
        return (self.killed + self.timeout) / judged if judged else 1.0


def select(mutants: list[Mutant], limit: int | None, seed: int) -> list[Mutant]:
    if limit is None or limit >= len(mutants):
        return mutants
    return sorted(random.Random(f"{seed}:{mutants[0].file}").sample(mutants, limit), key=lambda m: m.span)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", nargs="+", choices=list(TESTS), default=list(TESTS), metavar="FILE")
    parser.add_argument("--seed", type=int, default=0, help="for the sample and hypothesis (default 0)")
    parser.add_argument("--limit", type=int, help="a seeded sample of at most this many mutants per file")
    parser.add_argument("--jobs", type=int, default=2, help="scratch copies run at once (default 2)")
    parser.add_argument("--timeout-factor", type=float, default=4.0, help="x the unmutated test time (+15 s)")
    parser.add_argument("--target", type=float, default=0.90, help="the score each file must reach")
    parser.add_argument("--list-survivors", action="store_true", help="print survivors in the equivalents format")
    parser.add_argument("--list", action="store_true", help="print the mutants and exit (nothing runs)")
    parser.add_argument("--only", nargs="+", metavar="ID", help="run only these mutants (ids from a listing)")
    parser.add_argument("--equivalents", type=Path, default=EQUIVALENTS)
    args = parser.parse_args(argv)

    made = {file: make_mutants(file, (ROOT / file).read_text(encoding="utf-8")) for file in args.files}
    plan = {file: select(mutants, args.limit, args.seed) for file, mutants in made.items()}
    if args.only:
        plan = {file: [m for m in ms if m.id in args.only] for file, ms in plan.items()}
        plan = {file: ms for file, ms in plan.items() if ms}
    if args.list:
        for mutants in plan.values():
            for m in mutants:
                print(m.describe())
        return 0
    equivalents = read_equivalents(args.equivalents)
    started = time.perf_counter()
    base = Path(tempfile.mkdtemp(prefix="genaiops-mutation-"))
    signal.signal(signal.SIGTERM, _stop)
    try:
        tallies, baseline = _run(plan, args, base)
    except KeyboardInterrupt:
        print("stopped: the test processes were killed and the scratch copies removed", file=sys.stderr)
        return 130
    finally:
        for proc in list(RUNNING):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(base, ignore_errors=True)
    known = {m.id for ms in made.values() for m in ms}
    return _report(tallies, baseline, equivalents, known, args, time.perf_counter() - started)


def _stop(signum: int, frame: object) -> None:
    for proc in list(RUNNING):  # first the test processes, so the job threads return at once
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    raise KeyboardInterrupt  # unwinds to main's cleanup: the scratch copies are removed


def _run(plan: dict[str, list[Mutant]], args, base: Path) -> tuple[dict[str, Tally], dict[str, float]]:
    workspaces: queue.Queue[Workspace] = queue.Queue()
    with ThreadPoolExecutor(args.jobs) as pool:
        for ws in pool.map(lambda n: make_workspace(base, n), range(args.jobs)):
            workspaces.put(ws)
        tests = {f: [t for t in TESTS[f] if (ROOT / t).exists()] for f in plan}
        baseline = {}
        for file, outcome in zip(
            plan, pool.map(lambda f: _baseline(workspaces, f, tests[f], args.seed), plan), strict=True
        ):
            if outcome.status != "survived":
                raise SystemExit(f"{file}: the tests fail without any mutant ({outcome.detail}); fix them first")
            baseline[file] = outcome.seconds
        jobs = [(m, tests[m.file], args.timeout_factor * baseline[m.file] + 15) for ms in plan.values() for m in ms]
        jobs.sort(key=lambda j: -baseline[j[0].file])  # the long ones first, so both jobs end together
        tallies = {file: Tally(mutants=len(ms)) for file, ms in plan.items()}
        results = pool.map(lambda j: _one(workspaces, *j, args.seed), jobs)
        for done, (mutant, outcome) in enumerate(results, start=1):
            tally = tallies[mutant.file]
            if outcome.status == "survived":
                tally.survived.append(mutant)
            else:
                setattr(tally, outcome.status, getattr(tally, outcome.status) + 1)
                tally.noticed.append(mutant)
            print(f"[{done}/{len(jobs)}] {outcome.status:8} {outcome.seconds:5.1f}s  {mutant.describe()}", flush=True)
    return tallies, baseline


def _baseline(workspaces: queue.Queue[Workspace], file: str, tests: list[str], seed: int) -> Outcome:
    ws = workspaces.get()
    try:
        return run_tests(ws, tests, seed, timeout=1800)
    finally:
        workspaces.put(ws)


def _one(workspaces: queue.Queue[Workspace], mutant: Mutant, tests: list[str], timeout: float, seed: int):
    ws = workspaces.get()
    target = ws.root / mutant.file
    original = target.read_text(encoding="utf-8")
    try:
        target.write_text(apply(original, mutant), encoding="utf-8")
        return mutant, run_tests(ws, tests, seed, timeout)
    finally:
        target.write_text(original, encoding="utf-8")
        workspaces.put(ws)


def _report(
    tallies: dict[str, Tally], baseline, equivalents: dict[str, str], known: set[str], args, seconds: float
) -> int:
    for tally in tallies.values():
        tally.equivalent = sum(m.id in equivalents for m in tally.survived)
        tally.survived = [m for m in tally.survived if m.id not in equivalents]
    partial = args.limit is not None or args.only
    print()
    if args.limit is not None:
        print(f"A seeded sample (--limit {args.limit} --seed {args.seed}) of each file's mutants, not the full set.")
    print("| file | tests (s) | mutants | killed | timeout | survived | equivalent | score |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|")
    total = Tally()
    for file, tally in tallies.items():
        print(
            f"| {file} | {baseline[file]:.0f} | {tally.mutants} | {tally.killed} | {tally.timeout} | "
            f"{len(tally.survived)} | {tally.equivalent} | {tally.score:.1%} |"
        )
        for name in ("mutants", "killed", "timeout", "survived", "equivalent", "noticed"):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
    print(
        f"| all | | {total.mutants} | {total.killed} | {total.timeout} | {len(total.survived)} | "
        f"{total.equivalent} | {total.score:.1%} |"
    )
    print(f"\n{seconds / 60:.1f} min with {args.jobs} jobs (seed {args.seed}).")
    gone = [i for i, file in equivalents.items() if file in args.files and i not in known]
    if gone and not partial:
        print(f"Listed as equivalent but no longer made (the code changed; remove them): {', '.join(gone)}")
    wrong = [m.id for m in total.noticed if m.id in equivalents]
    if wrong:
        print(f"Listed as equivalent but the tests notice them (remove them from the list): {', '.join(wrong)}")
    if args.list_survivors and total.survived:
        print("\nSurvivors (paste into bench/mutation_equivalents.txt with '# reason' only if truly equivalent):")
        for m in total.survived:
            print(m.describe())
    return 1 if any(t.score < args.target for t in tallies.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
