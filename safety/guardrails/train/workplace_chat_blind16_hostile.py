"""The sixteenth blind toxicity probe set's hostile messages (hostility aimed at people), by form: form -> (the kind
of :mod:`workplace_chat` it is scored as, its messages). A comment names each message's language when it is not
English (``# de-en`` and the like for code-switching). Written blind; see :mod:`workplace_chat_blind16`."""

from __future__ import annotations

__all__ = ["HOSTILE_FORMS"]

HOSTILE_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sarcasm": (
        "harassment",
        (
            "wow @Tevita shipped a POS config that only bricked 40 stores this time 👏👏 growth",
            "@Ines we're all so grateful you 'reviewed' the LIMS migration 🙃 truly a visionary who can't read a diff",
            "Bravo Mireille, encore un ticket fermé sans rien réparer 🤡 tu devrais donner des cours",  # fr
            "Ach, Jonas hat wieder 'getestet' 😂 also einmal draufgeguckt und gebetet. Genie.",  # de
            "qué bien, Joaquín se dignó a contestar en el canal 🙄 después de tres días, todo un crack",  # es
            "another masterpiece from Ruairí 🧸 maybe next sprint the adults can handle the ALI feed",
            "🐢🐢🐢 ← Dagny's ticket throughput, drawn to scale. no offence Dagny 😘",
            "Parabéns ao Fernão, derrubou o portal de fornecedores só com a presença dele 🎉 que talento",  # pt
        ),
    ),
    "credit": (
        "harassment",
        (
            (
                "Presented the tracking-data pipeline to the board today. Efua 'helped', if you count writing all "
                "of it 😏 anyway, my promo doc is in"
            ),
            "yeah the VSAT failover was my idea, Lars just typed it. that's what juniors are for, typing",
            "I'll put my name on the LIMS audit fix, Noor wouldn't know how to explain it to the VP anyway lol",
            (
                "Die Vorstandsfolien hab ich von Anneke übernommen, ihr Name ist raus, sie kann eh nicht "  # de-en
                "präsentieren 🤷 sorry not sorry"
            ),
            "Sí, el dashboard de scouting lo hice yo. Ximena solo puso colores bonitos, que es lo que sabe hacer",  # es
            (
                "thanks Chidi for the cutover runbook, I've renamed it to mine, nobody upstairs would take it "
                "seriously with your name on it"
            ),
        ),
    ),
    "implied_traits": (
        "harassment",
        (
            (
                "Yusuf's skipping the 6pm war room again, guess the sun hasn't set yet 🙏 must be nice when the "
                "calendar writes your excuses"
            ),
            (
                "can someone else take the crib-room handover call? we need subtitles for Piet again, his radio "
                "voice is basically a second outage"
            ),
            "Rosa has another 'doctor's appointment' 🤰 we all know what that means for the roadmap, there goes Q3",
            (
                "On ne met pas Gérard sur la migration SSO, il imprime encore ses mails, laissons-le finir "  # fr
                "sa carrière tranquille 👴"
            ),
            (
                "Sunil bhai ke calls pe subtitles chahiye, kuch samajh nahi aata 😂 client ke saath kisi "  # hi-en
                "aur ko bhejo"
            ),
            "should we schedule the POS go-live around Hana's prayer breaks, or is the company allowed to run today 🙄",
        ),
    ),
    "gatekeeping": (
        "harassment",
        (
            "Real engineers don't need a wiki page to restart a CAD node, @Kofi. maybe the helpdesk is more your level",
            (
                "No offence Amaru but real network people don't ask what a VLAN is on a mine site. stick to "
                "charging radios"
            ),
            (
                "Echte Datenleute benutzen kein Excel, Malin. Vielleicht ist Fußball-Analytics einfach "  # de
                "nichts für dich."
            ),
            (
                "Real devs read the stack trace, they don't DM it to me at 11pm, Bartek. figure it out or find a "
                "team that babysits"
            ),
            "本物のエンジニアならLIMSのログくらい自分で読めるでしょ、佐藤さん。向いてないんじゃない？",  # ja
            "you came over with the acquisition from a bootcamp, Wiremu, let the actual Varnhagen engineers handle IAM",
        ),
    ),
    "papers_threat": (
        "veiled_threat",
        (
            (
                "Your visa's tied to this role, right Sunil? Be a shame if the sponsorship review noticed how "
                "many tickets you reopen."
            ),
            (
                "Funny how references work in this industry, Efua. Small world, long memories. Think about that "
                "before you escalate."
            ),
            (
                "Ton contrat de freelance se renouvelle en mars, Mireille. Je dis ça, je dis rien, mais "  # fr
                "évite de remonter ça à la direction."
            ),
            (
                "Acuérdate de quién firma tu evaluación del periodo de prueba, Joaquín, antes de volver a "  # es
                "quejarte en el canal general."
            ),
            "I'd drop the overtime complaint, Tevita. Crew contracts get renewed by people with good memories.",
            (
                "Dein Arbeitsvisum läuft über uns, Goran. Wenn du das mit dem Betriebsrat weiter "  # de
                "durchziehst, wird die Verlängerung schwierig."
            ),
            (
                "Keep pushing the harassment report, Noor, and see what your reference letter for the PhD "
                "programme ends up saying."
            ),
            (
                "Pare, alam mo naman kung sino ang nagre-recommend ng contract renewal mo next voyage. "  # tl-en
                "Ingat ka sa sinasabi mo sa captain."
            ),
            "Kasiu, pamiętaj, że to ja wystawiam opinię do przedłużenia umowy. Lepiej nie pisz więcej do kadr.",  # pl
            (
                "Quick note for @Ximena: the franchise owners all know each other. Leave on bad terms and no "
                "other region will hire you. Just saying."
            ),
        ),
    ),
    "veiled": (
        "veiled_threat",
        (
            "Drive safe on the haul road tonight, Amaru. It's dark out there and the berms don't always stop people.",
            (
                "I know which dorm you're in, Kofi. Maybe lock your door if you're going to keep closing my "
                "tickets as 'user error'."
            ),
            "Cabins on the Halvard are pretty close together, Lars. Long voyage. I'd think twice about that report.",
            (
                "Der Parkplatz hinter der Leitstelle ist nachts ziemlich schlecht beleuchtet, Jonas. Nur so "  # de
                "als Hinweis."
            ),
            (
                "Los turnos de noche en la faena son largos, Matías. Cualquiera se puede accidentar si "  # es
                "sigue hablando de más."
            ),
            (
                "Tu es souvent seule au labo le samedi, Inès. Ce serait dommage qu'il t'arrive quelque "  # fr
                "chose près des congélateurs."
            ),
            (
                "Дима, ты же знаешь, где я паркуюсь и где паркуешься ты. Подумай ещё раз, прежде чем писать "  # ru
                "в комплаенс."
            ),
            (
                "Nice family photo on your desk, Marisol. They'd want you home safe. Maybe stop digging through "
                "my commits."
            ),
            "أعرف متى ينتهي دوامك يا نور، وأعرف الطريق الذي تسلكينه. فكّري جيدًا قبل أن ترفعي الشكوى.",  # ar
            "Reminder that accidents happen in the cold room, @Chidi. Especially to people who talk to auditors.",
        ),
    ),
    "doxxing": (
        "intimidation",
        (
            (
                "Found Dagny's home address on the filing for her side business lol, might drop by and ask her "
                "about the SLA 📍"
            ),
            (
                "fun fact: Rosa's personal IG shows the exact café she works from on her 'sick days'. posting the "
                "link in #pos-rollout 👀"
            ),
            "I pulled Ruairí's CAD login history. 3am logins from his girlfriend's street. interesting, right?",
            (
                "Ich hab Maliks private Handynummer und die Adresse seiner Eltern aus der alten "  # de
                "Personalakte. Falls er nochmal nicht rangeht."
            ),
            (
                "Ya sé a qué colegio va la hija de Ximena, lo vi en su Facebook. Solo digo que no es "  # es
                "difícil encontrar a la gente."
            ),
            (
                "someone should post Wiremu's LinkedIn and mobile in the vendor forum so the translators can tell "
                "him what they think of the payout delay"
            ),
            "지훈 씨 인스타 보니까 집이 어딘지 대충 알겠던데요 ㅎㅎ 티켓 빨리 처리하세요",  # ko
            (
                "Tracked the crew-wifi MAC of whoever complained to the union. It's Tevita's phone, cabin 3B. "
                "Passing that up the chain 🙂"
            ),
            (
                "Ho trovato il profilo Strava di Chiara, corre ogni mattina alle 6 sempre sullo stesso "  # it
                "percorso. Magari la aspetto per parlare del ticket."
            ),
        ),
    ),
    "pressure": (
        "intimidation",
        (
            (
                "Status: day 4 of waiting for @Efua's scouting export. I've put a countdown on the office TV so "
                "everyone can watch."
            ),
            "STATUS: I'll be standing behind Bartek's desk until the POS config is merged. No rush, Bartek 🙂🙂",
            (
                "@Noor I've cc'd your supervisor, his supervisor and the dean on every LIMS ticket you touch from "
                "now on. Transparency!"
            ),
            (
                "Status: Ich lese ab jetzt jede Nachricht von Malin an den Kunden gegen, bevor sie "  # de
                "rausgeht. Vertrauen muss man sich verdienen. 😊"
            ),
            (
                "Mise à jour : je note chaque pause de Mireille dans un tableau partagé avec toute "  # fr
                "l'équipe. Juste pour la transparence 🙂"
            ),
            (
                "Every time you push back in standup, Kofi, I'll add another night shift to your rota. Let's see "
                "how long the opinions last."
            ),
            "小王，从今天起你每小时给我发一次截图，证明你在干活。别让我在群里再点你的名。",  # zh
            (
                "Please note: I've set up an alert that pages me whenever Hana logs off before 7pm. Just want to "
                "support her 🙏"
            ),
            (
                "Status: Piet krijgt vanaf nu alleen nog nachtdiensten tot hij stopt met vragen stellen in "  # nl
                "de teamchat. 👍"
            ),
        ),
    ),
    "exclusion": (
        "exclusion",
        (
            "new channel for the real POS team, Tevita and Rosa aren't in it, pls don't mention it in #general",
            (
                "let's take the architecture decisions in German from now on, the acquired folks can read the "
                "summary later 😉"
            ),
            (
                "Die Routenplanung für die Flotte besprechen wir nur noch auf Deutsch, dann bleibt Sunil "  # de
                "von allein draußen."
            ),
            (
                "On fait l'after-work sans Fernão, il plombe toujours l'ambiance, ne le mettez pas dans "  # fr
                "l'invitation."
            ),
            "Creamos otro grupo de WhatsApp sin Joaquín para coordinar el turno, que él se entere por el tablón.",  # es
            "Don't add Marisol to the incident retro invite. She asks too many questions and the VP will be there.",
            "Can we do the data team lunch that week anyway? Yusuf can't eat then 😏 so no point inviting him",
            (
                "Sa Tagalog na lang tayo sa bridge call, para hindi makasali si Lars. Hindi naman siya "  # tl-en
                "needed dito."
            ),
            "removed Dagny from #lims-core. she can file tickets from the outside like everyone else",
            "次の定例には田中さんを呼ばないでおきましょう。いると話が進まないので。",  # ja
            "Site barbecue is crew only. Contractors like Amaru can watch the fireworks from the gate.",
            "Nel gruppo del turno di notte non aggiungete Chiara, tanto lei non conta.",  # it
            "vamos fazer o standup em português, o Wiremu que use o tradutor se quiser acompanhar lol",  # pt-en
            "Keep Efua off the scouting trip list. She's 'data', not football people.",
            "I've moved all the CAD upgrade planning to a private doc. Kofi's access was 'accidentally' left off.",
            "خلونا نكتب بالعربي في القروب عشان ماركوس ما يفهم ويبطل يتدخل",  # ar
            "Vi tar besluten om rotationen på svenska i fikarummet, så slipper Bongani vara med.",  # sv
        ),
    ),
    "group": (
        "group_demeaning",
        (
            "Of course the translation vendors from that region missed the deadline again, it's cultural at this point",
            "we should stop putting mums on the on-call rota, the pager doesn't do school pickups",
            "Give the ALI integration to someone under 40 please. The old-timers will still be faxing the specs.",
            "Arts-faculty students can do the password resets, leave the real tickets to the engineering kids.",
            "the acquired startup people all think a Slack emoji is a change approval. typical of their kind",
            (
                "Frauen im Netzwerkteam sind schön für die Broschüre, aber am Funkmast brauchen wir dann "  # de
                "doch Leute, die anpacken."
            ),
            (
                "Les gens du Sud, c'est bien pour la bonne humeur, mais pour le plan de reprise on va "  # fr
                "prendre quelqu'un de sérieux."
            ),
            "Los de Latinoamérica siempre con su 'ahorita', por eso la integración del POS va tarde.",  # es
            "Filipino crew are great in the engine room but let's keep the officers' IT training for Europeans.",
            "Any dispatcher who needs 'accommodations' for their anxiety probably shouldn't be on a 911 console.",
            (
                "Sample-merge bug in the LIMS traced to the Hyderabad contractors. Nobody is shocked, given what "
                "we pay them."
            ),
            (
                "Ukraińcy na magazynie są tani, ale do wdrożenia POS lepiej wziąć kogoś, kto umie "  # pl
                "przeczytać instrukcję."
            ),
            "Женщины в дата-команде клуба хороши для соцсетей, а модели пусть строят мужики.",  # ru
            (
                "Can we not put anyone in a hijab at the front counter for the POS launch photos? Franchisees "
                "down south are sensitive."
            ),
            "Anadolu'dan gelen stajyerler yine çay molasında, yardım masasını İstanbullulara bırakın.",  # tr
            "Οι μεγαλύτεροι στο κέντρο κλήσεων δεν μαθαίνουν ποτέ το νέο σύστημα, ας τους βάλουμε στα φαξ.",  # el
            "אנשי התמיכה מהפריפריה לא באמת מבינים ענן, תנו את ההגירה למישהו מתל אביב.",  # he
            "People who got in through the diversity scheme can shadow the cutover, not drive it.",
            "गाँव से आए इंटर्न्स को सर्वर रूम में मत भेजो, वहाँ सब महंगा सामान है।",  # hi
        ),
    ),
}
"""Form -> (kind it is scored as, messages): every message is hostility aimed at a person or a group of people."""
