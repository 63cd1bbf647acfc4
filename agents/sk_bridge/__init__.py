"""The Semantic Kernel bridge: genaiops' tool registry as SK functions, behind genaiops' gate.

Contract:
- ``registry_plugin(registry, names)`` gives a ``KernelPlugin`` whose functions carry each tool's name,
  docstring and input-model fields as SK parameters (JSON schemas inlined), so planners and auto function
  calling build correct calls. A registry function has no body of its own: invoked without the filter it
  raises ``GatedCallError`` — the gate cannot be skipped by forgetting to register it.
- ``GatedInvocationFilter(engine, requester=...)`` (an SK ``FUNCTION_INVOCATION`` filter) performs every
  registry function as a one-task genaiops run through ``Engine.start``: argument validation, guardrails on
  the arguments and the result, the approval policy (a gated call waits, polling the store, until people
  decide, then the run is resumed), idempotency and the audit ledger are exactly those of a graph task.
  Approved -> ``FunctionResult.value`` is the tool's result model; rejected, expired, blocked, failed or timed
  out -> ``GatedCallError`` (a timeout withdraws the request). Other functions pass through untouched.
- ``add_registry_plugin(kernel, engine, requester=...)`` does both.
- ``GatedCall`` is the framework-free core (engine in, result model out), for callers other than SK.
"""

from genaiops.agents.sk_bridge.gated_call import ApprovalTimeoutError, GatedCall, GatedCallError, parse_arguments
from genaiops.agents.sk_bridge.invocation_filter import GatedInvocationFilter, add_registry_plugin
from genaiops.agents.sk_bridge.kernel_functions import PLUGIN_NAME, RegistryFunction, registry_function, registry_plugin

__all__ = [
    "PLUGIN_NAME",
    "ApprovalTimeoutError",
    "GatedCall",
    "GatedCallError",
    "GatedInvocationFilter",
    "RegistryFunction",
    "add_registry_plugin",
    "parse_arguments",
    "registry_function",
    "registry_plugin",
]
