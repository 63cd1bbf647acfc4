"""A seeded microservice simulator: the default ``Environment`` and the ground for measuring diagnosis.

Contract: ``build_topology(name, seed)`` gives the same estate for the same arguments (``shop`` 12, ``media``
30, ``platform`` 60 services); ``SimulatedEnvironment`` implements the ``Environment`` protocol, and the metrics
it returns are a pure function of the topology, the seed and the events (faults, deploys, blips, actions).
Faults (``FAULT_KINDS``) propagate to callers with per-edge delay and attenuation; ``CLEARED_BY`` says which
remediation clears which fault. ``make_incident`` builds seeded incidents with red herrings for benchmarks;
its ground truth is for scoring only. ``make_realistic_incident`` adds the harder kinds (``REALISTIC_FAULT_KINDS``),
partial observability, decoy changes, distractors and several simultaneous roots.
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from .environment import EPOCH, SimulatedEnvironment
    from .faults import ALL_FAULT_KINDS, CLEARED_BY, FAULT_KINDS, REALISTIC_FAULT_KINDS, FaultKind, FaultSpec
    from .incidents import SimulatedIncident, make_incident, truth_labels
    from .realistic import make_realistic_incident
    from .spec import EnvironmentSpec, build_environment
    from .topology import TOPOLOGIES, SimTopology, build_topology
    from .world import Transient

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(("EPOCH", "SimulatedEnvironment"), "genaiops.tools.sre.simulate.environment"),
    **dict.fromkeys(
        ("ALL_FAULT_KINDS", "CLEARED_BY", "FAULT_KINDS", "REALISTIC_FAULT_KINDS", "FaultKind", "FaultSpec"),
        "genaiops.tools.sre.simulate.faults",
    ),
    **dict.fromkeys(("SimulatedIncident", "make_incident", "truth_labels"), "genaiops.tools.sre.simulate.incidents"),
    **dict.fromkeys(("make_realistic_incident",), "genaiops.tools.sre.simulate.realistic"),
    **dict.fromkeys(("EnvironmentSpec", "build_environment"), "genaiops.tools.sre.simulate.spec"),
    **dict.fromkeys(("TOPOLOGIES", "SimTopology", "build_topology"), "genaiops.tools.sre.simulate.topology"),
    **dict.fromkeys(("Transient",), "genaiops.tools.sre.simulate.world"),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "ALL_FAULT_KINDS",
    "REALISTIC_FAULT_KINDS",
    "make_realistic_incident",
    "CLEARED_BY",
    "EPOCH",
    "FAULT_KINDS",
    "TOPOLOGIES",
    "EnvironmentSpec",
    "FaultKind",
    "FaultSpec",
    "SimTopology",
    "SimulatedEnvironment",
    "SimulatedIncident",
    "Transient",
    "build_environment",
    "build_topology",
    "make_incident",
    "truth_labels",
]
