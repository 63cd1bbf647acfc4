"""The own prompt-injection set (safety/guardrails/train/injection_cases.py) and its bench (bench/injection.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from genaiops.safety.guardrails.train.injection_cases import injection_cases

REPO = Path(__file__).resolve().parents[2]


def test_each_channel_has_300_items_with_attacks_and_negatives_in_both_parts() -> None:
    """Both channels hold >= 300 items, and dev and held-out each have attacks and negatives."""
    cases = injection_cases()
    for channel in ("input", "document"):
        mine = [c for c in cases if c.channel == channel]
        assert len(mine) >= 300, channel
        counts = Counter((c.split, c.label) for c in mine)
        assert all(counts[(split, label)] >= 40 for split in ("dev", "held_out") for label in (0, 1)), counts


def test_the_set_is_split_by_template_and_is_the_same_every_time() -> None:
    """No template is in both dev and held-out, and generating twice gives the same items."""
    cases = injection_cases()
    splits: dict[str, set[str]] = {}
    for case in cases:
        splits.setdefault(case.template, set()).add(case.split)
    assert all(len(parts) == 1 for parts in splits.values())
    assert cases == injection_cases()


def test_hard_negatives_are_in_the_set() -> None:
    """The input channel has operator requests using the attackers' words; documents have imperative ones."""
    texts = {c.text for c in injection_cases() if c.label == 0}
    assert any(t.startswith("Ignore the flaky integration test") for t in texts)
    assert any("Restart the pod if memory" in t for t in texts)


def test_the_generator_prints_the_set_as_json_lines() -> None:
    """`python -m ...injection_cases --channel document --split held_out` prints that part as JSON lines."""
    out = subprocess.run(
        [sys.executable, "-m", "genaiops.safety.guardrails.train.injection_cases", "--channel", "document",
         "--split", "held_out"],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and {r["channel"] for r in rows} == {"document"} and {r["split"] for r in rows} == {"held_out"}


def test_the_bench_runs_on_a_small_sample_through_its_process(tmp_path: Path) -> None:
    """`python bench/injection.py --sample 12 --quick --data <empty>` prints the own-set tables for both channels
    beside the old pipeline, and says the public section was skipped because the data is missing."""
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / "injection.py"), "--sample", "12", "--quick", "--data", str(tmp_path)],
        capture_output=True, text=True, timeout=300, cwd=REPO,
    )  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    rows = [line for line in out.stdout.splitlines() if line.startswith("| input") or line.startswith("| document")]
    assert {tuple(cell.strip() for cell in row.split("|")[1:3]) for row in rows} >= {
        ("input", "old default (rules + jailbreak)"),
        ("input", "new default (blocks)"),
        ("document", "old default (rules)"),
        ("document", "new default (blocks)"),
    }
    assert "bench_public: skipped — missing evaluation data" in out.stdout


def test_training_only_hard_negatives_are_not_part_of_the_scored_sets() -> None:
    """The extra operator texts, attacks and ops-chat messages the models train on never appear in the own sets' dev
    or held-out parts, so the benches still score phrasings the models were not trained on."""
    from genaiops.safety.guardrails.train.injection_attacks import extra_attacks
    from genaiops.safety.guardrails.train.injection_extra import extra_hard_negatives
    from genaiops.safety.guardrails.train.toxicity_extra import ops_negatives
    from genaiops.safety.guardrails.train.workplace_chat import chat_items

    scored = {c.text for c in injection_cases()} | {i.text for i in chat_items()}
    extra = [text for text, _ in extra_hard_negatives()] + ops_negatives()
    attacks = [text for text, _ in extra_attacks()]
    assert len(extra) > 300 and len(attacks) > 100
    assert not scored & set(extra + attacks)


def test_deepset_items_sharing_a_sentence_fall_in_one_fold_group() -> None:
    """Texts that repeat a sentence (deepset's recombined prompts) get one group id; unrelated texts do not."""
    from genaiops.safety.guardrails.train.train_injection import near_duplicate_groups

    role = "Ich möchte, dass Sie als Übersetzer und Korrektor fungieren."
    groups = near_duplicate_groups([f"Was kann ich am Wochenende tun? {role}", f"{role} Wer gewann die WM?", "hi"])
    assert groups[0] == groups[1] != groups[2]


def test_the_padding_bench_names_a_missing_data_set(tmp_path: Path) -> None:
    """`python bench/injection_padding.py --data <empty>` exits 2 naming the folder it looked in, no traceback."""
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / "injection_padding.py"), "--data", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=REPO / "bench",
    )  # fmt: skip
    assert out.returncode == 2, out.stderr
    assert f"no deepset set at {tmp_path / 'prompt_injection' / 'deepset'}" in out.stderr
    assert "Traceback" not in out.stderr


def test_the_instruction_count_bench_names_a_missing_data_set(tmp_path: Path) -> None:
    """`python bench/injection_instructions.py --data <empty>` exits 2 naming the missing file, no traceback."""
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / "injection_instructions.py"), "--data", str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=REPO / "bench",
    )  # fmt: skip
    assert out.returncode == 2
    assert str(tmp_path) in out.stderr and "Traceback" not in out.stderr
