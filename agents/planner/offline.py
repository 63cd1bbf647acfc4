"""The offline planner: the shipped model (``model.py``) reads the request, ``fill.complete`` chooses the
scenario and fills its params. Deterministic, no network; loading the model takes a few hundred ms once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from genaiops.agents.planner import PlannerAnswer
from genaiops.agents.planner.fill import check_text, complete
from genaiops.agents.planner.model import MODEL_FILE, load_model

if TYPE_CHECKING:
    from genaiops.agents.planner.catalogue import Catalogue

__all__ = ["OfflinePlanner"]


class OfflinePlanner:
    """Plans with the model in ``model_file`` (default: the shipped ``data/model.json``)."""

    name = "offline"

    def __init__(self, catalogue: Catalogue | None = None, model_file: Path = MODEL_FILE) -> None:
        self.catalogue = catalogue
        self.model = load_model(model_file)

    def read(self, text: str) -> PlannerAnswer:
        """Intent and slots only (no catalogue): what bench/chat.py measures."""
        text = check_text(text)
        intent, confidence = self.model.intent(text)
        slots = self.model.slots(text, intent)
        return PlannerAnswer(intent=intent, slots=slots, confidence=round(confidence, 4), planner=self.name)

    def plan(self, text: str, context: dict[str, str] | None = None) -> PlannerAnswer:
        text = check_text(text)
        return complete(self.read(text), text, context, self.catalogue)
