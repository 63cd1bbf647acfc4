"""How a command's failure reaches the screen, without typer: a user error or an operational failure is one line
and exit 2 (``explain``), Ctrl-C in a command is exit 130, a bug is one line naming the log file (its traceback
goes there) and exit 1. The typer application (``genaiops.cli.full``) and the fast path's ``resume`` (``finish``)
say the same."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

__all__ = ["explain", "fail", "finish", "log_file", "logged_failure", "say_error"]


def explain(exc: BaseException) -> str | None:
    """The line a user error or an operational failure prints (exit 2), or None (a bug, or not ours to say)."""
    from genaiops.errors import StoreError, UserError

    if isinstance(exc, (UserError, StoreError)):
        return str(exc) + _named_scenario(getattr(exc, "missing", None))
    sqlite = sys.modules.get("sqlite3")  # a database beside the store (the receiver, the model registry)
    if sqlite is not None and isinstance(exc, sqlite.Error):
        return f"a database under GENAIOPS_HOME failed: {exc}; check the disk and the permissions of that folder"
    postgres = sys.modules.get("psycopg")  # a PostgreSQL store failing under a read (writes say so themselves)
    if postgres is not None and isinstance(exc, postgres.Error):
        return f"the PostgreSQL store failed: {' '.join(str(exc).split())}; check the server and try again"
    if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):  # a full disk, a read-only folder
        return f"{exc.filename or 'a file'}: {exc.strerror or exc}; check the disk and the permissions there"
    return None


def _named_scenario(missing: str | None) -> str:
    """For a missing "file" that is a scenario's name (``genaiops run drift-check``, as ``scenario list`` and
    the server call it), where that scenario's file is; "" otherwise."""
    if not missing or Path(missing).suffix or len(Path(missing).parts) != 1:
        return ""
    try:
        from genaiops.cli.common import app_settings
        from genaiops.cli.scenario_catalogue import candidates, declared_name

        folder = app_settings().scenarios_dir
        found = [f for f in candidates(folder) if missing in (declared_name(f), f.stem)] if folder.is_dir() else []
    except Exception:  # noqa: BLE001 - a hint only: the error is said without it
        return ""
    if not found:
        return ""
    return f"; {missing} names the scenario in {found[0]}: give that file's path"


def say_error(message: str) -> None:
    """``error: MESSAGE`` on stderr."""
    from rich.markup import escape

    from genaiops.cli.consoles import err_console

    err_console.print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)


def logged_failure(message: str) -> None:
    """A user error or an operational failure: logged with its traceback (the file only), then said."""
    from genaiops.cli.logs import FILE_ONLY, LOG

    LOG.info("exit 2: %s", message, exc_info=True, extra=FILE_ONLY)
    say_error(message)


def finish(body: Callable[[], int], close: Callable[[], None]) -> NoReturn:
    """Run a command's ``body`` (its exit code), ``close`` what it opened however it ends, and exit as the typer
    application exits (``genaiops.cli.full.run``)."""
    try:
        try:
            code = body()
        finally:
            close()
    except KeyboardInterrupt:
        sys.exit(130)  # as typer ends a command that Ctrl-C interrupted
    except Exception as exc:  # noqa: BLE001 - every failure is one line, never a traceback on the screen
        fail(exc)
    sys.exit(code)


def fail(exc: Exception) -> NoReturn:
    """End the command on ``exc`` (being handled) as the typer application does: a user error or an operational
    failure is one line and exit 2, anything else a bug (one line naming the log file, which gets the traceback)
    and exit 1; a broken pipe goes on up (``genaiops.cli.main`` ends quietly)."""
    from genaiops.cli.logs import FILE_ONLY, LOG

    if isinstance(exc, BrokenPipeError):
        raise exc
    message = explain(exc)
    if message is not None:
        logged_failure(message)
        sys.exit(2)
    LOG.error("unexpected error", exc_info=True, extra=FILE_ONLY)
    say_error(f"unexpected {type(exc).__name__}: {exc} (a bug in genaiops; its traceback is in {log_file()})")
    sys.exit(1)


def log_file() -> str:
    """The log file's path, for a message."""
    from genaiops.cli.logs import LOG_FILE
    from genaiops.settings import load_settings

    try:
        return str(load_settings().home / "logs" / LOG_FILE)
    except Exception:  # noqa: BLE001 - only to name the file in a message
        return f"GENAIOPS_HOME/logs/{LOG_FILE}"
