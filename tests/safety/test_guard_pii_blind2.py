"""PII in operations text, the third pass (#14.6, after the second blind set): ALL CAPS names and "FAMILY, GIVEN",
particles (binti, de los, al-), family-first names, unknown names that act, postcode-and-city address tails,
written country codes, more birth cues; ops products named like people are not persons. Checked through the
public scanner and the shipped output pipeline; the texts are new, not the blind set's."""

from __future__ import annotations

import pytest

from genaiops.safety.guardrails import DEFAULT_ENTITIES, default_screen, detect_pii
from genaiops.safety.guardrails.train.pii_blind2 import BLIND2, pii_blind2_cases


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in detect_pii(text, DEFAULT_ENTITIES)]


def _persons(text: str) -> list[str]:
    return [value for value, label in _found(text) if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("TICKET OWNER: FOLAKE ADEYEMI, STATUS OPEN", ["FOLAKE ADEYEMI"]),
        ("REFUND FOR PRIYA SHARMA APPROVED", ["PRIYA SHARMA"]),
        ("CARDHOLDER LIU WEI", ["LIU WEI"]),
        ("KOWALSKI, TOMASZ | BADGE 4471", ["KOWALSKI, TOMASZ"]),
        ("MARY SMITH LOGGED IN", ["MARY SMITH"]),
    ],
)
def test_all_caps_names_are_one_person_span(text: str, names: list[str]) -> None:
    """A name in shouted text, surname-comma-given included, is found without the words around it."""
    assert _persons(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "WILL RETRY AFTER MAINTENANCE",
        "WE WILL MARK THE TICKET DONE",
        "ORDER STATUS: SHIPPED, DELIVERED",
        "ERROR KAFKA BROKER DOWN",
        "JENKINS BUILD FAILED ON MAIN",
    ],
)
def test_shouted_log_lines_hold_no_person(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Siti Aminah binti Yusof approved the change", "Siti Aminah binti Yusof"),
        ("escalated to Maria Jose de los Santos", "Maria Jose de los Santos"),
        ("Tariq al-Hashimi owns the runbook", "Tariq al-Hashimi"),
        ("yusuf al-amin cannot log in", "yusuf al-amin"),
        ("ana de la vega reported it", "ana de la vega"),
        ("escalated by pham van duc at 03:00", "pham van duc"),
        ("thanks zhang xiao for the fix", "zhang xiao"),
        ("Dinara Seitkali merged the fix", "Dinara Seitkali"),
    ],
)
def test_names_with_particles_family_first_or_unknown_but_acting(text: str, name: str) -> None:
    assert _persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Loki and Tempo both lag behind",
        "Athena scan cost doubled",
        "Grafana Loki upgraded to 3.1",
        "Victoria and Kibana need a restart",
        "Hermes and Apollo gateways returned 502",
        "the SAP interface is read-only",
    ],
)
def test_ops_products_named_like_people_are_not_persons(text: str) -> None:
    """Ops software named like people or gods, and acronyms, are not names (a product that acts still is not)."""
    assert _found(text) == []


def test_a_product_name_still_names_a_person_when_addressed_or_acting() -> None:
    assert _persons("thanks Athena, that helped") == ["Athena"]
    assert _persons("Franz Kafka wrote the spec") == ["Franz Kafka"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("send it to Calle Mayor 12, 28013 Madrid", "Calle Mayor 12, 28013 Madrid"),
        ("new office: Ul. Piękna 20, 00-549 Warszawa", "Ul. Piękna 20, 00-549 Warszawa"),
        ("courier to Unit 4, 18 Queen Street, Wellington 6011", "Unit 4, 18 Queen Street, Wellington 6011"),
    ],
)
def test_street_addresses_take_their_postcode_city_and_unit(text: str, address: str) -> None:
    assert _found(text) == [(address, "STREET_ADDRESS")]


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("NOC Wellington +64 4 123 4567", "+64 4 123 4567", "PHONE_NUMBER"),
        ('{"birth_date": "1991-02-03"}', "1991-02-03", "DATE_OF_BIRTH"),
        ("geb. 01.02.1980", "01.02.1980", "DATE_OF_BIRTH"),
        ("data urodzenia 11.11.1975", "11.11.1975", "DATE_OF_BIRTH"),
        ("REDIS_URL=redis://:t0ps3cret@cache-9:6379/2", "redis://:t0ps3cret@cache-9:6379/2", "URL_CREDENTIALS"),
    ],
)
def test_written_country_codes_birth_cues_and_passwords_without_a_user(text: str, value: str, label: str) -> None:
    assert (value, label) in _found(text)


def test_output_pipeline_pseudonymises_shouted_and_particle_names_not_products() -> None:
    text = "OWNER: FOLAKE ADEYEMI; reviewer Tariq al-Hashimi; Grafana and Loki upgraded to 11.2.0"
    screened = default_screen().screen("output", text).text
    for hidden in ("FOLAKE ADEYEMI", "Tariq al-Hashimi"):
        assert hidden not in screened
    assert "Grafana and Loki upgraded to 11.2.0" in screened


def test_second_blind_set_is_well_formed() -> None:
    """Every gold span is trimmed text, every section is non-empty, and there are at least 150 texts."""
    cases = pii_blind2_cases()
    assert len(cases) >= 150 and all(BLIND2.values())
    assert all(c.text[a:b] and c.text[a:b] == c.text[a:b].strip() for c in cases for a, b, _ in c.spans)
