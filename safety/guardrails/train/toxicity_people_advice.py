"""Training-only workplace messages for the pooled people model: cautionary advice about systems, data and audiences,
news relayed about a colleague, and praise (label 0), beside a few threats dressed as the same advice (label 1).

Why: with the eleventh set among its training data (session 27), the pooled model scored ordinary messages that warn
("careful, ...", "watch what you paste ...", "mind who is on the thread"), relay a colleague's news ("he's off for
surgery", "she's moving teams") or praise someone almost as high as hostile ones: the hand-written sets' veiled
threats are dressed as advice and their harassment talks about a third person, while few ordinary rows do either. So
the threshold rule's ordinary ceiling held the threshold at 0.72 and above, and the recall it gives up is most of the
gap to the issue's 0.85. These rows give the model the ordinary side of those surfaces, in English, German, French,
Spanish, Italian, Portuguese and Dutch; the few positives keep a warning aimed at a person's job, safety or complaint
hostile.

Written in session 27 (helper b-tox12) from those forms, not from any scored set's or test's sentences; a check by
program against the generated set, the eleven hand-written sets and the tests' sentences found no text at difflib
ratio >= 0.70. Each message is its own group. Never a benchmark: only ``train_people.py`` reads it (recipe
``pooled``).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.toxicity_people_more import hand_written_rows

__all__ = ["people_advice"]

NEGATIVES = (
    # cautionary advice about systems, data and audiences
    "careful with the prod kubeconfig, it still points at the old cluster",
    "watch what you paste into #general, the vendor's people are in there too",
    "be careful which branch you tag, the release job builds from whatever you push",
    "heads up: whoever you add to the bridge gets the full incident history",
    "careful what you put in the ticket title, it shows up in the public status page",
    "double-check who is on the invite before you share the screen, the board deck is open",
    "careful, the staging DB has real customer emails in it, don't export it to your laptop",
    "watch out who you give admin on the repo, it can delete the protected branches",
    "be careful who you forward the pentest report to, it lists the open findings",
    "mind what you say on the recorded call, the transcript goes to the customer",
    "careful with rm -rf in that script, the path variable can be empty",
    "watch your quota on the shared runner, the nightly job eats most of it",
    "careful what you name the bucket, names are global and permanent",
    "think twice before you page the database team at 3am for a warning",
    "be careful who you @ in the incident channel, it pages their phone",
    "pick carefully who reviews the migration, it touches billing",
    "you might want to check who can read that doc, the link is open to anyone",
    "careful not to commit the .env file, it has the API keys",
    "keep an eye on who joins the customer call, their legal team sometimes dials in",
    "be mindful of time zones when you schedule the handover, Sydney is asleep",
    "make sure you know who owns the alert before you silence it",
    "watch the scope of that token, it can write to every repo in the org",
    "careful when you rebase the shared branch, others have work on it",
    "please be careful what screenshots you post, the dashboard shows account ids",
    # news relayed about a colleague
    "she's off for surgery next week, her tickets go to the pool",
    "he's on parental leave from Monday, ping me for the rollout instead",
    "they're at a conference until Thursday, reviews might be slow",
    "he broke his wrist skiing, so he's dictating his PR comments",
    "she's moving to the data team in March, she'll hand over the pager first",
    "his flight got cancelled, he'll join the planning remotely",
    "she asked to do the demo herself, she built most of it",
    "he's fasting this month, let's not book the team lunch at noon",
    "their kid is sick, they'll be in and out of standup today",
    "she just passed the CKA exam, ask her about the node pools",
    "he's new to Go, pair with him on the first few reviews",
    "she prefers written questions, so put them in the doc before the call",
    "er ist diese Woche auf Dienstreise, Fragen zum Release bitte an mich",
    "sie hat morgen einen Arzttermin und kommt erst nach dem Mittag",
    "il est en congé paternité à partir de lundi, je reprends ses tickets",
    "elle change d'équipe en avril, elle prépare la passation",
    "él está de vacaciones hasta el martes, la revisión la hace Marta",
    "ella se incorpora el lunes, hay que pedirle el portátil",
    "lui è in ferie fino a giovedì, la migrazione la seguo io",
    "ela está de licença médica esta semana, os alertas vão para mim",
    "hij zit deze week op cursus, reviews kunnen wat langer duren",
    # praise and thanks, to and about a person
    "you handled that customer escalation really calmly, thank you",
    "great write-up on the outage, you made the timeline very easy to follow",
    "she did an amazing job on the failover drill, nobody noticed the switch",
    "he stayed late to fix the backup job, huge thanks to him",
    "your review caught a bug that would have cost us a weekend, nice one",
    "you explained the rollback so clearly that even sales got it",
    "honestly the best onboarding doc I've read, you should be proud",
    "super Arbeit beim Failover gestern, du hast uns den Abend gerettet",
    "merci pour ta relecture, tes remarques étaient vraiment utiles",
    "gracias por quedarte hasta tarde con el incidente, fuiste clave",
    "ottimo lavoro sulla documentazione, adesso è chiarissima",
    "obrigado pela ajuda com o deploy, foste impecável",
    "goed gedaan met de migratie, het ging helemaal vlekkeloos",
    # instructions and reminders to "you" about work
    "don't forget to rotate your SSH key before Friday",
    "you'll have to re-run the pipeline after the cache is cleared",
    "if you're on call tonight, the runbook moved to the wiki",
    "feel free to ignore the first two alerts, they're known noise",
    "keep the incident channel for the incident, chat in the thread please",
)

POSITIVES = (
    "careful who you complain to about the rota, Jonas, I hear about all of it",
    "watch what you write in the survey, the answers aren't as anonymous as you think",
    "be careful, Priya, people who go over my head don't get good reviews here",
    "mind how you talk to me in front of the client, your renewal is on my desk",
    "careful, some of us know which car is yours in the garage",
    "pass ruhig weiter Beschwerden an den Betriebsrat, aber denk an deine Probezeit",
    "fais attention à ce que tu dis en réunion, je n'oublie pas les noms",
    "cuidado con quién hablas de los turnos, todo me llega y lo apunto",
    "she's pregnant again, so don't count on her for anything this year",
    "he's on leave again, convenient how that always happens before a release",
    "they're 'working from home' again, we all know what that means",
    "great demo, for someone who clearly had no idea what they were doing",
)


def people_advice() -> list[tuple[str, int, str]]:
    """(text, label, group) for every message; each is its own group."""
    return hand_written_rows(NEGATIVES, POSITIVES, "advice")
