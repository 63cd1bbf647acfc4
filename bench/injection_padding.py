"""Prompt injection behind benign padding: how many of deepset's test injections that the default input pipeline
blocks alone it still blocks with benign operations text in front of them, on an idle clock and on a clock running
six times fast (a loaded machine, where the pipeline's 50 ms latency budget runs out), and how often the budget
skipped a scanner. The padding dilutes the injection model's score over the whole text (docs/injection-set.md).

    python bench/injection_padding.py --data DIR     # DIR/prompt_injection/deepset (docs/data.md)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from datadir import default_data_dir

from genaiops.safety import guardrails
from genaiops.safety.guardrails.train.splits import injection_split

PAD = " The nightly batch finished and all services report healthy; disk usage is stable at 61 percent."
"""One sentence of benign operations text (97 characters), repeated to the padding's length."""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder of the public evaluation sets")
    options = parser.parse_args(argv)
    folder = options.data / "prompt_injection" / "deepset"
    if not (folder / "test.jsonl").is_file() or not (folder / "train.jsonl").is_file():
        print(f"no deepset set at {folder}: give --data DIR holding prompt_injection/deepset/ (docs/data.md)",
              file=sys.stderr)  # fmt: skip
        return 2
    split = injection_split(options.data)
    unbudgeted = guardrails.load_screen(guardrails.DEFAULT_CONFIG)
    attacks = [
        text
        for text, label in zip(split.test_x, split.test_y, strict=True)
        if label == 1 and unbudgeted.run("input", text).result.outcome == "block"
    ]
    print(f"deepset test injections the default input pipeline blocks alone: {len(attacks)}")
    print("| clock | padding in front | blocked | a scanner skipped by the budget |")
    print("|---|---|---|---|")
    for factor in (1, 6):
        screen = guardrails.load_screen(guardrails.DEFAULT_CONFIG, clock=lambda f=factor: time.perf_counter() * f)
        for copies in (0, 10, 50, 100):
            padding = PAD * copies
            runs = [screen.run("input", f"{padding}\n{text}" if padding else text) for text in attacks]
            blocked = sum(run.result.outcome == "block" for run in runs)
            skipped = sum(bool(run.skipped) for run in runs)
            print(f"| x{factor} | {len(padding) / 1000:.1f} KB | {blocked} of {len(runs)} | {skipped} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
