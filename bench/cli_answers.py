"""What ``scenario validate``, ``graph show`` and ``scenario list`` answer, recorded as a snapshot so that a change
meant only to make them faster can be shown to change no answer (stdout, stderr and exit code, byte for byte).

    .venv/bin/python bench/cli_answers.py --out /tmp/new.json
    .venv/bin/python bench/cli_answers.py --genaiops ../main/.venv/bin/genaiops --out /tmp/old.json
    cmp /tmp/old.json /tmp/new.json

Cases: every shipped scenario (validate, graph show as text and as mermaid), a dozen broken files (unknown tool,
wrong argument type, missing parameter, YAML error, unknown reference, cycle...), ``scenario list`` of the
shipped folder and of a folder of broken and valid files (table and ``--output json``), and some again in a home
whose ``policy.yaml`` allows ``approval: auto`` and asks two approvals for medium risk. Each case runs as its
own process, first ``cold`` (a fresh home: nothing kept under ``cache/files``), then ``warm`` (the answer kept by
the cold run), so both the fast path and the typer command that explains a problem are covered. Temporary paths
are written as ``<TMP>`` so that two runs compare.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GENAIOPS = str(Path(sys.executable).parent / "genaiops")

BROKEN = {
    "unknown_tool.yaml": "name: x\ntasks:\n  - {id: a, tool: no_such_tool, args: {}}\n",
    "near_tool.yaml": "name: x\ntasks:\n  - {id: a, tool: ech, args: {value: 1}}\n",
    "wrong_type.yaml": "name: x\ntasks:\n  - {id: a, tool: synthetic_metric, args: {service: s, points: many}}\n",
    "missing_arg.yaml": "name: x\ntasks:\n  - {id: a, tool: check_threshold, args: {metric: m, value: 1}}\n",
    "extra_arg.yaml": "name: x\ntasks:\n  - {id: a, tool: echo, args: {value: 1, colour: red}}\n",
    "missing_param.yaml": "name: x\nparams:\n  v: {description: needed}\ntasks:\n"
    "  - {id: a, tool: echo, args: {value: '${params.v}'}}\n",
    "yaml_error.yaml": "name: x\ntasks:\n  - {id: a, tool: echo, args: {value: [1, 2}\n",
    "not_mapping.yaml": "- just\n- a list\n",
    "empty.yaml": "",
    "unknown_ref.yaml": "name: x\ntasks:\n  - {id: a, tool: echo, args: {value: '${b.value}'}}\n",
    "bad_field_ref.yaml": "name: x\ntasks:\n  - {id: a, tool: synthetic_metric, args: {service: s}}\n"
    "  - {id: b, tool: echo, args: {value: '${a.nothing}'}}\n",
    "cycle.yaml": "name: x\ntasks:\n  - {id: a, tool: echo, args: {value: 1}, after: [b]}\n"
    "  - {id: b, tool: echo, args: {value: 1}, after: [a]}\n",
    "duplicate.yaml": "name: x\ntasks:\n  - {id: a, tool: echo, args: {value: 1}}\n  - {id: a, tool: noop, args: {}}\n",
    "unknown_key.yaml": "name: x\ntasks:\n  - {id: a, tool: echo, args: {value: 1}, colour: red}\n",
    "bad_risk.yaml": "name: x\ntasks:\n  - {id: a, tool: apply_change, risk: huge, args: {target: s@p}}\n",
    "gated.yaml": "name: gated\ndescription: one gated change\ntasks:\n"
    "  - {id: a, tool: apply_change, args: {target: 'svc@prod', change: {v: 1}}}\n",
    "wrong_result_type.yaml": "name: x\ntasks:\n  - {id: a, tool: synthetic_metric, args: {service: s}}\n"
    "  - {id: b, tool: summarize_series, args: {values: '${a.service}'}}\n",
    "auto_gated.yaml": "name: x\ntasks:\n  - {id: a, tool: apply_change, approval: auto, args: {target: 's@p'}}\n",
    "auto_plain.yaml": "name: x\ntasks:\n  - {id: a, tool: echo, approval: auto, args: {value: 1}}\n",
}
POLICY = "allow_spec_auto: true\ntiers:\n  medium: {approvals: 2}\n"
"""The home policy of the cases run with one (``policy`` cases): other answers for gated and ``auto`` tasks."""


def cases(broken: Path) -> list[list[str]]:
    """Each case's arguments; a first argument ``policy`` runs the rest in a home with ``POLICY``."""
    shipped = sorted(str(p.relative_to(REPO)) for p in (REPO / "scenarios").rglob("*.yaml"))
    found: list[list[str]] = []
    for file in [*shipped, *(str(broken / name) for name in sorted(BROKEN)), str(broken / "absent.yaml")]:
        found += [["scenario", "validate", file], ["graph", "show", file], ["graph", "show", file, "-f", "mermaid"]]
    found += [
        ["scenario", "validate", "scenarios/canary_release.yaml", "--set", "version=v43"],
        ["scenario", "validate", "scenarios/canary_release.yaml", "--set", "window=7"],
        ["scenario", "validate", "scenarios/canary_release.yaml", "--set", "nothing=1"],
        ["scenario", "list"],
        ["scenario", "list", "--output", "json"],
        ["scenario", "list", str(broken)],
        ["scenario", "list", str(broken), "--output", "json"],
    ]
    for file in ("auto_gated.yaml", "auto_plain.yaml", "missing_arg.yaml"):
        path = str(broken / file)
        found += [["policy", "scenario", "validate", path], ["policy", "graph", "show", path]]
    found += [["policy", "graph", "show", "scenarios/canary_release.yaml"], ["policy", "scenario", "list", str(broken)]]
    return found


def answer(genaiops: str, args: list[str], home: Path, tmp: Path) -> dict[str, object]:
    env = {**os.environ, "GENAIOPS_HOME": str(home), "COLUMNS": "200", "NO_COLOR": "1"}
    env = {k: v for k, v in env.items() if not (k.startswith("GENAIOPS_") and k != "GENAIOPS_HOME")}
    done = subprocess.run([genaiops, *args], capture_output=True, text=True, env=env, cwd=REPO, check=False)

    def clean(text: str) -> str:
        return text.replace(str(tmp), "<TMP>")

    return {"stdout": clean(done.stdout), "stderr": clean(done.stderr), "code": done.returncode}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--genaiops", default=GENAIOPS, help="the genaiops executable to ask")
    parser.add_argument("--out", required=True, help="the JSON snapshot written")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="genaiops-answers-"))
    try:
        broken = tmp / "files"
        broken.mkdir()
        for name, text in BROKEN.items():
            (broken / name).write_text(text, encoding="utf-8")
        snapshot = {}
        for case in cases(broken):
            home = tmp / "home"
            shutil.rmtree(home, ignore_errors=True)
            home.mkdir()
            if case[0] == "policy":
                (home / "policy.yaml").write_text(POLICY, encoding="utf-8")
            for when in ("cold", "warm"):
                key = " ".join(case).replace(str(tmp), "<TMP>")
                snapshot[f"{when}: {key}"] = answer(args.genaiops, case[case[0] == "policy" :], home, tmp)
        Path(args.out).write_text(json.dumps(snapshot, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{len(snapshot)} answers written to {args.out}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
