"""A second blind PII probe set in operations language: hand-written texts with gold spans, written in one sitting
(session 18, issue #14.6) *before* the detector was scored on them, and before its author read the PII rules or the
first blind set's texts (:mod:`pii_blind`, whose format and gold conventions it follows).

Development data since session 20: its items are read and rules are written on them, so a figure on it is no
longer blind (leave-one-set-out figures are in docs/toxicity_pii_sets.md).

Texts are incident notes, tickets, support chats, log lines, CSV and JSON rows, e-mail signatures, on-call handovers
and commit messages, marked with ``[[LABEL:value]]`` like :mod:`pii_cases`. What counts as gold:

- PERSON: the name itself, particles included ("van der", "de la", "bin", "al-"), titles and "@" excluded; names in
  any casing and order ("OKAFOR, NGOZI" is one span); a lone first name that refers to a person counts. A name
  inside an e-mail address is covered by the e-mail span only.
- DATE_OF_BIRTH: the date after a birth cue (born, DOB, d.o.b., geb., né le, doğum tarihi, a ``dob`` column...),
  in any notation or language.
- PHONE_NUMBER (without "tel:"), EMAIL_ADDRESS, IP_ADDRESS (internal ones count), URL_CREDENTIALS (the whole URL
  holding ``user:password@``, any scheme), URL (public web addresses and domains), CREDIT_CARD and IBAN_CODE
  (published test numbers with valid checksums), LOCATION (a street address as one span, or a city or country
  named as where a person is or lives).
- Hard negatives carry no marker: version strings, ISO timestamps, build ids, sha hashes, UUIDs, hostnames without
  a public TLD, service and product names that look like names (victoria-metrics, Elastic, Jenkins, Kafka, Grafana,
  Loki, Tempo, Athena, Harbor...), error codes, order and account numbers, ports, PIDs, epoch seconds, durations.

After the first score (commit recorded in docs/toxicity_pii_sets.md) the set is *no longer blind*: rules were then
improved with its misses in view, so later figures on it are a regression check, not a generalisation estimate.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.pii_cases import PiiCase, marked_cases

__all__ = ["BLIND2", "pii_blind2_cases"]

BLIND2: dict[str, tuple[str, ...]] = {
    "lower_names": (
        "on-call this week: [[PERSON:nguyen thi hoa]], backup [[PERSON:adebayo ogunleye]]",
        "ack'd by [[PERSON:zhang wei]] at 04:12, mitigation in progress",
        "thanks [[PERSON:priya raghunathan]] for the quick fix on the ingest lag",
        "[[PERSON:mehmet yilmaz]] is looking into the disk alert on storage-4",
        "cc [[PERSON:agnieszka wisniewska]] [[PERSON:joao pereira]]",
        "assignee=[[PERSON:kim min-jun]] status=in_progress prio=P2",
        "per [[PERSON:fatemeh ahmadi]] the vendor patch lands tomorrow",
        "handing off to [[PERSON:chukwuemeka eze]], he has the context on the dns flap",
        "[[PERSON:tran minh duc]] and [[PERSON:wojciech nowak]] paired on the migration",
        "reviewed-by: [[PERSON:ayse demir]]",
        "can someone ping [[PERSON:lucas oliveira]]? his deploy is stuck",
        "[[PERSON:park ji-hoon]] rolled back the config at 11:02",
        "customer [[PERSON:reza karimi]] says the invoice total is wrong",
        "notes from [[PERSON:aisha bello]]: replica caught up, closing",
        "[[PERSON:arjun nair]] to own the postmortem, [[PERSON:liu yang]] to write the timeline",
        "hi team, [[PERSON:sipho dlamini]] here, taking over from [[PERSON:olga ivanova]]",
        "escalated by [[PERSON:hoang anh tuan]] after the second page",
        "[[PERSON:bui thu trang]] please confirm the backup restore",
        "co-authored-by: [[PERSON:rafael costa]]",
        "waiting on [[PERSON:emeka nwosu]] for the firewall change",
        "[[PERSON:li jun]] approved, [[PERSON:wang fang]] requested changes",
        "shift lead: [[PERSON:zeynep kaya]]",
    ),
    "upper_names": (
        "CUSTOMER: [[PERSON:ADEBAYO OGUNLEYE]] ACCOUNT LOCKED AFTER 5 ATTEMPTS",
        "NAME,[[PERSON:OKAFOR, NGOZI]]",
        "PASSENGER [[PERSON:NGUYEN VAN BINH]] REBOOKED ON NEXT FLIGHT",
        "REQUESTED BY [[PERSON:SARAH O'CONNOR]] - URGENT",
        "HOLDER [[PERSON:WANG FANG]] CARD ENDING 4421 DECLINED",
        "[[PERSON:YILMAZ, MEHMET]] / EMPLOYEE 88213 / BADGE DISABLED",
        "ATTN: [[PERSON:CHIOMA ADEYEMI]]",
        "REFUND APPROVED FOR [[PERSON:JOAO DA SILVA]]",
        "ON CALL: [[PERSON:RAHUL VERMA]] (PRIMARY) [[PERSON:KAVEH ROSTAMI]] (SECONDARY)",
        "BENEFICIARY: [[PERSON:MOHAMMED AL-SAYED]]",
        "CONTACT [[PERSON:PIOTR ZIELINSKI]] BEFORE RESTARTING THE BATCH",
        "SIGNED OFF BY [[PERSON:LEE SEO-YEON]]",
    ),
    "particles": (
        "escalated to [[PERSON:Jan van der Linden]] (network team)",
        "[[PERSON:maria de la cruz]] reported the outage via phone",
        "contact person: [[PERSON:Ahmad bin Ibrahim]], ops Kuala Lumpur",
        "[[PERSON:Khalid al-Rashid]] signed the change request CR-2291",
        "reviewer [[PERSON:Pieter de Vries]] asked for a canary first",
        "[[PERSON:Ana dos Santos]] from finance needs the export again",
        "[[PERSON:Nur Aisyah binti Hassan]] joined the bridge at 09:40",
        "thanks [[PERSON:Leonardo da Silva]] for the heads-up",
        "[[PERSON:Katharina von Stein]] owns the SAP interface",
        "[[PERSON:omar al-farouq]] cannot reach the vpn",
        "[[PERSON:Sophie van den Berg]] and [[PERSON:Lars ter Horst]] are in the war room",
        "account manager: [[PERSON:Juan Carlos de los Rios]]",
        "[[PERSON:Hamid Abu Bakr]] approved the spend",
        "[[PERSON:Fatima El Amrani]] reports login loops on mobile",
        "[[PERSON:DE LA FUENTE, ISABEL]] - request #4471",
    ),
    "world_names": (
        "[[PERSON:Chidinma Okonkwo]] restarted the consumer group",
        "Incident commander: [[PERSON:Kaveh Rostami]]",
        "[[PERSON:Nguyễn Thị Hoa]] confirmed the root cause",
        "ping [[PERSON:Łukasz Wróbel]] about the terraform state lock",
        "[[PERSON:Çağla Öztürk]] is out until Monday, [[PERSON:Emre Şahin]] covers",
        "[[PERSON:Xu Mingyu]] merged the hotfix",
        "[[PERSON:Oluwaseun Adeyemi]] noticed the cert expiry warning",
        "[[PERSON:Siddharth Krishnamurthy]] will run the load test tonight",
        "[[PERSON:Thiago Nascimento]] opened a ticket with the CDN vendor",
        "[[PERSON:Bahareh Moradi]] is the product owner for checkout",
        "[[PERSON:Đặng Văn Lâm]] on the bridge",
        "[[PERSON:Yerlan Abenov]] fixed the cron expression",
        "[[PERSON:Tunde Bakare]] and [[PERSON:Ngozi Eze]] are driving the rollback",
        "thanks [[PERSON:Reza]], that did it",
        "[[PERSON:Mehmet]] said the queue is draining now",
        "pair with [[PERSON:Hyun-woo Choi]] on the indexer",
        "[[PERSON:Małgorzata Kamińska]] requested access to prod logs",
        "[[PERSON:Abdulrahman Al Qahtani]] joined from the Riyadh office",
        "[[PERSON:Lakshmi Venkataraman]] owns the runbook now",
        "handover from [[PERSON:Farhad Jafari]] to [[PERSON:Mai Anh Pham]]",
        "[[PERSON:Rodrigo Ferreira]] — SRE, payments",
        "[[PERSON:Ji-yeon Kang]] updated the on-call rotation",
    ),
    "contact": (
        "call me on [[PHONE_NUMBER:+64 9 309 1234]] if it pages again",
        "customer phone: [[PHONE_NUMBER:+234 803 123 4567]]",
        "whatsapp [[PHONE_NUMBER:+91 98765 43210]] (field engineer)",
        "contato: [[PHONE_NUMBER:+55 11 91234-5678]]",
        "UK desk [[PHONE_NUMBER:0044 20 7946 0958]]",
        "mobile [[PHONE_NUMBER:+44 7700 900123]], office [[PHONE_NUMBER:+49 30 901820]]",
        "Tel. [[PHONE_NUMBER:+48 22 123 45 67]]",
        "numara: [[PHONE_NUMBER:+90 212 555 12 34]]",
        "backup contact [[PHONE_NUMBER:+82 10-1234-5678]]",
        "the NOC in Saigon: [[PHONE_NUMBER:+84 28 3823 4567]]",
        "vendor support line [[PHONE_NUMBER:+971 4 123 4567]]",
        "phone=[[PHONE_NUMBER:+86 138 0013 8000]]",
        "call [[PHONE_NUMBER:(415) 555-0132]] for the bridge",
        "Sydney office [[PHONE_NUMBER:+61 2 9374 4000]]",
        "reach [[PERSON:Tomás]] at [[PHONE_NUMBER:+353 1 234 5678]]",
        "mail [[EMAIL_ADDRESS:ngozi.okafor@example.ng]] the report",
        "reply-to: [[EMAIL_ADDRESS:support+ticket-4471@helpdesk.example.com]]",
        "invite [[EMAIL_ADDRESS:wojtek.nowak@firma.pl]] and [[EMAIL_ADDRESS:h.tran@example.vn]] to the channel",
        "From: [[PERSON:Ravi Kumar]] <[[EMAIL_ADDRESS:ravi.kumar@example.in]]>",
        "bounce for [[EMAIL_ADDRESS:FATIMA.ALI@EXAMPLE.AE]]: mailbox full",
        "national format [[PHONE_NUMBER:020 7946 0018]] on the form",
        "Handy: [[PHONE_NUMBER:0171 2345678]]",
        "fone fixo [[PHONE_NUMBER:(21) 3456-7890]]",
        "phone number [[PHONE_NUMBER:+27 21 123 4567]], ask for [[PERSON:Thabo]]",
    ),
    "signatures": (
        "--\n[[PERSON:Oksana Melnyk]]\nSenior SRE\n[[PHONE_NUMBER:+380 44 123 4567]] | "
        "[[EMAIL_ADDRESS:oksana@example.ua]]",
        "Best regards,\n[[PERSON:Pham Quoc Bao]]\nNOC Team Lead\nM: [[PHONE_NUMBER:+84 90 123 45 67]]",
        "Thanks,\n[[PERSON:Aditi Sharma]] | Platform Engineering | [[URL:www.example.com]]",
        "Saludos,\n[[PERSON:Alejandro Gómez]]\n[[LOCATION:Calle de Alcalá 45, 28014 Madrid]]",
        "Kind regards\n[[PERSON:Obinna Chukwu]]\nLagos DC Operations\n[[PHONE_NUMBER:+234 1 270 1234]]",
        "Pozdrawiam,\n[[PERSON:Krzysztof Lewandowski]]\ntel. [[PHONE_NUMBER:+48 601 234 567]]",
        "Sent from my phone — [[PERSON:Hassan Nasser]], [[PHONE_NUMBER:+966 50 123 4567]]",
        "Atenciosamente,\n[[PERSON:Beatriz Almeida]]\n[[EMAIL_ADDRESS:beatriz.almeida@empresa.com.br]]",
    ),
    "dob": (
        "patient record: [[PERSON:Amara Obi]], born [[DATE_OF_BIRTH:4 June 1992]]",
        "DOB: [[DATE_OF_BIRTH:1987-03-03]]",
        "d.o.b. [[DATE_OF_BIRTH:03/07/1991]] (verify against passport)",
        "geb. [[DATE_OF_BIRTH:14.02.1979]] in [[LOCATION:Köln]]",
        "date of birth: [[DATE_OF_BIRTH:March 3rd, 1987]]",
        "né le [[DATE_OF_BIRTH:5 juin 1990]]",
        "birthday [[DATE_OF_BIRTH:1990.05.17]] on the KYC form",
        "born on the [[DATE_OF_BIRTH:4th of July 1976]]",
        "fecha de nacimiento: [[DATE_OF_BIRTH:12/10/1988]]",
        "doğum tarihi [[DATE_OF_BIRTH:23.04.1992]]",
        "DOB [[DATE_OF_BIRTH:12-Jan-1984]], nationality NG",
        "name,dob,city\n[[PERSON:lin mei]],[[DATE_OF_BIRTH:1995-08-21]],[[LOCATION:Shenzhen]]",
        '{"name": "[[PERSON:Arash Tehrani]]", "birth_date": "[[DATE_OF_BIRTH:1983-11-09]]"}',
        "customer says she was born in [[DATE_OF_BIRTH:1979]]",
        "DOB=[[DATE_OF_BIRTH:19850412]]",
        "data urodzenia: [[DATE_OF_BIRTH:07.09.1969]]",
        "b. [[DATE_OF_BIRTH:21 Oct 1979]] — matches the ID scan",
        "birth date [[DATE_OF_BIRTH:2/29/1996]] rejected by the validator",
    ),
    "finance": (
        "test card [[CREDIT_CARD:4111 1111 1111 1111]] declined with code 05",
        "pan=[[CREDIT_CARD:5555555555554444]] exp=12/28",
        "Amex [[CREDIT_CARD:3782 822463 10005]] charged twice",
        "card: [[CREDIT_CARD:6011-1111-1111-1117]]",
        "refund to [[CREDIT_CARD:4000056655665556]] pending",
        "IBAN [[IBAN_CODE:GB82 WEST 1234 5698 7654 32]] for the payout",
        "beneficiary account [[IBAN_CODE:DE89370400440532013000]]",
        "rekening [[IBAN_CODE:NL91 ABNA 0417 1643 00]]",
        "IBAN: [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]]",
        "hesap [[IBAN_CODE:TR33 0006 1005 1978 6457 8413 26]]",
        "wire to [[IBAN_CODE:SA03 8000 0000 6080 1016 7519]] failed: beneficiary bank offline",
        "payout,[[PERSON:Mariana Souza]],[[IBAN_CODE:BR1800360305000010009795493C1]],BRL 1200.00",
        "card number [[CREDIT_CARD:3530 1113 3330 0000]] (JCB) flagged",
        "Diners [[CREDIT_CARD:3056 9309 0259 04]] not supported",
    ),
    "network": (
        "failed login for root from [[IP_ADDRESS:203.0.113.45]] port 52113 ssh2",
        "upstream [[IP_ADDRESS:10.12.4.7]]:8080 timed out",
        "client_ip=[[IP_ADDRESS:192.168.1.23]] user_agent=curl/8.4.0",
        "blocked [[IP_ADDRESS:2001:db8::ff00:42:8329]] at the WAF",
        "DB_URL=[[URL_CREDENTIALS:postgres://app_rw:Tr0ub4dor&3@db.internal:5432/orders]]",
        "clone with [[URL_CREDENTIALS:https://ci-bot:ghp_x7Kq92mZ@github.com/acme/deploy.git]] (rotate this!)",
        "amqp: [[URL_CREDENTIALS:amqp://guest:guest@rabbit-1:5672/%2F]]",
        "mongo [[URL_CREDENTIALS:mongodb+srv://admin:P%40ssw0rd@cluster0.example.net/test]]",
        "proxy [[URL_CREDENTIALS:http://svc_proxy:Winter2026!@172.16.0.5:3128]]",
        "ftp [[URL_CREDENTIALS:ftp://anon:anon123@files.example.org/pub]]",
        "status page [[URL:https://status.example.com/incidents/8812]]",
        "see [[URL:https://docs.example.org/runbooks/kafka-lag]] for the steps",
        "origin [[IP_ADDRESS:198.51.100.7]] behind [[URL:cdn.example.net]]",
        "ssh [[PERSON:chidi]]@[[IP_ADDRESS:10.0.3.17]]",
        "redis [[URL_CREDENTIALS:redis://:s3cretpass@cache-2.internal:6379/1]]",
    ),
    "addresses": (
        "ship the replacement disk to [[LOCATION:221B Baker Street, London NW1 6XE]]",
        "billing address: [[LOCATION:Rua Augusta 1500, São Paulo, SP 01304-001]]",
        "customer moved to [[LOCATION:Ul. Marszałkowska 84, 00-514 Warszawa]]",
        "[[LOCATION:12 Adeola Odeku Street, Victoria Island, Lagos]]",
        "site visit at [[LOCATION:1600 Amphitheatre Parkway, Mountain View, CA 94043]]",
        "deliver to [[LOCATION:Flat 3, 45 Ponsonby Road, Auckland 1011]]",
        "address,[[LOCATION:Istiklal Caddesi No:120 Beyoglu Istanbul]]",
        "the customer lives in [[LOCATION:Hanoi]] and works nights",
        "engineer based in [[LOCATION:Bengaluru]], on call in IST",
        "return label for [[LOCATION:Hauptstraße 5, 10827 Berlin]]",
    ),
    "negatives": (
        "victoria-metrics is at 92% disk, bump retention down to 30d",
        "Elastic cluster health went yellow at 02:00",
        "jenkins job build-api #4471 failed on stage test",
        "kafka consumer lag 120k on topic orders.v2",
        "Grafana dashboard 'API latency' shows p99 1.8s",
        "Victoria and Elastic both need a reindex after the upgrade",
        "Loki query timed out; Tempo traces still fine",
        "Athena query cost spiked to $45 yesterday",
        "Harbor garbage collection freed 300 GiB",
        "restarted Sentry relay and Vault agent",
        "upgrade from v2.14.3 to v2.15.0-rc.1+build.20261204",
        "kernel 6.1.0-18-amd64, glibc 2.36",
        "release 2026.12.1 tagged, previous 2026.11.4",
        "windows build 10.0.19045.3570 on the kiosk",
        'ts=2026-12-04T03:14:07.123Z level=error msg="connection reset"',
        "2026-12-04 03:14:07,912 WARN pool exhausted",
        "window 2026/12/05 22:00-23:00 UTC",
        "commit 3f9a1c2e7b4d8f0a6c5e9d1b2a3f4e5d6c7b8a90 reverts the retry change",
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "request_id=123e4567-e89b-12d3-a456-426614174000",
        "trace 4bf92f3577b34da6a3ce929d0e0e4736 span 00f067aa0ba902b7",
        "order ORD-2026-0041823 stuck in PENDING",
        "AWS account 123456789012 hit the vCPU limit",
        "epoch 1733284800 in the audit row",
        "error 0x80070005 access denied",
        "E11000 duplicate key error collection: users",
        "HTTP 503 from payments-api for 7 minutes",
        "pod payments-7d9f8b6c5-x2k4q OOMKilled, pid 48213",
        "host db-03.prod.internal unreachable on port 5432",
        "ip-10-0-3-17.ec2.internal drained",
        "build #20261204.7 green; artifact api-1.4.2-b3311.tar.gz",
        "p99 1234.5678 ms over 86400 s",
        "invoice INV-000123456 for 12 seats",
        "mark as resolved once the queue is empty",
        "will retry in May after the freeze",
        "grace period of 30 days for the old keys",
        "bill the customer only after the SLA check",
        "celery worker and sidekiq share redis on cache-1:6379",
        "Hermes and Apollo gateways both returned 502",
        "Argo rollout paused at step 3 of 5",
        "ticket JIRA-88213 duplicate of OPS-4471",
        "shard 12 of 64 rebalanced, 3 replicas",
        "ASN 64512, VLAN 2001, MTU 9001",
        "checksum crc32 0x1c291ca3 mismatch",
        "sprint 48 retro moved to Thursday",
        "nginx/1.25.3 returned 499 to 10% of clients",
        "Jasper reports and Ruby workers both upgraded",
        "Nomad and Consul leader elections flapped at 03:10",
        "Kibana saved search 'auth failures' updated",
        "migration 20261204_0930_add_index applied",
    ),
    "mixed": (
        "INC-9021 | reporter: [[PERSON:Bolanle Adewale]] ([[EMAIL_ADDRESS:bolanle@example.com]]) | host "
        "db-7.internal | v3.2.1 | 2026-12-04T02:11:00Z",
        "ticket 55120: [[PERSON:hoang van nam]] cannot pay with [[CREDIT_CARD:4111-1111-1111-1111]], "
        "callback [[PHONE_NUMBER:+84 91 234 56 78]]",
        "handover\n- [[PERSON:divya iyer]]: kafka lag on orders.v2\n- [[PERSON:kemal aydin]]: cert rotation "
        "for [[URL:api.example.com]]\n- grafana alert noise: ignore until 2026-12-06",
        '{"id": 4471, "user": "[[PERSON:sun li]]", "email": "[[EMAIL_ADDRESS:sun.li@example.cn]]", '
        '"ip": "[[IP_ADDRESS:101.6.8.10]]", "build": "2026.12.04-1"}',
        "id,name,phone,created\n88213,[[PERSON:Olumide Bakare]],[[PHONE_NUMBER:+234 809 555 0101]],"
        "2026-12-01T10:00:00Z",
        "fix(auth): stop logging [[URL_CREDENTIALS:https://svc:hunter2@auth.example.com/token]] in debug mode",
        "chore: bump elastic client to 8.11.1 (thanks [[PERSON:Marta Kowalczyk]])",
        "[support chat] [[PERSON:Parisa Hosseini]]: hi, my order 77812 never arrived, I'm at "
        "[[LOCATION:Valiasr Street 1200, Tehran]]",
        "Nov 30 23:59:59 bastion sshd[2213]: Accepted publickey for [[PERSON:mohammed]] from "
        "[[IP_ADDRESS:10.20.30.40]] port 50122",
        "postmortem owners: [[PERSON:Aryan Mehta]] (SRE), [[PERSON:Nkechi Okeke]] (DB); reviewed with "
        "Jenkins logs and Grafana",
        "KYC mismatch: [[PERSON:TRAN THI MAI]], DOB [[DATE_OF_BIRTH:02/11/1990]]",
        "re: refund — [[PERSON:Gabriel Souza]] [[PHONE_NUMBER:+55 21 98765-4321]], [[IBAN_CODE:"
        "FR14 2004 1010 0505 0001 3M02 606]]",
        "deploy 4f2a9c1 to prod by [[PERSON:seo-yeon lee]] at 2026-12-04 10:30 KST",
        "alert: victoria-metrics scrape of [[IP_ADDRESS:10.0.0.12]]:9100 failed",
        "[[PERSON:Wanjiku]] from the Nairobi office dialled in from [[PHONE_NUMBER:+254 712 345 678]]",
    ),
}


def pii_blind2_cases() -> list[PiiCase]:
    """Every second-blind case, in the order written (part ``"blind2"``, kind = the section it was written under)."""
    return marked_cases(BLIND2, "blind2")
