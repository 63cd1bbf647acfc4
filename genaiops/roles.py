"""The four agent roles by name. What each role does lives in ``genaiops.agents``; the names live here so that
graph validation (below the agents layer) can check them."""

from __future__ import annotations

from genaiops.errors import NotFoundError, did_you_mean
from genaiops.ids import RoleName

__all__ = ["ROLES", "check_role"]

ROLES: dict[RoleName, str] = {
    RoleName("mlops_engineer"): "ingest, train, validate, deploy, monitor and retrain models",
    RoleName("sre"): "collect, correlate, detect anomalies, find root causes, remediate",
    RoleName("prompt_evaluator"): "evaluate prompts, release them, watch latency, hallucination and bias",
    RoleName("safety_reviewer"): "guardrails on inputs and outputs, safety review, human-in-the-loop governance",
}


def check_role(name: str) -> RoleName:
    """Return the role name, or raise ``NotFoundError`` with the closest known role."""
    if name not in ROLES:
        raise NotFoundError(f"unknown role {name!r}{did_you_mean(name, ROLES)}; known: {', '.join(ROLES)}")
    return RoleName(name)
