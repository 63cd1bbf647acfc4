"""PII in operations text (#14.6): dates and versions are not phones; lower-case and non-Western names; dates of
birth written out or dotted; credentials inside URLs."""

from __future__ import annotations

import pytest

from genaiops.safety.guardrails import DEFAULT_ENTITIES, default_screen, detect_pii
from genaiops.safety.guardrails.train.pii_cases import TEMPLATES, pii_cases


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in detect_pii(text, DEFAULT_ENTITIES)]


@pytest.mark.parametrize(
    "text",
    [
        "deployed on 2026-12-02 at noon",
        "the incident started at 2026-03-15 09:30 UTC",
        "upgrade to 1.2.3 today",
        "release v2.10.0-rc1 is out",
        "pin the chart to 2024.10.1 and kubectl v1.27.3",
        "installed pkg@12.0.1+build.77 on every host",
    ],
)
def test_pii_iso_dates_and_versions_are_not_phone_numbers(text: str) -> None:
    """ISO dates, timestamps and version strings give no span at all."""
    assert _found(text) == []


def test_pii_real_phone_numbers_are_still_found() -> None:
    """The date/version veto leaves real numbers alone."""
    assert _found("bridge line: +44 20 7946 0958") == [("+44 20 7946 0958", "PHONE_NUMBER")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ping ravi kumar about the failing job", "ravi kumar"),
        ("cc priya sharma on the postmortem", "priya sharma"),
        ("owner: john smith", "john smith"),
        ("thanks chen wei for the quick fix", "chen wei"),
        ("Nguyen Thi Minh Khai approved the change", "Nguyen Thi Minh Khai"),
        ("Escalated to Oluwaseun Adebayo in the SRE team", "Oluwaseun Adebayo"),
        ("Reviewer: Takeshi Yamamoto", "Takeshi Yamamoto"),
    ],
)
def test_pii_finds_lower_case_and_non_western_names(text: str, name: str) -> None:
    """The whole name is one PERSON span."""
    assert (name, "PERSON") in _found(text)


@pytest.mark.parametrize("text", ["ping the team about the failing job", "thanks so much for the fix", "cc ops on it"])
def test_pii_lower_case_cue_without_a_name_finds_nothing(text: str) -> None:
    """An addressing cue followed by ordinary words is not a name."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("born 3 March 1990 according to HR", "3 March 1990"),
        ("DOB 03.03.1990, please verify", "03.03.1990"),
        ("d.o.b. 1.1.2001 does not match", "1.1.2001"),
        ("she was born on March 3rd, 1990", "March 3rd, 1990"),
    ],
)
def test_pii_textual_and_dotted_dates_of_birth(text: str, dob: str) -> None:
    """A written-out or dotted date after a birth cue is a DATE_OF_BIRTH."""
    assert (dob, "DATE_OF_BIRTH") in _found(text)


@pytest.mark.parametrize(
    "url",
    ["https://admin:hunter2@git.example.com/team/repo.git", "redis://default:letmein@cache-1:6379/0"],
)
def test_pii_urls_with_user_and_password_are_credentials(url: str) -> None:
    """A URL holding user:password is URL_CREDENTIALS (any scheme); a plain URL stays a URL."""
    assert _found(f"clone it with {url} now") == [(url, "URL_CREDENTIALS")]
    assert _found("see https://example.com/docs") == [("https://example.com/docs", "URL")]


def test_default_input_pipeline_redacts_credentials_in_urls() -> None:
    """The shipped input pipeline removes the password before text reaches a model."""
    result = default_screen().screen("input", "clone https://admin:hunter2@git.example.com/repo.git please")
    assert "hunter2" not in result.text
    assert "⟦URL_CREDENTIALS⟧" in result.text


def test_own_pii_set_is_split_by_template() -> None:
    """Every kind has dev and held-out templates, never the same template in both."""
    cases = pii_cases()
    for kind in TEMPLATES:
        assert {c.part for c in cases if c.kind == kind} == {"dev", "heldout"}, kind
    assert not {c.template for c in cases if c.part == "dev"} & {c.template for c in cases if c.part == "heldout"}
    assert all(c.text[a:b] and c.text[a:b] == c.text[a:b].strip() for c in cases for a, b, _ in c.spans)
