"""``EnvironmentSpec``: a simulated estate described as data, so a scenario file or the engine can build it."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from .environment import EPOCH, SimulatedEnvironment
from .faults import FaultSpec
from .topology import build_topology

__all__ = ["EnvironmentSpec", "build_environment"]


class DeploySpec(BaseModel, defer_build=True):
    """A deploy that is not a fault (a red herring, or history before the incident)."""

    service: str
    at: datetime


class EnvironmentSpec(BaseModel, defer_build=True):
    """Which topology, which seed, and the faults and deploys to place on it."""

    topology: str = Field(default="shop", description="shop (12 services), media (30) or platform (60)")
    topology_seed: int = 0
    seed: int = 0
    start: datetime = EPOCH
    step_seconds: int = Field(default=60, gt=0)
    faults: list[FaultSpec] = Field(default_factory=list)
    deploys: list[DeploySpec] = Field(default_factory=list)


def build_environment(spec: EnvironmentSpec | dict | None = None) -> SimulatedEnvironment:
    """The default environment for scenarios: a ``SimulatedEnvironment`` built from ``spec``."""
    spec = EnvironmentSpec.model_validate(spec or {})
    env = SimulatedEnvironment(
        build_topology(spec.topology, spec.topology_seed), spec.seed, spec.start, spec.step_seconds
    )
    for deploy in spec.deploys:
        env.record_deploy(deploy.service, deploy.at)
    for fault in spec.faults:
        env.inject(fault)
    return env
