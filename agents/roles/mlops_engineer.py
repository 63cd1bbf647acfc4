"""The MLOps engineer: ingests data, trains, validates, deploys, monitors and retrains models."""

from genaiops.agents.roles.base import Role
from genaiops.safety.policy import ToolRule

_LEADS = ("operator", "ml_lead")

ROLE = Role(
    name="mlops_engineer",
    owns="the model lifecycle: datasets, training, validation, the model registry, deployments and drift",
    instructions=(
        "Train only on registered dataset snapshots, validate every candidate against the current production "
        "version before proposing a promotion, and watch drift on scored traffic. A rollback names the version it "
        "returns to."
    ),
    tools=(
        "load_dataset",
        "shift_dataset",
        "label_batch",
        "train_model",
        "validate_model",
        "describe_model",
        "detect_drift",
        "score_batch",
        "promote_model",
        "deploy_model",
        "rollback_model",
        "apply_change",
        "summarize_series",
        "check_threshold",
    ),
    approvals={
        "promote_model": ToolRule(roles=_LEADS),
        "deploy_model": ToolRule(roles=_LEADS),
        "rollback_model": ToolRule(roles=_LEADS),
    },
)
