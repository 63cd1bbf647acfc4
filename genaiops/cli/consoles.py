"""The CLI's two Rich consoles (stdout for results, stderr for errors and notes), shared by the typer commands and
the fast read path (``genaiops.cli.lite``), which must print the very same characters."""

from __future__ import annotations

from rich.console import Console

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


class Options:
    """Options given before the command (``genaiops --unsafe-policy COMMAND``); kept here, beside the consoles,
    so that the views the fast path shares (``genaiops.cli.views``) import no typer."""

    unsafe_policy = False
    quiet = False
    """``--quiet``: no progress display, and on stderr errors only."""
