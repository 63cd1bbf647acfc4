"""Log text an on-call engineer copies into a scenario, judged by `detect_log_anomalies` through `genaiops run`:
journalctl's default output (RFC 3164 syslog lines, which carry no year)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

GENAIOPS = Path(sys.executable).parent / "genaiops"


def _run(tmp_path: Path, journal: str, **extra: object) -> tuple[subprocess.CompletedProcess[str], dict]:
    task = {"id": "logs", "tool": "detect_log_anomalies", "args": {"text": journal, **extra}}
    spec = {"name": "journal", "at": "2026-12-05T09:00:00Z", "tasks": [task]}
    path = tmp_path / "journal.yaml"
    path.write_text(yaml.safe_dump(spec, width=1000), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env["GENAIOPS_HOME"] = str(tmp_path / "h")
    done = subprocess.run([str(GENAIOPS), "--quiet", "run", str(path)], env=env, capture_output=True, text=True,
                          timeout=300, check=False)  # fmt: skip
    runs = subprocess.run([str(GENAIOPS), "runs", "list", "-o", "json"], env=env, capture_output=True, text=True,
                          timeout=120, check=True)  # fmt: skip
    run_id = json.loads(runs.stdout)[0]["run_id"]
    shown = subprocess.run([str(GENAIOPS), "runs", "show", run_id, "--outputs", "-o", "json"], env=env,
                           capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    return done, json.loads(shown.stdout)


def test_journalctl_text_without_a_year_is_a_clear_error_and_judged_with_one(tmp_path: Path, journal: str) -> None:
    """Without `year` no line has a time: the task fails saying so and to give `year` (it succeeded with no
    anomaly at all, "nothing judged" in a note: an hour of errors read as quiet logs; and detect_log_anomalies
    took no `year`). With `year: 2026` checkout's error surge from 08:45 is found."""
    done, shown = _run(tmp_path, journal)
    assert done.returncode == 1, done.stdout + done.stderr
    said = " ".join((done.stdout + done.stderr).split())
    assert "no line has a time" in said and "give `year`" in said, said
    done, shown = _run(tmp_path, journal, year=2026)
    assert done.returncode == 0, done.stdout + done.stderr
    found = shown["outputs"]["logs"]["findings"]
    assert {(f["service"], f["kind"]) for f in found} >= {("checkout", "error_surge")}, found
