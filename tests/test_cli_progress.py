"""A run's progress printed to a file or a pipe without Rich's progress display (``genaiops.cli.views``) is the
very text Rich's ``Progress`` prints there: the notable events as they come, then the bar as it stands at the
end, its time elapsed until the last task was done; a line too wide for the console is left to Rich."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from rich.console import Console

from genaiops.cli import views

CASES = {  # total, done before, (seconds, event kind) as the run goes, seconds more until the display stops
    "all done": (10, 4, [(1, "task_succeeded")] * 6, 5),
    "paused part-way": (5, 2, [(2, "task_succeeded"), (0, "approval_requested")], 3700),
    "a half cell": (16, 0, [(0.4, "task_failed")], 0),
    "nothing to do": (0, 0, [], 2),
    "done already": (3, 3, [], 86500),
    "more than the total": (2, 1, [(1, "task_succeeded")] * 3, 1),
    "none done": (12, 0, [(0, "task_rejected")], 0.2),
}


def drawn(monkeypatch: pytest.MonkeyPatch, case: str, width: int, plain: bool) -> str:
    """What the progress display of ``case`` prints on a ``width``-wide console that is not a terminal: through
    ``LiveProgress`` (``plain``) or through Rich's ``Progress`` driven alike, on the same clock."""
    total, done, steps, tail = CASES[case]
    out = Console(file=io.StringIO(), width=width, highlight=False)
    now = [1000.0]
    monkeypatch.setattr(views, "console", out)
    monkeypatch.setattr(views._PlainBar, "clock", staticmethod(lambda: now[0]))
    data = {"error": "went [wrong]", "required": 1, "risk": "high", "approval": "ap-1"}
    if plain:
        display = views.LiveProgress(total, done)
        assert display.plain is not None and display.progress is None
        with display:
            for seconds, kind in steps:
                now[0] += seconds
                display(SimpleNamespace(kind=kind, task_id="t", data=data))
            now[0] += tail
    else:
        progress = views._rich_progress(get_time=lambda: now[0])
        bar = progress.add_task("tasks", total=total, completed=done)
        shown = views.LiveProgress.__new__(views.LiveProgress)  # its event lines, printed with Rich's bar live
        shown.plain, shown.progress, shown.bar = None, progress, bar
        with progress:
            for seconds, kind in steps:
                now[0] += seconds
                shown(SimpleNamespace(kind=kind, task_id="t", data=data))
            now[0] += tail
    return out.file.getvalue()


@pytest.mark.parametrize("width", [80, 50])
@pytest.mark.parametrize("case", list(CASES))
def test_progress_to_a_file_is_what_rich_prints(monkeypatch, case, width) -> None:
    """The same characters as Rich's progress display (at 50 columns the bar's line is Rich's to fold)."""
    rich = drawn(monkeypatch, case, width, plain=False)
    assert drawn(monkeypatch, case, width, plain=True) == rich
    assert "tasks " in rich


def test_a_terminal_keeps_richs_live_display() -> None:
    """On a terminal (or with colours) the bar is Rich's live display."""
    assert not views._PlainBar.fits(Console(file=io.StringIO(), force_terminal=True))
    assert not views._PlainBar.fits(Console(file=io.StringIO(), color_system="standard", force_terminal=False))
    assert views._PlainBar.fits(Console(file=io.StringIO(), color_system=None))
