"""A drill that names a service the estate lacks, through the `genaiops` process: the failed task says which
services there are, so the user can fix the graph without reading the simulator's source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"

GRAPH = """\
name: drill-typo
seed: 3
at: "2026-11-30T10:00:00Z"
tasks:
  - id: drill
    tool: inject_fault
    args: {kind: certificate_expiry, service: paymnts, minutes_ago: 25}
"""


def test_an_unknown_service_in_a_drill_lists_the_estates_services(tmp_path):
    """`genaiops run` of inject_fault on 'paymnts' (close to nothing): exit 1, the error names every service."""
    graph = tmp_path / "drill.yaml"
    graph.write_text(GRAPH)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}
    done = subprocess.run(
        [str(GENAIOPS), "--quiet", "run", str(graph)],
        env=env, capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path,
    )  # fmt: skip
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 1, said
    assert "Traceback" not in said
    assert "unknown service 'paymnts'" in said
    for service in ("checkout", "auth", "rates-api", "mail-relay"):
        assert service in said, said
