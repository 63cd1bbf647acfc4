"""What a run is as stored, read by ``Engine.result`` and by the CLI's fast ``runs show`` (which reads it without
the engine, pydantic or the models: the standard library and the store's rows only)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from genaiops.graphs.liveness import run_status

if TYPE_CHECKING:
    from genaiops.safety.approvals import ApprovalRequest
    from genaiops.store import RunRow, Store

__all__ = ["Outputs", "RunResult", "stored_result"]


class Outputs(Mapping[str, Any]):
    """Task outputs by task id, decoded from their stored JSON when first read."""

    def __init__(self, texts: dict[str, str]):
        self._texts, self._values = texts, {}

    def __getitem__(self, task_id: str) -> Any:
        if task_id not in self._values:
            self._values[task_id] = json.loads(self._texts[task_id])
        return self._values[task_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return repr(dict(self))


@dataclass(frozen=True)
class RunResult:
    run_id: str
    name: str
    status: str
    tasks: dict[str, str]
    outputs: Mapping[str, Any]
    errors: dict[str, str]
    pending: list[ApprovalRequest]
    """The requests the run waits for (read without pydantic by ``runs show``: ``genaiops.graphs.stored``)."""


def stored_result(store: Store, run: RunRow, pending: list[Any], *, live: bool = False) -> RunResult:
    """The run as stored, waiting for ``pending``; one whose executing process is gone reads ``orphaned``
    unless it is ``live`` (executed by this process)."""
    rows = store.tasks(run.run_id, decode=False)
    return RunResult(
        run_id=run.run_id,
        name=run.name,
        status=run.status if live else run_status(run),
        tasks={r.task_id: r.status for r in rows},
        outputs=Outputs({r.task_id: r.result for r in rows if r.status == "succeeded"}),
        errors={r.task_id: r.error for r in rows if r.error},
        pending=pending,
    )
