"""Metrics in: CSV, Prometheus exposition text and Prometheus HTTP API JSON -> cleaned numeric series.

Contract: parsers are pure functions over text (no I/O); ``sources`` is the only module that touches files or
the network. Every parser returns :class:`Series` (UTC ``datetime64[ms]`` timestamps, float values); problems
raise ``ToolInputError`` naming the line or JSON field and how to fix it. Cleaning sorts by time, applies the
NaN policy (``drop`` by default, or ``reject``) and the duplicate policy (``reject`` by default, or ``first``,
``last``, ``mean``), and reports gaps without filling them.
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from genaiops.tools.sre.ingest.csv_text import parse_csv
    from genaiops.tools.sre.ingest.loader import FORMATS, LoadedSeries, MetricsFormat, guess_format, load_series
    from genaiops.tools.sre.ingest.prometheus import parse_exposition, parse_query_json
    from genaiops.tools.sre.ingest.series import Gap, MetricSeries, Series, clean_series, find_gaps

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(("parse_csv",), "genaiops.tools.sre.ingest.csv_text"),
    **dict.fromkeys(
        ("FORMATS", "LoadedSeries", "MetricsFormat", "guess_format", "load_series"), "genaiops.tools.sre.ingest.loader"
    ),
    **dict.fromkeys(("parse_exposition", "parse_query_json"), "genaiops.tools.sre.ingest.prometheus"),
    **dict.fromkeys(("Gap", "MetricSeries", "Series", "clean_series", "find_gaps"), "genaiops.tools.sre.ingest.series"),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "FORMATS",
    "Gap",
    "LoadedSeries",
    "MetricSeries",
    "MetricsFormat",
    "Series",
    "clean_series",
    "find_gaps",
    "guess_format",
    "load_series",
    "parse_csv",
    "parse_exposition",
    "parse_query_json",
]
