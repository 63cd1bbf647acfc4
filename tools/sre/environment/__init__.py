"""The environment SRE tools act on: the ``Environment`` protocol and the data it speaks.

Contract: tools get the environment as ``ctx.resources["environment"]`` and reach the world only through
it (``topology``, ``observe``, ``changes``, ``state``, ``apply``, ``receipt``). Everything crossing that
boundary is a pydantic model from here, so an adapter for a real estate (Prometheus + a deploy API) is one
class that implements the protocol; the seeded simulator in ``genaiops.tools.sre.simulate`` is the default.
Remediations may go elsewhere than observations: ``TargetedEnvironment(observer, target)`` sends them to an
``ActionTarget`` such as ``HttpActionTarget`` or ``KubernetesActionTarget`` (real systems: ``drill = False``),
which also answer dry runs.
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from .graph import dependency_graph, traffic_shares
    from .http_actions import HttpActionTarget, http_target, request_body
    from .k8s_target import KubernetesActionTarget, kubernetes_target
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
    from .targeted import ActionTarget, TargetedEnvironment

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(("HttpActionTarget", "http_target", "request_body"), "genaiops.tools.sre.environment.http_actions"),
    **dict.fromkeys(("dependency_graph", "traffic_shares"), "genaiops.tools.sre.environment.graph"),
    **dict.fromkeys(("KubernetesActionTarget", "kubernetes_target"), "genaiops.tools.sre.environment.k8s_target"),
    **dict.fromkeys(
        (
            "METRICS",
            "ActionKind",
            "ActionReceipt",
            "ChangeEvent",
            "DependencyEdge",
            "MetricName",
            "MetricWindow",
            "RemediationAction",
            "ServiceState",
            "ServiceTopology",
            "as_utc",
        ),
        "genaiops.tools.sre.environment.models",
    ),
    **dict.fromkeys(("Environment", "check_service"), "genaiops.tools.sre.environment.protocol"),
    **dict.fromkeys(("ActionTarget", "TargetedEnvironment"), "genaiops.tools.sre.environment.targeted"),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "METRICS",
    "ActionKind",
    "ActionReceipt",
    "ActionTarget",
    "ChangeEvent",
    "DependencyEdge",
    "Environment",
    "HttpActionTarget",
    "KubernetesActionTarget",
    "MetricName",
    "MetricWindow",
    "RemediationAction",
    "ServiceState",
    "ServiceTopology",
    "TargetedEnvironment",
    "as_utc",
    "check_service",
    "dependency_graph",
    "http_target",
    "kubernetes_target",
    "request_body",
    "traffic_shares",
]
