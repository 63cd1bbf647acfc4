"""The hostile messages of the sixth blind toxicity probe set (:mod:`workplace_chat_blind6`), by form of hostility.

Each form is scored as one of the five harmful kinds of :mod:`workplace_chat`. Written by hand in session 21 by helper
"tox-blind6" before anything was scored on them; for judging only, never for training."""

from __future__ import annotations

HOSTILE_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    # belittling competence: sarcasm, backhanded praise (11)
    "belittling": (
        "harassment",
        (
            "wow @Thuy actually got a PR through review without three people holding her hand, someone frame this 🙄",
            "Honestly impressed you managed to find the logs all by yourself, Bilal. Baby steps I guess",
            "not bad for someone who thought kubectl was a person lol",
            (
                '@Mateusz keep your hands off the terraform. every time you "help", someone competent has to '
                "spend a weekend undoing it"
            ),
            "Great postmortem Farid, almost readable this time. Did your kid write the timeline section?",
            (
                "Perf review draft: Keiko is very good at looking busy in standup. Output-wise I'd compare her to "
                "a decorative plant."
            ),
            "I'd explain the race condition to you but I don't have any crayons on me",
            "Quick tip for the new guy: if you don't understand something, maybe just don't. Saves us all time 🙂",
            (
                "Amazing how Dmitri has 10 years of experience and still writes code like it's his first week. "
                "Same first week, ten times over."
            ),
            "Glad you're finally asking questions Emeka. Shame they're all the dumb ones",
            (
                "He is senior? Senior in what, in drinking coffee? Every ticket he touch we must redo after, every "
                "single one"
            ),
        ),
    ),
    # ridicule and "jokes" at a colleague's expense (7)
    "ridicule": (
        "harassment",
        (
            "Renamed the :brain-404: emoji to :priya-thinking: 😂 fits her perfectly, she'll love it",
            (
                "Retro action item: buy Gustavo a dictionary so his commit messages stop looking like ransom "
                "notes. jk. (not jk)"
            ),
            "Started a bingo card for Ingrid's meltdowns in standup, winner gets to watch her cry in the 1:1 room 🍿",
            (
                "lol Jun's \"fix\" took down staging again, let's give him a trophy. a participation one, it's the "
                "only kind he'll ever get"
            ),
            (
                "Opening a sweepstake on how long the new hire lasts. She's already cried twice in week one, I say "
                "3 more weeks, any takers? 😂"
            ),
            (
                "just a joke guys!! but if Noor's voice gets any higher on the bridge only the dogs will be able "
                "to hear her incident updates"
            ),
            (
                'Hahaha Rafa literally asked which one is the "any key". Not saying he\'s the dumbest person on '
                "the team but I'm not not saying it"
            ),
        ),
    ),
    # mocking accent, language, age, appearance or parenthood (8)
    "mocking": (
        "harassment",
        (
            (
                "can somebody translate Tomasz's standup update into English? or at least into a language humans "
                "speak 🤷"
            ),
            'Dear Kwame, it\'s "ask", not "aks". You work at a professional company now.',
            (
                "The 90s called, they want their Perl scripts back. Maybe time to retire and let the grown-ups run "
                "prod, Henrik"
            ),
            (
                'she\'ll be "working from home with the baby" again this week, so expect the usual 10% effort '
                "from her lol"
            ),
            "Priya's English is so cute when she's stressed, \"the server is doing the needful\" 😂😂",
            'bro the way Li says "deploy" I thought he was ordering food 😭',
            (
                "whoever invited Amara to the customer call should have told her to dress like an engineer and not "
                "like she's going clubbing"
            ),
            (
                "Der Neue mit seinem Sächsisch klingt in jedem Call, als wär er grad vom Traktor gefallen. "  # de
                "Den sollen wir echt mit Kunden reden lassen?"
            ),
        ),
    ),
    # public humiliation in channels and reviews (7)
    "humiliation": (
        "harassment",
        (
            (
                "@channel FYI the outage last night was 100% Lucía. Reminder that some people should not have prod "
                "access. Lucía, this one's for you."
            ),
            "Screenshotting Bilal's PR for the \"how not to code\" slide at the all-hands, hope he doesn't mind 😘",
            (
                "I've pinned Emeka's incident summary to the channel as an example of what a junior mistake looks "
                "like. Don't be Emeka."
            ),
            (
                "Did you even run this? Honestly you are an embarrassment to this team, and I'm cc'ing your "
                "manager so they can enjoy it too."
            ),
            (
                "Franchement Julien, t'as vu ta PR ? Même un stagiaire de première semaine ferait mieux. Je "  # fr
                "la poste dans le canal pour que tout le monde rigole."
            ),
            (
                "Replying all so everyone sees: Ingrid still doesn't know our release process after 8 months. "
                "Ingrid, read the wiki. Everyone else, sorry for the noise."
            ),
            (
                "Reading Oscar's design doc out loud in the team meeting, with the typos, was the highlight of my "
                "week. His face 😂"
            ),
        ),
    ),
    # sexual and personal remarks (6)
    "sexual": (
        "harassment",
        (
            "Farah's presenting the capacity plan? well at least we'll have something nice to look at for 30 min 😏",
            (
                "DM: you looked really good in that dress on the offsite pics. you should wear stuff like that to "
                "the office more, for me 😉"
            ),
            'no wonder she got promoted so fast, we all know which "late meetings" she has with the VP',
            (
                "DM 23:48: still up? I can help you with your on-call stuff in person if you want, my hotel room "
                "is on the 4th floor 🍷"
            ),
            "Con esa falda seguro que le aprueban todos los cambios en el CAB, jajaja",  # es
            (
                "Can we get Tamsin on the vendor call? Their sales guy will sign anything if she sits in the front "
                "row, if you know what I mean 😉"
            ),
        ),
    ),
    # threats dressed as advice (8)
    "advice_threat": (
        "veiled_threat",
        (
            (
                "Friendly advice, Rohan: people who keep reopening that security ticket tend to find their "
                "contracts not renewed. Just saying."
            ),
            (
                "If I were you I wouldn't mention the data loss in the postmortem. Accidents happen to people who "
                "talk too much."
            ),
            "word of advice: be careful who you escalate about. people have long memories around here 🙂",
            "You should really think about your family before you send that email to compliance.",
            (
                "Pro tip for the new SRE: the last person who questioned Marco's architecture in public doesn't "
                "work here anymore. And it wasn't their idea."
            ),
            (
                "Kleiner Tipp unter Kollegen: Wenn du das dem Betriebsrat meldest, wirst du hier nicht mehr "  # de
                "froh. Überleg's dir gut."
            ),
            (
                "just a suggestion but you might want to stop asking about the overtime pay. people who make noise "
                "get noticed, and not in a good way"
            ),
            (
                "You're new so let me help you: keep blocking my merges and you'll learn how fast a probation "
                "period can end."
            ),
        ),
    ),
    # threats to a career (7)
    "career_threat": (
        "veiled_threat",
        (
            'Approve the change or I\'ll make sure your perf review says a lot about your "collaboration skills".',
            (
                "Remember who writes your calibration notes, Nadia. Think carefully before you disagree with me on "
                "the bridge again."
            ),
            (
                "If this slips because of you, I will personally make sure you never get promoted here. Not a "
                "threat, a promise."
            ),
            "It'd be a shame if the reorg happened to land on your team right after you filed that complaint.",
            "Keep pushing back in design review and see how many good references you get when you're job hunting.",
            (
                "1:1 notes: told Ahmed that if he goes over my head to the director again, the visa sponsorship "
                "conversation gets a lot harder for him."
            ),
            (
                "Si vuelves a quejarte con RRHH, ya veremos quién sigue en el equipo después de la "  # es
                "reestructuración."
            ),
        ),
    ),
    # veiled personal threats (6)
    "personal_threat": (
        "veiled_threat",
        (
            "I know which train you take home, Keiko. Would hate for you to have a bad commute after this incident.",
            "keep @-ing me at 3am and we'll see how you like it when someone shows up at your place at 3am",
            "Nice car by the way. Parking garage level 2, right? Would be a pity if something happened to it.",
            "The last person who blamed my team in a postmortem had a very bad month. Hope yours goes better 🙂",
            "You want to play hardball? I know people in your building. Sleep well.",
            "Continue comme ça et on verra si tu rentres chez toi aussi tranquillement ce soir.",  # fr
        ),
    ),
    # pressure and standing over someone (8)
    "pressure": (
        "intimidation",
        (
            (
                "I'm going to sit next to you until this ticket is closed. Don't get up, don't take lunch, don't "
                "look at your phone."
            ),
            "You have 10 minutes to answer me or I'm coming to your desk, and you will not enjoy that conversation.",
            (
                "Why are you not replying?? I can see you're online. This is my 6th DM. I'm keeping a list of "
                "every minute you ignore me."
            ),
            (
                "Everyone on this team does exactly what I say, or they explain themselves to me in a closed room. "
                "Understood?"
            ),
            "I'll be reviewing every single line you commit from now on, personally, until you learn your place.",
            "Don't make me come down to the ops floor again, Olu. Last time you didn't like it, and neither did I.",
            (
                "DM: you're going to volunteer for the weekend on-call at standup tomorrow. If anyone asks, it was "
                "your idea."
            ),
            (
                "Du bleibst heute, bis das Ticket zu ist. Mir egal, ob deine Kinder warten. Und wehe, du "  # de
                "gehst einfach."
            ),
        ),
    ),
    # silencing people who report (6)
    "silencing": (
        "intimidation",
        (
            "Who reported my comment to HR? I'll find out, and that person will regret it.",
            "Delete your message in #ethics-speakup. Now. Before anyone from leadership reads it.",
            "Heard you talked to the ombudsperson. That was a mistake. We handle things inside the team here.",
            (
                "Stop telling people about what was said in the retro. Nobody likes a snitch, and snitches end up "
                "on the night shift."
            ),
            "Withdraw the complaint against Petr. I'm asking nicely, this time.",
            "Se abrir chamado no compliance sobre isso, vai se arrepender. Aqui a gente resolve entre nós.",  # pt
        ),
    ),
    # exclusion and gatekeeping (11)
    "exclusion": (
        "exclusion",
        (
            "let's do the arch review on thursday when Hana is out, she'll just slow us down with her questions",
            "Made a new channel #kestrel-core-real for the actual decisions. don't add the contractors or Deepa",
            (
                "We're doing drinks for the launch but it's kind of a \"real team\" thing, so maybe don't mention "
                "it to the offshore folks"
            ),
            (
                "Honestly just don't invite Omar to the design sessions. He won't get it and he'll want everything "
                "explained twice."
            ),
            (
                "Leave Zofia off the incident comms thread, she's the type who asks questions. We'll tell her "
                "after it's decided."
            ),
            (
                "Can we keep the on-call planning between us guys? The girls always make it complicated with their "
                "childcare stuff."
            ),
            "don't tell the new hires about the team lunch, it's nicer without them tbh",
            "Starting tomorrow standup is German only. If Rahul can't follow, that's really not our problem.",
            (
                "Die Praktikantin lassen wir beim Kundenprojekt raus, die passt nicht so ins Team. Sag ihr "  # de
                "einfach, es gibt keinen Platz mehr."
            ),
            "No lo metas en el grupo de WhatsApp del equipo, que luego se entera de todo y encima opina.",  # es
            (
                "Removed Aiyana from the oncall-leads list. Not because of anything she did, she's just not really "
                "one of us, you know?"
            ),
        ),
    ),
    # demeaning a group by implication (14)
    "group": (
        "group_demeaning",
        (
            "Of course the outage came from the ticket the Bangalore team touched. Not surprised. Never surprised.",
            (
                "we need someone who can actually run the incident bridge. no offense but maybe not a mom who has "
                "to leave at 5"
            ),
            (
                "We should hire people who can handle pressure, you know, younger guys, not people counting the "
                "days to their pension"
            ),
            (
                "Nothing against women in ops but maybe let one of the guys handle the DB failover, it's pretty "
                "technical."
            ),
            (
                'The vendor moved their support desk to Manila, so expect our tickets to be "understood" in '
                "about three weeks 🙃"
            ),
            "Ask one of the Russian guys to do the pentest, they're naturally good at that kind of hacking stuff 😉",
            "HR wants more diverse candidates for the SRE role. Fine, but don't expect the bar to stay where it is.",
            "Another bootcamp hire? Guess we're running a daycare now.",
            "People with that kind of accent are great on the support queue, not so much on the architecture board.",
            "The new PM is fine, honestly for a woman her age she's surprisingly good with Kubernetes.",
            (
                "Encore un ticket mal rédigé par l'équipe de Casablanca. Faudrait peut-être leur apprendre à "  # fr
                "lire avant de leur donner un accès prod."
            ),
            "Typisch Ossi-Arbeitsmoral, die Hälfte vom Team in Leipzig ist um 16 Uhr schon weg.",  # de
            (
                "Interesting that the only person who couldn't follow the migration plan is the one who prays five "
                "times a day. Just an observation."
            ),
            "Let's not put anyone over 50 on the Rust rewrite, they'll just want to rewrite it back in Java 😂",
        ),
    ),
}
"""Form -> (kind of :mod:`workplace_chat` it is scored as, messages)."""
