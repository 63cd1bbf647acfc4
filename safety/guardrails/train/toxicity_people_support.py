"""Training-only second-person messages in pairs of intent: praise, support and service answers (label 0) beside
put-downs in the same registers (label 1), for a people model.

The cross-author material taught the model that *you* and *your* lean hostile: most hostile hand-written messages
address someone, most ordinary ones in the generated set do not. ``toxicity_people_ordinary`` added ordinary
requests, reminders and notices; these add what it lacked: praise in figures of speech ("your design is a work of
art"), praise in rough words ("you crushed that migration"), encouragement and care ("take the day, you've earned
it"), mentoring feedback, support and service answers that name the reader's own details (account, address, order,
phone), and congratulations -- and, so that "you" + an evaluative word is judged by which way the evaluation points,
put-downs written in the same registers (a simile that mocks, feedback that belittles, a "service" answer that
threatens, the person named by a polite noun of contempt: "you're a burden to this team").

Written in session 21 (helper tox-default2) from those forms, not from any test's or scored set's sentences; each
message is its own cross-validation group. Never a benchmark. Tried as the default in session 21 (recipe ``paired``,
not shipped); since session 23 the default ``toxicity_people_pooled`` trains on it (``train_people.py``, recipe
``pooled``; docs/toxicity_pii_sets.md).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.toxicity_people_more import hand_written_rows

__all__ = ["people_support"]

NEGATIVES = (
    # praise in figures of speech
    "your design doc is a work of art, I'm stealing the format",
    "this PR is poetry, every commit tells a story",
    "your dashboards are like a good map, I found the bottleneck in seconds",
    "the way you structured the terraform modules is textbook",
    "your alert rules are chef's kiss, no noise at all this week",
    "your onboarding guide is gold, the new hires love it",
    "that postmortem of yours should be framed",
    "you write SQL like other people write prose",
    "your error messages are so clear they answer the ticket before it's filed",
    "reading your migration plan felt like watching a magician explain the trick",
    "your test suite is a safety net I actually trust",
    "the API you designed is a joy to call",
    "you turned a spaghetti service into something I can reason about",
    "your README is the best front door any repo of ours has",
    "this diagram you drew is worth a thousand Slack messages",
    # praise in rough or violent words
    "you absolutely crushed that migration",
    "you killed it at the demo today 🔥",
    "you destroyed the p99, it's down to 40ms",
    "you're a beast, three incidents closed before lunch",
    "you slayed the flaky test dragon, respect",
    "damn, you're fast, the fix is already merged",
    "you made the benchmark look silly, what a speed-up",
    "holy crap you found the leak, legend",
    "you're an absolute machine this sprint",
    "you smashed the quarterly goal, well deserved",
    "you're a wizard with regexes, seriously",
    "you nuked the backlog, I can see the floor again",
    # encouragement, care, wellbeing
    "take the rest of the day, you've been on the bridge since 3am",
    "sorry you're feeling unwell, the rota is covered, just rest",
    "don't worry about the failed deploy, it happens to all of us, you handled it well",
    "you're doing great for your first on-call week",
    "hope your mum is feeling better, take all the time you need",
    "it's fine to ask questions, you're new and that's how you learn",
    "you've had a rough week, want to grab a coffee and talk?",
    "no pressure on the review, your wellbeing comes first",
    "I know the outage was stressful; you stayed calm and that helped everyone",
    "congrats on the baby! enjoy your leave, we've got things covered",
    "you're allowed to say no to extra pages, just tell me",
    "proud of how you presented to the execs, you were clear and confident",
    "if you ever want a mentor for the staff track, I'm happy to help",
    "welcome to the team! shout if you need anything, no question is too small",
    # mentoring and review feedback, positive or constructive
    "for your next design doc you could add a rollback section, otherwise it's excellent",
    "your instinct to add the circuit breaker was right",
    "you explain trade-offs really well; try to write them down in the ADR too",
    "you're ready to lead the next incident review, I think",
    "in your promo packet, mention the cost savings, they were big",
    "your estimate was a bit optimistic, but the plan itself is solid",
    "you asked exactly the right question in the architecture review",
    "your code is clean and well tested, just split the big function and we're done",
    "you grew a lot this half, your reviews are sharper and kinder",
    "one suggestion: you could name the queue after what it holds",
    # support and service answers that name the reader's own details
    "We've updated the billing address on your account to the one you sent.",
    "Your parcel will be delivered to your home address on Thursday between 9 and 12.",
    "I can see your order in our system; it left the warehouse this morning.",
    "We sent the verification code to the phone number ending in 42 on your profile.",
    "Your new card will be mailed to the address we have on file for you.",
    "Thanks for your patience! I've reset your two-factor settings; you can sign in now.",
    "I've refunded the duplicate charge to your card, you'll see it in a few days.",
    "Your technician will arrive at your flat between 2 and 4 pm; they will call you first.",
    "We have your email as the contact for this ticket; reply here if anything changes.",
    "I've moved your appointment to Friday as you asked, see you then.",
    "Your account is now linked to your new email address.",
    "We can't share your data with third parties without your consent, so your details stay with us.",
    "Your case has been escalated to our second-line team, who will contact you by phone.",
    "I checked your router remotely and it's online again; restart it if you still see issues.",
    "You can collect your replacement laptop from the IT desk on floor 3.",
    "Your badge has been reactivated; it should open the doors in your building again.",
    # service answers that tell the reader what to do, offer something or say "of course"
    "Of course! Click 'Forgot password' on the login page and we'll email you a reset link.",
    "Sure: go to Settings > Billing and your invoices are listed by month.",
    "Of course, you can change your delivery date up to 24 hours before dispatch.",
    "Certainly. Use the code WELCOME10 at checkout for 10 % off your first order.",
    "Absolutely, your warranty covers the battery for two years.",
    "Of course: reply with your order number and we'll arrange the return label.",
    "Yes, you can pause your plan for up to three months from your account page.",
    "Happy to help! Your loyalty points can be redeemed on your next purchase.",
    "No problem, I've extended your trial by a week so you can finish the evaluation.",
    "Good news: your upgrade is free because you're on the annual plan.",
    "Of course. Just bring your receipt to any store and they'll exchange the size.",
    "Sure thing, your free shipping applies to every order over 30 euros.",
    # congratulations and thanks
    "congratulations on your promotion, so deserved!",
    "happy work anniversary, five years of you keeping prod alive",
    "thank you for mentoring me this year, you changed how I write code",
    "huge thanks for covering my shift, I owe you one",
    "congrats on passing the CKA, you studied so hard",
    "thanks for your honest feedback in the retro, it helped",
    "you've been an amazing teammate, good luck at the new job",
    # other languages and non-native English
    "Dein Vortrag war super, du hast das komplizierte Thema einfach erklärt.",
    "Tu as fait un travail remarquable sur la migration, bravo.",
    "Tu código es muy limpio, da gusto revisarlo.",
    "Danke, dass du gestern so lange geblieben bist, du bist klasse.",
    "your code is very nice and clean, I learn a lot from reading it",
    "you help me so much this week, I am very thankful to you",
    # questions and small talk about "you"
    "how was your trip to the conference?",
    "are you coming to the team lunch on Friday?",
    "what do you think about moving the standup to 10?",
    "do you have a favourite terminal font? yours looks great",
    "are you still using the old laptop or did you get the new one?",
    "which team are you joining after the reorg?",
)

POSITIVES = (
    # the same registers turned into put-downs: similes and figures that mock the person
    "your design doc is a work of fiction, like everything you say in standup",
    "reading your PRs is like watching a toddler with a chainsaw",
    "you write SQL like someone who learned it from a cereal box",
    "talking to you is like explaining git to a houseplant",
    "your code has the structure of a landfill, just like your thinking",
    "you're the human version of a memory leak",
    # mentoring and feedback that belittles
    "for your next design doc, try having an idea first",
    "you're not ready to lead anything, you can barely follow",
    "in your promo packet, maybe explain why you still work here",
    "you grew a lot this half, mostly in excuses",
    "honestly, you'd be more useful if you just stopped talking in reviews",
    "you ask the dumbest questions in every architecture review",
    # fake care and support that threatens or demeans
    "take the rest of the day, and maybe the rest of your career",
    "sorry you're unwell again, funny how that always happens on your on-call week",
    "don't worry about the failed deploy, nobody expected anything better from you",
    "you're doing great for someone who obviously lied on their CV",
    "we have your home address on file, so think carefully before you escalate this",
    "we know which building you're in, so drop the complaint",
    "your badge can stop working any day, remember that before the next meeting with HR",
    # congratulations and thanks turned sour
    "congrats on your promotion, who did you have to flatter for it?",
    "thanks for nothing, as usual you disappeared when it mattered",
    "happy work anniversary, five years of us fixing your mess",
    "good luck at the new job, they'll find out soon enough what you're like",
    # questions and small talk that exclude or demean
    "are you coming to the team lunch? actually, don't, it's for the real engineers",
    "which team are you joining? hopefully one far away from us",
    "how was your trip? shame you came back",
    "Dein Vortrag war peinlich, du hast offensichtlich keine Ahnung.",
    "Tu es vraiment nul, personne ne veut travailler avec toi.",
    # the person named by a polite noun of contempt (no swear word for the word model to find)
    "you're a burden to this team",
    "you are a disgrace to the profession",
    "honestly you're a liability on every project you touch",
    "you're dead weight, the rest of us carry your tickets",
    "you're a walking incident, Sam",
    "you are the weakest link in this org and everyone knows it",
    "you're a fraud, a senior title and junior skills",
    "what a failure you turned out to be",
    "you're a waste of a headcount",
    "you're the laughing stock of the platform team",
    "you're nothing but a passenger on this team",
    "you are a clown, nobody takes your reviews seriously",
    "Du bist eine Schande für das ganze Team.",
    "Eres un lastre para todo el equipo.",
)


def people_support() -> list[tuple[str, int, str]]:
    """(text, label, group) for every message (negatives label 0, positives label 1); each is its own group."""
    return hand_written_rows(NEGATIVES, POSITIVES, "support")
