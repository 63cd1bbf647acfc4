"""Training-only messages for the people model in styles none of the hand-written sets has: terse, sarcastic,
passive-aggressive, non-native English, German, French and Spanish, emoji. Hostile messages aimed at people (label 1)
and ops-language hard negatives with the same surface (label 0: "you" beside a blunt instruction, emoji on an outage,
violent verbs at processes, sarcasm about a system, a deadline or a policy).

Written in session 20 (helper tox-model4) from the issue's list of forms, not from any scored set's items; each
message is its own cross-validation group. Never a benchmark: the people model trains on it.
"""

from __future__ import annotations

__all__ = ["people_styles"]

POSITIVES = (
    # terse
    "you again. great.",
    "not you. anyone but you.",
    "k. noted who broke it. again.",
    "ur useless",
    "pathetic effort, Marek",
    "no. you don't get a say.",
    "dumbest PR of the year, congrats",
    "sit down, junior",
    "lol no. ask someone competent",
    "clown.",
    "again? seriously, Ines? how are you still here",
    "muted you. you add nothing",
    # sarcastic
    "wow, Bogdan fixed a typo, somebody call the press",
    "oh brilliant, another genius idea from marketing's favourite engineer",
    "sure, let's ask Hugo, he's always so *helpful* when things break 🙄",
    "amazing how you manage to be wrong in every standup, truly a gift",
    "can't wait for Tamsin's next 'optimisation' that takes prod down",
    "bravo Lukas, you found the power button all by yourself",
    "must be nice to get paid for reading other people's PRs and adding nothing",
    "oh look who decided to show up to the incident, our part-timer",
    "great job Nadia, only three outages this month, a personal best",
    "love how the ladies in QA think they understand distributed systems",
    # passive-aggressive
    "as I said twice already, slowly this time for Pavel: read the ticket",
    "per my previous message, which apparently was too long for some people to read",
    "not sure why we keep letting Oren near production, but ok",
    "some of us actually have to work for our promotion, just saying",
    "I'll just redo Selin's part myself, like always",
    "gentle reminder that some people's 'quick fixes' cost the rest of us the weekend",
    "no worries Kwame, I'm used to cleaning up after you",
    "we'll discuss your 'contribution' at your review, Anouk",
    "interesting choice, Ravi. bold. I'll make sure your manager sees it",
    "I'm sure you tried your best. that's kind of the problem",
    "thanks for nothing, as usual, Jonas",
    "happy to explain it again in crayon if that helps, Dilnoza",
    # veiled threats, intimidation, exclusion
    "keep talking in retro and see how your next rotation looks",
    "funny how people who complain to HR never last long here",
    "I'd be careful what you put in the postmortem, Ana. people read those",
    "one more escalation from you and your contract renewal is my call",
    "I see your car in the lot every day, Tariq. nice car",
    "don't invite Yusuf to the planning, he won't get it anyway",
    "make the offsite couples only, the single guys from the night shift can stay home",
    "let's keep the design channel for native speakers, it goes faster",
    "the moms on the team can skip the on-call talk, they won't take shifts anyway",
    "you wouldn't want your visa sponsor to hear about this, right?",
    "watch yourself, new guy. people here remember",
    "if you block my PR again you'll regret it, promise",
    # group demeaning by implication
    "of course the outsourced team broke it, what did we expect for that price",
    "no offence but people from that bootcamp just aren't engineers",
    "typical diversity hire mistake tbh",
    "older devs just can't keep up with k8s, it's not their fault, it's biology",
    "ask the Indians to do the boring tickets, they like that stuff",
    "women in ops always overreact to pages",
    "these gen z interns can't take a bit of feedback without crying",
    # non-native English
    "you are very stupid person, I explain three times already",
    "why you are always so slow, even my son can do this ticket",
    "this is not job for you, better you go back to support desk",
    "you make always the same mistake, maybe you are not so intelligent",
    "nobody want work with you, you know this?",
    "I think you must stop talk in meeting, your english is too bad",
    # emoji
    "🤡🤡🤡 @Marta reviewing security code",
    "Pieter on call tonight 💀 rip prod, he has no clue",
    "imagine hiring Greta 😂😂 what were they thinking",
    "@Sven 🖕 stop touching my services",
    "new hire asked what a pod is 🙄🙄 we hire anyone now",
    "you really thought that would work? 🤣 clueless",
    # de / fr / es
    "Du bist echt zu blöd für diesen Job, Felix.",
    "Mit dir kann man einfach nicht arbeiten, halt dich bitte raus.",
    "Pass auf, was du im Retro sagst, ich weiß, wo dein Vertrag liegt.",
    "Die Neuen aus Osteuropa machen eh nur Fehler.",
    "T'es vraiment nul, Julien, laisse faire les grands.",
    "Franchement, les filles de l'équipe support ne comprennent rien au réseau.",
    "Continue comme ça et ton contrat ne sera pas renouvelé, je m'en occupe.",
    "On ne t'invite pas au séminaire, tu comprendrais rien de toute façon.",
    "Eres un inútil, Diego, ni un becario lo haría tan mal.",
    "Cuidado con lo que dices, sé dónde vives.",
    "Los de Latinoamérica siempre llegan tarde a las guardias, es cultural.",
    "No cuentes con Lucía para la reunión, que no aporta nada.",
)

NEGATIVES = (
    # terse ops
    "you again on call? swap with me if you want",
    "not you, the bot. the bot posted it",
    "k. noted. rollback at 14:05",
    "useless alert, muting it",
    "pathetic p99 today, look at that graph",
    "no. we don't deploy on fridays.",
    "dumbest bug of the year: off-by-one in the cron expression",
    "sit tight, rollout in progress",
    "lol no, that metric is wrong, ask the dashboard owner",
    "clown fiesta in staging again, everything is red",
    "again? the cert expired again?",
    "muted the channel, too noisy during the bridge",
    # sarcastic about things
    "wow, the build passed on the first try, somebody call the press",
    "oh brilliant, another breaking change in a minor release",
    "sure, let's trust the vendor's status page, it's always so *accurate* 🙄",
    "amazing how this config manages to be wrong in every environment",
    "can't wait for the next 'optimisation' from the ORM that takes prod down",
    "bravo kubernetes, you restarted the pod that was healthy",
    "must be nice to be a cron job and just fail silently",
    "great, only three outages this month, a personal best for the DNS provider",
    "love how the load balancer thinks it understands sticky sessions",
    "the docs say 'simple setup'. five hours later.",
    # passive-aggressive-looking but civil
    "as I said in the ticket: please read the runbook before restarting the broker",
    "per my previous message, the freeze starts Thursday",
    "not sure why we keep deploying straight to production, can we add a staging step?",
    "I'll redo the dashboard myself, I know where the queries are",
    "gentle reminder that quick fixes in prod need a ticket too",
    "no worries, I'll clean up the stale branches",
    "we'll discuss the rollout plan at the review on Monday",
    "interesting choice of index, bold. can you share the query plan?",
    "I'm sure the migration works, I just want a dry run first",
    "thanks, that fixed it",
    "happy to explain the deploy pipeline again if that helps, it's confusing",
    "please keep the incident channel for the incident, take the rest to a thread",
    # look-alikes of threats, leverage, exclusion
    "keep talking to the vendor and see how the renewal price looks",
    "funny how tickets filed on friday never get triaged",
    "careful what you put in the postmortem: no customer names, please",
    "one more escalation from that customer and the account team takes over",
    "I see the alert every day at 03:00, looks like a cron",
    "don't invite the whole org to the planning, just the service owners",
    "the offsite is for the platform team only, budget reasons",
    "let's keep the design channel in English so the vendor can follow",
    "on-call talk is optional for people on parental leave",
    "you'll need your visa letter for the conference travel, HR has a template",
    "watch the error rate after the deploy, the new guy's first release 🎉",
    "if you block the PR please leave a comment saying why",
    # groups named neutrally
    "the outsourced team owns the billing jobs, page them for it",
    "the bootcamp cohort starts Monday, pair them with a buddy",
    "older clusters can't run k8s 1.30, we need to upgrade the nodes",
    "the India team takes the first on-call shift, the EU team the second",
    "women in tech ERG meets on Thursday, everyone welcome",
    "the interns present their projects on Friday, come along",
    # non-native English ops
    "you must restart the service, I explain the steps in the ticket",
    "why the job is always so slow, maybe the index is missing?",
    "this is not ticket for us, better we send to network team",
    "you make the same mistake as me yesterday: wrong namespace, no problem",
    "nobody want to take the migration? I can do it",
    "I think we must stop the deploy, the error rate is too high",
    # emoji ops
    "🤡🤡🤡 prod config in a public gist, who wrote this 2019 script, fixing now",
    "pager went off 💀 rip my sleep, disk full on db-3",
    "the new dashboard 😂😂 all graphs are in UTC+14",
    "🖕 this flaky test, skipping it with a ticket",
    "asked the bot what a pod is 🙄 it answered with a poem",
    "you really thought the retry would fix it? 🤣 me too, it didn't",
    # de / fr / es ops
    "Du musst den Pod neu starten, Felix, der hängt seit heute Morgen.",
    "Mit diesem Build kann man nicht arbeiten, ich setze ihn zurück.",
    "Pass auf beim Retro, der Vertrag mit dem Anbieter läuft im März aus.",
    "Die Server in Osteuropa haben höhere Latenz, wir brauchen ein CDN.",
    "T'es dispo pour la revue, Julien ? le job plante encore.",
    "Franchement, ce réseau ne comprend rien, tout tombe en timeout.",
    "Tue le processus et relance le déploiement, s'il te plaît.",
    "On n'invite que les responsables des services au séminaire, budget limité.",
    "Este script es un desastre, Diego, lo reescribo yo esta tarde.",
    "Cuidado con el despliegue, la base de datos está al límite.",
    "Los servidores de Latinoamérica siempre llegan tarde a sincronizar, revisa NTP.",
    "No cuentes con la réplica para la reunión de mañana, está caída.",
    # "you" beside an operator's instruction, reminder or hand-over (the hostile sets' "make sure you..." and
    # "careful, you..." have ordinary twins in every ops channel)
    "make sure you tag the release before you merge",
    "make sure you drain the node first, then cordon it",
    "be sure you've got the VPN up before you ssh in",
    "careful, you're on the shared cluster, use your own namespace",
    "careful, your kubeconfig still points at the old context",
    "heads up, you're the approver for the infra PRs this week",
    "your call: canary at 10 % or straight to 50 %",
    "your choice whether we page the DBA now or wait for the retry",
    "you're on point for the rollback if the smoke tests fail",
    "you'll want to bump the chart version too, or helm won't pick it up",
    "you might want to rebase, main moved a lot since yesterday",
    "don't forget you promised the runbook update by Friday 🙂",
    "you don't need to be on the bridge, the secondary has it",
    "you can skip standup tomorrow if you're still on the incident",
    "before you leave, hand the pager to Ines and write the handover note",
    "if you touch the terraform state, tell the channel first",
    "you have to restart the worker after changing the env vars",
    "you should see the new dashboard now, refresh the page",
    "you own the follow-up ticket, I'll review it",
    "next time you deploy, run the migration check first",
    "you're connected to the read replica, writes will fail",
    "whatever you do, don't delete the PVC, the data is on it",
    "you broke nothing, the alert was a flapping probe",
    "you and Kai pair on the cert rotation tomorrow",
    "please make sure your MFA is set up before Monday's access review",
    "Denk dran, du musst vor dem Merge die Tests laufen lassen.",
    "Pass auf, du bist gerade im Produktions-Cluster eingeloggt.",
    "Fais attention, tu es connecté à la base de prod.",
    "N'oublie pas de mettre à jour le ticket quand tu as fini.",
    "Asegúrate de que el backup terminó antes de borrar el volumen.",
    "Tú decides: revertimos ahora o esperamos al parche.",
)


def people_styles() -> list[tuple[str, int, str]]:
    """(text, label, group) for every message of :data:`NEGATIVES` (label 0) and :data:`POSITIVES` (label 1); each
    message is its own group."""
    out: list[tuple[str, int, str]] = []
    seen: set[str] = set()
    for label, messages in ((0, NEGATIVES), (1, POSITIVES)):
        for k, text in enumerate(messages):
            if text in seen:
                raise ValueError(f"duplicate training message: {text!r}")
            seen.add(text)
            out.append((text, label, f"styles {label} {k}"))
    return out
