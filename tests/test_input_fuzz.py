"""Hostile input past the YAML loader (tests/graphs/test_yaml_fuzz.py fuzzes the files it reads): Alertmanager
payloads, log text, SLO evaluation and GENAIOPS_* settings each end as a result or a clear error naming the place
and the fix — never a traceback, never a lost alert; each class of crash a fuzzer found is pinned here by name."""

from __future__ import annotations

import contextlib
import copy
import json
import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genaiops.errors import SettingsError, SpecError, ToolInputError
from genaiops.ops.alerts import decode_payload
from genaiops.registry import ToolContext
from genaiops.settings import Settings, load_settings
from genaiops.tools.sre.evaluate_slo import EvaluateSLOSpec, evaluate_slo
from genaiops.tools.sre.ingest.alertmanager import AlertPayloadError, parse_alertmanager
from genaiops.tools.sre.logs import LogFormatError
from genaiops.tools.sre.parse_logs import ParseLogsSpec, parse_logs
from genaiops.tools.sre.slo import parse_slos

REPO = Path(__file__).resolve().parents[1]
FIRING = (REPO / "tests" / "data" / "alertmanager" / "firing.json").read_text(encoding="utf-8")
GENAIOPS = Path(sys.executable).parent / "genaiops"
LIMIT = 1 << 20
NOW = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
CTX = ToolContext(run_id="fuzz", task_id="t", idempotency_key="k", now=NOW, resources={})
FUZZ = settings(max_examples=150, deadline=None, derandomize=True)


def storable(value: object) -> None:
    """Every text of ``value`` can be encoded as UTF-8 (stored in SQLite, printed, answered as JSON)."""
    json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")


def intake(raw: bytes) -> object:
    """What the CLI and the server do with a payload before the store: decode, then read the envelope."""
    return parse_alertmanager(decode_payload(raw, LIMIT))


# --- Alertmanager payloads ----------------------------------------------------------------------------------

ODD_JSON = [
    None, True, 0, -1, 1.5e308, "", " ", "\x00", "\ud800", "\udfff x", "x" * 10_000, [], {}, [[[[]]]],
    {"alertname": 1}, {"\ud800": "x"}, "9999-12-31T23:59:59-01:00", "0001-01-01T00:30:00+01:00", "2026-13-01T00:00Z",
    "firing", "resolved",
]  # fmt: skip
odd_json = st.recursive(
    st.sampled_from(ODD_JSON) | st.text(max_size=12) | st.integers() | st.floats(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _places(value: object, path: tuple = ()) -> list[tuple]:
    places = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            places += _places(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            places += _places(item, (*path, i))
    return places


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), values=st.lists(odd_json, min_size=1, max_size=4), drop=st.booleans())
def test_fuzzed_alertmanager_payloads_are_taken_or_refused_with_the_reason(seed, values, drop):
    """firing.json with values replaced (or removed) anywhere, lone surrogates, out-of-range times and wrong types
    among them: the payload is refused with an AlertPayloadError, or every alert is read — usable, or kept with its
    skip reason — and everything kept can be stored and printed (nothing lost to a crash at the store)."""
    payload = json.loads(FIRING)
    rng = random.Random(seed)
    for value in values:
        path = rng.choice(_places(payload)[1:])
        holder = payload
        for key in path[:-1]:
            holder = holder[key]
        if drop:
            del holder[path[-1]]
        else:
            holder[path[-1]] = copy.deepcopy(value)  # ODD_JSON's lists are shared: never one inside itself
    raw = json.dumps(payload).encode()
    try:
        batch = intake(raw)
    except AlertPayloadError as exc:
        assert len(str(exc)) < 600 and str(exc).encode()
        return
    for alert in batch.alerts:
        storable([alert.fingerprint, alert.labels, alert.annotations, alert.generator_url, alert.skip_reason])
        assert alert.skip_reason or ("alertname" in alert.labels and alert.fingerprint)
    storable([batch.receiver, batch.group_key])


def _firing(**changes: object) -> bytes:
    payload = json.loads(FIRING)
    payload["alerts"][0].update(changes)
    return json.dumps(payload).encode()


def _label(name: str, value: str) -> bytes:
    payload = json.loads(FIRING)
    payload["alerts"][0]["labels"][name] = value
    return json.dumps(payload).encode()


PAYLOAD_REGRESSIONS = [
    pytest.param(
        b'{"alerts": [], "truncatedAlerts": ' + b"9" * 5000 + b"}",
        "refused: the payload holds a number of more than 4,300 digits",
        id="integer-past-the-digit-limit",
    ),
    pytest.param(
        _label("service", "\ud800"),
        r"skipped: alerts[0].labels.service: holds an unpaired UTF-16 surrogate (\ud800), which is not Unicode text",
        id="lone-surrogate-label",
    ),
    pytest.param(
        _label("\udc00", "x"),
        r"skipped: alerts[0].labels.\udc00: holds an unpaired UTF-16 surrogate (\udc00)",
        id="lone-surrogate-label-name",
    ),
    pytest.param(
        _firing(fingerprint="ab\ud800"),
        r"skipped: alerts[0].fingerprint: holds an unpaired UTF-16 surrogate (\ud800)",
        id="lone-surrogate-fingerprint",
    ),
    pytest.param(
        _firing(startsAt="9999-12-31T23:59:59-01:00"),
        "skipped: alerts[0].startsAt: '9999-12-31T23:59:59-01:00' is outside the years 1 to 9999 in UTC",
        id="time-past-year-9999-in-utc",
    ),
    pytest.param(
        json.dumps({**json.loads(FIRING), "receiver": "\ud800"}).encode(),
        r"refused: receiver: holds an unpaired UTF-16 surrogate (\ud800)",
        id="lone-surrogate-receiver",
    ),
]


def _outcome(raw: bytes) -> str:
    try:
        batch = intake(raw)
    except AlertPayloadError as exc:
        return f"refused: {exc}"
    reasons = [a.skip_reason for a in batch.alerts if a.skip_reason]
    storable([[a.fingerprint, a.labels, a.annotations] for a in batch.alerts])
    return f"skipped: {reasons[0]}" if reasons else "taken"


@pytest.mark.parametrize(("raw", "expected"), PAYLOAD_REGRESSIONS)
def test_payload_crash_classes_are_a_reason(raw, expected):
    """Each payload that once crashed the intake (ValueError from json.loads' digit limit, UnicodeEncodeError at
    the store, OverflowError converting a time to UTC) is refused whole with the reason (exit 2, HTTP 422), or its
    alert is kept with the reason, as every unusable alert is."""
    assert _outcome(raw).startswith(expected), _outcome(raw)


def test_cli_ingest_keeps_unusable_alerts_and_refuses_what_it_cannot_read(tmp_path):
    """`genaiops alerts ingest`: one payload holding the four alerts that crashed it stores each with its reason
    (exit 1, listed by `alerts list`); the payloads past the digit limit or with a bad receiver are exit 2 with
    the reason, nothing stored; no traceback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(GENAIOPS_HOME=str(tmp_path / "home"), COLUMNS="250")
    cases = {case.id: case.values[0] for case in PAYLOAD_REGRESSIONS}
    alerts = [json.loads(cases[name])["alerts"][0] for name in list(cases)[1:5]]
    for i, alert in enumerate(alerts):
        alert["fingerprint"] = alert["fingerprint"] if "\ud800" in alert["fingerprint"] else f"fuzz{i}"
    kept = json.dumps({**json.loads(FIRING), "alerts": alerts}).encode()
    payloads = [kept, cases["integer-past-the-digit-limit"], cases["lone-surrogate-receiver"]]
    procs = []
    for i, payload in enumerate(payloads):
        (tmp_path / f"{i}.json").write_bytes(payload)
        home = {"GENAIOPS_HOME": str(tmp_path / ("home" if i == 0 else f"home{i}"))}
        procs.append(
            subprocess.Popen(
                [str(GENAIOPS), "alerts", "ingest", str(tmp_path / f"{i}.json"), "-o", "json"],
                env={**env, **home},
                text=True,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        )
    said = [proc.communicate(timeout=120)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [1, 2, 2], said
    assert not any("Traceback" in s or "unexpected" in s for s in said), said
    assert "4,300 digits" in said[1] and "receiver: holds an unpaired UTF-16 surrogate" in said[2]
    listed = subprocess.run([str(GENAIOPS), "alerts", "list", "-o", "json"], env=env, capture_output=True,
                            text=True, timeout=120, check=True)  # fmt: skip
    reasons = sorted(a["skip_reason"].split(":")[0] for a in json.loads(listed.stdout))
    assert reasons == ["alerts[0].labels.service", "alerts[1].labels.\\udc00", "alerts[2].fingerprint",
                       "alerts[3].startsAt"], reasons  # fmt: skip


# --- log text -----------------------------------------------------------------------------------------------

LOGS = [
    "2026-01-05T10:00:00Z INFO checkout [main] c.e.Pay: payment 123 ok\n"
    "2026-01-05T10:00:01Z ERROR checkout failed to reach 10.0.0.1:5432\n",
    '{"ts": "2026-01-05T10:00:00Z", "level": "error", "msg": "db down", "service": "checkout"}\n'
    '{"ts": 1767607200, "level": 3, "message": "x"}\n',
    "<34>1 2026-01-05T10:00:00Z host app 123 ID47 - BOM an error\n<13>Jan  5 10:00:00 host sshd[12]: accepted\n",
    'time=2026-01-05T10:00:00Z level=info msg="request done" status=200 path=/x\nlevel=error msg="boom" err="eof"\n',
    json.dumps({"status": "success", "data": {"resultType": "streams", "result": [
        {"stream": {"service": "a"}, "values": [["1767607200000000000", "level=error msg=x"],
                                                ["1767607201000000000", '{"msg": "y"}']]}]}}),
]  # fmt: skip
JUNK = [
    "\x00", "\xff", "\ud800", "\\ud800", "\\udfff", "\x1b[31m", "\r", "\u2028", "\x85", "{", "}", "[", '"', "=", "<",
    "\\", "\t", "\n", "9" * 5000, "x" * 20_000, "[" * 5000, '{"a":' * 3000, "\ufeff",
]  # fmt: skip


@FUZZ
@given(
    sample=st.sampled_from(LOGS),
    edits=st.lists(st.tuples(st.floats(0, 1), st.sampled_from(JUNK) | st.binary(max_size=64)), min_size=1,
                   max_size=4),
    fmt=st.sampled_from(["auto", "plain", "jsonl", "syslog", "loki"]),
    width=st.sampled_from([80, 8192]),
)  # fmt: skip
def test_fuzzed_log_text_is_parsed_or_a_format_error(sample, edits, fmt, width):
    """Log samples of every format with junk spliced in (NUL, invalid UTF-8 read as Latin-1, lone surrogates
    as characters and as JSON escapes, huge lines, deep nesting) parse to an answer that serialises as JSON,
    or — a whole input in the wrong format — a LogFormatError; nothing else."""
    text = sample
    for at, junk in edits:
        piece = junk.decode("latin-1") if isinstance(junk, bytes) else junk
        i = int(at * len(text))
        text = text[:i] + piece + text[i:]
    try:
        answer = parse_logs(ParseLogsSpec(content=text, format=fmt, max_line_chars=width), CTX)
    except LogFormatError:
        return
    answer.model_dump_json().encode("utf-8")
    assert answer.lines == len(answer.records) + answer.skipped_count or answer.records == answer.records[:500]


LOG_REGRESSIONS = [
    pytest.param(
        '{"ts": ' + "9" * 5000 + ', "msg": "x"}\n{"msg": "y"}\n',
        "jsonl",
        "skipped 1: JSON with a number of more than 4,300 digits",
        id="jsonl-integer-past-the-digit-limit",
    ),
    pytest.param(
        '{"data": {"result": [], "n": ' + "9" * 5000 + "}}",
        "loki",
        "LogFormatError: Loki answer: JSON with a number of more than 4,300 digits",
        id="loki-integer-past-the-digit-limit",
    ),
    pytest.param(
        '{"msg": "bad \\ud800 x", "service": "a\\udc00"}\n',
        "jsonl",
        "messages ['bad \ufffd x'] services ['a\ufffd'] notes 2 unpaired UTF-16 surrogate(s)",
        id="jsonl-lone-surrogate-escape",
    ),
    pytest.param(
        'level=info msg="q \\udfff"\n',
        "auto",
        "messages ['q \ufffd'] services [None] notes 1 unpaired",
        id="logfmt-lone-surrogate-escape",
    ),
    pytest.param(
        "INFO caf\u00e9 \ud800 z\n",
        "auto",
        "messages ['café \ufffd z'] services [None] notes 1 unpaired",
        id="lone-surrogate-character",
    ),
]


@pytest.mark.parametrize(("text", "fmt", "expected"), LOG_REGRESSIONS)
def test_log_crash_classes_are_skips_or_notes(text, fmt, expected):
    """Each log text that once raised (AttributeError on int()'s digit-limit ValueError, UnicodeEncodeError in
    the miner, PydanticSerializationError on the answer) is a skipped line with its reason, a format error for a
    whole Loki answer, or the line kept with the lone surrogate replaced by U+FFFD and a note saying so."""
    try:
        answer = parse_logs(ParseLogsSpec(content=text, format=fmt), CTX)
    except LogFormatError as exc:
        said = f"LogFormatError: {exc}"
    else:
        answer.model_dump_json().encode("utf-8")
        if answer.skipped:
            said = f"skipped {answer.skipped[0].line_no}: {answer.skipped[0].reason}"
        else:
            messages, services = [r.message for r in answer.records], [r.service for r in answer.records]
            said = f"messages {messages} services {services} notes {' '.join(answer.notes)}"
    assert said.startswith(expected), said


# --- SLOs ---------------------------------------------------------------------------------------------------

number = st.none() | st.floats() | st.sampled_from([0.0, -1.0, 1e308, 1e-308, 2.0, 0.5])
DURATIONS = ["1s", "5m", "1h", "6h", "3d", "30d", "4w", "366d", "999999s"]


@FUZZ
@given(
    kind=st.sampled_from(["ratio-good", "ratio-bad", "error_ratio", "below", "above"]),
    target=st.floats(0.001, 99.9999999),
    window=st.sampled_from(DURATIONS),
    alert=st.none() | st.tuples(st.sampled_from(DURATIONS), st.sampled_from(DURATIONS), st.floats(1e-9, 1e6)),
    bound=st.floats(),
    step=st.sampled_from([0.001, 1, 60, 86400]),
    back=st.integers(-(10**6), 10**7),
    samples=st.lists(st.tuples(number, number), max_size=300),
)  # fmt: skip
def test_fuzzed_slos_and_samples_evaluate_or_say_why(kind, target, window, alert, bound, step, back, samples):
    """Any SLO the file accepts, with any inline samples (NaN, infinities, negatives, huge, none; steps from 1 ms
    to a day, before or after the time evaluated), evaluates to a result that serialises, or a ToolInputError."""
    sli = {
        "ratio-good": {"type": "ratio", "good": "g", "total": "t"},
        "ratio-bad": {"type": "ratio", "bad": "b", "total": "t"},
        "error_ratio": {"type": "error_ratio", "metric": "m"},
        "below": {"type": "threshold", "metric": "m", "below": bound},
        "above": {"type": "threshold", "metric": "m", "above": bound},
    }[kind]
    slo = {"name": "a", "service": "s", "objective": "availability", "target": target, "window": window, "sli": sli}
    if alert is not None:
        slo["alerts"] = [{"severity": "page", "long": alert[0], "short": alert[1], "burn_rate": alert[2]}]
    series: dict[str, object] = {"start": NOW - timedelta(seconds=back), "step_seconds": step}
    first, second = [s[0] for s in samples], [s[1] for s in samples]
    series.update({"ratio-good": {"good": first, "total": second}, "ratio-bad": {"bad": first, "total": second}}
                  .get(kind, {"values": first}))  # fmt: skip
    try:
        spec = EvaluateSLOSpec(slo=slo, series=series, at=NOW)
    except ValueError:  # pydantic's: a bound of NaN, a short window not shorter... (the SLO file says the same)
        return
    with contextlib.suppress(ToolInputError):
        evaluate_slo(spec, CTX).model_dump_json()


SLO = "slos:\n  - {name: a, service: checkout, objective: availability, target: %s, window: %s, sli: %s}\n"
ERROR_RATIO = "{type: error_ratio, metric: error_rate}"
SLO_REGRESSIONS = [
    pytest.param(
        SLO % ("99.9999999999999", "30d", ERROR_RATIO),
        "slos.yaml:2: slos[0].target: 99.9999999999999 leaves no error budget to measure; write at most 99.9999999",
        id="target-without-a-budget",
    ),
    pytest.param(
        SLO % ("99.9", "999999w", ERROR_RATIO),
        "slos.yaml:2: slos[0].window: '999999w' is longer than a year; an error budget spans days or weeks (30d, "
        "4w), at most 366d",
        id="window-past-the-calendar",
    ),
    pytest.param(SLO % ("99.9", "5000w", ERROR_RATIO), "'5000w' is longer than a year", id="window-of-gigabytes"),
]


@pytest.mark.parametrize(("text", "expected"), SLO_REGRESSIONS)
def test_slo_crash_classes_are_file_errors(text, expected):
    """An SLO file whose target left a budget of 0 (ZeroDivisionError in `slo status`), or whose window
    overflowed the calendar (OverflowError) or asked the simulated estate for gigabytes (MemoryError, minutes), is
    refused by `slo check` and `slo status` alike at its line, with the bound to write."""
    with pytest.raises(SpecError) as info:
        parse_slos(text, "slos.yaml")
    assert expected in str(info.value), str(info.value)


def test_slo_status_before_the_year_1_is_a_clear_error(tmp_path):
    """`slo status --now 0001-01-10T00:00:00Z`: the 30-day window would start before the year 1 (an
    OverflowError, a traceback in the log): exit 2 saying so, and the bad file of SLO_REGRESSIONS exit 2 too."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(GENAIOPS_HOME=str(tmp_path / "home"), COLUMNS="250")
    good, bad = tmp_path / "slos.yaml", tmp_path / "bad.yaml"
    good.write_text(SLO % ("99.9", "30d", ERROR_RATIO), encoding="utf-8")
    bad.write_text(SLO_REGRESSIONS[0].values[0], encoding="utf-8")
    early = [str(GENAIOPS), "slo", "status", "--file", str(good), "--now", "0001-01-10T00:00:00Z"]
    zero = [str(GENAIOPS), "slo", "status", "--file", str(bad)]
    procs = [subprocess.Popen(args, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for args in (early, zero)]  # fmt: skip
    (_, early_err), (_, zero_err) = (p.communicate(timeout=120) for p in procs)
    assert [p.returncode for p in procs] == [2, 2], early_err + zero_err
    assert "SLO a's 30d window would start before the year 1; evaluate at a later time" in early_err
    assert f"{bad}:2: slos[0].target: 99.9999999999999 leaves no error budget" in zero_err
    assert "unexpected" not in early_err + zero_err


# --- settings from the environment --------------------------------------------------------------------------

ODD_SETTINGS = [
    "", " ", "abc", "-1", "0", "1e999", "nan", "inf", "9" * 5000, "\U0001f600", "true", "[1,2]", "{", "x=1,y",
    "::::", "http://", "http://[::1", "http://u:pw@[::1", "http://h:99999", "sqlite://", "~nouser-fuzz/x", "1-2-3",
    "secret://", "a=b=c,=,",
]  # fmt: skip


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_takes_any_text_or_says_which_is_wrong(name, monkeypatch):
    """Each GENAIOPS_* variable set to each odd text loads, or is a SettingsError naming the variable (before:
    ValueError from urlsplit while showing a bad value, RuntimeError from a `~user` without a home)."""
    for key in [k for k in os.environ if k.startswith("GENAIOPS_")]:
        monkeypatch.delenv(key)
    variable = f"GENAIOPS_{name.upper()}"
    for value in ODD_SETTINGS:
        monkeypatch.setenv(variable, value)
        try:
            load_settings()
        except SettingsError as exc:
            assert variable in str(exc) and "pw@" not in str(exc), str(exc)
    if name == "home":
        monkeypatch.setenv(variable, "~nouser-fuzz/x")
        with pytest.raises(SettingsError, match="~nouser-fuzz: no such user's home directory; write the full path"):
            load_settings()


def test_cli_names_the_setting_it_cannot_read(tmp_path):
    """Through the process, on the fast path (`runs list` with only GENAIOPS_HOME set) and the full one: a `~user`
    home without a user and a URL-like bad number are exit 2 naming the variable, never 'unexpected'."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    cases = [
        (["runs", "list"], {"GENAIOPS_HOME": "~nouser-fuzz/x"}, "GENAIOPS_HOME: Value error, ~nouser-fuzz: no such"),
        (["alerts", "list"], {"GENAIOPS_DATA_ROOTS": "~nouser-fuzz/x"}, "GENAIOPS_DATA_ROOTS: Value error, ~nouser"),
        (["alerts", "list"], {"GENAIOPS_CONCURRENCY": "http://[::1"}, "GENAIOPS_CONCURRENCY: Input should be a valid"),
    ]
    procs = [
        subprocess.Popen(
            [str(GENAIOPS), *args],
            env={**clean, "GENAIOPS_HOME": str(tmp_path), **extra},
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for args, extra, _ in cases
    ]
    for (_, _, said), proc in zip(cases, procs, strict=True):
        _, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 2 and said in stderr and "unexpected" not in stderr, stderr


def test_no_setting_value_is_shown_when_it_may_hide_a_password():
    """A bad value that is not a URL but starts like one is shown without what follows the scheme."""
    with pytest.raises(SettingsError) as info:
        load_settings(concurrency="http://u:pw@[::1")
    assert "(got 'http://...')" in str(info.value)
