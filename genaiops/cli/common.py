"""What the CLI commands share: consoles, settings, the engine, and how a user error ends a command."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.markup import escape

from genaiops.cli import LOCAL as LOCAL  # re-exported: the commands take these from here
from genaiops.cli.consoles import Options as Options  # re-exported
from genaiops.cli.consoles import console as console
from genaiops.cli.consoles import err_console as err_console  # re-exported

if TYPE_CHECKING:
    from genaiops.graphs import Engine, RunEvent
    from genaiops.identity import Identity
    from genaiops.safety import ApprovalPolicy
    from genaiops.settings import Settings
    from genaiops.store import Store


def fail(message: str, code: int = 2) -> NoReturn:
    from genaiops.cli.failures import say_error

    say_error(message)
    raise typer.Exit(code)


def app_settings() -> Settings:
    from genaiops.settings import load_settings

    settings = load_settings()
    _say_left_behind(settings)
    return settings


_TOLD: set[str] = set()
"""The left-behind stores this process has named already (a command loads its settings several times)."""


def _say_left_behind(settings: Settings) -> None:
    """One line on stderr when GENAIOPS_STORE_URL names a PostgreSQL store while the home's own SQLite file
    exists: its runs, accounts and audit ledger stay there, unread (genaiops copies nothing between stores),
    so a home moved to PostgreSQL would otherwise read as empty and its ledger as intact with no entry."""
    from genaiops.store_file import redacted

    own = settings.home / "genaiops.db"
    if not (settings.store_url or "").startswith(("postgresql:", "postgres:")) or str(own) in _TOLD:
        return
    if not own.is_file() or own.stat().st_size == 0:
        return
    _TOLD.add(str(own))
    err_console.print(
        f"[yellow]note:[/] this home's own store {escape(str(own))} is not used: GENAIOPS_STORE_URL names "
        f"{escape(redacted(settings.store_url))}, and its runs, accounts and audit ledger were not copied there "
        "(genaiops moves nothing between stores); unset GENAIOPS_STORE_URL to use it, or move the file out of "
        "the home once it is no longer needed",
        soft_wrap=True,
    )


def app_policy() -> ApprovalPolicy:
    """The approval policy of this command (the home's, tightened by GENAIOPS_POLICY_FILE)."""
    from genaiops.runtime import load_policy

    return load_policy(app_settings(), unsafe=Options.unsafe_policy)


def who(as_: str | None, policy: ApprovalPolicy) -> Identity:
    """Who runs this command: the OS user, or the name ``--as`` (else GENAIOPS_USER) claims where the home's
    policy allows claimed identities (``IdentityError`` otherwise)."""
    from genaiops.identity import resolve_identity

    return resolve_identity(
        as_, app_settings().user, allow_claimed=policy.allow_claimed_identities, known=lambda: known_people(policy)
    )


def known_people(policy: ApprovalPolicy) -> list[str]:
    """The people this home knows (``genaiops.cli.deciding.known_people``), its store read here; a home whose
    store cannot be read yet (none made) knows its policy's people only."""
    from genaiops.cli.deciding import known_people as known_in
    from genaiops.errors import StoreError
    from genaiops.store import Store

    try:  # never made here: a command refused for a bad setting leaves no store behind
        store = Store.open(app_settings().resolved_store_url, read_only=True, create=False)
    except StoreError:
        return list(policy.people)
    _read.append(store)  # closed when the command ends, as store_reader's
    return known_in(policy, store)


def engine(
    on_event: Callable[[RunEvent], None] | None = None,
    model: str | None = None,
    *,
    read_only: bool = False,
    decisions: bool = False,
) -> Engine:
    """The engine for this command; closed (store, resources) when the command ends, however it ends.
    ``model`` (``PROVIDER[:NAME]``) overrides the model the settings name for agent tasks. ``read_only`` for
    commands that only read: the store alone, which may be read-only (``runs list``, ``audit verify``).
    ``decisions`` for commands that record decisions: the store, the policy and the gate, no agents or
    guardrail models (``genaiops.runtime.open_engine``)."""
    from genaiops.runtime import open_engine

    opened = open_engine(
        app_settings(),
        on_event,
        model=model,
        unsafe_policy=Options.unsafe_policy,
        read_only=read_only,
        decisions=decisions,
    )
    _opened.append(opened)
    return opened


_opened: list[Engine] = []
_read: list[Store] = []


def store_reader() -> Store:
    """The store alone, opened read-only (it may be read-only for this process), for commands that read only the
    store (``runs list``, ``audit list/verify``); closed when the command ends."""
    from genaiops.runtime import read_store

    opened = read_store(app_settings())
    _read.append(opened)
    return opened


def close_engines() -> None:
    """Close what this command opened (called by the CLI group after every command, errors included), after
    anchoring the ledger's new head if the command added entries (``genaiops.runtime.auto_anchor``)."""
    from genaiops.runtime import auto_anchor

    while _read:
        _read.pop().close()
    while _opened:
        opened = _opened.pop()
        try:
            auto_anchor(app_settings(), opened.store, opened.clock.now().isoformat())
        finally:
            opened.close()


def run_async(coro: Any) -> Any:
    import asyncio  # ~0.1 s (it loads ssl): only commands that execute a graph pay for it

    return asyncio.run(coro)
