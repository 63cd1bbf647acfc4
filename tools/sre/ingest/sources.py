"""The I/O edge of ingestion: read a metrics file, or ask a Prometheus server over HTTP (httpx).

Everything else in ``tools/sre`` is pure. These adapters are what an executor injects as a resource
(``ToolContext.resources["prometheus"]``) or what a benchmark or CLI calls before handing text to a parser.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.secret_refs import SECRET_SCHEME
from genaiops.tools.sre.ingest.prometheus import parse_query_json
from genaiops.tools.sre.ingest.promql import PromQueries

__all__ = [
    "FORMAT_BY_SUFFIX",
    "HEADERS_SETTING",
    "HttpApiClient",
    "URL_SETTING",
    "MetricsFile",
    "PrometheusClient",
    "PrometheusSource",
    "read_metrics_file",
]

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


URL_SETTING = "GENAIOPS_PROMETHEUS_URL"
HEADERS_SETTING = "GENAIOPS_PROMETHEUS_HEADERS"
_SECRET_REF = re.compile(SECRET_SCHEME + r"([A-Za-z][A-Za-z0-9_]{0,63})")


class HttpApiClient:
    """A JSON-over-HTTP API client (httpx GET) whose header values may hold ``secret://NAME``: resolved through
    ``secrets`` (a ``SecretStore``) for each request and never kept, logged or put in a message. Errors name the
    setting to fix (``url_setting``, ``headers_setting``): the runtime builds subclasses from those settings."""

    what = "an HTTP API"
    url_setting = ""
    headers_setting = ""
    token_example = "TOKEN"

    def __init__(
        self, base_url: str, *, timeout: float = 10.0, headers: dict[str, str] | None = None, secrets: Any = None
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.headers = dict(headers or {})
        self.secrets = secrets

    @property
    def where(self) -> str:
        """``Prometheus at http://host:9090`` (credentials in the URL left out), for messages."""
        return f"{self.what} at {_shown(self.base_url)}"

    def _keep_error(self, response: Any) -> bool:
        """Whether an HTTP error answer goes back to the caller to explain (an API's own error body)."""
        return False

    def _get(self, path: str, params: dict[str, Any]) -> str:
        import httpx

        url = f"{self.base_url}{path}"
        headers, revealed = self._resolved_headers()
        hidden = [*revealed, *headers.values()]  # what a message must not show, should a server echo it
        try:
            response = httpx.get(url, params=params, timeout=self.timeout, headers=headers)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise ToolExecutionError(
                f"cannot reach {self.where}: {_hide(str(exc), hidden)}; check {self.url_setting} and that the "
                "server is up"
            ) from None
        if response.status_code in (401, 403):
            raise ToolExecutionError(
                f"{self.where} refused the request (HTTP {response.status_code}): check the credentials in "
                f"{self.headers_setting} (e.g. 'Authorization=Bearer secret://{self.token_example}')"
            )
        if response.status_code >= 400 and not self._keep_error(response):
            base = self.base_url.removesuffix(path.rpartition("/")[0])
            hint = f", drop {path.rpartition('/')[0]} from it" if base != self.base_url else ""
            raise ToolExecutionError(
                f"{self.what} at {_shown(url)} answered HTTP {response.status_code}: "
                f"{_hide(_excerpt(response.text), hidden)}; check {self.url_setting} (the server's base URL{hint})"
            )
        return response.text

    def _resolved_headers(self) -> tuple[dict[str, str], list[str]]:
        """The headers with every ``secret://NAME`` replaced by its value, and those values."""
        revealed: list[str] = []

        def secret(match: re.Match[str]) -> str:
            if self.secrets is None:
                raise ToolExecutionError(
                    f"{self.headers_setting}: {match[0]} cannot be resolved here (no secrets store)"
                )
            try:
                revealed.append(self.secrets.get(match[1]))
            except ToolInputError as exc:
                raise ToolExecutionError(f"{self.headers_setting}: {exc}") from None
            return revealed[-1]

        return {name: _SECRET_REF.sub(secret, value) for name, value in self.headers.items()}, revealed


class PrometheusClient(HttpApiClient):
    """A Prometheus HTTP API client (``GET /api/v1/query_range`` and ``/api/v1/query``) returning the answers'
    JSON text, and the PromQL templates (``queries``) metrics are read with: the ``prometheus`` resource.

    A header value may hold ``secret://NAME`` (see ``HttpApiClient``); errors name ``URL_SETTING`` and
    ``HEADERS_SETTING``: the runtime builds this client from those settings."""

    what = "Prometheus"
    url_setting = URL_SETTING
    headers_setting = HEADERS_SETTING
    token_example = "PROM_TOKEN"

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 10.0,
        headers: dict[str, str] | None = None,
        secrets: Any = None,
        queries: PromQueries | None = None,
    ):
        super().__init__(base_url, timeout=timeout, headers=headers, secrets=secrets)
        self.queries = queries or PromQueries()

    def query_range(self, query: str, start: datetime, end: datetime, step_seconds: float) -> str:
        params = {"query": query, "start": start.timestamp(), "end": end.timestamp(), "step": step_seconds}
        return self._get("/api/v1/query_range", params)

    def query(self, query: str, at: datetime | None = None) -> str:
        """An instant query (``/api/v1/query``) at ``at`` (default: the server's now)."""
        return self._get("/api/v1/query", {"query": query} | ({"time": at.timestamp()} if at else {}))

    def check(self) -> None:
        """Answer a trivial query like the Prometheus HTTP API does, or raise ``ToolExecutionError`` saying what
        to fix (called before a run that uses Prometheus starts)."""
        try:
            parse_query_json(self.query("vector(1)"))
        except ToolInputError as exc:
            raise ToolExecutionError(
                f"{self.where} does not answer like the Prometheus HTTP API ({exc}); check {URL_SETTING}"
            ) from None

    def _keep_error(self, response: Any) -> bool:
        """Prometheus reports bad queries as HTTP 400/422 with a JSON body the parser explains; keep those."""
        return _is_api_error(response)


def _excerpt(body: str, limit: int = 160) -> str:
    """An answer's body as one short line: markup dropped (another service's HTML error page), whitespace folded,
    cut at ``limit`` characters."""
    text = " ".join(re.sub(r"<[^>]*>", " ", body).split()) or "an empty body"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shown(url: str) -> str:
    """``url`` without the ``user:password@`` part."""
    return re.sub(r"//[^/@]*@", "//", url, count=1)


def _hide(text: str, values: list[str]) -> str:
    """``text`` with each of ``values`` (header values, secrets) replaced by ``***``, longest first."""
    for value in sorted(filter(None, values), key=len, reverse=True):
        text = text.replace(value, "***")
    return text


def _is_api_error(response: object) -> bool:
    """Prometheus reports bad queries as HTTP 400/422 with a JSON body the parser explains; keep those."""
    content_type = getattr(response, "headers", {}).get("content-type", "")
    return "json" in content_type
