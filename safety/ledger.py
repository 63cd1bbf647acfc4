"""The audit-ledger format: an append-only, hash-chained list of entries, authenticated with a key. Pure: the
store keeps the rows, the entry points keep the key (a file outside the store) and the anchors.

Each entry's hash covers its sequence number, time, kind, run and canonical JSON payload, and the previous
entry's hash; the store also keeps the head (last sequence number and hash). A hash chain alone proves nothing
against someone who can write the database: they can edit an entry and recompute every hash after it. So each
entry also carries a MAC, an HMAC-SHA256 of its hash under the ledger key (``entry_mac``); without the key an
entry cannot be rewritten, and an entry without a MAC is accepted only before the first one that has one
(entries written before keys existed). An *anchor* is the signed head (sequence number, hash, time) exported
outside the store (``sign_anchor``); checked against the last anchor, a truncated or wiped ledger is detected
too. ``verify_ledger`` names the first entry that was edited, rewritten, removed, reordered or cut off;
``cross_check`` compares the ledger with what the store's own tables say happened.

Keys rotate (``genaiops audit rotate-key``). Each entry's MAC names the key that made it: ``<key id>:<hmac>``
(``signed_mac``; ``key_id`` is a hash of the key, which tells keys apart and reveals nothing of them); a MAC
without a key id is the ledger's first key's (entries written before rotation existed). A rotation is itself an
entry (kind ``ledger_key_rotated``, payload ``{"retired_key", "key", ...}``) signed with the new key; every entry
after it must be signed with that key, so one signed with the retired key (a leaked one, or a machine that was
not given the new key) fails. Entries before a rotation are checked with the retired key when the verifier holds
it; when it does not, they are still covered: the chain runs through the rotation entry, whose MAC under the new
key no one without that key can recompute. An entry signed with a key the verifier does not hold is accepted
only when a later entry signed with a key it holds covers it this way.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

__all__ = [
    "GENESIS",
    "ROTATION",
    "Anchor",
    "LedgerEntry",
    "LedgerReport",
    "check_anchor",
    "cross_check",
    "describe",
    "entry_hash",
    "entry_mac",
    "key_id",
    "sign_anchor",
    "signed_mac",
    "signer_key_id",
    "verify_ledger",
]

GENESIS = "0" * 64
ROTATION = "ledger_key_rotated"
"""The kind of the entry that retires one ledger key for another (payload ``retired_key``, ``key``: key ids)."""


def entry_hash(prev_hash: str, seq: int, at: str, kind: str, run_id: str, payload: str) -> str:
    text = "\x1f".join((prev_hash, str(seq), at, kind, run_id, payload))
    return hashlib.sha256(text.encode()).hexdigest()


def entry_mac(key: bytes, digest: str) -> str:
    """The entry's MAC: HMAC-SHA256 under the ledger key of its hash (which covers the entry and the chain)."""
    return hmac.new(key, b"genaiops-ledger-entry\x1f" + digest.encode(), hashlib.sha256).hexdigest()


def key_id(key: bytes) -> str:
    """A key's public name (16 hex digits of a hash of it): what tells which key signed an entry."""
    return hashlib.sha256(b"genaiops-ledger-key-id\x1f" + key).hexdigest()[:16]


def signed_mac(key: bytes, digest: str) -> str:
    """An entry's MAC as the store keeps it: the signing key's id, a colon, ``entry_mac``."""
    return f"{key_id(key)}:{entry_mac(key, digest)}"


def signer_key_id(mac: str) -> str | None:
    """The key id a stored MAC names (None: a MAC without one, the ledger's first key's)."""
    kid, sep, _ = mac.rpartition(":")
    return kid if sep else None


def _bare(mac: str) -> str:
    return mac.rpartition(":")[2]


class LedgerEntry(Protocol):
    """One stored entry (``genaiops.store.LedgerRow`` is one); ``mac`` is None for entries written before keys."""

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
    @property
    def mac(self) -> str | None: ...


def describe(entry: LedgerEntry) -> str:
    return f"entry #{entry.seq} ({entry.kind}, run {entry.run_id or '-'}, {entry.at})"


@dataclass(frozen=True, slots=True)
class Anchor:
    """A signed head exported outside the store: the ledger had ``seq`` entries, the last with ``hash``, at ``at``."""

    store: str
    seq: int
    hash: str
    at: str
    mac: str

    def as_dict(self) -> dict[str, Any]:
        return {"store": self.store, "seq": self.seq, "hash": self.hash, "at": self.at, "mac": self.mac}


def _anchor_mac(key: bytes, store: str, seq: int, digest: str, at: str) -> str:
    text = "\x1f".join(("genaiops-ledger-anchor", store, str(seq), digest, at))
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def sign_anchor(key: bytes, *, store: str, seq: int, hash: str, at: str) -> Anchor:  # noqa: A002 - the field's name
    return Anchor(store, seq, hash, at, _anchor_mac(key, store, seq, hash, at))


def check_anchor(key: bytes, data: Mapping[str, Any]) -> Anchor | None:
    """The anchor in ``data`` (a parsed anchor file) if it is well-formed and signed with ``key``, else None."""
    try:
        anchor = Anchor(str(data["store"]), int(data["seq"]), str(data["hash"]), str(data["at"]), str(data["mac"]))
    except (KeyError, TypeError, ValueError):
        return None
    expected = _anchor_mac(key, anchor.store, anchor.seq, anchor.hash, anchor.at)
    return anchor if hmac.compare_digest(expected, anchor.mac) else None


@dataclass(frozen=True, slots=True)
class LedgerReport:
    ok: bool
    entries: int
    head: str
    problem: str = ""
    bad_seq: int | None = None
    unauthenticated: int = 0
    """Entries written before keys existed (no MAC): chained, but not provable against a rewrite."""
    anchored: int | None = None
    """The sequence number of the newest anchor the ledger was checked against, if any."""


def verify_ledger(
    entries: Sequence[LedgerEntry],
    head: tuple[int, str] | None,
    *,
    key: bytes | None = None,
    retired: Sequence[bytes] = (),
    anchors: Sequence[Anchor] = (),
) -> LedgerReport:
    """Check the chain in stored order, each entry's MAC (given the key, and the ``retired`` keys it replaced)
    and which key made it (see the module docstring), the recorded head and the anchors (already checked with
    ``check_anchor``; the newest first); report the first problem."""
    prev, unauthenticated, keyed = GENESIS, 0, False
    signatures = _Signatures.of(entries, key, retired)
    for expected, entry in enumerate(entries, start=1):
        problem = _chain_problem(entry, expected, prev)
        if problem is None:
            problem = _mac_problem(entry, key, keyed, signatures)
        if problem is not None:
            return _bad(entries, problem[0], problem[1])
        keyed = keyed or entry.mac is not None
        unauthenticated += entry.mac is None
        prev = entry.hash
    if (problem := signatures.uncovered_problem(key)) is not None:
        return _bad(entries, problem[0], problem[1])
    count = len(entries)
    if head is not None and (head[0] != count or head[1] != prev):
        if head[0] > count:
            return _bad(entries, count + 1, f"entries #{count + 1}..#{head[0]} were removed from the end")
        return _bad(entries, head[0], f"the recorded head (entry #{head[0]}) does not match the chain")
    if head is None and count:
        return _bad(entries, count, "the ledger head record is missing")
    for anchor in sorted(anchors, key=lambda a: a.seq, reverse=True):
        if (problem := _anchor_problem(entries, anchor)) is not None:
            return _bad(entries, problem[0], problem[1])
    return LedgerReport(
        ok=True,
        entries=count,
        head=prev,
        unauthenticated=unauthenticated,
        anchored=max((a.seq for a in anchors), default=None),
    )


def _chain_problem(entry: LedgerEntry, expected: int, prev: str) -> tuple[int, str] | None:
    if entry.seq != expected:
        what = "removed" if entry.seq > expected else "reordered or duplicated"
        found = f"found {describe(entry)} in its place"
        return expected, f"entry #{expected} is missing or out of place ({what}): {found}"
    if entry.prev_hash != prev:
        return entry.seq, (
            f"{describe(entry)} does not follow the entry before it (an entry was removed, reordered or edited)"
        )
    if entry_hash(entry.prev_hash, entry.seq, entry.at, entry.kind, entry.run_id, entry.payload) != entry.hash:
        return entry.seq, f"{describe(entry)} was edited: its content does not match its hash"
    return None


def _mac_problem(entry: LedgerEntry, key: bytes | None, keyed: bool, signatures: _Signatures) -> tuple[int, str] | None:
    if entry.mac is None:
        if keyed:
            return entry.seq, (
                f"{describe(entry)} has no MAC although entries before it have one: it was written without the "
                "ledger key, or rewritten and its MAC removed"
            )
        return None
    if key is None:
        return signatures.order_problem(entry)
    return signatures.order_problem(entry) or signatures.mac_problem(entry)


@dataclass
class _Signatures:
    """Which key made each signed entry, walked in order: the keys the verifier holds (by id), the id of the key
    of MACs without one (the ledger's first key), the key entries must be signed with now, and the first entry
    signed with a key the verifier lacks that no later entry it can check covers yet."""

    keys: dict[str, bytes]
    first: str | None
    entries: Sequence[LedgerEntry]
    current: str | None = None
    since: str = "the start"
    uncovered: LedgerEntry | None = None
    checked: bool = False
    retired: dict[str, int] = field(default_factory=dict)
    """Key id -> the entry that retired it."""

    @classmethod
    def of(cls, entries: Sequence[LedgerEntry], key: bytes | None, retired: Sequence[bytes]) -> _Signatures:
        keys = {key_id(k): k for k in (*retired, *([key] if key is not None else []))}
        rotation = next((r for e in entries if (r := _rotation(e)) is not None), None)
        first = rotation[0] if rotation is not None else key_id(key) if key is not None else None
        return cls(keys, first, entries)

    def signer(self, entry: LedgerEntry) -> str | None:
        return signer_key_id(entry.mac or "") or self.first

    def order_problem(self, entry: LedgerEntry) -> tuple[int, str] | None:
        """An entry signed with another key than the ledger's at its place (a retired one after its rotation)."""
        kid, rotation = self.signer(entry), _rotation(entry)
        if rotation is not None:
            if self.current is not None and rotation[0] != self.current:
                return entry.seq, (
                    f"{describe(entry)} retires key {rotation[0]}, but the ledger's key was {self.current}: it was "
                    "forged or edited"
                )
            if kid != rotation[1]:
                return entry.seq, f"{describe(entry)} is not signed with the key it brings in ({rotation[1]})"
            self.retired[rotation[0]] = entry.seq
            self.current, self.since = rotation[1], f"its rotation at entry #{entry.seq}"
            return None
        if self.current is not None and kid is not None and kid != self.current:
            if kid in self.retired:
                return entry.seq, (
                    f"{describe(entry)} is signed with key {kid}, retired at entry #{self.retired[kid]}: a machine "
                    "still signs with the retired key (copy the new keys/ledger.key and keys/retired/ to it), or "
                    "the entry was forged with it"
                )
            return entry.seq, (
                f"{describe(entry)} was rewritten, or signed by a home with another key (key {kid}; the ledger's "
                f"is {self.current} since {self.since}): compare the keys/ledger.key of each machine that writes "
                "this store"
            )
        self.current = self.current or kid
        return None

    def mac_problem(self, entry: LedgerEntry) -> tuple[int, str] | None:
        kid = self.signer(entry)
        secret = self.keys.get(kid) if kid is not None else None
        if secret is None:  # a key this home does not hold: a later entry it can check must cover it
            self.uncovered = self.uncovered or entry
            return None
        if hmac.compare_digest(entry_mac(secret, entry.hash), _bare(entry.mac or "")):
            self.uncovered, self.checked = None, True
            return None
        if not any(
            e.mac is not None and hmac.compare_digest(entry_mac(secret, e.hash), _bare(e.mac)) for e in self.entries
        ):
            return entry.seq, (
                f"{describe(entry)}: no entry's MAC matches the ledger key: the key file is not this ledger's "
                "(restored from another home?), or every entry was rewritten"
            )
        return entry.seq, (
            f"{describe(entry)} was rewritten: its MAC does not match (its hash was recomputed without the ledger "
            "key), or signed by a home with another key: compare the keys/ledger.key of each machine that writes "
            "this store"
        )

    def uncovered_problem(self, key: bytes | None) -> tuple[int, str] | None:
        entry = self.uncovered
        if entry is None or key is None:
            return None
        kid, none = self.signer(entry), "no entry's MAC matches the ledger key: " if not self.checked else ""
        return entry.seq, (
            f"{describe(entry)}: {none}it and the entries after it are signed with key {kid}, which this home does "
            f"not hold (its keys/ledger.key is key {key_id(key)}): if the key was rotated on another machine, copy "
            "keys/ledger.key and keys/retired/ (mode 0600) from there; else the key file is not this ledger's "
            "(restored from another home?)"
        )


def _rotation(entry: LedgerEntry) -> tuple[str, str] | None:
    """(retired key id, new key id) of a rotation entry; None for any other entry."""
    if entry.kind != ROTATION:
        return None
    try:
        payload = json.loads(entry.payload)
        return str(payload["retired_key"]), str(payload["key"])
    except (ValueError, TypeError, KeyError):
        return ("?", "?")


def _anchor_problem(entries: Sequence[LedgerEntry], anchor: Anchor) -> tuple[int, str] | None:
    count = len(entries)
    if count == 0 and anchor.seq > 0:
        return 1, f"the ledger is empty but the anchor of {anchor.at} covers {anchor.seq} entries: it was wiped"
    if count < anchor.seq:
        return count + 1, (
            f"the ledger ends at entry #{count} but the anchor of {anchor.at} covers #{anchor.seq}: "
            f"entries #{count + 1}..#{anchor.seq} were removed (and the head record changed to hide it)"
        )
    if anchor.seq and entries[anchor.seq - 1].hash != anchor.hash:
        return anchor.seq, (
            f"entry #{anchor.seq} does not match the anchor of {anchor.at}: the ledger up to it was rewritten"
        )
    return None


def _bad(entries: Sequence[LedgerEntry], seq: int, problem: str) -> LedgerReport:
    return LedgerReport(ok=False, entries=len(entries), head="", problem=problem, bad_seq=seq)


def cross_check(
    entries: Iterable[tuple[str, Mapping[str, Any]]],
    *,
    requests: Iterable[str],
    decisions: Iterable[tuple[str, str, str]],
    executed: Iterable[tuple[str, str, str]],
) -> list[str]:
    """What the store's tables record but the ledger does not: each approval request needs its
    ``approval_requested`` entry, each decision (approval id, approver, verdict) its ``approval_decided`` entry,
    each gated task that ran (approval id, run id, task id) its ``action_executed`` entry. ``entries`` are
    (kind, decoded payload) pairs. Returns one line per missing entry."""
    requested, decided, acted = set(), Counter(), set()
    for kind, payload in entries:
        if kind == "approval_requested":
            requested.add(payload.get("id"))
        elif kind == "approval_decided" and payload.get("id"):
            decided[payload.get("id"), payload.get("approver"), payload.get("verdict")] += 1
        elif kind == "action_executed" and payload.get("approval"):
            acted.add(payload["approval"])
    problems = [f"approval {a} has no approval_requested entry in the ledger" for a in requests if a not in requested]
    for approval, approver, verdict in decisions:
        if decided[approval, approver, verdict] > 0:
            decided[approval, approver, verdict] -= 1
        else:
            problems.append(
                f"the decision '{verdict}' by {approver} on approval {approval} has no approval_decided entry"
            )
    problems += [
        f"task {task} of run {run} ran its approved action (approval {approval}) but has no action_executed entry"
        for approval, run, task in executed
        if approval not in acted
    ]
    return problems
