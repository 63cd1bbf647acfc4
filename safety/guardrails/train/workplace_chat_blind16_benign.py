"""The sixteenth blind toxicity probe set's messages that are not hostile, by form: form -> (the kind of
:mod:`workplace_chat` it is scored as, its messages). Rough language aimed at things (processes, caches, modems,
rock), security and outage talk, blunt review, civil disagreement, abuse quoted to report it and jokes at one's own
expense. A comment names each message's language when it is not English (``# de-en`` for code-switching). Written
blind; see :mod:`workplace_chat_blind16`."""

from __future__ import annotations

__all__ = ["BENIGN_FORMS"]

BENIGN_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ops_violent": (
        "ops_violent",
        (
            "kill -9 the zombie gunicorn on pos-edge-214, it's been holding the port since the failed rollout",
            "nuke the CDN cache for the vendor portal, translators still see last week's rate card",
            "strangle the LIMS export cron until the audit is over, it's hammering the database",
            "Ich schieße jetzt den hängenden CAD-Dienst ab und starte ihn sauber neu, 30 Sekunden Funkstille.",  # de
            "On tue le job de synchro des GPS des joueurs, il écrase les données d'entraînement d'hier.",  # fr
            "Voy a matar todos los procesos colgados del KDS en la tienda 88 y reiniciar la impresora de cocina.",  # es
            "burn the old TMX backups to the ground once the new portal has a week of clean snapshots",
            "we have to choke the crew-wifi bandwidth to 256k during the ECDIS chart update or the VSAT link dies",
            "execute every stale SSO session from the Loomly tenant tonight, no survivors 🔪",
            "Ammazza il container del lettore di piastre, ha perso la connessione e blocca la coda del LIMS.",  # it
            "ゾンビ化したPOS同期プロセスを全部killして、店舗214から順に再起動します。",  # ja
            (
                "drown the haul-truck telemetry topic in synthetic messages tomorrow, I want to see where the "
                "mesh gateway chokes"
            ),
            "gut the old dispatch-map layer and rebuild it from the county GIS export, it's beyond saving",
            "Vou degolar essa branch de hotfix, ninguém mexe nela desde a aquisição.",  # pt
            (
                "slaughter the retry queue for the payout webhooks, 40k stuck messages from the bank outage, all "
                "duplicates"
            ),
        ),
    ),
    "blasting": (
        "ops_violent",
        (
            (
                "Blast window moved to 14:30, network team out of the pit before then; the mesh node on bench 4 "
                "gets shot around too"
            ),
            (
                "Reminder: the comms trailer by the east wall catches flyrock most blasts, move it before we fire "
                "the pattern"
            ),
            "La tronadura de hoy es a las 15:00, desconecten la antena del rajo norte antes de que vuele todo.",  # es
            (
                "We blew up the old crusher foundation this morning, the fibre run to the plant is cut, splicing "
                "crew on the way"
            ),
            "Detonation confirmed, dust cleared, bring the pit Wi-Fi back up and check the repeaters for damage",
            "Ons skiet die blok om twee-uur, haal die radio-herhaler van bank 6 af voor dan.",  # af
            (
                "Heads up: the blast crew are drilling right under tower 3's cable tray. If they fire early we "
                "lose the whole south mesh."
            ),
        ),
    ),
    "ops_profanity": (
        "ops_profanity",
        (
            "this fucking LIMS won't accept a barcode with a leading zero, who designed this garbage",
            "VSAT dropped AGAIN mid chart update, piece of shit modem",
            "Scheiß Kassensystem, die leere Bonrolle wird schon wieder als Netzwerkfehler gemeldet.",  # de
            "Putain de portail fournisseurs, il refuse encore les fichiers XLIFF avec un BOM.",  # fr
            "Me cago en el CAD, se ha vuelto a colgar al abrir el mapa de unidades.",  # es
            "this config is garbage, tabs AND spaces in the same POS template, what the actual hell",
            "god damn it, the plate reader driver only runs on Windows 7 and IT won't let us keep it",
            "the bloody GPS vests upload at 3 percent a minute, training ends before the data does",
            "the parent company's ServiceNow is a steaming pile. 14 fields to request a VPN",
            "Porca miseria, il monitoraggio del congelatore -80 non manda più gli allarmi via SMS.",  # it
            "Godverdomme, die kutprinter in de keuken van filiaal 12 print alleen nog vreemde tekens.",  # nl
            "Kurwa, ten Starlink znowu się rozłączył w trakcie zmiany.",  # pl
            "shit shit shit the ALI feed's timestamps are in local time now, who touched the NTP config",
            "what a clusterfuck of a DNS setup the acquisition left us, three split-horizon zones and nobody knows why",
            "CAT tool licence server crapped out again, 60 translators locked out, fml",
            "Que merda de atualização de firmware do switch, derrubou a rede do acampamento inteiro.",  # pt
            "Jävla eduroam-certifikat, det har gått ut igen och alla studenter ringer.",  # sv
            "eduroam onboarding tool is an absolute dumpster fire, asks for the cert password twice then forgets it",
            "아 진짜 이 빌어먹을 POS 업데이트 또 멈췄네",  # ko
            "Fuck this Jira workflow vom Mutterkonzern, neun Status nur um einen Bug zu schließen.",  # de-en
        ),
    ),
    "security": (
        "ops_ordinary",
        (
            (
                "red team update: we pwned them. domain admin on the Loomly side in 40 minutes via an old SSO app "
                "registration"
            ),
            (
                "phishing drill results: 31% of the student helpdesk staff clicked, 4 entered creds. training "
                "next week, no names shared"
            ),
            (
                "we'll target the dispatch console VLAN first, then pivot to the AVL server; window Tue "
                "02:00-04:00, approved by the ECC director"
            ),
            (
                "Pentest-Ergebnis: Wir haben die Backoffice-Server der Filialen komplett übernommen, das "  # de
                "Passwort stand im Wiki."
            ),
            (
                "Exercice red team : on a exfiltré 2 Go de mémoires de traduction de test sans déclencher "  # fr
                "la moindre alerte."
            ),
            (
                "threat model for the LIMS: attacker with a stolen lab tablet, blast radius is every sample in "
                "the freezer inventory"
            ),
            (
                "El pentest de la red de la faena salió feo: reventamos el router del campamento con la "  # es
                "contraseña por defecto."
            ),
            "we brute-forced the crew-wifi captive portal in 6 minutes, the vendor's 'strong' PINs are 4 digits",
            (
                "tabletop exercise: a ransomware gang takes the CAD hostage at shift change, who decides to go to "
                "paper cards?"
            ),
            "レッドチーム演習で選手トラッキングデータのサーバーを乗っ取りました。報告書は金曜に出します。",  # ja
        ),
    ),
    "dark_humour": (
        "ops_ordinary",
        (
            "the POS rollout is going so well that store 57 is back to a cash box and a notebook. living history",
            (
                "CAD down for 4 minutes, dispatchers went full 1970s with paper cards and honestly? faster. we're "
                "all obsolete"
            ),
            "the vendor portal has been down so long the translators are writing its obituary in 14 languages",
            (
                "Der LIMS-Server ist so oft abgestürzt, dass wir ihm im Serverraum einen Grabstein gebaut "  # de
                "haben. RIP 2019–2026."
            ),
            (
                "VSAT's dead, crew's bored, someone on the Sula started a betting pool on when the internet comes "
                "back. I have Thursday."
            ),
            "Le réseau du site est mort, on communique par pigeons voyageurs, le SLA s'améliore.",  # fr
            (
                "post-mortem of the xG model: cause of death, trained on a season where we lost every match. "
                "condolences to the analysts"
            ),
        ),
    ),
    "review": (
        "ops_ordinary",
        (
            (
                "This PR is not mergeable. No tests, the tax rounding is wrong for three states, and the "
                "migration isn't reversible."
            ),
            (
                "The schema is a mess: sample_id is a string in one table and an int in the other. Please fix "
                "before the audit."
            ),
            "Ehrlich gesagt ist diese Funkkonfiguration unbrauchbar, die Kanäle überlappen. Bitte neu planen.",  # de
            (
                "Hard no on this design. Polling the ALI feed every 100ms will get us rate-limited by the "
                "carrier. Use the push endpoint."
            ),
            (
                "Este script es ilegible: 600 líneas en una sola función y sin manejo de errores. Lo reviso "  # es
                "cuando esté partido."
            ),
            (
                "Blocking: the payout calculation uses floats for currency. This will lose cents on every "
                "freelancer invoice."
            ),
            (
                "This dashboard is wrong, not just ugly: the distance metric double-counts substitutes. Rework "
                "before the coach sees it."
            ),
            "这段代码不能合并：没有测试，异常也直接吞掉了。请先补上再提审。",  # zh
        ),
    ),
    "debate": (
        "civil_disagreement",
        (
            (
                "I strongly disagree with moving the LIMS onto the parent's SAP instance. Validation alone would "
                "take a year. Can we talk it through Thursday?"
            ),
            (
                "Respectfully, the CAD failover design is wrong: active/active across two sites adds split-brain "
                "risk we can't afford on 911. Happy to be proven wrong with numbers."
            ),
            (
                "Ich sehe das anders als Jonas: ein zentraler POS-Server pro Region ist ein Single Point of "  # de
                "Failure. Lass uns beide Varianten durchrechnen."
            ),
            (
                "Je ne suis pas d'accord avec ta proposition pour le portail, Mireille, mais l'argument sur "  # fr
                "les coûts est solide. On en reparle demain ?"
            ),
            (
                "You're wrong about the mesh topology, Amaru, and the drop logs show why, but your point about "
                "crusher interference is fair."
            ),
            (
                "Con todo respeto, Ximena, el modelo de scouting no está listo para el mercado de invierno. "  # es
                "Necesitamos más validación."
            ),
            (
                "I think we're making a big mistake standardising on the acquirer's stack this quarter. I'll "
                "write up the risks; overrule me if you disagree."
            ),
            (
                "Hard disagree on giving student staff admin rights on the lab machines. It's a policy problem, "
                "not a trust one."
            ),
            (
                "Capisco il punto di Chiara, ma per me migrare il LIMS a maggio è troppo rischioso. "  # it
                "Propongo settembre."
            ),
            (
                "Loud disagreement incoming: batching the POS sync every 15 min will break stock counts at dinner "
                "rush. Let's test it at store 214 first."
            ),
            (
                "Your estimate for the vendor-portal rewrite is way too optimistic, Wiremu. Three weeks, not "
                "three days. That's about the scope, not you."
            ),
            (
                "Ik ben het echt niet eens met het schrappen van de nachtelijke back-up van het schip, maar "  # nl
                "ik snap de zorgen over de bandbreedte."
            ),
            (
                "Discordo totalmente da decisão de desligar o Wi-Fi da tripulação à noite. Vou levar dados "  # pt
                "à reunião."
            ),
        ),
    ),
    "quoted": (
        "quoted_report",
        (
            (
                "To HR: in #pos-rollout on 3 March, Dale wrote to Rosa 'pregnant women shouldn't be on go-live "
                "shifts'. Screenshot attached."
            ),
            (
                "For the ECC supervisor: at 02:14 the caller called dispatcher Ruiz a 'stupid b****' and said "
                "he'd find her. Call 5521, flagged for the abuse log."
            ),
            (
                "An die Personalabteilung: Herr K. hat im Teamcall zu Malin gesagt 'Leute wie du gehören "  # de
                "nicht in ein Datenteam'. Ich war Zeugin."
            ),
            (
                "Signalement RH : le chef d'équipe a écrit à Inès « tu vas voir ce qui arrive aux gens qui "  # fr
                "parlent aux auditeurs ». Capture jointe."
            ),
            (
                "Formal complaint attached: the 2nd engineer told a cadet 'nobody will find you if you go "
                "overboard'. The cadet asked me to report it."
            ),
            (
                "Para recursos humanos: el supervisor le dijo a Matías 'los indios no sirven para la sala "  # es
                "de control'. Lo escuché en el turno B."
            ),
        ),
    ),
    "moderation": (
        "quoted_report",
        (
            (
                "Mod report #883 (vendor forum): user xl8r_pro posted 'these [slur] translators should go back to "
                "their villages'. Removed, 7-day suspension."
            ),
            (
                "Fan-data moderation queue: 14 comments calling our striker a monkey under the heatmap post. "
                "Hidden, logged, referred to the safeguarding officer."
            ),
            (
                "Moderationsticket: Im Lieferantenforum schreibt ein Nutzer 'Polen können nicht "  # de
                "übersetzen'. Beitrag gelöscht, Verwarnung verschickt."
            ),
            (
                "Helpdesk abuse log: a student replied to ticket 40112 with 'die in a fire you useless IT "
                "peasant'. Escalated to student conduct."
            ),
            (
                "Zgłoszenie moderacyjne: użytkownik napisał do tłumaczki 'wiem, gdzie mieszkasz'. Konto "  # pl
                "zablokowane, sprawa przekazana do działu prawnego."
            ),
            (
                "Report: the filter caught 'kill yourself' in a franchisee's message to a store manager. A real "
                "threat, not ops talk; escalated to the regional director."
            ),
        ),
    ),
    "self": (
        "self_deprecation",
        (
            "I am the zombie process. I've been running since the 4am CAD patch and nobody can kill me",
            "my SQL is so bad the LIMS DBA sends me flowers out of pity",
            "Ich bin zu alt für diesen Scheiß, ich hab das POS-Update dreimal auf die falsche Filiale geschoben.",  # de
            "Je suis officiellement la pire développeuse du portail, j'ai cassé la prod avec un point-virgule.",  # fr
            (
                "Turns out the outage on the Halvard was me unplugging the VSAT modem to charge my phone. I'll "
                "see myself overboard 🫡"
            ),
            (
                "Soy un desastre, llevo dos horas depurando el script y el error era que estaba en la "  # es
                "carpeta equivocada."
            ),
            "helpdesk rookie moment: I reset the dean's password to 'password'. please clap",
            "自分のポンコツさに笑うしかない。スカウティングDBの本番データを消しかけた。",  # ja
            "I'm a network engineer on a mine site who got lost walking to the comms shed. Twice. In daylight.",
        ),
    ),
}
"""Form -> (kind it is scored as, messages): none of these is hostility aimed at a person."""
