"""The rules over several arguments of the llmops tools' inputs (pydantic ``model_validator(mode="after")``
functions, attached to the models in the tools' modules), kept apart so a tool's kept card
(``genaiops.toolcards``) checks its arguments without importing the tool: they read the validated fields of
``model`` and import nothing."""

from __future__ import annotations

from typing import Any


def compare_prompt_versions_one_suite(model: Any) -> Any:
    """``ComparePromptVersionsInput`` (compare_prompt_versions): what its message says."""
    if (model.suite is None) == (model.suite_path is None):
        raise ValueError("give the suite as suite_path (its file) or as suite (its text), exactly one")
    return model


def run_eval_suite_one_suite(model: Any) -> Any:
    """``RunEvalSuiteInput`` (run_eval_suite): what its message says."""
    if (model.suite is None) == (model.suite_path is None):
        raise ValueError("give the suite as suite_path (its file) or as suite (its text), exactly one")
    return model


def publish_prompt_one_template(model: Any) -> Any:
    """``PublishPromptInput`` (publish_prompt): what its message says."""
    if (model.template is None) == (model.suite_path is None):
        raise ValueError("give the template text (template) or the suite file it is in (suite_path), exactly one")
    return model
