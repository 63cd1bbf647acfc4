"""The CLI's log: a rotating file under ``GENAIOPS_HOME/logs/`` for whoever debugs a command (the command line,
run ids and statuses, errors with their tracebacks, dependency warnings), and what ``-v`` shows on stderr.

Tracebacks go to the file only, never to the screen. Secret values never reach either: every line is written
with the values of ``GENAIOPS_SECRET_*`` variables, of the files under ``GENAIOPS_HOME/keys/secrets`` and of
other credential-like variables (names ending ``API_KEY``, ``TOKEN``, ``PASSWORD``, ``SECRET``) replaced by a
reference.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from genaiops.private_files import create_private_file, make_private_dir

LOG = logging.getLogger("genaiops")
ARGV: list[str] = []
"""The console script's arguments (``main`` sets them), logged as the command line."""
FILE_ONLY = {"file_only": True}
"""``extra=FILE_ONLY``: a record for the log file, not for stderr (what the command already said there)."""
LOG_FILE = "genaiops.log"
MAX_BYTES, BACKUPS = 1_000_000, 5
_MARK = "_genaiops_cli"
_CREDENTIAL = re.compile(r"(API_?KEY|TOKEN|PASSWORD|PASSWD|SECRET|CREDENTIALS?)$", re.IGNORECASE)
_SHORTEST, _SHORTEST_GUESSED = 4, 8
"""Values shorter than these are not replaced (they would blank ordinary words): a declared secret
(``GENAIOPS_SECRET_*``, a secrets file), a variable that only looks like a credential by its name."""


def secret_values(environ: Mapping[str, str], home: Path | None) -> dict[str, str]:
    """``{value: what to write instead}`` for every secret this process could know."""
    from genaiops.secret_refs import SECRET_ENV_PREFIX, SECRET_SCHEME

    found: dict[str, str] = {}
    for name, value in environ.items():
        if name.startswith(SECRET_ENV_PREFIX):
            found[value] = SECRET_SCHEME + name[len(SECRET_ENV_PREFIX) :]
        elif _CREDENTIAL.search(name) and len(value) >= _SHORTEST_GUESSED:
            found[value] = f"<{name}>"
    folder = home / "keys" / "secrets" if home is not None else None
    if folder is not None and folder.is_dir():
        for file in folder.iterdir():
            try:
                found.setdefault(file.read_text(encoding="utf-8").rstrip("\r\n"), SECRET_SCHEME + file.name)
            except (OSError, UnicodeDecodeError):
                continue
    return {value: ref for value, ref in found.items() if len(value) >= _SHORTEST}


class Redacting(logging.Formatter):
    """A formatter that writes a reference in place of each secret value, longest values first."""

    def __init__(self, fmt: str, secrets: Mapping[str, str], *, tracebacks: bool):
        super().__init__(fmt)
        self.secrets = sorted(secrets.items(), key=lambda item: -len(item[0]))
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        if not self.tracebacks:
            record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None})
        text = super().format(record)
        for value, ref in self.secrets:
            text = text.replace(value, ref)
        return text


class _BestEffortFile(logging.FileHandler):
    """The log file, rotated as ``logging.handlers.RotatingFileHandler`` rotates it (a line that would take it to
    ``MAX_BYTES`` first moves it to ``.1``, ``.1`` to ``.2``, ... up to ``BACKUPS``): written here because
    importing ``logging.handlers`` (socket, pickle, queue) cost every command ~29 M instructions, 3-4 % of a
    cold ``scenario validate``. A full disk or a lost folder loses log lines, never the command (and prints
    nothing)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
            super().emit(record)
        except Exception:  # noqa: BLE001 - as logging's own handlers: the record is lost, the command goes on
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= MAX_BYTES

    def _rotate(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        for i in range(BACKUPS - 1, 0, -1):
            older, newer = f"{self.baseFilename}.{i}", f"{self.baseFilename}.{i + 1}"
            if os.path.exists(older):
                if os.path.exists(newer):
                    os.remove(newer)
                os.rename(older, newer)
        first = f"{self.baseFilename}.1"
        if os.path.exists(first):
            os.remove(first)
        if os.path.exists(self.baseFilename):
            os.rename(self.baseFilename, first)
        create_private_file(self.baseFilename)  # the fresh log file is as private as the first
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        return


def setup(home: Path | None, verbosity: int, quiet: bool) -> Path | None:
    """Route the log: the file under ``home/logs`` (everything, DEBUG up) and stderr (warnings; info with
    ``-v``, debug with ``-vv``; errors only with ``--quiet``). Replaces what an earlier call set up (the
    tests invoke many commands in one process). Returns the log file, or None when it cannot be written."""
    root = logging.getLogger()
    for handler in [*root.handlers, *LOG.handlers]:
        if getattr(handler, _MARK, False):
            handler.close()
            (LOG if handler in LOG.handlers else root).removeHandler(handler)
    secrets = secret_values(os.environ, home)
    LOG.setLevel(logging.DEBUG)
    screen = logging.StreamHandler(sys.stderr)
    screen.setLevel(logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbosity, 2)])
    screen.setFormatter(Redacting("genaiops: %(message)s", secrets, tracebacks=False))
    screen.addFilter(lambda record: not getattr(record, "file_only", False))
    _add(LOG, screen)
    return _file_handler(root, home, secrets)


def _file_handler(root: logging.Logger, home: Path | None, secrets: Mapping[str, str]) -> Path | None:
    try:
        if home is None:
            raise FileNotFoundError
        file = home / "logs" / LOG_FILE
        make_private_dir(home)
        make_private_dir(file.parent)
        create_private_file(file)
        handler = _BestEffortFile(file, encoding="utf-8")
    except OSError:  # no home, or a read-only one: the command itself says what is wrong with it
        _add(root, logging.NullHandler())  # dependencies' warnings stay off the screen all the same
        return None
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(
        Redacting("%(asctime)s pid %(process)d %(levelname)s %(name)s: %(message)s", secrets, tracebacks=True)
    )
    _add(root, handler)  # our own records (from DEBUG), and dependencies' warnings and errors
    return file


def _add(logger: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _MARK, True)
    logger.addHandler(handler)


def command_line(argv: list[str]) -> str:
    """The command as typed, for the log; a ``--set NAME=VALUE`` whose value looks like a secret (a token
    pasted into a parameter or an amendment, which validation then refuses) is written without its value."""
    import shlex

    words = list(argv)
    for i, word in enumerate(words):
        if word.startswith("--set=") or (i and words[i - 1] == "--set"):
            words[i] = _unless_secret(word)
    return " ".join(shlex.quote(a) for a in ["genaiops", *words])


def _unless_secret(word: str) -> str:
    from genaiops.graphs.arg_checks import secret_problems  # only for a command given --set

    option = "--set=" if word.startswith("--set=") else ""
    name, sep, value = word[len(option) :].partition("=")
    if sep and secret_problems({name: value}):
        return f"{option}{name}=(a value that looks like a secret, not shown)"
    return word
