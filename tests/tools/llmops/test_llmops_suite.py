"""Evaluation suites in YAML: what loads, and the errors a person gets for what does not."""

from pathlib import Path

import pytest

from genaiops.errors import NotFoundError, SpecError
from genaiops.tools.llmops import ASSERTION_TYPES, DocumentError, load_suite

SCENARIOS = Path(__file__).resolve().parents[3] / "scenarios" / "llmops"

GOOD = """\
suite: tiny
prompt:
  name: p
  versions:
    v1: "Q: {{$q}}"
cases:
  - id: a
    vars: {q: one}
    reference: one
    assert:
      - {type: similarity, min: 0.5}
"""


def test_shipped_example_suite_loads():
    """The example suite under scenarios/llmops is valid and uses every kind of input a case can have."""
    suite = load_suite((SCENARIOS / "support_suite.yaml").read_text(), "support_suite.yaml")
    assert suite.samples == 3
    assert set(suite.prompt.versions) == {"v1", "v2"}
    assert {a.type for c in suite.cases for a in suite.assertions_for(c)} == set(ASSERTION_TYPES) - {"guardrail"}


def test_version_shorthand_and_context_variable():
    """A version may be a plain string; a case's context is also its `context` template variable."""
    suite = load_suite(GOOD.replace("reference: one", "reference: one\n    context: the doc"))
    assert suite.prompt.version("v1").template == "Q: {{$q}}"
    assert suite.cases[0].variables() == {"q": "one", "context": "the doc"}


def test_bad_yaml_names_file_and_line():
    """A YAML syntax error says which file and line, as for scenarios, not a parser traceback."""
    text = GOOD.replace("vars: {q: one}", "vars: {q: one")
    with pytest.raises(SpecError, match=r"^suite\.yaml:9: malformed YAML: "):
        load_suite(text, "suite.yaml")


def test_unknown_assertion_type_suggests_the_closest():
    """An unknown assertion type is reported at its line with "did you mean" and the known types."""
    text = GOOD.replace("{type: similarity, min: 0.5}", "{type: containz, value: x}")
    with pytest.raises(DocumentError) as info:
        load_suite(text, "suite.yaml")
    (problem,) = info.value.problems
    assert problem.place.line == 11
    assert problem.place.field == "cases[0].assert[0]"
    assert "unknown type 'containz' (did you mean 'contains'?)" in problem.message
    assert "json_schema" in problem.hint


def test_assertion_without_a_type_lists_the_types():
    """An assertion with no `type` says so and lists the types there are."""
    with pytest.raises(DocumentError) as info:
        load_suite(GOOD.replace("{type: similarity, min: 0.5}", "{value: x}"), "suite.yaml")
    text = str(info.value)
    assert "suite.yaml:11: cases[0].assert[0]: missing `type`" in text
    assert "one of: exact, contains" in text


def test_misspelt_field_inside_an_assertion_suggests_the_field():
    """A misspelt assertion field is an error at its line naming the field it resembles."""
    text = GOOD.replace("min: 0.5", "mni: 0.5")
    with pytest.raises(DocumentError) as info:
        load_suite(text, "suite.yaml")
    messages = [str(p) for p in info.value.problems]
    assert any("cases[0].assert[0].mni: unknown key 'mni' (did you mean 'min'?)" in m for m in messages)
    assert all(p.place.line == 11 for p in info.value.problems)


def test_every_problem_is_reported_at_once():
    """Several mistakes give one error listing each with its line, in file order."""
    text = GOOD.replace("suite: tiny", "suite: tiny\nsamples: 0").replace("{q: one}", "{q: [1, 2]}")
    with pytest.raises(DocumentError) as info:
        load_suite(text, "suite.yaml")
    assert [p.place.line for p in info.value.problems] == sorted(p.place.line for p in info.value.problems)
    assert {p.place.field for p in info.value.problems} >= {"samples"}
    assert len(info.value.problems) >= 2


def test_assertion_missing_its_input_is_reported_at_its_line():
    """A groundedness assertion on a case without context is caught at load time, at the assertion's line."""
    text = GOOD.replace("{type: similarity, min: 0.5}", "{type: groundedness}")
    with pytest.raises(DocumentError, match=r"suite\.yaml:11: cases\[0\]\.assert\[0\]: case 'a'.*context"):
        load_suite(text, "suite.yaml")


def test_duplicate_case_ids_are_rejected():
    """Two cases with one id are an error naming the id."""
    case = GOOD[GOOD.index("  - id: a") :]
    with pytest.raises(DocumentError, match="a case with id 'a' comes earlier"):
        load_suite(GOOD + case, "suite.yaml")


def test_invalid_regex_and_schema_are_caught_when_loading():
    """A regex that does not compile and a JSON Schema that is not one fail at load, not at run."""
    bad_regex = GOOD.replace("{type: similarity, min: 0.5}", '{type: regex, pattern: "(unclosed"}')
    with pytest.raises(DocumentError, match="not a valid regular expression"):
        load_suite(bad_regex)
    bad_schema = GOOD.replace("{type: similarity, min: 0.5}", "{type: json_schema, schema: {type: 12}}")
    with pytest.raises(DocumentError, match="not a valid JSON Schema"):
        load_suite(bad_schema)


def test_unknown_version_suggests_the_closest():
    """Asking for a version the prompt does not have names the versions it has."""
    suite = load_suite(GOOD)
    with pytest.raises(NotFoundError, match="no version 'v2'.*it has: v1"):
        suite.prompt.version("v2")


def test_top_level_must_be_a_mapping():
    """An empty or list-shaped file is named as such."""
    with pytest.raises(SpecError, match=r"^empty\.yaml:1: expected a suite \(suite:, prompt:, cases:\) at the top"):
        load_suite("", "empty.yaml")
