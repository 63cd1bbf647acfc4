"""Review tools for the safety reviewer: screen a model's output with the guardrails before it is released.

The guardrails themselves live in ``genaiops.safety``; tools reach them through the ``guardrails`` resource (any
object with ``screen(direction, text)`` returning a result with ``outcome``, ``text`` and ``verdicts``), which
the runtime builds from the shipped default pipelines.
"""

__all__: list[str] = []
