"""Paths as a caller of the server reads them: where the server keeps its files is none of a caller's business.

``said_without_paths`` turns the server's own folders in a text into names a caller can use: a file of the
scenario catalogue reads as its name there (``gated.yaml``, as ``GET /scenarios`` names it), the catalogue folder
itself as ``$GENAIOPS_SCENARIOS_DIR``, the home as ``$GENAIOPS_HOME`` (``$GENAIOPS_HOME/alert_rules.yaml``), a
folder of GENAIOPS_DATA_ROOTS as ``$GENAIOPS_DATA_ROOTS[N]`` (from 1), and a file a setting names outside those
folders as the setting (the store's SQLite file ``$GENAIOPS_STORE_URL``, ``$GENAIOPS_POLICY_FILE``,
``$GENAIOPS_ALERT_RULES_FILE``...). ``HidePaths``, an ASGI middleware in front
of the API and the console, says every JSON, HTML, plain-text and event-stream answer so (documents, refusals, the
chat desk's replies, pages), and ``shown_source`` names a run's scenario file outside those folders by its file
name alone. A path is found as written and as a page or JSON escapes it (a folder named ``it's`` reads
``it&#39;s`` in a page; a quote or a backslash is escaped in JSON), and in a streamed answer even when it is split
between two parts. The CLI on the server's own machine reads the store itself and keeps the full paths.
"""

from __future__ import annotations

import html
import json
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


def _escaped(text: str) -> list[str]:
    """``text`` and its forms in a page (Jinja's ``&#39;``/``&#34;`` and ``html.escape``'s ``&#x27;``/``&quot;``),
    in JSON (``\\"``, ``\\\\``, ``\\uXXXX`` when ASCII only), in a JSON string written into a page, and as Jinja's
    ``tojson`` writes it."""
    forms = [text, json.dumps(text)[1:-1], json.dumps(text, ensure_ascii=False)[1:-1]]
    for form in list(forms):
        jinja = html.escape(form, quote=False).replace('"', "&#34;").replace("'", "&#39;")
        forms += [jinja, html.escape(form)]
    for form in forms[1:3]:  # Jinja's ``tojson``: JSON with <, >, & and ' as \\u escapes
        forms.append(form.translate(_TOJSON))
    return list(dict.fromkeys(forms))


_TOJSON = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})


class _Said:
    """Replaces the server's folders and the files its settings name in a text (UTF-8 bytes) by the names a
    caller reads; ``part`` says a streamed part so that no path split between two parts gets through."""

    def __init__(self, table: dict[bytes, bytes], files: set[bytes]) -> None:
        """``files``: the keys that are files a setting names; their companions (``genaiops.db-wal``) read as the
        setting's too."""
        self.table = table
        ends = files
        longest = sorted(table, key=len, reverse=True)  # a folder inside another is replaced as the inner one
        self.pattern = re.compile(b"|".join(_alternative(f, f in ends) for f in longest)) if table else None
        self.longest = len(longest[0]) if longest else 0

    def __call__(self, text: bytes) -> bytes:
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.table[m.group(0)], text)

    def part(self, text: bytes) -> tuple[bytes, bytes]:
        """A streamed part (after what was held of the last one): what can be sent now, said, and what must
        wait for the next part because a path may begin in it."""
        if self.pattern is None:
            return text, b""
        cut = len(text)
        for at in range(max(0, len(text) - self.longest - 1), len(text)):
            rest = text[at:]
            if any(key.startswith(rest) for key in self.table):
                cut = at
                break
        out, done = [], 0
        for found in self.pattern.finditer(text):
            if found.start() >= cut:
                break
            out += [text[done : found.start()], self.table[found.group(0)]]
            done = found.end()
        done_at = max(done, cut)
        out.append(text[done:done_at])
        return b"".join(out), text[done_at:]


def _alternative(found: bytes, is_file: bool) -> bytes:
    if found.endswith(os.sep.encode()):
        return re.escape(found)
    return re.escape(found) + (rb"(?![\w.-])" if not is_file else rb"(?![\w.])")


def said_without_paths(settings: Settings) -> Callable[[bytes], bytes]:
    """A function that replaces the server's folders and the files its settings name in a text (UTF-8 bytes)
    by the names a caller reads."""
    return _said(settings)


def _said(settings: Settings) -> _Said:
    names = _names(settings)
    files = _files(settings, names)
    table: dict[bytes, bytes] = {}
    files_said: set[bytes] = set()
    for folder, name in names.items():
        inside = "" if name == "$GENAIOPS_SCENARIOS_DIR" else name + "/"
        for form in _escaped(folder + os.sep):
            table[form.encode()] = inside.encode()
        for form in _escaped(folder):
            table[form.encode()] = name.encode()
    for file, name in files.items():
        for form in _escaped(file):
            table.setdefault(form.encode(), name.encode())
            files_said.add(form.encode())
    return _Said(table, files_said)


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
    desk's replies, the console's live pages) starts at once and is rewritten part by part, the end of a part
    that may begin a path held back for the next one (so a path split between two parts is found whole)."""

    def __init__(self, app: Any, settings: Settings):
        self.app = app
        self.said = _said(settings)

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rewrite, held, pending = False, None, b""

        async def sending(message: dict[str, Any]) -> None:
            nonlocal rewrite, held, pending
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                rewrite = headers.get(b"content-type", b"").split(b";")[0].strip().lower() in _TEXTUAL
                if rewrite and b"content-length" in headers:
                    held = message  # sent with the body's first part, whose length may change
                    return
            elif message["type"] == "http.response.body" and rewrite:
                text = pending + message.get("body", b"")
                if message.get("more_body", False):
                    body, pending = self.said.part(text)
                else:
                    body, pending = self.said(text), b""
                if held is not None:
                    headers = [(k, v) for k, v in held.get("headers", []) if k.lower() != b"content-length"]
                    if not message.get("more_body", False):
                        headers.append((b"content-length", str(len(body)).encode()))
                    await send({**held, "headers": headers})
                    held = None
                message = {**message, "body": body}
            await send(message)

        await self.app(scope, receive, sending)
