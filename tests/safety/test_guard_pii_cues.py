"""PII names by context and shape (#14.6, session 20): one list of person cues for lone first names and full names,
verbs of communication in any tense, names by their written shape (family name, comma, given name; initials),
chat-log speakers, and the look-alikes each rule must leave alone."""

from __future__ import annotations

import pytest

from genaiops.safety.guardrails import DEFAULT_ENTITIES, detect_pii


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text, DEFAULT_ENTITIES) if s.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("pinged rahul and ines on slack", ["rahul", "ines"]),
        ("emailed bogdan the postmortem draft", ["bogdan"]),
        ("told sven we'd roll back at 5", ["sven"]),
        ("reminded tariq to rotate the key", ["tariq"]),
        ("just got off a call with thandiwe from billing", ["thandiwe"]),
        ("cc'd priya on the thread", ["priya"]),
        ("messaged ravi kumar about the quota", ["ravi kumar"]),
        ("@le van thanh can you look at the 5xx spike?", ["le van thanh"]),
    ],
)
def test_pii_names_after_a_verb_of_communication(text: str, names: list[str]) -> None:
    """Any tense of a verb of communication frames the name after it, a lone first name or a full one."""
    assert _persons(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("cheers femi", ["femi"]),
        ("thanks oluwadamilare!", ["oluwadamilare"]),
        ("hey team, the release train leaves at 3", []),
        ("thanks again, will retry after lunch", []),
        ("thanks folks!", []),
        ("hey dumbass, read the doc", []),
        ("thanks sre!", []),
    ],
)
def test_pii_unknown_word_after_a_greeting_is_a_name_only_by_shape(text: str, names: list[str]) -> None:
    """After a greeting or thanks a word no name list holds is a name when it ends the phrase and is no English,
    chat, ops or abusive word."""
    assert _persons(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Haddad, Layla requested a laptop swap", ["Haddad, Layla"]),
        ("reporter: Wiśniewski, Tomasz", ["Wiśniewski, Tomasz"]),
        ("signed off by J. R. Okonkwo", ["J. R. Okonkwo"]),
        ("our 3 founders: Eklund, Michael and Hodge", None),
        ("Berlin, Munich and Hamburg sites are affected", None),
    ],
)
def test_pii_inverted_names_and_initials(text: str, names: list[str] | None) -> None:
    """ "Family, Given" and initials before a family name are one PERSON; a list of names or places is not one."""
    found = _persons(text)
    if names is None:
        assert all(", " not in name for name in found)
    else:
        assert found == names


def test_pii_chat_log_speakers_and_handover_owners() -> None:
    """The speaker of an IRC-style log line and the owner of a hand-over list item are persons."""
    text = "[09:14] <amara> 10.8.0.14 keeps dropping\n- kwabena: disk on es-data-4 at 88%\n- note: nothing else"
    assert _persons(text) == ["amara", "kwabena"]


@pytest.mark.parametrize(
    "text",
    [
        "statefulset kafka-broker-2 stuck in CrashLoopBackOff, 17 restarts",
        "GPU driver 535.129.03, CUDA 12.2",
        "the cluster was born 2021-06-01 as a POC",
        "Oracle Linux 9.3 and Rocky Linux 9.3 both pass",
    ],
)
def test_pii_identifiers_versions_and_things_born_are_no_pii(text: str) -> None:
    """camelCase states, driver versions, a cluster's birth date and a distro are no PERSON, phone or birth date."""
    assert detect_pii(text, DEFAULT_ENTITIES) == []


def test_pii_no_birth_date_across_another_key() -> None:
    """In a record, the date after the birth key is the birth date; a timestamp under the next key is not."""
    text = '{"user":"rania el-amin","dob":"1986-02-14","ts":"2026-12-04T03:00:00Z"}'
    births = [text[s.start : s.end] for s in detect_pii(text, DEFAULT_ENTITIES) if s.label == "DATE_OF_BIRTH"]
    assert births == ["1986-02-14"]
