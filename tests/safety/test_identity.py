"""Who decides: names are normalised (one person, one name), the OS user is the identity, a claim is refused
unless the policy allows it, roles come from the policy; the engine counts one person once."""

from __future__ import annotations

import os
import pwd
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from genaiops.clock import FakeClock
from genaiops.errors import DecisionError, IdentityError, SpecError
from genaiops.graphs import Engine, GraphSpec, TaskSpec
from genaiops.identity import Identity, choose_role, normalize_name, os_user, resolve_identity
from genaiops.receiver import IdempotentReceiver
from genaiops.safety import ApprovalPolicy, parse_policy
from genaiops.store import Store
from genaiops.tools import load_tools

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.'", min_size=1, max_size=12)
SPACE = st.sampled_from([" ", "  ", "\t", " \t ", "\u00a0"])  # NBSP is whitespace too


# --- normalisation -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("alice", "alice"),
        ("Alice", "alice"),
        ("alice ", "alice"),
        ("  ALICE\t", "alice"),
        ("Alice   Smith", "alice smith"),
        ("alice\u00a0smith", "alice smith"),
        ("ＡＬＩＣＥ", "alice"),  # full-width letters are the same letters
        ("Straße", "strasse"),
    ],
)
def test_names_are_normalised_to_one_spelling(typed, name):
    """Case, surrounding and repeated inner whitespace, and compatibility forms do not make another person."""
    assert normalize_name(typed) == name


@pytest.mark.parametrize("blank", ["", " ", "\t\n", "\u00a0 "])
def test_a_blank_name_is_refused(blank):
    """A name made of nothing but whitespace names nobody: IdentityError saying it is blank."""
    with pytest.raises(IdentityError, match="blank"):
        normalize_name(blank, "approver")


@given(st.lists(WORD, min_size=1, max_size=4), st.lists(SPACE, min_size=5, max_size=5), st.booleans())
def test_case_and_spacing_variants_of_a_name_are_one_name(words, spaces, upper):
    """Any re-casing and re-spacing of the same words normalises to the words, lower-case, single-spaced."""
    typed = spaces[0] + spaces[1].join(w.upper() if upper else w.title() for w in words) + spaces[2]
    assert normalize_name(typed) == " ".join(words)


@given(st.text(max_size=30))
def test_normalising_twice_changes_nothing(text):
    """A normalised name is its own normal form (or the text was blank, and both refuse)."""
    try:
        once = normalize_name(text)
    except IdentityError:
        assert text.split() == []  # only a blank text is refused
        return
    assert normalize_name(once) == once and once == once.strip() and "  " not in once


# --- who acts ----------------------------------------------------------------------------------------------------


def test_the_os_user_is_the_effective_uid_and_not_the_user_variable(monkeypatch):
    """The local identity comes from the process's uid; $USER and $LOGNAME, which anyone sets, are ignored."""
    monkeypatch.setenv("USER", "mallory")
    monkeypatch.setenv("LOGNAME", "mallory")
    assert os_user() == normalize_name(pwd.getpwuid(os.geteuid()).pw_name)


def test_without_a_claim_the_os_user_acts_locally():
    """No --as, no GENAIOPS_USER: the OS user, identified as local."""
    assert resolve_identity(None, None, allow_claimed=False) == Identity(os_user(), "local")


@pytest.mark.parametrize(("as_", "env", "where"), [("alice", None, "--as"), (None, "alice", "GENAIOPS_USER")])
def test_a_claim_is_refused_unless_the_policy_allows_it(as_, env, where):
    """--as and GENAIOPS_USER are claims: refused, naming where the claim came from and the drill-home setting."""
    with pytest.raises(IdentityError) as refused:
        resolve_identity(as_, env, allow_claimed=False)
    message = str(refused.value)
    assert where in message and "allow_claimed_identities: true" in message and os_user() in message


def test_an_allowed_claim_is_recorded_as_claimed_and_normalised():
    """In a drill home the claimed name acts, normalised; --as wins over GENAIOPS_USER."""
    assert resolve_identity(" Alice ", "bob", allow_claimed=True) == Identity("alice", "claimed")
    assert resolve_identity(None, "BOB", allow_claimed=True) == Identity("bob", "claimed")


def test_claiming_to_be_the_os_user_is_no_claim():
    """--as naming the OS user itself (any spelling) is the local identity, allowed everywhere."""
    assert resolve_identity(os_user().upper(), None, allow_claimed=False) == Identity(os_user(), "local")


LOCAL, CLAIMED = Identity("dana", "local"), Identity("dana", "claimed")


@pytest.mark.parametrize(
    ("who", "role", "held", "wanted", "allow", "expected"),
    [
        (LOCAL, None, ("operator",), ("operator",), False, ("operator", "local")),
        (LOCAL, None, ("operator", "sre_oncall"), ("sre_oncall",), False, ("sre_oncall", "local")),
        (LOCAL, None, ("viewer",), ("operator",), False, ("viewer", "local")),  # the gate then names the roles
        (LOCAL, "sre_oncall", ("operator", "sre_oncall"), ("operator",), False, ("sre_oncall", "local")),
        (LOCAL, "lead", ("operator",), ("lead",), True, ("lead", "claimed")),  # an ungranted role is a claim
        (CLAIMED, "lead", ("operator",), ("lead",), True, ("lead", "claimed")),
        (CLAIMED, None, ("operator",), ("operator",), True, ("operator", "claimed")),
    ],
)
def test_choose_role_picks_a_held_role_or_records_a_claim(who, role, held, wanted, allow, expected):
    """Without --role: the first held role the request accepts; a --role not held is a claim."""
    assert choose_role(who, role, held=held, wanted=wanted, allow_claimed=allow) == expected


def test_a_role_not_held_is_refused_outside_drill_homes():
    """--role naming a role the policy does not grant is refused, saying roles come from `people:`."""
    with pytest.raises(IdentityError, match="does not hold that role.*people:"):
        choose_role(LOCAL, "lead", held=("operator",), wanted=("lead",), allow_claimed=False)


def test_holding_no_role_is_refused_with_the_policy_fix():
    """A person the policy lists nobody for cannot decide; the message shows the `people:` entry to add."""
    with pytest.raises(IdentityError, match=r"holds no approver role.*people: \{dana: \[operator\]\}"):
        choose_role(LOCAL, None, held=(), wanted=("operator",), allow_claimed=False)


# --- roles granted by the policy -----------------------------------------------------------------------------------


def test_with_nobody_listed_a_local_user_holds_the_approver_roles():
    """An empty `people:` gives everyone the policy's approver roles, and nothing more."""
    policy = parse_policy("approver_roles: [operator, lead]\n")
    assert policy.roles_of("anyone") == ("operator", "lead")


def test_people_grant_roles_by_normalised_name():
    """`people:` keys are normalised; a listed person holds their roles, an unlisted one holds none."""
    policy = parse_policy("people:\n  ' Alice ': [operator, sre_oncall]\n  bob: [operator]\n")
    assert policy.roles_of("ALICE") == ("operator", "sre_oncall")
    assert policy.roles_of("bob") == ("operator",)
    assert policy.roles_of("carol") == ()


def test_a_person_listed_twice_is_a_policy_error():
    """`alice` and `Alice` in `people:` are one person: the policy file is refused naming the field."""
    with pytest.raises(SpecError, match="people.*listed twice"):
        parse_policy("people:\n  alice: [operator]\n  Alice: [lead]\n")


# --- the engine counts people, not spellings ---------------------------------------------------------------------

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture
def engine():
    store, receiver = Store.open(":memory:"), IdempotentReceiver()
    yield Engine(store, load_tools(), clock=FakeClock(T0), resources={"receiver": receiver})
    store.close()
    receiver.close()


async def _high_risk_request(engine: Engine, requester: str = "Bob"):
    task = TaskSpec(id="d", tool="apply_change", args={"target": "svc@prod"}, risk="high")
    result = await engine.start(GraphSpec(name="g", tasks=[task]), requester=requester)
    (request,) = result.pending
    assert request.required == 2
    return result, request


async def test_alice_and_alice_with_a_space_are_one_approver(engine):
    """`Alice` then `alice ` is one approval of two (the second says it did not count); `carol` completes it."""
    result, request = await _high_risk_request(engine)
    first = engine.decide(request.id, approver="Alice", role="operator", verdict="approve", reason="ok")
    again = engine.decide(request.id, approver="alice ", role="operator", verdict="approve", reason="ok!")
    assert (first.status, first.approvals) == ("pending", 1)
    assert (again.status, again.approvals) == ("pending", 1)
    assert any("did not count again" in note for note in again.notes)
    done = engine.decide(request.id, approver="Carol", role="operator", verdict="approve", reason="ok")
    assert (done.status, done.approvals) == ("approved", 2)
    assert [d["approver"] for d in engine.store.decisions(request.id)] == ["alice", "alice", "carol"]
    assert (await engine.resume(result.run_id)).tasks == {"d": "succeeded"}


@pytest.mark.parametrize("spelling", ["bob", "BOB", " bob\t"])
async def test_the_requester_cannot_approve_under_another_spelling(engine, spelling):
    """The self-approval check compares normalised names; the message points to another person, not `--as`."""
    _, request = await _high_risk_request(engine, requester="Bob")
    with pytest.raises(DecisionError, match="cannot approve or reject it themselves") as refused:
        engine.decide(request.id, approver=spelling, role="operator", verdict="approve", reason="mine")
    assert "--as" not in str(refused.value)
    assert engine.store.decisions(request.id) == []


async def test_a_blank_approver_is_refused_and_nothing_recorded(engine):
    """An approver name of spaces is an IdentityError; no decision or ledger entry is written."""
    _, request = await _high_risk_request(engine)
    ledger = len(engine.store.ledger())
    with pytest.raises(IdentityError, match="blank"):
        engine.decide(request.id, approver="  ", role="operator", verdict="approve", reason="ok")
    assert engine.store.decisions(request.id) == [] and len(engine.store.ledger()) == ledger


async def test_a_claimed_decision_is_refused_by_a_policy_without_claims(engine):
    """Even through the engine, a decision marked claimed needs allow_claimed_identities; nothing is recorded."""
    _, request = await _high_risk_request(engine)
    with pytest.raises(IdentityError, match="does not allow claimed identities"):
        engine.decide(
            request.id, approver="alice", role="operator", verdict="approve", reason="ok", identified_by="claimed"
        )
    assert engine.store.decisions(request.id) == []


async def test_a_claimed_decision_in_a_drill_home_is_recorded_as_claimed(engine):
    """With allow_claimed_identities the decision counts and its record says claimed (decision and ledger)."""
    engine.policy = ApprovalPolicy(allow_claimed_identities=True)
    _, request = await _high_risk_request(engine)
    state = engine.decide(
        request.id, approver="alice", role="operator", verdict="approve", reason="ok", identified_by="claimed"
    )
    assert state.approvals == 1
    assert engine.store.decisions(request.id)[0]["identified_by"] == "claimed"
    decided = [e for e in engine.store.ledger() if e.kind == "approval_decided"]
    assert '"identified_by":"claimed"' in decided[-1].payload
