"""Instructions per 1 KB text of the default input pipeline, counted by cachegrind (wall and CPU times on a shared
machine vary by a third from run to run; instruction counts by a few thousand).

Run: ``python bench/injection_instructions.py [--data DIR] [--stages N] [--pipeline NAME]`` (needs ``valgrind``;
``--stages N`` counts only the first N scanners of the pipeline; ``--pipeline tool_result`` counts that pipeline). It
runs itself twice under ``valgrind --tool=cachegrind --cache-sim=no``: each run screens the latency texts of
``bench/injection.py`` (83 texts of 1 KB) once to warm up, then 0 or 3 passes over fresh copies of them (a trailing
space per pass defeats the per-text caches); the difference of the two counts, over 3 x 83 texts, is printed. To compare
two checkouts, run it with each checkout's Python from that checkout (bytecode compiled in both: ``python -m compileall
-q genaiops safety``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cachegrind import instructions, valgrind_missing
from datadir import default_data_dir

PASSES = 3


def screen_texts(data: Path, passes: int, stages: int | None, pipeline: str = "input") -> None:
    """The measured work: warm up, then ``passes`` passes over fresh copies of the latency texts."""
    import injection as bench

    from genaiops.safety.guardrails import default_screen

    bench.DATA = data
    screen = default_screen()
    texts = bench._kb_texts()
    steps = screen.pipelines[pipeline].steps[:stages]

    def run(text: str) -> object:
        if stages is None:
            return screen.screen(pipeline, text)
        return [step.guardrail.check(text) for step in steps]

    for text in texts:
        run(text + "\n")
    for repeat in range(passes):
        for text in texts:
            run(text + " " * (repeat + 1))


def count(passes: int, data: Path, stages: int | None, pipeline: str) -> int:
    """Instructions of one run of this file with ``passes`` passes, under cachegrind."""
    command = [sys.executable, __file__, "--inner", str(passes), "--data", str(data), "--pipeline", pipeline]
    return instructions(command + (["--stages", str(stages)] if stages is not None else []))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder of the public evaluation sets")
    parser.add_argument("--stages", type=int, default=None, help="count only the first N input scanners")
    parser.add_argument("--pipeline", choices=("input", "tool_result", "output"), default="input", help="the pipeline")
    parser.add_argument("--inner", type=int, default=None, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.inner is not None:
        screen_texts(options.data, options.inner, options.stages, options.pipeline)
        return 0
    import injection as bench

    from genaiops.safety.guardrails.train import DataMissingError

    bench.DATA = options.data
    try:
        texts = len(bench._kb_texts())
    except DataMissingError as missing:
        print(f"error: {missing}", file=sys.stderr)
        return 2
    if valgrind_missing():
        return 2
    counts = [count(passes, options.data, options.stages, options.pipeline) for passes in (PASSES, 0)]
    per_text = (counts[0] - counts[1]) / PASSES / texts
    name = options.pipeline
    what = f"{name} scanners 1..{options.stages}" if options.stages else f"default {name} pipeline"
    print(f"{what}: {per_text / 1e6:.3f} M instructions per 1 KB text (cachegrind, {PASSES} x {texts} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
