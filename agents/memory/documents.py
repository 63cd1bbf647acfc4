"""Shipped sources turned into memory documents: runbooks (markdown with front matter) and scenario YAML."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from genaiops.errors import SpecError

__all__ = ["MemoryDocument", "content_hash", "read_runbooks", "read_scenarios", "shipped_runbooks_dir"]

Scalar = str | int | float | bool


@dataclass(frozen=True, slots=True)
class MemoryDocument:
    """One document to store: a stable id, the embedded text and flat metadata (Chroma takes scalars)."""

    id: str
    text: str
    metadata: dict[str, Scalar]


def content_hash(text: str, metadata: dict[str, Any]) -> str:
    """What decides whether a stored document is stale (sha256 of text and sorted metadata)."""
    digest = hashlib.sha256(text.encode())
    digest.update(repr(sorted(metadata.items())).encode())
    return digest.hexdigest()


def flat(value: Any) -> Scalar:
    """A metadata value Chroma accepts: lists become comma-separated strings."""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def shipped_runbooks_dir() -> Path:
    """The runbooks that ship with the SRE tools (``tools/sre/runbooks``)."""
    return Path(str(files("genaiops.tools.sre") / "runbooks"))


def read_runbooks(directory: Path) -> list[MemoryDocument]:
    """Every ``*.md`` with front matter in ``directory`` (``README.md`` is skipped), sorted by id."""
    docs = []
    for path in sorted(Path(directory).glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        meta, body = _front_matter(path)
        rid = str(meta.get("id") or path.stem)
        text = "\n".join([str(meta.get("title", rid)), *map(str, meta.get("signals", [])), body.strip()])
        metadata = {
            "kind": "runbook",
            "runbook": rid,
            "title": flat(meta.get("title", rid)),
            "fault_kind": flat(meta.get("fault_kind", "general")),
            "tools": flat(meta.get("tools", [])),
            "actions": flat(meta.get("actions", [])),
            "source": path.name,
        }
        docs.append(MemoryDocument(f"runbook:{rid}", text, metadata))
    return docs


def _front_matter(path: Path) -> tuple[dict[str, Any], str]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        raise SpecError(f"{path}: a runbook starts with a YAML front matter block between '---' lines")
    head, body = text[4:].split("\n---\n", 1)
    try:
        meta = yaml.safe_load(head) or {}
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: front matter is not valid YAML ({exc})") from None
    if not isinstance(meta, dict):
        raise SpecError(f"{path}: front matter must be a mapping (id, title, fault_kind, ...)")
    return meta, body


def read_scenarios(directory: Path) -> list[MemoryDocument]:
    """Every scenario or suite YAML under ``directory`` (recursively): name, description, tasks, tools."""
    root = Path(directory)
    if not root.is_dir():
        raise SpecError(f"scenario directory {str(root)!r} does not exist; pass the folder holding *.yaml")
    docs = []
    for path in sorted(root.rglob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise SpecError(f"{path}: not valid YAML ({exc})") from None
        if isinstance(data, dict):
            docs.append(_scenario_document(root, path, data))
    return docs


def _scenario_document(root: Path, path: Path, data: dict[str, Any]) -> MemoryDocument:
    rel = path.relative_to(root).as_posix()
    name = str(data.get("name") or data.get("suite") or path.stem)
    tasks = [t for t in data.get("tasks", []) if isinstance(t, dict)]
    tools = sorted({str(t["tool"]) for t in tasks if t.get("tool")})
    roles = sorted({str(t["role"]) for t in tasks if t.get("role")})
    lines = [name, str(data.get("description", "")).strip()]
    lines += [f"{t.get('id', '')}: {t.get('description', '')}".strip(": ") for t in tasks]
    metadata = {"kind": "scenario", "name": name, "path": rel, "tools": flat(tools), "roles": flat(roles)}
    return MemoryDocument(f"scenario:{rel}", "\n".join(x for x in lines if x), metadata)
