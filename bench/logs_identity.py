"""Identity check for speed work on the log reader, miner and ``parse_logs``: dump every output a checkout gives,
then compare two dumps (a rewrite of the hot path must change no template, typed parameter, record or answer).

Run (from a checkout, with its venv):
    python bench/logs_identity.py capture /tmp/inputs.pkl       # the texts the log tests feed the readers
    git archive main | tar -x -C /tmp/main                       # the checkout to compare with
    python bench/logs_identity.py dump /tmp/old.pkl --root /tmp/main --inputs /tmp/inputs.pkl
    python bench/logs_identity.py dump /tmp/new.pkl --inputs /tmp/inputs.pkl
    python bench/logs_identity.py compare /tmp/old.pkl /tmp/new.pkl

A dump holds, for the 16 Loghub 2k raw files, the 26 systems of the two unseen sets (``logs_blind.py``,
``logs_blind2.py``) and each captured text: ``parse_log_text``'s records, the tool's
answer (default, and every record and template), the same texts through one miner shared by all (templates
kept across calls), and the bench's second input (the Content column through ``TemplateMiner.add``). ``--root``
imports the package from another checkout (the editable install's mapping is pointed there).
"""

from __future__ import annotations

import argparse
import csv
import pickle
import sys
from pathlib import Path
from typing import Any

from datadir import default_data_dir

SYSTEMS = (
    "HDFS", "Hadoop", "Spark", "Zookeeper", "BGL", "HPC", "Thunderbird", "Windows",
    "Linux", "Android", "HealthApp", "Apache", "Proxifier", "OpenSSH", "OpenStack", "Mac",
)  # fmt: skip
TESTS = ("tests/tools/sre/test_sre_logs.py", "tests/tools/sre/test_sre_logs_loki.py",
         "tests/tools/sre/test_sre_log_anomalies.py")  # fmt: skip
_CAUGHT: list[tuple[str, dict[str, Any]]] = []


def pytest_configure(config: Any) -> None:
    """As a pytest plugin (``capture``): record the text and arguments of every ``mine_log_text`` call."""
    import genaiops.tools.sre.logs.parse as parse

    mine = parse.mine_log_text

    def spy(text: str, **kwargs: Any) -> Any:
        _CAUGHT.append((text, {k: v for k, v in kwargs.items() if k != "miner"}))
        return mine(text, **kwargs)

    parse.mine_log_text = spy


def pytest_unconfigure(config: Any) -> None:
    with open(config.getoption("--identity-out"), "wb") as fh:
        pickle.dump(_CAUGHT, fh)


def pytest_addoption(parser: Any) -> None:
    parser.addoption("--identity-out")


def capture(out: Path) -> int:
    import pytest

    sys.path.insert(0, str(Path(__file__).parent))
    args = ["-q", "-p", "no:cacheprovider", "-n", "0", "-p", "logs_identity", f"--identity-out={out}", *TESTS]
    return int(pytest.main(args))


def point_at(root: Path) -> None:
    """Import ``genaiops`` from ``root``: the editable install maps its packages to this checkout."""
    for finder in sys.meta_path:
        mapping = getattr(sys.modules.get(getattr(finder, "__module__", "")), "MAPPING", None)
        if isinstance(mapping, dict) and "genaiops" in mapping:
            here = str(Path(mapping["genaiops"]).parent)
            for name, path in mapping.items():
                mapping[name] = path.replace(here, str(root), 1)


def dump(out: Path, data: Path, inputs: Path | None) -> None:
    from datetime import UTC, datetime

    from genaiops.registry import ToolContext
    from genaiops.tools import load_tools
    from genaiops.tools.sre.logs import TemplateMiner, parse_log_text

    root = data / "loghub_2k"
    texts = [((root / s / f"{s}_2k.log").read_text(encoding="utf-8", errors="replace"), {}) for s in SYSTEMS]
    texts = [(t, {"max_line_chars": 100_000}) for t, _ in texts]
    texts += [(t, {"max_line_chars": 100_000}) for t in unseen_texts()]
    if inputs is not None:
        with inputs.open("rb") as fh:
            texts += pickle.load(fh)
    tool = load_tools().get("parse_logs")
    ctx = ToolContext("bench", "logs", "bench-logs", now=datetime(2026, 1, 1, tzinfo=UTC), resources={})
    found: dict[Any, Any] = {}
    for i, (text, kwargs) in enumerate(texts):
        args = {"content": text, **{("format" if k == "fmt" else k): v for k, v in kwargs.items()}}
        found["parse", i] = _safe(lambda: parse_log_text(text, **kwargs).model_dump(mode="json"))  # noqa: B023
        found["tool", i] = _safe(lambda: tool.invoke(args, ctx).model_dump(mode="json"))  # noqa: B023
        every = {**args, "max_records": 100_000, "max_templates": 100_000}
        found["every", i] = _safe(lambda: tool.invoke(every, ctx).model_dump(mode="json"))  # noqa: B023
    shared = TemplateMiner()
    for i, (text, kwargs) in enumerate(texts):
        found["shared", i] = _safe(lambda: parse_log_text(text, miner=shared, **kwargs).model_dump(mode="json"))  # noqa: B023
    for s in SYSTEMS:
        with (root / s / f"{s}_2k.log_structured.csv").open(newline="", encoding="utf-8") as fh:
            lines = [r["Content"] for r in csv.DictReader(fh)]
        miner = TemplateMiner()
        found["content", s] = [(t, text, [(p.kind, p.value) for p in ps]) for t, text, ps in map(miner.add, lines)]
        found["templates", s] = miner.templates
    with out.open("wb") as fh:
        pickle.dump(found, fh)
    where = Path(sys.modules[TemplateMiner.__module__].__file__ or "?").parents[3]
    print(f"{len(found)} outputs of {len(texts)} texts, package from {where}, written to {out}")


def unseen_texts() -> list[str]:
    """The raw texts of the two generated unseen sets (``logs_blind.py``, ``logs_blind2.py``: formats the tool was
    not developed on, JSON and logfmt among them)."""
    from logs_blind import blind_systems
    from logs_blind2 import blind2_systems

    return [system.raw for system in (*blind_systems(), *blind2_systems())]


def _safe(call: Any) -> Any:
    try:
        return call()
    except Exception as exc:  # an error is an output too: the same one in both
        return ("error", type(exc).__name__, str(exc))


def compare(old: Path, new: Path) -> int:
    with old.open("rb") as a, new.open("rb") as b:
        before, after = pickle.load(a), pickle.load(b)
    differ = sorted((k for k in before.keys() | after.keys() if before.get(k) != after.get(k)), key=str)
    print(f"{len(before)} / {len(after)} outputs compared: {len(differ)} differ {differ[:20]}")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("capture", "dump", "compare"))
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--root", type=Path, default=None, help="checkout to import the package from (dump)")
    parser.add_argument("--inputs", type=Path, default=None, help="texts captured from the tests (dump)")
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder of the public evaluation sets")
    options = parser.parse_args(argv)
    if options.action == "capture":
        return capture(options.files[0])
    if options.action == "compare":
        return compare(*options.files[:2])
    if options.root is not None:
        point_at(options.root.resolve())
    dump(options.files[0], options.data, options.inputs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
