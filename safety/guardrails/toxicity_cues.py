"""Hostility from cues that only mean something together: toxicity about people that no single phrase carries.

:mod:`toxicity_targets` and :mod:`toxicity_implied` match hostile *phrasings*. Workplace hostility often has none:
"your visa renewal letter comes from me, remember" is a lever (visa, contract, bonus, review) plus a reminder of who
holds it; "careful who you cc, people who make noise have bad years here" is a protest act plus a promise of
retaliation; "leave Ahmed off the bridge, his accent slows everyone down" is an exclusion plus a protected attribute.
Each rule here is such a pair of cue classes found in one message (a few in German, French and Spanish too), or a
short rhetorical form of belittling ("did you even read...", "the only thing you're good at", gaslighting). A cue
alone never flags: "visa sponsorship is available", "remember to restart the worker", "exclude the contractors'
accounts from SSO" and "several people are fasting, avoid late meetings" pass. Group generalisations are not judged
in texts that speak as policy ("eligible", "regardless of", "welcome").

Rules run only on texts holding one of their anchor strings (lower-case substrings; accents kept).
"""

from __future__ import annotations

import re
from functools import cache

from genaiops.safety.guardrails.casing import lower_cased
from genaiops.safety.guardrails.toxicity_targets import _NOT_A_NAME as NOT_A_NAME
from genaiops.safety.guardrails.toxicity_targets import letter_words
from genaiops.safety.verdict import Span

__all__ = ["cue_spans", "mask_named_terms"]

_I = re.IGNORECASE
_NAME = rf"(?-i:(?!{NOT_A_NAME}\b)[A-Z][a-zà-ÿ]+)"
_ADDRESSEE = (
    r"\b(?:you|your|yours|you'?re|u|ur|yourself|du|dein\w*|dich|dir|tu|ton|ta|tes|toi|te|tú|tus?|vous|votre)\b|"
    rf"(?:^|[,;:.!?]\s*|@){_NAME}(?=\s*[,.!?:;]|\s*$)"
)
"""A person spoken to: a second-person word, or a name set off by commas ("..., Rohan." / "@dana")."""
_TARGETED = _ADDRESSEE + r"|\b(?:anyone|anybody|those|people|whoever|everyone|contractors|folks) who\b"
"""Someone spoken to, or anyone a rule is laid down for ("anyone who leaves before 9pm")."""
_LEVER = (
    r"\b(?:visa|h-?1b|work permit|green card|residence permit|titre de séjour|permis de séjour|aufenthalt\w*|"
    r"contract|contrat|contrato|vertrag\w*|renewal|renewed|renew|renovación|extended|extension|probation|"
    r"mortgage|bonus|promotion|promoted|(?:a|the|your|that|my) raise|calibration|performance review|"
    r"your (?:annual |mid-?year )?review|"
    r"appraisal|(?:your|a) reference|layoffs?|let go|hire (?:you|him|her)|(?:your|this) job|career|carrière|"
    r"karriere)\b"
)
"""What a person's livelihood hangs on, and so what can be held over them."""
_COERCION = (
    r"\b(?:depends on|dépend de|depende de|hängt (?:\w+ )?(?:von|ab)|comes from me|(?:i|we) (?:sign|decide|approve) "
    r"(?:it|your|that|them)|remember(?! to\b)|think twice|réfléchis|piénsalo|überleg dir|think about (?:that|it)|"
    r"your choice|ton choix|tu decisión|either\b[^.?!]{3,60}\bor\b|see how (?:your|long)|long memor\w*|"
    r"consider (?:your|their|his|her) \w+ gone|i can make your|(?:i'?ll|i will) make sure|do you (?:really )?want "
    r"(?:to|that)|you want (?:that|your|the) [^.?!]{1,30}\?\s*then|(?:don'?t|won'?t|never|do not) get "
    r"(?:extended|renewed|promoted|hired|a raise)|(?:i'?m|i am|we'?re|we are) watching|olvídate de|oublie (?:ton|ta)|"
    r"vergiss (?:dein|deine)|you don'?t (?:really )?get to|not to hire|(?:i'?d|you'?d better|better) stop "
    r"(?:arguing|complaining|pushing|asking|talking))"
)
"""Words that turn a lever into a demand: a condition, a reminder of who holds it, a threat to withhold it."""
_PROTEST = (
    r"\b(?:complain\w*|escalat\w*|eskalier\w*|report (?:this|me|it|that)|push(?:ing)? back|question(?:ing|s)? my|"
    r"disagree\w*|say(?:ing)? no|refus\w*|block(?:ing)? my|reject\w* my|vot\w* against|go(?:ing)? to hr|union|"
    r"speak(?:ing)? up|make noise|raising|keep being difficult|quejar\w*|plaindre|beschwer\w*|bloquear)"
)
"""Someone standing up for themselves: what retaliation punishes."""
_RETALIATION = (
    r"\b(?:remember who|we remember|long memor\w*|keep a list|(?:find out|see|learn) what happens to|tend to have "
    r"(?:bad|short|rough|a hard)|bad years?|(?:don'?t|won'?t|never|do not) (?:get|last|stay) (?:extended|renewed|"
    r"promoted|hired|long)|think about that|think twice|überleg dir|piénsalo|réfléchis|olvídate|"
    r"see how (?:your|long)|i know people (?:at|in)|i know (?:where|which)|funny how|right after you)"
)
_PRIVATE = (
    r"\b(?:i|we) (?:know|found|have|got|looked up)\b[^.!?]{0,30}?\b(?:"
    r"where you (?:live|park|sleep)\b(?!\s+(?:the|this|that|your|my|our|a|an)\b)|"
    r"which (?:parking spot|car|house|flat|apartment|school)\b[^.!?]{0,20}?\b(?:you|yours|your)\b|"
    r"your (?:home )?address|"
    r"your (?:instagram|facebook|phone number|kids|children|wife|husband|daughter|son|family|parents|home|car|school))|"
    r"\bich weiß,? wo (?:du|dein\w*)\b|\bs[ée] d[óo]nde (?:vives|vive|están)\b|\bje sais où (?:tu|ta|ton|tes)\b|"
    r"\bi know people (?:at|in) the (?:consulate|embassy|immigration|police|hr|visa)\b|"
    r"\byour (?:wife|husband|partner|kids|children|daughter|son|family) (?:works?|goes|go|lives?) (?:at|to|in)\b"
)
"""The speaker showing they hold someone's private life: a threat as soon as a demand is near."""
_EXPOSURE = (
    r"\b(?:post|share|leak|forward|send|publish|show)\w* (?:your|his|her)\b[^.!?]{0,30}?\b(?:dms?|messages|phone "
    r"number|number|address|photos?|pictures?|screenshots?|chats?|emails?|history)\b[^.!?]{0,40}?\b(?:to|on|with|in"
    r"|around) (?:the whole|everyone|everybody|all of|hr\b|the public|public|twitter|linkedin|discord|reddit|the "
    r"internet|the company|the channel|the team|your (?:new |old )?(?:wife|husband|partner|family|parents|manager|"
    r"boss|recruiter|team|colleagues|client|kids))|"
    r"\b(?:screenshots?|recordings?|copies|a record) of (?:what|everything) you (?:said|wrote|did|posted)\b|"
    r"\b(?:your (?:old |new )?(?:manager|boss|wife|husband|family|recruiter)|hr|everyone) would (?:love|like|be "
    r"(?:interested|curious|happy)) to (?:see|hear|know|read)\b"
)
_HARM_IF = (
    r"\b(?:shame|pity|sad|terrible|awful|unfortunate|too bad)\b,? if (?:they|you|your|he|she|someone|his|her)\b"
    r"[^.!?]{0,40}?\b(?:got|get|were|was|heard|found|lost|let go|fired|reimaged|deleted|leaked)\b"
)
_GASLIGHT = (
    r"\b(?:never happened|(?:i )?never (?:said|told you)|you(?:'re| are) imagining|misremember\w*|inventing things|"
    r"making (?:things|stuff|it) up|your memory|it was (?:just )?a joke|everyone else laughed)"
)
_PATHOLOGISE = (
    r"\b(?:worry about you|get your head checked|see a doctor|(?:the )?problem is you|you need help|as usual|"
    r"you always|(?:you'?re|you are) (?:so|too|being) (?:sensitive|emotional|dramatic|paranoid))\b"
)
_DEFICIENT = "slow|lazy|dense|thick|sloppy|dim|hopeless|helpless|careless|annoying|unbearable|exhausting"
_BELITTLE = (
    r"\b(?:did|do|does) (?:you|he|she) even (?:read|test|try|look|check|compile|run|open|think|understand|review|"
    r"bother|know)\b|\bhast du überhaupt\b|\bis [\w-]+ (?:too )?hard for you\b|"
    r"\bor (?:are you|is (?:he|she)) just\b|\bor (?:do you |did you )?just (?:mash|guess|close|click|copy|make)\b|"
    r"\bdo you practi[sc]e\b|"
    rf"\bwho hired (?:{_NAME}|him|her|you|this guy)\b|\bthe bar (?:must have been|was) (?:on the floor|that low)\b|"
    rf"\bwhat (?:{_NAME}|he|she|you|they) (?:even |actually )?brings? to (?:this|the|our) team\b|"
    rf"\b(?:{_NAME}|he|she) thinks (?:he|she)'?s an? \w+|"
    rf"\b(?:the only thing|all) (?:you'?re|you are|he'?s|she'?s|he is|she is|they'?re|{_NAME} is) good (?:at|for)\b|"
    r"\bwalking (?:outage|disaster|incident|liability|catastrophe)\b|"
    r"\bshouldn'?t be allowed (?:near|anywhere near|to touch)\b|"
    rf"\b(?:{_NAME}|he|she|you) (?:whines|moans|whinges|nags)\b|\bkeep (?:crying|whining|moaning|whinging)\b|"
    r"\b(?:seen|written|got|had) better \w+ (?:from|by) an?\b|"
    r"\b(?:any|every|jeder|jede|n'importe quel|cualquier) (?:intern|junior|student|praktikant\w*|stagiaire|becario|"
    r"child|kid)\b[^.!?]{0,30}?\b(?:than|als|que) (?:you|du|toi|tú|ti)\b|"
    rf"\b(?:replace|remplacer|ersetzen|reemplazar) (?:you|him|her|{_NAME}|te|dich|te)? ?(?:with|by|par|durch|por) "
    r"(?:an?|un|une|ein\w*|una?) (?:script|bot|cron|shell script|monkey)\b|"
    r"\bte remplacer par\b|"
    r"\bdu bist (?:so |echt |total |wirklich )?(?:dumm|nutzlos|unfähig|blöd|inkompetent|ein idiot|ein versager)\b|"
    r"\b(?:tu es|t'es) (?:vraiment |tellement |complètement )?(?:inutile|nul|nulle|incompétent\w*|idiot\w*|débile)\b|"
    r"\b(?:tu ne sers|il ne sert|elle ne sert) à rien\b|\bno sirves para nada\b|\bzu nichts zu gebrauchen\b|"
    r"\beres (?:un |una |muy |tan )?(?:inútil|idiota|incompetente|tont[oa]|estúpid[oa])\b|"
    rf"\b(?:are you|you'?re|you are|is (?:he|she)|(?:he|she)'?s|{_NAME} is) (?:always |just |so |this |that |really )+"
    rf"(?:{_DEFICIENT})\b|"
    rf"\b(?:you|he|she|{_NAME}) (?:has|have|'ve got|got) the (?:memory|attention span|brains?|iq|skills?|manners|"
    r"personality) of an? \w+|"
    r"\bthanks for nothing\b|"
    rf"\bhow (?:did|do|does) (?:you|he|she|{_NAME}) (?:even |ever )?(?:get|got) (?:hired|promoted|this job|the job|in "
    r"here)\b|"
    rf"\b(?:quit|stop) (?:whining|crying|moaning|whinging|sulking)\b(?!,? {NOT_A_NAME}\b)|"
    r"\b(?:grown-?ups|adults) are talking\b|"
    r"\btake an? (?:english|language|accent|speech|grammar) (?:class|course|lesson)\b|"
    r"\b(?:smile more|you should smile)\b|\bfor people like (?:you|him|her|them)\b|"
    rf"\b(?:congrats|congratulations|well done|great job|bravo|nice job|nice work)\b,? (?:{_NAME},? )?(?:on|for) "
    r"(?:breaking|taking down|crashing|failing|missing|deleting)\b|"
    r"\b(?:wow|truly|impressive)\b[^.!?]{0,25}?\banother \w+ with (?:zero|no) \w+"
)
"""Belittling without an insult word: rhetorical questions, mock praise, comparisons with an intern or a script."""
_BELITTLE_ANCHORS = (
    "you even|he even|she even|überhaupt|hard for you|or are you just|or is he just|or is she just|just mash|"
    "just guess|just close|just click|just copy|just make|you practise|you practice|who hired|the bar must|"
    "the bar was|brings to|bring to|thinks he|thinks she|good at|good for|walking outage|walking disaster|"
    "walking incident|walking liability|walking catastrophe|allowed near|allowed anywhere|allowed to touch|whines|"
    "moans|whinges|nags|crying|whining|moaning|whinging|sulking|seen better|written better|got better|had better|"
    "than you|als du|que toi|que tú|que ti|with a script|with a bot|with a cron|with a shell|with a monkey|by a script|"
    "by a bot|by a monkey|te remplacer|par un|durch ein|por un|du bist|tu es|t'es|eres|sers à rien|sert à rien|"
    "sirves para|zu nichts|smile more|should smile|for people like|congrats|congratulations|well done|great job|"
    "bravo|nice job|nice work|with zero|with no |the memory of|the attention span of|the brain of|the brains of|"
    "the iq of|the skills of|the skill of|the manners of|the personality of|thanks for nothing|get hired|got hired|"
    "get promoted|got promoted|get this job|got this job|get the job|got the job|get in here|got in here|grown-ups|"
    "grownups|grown ups|adults are|"
)
"""Every match of :data:`_BELITTLE` holds one of these."""
_BELITTLE_ANCHORS += "|".join(  # an intensifier and a deficiency; "take an English class"
    [f"{i} {a}" for i in ("always", "just", "so", "this", "that", "really") for a in _DEFICIENT.split("|")]
    + [f"{w} {c}" for w in ("english", "language", "accent", "speech", "grammar") for c in ("class", "course")]
    + [f"{w} lesson" for w in ("english", "language", "accent", "speech", "grammar")]
)
_WHY_ANCHORS = (
    "anyway|they never|slows everyone|slow everyone|slows us|slow us|slows things|slow things|slows the call|"
    "slow the call|take forever|easier for us|easier for all of us|t count|t really count|eh nichts|pas son truc|"
    "his thing|her thing|their thing|or not|pointless|people like|"
)
_WHY_ANCHORS += "|".join(
    f"{who}{verb} {adverb}"
    for who in ("he", "she", "they")
    for verb in ("", "'ll", " will", " would")
    for adverb in ("just", "only")
)
"""Every match of :data:`_EXCLUDE_WHY` holds one of these."""
_OUT_IF = (
    r"\b(?:wenn|if|si|unless)\b[^.!?]{0,60}?\b(?:bist du raus|you'?re (?:out|off|gone)|tu es (?:viré|dehors)|"
    r"estás fuera)\b"
)
_OUT_IF_FIRST = r"\b(?:bist du raus|you'?re (?:out|off|gone)|tu es (?:viré|dehors)|estás fuera)\b"
_IDENTITY = (
    r"\b(?:women|woman|girls?|ladies|lady|females?|a man|the men|one of the guys|core guys|"
    r"(?:young|younger|old|older) (?:people|folks|guys|engineers|devs|ones|staff|colleagues)|someone (?:young|old)\w*|"
    r"over-?\s?[4-6]0s?|boomers?|gen ?z|zoomers?|millennials|retirement|generational|"
    r"parents|kids|moms?|mums?|dads?|mothers?|fathers?|pregnant|mom of|mum of|"
    r"muslims?|jewish|jews|christians?|hindus?|sikhs?|catholics?|religious|prayers?|pray|praying|ramadan|ramadán|"
    r"church|mosque|synagogue|hijab|turban|"
    r"wheelchair|deaf|blind (?:guy|man|woman|colleague|person|people|intern|dev|engineer|girl|lady|one)|"
    r"autistic|autism|adhd|disabled|disability|"
    r"dyslexi\w*|neurodivergent|stutter\w*|"
    r"accent|native speaker|first language|mother tongue|non-native|foreign\w*|immigrants?|offshore|"
    r"(?:that|this) part of the world|aus dem osten|(?:your|you|those|these) people|"
    r"(?:nobody|no one|anyone|people|devs|engineers|folks|someone) (?:over|past|older than) (?:[3-7]0|forty|fifty|"
    r"sixty)\b(?!\s*(?:ms|s|%|gb|mb|k)\b)|"
    r"indians?|polish|poles|romanians?|rumänien|mexicans?|méxico|mexico|germans|chinese|nigerians?|africans?|"
    r"asians?|arabs?|russians?|ukrainians?|brazilians?|filipinos?|pakistanis?|turks|italians|latinos?|"
    r"eastern europeans?|the french|french office|the brits)\b"
)
"""Protected attributes and origins, as chat names them (a group, or the trait that sets someone apart)."""
_IDENTITY_ANCHORS = (
    "women|woman|girl|girls|ladies|lady|female|females|male|males|a man|the men|core guys|one of the guys|young |"
    "younger |old |older |over-|over 3|over 4|over 5|over 6|over 7|past 3|past 4|past 5|past 6|past 7|older than|"
    "forty|fifty|sixty|boomer|boomers|gen z|genz|zoomer|zoomers|millennials|retirement|generational|parents|"
    "kids|mom|moms|mum|mums|dad|dads|mother|mothers|father|fathers|pregnant|muslim|muslims|jewish|jews|christian|christians|hindu|"
    "hindus|sikh|sikhs|catholic|catholics|religious|prayer|prayers|pray|praying|ramadan|ramadán|church|mosque|"
    "synagogue|hijab|turban|wheelchair|deaf|blind |autistic|autism|adhd|disabled|disability|dyslexic|dyslexia|"
    "neurodivergent|stutter|stutters|stuttering|accent|native speaker|first language|mother tongue|non-native|"
    "foreign|foreigner|foreigners|immigrant|immigrants|offshore|part of the world|osten|your people|you people|"
    "those people|these people|"
    "indian|indians|polish|poles|romanian|romanians|rumänien|mexican|mexicans|méxico|mexico|germans|chinese|"
    "nigerian|nigerians|african|africans|asian|asians|arab|arabs|russian|russians|ukrainian|ukrainians|brazilian|"
    "brazilians|filipino|filipinos|pakistani|pakistanis|turks|italians|latino|latinos|european|europeans|french|brits"
)
"""Every match of :data:`_IDENTITY` holds one of these."""
_STATUS_LEAVE = re.compile(
    r"\b(?:parental|maternity|paternity|shared parental) leave\b|\belternzeit\b|\bcongé (?:parental|maternité)\b", _I
)
_EXCLUDE = (
    r"\b(?:leave|keep|lasst|lass)\b[^.!?]{0,40}?\b(?:off|out|raus)\b|"
    r"\b(?:don'?t|do not|never|not|no need to|let'?s not|won'?t|can'?t|cannot)\b (?:really )?"
    r"(?:add|invite|include|put|give|ask|loop in|cc|bring|need)\b|"
    r"\bwithout (?:the |any )?|\b(?:among|between) (?:the )?(?:core )?(?:guys|men|us)\b|"
    r"\b(?:young|younger) people only\b|\bonly (?:young|younger|men|guys|natives?)\b|"
    r"\b(?:can|will) (?:read|catch up on|watch) the (?:notes|recording)\b|\bfigure it out or not\b|"
    r"\bne va pas inviter\b|\bpas (?:inviter|ajouter)\b|\bsin (?:los|las)\b|\bno (?:invit\w+|añad\w+)\b|"
    r"\bnicht einladen\b|\bohne (?:die|den)\b"
)
"""Keeping someone away from the team's work or life."""
_EXCLUDE_WHY = (
    r"\b(?:anyway|they never|(?:he|she|they)(?:'ll| will| would)? (?:just|only)|slows? (?:everyone|us|things|the "
    r"call) down|take forever|easier for (?:all of )?us|don'?t (?:really )?count|eh nichts|pas son truc|not (?:his|"
    r"her|their) thing|or not|pointless|people like (?:you|him|her|them))\b"
)
"""A reason for leaving someone out that runs them down instead of naming the work."""
_GENERALISE = (
    r"\b(?:always|never|they all|all (?:they'?re|they are)|they(?:'ll| will) just|like the rest|typical|classic|"
    r"of course|as usual|what did (?:we|you) expect|no surprise|not surprised|it'?s (?:cultural|biology|biological|"
    r"genetic|a generational thing|in their blood|their culture)|(?:everyone|everybody) knows|das weiß doch jeder|"
    r"halt|siempre|es cultural|toujours|comme d'habitude|nobody over there|anyone from|surprisingly|fine until|"
    r"can learn to|can'?t keep up|shouldn'?t be|should not be|anyway|wants? (?:another|feedback)|"
    r"you can tell|(?:we all|everyone|everybody) knows? how|should(?:n'?t)? be (?:touching|coding|leading|on))\b"
)
"""Words that make a group one person ("they all", "always", "it's cultural"): with a group, a stereotype."""
_POLICY = (
    r"\b(?:policy|eligible|entitled|regardless|welcome|sponsorship|accommodation|resource groups?|benefits?|"
    r"allowance|accessibility|protected attribute|inclusive|support (?:for|our))\b"
)
"""Text that speaks as policy: groups named to include them."""
_GENDER_TASK = (
    r"\b(?:let|have|get|ask)\b (?:one of )?(?:the )?(?:new )?(?:girls|ladies|women|a woman|a girl|a man|the girl)\b|"
    r"\btime of the month\b|"
    r"\b(?:moms|mums|mothers|women|girls|ladies|dads|older (?:folks|guys|ones))\b[^.!?]{0,20}?\b(?:can|should|could) "
    r"(?:take|do|handle|write|keep) the (?:docs|notes|minutes|coffee|admin|easy \w+|simple \w+)\b|"
    r"\b(?:better|more seriously|more credibl\w*) (?:from|coming from|by) an? (?:man|woman|guy|girl|native speaker|"
    r"younger \w+|older \w+)\b|\bprefer (?:hearing |talking to |dealing with )?an? (?:native speaker|man|woman|guy|"
    r"younger \w+)\b|\ba (?:woman|man)'s touch\b|"
    r"\b(?:surprisingly|pretty|quite|really|actually|not bad|good|smart|sharp|technical|strong|decent|look)\b"
    r"[\w ]{0,20}?\bfor an? (?:girl|woman|lady|mom|mum|mother|female|old(?:er)? (?:guy|man|woman|dev|engineer|person)|"
    r"foreigner|non-native \w+|boomer)\b|"
    r"\b(?:is|are|she'?s|he'?s) (?:pregnant|a (?:new )?mom|a (?:new )?mum|a new dad|disabled|over \d0)\b,? "
    r"so\b[^.!?]{0,40}?\b(?:slip\w*|late|delay\w*|slow\w*|won'?t|can'?t|forget|gone|nothing)\b"
)
"""Judging a person's worth or their task by gender, age, parenthood or origin."""

_RULES: tuple[tuple[str, str, tuple[str, ...]], ...] = (  # (label, anchors of the first pattern, patterns)
    ("INTIMIDATION", "visa|1b|permit|green card|séjour|aufenthalt|contract|contrat|contrato|vertrag|renewal|renewed|"
     "renew|renovación|extended|extension|probation|mortgage|bonus|promotion|promoted|a raise|the raise|your raise|"
     "that raise|my raise|calibration|your review|your annual review|your mid-year review|your midyear review|"
     "performance review|appraisal|your reference|a reference|layoff|layoffs|let go|hire you|hire him|hire her|"
     "your job|this job|career|carrière|karriere",
     (_LEVER, _COERCION, _TARGETED)),
    ("INTIMIDATION", "raus|re out|re off|re gone|viré|dehors|fuera", (_OUT_IF_FIRST, _OUT_IF)),
    ("THREAT", "remember who|we remember|memory|memories|keep a list|happens to|tend to have|bad year|bad years|"
     "extended|renewed|promoted|hired|last long|stay long|think about that|think twice|überleg|piénsalo|réfléchis|"
     "olvídate|see how|know people|know where|know which|funny how|right after you",
     (_RETALIATION, _PROTEST, _TARGETED)),
    ("THREAT", "where you|which parking|which car|which house|which flat|which apartment|which school|address|"
     "instagram|facebook|phone number|your kids|your children|your wife|your husband|your daughter|your son|"
     "your family|your parents|your home|your car|your school|your partner|weiß|dónde|donde|je sais|know people",
     (_PRIVATE,)),
    ("THREAT", "dm|dms|messages|number|address|photo|photos|picture|pictures|screenshot|screenshots|chat|chats|email|"
     "emails|history|recording|recordings|copies|record|would love|would like|interested|curious|happy",
     (_EXPOSURE, _ADDRESSEE)),
    ("THREAT", "shame|pity|sad|terrible|awful|unfortunate|too bad", (_HARM_IF, _ADDRESSEE)),
    ("HARASSMENT", "never happened|never said|never told|imagining|misremember|inventing|making things|making stuff|"
     "making it|your memory|a joke|laughed",
     (_GASLIGHT, _PATHOLOGISE)),
    ("HARASSMENT", _BELITTLE_ANCHORS, (_BELITTLE,)),
    ("EXCLUSION", _IDENTITY_ANCHORS, (_IDENTITY, _EXCLUDE)),
    ("EXCLUSION", _WHY_ANCHORS,
     (_EXCLUDE_WHY, _EXCLUDE)),
    ("GROUP", "girls|ladies|women|a woman|a girl|a man|the girl|moms|mums|mothers|dads|older folks|older guys|"
     "older ones|time of the month|better from|better coming|more seriously|credible|credibly|prefer hearing|"
     "prefer talking|prefer dealing|prefer a|'s touch|"
     "for a girl|for a woman|for a lady|for a mom|for a mum|for a mother|for a female|for an old|for an older|"
     "for a foreigner|for a non-native|for a boomer|pregnant|a mom|a mum|a new dad|disabled|is over|are over|'s over",
     (_GENDER_TASK,)),
    ("GROUP", _IDENTITY_ANCHORS, (_IDENTITY, _GENERALISE)),
)  # fmt: skip
_NOT_UNDER_POLICY = frozenset({"EXCLUSION", "GROUP"})
"""Labels of the rules that judge how people are kept out or talked about: skipped in text that speaks as policy."""
_COMMON = frozenset(
    {"your", "you", "this", "that", "the", "for", "are", "not", "with", "have", "would", "never", "even", "just"}
    | {"only", "who", "what", "where", "which", "see", "know", "make", "good", "they", "their", "his", "her", "him"}
    | {"she", "he", "more", "over", "than", "like"}
)


def _gate_word(anchor: str) -> str:
    """The word (a whole run of a-z) an anchor is found by: its longest uncommon run ("hire you" -> "hire")."""
    runs = sorted(letter_words(anchor.lower()), key=len, reverse=True)
    return next((run for run in runs if run not in _COMMON), runs[0])


_BY_WORD: tuple[dict[str, tuple[str, ...]], ...] = tuple(
    {
        word: tuple(a for a in anchors.split("|") if _gate_word(a) == word)
        for word in map(_gate_word, anchors.split("|"))
    }
    for _, anchors, _ in _RULES
)
"""Per rule, gate word -> the anchors found by it."""
_GATES = tuple(frozenset(by_word) for by_word in _BY_WORD)
"""Per rule, words of which every match of its first pattern holds one: the rule runs only near them."""
_ORDERS = tuple(tuple(sorted(range(len(patterns)), key=lambda i: len(patterns[i]))) for _, _, patterns in _RULES)
"""Per rule, its patterns shortest first: every pattern must match, and a long alternation (the identity words)
costs most to search, so it runs only where the short ones matched (the span is still the first pattern's)."""
_REACH = 200
"""How far from an anchor word a rule looks for its cues (a chat message; the patterns reach under 100 characters)."""


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


_NAMED_TERM = re.compile(
    r"(?:^|(?<=[,;:.!?]))[^,;:.!?\n]{1,40}?(?=\s+(?:is|was|will be) (?:the|our|a|its) (?:new )?(?:codename|code name|"
    r"project name|name|nickname|alias|label|tag|working title) (?:for|of)\b)",
    _I,
)


def mask_named_terms(text: str) -> str:
    """``text`` with a term blanked where the text says it is a name ("ok, boomer is the codename for the
    migration"): a word used as a label, not said to anyone. Same length, so spans stay valid."""
    lower = text.lower()
    if not any(word in lower for word in ("name", "label", "alias", "tag", "title")):
        return text
    return _NAMED_TERM.sub(lambda m: " " * len(m.group()), text)


def _occurrences(lower: str, anchor: str) -> list[int]:
    """Where ``anchor`` starts in ``lower`` (every occurrence, found by the C string search)."""
    found, at = [], lower.find(anchor)
    while at != -1:
        found.append(at)
        at = lower.find(anchor, at + 1)
    return found


def _merged(starts: list[int], length: int) -> list[tuple[int, int]]:
    """Stretches within :data:`_REACH` characters of an anchor, overlapping ones merged."""
    windows: list[tuple[int, int]] = []
    for start in sorted(starts):
        a, b = max(0, start - _REACH), min(length, start + _REACH)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def cue_spans(text: str) -> list[Span]:
    """Spans of hostility that takes two cues together (labels as :func:`toxicity_targets.hostile_spans`): the
    span of the rule's first cue. A rule runs only near the anchor words of its first cue, and finds its other cues
    within :data:`_REACH` characters of them."""
    lower = lower_cased(text)
    words = letter_words(lower)
    judged = text
    if "leave" in lower or "elternzeit" in lower or "congé" in lower:  # "parental leave" is a status, no trait
        judged = _STATUS_LEAVE.sub(lambda m: " " * len(m.group()), text)
    policy: bool | None = None
    spans: list[Span] = []
    for (label, _, patterns), by_word, gate, order in zip(_RULES, _BY_WORD, _GATES, _ORDERS, strict=True):
        near = gate & words
        if not near:
            continue
        if label in _NOT_UNDER_POLICY:
            if policy is None:
                policy = _compiled(_POLICY).search(text) is not None
            if policy:
                continue
        if len(lower) == len(text):
            starts = [at for word in near for anchor in by_word[word] for at in _occurrences(lower, anchor)]
            windows = _merged(starts, len(text))
        else:
            windows = [(0, len(text))]
        for a, b in windows:
            hits = {}
            for i in order:
                hit = _compiled(patterns[i]).search(judged, a, b)
                if hit is None:
                    break
                hits[i] = hit
            else:
                spans.append(Span(start=hits[0].start(), end=hits[0].end(), label=label))
                break
    return spans
