"""The ``genaiops`` command line (typer + rich).

User mistakes (a bad file, an unknown run, a refused decision) and operational failures of the store (a full
disk, a read-only store, an unsupported store URL) print one clear message and exit 2, never a traceback. A
command that runs a graph exits 0 when it succeeded, 1 when it failed or was rejected, 3 when it stopped paused at
an approval gate; Ctrl-C exits 130; an unexpected error (a bug) prints one line naming the log file, which holds
its traceback (``genaiops.cli.logs``), and exits 1. ``genaiops --help`` imports no agent framework: heavy modules
load inside the commands.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import Any

__all__ = ["COMMANDS", "LOCAL", "app", "load_command", "main"]

LOCAL = " This home's (GENAIOPS_HOME), even with GENAIOPS_SERVER_URL set: it never goes through a server."
"""Said in the help of the commands that only make sense on a home (accounts, tokens, serve, schedules, ...)."""

COMMANDS: dict[str, tuple[str, str, str]] = {
    "run": ("runs", "run", "Validate and run a graph. Gated tasks wait for people; the run pauses when only they are "
            "left."),
    "resume": ("runs", "resume", "Continue a paused, cancelled or interrupted run (decisions made since then take "
               "effect)."),
    "serve": ("accounts", "serve", "Serve the REST API (/api/v1) and its worker over this home."),
    "runs": ("runs", "runs_app", "List, show and cancel runs."),
    "scenario": ("runs", "scenario_app", "Run and check scenario files (scripted approvals, expected outcomes)."),
    "graph": ("runs", "graph_app", "Draw a graph file as text or Mermaid."),
    "approvals": ("approvals", "app", "The approvals inbox: list, show, approve, reject."),
    "audit": ("audit", "app", "The audit ledger: verify it, export a signed head (anchor), list its entries."),
    "notifications": ("notifications", "app", "Notifications (webhooks, e-mail): send what is due, list "
                      "deliveries." + LOCAL),
    "schedules": ("schedules", "app", "Run scenarios on a schedule (cron): add, list, pause, resume, remove, "
                  "run-due." + LOCAL),
    "users": ("accounts", "users_app", "Server accounts: add, list, remove, change a password." + LOCAL),
    "tokens": ("accounts", "tokens_app", "API tokens of server accounts: create (shown once), list, revoke." + LOCAL),
    "tools": ("tools_cmd", "app", "The registered tools (`genaiops tools`), and one tool in detail (`genaiops tools "
              "show NAME`)."),
    "prompts": ("prompts", "app", "Released prompt versions: the current one of each prompt, and its history."),
    "ask": ("ask", "ask", "Plan a request in words (intent, scenario, params, gates) without running anything."),
    "chat": ("chat", "chat", "Talk to the ops desk: a request becomes a plan you confirm, run with approvals inline."),
    "worker": ("worker", "worker", "Execute runs from the store (detached, orphaned, decided) until stopped."),
    "alerts": ("alerts", "app", "Alertmanager alerts: ingest a webhook payload (into this home, even with "
               "GENAIOPS_SERVER_URL set), list alerts and incidents (the server's when GENAIOPS_SERVER_URL is set)."),
    "models": ("models", "app", "Registered models: their versions, stages (champion, challenger, archived), "
               "metrics and history."),
    "serving": ("serving", "app", "Model endpoints served by uvicorn processes (GENAIOPS_SERVING=process): list "
                "them, stop them." + LOCAL),
    "slo": ("slo", "app", "SLOs and error budgets: check the SLO file, show budgets and burn-rate alerts."),
    "logs": ("logfiles", "app", "Log files: mine their templates (parse), find what changed in them (anomalies)."),
    "capacity": ("capacity", "app", "Capacity gauges: when each reaches its limit, and what to do about it."),
}  # fmt: skip
"""The commands in the order of ``genaiops --help``: name -> (module under genaiops.cli, its command function or
sub-app, the one-line help the listing shows; tests/test_cli_imports.py checks it against the real commands)."""


def main() -> None:
    """Entry point of the console script: a read command that ``genaiops.cli.lite`` can answer alone (``runs
    list``, ``approvals list`` on a local SQLite home, no global options) is answered there; everything else, and
    anything the fast path is unsure of, goes to the typer application (``genaiops.cli.full``). Pydantic's
    plugin loader is stood in for first (``genaiops.cli.plugins``: no importlib.metadata when no plugin is
    installed), and dataclasses' functions are compiled through a kept table (``genaiops.cli.dataclass_code``)."""
    try:
        from genaiops.cli import dataclass_code, lite, plugins

        dataclass_code.install()
        plugins.install()
        if lite.answer(sys.argv[1:]):
            return
        from genaiops.cli.full import run

        run()
    except KeyboardInterrupt:  # Ctrl-C while the command starts (typer turns a later one into exit 130 itself)
        sys.exit(130)
    except BrokenPipeError:  # before Exception, which it is
        # the reader went away (`genaiops ... | head`): stop quietly with 1, as click does on the typer path
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except Exception as exc:
        # Python 3.11 wraps a Ctrl-C that lands in a class body's ``__set_name__`` (a dataclass field being
        # imported) in a RuntimeError: still the user's interrupt, not a crash
        if not _interrupted(exc):
            raise
        sys.exit(130)
    finally:
        gc.freeze()  # nothing is garbage now: interpreter exit then skips a full collection (~5 % of a command)


def _interrupted(exc: BaseException) -> bool:
    """True when a KeyboardInterrupt is among the exceptions that caused ``exc``."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def __getattr__(name: str) -> Any:
    """``app`` and ``load_command`` live in ``genaiops.cli.full`` (typer); imported on first use."""
    if name in ("app", "load_command"):
        from genaiops.cli import full

        return getattr(full, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
