"""A fourth blind PII probe set in operations language: hand-written texts with gold spans, written in one sitting
by helper "pii-blind4" on 2026-12-05 (session 20, issue #14.6) *before* the detector was scored on them and without
reading the detector (its rules, models, gazetteers, training data or redaction code) or the items of any earlier
blind set. Only the format was read: the loader of :mod:`pii_blind3` and its docstring (the gold conventions), the
signature of :func:`pii_cases.marked_cases`, and ``DEFAULT_ENTITIES``.

The issue's definition (#14.6): "ISO dates and version strings are not phone numbers; lower-case and non-Western
names; textual and dotted dates of birth; URLs with user:password." The texts are incident chat (lower-case, nicks,
@-mentions beside group handles), on-call handovers (English, German, French, Spanish), service-desk tickets
(family name first, "FAMILY, GIVEN", initials, ALL CAPS), e-mail signatures, log lines and stack traces carrying
users' data, CSV and pipe exports, HR-adjacent ops messages with dates of birth in several languages and notations,
config files and shell output with credentials in URLs, payment-ops notes with published test card numbers and
example IBANs (every card passes Luhn, every IBAN mod-97), a few messages in other scripts, and one section of texts
without PII that are full of look-alikes. Marked with ``[[LABEL:value]]`` like :mod:`pii_cases`; gold follows
:mod:`pii_blind3`:

- PERSON: the name itself, any casing or script, family name first or "FAMILY, GIVEN" as one span, initials
  included; titles ("Dr.", "Mr", "Herr", "Frau", "Mme"), honorifics ("-san", "님") and a possessive "'s" excluded;
  a lone first name, a lone surname or a chat nick after "@" (the "@" excluded) that refers to a person counts;
  given and family name in separate CSV/JSON fields are two spans. A name inside an e-mail address or a URL is
  covered by that span only.
- DATE_OF_BIRTH: the date after a birth cue (born, DOB, date of birth, geb., Geburtsdatum, née le, fecha de
  nacimiento, data di nascita, født, doğum tarihi, data urodzenia, a ``dob`` field or a birth column), in any
  notation; start dates, leave dates, last days, anniversaries and other dates carry no span.
- PHONE_NUMBER (extensions excluded; an extension alone is no phone), EMAIL_ADDRESS (role addresses too),
  IP_ADDRESS (internal and documentation ranges count), URL_CREDENTIALS (the whole URL holding ``user:password@``,
  scheme included, any scheme), CREDIT_CARD (a full number; "ending 4242" is none), IBAN_CODE, LOCATION (a street
  address as one span, or a city named as where a person lives, moves from or was born; office, site and
  data-centre cities are not).
- Hard negatives carry no marker: version strings (four-part ones too), ISO timestamps and dotted dates without a
  birth cue, build and ticket numbers, trace and span ids, digests, a MAC address, a cloud account number, an epoch,
  a Postgres LSN, Kubernetes objects and service accounts, group handles (@sre-oncall), internal hostnames, and
  products or bots with people's names (Jenkins, Hermes, Marathon, Luigi, Percy, Cassandra, a merge bot "ada").

Counts as written: 236 texts in 11 kinds, 333 gold spans — PERSON 178, PHONE_NUMBER 50, DATE_OF_BIRTH 28,
EMAIL_ADDRESS 21, URL_CREDENTIALS 15, IBAN_CODE 12, CREDIT_CARD 10, LOCATION 10, IP_ADDRESS 9 — and 45 texts
without any, all in the ``look_alikes`` kind (tests/safety/test_guard_pii_blind4.py checks these figures).

After the first score the set is *no longer blind* once rules are improved with its misses in view; later figures
on it are then a regression check, not a generalisation estimate.
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.pii_cases import PiiCase, marked_cases

__all__ = ["BLIND4", "pii_blind4_cases"]

BLIND4: dict[str, tuple[str, ...]] = {
    "incident_chat": (
        "ok so [[PERSON:oluwaseun]] is IC, [[PERSON:mei-ling]] on comms, i'll take scribe",
        "@[[PERSON:rashid]] ur restart of ledger-writer at 02:14 fixed it?",
        "[[PERSON:aigerim nurlanovna]] said queue depth went back to 0 after 2026-12-04T02:20Z",
        "pinging [[PERSON:thandiwe]] since she owns the billing cron",
        "can someone loop in [[PERSON:ruslan]]? he's not on slack but his number is [[PHONE_NUMBER:+7 916 555-21-43]]",
        "[[PERSON:joão pedro]] rolled back to 3.14.2, error rate down to baseline",
        "dm'd [[PERSON:siddharth iyer]] re: the expired cert, no answer yet",
        "nvm, [[PERSON:kalani]] already silenced the alert for 2h",
        "@[[PERSON:farida]] still seeing 502s from the eu edge?",
        "[[PERSON:zhou yan]] and [[PERSON:lindqvist]] are doing the postmortem draft",
        "whoever has the pager: [[PERSON:dmitri]]'s phone is off, call [[PERSON:anneke]] "
        "on [[PHONE_NUMBER:06-44557821]]",
        "lol [[PERSON:bongani]] typed drop table in the wrong tab again (staging, relax)",
        "[[PERSON:nakamura]]-san approved the change, go ahead",
        "ty [[PERSON:fatou diallo]] for the quick fix 🙏",
        "[[PERSON:emeka]] can u share the runbook link, the old wiki is dead",
        "inc-2291 ic: [[PERSON:agnieszka]], deputy [[PERSON:tunde]]",
        "hey [[PERSON:priyanka]] the sandbox merchant got real orders, can u check",
        "[[PERSON:kim seo-yeon]] says the korean psp is throttling us again",
        "[[PERSON:ali reza]] pls don't force-push to main 😅",
        "@here [[PERSON:vusi]] is driving the failover, keep the channel quiet",
        "my bad, i paged [[PERSON:elif yıldız]] instead of [[PERSON:elif yılmaz]]",
        "[[PERSON:hamid]] + [[PERSON:sunita]] pairing on the terraform drift",
        "asked [[PERSON:tran thi mai]] to rerun the migration with --dry-run first",
        "@[[PERSON:kwame]] @[[PERSON:abena]] standup moved to 10:30",
        "[[PERSON:ngozi]] is ooo till monday, ping [[PERSON:chukwuma]] for anything dns",
        "[[PERSON:mateus]]'s laptop got flagged by edr, it's the vpn client, false alarm",
        "@sre-oncall fyi [[PERSON:ines]] is taking the db side, i'm on the app side",
        "wait is [[PERSON:jr mwangi]] the same person as [[PERSON:james mwangi]] in the rota? two pager entries",
        "thanks to [[PERSON:R. Okafor]] we now have alerts on cert expiry, finally",
        "[[PERSON:sveta]] wrote 'do not touch' on the jenkins agent, pls respect it lol",
        "cc [[PERSON:marguerite]] (finance) bc the invoices run at 06:00 depends on this",
        "[[PERSON:tiago]] i owe u a coffee ☕ for the 3am call",
        "who owns [[IP_ADDRESS:10.3.14.159]]? it's hammering the auth api, [[PERSON:gaurav]] thinks it's his test rig",
    ),
    "handover": (
        "Handover Thu night -> Fri day\n- CPU alerts on kafka-broker-2 are known, [[PERSON:Ionuț Popescu]] has a "
        "ticket\n- [[PERSON:Sakura Watanabe]] calls the DC vendor at 09:00\n- nothing else",
        "on-call swap: [[PERSON:Hendrik de Vries]] takes my Saturday shift, I take his on 2026-12-19. Reach him on "
        "[[PHONE_NUMBER:+31 6 2345 6789]].",
        "HANDOVER: disk alarm on nas-02 acked. Vendor tech [[PERSON:Sergio Ramírez]] comes tomorrow, his mobile "
        "[[PHONE_NUMBER:+34 612 48 93 07]]",
        "Shift notes (APAC): [[PERSON:Wang Lei]] restarted replication at 03:40 SGT; [[PERSON:Rohan Mehta]] to verify "
        "lag < 5s",
        "night was quiet. [[PERSON:bjørn]] muted the flaky synthetic check until v2.7.1 ships",
        "Weekend primary: [[PERSON:Achieng Otieno]] ([[PHONE_NUMBER:+254 722 418 390]]), secondary: "
        "[[PERSON:Lucas Moreau]] ([[PHONE_NUMBER:+33 6 12 84 57 30]])",
        "handing over to [[PERSON:yusuf]]. open: cert renewal for edge-lb-3, due 2026-12-09",
        "Übergabe an Frau [[PERSON:Katrin Vogel]]; Rückruf bitte unter [[PHONE_NUMBER:0151 23456789]]",
        "Relève de nuit : [[PERSON:Karim Benali]] surveille le cluster Ceph, joignable au "
        "[[PHONE_NUMBER:06 71 28 44 19]]",
        "Turno de noche: [[PERSON:Valentina Quispe]] queda de guardia, su celular [[PHONE_NUMBER:+51 987 654 321]]",
        "handover, short: nothing open except the DNS TTL change. [[PERSON:Okafor, Chidi]] knows the context",
        "Pager goes to [[PERSON:Tuğba]] at 07:00. If she doesn't ack, escalate to [[PERSON:Rasmus Holm]] "
        "[[PHONE_NUMBER:+45 20 55 71 38]]",
        "EOD: [[PERSON:Lin Wei-Ting]] finished the cert rotation on 14 of 16 proxies, last 2 tomorrow",
        "Night shift summary — paged 3x, all for batch-etl. [[PERSON:Mariana]] thinks it's the 5.2.0 driver.",
        "Note for day shift: [[PERSON:Fiifi]] wants a call, not a slack msg — [[PHONE_NUMBER:+233 24 555 0178]]",
    ),
    "tickets": (
        "REQ-55120 | Requester: [[PERSON:Okonkwo, Adaeze]] | laptop won't enroll in MDM",
        "Reported by: [[PERSON:Tanaka Hiroshi]] (Osaka office). Serial 5CG1234XYZ, warranty ends 2027-03-31",
        "Assignee changed from [[PERSON:Fernández Ruiz, María del Carmen]] to [[PERSON:Baptiste Laurent]]",
        "Customer [[PERSON:Ivana Horvat]] called from [[PHONE_NUMBER:+385 91 234 5678]] about duplicate invoice "
        "INV-2026-11873",
        "SR#118204 contact: Mr [[PERSON:Obinna Eze]], [[EMAIL_ADDRESS:obinna.eze@riverbank-logistics.ng]], "
        "[[PHONE_NUMBER:0803 555 0147]]",
        "[[PERSON:NAGY ESZTER]] NEEDS ACCESS TO GRAFANA FOLDER 'PAYMENTS' - MANAGER OK'D",
        "Please reset MFA for [[PERSON:A. K. Rahman]] — lost phone, verified via callback to "
        "[[PHONE_NUMBER:+880 1712-345678]]",
        "Ticket 40718: [[PERSON:J.-P. Morin]] reports the Halyard deploy UI shows another user's session",
        "[[PERSON:de la Cruz, Rosario]] - badge not working at door 3B",
        "Caller: [[PERSON:Li, Xiaoming]]; callback [[PHONE_NUMBER:+86 139 1234 5678]]; issue: VPN token expired",
        "Access request approved by [[PERSON:van der Berg]] on 2026-11-28, expires 2027-02-28",
        "Opened on behalf of [[PERSON:Mohammed bin Salem Al-Harthy]]: mailbox quota exceeded",
        "Duplicate of QA-9021. Originally filed by [[PERSON:Ogunleye, T.]]",
        "Field visit — site contact [[PERSON:Pham Van Long]], [[PHONE_NUMBER:+84 90 123 45 67]], gate code not needed",
        "ACC-7781: user [[PERSON:Dagný Sigurðardóttir]] can't see the Q4 dashboards after the SSO migration",
        "New hire [[PERSON:Olumide Bakare]], start date 2027-01-05, needs laptop + GitHub seat",
        "Escalated to [[PERSON:S. Venkataraman]] (L3). Customer prefers e-mail: "
        "[[EMAIL_ADDRESS:meera.k@sunflowerclinic.in]]",
        "RITM0042217 — offboarding [[PERSON:Gustavo Henrique Alves]], last day 2026-12-12, revoke AWS + Okta",
        "PRIORITY 2 / CALLER [[PERSON:MBEKI, LINDIWE]] / CALLBACK [[PHONE_NUMBER:011 555 0823]] / PRINTER JAM AGAIN",
        "user [[PERSON:Oyelowo]] says her token shows 000000 since the 2.14.0 app update",
        "Ship the replacement YubiKey to [[LOCATION:Apt 5B, 310 West 97th Street, New York, NY 10025]] "
        "(home address, [[PERSON:Dana Whitfield]] is remote)",
        "Incident INC-30412 reporter: [[PERSON:Szabó Bence]], phone [[PHONE_NUMBER:+36 30 555 1289]]",
        "closed - [[PERSON:Chioma]] confirmed the shared drive maps again after reboot",
        "Lieferadresse für den Ersatzlaptop: [[LOCATION:Hauptstraße 42, 69117 Heidelberg]], z. Hd. "
        "[[PERSON:Jonas Weber]]",
        "From: [[PERSON:Wiremu Tane]] <[[EMAIL_ADDRESS:wiremu.tane@harbourview.co.nz]]>\n"
        "Subject: cannot print to floor 3",
    ),
    "signatures": (
        "Thanks,\n[[PERSON:Marisol Ortega]]\nSenior SRE · Kestrel Freight\nm: [[PHONE_NUMBER:+52 55 4412 8890]]",
        "Cheers\n[[PERSON:Rhys Llewellyn]] | Network Ops\n[[PHONE_NUMBER:+44 29 2018 0456]] ext. 221",
        "Mit freundlichen Grüßen\nDr. [[PERSON:Annegret Böhm]]\nLeitung IT-Betrieb\nTel. "
        "[[PHONE_NUMBER:+49 (0)30 2094 7731]]",
        "Cordialement,\n[[PERSON:Aurélie Fontaine]]\nResponsable exploitation\n"
        "[[EMAIL_ADDRESS:a.fontaine@lumiere-energie.fr]] / [[PHONE_NUMBER:01 44 87 26 13]]",
        "--\n[[PERSON:Kenji Okabe]]\nInfra team\n[[PHONE_NUMBER:090-4821-7736]]",
        "Regards,\n[[PERSON:Hemi Walker]] (he/him)\nCloud Platform, Auckland\n[[PHONE_NUMBER:+64 21 555 0193]]",
        "Saludos,\n[[PERSON:Camila Rojas Fuentes]]\nMesa de ayuda\nWhatsApp [[PHONE_NUMBER:+56 9 8765 4321]]",
        "best, [[PERSON:ola]] (sent from my phone, excuse typos)",
        "— [[PERSON:Chen Jiahui]] / DBA on-call / [[EMAIL_ADDRESS:jiahui.chen@tidewater-bank.com]]",
        "Kind regards\n\n[[PERSON:Abdullahi Musa]]\nIT Support Officer\nTel: [[PHONE_NUMBER:+234 809 555 0172]]\n"
        "[[EMAIL_ADDRESS:amusa@harmattan-telecom.com.ng]]",
        "Groetjes,\n[[PERSON:Sanne Jansen]]\n[[PHONE_NUMBER:020 555 1834]]",
        "Atenciosamente,\n[[PERSON:Thiago Nascimento]]\nSuporte N2\n[[PHONE_NUMBER:(11) 98765-4321]]",
        "thx!\n-- [[PERSON:k. mensah-bonsu]], noc",
        "Best regards,\n[[PERSON:Daniyar Abenov]]\nPlatform Engineering\nOffice: [[PHONE_NUMBER:+7 727 355 0411]]\n"
        "Mobile: [[PHONE_NUMBER:+7 701 555 2290]]",
        "Vänliga hälsningar\n[[PERSON:Elin Sandberg]]\n[[PHONE_NUMBER:070-123 45 67]]",
    ),
    "logs": (
        "2026-12-04T03:11:07.842Z WARN auth-svc login failed for [[EMAIL_ADDRESS:l.moreno@parcelwise.es]] from "
        "[[IP_ADDRESS:203.0.113.47]] (attempt 5/5, locking)",
        "[pid 4412] INFO mailer: queued welcome mail to=[[EMAIL_ADDRESS:hyejin.park@example.kr]] "
        "template=onboarding_v3",
        "ERROR 2026-12-03 22:41:19,004 orders.api user_id=884120 name='[[PERSON:Siobhán Ní Bhriain]]' "
        "address='[[LOCATION:14 Crow Street, Dublin 2]]' -> validation failed: eircode missing",
        'Traceback (most recent call last):\n  File "/srv/crm/sync.py", line 212, in push_contact\n'
        "    resp.raise_for_status()\nrequests.exceptions.HTTPError: 422 Client Error for contact "
        "{'first': '[[PERSON:Ikenna]]', 'last': '[[PERSON:Obi]]', 'phone': '[[PHONE_NUMBER:+44 7700 900123]]'}",
        'level=error msg="git clone failed" '
        "repo=[[URL_CREDENTIALS:https://ci-bot:ghp_x83Kq7LmP2zR@git.kestrel.internal/platform/halyard.git]] exit=128",
        '[[IP_ADDRESS:198.51.100.23]] - - [04/Dec/2026:02:14:55 +0000] "POST /api/v2/login HTTP/1.1" 401 53 "-" '
        '"okhttp/4.12.0"',
        "celery.worker: Task send_sms[6f1e2c7a] raised: InvalidNumber('[[PHONE_NUMBER:+1 (415) 555-0132]] is not "
        "reachable')",
        "audit: role 'billing-admin' granted to [[EMAIL_ADDRESS:r.acheampong@kestrelfreight.com]] by "
        "[[EMAIL_ADDRESS:it-admin@kestrelfreight.com]] at 2026-12-02T16:05:41Z",
        'DEBUG kyc.verify payload={"full_name": "[[PERSON:Ayşe Demir]]", "dob": "[[DATE_OF_BIRTH:1991-07-23]]", '
        '"country": "TR"}',
        "sshd[20931]: Accepted publickey for deploy from [[IP_ADDRESS:10.40.7.19]] port 51234 ssh2",
        "WARN connection string [[URL_CREDENTIALS:redis://default:Qm9vZ2llMjAyNg@cache-01.prod.kestrel:6379/0]] "
        "logged in plain text, fix the logger",
        "java.lang.IllegalStateException: duplicate Customer{id=55812, name=[[PERSON:Rafael Gonçalves]], "
        "email=[[EMAIL_ADDRESS:rafa.goncalves@mail.pt]]}\n\tat com.kestrel.crm.CustomerMerger.merge"
        "(CustomerMerger.java:88)",
        'kube-apiserver audit: user="[[EMAIL_ADDRESS:nikhil.rao@kestrelfreight.com]]" verb=delete resource=pods '
        'ns=payments sourceIPs=["[[IP_ADDRESS:172.16.44.3]]"]',
        "fail2ban.actions: NOTICE [sshd] Ban [[IP_ADDRESS:192.0.2.188]]",
        'postgres[881]: FATAL: password authentication failed for user "app_rw" host=[[IP_ADDRESS:10.12.0.57]]',
        "webhook retry 3/5 -> [[URL_CREDENTIALS:https://hooks:s3cr3t-t0ken@alerts.partner-noc.com/ingest]] "
        "(timeout 10s)",
        "ValueError: could not parse birth date '[[DATE_OF_BIRTH:12th Feb 88]]' for applicant 20417",
        "ldap-sync: added [[PERSON:Gabriela Kowalczyk]] ([[EMAIL_ADDRESS:g.kowalczyk@kestrelfreight.com]]) to "
        "group sre-eu",
        "backup-agent/7.4.12 uploading to "
        "[[URL_CREDENTIALS:sftp://bkp_user:Winter2026!@files.offsite-vault.net:2222/nightly]]",
        "mobile-api: OTP sent to [[PHONE_NUMBER:+62 812-3456-7890]] (user 771203), expires in 300s",
        "payment-gw DEBUG raw pan=[[CREDIT_CARD:4111111111111111]] exp=12/29 — PAN must never hit logs, see SEC-311",
        'E1204 02:31:10.118 signup.go:144] duplicate phone "[[PHONE_NUMBER:+49 176 55501234]]" for account '
        "acc_7Hq2, previous owner [[EMAIL_ADDRESS:t.schubert@posteo.de]]",
        "KeyError: 'dob' while rendering the profile of [[PERSON:Oduya Akinyi]] (record 3312)",
        "helpdesk-bot: new chat from [[PERSON:Lorenzo Bianchi]] <[[EMAIL_ADDRESS:lorenzo.b@alpina-sport.it]]>, "
        "queue=billing, lang=it",
        "WARN geoip: no city for [[IP_ADDRESS:100.72.14.9]], falling back to country",
        "smtp: 550 5.1.1 <[[EMAIL_ADDRESS:j.oyelaran@kestrelfreight.com]]>: recipient rejected (user left 2026-11-30)",
    ),
    "exports": (
        "employee_id,full_name,dob,site\n10442,[[PERSON:Oyelaran Funmilayo]],[[DATE_OF_BIRTH:1989-03-14]],Lagos\n"
        "10443,[[PERSON:Grzegorz Nowak]],[[DATE_OF_BIRTH:1976-11-02]],Gdansk",
        "name;email;phone\n[[PERSON:Lea Hofmann]];[[EMAIL_ADDRESS:lea.hofmann@gmx.de]];"
        "[[PHONE_NUMBER:+49 171 4457 210]]",
        '"Surname","Given","Birth"\n"[[PERSON:Mensah]]","[[PERSON:Kojo]]","[[DATE_OF_BIRTH:07.09.1994]]"',
        "id|customer|iban|amount\n8812|[[PERSON:Paulo Sérgio Lima]]|[[IBAN_CODE:PT50 0002 0123 1234 5678 9015 4]]|"
        "129.90",
        "user,last_login,ip\n[[EMAIL_ADDRESS:m.haddad@kestrelfreight.com]],2026-12-03T21:04:11Z,"
        "[[IP_ADDRESS:10.8.3.201]]",
        "ticket,opened,requester,phone\nINC-30112,2026-11-30,[[PERSON:Sato Aiko]],[[PHONE_NUMBER:03-5555-0142]]",
        "contacts_2026-12-04.csv row 3: [[PERSON:Nomvula Khumalo]], "
        "[[LOCATION:22 Jan Smuts Ave, Rosebank, Johannesburg 2196]], [[PHONE_NUMBER:+27 82 555 0194]]",
        "pers_nr,name,geburtsdatum,kostenstelle\n20931,[[PERSON:Jürgen Albrecht]],[[DATE_OF_BIRTH:23.04.1971]],CC-4410",
        "first_name,last_name,card\n[[PERSON:dana]],[[PERSON:whitlock]],[[CREDIT_CARD:5555 5555 5555 4444]]",
        "| agent | shift | mobile |\n|---|---|---|\n| [[PERSON:Aditi Kulkarni]] | early | "
        "[[PHONE_NUMBER:+91 98450 12345]] |\n| [[PERSON:Bilal Qureshi]] | late | [[PHONE_NUMBER:+92 300 5551234]] |",
        "SELECT id, name, dob, phone FROM patients LIMIT 1;\n"
        " 7741 | [[PERSON:Hoang Minh Tuan]] | [[DATE_OF_BIRTH:1968-05-30]] | "
        "[[PHONE_NUMBER:0912 345 678]]",
        '[{"given": "[[PERSON:Nilufar]]", "family": "[[PERSON:Rashidova]]", "birth_date": '
        '"[[DATE_OF_BIRTH:1999-12-01]]", "created": "2026-12-02T08:14:00Z"}]',
        "email,role\n[[EMAIL_ADDRESS:s.ahmadi@kestrelfreight.com]],owner\n[[EMAIL_ADDRESS:noc@kestrelfreight.com]],viewer",
    ),
    "hr_ops": (
        "Hi IT, new starter [[PERSON:Amaka Chibueze]] (DOB [[DATE_OF_BIRTH:14 February 1995]]) needs a badge and an "
        "Okta account by Monday.",
        "For the background check we need [[PERSON:Yerlan]]'s date of birth: it's [[DATE_OF_BIRTH:3 March 1990]], "
        "passport goes separately.",
        "payroll mismatch: system has [[PERSON:Kowalski, Marek]] born [[DATE_OF_BIRTH:12.06.1983]], contract says "
        "born [[DATE_OF_BIRTH:12.06.1988]]",
        "Benefits portal rejects [[PERSON:Ana Lúcia Ferreira]]: date of birth [[DATE_OF_BIRTH:29/02/1992]] shown as "
        "invalid (1992 is a leap year...)",
        "Reminder: [[PERSON:Thabo]] moves from [[LOCATION:Durban]] to the Cape Town office next month, his new home "
        "address is [[LOCATION:18 Loop Street, Cape Town 8001]]",
        "Insurer form for [[PERSON:Hiba Nasser]]: born on the [[DATE_OF_BIRTH:21st of October, 1986]], dependants: 2",
        "Neuer Mitarbeiter Herr [[PERSON:Lukas Brandt]], geb. [[DATE_OF_BIRTH:4. Mai 1993]], Eintritt 01.01.2027",
        "Nouvelle arrivée : [[PERSON:Inès Belkacem]], née le [[DATE_OF_BIRTH:8 août 1997]] à [[LOCATION:Oran]], "
        "poste : ingénieure SRE",
        "Alta en nómina: [[PERSON:Jiménez Castro, Andrés]] — fecha de nacimiento [[DATE_OF_BIRTH:17 de enero de "
        "1985]] — IBAN [[IBAN_CODE:ES91 2100 0418 4502 0005 1332]]",
        "the visa agent asked for [[PERSON:deepa]]'s dob again, [[DATE_OF_BIRTH:1993.08.11]], pls stop losing it 🙃",
        "Data di nascita di [[PERSON:Giulia Ferraro]]: [[DATE_OF_BIRTH:09.12.1990]]. Residenza: "
        "[[LOCATION:Via Garibaldi 14, 10122 Torino]]",
        "Doğum tarihi: [[DATE_OF_BIRTH:21.03.1987]] — [[PERSON:Emre Aksoy]], yeni stajyer, VPN erişimi lazım",
        "[[PERSON:Ingrid Halvorsen]], født [[DATE_OF_BIRTH:5. mai 1979]], skal ha tilgang til lønnssystemet",
        "HR ops: the birthday channel is NOT the place for full dates of birth. [[PERSON:Marco]] posted his as "
        "[[DATE_OF_BIRTH:1988-07-02]], removed.",
        "Leave request: [[PERSON:Shreya Nair]], leave from 2027-01-15, emergency contact [[PERSON:Arjun Nair]] "
        "[[PHONE_NUMBER:+91 98860 55512]]",
        "Sick note received for [[PERSON:Oksana Melnyk]]; she lives at [[LOCATION:ul. Długa 17/4, 31-147 Kraków]] if "
        "the courier needs it",
        "Dependant added for [[PERSON:Chiamaka Eze]]: daughter, date of birth [[DATE_OF_BIRTH:March 7, 2019]]",
        "Visa letter draft: 'This confirms that [[PERSON:Nguyen Thi Hoa]], born [[DATE_OF_BIRTH:02/11/1994]], has "
        "worked at Kestrel Freight since 2021-06-01.'",
        "hr-bot: work anniversary today for [[PERSON:Tomás O'Connell]] — 5 years! (joined 2021-12-04)",
        "Geburtsdatum [[DATE_OF_BIRTH:1982-10-30]] stimmt nicht mit dem Ausweis von [[PERSON:Sabine Krüger]] überein",
        "data urodzenia: [[DATE_OF_BIRTH:15 listopada 1992]] — [[PERSON:Paweł Zieliński]] needs the form re-signed",
        "pls fix [[PERSON:mohamed el amrani]] in the HRIS, DOB is [[DATE_OF_BIRTH:Sept 9 1984]] not 1948",
        "[[PERSON:Aroha]] relocated from [[LOCATION:Wellington]] to be near family, payroll address update pending",
        "Emergency contact for [[PERSON:Carlos Mendoza]]: his wife [[PERSON:Lucía]], [[PHONE_NUMBER:+52 1 33 1234 "
        "5678]]",
        "Onboarding checklist for [[PERSON:Yuki Tanabe]]: laptop ✅ badge ✅ D.O.B. on file "
        "([[DATE_OF_BIRTH:1997/04/18]]) ✅ bank details ❌",
        "ex-employee [[PERSON:Bartosz]] still has [[EMAIL_ADDRESS:bartosz.lewandowski@kestrelfreight.com]] "
        "forwarding to his private mail, kill it",
    ),
    "config_creds": (
        "DATABASE_URL=[[URL_CREDENTIALS:postgresql://orders_rw:h7Tq!x92@pg-orders.prod.kestrel:5432/orders]]",
        "spring.rabbitmq.addresses=[[URL_CREDENTIALS:amqps://svc-notify:Fz8vK2pL0q@mq-01.kestrel.internal:5671]]",
        "pip.conf still has index-url = "
        "[[URL_CREDENTIALS:https://build:AKCp8nzqT4aX@artifacts.kestrel.internal/api/pypi/pypi-virtual/simple]] — "
        "rotate before the audit",
        '# TODO remove\nMONGO_URI="[[URL_CREDENTIALS:mongodb+srv://analytics:Rt7%40pass@cluster0.ab1cd.mongodb.net/'
        'events?retryWrites=true]]"',
        "someone pasted [[URL_CREDENTIALS:ftp://anonymous:guest@ftp.vendor-firmware.com/pub/fw/]] in #general, it's "
        "the vendor's public ftp but still",
        "externalRedis:\n  url: [[URL_CREDENTIALS:redis://worker:Zx81mQ@redis-ha.cache.svc:6379]]",
        "curl works but please don't put [[URL_CREDENTIALS:https://admin:admin123@10.20.0.5:8443/api/health]] in the "
        "runbook",
        "$ git remote -v\norigin  "
        "[[URL_CREDENTIALS:https://tkarimi:glpat-9xYzAb3CdEf@gitlab.kestrel.internal/infra/terraform.git]] (fetch)",
        "the screenshot shows [[URL_CREDENTIALS:jdbc:mysql://report:Rep0rt2026@mysql-bi.kestrel:3306/bi]] "
        "in plain text",
        "export HTTPS_PROXY=[[URL_CREDENTIALS:http://proxyuser:Pr0xy#44@proxy.corp.kestrel:3128]]",
        'kafka-connect: "connection.url": '
        '"[[URL_CREDENTIALS:mongodb://cdc:Cdc-2026-rot@mongo-0.mongo:27017/?authSource=admin]]"',
    ),
    "payments": (
        "Chargeback: cardholder [[PERSON:Ebere Nwosu]], card [[CREDIT_CARD:4012 8888 8888 1881]], 240.00 EUR",
        "Refund to [[IBAN_CODE:DE89 3704 0044 0532 0130 00]] (holder [[PERSON:Matthias Keller]]) pending since "
        "2026-11-29",
        "pls DON'T paste full card numbers in tickets. [[CREDIT_CARD:378282246310005]] was in INC-30877, redacted now",
        "SEPA batch 2026-12-03 rejected line 14: [[IBAN_CODE:NL91ABNA0417164300]] name mismatch "
        "([[PERSON:Bram Visser]] vs [[PERSON:B. VISSER]])",
        "Kartennummer [[CREDIT_CARD:5105 1051 0510 5100]] wurde doppelt belastet, Kundin [[PERSON:Heike Lorenz]]",
        "virement vers [[IBAN_CODE:FR76 3000 6000 0112 3456 7890 189]] au nom de [[PERSON:Yasmine Cherif]] bloqué par "
        "la conformité",
        "test card in prod?? [[CREDIT_CARD:6011 1111 1111 1117]] just authorized on merchant 88120",
        "UK payout: [[IBAN_CODE:GB82 WEST 1234 5698 7654 32]], beneficiary [[PERSON:Priya Chandrasekaran]]",
        "jcb [[CREDIT_CARD:3530 1113 3330 0000]] declined, customer [[PERSON:Fujita Ren]] called "
        "[[PHONE_NUMBER:+81 90-1234-5678]]",
        "Belgian supplier changed bank: old [[IBAN_CODE:BE68 5390 0754 7034]], new [[IBAN_CODE:BE71 0961 2345 6769]]",
        "Swiss IBAN for contractor [[PERSON:Luca Bernasconi]]: [[IBAN_CODE:CH93 0076 2011 6238 5295 7]]",
        "card on file [[CREDIT_CARD:2223 0031 2200 3222]] for [[PERSON:Tamar Kessler]] expired, dunning mail sent",
        "przelew na [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]] od [[PERSON:Katarzyna Wójcik]] nie doszedł",
        "AT payout [[IBAN_CODE:AT61 1904 3002 3457 3201]] failed twice; the other one "
        "([[IBAN_CODE:IT60 X054 2811 1010 0000 0123 456]]) went through",
        "stripe test pan [[CREDIT_CARD:4242424242424242]] showing up in prod logs again, who enabled debug?",
        "customer [[PERSON:leticia]] read her card out on the call: [[CREDIT_CARD:4000 0566 5566 5556]]. recording "
        "must be purged",
    ),
    "other_scripts": (
        "用户 [[PERSON:李娜]] 反馈无法登录，手机号 [[PHONE_NUMBER:138 0013 8000]]",
        "担当：[[PERSON:佐藤健]]（インフラ）、内線 4412",
        "[[PERSON:박지훈]]님 계정 잠금 해제 완료했습니다",
        "[[PERSON:أحمد مصطفى]] طلب إعادة تعيين كلمة المرور، رقمه [[PHONE_NUMBER:+20 100 555 1234]]",
        "Bonjour, je suis [[PERSON:Théo Girard]], mon numéro c'est le [[PHONE_NUMBER:07 82 19 44 60]], le portail "
        "me dit compte verrouillé",
        "Hola, soy [[PERSON:Martina Sosa]] de contabilidad, ¿me pueden llamar al [[PHONE_NUMBER:11 4567-8901]]?",
        "Hallo zusammen, [[PERSON:Özlem]] aus dem Support meldet: Kunde [[PERSON:Dieter Hahn]] kommt seit dem "
        "Update nicht mehr ins Portal.",
        "Olá, o [[PERSON:Rodrigo]] pediu reset de senha, telefone de contato [[PHONE_NUMBER:+55 21 99876-5432]]",
        "Клиент [[PERSON:Смирнова Ольга]] жалуется на двойное списание, тел. [[PHONE_NUMBER:8 (812) 555-34-12]]",
        "Ο [[PERSON:Νίκος Παπαδάκης]] έκανε restart στον load balancer",
        "ผู้ใช้ [[PERSON:สมชาย ใจดี]] ลืมรหัสผ่าน",
    ),
    "look_alikes": (
        "upgraded kube-proxy v1.29.4 -> v1.30.2 on node pool np-general-2, no restarts",
        "build 2026.12.04.3 promoted to staging; 2026.12.03.7 kept for rollback",
        "2026-12-04T01:58:33.019+00:00 INFO scheduler tick=884201 queued=0 running=12",
        "trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 status=DEADLINE_EXCEEDED",
        "Jenkins job payments-nightly #20417 failed at stage 'integration', Sentry issue PAY-3KQ",
        "hermes-router backlog 14,203 msgs, consumers 6/6 healthy",
        "kubectl -n ledger get pod ledger-writer-6b7c9d-kx2pq -o wide  # CrashLoopBackOff since 01:12",
        "maintenance window 05.12.2026 22:00-02:00 CET, change CHG-40521, approved by CAB",
        "panel 'p99 by route' shows 1.204 s at 02:14; SLO 99.9%, burn rate 14.4x",
        "release notes 4.2.0: drop Python 3.8, bump protobuf to 4.25.3, fixes #1182 and #1190",
        "phone-verify-svc v3.11.0-rc.2 rolled out to 10% (canary), error budget ok",
        "INC0084512 merged into PRB0001933; see RCA-2026-118",
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 pushed as halyard:7.2.1",
        "Cassandra compaction on cass-ring-b took 01:42:17; nodetool says 0 pending",
        "kiosk fleet on Windows build 10.0.22631.4460, KB5044285 pending",
        "order 20261204-000418 stuck in FULFILMENT_HOLD, retry scheduled 2026-12-04 06:00 UTC",
        "celery beat: next purge_sessions at 2026-12-05 00:00:00, last run took 4.812s",
        "@sre-oncall @db-team disk on pg-orders-2 at 91%, autovacuum running, no action yet",
        "service account svc-etl-loader has too many roles, trim to roles/bigquery.dataEditor",
        "system:serviceaccount:monitoring:prometheus-k8s cannot list endpoints in namespace kafka",
        "consumer group billing-v2 lag: partition 7 offset 88412093, log end 88412571",
        "Flux reconciled apps/ingress at main@sha1:3f2a9c1, Karpenter added 2 nodes (m6i.2xlarge)",
        "CVE-2024-3094 not applicable: xz-utils 5.4.1-0.2 on every image",
        "capacity review for 2026-W49 moved to Thursday, same room",
        "Luigi pipeline daily_rollup and Airflow DAG fx_rates_v3 both finished by 03:05",
        "MAC 3c:22:fb:91:0e:7a on Gi1/0/24 flapping, VLAN 210",
        "AWS account 4417-2208-9163: budget alert at 82% of the monthly forecast",
        "PR #4471 from dependabot: bump lodash from 4.17.20 to 4.17.21",
        "epoch 1733279400 = 2024-12-04T02:30:00Z, the cron runs in UTC not local time",
        "HTTP 503 from edge-lb-3.fra.kestrel.internal for 4m12s; upstream pool 5/6 healthy",
        "lsn 0/3A5F1B80 replayed on pg-orders-3, replication lag 0 bytes",
        "the Marathon app /batch/reindex is deprecated, moving it to the Nomad job reindex-v2",
        "merge bot 'ada' refuses PRs without a green build (config in .ada.yml)",
        "NOC bridge is ext 4412, PIN 558201#",
        "rate limit 1200 req/min per tenant; tenant t-00942 hit 1199 at 02:00:59",
        "pg_dump of orders (2026-12-03) is 48.2 GB, in s3://kestrel-backups/pg/2026/12/03/",
        "versions: agent 7.52.1, kernel 6.1.0-27-cloud-amd64, glibc 2.36, openssl 3.0.15, firmware 2.4.10.1",
        "Percy snapshot diff on checkout: 3 of 412 changed, approved",
        "SIP trunk 2 down, NOC calls fall back to trunk 1, codec G.711, jitter 38 ms",
        "card ending 4242 declined with code 05 (do not honor), customer retried fine",
        "Ceph HEALTH_WARN: 1 osds down (osd.17), 128 pgs degraded",
        "new on-call rota for 2026-12-08 -> 2027-01-04 is out, swaps only via the rota tool",
        "the jupyter kernel died at cell 14 (OOM at 16 GiB), rerun with 32 GiB",
        'loki {app="checkout"} |= "timeout" from 2026-12-03T22:00Z to 2026-12-04T04:00Z: 1,882 lines',
        "grafana-agent 0.40.3 -> 0.41.1 on 212 hosts, 3 failed (disk full), retry at 14:00",
    ),
}
"""The texts by kind, in the order written."""


def pii_blind4_cases() -> list[PiiCase]:
    """Every fourth-blind case, in the order written (part ``"blind4"``, kind = the section it was written under)."""
    return marked_cases(BLIND4, "blind4")
