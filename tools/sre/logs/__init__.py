"""Logs: read log text (plain, JSON lines, syslog, Loki query_range) and mine templates online with typed parameters.

Contract (shared with ``detect_log_anomalies``): ``parse_log_text(text, fmt=, service=, miner=) -> ParsedLogs``
with ``LogRecord``s (line, UTC time, service, level, message, template id/text, typed ``LogParam``s) and
``LogSkip``s for lines that could not be read. A ``TemplateMiner`` is online: pass the same one to keep template
ids stable across calls. No I/O here: the Loki client lives in ``loki.py`` and is a resource built by the runtime.
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from genaiops.tools.sre.logs.miner import TemplateMiner
    from genaiops.tools.sre.logs.models import (
        LEVELS,
        LogFormat,
        LogLevel,
        LogParam,
        LogRecord,
        LogSkip,
        ParamKind,
        ParsedLogs,
    )
    from genaiops.tools.sre.logs.parse import (
        MinedLines,
        detect_format,
        mine_log_text,
        no_cyclic_gc,
        parse_log_text,
    )
    from genaiops.tools.sre.logs.readers import LogFormatError

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(("TemplateMiner",), "genaiops.tools.sre.logs.miner"),
    **dict.fromkeys(
        ("LEVELS", "LogFormat", "LogLevel", "LogParam", "LogRecord", "LogSkip", "ParamKind", "ParsedLogs"),
        "genaiops.tools.sre.logs.models",
    ),
    **dict.fromkeys(
        ("MinedLines", "detect_format", "mine_log_text", "no_cyclic_gc", "parse_log_text"),
        "genaiops.tools.sre.logs.parse",
    ),
    **dict.fromkeys(("LogFormatError",), "genaiops.tools.sre.logs.readers"),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "LEVELS",
    "LogFormat",
    "LogFormatError",
    "LogLevel",
    "LogParam",
    "LogRecord",
    "LogSkip",
    "MinedLines",
    "ParamKind",
    "ParsedLogs",
    "TemplateMiner",
    "detect_format",
    "mine_log_text",
    "no_cyclic_gc",
    "parse_log_text",
]
