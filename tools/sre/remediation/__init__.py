"""Remediation: a catalogue of actions, each with a dry run (effect, blast radius, risk tier) and a verify.

Contract: ``dry_run(action, env, at)`` changes nothing; it validates the action against the service's state
(``ToolInputError`` when it cannot apply), measures the blast radius on the dependency graph (dependents,
share of user traffic) and sets the risk tier the approval policy reads. ``carry_out`` runs the dry run, then
``env.apply`` once per idempotency key. ``verify_cleared`` compares the metrics after the action with those
before the incident. The action tools (``restart_service``, ``scale_service``, ``roll_back_deploy``,
``fail_over_service``, ``clear_cache``) are gated (``remediates`` / ``rolls_back``); their registry risk is a
static default, and ``preview(tool, args, env, at)`` gives an approval gate the dry run and the risk tier of
a pending call.
"""

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from .act import action_for, carry_out, gate_preview, preview, restore_action
    from .assess import RISK_ORDER, dry_run, tier_for
    from .catalogue import CATALOGUE, ActionProfile
    from .models import BlastRadius, DryRunResult, MetricCheck, RemediationResult, VerifyResult
    from .verify import verify_cleared

# Each name is imported from its module on first use (PEP 562): importing one tool of this package (to
# register or validate it) does not import every library module beside it.
_HOME = {
    **dict.fromkeys(
        ("action_for", "carry_out", "gate_preview", "preview", "restore_action"), "genaiops.tools.sre.remediation.act"
    ),
    **dict.fromkeys(("RISK_ORDER", "dry_run", "tier_for"), "genaiops.tools.sre.remediation.assess"),
    **dict.fromkeys(("CATALOGUE", "ActionProfile"), "genaiops.tools.sre.remediation.catalogue"),
    **dict.fromkeys(
        ("BlastRadius", "DryRunResult", "MetricCheck", "RemediationResult", "VerifyResult"),
        "genaiops.tools.sre.remediation.models",
    ),
    **dict.fromkeys(("verify_cleared",), "genaiops.tools.sre.remediation.verify"),
}
__getattr__, __dir__ = lazy_exports(__name__, _HOME)

__all__ = [
    "CATALOGUE",
    "RISK_ORDER",
    "ActionProfile",
    "BlastRadius",
    "DryRunResult",
    "MetricCheck",
    "RemediationResult",
    "VerifyResult",
    "action_for",
    "carry_out",
    "gate_preview",
    "dry_run",
    "preview",
    "restore_action",
    "tier_for",
    "verify_cleared",
]
