"""A scenario file's ``scenario list`` line made without pydantic, when the file is valid: "fast accept, full
explain" for a cold list (issue #13: pydantic's import and its first model builds were ~690 M of a cold list's
1,086 M instructions).

The kept card (``catalogue_cards.json``, written with the tools catalogue: ``python -m
genaiops.cli.tools_catalogue``) holds, as tool cards hold a tool's input model (``genaiops.toolcards``):

- ``ScenarioSpec``'s and ``ParamSpec``'s core schemas as data: pydantic-core validates a file with the models'
  own schemas and fills plain shells; their validators are plain functions named by reference
  (``genaiops.graphs.spec_rules``); an empty list or dict default is kept as its factory;
- the built-in approval policy's facts, as ``genaiops.runtime.load_policy`` gives it when no policy file is set
  (tiers, gated actions, approver roles, the roles' tool rules): the gates are computed from them by the very
  functions ``ApprovalPolicy`` uses (``genaiops.safety.approval_rules.needed`` / ``override_refusal``).

The card is read only while every module it was made from (the models', their validators', what they import,
the policy's, the roles', this module and ``genaiops.toolcards``) has the digest it records, under the same
pydantic-core and Python. The graph checks run live: ``graphs.checker``, ``graphs.script_checks`` and
``graphs.arg_checks`` on the shells, the parameters by ``graphs.params`` with a kept-schema reader.

``quick_shape`` answers only a valid file, and only when the settings are plain and set no policy file: any
problem, a declaration or spec the schema refuses, an ``approval: auto`` override refused, anything it cannot
read, gives None, and the full path (the models) makes the line and explains. ``tests/test_cli_catalogue_cards.py``
compares the two on the shipped scenarios and on generated variations.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

__all__ = ["FILE", "card_document", "kept_cards", "quick_shape", "write_card"]

FILE = Path(__file__).with_name("catalogue_cards.json")
FORMAT = 1
_OWN = ("genaiops.cli.catalogue_cards", "genaiops.toolcards")
_POLICY = (
    "genaiops.runtime",
    "genaiops.registry",
    "genaiops.roles",
    "genaiops.safety.policy",
    "genaiops.safety.approval_rules",
    "genaiops.agents.roles",
)
"""The modules the built-in policy is made by (and the role modules ``genaiops.agents.roles`` imports)."""


class _Unsure(Exception):
    """Not a plain valid file (or not one this path reads): the full path makes the line."""


def card_document() -> dict[str, Any]:
    """The kept card: the spec schemas, the built-in policy's facts, their sources and digest."""
    import sys
    import tempfile

    from genaiops.agents.roles import ROLES
    from genaiops.cli.plain_settings import PlainSettings
    from genaiops.graphs.param_spec import ParamSpec
    from genaiops.graphs.spec import ScenarioSpec
    from genaiops.registry import RISKS
    from genaiops.runtime import load_policy
    from genaiops.toolcards import keep_schema, sources_digest

    scenario, param = keep_schema(ScenarioSpec), keep_schema(ParamSpec)
    if scenario is None or param is None:
        raise RuntimeError("the spec models' schemas cannot be kept as data: name validators by reference")
    with tempfile.TemporaryDirectory() as home:  # a home without a policy file: the built-in policy
        policy = load_policy(PlainSettings(home=Path(home), store_url=None))  # type: ignore[arg-type]
    roles = {type(role).__module__ for role in ROLES.values()} | {
        name for name in sys.modules if name.startswith("genaiops.agents.roles.")
    }
    sources = sorted({*scenario["sources"], *param["sources"], *_POLICY, *roles, *_OWN})
    facts = {
        "tiers": {risk: policy.tier(risk).approvals for risk in RISKS},
        "gated_actions": list(policy.gated_actions),
        "approver_roles": list(policy.approver_roles),
        "allow_spec_auto": policy.allow_spec_auto,
        "tools": {
            name: {"risk": rule.risk, "roles": None if rule.roles is None else list(rule.roles), "auto": rule.auto}
            for name, rule in policy.tools.items()
        },
    }
    return {
        "format": FORMAT,
        "scenario": scenario,
        "param": param,
        "policy": facts,
        "sources": sources,
        "digest": sources_digest(sources),
    }


def write_card(file: Path = FILE) -> None:
    text = json.dumps(card_document(), ensure_ascii=False, separators=(",", ":"))
    file.write_text(text + "\n", encoding="utf-8")


class _Policy:
    """The built-in policy's facts, read as ``genaiops.safety.approval_rules`` reads an ``ApprovalPolicy``."""

    def __init__(self, facts: dict[str, Any]) -> None:
        self.tiers = {risk: SimpleNamespace(approvals=n) for risk, n in facts["tiers"].items()}
        self.gated_actions = tuple(facts["gated_actions"])
        self.approver_roles = tuple(facts["approver_roles"])
        self.allow_spec_auto = facts["allow_spec_auto"]
        self.tools = {
            name: SimpleNamespace(risk=r["risk"], roles=r["roles"] and tuple(r["roles"]), auto=r["auto"])
            for name, r in facts["tools"].items()
        }

    def tier(self, risk: str) -> Any:
        return self.tiers[risk]

    def requirement(self, tool: Any, risk: str | None = None, approval: str = "policy") -> Any:
        from genaiops.safety.approval_rules import needed

        effective, approvals, roles = needed(self, tool, risk, approval)
        return SimpleNamespace(risk=effective, approvals=approvals, roles=roles, gated=approvals > 0)

    def check_override(self, tool: Any, approval: str) -> str | None:
        from genaiops.safety.approval_rules import override_refusal

        return override_refusal(self, tool, approval)


class KeptCards:
    """The kept card, read: the two validators and the built-in policy."""

    def __init__(self, data: dict[str, Any]) -> None:
        from genaiops.toolcards import schema_validator

        self.scenario = schema_validator(data["scenario"])
        self.param = schema_validator(data["param"])
        self.policy = _Policy(data["policy"])

    def read_param(self, body: Any) -> tuple[Any, None]:
        """A declaration as ``ParamSpec`` reads it (``genaiops.graphs.params.Read``); one it refuses: ``_Unsure``."""
        from pydantic_core import ValidationError

        try:
            return self.param.validate_python(body), None
        except ValidationError:
            raise _Unsure from None


def kept_cards(file: Path = FILE) -> KeptCards | None:
    """The kept card when it is well formed and made from the sources as they are now (else None)."""
    from genaiops.toolcards import sources_digest

    try:
        data = json.loads(file.read_bytes())
    except (OSError, ValueError):
        return None
    if not _well_formed(data) or data["digest"] != sources_digest(data["sources"]):
        return None
    try:
        return KeptCards(data)
    except Exception:  # noqa: BLE001 - a schema pydantic-core refuses, a reference that no longer imports
        return None


def _well_formed(data: Any) -> bool:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return False
    kept = [data.get("scenario"), data.get("param")]
    if not all(isinstance(k, dict) and {"schema", "links", "sources"} <= k.keys() for k in kept):
        return False
    sources, policy = data.get("sources"), data.get("policy")
    if not isinstance(sources, list) or not all(isinstance(m, str) and m.startswith("genaiops.") for m in sources):
        return False
    if not all(set(k["sources"]) <= set(sources) for k in kept) or not isinstance(data.get("digest"), str):
        return False
    return _policy_well_formed(policy)


def _policy_well_formed(policy: Any) -> bool:
    from genaiops.registry import RISKS

    if not isinstance(policy, dict) or not isinstance(policy.get("tools"), dict):
        return False
    tiers = policy.get("tiers")
    if not isinstance(tiers, dict) or set(tiers) != set(RISKS) or not all(type(n) is int for n in tiers.values()):
        return False
    lists = [policy.get("gated_actions"), policy.get("approver_roles")]
    if not all(isinstance(x, list) and all(isinstance(v, str) for v in x) for x in lists):
        return False
    rules = policy["tools"].values()
    return type(policy.get("allow_spec_auto")) is bool and all(
        isinstance(r, dict)
        and r.keys() == {"risk", "roles", "auto"}
        and (r["risk"] is None or r["risk"] in RISKS)
        and (r["roles"] is None or (isinstance(r["roles"], list) and all(isinstance(v, str) for v in r["roles"])))
        and type(r["auto"]) is bool
        for r in rules
    )


def quick_shape(file: Path, source: Any, settings: Any, cards: KeptCards, checked: dict[str, list]) -> Any:
    """``file``'s line as ``genaiops.cli.scenario_catalogue.catalogue_entry`` makes it for a valid file, or None
    (see the module docstring). ``source``: the file as ``read_file`` read it (changed in place: after None,
    read it again); ``checked`` receives the files the data roots were asked about."""
    try:
        return _shape(file, source, settings, cards, checked)
    except Exception:  # noqa: BLE001 - a problem, or anything this path does not read: the full path explains
        return None


def _shape(file: Path, source: Any, settings: Any, cards: KeptCards, checked: dict[str, list]) -> Any:
    from genaiops.cli.shapes import scenario_shape
    from genaiops.errors import UserError
    from genaiops.graphs.gating import gated_tasks
    from genaiops.graphs.params import catalogue_values, parse_sets, scenario_params
    from genaiops.tools import tools_on_demand

    if settings.policy_file is not None or settings.home_policy_file is not None or not isinstance(source.data, dict):
        raise _Unsure
    try:
        params = scenario_params(file, source, cards.read_param)
        sets = parse_sets([f"{name}={value}" for name, value in catalogue_values(params).items()])
        spec = _checked(file, source, settings, cards, checked, sets)
    except UserError as exc:  # the problems the full path finds: the schemas accepted the file's shape
        return scenario_shape(str(file), None, "", 0, [], " ".join(str(exc).split()))
    purpose = " ".join(spec.description.split())
    gates = gated_tasks(spec, cards.policy, tools_on_demand())
    return scenario_shape(str(file), spec.name, purpose, len(spec.tasks), gates, None, params)


def _checked(file: Path, source: Any, settings: Any, cards: KeptCards, checked: dict[str, list], sets: Any) -> Any:
    """The spec (shells) as ``graphs.validate.validate_scenario`` checks it: ``GraphValidationError`` lists its
    problems; ``_Unsure`` when the kept schema refuses the shape (the models name those problems)."""
    from pydantic_core import ValidationError

    from genaiops.cli.file_cache import Recording
    from genaiops.graphs.arg_checks import check_arguments
    from genaiops.graphs.checker import Checker, graph_error
    from genaiops.graphs.params import fill_params
    from genaiops.graphs.plan import build_plan
    from genaiops.graphs.script_checks import check_script
    from genaiops.runtime import configured_resources, data_roots
    from genaiops.tools import tools_on_demand

    roots = Recording(data_roots(settings).for_scenario(file))
    roots.checked = checked
    registry = tools_on_demand()
    _, problems, complete = fill_params(source, sets, cards.read_param)
    problems += source.duplicates
    if not complete:
        raise graph_error(problems)
    try:
        spec = cards.scenario.validate_python(source.data)
    except ValidationError:
        raise _Unsure from None
    tasks = dict(enumerate(spec.tasks))
    checker = Checker(source, registry, cards.policy, tasks, problems, configured_resources(settings))
    checker.check()
    problems += check_script(source, checker.ids)
    problems += check_arguments(source, registry, roots)
    if problems:
        raise graph_error(problems)
    build_plan(spec)  # as validation ends (a valid graph always plans)
    return spec
