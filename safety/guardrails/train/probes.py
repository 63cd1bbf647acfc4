"""What the hand-written injection probe sets share: their items, and how a set's ``channel -> kind -> texts`` table
becomes them. Kinds starting with ``attack_`` are injections. The sets import this module, never the other way (no
training script may name a probe set's module)."""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = ["Channel", "ProbeItem", "probe_items"]

Channel = Literal["input", "tool"]


class ProbeItem(NamedTuple):
    """One hand-written probe: its text, channel, kind and whether it is an injection."""

    text: str
    channel: Channel
    kind: str
    injection: bool


def probe_items(table: dict[Channel, dict[str, tuple[str, ...]]], channel: Channel | None) -> list[ProbeItem]:
    """Every item of ``table`` in ``channel`` (both channels when None), in the order written."""
    return [
        ProbeItem(text, name, kind, kind.startswith("attack_"))
        for name, kinds in table.items()
        if channel in (None, name)
        for kind, texts in kinds.items()
        for text in texts
    ]
