"""The SRE: collects metrics, detects anomalies, correlates incidents, finds root causes, remediates."""

from genaiops.agents.roles.base import Role
from genaiops.safety.policy import ToolRule

_ONCALL = ("operator", "sre_oncall")

ROLE = Role(
    name="sre",
    owns="service health: metrics, anomalies, incidents, their root causes and remediation",
    instructions=(
        "Observe the services, detect anomalies (metrics and logs) and correlate them into incidents before naming "
        "a cause. Rank root causes with evidence (which metrics and logs went bad first, graph paths). Consult the "
        "runbooks and similar past incidents. Dry-run a remediation before proposing it, and verify after it ran."
    ),
    tools=(
        "observe_services",
        "query_metrics",
        "parse_metrics",
        "detect_anomalies",
        "detect_onsets",
        "alert_anomalies",
        "detect_log_anomalies",
        "correlate_incidents",
        "rank_root_causes",
        "evaluate_slo",
        "dry_run_remediation",
        "restart_service",
        "scale_service",
        "roll_back_deploy",
        "fail_over_service",
        "clear_cache",
        "verify_remediation",
        "consult_memory",
        "record_incident",
        "summarize_series",
        "check_threshold",
        "synthetic_metric",
        "forecast_exhaustion",
        "remediate_capacity",
    ),
    approvals={
        "restart_service": ToolRule(roles=_ONCALL),
        "scale_service": ToolRule(roles=_ONCALL),
        "clear_cache": ToolRule(roles=_ONCALL),
        "roll_back_deploy": ToolRule(roles=(*_ONCALL, "release_manager")),
        "fail_over_service": ToolRule(risk="high", roles=_ONCALL),
        "remediate_capacity": ToolRule(roles=_ONCALL),
    },
)
