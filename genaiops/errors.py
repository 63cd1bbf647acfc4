"""One exception tree for the whole project.

```
GenAIOpsError
 ├── UserError                  a person's mistake; the CLI prints it and exits 2, never a traceback
 │    ├── SpecError             a file that cannot be read or parsed (missing, malformed YAML)
 │    ├── GraphValidationError  a graph with problems; carries *all* of them, each with its place
 │    ├── NotFoundError         an unknown run, approval, tool or role ("did you mean ...?")
 │    ├── DecisionError         an approval decision that cannot be accepted (closed, expired, changed since read)
 │    │    ├── NotPermittedError  this person may not decide it (their own request, a role it does not accept)
 │    │    └── AmendmentError     amended arguments that cannot be used (unknown, ill-typed, blocked, a secret)
 │    ├── IdentityError         a claimed identity the policy does not allow, a blank name, a role not held
 │    └── SettingsError         a bad GENAIOPS_* setting
 ├── ToolError
 │    ├── ToolInputError        arguments that do not fit the tool (a model may retry with others)
 │    └── ToolExecutionError    the tool ran and failed (retried by the task's retry policy)
 ├── StoreError                 the store cannot be opened or is of another schema
 │    └── StoreRefusedError     it refuses this process's writes until a person fixes something (a rotated or
 │                              another ledger key, a schema of another release): retrying cannot help
 └── RunStateError              an operation that does not fit the run's state (resume a finished run, ...)
```

Messages name the bad value and say how to fix it.
"""

from __future__ import annotations

import difflib
import reprlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "AmendmentError",
    "DecisionError",
    "GenAIOpsError",
    "GraphValidationError",
    "IdentityError",
    "NotFoundError",
    "NotPermittedError",
    "Place",
    "Problem",
    "RunStateError",
    "SettingsError",
    "SpecError",
    "StoreError",
    "StoreRefusedError",
    "ToolError",
    "ToolExecutionError",
    "ToolInputError",
    "UserError",
    "did_you_mean",
    "shorten",
]


def did_you_mean(name: object, choices: Iterable[object]) -> str:
    """Return ' (did you mean 'x'?)' for the closest choice, or '' when nothing is close.

    Anything that is not a string (a missing id, a number) is neither suggested nor matched; an overlong name
    matches nothing (difflib's cost grows with the product of the lengths)."""
    if not isinstance(name, str) or not name or len(name) > _LONGEST_NAME:
        return ""
    options = [c for c in choices if isinstance(c, str) and len(c) <= _LONGEST_NAME]
    close = [c for c in options if c.startswith(name)] or difflib.get_close_matches(name, options, n=1, cutoff=0.6)
    return f" (did you mean {shorten(close[0])}?)" if close else ""


_LONGEST_NAME = 200
_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxlong = _REPR.maxother = 400
_REPR.maxlist = _REPR.maxtuple = _REPR.maxset = _REPR.maxfrozenset = _REPR.maxdict = 10
_REPR.maxlevel = 4


def shorten(value: object, limit: int = 80, *, quote: bool = True) -> str:
    """``value`` as a message shows it: its repr (its text, with ``quote=False``) cut to about ``limit``
    characters, saying how long a cut string was, so an echoed megabyte stays one short line."""
    text = _REPR.repr(value) if quote else str(value)
    if len(text) <= limit:
        return text
    more = f" ({len(value):,} characters)" if isinstance(value, str) else ""
    return f"{text[: max(limit - 1, 1)]}…{more}"


@dataclass(frozen=True, slots=True)
class Place:
    """Where a problem is: a file, a 1-based line, and a dotted field path (``tasks[2].args.seed``)."""

    file: str | None = None
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.field}" if self.field else where


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, where it is, and how to fix it."""

    message: str
    place: Place = Place()
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.place}: {self.message}"
        return f"{text}\n    hint: {self.hint}" if self.hint else text


class GenAIOpsError(Exception):
    """Root of every error genaiops raises on purpose."""


class UserError(GenAIOpsError):
    """A mistake in what a person asked for; shown without a traceback (CLI exit code 2)."""


class SpecError(UserError):
    """A spec or scenario file that cannot be read or parsed; ``missing``: the path given, when no file is there
    (an entry point may then say what was meant, e.g. the file of a scenario named so)."""

    def __init__(self, message: str, *, missing: str | None = None):
        super().__init__(message)
        self.missing = missing


class GraphValidationError(UserError):
    """A graph with one or more problems; ``problems`` lists all of them, in file order."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the graph:"
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems)]))


class NotFoundError(UserError):
    """An unknown run, approval, tool or role."""


class DecisionError(UserError):
    """An approval decision that cannot be accepted."""


class NotPermittedError(DecisionError):
    """The person deciding may not decide this request: it is their own, or it does not accept their role."""


class AmendmentError(DecisionError):
    """Amended arguments that cannot be used: an unknown argument, a value that does not fit, a secret, or one
    the guardrails or the dry run refuse."""


class IdentityError(UserError):
    """Who is acting cannot be accepted: a claimed name or role the policy does not allow, a blank name."""


class SettingsError(UserError):
    """A GENAIOPS_* setting that cannot be used."""


class ToolError(GenAIOpsError):
    """Raised by a tool."""


class ToolInputError(ToolError):
    """The arguments do not fit the tool's input model or its preconditions; not retried."""


class ToolExecutionError(ToolError):
    """The tool ran and failed; the task's retry policy may try again."""


class StoreError(GenAIOpsError):
    """The store cannot be opened or used."""


class StoreRefusedError(StoreError):
    """The store refuses what this process would write, for a reason only a person can fix (the ledger key was
    rotated or is another home's, the schema is of another release): a long-lived process stops, saying the fix,
    rather than try again forever."""


class RunStateError(UserError):
    """The operation does not fit the run's current state."""
