"""Guardrail YAML: valid files load; mistakes give clear errors naming file, line and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from genaiops.errors import SpecError
from genaiops.safety.guardrails import DEFAULT_CONFIG, SCANNERS, GuardrailConfigError, load_screen, parse_screen

GOOD = """\
pipelines:
  input:
    budget_ms: 10
    scanners:
      - {scanner: secrets, policy: redact}
      - scanner: banned_topics
        policy: block
        params: {topics: {weapons: [rifle, ammunition]}, min_hits: 2}
  output:
    scanners:
      - scanner: output_schema
        params: {json_schema: {type: object, required: [answer]}}
"""


def test_guard_config_loads_pipelines_per_direction() -> None:
    """A valid file builds a pipeline per direction with the scanners, params and policies it names."""
    screen = parse_screen(GOOD, "good.yaml")
    assert [s.guardrail.name for s in screen.pipelines["input"].steps] == ["secrets", "banned_topics"]
    assert screen.screen("input", "rifle and ammunition").outcome == "block"
    assert screen.screen("output", '{"answer": 1}').outcome == "pass"
    assert screen.screen("output", "{}").outcome == "block"


def test_guard_default_config_loads() -> None:
    """The shipped default configuration is valid."""
    screen = load_screen(DEFAULT_CONFIG)
    assert set(screen.pipelines) == {"input", "output", "tool_result"}


def test_guard_config_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    """Malformed YAML is a SpecError naming the file and the line."""
    path = tmp_path / "guards.yaml"
    path.write_text("pipelines:\n  input:\n    scanners: [\n      {scanner: pii\n")
    with pytest.raises(GuardrailConfigError) as info:
        load_screen(path)
    assert isinstance(info.value, SpecError)
    assert f"{path}:" in str(info.value) and "malformed YAML" in str(info.value)


def test_guard_config_unknown_scanner_suggests_the_right_one() -> None:
    """An unknown scanner name is reported with its line and a did-you-mean suggestion."""
    text = "pipelines:\n  input:\n    scanners:\n      - scanner: secretz\n        policy: block\n"
    with pytest.raises(GuardrailConfigError) as info:
        parse_screen(text, "g.yaml")
    message = str(info.value)
    assert "g.yaml:4" in message and "unknown scanner 'secretz'" in message and "did you mean 'secrets'" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "pipelines:\n  inptu:\n    scanners: []\n",
            ["g.yaml:2: pipelines.inptu: unknown value 'inptu' (did you mean 'input'?)", "input, output"],
        ),
        (
            "pipelines:\n  input:\n    scanners:\n      - {scanner: pii, policy: redcat}\n",
            ["g.yaml:4", "policy: unknown value 'redcat' (did you mean 'redact'?)", "use one of: block, flag, redact"],
        ),
        (
            "pipelines:\n  input:\n    scanners:\n      - {scanner: pii, params: {entites: [PERSON]}}\n",
            ["g.yaml:4", "unknown parameter 'entites'", "did you mean 'entities'"],
        ),
        (
            "pipelines:\n  input:\n    scaners: []\n",
            ["g.yaml:3: pipelines.input.scaners: unknown key 'scaners' (did you mean 'scanners'?)"],
        ),
        (
            "pipelines:\n  input:\n    scanners:\n      - {scanner: pii, params: {entities: [EMIAL]}}\n",
            ["g.yaml:4", "unknown PII entity types"],
        ),
        ("- just\n- a list\n", ["g.yaml:1", "expected a mapping"]),
    ],
)
def test_guard_config_errors_are_specific(text: str, expected: list[str]) -> None:
    """Each kind of mistake names the line and says what to write instead."""
    with pytest.raises(GuardrailConfigError) as info:
        parse_screen(text, "g.yaml")
    for fragment in expected:
        assert fragment in str(info.value)


def test_guard_config_reports_all_problems_at_once() -> None:
    """Two bad scanners in one file give one error listing both."""
    text = "pipelines:\n  input:\n    scanners:\n      - {scanner: pi}\n      - {scanner: toxcity}\n"
    with pytest.raises(GuardrailConfigError) as info:
        parse_screen(text, "g.yaml")
    assert str(info.value).startswith("2 problems in g.yaml:\n  g.yaml:4: ")


def test_guard_config_missing_file_is_clear(tmp_path: Path) -> None:
    """A missing file is reported with its path."""
    with pytest.raises(GuardrailConfigError, match="nope.yaml: no such file; check the path"):
        load_screen(tmp_path / "nope.yaml")


@pytest.mark.parametrize("name", sorted(SCANNERS))
def test_guard_every_registered_scanner_is_usable_from_yaml(name: str) -> None:
    """Every registered scanner can be named in YAML (with the params it needs) and never raises on odd text."""
    params = {
        "banned_substrings": "{substrings: [x]}",
        "banned_topics": "{topics: {t: [x]}}",
        "output_schema": "{json_schema: {type: object}}",
    }.get(name, "{}")
    screen = parse_screen(f"pipelines:\n  input:\n    scanners:\n      - {{scanner: {name}, params: {params}}}\n")
    for text in ["", " ", "\x00\ufffd", "🙂" * 50, "a" * 5000, "{", "\n\n\n"]:
        result = screen.screen("input", text)
        assert result.verdicts[0].guardrail == name


def test_a_scanner_parameter_of_the_wrong_shape_is_a_problem_at_its_line() -> None:
    """`entities:` holding a mapping (found by the YAML fuzzer: it raised a TypeError) is a config error naming
    the line and what entities must be."""
    text = "pipelines:\n  input:\n    scanners:\n      - scanner: pii\n        params:\n          entities: [{a: 1}]\n"
    with pytest.raises(GuardrailConfigError, match=r"x.yaml:5.*entities must be a list of entity names"):
        parse_screen(text, "x.yaml")
