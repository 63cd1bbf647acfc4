"""The not-hostile half of the tenth blind toxicity probe set (:mod:`workplace_chat_blind10`): hard negatives in ops
language (violent verbs and profanity aimed at things, dark humour, blunt review of code), praise and service
answers addressed to a person, civil disagreement and firm feedback, abuse quoted to report it, self-deprecation.

Each form maps to ``(kind it is scored as, messages)``; a message in another language carries a comment naming it.
"""

from __future__ import annotations

__all__ = ["BENIGN_FORMS"]

_OPS_VIOLENT = (
    "kill -9 the stuck indexer on vireo-03, it's been eating 40 GB of RAM since the 2am reindex",
    "We need to murder the legacy cron box before Q2. it's the last thing still on CentOS 7",
    "I'll nuke the preview-env namespace at 17:00 and redeploy it clean from main; shout if you have something you "
    "want to keep in there",
    "OOM killer took out the ledger-sync worker three times tonight, raised its memory limit from 1Gi to 3Gi",
    "Strangler-fig plan: we strangle the monolith one route at a time, billing first, then /accounts",
    "can someone behead the zombie consumer group on tarn-queue? it's holding partitions 4-9 hostage",
    "Chaos day tomorrow: we'll be killing random pods in petrel-cache and choking the network between AZs. Tell your "
    "on-call.",
    # de
    "Die Pipeline killt die Runner nach 60 Minuten, deshalb bricht der Integrationstest immer ab. Timeout hochsetzen?",
    "Terminating the old ASG now, then I'll slaughter the dangling EBS volumes, we're paying ~$900/mo for nothing",
    "this regex is going to choke on anything with emoji in it, can we just use the unicode lib",
    "PR comment: lets kill this feature flag for good once rollout is 100%, i dont want two code paths living for a "
    "year",
    "Load test results: we hammered quill-api with 12k rps and it bled out at ~9k, p99 went vertical",
    # fr
    "On va flinguer les vieux snapshots S3 ce soir, plus de 3 To qui ne servent à rien",
    # es
    "Vamos a matar el proceso de sync y relanzarlo con --full, la réplica está desfasada 4 horas",
    "Execute the drain on node-7 and then shoot it in the head, the kubelet is wedged",
    "the new rate limiter absolutely crushes the scraper bots, 403s everywhere 🎉",
    "Handover: I drowned the DLQ in replays by accident, ~80k messages, they'll clear on their own by ~06:00",
    "who wants the honour of pulling the trigger on the DNS cutover? 14:00 UTC, runbook in the ticket",
    "We need to bury the v1 endpoints. Deprecation notice went out in March, nobody's called them in 30 days",
    "Destroy and recreate the RDS parameter group, terraform can't update it in place",
    # pl
    "Zabiłem ten zawieszony job w Jenkinsie, można puszczać build jeszcze raz",
    "Blast radius check before we detonate the schema migration: 3 services read from that table, all behind flags",
)

_OPS_PROFANITY = (
    "the fucking TLS cert on kestrel-gw expired over the weekend and not a single alert fired. who wrote that monitor",
    "This damn flaky test has failed 9 of the last 20 runs, I'm quarantining it",
    "what the actual hell is this vendor SDK doing, it opens a new TLS connection per request",
    # de
    "Scheiß DNS. Es ist immer DNS.",
    "the deploy pipeline is a pile of shit held together with bash and prayers, we need to budget for a rewrite",
    # fr
    "Putain de lock Terraform, encore bloqué depuis 40 minutes",
    "ugh this YAML is cursed, two spaces off and the whole helm release goes to hell",
    # es
    "Joder con el proveedor de SMS, otra vez caído y sin página de estado 🤬",
    "Bloody Cloudvane console logged me out mid-change. Third time today.",
    "holy shit the bill for the NAT gateway last month. 14k. FOR A NAT GATEWAY",
    "screw this migration script, I'm writing it again in python, the awk version is unreadable",
    "crap, forgot to update the changelog before tagging. cutting 4.2.1",
    "goddammit, saltmarsh primary failed over in the middle of the backup window",
    "This API's docs are absolute garbage, half the endpoints return fields that aren't documented",
    # de
    "Verdammte Rate Limits beim Vendor, wir kriegen ab 500 req/min nur noch 429er",
    "the bastard disk filled up with core dumps again, adding a logrotate rule",
    # pt
    "Porra, o backup de ontem à noite corrompeu de novo. Vou rodar o restore manual.",
    "piece of crap loadbalancer drop the websocket connections after 60s no matter what idle timeout we set",
    "fuck, fuck, fuck. ok. rollback started 14:02, error rate dropping",
    # it
    "Cazzo, il certificato del proxy interno è scaduto e nessuno ha ricevuto l'alert",
)

_OPS_ORDINARY = (
    "Outage bingo card for this quarter: DNS ✅ expired cert ✅ someone ran the script in prod ✅ just need a BGP leak "
    "for the full house",
    "PR review: this function is 400 lines, does five things and has no tests. Please split it up before I can "
    "approve.",
    "Threat model for the new upload endpoint: attacker uploads a zip bomb, attacker abuses presigned URLs, insider "
    "with read access exfiltrates. Mitigations in the doc.",
    "nit: this naming is terrible, `data2` and `tmpFinal` tell me nothing. Rename to what they hold",
    "RIP staging 2019-2026, you were slow and nobody loved you 🪦",
    "The kill switch for the recommendations widget lives in flagd, key `recs.enabled`, flip it if latency spikes",
    "Please exclude the load balancer's health checks from the request logs; they're more than half of what we ingest",
    "this design won't survive contact with real traffic: single writer, no backpressure, and the retry loop has no "
    "jitter",
    "Pen test report is in: 2 high, 5 medium. Both highs are SSRF in the webhook fetcher; the victim would be our own "
    "metadata endpoint.",
    # de
    "Wer hat den Reaper-Job für verwaiste Volumes gebaut? Der läuft seit Dienstag nicht mehr.",
    "On-call handover: quiet night, one page at 03:12 (disk on lumen-ingest-2, cleared), nothing else. Enjoy your "
    "coffee ☕",
    # fr
    "Le code est illisible et la couverture de tests est à 12 %, je ne peux pas valider en l'état. On en parle "
    "demain ?",
    "Every year the Black Friday dashboard turns into a horror movie, let's at least add the queue depth panel this "
    "time 🎃",
    "Post-mortem is blameless, so let's focus on why the alert didn't fire, not on who merged the change",
    "This approach is wrong: we're caching the auth token per pod, so revocation takes up to an hour to propagate",
    "Attack surface question: does the admin panel still listen on 0.0.0.0 or did we move it behind the VPN?",
    # es
    "El diseño no escala, con este esquema cada consulta hace un full scan. Propongo un índice compuesto.",
    "The pager is basically a haunted house at this point, 60% of pages are noise. Proposing we delete 14 alerts, "
    "list below",
    "Target the canary at 5% of EU traffic first, then hit 50% if the error budget holds",
    "We're dead in the water until the vendor restores the webhook queue, ETA they gave is 'soon' 🙃",
    "Hard no on this PR: it disables TLS verification to make the test pass. Let's fix the cert chain in the fixture "
    "instead.",
    "WAF ban list updated: 312 IPs from the credential-stuffing run, auto-expire in 7 days",
)

_PRAISE_SERVICE = (
    "Huge thanks @Mireille for staying on the bridge until 4am, your timeline made the postmortem so much easier 🙏",
    "Hi! Thanks for reaching out. You're right, the export failed because of a timeout on our side; we've re-run it "
    "and you should see the file in your bucket now.",
    "Noura, your runbook for the cache failover is the best doc on our wiki. Mind if I use it as the template for "
    "the others?",
    # de
    "Danke dir, Jonas, für die schnelle Review! Du hast mir den Freitag gerettet.",
    "Sorry for the trouble, you shouldn't have been charged twice. I've refunded the duplicate; it'll show on your "
    "card in 3-5 business days.",
    "Kenji, you handled that angry customer call really calmly. I learned a lot just listening.",
    # es
    "¡Gracias, Lucía! Tu script de limpieza nos ahorró como 6 horas de trabajo manual esta semana.",
    "You can rotate your API key from Settings → Security; the old one keeps working for 24h so you won't break "
    "anything mid-deploy.",
)

_DISAGREEMENT = (
    "I disagree with moving to a monorepo right now. The build times we measured would double, and we haven't solved "
    "caching. Can we revisit in Q3?",
    "Respectfully, Marta, I think the root cause is the connection pool, not the DB. The graphs show saturation "
    "before the DB latency rises.",
    "I hear you about shipping on friday but i prefer not, we dont have anybody on call with context this weekend.",
    # fr
    "Je ne suis pas d'accord avec la priorisation : la dette sur l'auth nous coûte plus que la nouvelle feature. Je "
    "peux en parler au comité ?",
    "Strongly disagree with dropping code review for hotfixes. We had two incidents last quarter caused by "
    "unreviewed hotfixes.",
    "I'm frustrated that this is the third time the deadline moved without us being asked. I'd like us to agree on a "
    "process for scope changes.",
    # de
    "Ben, da bin ich anderer Meinung: Bevor wir Autoscaling einführen, brauchen wir erst verlässliche Metriken.",
    # es
    "No estoy de acuerdo con cerrar el incidente todavía, el error rate sigue un 2% por encima de lo normal.",
    "This is a heated one, I know, but I think we're wrong to buy rather than build here. Here's my cost comparison.",
    "I'm going to push back on the estimate, Paul. Three days for the migration ignores the backfill. I'd say two "
    "weeks.",
)

_FEEDBACK = (
    "Direct feedback from our 1:1: your PRs are landing without tests, and two of them caused rollbacks this month. I "
    "need to see tests on every change from now on. What support do you need?",
    "Perf review draft — Amir: strong incident response, but status updates during incidents were often late. Goal "
    "for next half: post an update every 30 minutes during a SEV2+.",
    "You missed the handover doc two weeks in a row. I know things are busy, but the next on-call depends on it. Can "
    "we set a reminder together?",
    "Feedback on your design doc: the problem statement is clear, but the alternatives section is thin. Please add at "
    "least two options with trade-offs before the review.",
    # de
    "Dein Vortrag war inhaltlich gut, aber zu lang. Nächstes Mal bitte auf 15 Minuten kürzen und die Demo vorziehen.",
    "Honest feedback, Chloé: in meetings you sometimes cut people off before they finish. I don't think you mean it, "
    "but it's noticed. Worth watching.",
    "Mid-year: meeting expectations overall. To reach 'exceeds' I'd want to see you owning a project end to end, not "
    "just tickets.",
)

_QUOTED = (
    "Reporting this to HR: in yesterday's standup, Greg told Anita 'women don't belong on the infra team'. Several of "
    "us heard it. Screenshot attached.",
    "Ticket for Trust & Safety: user 'kr4ken' posted 'I'll find where you live' in the #support-community thread. "
    "Removed, account suspended, escalating.",
    "For the record (retro, what didn't go well): a vendor engineer called our on-call 'useless idiots' on the "
    "bridge. We've raised it with their account manager.",
    "Mod note: deleted a comment that said 'go back to your own country' under Samira's post. Please report anything "
    "like this to me directly.",
    # de
    "Ich melde hiermit, dass Herr K. im Call zu meiner Kollegin gesagt hat: 'Halt den Mund, Mädchen'. Ich bitte um "
    "ein Gespräch.",
    # fr
    "Je signale que dans le canal #ops, quelqu'un a écrit à Karim « retourne faire des kebabs ». Captures jointes "
    "pour les RH.",
    "Customer escalated with the message 'your support people are brain-dead monkeys'. I've replied politely and "
    "flagged the account per policy.",
    "Anonymous report via the ethics line: a manager reportedly told a report 'if you get pregnant, don't bother "
    "coming back'. Investigation opened, case #ER-2291.",
)

_SELF = (
    "Total clown move on my part: pointed the migration at prod, not staging. Rolling back, apologies all 🤡",
    "My code from last year is genuinely embarrassing. Past me should not have been allowed near a keyboard.",
    # es
    "Las expresiones regulares y yo no nos llevamos nada bien, ¿alguien me echa un ojo a este patrón? 😅",
    # fr
    "Moi et les fuseaux horaires, une histoire d'amour ratée. J'ai encore planifié le cron à la mauvaise heure.",
    "dumbest mistake of my career: forgot the WHERE clause. restoring from the 02:00 snapshot",
    "I'm the bottleneck on the review queue, I know. I'll clear my backlog today, sorry for being slow.",
    # de
    "Ich bin heute echt zu nichts zu gebrauchen, hab dreimal den falschen Branch deployed. Kaffee, bitte.",
)

BENIGN_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ops_violent": ("ops_violent", _OPS_VIOLENT),
    "ops_profanity": ("ops_profanity", _OPS_PROFANITY),
    "ops_ordinary": ("ops_ordinary", _OPS_ORDINARY),
    "praise_service": ("ops_ordinary", _PRAISE_SERVICE),
    "disagreement": ("civil_disagreement", _DISAGREEMENT),
    "feedback": ("civil_disagreement", _FEEDBACK),
    "quoted": ("quoted_report", _QUOTED),
    "self": ("self_deprecation", _SELF),
}
"""Not-hostile form -> (kind it is scored as, messages); praise and service answers count as ops_ordinary."""
