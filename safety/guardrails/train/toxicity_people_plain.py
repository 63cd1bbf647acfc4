"""Training-only ordinary workplace messages of the shapes the pooled people model flagged among ops-language
negatives out of fold (label 0), beside a few hostile twins on the same surfaces (label 1).

Why: with twelve hand-written sets left out one at a time (session 28, helper b-tox13), the ops-language messages the
model scored above its threshold shared a few shapes, none of them hostility: (1) a group of people named neutrally
in planning, policy or inclusion text (retirements, new hires, parents, a prayer room, "at least one woman on the
panel", "people at the back of the room"); (2) banter about sports teams and games, aimed at a club, not a colleague;
(3) security-exercise and incident language naming attackers, victims and the people a phishing test caught; (4) rough
words about a system in languages other than English; (5) second-person logistics ("I can't hear you", "I don't have
rights on that repo, ask ..."). The sets' hostility names groups, addresses "you" and uses rough words, so few
ordinary rows carried these surfaces. The positives keep the same surfaces hostile when aimed at a person or a group
(a team's loss turned on a colleague, a group named to demean it).

Written in session 28 (helper b-tox13) in its own words, after reading only the shapes above (not copied from any
set; a check by program against the generated set, the twelve hand-written sets and the tests' sentences found no
text at difflib ratio >= 0.70). Each message is its own group. Never a benchmark: only ``train_people.py`` reads it
(recipe ``pooled``).
"""

from __future__ import annotations

from genaiops.safety.guardrails.train.toxicity_people_more import hand_written_rows

__all__ = ["people_plain"]

NEGATIVES = (
    # groups of people named neutrally: planning, policy, inclusion, facilities
    "three of the senior DBAs retire in spring, can we start pairing juniors with them on the failover drills",
    "reminder from people ops: hiring panels need two interviewers from outside the hiring team",
    "the quiet room on floor 4 is bookable again, it's also used for prayer at lunchtime",
    "new joiners get read-only on prod for the first month, write access comes after the on-call shadowing",
    "parents on the team asked for the retro to move before 4pm, school pickup, fine by me",
    "we'll caption the all-hands recording for the colleagues who are deaf or hard of hearing",
    "for people dialing in from Asia the 9am UTC slot is the only sane one",
    "the mentoring programme pairs each graduate with someone who has been here over five years",
    "folks in the back row, tell me if the dashboard font is too small and I'll zoom",
    "most of the support staff are part-time, so the rota has to cover evenings differently",
    "older laptops in the Lisbon office can't run the new VPN client, IT is swapping them",
    "Diwali and Thanksgiving both fall in the freeze window this year, plan releases around them",
    "we need more women and non-native speakers in the usability tests, the last round was all devs",
    "interns can't approve their own PRs, a full-time engineer has to sign off",
    "contractors lose SSO the day their contract ends, so hand over anything they own before that",
    "a lot of people learn Terraform by breaking staging, that's what staging is for",
    "there are two kinds of on-call engineers: those who have deleted prod and those who will",
    "remote folks please unmute when you take the floor, the room mic doesn't pick you up",
    "die neuen Kolleginnen bekommen erst nach der Schulung Zugriff auf das Produktions-Cluster",
    "les stagiaires n'ont pas les droits d'écriture sur le dépôt, c'est voulu",
    "los compañeros de noche pidieron el traspaso por escrito, no por llamada",
    "i colleghi in smart working ricevono il nuovo token VPN per posta",
    "de nieuwe collega's krijgen hun laptop pas na de intake met IT",
    "os estagiários só entram no plantão depois de acompanhar dois incidentes",
    # banter about sports teams, games and matches, aimed at a club or a game, not at a colleague
    "Chelsea were embarrassing last night, three own goals. anyway, who's taking the deploy",
    "my fantasy league team is a disaster, I picked every injured striker in Europe",
    "the Yankees bullpen is garbage this year, fight me. standup in two",
    "we got absolutely crushed in the office Mario Kart final, the finance team is ruthless",
    "Liverpool choked again, I'm not talking about it. PR is up for review",
    "that ref should be banned for life. sorry, still salty about Saturday. back to the migration",
    "our five-a-side team lost 7-1, the goalkeeper was the intern and he was brilliant anyway",
    "the Bayern fans on the team are unbearable this week, congrats I guess",
    "el Atleti jugó fatal, pero bueno, el despliegue salió bien",
    "l'OM s'est fait humilier hier soir, je boude jusqu'à la démo",
    "der HSV steigt wieder ab, ich sag's euch. Ticket ist zu",
    "o Flamengo jogou muito mal, mas o rollback funcionou",
    "gg everyone, we got wrecked in the raid but the new healer carried",
    "the Knicks are a tragedy and I'm a tragedy for still watching them",
    # security exercises and incident language: attackers, victims, people caught by a test
    "tabletop scenario: the attacker phishes a finance clerk, then pivots to the payroll share",
    "this quarter's phishing test caught 9 people, training goes out to everyone, nobody is named",
    "the victim account in the red-team write-up is a test user, svc-demo-03",
    "threat model: a malicious insider with read access exfiltrates the export bucket",
    "post-mortem is blameless, the person who ran the script followed the runbook exactly",
    "the pentesters impersonated the helpdesk and two people gave them MFA codes, fix is in the training",
    "escenario del simulacro: el atacante roba la sesión de un usuario de soporte",
    "Übungsszenario: der Angreifer übernimmt das Konto eines Testnutzers und eskaliert Rechte",
    "exercice de crise : la victime fictive est un compte de test, pas une vraie personne",
    # rough words about systems in other languages
    "porra de certificado expirou de novo, renovando agora",
    "mierda, el job de backup volvió a fallar, lo relanzo",
    "putain de proxy, il coupe les websockets au bout de 60 secondes, je change le timeout",
    "verdammter Build, schon wieder rot wegen eines flakigen Tests",
    "che schifo questo timeout sul gateway, alzo il limite a 30 secondi",
    "kut-deploy, de healthcheck faalt weer, ik rol terug",
    "cholera, replika znowu się rozjechała, restartuję ją",
    "bu lanet kuyruk yine tıkandı, worker sayısını artırıyorum",
    # second-person logistics and access
    "you're breaking up, Priya, can you type it in the chat instead",
    "I can't see your screen, you're sharing the wrong window",
    "I don't have admin on that project, ask one of the owners to add you",
    "you're muted, we can't hear you",
    "can you hear me now? my headset died halfway through",
    "you'll need someone with merge rights, I only have triage on that repo",
    "ich höre dich nicht, Jonas, bist du noch im Call?",
    "je ne vois pas ton écran, tu partages le mauvais onglet",
    "no te escucho, creo que estás en silencio",
    # thanks with a wry closing line
    "thanks Mei, spotless handover, even the alerts were labelled. on-call can be nice after all",
    "merci Paul, passation nickel, pour une fois la garde était calme",
    "gracias Lucía, dejaste todo documentado, así da gusto estar de guardia",
)

POSITIVES = (
    "Chelsea lost and so did you, Kevin, your PR is as useless as their defence",
    "our team lost the match because of the useless old guys who can't run, same as at work",
    "there are two kinds of people here: the ones who do the work and Priya",
    "new joiners from that bootcamp are all the same, can't code, can't learn, shouldn't be hired",
    "the phishing test caught Marta again, of course it did, she'd click anything, she's hopeless",
    "you're muted? good, stay that way, nobody wants to hear you anyway",
    "parents on this team always leave early and the rest of us clean up after them, typical",
    "los del turno de noche son unos vagos, siempre igual, no sirven para nada",
    "die Neuen aus dem Osten verstehen unsere Qualitätsstandards einfach nicht",
)


def people_plain() -> list[tuple[str, int, str]]:
    """(text, label, group) for every message; each is its own group."""
    return hand_written_rows(NEGATIVES, POSITIVES, "plain")
