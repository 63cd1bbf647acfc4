"""The CLI's two Rich consoles (stdout for results, stderr for errors and notes), shared by the typer commands and
the fast read path (``genaiops.cli.lite``), which must print the very same characters.

Text they print is shown, never obeyed by the terminal (``genaiops.visible.shown``): a decision's reason, a
task's error or an alert's label comes from other people and tools. Every text that holds such a character
reaches Rich (the plain paths write only printable text)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from genaiops.cli.options import Options as Options  # re-exported: where the typer application sets them
from genaiops.visible import shown


class _ShownConsole(Console):
    def render_str(self, text: str, **options: Any) -> Text:
        return super().render_str(shown(text), **options)


console = _ShownConsole(highlight=False)
err_console = _ShownConsole(stderr=True, highlight=False)
