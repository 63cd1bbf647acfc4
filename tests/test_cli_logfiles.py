"""`genaiops logs` through its process: a log file an on-call engineer has at hand (journalctl's output, gzip'ed
or piped) mined into templates and searched for what changed; what is not a log file is a clear error (exit 2)."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"


def logs(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200"}
    done = subprocess.run([str(GENAIOPS), "logs", *args], input=stdin, env=env, capture_output=True, text=True,
                          timeout=300, check=False)  # fmt: skip
    assert "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
    return done


def test_parse_shows_the_templates_of_a_journal_file_plain_gzipped_or_piped(tmp_path: Path, journal: str) -> None:
    """The same three templates with their counts and levels from the file, its .gz and standard input, and
    journalctl's header line skipped with why; the year of its lines is given (-o json's records carry 2026)."""
    plain = tmp_path / "journal.log"
    plain.write_text(journal, encoding="utf-8")
    packed = tmp_path / "journal.log.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    shown = [logs(tmp_path, "parse", str(plain), "--year", "2026"),
             logs(tmp_path, "parse", str(packed), "--year", "2026"),
             logs(tmp_path, "parse", "-", "--year", "2026", stdin=journal)]  # fmt: skip
    for done in shown:
        assert done.returncode == 0, done.stderr
        out = " ".join(done.stdout.split())
        assert "781 line(s), syslog; 3 template(s), 360 at error level or worse, 1 skipped" in out, out
        assert "360 │ error 360 │ checkout │ ERROR connection refused to <ID> (attempt <NUM>)" in out, out
        assert "skipped line 1: not a syslog line" in out, out  # journalctl's "-- Journal begins at ..." header
        assert "60 │ - │ systemd │ Started Session <NUM> of user deploy." in out, out
    answer = json.loads(logs(tmp_path, "parse", str(plain), "--year", "2026", "-o", "json").stdout)
    assert answer["lines"] == 781 and answer["template_count"] == 3
    assert answer["records"][0]["ts"] == "2026-12-05T08:00:00Z" and answer["records"][0]["service"] == "checkout"


def test_anomalies_finds_the_database_errors_from_08_45(tmp_path: Path, journal: str) -> None:
    """checkout's error surge and its new template from 08:45, against the file's own first half; as JSON, the
    anomalies correlate_incidents takes. Exit 0: finding something is an answer."""
    path = tmp_path / "journal.log"
    path.write_text(journal, encoding="utf-8")
    done = logs(tmp_path, "anomalies", str(path), "--year", "2026")
    assert done.returncode == 0, done.stderr
    assert "08:45:00 checkout error_surge (critical)" in done.stdout
    assert "08:45:00 checkout new_template (critical): template `ERROR connection refused to <ID> (attempt <NUM>)`" in (
        " ".join(done.stdout.split())
    )
    found = json.loads(logs(tmp_path, "anomalies", str(path), "--year", "2026", "-o", "json").stdout)
    assert {(a["service"], a["source"]) for a in found["anomalies"]} == {("checkout", "log")}


def test_what_is_not_a_log_file_is_a_clear_error(tmp_path: Path, journal: str) -> None:
    """A directory, a missing file, an empty one, binary data, a broken .gz and an unknown --format: exit 2 with
    the file and what to do, no traceback."""
    (tmp_path / "empty.log").write_text("", encoding="utf-8")
    (tmp_path / "core").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    (tmp_path / "cut.gz").write_bytes(gzip.compress(journal.encode())[:200])
    (tmp_path / "ok.log").write_text(journal, encoding="utf-8")
    cases = {
        (str(tmp_path),): "is a directory; give one file, or several joined: cat",
        (str(tmp_path / "nope.log"),): "no such file",
        (str(tmp_path / "empty.log"),): "empty; nothing to read",
        (str(tmp_path / "core"),): "binary data, not log text (a NUL byte at offset 7)",
        (str(tmp_path / "cut.gz"),): "looks gzip'ed but cannot be unpacked",
        (str(tmp_path / "ok.log"), "--format", "xml"): "--format: Input should be 'auto', 'plain', 'jsonl'",
    }
    for args, said in cases.items():
        done = logs(tmp_path, "parse", *args)
        assert done.returncode == 2 and said in " ".join(done.stderr.split()), (args, done.stderr)


def test_a_gzip_file_is_unpacked_only_up_to_the_limit(tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    """A small .gz holding more than the limit, and a .gz itself over the limit, are both refused as too large
    (the first was unpacked whole into memory before its size was checked; the second read "empty")."""
    import base64

    import typer

    from genaiops.cli import logfiles

    monkeypatch.setattr(logfiles, "MAX_BYTES", 1 << 20)
    bomb = tmp_path / "bomb.log.gz"
    bomb.write_bytes(gzip.compress(b"GET /cart 200 in 3 ms\n" * 200_000))  # 4.4 MB in ~20 KB
    noise = tmp_path / "noise.log.gz"
    noise.write_bytes(gzip.compress(base64.b64encode(os.urandom(1_500_000)), compresslevel=1))
    for path in (bomb, noise):
        try:
            logfiles.read_log_file(str(path))
        except typer.Exit as exit_:
            assert exit_.exit_code == 2
        else:
            raise AssertionError(f"{path.name} was read")
        assert "over 1 MiB (unpacked)" in " ".join(capsys.readouterr().err.split()), path.name


def test_a_utf16_or_utf8_bom_file_is_read_as_its_text(tmp_path: Path, journal: str) -> None:
    """A UTF-16 file (PowerShell's `>`, a Windows export) was refused as binary data (its NUL bytes) and a UTF-8
    file with a byte order mark read its first JSON line as plain text: both read as the plain UTF-8 file is."""
    first = json.dumps({"ts": "2026-12-05T21:00:00Z", "level": "error", "msg": "pool timeout", "service": "inventory"})
    text = first + "\n" + journal
    (tmp_path / "utf8.log").write_text(text, encoding="utf-8")
    (tmp_path / "utf16.log").write_bytes(text.encode("utf-16"))  # with its BOM, little-endian here
    (tmp_path / "utf16be.log").write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    (tmp_path / "bom8.log").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    (tmp_path / "bom8.jsonl").write_bytes(codecs.BOM_UTF8 + (first + "\n").encode("utf-8"))
    want = json.loads(logs(tmp_path, "parse", str(tmp_path / "utf8.log"), "--year", "2026", "-o", "json").stdout)
    for name in ("utf16.log", "utf16be.log", "bom8.log"):
        done = logs(tmp_path, "parse", str(tmp_path / name), "--year", "2026", "-o", "json")
        assert done.returncode == 0, (name, done.stderr)
        assert json.loads(done.stdout) == want, name
    done = logs(tmp_path, "parse", str(tmp_path / "bom8.jsonl"), "-o", "json")
    record = json.loads(done.stdout)["records"][0]
    assert (record["service"], record["level"], record["message"]) == ("inventory", "error", "pool timeout")


def test_json_lines_among_plain_ones_keep_their_service_level_and_time(tmp_path: Path) -> None:
    """A capture mixing nginx and Java text with a Go service's JSON lines and journalctl's JSON: the JSON lines
    are read by their keys (the file was read as plain because most first lines are text, and inventory's errors,
    its service and its times were lost in a `{"<*>": "<*>", ...}` template), the text lines as before."""
    lines = []
    for i in range(1200):
        at = f"2026-12-05T21:{i // 20:02d}:{i % 20 * 3:02d}Z"
        failing = i >= 900
        lines.append(f'10.2.0.{i % 50} - - [05/Dec/2026:21:{i // 20:02d}:00 +0000] "GET /orders/{i} HTTP/1.1" 200 5')
        lines.append(f"{at[:10]} {at[11:19]}.000 INFO [exec-{i % 9}] c.a.orders.OrderController - Processed order {i}")
        said = "redis: connection pool timeout" if failing else "reserved stock"
        level = "error" if failing else "info"
        lines.append(json.dumps({"level": level, "ts": at, "service": "inventory", "msg": said}))
        journal = {"__REALTIME_TIMESTAMP": "1796504400144000", "PRIORITY": "6", "SYSLOG_IDENTIFIER": "kubelet"}
        lines.append(json.dumps(journal | {"MESSAGE": f"SyncLoop event for pod orders-{i % 7}"}))
    path = tmp_path / "night.log"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed = " ".join(logs(tmp_path, "parse", str(path)).stdout.split())
    assert "4,800 line(s), jsonl; 5 template(s), 300 at error level or worse, 0 skipped" in parsed, parsed
    assert "300 │ error 300 │ inventory │ redis: connection pool timeout" in parsed, parsed
    assert "1,200 │ info 1200 │ kubelet │ SyncLoop event for pod <*>" in parsed, parsed
    assert "1,200 │ info 1200 │ - │ Processed order <NUM>" in parsed, parsed
    done = logs(tmp_path, "anomalies", str(path), "--service", "shop")
    found = " ".join(done.stdout.split())
    assert done.returncode == 0 and "21:45:00 inventory error_surge (critical)" in found, found


def test_parse_names_its_own_option_for_more_templates(tmp_path: Path, journal: str) -> None:
    """With more templates than --top, the command says `--top N shows more`, not the tool's `raise max_templates`
    (an argument the command has no option for), which it printed too."""
    path = tmp_path / "journal.log"
    path.write_text(journal, encoding="utf-8")
    done = logs(tmp_path, "parse", str(path), "--year", "2026", "--top", "1")
    out = " ".join(done.stdout.split())
    assert done.returncode == 0 and "2 less frequent template(s) not shown: --top N shows more" in out, out
    assert "max_templates" not in out, out


def test_an_application_log_stamped_without_a_year_keeps_its_level_and_one_template(tmp_path: Path) -> None:
    """logback's `%d{MMM dd HH:mm:ss} %level [%thread] %logger: %msg` reads as RFC 3164 syslog with the level as
    its host: the level was lost (no error surge, 0 at error level) and each thread was a template of its own. The
    level word is read as the level and the thread and logger as header, as for the plain level layout."""
    lines = []
    for i in range(2400):
        at = f"Dec 05 {20 + i // 2400:02d}:{i * 3 // 2 // 60 % 60:02d}:{i * 3 // 2 % 60:02d}"
        said = "ERROR" if i > 1800 and i % 3 == 0 else "INFO"
        what = "timeout talking to ledger-db after 5000 ms" if said == "ERROR" else f"invoice {10000 + i} sent"
        lines.append(f"{at} {said} [worker-{i % 4}] billing.Invoicer: {what}")
    path = tmp_path / "billing.log"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed = " ".join(logs(tmp_path, "parse", str(path), "--year", "2026").stdout.split())
    assert "2,400 line(s), syslog; 2 template(s), 199 at error level or worse, 0 skipped" in parsed, parsed
    assert "199 │ error 199 │ - │ timeout talking to ledger-db after <NUM> ms" in parsed, parsed
    done = logs(tmp_path, "anomalies", str(path), "--year", "2026", "--service", "billing")
    found = " ".join(done.stdout.split())
    assert done.returncode == 0 and "20:45:04 billing error_surge (critical)" in found, found


def test_a_gap_in_the_log_is_named_beside_the_drops_it_makes(tmp_path: Path) -> None:
    """auth.log with ten minutes missing (a rotated file's part): every service 'drops' at 20:30; the baseline
    line now says no line at all came from 20:29:59 to 20:40:00, so the on-call reads the drops as the gap."""
    lines = []
    for i in range(3000):
        if 1800 <= i < 2400:
            continue
        tag, said = ("sshd[411]", f"Accepted publickey for deploy from 10.0.0.{i % 200} port {40000 + i} ssh2")
        if i % 2:
            tag, said = "CRON[77]", f"(root) CMD (/usr/local/bin/backup.sh --run {i})"
        lines.append(f"Dec  5 {20 + i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d} web-3 {tag}: {said}")
    path = tmp_path / "auth.log"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode())
    done = logs(tmp_path, "anomalies", str(path), "--year", "2026")
    out = " ".join(done.stdout.split())
    assert done.returncode == 0 and "20:30:00 sshd drop (warning)" in out, out
    assert "no line at all from 20:29:59 to 20:40:00 (10 min): a gap in the log" in out, out


def test_a_journal_export_is_read_entry_by_entry(tmp_path: Path) -> None:
    """`journalctl -o export` (KEY=value lines, a blank line after each entry) was read as plain lines: each
    field a template (`__CURSOR=...`, `PRIORITY=<NUM>`), no level, no service, and anomalies had nothing to
    judge. Each entry is now one record, as `journalctl -o json` reads: time, priority and identifier."""
    entries = []
    for i in range(600):
        failed = i > 400 and i % 2
        said = "Failed to start backup.service" if failed else f"Started session {i} of user deploy."
        entries.append(f"__CURSOR=s=abc;i={i}\n__REALTIME_TIMESTAMP={1796504400000000 + i * 3_000_000}\n"
                       f"_BOOT_ID=b1\nPRIORITY={3 if failed else 6}\n_HOSTNAME=node-7\nSYSLOG_IDENTIFIER=systemd\n"
                       f"MESSAGE={said}\n\n")  # fmt: skip
    path = tmp_path / "journal.export"
    path.write_text("".join(entries), encoding="utf-8")
    parsed = " ".join(logs(tmp_path, "parse", str(path)).stdout.split())
    assert "600 line(s), jsonl; 2 template(s), 100 at error level or worse, 0 skipped" in parsed, parsed
    assert "100 │ error 100 │ systemd │ Failed to start backup.service" in parsed, parsed
    found = " ".join(logs(tmp_path, "anomalies", str(path)).stdout.split())
    assert "21:20:03 systemd error_surge (critical)" in found, found


def test_a_daemons_lower_case_error_prefix_is_its_level(tmp_path: Path) -> None:
    """sshd and Postfix write `error: ...` / `warning: ...` in lower case after their tag: those lines had no level,
    so sshd's burst of `error: kex_exchange_identification` was a warning-level new template and no error surge.
    The message keeps its words; only the level is read."""
    lines = []
    for i in range(3000):
        said = f"Accepted publickey for deploy from 10.0.0.{i % 200} port {40000 + i} ssh2"
        if i >= 2700:
            said = "error: kex_exchange_identification: Connection closed by remote host"
        lines.append(f"Dec  5 {20 + i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d} web-3 sshd[411]: {said}")
    path = tmp_path / "auth.log"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parsed = " ".join(logs(tmp_path, "parse", str(path), "--year", "2026").stdout.split())
    assert "300 │ error 300 │ sshd │ error: kex_exchange_identification: Connection closed by remote host" in parsed
    found = " ".join(logs(tmp_path, "anomalies", str(path), "--year", "2026").stdout.split())
    assert "20:45:00 sshd error_surge (critical)" in found, found
