"""Who the hostility is aimed at: rules that tell toxicity about people from rough words about things.

:func:`hostile_spans` finds hostility aimed at people that a word model misses because the words are polite
(veiled threats, intimidation, exclusion, insults aimed at "you" or a named person, demeaning a group by
implication). :func:`benign_reason` says why a text the word model flagged is not toxic after all: the profanity
or violent verb is aimed at a thing ("kill the stuck process", "damn, prod is down"), the speaker runs themself down,
or the text carries no abusive word at all (the model reacting to unrelated tokens). :func:`mask_reported` blanks
abuse quoted in order to report it ("he wrote 'you idiot' in #ops, reporting it"), so the rest is judged alone.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from genaiops.safety.guardrails.base import lowers_alike
from genaiops.safety.guardrails.casing import lower_cased
from genaiops.safety.verdict import Span

__all__ = ["benign_reason", "hostile_spans", "letter_words", "mask_reported"]

_I = re.IGNORECASE
WEAK_CUE = 25.0
"""Largest idf x coefficient of a word the word model may react to before "no abusive word" no longer clears it
(chosen on Davidson TRAIN tweets and the dev chat set; the model's slurs weigh 50-120, "50" or "use" under 12)."""
_INSULT = (
    r"(?:idiot|moron|imbecile|halfwit|dumbass|dumb|dumbest|stupid|useless|pathetic|incompetent|clown|disgrace|"
    r"loser|worthless|fool|muppet|brainless|retard(?:ed)?|clueless|joke|waste of (?:space|oxygen|air)|scum|"
    r"trash|garbage|bitch|bastard|asshole|dickhead|prick|cunt|twat|jerk|piece of (?:shit|crap))"
)
_PERSON = r"(?:you|you're|youre|you are|ur|u r|u)"
_NOT_A_NAME = (
    r"(?:This|That|It|These|Those|There|Here|Everything|Nothing|Prod|Staging|Jenkins|Kubernetes|Terraform|Grafana|"
    r"Kafka|Redis|Postgres|Docker|Helm|Nginx|Prometheus|Ansible|Jira|Slack|Vault|Consul|Elasticsearch|Mongo|Airflow|"
    r"Spark|Python|Java|Windows|Linux|Chrome|Azure|Datadog|Sentry|Bazel|Gradle|Maven|Webpack|Istio|Envoy|Celery|"
    r"Confluence|Outlook|Teams|Zoom|Excel|Bitbucket|Github|Gitlab|Argo|Flux|Loki|Tempo|Splunk|Pagerduty|Opsgenie)"
)
"""Capitalised subjects that are tools, places or pronouns, not people: "Jenkins is a useless piece of garbage"
is about a build server."""
_PEOPLE_TARGETS = (
    "people guys girls boys women men folks immigrants foreigners refugees migrants muslims jews christians blacks",
    "whites asians mexicans arabs gays lesbians liberals conservatives contractors juniors interns engineers",
)
"""Objects of a violent verb that are people ("shoot the refugees"); a single person is "you", "him", "her" or a
name."""
_INSULT_WORDS = set(re.findall(r"[a-z]+", _INSULT)) - {"of", "a", "an", "the", "i", "ed", "space", "air"}
_HARASSMENT_PARTS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    (rf"\b{_PERSON}\b[\w\s',]{{0,24}}?\b{_INSULT}\b", None),
    (rf"\b{_INSULT}\b[\w\s]{{0,8}}\b(?:you|u)\b", None),
    (r"\bfuck (?:you|off)\b", ("fuck ",)),
    (r"\bshut up\b", ("shut up",)),
    (r"\bgo cry\b", ("go cry",)),
    (r"gets? dumber", ("s dumber", "t dumber")),
    (
        rf"\b(?!{_NOT_A_NAME}\b)[A-Z][a-z]+ (?:is|was|are)(?: such)? (?:a|an|the)? ?[\w ]{{0,20}}?\b{_INSULT}\b",
        None,
    ),
    (rf"\b(?:what an?|absolute|such an?|total) {_INSULT}\b", None),
    (r"learned nothing", ("learned nothing",)),
    (r"go back to (?:school|your country)", ("go back to ",)),
    (r"\b(?:kill|hang|shoot) (?:yourself|urself)\b", ("urself",)),
    (r"\bkys\b", ("kys",)),
    (r"\b(?:go|hope you|you should|you can) die\b", (" die",)),
)
"""The harassment rule's alternatives (case-sensitive), each with strings one of which every match of it holds
(None: an insult word, see :func:`_harassment`). The rule runs with only the alternatives that can match in the text:
one that cannot match anywhere changes no match of the others, and each alternative the engine tries costs it a step
at every position (the whole rule cost up to ~1 ms per KB of log text that holds an anchor such as "Back-off" and no
insult)."""
_THREAT_PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"shame if (?:something|anything)", ("shame if",)),
    (r"(?:pity|shame) to lose(?!\s+(?:the|this|that|our|all|\d)\b)", (" to lose",)),
    (r"know where you (?:live|park|sleep|work)(?:s|ed)?\b(?!\s+(?:the|this|that|our|my|a|an)\b)", ("know where you",)),
    (
        r"watch your (?:back|step)(?!-|\s+(?:with|on|around|near|in)\s+(?:the|this|that|our|prod|staging)\b)",
        ("watch your",),
    ),
    (r"accidents happen\s+to", ("accidents happen",)),
    (r"(?<!let's )(?<!let us )see what happens(?!\s+(?:if|when|with|after|under)\b)", ("see what happens",)),
    (r"your (?:home )?address", ("address",)),
    (r"home address", ("address",)),
    (r"(?:terrible|awful|sad) if your", (" if your",)),
    (r"things go wrong for people", ("things go wrong for people",)),
    (r"bad things happen\s+to", ("bad things happen",)),
    (r"careful walking", ("careful walking",)),
    (
        r"your (?:kids|children|wife|husband|family) (?:go|goes|live|are)\b",
        ("your kids", "your children", "your wife", "your husband", "your family"),
    ),
)
_INTIMIDATION_PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"(?:you'?ll|you will) regret (?:it|this|that|the day|ever)\b", ("regret",)),
    (r"or (?:i'?ll|i will) (?:make|ruin|end|get)", ("or i",)),
    (r"make your life (?:hell|miserable)", ("make your life",)),
    (r"(?:you'?ll|you will) be (?:out|gone|fired)", ("ll be ",)),
    (r"(?:i'?ll|i will|i'?m going to|gonna) make sure you (?:never|don'?t)", ("make sure you",)),
    (r"don'?t you dare", ("you dare",)),
    (r"remember who (?:writes|signs|does|decides)\s+(?:off\s+on\s+)?your", ("remember who",)),
    (r"(?:end|ruin|destroy) your career", ("your career",)),
    (r"(?:and|or|then)\s+you'?re done here", ("re done here",)),
    (r"see how long you last", ("see how long you last",)),
    (r"(?:your|my|final) last warning", ("last warning",)),
    (r"last warning,?\s+(?-i:[A-Z][a-z]+)\b", ("last warning",)),
    (
        r"(?:i'?ll|i will) (?:bury|find|get|hurt|destroy) you\b(?!\s+(?:a|an|the|some|one|two|access|that|those|"
        r"these|it|them|what|\d)\b)",
        ("bury you", "find you", "get you", "hurt you", "destroy you"),
    ),
    (r"want to keep your job", ("keep your job",)),
    (r"or else\b(?=\s*(?:[.!?,]|$|i'?ll|i will|you'?ll))", ("or else",)),
)
_EXCLUSION_PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"(?:nobody|no one|noone) (?:here )?(?:wants|likes|needs|asked|cares|will ever)"
        r"(?=[\w\s',]{0,30}?\b(?:you|your|u|ur|him|her|them|his|their|they)\b)",
        ("nobody ", "no one ", "noone "),
    ),
    (r"(?:don'?t|doesn'?t|do not|does not) belong", ("belong",)),
    (r"not one of us", ("not one of us",)),
    (r"(?:happier|better) (?:if|without) (?:you|him|her|them)", ("happier", "better if", "better without")),
    (r"\b(?:leave|keep) \w+ (?:off|out of)\b", ("leave ", "keep ")),
    (r", not you\b", (", not you",)),
    (r"(?:why are you|you) (?:even )?still here", ("still here",)),
    (r"take the hint(?!\s+from\s+(?:the|this|that|those|these|our|it)\b)", ("take the hint",)),
    (r"don'?t (?:invite|include)\s+(?:him|her|them|you|(?-i:[A-Z][a-z]+)\b)", ("t invite", "t include")),
    (r"don'?t bother(?!\s+with\s+(?:the|this|that|those|these|our|it)\b)", ("t bother",)),
    (r"(?:channel|chat|group) without\s+(?:him|her|them|you|(?-i:[A-Z][a-z]+)\b)", ("without",)),
    (r"stay away(?!\s+from\s+(?:the|this|that|those|these|our|it)\b)", ("stay away",)),
    (r"drag everyone down", ("drag everyone down",)),
)
"""The threat, intimidation and exclusion rules' alternatives (case-blind), each with the lower-case strings one of
which every match of it holds (each space in them a literal space in the pattern, never ``\\s``): see
:data:`_TRIGGERS`."""
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (  # (label, pattern); _ANCHORS gates each one
    ("THREAT", re.compile(r"\b(?:" + "|".join(part for part, _ in _THREAT_PARTS) + ")", _I)),
    ("INTIMIDATION", re.compile(r"\b(?:" + "|".join(part for part, _ in _INTIMIDATION_PARTS) + ")", _I)),
    ("EXCLUSION", re.compile(r"(?:\b|(?=,))(?:" + "|".join(part for part, _ in _EXCLUSION_PARTS) + ")", _I)),
    ("HARASSMENT", re.compile("|".join(part for part, _ in _HARASSMENT_PARTS))),
    (
        "VIOLENCE",
        re.compile(
            r"(?i:\b(?:kill|murder|shoot|stab|strangle|choke|punch|slap|hurt|drown|beat up)\s+(?:all\s+)?"
            r"(?:(?:the|those|these|that|this|some)\s+(?:\w+\s+)?)?)"
            r"(?:(?i:you|him|her|yourselves)\b|(?i:" + "|".join(" ".join(_PEOPLE_TARGETS).split()) + r")\b)"
            r"(?!\s+(?i:a|an|the|some|me|over|up|off|your|my|our|\d)\b)|"
            r"(?i:\b(?:should|gonna|going to|will|'ll|want to|could|i'd|let's)\s+"
            r"(?:kill|murder|shoot|stab|strangle|choke|punch|slap|hurt|drown|beat up)\s+)"
            r"(?!(?-i:" + _NOT_A_NAME[3:-1] + r")\b)[A-Z][a-z]+\b(?!'s)(?!\s+(?i:a|an|the|some|me|over|up|off|\d)\b)",
        ),
    ),
    (
        "GROUP",
        re.compile(
            r"\b(?:women|girls|men|females|old(?:er)? (?:guys|people|engineers)|boomers|immigrants|foreigners|"
            r"offshore team|contractors|bootcamp (?:grads?|hires)|juniors|people like (?:them|him|her|that))\b"
            r"(?!,)[\w\s',]{0,40}?\b(?:(?:can'?t|cannot|shouldn'?t|should not|never)(?!\s+(?:have|get|access|log|see|"
            r"view|edit|approve|merge|deploy|push|join|be (?:on call|paged))\b)|aren'?t|are not|only here|"
            r"all think|wired|expect from them|even for them|no real)|"
            r"\b(?:what else do you expect|typical \w+ (?:grad|hire|junior)|(?:stop|never) hiring from|"
            r"even for them|fill a quota|another one of|no real engineer|no wonder .{0,60} wrote it|"
            r"let the (?:girls|women)|the (?:men|guys) will)\b",
            _I,
        ),
    ),
)
_SELF_INSULT = re.compile(
    rf"\b(?:i'?m|i am|im|i feel like|feel like|me,? the|note to self)\b[\w\s',:]{{0,30}}?"
    rf"(?:\b{_INSULT}\b|\bthe worst\b|\bmess\b)|\bi (?:hate|blame) myself\b|"
    rf"(?:^|[,.;:!?])\s*(?:ugh,?\s+|oh\s+)?(?:what\s+an?\s+|such\s+an?\s+)?{_INSULT}\s+(?:me|i am|i'm|im)\b",
    _I,
)
_THING_WORDS = re.sub(
    r"\s+",
    "|",
    """process processes pid pod pods cache prod production staging deploy deploys deployment build cluster node
    node_modules server instance instances worker job cron queue backlog test tests migration config cert certs
    certificate certificates disk db database index terraform state pipeline gateway api load dashboard alert
    alerts branch canary
    container service monolith endpoint latency regression flag env pager code p99 script rollout release outage
    incident bug pr commit repo laptop vm kubernetes k8s docker image helm chart schema table query sql log logs
    metric metrics feature ci cd runner host box machine network dns firewall vpn ticket sprint jira spreadsheet
    slack email wiki doc docs runbook monitoring thread lock memory cpu heap gc kernel driver thing things stuff
    tool tools vendor sla uptime app ui framework library sdk yaml json dashboards health check traffic spike
    version namespace""",
)
_THING = re.compile(
    rf"\b(?:{_THING_WORDS}|load balancer|stack trace|legacy code)\b",
    _I,
)
_YOUR_THING = re.compile(rf"\byour (?:\w+ )?(?={_THING.pattern})", _I)
"""'your local env', 'your PR': a thing that belongs to someone is still a thing."""
_TARGET = re.compile(
    r"\b(?:you|your|you're|yourself|u|ur|he|she|him|her|his|hers|they|them|their|people|guy|guys|girl|girls|"
    r"women|men|boy|folks)\b",
    _I,
)
_SLUR = re.compile(
    r"\b(?:nig\w*|nic+a\w*|fag\w*|hoe?s?|hos|bitch\w*|puss(?:y|ies)|cunts?|retard\w*|dykes?|queers?|wetbacks?|"
    r"spics?|chinks?|wigg\w*|crackers?|whiggers?|jiggaboos?|coons?|whores?|sluts?|twats?|kikes?|beaners?|trann(?:y|ies)|"
    r"homos?|negro\w*|savages?|subhuman|half-breeds?|teabaggers?|rednecks?|hillbill\w*|whitey|ghetto|thot)\b",
    _I,
)
"""Words that are abusive whoever they are aimed at: a text holding one is never cleared as rough-but-harmless."""


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PERSON_WORDS = _word_set(
    """people person persons guy guys dude dudes man men woman women girl girls boy boys kid kids folks folk bro bros
    lady ladies gentleman gentlemen mate mates buddy pal fella fellas child children baby babe son daughter mom mum
    mother dad father brother sister wife husband girlfriend boyfriend friend friends family team teams crew squad
    department org company vendor vendors client clients customer customers user users boss bosses manager managers
    lead leads engineer engineers dev devs developer developers intern interns junior juniors senior seniors hire
    hires contractor contractors colleague colleagues coworker coworkers admin admins analyst analysts tester testers
    designer designers pm pms cto ceo founder founders staff employee employees cop cops police officer officers
    teacher teachers student students fan fans hater haters neighbour neighbours neighbor neighbors human humans
    everyone everybody someone somebody anyone anybody nobody whoever you u ur he she him her them they me i we us
    myself yourself himself herself themselves ourselves yall face mouth head brain brains ass arse butt mug body mind
    kind balls dick cock tits boobs
    immigrant immigrants foreigner foreigners refugee refugees migrant migrants illegals aliens muslim muslims jew jews
    christian christians catholic catholics atheist atheists hindu hindus sikh sikhs arab arabs black blacks white
    whites asian asians mexican mexicans african africans indian indians chinese japanese korean koreans latino
    latinos latina latinas hispanic hispanics european europeans american americans brits gay gays lesbian lesbians
    trans liberal liberals libs conservative conservatives democrats republicans natives gypsies boomers millennials
    zoomers teens teenagers youngsters elderly males females"""
)
"""Words naming people, groups of people and their bodies: a phrase ending in one is not a thing ("kill the new
guy", "get rid of all the immigrants"); the list of people-words is closed, the list of things is not."""
_DETERMINERS = _word_set("the this that these those my our its their his her your a an some all every each any")
_PHRASE_END = _word_set(
    """and or but nor to in on at of for with from by into onto about is are was were be been being has have had do
    does did will would can could should must may might not no so then than as if when while because after before
    again just still already now today tonight up down out off over back too very really it they he she we you i
    lol tbh pls please who whom whose which what where why how never always ever also even only"""
)
_PARTICLES = _word_set("off out down away up over")
_PHRASE_TOKEN = re.compile(r"[A-Za-z0-9][\w'./-]*|[^\w\s]")


_CLAUSE_END = re.compile(r"[,.;:!?]")
_CLAUSE_START = re.compile(r"(?:^|[,.;:!?(\]]|\bugh)\s*$", _I)
_DESCRIBING = re.compile(
    r"\w+(?:ing|in'|ed|y)|stupid|dumb|dumbest|useless|pathetic|incompetent|worthless|brainless|clueless|damn|goddamn|"
    r"bloody|lousy|ugly|nasty|dirty|filthy",
    _I,
)
"""Rough words that describe the noun after them ("the stupid linter", "this damn migration", "a shitty tool"); a
rough noun after a determiner ("that shit", "my ass") is itself the thing talked about, and says nothing of what
follows."""


def _names_a_thing(after: str, determiner_seen: bool) -> bool:
    """``after`` (the text right after a rough word) starts with a noun phrase that names no person: "kill |the
    tunnel and reconnect", "the stupid |linter is failing". Any noun the lists do not know counts as a thing; a
    phrase with a person, an insult or a slur in it does not (it is the people-words that are a closed list)."""
    tokens = _PHRASE_TOKEN.findall(after[:60])
    if not determiner_seen and tokens and tokens[0].lower() in _PARTICLES:
        tokens = tokens[1:]  # a phrasal verb: "kill off the legacy endpoints", "blow away the node pool"
    if not determiner_seen:
        if not tokens or tokens[0].lower() not in _DETERMINERS:
            return False
        tokens = tokens[1:]
    phrase: list[str] = []
    for token in tokens:
        word = token.lower().removesuffix("'s").rstrip(".")
        if not token[0].isalnum() or word in _PHRASE_END or word in _DETERMINERS:
            break
        if word.endswith(("ist", "ists")):
            return False  # a person by what they do or believe ("a white trash cultist")
        if token[:1].isupper() and token[1:].islower() and not re.fullmatch(_NOT_A_NAME, token):
            return False  # a capitalised word may be someone's name ("kill the Sam build" is rare; "a lazy Sam" not)
        phrase.append(word)
        if len(phrase) == 3:
            break
    if not phrase:
        return False
    if phrase[-1] in _PERSON_WORDS or any(w in _INSULT_WORDS or _SLUR.fullmatch(w) for w in phrase):
        return False
    return not _ABUSIVE.fullmatch(phrase[-1])


_ABUSIVE = re.compile(
    rf"\b(?:{_INSULT}|(?:mother)?fuck\w*|(?:bull|horse)?shit\w*|(?:god)?damn\w*|crap\w*|hell|ass(?:es|hats?)?|bloody|dick|cock|kill\w*|die|hate|"
    r"ugly|fat|nasty|dirty|filthy|wtf|stfu|gay|sucks?)\b",
    _I,
)
_REPORT_CUE = re.compile(
    r"\b(?:report\w*|flag\w*|for hr|hr\b|trust and safety|moderat\w*|screenshot|for the record|escalate|document|"
    r"look(?:ed)? into|forwarding|complain\w*|quot\w*|on record|block ?list\w*|blacklist\w*|filter\w*|investigat\w*|"
    r"(?:jokes|words|phrases|comments|terms|remarks|slurs|language) like|code ?name)",
    _I,
)
_REPORT_CUE_LOWER = re.compile(_REPORT_CUE.pattern)
"""``_REPORT_CUE`` for lower-cased text that ``lowers_alike``, without IGNORECASE (the same answer, ~2.5x faster)."""
_REPORT_WORDS = (
    "report", "flag", "for hr", "trust and safety", "moderat", "screenshot", "for the record", "escalate", "document",
    "look", "forwarding", "complain", "quot", "on record", "blocklist", "block list", "blacklist", "filter",
    "investigat", "s like", "e like", "codename", "code name",
)  # fmt: skip
_HR = re.compile(r"hr(?<!\whr)\b")
"""Each phrasing of ``_REPORT_CUE`` holds one of these strings or a whole-word "hr": a text with none of them skips
the pattern (the word comes first in ``_HR`` so the engine jumps to it)."""
_QUOTED = re.compile(r"(?<!\w)'.{3,}?'(?!\w)|\"[^\"]{3,}\"|“[^”]{3,}”|‘[^’]{3,}’")
_CALLED_ME = re.compile(r"\bcalled me (?:an? )?[\w\s]{1,30}?(?=\s+(?:in|at|on|during|after|before)\b|[,.;!?]|$)", _I)


def _anchors(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ANCHORS: dict[str, frozenset[str]] = {
    "THREAT": _anchors(
        "shame pity where watch accidents happens address terrible awful sad things bad careful kids children "
        "wife husband family"
    ),
    "INTIMIDATION": _anchors(
        "regret or make be sure dare remember career done last warning bury find get hurt destroy keep"
    ),
    "EXCLUSION": _anchors(
        "nobody no noone belong one happier better leave keep not still hint invite include bother without away drag"
    ),
    "HARASSMENT": frozenset(
        _INSULT_WORDS | {"fuck", "shut", "cry", "dumber", "learned", "back", "yourself", "urself", "kys", "die"}
    ),
    "VIOLENCE": _anchors("kill murder shoot stab strangle choke punch slap hurt drown beat"),
    "GROUP": _anchors(
        "women girls men guys females old older boomers immigrants foreigners offshore contractors bootcamp "
        "juniors people expect typical hiring even quota another real wonder let"
    ),
}
"""Per rule, words of which every one of its phrasings holds at least one: a rule runs only on texts that have
one (one cheap pass over the words instead of every pattern over every position)."""
_LETTERS = re.compile(r"[a-z]+")
_ALL_ANCHORS = frozenset().union(*_ANCHORS.values())


@cache
def _anchor_at(word: str) -> re.Pattern[str]:
    """An anchor word's occurrences as a whole run of the letters a-z; the word comes first in the pattern so that
    the regex engine jumps to it (a look-behind first would make it try every position). Compiled on first use:
    the 133 anchors compiled up front would cost every import tens of ms."""
    return re.compile(rf"{word}(?<![a-z]{word})(?![a-z])")


@lru_cache(maxsize=2)
def letter_words(lower: str) -> frozenset[str]:
    """The whole runs of a-z in ``lower`` (cached: the implied-hostility rules ask for the same text's words)."""
    return frozenset(_LETTERS.findall(lower))


def _anchor_words(lower: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every anchor word in ``lower``, in text order: the same as listing every ``[a-z]+`` run
    and keeping the anchors, at a fraction of the cost (only the few anchor words present are located)."""
    present = _ALL_ANCHORS.intersection(letter_words(lower))
    return sorted((m.start(), m.end(), word) for word in present for m in _anchor_at(word).finditer(lower))


_GATED: dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    "THREAT": (r"\b(?:", _THREAT_PARTS),
    "INTIMIDATION": (r"\b(?:", _INTIMIDATION_PARTS),
    "EXCLUSION": (r"(?:\b|(?=,))(?:", _EXCLUSION_PARTS),
}
_TRIGGERS: dict[str, tuple[str, ...]] = {
    label: tuple(dict.fromkeys(s for _, needs in parts for s in needs)) for label, (_, parts) in _GATED.items()
}
"""Per rule, lower-case strings of which each of its phrasings holds one (read off the patterns: "you'?ll be" and
"you will be" both hold "ll be "; each space in them is a literal space in the pattern, never ``\\s``). Their common
anchor words ("or", "no", "keep") open windows in most texts; when ``lowers_alike`` (ASCII text, most non-ASCII
text), a rule whose strings are all missing from the lower-cased text cannot match and is skipped, and a rule that
runs runs with only its alternatives whose strings are there (:data:`_GATED`; an alternative that matches nowhere
changes no match of the others, and each one tried costs the engine a step at every position of a window)."""


_CHAT_LEAD = re.compile(
    r"^(?:\s*(?:@[\w.-]+[,:]?|\[#?[\w-]+\]|(?:re|fwd|fyi):|fwiw|fyi|ok(?:ay)?,? so|so|tbh|honestly|lol|ugh|welp)"
    r"(?=\s|$))+",
    _I,
)
"""Chat noise before a message ("@Priya ", "[#inc-4411] ", "re: ", "fwiw ", "ok so "): the message's first clause
starts after it."""


def _blank_lead(text: str) -> str:
    """``text`` with its chat lead blanked (same length, so spans stay valid)."""
    lead = _CHAT_LEAD.match(text)
    return " " * lead.end() + text[lead.end() :] if lead else text


def mask_reported(text: str) -> str:
    """``text`` with quoted abuse blanked when the text reports it (same length, so spans stay valid)."""
    lower = lower_cased(text)
    if lowers_alike(text):  # ASCII, or lower-casing that agrees with IGNORECASE (see lowers_alike)
        cued = any(word in lower for word in _REPORT_WORDS) or _HR.search(lower) is not None
        if not (cued and _REPORT_CUE_LOWER.search(lower)) and "called me" not in lower:
            return text
    elif not _REPORT_CUE.search(text) and "called me" not in lower:
        return text

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group())

    return _CALLED_ME.sub(blank, _QUOTED.sub(blank, text))


_DETERMINER_BEFORE = re.compile(r"\b(?:this|that|the|these|those|its|our|my|an?)\s+(?:\w+\s+)?$", _I)
_INSULT_WORD = re.compile(rf"\b{_INSULT}\b", _I)


def _insults_describe_things(text: str, match: re.Match[str]) -> bool:
    """Every insult in a harassment match describes a thing: a determiner before it and a thing word after it
    with no person in between ("can you restart the stupid build", "what a joke of a vendor SLA")."""
    insults = list(_INSULT_WORD.finditer(text, match.start(), match.end()))
    for insult in insults:
        before = text[max(0, insult.start() - 14) : insult.start()]
        after = text[insult.end() : insult.end() + 25]
        determiner = _DETERMINER_BEFORE.search(before)
        describes = determiner is not None and _DESCRIBING.fullmatch(insult.group()) is not None
        if _PERSON_RIGHT_BEFORE.search(text[max(0, insult.start() - 30) : insult.start()]):
            return False
        if _names_a_thing(text[insult.end() :], describes) or _thing_subject(text, insult.start()):
            continue
        thing = _THING.search(after)
        of_thing = re.match(r"\s+of\s+(?:an?|the)\s", after, _I)
        if thing is None or _TARGET.search(after[: thing.start()]) or _CLAUSE_END.search(after[: thing.start()]):
            return False
        if not (determiner or of_thing):
            return False
    return bool(insults)


_PREDICATE = re.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:but|and|so|because|honestly|frankly|you know|i think|i guess|imo|if you ask me),?\s+)"
    r"(?P<subject>(?:(?!\b(?:you|u|i|he|she|we|they)\b)[\w'./ -]){1,40}?)\s+"
    r"(?:is|are|was|were|'s|looks|seems|feels|remains)\s+(?:(?:such|a|an|the|total|absolute|complete|utter|pure|just|"
    r"really|so|pretty|kind of|a bit|still|always|basically|truly)\s+)*$",
    _I,
)


def _thing_subject(text: str, insult_start: int) -> bool:
    """The insult is said of a thing: "the vendor API is total garbage", "this whole setup is useless"."""
    found = _PREDICATE.search(text[max(0, insult_start - 60) : insult_start])
    if found is None:
        return False
    subject = found.group("subject").strip()
    if subject.lower() in {"this", "that", "it", "this one", "that one"}:
        return True
    return _names_a_thing(" " + subject + " is", determiner_seen=False) and not _TARGET.search(subject)


_NEED_A_PERSON = frozenset({"THREAT", "EXCLUSION"})
_PERSON_REF = re.compile(r"\b(?:you|your|yours|u|ur|yourself|he|she|him|her|his|people|i|me|my|mine)\b", _I)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_TITLE_WORD = re.compile(r"(?<![\w@#])[A-Z][a-z]+\b")


def _mentions_a_person(text: str, match: re.Match[str]) -> bool:
    """The sentence of a threat or exclusion names someone (you, a name, he or she, the speaker):
    "bump the replicas and see what happens" threatens no one; "keep pushing back on my design and see what
    happens" does."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    end_match = _SENTENCE_END.search(text, match.end())
    sentence = text[start : end_match.start() if end_match else len(text)]
    if _PERSON_REF.search(sentence):
        return True
    sentence = sentence.strip()
    names = (m for m in _TITLE_WORD.finditer(sentence) if m.start() > 0)  # not the sentence's capitalised first word
    return any(not re.fullmatch(_NOT_A_NAME, m.group()) for m in names)


_RULE_REACH = 150
"""How far a rule's match may reach from one of its anchor words (the longest phrasing, with margin)."""
_NOT_WORD = re.compile(r"\W|$")


def _anchor_windows(text: str, found: list[tuple[int, int, str]], anchors: frozenset[str]) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` within :data:`_RULE_REACH` of an anchor word, each ending between words (a
    search stopped inside a word would see a word boundary that is not there)."""
    merged: list[tuple[int, int]] = []
    for start, end, word in found:
        if word not in anchors:
            continue
        a, b = max(0, start - _RULE_REACH), end + _RULE_REACH
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return [(a, _NOT_WORD.search(text, min(b, len(text))).start()) for a, b in merged]


def _harassment(text: str, words: set[str], aligned: bool) -> re.Pattern[str] | None:
    """The harassment rule made of only the alternatives that can match ``text`` (None: none can). ``words`` are
    the anchor words of the lower-cased text (whole runs of a-z); with ``aligned`` (lower-casing kept every
    character one character), an insult the rule matches is one of them: it stands between word boundaries, and
    only "retarded" is longer than the word it starts with. Testing ~45 insults with ``in`` cost ~0.1 ms per KB."""
    if aligned:
        insult = not _INSULT_WORDS.isdisjoint(words) or "retarded" in text
    else:
        insult = any(word in text for word in _INSULT_WORDS)
    present = tuple(
        part for part, needs in _HARASSMENT_PARTS if (insult if needs is None else any(s in text for s in needs))
    )
    return _either(present) if present else None


@lru_cache(maxsize=128)
def _either(parts: tuple[str, ...], opening: str = "", closing: str = "", flags: int = 0) -> re.Pattern[str]:
    """``parts`` as one pattern, in their order, between ``opening`` and ``closing`` (compiled once per set of
    alternatives a text leaves)."""
    return re.compile(opening + "|".join(parts) + closing, flags)


def hostile_spans(text: str) -> list[Span]:
    """Spans of hostility aimed at people, labelled THREAT, INTIMIDATION, EXCLUSION, HARASSMENT or GROUP.

    Each rule runs only near its anchor words (every phrasing of a rule holds one), not over the whole text."""
    spans = []
    text = _blank_lead(text)
    lower = lower_cased(text)
    triggers_hold = lowers_alike(text)
    found = _anchor_words(lower)
    words = {word for _, _, word in found}
    for label, pattern in _RULES:
        if not words & _ANCHORS[label]:
            continue
        if label in _TRIGGERS and triggers_hold:
            opening, parts = _GATED[label]
            present = tuple(part for part, needs in parts if any(t in lower for t in needs))
            if not present:
                continue
            pattern = _either(present, opening, ")", _I)
        if label == "HARASSMENT" and (pattern := _harassment(text, words, len(lower) == len(text))) is None:
            continue
        windows = _anchor_windows(text, found, _ANCHORS[label]) if len(lower) == len(text) else [(0, len(text))]
        matches = {(m.start(), m.end()): m for a, b in windows for m in pattern.finditer(text, a, b)}
        for _, match in sorted(matches.items()):
            if label == "HARASSMENT" and _SELF_INSULT.search(text[max(0, match.start() - 20) : match.end() + 8]):
                continue
            if label == "HARASSMENT" and _insults_describe_things(text, match):
                continue
            if label in _NEED_A_PERSON and not _mentions_a_person(text, match):
                continue
            spans.append(Span(start=match.start(), end=match.end(), label=label))
    return spans


def benign_reason(text: str, strongest_cue: float = 0.0) -> str | None:
    """Why a text the word model flagged is not toxic (aimed at a thing, self-deprecation, no abusive word), or
    None. ``strongest_cue`` is the model's largest per-word weight in the text: a strong cue the lists do not
    know (slang, a misspelt slur) keeps the model's verdict."""
    text = _blank_lead(text)
    if _SLUR.search(_INTERJECTION.sub(" ", text)):
        return None
    if not _ABUSIVE.search(text):
        return "no abusive word" if strongest_cue < WEAK_CUE else None
    if not _ABUSIVE.search(_INTERJECTION.sub(" ", text)):
        return "an exclamation, aimed at no one"
    if _SELF_INSULT.search(text):
        return "self-deprecation"
    if _TARGET.search(_YOUR_THING.sub(" ", text)) and not _each_aimed_at_thing(text):
        return None
    if _THING.search(text) or _each_aimed_at_thing(text):
        return "aimed at a thing"
    return None


_PERSON_RIGHT_BEFORE = re.compile(
    r"\b(?:you|u|ur|your|him|her|them|he|she|they)(?:'re|'s| are| is| r| was| were)?\s+"
    r"(?:(?:such|a|an|the|so|total|absolute|real|complete)\s+)*$",
    _I,
)
"""A rough word said of a person: "ur a fucking half breed dog" is about "ur", whatever noun follows."""
_INTERJECTION = re.compile(
    r"\b(?:(?:god\s*)?damn(?:\s+it|\s+straight)?|goddamm?it|holy\s+(?:shit|crap|hell)|oh\s+hell|hell\s+(?:yeah|no)|"
    r"bloody\s+hell|fuck\s+(?:yeah|me)|what\s+the\s+(?:hell|fuck|heck)|wtf|ffs|fml|for\s+fuck'?s\s+sake|"
    r"jesus(?:\s+christ)?|screw\s+it)\b(?=\s*[,.!:;?-]|\s*$)|"
    r"(?:^|(?<=[.!?;:]))\s*(?:oh\s+)?(?:(?:shit|crap|fuck|damn|dammit|bollocks|bugger)"
    r"(?:\s+(?:shit|crap|fuck|damn))*|son\s+of\s+a\s+bitch)\b(?=\s*[,.!:;?-]|\s*$)",
    _I,
)
"""Exclamations aimed at no one ("damn it, I forgot the version bump", "holy shit, look at p99"): a rough word
in one of them, followed by punctuation, says nothing about a person."""

_VERB = re.compile(r"kill(?:s|ed|ing)?|hated?|hates|hating", _I)
_SUBJECT = re.compile(r"(?:i|you|we|they|he|she)", _I)
_AIM_REACH = 30
"""How far after a rough word its object may be: "kill the orphaned pods" (the pods are its object)."""


def _each_aimed_at_thing(text: str) -> bool:
    """Every rough word has a thing as its object (a thing word follows within :data:`_AIM_REACH` characters with
    no person in between): "kill the orphaned pods, they are eating memory" is about pods, whatever "they" is."""
    for match in _ABUSIVE.finditer(text):
        after = text[match.end() : match.end() + _AIM_REACH]
        describes = _DESCRIBING.fullmatch(match.group()) is not None and (
            _DETERMINER_BEFORE.search(text[max(0, match.start() - 14) : match.start()]) is not None
            or _CLAUSE_START.search(text[max(0, match.start() - 4) : match.start()]) is not None
        )
        person_before = _PERSON_RIGHT_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
        if person_before and _VERB.fullmatch(match.group()) and _SUBJECT.fullmatch(person_before.group().strip()):
            person_before = None  # "they killed the old endpoint": the person is who did it, not whom
        if not person_before and (
            _names_a_thing(text[match.end() :], describes) or _thing_subject(text, match.start())
        ):
            continue
        thing = _THING.search(after)
        if (
            thing is None
            or _TARGET.search(after[: thing.start()])
            or _PERSON_RIGHT_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        ):
            return False
    return True
