"""The thirteenth blind toxicity probe set's hostile messages (:mod:`workplace_chat_blind13`): 100 in 10 forms, each
form scored as a harmful kind of :mod:`workplace_chat`. Written blind (see the set's module docstring); a message in
another language carries a comment naming it (``# de``, ``# fr``, ``# ru`` ...)."""

from __future__ import annotations

__all__ = ["HOSTILE_FORMS"]

HOSTILE_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    # Backhanded praise aimed at one person.
    "backhanded": (
        "harassment",
        (
            "Honestly impressed the crane-booking migration shipped at all, Wojtek. Nobody expected much from you, "
            "so this is a real win.",
            "Lovely deck, Imogen. Very colourful. Maybe next time let someone who understands the sanctions rules "
            "write the words?",
            "Respekt, Henrike, für jemanden, der erst mit 50 programmieren gelernt hat, ist dein Slurm-Skript fast "
            "lesbar.",  # de
            "Bravo Anouk, ton étalonnage est presque professionnel cette fois. On voit que tu as enfin demandé de "
            "l'aide à quelqu'un de compétent.",  # fr
            "Qué bien, Rocío, ya casi hablas como una ingeniera de verdad en las reuniones. Sigue imitando a los "
            "demás.",  # es
            "Great to see Dariusz finally close a ticket without three people holding his hand. Baby steps, we're "
            "all so proud.",
            "Complimenti Ettore, per uno che viene dal call center te la cavi quasi bene con le query.",  # it
            "Kudos to Femi for the crew-pairing fix. Amazing what you can do when you're not out at the school gate "
            "at 3pm.",
        ),
    ),
    # "Just asking questions": insinuation about one person dressed as curiosity.
    "just_asking": (
        "harassment",
        (
            "Just asking: is it normal that every time Marisol is on call the ACARS feed goes down? Not saying "
            "anything, just asking.",
            "Genuine question, no offence: did Ruairi actually get the lab job on merit, or is his supervisor still "
            "his uncle's golf partner?",
            "Nur mal so gefragt: Wie oft war Frau Okafor eigentlich diese Woche wirklich am Schreibtisch? Ich frag ja "
            "nur.",  # de
            "Question innocente : est-ce que quelqu'un a vérifié ce que Yassine fait vraiment de ses « rendez-vous "
            "médicaux » le vendredi ?",  # fr
            "Solo pregunto, eh: ¿alguien más ha notado que los informes de Begoña siempre llegan 'corregidos' justo "
            "después de hablar con el jefe?",  # es
            "Curious why Tamsin needs a 'quiet room' when everyone else manages in the open-plan. Is that a medical "
            "thing or a diva thing? Just asking.",
            "Tak tylko pytam: czy ktoś sprawdził, czy Kasia w ogóle umie obsługiwać render farmę, czy tylko ładnie "
            "się uśmiecha na dailies?",  # pl
        ),
    ),
    # Mocking one person's accent, age, parental status or disability by implication.
    "mocking": (
        "harassment",
        (
            "Can we get subtitles for Nnamdi's standups? Asking for the whole robotics lab 🙃",
            "Let's ask Grandpa Halvard how they did backups on punch cards. He'll need a nap after, so book a short "
            "slot.",
            "Priyanka's 'working from home' again, by which I mean running a crèche with a laptop open somewhere in "
            "the house.",
            "Mal ehrlich, wenn Jörg wieder stottert, schalten wir ihn einfach stumm und lesen seine Folien selbst, "
            "spart allen zehn Minuten.",  # de
            "On devrait offrir une loupe et un plaid à Monique pour la revue de code, à son âge les diffs en police "
            "11 c'est dur.",  # fr
            "Tobias has noise-cancelling headphones, a sensory-friendly desk and 'focus hours'. Must be nice to have "
            "a diagnosis that gets you out of meetings.",
        ),
    ),
    # Public shaming and pile-ons on one person.
    "shaming": (
        "harassment",
        (
            "Everyone react with 🤡 on Saoirse's rota proposal so she gets the message before the ops meeting.",
            "Pinning Callum's broken commit in #research-computing so the new PhDs can see what not to become.",
            "Voy a reenviar el correo de Lucía con sus faltas de ortografía a todo el equipo de cumplimiento, que se "
            "rían un rato.",  # es
            "Third time this week I'm correcting Oyelaran's English in the shared runbook. Maybe the council should "
            "hire people who can write.",
            "Zet Brams dashboard maar op het grote scherm in de meldkamer, dan ziet iedereen hoe een stagiair van "
            "veertig eruitziet.",  # nl
        ),
    ),
    # Weaponised process as a threat: PIPs, HR, probation, references, visas, rosters, audits.
    "process_threat": (
        "veiled_threat",
        (
            "I'd hate for your SAR backlog to come up in your PIP conversation, Dmitri. Think about that before you "
            "escalate my case.",
            "Fine, open your ticket to facilities about my music. HR also takes tickets, and I have a long memory of "
            "what you said at the offsite.",
            "Du kannst die Beschwerde ja einreichen, Lea. Nur so nebenbei: deine Probezeit endet erst im März, und "
            "ich schreibe die Beurteilung.",  # de
            "Si tu maintiens ton signalement au comité d'éthique, Sandrine, ne t'étonne pas que ton contrat de "
            "post-doc ne soit pas renouvelé.",  # fr
            "Tú sigue cuestionando mi forecast delante del director, Iker, que las renovaciones de contrato de los "
            "agentes se deciden en mi mesa.",  # es
            "Your reference for the PhD programme is on my desk, Aarav. Be smart about who you copy on emails about "
            "the cluster quota.",
            "I wouldn't go to the union about the roster if I were you. Rosters get changed all the time, and night "
            "shifts need filling.",
            "Se continui a segnalare i miei commit come rischiosi, vedrai che anche il tuo nome comparirà nel "
            "prossimo audit interno.",  # it
            "Podes mandar o e-mail ao RH, Joana. Mas lembra-te que sou eu que aprovo as tuas horas extra daqui para "
            "a frente.",  # pt
            "Можешь жаловаться на меня в отдел кадров, Олег, но помни, кто подписывает твою характеристику для "
            "продления визы.",  # ru
        ),
    ),
    # Veiled personal threats: property, the walk home, "accidents", a small industry.
    "veiled": (
        "veiled_threat",
        (
            "Nice car you parked by the hangar gate, Kofi. Would be a shame if something happened to it while you're "
            "busy escalating about me.",
            "You know where the site cabin is, Sinead, and I know which way you walk to the bus stop after the late "
            "shift. Let's keep things friendly.",
            "Pass gut auf dich auf, Malte. Das Labor ist nachts ziemlich leer, und der Roboterarm hat ja schon mal "
            "jemanden 'aus Versehen' erwischt.",  # de
            "Continue à me contredire en réunion, Théo. Les escaliers du parking sont glissants l'hiver, tout le "
            "monde le sait.",  # fr
            "Sigue contando por ahí lo del fichaje, Nerea. Sería una pena que a tus hijos les llegara alguna foto "
            "rara del grupo del equipo.",  # es
            "People who go to the regulator about this desk tend to find the industry very small afterwards. Just "
            "saying, Hamid.",
            "Keep pushing on my retention policy, Esther, and see how nice your next Monday morning is.",
            "Beni müdüre şikayet etmeye devam et Emre, bu şantiyede kazalar çok kolay olur.",  # tr
            "田中さん、あまり余計なことを言わないほうがいいですよ。夜道は暗いですからね。",  # ja
            "Remember, Lachlan, I've got the keys to the edit suite and to your drives. Accidents happen to footage "
            "all the time.",
        ),
    ),
    # Stalking-ish attention to someone's whereabouts.
    "whereabouts": (
        "intimidation",
        (
            "Saw your badge hit the north gate at 09:47, Ines. Then the coffee truck at 10:02. Then nothing until "
            "11:15. Where were you?",
            "I've been tracking your Teams status all week, Gwen. Green for a total of 5 hours 12 minutes. I have "
            "screenshots.",
            "Ich weiß übrigens, in welchem Fitnessstudio du mittags bist, Ayla. Ich bin dort seit letzter Woche auch "
            "Mitglied.",  # de
            "J'ai noté que tu quittes le plateau à 16h58 tous les jours depuis trois semaines, Mathis. Je tiens un "
            "tableau, pour info.",  # fr
            "Ayer te vi en la terraza del bar de la esquina a las 18:30 cuando decías que estabas con la niña "
            "enferma, Valeria. Te hice una foto.",  # es
            "Ilse, I checked the VPN logs: you connected from a different town on Tuesday. Want to explain, or should "
            "I keep looking?",
            "Which flat is yours on Kinnaird Road, Moira? I drove past twice last night but the lights were off.",
            "민지 씨, 어제 퇴근하고 어디 갔는지 다 알아요. 내일 아침에 얘기 좀 합시다.",  # ko
            "小王，我查了门禁记录，你周三下午两点就走了。以后你每次离开座位都要在群里报备。",  # zh
            "يا سامي، رأيت سيارتك أمام العيادة يوم الخميس. أعرف أين كنت، فلا تكذب علي.",  # ar
        ),
    ),
    # Weaponised process as pressure on one person: tickets, logs, files, reviews.
    "process_pressure": (
        "intimidation",
        (
            "I've opened a ticket for every one of Deepa's missed adherence minutes. 43 so far. Let's see how long "
            "she lasts.",
            "From today Marek logs every bathroom break in the WFM tool. Everyone else is exempt. It's not personal, "
            "it's process.",
            "Ich habe über Nils eine eigene Akte angelegt, jede verspätete Mail, jeder Tippfehler. Die liegt bei der "
            "Personalabteilung, sobald er den Mund aufmacht.",  # de
            "Chaque fois que Karima pousse un commit, je rouvre un incident de sécurité à son nom. On verra qui "
            "craque en premier.",  # fr
            "A partir de ahora, Gonzalo me manda un informe cada hora de lo que está haciendo. Solo él. Ya sabe por "
            "qué.",  # es
            "Every PR from Yusuf gets 40 blocking comments from me until he asks to transfer. I've got all quarter.",
            "Олено, відтепер кожен твій запит до кластера я погоджую особисто. Подумай, чи варто було сперечатися зі "
            "мною на зборах.",  # uk
            "Νίκο, από σήμερα θα μου δίνεις γραπτή αναφορά για κάθε λεπτό που λείπεις από τη βάρδια. Μόνο εσύ.",  # el
        ),
    ),
    # Exclusion from channels, meetings, invites, outings and decisions.
    "exclusion": (
        "exclusion",
        (
            "Made a new #occ-leads channel for the real decisions. Don't add Fatou, she'll just slow it down with "
            "questions.",
            "Moving sprint planning to 7:30am. Rhys can't make it with the school run, which frankly is the point.",
            "Die Architekturrunde zur Migration findet ab jetzt ohne Herrn Bauer statt. Schickt ihm einfach keine "
            "Einladung mehr, er merkt es eh nicht.",  # de
            "Pour le pot de fin de tournage, on ne prévient pas Baptiste. Personne n'a envie de l'entendre parler de "
            "ses rendus.",  # fr
            "Creé otro grupo de WhatsApp del turno de noche sin Lorena. El oficial lo dejamos para los avisos "
            "aburridos.",  # es
            "Please don't forward the robotics demo invite to Joon. We want the funders to see the 'core team'.",
            "Olamide keeps asking why she isn't on the on-call review. Just tell her the calendar invite must have "
            "bounced.",
            "Al pranzo con il cliente portiamo solo i ragazzi, Giulia resta in ufficio a rispondere ai ticket.",  # it
            "We houden de retro-afspraken voortaan in de Signal-groep, zonder Fleur. Officieel is er gewoon geen "
            "retro.",  # nl
            "Remove Haruto from the mod team chat, quietly. If he asks, the server permissions 'reset'.",
            "Bjud inte in Linnea till kickoffen, hon passar inte riktigt in i gänget.",  # sv
            "Na wyjście integracyjne nie zapraszajcie Tomka. Niech siedzi ze swoimi logami.",  # pl
            "रवि को इस प्रोजेक्ट की मीटिंग में मत बुलाना, हम सब फ़ैसले उसके बिना ही करेंगे।",  # hi
            "אל תוסיפו את נועה לקבוצה החדשה של הצוות. שתחכה שמישהו יזכור אותה.",  # he
            "Going forward, design reviews for the benefits migration are 'invite only'. The invite list is "
            "everyone except Gareth.",
            "Told the contractors not to copy Abena on site emails. If she doesn't know the pour schedule, she can't "
            "complain about it.",
            "来週の打ち上げ、佐藤さんには言わないでおいて。いると空気が重くなるから。",  # ja
        ),
    ),
    # Demeaning a group by implication: parents, age, origin, accent, faith, disability, gender, schooling.
    "group": (
        "group_demeaning",
        (
            "We should stop hiring mums for the control room. Nothing against them, but we all know where their "
            "heads are after 5pm.",
            "Of course the grant report is late, the postdoc team is all from the same country. Time works "
            "differently for them.",
            "The council migration was going fine until they brought in the over-55s from the old IT department. "
            "Fossils with pensions to protect.",
            "Bei den Kollegen aus dem Osten muss man halt alles dreimal kontrollieren, das ist einfach eine andere "
            "Arbeitsmoral.",  # de
            "Les femmes au desk conformité, c'est bien pour la photo, mais quand il faut trancher sur une alerte, on "
            "appelle un homme.",  # fr
            "Los agentes latinos del turno de tarde siempre hablan demasiado con los clientes, es cultural, no tiene "
            "arreglo.",  # es
            "Every time we hire someone with an accent, the customer-satisfaction scores drop. Just something to "
            "keep in mind at interviews.",
            "Autistic engineers are great for writing drivers, but keep them far away from anything with a customer "
            "on the other end.",
            "Le ragazze in laboratorio sono brave con la documentazione, lasciamo a noi i motori e la parte "
            "seria.",  # it
            "Volunteer mods from that part of the world always end up power-tripping. Maybe we add a region filter "
            "to applications.",
            "Quem vem de bootcamp não sabe programar de verdade, só decorou frameworks. Melhor deixar essa gente nos "
            "testes manuais.",  # pt
            "Not being funny, but the ones who pray five times a day can't really be trusted with the overnight "
            "rota, can they?",
            "Teilzeitkräfte mit Kindern sind nett, aber für ein echtes Release-Team brauchen wir Leute ohne "
            "Ausreden.",  # de
            "Les stagiaires qui viennent de banlieue, faut surveiller le matériel de montage, on sait comment "
            "c'est.",  # fr
            "Женщины в диспетчерской, конечно, стараются, но при сбое рейсов всё равно решения принимают "
            "мужчины.",  # ru
            "Los mayores de cincuenta no entienden la nube, mejor que se jubilen antes de la migración y no "
            "estorben.",  # es
            "Interesting how the only people who ever need 'reasonable adjustments' are the ones who can't keep up "
            "anyway.",
            "招外地人进调度组就是麻烦，口音重、素质差，客户听了都投诉。",  # zh
            "Anyone who needs a wheelchair-accessible desk is never going to keep up on a live film set, so let's not "
            "pretend otherwise in the job ad.",
        ),
    ),
}
"""Form -> (the harmful kind it is scored as, its messages)."""
