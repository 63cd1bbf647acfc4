"""Text from people and tools shown, never obeyed: ``shown`` writes every character a terminal would obey or a
screen would hide or turn around (control characters but newline and tab, bidi overrides, zero-width and other
format characters, line and paragraph separators) as ``\\uXXXX``. The CLI's consoles and the web console's
templates print everything through it: a decision's reason holding ``ESC [ 2 J`` cleared its reader's terminal,
and U+202E showed ``gnp.exe`` as ``exe.png``."""

from __future__ import annotations

import unicodedata

__all__ = ["shown"]

_HIDDEN = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})
_KEPT = frozenset("\n\t")


def shown(text: str) -> str:
    """``text`` with every character a terminal would obey or a reader could not see written as ``\\uXXXX``."""
    if text.isprintable():
        return text
    return "".join(f"\\u{ord(c):04x}" if c not in _KEPT and unicodedata.category(c) in _HIDDEN else c for c in text)
