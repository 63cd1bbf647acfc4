"""The tool registry: plain typed functions, one pydantic input model -> one pydantic result model.

A tool is registered with the ``@tool`` decorator::

    class AddInput(BaseModel):
        a: float
        b: float

    class AddResult(BaseModel):
        total: float

    @tool()
    def add(args: AddInput) -> AddResult:
        "Add two numbers."
        return AddResult(total=args.a + args.b)

A tool that needs its run context (idempotency key, logical time, seed, environment resources) takes a second
parameter ``ctx: ToolContext``. Tools never read the clock, the environment or settings: what they need comes in
through ``args`` and ``ctx``. Bad arguments raise ``ToolInputError``; failures raise ``ToolExecutionError``;
expected outcomes ("drift detected") are results, not exceptions.

The registry is what validation, the executor, agents and the Semantic Kernel bridge read.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from genaiops.errors import NotFoundError, ToolExecutionError, ToolInputError, did_you_mean
from genaiops.ids import ToolName
from genaiops.resources import unconfigured
from genaiops.secret_refs import conceal, leaks, reveal

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from genaiops.tool_preview import ToolPreview
    from genaiops.toolcards import ToolCard

__all__ = [
    "ACTIONS",
    "ToolPreview",
    "Action",
    "RISKS",
    "Risk",
    "ToolContext",
    "ToolRegistry",
    "ToolSpec",
    "registry",
    "tool",
]

Risk = Literal["low", "medium", "high"]
RISKS: tuple[Risk, ...] = ("low", "medium", "high")

Action = Literal["deploys", "remediates", "rolls_back", "publishes"]
ACTIONS: tuple[Action, ...] = ("deploys", "remediates", "rolls_back", "publishes")
"""What a tool does to the world; the approval policy gates these by default."""


@dataclass(frozen=True, slots=True)
class ToolContext:
    """What a tool may know about the call: all inputs, nothing read from the machine."""

    run_id: str
    task_id: str
    idempotency_key: str
    now: datetime
    seed: int = 0
    attempt: int = 1
    iteration: int = 0
    resources: Mapping[str, Any] = field(default_factory=dict)

    def compute(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        """``fn(*args)``: the pure heavy part of a tool that takes ``ctx`` (fitting, scoring, evaluating; ``fn`` a
        module-level function that touches no resource). With a ``ray`` resource (GENAIOPS_RAY_ADDRESS) it runs
        as a Ray task under this call's idempotency key, cancelled with the call; else here. Resources, registry
        writes and idempotency stay in the tool around it, in this process."""
        offload = self.resources.get("ray")
        if offload is None:
            return fn(*args)
        return offload.run(fn, args, key=self.compute_key)

    @property
    def compute_key(self) -> str:
        """This attempt of this call, as ``compute``'s Ray tasks are cancelled by (``graphs.handlers``)."""
        return f"{self.idempotency_key}#{self.attempt}"

    @property
    def computes_remotely(self) -> bool:
        """True when ``compute`` sends its work to Ray."""
        return "ray" in self.resources

    def resource(self, name: str) -> Any:
        """An environment adapter by name (``receiver``, ``environment``, ...)."""
        try:
            return self.resources[name]
        except KeyError:
            missing = unconfigured(name)
            if missing is not None:
                raise ToolExecutionError(f"this tool {missing}") from None
            known = ", ".join(sorted(self.resources)) or "none"
            raise ToolExecutionError(
                f"this tool needs the resource {name!r}, which the executor was not given (it has: {known})"
            ) from None


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A registered tool and what the rest of the system needs to know about it."""

    name: ToolName
    fn: Callable[..., BaseModel]
    input_model: type[BaseModel]
    result_model: type[BaseModel]
    description: str
    actions: frozenset[Action] = frozenset()
    risk: Risk = "low"
    offload: bool = False
    """Run in a worker thread (long or CPU-bound work), so that timeouts and cancellation apply."""
    remote: bool = False
    """Heavy work that may run as a Ray task when the engine has a ``ray`` resource (GENAIOPS_RAY_ADDRESS):
    ``@tool(remote=True)``; only for tools that act on their input alone (no ``ctx``: resources stay here)."""
    takes_context: bool = False
    module: str = ""
    preview: Callable[[BaseModel, ToolContext], ToolPreview] | None = None
    """A dry run the executor calls before the approval policy decides (``@tool(preview=...)``)."""
    acts_on: frozenset[str] = frozenset()
    """The resources (``ctx.resource`` names) whose state the tool changes: what a scripted approval checks
    are drill targets (``@tool(acts_on=("receiver",))``)."""
    uses: frozenset[str] = frozenset()
    """Optional resources the tool reads when configured (``@tool(uses=("prometheus",))``, plus a tuple given as
    ``needs``): checked to answer before a run that uses them starts (``genaiops.runtime.check_resources``)."""
    needs: Callable[[Mapping[str, Any]], Iterable[str]] | None = None
    """The optional resources the tool cannot run without, given its task's arguments (``@tool(needs=...)``, a
    tuple of names or a function of the arguments): a task whose tool needs an unconfigured one is a
    validation problem naming the setting to set (``genaiops.resources``)."""
    under_review: frozenset[str] = frozenset()
    """Fields (of the input or the result model) that hold content under review: text the tool judges, which may
    be hostile (injections, abuse, personal data) by design (``@tool(under_review=("text",))``). The input
    guardrails do not block such a field (the tool decides; what they find is recorded), the tool-result
    guardrails withhold it rather than fail the task, and an agent is shown a screened summary in its place
    (``genaiops.graphs.screening``)."""
    restore: Callable[[Mapping[str, Any], ToolContext], None] | None = None
    """Re-create, in this process, what a succeeded call left in a resource that lives only in the process that
    ran it (the simulated estate: a drill's fault, an action on it), from the call's stored output
    (``@tool(restore=...)``). The executor calls it for each succeeded task when a run continues in a process,
    so a run resumed elsewhere sees the state its finished tasks made; it must be idempotent (keyed by
    ``ctx.idempotency_key``, as the call itself) and must never act on a real system."""

    def needed_resources(self, args: Mapping[str, Any]) -> frozenset[str]:
        """The resources a call with ``args`` (as the task writes them, references unresolved) cannot do without."""
        return frozenset(self.needs(args)) if self.needs is not None else frozenset()

    @property
    def gated_by_default(self) -> bool:
        """Tools that deploy, remediate, roll back or publish need approval unless a policy says otherwise."""
        return bool(self.actions)

    def parse_args(self, args: Mapping[str, Any] | BaseModel) -> BaseModel:
        """Validate arguments against the input model; raise ``ToolInputError`` naming every bad field."""
        from pydantic import ValidationError

        if isinstance(args, self.input_model):
            return args
        try:
            return self.input_model.model_validate(args)
        except ValidationError as exc:
            raise ToolInputError(f"{self.name}: {describe_validation_error(exc)}") from None

    def invoke(self, args: Mapping[str, Any] | BaseModel, ctx: ToolContext | None = None) -> BaseModel:
        """Validate ``args``, call the tool, and check that it returned its result model. ``secret://NAME``
        references are resolved through ``ctx``'s ``secrets`` resource for this call only; a resolved value that
        comes back in the result or an error is replaced by its reference again."""
        parsed = self.parse_args(args)
        resolved, revealed = reveal(parsed, ctx.resources.get("secrets") if ctx is not None else None)
        if not revealed:
            return self._call(parsed, ctx)
        try:
            result = self._call(resolved, ctx)
        except Exception as exc:
            if not leaks(str(exc), revealed):
                raise
            if isinstance(exc, ToolInputError | ToolExecutionError):
                raise type(exc)(conceal(str(exc), revealed)) from None
            raise ToolExecutionError(f"{type(exc).__name__}: {conceal(str(exc), revealed)}") from None
        dumped = result.model_dump(mode="json")
        hidden = conceal(dumped, revealed)
        return result if hidden == dumped else self.result_model.model_validate(hidden)

    def _call(self, parsed: BaseModel, ctx: ToolContext | None) -> BaseModel:
        if self.takes_context:
            if ctx is None:
                raise ToolExecutionError(f"{self.name} needs a ToolContext (it uses its run context)")
            result = self.fn(parsed, ctx)
        else:
            result = self.fn(parsed)
        if not isinstance(result, self.result_model):
            raise ToolExecutionError(
                f"{self.name} returned {type(result).__name__}, not its result model {self.result_model.__name__}"
            )
        return result


def describe_validation_error(exc: ValidationError) -> str:
    """One line per bad field: ``seed: Input should be a valid integer (got 'x')``."""
    parts = []
    for err in exc.errors(include_url=False):
        loc = ".".join(str(p) for p in err["loc"]) or "(arguments)"
        got = "" if err["type"] == "missing" else f" (got {err.get('input')!r})"
        parts.append(f"{loc}: {err['msg']}{got}")
    return "; ".join(parts)


class ToolRegistry:
    """Tools by name. Names are unique; a registry name equals the tool's module name.

    A registry may be filled on demand (``on_demand``): looking a name up imports that one tool's module, and
    listing imports them all, so a command that needs three tools does not import every tool's libraries."""

    def __init__(self) -> None:
        self._tools: dict[str, ToolSpec] = {}
        self._find: Callable[[str], None] | None = None
        self._load_all: Callable[[], None] | None = None
        self._kept: Callable[[str], ToolCard | None] | None = None
        self._cards: dict[str, ToolCard] = {}

    def on_demand(
        self,
        find: Callable[[str], None],
        load_all: Callable[[], None],
        kept: Callable[[str], ToolCard | None] | None = None,
    ) -> None:
        """Fill this registry lazily: ``find(name)`` registers the tool called ``name`` if there is one,
        ``load_all()`` registers every tool (before listing, and before saying a name is unknown), ``kept(name)``
        gives the tool's kept card, if it has a current one (``genaiops.toolcards``)."""
        self._find, self._load_all, self._kept = find, load_all, kept

    def card(self, name: str) -> ToolCard:
        """What validation, gating and resource checks read of the tool ``name``: its kept card when it has a
        current one and is not imported yet, else the tool itself (``NotFoundError`` for an unknown name)."""
        card = self._cards.get(name)
        if card is None:
            from genaiops.toolcards import live_card

            spec = self._tools.get(name)
            card = self._kept(name) if spec is None and self._kept is not None else None
            self._cards[name] = card = card if card is not None else live_card(spec or self.get(name))
        return card

    def _lookup(self, name: str) -> ToolSpec | None:
        spec = self._tools.get(name)
        if spec is None and self._find is not None:
            self._find(name)
            spec = self._tools.get(name)
        return spec

    def _complete(self) -> dict[str, ToolSpec]:
        if self._load_all is not None:
            load_all, self._find, self._load_all = self._load_all, None, None
            load_all()
        return self._tools

    def register(self, spec: ToolSpec) -> ToolSpec:
        existing = self._tools.get(spec.name)
        if existing is not None and existing.fn is not spec.fn:
            raise ValueError(f"a tool named {spec.name!r} is already registered (from {existing.module})")
        self._tools[spec.name] = spec
        return spec

    def get(self, name: str) -> ToolSpec:
        spec = self._lookup(name)
        if spec is None:
            known = self._complete()
            if name in known:
                return known[name]
            raise NotFoundError(f"unknown tool {name!r}{did_you_mean(name, known)}")
        return spec

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if name in self._tools or name in self._cards:
            return True
        if self._kept is not None and self._find is not None:
            card = self._kept(name)  # a tool with a current card is known without importing it
            if card is not None:
                self._cards[name] = card
                return True
        return self._lookup(name) is not None or name in self._complete()

    def __iter__(self) -> Iterator[ToolSpec]:
        return iter(sorted(self._complete().values(), key=lambda t: t.name))

    def __len__(self) -> int:
        return len(self._complete())

    def names(self) -> list[str]:
        return sorted(self._complete())

    def tool(
        self,
        *,
        name: str | None = None,
        actions: tuple[Action, ...] = (),
        risk: Risk = "low",
        offload: bool = False,
        remote: bool = False,
        preview: Callable[[BaseModel, ToolContext], ToolPreview] | None = None,
        acts_on: tuple[str, ...] = (),
        uses: tuple[str, ...] = (),
        needs: tuple[str, ...] | Callable[[Mapping[str, Any]], Iterable[str]] = (),
        under_review: tuple[str, ...] = (),
        restore: Callable[[Mapping[str, Any], ToolContext], None] | None = None,
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Decorator: register a typed function as a tool in this registry."""
        needed = _needs_function(needs)
        used = frozenset(uses) | (frozenset() if callable(needs) else frozenset(needs))  # what it needs it uses

        def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
            spec = _spec_from_function(fn, name, actions, risk, offload)
            if remote and spec.takes_context:
                raise TypeError(
                    f"tool {spec.name}: remote=True is for tools that act on their input alone; this one takes "
                    "ctx (its resources cannot travel to a Ray worker): split the heavy part into its own tool"
                )
            _check_under_review(spec, under_review)
            extra = {"preview": preview, "acts_on": frozenset(acts_on), "uses": used, "needs": needed}
            extra["remote"] = remote
            extra["under_review"] = frozenset(under_review)
            extra["restore"] = restore
            self.register(dataclasses.replace(spec, **extra))
            return fn

        return decorate


def _check_under_review(spec: ToolSpec, fields: tuple[str, ...]) -> None:
    """``@tool(under_review=...)`` names fields of the tool's input or result model."""
    known = set(spec.input_model.model_fields) | set(spec.result_model.model_fields)
    unknown = sorted(set(fields) - known)
    if unknown:
        raise TypeError(
            f"tool {spec.module}.{spec.name}: under_review names {unknown}, which are not fields of "
            f"{spec.input_model.__name__} or {spec.result_model.__name__} (fields: {sorted(known)})"
        )


def _needs_function(
    needs: tuple[str, ...] | Callable[[Mapping[str, Any]], Iterable[str]],
) -> Callable[[Mapping[str, Any]], Iterable[str]] | None:
    """``@tool(needs=...)`` as a function of the task's arguments (a tuple: the same names whatever they are)."""
    if callable(needs):
        return needs
    names = frozenset(needs)
    return (lambda _args: names) if names else None


def _spec_from_function(
    fn: Callable[..., Any], name: str | None, actions: tuple[Action, ...], risk: Risk, offload: bool
) -> ToolSpec:
    hints = typing.get_type_hints(fn)
    params = list(inspect.signature(fn).parameters)
    where = f"{fn.__module__}.{fn.__qualname__}"
    if not params or params[0] not in hints:
        raise TypeError(f"tool {where} must take one annotated pydantic input model as its first parameter")
    from pydantic import BaseModel

    input_model, result_model = hints[params[0]], hints.get("return")
    for kind, model in (("input", input_model), ("result", result_model)):
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            raise TypeError(f"tool {where}: its {kind} type must be a pydantic model, not {model!r}")
    if len(params) > 2 or (len(params) == 2 and hints.get(params[1]) is not ToolContext):
        raise TypeError(f"tool {where}: the only parameter after the input model may be `ctx: ToolContext`")
    unknown = set(actions) - set(ACTIONS)
    if unknown:
        raise TypeError(f"tool {where}: unknown actions {sorted(unknown)}; choose from {list(ACTIONS)}")
    doc = inspect.getdoc(fn)
    if not doc:
        raise TypeError(f"tool {where} needs a docstring: it is what a model reads to decide when to call it")
    return ToolSpec(
        name=ToolName(name or fn.__name__),
        fn=fn,
        input_model=input_model,
        result_model=result_model,
        description=doc,
        actions=frozenset(actions),
        risk=risk,
        offload=offload,
        takes_context=len(params) == 2,
        module=fn.__module__,
    )


registry = ToolRegistry()
"""The default registry; ``genaiops.tools.load_tools()`` fills it with every tool module."""

tool = registry.tool
"""Register a function in the default registry: ``@tool(actions=("deploys",), risk="medium")``."""


def __getattr__(name: str) -> Any:
    """``ToolPreview``, from its own module on first use: this module is imported to look tools up from their
    kept cards (``genaiops.toolcards``), which needs no pydantic, and a model defined here imported it."""
    if name != "ToolPreview":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from genaiops.tool_preview import ToolPreview

    return ToolPreview
