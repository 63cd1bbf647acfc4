"""A development PII set for the families the ops-language detector generalised worst on (session 19, #14.6):
lower-case names in chat, dates of birth (textual, dotted with two-digit years, German/French/Italian cues), product
and tool names beside people, pure ops negatives, ALL CAPS tickets and address/HR text. Each family sits beside its
hard negatives (texts with no marker).

This is the *dev* side: it was written to find general rules and they were tuned on it, so its figure is a regression
check, never a generalisation estimate (``bench/toxicity.py --split pii-ops-dev``). Gold conventions follow
:mod:`pii_blind2` (PERSON is the name without titles or "@"; a lone first name that refers to a person counts;
DATE_OF_BIRTH is the date after a birth cue, without "the").
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.pii_cases import PiiCase, marked_cases

__all__ = ["OPS_DEV", "pii_ops_dev_cases"]

OPS_DEV: dict[str, tuple[str, ...]] = {
    "lower_chat": (
        "hey [[PERSON:sam]], can you look at the disk alert on db-3?",
        "thanks [[PERSON:priya]], merged",
        "ping [[PERSON:ravi]] when the build is green",
        "@[[PERSON:maria]] can you approve the rollout?",
        "[[PERSON:john]] said the cert renewal is scheduled",
        "assigned to [[PERSON:kevin]], due thursday",
        "[[PERSON:anna]] is on call tonight, [[PERSON:tom]] tomorrow",
        "cc [[PERSON:olga]] and [[PERSON:mehmet]]",
        "hi [[PERSON:fatima]], the vpn ticket is done",
        "ty [[PERSON:lukas]]!",
        "thanks, [[PERSON:sam]]",
        "handing over to [[PERSON:nadia]] for the night shift",
        "[[PERSON:diego]] wrote the runbook for this",
        "ask [[PERSON:wei]] about the quota",
        "escalated to [[PERSON:ingrid]] at 03:10",
        "hey team, standup moved to 10",
        "thanks all, closing the incident",
        "ping the db team if lag grows",
        "ping me when it is back",
        "hey folks, prod freeze starts friday",
        "thanks again for the quick review",
        "cc oncall",
        "assigned to backlog, low prio",
        "@here the deploy is paused",
        "ping gateway-1 fails from the bastion",
        "hey can someone restart the consumer?",
        "thanks for the heads up, will check",
        "reviewed by [[PERSON:oluwaseun]], merging now",
        "connection reset by peer on the ingress",
    ),
    "dob": (
        "employee born on the [[DATE_OF_BIRTH:22nd of November 1981]] per HR file",
        "DOB [[DATE_OF_BIRTH:1.3.77]], account locked after three tries",
        "patient geboren am [[DATE_OF_BIRTH:3.4.82]], Versicherung fehlt",
        "Geburtsdatum: [[DATE_OF_BIRTH:12.03.1985]]",
        "né le [[DATE_OF_BIRTH:5 mai 1979]] à [[LOCATION:Lyon]]",
        "date de naissance : [[DATE_OF_BIRTH:05/05/1979]]",
        "data di nascita [[DATE_OF_BIRTH:12/03/1984]]",
        "her date of birth, per the passport, is [[DATE_OF_BIRTH:1.3.77]]",
        "geb. [[DATE_OF_BIRTH:07.11.63]] laut Ausweis",
        "birthday is the [[DATE_OF_BIRTH:3rd of March 1990]]",
        "geboortedatum [[DATE_OF_BIRTH:14-02-1988]]",
        "the release on the 22nd of November 2026 is frozen",
        "rolled 1.3.77 to the canary",
        "the 3.4.82 chart pins the old image",
        "maintenance window 12.03.2026 02:00-04:00",
    ),
    "products": (
        "Jenkins failed again on main, [[PERSON:Priya]] is looking",
        "ask [[PERSON:Tom]] to restart Jenkins",
        "the Jupyter kernel died during the export",
        "Grafana Loki is dropping logs since 02:00",
        "Apache Spark job stuck on stage 4",
        "Spark Streaming restarted at 02:00",
        "Apache Kafka said the partition leader moved",
        "Travis CI is red for the docs repo",
        "Cassandra compaction took four hours",
        "Airflow scheduler lost its heartbeat",
        "Jupyter Notebook server returned 502",
        "Hermes restarted after the OOM",
        "Argo Workflows retried the step twice",
        "Elastic Cloud deployment is degraded",
        "Redis Sentinel failed over to replica 2",
        "Prometheus Alertmanager paged [[PERSON:Lena Fischer]]",
        "[[PERSON:Franz Kafka]] is not the broker",
        "[[PERSON:Rebecca Jenkins]] approved the change",
        "Victoria Metrics ingestion fell behind",
    ),
    "ops_negatives": (
        "pod payments-api-7f9c8d-x2k4q restarted 3 times",
        "node ip-10-0-4-12.ec2.internal NotReady",
        "build 20261203.4 failed on arm64",
        "upgraded to 1.27.3 on 2026-12-03T02:14:07Z",
        "trace 4bf92f3577b34da6a3ce929d0e0e4736 slow",
        "ERROR 2026/12/03 02:14:07 connection reset by peer",
        "request id 550e8400-e29b-41d4-a716-446655440000",
        "job ran 1204 times, 3 failed, exit 137",
        "kafka-broker-2 lag 120045 at 02:14:07.123",
        "Deployment checkout-v2 scaled from 4 to 12 replicas",
        "StatefulSet Cassandra-Ring ready 3/3",
        "commit 9f2c1e7 by ci-bot bumped chart 4.2.1 -> 4.3.0",
        "epoch 1733280000 maps to 2024-12-04",
        "port 5432 refused on pg-primary-0",
        "p99 latency 1.234 s, 2026.12.03 rollup",
        "image registry.internal/team/api:2026.12.03-1",
        "Mimir ruler evaluated 1204 rules",
        "INC-20431 closed, RCA in CONF-7781",
        "Job Nightly-Billing took 00:43:12",
        "Grafana dashboard Austin Traffic shows p95 220ms",
        "customer id 4471-2291 order 000123 shipped",
    ),
    "caps": (
        "CALL [[PERSON:JOHN]] BACK ASAP",
        "PLEASE CALL MRS [[PERSON:ANDERSON]] BACK TODAY",
        "CUSTOMER [[PERSON:MARIA GONZALEZ]] CALLED TWICE",
        "TICKET FROM [[PERSON:OKAFOR, NGOZI]] RE LOCKED ACCOUNT",
        "URGENT: [[PERSON:PETER MEYER]] NEEDS ACCESS TODAY",
        "REFUND FOR [[PERSON:LINDA PARK]] APPROVED",
        "CALLBACK REQUESTED BY MR [[PERSON:PATEL]]",
        "EMPLOYEE [[PERSON:HANS MUELLER]] DOB [[DATE_OF_BIRTH:12.03.1985]]",
        "SERVICE DOWN PLEASE ADVISE ASAP",
        "CALL BACK TOMORROW MORNING",
        "DISK FULL ON NODE 4 AGAIN",
        "JENKINS BUILD FAILED AGAIN",
    ),
    "address_hr": (
        "new hire [[PERSON:Anna Müller]], address [[LOCATION:Hauptstraße 12, 10115 Berlin]]",
        "ship the laptop to [[LOCATION:42 Elm Street, Springfield]]",
        "employee [[PERSON:Jonas Weber]] moved to [[LOCATION:Rue de Rivoli 18, 75001 Paris]]",
        "payroll: [[PERSON:Carlos Ruiz]], IBAN [[IBAN_CODE:DE89 3704 0044 0532 0130 00]]",
        "badge request for [[PERSON:Sofia Rossi]], start date 2026-01-05",
        "NEW ADDRESS: [[LOCATION:12 HIGH STREET, LEEDS]]",
        "ship to [[LOCATION:4 King Road, Bristol BS1 4DJ]] by friday",
        "office move to building 4, floor 2, desk 17",
        "the cluster lives in eu-west-1 and us-east-2",
    ),
}


def pii_ops_dev_cases() -> list[PiiCase]:
    """The dev cases, in the order written (kind = section)."""
    return marked_cases(OPS_DEV, "dev")
