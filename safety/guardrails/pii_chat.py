"""Names the way chat and tickets carry them, and the look-alikes that are not names (#14.6, session 19).

- :func:`find_chat_names`: a lone lower-case first name framed by a person cue, before it ("hey sam", "thanks
  priya", "ping ravi", "@maria", "assigned to kevin", "handing over to nadia") or after it ("john said", "anna is on
  call"), and names coordinated with one ("cc olga and mehmet"). The word must be a known first name that is not an
  English word ("will", "mark", "can") or a product ("cassandra", "hugo"). Such a word is also a name where it starts
  a clause before a verb ("raj pushed the fix", "kemi and ade are off"; not "victoria is down") or owns a work item
  ("chioma's queue"): the text's words are looked up first, the context only for the hits.
- :func:`refine_names`: every PERSON / LOCATION candidate, whichever recogniser proposed it, is checked against
  what operations text is full of: ops software named like people ("Jenkins", "Apache Spark", "Grafana Loki",
  "Travis CI", "Victoria Metrics") is no person unless a person cue frames it or a known first name leads it
  ("Franz Kafka"); a name in ALL CAPS does not run on into the common words around it ("CALL JOHN BACK ASAP" ->
  "JOHN"); no name or place holds a digit ("CONF-7781", "eu-west-1"), and one word between a day and a year is a
  month ("12 Mai 2026").
"""

from __future__ import annotations

import re
from functools import cache

from genaiops.safety.guardrails.casing import lower_cased, lowers_alike
from genaiops.safety.guardrails.pii_cues import VOCATIVE_CUES, cue_names
from genaiops.safety.guardrails.pii_names import PRODUCT_NAMES, gazetteer, previous_words
from genaiops.safety.guardrails.pii_ops import WORLD_FAMILY, WORLD_GIVEN, _wordset
from genaiops.safety.guardrails.toxicity_targets import _INSULT, _SLUR
from genaiops.safety.verdict import Span

__all__ = ["OPS_PRODUCTS", "find_chat_names", "refine_names"]


OPS_PRODUCTS = PRODUCT_NAMES | _wordset(
    """jupyter jupyterhub spark apache hadoop hive presto trino flink dagster luigi celery rabbitmq redis postgres
    postgresql mysql mariadb mongodb mongo cassandra scylla clickhouse druid pinot snowflake redshift bigquery
    dynamodb aurora docker podman helm argo argocd flux istio envoy linkerd traefik nginx haproxy caddy vault
    packer vagrant pulumi puppet saltstack gitlab github bitbucket jira confluence slack pagerduty opsgenie datadog
    splunk newrelic dynatrace honeycomb lightstep zipkin opentelemetry alertmanager cortex victoriametrics fluentd
    fluentbit filebeat opensearch solr zookeeper etcd pulsar minio ceph harbor nexus artifactory sonarqube circleci
    teamcity bamboo spinnaker tekton buildkite cloudwatch cloudflare akamai fastly okta keycloak looker tableau
    airbyte fivetran neo4j neo sage hugo ember crystal haskell storm nova selenium vitess debezium oozie quay
    rancher velero longhorn rundeck calico cilium portainer tyk zeppelin icinga gunicorn uvicorn django flask
    laravel tomcat jetty wildfly crossplane karpenter keda falco trivy skaffold kustomize mattermost zulip"""
)
"""Ops software (CI/CD, data stores, observability, cloud services) whose names a capitalised-run rule can take
for a person; ``PRODUCT_NAMES`` are the ones that are also first names or gods."""
_PRODUCT_TAILS = _wordset(
    """ci cd db metrics streaming connect notebook notebooks server cloud operator exporter agent registry
    enterprise studio hub lab sql sentinel cluster workflows workflow pipelines pipeline scheduler worker workers
    manager gateway proxy controller api sdk cli ui dashboard engine linux os"""
)
"""Words that make the run before them a product ("Travis CI", "Victoria Metrics", "Spark Streaming")."""
_OPS_WORDS = _wordset(
    """job jobs cluster node nodes pod pods service services database db dashboard pipeline deployment traffic
    backup release build host server region replica queue topic bucket namespace alert alerts incident sprint dc
    requests"""
)
"""Ops nouns that no person's name holds ("Job Nightly-Billing", "Austin Traffic")."""
_PERSON_FRAME = _wordset("hi hey hello dear thanks thank thx ty cc mr mrs ms dr prof")
_COMMON_FIRST = _wordset(
    """adam alex andrew ben bob charles chris dan daniel david ed edward george harry henry james jim joe john
    joseph kevin louis mary matt michael mike nick paul peter richard robert ryan sam scott steve thomas tim tom
    tony william kim lee martin simon"""
)
"""First names that the gazetteer also lists as common English words, but that in chat name a person."""
_NOT_LOWER_NAMES = _wordset(
    """will may mark bill rob sue pat max art chase drew page jack frank ray dawn hope grant june april august
    summer rose joy faith grace rich guy dev boss mate buddy bot all team everyone folks guys sir"""
)
"""First names that are as often English words (or chat words) in lower-case text."""


@cache
def _lower_first_names() -> frozenset[str]:
    gaz = gazetteer()
    common = gaz.common_words - _COMMON_FIRST
    return (gaz.first_names | WORLD_GIVEN) - common - _NOT_LOWER_NAMES - OPS_PRODUCTS


@cache
def _lower_family_names() -> frozenset[str]:
    """Family names that may follow a title ("mr patel", "MRS ANDERSON"): no common English word or product."""
    gaz = gazetteer()
    return (gaz.last_names | WORLD_FAMILY) - gaz.common_words - _NOT_LOWER_NAMES - OPS_PRODUCTS


_TITLED = re.compile(r"(?<![\w.])(?:mr|mrs|ms|dr)\.?[ \t]+([a-z][a-z'\-]+)(?![\w@.\-]\w)")
_TITLE_WORDS = _wordset("mr mrs ms dr mr. mrs. ms. dr.")


_AFTER = re.compile(
    r" (?:said|says|wrote|asked|approved|merged|fixed|confirmed|noticed|mentioned|thinks|reviewed|is on[ -]call|"
    r"is out|is off|has the pager|took over|will take)\b"
)
"""An act after the name; the name is the word before it, at the start of a line or clause."""
_NAME_BEFORE_ACT = re.compile(r"(?:^|(?<=[\n,;:.!?(]) ?|(?<=\band ))([a-z][a-z'\-]+)\Z")
_AND_NEXT = re.compile(r"(?:,\s*|\s+(?:and|&)\s+)([a-z][a-z'\-]+)\b")
_CAPS_STRETCH = re.compile(r"\b[A-Z]{2,}[ \t]+[A-Z]{2,}[ \t]+[A-Z]{2,}\b")
_AFTER_NAME = re.compile(r"[\w@.\-]\w|\w")
"""What may not follow a name after a cue: a word character, or one glued on ("sam.lee", "ravi@corp", "ana-vm")."""
_SHAPE_END = re.compile(r"[ \t]*(?:[,!?.:;)]|\n|\Z)")
_NO_VOWEL = re.compile(r"[^aeiouy]+")
_CHAT_JARGON = _wordset(
    """everyone everybody anyone folks guys gang crew people peeps yall y'all ops devops sre infra oncall on-call
    bot bots channel here again all both mate mates pal buddy bud boss chief fam lol"""
)
"""Words people address in chat that are not names ("thanks folks!", "hi infra,")."""
_ABUSE = re.compile(rf"{_INSULT}|{_SLUR.pattern}", re.IGNORECASE)
"""Insults and slurs (the toxicity scanner's lists): "hey dumbass," addresses no name."""


def _cue_hits(text: str, lowered: str, names: frozenset[str]) -> list[tuple[int, int]]:
    """The first word after each person cue (:mod:`pii_cues`); after a greeting or thanks, a word of a name's shape
    that no name list holds as well ("cheers femi!", "thanks oluwadamilare,")."""
    hits = []
    for cue, start, end in cue_names(lowered):
        end = start + len(lowered[start:end].split(None, 1)[0])
        if _AFTER_NAME.match(lowered, end):
            continue
        word = lowered[start:end]
        if word in names or (cue in VOCATIVE_CUES and _name_shaped(word) and _SHAPE_END.match(lowered, end)):
            hits.append((start, end))
    return hits


def _name_shaped(word: str) -> bool:
    """A lone word that may be a name no list holds: letters only, a vowel, no English, ops or chat word."""
    return (
        len(word) > 2
        and word.isalpha()
        and not _NO_VOWEL.fullmatch(word)
        and word not in gazetteer().common_words
        and word not in OPS_PRODUCTS
        and word not in _NOT_LOWER_NAMES
        and word not in _CHAT_JARGON
        and word not in _OPS_WORDS
        and _ABUSE.fullmatch(word) is None
    )


_SPEAKER = re.compile(r"[ \t]*(?:\[[\d:. ]+\][ \t]*)?<([a-z][a-z'\-]+)>|[ \t]*[-*•][ \t]*([a-z][a-z'\-]+):")
"""A chat log's speaker ("[09:14] <amara> ...") or a hand-over list item's owner ("- kwabena: disk at 88%")."""


def _speaker_hits(lowered: str) -> list[tuple[int, int]]:
    """Speakers and list owners, tried at each line start only (a scan of the whole text costs every text)."""
    hits = []
    start = 0
    while start >= 0:
        match = _SPEAKER.match(lowered, start)
        if match is not None:
            hits.append(match.span(1) if match.group(1) else match.span(2))
        start = lowered.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return hits


def find_chat_names(text: str) -> list[Span]:
    """Lone lower-case first names framed by a person cue, family names after a title ("mr patel"), and the names
    coordinated with them, as PERSON; in ALL CAPS text the same, read in lower case ("ESCALATE TO KEVIN TODAY")."""
    plain = lowers_alike(text)
    lowered = lower_cased(text) if plain else text
    words = set(lowered.replace(",", " ").split()) if plain else set()  # "thanks, sam"
    names = _lower_first_names()
    hits = _cue_hits(text, lowered, names)
    shaped = {h for h in hits if lowered[h[0] : h[1]] not in names}
    hits += _act_hits(lowered) + _speaker_hits(lowered)
    titled = set()
    if not _TITLE_WORDS.isdisjoint(words):
        titled = {m.span(1) for m in _TITLED.finditer(lowered) if m.group(1) in _lower_family_names()}
    found: list[Span] = []
    caps: bool | None = None  # whether the text has an ALL CAPS stretch, looked up on the first upper-case hit
    for start, end in sorted(set(hits) | titled):
        if (start, end) in titled:
            pass
        elif lowered[start:end] not in names and (start, end) not in shaped:
            continue
        value = text[start:end]
        if value.isupper() and plain and caps is None:
            caps = _CAPS_STRETCH.search(text) is not None
        if not (value.islower() or (caps and plain and value.isupper())):
            continue
        found.append(Span(start=start, end=end, label="PERSON"))
        following = _AND_NEXT.match(lowered, end)
        while following and following.group(1) in names and text[following.start(1) : following.end(1)].islower():
            found.append(Span(start=following.start(1), end=following.end(1), label="PERSON"))  # "cc li, priya, ana"
            following = _AND_NEXT.match(lowered, following.end(1))
    if plain:
        taken = {(s.start, s.end) for s in found}
        found += [
            Span(start=a, end=b, label="PERSON") for a, b in _subject_hits(text, words, names) if (a, b) not in taken
        ]
    return found


_SUBJECT_VERBS = _wordset(
    """is was are has had will can owns needs wants knows says thinks took wrote did made got left saw found
    owns runs leads handles keeps"""
)
"""Verbs (beside any "-ed" form) after which a clause-initial known first name is the subject ("raj pushed the
fix", "nkechi owns the runbook", "matteo is handling it")."""
_STATE_AFTER = _wordset("down up healthy degraded unreachable full red green slow flapping stale empty running")
"""What follows "is" when the subject is a host or service, not a person ("victoria is down")."""
_POSSESSED = _wordset(
    """queue pr mr branch ticket tickets laptop team change changes review desk calendar account machine shift
    patch fix code commit question comment"""
)
"""Nouns after a possessive that make a known first name a person ("chioma's queue")."""
_CLAUSE_START = re.compile(r"(?:^|[\n,;:.!?(])[ \t]*\Z")
_AND_BEFORE = re.compile(r"(?:^|[\n,;:.!?(])[ \t]*[A-Za-z][a-z'\-]+ (?:and|&) \Z")
_ADVERBS = _wordset("both also just already then now finally quickly")
_AUXILIARIES = _wordset("is was are has had will can")
"""A clause start before the name, or one before "kemi and " (the second of two subjects)."""


def _subject_hits(text: str, words: set[str], names: frozenset[str]) -> list[tuple[int, int]]:
    """A lower-case known first name that starts a clause before a verb ("lars restarted the broker", "kemi and ade
    are off"), or owns a work item ("chioma's queue"): the gazetteer first, the context only for its hits."""
    candidates = words.intersection(names)
    if "'s" in text:
        candidates |= {w[:-2] for w in words if w.endswith("'s") and w[:-2] in names}
    hits: list[tuple[int, int]] = []
    for name in candidates:
        for form in (name, name.capitalize()):
            start = text.find(form)
            while start >= 0:
                end = start + len(form)
                lower = form is name
                if (
                    _bare_word(text, start, end)
                    and (lower or _lone_title(text, start, end))
                    and _subject_context(text, start, end, lower)
                ):
                    hits.append((start, end))
                start = text.find(form, end)
    return hits


def _bare_word(text: str, start: int, end: int) -> bool:
    """Not part of a longer word, handle, path, host or id ("alice-worker-0", "@lin.zhang", "sarah-laptop")."""
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    if before.isalnum() or before in "_@./-":
        return False
    return not (after[:1].isalnum() or after[:1] in ("_", "@", "/", "-") or (after[:1] == "." and after[1:].isalnum()))


def _lone_title(text: str, start: int, end: int) -> bool:
    """A capitalised name that no capitalised word continues ("Priya flagged it", not "Priya Nair flagged it":
    the run recogniser reads the whole name)."""
    return not text[end + 1 : end + 2].isupper()


def _subject_context(text: str, start: int, end: int, lower: bool) -> bool:
    """Whether the name's context makes it a person; a capitalised name needs an act, not a copula or auxiliary
    ("Victoria and Elastic are both on the shortlist")."""
    after = text[end : end + 40].lower().split()
    if text.startswith("'s", end):
        return after[0] == "'s" and len(after) > 1 and after[1].strip(".,;:!?") in _POSSESSED
    if not _CLAUSE_START.search(text, max(0, start - 4), start) and not _AND_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return False
    if len(after) > 2 and after[0] in ("and", "&"):
        after = after[2:]  # "kemi and ade are off"
    if len(after) > 1 and after[0] in _ADVERBS:
        after = after[1:]  # "priya also flagged it"
    if len(after) > 2 and after[0] == "from" and after[1].isalpha() and after[1] not in ("the", "a", "an"):
        # "Sam from Grafana Labs joined the call"; not "Victoria from 2019 backups restored"
        after = next((after[i:] for i in range(2, min(len(after), 5)) if _act(after[i])), after)
    if not after:
        return False
    verb = after[0]
    if verb in ("is", "was", "are") and len(after) > 1 and after[1].strip(".,;:!?") in _STATE_AFTER:
        return False
    if verb in _AUXILIARIES:
        return lower
    return verb in _SUBJECT_VERBS or _act(verb)


def _act(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and word.isalpha()


def _act_hits(text: str) -> list[tuple[int, int]]:
    hits = []
    for match in _AFTER.finditer(text):
        name = _NAME_BEFORE_ACT.search(text, max(0, match.start() - 40), match.start())
        if name is not None:
            hits.append((name.start(1), name.end(1)))
    return hits


_CAMEL = re.compile(r"[a-z][A-Z][a-z]+[A-Z]")
"""Two capitals inside a word make it an identifier ("CrashLoopBackOff", "ImagePullBackOff"), not a name
("McDonald", "DeShawn": one); a handle after "@" stays a person's."""
_NAME_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_DIGIT = re.compile(r"\d")


def _product(text: str, span: Span, words: list[str]) -> bool:
    """A product named like a person, with no person cue before it and no known first name leading it."""
    if not any(w in OPS_PRODUCTS for w in words) and not (len(words) > 1 and words[-1] in _PRODUCT_TAILS):
        return False
    before = previous_words(text, span.start)
    if (before and before[-1] in _PERSON_FRAME) or text[span.start - 1 : span.start] == "@":
        return False
    lead = words[0]
    person_led = lead in gazetteer().first_names and lead not in OPS_PRODUCTS  # "Franz Kafka", "Rebecca Jenkins"
    return not (len(words) > 1 and person_led and words[-1] not in _PRODUCT_TAILS)


_TICKET_WORDS = _NOT_LOWER_NAMES | _wordset(
    "asap pls plz back today tomorrow again dob re fyi cc acct ref id tel eta cust cx req usr tkt attn"
)
"""Ticket shorthand an ALL CAPS name runs into ("CUST NGUYEN VAN AN REQ REFUND")."""


def _caps_trimmed(span: Span, text: str) -> Span | None:
    """An ALL CAPS name without the common words it ran into ("JOHN BACK ASAP" -> "JOHN"), or ``None``."""
    gaz = gazetteer()
    tokens = [m for m in _NAME_WORD.finditer(text, span.start, span.end)]

    def common(word: str) -> bool:
        word = word.lower()
        return (word in gaz.common_words and word not in _COMMON_FIRST and word not in gaz.last_names) or word in (
            _TICKET_WORDS
        )

    while tokens and common(tokens[-1].group()):
        tokens.pop()
    while tokens and common(tokens[0].group()):
        tokens.pop(0)
    if not tokens:
        return None
    if len(tokens) == 1 and not _known_name(tokens[0].group().lower()):
        return None  # a lone shouted word that no name list holds: "WILL RETRY"
    return Span(start=tokens[0].start(), end=tokens[-1].end(), label=span.label)


def _known_name(word: str) -> bool:
    gaz = gazetteer()
    return word in gaz.first_names or word in gaz.last_names or word in WORLD_GIVEN or word in WORLD_FAMILY


_DAY_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.?[ \t]+\Z")
_YEAR_AFTER = re.compile(r"\.?,?[ \t]+\d{4}(?!\d)")


def _between_day_and_year(text: str, span: Span) -> bool:
    """One word between a day and a year is a month, whatever the language ("12 Mai 2026", "3 Juni 1984")."""
    return (
        " " not in text[span.start : span.end]
        and _YEAR_AFTER.match(text, span.end) is not None
        and _DAY_BEFORE.search(text, max(0, span.start - 5), span.start) is not None
    )


_OBJECT_KINDS = _wordset(
    """release panel dashboard workspace cluster queue branch project cron canary host bucket topic repo repository
    deployment runner alert namespace pod chart image environment instance vm server mount volume policy stack
    statefulset daemonset configmap secret ingress"""
)
"""Ops objects whose name follows (or, for a person, precedes) the kind ("Helm release Orion", "the Hudson
runner"); people are not named by them."""


def _named_object(text: str, span: Span) -> bool:
    """A name inside a path ("/mnt/Carter") or next to an ops object's kind (``_OBJECT_KINDS``)."""
    if text[span.start - 1 : span.start] == "/" or text[span.end : span.end + 1] == "/":
        return True
    before = _KIND_BEFORE.search(text, max(0, span.start - 24), span.start)  # no punctuation between: "panel: Xu"
    if before is not None and before.group(1).lower() in _OBJECT_KINDS:
        return True
    if span.label != "PERSON":
        return False
    after = _NEXT_WORD.match(text, span.end)
    return after is not None and after.group(1).lower() in _OBJECT_KINDS


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")
_KIND_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+\Z")


def refine_names(text: str, spans: list[Span]) -> list[Span]:
    """PERSON and LOCATION candidates checked against products, ALL CAPS common words and digits (see module)."""
    kept: list[Span] = []
    for span in spans:
        if span.label not in ("PERSON", "LOCATION"):
            kept.append(span)
            continue
        value = text[span.start : span.end]
        identifier = _CAMEL.search(value) is not None and text[span.start - 1 : span.start] != "@"
        if _DIGIT.search(value) or _between_day_and_year(text, span) or identifier:
            continue
        if _named_object(text, span):
            continue
        if span.label == "PERSON":
            words = [w.lower() for w in _NAME_WORD.findall(value)]
            if not words or _product(text, span, words) or not _OPS_WORDS.isdisjoint(words):
                continue
            if value.isupper():  # also a lone shouted word: 'WILL RETRY' gives no 'RETRY'
                trimmed = _caps_trimmed(span, text)
                if trimmed is None:
                    continue
                span = trimmed
        kept.append(span)
    return kept
