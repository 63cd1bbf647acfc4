"""Who a message is aimed at and what is done to them: features for the learned people model.

A bag of words cannot tell "you" beside a job lever from "you" beside an instruction, nor a group named in planning
from a group generalised about: both hold the same words. :func:`aim_features` names, per message, the target it finds
(``you``: second person in the languages of the sets and the training material; ``at``: an @mention; ``name``: a
capitalised word inside a sentence; ``them``: a third person) and what the message does (``lever``: a consequence over a
job, contract, visa or review; ``out``: exclusion; ``watch``: attention to someone's whereabouts, logs, car or family;
``small``: belittling and "just asking" markers), and gives each target x act pair found; a group of people named by
its members beside a generaliser ("always", "never", "typical", "those people") or an act; a quoted passage (a report
quotes).
They are features beside the words, weighed by the model, not rules: one alone flags nothing. Every feature begins with
``@``, which the word tokenizer never keeps inside a word, so none equals a word feature. Pure: no I/O.
"""

from __future__ import annotations

import re

__all__ = ["aim_features"]


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


YOU = _words("""you your yours yourself yourselves u ur ya
du dich dir dein deine deinen deinem deiner deines euch euer eure
tu te toi ton ta tes vous votre vos t'
tú ti tus usted ustedes vosotros vosotras vuestro vuestra contigo
tuo tua tuoi tue voi vostro vostra
você vocês teu tua teus tuas
jij jou jouw jullie
ty cię ciebie tobie twój twoja twoje twoich wasz
ditt dina
ты тебя тебе тобой твой твоя твоё твои вы вас вам ваш
ти твій твоя
sen seni senin
σύ εσύ σου σένα""")
YOU_CJK = ("あなた", "君", "お前", "貴方", "너", "당신", "네가", "你", "您")
THIRD = _words("""he she him her his hers himself herself
er ihn ihm sie ihr seine seiner ihre ihrer
il elle lui
él ella
lei
ele ela dele dela
hij zij hem haar
ona jego jej niego niej
han hon honom henne
он она его её ее ему ей""")
GROUP = _words("""women woman men mothers moms mums mum mom dads fathers parents moms girls ladies boys guys
boomers seniors elderly older oldies juniors grads graduates bootcamp interns immigrants foreigners migrants expats
refugees offshore locals natives muslims christians jews hindus catholics religious autistic disabled deaf blind
gays trans millennials zoomers genz accents accent
frauen mütter väter eltern ältere alte ausländer migranten muslime juden behinderte autisten
femmes mères pères parents vieux anciens étrangers immigrés musulmans juifs handicapés autistes
mujeres madres padres mayores viejos extranjeros inmigrantes musulmanes judíos discapacitados autistas
donne madri padri anziani vecchi stranieri immigrati musulmani ebrei disabili
mulheres mães pais idosos velhos estrangeiros imigrantes
vrouwen moeders vaders ouders ouderen buitenlanders allochtonen
kobiety matki ojcowie rodzice starsi obcokrajowcy imigranci""")
GENERAL = _words("""always never typical typically naturally tend inherently
immer nie niemals typisch natürlich sowieso
toujours jamais typique forcément évidemment
siempre nunca típico típica obviamente
sempre mai tipico ovviamente
altijd nooit typisch natuurlijk
zawsze nigdy typowe oczywiście""")
GENERAL_PHRASE = re.compile(
    r"\b(?:those people|these people|people like (?:her|him|them)|their kind|you people|"
    r"that crowd|such people|diese leute|solche leute|ces gens|ce genre de|esa gente|"
    r"esta gente|quella gente|gente come|dat soort|tacy ludzie)\b",
    re.I,
)
CONSEQUENCE = re.compile(
    r"\b(?:hr|pip|probation\w*|performance (?:review|plan)|contract\w*|renewal|reference\w*|visa\w*|"
    r"promotion\w*|bonus\w*|raise|appraisal\w*|on file|documented|escalat\w*|your manager|let go|replace\w*|fired?|"
    r"roster\w*|overtime|audit\w*|ethics|disciplin\w*|warning|write[- ]?up|record|career\w*|"
    r"probezeit|vertrag\w*|abmahnung\w*|personalabteilung|zeugnis\w*|visum|beförderung|kündig\w*|gehalt\w*|"
    r"période d'essai|contrat\w*|rh|avertissement\w*|licenci\w*|carrière|dossier|"
    r"periodo de prueba|contrato\w*|rrhh|recursos humanos|visado|ascenso\w*|despid\w*|expediente|"
    r"periodo di prova|contratt\w*|risorse umane|licenzi\w*|carriera|"
    r"proeftijd|ontslag\w*|contract|umow\w*|okres próbny|zwolni\w*|awans\w*)\b",
    re.I,
)
EXCLUSION = re.compile(
    r"\b(?:(?:not|don't|do not|didn't|won't|no need to|no need for)\s+(?:\w+\s+){0,2}"
    r"(?:invit\w*|add\w*|includ\w*|cc|loop\w* in|come|join\w*|needed)|leave (?:\w+ ){0,2}out|left out|"
    r"without (?:you|him|her|them)|"
    r"private channel|separate channel|just the|only the|off the (?:list|invite|thread)|"
    r"remove\w* (?:\w+ )?from|kick\w*|"
    r"uninvit\w*|excluded?|skip (?:you|him|her)|we'?ll decide|already decided|"
    r"ohne dich|ohne ihn|ohne sie|nicht eingeladen|nicht dabei|raus\w*|ausgeschlossen|"
    r"sans toi|sans lui|sans elle|pas invité\w*|pas besoin de (?:toi|lui|elle|vous)|exclu\w*|"
    r"sin ti|sin él|sin ella|no invitad\w*|no hace falta que|excluid\w*|"
    r"senza di te|senza (?:lui|lei)|non invitat\w*|escluso|esclusa|zonder jou|niet uitgenodigd|"
    r"bez ciebie|bez niego|bez niej)\b",
    re.I,
)
WATCH = re.compile(
    r"\b(?:saw you|seen you|noticed (?:you|that you)|i know (?:when|where|what time)|i see you|watching|"
    r"watched|logs?|badge\w*|vpn|door|location|gym|your car|your street|your kids|your children|your family|your wife|"
    r"your husband|at night|alone|walk home|bus stop|tracked|tracking|timestamps?|status light|every minute|idle|"
    r"keystrokes?|screenshots?|photos? of|where you live|clinic|"
    r"gesehen|beobachtet?|weiß wann|weiß wo|dein auto|deine kinder|deine familie|nachts|allein|"
    r"je t'ai vu|je sais où|je sais quand|ta voiture|tes enfants|ta famille|la nuit|seul|seule|"
    r"te vi|sé dónde|sé cuándo|tu coche|tus hijos|tu familia|de noche|sol[oa]|"
    r"ti ho visto|so dove|so quando|la tua macchina|i tuoi figli|da sol[oa]|widziałem|wiem gdzie)\b",
    re.I,
)
BELITTLE = re.compile(
    r"\b(?:even|finally|for a|for an|cute|sweetie|honey|darling|bless|simple|basic|impressive|"
    r"surprisingly|actually managed|just asking|just curious|no offen[cs]e|genuinely curious|wonder (?:if|why)|"
    r"bless (?:your|her|his) heart|how brave|proud of you|big words|adorable|"
    r"sogar|endlich|süß|niedlich|nur mal gefragt|"
    r"même|enfin|mignon\w*|je demande|juste une question|"
    r"incluso|hasta|por fin|para ser|pregunto|mono|"
    r"perfino|finalmente|carino|chiedo|nawet|wreszcie)\b",
    re.I,
)
QUOTE = re.compile(r"[\"“„«「『].{3,}?[\"”“»」』]")
MENTION = re.compile(r"(?<![\w.])@\w+")
NAME = re.compile(r"(?<=[a-zà-ÿ,;] )(?-i:[A-Z][a-zà-ÿ]{2,})\b")


def aim_features(text: str) -> list[str]:
    """The conjunctions of ``text`` (each at most once, in a fixed order): target x act (``@x-you-lever``), a group
    beside a generaliser or an act (``@group-general``, ``@group-out``), and ``@quote``. A target or an act alone is
    no feature: the words already carry it, and alone it scored ordinary "you" and "she" messages up (a first variant
    with them moved the threshold, not the ranking: docs/toxicity_pii_sets.md, session 29)."""
    lower = text.lower()
    words = set(re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", lower))
    who = []
    if words & YOU or any(c in text for c in YOU_CJK):
        who.append("you")
    if MENTION.search(text):
        who.append("at")
    if NAME.search(text):
        who.append("name")
    if words & THIRD:
        who.append("them")
    grp = bool(words & GROUP)
    gen = bool(words & GENERAL) or bool(GENERAL_PHRASE.search(text))
    what = []
    if CONSEQUENCE.search(text):
        what.append("lever")
    if EXCLUSION.search(text):
        what.append("out")
    if WATCH.search(text):
        what.append("watch")
    if BELITTLE.search(text):
        what.append("small")
    out = [f"@x-{a}-{b}" for a in who for b in what]
    if grp and gen:
        out.append("@group-general")
    if grp and what:
        out += [f"@group-{b}" for b in what]
    if QUOTE.search(text):
        out.append("@quote")
    return out
