"""The audit-ledger format: an append-only, hash-chained list of entries. Pure: the store keeps the rows.

Each entry's hash covers its sequence number, time, kind, run and canonical JSON payload, and the previous
entry's hash; the store also keeps the head (last sequence number and hash). ``verify_ledger`` recomputes the
chain and names the first entry that was edited, removed, reordered or cut off the end.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["GENESIS", "LedgerEntry", "LedgerReport", "describe", "entry_hash", "verify_ledger"]

GENESIS = "0" * 64


def entry_hash(prev_hash: str, seq: int, at: str, kind: str, run_id: str, payload: str) -> str:
    text = "\x1f".join((prev_hash, str(seq), at, kind, run_id, payload))
    return hashlib.sha256(text.encode()).hexdigest()


class LedgerEntry(Protocol):
    """One stored entry (``genaiops.store.LedgerRow`` is one)."""

    @property
    def seq(self) -> int: ...
    @property
    def at(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def run_id(self) -> str: ...
    @property
    def payload(self) -> str: ...
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...


def describe(entry: LedgerEntry) -> str:
    return f"entry #{entry.seq} ({entry.kind}, run {entry.run_id or '-'}, {entry.at})"


@dataclass(frozen=True, slots=True)
class LedgerReport:
    ok: bool
    entries: int
    head: str
    problem: str = ""
    bad_seq: int | None = None


def verify_ledger(entries: Sequence[LedgerEntry], head: tuple[int, str] | None) -> LedgerReport:
    """Check the chain in stored order against the recorded head; report the first broken entry."""
    prev = GENESIS
    for expected, entry in enumerate(entries, start=1):
        if entry.seq != expected:
            what = "removed" if entry.seq > expected else "reordered or duplicated"
            found = f"found {describe(entry)} in its place"
            return _bad(entries, expected, f"entry #{expected} is missing or out of place ({what}): {found}")
        if entry.prev_hash != prev:
            return _bad(
                entries,
                entry.seq,
                f"{describe(entry)} does not follow the entry before it (an entry was removed, reordered or edited)",
            )
        recomputed = entry_hash(entry.prev_hash, entry.seq, entry.at, entry.kind, entry.run_id, entry.payload)
        if recomputed != entry.hash:
            return _bad(entries, entry.seq, f"{describe(entry)} was edited: its content does not match its hash")
        prev = entry.hash
    count = len(entries)
    if head is not None and (head[0] != count or head[1] != prev):
        if head[0] > count:
            return _bad(entries, count + 1, f"entries #{count + 1}..#{head[0]} were removed from the end")
        return _bad(entries, head[0], f"the recorded head (entry #{head[0]}) does not match the chain")
    if head is None and count:
        return _bad(entries, count, "the ledger head record is missing")
    return LedgerReport(ok=True, entries=count, head=prev)


def _bad(entries: Sequence[LedgerEntry], seq: int, problem: str) -> LedgerReport:
    return LedgerReport(ok=False, entries=len(entries), head="", problem=problem, bad_seq=seq)
