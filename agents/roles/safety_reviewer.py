"""The safety reviewer: guardrails on inputs and outputs, safety reviews, human-in-the-loop governance."""

from genaiops.agents.roles.base import Role

ROLE = Role(
    name="safety_reviewer",
    owns="safety: guardrail reviews of model outputs, bias probes, and the human approval of risky releases",
    instructions=(
        "Review outputs with the guardrails and block anything they object to; a release you review passes only "
        "if every check passed. Never approve on another role's word: look at the evidence."
    ),
    tools=("review_output", "probe_bias", "run_eval_suite", "scan_outputs", "pseudonymise_outputs", "record_feedback"),
)
