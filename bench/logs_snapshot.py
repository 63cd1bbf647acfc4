"""Snapshot of the logs outputs, to show a speed change leaves every answer byte-identical.

Run: python bench/logs_snapshot.py OUT [--data DIR]   (once with the old code, once with the new; then
     diff OLD/DIGESTS NEW/DIGESTS, and the dumps OUT/<entry>.json where a digest differs)

Entries: the parse_logs tool (its default answer and with every record and template), parse_log_text and, on raw,
noisy and mixed inputs, detect_log_anomalies, over the 16 Loghub 2k files as they are, digit-perturbed, with '0x'
injected, truncated, shuffled, CRLF, as JSON lines, as syslog with and without PRI and year, as Loki answers; mixed
and noisy texts (binary, huge, garbled, non-ASCII lines); ISO/slashed stamps with zones, fractions and bad dates;
services '' and given; fuzzed lines; and the miner alone on each Content column. Seeded: the same inputs each run.
"""

import argparse
import csv
import hashlib
import json
import random
from datetime import UTC, datetime
from pathlib import Path

from datadir import default_data_dir

from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.logs import TemplateMiner, parse_log_text

SYSTEMS = (
    "HDFS", "Hadoop", "Spark", "Zookeeper", "BGL", "HPC", "Thunderbird", "Windows",
    "Linux", "Android", "HealthApp", "Apache", "Proxifier", "OpenSSH", "OpenStack", "Mac",
)  # fmt: skip
_parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
_parser.add_argument("out", type=Path)
_parser.add_argument("--data", type=Path, default=default_data_dir())
_args = _parser.parse_args()
DATA = _args.data / "loghub_2k"
out = _args.out
out.mkdir(parents=True, exist_ok=True)
tools = load_tools()
parse_logs = tools.get("parse_logs")
detect = tools.get("detect_log_anomalies")
ctx = ToolContext("snap", "logs", "snap", now=datetime(2026, 1, 1, tzinfo=UTC), resources={})
raw = {s: (DATA / s / f"{s}_2k.log").read_text(encoding="utf-8", errors="replace") for s in SYSTEMS}
content = {}
for s in SYSTEMS:
    with (DATA / s / f"{s}_2k.log_structured.csv").open(newline="", encoding="utf-8") as fh:
        content[s] = [r["Content"] for r in csv.DictReader(fh)]

rng = random.Random(7)


def perturb(text, p=0.3, hexy=False):
    chars = list(text)
    for i, c in enumerate(chars):
        if c.isdigit() and rng.random() < p:
            chars[i] = rng.choice("0123456789")
        elif hexy and c == "0" and rng.random() < 0.05:
            chars[i] = "0x"
    return "".join(chars)


inputs = []  # (name, text, kwargs)
for s in SYSTEMS:
    inputs.append((f"raw-{s}", raw[s], {}))
    inputs.append((f"perturb-{s}", perturb(raw[s]), {}))
    inputs.append((f"hexy-{s}", perturb(raw[s], 0.1, True), {}))
    inputs.append((f"trunc-{s}", raw[s], {"max_line_chars": 80}))
    lines = raw[s].splitlines()
    inputs.append((f"shuffled-{s}", "\n".join(rng.sample(lines, len(lines))), {}))
    inputs.append((f"crlf-{s}", "\r\n".join(lines[:500]) + "\r\n\n  \n", {}))
    js = []
    for i, c in enumerate(content[s][:400]):
        js.append(
            json.dumps(
                {
                    "ts": 1700000000 + i * 7,
                    "level": ["INFO", "warn", "ERROR", "debug"][i % 4],
                    "msg": c,
                    "service": s.lower(),
                }
            )
        )
    inputs.append((f"jsonl-{s}", "\n".join(js), {}))
    sl = []
    for i, c in enumerate(content[s][:400]):
        if i % 2:
            sl.append(
                f"<{(i * 13) % 191}>Oct {1 + i % 28:2d} 12:{i % 60:02d}:{(i * 7) % 60:02d} host{i % 3} app{i % 4}[{i}]: {c}"  # noqa: E501
            )
        else:
            sl.append(
                f"<{(i * 11) % 191}>1 2024-10-{1 + i % 28:02d}T12:{i % 60:02d}:00Z host{i % 3} app{i % 5} {i} ID{i % 3} - {c}"  # noqa: E501
            )
    inputs.append((f"syslog-{s}", "\n".join(sl), {}))
    inputs.append((f"syslog-year-{s}", "\n".join(sl), {"year": 2024, "format": "syslog"}))
    inputs.append((f"rawsyslog-year-{s}", raw[s], {"year": 2024, "format": "syslog"}))
    inputs.append(
        (f"perturbsyslog-year-{s}", perturb(raw[s], 0.5), {"year": 2023, "format": "syslog", "max_line_chars": 120})
    )
    vals = [[str(1700000000000000000 + ((i * 7919) % 400) * 10**9), line] for i, line in enumerate(lines[:400])]
    loki = {
        "status": "success",
        "data": {
            "resultType": "streams",
            "result": [
                {"stream": {"service_name": s, "level": "info"}, "values": vals[:200]},
                {"stream": {"app": "x"}, "values": vals[200:] + [["bad", "x"], [1]]},
            ],
        },
    }
    inputs.append((f"loki-{s}", json.dumps(loki), {}))
# mixed / noisy
allines = [line for s in SYSTEMS for line in raw[s].splitlines()]
inputs.append(("mixed-interleaved", "\n".join(rng.sample(allines, 8000)), {}))
inputs.append(("mixed-concat", "\n".join(raw[s] for s in SYSTEMS[:8]), {}))
noisy = []
for i, line in enumerate(rng.sample(allines, 3000)):
    if i % 50 == 0:
        noisy.append("\x00\x01\x02 binary \x03\x04\x05\x06\x07\x08" * 3)
    if i % 70 == 0:
        noisy.append(line * 40)
    if i % 33 == 0:
        noisy.append("\ufffd\ufffd\ufffd garbled " + line)
    if i % 41 == 0:
        noisy.append("héllo wörld " + line + " ünïcode ١٢٣")
    noisy.append(line)
inputs.append(("noisy", "\n".join(noisy), {}))
inputs.append(("noisy-trunc", "\n".join(noisy), {"max_line_chars": 200}))
inputs.append(("noisy-plain", "\n".join(noisy), {"format": "plain"}))
inputs.append(("noisy-syslog", "\n".join(noisy), {"format": "syslog"}))
inputs.append(("noisy-jsonl", "\n".join(noisy[:500]) + '\n{"msg": 1}\n[1,2]\n{"a": "b"}\n{bad', {"format": "jsonl"}))
iso = []
for _ in range(3000):
    y = rng.choice(["2024", "9999", "0001", "2023"])
    mo = rng.choice(["01", "12", "13", "02"])
    d = rng.choice(["01", "29", "30", "31"])
    sep = rng.choice(["-", "/"])
    t = rng.choice(["T", " "])
    hms = rng.choice(["00:00:00", "23:59:59", "12:34:56", "24:00:00"])
    frac = rng.choice(["", ".5", ",123", ".123456789", ".1234567", ",0"])
    zone = rng.choice(["", "Z", "+05:30", "-0800", " +01:00", "+14:00", "-23:59", " Z"])
    rest = rng.choice(["INFO svc started worker 12", "[main] ERROR x.Y: failed 0x1f", "- WARN foo=3 bar", "hello"])
    iso.append(f"{y}{sep}{mo}{sep}{d}{t}{hms}{frac}{zone} {rest}")
inputs.append(("iso-variety", "\n".join(iso), {}))
inputs.append(("iso-variety-trunc", "\n".join(iso), {"max_line_chars": 80}))
for svc in ("", "svc"):
    js = [
        json.dumps({"msg": c, "service": rng.choice(["", "a", "b"]) if i % 3 else None, "ts": 1700000000 + i})
        for i, c in enumerate(content["OpenSSH"][:300])
    ]
    inputs.append((f"jsonl-svc-{svc or 'empty'}", "\n".join(js), {"service": svc}))
    inputs.append((f"syslog-svc-{svc or 'empty'}", raw["Linux"], {"service": svc}))
    inputs.append((f"plain-svc-{svc or 'empty'}", raw["HDFS"], {"service": svc}))
inputs.append(("empty", "", {}))
inputs.append(("blank", "\n\n   \n", {}))
# fuzz lines
alphabet = "abcXYZ019 .:-_=/[]()<>{},;|@#0x\t\u00e9"
for k in range(8):
    fz = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(300)]
    inputs.append((f"fuzz-{k}", "\n".join(fz), {}))
    inputs.append(
        (
            f"fuzzheader-{k}",
            "\n".join(
                rng.choice(allines)[: rng.randint(0, 60)]
                + f
                + " "
                + rng.choice(["INFO", "[ERROR]", "WARN:", " - ", ""])
                + " "
                + rng.choice(allines)[-40:]
                for f in fz
            ),
            {},
        )
    )


def dump(name, obj):
    data = obj if isinstance(obj, str) else json.dumps(obj, sort_keys=True, default=str)
    (out / f"{name}.json").write_text(data)
    return hashlib.sha256(data.encode()).hexdigest()


def answer(call, *args, **kwargs) -> str:  # noqa: ANN001, ANN002, ANN003 - any call returning a pydantic model
    """The JSON of ``call(*args, **kwargs)``, or the error it raised (an error is an answer too: it must stay)."""
    try:
        return call(*args, **kwargs).model_dump_json()
    except Exception as exc:  # noqa: BLE001 - any error is recorded, not raised
        return f"ERROR {type(exc).__name__}: {exc}"


digests = []
for name, text, kw in inputs:
    args = {"content": text, **kw}
    for variant, extra in (("tool", {}), ("toolall", {"max_records": 100000, "max_templates": 100000})):
        res = answer(parse_logs.invoke, {**args, **extra}, ctx)
        digests.append((f"{name}.{variant}", dump(f"{name}.{variant}", res)))
    options = {"fmt": kw.get("format", "auto"), "year": kw.get("year"), "service": kw.get("service")}
    res = answer(parse_log_text, text, max_line_chars=kw.get("max_line_chars", 8192), **options)
    digests.append((f"{name}.parse", dump(f"{name}.parse", res)))
    if name.startswith(("raw-", "noisy", "mixed")):
        digests.append((f"{name}.anom", dump(f"{name}.anom", answer(detect.invoke, {"text": text}, ctx))))
for s in SYSTEMS:
    m = TemplateMiner()
    res = [m.add(c) for c in content[s]]
    res = [(a, b, [p.model_dump() for p in c]) for a, b, c in res] + [sorted(m.templates.items())]
    digests.append((f"content-{s}", dump(f"content-{s}", res)))
(out / "DIGESTS").write_text("".join(f"{n} {d}\n" for n, d in digests))
print(len(inputs), "inputs,", len(digests), "entries")
