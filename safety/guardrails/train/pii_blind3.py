"""A third blind PII probe set in operations language: hand-written texts with gold spans, written in one sitting
by helper "pii-blind3" on 2026-12-04 (session 19, issue #14.6) *before* the detector was scored on them and before
its author read the detector (its rules, tests of its behaviour, gazetteers or redaction code). Only the format and
the gold conventions of :mod:`pii_blind` and :mod:`pii_blind2` were read; the texts and names are new.

Development data since session 20: its items are read and rules are written on them, so a figure on it is no
longer blind (leave-one-set-out figures are in docs/toxicity_pii_sets.md).

Texts are incident notes, on-call handovers, tickets in ALL CAPS, lower-case chat, CRM and CSV exports, SQL rows,
JSON and YAML payloads, log lines with users' e-mails and IPs, Kubernetes manifests, config files with credentials
in URLs, support e-mails in several scripts and HR messages, marked with ``[[LABEL:value]]`` like :mod:`pii_cases`.
Gold follows :mod:`pii_blind2`:

- PERSON: the name itself, particles and hyphens included, titles ("Dr.", "Mr.") and honorifics ("anh", "-님")
  and a possessive "'s" excluded; any casing, any script, family name first or "FAMILY, GIVEN" as one span; a lone
  first name or a chat nick that refers to a person counts; first and last name in separate JSON fields are two
  spans. A name inside an e-mail address is covered by the e-mail span only.
- DATE_OF_BIRTH: the date after a birth cue (born, DOB, D/O/B, year of birth, ngày sinh, 생년월일, 出生日期,
  urodzony, data di nascita, a ``dob`` field...), in any notation or language; dates without a birth cue are not.
- PHONE_NUMBER (extensions and "tel:" excluded), EMAIL_ADDRESS (role addresses too), IP_ADDRESS (internal ones
  count), URL_CREDENTIALS (the whole URL holding ``user:password@``, any scheme), URL (public web addresses),
  CREDIT_CARD and IBAN_CODE (published test numbers; every one passes Luhn or mod-97), LOCATION (a street address
  as one span, or a city named as where a person lives, lived, moves from or was born).
- Data-centre regions and office or site cities are *not* LOCATION ("eu-west-1 (Dublin)", "the Mumbai AZ", "the
  jakarta replica"): this follows :mod:`pii_blind2` (its "Nairobi office", "Lagos DC Operations" carry no span);
  the first set marked "[[LOCATION:Paris]] region" and "Tokyo office", so on this point the sets disagree.
- Hard negatives carry no marker: version strings (four-part ones too), ISO and dotted dates without a birth cue,
  build numbers, an SNMP OID, a MAC address, ports, hex ids, hashes, UUIDs, Kubernetes object names, internal
  hostnames, ticket ids, durations, and products or words that look like names (Jenkins, Jupyter, Grafana Loki,
  Apache Spark, Luigi, Ray, Travis CI, Cassandra, Marathon, Aurora, "Precious little", "the worker hung").

Counts as written: 234 texts, 237 gold spans — PERSON 106, PHONE_NUMBER 32, DATE_OF_BIRTH 23, EMAIL_ADDRESS 21,
LOCATION 15, IP_ADDRESS 12, URL_CREDENTIALS 11, CREDIT_CARD 8, IBAN_CODE 7, URL 2 — and 56 texts without any
(tests/safety/test_guard_pii_blind3.py checks these figures).

After the first score the set is *no longer blind* once rules are improved with its misses in view; later figures
on it are then a regression check, not a generalisation estimate.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.pii_cases import PiiCase, marked_cases

__all__ = ["BLIND3", "pii_blind3_cases"]

BLIND3: dict[str, tuple[str, ...]] = {
    "chat_lower": (
        "morning all, [[PERSON:temitope ogundipe]] has the pager till 18:00, then [[PERSON:karthik subramanian]]",
        "@[[PERSON:le van thanh]] can you look at the 5xx spike? i'm stuck in a meeting",
        "np [[PERSON:yetunde]], glad it's green again",
        "[[PERSON:choi min-seo]] pushed a revert, ci running",
        "lol [[PERSON:przemek dąbrowski]] found the typo in the helm values",
        "who is [[PERSON:guadalupe hernández]]? she's asking for admin on the billing db",
        "[[PERSON:meenakshi sundaram]] out sick today, [[PERSON:anbarasan velu]] covering her queue",
        "brb, [[PERSON:hussein abdel-rahman]] is calling about the vpn",
        "thx [[PERSON:kofi asante]] + [[PERSON:ama owusu]] for staying late on the cutover",
        "[[PERSON:precious okoro]] joined #inc-4412",
        "ask [[PERSON:hung]], he wrote the retry logic",
        "[[PERSON:nusrat jahan]] pls approve my PR when u get a sec",
        "fyi [[PERSON:sibusiso zulu]] is the new dba, say hi",
        "handover to [[PERSON:giorgi beridze]] done, nothing burning",
        "[[PERSON:itzel martínez]] & [[PERSON:ximena castañeda]] are on the bridge now",
        "[[PERSON:batbayar dorj]] reset the 2fa for the contractor",
        "sorry [[PERSON:dilani]], i merged over your change",
        "[[PERSON:wahyudi]] says the jakarta replica is fine",
    ),
    "caps_tickets": (
        "TICKET 88412 RAISED BY [[PERSON:BABATUNDE OLATUNJI]] - CANNOT DOWNLOAD STATEMENT",
        "CUST NAME: [[PERSON:HUYNH MINH KHOA]]    ACCT STATUS: FROZEN",
        "[[PERSON:ABEBE BEKELE]] / FIELD ENG / SITE VISIT DONE",
        "CALLER [[PERSON:SZYMAŃSKA, JADWIGA]] REPORTS DOUBLE DEBIT",
        "ASSIGNED TO: [[PERSON:RAMÍREZ LÓPEZ, JOSÉ LUIS]]",
        "PLEASE CALL BACK [[PERSON:MARIAM AL-MANSOURI]] ON [[PHONE_NUMBER:+971 50 987 6543]]",
        "CLOSED BY [[PERSON:KAVITHA RAMASAMY]] AFTER CUSTOMER CONFIRMATION",
        "VIP: [[PERSON:YOON HA-NEUL]] (PLATINUM) - DO NOT AUTO-CLOSE",
        "NOTE FROM [[PERSON:JUMA HAMISI]]: METER READING ATTACHED",
        "CARDHOLDER NAME MISMATCH: [[PERSON:ZAINAB ABDULLAHI]] VS [[PERSON:ZAINAB ABDULAHI]]",
        "ESCALATION OWNER [[PERSON:SOMCHAI WONGSAWAT]], SLA BREACH IN 2H",
        "REQUESTOR=[[PERSON:ELENI PAPADOPOULOU]];PRIORITY=HIGH;CATEGORY=ACCESS",
    ),
    "world_names": (
        "[[PERSON:Chinonso Nwankwo]] rotated the TLS certs on the edge proxies",
        "Incident lead: [[PERSON:Nguyễn Đức Mạnh]]; scribe: [[PERSON:Aruzhan Sarsenbayeva]]",
        "[[PERSON:Mohammed Faisal Al-Otaibi]] approved the firewall exception",
        "Thanks to [[PERSON:Guðrún Jónsdóttir]] for the capacity review",
        "[[PERSON:Kovács Eszter]] is the data protection officer for the EU entity",
        "[[PERSON:Sabin Shrestha]] and [[PERSON:Anahit Petrosyan]] ran the DR test",
        "[[PERSON:Taras Shevchuk]] will be the incident commander for the cutover",
        "The vendor sent [[PERSON:Hodan Warsame]] to replace the PSU",
        "[[PERSON:Noa Ben-David]] owns the SSO integration",
        "[[PERSON:Shirin Farahani]] wrote the runbook for the Kafka rebalance",
        "[[PERSON:Tama Rangihuna]] moved to the platform team from support",
        "[[PERSON:Moussa Ndiaye]] flagged the anomaly in the billing export",
        "[[PERSON:Ifeoma Chukwuemeka-Obi]] takes over the vendor relationship",
        "[[PERSON:Sato Haruto]] confirmed the Tokyo cutover is done",
        "[[PERSON:Meseret Tadesse]] requested a laptop for the new hire",
        "[[PERSON:Tanvir Hossain]] is testing the payment retry with [[PERSON:Ayesha Siddiqui]]",
        "[[PERSON:Jeong Da-eun]] and [[PERSON:Baek Seung-ho]] shadow the on-call next week",
        "[[PERSON:Võ Thị Ngọc Ánh]] signed the quarterly access review",
        "Dr. [[PERSON:Senthil Kumar Palanisamy]] from the hospital IT team called twice",
    ),
    "products_and_people": (
        "Jenkins nightly failed again; [[PERSON:Travis Okoye]] is on it",
        "Travis CI still runs the legacy repo",
        "Jupyter kernel died while loading the parquet files",
        "[[PERSON:Julia Santos]] restarted the Julia kernel on the shared notebook server",
        "Grafana Loki ingester OOM at 03:12, Apache Spark job retried",
        "Ray autoscaler added 4 workers; thanks [[PERSON:Ray Mensah]] for the quota bump",
        "Luigi pipeline stuck on the daily aggregation task",
        "Apache Flink checkpoint took 41 s and Airflow marked the DAG run failed",
        "Cassandra, Presto and Druid all read from the same bucket",
        "[[PERSON:Cassandra Mbeki]] asked why the Cassandra repairs run on Sundays",
        "Oracle listener down on db-ora-02, Jira ticket OPS-3310 opened",
        "Hugo site build and Gatsby preview both broke after the Node upgrade",
        "Jaeger and Zipkin disagree on the span count for checkout",
        "Marathon and Aurora schedulers are being decommissioned this quarter",
        "Velero backup of the keycloak namespace finished",
        "Sidekiq, Puma and Unicorn workers restarted after the deploy",
        "Selenium grid is flaky but Jasmine and Karma tests are green",
        "Hadoop namenode failed over; Zookeeper quorum lost for 90 s",
    ),
    "phones": (
        "callback [[PHONE_NUMBER:0803 555 0142]] after 5pm WAT",
        "site contact office line [[PHONE_NUMBER:+91-80-4567-8901]]",
        "số điện thoại: [[PHONE_NUMBER:0912 345 678]]",
        "휴대폰 [[PHONE_NUMBER:010-9876-5432]]",
        "tel. [[PHONE_NUMBER:+52 55 1234 5678]] (service desk)",
        "celular [[PHONE_NUMBER:55 8765 4321]]",
        "komórka [[PHONE_NUMBER:512-345-678]]",
        "رقم الجوال [[PHONE_NUMBER:050 123 4567]]",
        "field team lead: [[PHONE_NUMBER:+20 10 1234 5678]]",
        "pager fallback [[PHONE_NUMBER:+92 300 1234567]]",
        "ring [[PERSON:Neema Otieno]] on [[PHONE_NUMBER:0722 123 456]]",
        "portable [[PHONE_NUMBER:06 12 34 56 78]]",
        "US bridge [[PHONE_NUMBER:212.555.0187]], code 4471#",
        "toll-free [[PHONE_NUMBER:1-800-555-0199]]",
        "[[PHONE_NUMBER:+81 90-1234-5678]] is her work mobile",
        "mobiel [[PHONE_NUMBER:06-12345678]]",
        "WA [[PHONE_NUMBER:+62 812-3456-7890]]",
        "hotline [[PHONE_NUMBER:+7 (495) 123-45-67]]",
        "cell: [[PHONE_NUMBER:+880 1712-345678]]",
        "móvil [[PHONE_NUMBER:+34 612 34 56 78]]",
        "Tel: [[PHONE_NUMBER:+972-3-123-4567]] ext. 204",
        "call [[PHONE_NUMBER:+1 (646) 555-0143]], not the old 646 number",
        "AU mobile [[PHONE_NUMBER:0412 345 678]]",
        "rep on leave, backup [[PHONE_NUMBER:+233 24 123 4567]]",
    ),
    "dob": (
        "DOB [[DATE_OF_BIRTH:30.11.1988]] does not match the passport scan",
        "born [[DATE_OF_BIRTH:3rd Feb 1994]] per the onboarding form",
        "생년월일: [[DATE_OF_BIRTH:1991.03.15]]",
        "ngày sinh [[DATE_OF_BIRTH:15/03/1991]]",
        "出生日期 [[DATE_OF_BIRTH:1990年5月17日]]",
        "fecha de nac.: [[DATE_OF_BIRTH:7 de agosto de 1985]]",
        "data de nascimento [[DATE_OF_BIRTH:07/08/1985]]",
        "data di nascita: [[DATE_OF_BIRTH:1 marzo 1977]]",
        "Geburtsdatum [[DATE_OF_BIRTH:1.3.77]]",
        "employee born [[DATE_OF_BIRTH:Sept. 9, 1990]] is missing from payroll",
        "dob: [[DATE_OF_BIRTH:09-SEP-1990]]",
        '{"dob": "[[DATE_OF_BIRTH:1993-04-19T00:00:00Z]]", "tier": "gold"}',
        "GET /kyc?date_of_birth=[[DATE_OF_BIRTH:1975/12/31]]&country=NG",
        "DOB is the [[DATE_OF_BIRTH:22nd of November 1981]]",
        "she was born on [[DATE_OF_BIRTH:14 May 1985]] in [[LOCATION:Port Harcourt]]",
        "D/O/B: [[DATE_OF_BIRTH:1969-07-20]]",
        "birth date (MM/DD/YYYY): [[DATE_OF_BIRTH:11/30/1988]]",
        "year of birth [[DATE_OF_BIRTH:1987]], age check passed",
        "urodzony [[DATE_OF_BIRTH:12 maja 1979]]",
    ),
    "logs": (
        "2026-12-04T01:02:03.456Z auth WARN password reset requested email=[[EMAIL_ADDRESS:"
        "folasade.ajayi@example.com.ng]] ip=[[IP_ADDRESS:102.89.34.12]]",
        'Dec  4 02:17:44 edge-1 nginx: [[IP_ADDRESS:41.58.200.9]] - - "GET /api/v2/orders HTTP/1.1" 200 512',
        'level=info msg="login" user=[[EMAIL_ADDRESS:q.nguyen@corp.example]] mfa=totp',
        "AUDIT user_id=88213 actor=[[EMAIL_ADDRESS:j.szymanska@bank.example.pl]] action=EXPORT rows=12000",
        "sshd[3312]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.4]] port 40122 ssh2",
        'kube-apiserver audit: sourceIPs=["[[IP_ADDRESS:10.244.3.17]]"] user=system:serviceaccount:ci:deployer',
        "postfix/smtp[991]: to=<[[EMAIL_ADDRESS:tadesse.meseret@example.et]]>, status=bounced (mailbox unavailable)",
        "X-Real-IP: [[IP_ADDRESS:2a02:6b8::feed:0ff]]",
        "rate limiter blocked [[IP_ADDRESS:91.198.174.192]] (1200 req/min)",
        "cloudtrail: ConsoleLogin by [[EMAIL_ADDRESS:admin.ops@example.org]] from [[IP_ADDRESS:203.0.113.77]] "
        "MFAUsed=No",
        "[WARN] 2026-12-04 03:14:15 session 9f2c41ab for [[EMAIL_ADDRESS:kim.minji@example.kr]] expired",
        "haproxy: [[IP_ADDRESS:172.20.1.5]]:51234 [04/Dec/2026:03:00:01.123] fe_https be_api/api-2 0/0/1/12/13 200",
        "mail from [[PERSON:Ifeanyi Obi]] <[[EMAIL_ADDRESS:IFEANYI.OBI@EXAMPLE.COM]]> queued as 4F2A91C03",
    ),
    "rows": (
        "customer_id,full_name,email,phone\n10231,[[PERSON:Uchenna Nwankwo]],[[EMAIL_ADDRESS:uchenna.n@example.com]],"
        "[[PHONE_NUMBER:+234 802 555 0199]]",
        "INSERT INTO users (id, name, email, dob) VALUES (77, '[[PERSON:Lê Thị Hồng]]', "
        "'[[EMAIL_ADDRESS:hong.le@example.vn]]', '[[DATE_OF_BIRTH:1992-06-30]]');",
        " id | name              | city\n----+-------------------+--------\n 12 | [[PERSON:Bartosz Jabłoński]] | "
        "[[LOCATION:Kraków]]",
        '{"contact": {"first": "[[PERSON:Layla]]", "last": "[[PERSON:Haddad]]"}, "plan": "pro"}',
        '{"event":"signup","email":"[[EMAIL_ADDRESS:chen.xiaoling@example.cn]]","ip":"[[IP_ADDRESS:223.5.5.5]]",'
        '"app_version":"4.18.2"}',
        "Account Name\tOwner\tPhone\nAcme Foods Ltd\t[[PERSON:Guadalupe Hernández Ortiz]]\t"
        "[[PHONE_NUMBER:+52 81 8123 4567]]",
        "mysql> SELECT email FROM customers WHERE id=4471;\n[[EMAIL_ADDRESS:somchai.w@example.co.th]]\n1 row in set",
        "source,name,email,city,stage\nwebinar,[[PERSON:Aminu Garba]],[[EMAIL_ADDRESS:aminu@garba-farms.example]],"
        "[[LOCATION:Kano]],qualified",
        "- name: [[PERSON:Kanokwan Srisuk]]\n  email: [[EMAIL_ADDRESS:kanokwan@example.co.th]]\n  role: approver",
        "(412, '[[PERSON:Sergei Kuznetsov]]', '[[PHONE_NUMBER:+7 916 123-45-67]]', '2026-11-02 10:14:00')",
        '{"user":"[[PERSON:rania el-amin]]","dob":"[[DATE_OF_BIRTH:1986-02-14]]","ts":"2026-12-04T03:00:00Z"}',
    ),
    "config_credentials": (
        "env:\n  - name: BROKER_URL\n    value: [[URL_CREDENTIALS:amqps://orders:Zq7%21kLm2@mq.example.net:5671/prod]]",
        "ELASTICSEARCH_HOSTS=[[URL_CREDENTIALS:http://elastic:changeme@es-0.logging.svc:9200]]",
        "[database]\nurl = [[URL_CREDENTIALS:mysql://wp:wp_Pass_91@mariadb:3306/wordpress]]",
        "sqlalchemy.url = [[URL_CREDENTIALS:postgresql+psycopg2://reporting:S3cure!2026@10.1.2.3:5432/dw]]",
        "git clone [[URL_CREDENTIALS:https://oauth2:glpat-4kQ9zXv7@gitlab.example.com/infra/terraform.git]]",
        "datasource: [[URL_CREDENTIALS:sqlserver://sa:Passw0rd1@mssql-0.db:1433]]",
        "CELERY_BROKER=[[URL_CREDENTIALS:redis://default:n0tS0S3cret@redis-master.cache.svc.cluster.local:6379/0]]",
        "nats: [[URL_CREDENTIALS:nats://ruser:T0pSecret@nats-0:4222]]",
        "grafana datasource points at [[URL_CREDENTIALS:https://admin:admin@grafana.example.com/api]], default creds!",
        "docker login leaked in the CI log: [[URL_CREDENTIALS:https://ci:dckr_pat_9xY2@registry.example.io/v2/]]",
        "NPM_REGISTRY=[[URL_CREDENTIALS:https://npm-user:Npm%23Pass@nexus.corp.local/repository/npm/]]",
        "url: postgres://db-main.internal:5432/app  # password comes from the vault secret",
        "image: registry.corp.local/platform/api:1.14.2@sha256:"
        "4f1c9a0e7b3d2c5a6e8f1b0d9c7a5e3f2b1d0c9e8a7f6b5c4d3e2f1a0b9c8d7e",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: jenkins-agent\n  namespace: ci\nspec:\n"
        "  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: agent\n"
        "          image: jenkins/inbound-agent:3206.vb_15dcf73f6a_9-1",
    ),
    "finance": (
        "card on file [[CREDIT_CARD:4242 4242 4242 4242]] expired 11/26",
        "chargeback on [[CREDIT_CARD:5105105105105100]], reason code 4837",
        "Amex [[CREDIT_CARD:3714-496353-98431]] refunded in full",
        "discover [[CREDIT_CARD:6011 0009 9013 9424]] flagged by rule R-77",
        "visa [[CREDIT_CARD:4012888888881881]] cvv 123 typed into the chat, purge the transcript",
        "JCB [[CREDIT_CARD:3566 0020 2036 0505]] fails 3DS",
        "MC 2-series [[CREDIT_CARD:2223 0031 2200 3222]] accepted in the sandbox",
        "IBAN [[IBAN_CODE:ES91 2100 0418 4502 0005 1332]] for the supplier",
        "Kontonummer [[IBAN_CODE:AT611904300234573201]]",
        "payout to [[PERSON:Noor Karim]] IBAN [[IBAN_CODE:AE07 0331 2345 6789 0123 456]] returned",
        "virement vers [[IBAN_CODE:BE68 5390 0754 7034]]",
        "conto [[IBAN_CODE:IT60 X054 2811 1010 0000 0123 456]]",
        "iban=[[IBAN_CODE:CH9300762011623852957]]&amount=420.00",
        "supplier,[[IBAN_CODE:PK36SCBL0000001123456702]],PKR 90000",
        "order total 4242.42 EUR, invoice 2026-000417-3, auth code 123456",
    ),
    "addresses_hr": (
        "HR: please update [[PERSON:Kofi Boateng]]'s home address to [[LOCATION:14 Oxford Street, Osu, Accra]]",
        "new joiner [[PERSON:Ana Lucía Pérez]] starts Monday, relocating from [[LOCATION:Guadalajara]]",
        "payslip returned: [[LOCATION:Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]]",
        "ship the laptop to [[LOCATION:Flat 12B, 7 Marine Drive, Mumbai 400020]]",
        "[[PERSON:Dong-hyun Kim]] works remotely from [[LOCATION:Busan]]",
        "emergency contact for [[PERSON:Eleni]]: [[PERSON:Nikos Papadopoulos]], [[PHONE_NUMBER:+30 694 123 4567]]",
        "medical leave for [[PERSON:Farah Naz]] approved until 2027-01-10",
        "visa letter needs [[PERSON:Adaobi Nnamdi]]'s address: [[LOCATION:Plot 23, Admiralty Way, Lekki Phase 1, "
        "Lagos]]",
        "contractor address [[LOCATION:ul. Długa 44/46, 80-831 Gdańsk]]",
        "deliver the badge to [[LOCATION:3-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001]]",
        "reference check: [[PERSON:Thu Trang Nguyen]] lived in [[LOCATION:Da Nang]] until 2024",
        "courier to [[LOCATION:5 Rue Mohammed V, Casablanca 20250]]",
    ),
    "support_mail": (
        "From: [[PERSON:Ngozi Adichie-Bello]] <[[EMAIL_ADDRESS:ngozi.ab@example.com]]>\nSubject: Can't reset "
        "password\n\nHi, I tried three times from [[IP_ADDRESS:105.112.44.9]] and it still fails.",
        "Dear Mr. [[PERSON:Rahman]],\nyour ticket SR-20931 has been resolved.",
        "On Thu, 3 Dec 2026 at 22:10, [[PERSON:Siddiq Ahmadzai]] <[[EMAIL_ADDRESS:siddiq@example.af]]> wrote:\n"
        "> the export is empty again",
        "Regards,\n[[PERSON:Chayton Redcloud]]\nIT Service Desk\n[[PHONE_NUMBER:+1 605 555 0117]] | "
        "[[URL:https://help.example.org]]",
        "Hola [[PERSON:Maricela]], adjunto el reporte. Saludos, [[PERSON:Iker Etxeberria]]",
        "Xin chào anh [[PERSON:Khoa]], hệ thống đã hoạt động lại.",
        "안녕하세요 [[PERSON:박지민]]님, 요청하신 로그를 첨부합니다.",
        "مرحبا [[PERSON:عمر الحسيني]]، تم حل المشكلة",
        "Bonjour [[PERSON:Aïssatou Sow]], votre accès est rétabli.",
        "cc: [[EMAIL_ADDRESS:noc@example.co.za]]; [[EMAIL_ADDRESS:t.rangihuna@example.nz]]",
        "the fix is described at [[URL:https://kb.example.com/articles/4471-vpn-loop]], reply if it recurs",
    ),
    "negatives": (
        "upgraded ingress-nginx 1.9.4 -> 1.10.1, helm chart 4.10.0",
        "agent 7.52.1.3 rolled out to 80% of hosts",
        "SNMP OID 1.3.6.1.4.1.2021.10.1.3.1 returns the load average",
        "maintenance window 04.12.2026 22:00-23:30 CET",
        "cert valid from 1.3.2021 to 28.2.2027",
        "the cluster was born 2021-06-01 as a POC and never rebuilt",
        "next DR drill: Thursday, 17 December 2026",
        "build 2026.12.04.1183 promoted to staging",
        "listening on :8443, metrics on :9102",
        "job id 7f3e9a2c41b8 exited 137 after 2h14m",
        "uuid 0b7e9f3a-1c2d-4e5f-8a9b-c0d1e2f3a4b5 not found in the index",
        "statefulset kafka-broker-2 stuck in CrashLoopBackOff, 17 restarts in 45m",
        "deployment grafana-loki-distributor scaled 3 -> 6",
        "eu-central-1 (Frankfurt) is degraded, failing over to eu-west-1 (Dublin)",
        "latency from the Singapore region p95 220 ms, São Paulo 310 ms",
        "the Mumbai AZ lost power; Johannesburg unaffected",
        "INC0098123 linked to PRB0004471 and CHG-2026-118",
        "SR#77412 reopened by the customer portal",
        "timeout raised from PT15M to PT45M; retry backoff 250ms..8s",
        "the worker hung for 40 min before the watchdog killed it",
        "serial 4471-2291-8830-12 on the RMA form",
        "ticket count 1,204 this week vs 1,187 last week",
        "checksum md5 9e107d9d372bb6826bd81d3542a419d6",
        "git tag v3.0.0-beta.2+exp.sha.5114f85",
        "java 17.0.9+9-LTS, gradle 8.5, maven 3.9.6",
        "GPU driver 535.129.03, CUDA 12.2",
        "port 5432 open on db-replica-3, 6379 on cache-1, 9092 on the brokers",
        "cron: 30 2 * * 0 (Sundays 02:30 UTC)",
        "hash ring token -9223372036854775808 owned by node 4",
        "error budget 99.95% over 28d, 21m 36s left",
        "MAC 00:1a:2b:3c:4d:5e flapping on switch port Gi1/0/24",
        "Dec 4 03:00:01 cron[881]: (root) CMD (/usr/local/bin/rotate-logs --keep 14)",
        "Precious little headroom left on the disks, order more before Friday",
        "Faith in the new pipeline is low after three failed runs",
        "Summer freeze starts June 15, no prod changes without CAB",
        "phone-home agent 2.3.1 reports on port 8089 every 300 s",
        "pvc data-postgres-0 resized from 100Gi to 250Gi",
        "release train 26.48 cut at 2026-12-04T09:00:00+01:00",
    ),
    "mixed": (
        "INC-20261204-01 Payment API 502s\nDetected 02:41 UTC by Alertmanager. IC [[PERSON:Obiageli Nwosu]], comms "
        "[[PERSON:Lim Wei Ling]].\nRoot cause: pgbouncer 1.21.0 pool exhaustion after deploy api-2026.12.04-3.\n"
        "Customer [[PERSON:Pedro Alvarado]] ([[EMAIL_ADDRESS:p.alvarado@example.mx]]) reported it first.",
        "handover 04/12 night -> day\n- [[PERSON:kwabena]]: disk on es-data-4 at 88%, Velero backup running\n"
        "- [[PERSON:seo-jun]]: customer [[PERSON:Rangi Parata]] waits on a callback [[PHONE_NUMBER:+64 21 555 0192]]\n"
        "- nothing else, Grafana quiet",
        "[09:14] <[[PERSON:amara]]> [[IP_ADDRESS:10.8.0.14]] keeps dropping from the mesh\n"
        "[09:15] <[[PERSON:tuan]]> istio 1.20.2 bug, restart the sidecar",
        "UPDATE accounts SET email='[[EMAIL_ADDRESS:v.ngoc@example.vn]]' WHERE id=5512; -- requested by "
        "[[PERSON:Võ Ngọc]] in OPS-8812",
        '{"ticket":"HR-2291","employee":"[[PERSON:Abdullahi Musa Garba]]","dob":"[[DATE_OF_BIRTH:12/03/1984]]",'
        '"address":"[[LOCATION:No. 5 Ahmadu Bello Way, Kaduna]]","laptop":"MBP-2026-0412"}',
        "fraud review: [[PERSON:CHEN XIAO MING]] used [[CREDIT_CARD:5200 8282 8282 8210]] from "
        "[[IP_ADDRESS:36.110.14.8]], billing [[LOCATION:88 Jianguo Road, Chaoyang District, Beijing]]",
        "postmortem draft by [[PERSON:Sinazo Mahlangu]]: Apache Spark 3.5.0 executors lost after the Jupyter kernel "
        "pinned 64 GiB on node gpu-7",
        "customer [[PERSON:Pham Thi Lan]] (DOB [[DATE_OF_BIRTH:05.09.1979]], phone [[PHONE_NUMBER:0903 123 456]]) "
        "asks to close account 00123-88",
        "deploy log: v2.3.4 by [[EMAIL_ADDRESS:ci-bot@example.com]] to 10 hosts in 4m12s",
        "Sentry issue API-4KX: TypeError for user [[EMAIL_ADDRESS:omar.haddad@example.jo]] on release 5.12.0 "
        "(build 88213)",
    ),
}


def pii_blind3_cases() -> list[PiiCase]:
    """Every third-blind case, in the order written (part ``"blind3"``, kind = the section it was written under)."""
    return marked_cases(BLIND3, "blind3")
