"""The ledger proves more than naive edits: someone who can write the SQLite file but has not the key under
GENAIOPS_HOME/keys cannot rewrite it (re-chaining with recomputed hashes), cut its tail (fixing the head), wipe it,
or drop the entry of a decision without `genaiops audit verify` (run as a process) exiting 1 naming what."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from genaiops.graphs import Engine, parse_scenario
from genaiops.receiver import IdempotentReceiver
from genaiops.runtime import open_engine
from genaiops.safety import ApprovalPolicy, ToolRule
from genaiops.settings import load_settings
from genaiops.store import SCHEMA_VERSION, Store
from genaiops.tools import load_tools

GENAIOPS = Path(sys.executable).parent / "genaiops"

GATED = """
name: gated
tasks:
  - {id: deploy, tool: apply_change, args: {target: 'svc@prod', change: {version: v2}}}
  - {id: refused, tool: apply_change, args: {target: 'svc@other'}}
"""
AUTOMATIC = """
name: automatic
tasks:
  - {id: tweak, tool: apply_change, args: {target: 'svc@dev'}}
"""
AUTO_POLICY = ApprovalPolicy(tools={"apply_change": ToolRule(auto=True)})


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(home.parent), GENAIOPS_HOME=str(home), COLUMNS="250")
    return env


def genaiops(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(GENAIOPS), *args], env=_env(home), capture_output=True, text=True, timeout=300)


async def _fill(engine: Engine, auto_engine: Engine) -> None:
    """A gated run (one approval, one rejection) and an automatic one: every kind of entry the cross-check reads."""
    _, plan = parse_scenario(GATED, engine.registry, engine.policy)
    paused = await engine.start(plan, requester="bob")
    ids = {p.task_id: p.id for p in paused.pending}
    engine.decide(ids["deploy"], approver="alice", role="operator", verdict="approve", reason="CHG-7")
    engine.decide(ids["refused"], approver="alice", role="operator", verdict="reject", reason="not today")
    assert (await engine.resume(paused.run_id)).status == "rejected"
    _, plan = parse_scenario(AUTOMATIC, auto_engine.registry, auto_engine.policy)
    assert (await auto_engine.start(plan, requester="bob")).status == "succeeded"


def _build_keyed(home: Path) -> None:
    """Runs through the engines the CLI opens (the home's key signs every entry)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GENAIOPS_HOME", str(home))
        engine, auto_engine = open_engine(load_settings()), open_engine(load_settings())
        auto_engine.policy = AUTO_POLICY
        try:
            asyncio.run(_fill(engine, auto_engine))
        finally:
            engine.close()
            auto_engine.close()


def _build_unkeyed(home: Path) -> None:
    """The same runs on a store opened without a key, as a store of the previous release was written."""
    home.mkdir(parents=True)
    registry, receiver = load_tools(), IdempotentReceiver(home / "receiver.db")
    store = Store.open(f"sqlite:///{home / 'genaiops.db'}")
    resources = {"receiver": receiver}
    engine = Engine(store=store, registry=registry, resources=resources)
    auto_engine = Engine(store=store, registry=registry, policy=AUTO_POLICY, resources=resources)
    try:
        asyncio.run(_fill(engine, auto_engine))
    finally:
        store.close()
        receiver.close()


@pytest.fixture(scope="module")
def keyed(tmp_path_factory) -> Path:
    """A home whose ledger was written with its key and anchored by `genaiops audit anchor`."""
    home = tmp_path_factory.mktemp("keyed") / "home"
    _build_keyed(home)
    out = genaiops(home, "audit", "anchor")
    assert out.returncode == 0, out.stderr
    return home


@pytest.fixture(scope="module")
def unkeyed(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("unkeyed") / "home"
    _build_unkeyed(home)
    return home


def _copy(home: Path, dst: Path) -> Path:
    shutil.copytree(home, dst / "home")
    return dst / "home"


def _rows(home: Path) -> list[tuple]:
    with closing(sqlite3.connect(home / "genaiops.db")) as con:
        return con.execute("SELECT seq, at, kind, run_id, payload, prev_hash, hash FROM ledger ORDER BY seq").fetchall()


def _sql(home: Path, *statements: tuple[str, tuple]) -> None:
    with closing(sqlite3.connect(home / "genaiops.db", isolation_level=None)) as con:
        con.execute("BEGIN")
        for statement, params in statements:
            con.execute(statement, params)
        con.execute("COMMIT")


def _sha256_chain(prev: str, seq: int, at: str, kind: str, run_id: str, payload: str) -> str:
    """What an attacker recomputes: the chain's SHA-256 (its format is in the open)."""
    return hashlib.sha256("\x1f".join((prev, str(seq), at, kind, run_id, payload)).encode()).hexdigest()


def _rechain(home: Path, *, strip_macs_from: int | None = None) -> None:
    """Renumber what is left 1..N and recompute every hash and the head, as someone without the key would."""
    rows, prev, statements = _rows(home), "0" * 64, []
    statements.append(("DELETE FROM ledger", ()))
    with closing(sqlite3.connect(home / "genaiops.db")) as con:
        macs = dict(con.execute("SELECT seq, mac FROM ledger").fetchall())
    for seq, (old, at, kind, run_id, payload, _, _) in enumerate(rows, start=1):
        digest = _sha256_chain(prev, seq, at, kind, run_id, payload)
        mac = None if strip_macs_from is not None and seq >= strip_macs_from else macs[old]
        statements.append(
            ("INSERT INTO ledger VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (seq, at, kind, run_id, payload, prev, digest, mac))
        )
        prev = digest
    statements.append(("UPDATE ledger_head SET seq = ?, hash = ?", (len(rows), prev)))
    _sql(home, *statements)


def _seq_of(home: Path, kind: str, fragment: str) -> int:
    return next(r[0] for r in _rows(home) if r[2] == kind and fragment in r[4])


def _edit_verdict(home: Path) -> int:
    seq = _seq_of(home, "approval_decided", '"verdict":"reject"')
    _sql(home, ("UPDATE ledger SET payload = replace(payload, '\"reject\"', '\"approve\"') WHERE seq = ?", (seq,)))
    return seq


def _assert_broken(out: subprocess.CompletedProcess, *fragments: str) -> None:
    said = " ".join(out.stderr.split())
    assert out.returncode == 1, (out.returncode, out.stdout, out.stderr)
    assert "Traceback" not in out.stdout + out.stderr
    for fragment in fragments:
        assert fragment in said, (fragment, said)


# --- intact ------------------------------------------------------------------------------------------------------


def test_a_keyed_ledger_after_normal_runs_verifies(keyed, tmp_path):
    """After real runs and an anchor, verify exits 0: every entry authenticated, the anchor matched; the key file
    is 0600 in a 0700 folder, and the anchor is kept under keys/anchors (0600 too, no temporary file left)."""
    out = genaiops(keyed, "audit", "verify")
    assert out.returncode == 0, out.stderr
    rows = _rows(keyed)
    assert f"ledger intact: {len(rows)} entries" in out.stdout
    assert "unauthenticated" not in out.stdout and f"newest at entry #{len(rows)}" in out.stdout
    assert (keyed / "keys" / "ledger.key").stat().st_mode & 0o777 == 0o600
    assert (keyed / "keys").stat().st_mode & 0o777 == 0o700
    (kept,) = (keyed / "keys" / "anchors").glob("*.json")
    assert json.loads(kept.read_text())["seq"] == len(rows)
    assert kept.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in (keyed / "keys").rglob(".*")) == []  # the temporaries were renamed or removed


def test_anchor_out_exports_the_signed_head(keyed, tmp_path):
    """`audit anchor --out FILE` writes seq, hash, time and HMAC; `verify --anchor FILE` checks against it, and an
    edited export is refused."""
    home = _copy(keyed, tmp_path)
    exported = tmp_path / "anchor.json"
    assert genaiops(home, "audit", "anchor", "--out", str(exported)).returncode == 0
    data = json.loads(exported.read_text())
    rows = _rows(home)
    assert (data["seq"], data["hash"]) == (rows[-1][0], rows[-1][6]) and len(data["mac"]) == 64 and data["at"]
    assert genaiops(home, "audit", "verify", "--anchor", str(exported)).returncode == 0
    exported.write_text(json.dumps({**data, "seq": data["seq"] + 5}))
    _assert_broken(genaiops(home, "audit", "verify", "--anchor", str(exported)), "is not signed by the ledger key")


def test_automatic_approvals_have_both_entries_with_the_policy(keyed):
    """The automatic approval of a gated kind of call is one approval_decided and one action_executed entry, both
    naming the policy version and its full content hash."""
    entries = [(r[2], json.loads(r[4])) for r in _rows(keyed) if r[3] and '"tweak"' in r[4]]
    assert [kind for kind, _ in entries] == ["approval_decided", "action_executed"]
    content = AUTO_POLICY.model_dump(mode="json")
    del content["urgency"], content["capacity"]  # fields added later count only when set: old hashes stay valid
    dumped = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    full = hashlib.sha256(dumped.encode()).hexdigest()
    for _, payload in entries:
        assert payload["kind"] == "automatic"
        assert (payload["policy_version"], payload["policy_hash"]) == (full[:16], full)
    assert entries[1][1]["status"] == "succeeded" and entries[1][1]["approval"] is None


def test_audit_list_kind_filters_and_a_typo_says_did_you_mean(keyed, tmp_path):
    """`audit list --kind K` (repeatable) lists only those kinds; a typo exits 2 with "did you mean"; a known kind
    with no entry lists nothing; at 80 columns a payload reads as name=value fields, not JSON folded mid-word
    (qa-admin11: "who approved what" was hard to read)."""
    home = _copy(keyed, tmp_path)
    both = genaiops(home, "audit", "list", "--kind", "approval_decided", "--kind", "action_executed", "-o", "json")
    kinds = {e["kind"] for e in json.loads(both.stdout)}
    assert both.returncode == 0 and kinds == {"approval_decided", "action_executed"}, both.stdout + both.stderr
    typo = genaiops(home, "audit", "list", "--kind", "aproval_decided")
    assert typo.returncode == 2 and "did you mean 'approval_decided'" in typo.stderr, typo.stdout + typo.stderr
    none = genaiops(home, "audit", "list", "--kind", "token_revoked", "-o", "json")
    assert none.returncode == 0 and json.loads(none.stdout) == [], none.stdout + none.stderr
    narrow = subprocess.run([str(GENAIOPS), "audit", "list", "--kind", "approval_decided"], capture_output=True,
                            env=_env(home) | {"COLUMNS": "80"}, text=True, timeout=300)  # fmt: skip
    assert narrow.returncode == 0 and "approver=alice" in narrow.stdout, narrow.stdout + narrow.stderr


# --- tampering with the file ---------------------------------------------------------------------------------------


def _rechain_edited(home: Path) -> tuple[int, list[str]]:
    seq = _edit_verdict(home)
    _rechain(home)
    return seq, [f"entry #{seq}:", f"entry #{seq} (approval_decided", "was rewritten: its MAC does not match"]


def _rechain_stripped(home: Path) -> tuple[int, list[str]]:
    seq = _edit_verdict(home)
    _rechain(home, strip_macs_from=seq)
    return seq, [f"entry #{seq}:", "has no MAC although entries before it have one"]


def _rechain_everything(home: Path) -> tuple[int, list[str]]:
    _edit_verdict(home)
    _rechain(home, strip_macs_from=1)  # nothing keyed is left: only the anchor remembers
    last = len(_rows(home))
    return last, [f"entry #{last}:", f"entry #{last} does not match the anchor of", "was rewritten"]


def _truncate(home: Path) -> tuple[int, list[str]]:
    rows = _rows(home)
    keep = rows[-3]
    _sql(
        home,
        ("DELETE FROM ledger WHERE seq > ?", (keep[0],)),
        ("UPDATE ledger_head SET seq = ?, hash = ?", (keep[0], keep[6])),
    )
    last = rows[-1][0]
    return keep[0] + 1, [f"entries #{keep[0] + 1}..#{last} were removed", f"covers #{last}"]


def _wipe(home: Path) -> tuple[int, list[str]]:
    count = len(_rows(home))
    _sql(home, ("DELETE FROM ledger", ()), ("DELETE FROM ledger_head", ()))
    return 1, ["the ledger is empty but the anchor of", f"covers {count} entries: it was wiped"]


def _drop_decision(home: Path) -> tuple[int, list[str]]:
    seq = _seq_of(home, "approval_decided", '"verdict":"reject"')
    approval = json.loads(next(r[4] for r in _rows(home) if r[0] == seq))["id"]
    _sql(home, ("DELETE FROM ledger WHERE seq = ?", (seq,)))
    return seq, [
        f"entry #{seq} is missing or out of place (removed)",
        f"the decision 'reject' by alice on approval {approval} has no approval_decided entry",
    ]


TAMPERING: dict[str, Callable[[Path], tuple[int, list[str]]]] = {
    "re-chained": _rechain_edited,
    "re-chained, MACs removed": _rechain_stripped,
    "re-chained from the start, no MACs left": _rechain_everything,
    "tail cut, head fixed": _truncate,
    "wiped (ledger and head)": _wipe,
    "a decision's entry deleted": _drop_decision,
}


@pytest.mark.parametrize("tamper", TAMPERING.values(), ids=TAMPERING.keys())
def test_tampering_with_the_file_fails_verify_naming_it(keyed, tmp_path, tamper):
    """Each tampering of the SQLite file, done with sqlite3 as someone without the key would, makes
    `genaiops audit verify` exit 1 and name the entry and what happened."""
    home = _copy(keyed, tmp_path)
    seq, fragments = tamper(home)
    out = genaiops(home, "audit", "verify")
    _assert_broken(out, f"at entry #{seq}:" if "decision" not in fragments[-1] else "", *fragments)


MISSING = {
    "approval_decided": (
        '"verdict":"approve"',
        "the decision 'approve' by alice on approval {a} has no approval_decided",
    ),
    "approval_requested": ('"task_id":"deploy"', "approval {a} has no approval_requested entry"),
    "action_executed": (
        '"task_id":"deploy"',
        "task deploy of run {r} ran its approved action (approval {a}) but has no",
    ),
}


@pytest.mark.parametrize("kind", MISSING)
def test_an_entry_deleted_from_an_unkeyed_ledger_is_caught_by_the_store(unkeyed, tmp_path, kind):
    """On a ledger written before keys, deleting an entry and re-chaining passes the chain, but the cross-check
    against the store's tables names what the ledger lacks."""
    home = _copy(unkeyed, tmp_path)
    fragment, message = MISSING[kind]
    row = next(r for r in _rows(home) if r[2] == kind and fragment in r[4])
    payload = json.loads(row[4])
    approval = payload.get("id") or payload.get("approval")
    _sql(home, ("DELETE FROM ledger WHERE seq = ?", (row[0],)))
    _rechain(home)
    out = genaiops(home, "audit", "verify")
    _assert_broken(out, "missing from the ledger", message.format(a=approval, r=row[3]))
    assert "ledger broken" not in out.stderr  # the chain itself was made to hold


# --- the key file --------------------------------------------------------------------------------------------------


def test_a_missing_key_file_is_a_clear_error(keyed, tmp_path):
    """Without keys/ledger.key, verify cannot check MACs and says so (exit 2, one line, how to fix)."""
    home = _copy(keyed, tmp_path)
    (home / "keys" / "ledger.key").unlink()
    out = genaiops(home, "audit", "verify")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    line = out.stderr.strip()
    assert len(line.splitlines()) == 1 and "ledger key" in line and "is missing" in line and "restore it" in line


def test_another_homes_key_is_named_as_the_likely_cause(keyed, tmp_path):
    """With a valid key that is not this ledger's, verify exits 1 saying no MAC matches the key."""
    home = _copy(keyed, tmp_path)
    (home / "keys" / "ledger.key").write_text("ab" * 32 + "\n")
    _assert_broken(genaiops(home, "audit", "verify"), "no entry's MAC matches the ledger key", "not this ledger's")


@pytest.mark.parametrize(
    ("content", "mode", "fragment"),
    [
        pytest.param("not a key\n", 0o600, "is not a genaiops ledger key", id="malformed"),
        pytest.param(None, 0o644, "can be read by other users (mode 644); run `chmod 600", id="readable-by-others"),
    ],
)
def test_a_bad_key_file_is_a_clear_error(keyed, tmp_path, content, mode, fragment):
    """A key file that is not a key, or that others can read, stops verify and writing commands with one line."""
    home = _copy(keyed, tmp_path)
    key = home / "keys" / "ledger.key"
    if content is not None:
        key.write_text(content)
    key.chmod(mode)
    for args in (["audit", "verify"], ["resume", "run-nope"]):
        out = genaiops(home, *args)
        assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
        assert fragment in " ".join(out.stderr.split()), out.stderr


# --- a store of the previous release -------------------------------------------------------------------------------


def test_a_schema_4_store_opens_and_its_old_entries_read_as_unauthenticated(unkeyed, tmp_path):
    """A store of schema 4 (no MAC column) still opens: verify reads it as is (all entries written before keys);
    a writing command migrates it; new entries are authenticated and the whole verifies."""
    home = _copy(unkeyed, tmp_path)
    _sql(home, ("ALTER TABLE ledger DROP COLUMN mac", ()), ("UPDATE meta SET value = '4' WHERE key = 'schema'", ()))
    old = len(_rows(home))
    out = genaiops(home, "audit", "verify")
    assert out.returncode == 0, out.stderr
    assert f"{old} unauthenticated (written before keys)" in " ".join(out.stdout.split())

    _build_keyed(home)  # the engines the CLI opens: they migrate the store and sign what they append
    with closing(sqlite3.connect(home / "genaiops.db")) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (str(SCHEMA_VERSION),)
        macs = [m for (m,) in con.execute("SELECT mac FROM ledger ORDER BY seq")]
    assert macs[:old] == [None] * old and all(macs[old:]) and len(macs) > old
    out = genaiops(home, "audit", "verify")
    assert out.returncode == 0, out.stderr
    assert f"ledger intact: {len(macs)} entries" in out.stdout
    assert f"{old} unauthenticated (written before keys)" in " ".join(out.stdout.split())


def test_an_approved_action_refused_before_it_ran_is_no_missing_entry(drill_home):
    """The README's flow on the drill: `run` pauses at the roll-back gate, another person approves, `resume` in a
    new process whose simulated estate starts healthy — here because the drill's output was recorded by an earlier
    genaiops, without what re-creates its fault (tests/test_drill_resume.py has the ordinary case) — and the task
    fails on its arguments before any attempt (nothing to roll back). Nothing acted, so `audit verify` must not
    report a missing action_executed entry (it did: the cross-check counted every failed task as one that ran)."""
    home = drill_home
    scenario = Path(__file__).resolve().parents[1] / "scenarios" / "incident_response.yaml"
    paused = genaiops(home, "run", str(scenario), "--as", "bob")
    assert paused.returncode == 3, paused.stdout + paused.stderr
    with closing(sqlite3.connect(home / "genaiops.db")) as con, con:
        (stored,) = con.execute("SELECT result FROM events WHERE task_id = 'drill' AND result IS NOT NULL").fetchone()
        earlier = {k: v for k, v in json.loads(stored).items() if k not in ("severity", "duration_minutes")}
        con.execute(
            "UPDATE events SET result = ? WHERE task_id = 'drill' AND result IS NOT NULL", (json.dumps(earlier),)
        )
    (row,) = json.loads(genaiops(home, "approvals", "list", "--output", "json").stdout)
    decided = genaiops(home, "approvals", "approve", row["approval_id"], "--as", "alice", "--role", "operator",
                       "--reason", "drill")  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    resumed = genaiops(home, "resume", row["run_id"])
    assert resumed.returncode == 1 and "has no previous version" in resumed.stdout, resumed.stdout + resumed.stderr
    events = " ".join(genaiops(home, "runs", "show", row["run_id"], "--events").stdout.split())
    assert "effect_not_restored" in events and "recorded by an earlier genaiops" in events
    verified = genaiops(home, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "ledger intact" in verified.stdout


@pytest.mark.parametrize("lite", ["1", "0"], ids=["fast-path", "typer"])
def test_an_unknown_run_filter_exits_2_and_a_run_with_nothing_lists_nothing(keyed, tmp_path, lite):
    """`audit list --run` and `approvals list --run` with a run the home does not have exit 2 naming it and how to
    list runs (they answered an empty list, exit 0); a run with no entries or requests is an empty answer, exit 0."""
    home = _copy(keyed, tmp_path)
    spec = tmp_path / "plain.yaml"
    spec.write_text("name: plain\ntasks:\n  - {id: a, tool: echo, args: {value: 1}}\n", encoding="utf-8")
    ran = genaiops(home, "run", str(spec))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    run_id = json.loads(genaiops(home, "runs", "list", "--output", "json").stdout)[0]["run_id"]

    def listed(*args: str) -> subprocess.CompletedProcess:
        env = _env(home) | {"GENAIOPS_CLI_LITE": lite}
        return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=300)

    for command in (["audit", "list"], ["approvals", "list", "--all"]):
        unknown = listed(*command, "--run", "run-nope", "--output", "json")
        assert unknown.returncode == 2 and unknown.stdout == "", unknown.stdout + unknown.stderr
        assert "unknown run 'run-nope'" in unknown.stderr and "genaiops runs list" in unknown.stderr
        empty = listed(*command, "--run", run_id, "--output", "json")
        assert empty.returncode == 0 and json.loads(empty.stdout) == [], empty.stdout + empty.stderr


def test_an_entry_signed_with_another_homes_key_is_refused_before_it_is_written(drill_home, tmp_path):
    """A decision made with another key than the one the ledger's entries name (a second machine that had a key
    of its own): refused, exit 2, naming both key ids and keys/ledger.key, nothing recorded, and `audit verify`
    stays clean (before, the entry was written and verify reported it "rewritten" for good)."""
    scenario = tmp_path / "gated.yaml"
    scenario.write_text(GATED, encoding="utf-8")
    env = _env(drill_home) | {"GENAIOPS_USER": "bob"}
    ran = subprocess.run([str(GENAIOPS), "run", str(scenario)], env=env, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 3, ran.stdout + ran.stderr
    key = drill_home / "keys" / "ledger.key"
    ours = key.read_text()
    key.write_text("ab" * 32 + "\n")  # the other machine's key, for one decision
    listed = json.loads(genaiops(drill_home, "approvals", "list", "-o", "json").stdout)
    approval = next(a["approval_id"] for a in listed if a["task_id"] == "deploy")
    decided = genaiops(drill_home, "approvals", "approve", approval, "--as", "alice", "--reason", "CHG-1")
    said = " ".join(decided.stderr.split())
    assert decided.returncode == 2 and "Traceback" not in said, decided.stdout + decided.stderr
    assert "nothing was written" in said and "keys/ledger.key" in said and _key_id(ours.strip()) in said, said
    key.write_text(ours)
    pending = json.loads(genaiops(drill_home, "approvals", "list", "-o", "json").stdout)
    assert any(a["approval_id"] == approval for a in pending)
    verified = genaiops(drill_home, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


# --- rotating the key ----------------------------------------------------------------------------------------------


def _key_id(key_hex: str) -> str:
    return hashlib.sha256(b"genaiops-ledger-key-id\x1f" + bytes.fromhex(key_hex)).hexdigest()[:16]


def _resign(home: Path, key_hex: str, start: int, end: int) -> None:
    """Recompute hashes and MACs of entries start..end under ``key_hex`` (a leaked key), as its holder would."""
    rows = {r[0]: r for r in _rows(home)}
    prev, statements = rows[start][5], []
    key = bytes.fromhex(key_hex)
    for seq in range(start, end + 1):
        _, at, kind, run_id, payload, _, _ = rows[seq]
        digest = _sha256_chain(prev, seq, at, kind, run_id, payload)
        mac = hmac.new(key, b"genaiops-ledger-entry\x1f" + digest.encode(), hashlib.sha256).hexdigest()
        statements.append((
            "UPDATE ledger SET prev_hash = ?, hash = ?, mac = ? WHERE seq = ?",
            (prev, digest, f"{_key_id(key_hex)}:{mac}", seq),
        ))  # fmt: skip
        prev = digest
    if end == max(rows):
        statements.append(("UPDATE ledger_head SET hash = ?", (prev,)))
    _sql(home, *statements)


def test_rotate_key_signs_with_a_new_key_and_the_ledger_verifies_across_it(keyed, tmp_path):
    """`audit rotate-key`: a new key signs from then on, the rotation is a ledger entry naming both keys by id,
    the old key is kept under keys/retired (0600) and never written into the store, and `audit verify` passes
    across the rotation — with the retired key, and in a home given only the new key."""
    home = _copy(keyed, tmp_path)
    old = (home / "keys" / "ledger.key").read_text().strip()
    out = genaiops(home, "audit", "rotate-key", "--reason", "yearly rotation")
    assert out.returncode == 0, out.stdout + out.stderr
    new = (home / "keys" / "ledger.key").read_text().strip()
    said = " ".join(out.stdout.split())
    assert new != old and len(new) == 64 and f"key {_key_id(old)} for key {_key_id(new)}" in said
    retired = home / "keys" / "retired" / f"{_key_id(old)}.key"
    assert retired.read_text().strip() == old and (retired.stat().st_mode & 0o777) == 0o600
    entries = json.loads(genaiops(home, "audit", "list", "-o", "json").stdout)
    rotation = entries[-1]
    assert rotation["kind"] == "ledger_key_rotated" and rotation["authenticated"]
    assert rotation["payload"] | {"by": "x"} == {
        "retired_key": _key_id(old), "key": _key_id(new), "by": "x", "reason": "yearly rotation"
    }  # fmt: skip
    scenario = tmp_path / "gated.yaml"
    scenario.write_text(GATED, encoding="utf-8")
    ran = genaiops(home, "run", str(scenario))
    assert ran.returncode == 3, ran.stdout + ran.stderr
    with closing(sqlite3.connect(home / "genaiops.db")) as con:
        macs = [m for (m,) in con.execute("SELECT mac FROM ledger WHERE seq > ?", (rotation["seq"],))]
    assert macs and all(m.startswith(_key_id(new) + ":") for m in macs)
    for folder in (home, home.parent):  # nothing of the old key in the store's files
        for path in folder.glob("genaiops.db*"):
            assert old.encode() not in path.read_bytes() and bytes.fromhex(old) not in path.read_bytes()
    verified = genaiops(home, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    given_new_key_only = _copy(home, tmp_path / "other")
    shutil.rmtree(given_new_key_only / "keys" / "retired")
    shutil.rmtree(given_new_key_only / "keys" / "anchors")  # its own anchors, signed with the new key, stay valid
    verified = genaiops(given_new_key_only, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert genaiops(home, "audit", "anchor").returncode == 0
    # an edit on either side of the rotation fails verify, naming the entry
    for side in ("before", "after"):
        copy = _copy(home, tmp_path / side)
        seq = rotation["seq"] - 1 if side == "before" else rotation["seq"] + 1
        _sql(copy, ("UPDATE ledger SET payload = ? WHERE seq = ?", ('{"forged":true}', seq)))
        out = genaiops(copy, "audit", "verify")
        assert out.returncode == 1 and "ledger broken" in out.stderr, (side, out.stdout, out.stderr)
    # whoever holds the leaked old key can neither rewrite what came before the rotation nor sign after it
    before = _copy(home, tmp_path / "leaked-before")
    target = rotation["seq"] - 1
    _sql(before, ("UPDATE ledger SET payload = ? WHERE seq = ?", ('{"forged":true}', target)))
    _resign(before, old, target, rotation["seq"])
    _assert_broken(genaiops(before, "audit", "verify"), f"at entry #{rotation['seq']}:")
    after = _copy(home, tmp_path / "leaked-after")
    last = len(_rows(after))
    _resign(after, old, last, last)
    _assert_broken(genaiops(after, "audit", "verify"), f"at entry #{last}:", f"retired at entry #{rotation['seq']}")


_ROTATE_THEN_DIE = """
import os, sys
import genaiops.cli.key_rotation as rotation

point = sys.argv.pop(1)
if point == "staged":  # the new key is written beside the old one, the rotation entry not yet committed
    stage = rotation._stage
    rotation._stage = lambda home, key: (stage(home, key), os._exit(137))
else:  # the rotation entry committed, the new key not yet moved in
    rotation._promote = lambda *args: os._exit(137)
from genaiops.cli import main

sys.argv[0] = "genaiops"
main()
"""


def _rotate_and_die(home: Path, point: str) -> None:
    """`genaiops audit rotate-key` as its own process, killed (exit 137, nothing cleaned up) at ``point``."""
    died = subprocess.run(
        [sys.executable, "-c", _ROTATE_THEN_DIE, point, "audit", "rotate-key"],
        env=_env(home), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert died.returncode == 137, died.stdout + died.stderr
    assert (home / "keys" / "ledger.key.next").exists()


def test_a_rotation_killed_after_its_entry_committed_is_finished_by_the_next_command(keyed, tmp_path):
    """rotate-key killed between committing its ledger entry and moving keys/ledger.key.next in: the next command
    that opens the ledger (`audit verify`) says in one line that it finished the rotation, the new key becomes
    keys/ledger.key, the old one is in keys/retired, the ledger verifies, and a later run signs with the new key."""
    home = _copy(keyed, tmp_path)
    old = (home / "keys" / "ledger.key").read_text().strip()
    _rotate_and_die(home, "committed")
    staged = (home / "keys" / "ledger.key.next").read_text().strip()
    assert (home / "keys" / "ledger.key").read_text().strip() == old
    verified = genaiops(home, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    said = [line for line in verified.stderr.splitlines() if "rotate-key" in line]
    assert len(said) == 1 and "finished an interrupted" in said[0] and _key_id(staged) in said[0], verified.stderr
    assert (home / "keys" / "ledger.key").read_text().strip() == staged
    assert not (home / "keys" / "ledger.key.next").exists()
    assert (home / "keys" / "retired" / f"{_key_id(old)}.key").read_text().strip() == old
    scenario = tmp_path / "gated.yaml"
    scenario.write_text(GATED, encoding="utf-8")
    ran = genaiops(home, "run", str(scenario))
    assert ran.returncode == 3 and "rotate-key" not in ran.stderr, ran.stdout + ran.stderr
    with closing(sqlite3.connect(home / "genaiops.db")) as con:
        (mac,) = con.execute("SELECT mac FROM ledger ORDER BY seq DESC LIMIT 1").fetchone()
    assert mac.startswith(_key_id(staged) + ":")
    verified = genaiops(home, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_rotation_killed_before_its_entry_committed_is_discarded_by_the_next_rotate_key(keyed, tmp_path):
    """rotate-key killed after staging keys/ledger.key.next, before its entry committed: the next `audit
    rotate-key` says in one line that it discarded the staged key (no entry is signed with it), the old key still
    signs until the new rotation, which then completes, and the ledger verifies."""
    home = _copy(keyed, tmp_path)
    old = (home / "keys" / "ledger.key").read_text().strip()
    entries = len(_rows(home))
    _rotate_and_die(home, "staged")
    staged = (home / "keys" / "ledger.key.next").read_text().strip()
    assert len(_rows(home)) == entries  # nothing committed
    rotated = genaiops(home, "audit", "rotate-key", "--reason", "again")
    assert rotated.returncode == 0, rotated.stdout + rotated.stderr
    said = [line for line in rotated.stderr.splitlines() if "rotate-key" in line]
    assert len(said) == 1 and "never committed" in said[0] and _key_id(staged) in said[0], rotated.stderr
    new = (home / "keys" / "ledger.key").read_text().strip()
    assert new not in (old, staged) and not (home / "keys" / "ledger.key.next").exists()
    assert f"key {_key_id(old)} for key {_key_id(new)}" in " ".join(rotated.stdout.split())
    verified = genaiops(home, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_rotate_key_help_says_to_upgrade_every_machine_sharing_the_store_first(tmp_path):
    """`genaiops audit rotate-key --help` (its own process) tells the operator to upgrade every machine that shares
    the store before rotating, since an older genaiops reads `<key id>:<hmac>` MACs as rewritten and the store
    records no versions to check; the README's upgrade notes say the same."""
    shown = genaiops(tmp_path / "home", "audit", "rotate-key", "--help")
    said = " ".join(shown.stdout.replace("│", " ").split())
    assert shown.returncode == 0 and "Upgrade every machine that shares the store before rotating" in said, said
    assert "older genaiops reads MACs that name their key as rewritten" in said, said
    readme = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert "**Upgrading machines that share a store.** Upgrade them all" in readme


def test_audit_list_reads_the_entries_of_a_period_with_since_and_until(keyed, tmp_path):
    """An admin reading one week of the ledger: `audit list --since T --until T` keeps the entries at or after
    --since and before --until (a date is its 00:00 UTC), whatever --limit would cut from a longer ledger; a value
    that is no date exits 2 naming the option and the form (there was no way but the newest --limit entries and
    jq: qa-admin11)."""
    from datetime import datetime, timedelta

    home = _copy(keyed, tmp_path)
    every = json.loads(genaiops(home, "audit", "list", "-o", "json").stdout)
    assert len(every) > 3
    third = every[2]["at"]
    after = json.loads(genaiops(home, "audit", "list", "-o", "json", "--since", third).stdout)

    def at(text: str) -> datetime:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))

    assert [e["seq"] for e in after] == [e["seq"] for e in every if at(e["at"]) >= at(third)]
    before = json.loads(genaiops(home, "audit", "list", "-o", "json", "--until", third).stdout)
    assert [e["seq"] for e in before] == [e["seq"] for e in every if at(e["at"]) < at(third)]
    day = at(third).date()
    week = genaiops(home, "audit", "list", "-o", "json", "--since", str(day - timedelta(days=3)),
                    "--until", str(day + timedelta(days=4)), "--limit", "1")  # fmt: skip
    assert [e["seq"] for e in json.loads(week.stdout)] == [every[-1]["seq"]], week.stderr
    later = genaiops(home, "audit", "list", "-o", "json", "--since", str(day + timedelta(days=1)))
    assert later.returncode == 0 and json.loads(later.stdout) == []
    bad = genaiops(home, "audit", "list", "--since", "last-week")
    assert bad.returncode == 2 and "--since" in bad.stderr and "2026-" in bad.stderr, bad.stderr


def test_a_home_backed_up_and_restored_as_the_readme_says_verifies_and_names_what_it_lost(keyed, tmp_path):
    """The README's backup (writers stopped, the whole home copied with its keys/) restores to a home whose
    `audit verify` is intact and whose accounts are the backup's; checked against an anchor exported after the
    backup (`audit anchor --out`), verify exits 1 saying the entries since were cut, so a restore that lost
    changes does not pass unseen (no backup was documented: qa-admin11)."""
    home = _copy(keyed, tmp_path)
    assert genaiops(home, "users", "add", "alice", "--role", "operator", "--no-password").returncode == 0
    backup = tmp_path / "backup"
    shutil.copytree(home, backup, symlinks=True)
    assert genaiops(home, "users", "add", "bob", "--role", "operator", "--no-password").returncode == 0
    later = tmp_path / "head-later.json"
    assert genaiops(home, "audit", "anchor", "--out", str(later)).returncode == 0
    shutil.rmtree(home)
    shutil.copytree(backup, home, symlinks=True)
    verified = genaiops(home, "audit", "verify")
    assert verified.returncode == 0 and "ledger intact" in verified.stdout, verified.stdout + verified.stderr
    names = [a["name"] for a in json.loads(genaiops(home, "users", "list", "-o", "json").stdout)]
    assert names == ["alice"]
    lost = genaiops(home, "audit", "verify", "--anchor", str(later))
    assert lost.returncode == 1 and "removed" in (lost.stdout + lost.stderr), lost.stdout + lost.stderr
