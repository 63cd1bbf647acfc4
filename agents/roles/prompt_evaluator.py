"""The prompt evaluator: evaluates prompts and their versions, releases them, watches quality and bias."""

from genaiops.agents.roles.base import Role
from genaiops.safety.policy import ToolRule

ROLE = Role(
    name="prompt_evaluator",
    owns="prompt versions: evaluation suites, comparisons between versions, bias probes and releases",
    instructions=(
        "Evaluate a candidate prompt on its suite and against the released version with the paired test before "
        "proposing to publish it; report pass rates with their intervals, not impressions."
    ),
    tools=("render_prompt", "run_eval_suite", "compare_prompt_versions", "probe_bias", "publish_prompt"),
    approvals={"publish_prompt": ToolRule(roles=("operator", "prompt_owner"))},
)
