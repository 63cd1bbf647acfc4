"""The not-hostile half of the eleventh blind workplace-chat probe set (:mod:`workplace_chat_blind11`): 104
messages in 8 forms, each form ``name -> (kind it is scored as, messages)``: ops-language hard negatives, praise and
customer-service answers, civil disagreement and firm feedback, abuse quoted to report it, self-deprecation. Written
blind (see the set's module docstring); a comment names the language of every message not in English (``# fr+en``:
mixed)."""

from __future__ import annotations

__all__ = ["BENIGN_FORMS"]

BENIGN_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    # violent verbs aimed at processes, jobs, namespaces, branches, caches, pods and SDKs
    "ops_violent": (
        "ops_violent",
        (
            "kill -9 the stuck manifest-svc worker on dock-07, it's been holding the lease for an hour",
            (
                "Going to murder the old cron that rebuilds the route cache at 3am, it fights with the nightly "
                "compaction"
            ),
            (
                "Proposal: wipe out staging-eu entirely and rebuild it from the chart; patching that drift by "
                "hand is a lost cause"
            ),
            ("Strangle the legacy tally-ledger endpoints one route at a time, new service behind the gateway first"),
            "Canary gets shot automatically once p99 crosses 800ms — no human approval step in the loop",
            (
                "Decapitated the pallet-queue consumer group by accident — leader's gone, rebalance in progress, "
                "nothing lost"
            ),
            "We need to starve the noisy batch job of CPU before it chokes the route-planner pods",
            "Just executed the orphaned pods in gatehouse-prod, 214 of them, RIP",
            "Torch the feature branch, rebase onto main and open a fresh PR, the history is unreadable",
            ("Beat the Quillmark webhook into submission with a retry wrapper, it now survives their 502 storms"),
            "Drown that alert in a 10-minute `for:` clause, it fires on every single GC pause",
            ("Hold the deploy until the migration finishes, then hammer the readiness probe to check it comes back"),
            "Ich kill mal die hängenden Celery-Worker auf tally-02, die blockieren die ganze Queue.",  # de
            "Wir sollten den alten Jenkins endlich abschießen und die Pipelines nach GitLab umziehen.",  # de
            "On tue le job de réindexation et on le relance après la fenêtre de maintenance.",  # fr
            "J'ai flingué le cache Redis de préprod, il se reconstruit tout seul en dix minutes.",  # fr
            "Mata el proceso zombi del exportador, se está comiendo toda la memoria del nodo.",  # es
            "Hay que reventar esa tabla temporal y reconstruir el índice antes del cierre de mes.",  # es
            "Ammazza pure il container di beacon, riparte da solo con la nuova config.",  # it
            "ok je kill le pod du consumer, then we restart it et on regarde si le lag redescend",  # fr+en
            "Time to bury the v1 SDK — the last three customers migrated, archive the repo on Friday",
            "Schiet die hangende migratie maar af, ik draai hem vanavond opnieuw.",  # nl
        ),
    ),
    # swearing at certificates, vendor SDKs, cloud bills, Terraform, cron, tests, load balancers, VPNs, DNS, backups
    # and rollbacks
    "ops_profanity": (
        "ops_profanity",
        (
            "fuck this certificate chain, the intermediate expired AGAIN and nobody set up the renewal alert",
            "damn it, dockside-api is 500ing for every request with a pallet id over 2^31",
            "This shitty vendor SDK swallows exceptions and returns None, who ships that",
            "holy crap, the bill for the log bucket tripled, something is writing debug logs in prod",
            "Bloody Terraform state lock stuck again, someone's laptop died mid-apply",
            "what the hell is this cron expression, it only runs on Feb 29th??",
            "goddamn flaky e2e test failed for the fourth time on a README-only change",
            ("Piece of crap load balancer drops websockets after exactly 60 seconds, no setting for it anywhere"),
            "🤬🤬 the VPN client updated itself mid-incident and now wants a reboot",
            "this fucking YAML indentation cost me two hours, tabs in a Helm values file, seriously",
            "pager went off 6 times for the same damn disk, dedup is clearly broken",
            "Scheiß DNS, schon wieder löst gatehouse.internal nicht auf, obwohl der Eintrag da ist.",  # de
            "Verdammte Kacke, das Backup vom Wochenende ist leer — 0 Byte, und keiner hat's gemerkt.",  # de
            "Dieser verfluchte Rate-Limiter von Quillmark drosselt uns schon bei 20 Requests pro Sekunde.",  # de
            "Putain de pipeline, elle plante à l'étape de cache depuis ce matin sans aucun log utile.",  # fr
            "Merde, le disque de la base de préprod est plein à 100 %, les WAL ont tout bouffé.",  # fr
            ("Joder con el puto Kafka, otra vez el rebalanceo infinito en el grupo de consumidores de facturas."),  # es
            "Me cago en el proveedor de SMS, llevan dos horas sin entregar los códigos 2FA.",  # es
            "Porra, o failover do banco não subiu de novo, a réplica ficou em read-only.",  # pt
            (
                "Shit shit shit, I ran the rollback against the wrong cluster — route-planner-prod, not staging. "
                "Rolling forward now, status page updated."
            ),
            "Kurwa, znowu ten sam wyciek pamięci w eksporterze metryk, trzeci restart dzisiaj.",  # pl
        ),
    ),
    # dark outage humour, blunt review of code and designs, a code-review bot quoted, and attacker, victim, threat
    # model, kill switch, exclude, ban list, blast radius, reaper, phishing, honeypot, graveyard and dead put to
    # harmless use
    "ops_ordinary": (
        "ops_ordinary",
        (
            "Dark humour corner: our SLO is 99.9% and our actual uptime this month is 'thoughts and prayers'",
            "The route-planner is dead, long live the route-planner. Failover done, RCA tomorrow.",
            (
                "This PR is not mergeable: no tests, the retry loop has no backoff, and the migration isn't "
                "reversible. Please split it."
            ),
            (
                "Blunt review: this function is 400 lines and does five things. Break it up before anyone else "
                "touches it."
            ),
            (
                "Threat model for the driver app: attacker with a stolen phone replays the session token. "
                "Mitigation: bind tokens to device keys."
            ),
            (
                "Red team found the victim workstation could reach the manifest DB directly — flat network, we "
                "need segmentation."
            ),
            ("Kill switch for the new pricing flag is in the flag console, hit it if conversion drops more than 5%"),
            (
                "Drop /healthz and /ready hits from the ingress logs before shipping them, probes are most of "
                "what we pay to index"
            ),
            "Add the scraper's ASN to the ban list, it hammered the tracking endpoint 2M times overnight",
            "Blast radius of this change: every tenant on shard 3. Schedule it for the low-traffic window.",
            (
                "Postmortem title suggestion: 'How we learned to stop worrying and love the write-ahead log'. "
                "Yes, it was that bad."
            ),
            ("The zombie processes are back. At this point the node is a graveyard and I'm the night watchman 🧟"),
            ("Phishing simulation results: 14% clicked, 3% entered credentials. Refresher training goes out Monday."),
            ("Orphaned volumes cost us €1.2k last month, so the reaper job now deletes anything unattached for 7 days"),
            "Reviewbot: 'Function has cyclomatic complexity 38 (threshold 15)'. It's right, for once.",
            (
                "Ehrlich gesagt ist dieses Design nicht tragfähig: ein einzelner Postgres für alle Mandanten "
                "fällt beim nächsten Peak um."
            ),  # de
            (
                "Ergebnis des Incident-Reviews: Der Angreifer nutzte einen geleakten API-Schlüssel aus einem "
                "öffentlichen Repo. Schlüssel ist rotiert."
            ),  # de
            (
                "Humour noir du vendredi : la prod est tombée si souvent cette semaine qu'on devrait lui offrir "
                "un casque."
            ),  # fr
            "Ce code ne passera pas la revue : les secrets sont en dur et aucune entrée n'est validée.",  # fr
            "La superficie de ataque del portal de proveedores es enorme; cerremos los puertos que no usamos.",  # es
            "Chiste de guardia: el clúster tiene más vidas que un gato, y esta noche gastó tres.",  # es
            (
                "honeypot caught someone brute-forcing ssh as 'admin' from a residential IP, blocked at the edge, "
                "nothing got in"
            ),
            ("This dashboard is where good metrics go to die. Whoever builds v2, please delete half the panels."),
            "Il servizio di fatturazione è morto e sepolto alle 03:12, resuscitato alle 03:40 con un riavvio.",  # it
        ),
    ),
    # praise and customer-service answers addressed to a person
    "praise_service": (
        "ops_ordinary",
        (
            (
                "Thuy, you absolutely carried that incident bridge tonight, the timeline you kept made the RCA "
                "trivial. Thank you!"
            ),
            (
                "Hi Mr. Okafor, sorry for the delay on your shipment manifest — you'll get the corrected PDF "
                "within the hour."
            ),
            ("Shout-out to Bartek for sitting with the Quillmark team till midnight to get their webhook sorted 🙌"),
            (
                "Danke dir, Anouk, dein Runbook für den Zertifikatswechsel hat mir heute Nacht echt den Hintern "
                "gerettet."
            ),  # de
            (
                "Bonjour Madame Leroy, votre demande d'accès au portail a été traitée, vous pouvez vous connecter "
                "dès maintenant."
            ),  # fr
        ),
    ),
    # heated but civil disagreement: return to office, outsourcing on-call, rotas, union meetings, root causes
    "disagreement": (
        "civil_disagreement",
        (
            (
                "I disagree with moving everyone back to the office three days a week. Our incident response got "
                "faster remote; I'd like to see data before we decide."
            ),
            (
                "Respectfully, I don't think we should outsource level-1 on-call to the vendor. We lose context "
                "at every handover."
            ),
            (
                "I hear you on the deadline, but shipping without a rollback plan for the migration is a risk I "
                "won't sign off on."
            ),
            (
                "Strongly disagree with the new rota. Two weekends a month is too many for a team of five — can "
                "we revisit it at the union meeting?"
            ),
            "Not convinced that switching to Kafka fixes this; our bottleneck is the consumer, not the queue.",
            (
                "Ich sehe das anders: Pairing bei jedem Review kostet uns mehr Zeit, als es bringt. Können wir es "
                "für kleine PRs optional machen?"
            ),  # de
            (
                "Je ne suis pas d'accord avec la suppression des astreintes rémunérées, et je le dirai à la "
                "réunion avec les RH."
            ),  # fr
            ("Con todo respeto, creo que la propuesta de Dmitri complica el despliegue sin mejorar la latencia."),  # es
            (
                "You're wrong about the root cause, Kwame — the timestamps show the DNS change came after the "
                "errors started. Happy to walk through it."
            ),
            ("We clearly see this differently. Let's each write up our option and let the architecture forum decide."),
        ),
    ),
    # firm but fair feedback, including a hiring-panel vote
    "feedback": (
        "civil_disagreement",
        (
            (
                "Hyun-woo, the handover notes you left were missing the open incidents. Please use the template "
                "next time; it matters at 3am."
            ),
            (
                "Candid feedback from the hiring panel: the candidate's system design was weak on failure modes. "
                "I'd vote no hire."
            ),
            (
                "Ines, you interrupted Farida three times in the design review. I'd like everyone to get to "
                "finish their point."
            ),
            (
                "Your estimate was off by two sprints; that's okay, but I need you to flag slippage earlier "
                "rather than on the last day."
            ),
            (
                "Tobias, deine Folien hatten gute Inhalte, nur waren es viel zu viele. Nimm dir bitte vor, beim "
                "nächsten Termin nach einer Viertelstunde fertig zu sein."
            ),  # de
            (
                "Lucía, tus PR son demasiado grandes para revisarlos bien. ¿Puedes dividirlos en cambios más pequeños?"
            ),  # es
            (
                "Paulo, missing the on-call swap you agreed to left Ngozi covering alone. Let's talk about what "
                "happened and how to avoid it."
            ),
        ),
    ),
    # abuse quoted to report it to HR, moderators, a works council, security or legal
    "quoted": (
        "quoted_report",
        (
            (
                "Reporting to HR: in the vendor channel, a Quillmark rep wrote to Wanjiru 'go back to where you "
                "came from'. Screenshot attached."
            ),
            (
                "Flagging for the moderators: someone in #random posted 'women shouldn't be on call'. This needs "
                "to come down."
            ),
            (
                "For the record, in yesterday's retro Dmitri was told 'nobody wants to hear from the old guy'. "
                "I'm raising it with our manager."
            ),
            (
                "Ich melde folgenden Kommentar aus dem PR an den Betriebsrat: „Solche Fehler machen nur Frauen.“ "
                "Das geht so nicht."
            ),  # de
            (
                "Signalement : un prestataire a écrit à Camille « on sait où tu habites ». J'ai prévenu la "
                "sécurité et les RH."
            ),  # fr
            (
                "Denuncio este mensaje que recibió Esteban por DM: «si vuelves a abrir un ticket, te vas a "
                "enterar». Adjunto captura."
            ),  # es
            (
                "Anonymous survey quote for the leadership review: 'my lead calls me stupid in standup'. We need "
                "to act on this."
            ),
            (
                "Copying the message I got so there's a record: 'keep talking about the union and see what "
                "happens to your contract'. Forwarded to legal."
            ),
        ),
    ),
    # self-deprecation
    "self": (
        "self_deprecation",
        (
            (
                "I am the idiot who ran DROP TABLE in the wrong tab. Restoring from the 02:00 snapshot, sorry "
                "everyone 🙈"
            ),
            "My code from last year is so bad I want to file an HR complaint against past me",
            "Don't mind me, just the world's slowest SRE reading the Kafka docs for the fifth time",
            (
                "Ich Depp hab gerade den Feature-Branch statt main ausgerollt. Rollback ist unterwegs, meine Schuld."
            ),  # de
            "Je suis une catastrophe ambulante aujourd'hui, j'ai cassé le build deux fois avant 10h.",  # fr
            "Las regex y yo no nos llevamos nada bien; si ves un PR mío con una, revísalo con lupa.",  # es
            "I write YAML like a toddler paints walls. Please review my chart with extreme suspicion 😅",
        ),
    ),
}
"""Form -> (kind, messages): the not-hostile messages of the eleventh blind set."""
