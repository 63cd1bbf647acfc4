"""`genaiops logs` on the files an on-call engineer has at hand, through the process: a `kubectl logs` capture of
a few seconds, an access log, a Latin-1 file. An answer that judged nothing never reads as "nothing changed", and
errors name the command's options and files, not the tool's argument names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"


def logs(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200"}
    done = subprocess.run([str(GENAIOPS), "logs", *args], env=env, capture_output=True, text=True, timeout=300,
                          check=False)  # fmt: skip
    assert "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
    return done


def _said(done: subprocess.CompletedProcess[str]) -> str:
    return " ".join((done.stdout + done.stderr).split())


def _pod(seconds: int = 21) -> str:
    """A pod's JSON lines over ``seconds`` (no service field), an error among them."""
    lines = [json.dumps({"ts": f"2026-12-05T13:00:{i:02d}Z", "level": "info", "msg": f"request done in {i}ms"})
             for i in range(seconds)]  # fmt: skip
    lines.append(json.dumps({"ts": f"2026-12-05T13:00:{seconds:02d}Z", "level": "error", "msg": "db pool exhausted"}))
    return "\n".join(lines) + "\n"


def test_a_capture_of_a_few_seconds_is_not_answered_nothing_changed(tmp_path: Path) -> None:
    """All lines inside the first minute: nothing is left to search past the baseline. Exit 2 saying the span is
    too short and to give --reference FILE (it exited 0 with "nothing changed beyond the usual", having searched
    no line); with a reference the same file is judged."""
    pod = tmp_path / "pod.log"
    pod.write_text(_pod(), encoding="utf-8")
    done = logs(tmp_path, "anomalies", str(pod), "--service", "api")
    assert done.returncode == 2, _said(done)
    said = _said(done)
    assert "nothing changed" not in said, said
    assert "the lines span 21 s (2026-12-05 13:00:00 to 13:00:21 UTC): too short" in said, said
    assert "--reference FILE" in said and "reference_text" not in said, said
    usual = tmp_path / "usual.log"
    usual.write_text(_pod().replace("2026-12-05", "2026-12-04").replace('"error", "msg": "db', '"info", "msg": "db'),
                     encoding="utf-8")  # fmt: skip
    judged = logs(tmp_path, "anomalies", str(pod), "--service", "api", "--reference", str(usual))
    assert judged.returncode == 0, _said(judged)
    assert "baseline:" in judged.stdout, judged.stdout


def test_a_reference_without_times_is_an_error_naming_it(tmp_path: Path) -> None:
    """A --reference file none of whose lines has a time gives no usual rate: exit 2 naming that file (it exited 0
    with "nothing changed beyond the usual")."""
    pod = tmp_path / "pod.log"
    pod.write_text(_pod(), encoding="utf-8")
    usual = tmp_path / "usual.log"
    usual.write_text("".join(f"request done in {i}ms\n" for i in range(30)), encoding="utf-8")
    done = logs(tmp_path, "anomalies", str(pod), "--service", "api", "--reference", str(usual))
    assert done.returncode == 2, _said(done)
    assert f"no line of the reference {usual} (30 line(s)) has a time" in _said(done), _said(done)


def test_errors_name_the_commands_options_not_the_tools_arguments(tmp_path: Path) -> None:
    """No service in the lines: "give --service NAME" (it said "give `service`", the tool's argument); an access
    log whose time sits inside the line: the error says which times are read, not "give lines with their times"
    to a file whose lines all have one."""
    pod = tmp_path / "pod.log"
    pod.write_text(_pod(90), encoding="utf-8")
    done = logs(tmp_path, "anomalies", str(pod))
    assert done.returncode == 2 and "give --service NAME for them" in _said(done), _said(done)
    access = tmp_path / "access.log"
    access.write_text("".join(f'10.0.0.{i} - - [05/Dec/2026:13:00:{i:02d} +0000] "GET /x HTTP/1.1" 200 5 "-" "curl"\n'
                              for i in range(30)), encoding="utf-8")  # fmt: skip
    done = logs(tmp_path, "anomalies", str(access), "--service", "web")
    said = _said(done)
    assert done.returncode == 2 and "no line has a time (30 line(s))" in said, said
    assert "a time elsewhere in the line, as an access log's" in said and "`year`" not in said, said


def test_a_kubectl_capture_mixing_json_and_plain_lines_keeps_the_plain_ones(tmp_path: Path) -> None:
    """A pod's JSON lines with a Go panic and a plain warning among them (format detected): the plain lines are
    read as plain lines, the panic among the templates (they were all skipped as "not JSON", the panic unseen);
    asked for --format jsonl they stay skips, and a broken JSON object is a skip either way."""
    lines = [json.dumps({"ts": f"2026-12-05T13:00:{i:02d}Z", "level": "info", "msg": "request done"})
             for i in range(30)]  # fmt: skip
    lines[10:10] = ["2026-12-05T13:00:10Z WARN pool exhausted, waiting 50ms", '{"level": "info", "msg": ']
    lines += ["panic: runtime error: invalid memory address or nil pointer dereference", "goroutine 1 [running]:"]
    pod = tmp_path / "pod.log"
    pod.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = logs(tmp_path, "parse", str(pod))
    said = _said(done)
    assert done.returncode == 0 and "34 line(s), jsonl; 4 template(s), 0 at error level or worse, 1 skipped" in said
    assert "1 │ - │ - │ panic: runtime error: invalid memory address or nil pointer dereference" in said, said
    assert "1 │ warn 1 │ - │ pool exhausted, waiting <NUM>" in said, said
    assert "skipped line 12: not JSON" in said, said
    strict = _said(logs(tmp_path, "parse", str(pod), "--format", "jsonl"))
    assert "1 template(s), 0 at error level or worse, 4 skipped" in strict and "panic" not in strict, strict


def test_a_latin1_file_is_read_as_such_and_a_stray_bad_byte_does_not_switch_a_utf8_file(tmp_path: Path) -> None:
    """A file written in Latin-1 (no byte of it UTF-8) reads as Windows-1252, said on stderr: `José` in its
    template (it was `Jos\ufffd`, a replacement character at every accent). A UTF-8 file with one bad byte stays
    UTF-8: its accents read, the bad byte alone replaced, nothing said."""
    lines = [f"2026-12-05T13:00:{i:02d}Z INFO utilisateur José connecté depuis {i}\n" for i in range(20)]
    latin = tmp_path / "latin.log"
    latin.write_bytes("".join(lines).encode("latin-1"))
    done = logs(tmp_path, "parse", str(latin))
    assert done.returncode == 0 and "utilisateur José connecté depuis <NUM>" in done.stdout, _said(done)
    assert "\ufffd" not in done.stdout and "not UTF-8; read as Windows-1252" in done.stderr, _said(done)
    mixed = tmp_path / "mixed.log"
    mixed.write_bytes("".join(lines).encode("utf-8") + b"2026-12-05T13:00:30Z INFO caf\xe9 ferm\xe9\n")
    done = logs(tmp_path, "parse", str(mixed))
    assert done.returncode == 0 and "utilisateur José connecté depuis <NUM>" in done.stdout, _said(done)
    assert "not UTF-8" not in done.stderr, done.stderr


def test_journalctl_json_export_is_read_by_journalds_keys(tmp_path: Path) -> None:
    """`journalctl -o json` lines: time from `__REALTIME_TIMESTAMP` (µs), level from `PRIORITY` (a syslog number
    as text), service from `SYSLOG_IDENTIFIER`; `logs anomalies` finds checkout's error surge (it refused the file:
    no line named its service, and with --service no line had a time)."""
    start = 1764939600_000000  # 2025-12-05 13:00 UTC, in µs

    def line(at_s: int, priority: str, message: str) -> str:
        return json.dumps({"__REALTIME_TIMESTAMP": str(start + at_s * 1_000_000), "_HOSTNAME": "web01",
                           "SYSLOG_IDENTIFIER": "checkout", "_SYSTEMD_UNIT": "checkout.service",
                           "PRIORITY": priority, "MESSAGE": message, "_PID": "123"})  # fmt: skip

    lines = [line(i * 5, "6", f"handled request {i} in {i % 7}ms") for i in range(120)]
    lines += [line(600 + i, "3", f"connection refused to db-{i % 3}:5432") for i in range(20)]
    export = tmp_path / "journal.json"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed = _said(logs(tmp_path, "parse", str(export)))
    assert "140 line(s), jsonl; 2 template(s), 20 at error level or worse, 0 skipped" in parsed, parsed
    assert "20 │ error 20 │ checkout │ connection refused to <ID>" in parsed, parsed
    done = logs(tmp_path, "anomalies", str(export))
    assert done.returncode == 0, _said(done)
    assert "13:10:00 checkout error_surge (critical)" in done.stdout, done.stdout


def test_a_reference_from_another_day_is_described_as_the_reference(tmp_path: Path) -> None:
    """With --reference the baseline is that file's span, named with its start ("the reference, 1 minute from
    2026-12-04 13:00 UTC"): it was described as "the 1 minutes before" the searched lines, which it is not."""
    pod, usual = tmp_path / "pod.log", tmp_path / "usual.log"
    pod.write_text(_pod(), encoding="utf-8")
    usual.write_text(_pod().replace("2026-12-05", "2026-12-04"), encoding="utf-8")
    judged = logs(tmp_path, "anomalies", str(pod), "--service", "api", "--reference", str(usual))
    assert judged.returncode == 0, _said(judged)
    said = _said(judged)
    assert "baseline: the reference, 1 minute from 2026-12-04 13:00 UTC" in said, said
    assert "minutes before" not in said, said
