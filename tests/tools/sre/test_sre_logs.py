"""Logs: the readers (plain, JSON lines, syslog, Loki answers), typed parameters, the online template miner, the
parse_logs tool, and bad input (binary, malformed, huge lines, wrong formats) as skips or clear errors."""

import json
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.logs import LogFormatError, TemplateMiner, detect_format, parse_log_text

NOW = datetime(2024, 5, 1, 12, tzinfo=UTC)


def _loki(*streams: tuple[dict, list]) -> str:
    result = [{"stream": labels, "values": values} for labels, values in streams]
    return json.dumps({"status": "success", "data": {"resultType": "streams", "result": result}})


# --- readers -------------------------------------------------------------------------------------------------


def test_plain_log4j_line_gives_time_level_message_and_typed_template():
    """A log4j-style line: UTC time from its ISO stamp, level word, [thread] and logger dropped from the message."""
    (r,) = parse_log_text(
        "2024-05-01 10:00:00,123 WARN [main] com.acme.Db: Connection refused to 10.0.0.5:5432"
    ).records
    assert r.ts == datetime(2024, 5, 1, 10, 0, 0, 123000, tzinfo=UTC)
    assert r.level == "warn"
    assert r.message == "Connection refused to 10.0.0.5:5432"
    assert r.template == "Connection refused to <IP>"
    assert [(p.kind, p.value) for p in r.params] == [("ip", "10.0.0.5:5432")]


@pytest.mark.parametrize(
    ("line", "ts"),
    [
        ("2024-05-01T10:00:00+02:00 INFO up", datetime(2024, 5, 1, 8, tzinfo=UTC)),
        ("2024/05/01 10:00:00.250 INFO up", datetime(2024, 5, 1, 10, 0, 0, 250000, tzinfo=UTC)),
        ("[Wed May 01 10:00:00 2024] [notice] up", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("May  1 10:00:00 up", None),
    ],
)
def test_plain_leading_times(line, ts):
    """ISO 8601 (with its zone), YYYY/MM/DD and ctime stamps at the start of a plain line give the UTC time; a
    stamp without a year gives none."""
    assert parse_log_text(line, fmt="plain").records[0].ts == ts


@pytest.mark.parametrize(
    "obj",
    [
        {"ts": "2024-05-01T10:00:00+02:00", "level": "ERROR", "msg": "disk full", "service": "db"},
        {"time": 1714550400, "severity": "error", "message": "disk full", "app": "db"},
        {"@timestamp": "2024-05-01T08:00:00Z", "lvl": "err", "message": "disk full", "logger": "db"},
        {"timestamp": 1714550400000, "level": 3, "msg": "disk full", "service": "db"},
    ],
)
def test_json_lines_read_the_common_field_names(obj):
    """ts/time/timestamp/@timestamp (ISO with zone or epoch s/ms), level/severity/lvl, msg/message,
    service/app/logger: each spelling gives the same record."""
    parsed = parse_log_text(json.dumps(obj) + "\n")
    assert parsed.format == "jsonl"
    (r,) = parsed.records
    assert (r.ts, r.level, r.message, r.service) == (datetime(2024, 5, 1, 8, tzinfo=UTC), "error", "disk full", "db")


def test_syslog_rfc5424_and_rfc3164():
    """RFC 5424 gives time, app and the PRI's severity; RFC 3164 needs the year given to date its lines."""
    text = (
        "<11>1 2024-05-01T10:00:00.5Z web01 nginx 123 ID47 - upstream timed out\n"
        "<30>May  1 10:00:02 web01 sshd[42]: Accepted publickey for alice\n"
    )
    parsed = parse_log_text(text, year=2024)
    assert parsed.format == "syslog"
    a, b = parsed.records
    assert (a.level, a.service, a.message) == ("error", "nginx", "upstream timed out")
    assert a.ts == datetime(2024, 5, 1, 10, 0, 0, 500000, tzinfo=UTC)
    assert (b.level, b.service, b.message) == ("info", "sshd", "Accepted publickey for alice")
    assert b.ts == datetime(2024, 5, 1, 10, 0, 2, tzinfo=UTC)
    assert parse_log_text(text).records[1].ts is None  # no year given: no guessed time


def test_rfc3164_lines_of_one_digit_shape_keep_their_own_time_tag_and_message():
    """RFC 3164 lines without a PRI are read once per digit shape: each line still gets its own day, time, tag
    and message; a date that does not exist gives no time; an empty message reads '(empty)'."""
    text = (
        "Jun 14 15:16:01 combo sshd1[19939]: ERROR auth failure uid=0\n"
        "Jun 15 02:04:59 combo sshd2[20882]: ERROR auth failure uid=7\n"
        "Feb 30 02:04:59 combo sshd2[20882]: ERROR auth failure uid=7\n"
        "Jun 16 03:05:09 combo cron[1]: \n"
        "Jun 17 04:05:09 combo cron[2]: \n"
    )
    records = parse_log_text(text, fmt="syslog", year=2024).records
    assert [(r.ts, r.service, r.level, r.message) for r in records] == [
        (datetime(2024, 6, 14, 15, 16, 1, tzinfo=UTC), "sshd1", "error", "ERROR auth failure uid=0"),
        (datetime(2024, 6, 15, 2, 4, 59, tzinfo=UTC), "sshd2", "error", "ERROR auth failure uid=7"),
        (None, "sshd2", "error", "ERROR auth failure uid=7"),
        (datetime(2024, 6, 16, 3, 5, 9, tzinfo=UTC), "cron", None, "(empty)"),
        (datetime(2024, 6, 17, 4, 5, 9, tzinfo=UTC), "cron", None, "(empty)"),
    ]


def test_plain_lines_sharing_the_start_before_a_level_word_keep_their_own_level_and_message():
    """A new line shape that starts like an earlier line up to and including the character after its level word
    takes that level word without searching again; every line still reads as it does alone (a longer word,
    another header after the level, a level word ending the line, a bare 'Error' opening the message)."""
    head = "nova-api 2017-05-16 00:00:00.008 25746 "
    lines = [
        head + "INFO nova.osapi.server [req-38101a0b-2096 - -] 10.11.10.1 GET /v2",
        head + "INFO nova.osapi.server [req-9bc36dd9-91c5 - -] 10.11.10.1 GET /v2",
        head + "INFO [req-55db2d8d-cdb7] - compute ready",
        head + "INFOx is no level word, WARN: is",
        head + "INFO",
        head + "INFO   ",
        "Error reading x",
        "Error: reading y",
        "Errors: none",
    ]
    together = parse_log_text("\n".join(lines)).records
    alone = [parse_log_text(line).records[0] for line in lines]
    assert [(r.level, r.message) for r in together] == [(r.level, r.message) for r in alone]
    assert [(r.level, r.message) for r in together[:4]] == [
        ("info", "10.11.10.1 GET /v2"),
        ("info", "10.11.10.1 GET /v2"),
        ("info", "compute ready"),
        ("warn", "is"),
    ]


def test_loki_answer_streams_are_merged_in_time_order_with_labels():
    """A query_range answer: values of all streams sorted by their ns time; labels give service and level; a
    JSON log line is read as JSON."""
    text = _loki(
        ({"service_name": "api", "level": "error"}, [["1714557602000000000", "timeout calling db"]]),
        ({"app": "db"}, [["1714557601000000000", '{"msg": "slow query 812 ms", "level": "warn"}']]),
    )
    parsed = parse_log_text(text)
    assert parsed.format == "loki"
    first, second = parsed.records
    assert (first.service, first.level, first.message) == ("db", "warn", "slow query 812 ms")
    assert first.ts == datetime(2024, 5, 1, 10, 0, 1, tzinfo=UTC)
    assert (second.service, second.level) == ("api", "error")


def test_loki_logfmt_lines_are_read_by_their_keys():
    """A Loki line in logfmt: message, level and service from its keys; the stream's labels fill what it lacks."""
    text = _loki(({"app": "loki"}, [["1714557602000000000", 'level=warn caller=x.go:1 msg="slow flush" took=2s']]))
    (r,) = parse_log_text(text).records
    assert (r.service, r.level, r.message) == ("loki", "warn", "slow flush took=2s")


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("2024-05-01 10:00:00 INFO started\n", "plain"),
        ('{"msg": "x"}\n{"msg": "y"}\n', "jsonl"),
        ("<13>May  1 10:00:00 h app: x\n", "syslog"),
        (_loki(({"a": "b"}, [])), "loki"),
        # judged on the first 20 lines, however long they are: 11 of them JSON, then plain lines
        ("\n".join([json.dumps({"msg": "x" * 900})] * 11 + ["plain text line"] * 9 + ["{}"] * 50), "jsonl"),
        # a mix of JSON objects and plain lines is JSON lines (its plain lines read as plain; session 26)
        ("\n".join([json.dumps({"msg": "x" * 900})] * 10 + ["plain text line"] * 10 + ["{}"] * 50), "jsonl"),
        ("\n".join(["plain text line"] * 150 + [json.dumps({"msg": "x"})] + ["z"] * 50), "jsonl"),
        ("\n".join(["plain text line"] * 200 + [json.dumps({"msg": "x"})] + ["{ not json"] * 5), "plain"),
        (
            "\r\n".join(["\r\n".join(["<13>May  1 10:00:00 h app: " + "y" * 800] * 11), *["z"] * 9, *["{}"] * 50]),
            "syslog",
        ),
    ],
)
def test_format_is_detected(text, fmt):
    """auto picks the format from the first lines."""
    assert detect_format(text) == fmt


# --- typed parameters ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "kind", "placeholder"),
    [
        ("192.168.1.20", "ip", "<IP>"),
        ("fe80::1ff:fe23:4567:890a", "ip", "<IP>"),
        ("https://api.example.com/v1/x?y=1", "url", "<URL>"),
        ("ops@example.com", "email", "<EMAIL>"),
        ("/var/log/nginx/error.log", "path", "<PATH>"),
        ("0x7fff5fbff8a8", "hex", "<HEX>"),
        ("3f2a9c81d4e5", "hex", "<HEX>"),
        ("-12.5", "number", "<NUM>"),
        ("250ms", "number", "<NUM>"),
        ("12:30:45.120", "time", "<TIME>"),
        ("blk_-1608999687919862906", "id", "<ID>"),
    ],
)
def test_variables_are_typed(token, kind, placeholder):
    """Each kind of variable becomes its typed placeholder and a parameter of that kind."""
    _, template, params = TemplateMiner().add(f"fetched {token} ok")
    assert template == f"fetched {placeholder} ok"
    assert [(p.kind, p.value) for p in params] == [(kind, token)]


def test_key_value_parts_are_typed_and_words_stay():
    """In 'key=value' tokens the value is typed; plain words and 'ssh2'-like names stay in the template."""
    _, template, params = TemplateMiner().add("retry attempt=3 via ssh2 to host=10.1.2.3")
    assert template == "retry attempt=<NUM> via ssh2 to host=<IP>"
    assert [(p.kind, p.value) for p in params] == [("number", "3"), ("ip", "10.1.2.3")]


# --- the online miner ----------------------------------------------------------------------------------------


def test_template_generalises_as_lines_arrive_and_keeps_its_id():
    """One pass: the second user name opens the position; from the fourth distinct name it is a <*> variable,
    the templates that differed there merge, and resolve() maps the earlier ids to the merged one."""
    miner = TemplateMiner()
    ids = [miner.add(f"session opened for user {name}")[0] for name in ("alice", "bob", "carol", "dave", "erin")]
    assert miner.add("session opened for user frank")[1] == "session opened for user <*>"
    assert len({miner.resolve(i)[0] for i in ids}) == 1
    assert miner.add("session opened for user alice")[2][0].kind == "word"


def test_few_distinct_words_stay_separate_templates():
    """An open position that takes at most 3 distinct words stays part of the template: 'stored as bytes' and
    'stored as values' are two templates."""
    miner = TemplateMiner()
    a = [miner.add(f"block {n} stored as bytes")[0] for n in range(3)]
    b = [miner.add(f"block {n} stored as values")[0] for n in range(3)]
    assert len({miner.resolve(i)[0] for i in a}) == 1 and len({miner.resolve(i)[0] for i in b}) == 1
    assert miner.resolve(a[0])[0] != miner.resolve(b[0])[0]
    assert miner.resolve(b[0])[1] == "block <NUM> stored as values"


def test_a_shared_miner_keeps_ids_across_calls():
    """Passing the same miner to two calls gives the same template id to the same kind of line."""
    miner = TemplateMiner()
    first = parse_log_text("ERROR timeout after 30 s\n", miner=miner).records[0]
    second = parse_log_text("ERROR timeout after 45 s\n", miner=miner).records[0]
    assert first.template_id == second.template_id


def test_records_of_one_call_carry_the_final_template():
    """Within one call, every record reports its template as it stands after the last line."""
    parsed = parse_log_text("".join(f"INFO user {u} logged in\n" for u in ("ann", "ben", "cat", "dan", "eve")))
    assert {r.template for r in parsed.records} == {"user <*> logged in"}
    assert [r.params[0].value for r in parsed.records] == ["ann", "ben", "cat", "dan", "eve"]


def test_templates_of_different_lengths_merge_when_only_variable_runs_differ():
    """Lines whose token counts differ only by a variable run (an optional '(1.2 KB)', '<1 sec' for '00:02') are one
    template shown with <*> at every gap; each line keeps its own typed parameters; other constants stay apart."""
    lines = [
        "a.com:80 close, 403 bytes sent, 426 bytes received, lifetime 00:02",
        "b.org:443 close, 1190 bytes (1.16 KB) sent, 1671 bytes (1.63 KB) received, lifetime 01:10",
        "c.net:8080 close, 12 bytes sent, 13 bytes received, lifetime <1 sec",
        "d.io:22 close, 500 bytes (0.49 KB) sent, 7 bytes received, lifetime 00:05",
        "a.com:80 open through proxy p.example:5070 HTTPS",
        "b.org:443 open through proxy p.example:5070 HTTPS",
    ]
    parsed = parse_log_text("\n".join(lines), fmt="plain")
    ids = [r.template_id for r in parsed.records]
    assert len(set(ids[:4])) == 1 and ids[4] == ids[5] != ids[0]
    assert parsed.records[0].template == "<*> close, <*> bytes <*> sent, <*> bytes <*> received, lifetime <*>"
    assert [(p.kind, p.value) for p in parsed.records[1].params][1:3] == [("number", "1190"), ("number", "1.16")]


def test_key_of_a_variable_position_keeps_lines_with_other_keys_apart():
    """'rhost=<*>' stays in the template, so lines that add a 'user=...' part are a template of their own."""
    miner = TemplateMiner()
    hosts = ("10.0.0.1", "host-17.example", "10.0.0.2", "node42", "10.0.0.3")
    one = [miner.add(f"auth failure; tty=ssh ruser= rhost={h}")[0] for h in hosts]
    users = zip(hosts, "abcde", strict=True)
    two = [miner.add(f"auth failure; tty=ssh ruser= rhost={h} user={u}")[0] for h, u in users]
    assert {miner.resolve(i)[0] for i in one}.isdisjoint({miner.resolve(i)[0] for i in two})
    assert miner.resolve(one[0])[1] == "auth failure; tty=ssh ruser= rhost=<*>"


def test_a_template_whose_constants_changed_since_it_was_filed_does_not_break_a_later_merge():
    """A template filed under its constants that later opened one of them is no merge partner for a template
    of another length with the old constants: mining goes on (it raised ValueError from zip before)."""
    tails = ("admin", "admin [preauth] 0xd9f415ff", "cheng", "123456 [preauth] 0x72e74f09", "user", "matlab")
    lines = [f"input_userauth_request: invalid user {t}" + ("" if "[" in t else " [preauth]") for t in tails]
    parsed = parse_log_text("\n".join(lines), fmt="plain")
    ids = [r.template_id for r in parsed.records]
    assert len(ids) == 6 and ids[0] == ids[2] == ids[4] == ids[5]
    assert [(p.kind, p.value) for p in parsed.records[3].params] == [("number", "123456"), ("hex", "0x72e74f09")]


def test_access_log_lines_are_one_template_whatever_their_method_agent_or_length():
    """A combined access log: request lines of six methods and user agents of different lengths (quoted spans
    holding values) are one template (a method position with more than three words is a parameter)."""
    agents = (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
        "curl/8.5.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile",
        "kube-probe/1.30",
    )
    methods = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD")
    lines = [
        f'10.0.{i}.7 - - [14/Nov/2026:22:00:{i:02d} +0000] "{methods[i % 6]} /api/v2/orders/{9000 + i} HTTP/1.1" '
        f'{200 + i % 3} {100 * i} "-" "{agents[i // 6 % 4]}" "-"'
        for i in range(48)
    ]
    parsed = parse_log_text("\n".join(lines), fmt="plain")
    assert len({r.template_id for r in parsed.records}) == 1


@pytest.mark.parametrize(
    "template",
    [
        "upstream timed out, client: 10.0.0.{i}, server: {name}, request: x",  # the value after 'key:'
        'probe failed probeType="{name}" pod=web-{i}x',  # a quoted value after 'key='
        'event for pod event={{"ID":"{i}a","Type":"{name}"}}',  # a JSON string value inside a token
    ],
)
def test_a_keys_value_is_a_parameter_even_with_few_values(template):
    """A value of a key (``server: x``, ``k="x"``, ``"k":"x"``) is a parameter from its second value, not a
    constant while it has taken three values or fewer."""
    miner = TemplateMiner()
    ids = [miner.add(template.format(i=i, name=("alpha", "beta")[i % 2]))[0] for i in range(10, 16)]
    assert len({miner.resolve(i)[0] for i in ids}) == 1


def test_words_that_combine_freely_at_two_positions_are_parameters():
    """'transitioned A -> B' over five states: the pairs are many more than any one-word-apart statements
    make, so the states are parameters and the lines are one template."""
    miner = TemplateMiner()
    states = ("NEW", "PAID", "SHIPPED", "CANCELLED", "CREATED")
    ids = [miner.add(f"Order {100 + i} transitioned {states[i % 5]} -> {states[i * 2 % 5]}")[0] for i in range(20)]
    assert len({miner.resolve(i)[0] for i in ids}) == 1


def test_one_word_apart_statements_stay_apart():
    """Two statements that differ by one constant word (two values at one position) stay two templates."""
    miner = TemplateMiner()
    ids = [miner.add(f"session {w} for user u{i}x")[0] for i, w in enumerate(["opened", "closed"] * 4)]
    assert len({miner.resolve(i)[0] for i in ids}) == 2


@pytest.mark.parametrize(
    ("line", "level", "message"),
    [
        (
            "[2026-11-18 07:56:04.264][21][debug][router] [source/common/router/router.cc:1328] upstream reset",
            "debug",
            "upstream reset",
        ),
        (
            "[2026-11-05T08:12:00,123][WARN ][o.e.c.r.a.DiskThresholdMonitor] [es-data-1] high disk watermark",
            "warn",
            "high disk watermark",
        ),
    ],
)
def test_a_run_of_glued_bracketed_fields_is_header(line, level, message):
    """Envoy's and Elasticsearch's '[time][level][component] [more]' header: level read from inside, message
    after the last bracketed field (so a node name there does not split a statement)."""
    (r,) = parse_log_text(line, fmt="plain").records
    assert (r.level, r.message) == (level, message)


def test_logfmt_lines_read_time_level_service_and_the_message_key():
    """A logfmt line (logrus, go-kit, slog): time, level and service from their keys, the message is the message
    key's value (escapes undone) and the fields after it; a line of the same text that is not logfmt is plain."""
    text = (
        'ts=2026-03-09T06:41:17.323Z caller=compact.go:523 level=warn component=tsdb msg="write \\"block\\"" '
        "mint=17 ulid=01HRP\n"
        'time="2026-03-09T06:41:18Z" level=error msg="PullImage failed" error="not found"\n'
        "2026-03-09 06:41:19 INFO plain line here\n"
    )
    a, b, c = parse_log_text(text).records
    assert (a.ts, a.level, a.service, a.message) == (
        datetime(2026, 3, 9, 6, 41, 17, 323000, tzinfo=UTC),
        "warn",
        "tsdb",
        'write "block" mint=17 ulid=01HRP',
    )
    assert (b.level, b.service, b.message) == ("error", None, 'PullImage failed error="not found"')
    assert (c.level, c.message) == ("info", "plain line here")


def test_klog_header_gives_level_and_the_message_after_file_and_line():
    """klog's 'Lmmdd hh:mm:ss.uuuuuu pid file:line] msg': the letter is the level (before any level word in the
    message), the message starts after '] '."""
    line = 'E1115 12:09:00.013667    6069 kubelet.go:2431] "Error syncing pod, skipping" err="failed" pod="a/b"'
    (r,) = parse_log_text(line, fmt="plain").records
    assert (r.level, r.message) == ("error", '"Error syncing pod, skipping" err="failed" pod="a/b"')


def test_a_leading_timed_bracket_with_a_level_among_its_parts_is_header():
    """Celery's '[time: LEVEL/Process] msg': the level word inside the bracket is the level, the message after."""
    line = "[2026-03-09 06:41:18,962: WARNING/ForkPoolWorker-1] Task t.reindex[8a33] retry: Retry in 120s"
    (r,) = parse_log_text(line, fmt="plain").records
    assert (r.level, r.message) == ("warn", "Task t.reindex[8a33] retry: Retry in 120s")


def test_a_single_quoted_token_is_a_value():
    """A single-quoted token (a SQL literal, a Python repr's string) is a parameter from its second value."""
    miner = TemplateMiner()
    names = ("'legacy.sync_erp'.", "'billing.charge'.", "'ok'.")
    ids = [miner.add(f"Received unregistered task of type {names[i % 3]}")[0] for i in range(6)]
    assert len({miner.resolve(i)[0] for i in ids}) == 1


def test_a_list_of_typed_items_of_any_length_is_one_template():
    """'Compacting (id) [/p1:level=0, /p2:level=1, ]' with two to five items: the repeated typed item is a gap
    of any length, so the lines are one template."""
    lines = []
    for i in range(12):
        items = " ".join(f"/var/lib/data/nb-{i}{k}-big-Data.db:level={k}," for k in range(2 + i % 4))
        lines.append(f"Compacting (5485a3c4-cb98-48d2-bd3c-{i:012d}) [{items} ]")
    parsed = parse_log_text("\n".join(lines), fmt="plain")
    assert len({r.template_id for r in parsed.records}) == 1


def test_a_component_prefix_is_no_key_whose_value_is_a_parameter():
    """'agent: Service in sync' / 'agent: Check in sync': the first token names the component, so the word after
    it is the statement's, and the two statements stay apart."""
    miner = TemplateMiner()
    ids = [
        miner.add(f"agent: Service in sync: service=svc-{i}a" if i % 2 else f"agent: Check in sync: check=chk-{i}b")[0]
        for i in range(12)
    ]
    assert len({miner.resolve(i)[0] for i in ids}) == 2


def test_spring_boot_header_is_cut_before_the_message():
    """Spring Boot's 'time LEVEL PID --- [app] [thread] logger   : msg': the message starts after ' : '."""
    line = (
        "2026-11-07T13:10:21.055Z  INFO 1 --- [orders-svc] [read | orders-1] c.k.orders.events.OrderEventPublisher"
        "    : Published OrderPaid for order 3897806"
    )
    (r,) = parse_log_text(line, fmt="plain").records
    assert (r.level, r.message) == ("info", "Published OrderPaid for order 3897806")


def test_logrus_lines_read_whole_keep_their_message_words():
    """A logrus line that reaches the miner whole (not read as logfmt): the msg="..." text is the statement,
    not a key's value, so two statements stay two templates."""
    miner = TemplateMiner()
    lines = [
        f'time="2026-03-09T06:41:{i:02d}.77Z" level=info msg="{w} for \\"{i:02d}ab12cd34ab12cd34\\""'
        for i, w in enumerate(["StopPodSandbox", "RemoveContainer"] * 5)
    ]
    ids = [miner.add(line)[0] for line in lines]
    assert len({miner.resolve(i)[0] for i in ids}) == 2


def test_a_key_that_takes_numbers_takes_its_words_as_values_too():
    """'(user_id=146863, ...)' and '(user_id=anonymous, ...)': a key whose values are typed takes a word there
    as a value (a sentinel such as 'anonymous'), so the lines are one template."""
    miner = TemplateMiner()
    users = ("146863", "anonymous", "99120", "anonymous")
    ids = [miner.add(f"slow request GET /a/{i} took {100 + i}ms (user_id={users[i % 4]}, db=4)")[0] for i in range(8)]
    assert len({miner.resolve(i)[0] for i in ids}) == 1


def test_lines_with_other_keys_at_one_position_are_other_statements():
    """Postfix's 'QUEUEID: message-id=<...>' and 'QUEUEID: client=host[ip]': another key is another field, so
    the two statements stay apart while the client's values (a word, an id, a host) make it a parameter."""
    clients = ("unknown", "8nkt20ll.dynamic.isp.net", "mx2.kunde.de")
    lines = []
    for i in range(12):
        if i % 2:
            lines.append(f"F87F29F{i:03d}: message-id=<43ba3ca9-5457-4132-9dae-af030679e{i:03d}@mail.example.com>")
        else:
            lines.append(f"77948DB{i:03d}: client={clients[i // 2 % 3]}[23.132.189.{i}]")
    parsed = parse_log_text("\n".join(lines), fmt="plain")
    assert len({r.template_id for r in parsed.records}) == 2


def test_logfmt_statements_opening_with_different_words_stay_apart():
    """logrus lines of six statements with the same token count, time and level fields first: each statement is
    its own template (the header fields do not key one cluster whose first message word turns into a variable)."""
    hexes = [f"{i:02d}" + "ab12cd34" * 4 for i in range(30)]
    statements = (
        'msg="StopPodSandbox for \\"{h}\\""',
        'msg="RemoveContainer for \\"{h}\\""',
        'msg="StartContainer for \\"{h}\\""',
        'msg="TearDown network \\"{h}\\""',
        'msg="Kill container \\"{h}\\""',
        'msg="PullImage for \\"{h}\\""',
    )
    lines = [
        f'time="2026-03-09T06:41:{i:02d}.4247Z" level=info ' + statements[i % 6].format(h=h)
        for i, h in enumerate(hexes)
    ]
    parsed = parse_log_text("\n".join(lines))
    assert len({r.template_id for r in parsed.records}) == 6


def test_a_keys_quoted_value_after_an_unquoted_message_is_a_value():
    """'Scrape failed target=... err="..."': the quoted error text is a parameter, not the line's message."""
    errors = ("context deadline exceeded", "dial tcp: connection refused", "server returned HTTP status 503")
    miner = TemplateMiner()
    ids = [miner.add(f'Scrape failed pool=node target=10.0.0.{i}:9100 err="{errors[i % 3]}"')[0] for i in range(9)]
    assert len({miner.resolve(i)[0] for i in ids}) == 1


# --- bad input -----------------------------------------------------------------------------------------------


def test_binary_malformed_and_huge_lines_are_skips_or_notes():
    """Binary junk is a skip with its reason, a malformed JSON line a skip naming the problem, a huge line is
    truncated with a note; the good lines still parse."""
    text = "INFO ok 1\n\x00\x01\x02\x03\x04garbage\x05\x06\n" + "INFO " + "x" * 20_000 + "\n"
    parsed = parse_log_text(text, max_line_chars=1000)
    assert [s.line_no for s in parsed.skipped] == [2] and "binary" in parsed.skipped[0].reason
    assert parsed.records[1].truncated and len(parsed.records[1].message) <= 1000
    assert any("truncated" in note for note in parsed.notes)
    bad = parse_log_text('{"msg": "a"}\n{"msg": \n{"msg": "b"}\n[1, 2]\n', fmt="jsonl")
    assert [r.message for r in bad.records] == ["a", "b"]
    assert [s.line_no for s in bad.skipped] == [2, 4] and "not JSON" in bad.skipped[0].reason


DEEP = '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}"


@pytest.mark.parametrize("fmt", ["jsonl", "auto"])
def test_a_json_line_nested_past_the_decoders_depth_is_one_skip_not_a_failed_task(fmt):
    """parse_logs (as a task runs it) on JSON lines, one nested deeper than json.loads can go: that line is a
    skip saying so, the others parse (given as jsonl or detected). It raised RecursionError, failing the task."""
    content = '{"msg": "a"}\n' + DEEP + '\n{"msg": "b"}\n'
    out = load_tools().get("parse_logs").invoke({"content": content, "format": fmt}, _ctx())
    assert [r.message for r in out.records] == ["a", "b"]
    assert [(s.line_no, "nested too deeply" in s.reason) for s in out.skipped] == [(2, True)]


def test_a_loki_answer_nested_past_the_decoders_depth_is_a_clear_error():
    """A Loki answer nested deeper than json.loads can go is a LogFormatError saying so; a log line in a good
    answer nested that deep is read as a plain line."""
    with pytest.raises(LogFormatError, match="nested too deeply"):
        parse_log_text('{"data": ' + "[" * 100_000 + "]" * 100_000 + "}", fmt="loki")
    parsed = parse_log_text(_loki(({"app": "a"}, [["1767607200000000000", DEEP]])), fmt="loki")
    assert len(parsed.records) == 1 and parsed.skipped == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("just a plain line", "not JSON"),
        ('{"data": {"resultType": "matrix", "result": []}}', "expected 'streams'"),
        ('{"status": "success"}', "no data.result list"),
    ],
)
def test_wrong_format_for_loki_is_a_clear_error(text, fragment):
    """Text that is not a Loki log answer, read as one, is a LogFormatError saying what to give instead."""
    with pytest.raises(LogFormatError, match=fragment):
        parse_log_text(text, fmt="loki")


def test_plain_text_read_as_syslog_is_skipped_line_by_line():
    """Lines that are not syslog, read as syslog, are skips saying which layouts were expected."""
    parsed = parse_log_text("hello\nworld\n", fmt="syslog")
    assert parsed.records == [] and len(parsed.skipped) == 2 and "RFC 5424" in parsed.skipped[0].reason


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), fmt=st.sampled_from(["auto", "plain", "jsonl", "syslog"]))
def test_readers_never_raise_on_any_text(text, fmt):
    """Any text in any line format gives records and skips (one per non-blank line), never an exception."""
    parsed = parse_log_text(text, fmt=fmt)
    assert len(parsed.records) + len(parsed.skipped) == sum(1 for line in text.splitlines() if line.strip())


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("a 1\n\n  \t\nb 2\n", [1, 4]),
        ("a 1\nb 2", [1, 2]),
        ("a 1\n\n", [1]),
        ("a 1\n \n", [1]),
        ("\n", []),
        ("", []),
    ],
)
def test_plain_blank_lines_are_left_out_with_their_numbers(text, numbers):
    """Empty and white-space lines anywhere in plain text give no record; the other lines keep their numbers."""
    assert [r.line_no for r in parse_log_text(text, fmt="plain").records] == numbers


@settings(max_examples=40, deadline=None)
@given(
    values=st.lists(
        st.one_of(st.tuples(st.text(max_size=12), st.text(max_size=40)), st.integers(), st.none()), max_size=5
    )
)
def test_loki_reader_skips_bad_pairs(values):
    """Malformed values in a Loki answer are skips; well-formed pairs are records; nothing raises."""
    rows = [list(v) if isinstance(v, tuple) else v for v in values]
    parsed = parse_log_text(_loki(({"job": "x"}, rows)), fmt="loki")
    assert len(parsed.records) + len(parsed.skipped) == len(rows)


def test_loki_records_are_numbered_in_time_order_and_bad_pairs_after_them_by_place():
    """A bad pair does not take a record's number: records are 1..n in time order, the skip comes after them and
    its reason names where it is in the answer."""
    text = _loki(({"job": "x"}, [["1714557602000000000", "second"], ["oops"], ["1714557601000000000", "first"]]))
    parsed = parse_log_text(text, fmt="loki")
    assert [(r.line_no, r.message) for r in parsed.records] == [(1, "first"), (2, "second")]
    assert [(s.line_no, s.reason.split(":")[0]) for s in parsed.skipped] == [(3, "data.result[0].values[1]")]


# --- the tool ------------------------------------------------------------------------------------------------


def _ctx(**resources) -> ToolContext:
    return ToolContext("run", "task", "key", now=NOW, resources=resources)


def test_parse_logs_tool_counts_templates_and_levels():
    """parse_logs returns records, every template with its count and levels, and the severe count."""
    content = "".join(f"2024-05-01T10:00:0{i}Z ERROR db: connection to 10.0.0.{i} refused\n" for i in range(4))
    result = load_tools().get("parse_logs").invoke({"content": content + "INFO started\n", "max_records": 2}, _ctx())
    assert result.lines == 5 and len(result.records) == 2 and result.severe == 4
    top = result.templates[0]
    assert (top.template, top.count, top.levels) == ("db: connection to <IP> refused", 4, {"error": 4})
    assert any("first 2 returned" in note for note in result.notes)
    assert result.template_count == 2


def test_parse_logs_returns_the_most_frequent_templates_first():
    """With more templates than max_templates, the most frequent are returned and a note says how many exist."""
    content = "disk full\n" * 3 + "cpu hot\n" * 2 + "fan stopped\n"
    result = load_tools().get("parse_logs").invoke({"content": content, "max_templates": 2}, _ctx())
    assert [(t.template, t.count) for t in result.templates] == [("disk full", 3), ("cpu hot", 2)]
    assert result.template_count == 3 and any("3 templates, the 2 most frequent" in n for n in result.notes)


def test_parse_logs_arguments_are_checked():
    """Neither content nor query, or both, is an input error; a query without Loki names GENAIOPS_LOKI_URL."""
    spec = load_tools().get("parse_logs")
    with pytest.raises(ToolInputError, match="either `content`"):
        spec.parse_args({})
    with pytest.raises(ToolExecutionError, match="needs Loki: set GENAIOPS_LOKI_URL"):
        spec.invoke({"query": '{job="x"}'}, _ctx())


@pytest.mark.parametrize("enabled", [True, False])
def test_parse_logs_leaves_cyclic_gc_as_it_found_it(enabled) -> None:
    """The tool turns cyclic GC off while it mines and builds its answer, and leaves it on or off as it was."""
    import gc

    (gc.enable if enabled else gc.disable)()
    try:
        load_tools().get("parse_logs").invoke({"content": "worker 1 up\nworker 2 up\n"}, _ctx())
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_overlapping_parses_on_threads_leave_cyclic_gc_as_they_found_it() -> None:
    """Parsing turns cyclic GC off while it runs (process-wide); calls overlapping on threads leave it on after."""
    import gc
    import threading

    text = "\n".join(f"worker {i} connected from 10.0.0.{i % 250}" for i in range(20_000))
    assert gc.isenabled()
    threads = [threading.Thread(target=parse_log_text, args=(text,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()


def test_mongodb_structured_log_times_are_read():
    """MongoDB's structured log writes its time as extended JSON (``"t": {"$date": ...}``, an ISO string or
    milliseconds as ``$numberLong``): parse_logs (as a task runs it) gives each record its time; it gave none."""
    content = (
        '{"t":{"$date":"2024-05-01T10:00:00.123+00:00"},"s":"I","c":"NETWORK","id":22943,"ctx":"listener",'
        '"msg":"Connection accepted","attr":{"remote":"10.0.0.7:51234"}}\n'
        '{"t":{"$date":{"$numberLong":"1714557601500"}},"s":"W","c":"STORAGE","id":22430,"ctx":"Checkpointer",'
        '"msg":"WiredTiger message"}\n'
        '{"t":{"$date":"not a time"},"s":"I","c":"NETWORK","id":22944,"ctx":"conn7","msg":"Connection ended"}\n'
    )
    out = load_tools().get("parse_logs").invoke({"content": content}, _ctx())
    assert [r.ts for r in out.records] == [
        datetime(2024, 5, 1, 10, 0, 0, 123000, tzinfo=UTC),
        datetime(2024, 5, 1, 10, 0, 1, 500000, tzinfo=UTC),
        None,
    ]
    assert [r.message.split()[:2] for r in out.records][0] == ["Connection", "accepted"]
