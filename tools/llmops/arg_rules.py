"""The rules over several arguments of the llmops tools' inputs: ``model_validator(mode="after")`` functions,
attached to the models in the tools' modules and kept here so that a tool's kept card (``genaiops.toolcards``)
checks its arguments without importing the tool. Each reads the validated fields of ``model`` only."""

from __future__ import annotations

from typing import Any


def one_suite(model: Any) -> Any:
    """``run_eval_suite``, ``compare_prompt_versions``: the suite comes as a file or as text, exactly one."""
    if (model.suite is None) == (model.suite_path is None):
        raise ValueError("give the suite as suite_path (its file) or as suite (its text), exactly one")
    return model


def publish_prompt_one_template(model: Any) -> Any:
    """``publish_prompt``: the template comes as text or from a suite file, exactly one."""
    if (model.template is None) == (model.suite_path is None):
        raise ValueError("give the template text (template) or the suite file it is in (suite_path), exactly one")
    return model
