"""A run's graph laid out for SVG on the server: tasks in columns by layer (a task sits one column right of its
furthest dependency), edges as lines from a task's right side to its dependent's left side. No JavaScript."""

from __future__ import annotations

from typing import Any

__all__ = ["layout"]

NODE_W, NODE_H, GAP_X, GAP_Y, PAD = 180, 50, 60, 22, 12
LABEL_CHARS = 22


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def layers(nodes: list[dict[str, Any]], edges: list[list[str]]) -> dict[str, int]:
    """Each task's layer: 0 without dependencies, else one more than its furthest dependency's."""
    deps: dict[str, list[str]] = {node["id"]: [] for node in nodes}
    for src, dst in edges:
        if src in deps and dst in deps:
            deps[dst].append(src)
    layer: dict[str, int] = {}

    def depth(tid: str, seen: frozenset[str] = frozenset()) -> int:
        if tid not in layer:
            ups = [d for d in deps[tid] if d not in seen]  # a cycle (a loop's back edge) never recurses forever
            layer[tid] = 1 + max((depth(d, seen | {tid}) for d in ups), default=-1)
        return layer[tid]

    for node in nodes:
        depth(node["id"])
    return layer


def layout(graph: dict[str, Any]) -> dict[str, Any]:
    """Positions for the ``graph`` of a run document (``nodes``: id, tool, status; ``edges``: [from, to])."""
    nodes, edges = graph.get("nodes", []), graph.get("edges", [])
    layer = layers(nodes, edges)
    rows: dict[int, int] = {}
    placed: dict[str, dict[str, Any]] = {}
    for node in nodes:
        col = layer[node["id"]]
        row = rows.get(col, 0)
        rows[col] = row + 1
        placed[node["id"]] = {
            "id": node["id"], "label": _short(node["id"]), "tool": _short(str(node.get("tool") or node.get("role"))),
            "status": node.get("status", "pending"), "x": PAD + col * (NODE_W + GAP_X),
            "y": PAD + row * (NODE_H + GAP_Y), "w": NODE_W, "h": NODE_H,
        }  # fmt: skip
    lines = []
    for src, dst in edges:
        a, b = placed.get(src), placed.get(dst)
        if a and b:
            lines.append({"x1": a["x"] + NODE_W, "y1": a["y"] + NODE_H // 2, "x2": b["x"], "y2": b["y"] + NODE_H // 2})
    width = PAD * 2 + max(rows or {0: 0}) * (NODE_W + GAP_X) + NODE_W
    height = PAD * 2 + max(rows.values(), default=1) * (NODE_H + GAP_Y) - GAP_Y
    return {"width": width, "height": height, "nodes": list(placed.values()), "edges": lines}
