"""The not-hostile half of the twelfth blind workplace-chat probe set (:mod:`workplace_chat_blind12`): 105 messages
in 8 forms, each form ``name -> (kind it is scored as, messages)``: ops-language hard negatives, gaming slang and
sports trash talk, civil disagreement and firm feedback, abuse quoted to report it, self-deprecation. Written blind
(see the set's module docstring); a comment names the language of every message not in English."""

from __future__ import annotations

__all__ = ["BENIGN_FORMS"]

BENIGN_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    # violent verbs aimed at pods, agents, sessions, branches, caches, keys and flags
    "ops_violent": (
        "ops_violent",
        (
            "Kill the stuck matchmaker pods on shard 3, they've been holding the queue lock since the patch went out.",
            "Murdered the zombie build agents in forge-ci, the farm is breathing again.",
            (
                "Going to nuke the staging inkwell DB and restore from last night's snapshot, shout in the next 5 min "
                "if you object."
            ),
            "Shoot the session for test user 4412, the red team left it open after the drill.",
            (
                "Red team update: we killed 140 sessions on ward-sync in under a minute during the drill. Blue team, "
                "your turn to hunt us."
            ),
            "Strangle the wire-ingest consumer to 50 msg/s until the upstream feed stops sending duplicates.",
            "Decapitate the old paywall-svc branch, nobody has touched it since the redesign.",
            (
                "We execute the failover drill at 14:00 and slaughter the primary; the pharmacy gateway should reroute "
                "within 30 s."
            ),
            "Bury the v1 patcher endpoint for good, the last client that called it was retired in spring.",
            "Starve the batch jobs of CPU during the evening news peak, the CMS render path gets priority.",
            (
                "Burn the compromised deploy keys, rotate everything, then torch the runner image and rebuild from "
                "scratch."
            ),
            "I'll hunt down the process leaking file handles on the EHR gateway and put it out of its misery.",
            (
                "Kill mal den hängenden Export-Job auf inkwell-02, der blockiert seit einer Stunde die "
                "Redaktionsfreigabe."
            ),  # de
            "Wir schießen die alten Ward-Sync-Container heute Nacht ab und ziehen die neuen Images hoch.",  # de
            (
                "Den Cache einfach plattmachen und neu aufwärmen, dann ist der Spuk mit den veralteten Artikeln vorbei."
            ),  # de
            (
                "On tue les workers orphelins de la build farm et on relance la file, sinon le patch de ce soir ne "
                "sortira jamais."
            ),  # fr
            "J'ai massacré les vieilles branches de release, il en restait 300 qui traînaient depuis 2019.",  # fr
            "Mata el proceso zombi del matchmaker y reinicia el nodo, lleva media hora comiéndose la memoria.",  # es
            "Vamos a dinamitar el índice antiguo de búsqueda y reconstruirlo desde cero esta noche.",  # es
            "Ammazza pure il job di backup bloccato, lo rilanciamo a mano dopo la finestra di manutenzione.",  # it
            "Schiet de hangende deploy maar af, we rollen morgen opnieuw uit.",  # nl
            "Execute order 66 on the stale feature flags: anything older than two releases gets deleted today.",
        ),
    ),
    # profanity at CDNs, pagers, interface engines, editors, CI, SDKs, VPNs, bills, certificates and caches
    "ops_profanity": (
        "ops_profanity",
        (
            (
                "Fucking hell, the CDN purged the whole patch manifest again. Players are downloading 40 GB for a 2 MB "
                "fix."
            ),
            "This goddamn pager woke me at 3:12 for a disk at 81%. Raising the threshold to 90 before I lose my mind.",
            (
                "Shit, the EHR interface engine dropped HL7 messages for 20 minutes. Pulling the backlog from the "
                "dead-letter queue."
            ),
            "The CMS editor is a steaming pile of crap on Safari, every embed breaks. Filing it with the vendor again.",
            "Damn it, forgot the feature flag was global. Reverting, sorry for the noise.",
            "What the hell is this regex doing in the paywall check? Rewriting it, it's unreadable.",
            "Bloody Jenkins ate the artefacts again. Third time today.",
            "Screw this SDK, the auth callback fires twice and the docs are lies. Switching to raw HTTP.",
            "The hospital VPN is absolute shite today, remote radiologists keep dropping. Opened a P2 with networking.",
            "This shitshow of a migration script ran on the wrong schema. Restoring; nobody touch prod.",
            (
                "Holy crap, the cloud bill for the build farm doubled. Spot instances were off. Fixing the autoscaling "
                "group now."
            ),
            (
                "Scheiß Zertifikat, schon wieder abgelaufen auf dem Patch-Server. Ich erneuere es und stell den "
                "Auto-Renew richtig ein."
            ),  # de
            "Verdammte Kacke, das Deployment hängt im Rollback. Ich gucke mir die Events an.",  # de
            "Dieses verfluchte Helm-Chart hat drei Werte, die sich gegenseitig überschreiben. Ich räum das auf.",  # de
            "Putain de DNS. Le CMS ne résout plus l'API des dépêches depuis le changement de resolver.",  # fr
            "Ce bordel de YAML, une indentation de travers et tout le pipeline part en vrille.",  # fr
            "Merde, le certificat du portail patients expire dans deux heures. Je m'en occupe.",  # fr
            "Joder con el balanceador, otra vez marcando sanos los nodos que están caídos.",  # es
            "Mierda de caché, sigue sirviendo la portada de ayer. Purgo todo y lo vigilo.",  # es
            "Porca miseria, il disco del server di build è pieno un'altra volta. Pulisco i vecchi artefatti.",  # it
            "Que merda de timeout no gateway da farmácia, vou aumentar para 30 s e ver se estabiliza.",  # pt
        ),
    ),
    # blunt blameless postmortems and code review, red-team and pentest vocabulary, dark outage humour
    "ops_ordinary": (
        "ops_ordinary",
        (
            (
                "Blameless postmortem, but to be blunt: the rollout was careless. We skipped the canary, ignored the "
                "red dashboard and paged nobody for 40 minutes. Those are process failures; fixes below."
            ),
            (
                "Root cause: our change, plain and simple. The migration locked the admissions table during morning "
                "rounds. Action items: online migrations only, and a freeze from 6 to 10."
            ),
            (
                "This PR is not mergeable: no tests, the error handling swallows exceptions, and the function is 400 "
                "lines. Please split it and I'll re-review."
            ),
            (
                "Honestly this design is wrong for our traffic shape. A single writer will fall over at launch. Let's "
                "talk sharding before we build more on it."
            ),
            (
                "Red team won today: phished 3 of 20 test accounts and pivoted to the staging CMS. Great catch by blue "
                "on the lateral movement though."
            ),
            (
                "The attacker in our tabletop exercise exfiltrated the whole archive. The victim machine was the night "
                "editor's laptop image. Scenario notes attached."
            ),
            "Add the spam bot to the ban list, it opened 600 PRs against tidepool overnight.",
            (
                "Blast radius if the auth cert expires: every clinic workstation. So yes, the renewal job gets an "
                "alert of its own."
            ),
            "Dead man's switch for the nightly wire import fired, the job didn't check in. Investigating.",
            "The game server is dead, Jim. Long live the game server. (New fleet is up, old one draining.)",
            "Today's outage is brought to you by a single missing comma. RIP our SLO, gone too soon.",
            (
                "We're all going to die (of old age) waiting for this CI pipeline. Parallelising the test shards this "
                "sprint."
            ),
            (
                "The exploit chain in the pentest report is nasty: unauthenticated upload, then path traversal to the "
                "config. Patch ships tonight."
            ),
            (
                "Retro note: we failed the launch. Not a little, we shipped a build that crashed on 30% of consoles. "
                "Owning it as a team."
            ),
            (
                "Review comment: this caching layer is a footgun. It will serve stale prices to customers under load. "
                "Please drop it or add invalidation."
            ),
            (
                "Nachbetrachtung: Der Fehler lag bei uns. Wir haben das Backup nie getestet, und genau das hat uns "
                "heute sechs Stunden gekostet."
            ),  # de
            (
                "Beim Red-Team-Test haben wir alle Sitzungen der Testnutzer gekapert und dann abgeschossen. Bericht "
                "kommt morgen."
            ),  # de
            (
                "Post-mortem sans reproche, mais soyons clairs : ce déploiement était bâclé, sans revue ni plan de "
                "retour arrière."
            ),  # fr
            (
                "Le scénario d'attaque : l'attaquant vole un jeton de session, puis usurpe un compte de rédacteur. "
                "Notre victime fictive s'appelle compte-test-07."
            ),  # fr
            (
                "Este código es un desastre: variables globales, cero tests y un try/except que se lo come todo. Hay "
                "que reescribirlo antes del lanzamiento."
            ),  # es
            (
                "Simulacro de phishing: picaron 12 personas. No es para señalar a nadie, es para mejorar la formación."
            ),  # es
            (
                "Il post-mortem è chiaro: abbiamo ignorato tre allarmi di fila. Errore di processo, non di una persona."
            ),  # it
            (
                "Our status page says 'all systems operational' while everything is on fire. Updating it now, then the "
                "fire."
            ),
            "Przegląd kodu: ta funkcja jest nieczytelna i nie ma testów. Proszę podzielić ją na mniejsze części.",  # pl
        ),
    ),
    # gaming slang and sports trash talk about teams and machines
    "banter": (
        "ops_ordinary",
        (
            "GG team, we absolutely destroyed the load test. Servers held at 2x launch peak, zero deaths.",
            "Your Arsenal got demolished on Sunday, mate. Four-nil. Maybe stick to writing Terraform.",
            "Lakers are trash this season and I will die on this hill. Anyway, standup in 5.",
            (
                "El Madrid dio pena ayer, lo siento por los merengues del equipo. Esta semana los del Barça invitan al "
                "café."
            ),  # es
            (
                "Boss fight tonight: the launch-day queue. Healers on the DB, tanks on the gateway, DPS on the bug "
                "backlog. Let's clear it."
            ),
            "Der FC hat wieder verloren, ich trage Trauer. Die Bayern-Fans im Team dürfen heute gnädig sein.",  # de
            "Git gud, build farm. 12 minutes for an incremental build is a skill issue and I'm fixing it today.",
        ),
    ),
    # heated but civil disagreement about rotas, return to office, crunch, releases and layoffs
    "disagreement": (
        "civil_disagreement",
        (
            (
                "I disagree with the RTO proposal. The on-call data shows our response times improved remote, and I'd "
                "like that weighed before we decide."
            ),
            (
                "I think you're wrong about the rota, Colm, respectfully. Twelve-hour shifts back to back are how "
                "mistakes happen on ward systems."
            ),
            (
                "Strongly against merging this before the contributor's concerns are answered. Their point about the "
                "licence is valid."
            ),
            (
                "I don't agree with cutting QA for the crunch. We'll pay for it in patches. Happy to be overruled, but "
                "I want it noted."
            ),
            (
                "Ich sehe das anders, Birgit. Ein Big-Bang-Release ist zu riskant; lass uns den Rollout in drei Wellen "
                "machen."
            ),  # de
            (
                "Je ne suis pas d'accord avec la priorisation, Margaux. Le bug de l'éditeur bloque toute la rédaction, "
                "pas seulement un journaliste."
            ),  # fr
            (
                "Con todo respeto, no comparto la decisión de quitar las guardias de fin de semana a los becarios. "
                "Aprenden mucho ahí."
            ),  # es
            (
                "That's a fair concern, but I think the numbers say otherwise. Can we look at the last three incidents "
                "together before the retro?"
            ),
            (
                "Capisco il punto, ma non sono d'accordo: spostare il database adesso, a una settimana dal lancio, è "
                "un azzardo."
            ),  # it
            (
                "Pushing back hard here: the layoff rumours thread should be answered by leadership, not left to "
                "speculation. I'll raise it at the all-hands."
            ),
        ),
    ),
    # firm but fair feedback in review season and mentoring
    "feedback": (
        "civil_disagreement",
        (
            (
                "Review feedback for Tariq: your incident comms were late twice this half. Next half I want status "
                "updates every 30 minutes during Sev1s; I'll pair with you on the first one."
            ),
            (
                "Dmitri, your code is solid but your PRs are too large to review. Please keep them under 400 lines "
                "from now on."
            ),
            (
                "Feedback fürs Halbjahresgespräch: Deine Dokumentation fehlt oft. Das muss besser werden, ich helfe "
                "dir mit Vorlagen."
            ),  # de
            (
                "Ines, ton analyse était juste, mais tu as coupé la parole à Colm trois fois pendant la rétro. Fais "
                "attention à ça."
            ),  # fr
            (
                "Mentor note for our intern: you asked great questions, but you merged to main without review twice. "
                "That has to stop; let's set up branch protection together."
            ),
            (
                "Joaquín, tu trabajo técnico es excelente, pero necesito que avises antes si no vas a llegar a la "
                "guardia."
            ),  # es
        ),
    ),
    # abuse quoted to report it to HR, security, moderators or legal
    "quoted": (
        "quoted_report",
        (
            (
                "Reporting this to HR: in last night's bridge, the vendor's engineer told Thuy 'go back to your rice "
                "fields and let a real engineer talk'. Screenshot attached."
            ),
            (
                "For the moderation log: user ferro_mk replied to the maintainer with 'I will find where you live and "
                "make you merge this'. Banned, reported to the platform."
            ),
            (
                "Flagging a DM I received from a candidate after rejection: 'you stupid bitch, enjoy your job while it "
                "lasts'. Forwarding to security."
            ),
            (
                "Zur Meldung: Ein Kunde hat in der Eskalation zu Femi gesagt: „Mit Leuten wie dir rede ich nicht, gib "
                "mir einen Deutschen.“ Bitte an Compliance weiterleiten."
            ),  # de
            (
                "Je signale ce message reçu sur le canal de support : « ferme-la, sale incapable, ou je te fais virer "
                "». Il était adressé à Saoirse."
            ),  # fr
            (
                "Para que conste: en la retro, alguien escribió en el chat anónimo «las mujeres no deberían estar de "
                "guardia». Lo he enviado a RR. HH."
            ),  # es
            (
                "Quoting the forum comment so the team knows what we're dealing with: 'your devs are subhuman trash "
                "and I hope the studio burns'. We're not replying; mods have it."
            ),
            (
                "Adding to the harassment ticket: he wrote 'nobody will believe an intern over me' in the thread with "
                "Wren. Legal asked for every instance."
            ),
        ),
    ),
    # self-deprecation after one's own mistakes
    "self": (
        "self_deprecation",
        (
            "I'm the idiot who deployed the wrong config to prod. Rolling back now, and yes, I'm buying the pizza.",
            "My code review yesterday was garbage, I missed an obvious null check. Sorry Yuki, that one's on me.",
            "Me, a senior engineer with 12 years: forgets to save the file and debugs for an hour. Peak performance.",
            (
                "Ich bin heute echt zu blöd für Kubernetes. Dreimal den falschen Namespace gelöscht, zum Glück nur in "
                "Staging."
            ),  # de
            "Je suis une vraie quiche en SQL, j'ai mis une heure à comprendre ma propre requête.",  # fr
            "Soy un desastre con las fechas, he vuelto a poner la guardia en el día equivocado. Perdón a todos.",  # es
            (
                "Certified clown moment: I paged the whole hospital IT team because I misread my own dashboard. My "
                "bad, stand down."
            ),
        ),
    ),
}
