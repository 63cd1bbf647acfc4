"""genaiops: four specialist agents run ML and GenAI operations as a durable, gated, audited task graph.

This package is the core shared by all layers (errors, ids, settings, the tool registry, the store, the clock)
and the entry points (``genaiops.cli``, ``genaiops.server``). Imports flow one way:

    genaiops core  <-  tools, safety  <-  graphs  <-  agents  <-  genaiops.cli / genaiops.server
"""

from genaiops.errors import GenAIOpsError, UserError

__version__ = "0.1.0"

__all__ = ["GenAIOpsError", "UserError", "__version__"]
