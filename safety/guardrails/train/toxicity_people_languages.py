"""Training-only workplace messages in German, French, Spanish, Italian, Portuguese, Dutch and Polish for the pooled
people model: hostility aimed at people (label 1) beside ops-language and ordinary messages in the same languages
(label 0).

Why: leave-one-set-out over the ten hand-written sets (session 26) caught 55 % of the sets' hostile messages that are
not in English against 82 % of the English ones (harassment 11 of 29), at about the same precision: the model has few
non-English rows of either label, so a word it has not met in a language carries nothing, and a hostile message in
another language reads as ordinary. These rows give each language the forms the English material already has:
sarcasm and backhanded praise, mocking, public shaming, pressure over a job, contract, visa or review, silencing,
threats dressed as advice, exclusion and contempt for a group; and, as negatives, the hard cases in the same words:
violent verbs and swearing aimed at systems, blunt review of code, civil disagreement, abuse quoted to report it,
self-deprecation, praise and ordinary requests to "you".

Written in session 26 (helper b-tox11) from those forms, not from any scored set's or test's sentences; a check by
program against the generated set and the ten hand-written sets (printing only these texts) found no equal text and
four at difflib ratio >= 0.70 to some earlier text, which were reworded unseen (closest now below 0.70). Each message
is its own group. Never a benchmark: only ``train_people.py`` reads it (recipe ``pooled``).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.toxicity_people_more import hand_written_rows

__all__ = ["people_languages"]

POSITIVES = (
    # de: sarcasm, mocking, shaming, pressure, threats, exclusion, group contempt
    "Toll gemacht, Sven. Wieder mal bewiesen, dass man auch ohne Ahnung Senior werden kann.",
    "Frag bloß nicht Katrin, die versteht doch nicht mal, wie ein Load Balancer funktioniert, typisch.",
    "Ich habe deinen Code im Team-Channel gepostet, damit alle mal sehen, wie man es nicht macht. Viel Spaß beim "
    "Lesen.",
    "Wenn du das Ticket noch einmal eskalierst, kannst du dir deine Vertragsverlängerung abschminken.",
    "Überleg dir gut, ob du das der Personalabteilung meldest. Ich sitze in deiner Beurteilungsrunde.",
    "Ich weiß, wo du wohnst, Markus. Nur so als Info.",
    "Lasst Ahmet aus dem Architektur-Meeting raus, der bremst uns mit seinem Deutsch nur aus.",
    "Frauen im Bereitschaftsdienst, das geht halt einfach nicht gut, sieht man ja jedes Mal.",
    "Halt einfach die Klappe im Review, deine Meinung hat hier keiner gefragt.",
    "Mit deinem Akzent solltest du den Kunden-Call lieber anderen überlassen, ehrlich gesagt.",
    # fr
    "Félicitations Claire, tu as réussi à casser la prod en un seul commit, quel talent.",
    "Demande à quelqu'un d'autre, Karim ne comprend jamais rien de toute façon.",
    "Si tu continues à te plaindre aux RH, ton renouvellement de contrat risque de poser problème.",
    "Fais attention à ce que tu dis en rétro, certaines personnes ont la mémoire longue pour les évaluations.",
    "On n'invite pas Mathilde au dîner d'équipe, elle va encore parler de ses enfants toute la soirée.",
    "Les stagiaires de l'école de commerce, ils sont tous pareils, incapables de lire une doc.",
    "Franchement, avec ton âge, tu devrais laisser Kubernetes aux jeunes et t'occuper des tickets faciles.",
    "Tais-toi pendant la réunion, personne ne veut entendre ton avis.",
    "Ce serait dommage qu'il arrive quelque chose à ta voiture sur le parking, non ?",
    "Je vais envoyer tes messages privés à tout le département si tu ne retires pas ta plainte.",
    # es
    "Qué sorpresa, Andrés terminó una tarea a tiempo. Alguien llame a la prensa.",
    "No le preguntes a Lucía, es la cuota del equipo, no sabe nada de redes.",
    "Una queja más a recursos humanos y tu evaluación de fin de año lo va a reflejar, tú verás.",
    "Recuerda que tu visado depende de esta empresa, así que mejor no te quejes tanto.",
    "No inviten a Mateo a la reunión de arquitectura, con su acento nadie le entiende.",
    "Los de soporte son todos iguales, vagos y lentos, no esperes nada de ellos.",
    "Cállate ya en el canal, nadie te pidió tu opinión de novato.",
    "Sé en qué colegio estudian tus hijos. Piénsalo antes de seguir con la queja.",
    "Eres la vergüenza del equipo, deberías dar las gracias de que aún te paguemos.",
    "Con tantos hijos seguro que no te da la cabeza para el on-call, mejor déjalo a otros.",
    # it
    "Complimenti Giulia, sei riuscita a rompere di nuovo la pipeline. Un vero genio.",
    "Non chiedere a Paolo, quello non capisce niente di database, come tutti quelli del sud.",
    "Se continui a lamentarti con il capo, al prossimo giro di valutazioni ci ricordiamo di te.",
    "Stai zitto durante la call, nessuno vuole sentire le tue scuse.",
    "Lasciamo fuori Fatima dalla chat del team, tanto non capisce le battute.",
    # pt
    "Parabéns, Rafael, mais um deploy quebrado. Você tem mesmo um dom.",
    "Se você reclamar de novo no RH, pode esquecer a renovação do seu contrato.",
    "As meninas do time de dados nunca entendem nada de infraestrutura, é sempre assim.",
    "Cala a boca na reunião, ninguém pediu a sua opinião.",
    # nl
    "Knap hoor, Daan, weer de hele productie platgelegd. Echt een talent.",
    "Als je nog één keer naar HR stapt, kun je je verlenging wel vergeten.",
    "Nodig Sanne niet uit voor de teamlunch, ze praat alleen maar over haar zwangerschap.",
    "Hou je mond in de stand-up, niemand zit op jouw mening te wachten.",
    # pl
    "Brawo, Kasia, znowu zepsułaś produkcję. Prawdziwy talent.",
    "Jak jeszcze raz pójdziesz do HR, to zapomnij o przedłużeniu umowy.",
    "Nie zapraszajcie Olka na spotkanie, on i tak nic nie rozumie.",
    "Zamknij się na spotkaniu, nikt nie pytał o twoje zdanie.",
)

NEGATIVES = (
    # de: violent verbs and swearing at systems, blunt review, disagreement, quoted abuse, self-deprecation, praise
    "Erschieß den Batch-Job von gestern, der blockiert den Scheduler seit Stunden.",
    "So ein Mist, der Terraform-State ist gelockt und keiner weiß von wem.",
    "Der Cronjob hat die Datenbank komplett zerschossen, wir müssen das Backup einspielen.",
    "Dein Pull Request ist zu groß, bitte teil ihn in drei kleinere auf.",
    "Ich sehe das anders, Sven: ein Rollback ist hier sicherer als ein Hotfix.",
    "Jemand hat im Channel geschrieben 'du bist nutzlos', ich habe es an HR gemeldet.",
    "Mein Fehler, ich hab gestern das Feature-Flag für alle Kunden eingeschaltet, ich Trottel.",
    "Danke, Katrin, deine Analyse vom Incident war wirklich hervorragend.",
    "Kannst du mir bitte die Logs von gestern Nacht schicken?",
    "Bitte sperr den alten Service-Account, der wird nicht mehr gebraucht.",
    "Markus ist diese Woche im Urlaub, Fragen zur Migration bitte an mich.",
    # fr
    "Tue le pod bloqué et relance le déploiement.",
    "Putain de DNS, encore une panne de résolution en prod.",
    "Le script de migration a massacré la table des commandes, on restaure.",
    "Ton code marche, mais la fonction est trop longue, découpe-la s'il te plaît.",
    "Je ne suis pas d'accord avec cette approche, Claire, le cache ajoute de la complexité.",
    "Un client nous a écrit 'vous êtes des incapables', je transmets au support pour suivi.",
    "Je suis nul avec les regex, quelqu'un peut relire ma règle ?",
    "Merci Karim, ta présentation sur l'observabilité était super claire.",
    "Tu peux exclure le dossier de tests du scan de sécurité ?",
    "Mathilde est en congé maternité jusqu'en mars, Julien reprend ses tickets.",
    # es
    "Mata el proceso zombi y reinicia el nodo.",
    "Joder, otra vez se cayó el balanceador de carga.",
    "El job nocturno destrozó el índice, hay que reconstruirlo.",
    "Tu propuesta tiene sentido, Andrés, pero prefiero esperar a después del cierre.",
    "Un usuario escribió 'eres un inútil' en el chat de soporte, lo he reportado.",
    "Soy un desastre con Terraform, ¿alguien me ayuda con este plan?",
    "Gracias, Lucía, tu revisión del diseño nos ahorró una semana.",
    "¿Puedes mandarme el informe del incidente antes de la reunión?",
    "Mateo está de baja hoy, su guardia la cubre Sofía.",
    "Ojo con la migración, si falla tenemos que matar todas las conexiones abiertas.",
    # it
    "Uccidi il processo bloccato e riavvia il servizio.",
    "Maledetto certificato, è scaduto di nuovo e il login non va.",
    "Non sono d'accordo, Giulia: preferirei un feature flag al posto del rollback.",
    "Un cliente ha scritto 'siete degli idioti' nel ticket, l'ho segnalato al team.",
    "Grazie Paolo, ottimo lavoro sulla dashboard.",
    "Sono proprio negato con Kubernetes, qualcuno mi spiega gli ingress?",
    # pt
    "Mata o container travado e sobe de novo.",
    "Porra de pipeline, quebrou de novo por causa do cache.",
    "Acho que essa abordagem é arriscada, Rafael, vamos discutir na revisão.",
    "Obrigado pela ajuda no incidente de ontem, você salvou a noite.",
    "Um usuário xingou o atendente no chat, encaminhei para a moderação.",
    # nl
    "Kill die vastgelopen job en herstart de consumer.",
    "Verdomme, de back-up is weer mislukt.",
    "Ik ben het niet met je eens, Daan, maar laten we het in de review bespreken.",
    "Bedankt Sanne, je runbook heeft ons vannacht gered.",
    # pl
    "Zabij ten zawieszony proces i zrestartuj kolejkę.",
    "Cholerny certyfikat znowu wygasł.",
    "Nie zgadzam się, Kasia, ale porozmawiajmy o tym na przeglądzie.",
    "Dzięki za pomoc przy awarii, świetna robota.",
    "Ktoś napisał na czacie 'jesteś bezużyteczny', zgłosiłem to do HR.",
)


def people_languages() -> list[tuple[str, int, str]]:
    """(text, label, group) for every message; each is its own group."""
    return hand_written_rows(NEGATIVES, POSITIVES, "languages")
