"""Data roots: the folders whose files tools may read, and the one check every file argument passes.

A tool never opens a path it was given as is: it asks the ``data_roots`` resource to ``resolve`` it, which
refuses ``..``, ``~``, an absolute path outside every root and a symbolic link that leads out of them, and
returns the real path to open. The entry point builds the resource from settings (``GENAIOPS_HOME`` and the
folders of ``GENAIOPS_DATA_ROOTS``); each run adds its scenario's folder, taken from the run's stored
``source`` (``for_run``), so a run resumed in another process is confined the same way. Relative paths start
from the scenario's folder (from the first root when the run has no file).

Input models mark their path fields with ``DataPath``; validation reads the mark (``data_path_fields``) to check
a path before anything runs. Messages name the path, the roots and the fix; they never quote a file's content.
"""

from __future__ import annotations

import os
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from genaiops.errors import ToolInputError

if TYPE_CHECKING:
    from pydantic import BaseModel, Field

    DataPath = Annotated[str, Field(json_schema_extra={"x-genaiops": "data-path"})]
    DataFile = Annotated[str, Field(json_schema_extra={"x-genaiops": "data-path", "x-genaiops-exists": True})]

__all__ = [
    "DATA_PATH_MARK",
    "DATA_ROOTS_FIX",
    "DataFile",
    "DataPath",
    "DataRoots",
    "data_path_fields",
    "existing_file_fields",
    "for_run",
    "optional_data_file",
]

DATA_PATH_MARK = "data-path"
_FILE_EXTRA = {"x-genaiops": DATA_PATH_MARK, "x-genaiops-exists": True}
_MARKS = {"DataPath": {"x-genaiops": DATA_PATH_MARK}, "DataFile": _FILE_EXTRA}
"""``DataPath``: a tool argument naming a file the tool reads, confined to the data roots and checked by
validation. ``DataFile``: a ``DataPath`` that must name an existing file when the run starts (a suite, recorded
outputs): validation reports a missing one at its line in the scenario, before anything runs. Both are made on
first use (``__getattr__``): checking arguments against kept tool cards imports this module without pydantic."""


def __getattr__(name: str) -> Any:
    if name not in _MARKS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from pydantic import Field

    globals()[name] = Annotated[str, Field(json_schema_extra=dict(_MARKS[name]))]
    return globals()[name]


def optional_data_file(description: str) -> Any:
    """The ``Field`` of an optional ``DataFile`` argument (``name: str | None = optional_data_file("...")``): the
    mark must sit on the field itself, since pydantic does not read it inside ``DataFile | None``."""
    from pydantic import Field

    return Field(default=None, min_length=1, description=description, json_schema_extra=dict(_FILE_EXTRA))


DATA_ROOTS_FIX = (
    f"move the file under one of them, or add its folder to GENAIOPS_DATA_ROOTS (folders separated by {os.pathsep!r})"
)
"""How to make a refused path readable (the data roots are GENAIOPS_HOME, the scenario's folder and those)."""

_SHOWN = 200
"""Characters of a path echoed in a message."""


def data_path_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of an input model marked ``DataPath`` (in declaration order)."""
    marked = []
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and extra.get("x-genaiops") == DATA_PATH_MARK:
            marked.append(name)
    return tuple(marked)


def existing_file_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of an input model marked ``DataFile`` (paths that must exist when the run starts)."""
    return tuple(
        name
        for name, info in model.model_fields.items()
        if isinstance(info.json_schema_extra, dict) and info.json_schema_extra.get("x-genaiops-exists") is True
    )


def _real(folder: str | Path) -> Path:
    return Path(folder).expanduser().resolve()


@dataclass(frozen=True, slots=True)
class DataRoots:
    """The folders tools may read from (real, absolute paths) and where relative paths start."""

    roots: tuple[Path, ...]
    base: Path | None = None
    """Where relative paths start: the run's scenario folder; ``None``: the first root."""

    @classmethod
    def of(cls, *folders: str | Path) -> DataRoots:
        """Roots from folders as given (``~`` expanded, symbolic links and relative parts resolved now)."""
        return cls(tuple(dict.fromkeys(_real(f) for f in folders)))

    def for_scenario(self, source: str | Path | None) -> DataRoots:
        """These roots plus the folder of the scenario file ``source``, where relative paths then start."""
        if not source:
            return self
        folder = _real(source).parent
        return DataRoots(tuple(dict.fromkeys((*self.roots, folder))), folder)

    def resolve(self, path: str) -> Path:
        """The real path of ``path`` if it lies under a root; else ``ToolInputError`` naming the path, the roots
        and the fix. The file need not exist (the reader says so)."""
        real, problem = self._locate(path)
        if problem is not None:
            raise ToolInputError(f"{problem}; {DATA_ROOTS_FIX}")
        assert real is not None
        return real

    def problem(self, path: str) -> str | None:
        """Why ``path`` would be refused (``DATA_ROOTS_FIX`` says what to do), or ``None``."""
        return self._locate(path)[1]

    def _locate(self, path: str) -> tuple[Path | None, str | None]:
        why = _lexical_problem(path)
        if why is not None:
            return None, self._refusal(path, why)
        given = Path(path)
        start = self.base or (self.roots[0] if self.roots else None)
        if not given.is_absolute() and start is None:
            return None, self._refusal(path, "no data roots are configured")
        candidate = given if given.is_absolute() else start / given
        real = candidate.resolve()
        if self._inside(real):
            return real, None
        if self._inside(Path(os.path.abspath(candidate))):
            return None, self._refusal(path, "it is a symbolic link (or passes through one) that leads outside")
        return None, self._refusal(path, "it is outside")

    def _inside(self, path: Path) -> bool:
        return any(path.is_relative_to(root) for root in self.roots)

    def _refusal(self, path: str, why: str) -> str:
        shown = path if len(path) <= _SHOWN else path[:_SHOWN] + "…"
        roots = ", ".join(str(r) for r in self.roots) or "none"
        return f"file {shown!r} cannot be read: {why} the data roots ({roots})"


def _lexical_problem(path: str) -> str | None:
    """What is wrong with the path's text itself (checked before the file system is asked)."""
    if not path.strip():
        return "the path is empty; name a file under"
    if "\x00" in path:
        return "the path contains a NUL character; name a file under"
    if path.startswith("~"):
        return "'~' is not expanded in tool arguments; write the absolute path, under"
    if ".." in Path(path).parts:
        return "'..' is not allowed in a path; write it from the scenario's folder or as an absolute path under"
    return None


def for_run(resources: Mapping[str, Any], source: str | None, run_id: str | None = None) -> Mapping[str, Any]:
    """The resources one run's tools get: the run's own copy of those kept per run (``of_run``: the simulated
    estate), and the ``data_roots`` resource with the run's scenario folder."""
    of_run = getattr(resources, "of_run", None)
    if run_id is not None and callable(of_run):
        resources = of_run(run_id)
    roots = resources.get("data_roots")
    if not isinstance(roots, DataRoots) or not source:
        return resources
    return ChainMap({"data_roots": roots.for_scenario(source)}, resources)  # builds no resource to copy it
