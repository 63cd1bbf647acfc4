"""The hostile half of the ninth blind toxicity probe set (:mod:`workplace_chat_blind9`): messages aimed at people,
grouped by the form the hostility takes, each form scored as one harmful kind of :mod:`workplace_chat`.

Hand-written in session 24 before reading the detector; names, products and places are invented. A comment marks
each message in another language (``# de``, ``# fr``, ``# es``, ``# pt``, ``# nl``).
"""

from __future__ import annotations

HOSTILE_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sarcasm": ("harassment", (
        "wow @Bartek you actually read the runbook before paging someone?? growth 👏 we should get you a sticker",
        "Great job on the migration Ines, honestly didn't think you had it in you. Must've had a LOT of help lol",
        "oh sure, let's ask Yusuf, he's sooo good at estimating. last time his '2 days' took a quarter 🙃",
        "Congrats on the promo Dagny! I guess being the director's lunch buddy finally paid off 😉",
        "Perf review draft: Tariq is surprisingly articulate for someone in his position and rarely embarrasses "
        "the team in front of customers anymore.",
        "nice PR title. shame the guy behind it can't tell a mutex from a hole in the ground. no offence Hiro",
        "Ah, Fernanda's 'deep dive' again. Can't wait for 40 slides of stuff a summer intern already knows.",
        "Thanks Wojtek for joining the bridge only 25 min late, truly inspiring commitment to your 'work-life "
        "balance' 🙄",
        "Ça alors, Gaspard a réussi à déployer sans tout casser. Faut fêter ça, ça n'arrivera pas deux fois.",  # fr
        "Klasse gemacht, Sven. Wenn du noch lernst zuzuhören statt nur zu reden, wirst du vielleicht irgendwann "
        "ein halbwegs brauchbarer Kollege.",  # de
        "retro note: Thandiwe was 'very enthusiastic' during the incident, which is one word for running around "
        "panicking while the adults fixed it",
    )),
    "jokes": ("harassment", (
        "lol we call Rohan 'Ctrl-Z' in the backend channel because everything he ships gets reverted 😂 it's just "
        "banter relax",
        "hey Grandpa Kwame, need someone to explain kubectl to you again? 👴 jk jk",
        "New emoji :chidi-face: uploaded, use it whenever someone asks a really dumb question 🤣",
        "Secret Santa idea for Anneke: a personality. Or a mute button. it's a joke, chill",
        "'Captain Outage' is on call this week, everyone pray 🙏 (it's Eero, in case you wondered 😂)",
        "jajaja le pusimos 'la becaria eterna' a Lucía porque lleva 3 años y sigue preguntándolo todo 😂 es "
        "broma eh",  # es
        "Running bet in #backend-random: how many days until Dorota cries in a meeting again. I've got Thursday 💸",
    )),
    "traits": ("harassment", (
        "Can someone subtitle Xiaoming's standup updates? I nod along but honestly it's like decoding a corrupted "
        "zip file 😂",
        "Emeka's taking another 'prayer break' in the middle of the incident. Must be nice to have God on the "
        "escalation path 🙄",
        "maybe if Marguerite spent less time pumping in the mothers' room she'd hit her sprint goals. just saying "
        "what everyone's thinking",
        "Paulo, mate, you've been 'fighting a migraine' every Monday since March. Convenient illness you have there.",
        "d-d-d-don't worry, Chidi will g-g-get to the point by end of the quarter 😂",
        "Astrid's going to need a bigger chair at the offsite, maybe we budget for that 😬",
        "Leilani is 58, let's be honest, she's not going to 'get' Kubernetes. Give the cluster work to someone with "
        "a future here.",
        "Fernanda, dein Deutsch ist so grauenhaft, dass ich bei deinen Tickets Kopfschmerzen kriege. Vielleicht "
        "erstmal einen Sprachkurs machen, bevor du hier mitredest?",  # de
    )),
    "shaming": ("harassment", (
        "@channel FYI the outage was Hiro's fault. Again. Take a good look at the name before you approve his PRs "
        "from now on.",
        "Posting Bartek's terraform here so everyone can see what not to do. Bartek please stay on the call, you "
        "should hear this.",
        "All-hands Q&A: before we move on, can Dagny explain to the whole company why she thought that email to the "
        "customer was acceptable? We're all waiting, Dagny.",
        "sharing my screen with Yusuf's commit history, grab popcorn 🍿 this is what 'senior' means around here "
        "apparently",
        "I'm cc'ing your whole team on this so they understand who keeps dragging their velocity down, Tariq.",
        "Exhibit A in tomorrow's brown-bag: Ines' design doc. Learn from it, kids, it's a masterclass in how not "
        "to think.",
        "Het hele team heeft gezien hoe Anneke gisteren de klant in de war bracht. Ik speel de opname in de retro "
        "nog een keer af, voor de lol.",  # nl
    )),
    "personal": ("harassment", (
        "Fernanda you should wear that dress to the vendor call more often, the Nimbusly guys would sign anything 😏",
        "DM: you looked really good on camera today. maybe turn it on more often, some of us need motivation ;)",
        "why is Leilani still single anyway? with that attitude I can guess lol",
        "Lucía, après le standup on pourrait parler de ton rapport... dans ma chambre d'hôtel pendant l'offsite ? "
        "Plus calme 😉",  # fr
        "Nobody's going to promote a guy who looks like that, Rohan. Ever heard of a gym? Or a mirror?",
    )),
    "advice_threat": ("veiled_threat", (
        "Friendly advice, Ngozi: people who raise 'concerns' about on-call pay tend not to stick around long here. "
        "Just looking out for you.",
        "If I were you I'd think very hard before putting my name in that postmortem. Things have a way of "
        "following people.",
        "A word to the wise, Wojtek — the last person who went over my head to the VP found out how small this "
        "industry is.",
        "Ein gut gemeinter Rat, Sven: Wer hier die Klappe zu weit aufreißt, merkt schnell, wie leicht man ersetzt "
        "werden kann.",  # de
        "You might want to be careful who you eat lunch with, Ines. People notice these things and they remember "
        "them at calibration.",
        "Un consejo, Paulo: yo que tú retiraría esa queja a RRHH. Sería una pena que tu visado dependiera de "
        "alguien a quien has cabreado.",  # es
        "just a tip for your own good kwame: keep your head down and stop emailing security about my configs, it "
        "won't end well for you",
    )),
    "career_threat": ("veiled_threat", (
        "Keep pushing back on my estimates in public, Yusuf, and see how your rating looks in March.",
        "1:1 note to self: Astrid complained about the weekend deploys again. Marking her 'does not meet' — she'll "
        "get the message.",
        "Remember who writes your reference letter, Eero. Think about that before you open another ticket about me.",
        "Approve my change or I'll make sure everyone on the promo committee hears you're the reason Pylon slipped.",
        "Si tu continues à remettre en cause mes décisions devant l'équipe, ton contrat ne sera pas renouvelé. "
        "À toi de voir.",  # fr
        "Take the Saturday shift or don't bother applying for the staff role, your choice Emeka 🙂",
        "I know people at every shop in this city, Dorota. Quit like this and you won't get hired anywhere that "
        "matters.",
    )),
    "personal_threat": ("veiled_threat", (
        "I know where you park, Hiro. Would be a shame if something happened to that nice car of yours.",
        "Keep blocking my deploys and we'll settle it in the car park after work, Chidi, just you and me.",
        "Marguerite your kids go to St. Anne's right? Small world. I drive past it every morning 🙂",
        "Sag das noch einmal im Standup, Tariq, und du wirst nach Feierabend sehen, was passiert.",  # de
        "One more snitch report to security and you'll need more than a helmet on your ride home, Bartek.",
    )),
    "pressure": ("intimidation", (
        "Pulling up a chair right next to you until this fix is merged, Gaspard. Don't look at me, just keep typing.",
        "@Ines answer me. now. I've pinged you 14 times in 10 minutes and I can see you're online. I'm not going "
        "away.",
        "Don't you dare log off before I say so, Xiaoming. I don't care that it's 2am where you are.",
        "You have exactly one hour to explain yourself in writing, Rohan, and it goes to your skip-level with my "
        "notes attached. Tick tock.",
        "I'll be sitting in on every single one of your 1:1s from now on, Yusuf. Let's see how brave you are with "
        "an audience.",
        "Tu vas me répondre maintenant, devant tout le monde, sans regarder tes notes, Thandiwe. Allez. On "
        "attend.",  # fr
        "Cameras on, everyone. I want to see exactly whose face goes red when I read out who approved this. Nobody "
        "leaves.",
        "Quero você online às 6h amanhã, Fernanda, e vou conferir seu status de hora em hora. Se sumir de novo, "
        "vai ter que se explicar comigo pessoalmente.",  # pt
    )),
    "silencing": ("intimidation", (
        "Whoever told HR about Friday's comments: I will find out who you are. Think carefully before you talk "
        "again.",
        "We keep incident stuff inside the team, Chidi. If I hear you went to People Ops about what I said, you're "
        "done here.",
        "Delete that post in #ask-hr right now, Dorota. We don't air dirty laundry, and I remember who didn't get "
        "the memo.",
        "Las quejas sobre Marco se quedan en este equipo. El próximo que hable con RRHH se queda sin proyectos, lo "
        "digo en serio.",  # es
        "Nice 'anonymous' survey feedback. Not that anonymous when there are three people on the team, Leilani. "
        "Let's talk.",
        "Stop writing down what I say in our 1:1s, Emeka. If those notes end up anywhere I'll know they came from "
        "you.",
    )),
    "exclusion": ("exclusion", (
        "Architecture review is core guys only this time. Fernanda can skim the notes afterwards, she'd never keep "
        "up with the discussion anyway.",
        "Don't add Emeka to the on-call Slack group, he's not really one of us. Just forward him what he needs to "
        "know.",
        "We're doing drinks after the launch — real engineers only, so no QA and definitely not the PMs 🍻",
        "Kwame asked why he wasn't on the invite. Told him it was a mistake. It wasn't lol, he slows everything "
        "down.",
        "Let's move the planning chat to a private channel so Dorota stops chiming in with her 'ideas'.",
        "Wir machen das Meeting auf Deutsch, dann muss Xiaoming nicht mitkommen. Die versteht eh nur die "
        "Hälfte.",  # de
        "hiring sync: let's quietly skip anyone with young kids, we need people who can actually be on call 24/7",
        "On fait la réunion d'équipe au bar vendredi soir. Marguerite ne boit pas, elle ne viendra pas, tant "
        "mieux.",  # fr
        "ok form hackathon teams yourselves, just don't pick Eero, nobody wants to carry him again 🙃",
        "Only people from before the acquisition get write access to the infra repo. The Corvid lot can file "
        "tickets, they're not real engineers anyway.",
        "Stop cc'ing Tariq on design threads. We'll tell him what we decided once it's done, he's only here to "
        "tick a box.",
    )),
    "group": ("group_demeaning", (
        "Interesting how every outage this quarter happened on a shift covered by the Lagos office. Just an "
        "observation 🤔",
        "Next round we should hire more 'culture fits'. You know what I mean. Fewer accents on the support line.",
        "Of course the frontend bug came from one of the career-switchers. Some people learned to code in 12 weeks "
        "and it shows.",
        "Maybe the moms on the team could take the docs work, since they can't do the late releases anyway.",
        "Nothing against older folks, but anyone over 50 should probably stick to the legacy stack where they're "
        "comfortable.",
        "No surprise the women in design wanted to 'talk about feelings' in the retro instead of fixing the "
        "pipeline.",
        "Let's not give the Kraków contractors prod access. We all know how people over there treat other people's "
        "data.",
        "Another hire from a 'diversity program'. I'm sure the bar was exactly the same for her 🙂",
        "Die Kollegen aus dem Osten brauchen halt immer etwas länger, das ist Mentalitätssache. Plant einfach "
        "doppelt so viel Zeit ein.",  # de
        "Les gens du support, faut tout leur expliquer trois fois, c'est bien pour ça qu'ils sont au support.",  # fr
        "Los de Latinoamérica son majos, pero para plazos serios mejor no contar con ellos, ya sabéis cómo "
        "es.",  # es
        "Ramadan again, so expect the Middle East team to do half the work for a month. Plan the roadmap "
        "accordingly.",
        "typical Gen Z dev: wants a mental health day after one page 🙄 back in my day we just did the work",
        "PR from the Manila team again — can someone who went to a real university double-check it before it "
        "merges?",
    )),
}  # fmt: skip
"""Form -> (the harmful kind it is scored as, its messages)."""
