"""The scenario catalogue the planner chooses from: the scenario files under a folder, their params, and the
means to load one exactly as ``genaiops run FILE --set ...`` would (same registry, policy, data roots and
configured resources). Built by the entry point (``genaiops ask``, the desk) from its settings."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Catalogue", "Entry", "known_models"]

_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Entry:
    """One scenario of the catalogue: its ``name:``, file, description and declared params."""

    name: str
    file: Path
    description: str
    params: tuple[Any, ...] = ()  # genaiops.graphs.Param
    at: str | None = None
    """The scenario's own clock (``at:``, ISO 8601), when it sets one: a drill happens at that time."""

    def param(self, name: str) -> Any | None:
        return next((p for p in self.params if p.name == name), None)


@dataclass
class Catalogue:
    """Scenario files under ``folder``; ``registry``/``policy``/``resources``/``roots_for`` as ``genaiops run``
    uses them; ``memory`` (a ``genaiops.agents.memory.Memory``) to find scenarios by retrieval."""

    folder: Path
    registry: Any
    policy: Any
    resources: Collection[str] | None = None
    roots_for: Callable[[Path], Any] | None = None
    memory: Any | None = None
    known: dict[str, list[str]] = field(default_factory=dict)
    """Names the system knows per param (``service``: the simulator's services), for "did you mean"."""
    _entries: list[Entry] | None = field(default=None, repr=False)
    _indexed: tuple[tuple[str, int, int], ...] | None = field(default=None, repr=False)
    _index: _Snapshot | None = field(default=None, repr=False)

    def entries(self) -> list[Entry]:
        """Every scenario file under the folder (YAML with ``tasks:``), read once."""
        if self._entries is None:
            self._entries = [e for e in (_entry(p) for p in _candidates(self.folder)) if e is not None]
        return self._entries

    def find(self, name: str) -> Entry | None:
        """The entry called ``name`` (its ``name:``, else its file stem), or None."""
        wanted = name.strip().lower()
        return next((e for e in self.entries() if wanted in (e.name.lower(), e.file.stem.lower())), None)

    def names(self) -> list[str]:
        return [e.name for e in self.entries()]

    def load(self, entry: Entry, params: dict[str, Any]) -> tuple[Any, Any]:
        """``load_scenario(entry.file, params=params)`` as ``genaiops run`` calls it: (spec, plan) or it raises
        ``SpecError``/``GraphValidationError``/``UserError`` naming every problem."""
        from genaiops.graphs import load_scenario

        roots = self.roots_for(entry.file) if self.roots_for else None
        return load_scenario(
            str(entry.file), self.registry, self.policy, roots=roots, params=params, resources=self.resources
        )

    def search(self, text: str, k: int = 3) -> list[tuple[Entry, float]]:
        """The scenarios nearest to ``text`` in Chroma memory (cosine distance, nearest first); [] without
        memory. The folder is (re)indexed when its files changed since this catalogue last looked."""
        if self.memory is None or not text.strip():
            return []
        state = _state(self.folder)
        if state != self._indexed or self._index is None:
            self.memory.index_scenarios(self.folder)
            self._indexed, self._entries = state, None
            self._index = _Snapshot.of(self.memory, self.entries(), self.folder)
        return self._index.nearest(text, k)


@dataclass
class _Snapshot:
    """The ``scenarios`` collection's stored vectors, read once per state of the folder: a search then embeds only
    the request and ranks by cosine distance, as the collection's query would (the same encoder, the same
    distance, every document compared), without a round trip to Chroma per request."""

    spec: Any
    vectors: Any  # numpy (n, dim), rows scaled to unit length
    entries: list[Entry | None]  # the catalogue entry of each row (None: a document of another folder)

    @classmethod
    def of(cls, memory: Any, entries: list[Entry], folder: Path) -> _Snapshot:
        import numpy as np

        root = folder.resolve()
        by_path = {e.file.resolve().relative_to(root).as_posix(): e for e in entries}
        got = memory.collection("scenarios").get(include=["embeddings", "metadatas"])
        vectors = np.asarray(got["embeddings"], dtype=np.float32).reshape(len(got["ids"]), -1)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        rows = [by_path.get((m or {}).get("path")) for m in got["metadatas"]]
        return cls(memory.embedding_of("scenarios"), vectors / np.where(norms == 0, 1, norms), rows)

    def nearest(self, text: str, k: int) -> list[tuple[Entry, float]]:
        """The ``k`` catalogue entries nearest to ``text`` among the collection's ``k + 4`` nearest documents."""
        import numpy as np

        from genaiops.agents.memory.encoders import encode

        if not len(self.entries):
            return []
        query = np.asarray(encode(self.spec, [text])[0], dtype=np.float32)
        norm = float(np.linalg.norm(query))
        distances = 1.0 - self.vectors @ (query / (norm or 1.0))
        order = np.argsort(distances, kind="stable")[: k + 4]
        found = [(self.entries[i], float(distances[i])) for i in order if self.entries[i] is not None]
        return found[:k]  # type: ignore[misc]


def _state(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Each YAML file under ``folder`` with its modification time and size: what re-indexing depends on (one
    directory walk and one stat per file, cheap enough to ask before every search)."""
    found = []
    for top, _, files in os.walk(folder):
        for name in files:
            if name.endswith(_SUFFIXES):
                path = os.path.join(top, name)
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                found.append((path, st.st_mtime_ns, st.st_size))
    return tuple(sorted(found))


def _candidates(folder: Path) -> list[Path]:
    import yaml

    found = []
    if not folder.is_dir():
        return found
    for file in sorted(p for p in folder.rglob("*") if p.suffix in _SUFFIXES and p.is_file()):
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if isinstance(data, dict) and "tasks" in data:
            found.append(file)
    return found


def _entry(file: Path) -> Entry | None:
    """The entry of ``file``; a file whose params cannot be read still appears (loading it names the problem)."""
    import yaml

    from genaiops.errors import UserError
    from genaiops.graphs import scenario_params

    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    try:
        params = tuple(scenario_params(file))
    except UserError:
        params = ()
    name = str(data.get("name") or file.stem)
    at = data.get("at")
    return Entry(
        name=name, file=file, description=" ".join(str(data.get("description", "")).split()), params=params,
        at=at.isoformat() if hasattr(at, "isoformat") else (str(at) if at else None),
    )  # fmt: skip


def known_models(catalogue: Catalogue, tables_url: str | None) -> list[str]:
    """The model names the system knows, for "did you mean": the catalogue's scenarios' (each ``model`` param's
    default and allowed values) and those in the MLOps registry's tables in the store at ``tables_url`` (read
    only; None, a missing file or one without the table adds none)."""
    found = set(_registered(tables_url)) if tables_url else set()
    for entry in catalogue.entries():
        param = entry.param("model")
        if param is not None:
            found |= {str(v) for v in (param.spec.default, *(param.spec.allowed or ())) if v is not None}
    return sorted(found)


def _registered(url: str) -> list[str]:
    from genaiops.store_tables import peek  # read only; no such database or table yet: none

    return [row[0] for row in peek(url, "SELECT name FROM mlops_models")]
