"""The store's SQLite file: which file a URL names, whether this process may write it, opening it read-only, and
SQLite's errors explained (a full disk, a read-only store) so that an operator reads what to do."""

from __future__ import annotations

import difflib
import os
import sqlite3
import urllib.parse
from collections.abc import Callable

from genaiops.errors import StoreError

__all__ = ["explain", "is_read_only", "open_read_only", "read_only_message", "redacted", "store_path", "url_secrets"]


def store_path(url: str) -> str:
    """The SQLite file a store URL names; a ``StoreError`` naming the fix for any other URL (PostgreSQL too)."""
    if url.startswith(("postgresql:", "postgres:")):
        raise StoreError(
            f"GENAIOPS_STORE_URL={redacted(url)}: this needs the store's SQLite file, and a PostgreSQL store has "
            "none; use a sqlite:/// URL (e.g. sqlite:///.genaiops/genaiops.db) for it"
        )
    if not url.startswith("sqlite:///") and url != ":memory:":
        scheme = url.partition("://")[0] if "://" in url else url.partition(":")[0]
        close = difflib.get_close_matches(scheme.lower(), ["postgresql", "postgres", "sqlite"], n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]}://?)" if close and close[0] != scheme else ""
        raise StoreError(
            f"GENAIOPS_STORE_URL: unsupported store URL {redacted(url)!r}{hint}; use sqlite:///PATH (e.g. "
            "sqlite:///.genaiops/genaiops.db) or postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
        )
    return ":memory:" if url == ":memory:" else url.removeprefix("sqlite:///")


_QUERY_SECRETS = ("password", "sslpassword")
"""libpq's connection parameters that hold a secret, which a URL may also give in its query string."""


def _parts(rest: str) -> tuple[list[str], str, str]:
    """What follows ``scheme://`` as (the user-and-password parts it may hold, host and path, query). A '?' before
    the last '@' with no '/' before it is taken to be inside the password (unencoded), else to start the query; the
    user part ends at the first '@' for libpq and at the last for Python, so both are returned."""
    place, _, query = rest.partition("?")
    if "@" not in place and "/" not in place and "@" in query:
        place, _, query = rest.rpartition("@")[2].partition("?")
        return [rest.partition("@")[0], rest.rpartition("@")[0]], place, query
    if "@" not in place:
        return [], place, query
    return [place.partition("@")[0], place.rpartition("@")[0]], place.rpartition("@")[2], query


def redacted(url: str) -> str:
    """The URL without its user and password, in the ``user:password@`` part or as a ``password=`` query parameter
    (libpq reads both): messages and the ledger's anchors never echo a credential."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    _, place, query = _parts(rest)
    kept = [p for p in query.split("&") if p and _name(p) not in _QUERY_SECRETS]
    return f"{scheme}{sep}{place}{'?' if kept else ''}{'&'.join(kept)}"


def url_secrets(url: str) -> list[str]:
    """Every text a driver's message might echo of the URL's password (as written and decoded, under either
    reading of a password holding an '@'), longest first: what messages replace with ``***``."""
    _, sep, rest = url.partition("://")
    if not sep:
        return []
    userinfos, _, query = _parts(rest)
    found: set[str] = set()
    for userinfo in userinfos:
        password = userinfo.partition(":")[2]
        found |= {password, urllib.parse.unquote(password)}
    for pair in query.split("&"):
        if _name(pair) in _QUERY_SECRETS:
            value = pair.partition("=")[2]
            found |= {value, urllib.parse.unquote(value)}
    return sorted(filter(None, found), key=len, reverse=True)


def _name(pair: str) -> str:
    return urllib.parse.unquote(pair.partition("=")[0]).strip().lower()


def is_read_only(path: str) -> bool:
    """Does the store exist but this process cannot write it (the file, or the folder SQLite keeps its log in)?"""
    return os.path.exists(path) and not (
        os.access(path, os.W_OK) and os.access(os.path.dirname(os.path.abspath(path)), os.W_OK)
    )


def open_read_only(path: str, check: Callable[[sqlite3.Connection], None]) -> sqlite3.Connection:
    """Open with SQLite's ``mode=ro``; if the write-ahead log's index cannot be made (a read-only folder and no
    ``-shm`` file), as ``immutable`` (it then reads the database file alone, without a log left uncheckpointed)."""
    uri = f"file:{urllib.parse.quote(os.path.abspath(path))}?mode=ro"
    failure: sqlite3.Error | None = None
    for suffix in ("", "&immutable=1"):
        try:
            db = sqlite3.connect(uri + suffix, uri=True, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA busy_timeout = 10000")
            check(db)
            return db
        except sqlite3.DatabaseError as exc:
            failure = exc
    raise StoreError(f"cannot open the read-only store at {path}: {failure}")


def read_only_message(path: str) -> str:
    return (
        f"the store at {path} is read-only for this process (it cannot write the file or its folder): reading "
        "commands (runs list, runs show, audit verify) work; run this one as a user who can write the store, "
        "or on a writable copy (GENAIOPS_HOME)"
    )


def explain(exc: sqlite3.Error, path: str) -> str:
    """SQLite's error, with what to do about the ones an operator meets."""
    text = str(exc)
    if "full" in text or (("I/O" in text or "unable to open" in text) and _disk_full(path)):
        return f"the disk is full ({text}); free space on the disk holding {path}, then try again"
    if "readonly" in text or "read-only" in text:
        return f"{text}; " + read_only_message(path)
    if "locked" in text or "busy" in text:
        return f"{text}: another process held the store for over 10 s; try again"
    if "I/O" in text:
        return f"{text}; check the disk holding {path} (dmesg), then try again"
    return text


def _disk_full(path: str) -> bool:
    """Is the disk holding ``path`` (nearly) full? SQLite says "disk I/O error" when even its index of the log
    cannot be made."""
    import shutil  # only when SQLite failed: most commands never need it

    try:
        return shutil.disk_usage(os.path.dirname(os.path.abspath(path))).free < 64 * 1024
    except OSError:
        return False
