"""A scenario file's ``scenario list`` line made without pydantic, when the file is valid: "fast accept, full
explain" for a cold list (issue #13: pydantic's import and its first model builds were ~690 M of a cold list's
1,086 M instructions).

The kept card (``catalogue_cards.json``, written with the tools catalogue: ``python -m
genaiops.cli.tools_catalogue``) holds, as tool cards hold a tool's input model (``genaiops.toolcards``):

- ``ScenarioSpec``'s, ``ParamSpec``'s and ``ApprovalPolicy``'s core schemas as data: pydantic-core validates a
  file with the models' own schemas and fills plain shells; their validators are plain functions named by
  reference (``genaiops.graphs.spec_rules``, ``genaiops.safety.policy_data``); an empty list or dict default is
  kept as its factory;
- what the policy schema cannot hold, taken from the real code when the card is written: the default tiers (a
  factory of models) and the tier a policy that sets none for a risk falls back to, and the roles' approval
  defaults (``genaiops.agents.roles.with_role_defaults`` of the default policy). A home's ``policy.yaml`` is read
  by the policy's own reader (``genaiops.safety.policy_data.policy_source``), validated by the kept schema, and
  the roles' rules are laid under its ``tools`` as ``genaiops.runtime.load_policy`` lays them; the gates are
  computed by the very functions ``ApprovalPolicy`` uses (``genaiops.safety.approval_rules.needed`` /
  ``override_refusal``).

The card is read only while every module it was made from (the models', their validators', what they import,
the policy's, the roles', this module and ``genaiops.toolcards``) has the digest it records, under the same
pydantic-core and Python. The graph checks run live: ``graphs.checker``, ``graphs.script_checks`` and
``graphs.arg_checks`` on the shells, the parameters by ``graphs.params`` with a kept-schema reader.

``quick_shape`` answers only a valid file, and only when the settings are plain (no per-process policy file):
any problem, a declaration, spec or home policy file the schema refuses (or one with a duplicated key), an
``approval: auto`` override refused, anything it cannot read, gives None, and the full path (the models) makes
the line and explains. ``tests/test_cli_catalogue_cards.py`` compares the two on the shipped scenarios, on
generated variations and under many policy files.
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
    "genaiops.safety.policy_data",
    "genaiops.safety.approval_rules",
    "genaiops.agents.roles",
)
"""The modules a home's policy is read and made by (and the role modules ``genaiops.agents.roles`` imports)."""


class _Unsure(Exception):
    """Not a plain valid file (or not one this path reads): the full path makes the line."""


def card_document() -> dict[str, Any]:
    """The kept card: the spec and policy schemas, the policy's defaults the schema does not hold, their sources
    and digest."""
    import sys

    from genaiops.agents.roles import ROLES, with_role_defaults
    from genaiops.graphs.param_spec import ParamSpec
    from genaiops.graphs.spec import ScenarioSpec
    from genaiops.registry import RISKS
    from genaiops.safety.policy import ApprovalPolicy
    from genaiops.toolcards import keep_schema, sources_digest

    scenario, param = keep_schema(ScenarioSpec), keep_schema(ParamSpec)
    policy = keep_schema(ApprovalPolicy, own="genaiops.safety.policy")  # its validators: plain functions only
    if scenario is None or param is None or policy is None:
        raise RuntimeError("the spec or policy models' schemas cannot be kept as data: name validators by reference")
    roles = {type(role).__module__ for role in ROLES.values()} | {
        name for name in sys.modules if name.startswith("genaiops.agents.roles.")
    }
    sources = sorted({*scenario["sources"], *param["sources"], *policy["sources"], *_POLICY, *roles, *_OWN})
    defaults, bare = ApprovalPolicy(), ApprovalPolicy(tiers={})
    facts = {
        "schema": policy,
        "tiers": {risk: rule.approvals for risk, rule in defaults.tiers.items()},
        "tier_fallback": {risk: bare.tier(risk).approvals for risk in RISKS},
        "role_rules": {
            name: {"risk": rule.risk, "roles": None if rule.roles is None else list(rule.roles), "auto": rule.auto}
            for name, rule in with_role_defaults(defaults).tools.items()
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
    """A home's approval policy as ``genaiops.runtime.load_policy`` makes it, read as
    ``genaiops.safety.approval_rules`` reads an ``ApprovalPolicy``: the fields the kept schema validated (a
    shell), the tiers the model's defaults give, the roles' approval defaults for tools the policy has no rule of
    its own for (``genaiops.agents.roles.with_role_defaults``)."""

    def __init__(self, shell: Any, facts: dict[str, Any]) -> None:
        tiers = shell.tiers  # None: the file sets none, and the model's default (a factory of models) is in facts
        own = {risk: rule.approvals for risk, rule in tiers.items()} if tiers is not None else facts["tiers"]
        self.tiers = {risk: SimpleNamespace(approvals=n) for risk, n in {**facts["tier_fallback"], **own}.items()}
        self.gated_actions = tuple(shell.gated_actions)
        self.approver_roles = tuple(shell.approver_roles)
        self.allow_spec_auto = shell.allow_spec_auto
        roles = {
            name: SimpleNamespace(risk=r["risk"], roles=r["roles"] and tuple(r["roles"]), auto=r["auto"])
            for name, r in facts["role_rules"].items()
        }
        self.tools = {**roles, **shell.tools}

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
    """The kept card, read: the spec validators, and the home's policy once asked for."""

    def __init__(self, data: dict[str, Any]) -> None:
        from genaiops.toolcards import schema_validator

        self.scenario = schema_validator(data["scenario"])
        self.param = schema_validator(data["param"])
        self._policy_schema = schema_validator(data["policy"]["schema"])
        self._facts = data["policy"]
        self._policies: dict[Path | None, _Policy | None] = {}

    def read_param(self, body: Any) -> tuple[Any, None]:
        """A declaration as ``ParamSpec`` reads it (``genaiops.graphs.params.Read``); one it refuses: ``_Unsure``."""
        from pydantic_core import ValidationError

        try:
            return self.param.validate_python(body), None
        except ValidationError:
            raise _Unsure from None

    def policy(self, settings: Any) -> _Policy:
        """The policy of the settings' home (its ``policy.yaml``, else the built-in one), read by the policy's
        own reader and kept schema; ``_Unsure`` for a per-process policy file, or a file the models would refuse
        or that this path does not read (the models explain)."""
        if settings.policy_file is not None:
            raise _Unsure
        file = settings.home_policy_file
        if file not in self._policies:
            try:
                self._policies[file] = self._read_policy(file)
            except Exception:  # noqa: BLE001 - unreadable, refused, anything unforeseen: the models' path explains
                self._policies[file] = None
        found = self._policies[file]
        if found is None:
            raise _Unsure
        return found

    def _read_policy(self, file: Path | None) -> _Policy | None:
        from genaiops.safety.policy_data import policy_source
        from genaiops.yamlfile import file_text

        data: Any = {}
        if file is not None:
            source = policy_source(file_text(file.read_bytes(), file), str(file))  # as load_policy reads it
            if source.duplicates or not isinstance(source.data, dict):
                return None
            data = source.data
        return _Policy(self._policy_schema.validate_python(data), self._facts)


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
    policy = data.get("policy")
    kept = [data.get("scenario"), data.get("param"), isinstance(policy, dict) and policy.get("schema")]
    if not all(isinstance(k, dict) and {"schema", "links", "sources"} <= k.keys() for k in kept):
        return False
    sources = data.get("sources")
    if not isinstance(sources, list) or not all(isinstance(m, str) and m.startswith("genaiops.") for m in sources):
        return False
    if not all(set(k["sources"]) <= set(sources) for k in kept) or not isinstance(data.get("digest"), str):
        return False
    return _policy_well_formed(policy)


def _policy_well_formed(policy: Any) -> bool:
    from genaiops.registry import RISKS

    if not isinstance(policy, dict) or not isinstance(policy.get("role_rules"), dict):
        return False
    kept = policy.get("schema")
    if not isinstance(kept, dict) or not {"schema", "links", "sources"} <= kept.keys():
        return False
    tiers = [policy.get("tiers"), policy.get("tier_fallback")]
    if not all(isinstance(t, dict) and set(t) <= set(RISKS) and all(type(n) is int for n in t.values()) for t in tiers):
        return False
    if set(policy["tier_fallback"]) != set(RISKS):
        return False
    return all(
        isinstance(r, dict)
        and r.keys() == {"risk", "roles", "auto"}
        and (r["risk"] is None or r["risk"] in RISKS)
        and (r["roles"] is None or (isinstance(r["roles"], list) and all(isinstance(v, str) for v in r["roles"])))
        and type(r["auto"]) is bool
        for r in policy["role_rules"].values()
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

    if not isinstance(source.data, dict):
        raise _Unsure
    policy = cards.policy(settings)
    try:
        params = scenario_params(file, source, cards.read_param)
        sets = parse_sets([f"{name}={value}" for name, value in catalogue_values(params).items()])
        spec = _checked(file, source, settings, cards, policy, checked, sets)
    except UserError as exc:  # the problems the full path finds: the schemas accepted the file's shape
        return scenario_shape(str(file), None, "", 0, [], " ".join(str(exc).split()))
    purpose = " ".join(spec.description.split())
    gates = gated_tasks(spec, policy, tools_on_demand())
    return scenario_shape(str(file), spec.name, purpose, len(spec.tasks), gates, None, params)


def _checked(
    file: Path, source: Any, settings: Any, cards: KeptCards, policy: _Policy, checked: dict[str, list], sets: Any
) -> Any:
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
    checker = Checker(source, registry, policy, tasks, problems, configured_resources(settings))
    checker.check()
    problems += check_script(source, checker.ids, checker.output_problem)
    problems += check_arguments(source, registry, roots)
    if problems:
        raise graph_error(problems)
    build_plan(spec)  # as validation ends (a valid graph always plans)
    return spec
