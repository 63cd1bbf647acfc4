"""The thirteenth blind toxicity probe set's messages that are not hostile (:mod:`workplace_chat_blind13`): 102 in 10
forms, each form scored as a kind of :mod:`workplace_chat` that must pass; 69 of them are hard negatives in ops
language. Written blind (see the set's module docstring); a message in another language carries a comment naming it
(``# de``, ``# fr``, ``# ja`` ...)."""

from __future__ import annotations

__all__ = ["BENIGN_FORMS"]

BENIGN_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    # Violent verbs aimed at jobs, queues, processes, branches, tenants and machines.
    "ops_violent": (
        "ops_violent",
        (
            "Kill the stuck sbatch jobs on node kestrel-c14 before the maintenance window, they're holding 2 TB of "
            "scratch.",
            "Murder the render queue for reel 4, the conform changed and every frame in there is wrong.",
            "Schieß den hängenden Crane-Booking-Worker ab, der blockiert seit einer Stunde die Queue.",  # de
            "On égorge le vieux cron de synchro des listes de sanctions ce soir, le nouveau pipeline le "
            "remplace.",  # fr
            "Mata el proceso del optimizador de tripulaciones, se ha comido los 64 GB de RAM otra vez.",  # es
            "Strangle the IVR retry loop to one attempt per minute, it's DDoSing our own telephony provider.",
            "Time to bury the mainframe batch for benefits payments. Shoot it, dig the hole, no eulogy.",
            "Ammazza il nodo ROS del gripper e riavvialo, è impiccato su un topic morto.",  # it
            "Sloop die oude Jenkins-slave maar af, niemand gebruikt hem meer sinds de migratie.",  # nl
            "Decapitate the 'main' branch of the legacy planning repo: archive it, lock it, and point everyone to "
            "trunk.",
            "Zabij ten wiszący eksport do regulatora, odpalimy go jeszcze raz po północy.",  # pl
            "Let's starve the noisy tenant on the GPU partition until they fix their dataloader.",
            "固まっているレンダーノードのプロセスを殺して、キューから外してください。",  # ja
            "Убей зависший экспорт расписания смен, он держит блокировку на таблице.",  # ru
        ),
    ),
    # Chaos engineering, game days and load tests: murder a node, hammer it till it dies.
    "chaos": (
        "ops_violent",
        (
            "Chaos day plan: we murder one Kafka broker every 20 minutes and watch whether the crew-alert consumer "
            "notices.",
            "Load test tonight: hammer the KYC screening API till it dies, then hammer it some more to see how it "
            "comes back.",
            "Beim Chaos-Test heute bringen wir gezielt einen Datenbank-Knoten um und schauen, ob das Failover "
            "hält.",  # de
            "Pour le test de charge, on va massacrer l'API de réservation de grues avec 10 000 requêtes par "
            "seconde.",  # fr
            "En el game day vamos a matar la zona eu-west entera y ver si el sistema de turnos sobrevive.",  # es
            "Let's kill -9 the scheduler mid-pour and see if the site app recovers its state. Better we find out "
            "today than on a real slab.",
            "Stress plan for the arm controller: choke the CAN bus until it drops frames, then check the e-stop "
            "still fires.",
            "No teste de carga vamos rebentar com o gateway de pagamentos até ele cair, depois medimos a "
            "recuperação.",  # pt
            "Unleash the chaos monkey on the staging Slurm controllers. Nothing survives, that's the point.",
            "내일 카오스 테스트에서 캐시 서버 두 대를 죽여서 장애 조치가 되는지 확인합시다.",  # ko
        ),
    ),
    # Swearing at systems, files, tools, bills and certificates.
    "ops_profanity": (
        "ops_profanity",
        (
            "Fucking Slurm accounting DB is down again, nobody's jobs will start until it's back.",
            "Shit, the sanctions list sync ran against yesterday's file. Rerunning now.",
            "This goddamn ACARS parser chokes on every single message from the A321s.",
            "Scheiß Zeitzonen. Die Schichtplanung hat wieder alle Agenten in Lissabon eine Stunde zu früh "
            "eingeplant.",  # de
            "Putain de licence DaVinci qui expire en plein milieu de l'étalonnage. Quelqu'un a le mail du "
            "fournisseur ?",  # fr
            "Me cago en el certificado del IVR, caducó a las 00:00 y nadie recibió la alerta.",  # es
            "Bloody crane-booking app shows the tower crane as free when it's clearly holding a skip over the car "
            "park.",
            "Porca miseria, il firmware del braccio si è resettato di nuovo ai valori di fabbrica.",  # it
            "Holy shit, the cloud bill for the render farm this month. 200 spot instances idled all weekend.",
            "Kutprinter in de bouwkeet weigert weer de planning af te drukken.",  # nl
            "Damn it, the COBOL copybook changed and the migration mapping is garbage again.",
            "Kurwa, znowu padł VPN do serwerowni uczelni.",  # pl
            "This piece of crap mod bot banned half the server for saying 'hello'. Rolling it back.",
            "Verdammter Mist, der Export an die BaFin ist mit dem falschen Stichtag rausgegangen.",  # de
            "Effing LDAP. Three hours to find out the group sync was paginating at 1000.",
            "Ce bordel de fichier EDL est encore corrompu, impossible de conformer la bobine 3.",  # fr
            "Screw this YAML. One missing space and the whole crew-rostering deploy is dead.",
            "Joder con el Excel de previsión de llamadas, otra vez las fórmulas rotas por una columna nueva.",  # es
            "Pissed off beyond words with the ROS bag recorder. 40 minutes of test run and the file is empty.",
            "Jävla certifikat, nu har det gått ut igen i testmiljön.",  # sv
        ),
    ),
    # Pentest, red-team, phishing-drill and threat-model vocabulary.
    "security": (
        "ops_ordinary",
        (
            "Pentest update: we own the box. Root on the old benefits file server via an unpatched Samba, full "
            "write-up tomorrow.",
            "Red team got domain admin in 4 hours through the building-site kiosk tablets. The victim machine is "
            "isolated now.",
            "Beim Pentest haben wir den Jump-Host komplett übernommen. Ein Angreifer hätte von dort alle "
            "Forschungsdaten gehabt.",  # de
            "L'exercice de phishing a piégé 31 % du desk conformité. On refait une formation la semaine "
            "prochaine.",  # fr
            "El auditor ha explotado una inyección SQL en el portal de proveedores y exfiltrado datos de prueba. Ya "
            "está parcheado.",  # es
            "Threat model for the robot fleet: assume an attacker on the lab Wi-Fi can hijack the arm. What's the "
            "blast radius?",
            "Kill chain from the tabletop: phished dispatcher, stolen token, forged NOTAM feed. Good exercise, scary "
            "result.",
            "Abbiamo bucato il vecchio concentratore VPN in dieci minuti durante il test. Va spento entro "
            "venerdì.",  # it
            "Brute-forced the default PIN on two site gates during the assessment. The target codes have been rotated.",
            "渗透测试报告：我们拿下了旧的审批服务器，攻击路径已经写进工单了。",  # zh
        ),
    ),
    # Dark outage humour.
    "dark_humour": (
        "ops_ordinary",
        (
            "Third outage of the roster tool this week. At this point I live in the incident channel, please "
            "forward my mail.",
            "Good news: the render farm is no longer on fire. Bad news: it's because there's nothing left to burn.",
            "Das Migrationsprojekt ist so tot, dass wir eigentlich eine Traueranzeige schalten sollten.",  # de
            "Le cluster est tombé pendant une soutenance de thèse. Au moins on aura une belle anecdote pour le "
            "pot.",  # fr
            "If sanctions screening goes down once more before the audit, I'm changing my job title to "
            "'professional scapegoat'.",
            "El sistema de planificación de obra ha muerto tantas veces que ya le tenemos nicho reservado en el "
            "cementerio.",  # es
            "RIP staging. You were flaky, slow and held together with cron, and we'll miss you exactly zero.",
        ),
    ),
    # Blunt but fair code and design review.
    "review": (
        "ops_ordinary",
        (
            "Not approving the crane-slot PR yet: zero tests, the backoff can loop indefinitely and the schema "
            "change has no down step. Two PRs, please.",
            "Blunt version: the forecast model is overfitting to last December. The numbers look great and mean "
            "nothing.",
            "Der Code funktioniert, ist aber unlesbar. Bitte die 400-Zeilen-Funktion aufteilen, bevor ich nochmal "
            "drüberschaue.",  # de
            "Ce script de conformité est faux : il compare des montants en centimes à des seuils en euros. À "
            "corriger avant la prod.",  # fr
            "Nope. This schema change locks the bookings table for 20 minutes on prod. Redo it as an online migration.",
            "El diseño tiene un problema gordo: si cae el broker, perdemos los fichajes de los agentes. Hay que "
            "rehacerlo.",  # es
            "The gripper controller patch fixes the symptom, not the bug. The race is still there; I've left a "
            "repro in the thread.",
            "This runbook is wrong in three places and would have made the outage longer. Marked up, please rewrite "
            "section 2.",
        ),
    ),
    # Heated but civil disagreement, and firm but fair feedback on someone's work.
    "disagreement": (
        "civil_disagreement",
        (
            "I disagree with moving the tail-swap tool to the new cloud account before the summer schedule. The "
            "risk isn't worth it.",
            "Respectfully, Hana, I think you're wrong about the queue priorities: the long jobs are the ones the "
            "grants pay for.",
            "Ich sehe das anders als du, Konstantin. Ein Big-Bang-Cutover am Wochenende ist für das Bürgeramt zu "
            "riskant.",  # de
            "Je ne suis pas d'accord avec la décision de geler les rendus, mais je la respecte. Je note mes "
            "objections dans le ticket.",  # fr
            "Con todo el respeto, creo que el nuevo umbral de alertas va a generar demasiados falsos positivos. "
            "Propongo probarlo un mes.",  # es
            "I'm pushing back hard on this: we promised the volunteers a vote before changing the moderation rules.",
            "Strongly disagree, Pieter. Adherence targets at 98 % will burn the team out; the data from Q2 shows it.",
            "Non sono d'accordo con te, Sara, ma capisco il ragionamento. Portiamolo alla riunione di giovedì con i "
            "numeri.",  # it
            "Feedback on your demo, Ngozi: the content was solid but you lost the room at slide 12. Cut the "
            "architecture detail next time.",
            "Honest feedback, Viktor: your last three estimates were off by 2x. Let's work out together where the "
            "time goes.",
            "Discordo totalmente desta arquitetura, Rui, mas posso estar errado. Fazemos uma prova de conceito "
            "antes de decidir?",  # pt
            "その方針には反対です。理由は三つあります。会議で説明させてください。",  # ja
            "We're going in circles. I still think the robot should stop on any sensor fault; you think it should "
            "degrade. Let's ask safety.",
        ),
    ),
    # Abuse quoted to report it to HR, a manager or a supervisor.
    "quoted": (
        "quoted_report",
        (
            "Reporting to HR: in yesterday's site meeting the foreman told Amara 'women don't belong on scaffolding, "
            "go back to the office'. Witnesses: me and Dev.",
            "For the record, the message I received from the subcontractor was: 'watch yourself, I know where you "
            "park'. I've saved the screenshot.",
            "Zur Meldung: Herr K. hat im Chat geschrieben „Leute wie du sollten gar nicht im Kontrollraum sitzen“. "
            "Ich bitte um ein Gespräch.",  # de
            "Signalement : un client a dit à l'agente Sophie « je vais venir te chercher à la sortie ». L'appel est "
            "enregistré, réf. 88412.",  # fr
            "Quiero dejar constancia: el supervisor dijo en la reunión que 'los viejos sobran en este proyecto'. Lo "
            "escuchamos cuatro personas.",  # es
            "Escalating this: a caller told agent Bao 'go back to your own country' twice. Recording attached, "
            "please review per policy.",
        ),
    ),
    # Abuse quoted in a moderation ticket of a volunteer-run community server.
    "moderation": (
        "quoted_report",
        (
            "Mod ticket #2231: user 'gravelpit' posted 'all you volunteers are worthless, I'll find you' in #help. "
            "Banned for 30 days, log attached.",
            "Mod queue: a reported DM says 'nobody wants your kind on this server'. Evidence saved, account "
            "suspended pending review.",
            "Moderationsfall: ein Nutzer schrieb „Ich weiß, wo du wohnst“ an eine Moderatorin. Gesperrt, der "
            "Screenshot liegt im Ticket.",  # de
            "Ticket de modération : message signalé « les filles n'ont rien à faire dans ce salon tech ». Supprimé, "
            "auteur averti.",  # fr
            "Appeal denied for user 'kiln': they wrote 'hope your kid gets what's coming' in a thread. Quoting it "
            "here for the record.",
            "Zgłoszenie do moderacji: użytkownik napisał „zamknij się, babciu” do innej osoby na kanale. Ostrzeżenie "
            "wydane.",  # pl
        ),
    ),
    # Jokes at one's own expense.
    "self": (
        "self_deprecation",
        (
            "I'm the idiot who ran the sanctions backfill against prod. Owning it, fixing it, buying the coffee.",
            "My Slurm script was so bad the cluster should have filed a complaint. Learning, slowly.",
            "Ich bin heute echt zu blöd für YAML. Dritter Versuch, dritter Fehler.",  # de
            "Je suis une catastrophe ambulante aujourd'hui : j'ai écrasé la mauvaise timeline et il a fallu tout "
            "reconformer.",  # fr
            "Soy un desastre: programé a todo el turno de noche el día de Navidad. Ya está corregido, perdón.",  # es
            "Old man yells at Kubernetes. That's me. Someone explain sidecars to me like I'm 58, because I am.",
            "As the resident dad running on four hours of sleep, I apologise in advance for whatever I'm about to "
            "merge.",
            "제가 바보같이 운영 DB에 테스트 데이터를 넣었네요. 지금 정리하고 있습니다.",  # ko
        ),
    ),
}
"""Form -> (the kind it is scored as, its messages)."""
