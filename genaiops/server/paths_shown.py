"""Paths as a caller of the server reads them: where the server keeps its files is none of a caller's business.

``said_without_paths`` turns the server's own folders in a text into names a caller can use: a file of the
scenario catalogue reads as its name there (``gated.yaml``, as ``GET /scenarios`` names it), the catalogue folder
itself as ``$GENAIOPS_SCENARIOS_DIR``, the home as ``$GENAIOPS_HOME`` (``$GENAIOPS_HOME/alert_rules.yaml``), a
folder of GENAIOPS_DATA_ROOTS as ``$GENAIOPS_DATA_ROOTS[N]`` (from 1), and a file a setting names outside those
folders as the setting (the store's SQLite file ``$GENAIOPS_STORE_URL``, ``$GENAIOPS_POLICY_FILE``,
``$GENAIOPS_ALERT_RULES_FILE``...). ``HidePaths``, an ASGI middleware in front
of the API and the console, says every JSON, HTML, plain-text and event-stream answer so (documents, refusals, the
chat desk's replies, pages), and ``shown_source`` names a run's scenario file outside those folders by its file
name alone. The CLI on the server's own machine reads the store itself and keeps the full paths.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

from genaiops.settings import ENV_PREFIX, Settings

__all__ = ["HidePaths", "said_without_paths", "shown_source"]


def _spellings(folder: Path) -> list[str]:
    """The folder as settings give it and as it really is (a symbolic link such as /tmp on macOS)."""
    given = os.path.abspath(os.path.expanduser(folder))
    return list(dict.fromkeys((given, str(Path(given).resolve()))))


def _names(settings: Settings) -> dict[str, str]:
    """Each of the server's folders (each spelling) -> what a caller reads for it."""
    named = [(settings.scenarios_dir, "$GENAIOPS_SCENARIOS_DIR"), (settings.home, "$GENAIOPS_HOME")]
    named += [(Path(root), f"$GENAIOPS_DATA_ROOTS[{n}]") for n, root in enumerate(settings.data_roots, 1)]
    out: dict[str, str] = {}
    for folder, name in named:
        for spelt in _spellings(Path(folder)):
            if spelt != os.sep:
                out.setdefault(spelt, name)
    return out


_FOLDERS = frozenset({"home", "scenarios_dir", "data_roots"})


def _files(settings: Settings, folders: dict[str, str]) -> dict[str, str]:
    """Each file a setting names outside the server's folders (each spelling; a store's ``sqlite:///`` URL as
    well) -> ``$GENAIOPS_<SETTING>``: the store, the policy overlay, the alert rules, the SLO file..."""
    out: dict[str, str] = {}
    for field, value in settings:
        if field in _FOLDERS or value is None:
            continue
        urls: list[str] = []
        if isinstance(value, PurePath):
            text = str(value)
        elif isinstance(value, str) and value.startswith("sqlite:///"):
            text, urls = value.removeprefix("sqlite:///"), [value]
        elif isinstance(value, str) and os.path.isabs(value):
            text = value
        else:
            continue
        name = f"${ENV_PREFIX}{field.upper()}"
        spellings = _spellings(Path(text))
        if any(spelt == folder or spelt.startswith(folder + os.sep) for spelt in spellings for folder in folders):
            continue  # named as a file of its folder ($GENAIOPS_HOME/alert_rules.yaml)
        for spelt in [*spellings, *urls, *(f"sqlite:///{s}" for s in spellings if urls)]:
            if spelt != os.sep:
                out.setdefault(spelt, name)
    return out


def said_without_paths(settings: Settings) -> Callable[[bytes], bytes]:
    """A function that replaces the server's folders and the files its settings name in a text (UTF-8 bytes)
    by the names a caller reads."""
    names = _names(settings)
    files = _files(settings, names)
    table: dict[bytes, bytes] = {}
    for folder, name in names.items():
        inside = b"" if name == "$GENAIOPS_SCENARIOS_DIR" else (name + "/").encode()
        table[(folder + os.sep).encode()] = inside
        table[folder.encode()] = name.encode()
    for file, name in files.items():
        table.setdefault(file.encode(), name.encode())
    if not table:
        return lambda text: text
    ends = {f.encode() for f in files}  # a file's own companions (genaiops.db-wal) read as the setting's too

    def alternative(found: bytes) -> bytes:
        if found.endswith(os.sep.encode()):
            return re.escape(found)
        return re.escape(found) + (rb"(?![\w.])" if found in ends else rb"(?![\w.-])")

    longest = sorted(table, key=len, reverse=True)  # a folder inside another is replaced as the inner one
    pattern = re.compile(b"|".join(alternative(f) for f in longest))
    return lambda text: pattern.sub(lambda m: table[m.group(0)], text)


_MADE: list[tuple[Settings, Callable[[bytes], bytes]]] = []


def _said_for(settings: Settings) -> Callable[[bytes], bytes]:
    """``said_without_paths(settings)``, made once for the settings object last asked about (a runs listing names
    the source of each of thousands of runs: ~0.8 ms each to make it)."""
    made = _MADE[0] if _MADE else None
    if made is None or made[0] is not settings:
        made = (settings, said_without_paths(settings))
        _MADE[:] = [made]
    return made[1]


def shown_source(settings: Settings, source: str | None) -> str | None:
    """A run's ``source`` as a caller reads it: relative to the catalogue folder (``gated.yaml``), the home, a
    data root, or, for a file elsewhere on the server's machine, its file name alone."""
    if not source:
        return source
    said = _said_for(settings)(source.encode()).decode()
    return said if not PurePath(said).is_absolute() else PurePath(said).name


_TEXTUAL = (b"application/json", b"text/html", b"text/plain", b"text/event-stream", b"application/problem+json")


class HidePaths:
    """Answers (JSON, HTML, plain text, server-sent events) said with ``said_without_paths``: a body of known
    length is held until its first part, to send its new Content-Length; a streamed one (no length: the chat
    desk's replies, the console's live pages) starts at once and is rewritten part by part."""

    def __init__(self, app: Any, settings: Settings):
        self.app = app
        self.said = said_without_paths(settings)

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rewrite, held = False, None

        async def sending(message: dict[str, Any]) -> None:
            nonlocal rewrite, held
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                rewrite = headers.get(b"content-type", b"").split(b";")[0].strip().lower() in _TEXTUAL
                if rewrite and b"content-length" in headers:
                    held = message  # sent with the body's first part, whose length may change
                    return
            elif message["type"] == "http.response.body" and rewrite:
                body = self.said(message.get("body", b""))
                if held is not None:
                    headers = [(k, v) for k, v in held.get("headers", []) if k.lower() != b"content-length"]
                    if not message.get("more_body", False):
                        headers.append((b"content-length", str(len(body)).encode()))
                    await send({**held, "headers": headers})
                    held = None
                message = {**message, "body": body}
            await send(message)

        await self.app(scope, receive, sending)
