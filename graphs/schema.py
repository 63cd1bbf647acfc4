"""The JSON schema of scenario files, for editors (yaml-language-server) and scripts (``jsonschema``).

Beyond ``ScenarioSpec``'s own schema, a task's ``tool`` completes from the registered tool names, and a task
with ``tool: X`` gets X's argument schema for ``args`` (``if``/``then`` on the tool name): argument names
complete, unknown arguments and wrong types are marked. Any argument, at any depth, may instead be a string
holding a reference (``${task.field}``), which is checked when the run resolves it, as validation does; and any
other value outside ``params:`` may be a whole ``${params.NAME}``, which the run fills before it validates.
"""

from __future__ import annotations

from typing import Any

from genaiops.graphs.scenario import ScenarioSpec
from genaiops.registry import ToolRegistry

__all__ = ["PARAMETER", "REFERENCE", "scenario_schema"]

REFERENCE = {"type": "string", "pattern": r"\$\{[^}]+\}", "description": "A reference, e.g. ${task.field}."}
"""What an argument may be instead of its own type: a string holding ``${...}``."""

PARAMETER = {
    "type": "string",
    "pattern": r"^\$\{\s*params\.[A-Za-z0-9_-]+\s*\}$",
    "description": "A declared parameter, e.g. ${params.window}: its typed value when the run starts.",
}
"""What any value outside ``params:`` may be instead (``graphs/params.py``): the whole-value ``${params.NAME}``."""

_NESTED = ("items", "additionalProperties")
_SCALARS = {"string", "integer", "number", "boolean", "null"}
_CONSTRAINTS = {"enum", "const", "pattern", "format"}


def scenario_schema(registry: ToolRegistry) -> dict[str, Any]:
    """The scenario schema with each registered tool's arguments (names, types, defaults, descriptions)."""
    schema = ScenarioSpec.model_json_schema()
    defs = schema.setdefault("$defs", {})
    for name, body in defs.items():
        if name != "ParamSpec":  # a declaration's own fields are never filled from parameters
            _allow_parameters(body)
    _allow_parameters(schema, skip="params")
    defs["reference"] = REFERENCE
    defs["parameter"] = PARAMETER
    task = defs["TaskSpec"]
    names = registry.names()
    task["properties"]["tool"] = {
        "anyOf": [{"enum": names}, {"type": "null"}],
        "default": None,
        "description": task["properties"]["tool"].get("description", ""),
    }
    rules = []
    for spec in registry:
        key = f"args.{spec.name}"
        defs[key] = _arguments(spec.name, spec.input_model.model_json_schema(), defs)
        defs[key]["description"] = f"Arguments of {spec.name}: {spec.description.splitlines()[0]}"
        rules.append(
            {
                "if": {"properties": {"tool": {"const": spec.name}}, "required": ["tool"]},
                "then": {"properties": {"args": {"$ref": f"#/$defs/{key}"}}},
            }
        )
    task["allOf"] = rules
    return schema


def _allow_parameters(node: dict[str, Any], skip: str = "") -> None:
    """In place: each scalar value under ``node``'s properties (and their items and additional properties)
    that plain text would not fit (a number, a boolean, one of some words, an id's pattern) may also be
    ``${params.NAME}``, as the CLI fills it before it validates (``timeout: ${params.wait}``)."""
    props = node.get("properties")
    for name, child in (props or {}).items() if isinstance(props, dict) else ():
        if name != skip and isinstance(child, dict):
            props[name] = _parameter_or(child)


def _parameter_or(node: dict[str, Any]) -> dict[str, Any]:
    for key in _NESTED:
        if isinstance(node.get(key), dict):
            node[key] = _parameter_or(node[key])
    members = node.get("anyOf", [node])
    if not all(_is_scalar(m) for m in members) or any(_any_text(m) for m in members):
        return node
    if "anyOf" in node:
        return {**node, "anyOf": [*members, {"$ref": "#/$defs/parameter"}]}
    kept = {k: node[k] for k in ("description", "default", "title") if k in node}
    own = {k: v for k, v in node.items() if k not in kept}
    return {**kept, "anyOf": [own, {"$ref": "#/$defs/parameter"}]}


def _is_scalar(node: Any) -> bool:
    return isinstance(node, dict) and "$ref" not in node and node.get("type", "string") in _SCALARS


def _any_text(node: dict[str, Any]) -> bool:
    return node.get("type") == "string" and not _CONSTRAINTS & node.keys()


def _arguments(tool: str, model: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """A tool's input schema as the ``args`` of a task: its own definitions renamed under the tool's name (so
    two tools' ``Window`` models stay apart), no argument but its own, and a reference allowed for any value."""
    own = model.pop("$defs", {})
    renamed = {name: f"{tool}.{name}" for name in own}
    for name, body in own.items():
        defs[renamed[name]] = _allow_references(_rewrite(body, renamed))
    model = _rewrite(model, renamed)
    model.pop("title", None)
    model["additionalProperties"] = False
    return _allow_references(model)


def _rewrite(node: Any, renamed: dict[str, str]) -> Any:
    """``node`` with each ``$ref`` to a renamed definition pointing at its new name."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
                out[key] = "#/$defs/" + renamed.get(value[len("#/$defs/") :], value[len("#/$defs/") :])
            else:
                out[key] = _rewrite(value, renamed)
        return out
    if isinstance(node, list):
        return [_rewrite(item, renamed) for item in node]
    return node


def _allow_references(node: Any) -> Any:
    """Every value under ``node`` (properties, items, additional properties) may also be a reference."""
    if not isinstance(node, dict):
        return node
    out = dict(node)
    if isinstance(node.get("properties"), dict):
        out["properties"] = {name: _either(_allow_references(v)) for name, v in node["properties"].items()}
    for key in _NESTED:
        if isinstance(node.get(key), dict):
            out[key] = _either(_allow_references(node[key]))
    for key in ("anyOf", "oneOf", "allOf"):
        if isinstance(node.get(key), list):
            out[key] = [_allow_references(v) for v in node[key]]
    return out


def _either(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` or a reference; its description and default stay outside, where editors show them."""
    kept = {k: node[k] for k in ("description", "default", "title") if k in node}
    own = {k: v for k, v in node.items() if k not in kept}
    return {**kept, "anyOf": [own or {}, {"$ref": "#/$defs/reference"}]}
