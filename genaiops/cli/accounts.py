"""Server accounts and API tokens: ``genaiops users ...`` and ``genaiops tokens ...``, and ``genaiops serve``.

Changing accounts and tokens is a local admin action by the OS user who owns GENAIOPS_HOME. A password is read
from a hidden prompt, or from standard input with ``--password-stdin``: never from the command line. A token is
shown once, when it is created.
"""

from __future__ import annotations

import shlex
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from genaiops.cli.common import LOCAL, app_settings, console, fail
from genaiops.cli.output import Format, OutputOption, emit

if TYPE_CHECKING:
    from genaiops.accounts import Accounts
    from genaiops.settings import Settings

users_app = typer.Typer(help="Server accounts: add, list, remove, change a password." + LOCAL, no_args_is_help=True)
tokens_app = typer.Typer(
    help="API tokens of server accounts: create (shown once), list, revoke." + LOCAL, no_args_is_help=True
)

StdinOption = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input (one line), not a prompt.")
]


def _accounts(*, admin: bool) -> Accounts:
    from genaiops.accounts import Accounts, check_admin

    settings = app_settings()
    if admin:
        settings.home.mkdir(parents=True, exist_ok=True)
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
    password = None if no_password else _password(password_stdin)
    account = accounts.add(name, role, password, by=_admin(), at=_now())
    accounts.close()
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
    table = Table("account", "roles", "password", "created", "by")
    for a in found:
        table.add_row(
            a.name, ", ".join(a.roles) or "-", "yes" if a.has_password else "no", a.created_at[:19], a.created_by
        )
    console.print(table)


@users_app.command("roles")
def users_roles(
    name: Annotated[str, typer.Argument(help="The account whose roles change.")],
    role: Annotated[
        list[str], typer.Option("--role", help="A role the account holds from now on (repeatable; none: no role).")
    ] = [],  # noqa: B006
) -> None:
    """Set an existing account's roles (exactly those given); its password and tokens stay."""
    from genaiops.accounts import check_known_roles

    accounts = _accounts(admin=True)
    check_known_roles(role, _known_roles(app_settings()))
    before, after = accounts.set_roles(name, role)
    accounts.close()
    console.print(f"{after.name}: roles {', '.join(after.roles) or 'none'} (were: {', '.join(before.roles) or 'none'})")


@users_app.command("remove")
def users_remove(name: Annotated[str, typer.Argument()]) -> None:
    """Remove an account; its tokens are revoked."""
    accounts = _accounts(admin=True)
    revoked = accounts.remove(name, at=_now())
    accounts.close()
    console.print(f"removed {name.strip()} ({revoked} token(s) revoked)")


@users_app.command("passwd")
def users_passwd(name: Annotated[str, typer.Argument()], password_stdin: StdinOption = False) -> None:
    """Set an account's password."""
    accounts = _accounts(admin=True)
    accounts.get(name)  # an unknown account fails before the prompt
    accounts.set_password(name, _password(password_stdin), at=_now())
    accounts.close()
    console.print(f"password of {name.strip()} changed")


@tokens_app.command("create")
def tokens_create(
    user: Annotated[str, typer.Option("--user", help="The account the token acts as.")],
    label: Annotated[str, typer.Option(help="What the token is for (shown in `tokens list`).")] = "",
) -> None:
    """Create an API token for an account; it is printed once (only its hash is kept)."""
    accounts = _accounts(admin=True)
    info, token = accounts.create_token(user, label=label, by=_admin(), at=_now())
    accounts.close()
    console.print(f"token {info.id} for {info.account} (shown once; keep it in a secret store):", style="bold")
    print(token)


@tokens_app.command("list")
def tokens_list(
    user: Annotated[str | None, typer.Option("--user", help="Only this account's tokens.")] = None,
    output: OutputOption = Format.table,
) -> None:
    """Tokens (never their text): id, account, label, created, last used, revoked."""
    from dataclasses import asdict

    accounts = _accounts(admin=False)
    found = accounts.tokens(user)
    accounts.close()
    if output is not Format.table:
        return emit([asdict(t) for t in found], output)
    table = Table("token", "account", "label", "created", "last used", "revoked")
    for t in found:
        table.add_row(
            t.id, t.account, t.label or "-", t.created_at[:19], (t.last_used_at or "-")[:19], (t.revoked_at or "-")[:19]
        )
    console.print(table)


@tokens_app.command("revoke")
def tokens_revoke(token_id: Annotated[str, typer.Argument(help="The token's id (from `tokens list`).")]) -> None:
    """Revoke a token: the server refuses it from now on."""
    accounts = _accounts(admin=True)
    info = accounts.revoke(token_id, at=_now())
    accounts.close()
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
