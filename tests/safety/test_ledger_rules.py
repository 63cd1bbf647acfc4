"""The ledger format on hand-built chains: which edits are caught, which entry the report names and what it says
was found there (safety/ledger.py's docstring). test_ledger.py does the same on ledgers built by real runs."""

from __future__ import annotations

import dataclasses

import pytest

from genaiops.safety import GENESIS, entry_hash, verify_ledger
from genaiops.safety.ledger import describe
from genaiops.store import LedgerRow


def chain(n: int = 5) -> list[LedgerRow]:
    """n entries, each of kind k<seq> in run r<seq> at t<seq>, properly linked."""
    rows, prev = [], GENESIS
    for seq in range(1, n + 1):
        fields = (f"t{seq}", f"k{seq}", f"r{seq}", f'{{"n":{seq}}}')
        digest = entry_hash(prev, seq, *fields)
        rows.append(LedgerRow(seq, *fields, prev, digest))
        prev = digest
    return rows


def head(rows: list[LedgerRow]) -> tuple[int, str]:
    return rows[-1].seq, rows[-1].hash


def test_an_intact_chain_reports_its_size_and_head():
    """An intact chain is ok, with its entry count and the last entry's hash as head."""
    rows = chain()
    report = verify_ledger(rows, head(rows))
    assert (report.ok, report.entries, report.head, report.problem, report.bad_seq) == (
        True,
        5,
        rows[-1].hash,
        "",
        None,
    )


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param({"kind": "k", "run_id": "3r3"}, id="kind-into-run"),
        pytest.param({"at": "t3k", "kind": "3"}, id="time-into-kind"),
        pytest.param({"run_id": "r", "payload": '3{"n":3}'}, id="run-into-payload"),
    ],
)
def test_moving_text_from_one_field_to_the_next_is_caught(edit):
    """Shifting the boundary between two fields (the same characters in the same order) is an edit the hash
    catches: each field is hashed as itself, not as part of one long string."""
    rows = chain()
    rows[2] = dataclasses.replace(rows[2], **edit)
    report = verify_ledger(rows, head(rows))
    assert (report.ok, report.bad_seq) == (False, 3) and "was edited" in report.problem


def test_a_duplicated_entry_is_named_with_what_was_found_in_its_place():
    """An entry repeated in the chain is reported at the place of the repeat, as reordered or duplicated, naming
    the entry found there."""
    rows = chain()
    rows.insert(2, rows[1])
    report = verify_ledger(rows, head(rows))
    assert (report.ok, report.bad_seq) == (False, 3)
    assert report.problem == (
        "entry #3 is missing or out of place (reordered or duplicated): found entry #2 (k2, run r2, t2) in its place"
    )


def test_a_removed_entry_is_named_with_what_was_found_in_its_place():
    """A removed entry is reported as missing (removed), naming the entry found in its place."""
    rows = chain()
    del rows[3]
    report = verify_ledger(rows, (5, rows[-1].hash))
    assert (
        report.problem == "entry #4 is missing or out of place (removed): found entry #5 (k5, run r5, t5) in its place"
    )
    assert (report.ok, report.bad_seq, report.entries, report.head) == (False, 4, 4, "")


@pytest.mark.parametrize(
    ("recorded", "bad_seq", "problem"),
    [
        pytest.param((4, "x"), 4, "the recorded head (entry #4) does not match the chain", id="head-behind"),
        pytest.param((5, "x"), 5, "the recorded head (entry #5) does not match the chain", id="head-hash"),
        pytest.param((7, "x"), 6, "entries #6..#7 were removed from the end", id="tail-cut"),
    ],
)
def test_a_head_that_does_not_match_names_the_entry(recorded, bad_seq, problem):
    """A recorded head behind the chain or with another hash names the head's entry; one ahead of it names the
    first entry cut off the end."""
    report = verify_ledger(chain(), recorded)
    assert (report.ok, report.bad_seq, report.problem) == (False, bad_seq, problem)


def test_a_missing_head_is_caught_unless_the_ledger_is_empty():
    """Entries without a head record are reported at the last entry; no entries and no head is intact."""
    report = verify_ledger(chain(3), None)
    assert (report.ok, report.bad_seq, report.problem) == (False, 3, "the ledger head record is missing")
    assert verify_ledger([], None).ok


def test_an_entry_without_a_run_is_described_with_a_dash():
    """An entry of no run (a policy change, say) is described with `run -`."""
    row = dataclasses.replace(chain(1)[0], run_id="")
    assert describe(row) == "entry #1 (k1, run -, t1)"


def test_a_report_is_an_immutable_value():
    """A verification report cannot be changed after the fact."""
    report = verify_ledger(chain(), None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.ok = True  # type: ignore[misc]
