"""PII in chat and tickets (#14.6, session 19): lone lower-case names after a person cue, dates of birth in more
notations and languages, ops products that are no persons, ALL CAPS names that stop at common words, and ops
identifiers that are no names, places or phones. Each family beside its look-alikes."""

from __future__ import annotations

import pytest

from genaiops.safety.guardrails import DEFAULT_ENTITIES, PII, detect_pii
from genaiops.safety.guardrails.train.pii_ops_dev import pii_ops_dev_cases


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in detect_pii(text, DEFAULT_ENTITIES)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hey sam, can you look at the alert?", ["sam"]),
        ("lgtm, thanks mohammed", ["mohammed"]),
        ("@maria can you approve the rollout?", ["maria"]),
        ("sarah mentioned the quota was raised", ["sarah"]),
        ("handover: peter is on call from 18:00", ["peter"]),
        ("cc: alice, bob", ["alice", "bob"]),
        ("thanks, sam", ["sam"]),
        ("reviewed by oluwaseun", ["oluwaseun"]),
        ("spoke to mrs okafor about the refund", ["okafor"]),
        ("CALLBACK REQUESTED BY MR PATEL", ["PATEL"]),
        ("escalated to ingrid at 03:10", ["ingrid"]),
        ("ESCALATE TO KEVIN TODAY", ["KEVIN"]),
    ],
)
def test_pii_lone_lower_case_name_after_a_person_cue(text: str, names: list[str]) -> None:
    """A known first name framed by a greeting, thanks, cc, @, ping, an assignment or an act is a PERSON."""
    assert _found(text) == [(n, "PERSON") for n in names]


@pytest.mark.parametrize(
    "text",
    [
        "hey team, standup moved to 10",
        "thanks all, closing the incident",
        "ping me when it is back",
        "hey will you check it",
        "mark said it is fine",
        "cc oncall",
        "@here the deploy is paused",
        "ping grafana, it is slow",
        "ping cassandra-0 from the bastion",
        "mail sam@example.org",
        "connection reset by peer",
        "by default the job retries",
        "ms excel export failed",
    ],
)
def test_pii_chat_words_after_a_cue_are_not_names(text: str) -> None:
    """Chat words, English words that are also names ("will", "mark"), products and addresses are no PERSON."""
    assert [f for f in _found(text) if f[1] == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("employee born on the 22nd of November 1981 per HR file", "22nd of November 1981"),
        ("DOB 1.3.77, account locked", "1.3.77"),
        ("patient geboren am 3.4.82", "3.4.82"),
        ("data di nascita 12/03/1984", "12/03/1984"),
        ("geboortedatum 14-02-1988", "14-02-1988"),
        ("her date of birth, per the passport, is 1.3.77", "1.3.77"),
    ],
)
def test_pii_dates_of_birth_in_words_dots_and_languages(text: str, date: str) -> None:
    """A birth cue (up to four words before) makes a textual, dotted or two-digit-year date a DATE_OF_BIRTH."""
    assert (date, "DATE_OF_BIRTH") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the release on the 22nd of November 2026 is frozen",
        "rolled 1.3.77 to the canary",
        "maintenance window 12.03.2026 02:00-04:00",
        "run 20261203-0200 took 01:23:45",
    ],
)
def test_pii_dates_and_versions_without_a_birth_cue_give_nothing(text: str) -> None:
    """Without a birth cue a date is no personal data, and a dated id is no phone."""
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Spark Streaming restarted at 02:00",
        "Apache Kafka said the partition leader moved",
        "Travis CI is red for the docs repo",
        "Hermes restarted after the OOM",
        "Victoria Metrics ingestion fell behind",
        "Grafana Loki is dropping logs",
        "the Jupyter kernel died",
    ],
)
def test_pii_ops_products_are_not_persons(text: str) -> None:
    """Ops software named like a person gives no PERSON span, even when it "acts"."""
    assert [f for f in _found(text) if f[1] == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Franz Kafka is not the broker", "Franz Kafka"),
        ("Rebecca Jenkins approved the change", "Rebecca Jenkins"),
        ("Prometheus Alertmanager paged Lena Fischer", "Lena Fischer"),
        ("Spark driver OOM, Lukas restarted it", "Lukas"),
    ],
)
def test_pii_people_beside_or_named_like_products_are_kept(text: str, name: str) -> None:
    """A known first name leading a product word keeps the person; a person beside a product is still found."""
    assert _found(text) == [(name, "PERSON")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CALL JOHN BACK ASAP", "JOHN"),
        ("PLEASE CALL MRS ANDERSON BACK TODAY", "ANDERSON"),
        ("SPOKE WITH ANNA MUELLER, WILL CALL BACK", "ANNA MUELLER"),
        ("EMPLOYEE HANS MUELLER DOB 12.03.1985", "HANS MUELLER"),
    ],
)
def test_pii_all_caps_names_stop_at_common_words(text: str, name: str) -> None:
    """In shouted text a name does not run on into "BACK", "ASAP", "TODAY", "WILL" or "DOB"."""
    assert [f for f in _found(text) if f[1] == "PERSON"] == [(name, "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        "INC-20431 closed, RCA in CONF-7781",
        "the cluster lives in eu-west-1 and us-east-2",
        "CALL BACK TOMORROW",
        "Job Nightly-Billing took 00:43:12",
        "Grafana dashboard Austin Traffic shows p95 220ms",
        "customer id 4471-2291 order 000123 shipped",
    ],
)
def test_pii_ops_identifiers_are_not_names_or_places(text: str) -> None:
    """Ticket keys and cloud regions (anything holding a digit), runs holding an ops noun and digit groups named
    as ids are no PERSON, LOCATION or phone."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("NEW ADDRESS: 12 HIGH STREET, LEEDS", "12 HIGH STREET, LEEDS"),
        ("laptop goes to 4 King Road, Bristol BS1 4DJ", "4 King Road, Bristol BS1 4DJ"),
    ],
)
def test_pii_addresses_in_caps_or_with_a_one_digit_number(text: str, address: str) -> None:
    """A shouted street word and a one-digit house number still give the address."""
    assert _found(text) == [(address, "STREET_ADDRESS")]


def test_pii_guardrail_flags_a_lower_case_name_in_chat() -> None:
    """The PII guardrail (names on) flags chat that names a person in lower case, and passes the look-alike."""
    guard = PII(entities=frozenset({"PERSON"}))
    assert guard.check("thanks priya, merged").outcome == "flag"
    assert guard.check("thanks all, merged").outcome == "pass"


def test_pii_ops_dev_set_stays_found() -> None:
    """The dev set of the weak families (train/pii_ops_dev.py) keeps at least 95 % of its gold spans."""
    cases = pii_ops_dev_cases()
    gold = sum(len(c.spans) for c in cases)
    hit = sum(
        any(s.start == a and s.end == b for s in detect_pii(c.text, DEFAULT_ENTITIES))
        for c in cases
        for a, b, _ in c.spans
    )
    assert hit / gold >= 0.95


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("raj pushed the fix to main", ["raj"]),
        ("nkechi owns the billing runbook", ["nkechi"]),
        ("ok. matteo is handling the rollback", ["matteo"]),
        ("kemi and ade are off today", ["kemi", "ade"]),
        ("moving this to chioma's queue", ["chioma"]),
        ("per tomasz the window is 02:00", ["tomasz"]),
        ("cc: li, priya, ana", ["li", "priya", "ana"]),
        ("sorry sven, wrong channel", ["sven"]),
        ("yes wojtek, go ahead", ["wojtek"]),
        ("according to dmitri the lag is fine", ["dmitri"]),
        ("waiting on aisha for the approval", ["aisha"]),
        ("Jenkins and Priya both flagged it", ["Priya"]),
        ("Sam from Grafana Labs joined the call", ["Sam"]),
        ("sam from billing pinged me", ["sam"]),
    ],
)
def test_pii_lower_case_name_as_subject_list_item_or_owner(text: str, names: list[str]) -> None:
    """A known first name that starts a clause before a verb, owns a work item, follows 'per'/'sorry'/'yes ...,'
    or continues a cc list is a PERSON."""
    assert _found(text) == [(n, "PERSON") for n in names]


@pytest.mark.parametrize(
    "text",
    [
        "victoria is down again",
        "nova crashed after the upgrade",
        "the victoria cluster is healthy",
        "sorry about that, my bad",
        "per the runbook, restart it",
        "yes please, go ahead",
        "waiting on ci to finish",
        "the team's queue is empty",
        "@lin.zhang approved",
        "kubectl delete pod alice-worker-0",
        "hostname: sarah-laptop.local",
        "ssh deploy@bastion-eu-1 and tail the log",
        "Victoria and Elastic are both on the shortlist",
    ],
)
def test_pii_subject_and_cue_look_alikes_are_not_names(text: str) -> None:
    """A host or product in a state ('is down'), a cue before a plain word, a handle cut at a dot and a name
    inside an identifier are no PERSON."""
    assert [f for f in _found(text) if f[1] == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Maria Lopez, b. 1984-03-03", "1984-03-03"),
        ("nacido el 4 de mayo de 1980", "4 de mayo de 1980"),
        ("nacida el 12/08/1992", "12/08/1992"),
    ],
)
def test_pii_birth_dates_after_b_dot_and_spanish_cues(text: str, date: str) -> None:
    """'b.' right before a date and Spanish 'nacido/nacida' are birth cues."""
    assert (date, "DATE_OF_BIRTH") in _found(text)


@pytest.mark.parametrize("text", ["released 3 March 2024", "the freeze ends 12 Mai 2026", "db. 2024-03-03 snapshot"])
def test_pii_day_month_year_is_no_address_or_name(text: str) -> None:
    """A day, a month and a year are a date: no street address, no person named like a month, no birth date."""
    assert _found(text) == []


def test_pii_guardrail_flags_a_clause_initial_lower_case_name() -> None:
    """The PII guardrail (names on) flags 'lars restarted the broker' and passes 'nginx restarted the broker'."""
    guard = PII(entities=frozenset({"PERSON"}))
    assert guard.check("lars restarted the broker").outcome == "flag"
    assert guard.check("nginx restarted the broker").outcome == "pass"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("AGENT NOTE - SPOKE TO FATIMA ALI, WILL RETRY", ["FATIMA ALI"]),
        ("CUST OKONKWO REQ REFUND", ["OKONKWO"]),
        ("ESCALATE TO KEVIN TODAY", ["KEVIN"]),
        ("PAGERDUTY ALERT HIGH CPU, WILL RETRY", []),
    ],
)
def test_pii_all_caps_lone_words_need_a_name_list(text: str, names: list[str]) -> None:
    """An ALL CAPS ticket's shorthand (CUST, REQ) is no part of a name, and a lone shouted word is a name only when
    a name list holds it."""
    assert [f[0] for f in _found(text) if f[1] == "PERSON"] == names


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("I live at 14 Rosewood Avenue, Apt 3B, Denver CO 80203", "14 Rosewood Avenue, Apt 3B, Denver CO 80203"),
        ("home address 5 rue des Lilas, 69003 Lyon", "5 rue des Lilas, 69003 Lyon"),
    ],
)
def test_pii_addresses_with_a_lettered_unit_or_a_french_number_first(text: str, address: str) -> None:
    """'Apt 3B' continues the address to its city and postcode; '5 rue des Lilas' is a street."""
    assert _found(text) == [(address, "STREET_ADDRESS")]


@pytest.mark.parametrize("text", ["send 3 via email", "4 av. of the changes", "best practice is to pin it"])
def test_pii_street_and_sign_off_look_alikes(text: str) -> None:
    """A count before 'via', an abbreviation before prose and 'best' before a plain word are no PII."""
    assert _found(text) == []


def test_pii_sign_off_before_a_lower_case_name() -> None:
    """'best, kwame' signs a message with a name."""
    assert _found("ok, will do. best, kwame") == [("kwame", "PERSON")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Selenium Grid is flaky again, Sophie knows why", ["Sophie"]),
        ("Velero backed up the Longhorn volumes", []),
        ("Calico and Cilium differ, per Arjun", ["Arjun"]),
    ],
)
def test_pii_more_ops_products_are_not_persons(text: str, names: list[str]) -> None:
    """Backup, CNI, test-grid and proxy products named like people are no PERSON; the people beside them are."""
    assert [f[0] for f in _found(text) if f[1] == "PERSON"] == names


@pytest.mark.parametrize(
    "text",
    [
        "Rolled back Helm release Orion to revision 41",
        "The Hudson runner is offline",
        "Mount /mnt/Carter failed",
        "Brooklyn DC link flapping",
    ],
)
def test_pii_ops_objects_named_like_people_or_places(text: str) -> None:
    """A name right after an ops object's kind, before it (persons), or inside a path names the object."""
    assert _found(text) == []


def test_pii_kind_word_before_punctuation_leaves_the_name() -> None:
    """'cron?' and 'panel:' end a clause: the names after them stay PERSON."""
    assert [f[0] for f in _found("who owns the cron? fatou diallo or bongani ndlovu?")] == [
        "fatou diallo",
        "bongani ndlovu",
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Patient: Jane Doe, 22/11/1983", "22/11/1983"),
        ("employee Hans Weber (04.05.1971) joined IT", "04.05.1971"),
        ("Sam Reed, 41, 1983-11-22", "1983-11-22"),
    ],
)
def test_pii_birth_date_right_after_a_name_without_a_cue(text: str, date: str) -> None:
    """A full date with a birth-plausible year right after a person's name is a DATE_OF_BIRTH, and no phone."""
    assert (date, "DATE_OF_BIRTH") in _found(text)
    assert all(label != "PHONE_NUMBER" for _, label in _found(text))


@pytest.mark.parametrize(
    "text",
    ["age 41 (22.11.1983)", "customer since 2019-03-01", "thanks Ana, 2026-01-05 works for the cutover"],
)
def test_pii_dates_without_a_name_or_with_a_recent_year_are_no_birth_dates(text: str) -> None:
    """No name before it, or a recent year: no DATE_OF_BIRTH, and a dotted date in brackets is no phone."""
    assert all(label not in ("DATE_OF_BIRTH", "PHONE_NUMBER") for _, label in _found(text))
