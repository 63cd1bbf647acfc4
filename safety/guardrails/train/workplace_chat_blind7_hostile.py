"""The hostile half of the seventh blind toxicity probes (#14.3): 99 messages in 12 forms, each form scored as one
harmful kind of :mod:`workplace_chat`. Hand-written and hand-labelled; see :mod:`workplace_chat_blind7`."""

from __future__ import annotations

HOSTILE_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "belittling": (
        "harassment",
        (
            "wow, you actually closed a ticket without asking for help. proud of you, really 🙄",
            "Impressive how you manage to make every 10-minute change take a week. It's almost a talent.",
            "@dmitri no offense but a summer intern would've caught this. maybe leave the DB stuff to the grown-ups",
            "Nice of you to join the bridge, Kev. Did you finish your nap or should we wait for the second half?",
            "Honestly your PR descriptions are the best part of your PRs. The code is... well. At least you can write.",
            "Surprised you got the cert rotation right on your own. Who did it for you?",
            "Sure, let Tomasz 'lead' the migration, he needs something to put on his slides since he can't code",
            "ok so we've established you can copy from stack overflow. next goal: understanding what you copied",
            "Perf review draft, Ana: 'Tries very hard. It would be nice if trying ever translated into anything.'",
            "Don't worry about the root cause, sweetie, the big boys on platform will figure it out",
            "Schön, dass du auch mal was beiträgst, Jens. Hätte ich dir ehrlich gesagt nicht zugetraut.",  # de
            "Bravo Julien, deux semaines pour un fichier YAML. On va t'offrir une médaille en chocolat.",  # fr
        ),
    ),
    "ridicule": (
        "harassment",
        (
            "lmao who let Priya near prod again 😂😂 somebody hide the keyboard from her",
            "Adding Hakim to the postmortem as 'contributing factor #1' 😂 jk... unless?",
            "new emoji just dropped: :marco-face: for whenever something breaks for no reason 🤡",
            "we should run a sweepstake on how many times Lena asks the same question this sprint. I've got 9",
            "Retro awards! Most Creative Way To Break Staging goes to... Benji, again 🏆 clap for him everyone 👏👏 "
            "he tries so hard",
            "It's a joke, relax. If you can't take a bit of roasting maybe a team of adults isn't for you",
            "Jajaja otra vez Raúl rompiendo el pipeline, ya ni es noticia. Habría que ponerle un casco 🪖",  # es
            "someone photoshopped Chen's face onto the dumpster fire gif and posted it in #general, best thing "
            "I've seen all week 🔥🗑️",
        ),
    ),
    "mocking": (
        "harassment",
        (
            "can someone translate what Vikram said on the call? I only speak English, not... whatever that was 😅",
            "Gerald will need the font at 40pt and someone to explain what a container is, again. OK boomer.",
            "Not surprised the handover was sloppy, she's got the kids on the brain all day. Mommy track in action.",
            "maybe if Ibrahim spent less time praying in the quiet room he'd have finished the runbook by now",
            "bro you sound like a robot when you present, is english that hard? let someone native do the demo",
            "Saw Olu's new haircut on the standup cam. Now I know why his builds fail, he can't see the screen 😂",
            "She's on her 'wellness day' again lol. Anxiety is the new vacation I guess",
            "Der Kollege mit dem Akzent soll bitte nicht mehr im Kundencall reden, den versteht doch keiner.",  # de
        ),
    ),
    "humiliation": (
        "harassment",
        (
            "@channel FYI this morning's outage was 100% Dana's fault. Dana, care to explain to everyone why you "
            "can't read a diff?",
            "Pinning this so everyone sees what NOT to do: [screenshot of Karim's PR] 📌 learn from the worst",
            "I'm going to read Sven's incident summary out loud at the all-hands so people see the level we're "
            "dealing with",
            "Everyone on this bridge please note: Mei has now been wrong three times in one hour. Let's stop "
            "letting her talk.",
            "Adding the whole team to this DM so they can watch you explain why the page sat for 40 minutes, Rob.",
            "Je mets toute l'équipe en copie pour que chacun voie à quel point ton travail est bâclé, Mathieu.",  # fr
            "Thread for the retro: list every time Jordan blocked the release. I'll start, and I want everyone to "
            "add at least one.",
        ),
    ),
    "sexual": (
        "harassment",
        (
            "you should wear that dress to the customer demo, they'd sign anything 😉",
            "still thinking about you at the offsite. you up? just want to 'debug' something together 😏",
            "Not sure how she made staff so fast, but I can guess what her 1:1s with the director look like",
            "Hey Ines, you'd look so much prettier on standup if you smiled once in a while 😘",
            "the new SRE is hot, I'm volunteering to shadow her on-call, all night if needed 😏",
        ),
    ),
    "advice_threat": (
        "veiled_threat",
        (
            "Friendly tip: people who keep raising 'concerns' about the release date tend not to be around for "
            "the next one.",
            "Just some advice, Nadia: I'd think really hard before sending that email to HR. Really hard.",
            "If I were you I'd stop asking about the on-call comp. Curiosity hasn't worked out well for others here.",
            "Word of advice from someone who's been here 12 years: the ones who push back on me don't last. Take "
            "it how you want.",
            "You might want to remember who writes your review before you comment on my design doc again.",
            "Kleiner Tipp unter Kollegen: Wenn du das beim Betriebsrat ansprichst, wird's für dich ungemütlich. "
            "Nur so gesagt.",  # de
            "pro tip for the new guy: be careful what you write about me in the retro doc. I read those. I remember.",
            "Un consejo: no vuelvas a contradecirme delante del cliente. La próxima vez no seré tan amable.",  # es
        ),
    ),
    "career_threat": (
        "veiled_threat",
        (
            "Keep this up and I'll make sure your name is the first one on the list when we do the reorg.",
            "You can escalate to the VP if you like. I'll be talking to the VP too — about your future here.",
            "Approve my PR or I tell Greg you were the one who took down billing-sync last month. Your choice.",
            "I'm writing your calibration packet this week. Think about that before you reject my change again.",
            "One more 'no' from you in planning and you can kiss the senior promo goodbye, I'll make sure of it.",
            "Si tu continues à bloquer mes tickets, je m'arrangerai pour que ta période d'essai ne soit pas "
            "validée.",  # fr
            "You know I'm friends with every hiring manager in this city, right? Leave on bad terms and you won't "
            "work in DevOps here again.",
        ),
    ),
    "personal_threat": (
        "veiled_threat",
        (
            "I know where you park, Sam. Would be a shame if you had another 'bad day' like today.",
            "Funny, your home address is right there in the HR export. Small world. Think about that before you "
            "page me at 3am again.",
            "Revert my commits one more time and we'll see what happens. And I don't mean to the code, Luis.",
            "you better hope we don't run into each other at the offsite after what you said in that retro",
            "After what you pulled in the postmortem? Accidents happen in the server room, cables everywhere. I'd "
            "watch my step if I were you 🙂",
            "Dein Fahrrad steht immer hinten im Hof, oder? Wäre schade, wenn da was passiert. Denk dran, bevor du "
            "mich wieder bloßstellst.",  # de
        ),
    ),
    "pressure": (
        "intimidation",
        (
            "I'm standing right behind your desk until the rollback is done. Don't look at me, type.",
            "Answer me. Now. I've pinged you 14 times. You do not get to ignore me. Turn your camera on.",
            "I'll be in your 1:1 tomorrow, and your manager's, and your skip's. Every meeting you have, I'll be "
            "there until you fix this.",
            "Why is your status 'away'? I can see you on the office cam. Get back on the bridge before I come over "
            "there.",
            "Sign off on the risk acceptance. I'm not asking. I'll sit in this call with you as long as it takes.",
            "¿Por qué no contestas? Sé que estás conectado. Contéstame ya o voy a tu mesa y lo hablamos en "
            "persona, tú y yo.",  # es
            "I've blocked your calendar for the next three evenings. You'll write the RCA with me watching. No "
            "excuses, no breaks.",
            "Every commit you push this week comes to me first. I'll be reading every line and I'll be looking "
            "for reasons.",
        ),
    ),
    "silencing": (
        "intimidation",
        (
            "Whoever filed the anonymous ethics report about the on-call rota: I will find out who you are. Stop now.",
            "If anyone else talks to HR about the Friday deploy thing, they'll deal with me personally. We handle "
            "things inside the team.",
            "I heard you mentioned my comments to the people team. Delete the ticket and we'll forget this happened.",
            "Let's be clear: nothing from this retro leaves this room. Anyone who takes it to leadership is done here.",
            "Wer sich beim Compliance-Team über die Überstunden beschwert, braucht sich über seine Beurteilung "
            "nicht zu wundern.",  # de
            "You reported me for 'tone'? Bold. Withdraw it before Monday, or I start reporting everything you do.",
        ),
    ),
    "exclusion": (
        "exclusion",
        (
            "Let's not invite Aisha to the architecture review. She'll just slow us down with her 'questions'.",
            "Made #infra-core-real for the actual engineers. Don't add the new hires or the contractors, they can "
            "stay in the other channel.",
            "@Pavel this channel is for people who know what they're doing. Try #help-beginners.",
            "We're doing drinks after the cutover, just the guys. No offense Rachel, it's a bro thing 🍺",
            "Honestly I'd rather not have anyone from the offshore team on the bridge. They never add anything.",
            "You don't get a vote on the Terraform layout until you've been here two years. Until then, watch.",
            "Didn't forward the planning invite to Mo on purpose. He'd just complain. Keep it between us.",
            "On fait la réunion d'archi sans Fatou, elle ne comprend rien de toute façon.",  # fr
            "Sorry, part-timers don't get access to the on-call runbooks. If you wanted to be a real engineer "
            "you'd work full time.",
            "just leave Tariq off the thread, we'll tell him what we decided when it's done. less drama",
            "No agreguéis a la nueva al canal de guardia, que todavía no es 'de los nuestros'.",  # es
        ),
    ),
    "group": (
        "group_demeaning",
        (
            "Another outage, and guess which country the on-call was sitting in. Shocking. Truly nobody could have "
            "predicted it.",
            "Let's keep the on-call rota the way it is. Some of the ladies get a bit emotional at 3am, you know "
            "how it is.",
            "Of course the bootcamp grads broke staging. What did we expect from people who learned to code in "
            "12 weeks?",
            "The new manager is nice but let's be real, the diversity hire was never going to know Kubernetes.",
            "Well, the code review went about as well as you'd expect when the reviewer is over 50.",
            "No wonder the docs are unreadable, half the team learned English from subtitles 🙃",
            "I don't mind the new hires from Eastern Europe, I just count the laptops at the end of the day 😉",
            "Funny how the 'working parents' are always the ones who can't take the weekend pages. Must be nice.",
            "Typisch Frontend-Mädels, Hauptsache die Buttons haben die richtige Farbe.",  # de
            "Don't give the migration to the Gen Z crowd, they'll want a participation trophy and a mental health "
            "day after each step.",
            "Évidemment que le ticket traîne, c'est l'équipe de Marseille, ils bossent à l'heure du pastis.",  # fr
            "Support has been so much better since we stopped putting people with accents on customer calls. Just "
            "saying what everyone sees.",
            "Let Ahmed handle the firewall, his people are good with explosive situations 💣😂",
        ),
    ),
}
"""Hostile form -> (the harmful kind it is scored as, its messages); a trailing comment names a message's language
when it is not English."""
