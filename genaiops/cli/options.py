"""Options given before the command (``genaiops --unsafe-policy COMMAND``), kept apart from the consoles so that
the views the fast path shares (``genaiops.cli.views``) read them without importing typer or Rich."""

from __future__ import annotations

__all__ = ["Options"]


class Options:
    """The global options of this command (``genaiops.cli.full`` sets them)."""

    unsafe_policy = False
    quiet = False
    """``--quiet``: no progress display, and on stderr errors only."""
