"""The CLI's two Rich consoles (stdout for results, stderr for errors and notes), shared by the typer commands and
the fast read path (``genaiops.cli.lite``), which must print the very same characters.

Text they print is shown, never obeyed by the terminal: control characters (but newline and tab), bidi overrides,
zero-width and other format characters are written as ``\\uXXXX`` escapes. A decision's reason, a task's error or
an alert's label comes from other people and tools: ``ESC [ 2 J`` in one cleared the screen of whoever read it,
and U+202E turned the rest of a line around. (Every text that holds such a character reaches Rich: the plain
paths write only printable text.)"""

from __future__ import annotations

import unicodedata
from typing import Any

from rich.console import Console
from rich.text import Text

from genaiops.cli.options import Options as Options  # re-exported: where the typer application sets them

_HIDDEN = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})
_KEPT = frozenset("\n\t")


def shown(text: str) -> str:
    """``text`` with every character a terminal would obey or hide written as ``\\uXXXX``."""
    if text.isprintable():
        return text
    return "".join(f"\\u{ord(c):04x}" if c not in _KEPT and unicodedata.category(c) in _HIDDEN else c for c in text)


class _ShownConsole(Console):
    def render_str(self, text: str, **options: Any) -> Text:
        return super().render_str(shown(text), **options)


console = _ShownConsole(highlight=False)
err_console = _ShownConsole(stderr=True, highlight=False)
