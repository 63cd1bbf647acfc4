"""The eleventh blind RCA set's four estates (see rca_blind11.py): invented for this set, written blind.

Each estate is a call graph written as lines ``name kind [ingress share]: callee weight, ...`` (weight: calls of the
callee per request of the caller) plus a list of leaves by kind and groups of services that share nodes (noisy
neighbours). Kinds: api (entry), proxy (mesh gateway or sidecar), svc, worker (``<queue``: the edge is a pull of
what others publish; its other queue edges publish), batch, db, cache, queue (a broker), dns (a resolver), ext (a
third party: never has metrics). A cache "fronts" the databases its callers also call directly (they read through
on a miss).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

SYNC_KINDS = {"api", "proxy", "svc", "worker", "batch"}


@dataclass
class Estate:
    name: str
    business: str
    kinds: dict[str, str]
    edges: list[tuple[str, str, float]]
    ingress: dict[str, float]
    colocated: list[tuple[str, ...]] = field(default_factory=list)
    pulls: set[tuple[str, str]] = field(default_factory=set)

    @cached_property
    def _out(self) -> dict[str, list[tuple[str, float]]]:
        out: dict[str, list[tuple[str, float]]] = {s: [] for s in self.kinds}
        for a, b, w in self.edges:
            out[a].append((b, w))
        return out

    @cached_property
    def _in(self) -> dict[str, list[tuple[str, float]]]:
        inn: dict[str, list[tuple[str, float]]] = {s: [] for s in self.kinds}
        for a, b, w in self.edges:
            inn[b].append((a, w))
        return inn

    def callers(self, s: str) -> list[tuple[str, float]]:
        return list(self._in[s])

    def callees(self, s: str) -> list[tuple[str, float]]:
        return list(self._out[s])

    def ancestors(self, s: str) -> set[str]:
        seen: set[str] = set()
        todo = [a for a, _ in self._in[s]]
        while todo:
            a = todo.pop()
            if a not in seen:
                seen.add(a)
                todo += [x for x, _ in self._in[a]]
        return seen

    def descendants(self, s: str) -> set[str]:
        seen: set[str] = set()
        todo = [b for b, _ in self._out[s]]
        while todo:
            b = todo.pop()
            if b not in seen:
                seen.add(b)
                todo += [x for x, _ in self._out[b]]
        return seen

    @cached_property
    def order(self) -> list[str]:
        """Callers before callees (the graph is checked to be acyclic)."""
        indeg = {s: len(self._in[s]) for s in self.kinds}
        ready = sorted(s for s, d in indeg.items() if d == 0)
        out: list[str] = []
        while ready:
            s = ready.pop(0)
            out.append(s)
            for b, _ in self._out[s]:
                indeg[b] -= 1
                if indeg[b] == 0:
                    ready.append(b)
        if len(out) != len(self.kinds):
            raise ValueError(f"{self.name}: the call graph has a cycle")
        return out

    def consumes(self, a: str, b: str) -> bool:
        """Is the edge a worker's pull from a queue (it processes what others published), not a publish?"""
        return (a, b) in self.pulls

    def neighbours(self, s: str) -> set[str]:
        return {x for g in self.colocated if s in g for x in g if x != s}


def _parse(name: str, business: str, spec: str, leaves: dict[str, str], colocated: list[str]) -> Estate:
    kinds: dict[str, str] = {}
    edges: list[tuple[str, str, float]] = []
    ingress: dict[str, float] = {}
    pulls: set[tuple[str, str]] = set()
    for line in spec.strip().splitlines():
        head, _, tail = line.partition(":")
        parts = head.split()
        kinds[parts[0]] = parts[1]
        if len(parts) > 2:
            ingress[parts[0]] = float(parts[2])
        for item in filter(None, (x.strip() for x in tail.split(","))):
            callee, w = item.split()
            if callee.startswith("<"):
                callee = callee[1:]
                pulls.add((parts[0], callee))
            edges.append((parts[0], callee, float(w)))
    for kind, names in leaves.items():
        for n in names.split():
            kinds[n] = kind
    missing = {b for _, b, _ in edges} - set(kinds)
    if missing:
        raise ValueError(f"{name}: undeclared {sorted(missing)}")
    es = Estate(name, business, kinds, edges, ingress, [tuple(g.split()) for g in colocated], pulls)
    es.order  # noqa: B018 -- fails on a cycle
    return es


WEATHER = _parse(
    "nordmet",
    "a national weather service: observations in, model runs, products and warnings out",
    """
edge-gw api 0.62: public-api 0.8, tile-server 0.5, warnings-api 0.2, apikey-svc 0.3
partner-gw api 0.23: partner-feed 1.0, apikey-svc 1.0
obs-ingest api 0.15: obs-bus 1.0, qc-rules 0.5, station-registry 0.4
public-api svc: forecast-query 1.0, point-cache 0.9, geo-lookup 0.4, resolver 0.2, mapgeo-ext 0.1
tile-server svc: tile-cache 1.0, tile-store 0.3
warnings-api svc: warnings-db 1.0, warnings-cache 0.8
partner-feed svc: product-index 1.0, product-blob 0.7, resolver 0.2
apikey-svc svc: keys-db 0.4, keys-cache 1.0
forecast-query svc: point-cache 0.5, grid-store 0.8, stats-db 0.2
geo-lookup svc: geo-db 1.0, mapgeo-ext 0.3
qc-rules svc: station-registry 0.5, rules-cache 1.0, registry-db 0.1
station-registry svc: registry-db 1.0
hpc-sched svc: sched-db 1.0
push-gateway svc: apns-ext 0.5, fcm-ext 0.5, resolver 0.3
sms-relay svc: sms-ext 1.0, resolver 0.3
ops-pager svc: sms-ext 0.5, resolver 0.2
tile-render worker: <render-q 1.0, tile-store 0.8, grid-store 0.6
warn-composer worker: <alert-bus 1.0, warnings-db 0.7, push-gateway 0.5, sms-relay 0.4, ops-pager 0.1
radar-ingest worker: radar-ext 1.0, obs-bus 0.8, resolver 0.1
sat-ingest worker: sat-ext 1.0, obs-bus 0.6, resolver 0.1
qc-stream worker: <obs-bus 1.0, obs-db 0.9, alert-bus 0.05, rules-cache 0.7
nowcast worker: <obs-bus 0.8, grid-store 0.5, alert-bus 0.2
assimilation batch: obs-db 1.0, grid-store 0.6, hpc-sched 0.2
model-run batch: hpc-sched 1.0, grid-store 1.0
postproc batch: grid-store 1.0, product-blob 0.8, render-q 0.3, product-index 0.5
verif-batch batch: obs-db 0.6, stats-db 1.0, grid-store 0.4
""",
    {
        "db": "stats-db geo-db warnings-db keys-db obs-db sched-db registry-db product-index grid-store tile-store "
        "product-blob",
        "cache": "point-cache tile-cache warnings-cache keys-cache rules-cache",
        "queue": "obs-bus alert-bus render-q",
        "dns": "resolver",
        "ext": "apns-ext fcm-ext sms-ext radar-ext sat-ext mapgeo-ext",
    },
    [
        "model-run postproc tile-render forecast-query",
        "assimilation qc-stream nowcast station-registry",
        "public-api geo-lookup apikey-svc verif-batch",
        "warn-composer push-gateway sms-relay ops-pager",
    ],
)

COURIER = _parse(
    "parcelpath",
    "a courier's parcel-tracking API behind a service mesh, with depot scanners streaming events",
    """
api-gw api 0.55: mesh-ingress 1.0
merchant-gw api 0.2: merchant-api 1.0, authz 1.0
scanner-gw api 0.25: scan-ingest 1.0, device-auth 1.0
mesh-ingress proxy: track-api 0.7, eta-sidecar 0.3, redirect-api 0.2, authz 1.0
eta-sidecar proxy: eta-api 1.0
track-api svc: track-cache 1.0, track-read 0.5, i18n-strings 0.3
track-read svc: events-db 1.0, parcel-db 0.6
eta-api svc: eta-model 1.0, track-cache 0.5, parcel-db 0.3
eta-model svc: feature-db 1.0, model-cache 0.6, maps-ext 0.2
redirect-api svc: parcel-db 0.7, slot-svc 0.8, address-svc 0.5
slot-svc svc: slot-db 1.0, depot-cal 0.5
depot-cal svc: depot-db 1.0
address-svc svc: geocode-ext 0.6, address-cache 1.0, address-db 0.4, cluster-dns 0.3
merchant-api svc: label-svc 0.6, parcel-db 0.5, webhook-q 0.3, merchant-db 0.3
label-svc svc: label-store 1.0, address-svc 0.8, customs-ext 0.1
scan-ingest svc: scan-bus 1.0, device-auth 0.3
device-auth svc: device-db 1.0, token-cache 1.0
authz svc: token-cache 1.0, merchant-db 0.2
i18n-strings svc: strings-cache 1.0, strings-db 0.1
prefs-svc svc: prefs-db 1.0, prefs-cache 0.8
webhook-sender worker: <webhook-q 1.0, merchant-db 0.3, cluster-dns 0.5, merchant-hooks-ext 1.0
event-writer worker: <scan-bus 1.0, events-db 1.0, parcel-db 0.5, notify-q 0.4
exception-watch worker: <scan-bus 0.5, events-db 0.3, parcel-db 0.2
notifier worker: <notify-q 1.0, prefs-svc 1.0, sms-ext 0.4, email-ext 0.6, push-ext 0.4, cluster-dns 0.3
route-plan batch: parcel-db 1.0, depot-db 0.5, maps-ext 0.6, cluster-dns 0.2
customs-sync batch: customs-ext 1.0, parcel-db 0.4, cluster-dns 0.2
billing-run batch: events-db 0.5, merchant-db 0.6, invoice-store 1.0
""",
    {
        "db": "events-db parcel-db feature-db slot-db depot-db address-db merchant-db label-store device-db "
        "strings-db prefs-db invoice-store",
        "cache": "track-cache model-cache address-cache token-cache strings-cache prefs-cache",
        "queue": "scan-bus notify-q webhook-q",
        "dns": "cluster-dns",
        "ext": "geocode-ext maps-ext customs-ext sms-ext email-ext push-ext merchant-hooks-ext",
    },
    [
        "route-plan track-read eta-model slot-svc",
        "billing-run merchant-api label-svc webhook-sender",
        "event-writer exception-watch scan-ingest device-auth",
        "notifier prefs-svc i18n-strings customs-sync",
    ],
)

OPENBANK = _parse(
    "lindqvist-ob",
    "a retail bank's open-banking gateway for licensed third parties (consents, account data, payments)",
    """
tpp-gw api 0.8: mtls-term 1.0
web-portal api 0.2: consent-ui 1.0, oauth 0.5
mtls-term proxy: consent-api 0.3, ais-api 0.5, pis-api 0.2, oauth 0.6, tpp-registry 0.8
consent-ui svc: consent-api 1.0, sca-svc 0.6
oauth svc: token-db 0.6, token-cache 1.0, signer 0.3, tpp-registry 0.3
tpp-registry svc: registry-cache 1.0, registry-db 0.2, eidas-ext 0.05
consent-api svc: consent-db 1.0, consent-cache 0.8, audit-bus 0.5
ais-api svc: consent-api 0.5, accounts-svc 1.0, ais-cache 0.7
accounts-svc svc: core-adapter 0.8, accounts-db 0.5
pis-api svc: consent-api 0.6, payments-svc 1.0, fraud-score 1.0, idem-cache 1.0
payments-svc svc: core-adapter 1.0, payments-db 1.0, audit-bus 0.5, sepa-gw 0.3, event-q 0.3
fraud-score svc: feature-db 1.0, fraud-model 1.0
fraud-model svc: model-store 0.1
core-adapter svc: core-ext 1.0, cluster-dns 0.1
sepa-gw svc: sepa-ext 1.0, cluster-dns 0.2
sca-svc svc: push-ext 0.5, otp-db 1.0, signer 0.5
signer svc: hsm-ext 1.0
audit-writer worker: <audit-bus 1.0, audit-db 1.0
callback-sender worker: <event-q 1.0, tpp-hooks-ext 1.0, cluster-dns 0.5, registry-cache 0.3
directory-sync batch: eidas-ext 1.0, registry-db 1.0, cluster-dns 0.5
statements-batch batch: accounts-db 1.0, core-ext 0.3, statement-store 1.0
recon-batch batch: payments-db 1.0, sepa-ext 0.5, ledger-db 0.8
""",
    {
        "db": "token-db registry-db consent-db accounts-db payments-db otp-db feature-db audit-db ledger-db "
        "statement-store model-store",
        "cache": "token-cache registry-cache consent-cache ais-cache idem-cache",
        "queue": "audit-bus event-q",
        "dns": "cluster-dns",
        "ext": "eidas-ext core-ext sepa-ext push-ext hsm-ext tpp-hooks-ext",
    },
    [
        "statements-batch accounts-svc ais-api consent-api",
        "recon-batch payments-svc pis-api idem-cache",
        "directory-sync tpp-registry oauth signer",
        "audit-writer callback-sender fraud-score fraud-model",
    ],
)

EXAMS = _parse(
    "campusnet",
    "a university's learning platform in exam week: timed online exams, submissions, proctoring, lecture media",
    """
campus-edge api 0.72: mesh-gw 1.0
mobile-gw api 0.16: mesh-gw 1.0
lti-gw api 0.12: lti-launch 1.0
mesh-gw proxy: sso 0.4, course-api 0.5, exam-sidecar 0.6, submit-api 0.2, media-api 0.3, forum-api 0.2, grades-api 0.1
exam-sidecar proxy: exam-api 1.0
sso svc: session-cache 1.0, ldap-proxy 0.3, sso-db 0.2
ldap-proxy svc: directory-ext 1.0, cluster-dns 0.1
course-api svc: course-db 0.8, course-cache 1.0, enrol-svc 0.4, sso 0.2
enrol-svc svc: enrol-db 1.0, sis-ext 0.1
exam-api svc: exam-session 1.0, question-bank 0.6, proctor-svc 0.3, sso 0.3
exam-session svc: session-db 1.0, session-cache 1.0, autosave-q 0.8
question-bank svc: qbank-db 0.7, qbank-cache 1.0
proctor-svc svc: proctor-ext 1.0, media-store 0.3, cluster-dns 0.2
submit-api svc: answers-db 0.6, blob-store 0.8, plagiarism-q 0.5, receipt-mailer 0.3
receipt-mailer svc: smtp-ext 1.0, cluster-dns 0.3
media-api svc: media-cache 1.0, media-store 0.6, transcode-q 0.05
forum-api svc: forum-db 1.0, forum-cache 0.6, search-svc 0.3, notify-q 0.2
search-svc svc: search-index 1.0
grades-api svc: grades-db 1.0, course-api 0.3, grades-cache 0.8
lti-launch svc: sso 0.6, course-api 0.5, lti-keys-db 0.6
autosave-writer worker: <autosave-q 1.0, answers-db 1.0
plagiarism-worker worker: <plagiarism-q 1.0, plagiarism-ext 1.0, blob-store 0.8, cluster-dns 0.2
transcoder worker: <transcode-q 1.0, media-store 1.0
notifier worker: <notify-q 1.0, smtp-ext 0.5, push-ext 0.5, prefs-db 0.6
grade-sync batch: grades-db 1.0, sis-ext 1.0, cluster-dns 0.2
analytics-etl batch: answers-db 0.5, course-db 0.3, warehouse 1.0
backup-job batch: answers-db 0.5, blob-store 0.5
search-reindex batch: forum-db 0.6, search-index 1.0
roster-import batch: enrol-db 1.0, directory-ext 0.5, sis-ext 0.5
""",
    {
        "db": "sso-db course-db enrol-db session-db qbank-db answers-db blob-store media-store forum-db search-index "
        "grades-db lti-keys-db prefs-db warehouse",
        "cache": "session-cache course-cache qbank-cache media-cache forum-cache grades-cache",
        "queue": "autosave-q plagiarism-q transcode-q notify-q",
        "dns": "cluster-dns",
        "ext": "directory-ext sis-ext proctor-ext plagiarism-ext smtp-ext push-ext",
    },
    [
        "analytics-etl course-api question-bank forum-api",
        "backup-job submit-api autosave-writer exam-session",
        "transcoder media-api grades-api search-svc",
        "search-reindex sso lti-launch enrol-svc",
        "roster-import notifier receipt-mailer proctor-svc",
    ],
)

ESTATES: dict[str, Estate] = {e.name: e for e in (WEATHER, COURIER, OPENBANK, EXAMS)}
