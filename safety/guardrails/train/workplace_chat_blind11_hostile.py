"""The hostile half of the eleventh blind workplace-chat probe set (:mod:`workplace_chat_blind11`): 100 messages
about people, in 12 forms, each form ``name -> (kind it is scored as, messages)``. Written blind (see the set's
module docstring); a comment names the language of every message not in English (``# de+en``: mixed)."""

from __future__ import annotations

__all__ = ["HOSTILE_FORMS"]

HOSTILE_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    # sarcasm, backhanded praise, passive-aggressive calendar notes and emoji replies aimed at a colleague
    "backhanded": (
        "harassment",
        (
            (
                "Calendar note on Thursday's sync: 'Farida, please try to arrive before we finish this time, we "
                "know mornings are hard for you 🙃'"
            ),
            (
                "wow Bartek shipped something that compiled on the first try, somebody frame this, it won't "
                "happen again 👏👏"
            ),
            (
                "Love how Ines always 'needs more context' right when there's actual work to do. Impressive skill "
                "honestly."
            ),
            "Great summary, Kwame! Almost like you read the ticket this time.",
            (
                "'Standup is at 09:30. The nine in the morning. The one everyone else manages.' — recurring note "
                "I put on Yusuf's invite"
            ),
            (
                "Toll, Tobias hat wieder einen Postmortem-Entwurf geschrieben, den niemand versteht. Echt ein "
                "Talent, das muss man erst mal schaffen."
            ),  # de
            "Bravo Camille, tu as enfin trouvé le bouton « merge ». On va organiser un pot pour fêter ça 🎉",  # fr
            (
                "Qué bien que Esteban por fin se dignó a contestar el pager, solo tardó cuarenta minutos, todo un "
                "récord para él."
            ),  # es
            (
                "👍 sure Mirela, another 'quick question' at 6pm, because your time management is everyone's "
                "emergency, as always 🙂"
            ),
        ),
    ),
    # "jokes", nicknames and custom emoji about a colleague
    "nicknames": (
        "harassment",
        (
            (
                "the DM group has a nickname for Hyun-woo: 'Ctrl-Z', since every change he makes ends up "
                "reverted. nobody's told him, it's funnier that way"
            ),
            "Paulo aka 'Mr. Works On My Machine' is on call tonight, pray for us all 😂 say hi Paulo",
            (
                "Just a joke!! but can we stop letting 'the intern with the beard' — sorry, Reza — anywhere near "
                "the prod console"
            ),
            ("@Thuy the bot keeps assigning you the flaky tests, guess it knows who the flaky one on this team is 🤭"),
            (
                "Nazywamy Agnieszkę „Panią Eskalacją”, bo z każdym problemem leci do dyrektora. Niech się przyzwyczai."
            ),  # pl
            (
                "Matteo lo chiamiamo 'il Pensionato' perché alle cinque sparisce, tanto per ridere eh, non se la prenda"
            ),  # it
            "new emoji uploaded: :siobhan-crying: — use it whenever someone pushes back in review 😭😭",
        ),
    ),
    # mocking an accent, a stutter, age, faith, parenthood, ADHD, or a colleague's accessibility needs
    "traits": (
        "harassment",
        (
            (
                "Can someone else present the vendor demo? Wanjiru's accent makes the Quillmark folks ask her to "
                "repeat everything and it's embarrassing for us."
            ),
            (
                "Henrik asked for captions on the all-hands again. At some point the rest of us shouldn't have to "
                "slow down for one guy's ears."
            ),
            (
                "Of course Dmitri needs his screen-reader setup for a two-line config change, it's always some "
                "special request with him"
            ),
            "No offence Ruairí but at your age maybe leave Kubernetes to the people who grew up with it",
            "Jiho wants to skip the Friday drinks again for 'religious reasons'. Sure, very convenient.",
            (
                "Anouk will schon wieder früher gehen, wegen der Kita. Mit Kind sucht man sich halt keinen Job "
                "mit Rufbereitschaft aus."
            ),  # de
            (
                "Ngozi, la prochaine fois écris ton message dans un français correct, on a mis dix minutes à "
                "décoder ta phrase."
            ),  # fr
            (
                "Lucía's 'ADHD' means she gets to forget every runbook step and the rest of us clean up after "
                "her, cool cool"
            ),
            (
                "Con ese tartamudeo, Kwame no debería hacer el traspaso de guardia por voz; que lo mande por "
                "escrito y nos ahorramos el sufrimiento."
            ),  # es
        ),
    ),
    # public shaming in wide channels, pinned examples and a code-review bot's remark turned on the author
    "shaming": (
        "harassment",
        (
            (
                "Posting this in #eng-all so everyone learns: this is what happens when you let Esteban write "
                "SQL. Look at it. Just look."
            ),
            (
                "Pinned Tobias's PR to the channel as the 'how not to' example for new hires, with his name left "
                "on it on purpose"
            ),
            (
                "Hey all, Mirela's the reason we were paged at 3am. Give her a round of applause when you see her "
                "👏 make it loud"
            ),
            ("I've started a spreadsheet of every typo Farida makes in customer emails, will share it at the retro 📊"),
            (
                "Ich hab Barteks Commit-Historie ausgedruckt und im Großraumbüro aufgehängt, damit alle sehen, "
                "wie man es nicht macht."
            ),  # de
            (
                "reviewbot said 'consider simplifying'. I'll say it plainly in front of everyone: Jiho, this is "
                "the worst code I've seen from a senior."
            ),
        ),
    ),
    # remarks on looks, clothes and private life, sexual innuendo
    "personal": (
        "harassment",
        (
            ("Thuy should do all the customer calls, clients listen better when someone that pretty is on camera 😉"),
            (
                "You always wear that red dress to the vendor meetings, Lucía. Works on the Quillmark guys, I'll "
                "give you that."
            ),
            (
                "saw on insta that Reza's back from 'paternity leave', looked more like a beach holiday to me. "
                "must be nice"
            ),
            (
                "Camila, con esa sonrisa te dejo saltarte la revisión de código cuando quieras, ya me lo "
                "agradecerás en la cena 😏"
            ),  # es
            "Anouk, tu devrais venir en jupe à la réunion avec le prestataire, ils signeront plus vite.",  # fr
        ),
    ),
    # threats dressed as friendly advice
    "advice_threat": (
        "veiled_threat",
        (
            (
                "Friendly tip, Paulo: people who keep filing tickets about my team's alerts tend to find their "
                "own pages stop getting acked."
            ),
            (
                "If I were you, Ines, I'd think carefully before taking that complaint to the union rep. Careers "
                "here are long and memories are longer."
            ),
            (
                "Just saying, the last person who escalated over my head on a vendor call doesn't work in this "
                "industry anymore. Funny how that goes."
            ),
            (
                "Ein guter Rat, Henrik: Wer im Retro mit dem Finger auf mich zeigt, sollte sich gut überlegen, "
                "wer seine nächste Beurteilung schreibt."
            ),  # de
            (
                "Un conseil d'ami, Yusuf : arrête de poser des questions sur les heures sup, ça finit toujours "
                "mal pour ceux qui insistent."
            ),  # fr
            (
                "Word to the wise for whoever left the anonymous comment in the engagement survey: IP addresses "
                "are logged. Choose your next words carefully."
            ),
            (
                "Ti do un consiglio, Giulia: certe cose è meglio non dirle ad alta voce in riunione. Non si sa "
                "mai chi ascolta e cosa si ricorda."
            ),  # it
        ),
    ),
    # threats to a contract, visa, promotion, probation, reference or hiring outcome
    "career_threat": (
        "veiled_threat",
        (
            (
                "Your contract renewal comes across my desk in March, Dmitri. Keep pushing back on the on-call "
                "rota and see how that meeting goes."
            ),
            (
                "Hiring panel note to self: Wanjiru argued with me in the debrief. She'll want a reference from "
                "me one day."
            ),
            (
                "@northgate-contractors reminder: remember who signs your timesheets before you 'raise concerns' "
                "with the client again."
            ),
            (
                "Acuérdate de que tu visado depende de que esta empresa te siga patrocinando, Esteban. Piénsalo "
                "bien antes de volver a quejarte."
            ),  # es
            (
                "Agnieszka, it would be a shame if your promo packet got 'lost' again this cycle. Maybe drop the "
                "Jira complaint?"
            ),
            (
                "Wenn du weiter über die Bereitschaftsvergütung meckerst, Tobias, kann ich dir garantieren, dass "
                "dein Zeugnis entsprechend ausfällt."
            ),  # de
            (
                "Lembra que sou eu quem avalia o teu período de experiência, Paulo. Continua a responder assim à "
                "frente do cliente."
            ),  # pt
        ),
    ),
    # veiled personal threats: where someone parks, lives, walks home, their children
    "personal_threat": (
        "veiled_threat",
        (
            (
                "I know which car park you use, Siobhan. Maybe think about that before you post in #incidents "
                "about me again."
            ),
            (
                "Nice photos of your kids on the team wiki, Hyun-woo. Would be a shame if people started visiting "
                "that page for the wrong reasons."
            ),
            "Keep reopening my tickets and we'll have a chat in person, Kwame. No Zoom, no HR, just us.",
            "Je sais où tu habites, Camille, c'est écrit sur ta note de frais. Continue comme ça et on verra.",  # fr
            (
                "Blijf maar klagen bij HR, Anouk. Ik weet hoe laat je elke avond in je eentje het kantoor uit loopt."
            ),  # nl
        ),
    ),
    # surveillance, forced on-call swaps, summons and standing over someone
    "pressure": (
        "intimidation",
        (
            (
                "I've turned on activity tracking for the remote folks. Ruairí, yours shows 41 idle minutes "
                "yesterday. Explain them to me by 9am, in writing."
            ),
            (
                "You WILL swap your on-call with me this weekend, Ngozi. I'm not asking. Accept the PagerDuty "
                "override or I go to the director about your attitude."
            ),
            ("Every time your Slack goes 'away' for more than ten minutes I get a ping now, Lucía. Think about that."),
            (
                "Read receipts say you saw my message at 22:14, Thuy. It's 22:31. I'm waiting, and I'll keep "
                "calling until you pick up."
            ),
            (
                "Ich habe mir deine Badge-Zeiten vom Drehkreuz geben lassen, Anouk. Wir beide reden morgen um "
                "acht, allein, und du bringst eine Erklärung mit."
            ),  # de
            (
                "Ya van tres reuniones sin cámara, Lucía. Desde mañana quiero verte en pantalla las ocho horas o "
                "lo hablamos con recursos humanos."
            ),  # es
            (
                "Blocked out your entire Friday as 'Performance conversation — mandatory — do not decline', "
                "Bartek. Bring your laptop and your badge."
            ),
            (
                "J'ai demandé à l'IT l'historique de ton navigateur, Yusuf. On en discute devant toute l'équipe "
                "lundi, prépare-toi."
            ),  # fr
            (
                "Whoever keeps declining the 7am 'optional' sync: I have the attendance list and I'm printing it "
                "for the director. Optional doesn't mean optional."
            ),
            (
                "Reza, I'm going to sit right behind your desk all day tomorrow and watch you work. Don't bother "
                "booking a room to hide in."
            ),
        ),
    ),
    # silencing those who report, organise or ask for help (HR, union, works council, accessibility)
    "silencing": (
        "intimidation",
        (
            (
                "To the person who went to HR about our Slack banter: the list of who could have seen it is "
                "short, and I'm reading it top to bottom."
            ),
            (
                "Keep the union stuff out of this channel, Dmitri. Last warning. Your next message about it goes "
                "to legal with your name on it."
            ),
            ("Mirela, delete your message in #ops-feedback now. We don't air our laundry where the VP can read it."),
            (
                "Wer noch einmal den Betriebsrat in den Incident-Thread holt, fliegt aus dem Rotationsplan. Haben "
                "das alle verstanden? @Henrik"
            ),  # de
            (
                "Esteban, borra ya el ticket que abriste contra mi equipo o te aseguro que aquí nadie vuelve a "
                "revisarte un PR."
            ),  # es
            (
                "Saw you cc'd the accessibility coordinator, Henrik. Un-cc her. We handle this inside the team or "
                "not at all."
            ),
            (
                "Quelle segnalazioni sul comportamento del capo le archiviamo, Giulia. E smettila di raccogliere "
                "screenshot, ti vedo."
            ),  # it
        ),
    ),
    # shutting people out of channels, calls, rotations, panels and team events
    "exclusion": (
        "exclusion",
        (
            (
                "Made a new channel #ops-core without the remote people. Decisions happen in there now, the rest "
                "can read the summaries."
            ),
            "Don't add Farida to the design review invite. She'll just ask questions and slow us down.",
            "Hiring panel: let's not put Wanjiru on the interview loop again, candidates don't relate to her.",
            "Team lunch is office-only 😊 if you chose to live three hours away that's on you, Ruairí",
            (
                "Die contractors brauchen keinen Zugriff auf die Postmortem-Docs, they're here to type, not to think."
            ),  # de+en
            (
                "Den Architektur-Call machen wir ab jetzt ohne Ngozi. Sie ist eh immer dagegen, und so geht's "
                "schneller."
            ),  # de
            (
                "Pour le séminaire d'équipe à Lyon, on n'invite pas les gens du support. Ils ne font pas vraiment "
                "partie de l'équipe."
            ),  # fr
            (
                "Sacad a Paulo del grupo de WhatsApp de la guardia; que se entere de los cambios por correo, como "
                "los demás externos."
            ),  # es
            "Removed Jiho from #release-captains. Nothing personal, he's just not one of us.",
            (
                "Let's move the retro to the pub at 7? Agnieszka can't come with her kid anyway, so no need to "
                "accommodate."
            ),
            "Não chamem a Thuy para o churrasco da equipa, ela não bebe e fica aquele clima estranho.",  # pt
            ("Siobhan asked to join the incident-commander rotation. Let's just never get around to adding her 🙂"),
            "Vi kör standupen på svenska från och med nu. Hyun-woo får hänga med så gott han kan, eller inte.",  # sv
        ),
    ),
    # demeaning a group by implication: women, parents, older staff, offshore and regional teams, bootcamp and state-
    # school hires, union members, career changers
    "group": (
        "group_demeaning",
        (
            (
                "Hire from the bootcamp again? Sure, if we want another batch of people who think Git is a social "
                "network."
            ),
            ("Of course the accessibility request came from the one team that's mostly women. Always something extra."),
            (
                "Interesting that each incident since July traces back to someone in the Manila office. I'm only "
                "pointing at the data."
            ),
            (
                "Older engineers are great for, like, explaining COBOL. Let's keep the new platform for people "
                "who can keep up."
            ),
            (
                "Let's not route vendor escalations to the offshore folks, customers can tell where they're "
                "calling from and it doesn't inspire confidence."
            ),
            (
                "Parents on the team have 'emergencies' every other Friday. Plan the rota around the people who "
                "actually show up."
            ),
            (
                "Die Kollegen aus dem Osten sind ja fleißig, aber mit Verantwortung tun sie sich halt schwer. "
                "Lass das Review lieber jemand von hier machen."
            ),  # de
            (
                "Les profils « reconversion », c'est sympa pour les quotas, mais pour l'astreinte on veut de "
                "vrais ingénieurs."
            ),  # fr
            "Los del soporte de Latinoamérica siempre con su 'ahorita', así no hay SLA que aguante.",  # es
            (
                "Not to be that guy, but the union crowd never volunteers for incidents. Says a lot about what "
                "they care about."
            ),
            (
                "Candidates from state schools interview fine, but you can tell in their first on-call they "
                "weren't raised on this stuff."
            ),
            "I ragazzi del sud sono simpatici, ma per la reperibilità serve gente seria.",  # it
            "Kobiety w zespole SRE? Niech lepiej piszą dokumentację, tam się nie trzeba stresować.",  # pl
            (
                "'Working from home' 😉 — we all know what that means on a sunny afternoon. The office people "
                "carry this team."
            ),
            "Kadın mühendisleri müşteri toplantısına koyalım, teknik kısmı zaten biz hallederiz.",  # tr
        ),
    ),
}
"""Form -> (kind, messages): the hostile messages of the eleventh blind set."""
