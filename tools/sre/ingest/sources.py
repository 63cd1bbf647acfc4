"""The I/O edge of ingestion: read a metrics file, or ask a Prometheus server over HTTP (httpx).

Everything else in ``tools/sre`` is pure. These adapters are what an executor injects as a resource
(``ToolContext.resources["prometheus"]``) or what a benchmark or CLI calls before handing text to a parser.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import NamedTuple, Protocol

from genaiops.errors import ToolExecutionError, ToolInputError

__all__ = ["FORMAT_BY_SUFFIX", "MetricsFile", "PrometheusClient", "PrometheusSource", "read_metrics_file"]

FORMAT_BY_SUFFIX = {
    ".csv": "csv",
    ".prom": "prometheus_text",
    ".txt": "prometheus_text",
    ".json": "prometheus_json",
}


class MetricsFile(NamedTuple):
    """A metrics file's text and its format name."""

    text: str
    format: str


def read_metrics_file(path: str | Path, format: str | None = None) -> MetricsFile:
    """Read a metrics file as text; the format comes from ``format`` or the suffix (.csv, .prom/.txt, .json)."""
    path = Path(path)
    chosen = format or FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if chosen is None:
        raise ToolInputError(
            f"{path}: cannot tell the format from the suffix {path.suffix!r}; "
            f"pass format= one of {sorted(set(FORMAT_BY_SUFFIX.values()))}"
        )
    try:
        return MetricsFile(path.read_text(encoding="utf-8"), chosen)
    except FileNotFoundError:
        raise ToolInputError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise ToolInputError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None


class PrometheusSource(Protocol):
    """What the ``query_metrics`` tool needs from its ``prometheus`` resource."""

    def query_range(self, query: str, start: datetime, end: datetime, step_seconds: float) -> str: ...


class PrometheusClient:
    """A Prometheus HTTP API client (``GET /api/v1/query_range``) returning the answer's JSON text."""

    def __init__(self, base_url: str, *, timeout: float = 10.0, headers: dict[str, str] | None = None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.headers = dict(headers or {})

    def query_range(self, query: str, start: datetime, end: datetime, step_seconds: float) -> str:
        import httpx

        url = f"{self.base_url}/api/v1/query_range"
        params = {"query": query, "start": start.timestamp(), "end": end.timestamp(), "step": step_seconds}
        try:
            response = httpx.get(url, params=params, timeout=self.timeout, headers=self.headers)
        except httpx.HTTPError as exc:
            raise ToolExecutionError(
                f"cannot reach Prometheus at {url}: {exc}; check the URL and that the server is up"
            ) from None
        if response.status_code >= 400 and not _is_api_error(response):
            raise ToolExecutionError(f"Prometheus at {url} answered HTTP {response.status_code}: {response.text[:200]}")
        return response.text


def _is_api_error(response: object) -> bool:
    """Prometheus reports bad queries as HTTP 400/422 with a JSON body the parser explains; keep those."""
    content_type = getattr(response, "headers", {}).get("content-type", "")
    return "json" in content_type
