"""A blind PII probe set in operations language: 120 hand-written texts with gold spans, written in one sitting
(session 17, issue #14.6) *before* the detector was scored on it.

Development data since session 20: its items are read and rules are written on them, so a figure on it is no
longer blind (leave-one-set-out figures are in docs/toxicity_pii_sets.md).

Texts are incident notes, tickets, on-call handovers, chat, log lines, config snippets and CSV rows, marked with
``[[LABEL:value]]`` like :mod:`pii_cases`. What the set decides (docs/toxicity_pii_sets.md, "Blind probe set"):

- PERSON: the name itself, particles included ("van der Berg", "bin", "de la"), titles ("Dr.") and "@" excluded;
  names in any casing. A name inside an e-mail address is covered by the e-mail span only.
- DATE_OF_BIRTH: the date after a birth cue, in any format or language (a CSV ``dob`` column counts as a cue).
- PHONE_NUMBER without "tel:" prefixes; EMAIL_ADDRESS; IP_ADDRESS, internal (10.x, 192.168.x) ones included;
  URL_CREDENTIALS for any URL holding ``user:password@``; URL for public web addresses and domains (the scanner's
  default types include them); CREDIT_CARD and IBAN_CODE (published test numbers); LOCATION for places.
- Hard negatives carry no marker: version strings, ISO timestamps, build ids, hostnames without a public TLD,
  service names that look like names (Cassandra, Jenkins, Hermes), Kubernetes pod names, order and ticket ids,
  ports, PIDs, durations, months and modal verbs that are also first names (April, Will, Grace period).

After the first score (commit recorded in the doc) the set is *no longer blind*: rules were then improved with its
misses in view, so later figures on it are a regression check, not a generalisation estimate.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.pii_cases import PiiCase, marked_cases

__all__ = ["BLIND", "pii_blind_cases"]

BLIND: dict[str, tuple[str, ...]] = {
    "lower_names": (
        "handover: [[PERSON:kwame mensah]] and [[PERSON:aroha ngata]] share the pager this weekend",
        "thx [[PERSON:sofia rossi]], the restore worked",
        "escalating to [[PERSON:nguyen van an]] since [[PERSON:li na]] is out",
        "@here [[PERSON:olumide bakare]] will drive the rollback, [[PERSON:jane o'neill]] takes comms",
        "approved-by: [[PERSON:dmitri volkov]]",
        "spoke with [[PERSON:priyanka deshpande]] from billing, she confirmed the double charge",
        "reporter: [[PERSON:tomasz kowalski]] | assignee: [[PERSON:yuki tanaka]]",
        "pairing with [[PERSON:mei lin]] on the flaky test, [[PERSON:hemi walker]] reviews",
        "reassigned from [[PERSON:ahmed hassan]] to [[PERSON:ingrid johansson]]",
        "shift notes by [[PERSON:carlos mendoza]]: queue drained at 03:10",
        "who owns the cron? [[PERSON:fatou diallo]] or [[PERSON:bongani ndlovu]]?",
        "lgtm from [[PERSON:chloe dubois]], merging",
    ),
    "caps_and_particles": (
        "Account owner: [[PERSON:MARIA JOSE DA SILVA]]",
        "Customer [[PERSON:Maarten van der Berg]] reports the invoice PDF is blank",
        "Refund issued to [[PERSON:Ana María de la Cruz]] after the duplicate capture",
        "Badge revoked for [[PERSON:Muhammad bin Salleh]] on his last day",
        "[[PERSON:Jean-Luc Moreau-Lefebvre]] asked for read access to the audit bucket",
        "KYC hold: [[PERSON:SITI NURHALIZA BINTI TARUDIN]], documents pending",
        "Handover from [[PERSON:Ludwig von Hohenberg]] to [[PERSON:Seán Ó Súilleabháin]]",
        "NAME: [[PERSON:OKONKWO, CHIDINMA]]  STATUS: VERIFIED",
        "[[PERSON:Mary-Kate O'Brien]] is the approver for prod changes this month",
        "Signed off by [[PERSON:Pieter de Vries]] (CAB)",
    ),
    "world_names": (
        "[[PERSON:Nguyễn Thị Hương]] opened the ticket at 09:14",
        "[[PERSON:Thandiwe Nkosi]] rotated the keys on Friday",
        "Please add [[PERSON:Tenzin Dorje]] and [[PERSON:Aigerim Nurlanovna]] to the rota",
        "Escalated by [[PERSON:Gurpreet Singh]], customer success",
        "[[PERSON:Ayşe Yıldız]] confirmed the failover drill passed",
        "The contractor [[PERSON:Kaveh Rostami]] needs VPN access until March",
        "[[PERSON:Björn Ångström]] restarted the consumer group",
        "Interview panel: [[PERSON:Xu Mingyu]], [[PERSON:Leilani Kahananui]] and [[PERSON:Sipho Dlamini]]",
        "[[PERSON:Ólafur Ragnarsson]] is on leave, ask [[PERSON:Nomvula Mthembu]] instead",
        "Complaint from [[PERSON:Yerlan Abenov]] about the 2FA SMS never arriving",
        "[[PERSON:Rahul Venkatesh]] and [[PERSON:Adaeze Nwachukwu]] own the payments runbook",
        "Ticket closed by [[PERSON:Park Seo-yeon]]",
    ),
    "ambiguous_names": (
        "[[PERSON:Jordan]] will take the 2am page, [[PERSON:Kim]] has the morning",
        "[[PERSON:Jordan Lee]] merged the hotfix",
        "our new datacenter partner is based in [[LOCATION:Jordan]]",
        "[[PERSON:Kim]] said the cert is renewed",
        "Will restart the ingress pods after the freeze",
        "[[PERSON:Will Turner]] is reviewing the terraform plan",
        "the April release slipped to May",
        "[[PERSON:April Chen]] owns the data retention ticket",
        "grace period for the old API key ends Friday",
        "[[PERSON:Grace Okoye]] signed the DPA",
        "latency from the [[LOCATION:Paris]] region is up 40 ms",
        "[[PERSON:Paris Hilton]] is not a valid test user, use the fixtures",
        "[[PERSON:Summer Davis]] joined the on-call rotation; summer traffic peaks next week",
        "Cassandra compaction is behind on node 3",
        "Hermes queue backed up, Jenkins job retried twice",
        "[[PERSON:Hope Mwangi]] hopes to finish the migration today",
    ),
    "dob": (
        "DOB: [[DATE_OF_BIRTH:1979.07.04]], matches the ID scan",
        "customer dob [[DATE_OF_BIRTH:04/07/1979]] (dd/mm)",
        "born [[DATE_OF_BIRTH:1990-03-03]] per the HR export",
        "geburtsdatum: [[DATE_OF_BIRTH:03.03.1985]]",
        "Kunde geboren am [[DATE_OF_BIRTH:3. März 1985]] laut Ausweis",
        "né le [[DATE_OF_BIRTH:14 juillet 1979]], vérifier la pièce d'identité",
        "fecha de nacimiento: [[DATE_OF_BIRTH:12/05/1990]]",
        "date of birth [[DATE_OF_BIRTH:21-Oct-1979]] entered wrongly",
        "Date Of Birth: [[DATE_OF_BIRTH:October 21, 1979]]",
        "b. [[DATE_OF_BIRTH:2 February 1988]], age check passed",
        "birthdate=[[DATE_OF_BIRTH:19880202]] in the payload",
        "her birthday is the [[DATE_OF_BIRTH:5th of May 1992]], the form says otherwise",
        "D.O.B [[DATE_OF_BIRTH:1992/05/05]]",
        "id,name,email,dob\n1042,[[PERSON:kwame mensah]],[[EMAIL_ADDRESS:kwame.mensah@example.org]],"
        "[[DATE_OF_BIRTH:1979-07-04]]",
    ),
    "phones": (
        "vendor NOC: [[PHONE_NUMBER:+33 1 42 68 53 00]]",
        "call the [[LOCATION:Tokyo]] office on [[PHONE_NUMBER:+81 3-1234-5678]]",
        "on-call mobile [[PHONE_NUMBER:+91 98765 43210]]",
        "[[LOCATION:Sydney]] bridge [[PHONE_NUMBER:+61 2 9374 4000]], PIN 4471",
        "customer callback [[PHONE_NUMBER:+55 11 91234-5678]]",
        "[[LOCATION:Lagos]] support desk [[PHONE_NUMBER:+234 803 123 4567]]",
        "ring me on [[PHONE_NUMBER:07700 900123]] if slack is down",
        "tel: [[PHONE_NUMBER:+49 89 1234567]]",
        "escalation: [[PHONE_NUMBER:0049 30 12345678]] (German hotline)",
        "US support [[PHONE_NUMBER:+1-212-555-0199]], ask for tier 2",
        "[[LOCATION:Dublin]] office [[PHONE_NUMBER:+353 1 234 5678]]",
        "[[LOCATION:Seoul]] DC hands: [[PHONE_NUMBER:+82 10-1234-5678]]",
        "contact number (415) 555 0132 is fake, do not call",
        "[[LOCATION:Cape Town]] [[PHONE_NUMBER:+27 21 123 4567]] for the colo",
    ),
    "contact_and_network": (
        "2026-12-04T10:22:31Z INFO auth login ok user=[[EMAIL_ADDRESS:maria.gonzalez@acme.io]] "
        "ip=[[IP_ADDRESS:203.0.113.45]]",
        "blocked [[IP_ADDRESS:198.51.100.7]] after 300 failed logins",
        "db primary moved to [[IP_ADDRESS:10.20.3.14]], replica at [[IP_ADDRESS:10.20.3.15]]",
        "ssh bastion [[IP_ADDRESS:192.168.1.10]] port 2222",
        "ipv6 peer [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]] flapping",
        "send the RCA to [[EMAIL_ADDRESS:oncall-lead@corp.example.com]] and [[EMAIL_ADDRESS:j.ndlovu@partner.co.za]]",
        "bounce from [[EMAIL_ADDRESS:KWAME.MENSAH@EXAMPLE.ORG]]: mailbox full",
        "From: [[PERSON:Lena Fischer]] <[[EMAIL_ADDRESS:lena.fischer@example.de]]>",
        "status page at [[URL:https://status.example.com/incidents/4411]] updated",
        "x-forwarded-for: [[IP_ADDRESS:172.16.254.1]], [[IP_ADDRESS:203.0.113.9]]",
    ),
    "credentials": (
        "DATABASE_URL=[[URL_CREDENTIALS:postgres://app:Xk9!pw@db-primary:5432/orders]]",
        "broker: [[URL_CREDENTIALS:amqp://guest:guest@rabbitmq:5672/]]",
        "git remote set-url origin [[URL_CREDENTIALS:https://deploy-bot:ghp_x8Kq2@github.example.com/org/app.git]]",
        "MONGO_URI=[[URL_CREDENTIALS:mongodb+srv://admin:P%40ssw0rd@cluster0.mongo.internal/test]]",
        "proxy set to [[URL_CREDENTIALS:http://svc_proxy:winter2026@10.0.0.5:3128]]",
        "  url: [[URL_CREDENTIALS:smtp://alerts:hunter2@mail.corp.local:587]]",
        "sftp [[URL_CREDENTIALS:sftp://etl:Q1w2e3r4@files.partner.net/inbound]] timed out",
        "connection string jdbc leaked: [[URL_CREDENTIALS:mysql://root:toor@127.0.0.1:3306/app]]",
    ),
    "finance": (
        "customer read out card [[CREDIT_CARD:4111 1111 1111 1111]] on the call, scrub the recording",
        "test charge on [[CREDIT_CARD:5555555555554444]] declined",
        "amex [[CREDIT_CARD:378282246310005]] flagged by fraud",
        "refund to IBAN [[IBAN_CODE:DE89 3704 0044 0532 0130 00]]",
        "payout account [[IBAN_CODE:GB82WEST12345698765432]] bounced",
        "iban: [[IBAN_CODE:NL91 ABNA 0417 1643 00]], holder [[PERSON:Femke Jansen]]",
    ),
    "negatives": (
        "rolled out 1.2.3.4567 to the canary fleet",
        "agent version v2.10.0-rc1 crashes on arm64",
        "build 20261204.3 failed at the lint step",
        "deployed at 2026-12-04T10:22:31Z, rolled back at 2026-12-04 10:41",
        "pod payments-api-7d9f8b6c5-x2k4p OOMKilled, restarted 14 times",
        "order ORD-2026-000123 stuck in pending since 09:00",
        "ticket INC0012345 linked to CHG0004471",
        "PID 4412773 held the lock for 1203 ms",
        "node ip-10-0-3-17.ec2.internal NotReady",
        "bumped postgres from 15.4 to 16.1 and redis 7.2.4",
        "txn 4410-2291-0031-7 retried 3 times",
        "epoch 1733304000 is where the gap starts",
        "commit 9f8e7d6c merged into release/2026.12",
        "disk at 91.5%, inode use 72.30%",
        "helm chart grafana-8.5.1 pinned, prometheus 2.42.0",
        "cron 0 3 * * 1-5 runs the backup job",
        "shard 12 of 64 lagging by 3600 s",
        "kafka offset 88123456 on partition 7",
        "nginx 1.25.3 upstream 10.4.12 (chart version) is fine",
        "java.lang.OutOfMemoryError at com.acme.orders.Worker.run(Worker.java:212)",
        "metrics: p99 1250ms p95 830ms p50 120ms over 2026-12-01..2026-12-03",
        "Victoria and Elastic are both on the shortlist for the metrics store",
        "svc-harbor, svc-argo and svc-ceph restarted after the kernel patch",
        "ran terraform 1.6.6 against aws provider 5.31.0",
        "job nightly-etl-20261203-0200 finished in 00:42:17",
        "uuid 3f2b9c1e-8a4d-4e6f-9b21-0c7d5e4a1f33 in the trace",
        "error code 0x80070005 from the windows agent",
        "rate limit 1000 req/min, burst 250, window 60 s",
        "see RFC 7231 section 6.5.1",
        "ASG min 3 max 12 desired 6, AMI ami-0a1b2c3d4e5f67890",
    ),
    "mixed": (
        "INC-4471 summary: [[PERSON:kwame mensah]] noticed the 502s at 02:14 UTC; [[PERSON:Jordan]] paged the DB "
        "team.\n"
        "Root cause: v3.4.1 of the pooler leaked connections. Customer contact [[PERSON:Aroha Ngata]], "
        "[[PHONE_NUMBER:+64 9 123 4567]].",
        "handover\n- [[PERSON:tanaka hiroshi]]: watch the replication lag on pg-03\n- [[PERSON:grace liu]]: "
        "cert renewal for [[URL:api.example.com]]\n- nothing else",
        "user [[PERSON:Olga Petrova]] ([[EMAIL_ADDRESS:olga.p@example.net]], born [[DATE_OF_BIRTH:12.11.1983]]) "
        "cannot log in from [[IP_ADDRESS:81.2.69.160]]",
        '{"user": "[[PERSON:ravi shankar]]", "phone": "[[PHONE_NUMBER:+91 22 2778 1234]]", "ver": "1.2.3.4567"}',
        "ALERT host=db-7 ts=2026-12-04T03:00:00Z msg='replica lag 1.2.3' owner=[[PERSON:ingrid berg]]",
    ),
}


def pii_blind_cases() -> list[PiiCase]:
    """Every blind case, in the order written (part ``"blind"``, kind = the section it was written under)."""
    return marked_cases(BLIND, "blind")
