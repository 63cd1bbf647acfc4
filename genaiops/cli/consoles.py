"""The CLI's two Rich consoles (stdout for results, stderr for errors and notes), shared by the typer commands and
the fast read path (``genaiops.cli.lite``), which must print the very same characters."""

from __future__ import annotations

from rich.console import Console

from genaiops.cli.options import Options as Options  # re-exported: where the typer application sets them

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)
