"""The I/O edge of logs: a Grafana Loki HTTP API client (the ``loki`` resource, built by the runtime from
``GENAIOPS_LOKI_URL`` and ``GENAIOPS_LOKI_HEADERS``). ``parse_logs`` hands its answers to ``parse_log_text``."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.tools.sre.ingest.sources import HttpApiClient

URL_SETTING = "GENAIOPS_LOKI_URL"
HEADERS_SETTING = "GENAIOPS_LOKI_HEADERS"


class LokiClient(HttpApiClient):
    """``GET /loki/api/v1/query_range`` (a LogQL log query over [start, end]) returning the answer's JSON text.
    Header values may hold ``secret://NAME`` (e.g. ``Authorization=Bearer secret://LOKI_TOKEN`` or
    ``X-Scope-OrgID=tenant1``); errors name the settings to fix."""

    what = "Loki"
    url_setting = URL_SETTING
    headers_setting = HEADERS_SETTING
    token_example = "LOKI_TOKEN"

    def query_range(self, query: str, start: datetime, end: datetime, limit: int = 5000) -> str:
        params = {
            "query": query,
            "start": str(int(start.timestamp() * 1e9)),
            "end": str(int(end.timestamp() * 1e9)),
            "limit": limit,
            "direction": "forward",
        }
        return self._get("/loki/api/v1/query_range", params)

    def _keep_error(self, response: Any) -> bool:
        """Loki answers a bad LogQL query with HTTP 400 and the parser's message: the caller's mistake."""
        if response.status_code == 400:
            raise ToolInputError(f"{self.where} rejected the query: {response.text.strip()[:300]}")
        return False

    def check(self) -> None:
        """Answer the labels endpoint like the Loki HTTP API does, or raise ``ToolExecutionError`` saying what to
        fix (called before a run that uses Loki starts)."""
        text = self._get("/loki/api/v1/labels", {})
        try:
            ok = json.loads(text).get("status") == "success"
        except (ValueError, AttributeError):
            ok = False
        if not ok:
            raise ToolExecutionError(f"{self.where} does not answer like the Loki HTTP API; check {URL_SETTING}")
