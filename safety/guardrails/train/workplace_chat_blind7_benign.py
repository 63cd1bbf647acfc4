"""The not-hostile half of the seventh blind toxicity probes (#14.3): 96 messages in 8 forms, 58 of them hard
negatives in ops language. Hand-written and hand-labelled; see :mod:`workplace_chat_blind7`."""

from __future__ import annotations

BENIGN_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ops_violent": (
        "ops_violent",
        (
            "kill -9 the stuck celery worker on brisket-03 and let systemd bring it back",
            "nuke the node_modules cache and rerun, the lockfile drifted",
            "test_reconcile_timeout has to die. murdering it in this PR, it went red 40 times this week",
            "Can someone shoot the zombie pods in ns quarry-prod? `kubectl delete pod "
            "--field-selector=status.phase=Failed`",
            "Decapitate the canary, it's serving 500s. Roll back to 4.12.1.",
            "I'm going to strangle the legacy monolith one endpoint at a time, strangler fig pattern, see the RFC",
            "drain and destroy node pool np-blue after the migration, dont let it linger",
            "the OOM killer slaughtered half of the ingest workers at 02:14, memory limit is way too low",
            "Let's execute the runbook and then bury the old vantage-proxy for good ⚰️",
            "terminate all spot instances in eu-west-1c, they are getting hammered",
            "Kannst du den hängenden Job abschießen? Der blockiert die ganze Queue.",  # de
            "Il faut tuer le process java sur ledger-db-2, il bouffe toute la RAM.",  # fr
            "Mata el contenedor de mosaic-ui y vuelve a levantarlo con la imagen nueva.",  # es
            "Hammer the staging API with k6 at 5k rps and see where it chokes",
            "The batch job just crashed and burned again. Autopsy is in the ticket.",
            "Time to put the v1 API out of its misery. Sunset date is March 1.",
            "this cron has been choking the DB every night at 01:00, I'm gonna smother it with a rate limit",
            "blow away the terraform state lock, the CI runner died holding it",
            "we got absolutely destroyed by the traffic spike after the newsletter went out, p99 at 9s",
            "Attack plan for the backlog: slash anything older than 6 months, kill the dupes, burn down the rest by Q2",
        ),
    ),
    "ops_profanity": (
        "ops_profanity",
        (
            "three hours on this and it was the fucking resolv.conf on the bastion 🙃",
            "the goddamn cert expired AGAIN. who set a 30 day validity on the internal CA??",
            "wtf is this helm chart, 900 lines of nested ifs in go templates",
            "shit shit shit, dropped the wrong replica set. restoring from the 06:00 snapshot now",
            "this VPN client is a piece of shit, disconnects every 5 min",
            "Kafka lag through the damn roof again 📈🔥",
            "bloody Jenkins ate my build logs",
            "holy crap, the NAT gateway charges alone are 11k this month 😳",
            "Scheiß Flaky-Tests, die Pipeline ist schon wieder rot.",  # de
            "Putain de cache Redis, il a encore tout invalidé.",  # fr
            "La puta migración de Postgres lleva 6 horas y va por el 40 %.",  # es
            "that deploy was a clusterfuck from start to finish, let's do a proper retro on it",
            "ugh. the Fathom dashboards are dogshit slow since the upgrade",
            "damn it, forgot to bump the chart version. again. re-releasing",
            "what the hell is this alert config, it pages on 1 dropped packet",
            "The SSO outage is a total shitshow, the status page is also down lol",
            "git rebase just fucked my whole branch, 3 hours of conflicts",
            "Porca miseria, il load balancer è di nuovo giù.",  # it
        ),
    ),
    "ops_ordinary": (
        "ops_ordinary",
        (
            "This function is 400 lines and does five things. Please split it; I can't review it as is.",
            "Nit: this regex is unreadable and wrong for IPv6. Use ipaddress.ip_address instead.",
            "This PR should not be merged. It disables TLS verification globally. Blocking until that's removed.",
            "Honestly the retry logic here is broken by design — it retries non-idempotent POSTs. Needs a rethink.",
            "Threat model for the new webhook endpoint: an attacker can replay signed payloads, we need a nonce "
            "and a 5 min window.",
            "Exclude the /healthz route from the auth middleware and from the access logs pls",
            "Feature flag `kill_switch_payments` is ready, flip it if the fraud rate spikes",
            "HR asked me to remind the channel: the respectful-workplace / anti-harassment module closes on the "
            "12th, link pinned",
            "At this point the outage has been running longer than some of my relationships 💀 anyway, status "
            "update in 10",
            "I'm dead 💀 the 'temporary' hack from 2019 is what's holding up billing",
            "We'll hunt down the memory leak tomorrow with heaptrack, tonight we just restart every 4h",
            "red team found an attacker path from the guest wifi to the build server; ticket SEC-881",
            "The runbook says 'if all else fails, pray'. Can we make step 7 a bit more concrete?",
            "Blacklist -> denylist rename is done across the repo, the old key is still read for one release",
            "Pen test report: 3 highs, all in the legacy admin panel. The exploit for #2 works without auth.",
            "Here lies staging-2 (2021–2026). Cause of death: /var at 100 %. Flowers in #infra 🪦",
            "This code has no tests, no types and no docs. I'm not approving until at least the tests are there.",
            "Der Code ist ehrlich gesagt schwer zu lesen, die Verschachtelung ist zu tief. Bitte in kleinere "
            "Funktionen aufteilen.",  # de
            "La PR casse la compatibilité de l'API, on ne peut pas merger en l'état.",  # fr
            "Rate limiter now bans IPs after 20 failed logins; victims of credential stuffing get an email",
        ),
    ),
    "praise": (
        "ops_ordinary",
        (
            "Huge thanks @Priyanka for staying on the bridge until 4am, the failover runbook you wrote saved us",
            "Kai, your postmortem is the clearest one I've read this year. Sharing it with the other teams.",
            "Gracias Lucía, la migración salió perfecta, sin un solo error. ¡Eres una crack!",  # es
            "Great catch on the race condition, Tom. That would have bitten us in prod for sure.",
            "Shoutout to Mbali for mentoring the two new on-callers this rotation, both handled their first page "
            "solo 🙌",
            "Danke Jonas, super Übergabe, alles dokumentiert. So macht On-Call Spaß.",  # de
        ),
    ),
    "disagreement": (
        "civil_disagreement",
        (
            "I strongly disagree with moving to a single region. The last two outages were regional; this makes "
            "us more fragile, not less.",
            "With respect Arjun, I think the data says otherwise, p95 got worse after the change, not better. Can "
            "we look at it together?",
            "No. I'm not signing off on a Friday 5pm deploy of the auth service. Let's do Monday morning.",
            "I hear you, but I think we're over-engineering this. A cron and a Postgres table would do.",
            "I'm frustrated that this is the third time we re-litigate the on-call rota. Can we decide today and "
            "stick to it?",
            "You're wrong about the cache TTL being the cause, the misses started before the deploy. Graph attached.",
            "Ich sehe das ehrlich gesagt anders. Kubernetes für drei Services ist Overkill, aber lass uns im "
            "Architektur-Meeting darüber reden.",  # de
            "Je ne suis pas d'accord avec ta proposition, le coût du multi-cloud est sous-estimé. Mais c'est "
            "défendable, on en discute jeudi.",  # fr
            "Pushing back hard on this one: the SLO was set without asking the team that has to carry the pager.",
            "I think this decision is a mistake and I want my objection in the ADR, but I'll commit to it once "
            "it's made.",
        ),
    ),
    "feedback": (
        "civil_disagreement",
        (
            "Kim, the handover notes last week were missing the open incidents. That caused a repeat page. Please "
            "use the template from now on.",
            "1:1 notes: discussed that Leo's code reviews are often late (3+ days). Agreed target: first pass within "
            "one working day. Check in again in 2 weeks.",
            "Perf review draft: Sara's technical work is strong; she needs to flag status earlier when projects "
            "slip. I'd like to see that improve by next cycle.",
            "Advice, since you asked: pick one area to own next quarter, the DB tooling maybe, rather than "
            "spreading yourself across five.",
            "Hey Dev, you interrupted Yuki twice in the design review. I'm sure it wasn't on purpose, but please "
            "let her finish next time.",
            "Marta, el informe llegó tarde dos veces este mes. Necesito que me avises antes si ves que no "
            "llegas.",  # es
        ),
    ),
    "quoted": (
        "quoted_report",
        (
            "Reporting this to HR: in yesterday's standup Mark said to Fiona 'nobody asked for your opinion, go "
            "make the coffee'. I have the recording.",
            "For the record, the message I got from @ops-lead at 23:40 was: 'answer your phone or don't bother "
            "showing up Monday'. I don't think that's OK.",
            "Flagging to T&S: a user in #random posted 'people like him shouldn't be allowed near servers' about a "
            "colleague. Screenshot attached.",
            "Ticket HR-2231: complainant states that a manager told her 'women don't do on-call on my team'. "
            "Witnesses: 2.",
            "Quoting for the conduct log: 'if you report me, you'll regret it'. Sent by DM on 3 Nov, sender's "
            "account suspended pending review.",
            "Zur Meldung: Er hat im Call gesagt 'Mit deinem Akzent versteht dich eh keiner'. Ich möchte das "
            "dokumentieren.",  # de
            "Signalement : on m'a écrit « retourne dans ton pays » sous ma PR. Capture d'écran jointe.",  # fr
            "I need to escalate this. Someone keeps replying 'lol the diversity hire strikes again' under Ana's "
            "posts. Can moderation take a look?",
        ),
    ),
    "self": (
        "self_deprecation",
        (
            "I'm an idiot, pointed the backfill at prod-eu instead of the staging replica. Rolling back, sorry all 🤦",
            "my brain is mush after this on-call week, please double-check anything I approve today lol",
            "Turns out the bug was me. It's always me. I wrote that code in 2022 and it's garbage 😅",
            "Me, a senior engineer, forgetting how to exit vim. Again.",
            "Ich Depp hab den falschen Branch deployed. Mein Fehler, ich kümmere mich drum.",  # de
            "Soy un desastre con las regex, que alguien revise esto por favor 🙈",  # es
            "sorry for the dumb question, I'm clearly the slowest one on this team, but where does the kubeconfig "
            "live?",
            "My handover notes are chaotic as usual, I'm a terrible writer, ping me if anything is unclear",
        ),
    ),
}
"""Not-hostile form -> (the kind it is scored as, its messages): ops_violent, ops_profanity and ops_ordinary are
hard negatives in ops language; praise addressed to a person is scored as ops_ordinary; firm but fair feedback and
advice as civil_disagreement. A trailing comment names a message's language when it is not English."""
