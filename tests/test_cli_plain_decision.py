"""`approvals approve/reject` decided without pydantic (genaiops.graphs.plain_decision, through the CLI's fast
path) record and print what the typer command does, and refuse what it refuses: each case runs as a process on
two copies of one home, the fast path on one and the typer command (GENAIOPS_CLI_LITE=0) on the other, and the
exit code, the output and what the store holds after (times aside) must be the same. The policy's facts the
fast decision reads are trusted only under the home's ledger key."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from genaiops.graphs.plain_decision import PlainState, PolicyFacts, policy_facts
from genaiops.policy_cache import recall_facts
from genaiops.runtime import load_policy
from genaiops.safety.approvals import ApprovalState
from genaiops.settings import load_settings

GENAIOPS = str(Path(sys.executable).parent / "genaiops")
GATED = """
name: gated
tasks:
  - {id: first, tool: echo, args: {value: 1}}
  - {id: deploy, tool: apply_change, args: {target: 'svc@prod'}, after: [first]}
"""
# Runs the CLI in this process, then says on stderr which of pydantic and typer it imported.
WRAPPER = """
import sys
sys.argv = ["genaiops", *sys.argv[1:]]
try:
    from genaiops.cli import main
    main()
finally:
    sys.stderr.write("\\n[loaded: %s]\\n" % sorted({"pydantic", "typer"} & set(sys.modules)))
"""
SHORT = "{approvals: 1, expires_after_hours: 0.0003}"
POLICIES = {
    "drill": "allow_claimed_identities: true\n",
    "strict": "",
    "people": "people: {alice: [operator]}\n",
    "authenticated": "require_authenticated: true\n",
    "expiring": f"allow_claimed_identities: true\ntiers: {{low: {SHORT}, medium: {SHORT}, high: {SHORT}}}\n",
}


def make_home(home: Path, policy: str) -> list[str]:
    """``home`` with ``policy`` and two runs asked by bob, paused at their gate; the policy loaded twice, as
    commands do (the second time the ledger key exists, so its facts are kept). The requests' ids."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "policy.yaml").write_text(policy, encoding="utf-8")
    from genaiops.graphs import parse_scenario
    from genaiops.runtime import open_engine

    made = []
    for runs in (2, 0):
        engine = open_engine(load_settings(home=home))
        try:
            _, plan = parse_scenario(GATED, engine.registry, engine.policy)
            made += [asyncio.run(engine.start(plan, requester="bob")).pending[0].id for _ in range(runs)]
        finally:
            engine.close()
    return made


def decide(home: Path, args: list[str], **env: str) -> tuple[int, str, str, str]:
    """``genaiops approvals ARGS`` as a process on ``home``: exit code, stdout, stderr, what it loaded."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    environ |= {"GENAIOPS_HOME": str(home), "COLUMNS": "200", **env}
    done = subprocess.run([sys.executable, "-c", WRAPPER, "approvals", *args], capture_output=True, text=True,
                          env=environ)  # fmt: skip
    stderr, _, loaded = done.stderr.rpartition("\n[loaded: ")
    return done.returncode, done.stdout, stderr, loaded.strip().removesuffix("]")


STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


def stored(home: Path) -> list[list[str]]:
    """What the store holds that a decision writes (times aside; the ledger without its time-bound hashes)."""
    with closing(sqlite3.connect(home / "genaiops.db")) as db:
        queries = ["SELECT * FROM approvals", "SELECT * FROM decisions", "SELECT * FROM events", "SELECT * FROM meta",
                   "SELECT seq, kind, run_id, payload FROM ledger"]  # fmt: skip
        return [[STAMP.sub("T", repr(row)) for row in db.execute(query)] for query in queries]


def both_paths(tmp_path: Path, policy: str, args: list[str], wait: float = 0) -> tuple[tuple, tuple]:
    """``args`` (``{0}`` the first request's id) decided on two copies of one home: by the fast path, then by
    the typer command; (exit code, stdout, stderr, store after) of each, and what the fast one loaded."""
    home = tmp_path / "home"
    ids = make_home(home, policy)
    time.sleep(wait)
    args = [a.format(*ids) for a in args]
    shutil.copytree(home, tmp_path / "typer", symlinks=True)
    fast, full = decide(home, args), decide(tmp_path / "typer", args, GENAIOPS_CLI_LITE="0")
    return (*fast[:3], stored(home), fast[3]), (*full[:3], stored(tmp_path / "typer"))


@pytest.mark.parametrize("verb", ["approve", "reject"])
@pytest.mark.parametrize("extra", [[], ["--as", "alice"], ["--as", "alice", "--role", "operator"]])
def test_a_plain_decision_is_the_typer_decision_without_pydantic(tmp_path, verb, extra) -> None:
    """A decision the fast path records itself loads neither pydantic nor typer, and prints and stores what the
    typer command does; the ledger verifies after."""
    fast, full = both_paths(tmp_path, POLICIES["drill"], [verb, "{0}", "--reason", "looks fine", *extra])
    assert fast[0] == 0 and fast[4] == "[]", fast
    assert fast[:4] == full
    verified = subprocess.run([GENAIOPS, "audit", "verify"], capture_output=True, text=True,
                              env={**os.environ, "GENAIOPS_HOME": str(tmp_path / "home")})  # fmt: skip
    assert verified.returncode == 0, verified.stderr


@pytest.mark.parametrize(
    ("policy", "args", "said"),
    [
        ("drill", ["approve", "{0}", "--reason", "mine", "--as", "bob"], "cannot approve or reject it themselves"),
        ("drill", ["reject", "{0}", "--reason", "x", "--as", "alice", "--role", "admin"], "may not decide"),
        ("strict", ["approve", "{0}", "--reason", "x", "--role", "sre"], "does not hold that role"),
        ("strict", ["approve", "{0}", "--reason", "x", "--as", "alice"], "does not allow claimed identities"),
        ("people", ["approve", "{0}", "--reason", "x"], "holds no approver role"),
        ("authenticated", ["approve", "{0}", "--reason", "x"], "requires authenticated decisions"),
        ("expiring", ["approve", "{0}", "--reason", "x"], "takes no more decisions"),
        ("drill", ["approve", "ap-unknown", "--reason", "x"], "unknown approval"),
        ("drill", ["approve", "{0}", "--reason", " "], "a decision needs a reason"),
    ],
)
def test_a_refused_decision_is_refused_as_the_typer_command_refuses_it(tmp_path, policy, args, said) -> None:
    """Self-approval, a role the request does not take or the person does not hold, a claim outside a drill
    home, nobody granted a role, decisions only through the server, an expired request, an unknown id, a blank
    reason: the same message and exit code on both paths, and the same store after (an expired request closed)."""
    fast, full = both_paths(tmp_path, POLICIES[policy], args, wait=2 if policy == "expiring" else 0)
    assert fast[0] == 2 and said in fast[2], fast
    assert fast[:4] == full


def test_a_second_approval_by_the_same_person_is_noted_on_both_paths(tmp_path) -> None:
    """A tier that wants two approvers: the requester's colleague approves twice; the second approval does not
    count again, and both paths say so alike."""
    home = tmp_path / "home"
    (first,) = make_home(home, POLICIES["drill"] + "tiers:\n  medium: {approvals: 2}\n")[:1]
    assert decide(home, ["approve", first, "--reason", "one"])[0] == 0
    shutil.copytree(home, tmp_path / "typer", symlinks=True)
    fast = decide(home, ["approve", first, "--reason", "two"])
    full = decide(tmp_path / "typer", ["approve", first, "--reason", "two"], GENAIOPS_CLI_LITE="0")
    assert fast[3] == "[]" and "had already approved" in fast[1] and "(1/2)" in fast[1], fast
    assert (*fast[:3], stored(home)) == (*full[:3], stored(tmp_path / "typer"))


def test_the_policy_facts_are_the_model_s(tmp_path) -> None:
    """The facts a decision reads of the kept policy are those of the policy the model loads."""
    home = tmp_path / "home"
    make_home(home, "people: {Alice: [operator, sre], bob: [sre]}\napprover_roles: [operator, sre]\n")
    facts = PolicyFacts.read(recall_facts(home))
    policy = load_policy(load_settings(home=home))
    assert facts is not None and facts.roles_of("ALICE ") == policy.roles_of("ALICE ") == ("operator", "sre")
    assert policy_facts(facts) == policy_facts(policy)


def test_facts_kept_without_the_ledger_key_are_not_trusted(tmp_path) -> None:
    """A kept record that grants the OS user a role, edited by someone without the home's ledger key (its MAC
    no longer matches), is not read: the decision is refused, as the policy file says."""
    home = tmp_path / "home"
    (first, _) = make_home(home, POLICIES["people"])
    cache = home / "cache" / "policy-version.json"
    record = json.loads(cache.read_text(encoding="utf-8"))
    assert recall_facts(home) is not None
    record["facts"]["people"] = {}  # every local user would hold the approver roles
    cache.write_text(json.dumps(record), encoding="utf-8")
    assert recall_facts(home) is None
    done = decide(home, ["approve", first, "--reason", "x"])
    assert done[0] == 2 and "holds no approver role" in done[2], done
    with closing(sqlite3.connect(home / "genaiops.db")) as db:
        assert db.execute("SELECT count(*) FROM decisions").fetchone() == (0,)


def test_an_edited_policy_is_read_again(tmp_path) -> None:
    """After the policy file changes, the kept facts are not read (the typer command loads the policy, and the
    requests asked under the old one are stale on both paths)."""
    home = tmp_path / "home"
    (first, _) = make_home(home, POLICIES["drill"])
    (home / "policy.yaml").write_text(POLICIES["drill"] + "approver_roles: [operator, sre]\n", encoding="utf-8")
    assert recall_facts(home) is None
    shutil.copytree(home, tmp_path / "typer", symlinks=True)
    fast = decide(home, ["approve", first, "--reason", "x"])
    full = decide(tmp_path / "typer", ["approve", first, "--reason", "x"], GENAIOPS_CLI_LITE="0")
    assert fast[0] == 2 and "stale" in fast[2], fast
    assert (*fast[:3], stored(home)) == (*full[:3], stored(tmp_path / "typer"))


def test_the_plain_state_has_the_model_s_fields() -> None:
    """The state the fast decision builds has ApprovalState's fields, in its order, with its defaults, and dumps
    as the model dumps."""
    given = {"status": "pending", "approvals": 0, "required": 1, "args": {"a": [1]}, "args_hash": "h"}
    model = ApprovalState(**given)
    assert PlainState(**given).model_dump() == model.model_dump()
    assert list(PlainState(**given).model_dump()) == list(model.model_dump())
