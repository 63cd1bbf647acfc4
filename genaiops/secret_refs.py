"""Secret references: ``secret://NAME`` in task arguments, resolved only at the moment a tool is called.

A scenario never holds a secret's value. It writes ``secret://NAME``; that text is what the run stores, what the
approval request hashes and shows, what events, the ledger and an agent's model see. ``ToolSpec.invoke`` swaps
each reference for its value just before the tool runs, through the ``secrets`` resource (``SecretStore``: the
environment variable ``GENAIOPS_SECRET_<NAME>``, else the file ``GENAIOPS_HOME/keys/secrets/<NAME>`` with mode
0600), and swaps any value that comes back, in the result or an error message, for its reference again.

A reference is the whole string value; names are letters, digits and ``_``, starting with a letter.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genaiops.errors import ToolInputError
from genaiops.ids import is_model

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = [
    "SECRET_ENV_PREFIX",
    "SECRET_SCHEME",
    "SecretStore",
    "conceal",
    "leaks",
    "reference_problem",
    "reveal",
    "secret_names",
]

SECRET_SCHEME = "secret://"
SECRET_ENV_PREFIX = "GENAIOPS_SECRET_"
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")


def reference_problem(text: str) -> str | None:
    """Why a string holding ``secret://`` is not a usable reference, or ``None``."""
    if not text.startswith(SECRET_SCHEME):
        return f"{SECRET_SCHEME}NAME must be the whole value (it is not resolved inside other text)"
    name = text[len(SECRET_SCHEME) :]
    if not _NAME.fullmatch(name):
        return f"{SECRET_SCHEME}NAME needs a name of letters, digits and '_' starting with a letter (at most 64)"
    return None


def _name(value: Any) -> str | None:
    if type(value) is str and value.startswith(SECRET_SCHEME):
        name = value[len(SECRET_SCHEME) :]
        return name if _NAME.fullmatch(name) else None
    return None


def secret_names(value: Any) -> list[str]:
    """The names of the references in ``value`` (a model, mapping, sequence or string), in order."""
    found: list[str] = []
    _collect(value, found)
    return found


_SCALARS = frozenset({int, float, bool, type(None)})


def _collect(value: Any, found: list[str]) -> None:
    kind = type(value)  # exact types first: this runs on every tool call
    if kind is str:
        name = _name(value)
        if name is not None:
            found.append(name)
    elif kind in _SCALARS:
        return
    elif kind is dict:
        for item in value.values():
            _collect(item, found)
    elif kind is list or kind is tuple:
        for item in value:
            _collect(item, found)
    elif is_model(value):
        for item in _fields(value).values():
            _collect(item, found)
    elif isinstance(value, Mapping):
        for item in value.values():
            _collect(item, found)
    elif isinstance(value, set | frozenset):
        for item in value:
            _collect(item, found)


def _fields(model: BaseModel) -> dict[str, Any]:
    extra = model.__pydantic_extra__
    return {**model.__dict__, **extra} if extra else model.__dict__


class SecretStore:
    """The ``secrets`` resource: a secret's value by name, read when asked (never cached, never logged)."""

    def __init__(self, environ: Mapping[str, str], folder: Path):
        self.environ = environ
        self.folder = Path(folder)

    def get(self, name: str) -> str:
        """The value of ``secret://name``; a ``ToolInputError`` naming the setting to set when it has none."""
        value = self.environ.get(SECRET_ENV_PREFIX + name)
        if value:
            return value
        file = self.folder / name
        if file.is_file():
            return self._read(name, file)
        raise ToolInputError(
            f"{SECRET_SCHEME}{name} is not set: set the environment variable {SECRET_ENV_PREFIX}{name} for the "
            f"process that runs the task, or write the value to {file} (mode 0600)"
        )

    @staticmethod
    def _read(name: str, file: Path) -> str:
        mode = file.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ToolInputError(
                f"{SECRET_SCHEME}{name}: {file} can be read by other users (mode {stat.S_IMODE(mode):04o}); "
                f"run `chmod 600 {file}`"
            )
        value = file.read_text(encoding="utf-8").rstrip("\r\n")
        if not value:
            raise ToolInputError(f"{SECRET_SCHEME}{name}: {file} is empty; write the secret's value into it")
        return value


def reveal(args: BaseModel, secrets: Any) -> tuple[BaseModel, dict[str, str]]:
    """``args`` with every reference replaced by its value (no re-validation: a value takes its reference's
    place as a string), and ``{value: reference}`` for ``conceal``. ``secrets`` has ``get(name) -> str``."""
    found = secret_names(args)
    if not found:
        return args, {}
    names = dict.fromkeys(found)
    if secrets is None:
        raise ToolInputError(
            f"the arguments use {', '.join(SECRET_SCHEME + n for n in names)}, but this call has no `secrets` "
            "resource to resolve references (they are resolved only inside a run)"
        )
    values = {name: secrets.get(name) for name in names}
    return _swap(args, values), {value: SECRET_SCHEME + name for name, value in values.items()}


def _swap(value: Any, values: dict[str, str]) -> Any:
    if type(value) is str:
        name = _name(value)
        return values[name] if name is not None else value
    if is_model(value):
        update = {k: _swap(v, values) for k, v in _fields(value).items()}
        return value.model_copy(update=update)
    if isinstance(value, Mapping):
        return {k: _swap(v, values) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return type(value)(_swap(v, values) for v in value)
    return value


def conceal(value: Any, revealed: Mapping[str, str]) -> Any:
    """``value`` (JSON-like data or a string) with every revealed secret value replaced by its reference."""
    if isinstance(value, str):
        for secret, reference in revealed.items():
            if secret in value:
                value = value.replace(secret, reference)
        return value
    if isinstance(value, Mapping):
        return {conceal(k, revealed): conceal(v, revealed) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [conceal(v, revealed) for v in value]
    return value


def leaks(text: str, revealed: Mapping[str, str]) -> bool:
    """Does ``text`` hold any revealed secret value?"""
    return any(secret in text for secret in revealed)
