"""Log records: what ``parse_log_text`` and the ``parse_logs`` tool return (a stable interface: h-loganom reads it)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

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
