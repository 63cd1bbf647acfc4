"""The four roles, one module each: what the role owns, its instructions, its tools, its approval defaults.

``ROLES`` maps each role name in ``genaiops.roles`` to its ``Role``. Importing this package is cheap (no AutoGen):
the runtime reads the approval defaults from it.
"""

from __future__ import annotations

from genaiops.agents.roles import mlops_engineer, prompt_evaluator, safety_reviewer, sre
from genaiops.agents.roles.base import Role
from genaiops.errors import NotFoundError, did_you_mean
from genaiops.safety.policy import ApprovalPolicy

__all__ = ["ROLES", "Role", "get_role", "with_role_defaults"]

ROLES: dict[str, Role] = {m.ROLE.name: m.ROLE for m in (mlops_engineer, sre, prompt_evaluator, safety_reviewer)}


def get_role(name: str) -> Role:
    if name not in ROLES:
        raise NotFoundError(f"unknown role {name!r}{did_you_mean(name, ROLES)}; roles: {', '.join(ROLES)}")
    return ROLES[name]


def with_role_defaults(policy: ApprovalPolicy) -> ApprovalPolicy:
    """``policy`` plus each role's approval defaults for tools the policy has no rule of its own for."""
    rules = {name: rule for role in ROLES.values() for name, rule in role.approvals.items()}
    merged = {**rules, **policy.tools}
    return policy if merged == policy.tools else policy.model_copy(update={"tools": merged})
