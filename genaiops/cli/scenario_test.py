"""``genaiops scenario test [PATH...]``: run scenarios offline, each in a throwaway home, and check their ``expect:``.

Each scenario runs in a child process of its own (``python -m genaiops.cli.scenario_test FILE``) whose
environment has no ``GENAIOPS_*`` setting but ``GENAIOPS_HOME``, a fresh temporary folder: the user's home,
policy, model and real systems play no part, so a scenario passes or fails on its file alone. The child prints
one JSON document (the scenario's ``ScenarioCheck``); the parent prints the table. A scenario whose tools need a
real system (``GENAIOPS_PROMETHEUS_URL``...) is skipped, saying which; one that does not validate or has no
``expect:`` is invalid (exit 2); one that ends otherwise than expected fails (exit 1) with its first mismatch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from genaiops.cli.common import console
from genaiops.cli.output import Col, Format, OutputOption, emit, print_table

__all__ = ["scenario_test"]

_DEFAULT = Path("scenarios")
_MARK = {"pass": "[green]pass[/]", "fail": "[red]FAIL[/]", "invalid": "[red]invalid[/]", "skipped": "[yellow]skip[/]"}


def scenario_test(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Scenario files, or folders searched recursively (default: ./scenarios).", show_default=False
        ),  # noqa: E501
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=16, help="Scenarios run at the same time.")] = 1,
    timeout: Annotated[
        float, typer.Option(min=1, help="Seconds one scenario may take before it counts as failed.")
    ] = 300.0,
    output: OutputOption = Format.table,
) -> None:
    """Run each scenario offline in a throwaway home and check its `expect:` block: a pass/fail table with the
    first mismatch of each (where, expected, got). Exits 0 when all pass (skipped ones included), 1 when one ended
    otherwise than expected, 2 on bad input (no such path, a file that does not validate or has no `expect:`)."""
    files = _files(paths or [_DEFAULT])
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        checks = list(pool.map(lambda f: _check_in_child(f, timeout), files))
    if output is not Format.table:
        emit(checks, output)
    else:
        _print(checks)
    raise typer.Exit(_exit_code(checks))


def _files(paths: list[Path]) -> list[Path]:
    """The scenario files named or found under the folders named; a path that does not exist is a user error."""
    from genaiops.cli.scenario_catalogue import candidates
    from genaiops.errors import UserError

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += candidates(path)
        elif path.is_file():
            found.append(path)
        else:
            raise UserError(f"{path}: no such file or folder; give scenario files or the folders that hold them")
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise UserError(f"no scenario files (YAML with `tasks:`) under {shown}")
    return list(dict.fromkeys(found))


def _check_in_child(file: Path, timeout: float) -> dict[str, Any]:
    """Run ``file`` in a child process with a fresh home; its JSON answer, or why there is none."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="genaiops-scenario-test-") as home:
        env["GENAIOPS_HOME"] = home
        command = [sys.executable, "-m", "genaiops.cli.scenario_test", str(file)]
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return _broken(file, f"did not finish within {timeout:g} s (--timeout)", started)
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        said = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return _broken(file, f"the scenario's process exited {done.returncode}: {said}", started)


def _broken(file: Path, why: str, started: float) -> dict[str, Any]:
    mismatch = {"place": "run", "expected": "a finished run", "got": why, "message": why}
    return _check(file, _declared_name(file), "fail", None, None, time.monotonic() - started, mismatches=[mismatch])


def _declared_name(file: Path) -> str | None:
    """The scenario's ``name:`` as its file declares it (a child that never answered could not say it)."""
    from genaiops.errors import UserError
    from genaiops.yamlfile import read_file

    try:
        data = read_file(file).data
    except UserError:
        return None
    name = data.get("name") if isinstance(data, dict) else None
    return name if isinstance(name, str) else None


def _check(
    file: Path,
    name: str | None,
    result: str,
    status: str | None,
    run_id: str | None,
    seconds: float,
    *,
    mismatches: list[dict[str, Any]] | None = None,
    problem: str | None = None,
) -> dict[str, Any]:
    """One scenario's outcome (the JSON shape of ``scenario test -o json``)."""
    return {
        "file": str(file),
        "name": name,
        "result": result,
        "status": status,
        "run_id": run_id,
        "seconds": round(seconds, 2),
        "mismatches": mismatches or [],
        "problem": problem,
    }


def _print(checks: list[dict[str, Any]]) -> None:
    rows = [
        [escape(c["file"]), escape(c["name"] or "-"), _MARK[c["result"]], c["status"] or "-", f"{c['seconds']:.1f}s",
         escape(_first(c))]
        for c in checks
    ]  # fmt: skip
    cols = [Col("file", is_id=True), Col("name"), Col("result"), Col("run"), Col("took"), Col("first mismatch")]
    print_table(cols, rows)
    # Each failure again below the table, one line each and never wrapped: an 80-column CI log otherwise breaks the
    # table's last column a word per line, and the mismatch is what the reader came for.
    for check in checks:
        if check["result"] in ("fail", "invalid") and (check["problem"] or check["mismatches"]):
            said = [check["problem"]] if check["problem"] else [_said(m) for m in check["mismatches"]]
            for line in said:
                console.print(f"{_MARK[check['result']]} {escape(check['file'])}: {escape(line)}", soft_wrap=True)
    counts = {kind: sum(c["result"] == kind for c in checks) for kind in _MARK}
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)
    console.print(f"{len(checks)} scenario(s): {summary}", soft_wrap=True)


def _first(check: dict[str, Any]) -> str:
    """The first mismatch as ``place: expected X, got Y`` (or the problem that stopped the scenario)."""
    if check["problem"]:
        return check["problem"]
    if not check["mismatches"]:
        return ""
    more = len(check["mismatches"]) - 1
    return _said(check["mismatches"][0]) + (f" (+{more} more)" if more else "")


def _said(mismatch: dict[str, Any]) -> str:
    return f"{mismatch['place']}: expected {mismatch['expected']!r}, got {mismatch['got']!r}"


def _exit_code(checks: list[dict[str, Any]]) -> int:
    if any(c["result"] == "invalid" for c in checks):
        return 2
    return 1 if any(c["result"] == "fail" for c in checks) else 0


# -- the child: one scenario in this process, with the environment the parent gave it ---------------------------


def run_one(file: Path) -> dict[str, Any]:
    """Validate and run ``file`` with scripted approvals in this process's home; its ``_check``."""
    from genaiops.cli.common import run_async
    from genaiops.errors import StoreError, UserError
    from genaiops.graphs import expectation_mismatches, run_scenario
    from genaiops.runtime import check_resources, open_engine
    from genaiops.settings import load_settings

    started = time.monotonic()
    try:
        spec, plan = _validated(file)
    except UserError as exc:
        return _unusable(file, exc, started)
    if spec.expect is None:
        problem = "no `expect:` block; add one saying what a run must end with (status, tasks, outputs, gates)"
        return _check(file, spec.name, "invalid", None, None, time.monotonic() - started, problem=problem)
    try:
        eng = open_engine(load_settings())
        try:
            check_resources(eng.resources, (eng.registry.get(t.spec.tool) for t in plan.tasks.values() if t.spec.tool))
            result = run_async(run_scenario(eng, spec, requester="scenario-test", source=str(file.resolve())))
            mismatches = [_plain(m) for m in expectation_mismatches(spec, result, eng.store)]
        finally:
            eng.close()
    except (UserError, StoreError) as exc:
        return _check(file, spec.name, "invalid", None, None, time.monotonic() - started, problem=_line(exc))
    verdict = "fail" if mismatches else "pass"
    took = time.monotonic() - started
    return _check(file, spec.name, verdict, result.status, result.run_id, took, mismatches=mismatches)


def _validated(file: Path) -> Any:
    from genaiops.graphs import load_scenario
    from genaiops.runtime import configured_resources, data_roots, load_policy
    from genaiops.settings import load_settings
    from genaiops.tools import tools_on_demand

    settings = load_settings()
    roots = data_roots(settings).for_scenario(file)
    resources = configured_resources(settings)
    return load_scenario(str(file), tools_on_demand(), load_policy(settings), roots=roots, resources=resources)


def _unusable(file: Path, exc: Exception, started: float) -> dict[str, Any]:
    """A file that does not validate: skipped when it only needs a real system this home does not configure
    (it validates without that check), else invalid."""
    from genaiops.errors import UserError
    from genaiops.graphs import load_scenario
    from genaiops.runtime import data_roots, load_policy
    from genaiops.settings import load_settings
    from genaiops.tools import tools_on_demand

    settings = load_settings()
    try:
        spec, _ = load_scenario(
            str(file), tools_on_demand(), load_policy(settings), roots=data_roots(settings).for_scenario(file)
        )
    except UserError:
        return _check(file, None, "invalid", None, None, time.monotonic() - started, problem=_line(exc))
    why = f"needs a real system: {_line(exc)}"
    return _check(file, spec.name, "skipped", None, None, time.monotonic() - started, problem=why)


def _plain(mismatch: Any) -> dict[str, Any]:
    values = json.loads(json.dumps([mismatch.expected, mismatch.got], default=str))
    return {"place": mismatch.place, "expected": values[0], "got": values[1], "message": mismatch.message}


def _line(exc: Exception) -> str:
    """An error as one line: a validation error's first problem (with its place), else the message."""
    problems = getattr(exc, "problems", None)
    return " ".join(str(problems[0] if problems else exc).split())


def main() -> None:
    """``python -m genaiops.cli.scenario_test FILE``: one scenario's check as one JSON line on stdout."""
    file = Path(sys.argv[1])
    print(json.dumps(run_one(file), default=str))


if __name__ == "__main__":
    main()
