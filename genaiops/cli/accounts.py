"""Server accounts and API tokens: ``genaiops users ...`` and ``genaiops tokens ...``, and ``genaiops serve``.

Changing accounts and tokens is a local admin action by the OS user who owns GENAIOPS_HOME. A password is read
from a hidden prompt, or from standard input with ``--password-stdin``: never from the command line. A token is
shown once, when it is created. Every change is an entry of the audit ledger (``account_added``,
``account_roles_changed``, ``account_password_set``, ``account_removed``, ``token_created``, ``token_revoked``:
who changed which account, never a password or a token's text), listed by ``genaiops audit list``.
"""

from __future__ import annotations

import shlex
import sys
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from genaiops.cli.common import LOCAL, app_settings, console, err_console, fail
from genaiops.cli.output import Col, Format, OutputOption, emit, print_table
from genaiops.private_files import make_private_dir

if TYPE_CHECKING:
    from genaiops.accounts import Accounts
    from genaiops.settings import Settings
    from genaiops.store import Store

users_app = typer.Typer(help="Server accounts: add, list, remove, change a password." + LOCAL, no_args_is_help=True)
tokens_app = typer.Typer(
    help="API tokens of server accounts: create (shown once), list, revoke." + LOCAL, no_args_is_help=True
)

DEFAULT_TOKEN_DAYS = 90
"""A token's life unless ``--days`` or ``--no-expiry`` says otherwise: a leaked token stops working on its own."""

YesOption = Annotated[
    bool, typer.Option("--yes", "-y", help="Do it without asking (a terminal asks first, naming what will happen).")
]

StdinOption = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input (one line), not a prompt.")
]


def _accounts(*, admin: bool) -> Accounts:
    from genaiops.accounts import Accounts, check_admin

    settings = app_settings()
    if admin:
        make_private_dir(settings.home)
        check_admin(settings.home)
    return Accounts(settings.resolved_store_url)


def _known_roles(settings: Settings) -> set[str]:
    """The roles something in this home acts on: starting runs, posting alerts, and every approver role of the
    policy (its ``approver_roles``, its tools' rules with the roles' defaults, its ``people``)."""
    from genaiops.accounts import RUN_ROLE
    from genaiops.runtime import load_policy

    policy = load_policy(settings)
    known = {RUN_ROLE, settings.alert_role, *policy.approver_roles}
    known.update(role for rule in policy.tools.values() for role in rule.roles or ())
    known.update(role for roles in policy.people.values() for role in roles)
    return known


def _admin() -> str:
    from genaiops.identity import os_user

    return os_user()


def _now() -> datetime:
    return datetime.now(UTC)


def _ledger_store(accounts: Accounts) -> Store:
    """The store whose audit ledger records an account change, opened before the change: a store this home cannot
    write or sign for (no copy of a shared store's ledger key) stops the command before anything changes, with
    ``accounts`` closed (an open PostgreSQL connection left to the garbage collector warns)."""
    from genaiops.runtime import open_store

    try:
        return open_store(app_settings())
    except BaseException:
        accounts.close()
        raise


def _ledger(store: Store, kind: str, at: datetime, payload: dict) -> None:
    """The account change ``kind`` written to ``store``'s audit ledger (signed like every entry), with the OS user
    who made it, and ``store`` closed. The change itself is committed first (the accounts live on their own
    connection): an entry that cannot be written then is an error saying the change stands unrecorded, and why."""
    from genaiops.errors import StoreError
    from genaiops.safety.ledger import entry_hash

    try:
        with store.transaction() as tx:
            tx.append_ledger(entry_hash, kind=kind, run_id="", at=at.isoformat(), payload=payload | {"by": _admin()})
    except StoreError as exc:
        fail(f"the change is made but its audit ledger entry ({kind}) could not be written: {exc}")
    finally:
        store.close()


def _confirm(what: str, *, yes: bool, accounts: Accounts) -> None:
    """At a terminal, ask before ``what`` happens (unless ``--yes``); ``accounts`` is closed on a no. Without a
    terminal the command goes ahead as before: scripts and the documented examples call it that way."""
    if yes or not sys.stdin.isatty():
        return
    if not typer.confirm(f"{what}. Go ahead?", default=False, err=True):
        accounts.close()
        typer.echo("nothing changed (add --yes to skip this question)", err=True)
        raise typer.Exit(1)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        if not line.strip():
            fail("--password-stdin: standard input gave no password; pipe one line, e.g. from a password manager")
        return line.rstrip("\r\n")
    return typer.prompt("password", hide_input=True, confirmation_prompt=True)


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="The account name (as people are named in decisions).")],
    role: Annotated[list[str], typer.Option("--role", help="A role the account holds (repeatable).")] = [],  # noqa: B006
    password_stdin: StdinOption = False,
    no_password: Annotated[
        bool, typer.Option("--no-password", help="No password: the account signs in with API tokens only.")
    ] = False,
) -> None:
    """Add an account with its roles (e.g. --role operator --role sre_oncall) and a password."""
    from genaiops.accounts import check_known_roles

    accounts = _accounts(admin=True)
    check_known_roles(role, _known_roles(app_settings()))  # before the password prompt
    ledger = _ledger_store(accounts)  # so is a home that cannot sign this store's ledger
    password = None if no_password else _password(password_stdin)
    at = _now()
    account = accounts.add(name, role, password, by=_admin(), at=at)
    accounts.close()
    added = {"account": account.name, "roles": list(account.roles), "password": account.has_password}
    _ledger(ledger, "account_added", at, added)
    console.print(f"added {account.name} (roles: {', '.join(account.roles) or 'none'})")
    console.print(f"Give it a token with: genaiops tokens create --user {shlex.quote(account.name)}")


@users_app.command("list")
def users_list(output: OutputOption = Format.table) -> None:
    """The accounts, their roles and whether they have a password."""
    from dataclasses import asdict

    accounts = _accounts(admin=False)
    found = accounts.list()
    accounts.close()
    if output is not Format.table:
        return emit([asdict(a) for a in found], output)
    cols = [Col("account", is_id=True), Col("roles"), Col("password"), Col("created", whole=True), Col("by")]
    print_table(cols, [
        [escape(a.name), escape(", ".join(a.roles) or "-"), "yes" if a.has_password else "no", a.created_at[:19],
         escape(a.created_by)] for a in found
    ])  # fmt: skip


@users_app.command("roles")
def users_roles(
    name: Annotated[str, typer.Argument(help="The account whose roles change.")],
    role: Annotated[list[str], typer.Option("--role", help="A role the account holds from now on (repeatable).")] = [],  # noqa: B006
    no_role: Annotated[
        bool, typer.Option("--no-role", help="Take every role away (the account then signs in and reads only).")
    ] = False,
) -> None:
    """Set an existing account's roles (exactly those given, or none with --no-role); its password and tokens
    stay."""
    from genaiops.accounts import check_known_roles

    accounts = _accounts(admin=True)
    if bool(role) == no_role:  # neither: a look at the roles must not take them all away; both: which one?
        try:
            current = accounts.get(name)
        finally:
            accounts.close()
        held = ", ".join(current.roles) or "none"
        fail(f"give the roles {current.name} holds from now on with --role ROLE (repeatable), or --no-role to take "
             f"every role away; {current.name} holds: {held} (`genaiops users list`)")  # fmt: skip
    check_known_roles(role, _known_roles(app_settings()))
    ledger = _ledger_store(accounts)
    before, after = accounts.set_roles(name, role)
    accounts.close()
    changed = {"account": after.name, "roles": list(after.roles), "previous_roles": list(before.roles)}
    _ledger(ledger, "account_roles_changed", _now(), changed)
    console.print(f"{after.name}: roles {', '.join(after.roles) or 'none'} (were: {', '.join(before.roles) or 'none'})")


@users_app.command("remove")
def users_remove(name: Annotated[str, typer.Argument()], yes: YesOption = False) -> None:
    """Remove an account; its tokens are revoked and its console sessions end. A terminal asks first (--yes does
    not)."""
    accounts = _accounts(admin=True)
    removed = accounts.get(name)
    live = sum(t.revoked_at is None for t in accounts.tokens(removed.name))
    _confirm(f"remove account {removed.name} (roles: {', '.join(removed.roles) or 'none'}): its {live} token(s) not "
             "revoked yet are revoked and its console sessions end", yes=yes, accounts=accounts)  # fmt: skip
    ledger, at = _ledger_store(accounts), _now()
    revoked = accounts.remove(name, at=at)
    accounts.close()
    _ledger(ledger, "account_removed", at, {"account": removed.name, "roles": list(removed.roles),
                                            "tokens_revoked": revoked})  # fmt: skip
    console.print(f"removed {name.strip()} ({revoked} token(s) revoked)")


@users_app.command("passwd")
def users_passwd(name: Annotated[str, typer.Argument()], password_stdin: StdinOption = False) -> None:
    """Set an account's password."""
    accounts = _accounts(admin=True)
    account = accounts.get(name)  # an unknown account fails before the prompt
    ledger = _ledger_store(accounts)  # and so does a home that cannot sign this store's ledger
    password = _password(password_stdin)
    at = _now()
    accounts.set_password(name, password, at=at)
    accounts.close()
    _ledger(ledger, "account_password_set", at, {"account": account.name})
    console.print(f"password of {name.strip()} changed")


@tokens_app.command("create")
def tokens_create(
    user: Annotated[str, typer.Option("--user", help="The account the token acts as.")],
    label: Annotated[str, typer.Option(help="What the token is for (shown in `tokens list`).")] = "",
    days: Annotated[
        int, typer.Option("--days", min=1, max=3650, help="Days until the token expires (then refused).")
    ] = DEFAULT_TOKEN_DAYS,
    no_expiry: Annotated[
        bool, typer.Option("--no-expiry", help="A token that never expires (a service's; revoke it when done).")
    ] = False,
) -> None:
    """Create an API token for an account, valid for 90 days unless told otherwise; it is printed once (only its
    hash is kept), alone on standard output (what it is goes to standard error): TOKEN=$(genaiops tokens create
    ...)."""
    accounts = _accounts(admin=True)
    accounts.get(user)  # an unknown account fails before anything else
    ledger, at = _ledger_store(accounts), _now()
    expires_at = None if no_expiry else at + timedelta(days=days)
    info, token = accounts.create_token(user, label=label, by=_admin(), at=at, expires_at=expires_at)
    accounts.close()
    until = "never expires" if info.expires_at is None else f"expires {info.expires_at[:16].replace('T', ' ')} UTC"
    try:  # the token before the ledger entry (a token made is never a token lost), the entry whatever the printing
        # what the token is on stderr, the token alone on stdout: TOKEN=$(genaiops tokens create ...) needs no tail
        err_console.print(f"token {info.id} for {info.account}, {until} (shown once; keep it in a secret store):",
                          style="bold")  # fmt: skip
        print(token, flush=True)
    finally:  # a reader gone (`| head -1`) ends the command at the print: the working token is recorded still
        _ledger(ledger, "token_created", at, {"token": info.id, "account": info.account, "label": info.label,
                                              "expires_at": info.expires_at})  # fmt: skip


@tokens_app.command("list")
def tokens_list(
    user: Annotated[str | None, typer.Option("--user", help="Only this account's tokens.")] = None,
    output: OutputOption = Format.table,
) -> None:
    """Tokens (never their text): id, account, label, created, last used, expiry, revoked."""
    from dataclasses import asdict

    accounts = _accounts(admin=False)
    found = accounts.tokens(user)
    accounts.close()
    if output is not Format.table:
        return emit([asdict(t) for t in found], output)
    now = _now().isoformat()
    times = ("created", "last used", "expires", "revoked")  # whole: a time folded over three lines cannot be read
    cols = [Col("token", is_id=True), Col("account", is_id=True), Col("label")] + [Col(h, whole=True) for h in times]
    rows = []
    for t in found:  # the token's id is what `tokens revoke ID` takes: whole, never cut
        expires = "never" if t.expires_at is None else t.expires_at[:19] + (" (expired)" if t.expires_at <= now else "")
        rows.append([
            escape(t.id), escape(t.account), escape(t.label or "-"), t.created_at[:19], (t.last_used_at or "-")[:19],
            expires, (t.revoked_at or "-")[:19],
        ])  # fmt: skip
    print_table(cols, rows)


@tokens_app.command("revoke")
def tokens_revoke(
    token_id: Annotated[str, typer.Argument(help="The token's id (from `tokens list`).")], yes: YesOption = False
) -> None:
    """Revoke a token: the server refuses it from now on. A terminal asks first (--yes does not)."""
    accounts = _accounts(admin=True)
    before = accounts.token(token_id)
    if before.revoked_at is not None:
        accounts.close()
        console.print(f"token {before.id} of {before.account} was revoked already, at {before.revoked_at[:19]}")
        return
    now = _now().isoformat()
    others = [t for t in accounts.tokens(before.account) if t.id != before.id and t.revoked_at is None
              and (t.expires_at is None or t.expires_at > now)]  # fmt: skip
    label = f" ({before.label})" if before.label else ""
    ends = (f"{before.account} keeps {len(others)} other working token(s)" if others
            else f"it is {before.account}'s last working token: the account's console sessions end too")  # fmt: skip
    _confirm(f"revoke token {before.id}{label} of {before.account}, refused by the server from now on; {ends}",
             yes=yes, accounts=accounts)  # fmt: skip
    ledger, at = _ledger_store(accounts), _now()
    info = accounts.revoke(token_id, at=at)
    accounts.close()
    _ledger(ledger, "token_revoked", at, {"token": info.id, "account": info.account})
    console.print(f"token {info.id} of {info.account} revoked")


def serve(
    host: Annotated[str, typer.Option(help="The address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="The port to listen on.")] = 8000,
    trust_proxy: Annotated[
        str,
        typer.Option(
            help="Addresses of reverse proxies (comma-separated) whose X-Forwarded-For/-Proto headers are believed; "
            "by default nobody's: the client address is the connection's."
        ),
    ] = "",
) -> None:
    """Serve the REST API (/api/v1) and its worker over this home.

    OpenAPI at /api/v1/openapi.json. The worker resumes runs once their approvals are decided and closes
    requests at their expiry."""
    import logging

    from genaiops.runtime import load_policy
    from genaiops.server import serve as run_server

    settings = app_settings()
    load_policy(settings)  # a bad or weakening policy fails here, with its message, before the server starts
    _check_listen(host, port)
    accounts = _accounts(admin=False)
    if not accounts.list():
        console.print("[yellow]no accounts yet[/]: add one with `genaiops users add NAME --role operator`")
    accounts.close()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s:     %(name)s: %(message)s")
    logging.getLogger("genaiops").setLevel(logging.INFO)  # not the frameworks': autogen logs every tool result
    try:
        run_server(settings, host=host, port=port, trusted_proxies=trust_proxy.replace(" ", ""))
    except SystemExit as exc:  # uvicorn's startup failure is its exit 3, which here means "paused at a gate"
        if exc.code in (0, None):
            raise
        fail(f"genaiops serve could not start on {host}:{port} (uvicorn's reason is above); choose another "
             "--port or --host")  # fmt: skip


def _check_listen(host: str, port: int) -> None:
    """Exit 2 naming the address and the reason when nothing can listen on it (a port in use, a host this machine
    does not have), before the app is built: uvicorn would log its error and exit 3, the code of a paused run."""
    import socket

    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        fail(f"--host {host!r}: not an address of this machine ({exc}); e.g. 127.0.0.1, or 0.0.0.0 for every one")
    family, kind, proto, _name, address = found[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: a port in TIME_WAIT is free
        try:
            sock.bind(address)
        except OSError as exc:
            fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port (or stop what "
                 "listens there) or another --host")  # fmt: skip
