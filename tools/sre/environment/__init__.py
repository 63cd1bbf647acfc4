"""The environment SRE tools act on: the ``Environment`` protocol and the data it speaks.

Contract: tools get the environment as ``ctx.resources["environment"]`` and reach the world only through
it (``topology``, ``observe``, ``changes``, ``state``, ``apply``, ``receipt``). Everything crossing that
boundary is a pydantic model from here, so an adapter for a real estate (Prometheus + a deploy API) is one
class that implements the protocol; the seeded simulator in ``genaiops.tools.sre.simulate`` is the default.
"""

from .graph import dependency_graph, traffic_shares
from .models import (
    METRICS,
    ActionKind,
    ActionReceipt,
    ChangeEvent,
    DependencyEdge,
    MetricName,
    MetricWindow,
    RemediationAction,
    ServiceState,
    ServiceTopology,
    as_utc,
)
from .protocol import Environment, check_service

__all__ = [
    "METRICS",
    "ActionKind",
    "ActionReceipt",
    "ChangeEvent",
    "DependencyEdge",
    "Environment",
    "MetricName",
    "MetricWindow",
    "RemediationAction",
    "ServiceState",
    "ServiceTopology",
    "as_utc",
    "check_service",
    "dependency_graph",
    "traffic_shares",
]
