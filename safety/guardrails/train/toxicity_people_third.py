"""Training-only ordinary workplace messages about a third person (all label 0) for the pooled people model.

The hand-written sets' hostile messages often talk *about* someone ("she only got the role because ...", "he should
go back to ..."), while their ordinary ones rarely do: a model pooled over them learnt that "she", "her", "he" and
"they" lean hostile, and flagged ordinary logistics about a colleague (an appointment, leave, a handover) at 0.8.
These are the ordinary kind, in the registers of the other material: schedules, leave and appointments, handovers,
praise and thanks relayed, family and health news shared with consent, travel, onboarding, in terse, formal, chatty
and non-native English, with a few in German, French and Spanish.

Written in session 23 (helper tox-gen4) from those forms, not from any test's or scored set's sentences; each message
is its own group. Never a benchmark: only ``train_people.py`` reads it (recipe ``pooled``).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.toxicity_people_more import hand_written_rows

__all__ = ["people_third"]

NEGATIVES = (
    # schedules, leave and appointments
    "she's at the dentist until 11, I'll cover her tickets",
    "he has a doctor's appointment this afternoon, ping me instead",
    "Priya is out Friday for her sister's wedding",
    "they're moving flats this week so they'll be slow on Slack",
    "his flight lands at 6, he'll dial into the bridge from the airport",
    "she asked to swap her on-call week with mine, fine by me",
    "he starts parental leave on Monday, Omar takes his reviews",
    "her train is delayed, start the retro without her",
    "they booked the meeting room for their interview loop",
    "he's picking up his kids at 3 so he'll leave early",
    "she's on jury duty next week, plan the sprint without her",
    "his passport renewal is tomorrow morning, he'll be in after lunch",
    "she'll be back from sick leave on Wednesday, go easy on the backlog",
    "they're on a course all day, reply to their tickets tomorrow",
    # handovers and work
    "she handed the incident over to me at midnight, notes are in the doc",
    "he owns the billing service now, send him the alerts",
    "her PR needs one more approval before the freeze",
    "they wrote the migration, ask them before you touch the schema",
    "he's the one who knows the old LDAP setup, loop him in",
    "she paired with the new hire all morning on the deploy scripts",
    "his branch has the fix for the memory leak, cherry-pick it",
    "she's rotating off the platform team in June, she'll train her replacement",
    "he reviewed the runbook and left a few comments",
    "they are blocked on the vendor, nothing for them to do until Tuesday",
    "her dashboard is the one with the red panel at the top",
    "he rebooted the bastion host, so your session dropped",
    # praise and thanks relayed
    "the customer wrote in to thank her for the quick fix",
    "he did a great job on the capacity plan, tell him at standup",
    "her talk at the meetup got a lot of good questions",
    "they carried the release this quarter, let's get them a proper thank-you",
    "she's been promoted to staff engineer, congrats to her!",
    "his write-up of the DNS outage is going into the onboarding pack",
    "she mentored three interns this summer and all of them want to come back",
    # family, health and news, shared with consent
    "her mum is in hospital, she'll work from home this week",
    "he just became a grandfather, there's cake in the kitchen",
    "she's expecting in spring and wants to plan her handover early",
    "they told me they're fasting this month, so no lunch meetings please",
    "he's recovering from a knee operation, keep the offsite walkable",
    "she's hard of hearing, please turn captions on in the call",
    # onboarding, travel and logistics
    "he joins on the 3rd, can someone order his laptop?",
    "her badge doesn't open the server room yet, facilities are on it",
    "they need access to the staging cluster for their first task",
    "she's working from the Lisbon office for two weeks, mind the time zone",
    "he's based in Manila, schedule the sync in his morning",
    "her visa renewal went through, she can travel to the summit",
    "his accent is easy to follow, no need for a translator on the call",
    "she speaks Portuguese, ask her to join the Brazil customer call",
    "they are new to Kubernetes, pair them with someone for the first week",
    "he prefers email to Slack for anything about payroll",
    "she'll present the roadmap since her manager is travelling",
    # terse and non-native
    "she ooo today, back tmrw",
    "he already merged, u can rebase",
    "her laptop broke, she use the spare one today",
    "they will came back from holiday on monday",
    # other languages
    "Sie ist heute beim Arzt und ab 14 Uhr wieder erreichbar.",  # de
    "Er übernimmt ab Montag die Rufbereitschaft von Jonas.",  # de
    "Elle est en congé maternité jusqu'en mars, son dossier passe à Luc.",  # fr
    "Il a terminé la migration hier soir, merci à lui.",  # fr
    "Ella está de vacaciones hasta el lunes, escríbele a Marta.",  # es
    "Él revisa los PR del equipo de pagos esta semana.",  # es
)


def people_third() -> list[tuple[str, int, str]]:
    """(text, label, group) for every message (all label 0); each is its own group."""
    return hand_written_rows(NEGATIVES, (), "third")
