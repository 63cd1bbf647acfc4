"""The CLI's two Rich consoles (stdout for results, stderr for errors and notes), shared by the typer commands and
the fast read path (``genaiops.cli.lite``), which must print the very same characters."""

from __future__ import annotations

from rich.console import Console

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)
