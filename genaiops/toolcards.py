"""Tool cards: what validation, gating and the pre-run resource check read of a tool, without importing it.

Checking a scenario asks each of its tools a few questions: does it exist, which arguments does it take and do
these fit (its input model), which outputs can ``${task.output.x}`` read (its result model), which real systems do
these arguments need, what risk tier and actions does the approval policy see. Answering them by importing the
tool modules cost a cold ``genaiops scenario list`` of the shipped scenarios ~0.9 G instructions of its 1.75 G:
41 tool modules executed, ~190 pydantic model classes built and their validators generated.

A card answers them from a small JSON document kept per tool (``tools/_cards/NAME.json``, written with the tools
catalogue: ``python -m genaiops.cli.tools_catalogue``). Arguments are checked by pydantic-core with the input
model's own core schema, kept as data: the schema pydantic generated for the model, with each model class
replaced by a plain shell of the same name (validation fills its ``__dict__``; the model's own class is never
needed to say whether arguments fit) and each validator function kept as a reference to import. So the errors
are pydantic's, field for field (``tests/test_toolcards.py`` compares them over every tool and many inputs).

A kept card is used only while every source file it was made from (the tool's module and the ``genaiops``
modules it imports, the modules of its models and validators, the registry, this module) still has the digest it
records, under the same pydantic-core and
Python: an edited tool is read from its module again, so a stale card makes a command slower, never wrong. A
schema that cannot be kept as data (a validator defined in the tool's own module, a custom ``__init__``) is not
kept: those arguments are checked by the model, importing the tool, as before.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from types import UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin

if TYPE_CHECKING:
    from genaiops.registry import ToolSpec

__all__ = ["ToolCard", "card_data", "kept_card", "keep_schema", "live_card", "schema_validator", "sources_digest"]

FORMAT = 1
"""The card format; a card of another format is not read."""

_OWN_MODULES = ("genaiops.registry", "genaiops.toolcards")
"""Modules every card depends on: how tools register, and how cards are written and read."""


class ToolCard:
    """What is known of one tool without running it (``ToolRegistry.card``): from its module when it is
    imported (``live_card``), else from its kept card (``kept_card``)."""

    __slots__ = ("_data", "_load", "_spec", "_validator", "acts_on", "actions", "module", "name", "risk", "uses")

    def __init__(self, data: Mapping[str, Any], spec: ToolSpec | None, load: Callable[[], ToolSpec] | None) -> None:
        self._data = data
        self._spec = spec
        self._load = load
        self._validator: Any = None  # pydantic-core's, once built; False: the kept schema could not be read
        self.name: str = data["name"]
        self.module: str = data["module"]
        self.risk: str = data["risk"]
        self.actions: frozenset[str] = frozenset(data["actions"])
        self.acts_on: frozenset[str] = frozenset(data["acts_on"])
        self.uses: frozenset[str] = frozenset(data["uses"])

    def __repr__(self) -> str:
        return f"ToolCard({self.name!r}, {'live' if self._spec is not None else 'kept'})"

    @property
    def spec(self) -> ToolSpec:
        """The tool itself (its module imported when the card was kept)."""
        if self._spec is None:
            assert self._load is not None
            self._spec = self._load()
        return self._spec

    @property
    def fields(self) -> tuple[str, ...]:
        """The input model's field names, in declaration order."""
        return tuple(self._data["fields"])

    @property
    def aliases(self) -> tuple[str, ...]:
        return tuple(self._data["aliases"])

    @property
    def data_paths(self) -> tuple[str, ...]:
        """Input fields marked ``DataPath`` (``genaiops.data_roots``)."""
        return tuple(self._data["data_paths"])

    @property
    def existing_files(self) -> tuple[str, ...]:
        """Input fields marked ``DataFile``."""
        return tuple(self._data["existing_files"])

    @property
    def restores(self) -> bool:
        """The tool rebuilds what it left in a process-local resource when a run continues (``@tool(restore=)``)."""
        return bool(self._data["restores"])

    @property
    def checks_arguments_alone(self) -> bool:
        """Its arguments are checked without the tool's module (a kept card whose schema could be kept)."""
        return self._spec is None and self._data["schema"] is not None

    def needed_resources(self, args: Mapping[str, Any]) -> frozenset[str]:
        """As ``ToolSpec.needed_resources``: a fixed set, or the tool's own function of the arguments."""
        needs = self._data["needs"]
        if isinstance(needs, list):
            return frozenset(needs)
        if self._spec is None and isinstance(needs, dict):
            try:
                function = _resolve(needs["$fn"], self._data["sources"])
            except (ImportError, AttributeError, TypeError):  # a reference that does not hold: ask the tool
                return self.spec.needed_resources(args)
            return frozenset(function(args))
        return self.spec.needed_resources(args)

    def args_errors(self, args: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Pydantic's errors (``ValidationError.errors(include_url=False)``) for ``args`` against the input model;
        empty when they fit."""
        from pydantic_core import ValidationError

        if self._validator is None and self.checks_arguments_alone:
            try:
                self._validator = _validator(self._data["schema"], self._data["links"], self._data["sources"])
            except Exception:  # noqa: BLE001 - a reference that no longer imports: the model answers
                self._validator = False
        if self._validator:
            try:
                self._validator.validate_python(args)
            except ValidationError as exc:
                return exc.errors(include_url=False)
            except Exception:  # noqa: BLE001, S110 - a validator that needs the model's own class: ask the model
                pass
            else:
                return []
        try:
            self.spec.input_model.model_validate(args)
        except ValidationError as exc:
            return exc.errors(include_url=False)
        return []

    def output_problem(self, path: Iterable[str]) -> tuple[str, tuple[str, ...]] | None:
        """For ``${task.output.a.b}``: the first part of ``path`` the result model has no field for, with the
        fields it has there; None when the path exists (or leaves the models: a dict or Any is checked when it
        resolves). After a list only an item number may stand (else the fields are ``("[]",)``); after a number,
        text or time nothing may (``("=",)``)."""
        outputs = self._data["outputs"]
        models, model = outputs["models"], outputs["result"]
        for part in path:
            if model is None:
                return None
            if model == LEAF:
                return part, (LEAF,)
            if model.startswith(LIST):
                if not part.isdigit():
                    return part, (LIST,)
                model = model[len(LIST) :] or None
                continue
            fields = models[model]
            if part not in fields:
                return part, tuple(fields)
            model = fields[part]
        return None


def live_card(spec: ToolSpec) -> ToolCard:
    """The card of an imported tool: its arguments checked by its model."""
    return ToolCard(card_data(spec, schema=False), spec, None)


def kept_card(name: str, folder: Path, load: Callable[[], ToolSpec]) -> ToolCard | None:
    """The card kept for ``name`` in ``folder``, when it was made from the sources as they are now; ``load``
    imports the tool, for what the card does not hold."""
    try:
        data = json.loads((folder / f"{name}.json").read_bytes())
    except (OSError, ValueError):
        return None
    if not _well_formed(data, name) or data["digest"] != _digest(data["sources"]):
        return None
    return ToolCard(data, None, load)


_SHAPE = {"module": str, "risk": str, "actions": list, "acts_on": list, "uses": list, "restores": bool,
          "fields": list, "aliases": list, "data_paths": list, "existing_files": list, "outputs": dict,
          "links": list, "sources": list, "digest": str}  # fmt: skip


def _well_formed(data: Any, name: str) -> bool:
    """A card of this format for ``name`` with every key of its kind (a damaged file is not read: the tool is)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("name") != name:
        return False
    if any(not isinstance(data.get(key), kind) for key, kind in _SHAPE.items()):
        return False
    outputs = data["outputs"]
    return (
        all(isinstance(m, str) and m.split(".")[0] == "genaiops" for m in data["sources"])
        and isinstance(outputs.get("models"), dict)
        and outputs.get("result") in outputs["models"]
        and isinstance(data.get("needs"), list | dict | str)
    )


def card_data(spec: ToolSpec, schema: bool = True) -> dict[str, Any]:
    """The JSON document of ``spec``'s card: with its input schema kept as data (when ``schema`` and it can be)
    and the digest of the sources it was made from."""
    from genaiops.data_roots import data_path_fields, existing_file_fields

    model = spec.input_model
    sources = {spec.module, *_OWN_MODULES}
    data: dict[str, Any] = {
        "format": FORMAT,
        "name": spec.name,
        "module": spec.module,
        "risk": spec.risk,
        "actions": sorted(spec.actions),
        "acts_on": sorted(spec.acts_on),
        "uses": sorted(spec.uses),
        "restores": spec.restore is not None,
        "fields": list(model.model_fields),
        "aliases": sorted({f.alias for f in model.model_fields.values() if f.alias}),
        "data_paths": list(data_path_fields(model)),
        "existing_files": list(existing_file_fields(model)),
        "needs": _needs(spec, sources),
        "outputs": _outputs(spec.result_model, sources),
        "schema": None,
        "links": [],
    }
    if schema:  # a card to keep: with what it was made from (a live card's tool is imported: nothing to check)
        sources.update(_imported_by(spec.module))
        data["schema"] = _kept_schema(spec, sources)
        data["links"] = list(_links(data["schema"], ()))
        data["sources"] = sorted(m for m in sources if m.split(".")[0] == "genaiops")
        data["digest"] = _digest(data["sources"])
    return data


def write_cards(specs: Iterable[ToolSpec], folder: Path) -> int:
    """Write the card of every tool in ``specs`` to ``folder`` (replacing what it held); the number written."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.json"):
        old.unlink()
    count = 0
    for spec in specs:
        text = json.dumps(card_data(spec), ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        (folder / f"{spec.name}.json").write_text(text + "\n", encoding="utf-8")
        count += 1
    return count


def _imported_by(module: str) -> set[str]:
    """The ``genaiops`` modules ``module`` imports at its top level (read from its source): a constant a model
    reads from one of them (a bound, a default) is part of the card, so a change there must make it stale."""
    import ast

    file = _module_file(module)
    if file is None:
        return set()
    package = module if file.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.parse(file.read_bytes()).body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # the names that are modules
    return {m for m in found if m.split(".")[0] == "genaiops" and m != module and _is_module(m)}


def _is_module(module: str) -> bool:
    file = _module_file(module)
    return file is not None and file.is_file()


def _needs(spec: ToolSpec, sources: set[str]) -> Any:
    """A fixed list, a reference to the function (kept apart from the tool's module), or "model" (ask the tool)."""
    if spec.needs is None:
        return []
    if getattr(spec.needs, "__qualname__", "").startswith("_needs_function."):
        return sorted(spec.needs({}))  # @tool(needs=("a", "b")): the same names whatever the arguments
    ref = _ref(spec.needs)
    if ref is None or ref.split(":")[0] == spec.module:
        return "tool"
    sources.add(ref.split(":")[0])
    return {"$fn": ref}


def _outputs(result: type, sources: set[str]) -> dict[str, Any]:
    """The result model's fields, and those of every model below them, for ``${...}`` checks (as
    ``graphs.validate`` walks them: a field whose annotation is not a model ends the walk)."""
    from pydantic import BaseModel

    models: dict[str, dict[str, str | None]] = {}

    def key(model: type) -> str:
        name = f"{model.__module__}.{model.__qualname__}"
        if name not in models:
            sources.add(model.__module__)
            models[name] = {}
            for field, info in model.model_fields.items():
                models[name][field] = kind(info.annotation)
        return name

    def kind(ann: Any) -> str | None:
        """A model's key; ``[]`` and its items' kind for a list or tuple; ``=`` for a number, text, flag or time;
        None for anything else (a dict, Any, a union of kinds)."""
        args = [a for a in get_args(ann) if a is not type(None)]
        if get_origin(ann) in (Union, UnionType) and len(args) == 1:
            return kind(args[0])
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            return key(ann)
        if get_origin(ann) in (list, tuple) and (len(args) == 1 or (len(args) == 2 and args[1] is Ellipsis)):
            return LIST + (kind(args[0]) or "")
        if isinstance(ann, type) and issubclass(ann, (str, int, float, bool, datetime, date)):
            return LEAF
        return None

    return {"result": key(result), "models": models}


LIST = "[]"
"""In a card's output models: a list (followed by its items' kind: a model's key, ``=``, or nothing)."""
LEAF = "="
"""In a card's output models: a number, text, flag or time, which has no fields."""


class _Unkept(Exception):
    """The schema holds something that cannot be kept as data."""


def _kept_schema(spec: ToolSpec, sources: set[str]) -> Any:
    """The input model's core schema as data, or None when it cannot be kept."""
    model = spec.input_model
    model.model_rebuild()
    refs: dict[str, str] = {}
    found: set[str] = set()
    try:
        kept = _encode(model.__pydantic_core_schema__, refs, found, spec.module)
    except _Unkept:
        return None
    sources.update(found)
    return kept


def _encode(node: Any, refs: dict[str, str], found: set[str], own: str) -> Any:  # noqa: C901 - one case per kind
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        if node.get("custom_init") or node.get("post_init"):
            raise _Unkept  # the model's own __init__ or post-init runs in validation
        for key, value in node.items():
            if key in ("metadata", "serialization", "custom_init", "post_init", "default_factory_takes_data"):
                continue
            if key == "cls" and node.get("type") == "model":
                found.add(value.__module__)
                out[key] = {"$shell": value.__name__}
            elif key in ("ref", "schema_ref"):
                out[key] = refs.setdefault(value, f"r{len(refs)}")  # pydantic's refs carry object ids
            elif key == "computed_fields":
                out[key] = []  # serialization only
            elif key == "default_factory":
                if node.get("validate_default"):
                    raise _Unkept
                empty = _empty(value)
                if empty is not None:  # an empty list or dict: kept, for checks that read validation's output
                    out[key] = {"$empty": empty}
                else:
                    out["default"] = None  # a tool card's validation output is not used: only whether it raised
            elif key == "default":  # validated only when the schema says so
                out[key] = _encode(value, refs, found, own) if node.get("validate_default") else _plain_or_none(value)
            else:
                out[key] = _encode(value, refs, found, own)
        return out
    if isinstance(node, list | tuple):
        return [_encode(v, refs, found, own) for v in node]
    if node is None or isinstance(node, bool | int | float | str):
        return node
    if isinstance(node, type) or callable(node):
        ref = _ref(node)
        if ref is None or ref.split(":")[0] == own:
            raise _Unkept  # defined in the tool's module: importing it is what the card saves
        found.add(ref.split(":")[0])
        return {"$fn": ref}
    member = getattr(type(node), "__members__", None)
    if member is not None and getattr(member.get(getattr(node, "name", ""), None), "name", None) == node.name:
        ref = _ref(type(node))
        if ref is None or ref.split(":")[0] == own:
            raise _Unkept
        found.add(ref.split(":")[0])
        return {"$member": [ref, node.name]}
    raise _Unkept


def _empty(factory: Any) -> str | None:
    """``"list"`` or ``"dict"`` when ``factory()`` makes an empty one of those, else None."""
    try:
        made = factory()
    except Exception:  # noqa: BLE001 - a factory that needs arguments (the data): not kept
        return None
    return type(made).__name__ if type(made) in (list, dict) and not made else None


def _plain_or_none(value: Any) -> Any:
    """A default as JSON holds it, or None (a default that is not validated never reaches an error)."""
    try:
        return json.loads(json.dumps(value))
    except (TypeError, ValueError):
        return None


def _ref(obj: Any) -> str | None:
    """``module:qualified.name`` that imports back to ``obj``, or None."""
    owner = getattr(obj, "__self__", None)
    if isinstance(owner, type):  # a classmethod bound to its class (field validators)
        base = _ref(owner)
        name = getattr(obj, "__name__", None)
        if base is None or not name or getattr(owner, name, None) != obj:
            return None
        return f"{base}.{name}"
    module, qualname = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
    if not module or not qualname or "<" in qualname or module.split(".")[0] != "genaiops":
        return None  # a card refers only to genaiops' own sources, whose digests it checks
    try:
        if _resolve(f"{module}:{qualname}") is not obj:
            return None
    except (ImportError, AttributeError):
        return None
    return f"{module}:{qualname}"


def _resolve(ref: str, sources: list[str] | None = None) -> Any:
    """The object ``module:qualified.name`` names; given a card's ``sources``, only from one of them (a kept card
    never makes this process import anything else)."""
    module, _, qualname = ref.partition(":")
    if sources is not None and module not in sources:
        raise ImportError(f"{ref}: not one of the card's sources")
    obj: Any = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


class _Shell:
    """What validation fills in place of a model's class (``__dict__``, fields set, extras, private)."""


def _links(node: Any, path: tuple) -> Iterator[list[Any]]:
    """The path of every node of a kept schema that stands for an object (a shell, a function, an enum member,
    an empty list's or dict's factory):
    kept in the card, so reading it patches those nodes instead of walking the whole schema in Python."""
    if isinstance(node, dict):
        if any(key in node for key in ("$shell", "$fn", "$member", "$empty")):
            yield list(path)
            return
        for key, value in node.items():
            yield from _links(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _links(value, (*path, i))


def _validator(schema: Any, links: list[list[Any]], sources: list[str]) -> Any:
    """pydantic-core's validator for a kept schema, its linked nodes replaced (in place) by their objects (each
    from one of the card's own sources, whose digests were checked)."""
    from pydantic_core import SchemaValidator

    shells: dict[str, type] = {}
    for path in links:
        parent = schema
        for step in path[:-1]:
            parent = parent[step]
        node = parent[path[-1]]
        if "$shell" in node:
            value: Any = shells.setdefault(node["$shell"], type(node["$shell"], (_Shell,), {}))
        elif "$fn" in node:
            value = _resolve(node["$fn"], sources)
        elif "$empty" in node:
            value = {"list": list, "dict": dict}[node["$empty"]]
        else:
            ref, name = node["$member"]
            value = getattr(_resolve(ref, sources), name)
        parent[path[-1]] = value
    return SchemaValidator(schema)


_FILES: dict[str, str] = {}
"""Each source file's digest, read once per process."""


def _digest(modules: Iterable[str]) -> str:
    """A SHA-256 over the sources of ``modules`` (names and bytes), pydantic-core's version and Python's."""
    import pydantic_core

    digest = hashlib.sha256(f"{FORMAT} {pydantic_core.__version__} {sys.version_info[:2]}\n".encode())
    for module in modules:
        if module not in _FILES:
            file = _module_file(module)
            try:
                _FILES[module] = hashlib.sha256(file.read_bytes()).hexdigest() if file is not None else "-"
            except OSError:
                _FILES[module] = "-"
        digest.update(f"{module} {_FILES[module]}\n".encode())
    return digest.hexdigest()


_PACKAGES: dict[str, Path | None] = {}


def _module_file(module: str) -> Path | None:
    """The source file of a ``genaiops.*`` module, found without importing it (the top folders map into one
    namespace: ``genaiops.tools`` is the ``tools/`` folder)."""
    from importlib.util import find_spec

    parts = module.split(".")
    top = ".".join(parts[:2]) if len(parts) > 2 else parts[0]
    if top not in _PACKAGES:
        try:
            spec = find_spec(top)  # imports the parents only
        except (ImportError, ValueError):
            spec = None
        locations = list(spec.submodule_search_locations or []) if spec is not None else []
        _PACKAGES[top] = Path(locations[0]) if locations else None
    base = _PACKAGES[top]
    if base is None:
        return None
    rest = parts[2:] if len(parts) > 2 else parts[1:]
    file = base.joinpath(*rest).with_suffix(".py") if rest else base / "__init__.py"
    return file if file.is_file() else base.joinpath(*rest, "__init__.py")


def keep_schema(model: type, own: str = "") -> dict[str, Any] | None:
    """``model``'s core schema kept as data, as a card keeps a tool's input model (shells, ``$fn`` references,
    empty factories), with its ``links`` and the ``genaiops`` modules it depends on (``sources``: the
    model's and its validators'); None when it cannot be kept. ``own``: a module whose functions may not be
    named (what the caller means not to import)."""
    model.model_rebuild()  # type: ignore[attr-defined]
    found: set[str] = set()
    try:
        kept = _encode(model.__pydantic_core_schema__, {}, found, own)  # type: ignore[attr-defined]
    except _Unkept:
        return None
    for module in list(found):  # a constant a model reads from another module (a pattern, a Literal) counts
        found.update(_imported_by(module))
    sources = sorted(m for m in found if m.split(".")[0] == "genaiops")
    return {"schema": kept, "links": list(_links(kept, ())), "sources": sources}


def schema_validator(kept: Mapping[str, Any]) -> Any:
    """pydantic-core's validator of a schema ``keep_schema`` kept (read once: its nodes are patched in place);
    what it validates is filled into shells named after the models."""
    return _validator(kept["schema"], kept["links"], kept["sources"])


def sources_digest(modules: Iterable[str]) -> str:
    """The digest a card records of its sources (their bytes, pydantic-core's version and Python's)."""
    return _digest(modules)
