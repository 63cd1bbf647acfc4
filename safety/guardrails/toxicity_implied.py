"""Hostility by implication: rules for toxicity about people that carries no rough word at all.

:mod:`toxicity_targets` knows insults, threats and exclusion in their direct phrasings. This module adds what a
workplace says instead: leverage over someone's job, visa or family ("you won't be on this team by Q3", "you have
kids to feed"), threats dressed as regret or concern ("be a shame if someone forwarded your DMs", "I'll be waiting
for you in the lobby"), exclusion of a person or of an identity group from the team's life ("don't tell the women",
"everyone except Noor, please join", "guys like him never fit in"), demeaning a group by implication ("you get what
you pay for" about a team, "diversity hires", "devs over 50 should...") and contempt without insult words (mocking an
accent, age or parenthood, "a trained monkey would write better ... than you"). Each phrasing needs a person or a
group in it, so the same verbs aimed at things ("skip the flaky test", "think twice before escalating to the vendor")
pass. Every rule runs only on texts that hold one of its anchor words.
"""

from __future__ import annotations

import re
from functools import cache

from genaiops.safety.guardrails.casing import lower_cased
from genaiops.safety.guardrails.toxicity_targets import _NOT_A_NAME as NOT_A_NAME
from genaiops.safety.guardrails.toxicity_targets import _anchor_at, _anchor_windows, letter_words
from genaiops.safety.verdict import Span

__all__ = ["implied_spans", "mask_birth_dates"]

_I = re.IGNORECASE
_NAME = rf"(?-i:(?=[A-Z][a-z])(?!{NOT_A_NAME}\b)[A-Z][a-z]+(?:-[a-z]+)?)"
_WHO = rf"(?:you|him|her|them|{_NAME})"
_IDENTITY = (
    r"(?:women|men|girls|ladies|females|males|mothers|moms|mums|dads|fathers|parents|"
    r"old(?:er)? (?:folks|people|guys|engineers|devs|ones|staff|timers)|boomers|"
    r"young(?:er)? (?:folks|people|guys|ones)|foreigners|immigrants|muslims|jews|christians|gays)"
)
_STATUS = (
    r"(?:contractors|new hires|juniors|interns|offshore (?:team|folks|people)|bootcamp (?:grads?|hires)|"
    r"(?:support|qa|ops|night shift) (?:people|folks|guys|team)|diversity hires)"
)
_GROUP = rf"(?:{_IDENTITY}|{_STATUS})"
_RULES: tuple[tuple[str, str, str], ...] = (  # (label, anchor words: see _ANCHORS, pattern)
    ("THREAT", "shame pity", r"\b(?:shame|pity) if (?:your|someone|somebody|you)\b"),
    (
        "THREAT",
        "accident accidents + tend might could usually often will",
        r"\b(?:people|folks|anyone|those|you|he|she|they|snitches)\b[^.!?]{0,40}?"
        r"\b(?:tend to|might|could|usually|often|will) (?:have|meet with) accidents?\b",
    ),
    ("THREAT", "waiting", r"\b(?:i'?ll|i will|i'?m gonna|someone will) be waiting for you\b"),
    (
        "THREAT",
        "were + wouldn",
        r"\bi (?:wouldn'?t|would not) (?:come|show up|go|walk|turn up|be)\b[^.!?]{0,40}\bif i were you\b",
    ),
    ("THREAT", "back + watch", r"\bwatch your back\b(?!-)"),
    ("THREAT", "regret + my me", r"\b(?:you'?ll|you will) regret \w+ing\b(?=[^.!?]{0,40}\b(?:my|me)\b)"),
    ("THREAT", "eye yourself", r"\bsleep with one eye open\b|\bwatch yourself\b(?!\s+(?:on|with|around)\b)"),
    (
        "THREAT",
        "know + train bus car route gym school bar",
        r"\bknow (?:which|what|where) (?:train|bus|car|route|gym|school|bar)\b[^.!?]{0,20}?\b(?:you|your)\b",
    ),
    (
        "INTIMIDATION",
        "hears off + about project team",
        r"\b(?:hr|your manager|your boss|everyone) hears? about you\b|"
        r"\bor you'?re (?:off|out of|gone from) (?:the|this) (?:project|team)\b",
    ),
    (
        "INTIMIDATION",
        "won wouldn + team company job role project",
        r"\byou (?:won'?t|will not|wouldn'?t) (?:be|stay|last|remain) (?:on|in|at|with|here|around)\b"
        r"[^.!?]{0,30}?\b(?:team|company|job|role|project)\b",
    ),
    (
        "INTIMIDATION",
        "looking searching + job",
        r"\b(?:you'?ll|you will|you'?d|you would) be (?:looking|searching) for (?:a |another )?(?:new )?job\b",
    ),
    ("INTIMIDATION", "see + never don won not", r"\bsee to it (?:that )?you (?:never|don'?t|won'?t|do not)\b"),
    ("INTIMIDATION", "promoted", r"\byou(?:'ll| will)? (?:never|won'?t|will not|don'?t) (?:get|be) promoted\b"),
    ("INTIMIDATION", "visa", r"\bvisa\b[^.!?]{0,60}?\b(?:think twice|be careful|keep quiet|keep your head down)\b"),
    (
        "INTIMIDATION",
        "twice",
        r"\bthink twice before (?:complaining|speaking up|going to hr|questioning|disagreeing|crossing|pushing back)\b",
    ),
    (
        "INTIMIDATION",
        "hears finds learns tell + or",
        r"\bor (?:everyone|everybody|the whole team|hr|your manager) (?:hears|finds out|learns|will hear|will find out)"
        r" about your\b|\bor i(?:'ll| will)? tell \w+ (?:that )?you\b",
    ),
    (
        "INTIMIDATION",
        "probation",
        r"\b(?:don'?t|do not|never|won'?t) (?:make it|get|last) (?:through|past) probation\b",
    ),
    (
        "INTIMIDATION",
        "review appraisal + your + hate shame will might could would",
        r"\b(?:hate|shame) for your (?:review|appraisal|performance review|reference) to\b|"
        r"\byour (?:review|appraisal) (?:will|might|could|would) (?:mention|say|reflect)\b",
    ),
    (
        "INTIMIDATION",
        "feed pay",
        r"\byou(?:'ve| have)? (?:got )?(?:kids|a family|children|a mortgage) to (?:feed|pay)\b",
    ),
    (
        "EXCLUSION",
        "people guys folks girls women men type types + like + him her them you that + always never don can won tend "
        "only",
        r"\b(?:people|guys|folks|girls|women|men|types?) like (?:him|her|them|you|that)\b"
        r"[^.!?]{0,40}?\b(?:always|never|don'?t belong|can'?t|won'?t|tend to|only ever)\b",
    ),
    (
        "EXCLUSION",
        "people guys folks type types + like + him her them + not don skip stop without never",
        rf"\b(?:not|don'?t|skip|stop|without|never) (?:invit\w+|includ\w+|loop\w* in|add\w*|ask\w*) {_WHO}\b"
        r"[^.!?]{0,60}?\b(?:people|guys|folks|types?) like (?:him|her|them)\b",
    ),
    ("EXCLUSION", "kind", r"\b(?:his|her|their|your) kind (?:always|never|don'?t|can'?t|are|is|just|tend)\b"),
    (
        "EXCLUSION",
        "tell telling invite inviting include including loop looping ask asking + women men girls ladies females males "
        "mothers moms mums dads fathers parents old older boomers young younger foreigners immigrants muslims jews "
        "christians gays",
        rf"\b(?:don'?t|do not|never|without|not) (?:tell(?:ing)?|invit\w+|includ\w+|loop(?:ing)? in|ask(?:ing)?) "
        rf"(?:any of )?(?:the )?{_IDENTITY}\b",
    ),
    (
        "EXCLUSION",
        "so + can cannot won don + make come join attend there",
        rf"\bso (?:that )?(?:the )?{_GROUP}\b[^.!?]{{0,25}}?\b(?:can'?t|cannot|won'?t|don'?t) "
        r"(?:make it|come|join|attend|be there)\b",
    ),
    (
        "EXCLUSION",
        "without + photo lunch drinks dinner party offsite channel call",
        rf"\b(?:photo|lunch|drinks|dinner|party|offsite|channel|call) without (?:the )?{_GROUP}\b",
    ),
    ("EXCLUSION", "part", r"\bnot (?:really |truly |even )?part of (?:the|this|our) team\b(?!')"),
    (
        "EXCLUSION",
        "except but + join come attend hop",
        rf"\b(?:everyone|everybody|all of you) (?:but|except) {_NAME},? (?:please )?(?:join|come|attend|hop on)\b",
    ),
    (
        "EXCLUSION",
        "slow drag hold",
        r"\b(?:she|he|they)(?:'ll| will| would)? (?:only|just) (?:slow|drag|hold) (?:us|everyone|the team) "
        r"(?:down|back)\b",
    ),
    (
        "EXCLUSION",
        "anyway",
        r"\b(?:she|he|they) (?:wouldn'?t|won'?t|can'?t|couldn'?t) (?:follow|understand|get it|keep up|contribute)\b"
        r"[^.!?]{0,15}?\banyway\b",
    ),
    (
        "EXCLUSION",
        "skip stop + inviting including looping cc ccing",
        rf"\b(?:skip|stop) (?:inviting|including|looping in|cc'?ing) {_WHO}\b",
    ),
    ("EXCLUSION", "invited + nobody one + you him her them", r"\b(?:nobody|no one) invited (?:you|him|her|them)\b"),
    (
        "EXCLUSION",
        "want + we + don not + you him her them",
        r"\bwe (?:don'?t|do not) want (?:you|him|her|them) (?:in|on|here|around|at)\b",
    ),
    ("EXCLUSION", "welcome + not", r"\b(?:you'?re|you are|he'?s|she'?s|they'?re) not welcome\b"),
    ("EXCLUSION", "ignore + does", rf"\bignore {_WHO},? (?:everyone|everybody) (?:else )?does\b"),
    ("EXCLUSION", "real + engineers", r"\b(?:for|only|just) (?:the )?real engineers\b"),
    (
        "GROUP",
        "pay + get",
        r"\b(?:team|office|desk|contractors|offshore|people|folks|devs|engineers|hires)\b[^!?]{0,60}?"
        r"\byou get what you pay for\b",
    ),
    (
        "GROUP",
        "course typical surprise naturally figures",
        rf"\b(?:of course|typical(?:ly)?|no surprise|naturally|figures)\b[^.!?]{{0,60}}?\b(?:by|from|of) "
        rf"(?:a|an|the|one of the|some) (?:{_GROUP}|bootcamp grad|{_NAME} (?:team|office|desk)|"
        r"\w+ (?:people|folks|guys))\b|"
        rf"\b(?:by|from) (?:a|an|the|one of the|some) (?:{_GROUP}|bootcamp grad),? "
        r"(?:of course|again|as usual|obviously|naturally)\b",
    ),
    (
        "GROUP",
        "better worse + kind sort",
        rf"\b(?:they'?re|they are|{_IDENTITY}\b[\w ]{{0,20}}? are) (?:just )?"
        r"(?:better|worse|naturally \w+|no good|bad) at (?:that|this) (?:kind|sort)\b",
    ),
    (
        "GROUP",
        "mom mum mother dad father parent moms mums mothers dads fathers parents",
        r"\b(?:new|young|single) (?:mom|mum|mother|dad|father|parent)s?\b[^.!?]{0,40}?"
        r"\b(?:don'?t expect|can'?t expect|won'?t care|doesn'?t care|anymore)\b",
    ),
    (
        "GROUP",
        "english + broken",
        r"\b(?:another|again|as usual|good luck|typical)\b[^.!?]{0,60}\bbroken english\b|"
        r"\bbroken english\b[^.!?]{0,40}\b(?:again|as usual|good luck)\b",
    ),
    (
        "GROUP",
        "get people + those these kind",
        r"\bwhat you get (?:with|from) (?:those|these|that kind of) people\b|"
        r"\b(?:typical|classic|as usual) (?:for |of )?(?:those|these) people\b",
    ),
    (
        "GROUP",
        "hire hiring recruit recruiting",
        r"\b(?:hire|hiring|recruit\w*) (?:fewer|less|no|any more) (?:people|devs|engineers|folks) from\b|"
        r"\b(?:stop|never|quit|no more) (?:hiring|recruiting) (?:\w+ )?from (?:that|those|this) "
        r"(?:country|countries|region|place|part of the world)\b",
    ),
    (
        "GROUP",
        "over past older + should can cannot shouldn must are aren",
        r"\b(?:devs|developers|engineers|people|folks|guys|anyone|staff|employees) (?:over|past|older than) "
        r"(?:\d\d|forty|fifty|sixty)\b[^.!?]{0,20}?\b(?:should|can'?t|cannot|shouldn'?t|must|are too|aren'?t)\b",
    ),
    (
        "GROUP",
        "all + lazy useless stupid incompetent clueless hopeless idiots",
        rf"\b(?:{_GROUP}|the \w+ team) (?:are|is) all (?:lazy|useless|stupid|incompetent|clueless|hopeless|idiots)\b",
    ),
    ("GROUP", "old + too", rf"\b(?:you'?re|you are|he'?s|she'?s|{_NAME} is) too old (?:to|for)\b"),
    ("GROUP", "diversity quota token", r"\b(?:diversity|quota|token) hires?\b"),
    (
        "GROUP",
        "typical",
        r"\btypical (?:of|for) (?:the|those|these|our) (?:\w+ )?(?:people|folks|guys|devs|engineers|hires|women|men|"
        r"girls|juniors|contractors|interns|grads)\b",
    ),
    (
        "HARASSMENT",
        "monkey chimp toddler child kid baby old + than like",
        rf"\b(?:a|an) (?:trained |drunk )?(?:monkey|chimp|toddler|child|kid|five[- ]year[- ]old|baby) "
        rf"(?:could|would|can) \w+\b[^.!?]{{0,40}}?\bthan {_WHO}\b|"
        r"\byour \w+ (?:reads|looks) like (?:it was )?(?:written|done|coded|built|designed) by an? (?:drunk |blind )?"
        r"(?:toddler|monkey|chimp|child|five[- ]year[- ]old)\b|"
        r"\byou (?:write|code|type|work|think|deploy) (?:code )?like an? (?:drunk |trained )?"
        r"(?:monkey|toddler|chimp)\b",
    ),
    (
        "HARASSMENT",
        "respects trusts respect trust put tolerate shut worst",
        r"\b(?:nobody|no one|noone) (?:here |on this team )?(?:respects|trusts|listens to|takes) you\b|"
        r"\bshut your (?:mouth|trap|face)\b|\byou(?:'re| are) the worst \w+ (?:i'?ve|i have|i'?ve ever|ever|on)\b|"
        r"\bwe (?:just |only )?(?:put up with|tolerate) you\b",
    ),
    (
        "HARASSMENT",
        "mute mouth",
        rf"\bmute button for {_WHO}|\bevery time (?:you|he|she|{_NAME}) opens? (?:your|his|her|their) mouth\b",
    ),
    (
        "HARASSMENT",
        "accent + his her their your + impossible terrible awful unbearable painful annoying hilarious",
        r"\b(?:his|her|their|your) accent\b[^.!?]{0,30}?\b(?:impossible|terrible|awful|unbearable|painful|annoying|"
        r"hilarious)\b",
    ),
    ("HARASSMENT", "understand + word + says", r"\bcan'?t understand a (?:single )?word (?:he|she|they) says\b"),
    (
        "HARASSMENT",
        "translate + said + english normal",
        rf"\btranslate what {_NAME} (?:just )?said into (?:english|normal)\b",
    ),
    (
        "HARASSMENT",
        "ok okay + boomer grandpa grandma gramps granny zoomer",
        r"\bok(?:ay)?,? (?:boomer|grandpa|grandma|gramps|granny|zoomer)\b",
    ),
    (
        "HARASSMENT",
        "did + mom mommy mum mummy dad daddy mother",
        r"\bdid your (?:mom|mommy|mum|mummy|dad|daddy|mother) (?:write|do|make|help)\b",
    ),
    (
        "HARASSMENT",
        "only + got",
        rf"\b(?:you|he|she|{_NAME}) only got (?:promoted|hired|the job|the role|in) (?:because|since|cause)\b",
    ),
    (
        "HARASSMENT",
        "little look nice + your his her up of",
        r"\b(?:your|his|her) little (?:diagrams?|scripts?|ideas?|projects?|docs?|slides?|prs?)\b|"
        r"\blook who (?:finally |decided to )?(?:showed|show|turned|rolled) up\b|\bnice of you to (?:grace|finally)\b",
    ),
    (
        "HARASSMENT",
        "competent capable smart + instead rather other",
        rf"\b(?:someone|somebody|anyone) (?:competent|capable|smart)\b[^.!?]{{0,40}}?"
        rf"\b(?:instead of|rather than|other than) {_WHO}\b",
    ),
    (
        "HARASSMENT",
        "back rest + behind us",
        r"\beveryone (?:says|thinks|knows|talks about) (?:so |it |that )?behind your back\b|"
        r"\bwhile the rest of us (?:carry|cover|do|pick up) (?:your|his|her|their)\b",
    ),
)
_ANCHORS = tuple(tuple(frozenset(group.split()) for group in anchors.split("+")) for _, anchors, _ in _RULES)
"""Per rule, groups of words of which its every phrasing holds one each ("a + b c": "a" and one of "b", "c")."""
_ALL_FIRST = frozenset().union(*(groups[0] for groups in _ANCHORS))


@cache
def _pattern(index: int) -> re.Pattern[str]:
    """Rule ``index`` compiled on first use (all of them up front would cost every import tens of ms)."""
    return re.compile(_RULES[index][2], _I)


def implied_spans(text: str) -> list[Span]:
    """Spans of hostility by implication (labels as :func:`toxicity_targets.hostile_spans`): only the rules with
    their anchor words in the text run, each only near its first group of anchor words."""
    lower = lower_cased(text)
    words = letter_words(lower)
    if _ALL_FIRST.isdisjoint(words):
        return []
    spans: dict[tuple[int, int], Span] = {}
    for index, ((label, _, _), groups) in enumerate(zip(_RULES, _ANCHORS, strict=True)):
        if groups[0].isdisjoint(words) or any(g.isdisjoint(words) for g in groups[1:]):
            continue
        if len(lower) == len(text):  # near the first group's words (the rules reach under 150 characters from them)
            near = groups[0] & words
            found = sorted((m.start(), m.end(), w) for w in near for m in _anchor_at(w).finditer(lower))
            windows = _anchor_windows(text, found, near)
        else:
            windows = [(0, len(text))]
        for a, b in windows:
            for m in _pattern(index).finditer(text, a, b):
                spans.setdefault((m.start(), m.end()), Span(start=m.start(), end=m.end(), label=label))
    return list(spans.values())


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_BIRTH_DATE = re.compile(
    rf"\bborn\b(?=\s+(?:on\s+|in\s+)?(?:\d{{1,4}}[./\-\s]|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d|⟦[A-Z_]*(?:DATE|BIRTH)))",
    _I,
)


def mask_birth_dates(text: str) -> str:
    """``text`` with "born" blanked where a date follows it ("born 03.03.1990", "born on 1 Jan 2001"): a date of
    birth in a record, which the word model (trained on tweets) would read as a cue; a redacted date
    ("born ⟦DATE_OF_BIRTH_xxxx⟧", what ``review_output`` scans) counts as a date. Same length, spans stay valid."""
    if "born" not in text.lower():
        return text
    return _BIRTH_DATE.sub(lambda m: " " * len(m.group()), text)
