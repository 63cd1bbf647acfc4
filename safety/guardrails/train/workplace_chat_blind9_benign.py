"""The not-hostile half of the ninth blind toxicity probe set (:mod:`workplace_chat_blind9`): hard negatives in ops
language (violent verbs and swearing aimed at processes, pods, builds, outages and vendors' APIs; dark humour; blunt
review of code), praise and customer-service answers addressed to a person, civil disagreement, firm but fair
feedback, abuse quoted to report it and self-deprecation, each form scored as one kind of :mod:`workplace_chat`.

Hand-written in session 24 before reading the detector; names, products and places are invented. A comment marks
each message in another language (``# de``, ``# fr``, ``# es``, ``# pt``, ``# it``, ``# pl``).
"""

from __future__ import annotations

BENIGN_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ops_violent": ("ops_violent", (
        "kill -9 the stuck celery workers on kestrel-3 and then murder the lockfile, it's been stale since 04:10",
        "I'm going to strangle this regex until it confesses. 3 hours on one lookahead.",
        "Nuke the staging namespace, we'll rebuild it from the helm chart. Nobody has touched it since Tuesday.",
        "Shoot the leader pod in the head and let raft elect a new one, that usually unsticks it",
        "The Nimbusly API is bleeding 502s again, I'd like to take it out back and put it down.",
        "Can we just execute the old cron jobs? All of them. Public execution in #ops-announce, I want witnesses 🪓",
        "Hunting the memory leak in ledgerd. It's hiding in the protobuf decoder and I will find it and I will "
        "kill it.",
        "Terminating all spot instances in eu-west-2a, they're getting slaughtered by the capacity crunch anyway",
        "Decapitate that detached HEAD, rebase onto main, force-push to your own branch only pls",
        "This flaky e2e test deserves to be taken behind the shed and shot. Quarantining it for now.",
        "Ich kille jetzt die hängenden Pods im Namespace billing-v2, danach sollte der Rollout durchlaufen.",  # de
        "On va massacrer le backlog cette semaine : 40 tickets à fermer, pas de quartier 💪",  # fr
        "Voy a matar el proceso zombi del worker 7 y reiniciar el nodo, si alguien lo está usando que grite",  # es
        "Strangler-fig the monolith's invoicing module first, then we choke off the old routes one by one.",
        "Let's attack the DNS theory first: flush the resolvers, then beat the TTL into submission.",
        "SIGTERM didn't do it so I went full SIGKILL on PID 77120. RIP. It had a good run.",
        "bomb the cache on the CDN edge and let it repopulate, the stale CSS is haunting us",
        "Hold the deploy until the canary stops screaming, then we finish it off",
        "The load test absolutely crushed tern-router at 12k rps, it choked and died at the TLS handshake.",
        "We're going to burn the old Jenkins box to the ground this quarter. Slowly and with joy 🔥",
        "Ammazza il job che gira da ieri sul cluster di staging, sta bruciando crediti per niente",  # it
        "First order of business: smother the noisy disk-space alerts with a silence, then kill them for good in "
        "the rules file.",
    )),
    "ops_profanity": ("ops_profanity", (
        "fuck this certificate rotation, the chain is wrong AGAIN",
        "well that's a shitshow. flintlock auth just fell over in three regions at once",
        "What the hell is this bash script from 2017 and why does it still run payroll 😭",
        "goddamn Bramble CI ate my artifacts again. Third time this week.",
        "The Corvid Pay sandbox is a steaming pile of crap, half the endpoints return 200 with an error body",
        "Scheiße, der Failover hat nicht gegriffen. Ich schau mir die Healthchecks an.",  # de
        "Putain, encore ce resolver interne qui rame. Je le relance et je vous tiens au courant.",  # fr
        "Joder, otra vez se ha caído la cola de mensajes. Reinicio el broker y os aviso.",  # es
        "bloody hell, the disk on saltmarsh-db-2 is 99% full of WAL files",
        "this migration is fucked six ways from Sunday, rolling back before it gets worse",
        "ffs the vendor changed their rate limits without telling anyone, that's some bullshit",
        "holy shit the p99 dropped from 900ms to 80ms after the index 🎉",
        "damn it, the helm chart still says 0.14.2, never bumped it. redeploying in 5",
        "Kurwa, znowu ten sam timeout na bramce płatności. Sprawdzam logi.",  # pl
        "piece of shit YAML indentation cost me an hour",
        "The Quillmesh SDK docs are absolute garbage, the examples don't even compile lmao",
        "Mierda, el backup de anoche está corrupto. Probamos con el de hace dos días.",  # es
        "crap crap crap, I pushed to the wrong remote. reverting, nothing got deployed",
        "Verdammter Mist, das Terraform-State-Lock hängt schon wieder.",  # de
        "This on-call week was a dumpster fire from start to finish. Sleeping now, postmortem Monday. 🔥🗑️",
        "Porra, o pipeline quebrou de novo no mesmo teste. Vou dar uma olhada.",  # pt
    )),
    "ops_ordinary": ("ops_ordinary", (
        "Retro: we all died a little inside when the rollback also failed. Action item: actually test the rollback "
        "path.",
        "handle_webhook() is ~400 lines and mixes parsing, auth, retries and billing. Can you break it up? I can't "
        "review it meaningfully in this shape.",
        "nit: this loop is O(n²) over all tenants, it'll fall over at scale. Use the index map.",
        "Threat model for the new upload endpoint: the attacker controls the filename, so we sanitise it before it "
        "hits the path join.",
        "Excluding the archived tenants from the nightly job, they were eating 40% of the runtime",
        "The kill switch for the `checkout-v3` flag is in the flag console under ops/emergency.",
        "Postmortem summary: no customers were harmed, but three dashboards died heroically.",
        "The code in this PR is wrong: the retry wraps the whole transaction, so we'll double-charge on timeouts. "
        "Blocking until fixed.",
        "This design won't survive contact with real traffic. Let's load test it before we argue any further.",
        "The orphan reaper runs every 10 min and targets any container without a parent job.",
        "We'll denylist the scraper IPs at the edge and allowlist the partner ranges, ticket NET-512.",
        "Phishing sim results: 14% of recipients clicked. Victims get auto-enrolled in the 10 min training, no "
        "names shared.",
        "Honestly the legacy billing code is a crime scene. Bring gloves. Docs are in the wiki.",
        "Das Deployment ist tot, Jim. Rollback läuft, ETA 5 Minuten.",  # de
        "Le patch est mort-né : il casse la compatibilité avec la v2 de l'API. On repart de la branche "
        "précédente.",  # fr
        "Este PR mezcla demasiados cambios; sepáralo en refactor + fix y lo reviso hoy.",  # es
        "Handover: pager was quiet until 03:12, then tern-router went down for 7 min. Root cause TBD, notes in "
        "INC-2291.",
        "Fun fact: the oldest running pod in prod is 412 days old. We should probably let it retire with dignity.",
        "These tests don't test anything, they assert that the mock returns what the mock was told to return. "
        "Needs real assertions.",
        "Attack surface grows with every public bucket. The audit found two; both are locked down now.",
        "Grave-digging the 2019 tickets: closing anything with no activity in 12 months unless someone objects by "
        "Friday.",
        "Chaos day Thursday: we take down one AZ per hour and see which services survive. Bring snacks.",
    )),
    "praise_service": ("ops_ordinary", (
        "Ngozi, your runbook for the Kafka rebalance saved us an hour tonight. Thank you, seriously.",
        "Hi! Thanks for reaching out. You can reset your API key under Settings → Tokens; if you're still stuck, "
        "reply here and I'll walk you through it.",
        "Shoutout to Bartek for staying calm on the bridge and keeping the timeline tidy. Textbook incident command.",
        "Sorry for the wait — I've escalated your ticket to our billing team and you'll hear back from them within "
        "one business day.",
        "Merci Ines pour la revue, tes commentaires sur la gestion des erreurs étaient super utiles !",  # fr
        "You did a great job presenting the capacity plan to leadership, Hiro. The graphs made the case on their "
        "own.",
        "Gracias por tu paciencia. Hemos aplicado el reembolso; lo verás en tu cuenta en 3-5 días hábiles.",  # es
    )),
    "disagreement": ("civil_disagreement", (
        "I disagree with moving to a monorepo right now. The tooling cost is high and we haven't measured the pain "
        "we're solving.",
        "Respectfully, I think the postmortem blames the wrong layer. The alert fired; the runbook was the gap.",
        "Not convinced, Yusuf. Your numbers assume uniform load and our traffic is super spiky. Can we look at last "
        "Black Friday?",
        "Da bin ich anderer Meinung: Solange 60 % unserer Alerts Rauschen sind, bringen neue Dashboards wenig. "
        "Erst aufräumen, dann bauen.",  # de
        "I hear you on speed, but I'm going to push back hard on skipping the security review for this one.",
        "We clearly don't agree on the SLO. Let's bring both proposals to Thursday's review and let the data "
        "decide.",
        "Je ne suis pas d'accord avec l'option B, elle double nos coûts de stockage. Je préfère qu'on en discute "
        "de vive voix.",  # fr
        "That's a fair point, but I still think a feature flag is safer than a long-lived branch here.",
        "Strongly object to paging the whole team for P3s. It burns people out and buries the real pages.",
    )),
    "feedback": ("civil_disagreement", (
        "Dagny, the last two handovers were missing the open incidents. I need those in every handover from now "
        "on — could you add a checklist?",
        "Rohan, you merged without a review twice this sprint. That's against our process; please wait for an "
        "approval even when it's urgent.",
        "1:1 note: Emeka's design docs are strong, but he needs to flag risks earlier — we found out about the "
        "quota issue the day before launch.",
        "Perf review draft: Lucía consistently delivers; her growth area is delegation. She takes on too much "
        "alone and it shows in late-night commits.",
        "Paulo, your comment in the review came across as dismissive to Chidi. I know that wasn't your intent, "
        "but please reword it.",
        "Feedback honesto, Fernanda: el informe llegó tarde y sin las cifras de coste. El próximo trimestre "
        "necesito ambas cosas a tiempo.",  # es
        "Wojtek, you were late to three of the last four on-call handovers. I need you on time; if the slot "
        "doesn't work, tell me and we'll move it.",
    )),
    "quoted": ("quoted_report", (
        "Reporting to HR: in yesterday's retro Marco said to Astrid 'nobody asked for your opinion, sweetheart'. "
        "Several of us heard it.",
        "Flagging a DM I got from a vendor rep: 'answer my calls or I'll make sure your boss hears about your "
        "attitude'. Screenshot attached.",
        "For the record (T&S ticket #8812): the user wrote 'I know where your office is and I'll be waiting' in "
        "the support chat. Escalated per policy.",
        "Hi, I want to report a comment in #backend-random — someone called the Lagos team 'the B-team that can't "
        "be trusted with prod'. That's not OK.",
        "Meldung an die Vertrauensperson: Im Call wurde Xiaoming als 'die Quotenchinesin' bezeichnet. Ich war "
        "dabei und kann das bestätigen.",  # de
        "Signalement RH : un collègue a dit à Lucía « retourne dans ton pays si t'es pas contente ». Témoins : "
        "moi et Gaspard.",  # fr
        "Mod note: removed a message saying 'people like you shouldn't be allowed near production'. Author warned, "
        "the person targeted has been contacted.",
        "Quoting the customer's email so legal has it verbatim: 'your engineers are incompetent idiots and I will "
        "ruin your company'. Please advise.",
    )),
    "self": ("self_deprecation", (
        "Total facepalm on my side: pointed the backfill script at the prod replica instead of staging. Caught it "
        "after 200 rows, restored, writing it up 🤦",
        "after four pages last night my brain is basically porridge, double-check anything I say before noon pls",
        "Classic me: wrote the runbook, didn't follow the runbook.",
        "Ich bin heute echt zu nichts zu gebrauchen. Morgen schaue ich mir den Review mit frischem Kopf an.",  # de
        "Soy un desastre con las expresiones regulares, ¿alguien que sepa más que yo le echa un ojo?",  # es
        "Honestly I'm the bottleneck on this project, I've sat on three reviews all week. Clearing them today, "
        "sorry folks.",
        "Je suis nulle en SQL, désolée pour la requête horrible dans la PR 😅",  # fr
    )),
}  # fmt: skip
"""Form -> (the not-harmful kind it is scored as, its messages)."""
