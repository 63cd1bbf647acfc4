"""Log records: what ``parse_log_text`` and the ``parse_logs`` tool return (a stable interface: h-loganom reads it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

ParamKind = Literal["id", "ip", "number", "path", "hex", "url", "time", "email", "word"]
LogLevel = Literal["trace", "debug", "info", "notice", "warn", "error", "critical", "fatal"]
LogFormat = Literal["auto", "plain", "jsonl", "syslog", "loki"]

LEVELS: tuple[LogLevel, ...] = ("trace", "debug", "info", "notice", "warn", "error", "critical", "fatal")


class LogParam(BaseModel, defer_build=True):
    """One variable part of a message, typed (``<IP>`` in the template is a ``LogParam(kind="ip", ...)``)."""

    model_config = ConfigDict(frozen=True)

    kind: ParamKind
    value: str


class LogRecord(BaseModel, defer_build=True):
    line_no: int = Field(
        description="1-based line of the input (for Loki: position in the merged, time-sorted result)."
    )
    ts: datetime | None = Field(description="UTC; None when the line carries no (complete) time.")
    service: str | None
    level: LogLevel | None
    message: str = Field(description="The message without its header (time, level, host, logger).")
    template_id: str = Field(description="Stable id of the template (a short hash of the template text).")
    template: str = Field(description="The message with variables replaced by <*> or typed <IP>, <NUM>, ...")
    params: list[LogParam]
    truncated: bool = Field(default=False, description="The line was longer than the limit and was cut.")


class LogSkip(BaseModel, defer_build=True):
    line_no: int
    reason: str


class ParsedLogs(BaseModel, defer_build=True):
    records: list[LogRecord]
    skipped: list[LogSkip]
    format: LogFormat = Field(default="auto", description="The format read (the detected one for 'auto').")
    notes: list[str] = Field(default_factory=list, description="What reading changed: truncated lines, ...")


M = TypeVar("M", bound=BaseModel)
_ALL_SET: dict[type, set[str]] = {}  # every field is set: one set per class, shared by its instances


def fields_set(cls: type[BaseModel]) -> set[str]:
    """The set of all of ``cls``'s fields, one per class (shared by the instances ``built`` makes)."""
    return _ALL_SET.get(cls) or _ALL_SET.setdefault(cls, set(cls.model_fields))


# pydantic's instance slots, set through their descriptors: a call each, without object.__setattr__'s lookup
SET_DICT, SET_FIELDS, SET_EXTRA, SET_PRIVATE = (
    vars(BaseModel)[name].__set__
    for name in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
)


def built(cls: type[M], values: dict[str, Any]) -> M:
    """``cls.model_construct(**values)`` for values known valid and complete (every field given, of its type),
    without its per-call overhead (pydantic's own recipe: ``__dict__``, fields set, no extra, no private). For
    what the log readers and the ``parse_logs`` tool build from values they made themselves."""
    obj = cls.__new__(cls)
    SET_DICT(obj, values)
    SET_FIELDS(obj, fields_set(cls))
    SET_EXTRA(obj, None)
    SET_PRIVATE(obj, None)
    return obj
