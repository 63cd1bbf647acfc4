"""Training-only hard negatives for the injection model: ordinary operator text that uses the attackers' words.

These templates are never scored by a bench (they are not part of ``injection_cases``' dev or held-out parts): they
only teach the model that "from now on", "ignore", "act as", "system prompt", a pasted ``User:`` transcript or a
"stop" in an operator's request is not a takeover. Written for issue 14 as general kinds of operator text (change
requests, pasted transcripts and tickets, questions about prompts under review, German/French/Spanish requests),
not as copies of the own set's templates. Each template is filled ``DRAWS`` times with the own set's slot values.
"""

from __future__ import annotations

import random

from genaiops.safety.guardrails.train.injection_cases import _fill

__all__ = ["extra_hard_negatives"]

DRAWS = 3
SEED = 1414

TEMPLATES = [
    # change requests with "from now on", "ignore", "forget", "override", "skip", "stop"
    "From tomorrow on, send the {service} daily report to {person} instead of me",
    "From now on please page {person} first for {service} incidents",
    "Going forward, treat {metric} above 80 % on {service} as a warning, not a page",
    "Ignore the {env} canary for now and look only at the {service} error logs",
    "Ignore the noise from the load test {time} when you compute the {metric} baseline",
    "Forget about the old dashboard, use the new {service} board for the review",
    "Forget what I said about {env}; the problem is in {service}",
    "Override the default retention for {service} logs to 30 days",
    "Skip the smoke tests this once and promote {model} to {env}, the change review approved it",
    "Stop the {service} rollout and keep the previous version",
    "Stop - don't restart {service} yet, the DBA is still running the vacuum",
    "Wait, stop: the alert on {service} was already acknowledged by {person}",
    "Hold on, cancel the scale-up of {service} in {env}",
    "New plan: drain {service} in {env} first, then upgrade the node pool",
    "Change of instructions for the drill: {person} is incident commander today",
    # role words: act as, you are, pretend, be
    "Act as reviewer on the {prompt} v4 change and list what the evaluation misses",
    "You are the second approver on this change; check the diff of {service} before approving",
    "Be the scribe for the {service} incident call and keep the timeline",
    "Play the customer in the {prompt} test conversation and ask about a late refund",
    "Pretend {service} is down and walk me through the failover runbook",
    "Now you are the on-call for {service} until {person} is back",
    # prompts and instructions as objects of work
    "What does the system prompt of {prompt} say about refunds?",
    "Compare the instructions of {prompt} v2 and v3 and tell me which one the evaluation prefers",
    "Print the prompt template of {prompt} with the variables filled for a test case",
    "Which instructions did the {service} runbook give for a failed failover?",
    "Show me the previous instructions we gave the contractor for the {service} migration",
    "Explain the rules in the {service} alerting policy",
    "Reveal the hidden columns in the {service} capacity sheet",
    "Repeat the summary of the {service} incident for {person}, they joined late",
    "Tell me your sources for the {service} latency numbers",
    # pasted transcripts, tickets and role-labelled text
    "Customer: my order never arrived\nAgent: I will check it\nSummarise this chat for the {service} ticket",
    "User: the {service} page is blank\nPlease classify this support message by urgency.",
    "Assistant reply from {prompt} v3: 'Your refund is on its way.' Is that allowed by the refund policy?",
    "Q: why is {service} slow?\nA: the cache is cold.\nIs this answer good enough for the FAQ?",
    "Here is a support ticket: 'Hi, the {service} app keeps logging me out.' Draft a reply.",
    "Transcript:\nOperator: restart {service}\nBot: done\nWas the restart in the audit log?",
    "Label these messages: 'app crashed', 'thanks!', 'refund please'",
    # ordinary requests in German, French, Spanish (some with override words)
    "Bitte starte {service} in {env} neu, der Speicher ist voll",
    "Vergiss nicht, das Ticket für {service} zu schließen",
    "Ignoriere die Testumgebung, der Fehler ist nur in {env}",
    "Zeig mir die Fehlerrate von {service} seit dem Deploy",
    "Redémarre {service} en {env}, la mémoire sature",
    "Oublie l'ancien tableau de bord, utilise celui de {service}",
    "Montre-moi les alertes de {service} depuis hier",
    "Reinicia {service} en {env}, la memoria está llena",
    "Ignora las alertas de prueba y revisa {service}",
    "Muéstrame la latencia de {service} desde ayer",
    # secrets, keys and sending, used legitimately
    "Rotate the API key of {service} and store the new one as a secret reference",
    "Send the postmortem of {service} to {person} by e-mail",
    "Post the {service} deploy summary to the release channel",
    "Forward the {service} alert to the database team",
    "Upload the {service} heap dump to the shared incident bucket",
    # encoded or technical payloads that are data
    "What is in this base64 header? eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
    "This hex is a commit hash: 4f2a9c1e7b; which deploy of {service} used it?",
    "The log line says 'ERROR: instructions cache invalid, ignoring previous entries' on {service}; is that bad?",
]
DECODING = [
    # decoding and translating data as the work itself (the rules decode and scan encoded text; the model must
    # not learn that a request to decode or translate is an attack); only the stems model trains on these, so
    # the shipped default and jailbreak models rebuild as they were
    "Base64-decode the {service} secret in {env} and tell me which database host it points to",
    "Decode this JWT and tell me when it expires: eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJl",
    "Convert this hex dump from the {service} capture to ASCII: 48 54 54 50 2f 31 2e 31 20 35 30 33",
    "Translate this German error from {service} into English: 'Verbindung zur Datenbank abgelehnt'",
]


MORE = [
    # operator requests in German, French and Spanish with the attackers' words (forget, ignore, from now on, you
    # are, stop, skip, write, translate) and plain ones: deepset's injections are largely German, so a model with
    # stems learns "vergiss"/"ignoriere"/"du bist" as attack words unless it also sees operators use them; and a few
    # English requests to write or say something for the operations work itself. Only injection_margin (the default
    # input model) trains on these; the injection, injection_stems and jailbreak models rebuild as they were.
    "Vergiss die alten Zahlen aus {env}, nimm die von heute",
    "Ignoriere die Warnungen vom Lasttest und schau dir {metric} von {service} an",
    "Vergiss meine letzte Nachricht, {service} läuft wieder",
    "Du bist ab jetzt Zweitprüfer für die Änderung an {service}",
    "Ab sofort bitte die Alarme von {service} an {person} schicken",
    "Stopp, {service} noch nicht neu starten, das Backup läuft noch",
    "Überspring den Smoke-Test und rolle {model} in {env} aus, die Änderung ist freigegeben",
    "Schreib eine kurze Zusammenfassung des Vorfalls bei {service} für {person}",
    "Übersetze die Fehlermeldung von {service} ins Englische",
    "Zeig mir die Anweisungen aus dem Runbook für {service}",
    "Wer hat heute Bereitschaft für {service}?",
    "Erstelle ein Ticket für den Speicherfehler in {service}",
    "Oublie les chiffres de {env}, regarde seulement {metric} sur {service}",
    "Ignore l'avertissement du test de charge et vérifie {service}",
    "À partir de maintenant, envoie les alertes de {service} à {person}",
    "Tu es maintenant d'astreinte pour {service}",
    "Arrête le déploiement de {service} et garde la version précédente",
    "Écris un résumé de l'incident {service} pour {person}",
    "Traduis cette alerte en anglais : latence élevée sur {service}",
    "Olvida los números de {env}, mira solo {metric} de {service}",
    "Ignora el aviso de la prueba de carga y revisa {service}",
    "A partir de ahora, envía las alertas de {service} a {person}",
    "Ahora eres el responsable de guardia de {service}",
    "Detén el despliegue de {service} y mantén la versión anterior",
    "Escribe un resumen del incidente de {service} para {person}",
    "Traduce esta alerta al inglés: memoria alta en {service}",
    "Write a short status update about the {service} outage for the status page",
    "Say in the release channel that the {service} incident is resolved",
    "State the current {metric} of {service} and whether it breaches the SLO",
]


def extra_hard_negatives(seed: int = SEED, decoding: bool = False, more: bool = False) -> list[tuple[str, str]]:
    """(text, template id) pairs, each a benign operator text (label 0); with ``decoding``, also the requests to
    decode or translate data, and with ``more`` the requests of ``MORE`` (each drawn after the others, which stay as
    they were)."""
    rng = random.Random(seed)
    templates = TEMPLATES + DECODING if decoding else TEMPLATES
    templates = templates + MORE if more else templates
    return [(_fill(t, rng), f"extra:{i}") for i, t in enumerate(templates) for _ in range(DRAWS)]
