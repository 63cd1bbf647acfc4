"""One YAML document built from the parser's events, with the line of every value and bounded in size.

PyYAML's composer and constructor recurse once per nesting level (3,000 levels raise RecursionError), follow
a recursive alias forever and copy an aliased value at every use (a few hundred bytes of nested aliases grow
into gigabytes). This builder reads the parser's events instead (libyaml's when installed: ~10x faster than
PyYAML's pure-Python scanner) in one loop, so nesting costs no stack; an aliased value is shared, not copied;
scalars are typed by PyYAML's safe resolver and constructors; and every failure is a ``SpecError`` at
``file:line``. ``YamlLimits`` bounds what a document may ask for:

- ``values``: every scalar, mapping and list of the document, an alias counting its whole value at each use;
- ``aliased``: the values aliases repeat, summed over every use: an alias bomb is refused as soon as the few
  hundred bytes that declare it are read, in milliseconds;
- ``depth``: mappings and lists nested in one another, through aliases too.

Lines are kept per container (``LineMap``: the container's id -> the line of each key or item), not per path:
a 100,000-task file builds no path tuples.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from genaiops.errors import Place, Problem, SpecError, shorten
from genaiops.lazy import lazy_module

yaml = lazy_module("yaml")  # imported by the first document read: a kept reading needs none (genaiops.yaml_readings)

__all__ = ["LIMITS", "Document", "LineMap", "YamlLimits", "build_document", "field_name", "gc_paused", "loader_class"]

LineMap = dict[int, Any]  # id(container) -> {key: line} for a mapping, [line, ...] for a list
Path_ = tuple[Any, ...]


@dataclass(frozen=True)
class YamlLimits:
    """What one YAML document may hold before it is refused (see the module docstring)."""

    values: int = 2_000_000  # a 100,000-task chain holds about 1.1 million
    aliased: int = 100_000  # a file just under it costs what 100,000 written-out values cost to validate
    depth: int = 100  # a scenario needs fewer than ten
    file_bytes: int = 64 * 2**20  # a 100,000-task chain is about 6 MB; a file is refused before it is read


LIMITS = YamlLimits()

_EMPTY = object()
_MERGE = object()  # the key of a `<<` entry while its value is read
_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + t for t in ("null", "bool", "int", "float", "binary", "timestamp", "str")}
_COLLECTION_TAGS = {None, "!", *(_TAG + t for t in ("map", "seq", "omap", "pairs", "set"))}
_TEXT_TAGS = {_TAG + "str", _TAG + "merge", _TAG + "value"}  # `<<` merges only as a key; `=` is just text


def field_name(path: Path_) -> str:
    """``('tasks', 2, 'args', 'seed')`` -> ``tasks[2].args.seed`` (overlong keys and paths are shortened)."""
    out = ""
    for part in path:
        if type(part) is int:
            out += f"[{part}]"
        else:
            text = part if isinstance(part, str) and len(part) <= 60 else shorten(part, 60)
            out += f".{text}" if out else text
    return out if len(out) <= 160 else f"{out[:80]}…{out[-60:]}"


def _tag_text(tag: str) -> str:
    """A tag as it is written: ``!!python/object`` rather than ``tag:yaml.org,2002:python/object``."""
    return shorten(f"!!{tag.removeprefix(_TAG)}" if tag.startswith(_TAG) else tag, 60, quote=False)


@dataclass
class Document:
    data: Any
    lines: LineMap
    root_line: int
    duplicates: list[Problem]


def loader_class() -> type:
    """The loader documents are read with: libyaml's when installed, else PyYAML's own."""
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def build_document(loader: Any, file: str | None, limits: YamlLimits = LIMITS) -> Document | None:
    """The single document of ``loader``'s stream (None when the stream is empty)."""
    with gc_paused():
        return _Builder(loader, file, limits).document()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while a large spec is read and validated: each of its full collections rescans every
    object made so far, which made validating a 100,000-task chain twice as slow; the values form no cycles, and
    any garbage cycle made meanwhile is collected once the GC runs again. Nests."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_WORDS = {"yes": True, "on": True, "no": False, "off": False}
"""Plain words YAML 1.1 reads as booleans; as a mapping key, a name meant as text."""


class _Frame:
    """A mapping or list being read."""

    __slots__ = ("anchor", "height", "is_list", "key", "lines", "merges", "slot", "start", "value")

    def __init__(self, value: dict | list, slot: Any, anchor: str | None, start: int):
        self.value, self.slot, self.anchor, self.start = value, slot, anchor, start
        self.is_list = type(value) is list
        self.lines: Any = [] if self.is_list else {}
        self.height = 1  # levels of mappings and lists in this value, itself included
        self.key: Any = _EMPTY  # a mapping's key waiting for its value
        self.merges: list[tuple[Any, int]] = []  # a mapping's `<<` values, with their lines


class _Builder:
    def __init__(self, loader: Any, file: str | None, limits: YamlLimits):
        self.loader, self.file, self.limits = loader, file, limits
        self.count = self.aliased = 0
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int, int] | _Frame] = {}
        self.lines: LineMap = {}
        self.duplicates: list[Problem] = []
        self.scalars: dict[tuple[str | None, str], Any] = {}  # (tag, text) -> value; (None, text) -> tag
        # the first characters of plain scalars the resolver may type, with the longest such scalar: the words
        # (yes/no/on/off/true/false/null) are at most 5 characters, so `tool` or `t123456` is text without a
        # look at the resolver's patterns (SafeLoader has no wildcard resolver)
        self.typed_starts = {k: 5 if k.isalpha() else sys.maxsize for k in loader.yaml_implicit_resolvers if k}

    def document(self) -> Document | None:
        get, check = self.loader.get_event, self.loader.check_event
        get()  # StreamStart
        if check(yaml.StreamEndEvent):
            return None
        get()  # DocumentStart
        root_line = self.loader.peek_event().start_mark.line + 1
        data = self.root()
        get()  # DocumentEnd
        if not check(yaml.StreamEndEvent):
            event = self.loader.peek_event()
            raise self.error(event, "a second YAML document (after `---`)", "a YAML file holds one document here")
        return Document(data, self.lines, root_line, self.duplicates)

    def root(self) -> Any:
        """Read events until the document's top value is complete (one loop: no recursion at any depth)."""
        get, stack, typed, limit = self.loader.get_event, self.stack, self.typed_starts, self.limits.values
        scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
        ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        while True:
            event = get()
            kind = type(event)
            height = 0
            if kind is scalar_event:
                value = event.value
                if event.tag is not None or (event.implicit[0] and (not value or len(value) <= typed.get(value[0], 0))):
                    value = self.scalar(event)
                if event.anchor is not None:
                    self.anchors[event.anchor] = (value, 1, 0)
                self.count += 1
                frame = stack[-1] if stack else None
                if frame is not None and frame.key is not _EMPTY and frame.key is not _MERGE:  # a mapping's value
                    frame.value[frame.key] = value  # (the most common event, kept out of ``attach``)
                    frame.key = _EMPTY
                    if self.count > limit:
                        raise self.too_many(event)
                    continue
            elif kind is alias_event:
                value, size, height = self.alias(event)
                self.count += size
            elif kind in ends:
                value = self.close()
                if not stack:
                    return value
                continue
            else:
                self.open(event)
                continue
            if self.count > limit:
                raise self.too_many(event)
            if not stack:
                return value
            self.attach(event, value, height)

    def open(self, event: Any) -> None:
        """A mapping or list starts: it is attached to its parent now, and fills as its events arrive."""
        if event.tag not in _COLLECTION_TAGS:
            raise self.error(event, f"unknown tag {_tag_text(event.tag)}", "remove the tag")
        value: dict | list = {} if type(event) is yaml.MappingStartEvent else []
        self.count += 1
        if self.count > self.limits.values:
            raise self.too_many(event)
        slot = self.attach(event, value, 1) if self.stack else None
        frame = _Frame(value, slot, event.anchor, self.count - 1)
        self.lines[id(value)] = frame.lines
        self.stack.append(frame)
        if event.anchor is not None:
            self.anchors[event.anchor] = frame

    def close(self) -> Any:
        """A mapping or list ends: its merges apply, its anchor becomes usable, its parent learns its height."""
        frame = self.stack.pop()
        if frame.merges:
            self.merge(frame)
        if frame.anchor is not None:
            self.anchors[frame.anchor] = (frame.value, self.count - frame.start, frame.height)
        if self.stack:
            parent = self.stack[-1]
            if frame.height >= parent.height:
                parent.height = frame.height + 1
        return frame.value

    def attach(self, event: Any, value: Any, height: int) -> Any:
        """Put ``value`` into the innermost open mapping or list; return the key or index it went under."""
        frame = self.stack[-1]
        if height:
            if len(self.stack) + height > self.limits.depth:
                raise self.error(
                    event,
                    f"mappings and lists nested more than {self.limits.depth} levels deep (aliases included)",
                    "flatten the value",
                )
            if height >= frame.height:
                frame.height = height + 1
        line = event.start_mark.line + 1
        if frame.is_list:
            frame.lines.append(line)
            frame.value.append(value)
            return len(frame.value) - 1
        key = frame.key
        if key is _EMPTY:
            self.set_key(event, frame, value, line)
            return None
        frame.key = _EMPTY
        if key is _MERGE:
            frame.merges.append((value, frame.lines.get(_MERGE, line)))
        else:
            frame.value[key] = value
        return key

    def set_key(self, event: Any, frame: _Frame, key: Any, line: int) -> None:
        if isinstance(key, (dict, list)):
            kind = "mapping" if isinstance(key, dict) else "list"
            raise self.error(event, f"a mapping key must be a single value, not a {kind}", "write `key: value`")
        if type(event) is yaml.ScalarEvent and key == "<<" and event.tag is None and event.implicit[0]:
            frame.key = _MERGE
            frame.lines[_MERGE] = line
            return
        if isinstance(key, bool) and type(event) is yaml.ScalarEvent and event.value.lower() in _WORDS:
            key = event.value  # kept as the name it was meant to be, so only this problem is said
            self.duplicates.append(
                Problem(
                    f"the key {key} is read by YAML as {str(_WORDS[key.lower()]).lower()} (YAML 1.1 reads yes, no,"
                    " on and off as booleans; editors read YAML 1.2, where it is text)",
                    Place(self.file, line, field_name((*self.path(), key))),
                    f"quote it: '{key}':",
                )
            )
        if isinstance(key, str) and "\u00a0" in key and type(event) is yaml.ScalarEvent and not event.style:
            at = event.start_mark.column + key.index("\u00a0") + 1  # a plain key holds it as text: say where
            self.duplicates.append(
                Problem(
                    f"a non-breaking space (U+00A0, column {at}) in the key {shorten(key)}, which YAML does not read"
                    " as a space",
                    Place(self.file, line, field_name(self.path()) or None),
                    "replace it with a plain space",
                )
            )
        if key in frame.value:
            self.duplicates.append(
                Problem(
                    f"duplicate key {shorten(key)}: YAML would silently keep only the last one",
                    Place(self.file, line, field_name((*self.path(), key))),
                    "remove or rename one of them",
                )
            )
        frame.lines[key] = line
        frame.key = key

    def merge(self, frame: _Frame) -> None:
        """``<<: *defaults`` (or a list of them): the keys the mapping does not set itself, earlier sources first."""
        frame.lines.pop(_MERGE, None)
        own = set(frame.value)
        for value, line in frame.merges:
            for source in value if isinstance(value, list) else [value]:
                if not isinstance(source, dict):
                    where = Place(self.file or "<spec>", line, field_name(self.path()) or None)
                    raise SpecError(f"{where}: `<<` merges a mapping, or a list of mappings, into this one")
                for key, item in source.items():
                    if key not in own and key not in frame.value:
                        frame.value[key] = item
                        frame.lines[key] = line

    def scalar(self, event: Any) -> Any:
        """A plain scalar the resolver may type, or one with an explicit tag (``!!int 3``)."""
        tag, text = event.tag, event.value
        if tag is None or tag == "!":
            if not event.implicit[0]:
                return text
            if len(text) < 19 and text.isdigit() and text.isascii() and (text[0] != "0" or text == "0"):
                return int(text)  # a plain decimal integer, the common typed scalar (YAML reads 0755 as octal)
            tag = self.scalars.get((None, text))
            if tag is None:
                tag = self.scalars[None, text] = self.loader.resolve(yaml.ScalarNode, text, (True, False))
        if tag in _TEXT_TAGS:
            return text
        value = self.scalars.get((tag, text), _EMPTY)
        if value is _EMPTY:
            value = self.scalars[tag, text] = self.construct(event, tag)
        return value

    def construct(self, event: Any, tag: str) -> Any:
        """A number, boolean, null, date or binary, read by PyYAML's safe constructors."""
        if tag not in _SCALAR_TAGS:
            raise self.error(event, f"unknown tag {_tag_text(tag)}", "remove the tag")
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.loader.yaml_constructors[tag](self.loader, node)
        except yaml.MarkedYAMLError as exc:
            detail = exc.problem
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
            detail = str(exc)
        return self.fail_value(event, tag, detail)

    def fail_value(self, event: Any, tag: str, detail: Any) -> Any:
        kind = tag.rsplit(":", 1)[-1]
        raise self.error(
            event,
            f"{shorten(event.value)} is not a valid {kind}: {shorten(detail, 100, quote=False)}",
            "fix the value, or quote it to keep it as text",
        )

    def alias(self, event: Any) -> tuple[Any, int, int]:
        """The anchored value (shared, not copied), its size and its height."""
        target = self.anchors.get(event.anchor)
        name = shorten(event.anchor, 60, quote=False)
        if target is None:
            raise self.error(event, f"alias *{name} names no anchor defined before it", f"define `&{name}` first")
        if isinstance(target, _Frame):
            raise self.error(
                event,
                f"alias *{name} refers to a value that contains it (a recursive value has no end)",
                "refer to a value outside the one being defined",
            )
        self.aliased += target[1]
        if self.aliased > self.limits.aliased:
            raise self.error(
                event,
                f"aliases repeat more than {self.limits.aliased:,} values in all (refused, as an alias bomb would be)",
                "write the values out, or use fewer aliases",
            )
        return target

    def path(self) -> Path_:
        """Where the reader is: the keys and indexes of the open mappings and lists, and the pending key."""
        parts = [f.slot for f in self.stack[1:] if f.slot is not _MERGE]
        if self.stack:
            top = self.stack[-1]
            if top.is_list:
                parts.append(len(top.value))
            elif top.key is not _EMPTY and top.key is not _MERGE:
                parts.append(top.key)
        return tuple(parts)

    def too_many(self, event: Any) -> SpecError:
        return self.error(
            event,
            f"the document holds more than {self.limits.values:,} values (an alias counts its value at every use)",
            "split the graph into smaller files",
        )

    def error(self, event: Any, message: str, hint: str) -> SpecError:
        where = Place(self.file or "<spec>", event.start_mark.line + 1, field_name(self.path()) or None)
        return SpecError(f"{where}: {message}; {hint}")
