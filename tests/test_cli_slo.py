"""`genaiops slo` through its process: `check FILE` lists the SLOs with their alerts (exit 0) or every problem at
its file:line with "did you mean" (exit 2); `status` evaluates the SLO file (GENAIOPS_SLO_FILE, or --file) against
the simulated estate at --now, as a table or JSON; no SLO file is a configuration error naming where to write it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"
SLOS = """\
slos:
  - name: checkout-availability
    service: checkout
    objective: availability
    target: 99
    sli: {type: error_ratio, metric: error_rate}
  - name: checkout-latency
    service: checkout
    objective: latency
    target: 99
    window: 7d
    sli: {type: threshold, metric: latency_p99_ms, below: 300}
"""


def genaiops(home: Path, *args: str, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(home), "COLUMNS": "200", **env_extra}
    return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=120, check=False)


def test_check_lists_the_slos_and_their_alerts(tmp_path: Path) -> None:
    """A good file: each SLO with the workbook's alerts (7 days: 3.36x, 1.4x, 0.233333x), exit 0."""
    path = tmp_path / "slos.yaml"
    path.write_text(SLOS, encoding="utf-8")
    done = genaiops(tmp_path / "home", "slo", "check", str(path))
    assert done.returncode == 0, done.stderr
    assert "page 14.4x over 1h and 5m, page 6x over 6h and 30m, ticket 1x over 3d and 6h" in done.stdout
    assert "page 3.36x over 1h and 5m" in done.stdout and "2 SLO(s)" in done.stdout


def test_a_target_of_many_nines_is_shown_as_written(tmp_path: Path) -> None:
    """99.9999999 is not "100 %" (an SLO of 100 % has no budget and is refused): `check` and `status` show the
    target as written (the 6 significant digits of :g rounded it up)."""
    path = tmp_path / "slos.yaml"
    first = "target: 99\n    sli: {type: error_ratio"
    path.write_text(SLOS.replace(first, first.replace("99", "99.9999999")), encoding="utf-8")
    done = genaiops(tmp_path / "home", "slo", "check", str(path))
    assert done.returncode == 0, done.stderr
    assert "checkout availability 99.9999999 % over 30d" in done.stdout and "100 %" not in done.stdout
    done = genaiops(tmp_path / "home", "slo", "status", "--file", str(path), "--now", "2026-01-05T10:00:00Z")
    assert done.returncode == 0, done.stderr
    assert "99.9999999 % / 30d" in done.stdout and "100 % /" not in done.stdout


def test_check_names_every_problem_at_its_line_and_exits_2(tmp_path: Path) -> None:
    """A misspelt key and a misspelt sli type: both at their lines with a suggestion, no traceback, exit 2."""
    path = tmp_path / "slos.yaml"
    path.write_text(SLOS.replace("objective: latency", "objectve: latency").replace("threshold", "treshold"))
    done = genaiops(tmp_path / "home", "slo", "check", str(path))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert f"{path}:9: slos[1].objectve: unknown key 'objectve' (did you mean 'objective'?)" in done.stderr
    assert f"{path}:12: slos[1].sli: unknown type 'treshold' (did you mean 'threshold'?)" in done.stderr


def test_status_evaluates_the_slo_file_against_the_simulated_estate(tmp_path: Path) -> None:
    """GENAIOPS_SLO_FILE names the file; at a quiet time the estate spends some budget and nothing fires; the JSON
    has each SLO's budget, burn rates over 5m..3d and the three alerts."""
    path = tmp_path / "slos.yaml"
    path.write_text(SLOS, encoding="utf-8")
    home = tmp_path / "home"
    done = genaiops(home, "slo", "status", "--now", "2026-01-05T10:00:00Z", "-o", "json", GENAIOPS_SLO_FILE=str(path))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["severity"] is None
    availability, latency = result["evaluations"]
    assert 0 < availability["budget"]["consumed"] < 0.5 and latency["budget"]["consumed"] == 0
    assert [w["window"] for w in availability["burn_rates"]] == ["5m", "30m", "1h", "6h", "3d"]
    assert [a["threshold"] for a in availability["alerts"]] == [14.4, 6.0, 1.0]


def test_status_without_slos_says_where_to_write_them(tmp_path: Path) -> None:
    """No SLO file in the home: exit 2 naming <home>/slos.yaml."""
    done = genaiops(tmp_path / "home", "slo", "status")
    assert done.returncode == 2 and "slos.yaml" in done.stderr and "Traceback" not in done.stderr


RATIO_SLO = """\
slos:
  - name: checkout-availability
    service: checkout
    objective: availability
    target: 99.9
    sli: {type: ratio, good: 'sum(rate(http_requests_total{code!~"5.."}[1m]))', total: request_rate}
"""


def test_status_of_a_ratio_slo_without_prometheus_is_a_user_error(tmp_path: Path) -> None:
    """The README's ratio SLI on the simulated estate (no Prometheus): exit 2 with the tool's fix, not an
    "unexpected error (a bug in genaiops)"."""
    path = tmp_path / "slos.yaml"
    path.write_text(RATIO_SLO, encoding="utf-8")
    done = genaiops(tmp_path / "home", "slo", "status", "--file", str(path), "--now", "2026-01-05T10:20:00Z")
    assert done.returncode == 2, done.stderr
    assert "a ratio SLI needs Prometheus (GENAIOPS_PROMETHEUS_URL)" in done.stderr
    assert "unexpected" not in done.stderr and "bug" not in done.stderr


def test_status_with_prometheus_down_names_the_server_and_exits_1(tmp_path: Path, free_port) -> None:  # noqa: ANN001
    """A Prometheus nobody listens on: one line naming it and the setting (exit 1), not an unexpected error."""
    path = tmp_path / "slos.yaml"
    path.write_text(SLOS, encoding="utf-8")
    url = f"http://127.0.0.1:{free_port()}"
    done = genaiops(tmp_path / "home", "slo", "status", "--file", str(path), GENAIOPS_PROMETHEUS_URL=url)
    assert done.returncode == 1, done.stderr
    assert f"cannot reach Prometheus at {url}" in done.stderr and "unexpected" not in done.stderr


def test_status_of_an_unknown_service_says_so(tmp_path: Path) -> None:
    """`--service` no SLO is about: exit 2 with "did you mean" and the file's services, not an empty table."""
    path = tmp_path / "slos.yaml"
    path.write_text(SLOS, encoding="utf-8")
    done = genaiops(tmp_path / "home", "slo", "status", "--file", str(path), "--service", "checkot")
    assert done.returncode == 2, done.stdout
    assert "--service 'checkot': no SLO in" in done.stderr and "(did you mean 'checkout'?)" in done.stderr


def test_a_target_written_as_a_fraction_is_refused_at_its_line(tmp_path: Path) -> None:
    """`target: 0.99` (a fraction where a percent is asked): exit 2 at its line, saying to write 99. It was
    taken as 0.99 %, an SLO whose budget allows 99 % of errors: it never burns, and nothing ever pages."""
    path = tmp_path / "slos.yaml"
    path.write_text(SLOS.replace("target: 99\n", "target: 0.99\n", 1), encoding="utf-8")
    done = genaiops(tmp_path / "home", "slo", "check", str(path))
    assert done.returncode == 2, done.stdout
    said = " ".join(done.stderr.split())
    assert f"{path}:5: slos[0].target:" in said and "a percent: write 99 for 99 %" in said, said


def test_a_target_of_1_is_not_told_to_write_100_which_is_refused(tmp_path: Path) -> None:
    """`target: 1` (100 % as a fraction): exit 2 saying a 100 % target leaves no budget and to write at most
    99.9999999. It said "write 100 for 100 %", and `target: 100` is then refused as leaving no budget."""
    path = tmp_path / "slos.yaml"
    path.write_text(SLOS.replace("target: 99\n", "target: 1\n", 1), encoding="utf-8")
    done = genaiops(tmp_path / "home", "slo", "check", str(path))
    said = " ".join(done.stderr.split())
    assert done.returncode == 2 and f"{path}:5: slos[0].target:" in said, said
    assert "write 100" not in said and "leaves no error budget" in said and "at most 99.9999999" in said, said


def test_status_names_the_slo_whose_service_the_estate_lacks(tmp_path: Path) -> None:
    """An SLO about `payment` (the simulated estate has no such service): exit 2 naming that SLO, the service and
    the estate's services. It said only "services: unknown service 'payment'", not which of the file's SLOs."""
    path = tmp_path / "slos.yaml"
    path.write_text(SLOS + SLOS.split("\n", 1)[1].replace("checkout", "payment"), encoding="utf-8")
    done = genaiops(tmp_path / "home", "slo", "status", "--file", str(path))
    assert done.returncode == 2, done.stdout
    said = " ".join(done.stderr.split())
    assert "SLO payment-availability: service 'payment' is not a service of the simulated estate" in said, said
    assert "checkout" in said and "Traceback" not in said


def test_an_alert_longer_than_its_window_is_reported_beside_the_other_mistakes(tmp_path: Path) -> None:
    """An alert longer than its SLO's window and a misspelt key in the same SLO are reported in one run, each at its
    own line: the window check ran only once every field was right, so a user fixed the file twice."""
    path = tmp_path / "slos.yaml"
    path.write_text(
        "slos:\n"
        "  - name: a\n"
        "    service: checkout\n"
        "    objective: latency\n"
        "    target: 99\n"
        "    window: 7d\n"
        "    descripton: typo\n"
        "    sli: {type: error_ratio, metric: error_rate}\n"
        "    alerts:\n"
        "      - {severity: page, long: 30d, short: 1h, burn_rate: 2}\n",
        encoding="utf-8",
    )
    done = genaiops(tmp_path / "home", "slo", "check", str(path))
    assert done.returncode == 2, done.stdout + done.stderr
    err = done.stderr + done.stdout
    assert "slos.yaml:7:" in err and "did you mean 'description'" in err, err
    assert "long window 30d is longer than the SLO window 7d" in err, err
    assert "Traceback" not in err


def test_check_without_a_file_checks_the_one_status_reads(tmp_path: Path) -> None:
    """`slo check` alone checks the file `slo status` evaluates (GENAIOPS_SLO_FILE, else <home>/slos.yaml), and
    with neither says where to write one (exit 2), instead of typer's "Missing argument 'file'"."""
    home = tmp_path / "home"
    home.mkdir()
    missing = genaiops(home, "slo", "check")
    assert missing.returncode == 2, missing.stderr
    assert f"no SLO file: write {home / 'slos.yaml'}" in missing.stderr, missing.stderr
    assert "Missing argument" not in missing.stderr
    (home / "slos.yaml").write_text(SLOS, encoding="utf-8")
    done = genaiops(home, "slo", "check")
    assert done.returncode == 0, done.stderr
    assert f"{home / 'slos.yaml'}: 2 SLO(s)" in done.stdout
    named = tmp_path / "other.yaml"
    named.write_text(SLOS.replace("target: 99\n", "traget: 99\n", 1), encoding="utf-8")
    bad = genaiops(home, "slo", "check", GENAIOPS_SLO_FILE=str(named))
    assert bad.returncode == 2 and "other.yaml:5: slos[0].traget: unknown key 'traget'" in bad.stderr, bad.stderr


def test_status_shows_the_burn_of_an_slo_whose_alerts_have_no_1h_window(tmp_path: Path) -> None:
    """An SLO with its own alerts (a page over 2h/10m on a 28-day window) showed '-' under 'burn 1h' (no 1-hour
    window is evaluated for it), as if it had no traffic: the table shows the burn over its shortest long window,
    named, and the 1-hour burn of the others."""
    path = tmp_path / "slos.yaml"
    own = "    window: 28d\n    alerts:\n      - {severity: page, long: 2h, short: 10m, burn_rate: 10}\n"
    path.write_text(SLOS.replace("    window: 7d\n", own), encoding="utf-8")
    done = genaiops(tmp_path / "home", "slo", "status", "--file", str(path), "--now", "2026-01-05T12:00:00Z")
    assert done.returncode == 0, done.stderr
    rows = {line.split("│")[1].strip(): line for line in done.stdout.splitlines() if line.startswith("│")}
    assert rows["checkout-latency"].split("│")[6].strip().endswith("x / 2h"), done.stdout
    assert rows["checkout-availability"].split("│")[6].strip().endswith("x / 1h"), done.stdout


def test_status_in_an_80_column_terminal_names_each_slo_whole(tmp_path: Path) -> None:
    """At 80 columns `slo status` keeps each SLO's whole name in its row: two SLOs of one service both read
    `checkout-…` (noticed by qa-docs9), rows nobody could tell apart."""
    slos = tmp_path / "slos.yaml"
    slos.write_text(
        "slos:\n"
        "  - {name: checkout-latency-p99-production, service: checkout, objective: latency, target: 99,\n"
        "     sli: {type: threshold, metric: latency_p99_ms, below: 300}}\n"
        "  - {name: checkout-latency-p99-production-eu, service: checkout, objective: latency, target: 99.5,\n"
        "     sli: {type: threshold, metric: latency_p99_ms, below: 250}}\n",
        encoding="utf-8",
    )
    done = genaiops(tmp_path / "home", "slo", "status", "--now", "2026-01-05T10:20:00Z", COLUMNS="80",
                    GENAIOPS_SLO_FILE=str(slos))  # fmt: skip
    assert done.returncode == 0, done.stderr
    table = done.stdout.split("\ncheckout-latency-p99-production (")[0]  # the rows, before the summary lines
    for name in ("checkout-latency-p99-production", "checkout-latency-p99-production-eu"):
        assert re.search(rf"(│ |slo: ){name}( |$)", table, re.MULTILINE), done.stdout
    assert "checkout-…" not in done.stdout, done.stdout
