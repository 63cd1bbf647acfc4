"""A gated call's dry run (``@tool(preview=...)``), in its own module: ``genaiops.registry`` is imported to look
tools up from their kept cards without pydantic, and gives this model on first use."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from genaiops.registry import Risk

__all__ = ["ToolPreview"]


class ToolPreview(BaseModel, defer_build=True):
    """What a gated call would do, predicted before it runs (a dry run): it can raise the call's risk tier, and
    it is shown to the people asked to approve."""

    risk: Risk = "low"
    summary: str
    details: dict[str, Any] = {}
