"""PII in operations text, the second pass (#14.6): lower-case names in lists, names that are also places or
months, dates of birth year-first, in other languages and in a CSV birth column, ids and versions that are not
phones or dates; checked through the public scanner, the output pipeline and review_output in a run."""

from __future__ import annotations

import pytest

from genaiops.agents.handler import AgentHandler
from genaiops.agents.roles import with_role_defaults
from genaiops.graphs import Engine, GraphSpec
from genaiops.runtime import ShippedGuardrails, load_guardrails
from genaiops.safety.guardrails import ALL_ENTITIES, DEFAULT_ENTITIES, default_screen, detect_pii
from genaiops.safety.guardrails.train.pii_blind import BLIND, pii_blind_cases
from genaiops.safety.policy import ApprovalPolicy
from genaiops.settings import load_settings
from genaiops.store import Store
from genaiops.tools import load_tools


def _found(text: str, entities: frozenset[str] = DEFAULT_ENTITIES) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in detect_pii(text, entities)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("handover: kwame mensah and aroha ngata share the pager", ["kwame mensah", "aroha ngata"]),
        ("who owns it? fatima haddad or bongani ndlovu?", ["fatima haddad", "bongani ndlovu"]),
        ("reporter: tomasz kowalski | assignee: yuki tanaka", ["tomasz kowalski", "yuki tanaka"]),
        ('{"owner": "ingrid berg"}', ["ingrid berg"]),
        ("escalating to nguyen van an now", ["nguyen van an"]),
    ],
)
def test_lower_case_names_after_cues_and_in_lists(text: str, names: list[str]) -> None:
    """Each lower-case name is one PERSON span, the second of an "X and Y" list too."""
    assert [n for n, label in _found(text) if label == "PERSON"] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan paged the DB team", [("Jordan", "PERSON")]),
        ("Kim said the cert is renewed", [("Kim", "PERSON")]),
        ("Jordan Lee merged the hotfix", [("Jordan Lee", "PERSON")]),
        ("our partner is based in Jordan", [("Jordan", "LOCATION")]),
        ("the April release slipped to May", []),
        ("Cassandra compaction is behind on node 3", []),
        ("Nguyễn Thị Hương opened the ticket", [("Nguyễn Thị Hương", "PERSON")]),
    ],
)
def test_names_that_are_also_places_months_or_products(text: str, expected: list[tuple[str, str]]) -> None:
    """A first name that acts is a person; a place after "in" stays a place; months and products are neither."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("DOB: 1979.07.04, matches the ID scan", "1979.07.04"),
        ("D.O.B 1992/05/05", "1992/05/05"),
        ("date of birth 21-Oct-1979 entered wrongly", "21-Oct-1979"),
        ("Kunde geboren am 3. März 1985 laut Ausweis", "3. März 1985"),
        ("né le 14 juillet 1979, vérifier", "14 juillet 1979"),
        ("birthdate=19880202 in the payload", "19880202"),
        ("id,name,dob\n1042,kwame mensah,1979-07-04", "1979-07-04"),
    ],
)
def test_dates_of_birth_year_first_foreign_and_in_a_birth_column(text: str, dob: str) -> None:
    """The whole date is the DATE_OF_BIRTH span (``1979.07.04`` was cut to ``1979``)."""
    assert (dob, "DATE_OF_BIRTH") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "rolled out 1.2.3.4567 to the canary fleet",
        "order ORD-2026-000123 stuck in pending",
        "job nightly-etl-20261203-0200 finished",
        "txn 4410-2291-0031-7 retried 3 times",
        "shard 12 of 64 lagging, ASG min 3 max 12",
        "pin the chart to 2024.10.1",
    ],
)
def test_versions_and_ids_are_neither_phones_dates_nor_addresses(text: str) -> None:
    """Even with every entity type on (dates included), these give no span."""
    assert _found(text, ALL_ENTITIES) == []


def test_international_numbers_ending_in_00_are_phones() -> None:
    """Only a leading 00 means '+': a number ending in 00 was rewritten and failed validation."""
    assert _found("vendor NOC: +33 1 42 68 53 00") == [("+33 1 42 68 53 00", "PHONE_NUMBER")]


def test_output_pipeline_pseudonymises_the_new_finds_and_keeps_versions() -> None:
    """The shipped output pipeline hides lower-case listed names and a dotted date of birth, not the version."""
    text = "handover: kwame mensah and aroha ngata; DOB: 1979.07.04; agent 1.2.3.4567 rolled out"
    screened = default_screen().screen("output", text).text
    for hidden in ("kwame mensah", "aroha ngata", "1979.07.04"):
        assert hidden not in screened
    assert "agent 1.2.3.4567 rolled out" in screened


async def _review(text: str) -> dict:
    engine = Engine(
        Store.open(":memory:"),
        load_tools(),
        resources={"guardrails": ShippedGuardrails()},
        policy=with_role_defaults(ApprovalPolicy()),
        handler=AgentHandler(),
        screen=load_guardrails(load_settings(guardrails="tasks")),
    )
    task = {"id": "t0", "tool": "review_output", "args": {"text": text}}
    result = await engine.start(GraphSpec.model_validate({"name": "review", "tasks": [task]}), requester="ann")
    return result.outputs["t0"]


async def test_review_output_passes_ids_and_versions_and_blocks_listed_names() -> None:
    """In a run, a release note with ids and versions passes review; a handover naming two people is blocked."""
    clean = await _review("order ORD-2026-000123 shipped; agent 1.2.3.4567, build 20261204.3")
    assert clean["verdict"] == "pass", clean["explanation"]
    named = await _review("handover: kwame mensah and aroha ngata share the pager")
    assert named["verdict"] == "block"
    assert "PERSON" in named["explanation"]


def test_blind_set_is_well_formed() -> None:
    """Every gold span is trimmed text, every section is non-empty, and there are at least 120 texts."""
    cases = pii_blind_cases()
    assert len(cases) >= 120 and all(BLIND.values())
    assert all(c.text[a:b] and c.text[a:b] == c.text[a:b].strip() for c in cases for a, b, _ in c.spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [("¹a\x1f¹a\x1f¹a", None), ("ping Ping\tZhang Wei today", "Zhang Wei"), ("cc Ping\x1fZhang Wei now", "Zhang Wei")],
)
def test_a_capitalised_run_split_by_any_white_space_is_read_without_failing(text: str, name: str | None) -> None:
    """A run of capitalised words may be split by a tab or a control character that the regex's \\s allows; the
    run's first word was cut at a plain space, and a text without one raised ValueError (found by hypothesis)."""
    found = [text[s.start : s.end] for s in detect_pii(text, ALL_ENTITIES) if s.label == "PERSON"]
    assert found == ([name] if name else [])
