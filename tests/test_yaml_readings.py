"""YAML readings kept between processes (``genaiops.yaml_readings``, installed by the CLI) are the readings
parsing gives: the same data with the same types, the same places, nothing kept that cannot be rebuilt exactly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from genaiops import yaml_readings
from genaiops.yamlfile import read_yaml

TEXT = "a: 1\nb:\n  - x\n  - {c: true, d: 1.5, e: null, f: '2'}\nlists: &l [1, 2]\nagain: *l\n"


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_readings, "ON", [True])
    monkeypatch.setattr(yaml_readings, "TABLE", {})
    monkeypatch.setattr(yaml_readings, "NEW", [])


def test_a_kept_reading_is_the_parsed_one(kept: None) -> None:
    """The second reading of a text comes from the table: equal data with the exact types, the same places."""
    parsed = read_yaml(TEXT, "f.yaml")
    assert yaml_readings.NEW == [TEXT] and parsed.text is None
    again = read_yaml(TEXT, "f.yaml")
    assert again.text == TEXT and again.data == parsed.data and again.root_line == parsed.root_line
    assert type(again.data["b"][1]["c"]) is bool and type(again.data["b"][1]["f"]) is str
    for path in [("a",), ("b", 1, "c"), ("again", 1), ("b", 5), ("nope",)]:
        assert again.place(path) == parsed.place(path)


def test_each_recall_is_fresh(kept: None) -> None:
    """A caller that changes its reading's data changes no later reading."""
    read_yaml(TEXT)
    read_yaml(TEXT).data["b"][1]["c"] = "changed"
    assert read_yaml(TEXT).data["b"][1]["c"] is True


@pytest.mark.parametrize(
    "text",
    ["when: 2024-01-01\n", "a: 1\na: 2\n", "", "just text\n"],
    ids=["timestamp", "duplicate key", "empty", "a scalar document (kept)"],
)
def test_what_is_not_kept(kept: None, text: str) -> None:
    """A timestamp (marshal cannot hold it), a duplicate key and an empty text are parsed every time; a document
    of one plain value is kept."""
    read_yaml(text)
    assert (text in yaml_readings.TABLE) == (text == "just text\n")


def test_off_keeps_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the CLI's install (a library user, the server) every text is parsed."""
    monkeypatch.setattr(yaml_readings, "TABLE", {})
    monkeypatch.setattr(yaml_readings, "NEW", [])
    read_yaml(TEXT)
    assert yaml_readings.TABLE == {} and read_yaml(TEXT).text is None


def test_a_later_process_reads_no_yaml(tmp_path: Path) -> None:
    """One process keeps its readings in the home's cache; the next recalls them without importing PyYAML. The
    table is the home's (its texts are the home's files), never the installation's, which other people share."""
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from genaiops.cli.kept_tables import install_yaml_readings
        from genaiops.yamlfile import read_yaml
        install_yaml_readings(Path({str(tmp_path / "home")!r}))
        source = read_yaml({TEXT!r}, "f.yaml")
        print(source.text is not None, "yaml" in sys.modules, source.data["again"])
    """)
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]  # fmt: skip
    assert [r.stdout.split() for r in runs] == [["False", "True", "[1,", "2]"], ["True", "False", "[1,", "2]"]]
    assert [p.name for p in (tmp_path / "home" / "cache").iterdir()] == [
        f"yaml_readings.{sys.implementation.cache_tag}.bin"
    ]
    assert not [p for p in tmp_path.rglob("*.bin") if "home" not in p.parts]  # nothing beside the bytecode
