"""The audit ledger: built by real runs, any edited, removed, reordered or cut-off entry is detected and named."""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from genaiops.cli import app
from genaiops.clock import FakeClock
from genaiops.graphs import Engine, load_scenario, parse_scenario, run_scenario
from genaiops.receiver import IdempotentReceiver
from genaiops.safety import GENESIS, ApprovalPolicy, LedgerEntry, entry_hash, verify_ledger
from genaiops.safety.ledger import check_anchor, cross_check, entry_mac, sign_anchor
from genaiops.store import LedgerRow, Store
from genaiops.tools import load_tools

REPO = Path(__file__).resolve().parents[2]
CANARY = REPO / "scenarios" / "canary_release.yaml"

GATES = """
name: gates
tasks:
  - id: high
    tool: apply_change
    risk: high
    args: {target: svc@high}
  - id: refused
    tool: apply_change
    args: {target: svc@refused}
  - id: amended
    tool: apply_change
    args: {target: svc@amended, change: {version: v1}}
  - id: auto
    tool: apply_change
    approval: auto
    args: {target: svc@auto}
  - id: after_high
    tool: echo
    args: {value: "${high.target}"}
"""

ONE_GATE = """
name: one-gate
tasks:
  - id: deploy
    tool: apply_change
    args: {target: svc@one}
"""


async def _build(db: Path) -> None:
    """Fill a ledger with every kind of entry: requests, human/scripted/automatic decisions, executed actions,
    a rejection, an amendment, an expiry, a stale request asked again and a withdrawal."""
    registry, clock = load_tools(), FakeClock()
    policy = ApprovalPolicy(allow_spec_auto=True)
    store = Store.open(f"sqlite:///{db}")
    receiver = IdempotentReceiver()
    engine = Engine(store=store, registry=registry, policy=policy, clock=clock, resources={"receiver": receiver})

    canary, _ = load_scenario(str(CANARY), registry, policy)
    assert (await run_scenario(engine, canary, requester="bob")).status == "succeeded"

    gates, _ = parse_scenario(GATES, registry, policy)
    result = await engine.start(gates.graph(), requester="bob")
    ids = {p.task_id: p.id for p in result.pending}
    clock.advance(minutes=5)
    engine.decide(ids["high"], approver="alice", role="operator", verdict="approve", reason="ok")
    engine.decide(ids["high"], approver="carol", role="operator", verdict="approve", reason="second pair of eyes")
    engine.decide(ids["refused"], approver="alice", role="operator", verdict="reject", reason="not today")
    engine.decide(
        ids["amended"], approver="carol", role="operator", verdict="approve", reason="v2", amend={"change": {"v": 2}}
    )
    await engine.resume(result.run_id)

    one, _ = parse_scenario(ONE_GATE, registry, policy)
    expiring = await engine.start(one.graph(), requester="bob")
    withdrawn = await engine.start(one.graph(), requester="bob")
    engine.cancel(withdrawn.run_id, by="bob", reason="not needed")
    ended = [(task, kind) for _, task, kind, _, _ in store.events(withdrawn.run_id)][-3:]
    assert [kind for _, kind in ended] == ["run_cancel_requested", "approval_withdrawn", "run_cancelled"]
    assert ended[1][0] is not None  # the withdrawal names its task
    changed = Engine(
        store=store,
        registry=registry,
        policy=ApprovalPolicy(allow_spec_auto=True, approver_roles=("operator", "lead")),
        clock=clock,
        resources={"receiver": receiver},
    )
    clock.advance(hours=25)
    assert (await engine.resume(expiring.run_id)).status == "rejected"
    stale = await engine.start(one.graph(), requester="bob")  # asked under the old policy, not yet expired
    # a policy change closes what was asked under the old one (approval_stale), so expire first
    assert (await changed.resume(stale.run_id)).status == "paused"  # asked again under the new policy
    store.close()
    receiver.close()


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("ledger") / "genaiops.db"
    asyncio.run(_build(db))
    return db


def _entries(store: Store) -> list[LedgerEntry]:
    return store.ledger()


def _verify(db: Path):
    store = Store.open(f"sqlite:///{db}")
    try:
        return verify_ledger(_entries(store), store.ledger_head())
    finally:
        store.close()


def _rows(db: Path) -> list[tuple]:
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT seq, at, kind, run_id, payload, prev_hash, hash FROM ledger ORDER BY seq").fetchall()


def _copy(src: Path, dst_dir: Path) -> Path:
    """A byte copy of a closed store (its WAL was checkpointed when the last connection closed)."""
    assert not src.with_name(src.name + "-wal").exists()
    dst_dir.mkdir(parents=True, exist_ok=True)
    dst = dst_dir / "genaiops.db"
    shutil.copyfile(src, dst)
    return dst


def _tamper(src: Path, dst_dir: Path, sql: list[tuple[str, tuple]]) -> Path:
    dst = _copy(src, dst_dir)
    con = sqlite3.connect(dst, isolation_level=None)
    con.execute("PRAGMA synchronous = OFF")
    con.execute("BEGIN")
    for statement, params in sql:
        con.execute(statement, params)
    con.execute("COMMIT")
    con.close()
    return dst


def _flip(text: str, seq: int) -> str:
    i = (seq * 7) % len(text)
    return text[:i] + chr(ord(text[i]) ^ 1) + text[i + 1 :]


def _cli_verify(home: Path, tmp_path: Path):
    env = {"GENAIOPS_HOME": str(home), "HOME": str(tmp_path), "GENAIOPS_STORE_URL": None, "GENAIOPS_POLICY_FILE": None}
    return CliRunner().invoke(app, ["audit", "verify"], env=env)


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- the intact ledger --------------------------------------------------------------------------------------


def test_runs_record_every_kind_of_entry(ledger_db):
    """Requests, human/scripted/automatic decisions, executed actions, expiry, staleness and withdrawal are all
    recorded in the ledger."""
    kinds = {row[2] for row in _rows(ledger_db)}
    assert kinds >= {
        "approval_requested",
        "approval_decided",
        "action_executed",
        "approval_expired",
        "approval_stale",
        "approval_withdrawn",
    }
    payloads = " ".join(row[4] for row in _rows(ledger_db))
    for kind in ('"kind":"human"', '"kind":"scripted"', '"kind":"automatic"', '"verdict":"reject"', '"amended":true'):
        assert kind in payloads


def test_intact_ledger_verifies(ledger_db):
    """The chain built by real runs verifies: sequence 1..N, linked hashes, head at the last entry."""
    rows = _rows(ledger_db)
    report = _verify(ledger_db)
    assert report.ok, report.problem
    assert report.entries == len(rows) >= 15
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0][5] == GENESIS and report.head == rows[-1][6]
    for seq, at, kind, run_id, payload, prev, digest in rows:
        assert entry_hash(prev, seq, at, kind, run_id, payload) == digest


def test_cli_verify_exits_0_on_the_intact_ledger(ledger_db, tmp_path):
    """`genaiops audit verify` exits 0 and says the ledger is intact with its entry count."""
    home = tmp_path / "home"
    _copy(ledger_db, home)
    result = _cli_verify(home, tmp_path)
    assert result.exit_code == 0, result.output
    assert f"ledger intact: {len(_rows(ledger_db))} entries" in result.stdout


def test_empty_ledger_verifies():
    """A ledger with no entries and no head is intact."""
    report = verify_ledger([], None)
    assert report.ok and report.entries == 0 and report.head == GENESIS


# --- tampering with every entry -----------------------------------------------------------------------------

COLUMNS = ["payload", "hash", "prev_hash", "kind", "at", "run_id"]


def _check(db: Path, tmp_path: Path, seq: int, fragment: str, detail: str, cli: bool = True) -> list[str]:
    """Verify ``db`` directly (and through the CLI); return what went wrong (empty when both named the entry)."""
    failures = []
    report = _verify(db)
    if report.ok or report.bad_seq != seq or fragment not in report.problem:
        failures.append(f"{detail}: ok={report.ok} bad_seq={report.bad_seq} problem={report.problem!r}")
        return failures
    if not cli:
        return failures
    result = _cli_verify(db.parent, tmp_path)
    said = _flat(result.stderr)
    if result.exit_code != 1 or f"entry #{seq}:" not in said or _flat(report.problem) not in said:
        failures.append(f"{detail}: CLI exit {result.exit_code}: {said!r}")
    return failures


@pytest.mark.parametrize("column", COLUMNS)
def test_flipping_one_byte_of_any_entry_is_detected_and_named(ledger_db, tmp_path, column):
    """Flipping one byte of any column of any entry fails verification at that entry; the CLI names it too
    (checked for every entry on payload flips, and on the first entry for the other columns, to stay fast)."""
    rows = _rows(ledger_db)
    index = {c: i for i, c in enumerate(["seq", "at", "kind", "run_id", "payload", "prev_hash", "hash"])}
    failures: list[str] = []
    for row in rows:
        seq = row[0]
        value = row[index[column]]
        if not value:  # an entry without a run id has nothing to flip in that column
            continue
        flipped = _flip(value, seq)
        db = _tamper(
            ledger_db, tmp_path / f"{column}-{seq}", [(f"UPDATE ledger SET {column} = ? WHERE seq = ?", (flipped, seq))]
        )
        fragment = "does not follow the entry before it" if column == "prev_hash" else "was edited"
        cli = column == "payload" or seq == rows[0][0]
        failures += _check(db, tmp_path, seq, fragment, f"{column} of #{seq}", cli=cli)
        if not _verify(db).problem.startswith(f"entry #{seq} ("):
            failures.append(f"{column} of #{seq}: the message does not start by naming the entry")
    assert not failures, "\n".join(failures)


def test_deleting_any_entry_is_detected_and_named(ledger_db, tmp_path):
    """Deleting any entry but the last fails verification saying that entry is missing (removed)."""
    rows = _rows(ledger_db)
    failures: list[str] = []
    for seq in [r[0] for r in rows[:-1]]:
        db = _tamper(ledger_db, tmp_path / f"del-{seq}", [("DELETE FROM ledger WHERE seq = ?", (seq,))])
        failures += _check(db, tmp_path, seq, f"entry #{seq} is missing or out of place (removed)", f"del #{seq}")
    assert not failures, "\n".join(failures)


def test_truncating_the_last_entry_is_detected_through_the_head(ledger_db, tmp_path):
    """Removing the last entry (or several) is caught by the recorded head and named."""
    rows = _rows(ledger_db)
    last = rows[-1][0]
    db = _tamper(ledger_db, tmp_path / "cut1", [("DELETE FROM ledger WHERE seq = ?", (last,))])
    assert not _check(db, tmp_path, last, f"entries #{last}..#{last} were removed from the end", "cut last")
    db = _tamper(ledger_db, tmp_path / "cut3", [("DELETE FROM ledger WHERE seq > ?", (last - 3,))])
    assert not _check(db, tmp_path, last - 2, f"entries #{last - 2}..#{last} were removed from the end", "cut 3")


def test_swapping_any_entry_with_the_next_is_detected_and_named(ledger_db, tmp_path):
    """Exchanging the places of any two neighbouring entries fails verification at the first of them."""
    rows = _rows(ledger_db)
    failures: list[str] = []
    for seq in [r[0] for r in rows[:-1]]:
        swap = [
            ("UPDATE ledger SET seq = -1 WHERE seq = ?", (seq,)),
            ("UPDATE ledger SET seq = ? WHERE seq = ?", (seq, seq + 1)),
            ("UPDATE ledger SET seq = ? WHERE seq = -1", (seq + 1,)),
        ]
        db = _tamper(ledger_db, tmp_path / f"swap-{seq}", swap)
        failures += _check(db, tmp_path, seq, "does not follow the entry before it", f"swap #{seq}")
    assert not failures, "\n".join(failures)


def test_swapping_contents_but_keeping_numbers_is_detected(ledger_db, tmp_path):
    """Moving an entry's content into its neighbour's slot (numbers kept in order) is named at the first slot."""
    rows = _rows(ledger_db)
    failures: list[str] = []
    for a, b in zip(rows[:-1], rows[1:], strict=True):
        swap = [
            ("UPDATE ledger SET at=?, kind=?, run_id=?, payload=?, prev_hash=?, hash=? WHERE seq = ?", (*b[1:], a[0])),
            ("UPDATE ledger SET at=?, kind=?, run_id=?, payload=?, prev_hash=?, hash=? WHERE seq = ?", (*a[1:], b[0])),
        ]
        db = _tamper(ledger_db, tmp_path / f"xswap-{a[0]}", swap)
        failures += _check(db, tmp_path, a[0], f"entry #{a[0]} ", f"content swap #{a[0]}", cli=False)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    ("sql", "fragment"),
    [
        pytest.param(
            "UPDATE ledger_head SET hash = "
            "(CASE WHEN substr(hash, 1, 1) = 'f' THEN 'e' ELSE 'f' END) || substr(hash, 2)",
            "does not match the chain",
            id="head-hash",
        ),
        pytest.param("UPDATE ledger_head SET seq = seq - 1", "does not match the chain", id="head-seq-back"),
        pytest.param("DELETE FROM ledger_head", "the ledger head record is missing", id="head-deleted"),
    ],
)
def test_tampering_with_the_head_is_detected(ledger_db, tmp_path, sql, fragment):
    """An edited or deleted head record fails verification (exit 1 in the CLI)."""
    db = _tamper(ledger_db, tmp_path / "head", [(sql, ())])
    report = _verify(db)
    assert not report.ok and fragment in report.problem
    result = _cli_verify(db.parent, tmp_path)
    assert result.exit_code == 1 and fragment in _flat(result.stderr)


def test_verify_ledger_names_the_first_of_several_edits():
    """With several edited entries, the report names the earliest one."""
    entries, prev = [], GENESIS
    for seq in range(1, 6):
        digest = entry_hash(prev, seq, "t", "k", "r", f'{{"n":{seq}}}')
        entries.append(LedgerRow(seq, "t", "k", "r", f'{{"n":{seq}}}', prev, digest))
        prev = digest
    edit: Callable[[LedgerRow], LedgerRow] = lambda e: dataclasses.replace(e, payload=e.payload + " ")  # noqa: E731
    tampered = [entries[0], entries[1], edit(entries[2]), entries[3], edit(entries[4])]
    report = verify_ledger(tampered, (5, prev))
    assert (report.ok, report.bad_seq) == (False, 3)
    assert verify_ledger(entries, (5, prev)).ok


# --- keyed entries, anchors and the cross-check (pure) ---------------------------------------------------------------

KEY, OTHER_KEY = bytes(range(32)), bytes(range(1, 33))


def _chain(n: int, key: bytes | None, *, unsigned: int = 0, edit: int | None = None) -> list[LedgerRow]:
    """n entries, the first ``unsigned`` without a MAC; with ``edit``, that entry's payload is changed and every
    hash from it on recomputed (what someone without the key can do), the MACs kept as they were."""
    rows, prev, macs = [], GENESIS, {}
    for seq in range(1, n + 1):
        payload = f'{{"n":{seq}}}'
        digest = entry_hash(prev, seq, "t", "k", "r", payload)
        macs[seq] = entry_mac(key, digest) if key is not None and seq > unsigned else None
        if edit is not None and seq >= edit:
            payload = payload.replace("}", ',"x":1}') if seq == edit else payload
            digest = entry_hash(prev, seq, "t", "k", "r", payload)
        rows.append(LedgerRow(seq, "t", "k", "r", payload, prev, digest, macs[seq]))
        prev = digest
    return rows


def _head(rows: list[LedgerRow]) -> tuple[int, str] | None:
    return (rows[-1].seq, rows[-1].hash) if rows else None


@pytest.mark.parametrize(
    ("rows", "key", "bad_seq", "fragment"),
    [
        pytest.param(_chain(5, KEY), KEY, None, "", id="signed"),
        pytest.param(_chain(5, KEY, edit=3), KEY, 3, "entry #3 (k, run r, t) was rewritten: its MAC does not match",
                     id="re-chained"),
        pytest.param(_chain(5, KEY), OTHER_KEY, 1, "no entry's MAC matches the ledger key", id="another-key"),
        pytest.param(_chain(5, KEY, unsigned=2), KEY, None, "", id="unsigned-prefix"),
        pytest.param([*_chain(3, KEY)[:2], dataclasses.replace(_chain(3, KEY)[2], mac=None)], KEY, 3,
                     "has no MAC although entries before it have one", id="unsigned-after-signed"),
    ],
)  # fmt: skip
def test_macs_prove_entries_against_a_rewrite(rows, key, bad_seq, fragment):
    """With the key, a chain re-computed after an edit fails at the edited entry; a key that matches no MAC is
    named as the likely cause; entries without a MAC pass only before the first one with a MAC."""
    report = verify_ledger(rows, _head(rows), key=key)
    assert (report.ok, report.bad_seq) == (bad_seq is None, bad_seq), report.problem
    assert fragment in report.problem
    if report.ok:
        assert report.unauthenticated == sum(1 for r in rows if r.mac is None)


def _anchor(rows: list[LedgerRow], seq: int, key: bytes = KEY):
    return sign_anchor(key, store="home:genaiops.db", seq=seq, hash=rows[seq - 1].hash, at="t0")


FIVE = _chain(5, KEY)


@pytest.mark.parametrize(
    ("rows", "anchor", "bad_seq", "fragment"),
    [
        pytest.param(FIVE, _anchor(FIVE, 5), None, "", id="at-the-head"),
        pytest.param(FIVE, _anchor(FIVE, 3), None, "", id="below-the-head"),
        pytest.param(FIVE[:3], _anchor(FIVE, 5), 4, "ends at entry #3 but the anchor of t0 covers #5: entries "
                     "#4..#5 were removed", id="cut-below-the-anchor"),
        pytest.param([], _anchor(FIVE, 5), 1, "the ledger is empty but the anchor of t0 covers 5 entries: it was "
                     "wiped", id="wiped"),
        pytest.param(_chain(5, None, edit=2), _anchor(FIVE, 4), 4, "entry #4 does not match the anchor of t0",
                     id="rewritten-below-the-anchor"),
    ],
)  # fmt: skip
def test_anchors_catch_a_cut_a_wipe_and_a_rewrite_below_them(rows, anchor, bad_seq, fragment):
    """A ledger checked against an anchor (the signed head exported earlier) fails when it ends before the
    anchor, is empty, or holds another entry where the anchor's was; the head record is consistent each time."""
    report = verify_ledger(rows, _head(rows), key=KEY, anchors=[anchor])
    assert (report.ok, report.bad_seq) == (bad_seq is None, bad_seq), report.problem
    assert fragment in report.problem


def test_an_anchor_is_accepted_only_unchanged_and_with_its_key():
    """check_anchor returns the anchor it was given, and None for an edited field or another key."""
    data = _anchor(FIVE, 5).as_dict()
    assert check_anchor(KEY, data) == _anchor(FIVE, 5)
    assert check_anchor(OTHER_KEY, data) is None
    for field, value in [("seq", 4), ("hash", "0" * 64), ("at", "t1"), ("store", "/elsewhere.db")]:
        assert check_anchor(KEY, {**data, field: value}) is None, field
    assert check_anchor(KEY, {"seq": "x"}) is None


def test_cross_check_names_each_request_decision_and_action_the_ledger_lacks():
    """Every approval needs its request entry, every decision its own decision entry (a second decision by the
    same person needs a second entry), every approved task that ran its action entry."""
    entries = [
        ("approval_requested", {"id": "ap-1"}),
        ("approval_decided", {"id": "ap-1", "approver": "alice", "verdict": "approve"}),
        ("approval_decided", {"task_id": "t", "kind": "automatic"}),
        ("action_executed", {"approval": "ap-1"}),
    ]
    problems = cross_check(
        entries,
        requests=["ap-1", "ap-2"],
        decisions=[("ap-1", "alice", "approve"), ("ap-1", "alice", "approve"), ("ap-2", "bob", "reject")],
        executed=[("ap-1", "run-a", "deploy"), ("ap-2", "run-a", "other")],
    )
    assert problems == [
        "approval ap-2 has no approval_requested entry in the ledger",
        "the decision 'approve' by alice on approval ap-1 has no approval_decided entry",
        "the decision 'reject' by bob on approval ap-2 has no approval_decided entry",
        "task other of run run-a ran its approved action (approval ap-2) but has no action_executed entry",
    ]
    assert cross_check(entries, requests=["ap-1"], decisions=[("ap-1", "alice", "approve")], executed=[]) == []
