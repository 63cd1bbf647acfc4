"""Estates for the second blind RCA set (bench/rca_blind2.py): four company shapes written by hand.

Each line of a spec is ``service kind: callee[:weight] ...``; ``kind`` decides the service's physics (an ``api``
answers requests, a ``db``/``cache``/``queue`` holds state, a ``worker`` consumes a queue, a ``batch`` runs jobs,
an ``ext`` is a third party nobody here has metrics for). Entry services and their share of traffic follow
``ingress``. Some internal services carry no metrics in every incident (``dark``): legacy boxes nobody scraped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BANK = """
edge-lb api: mob-bff:0.6 web-bff:0.4
mob-bff api: auth-svc:0.3 acct-api:0.5 pay-init:0.4 notif-pref:0.1
web-bff api: auth-svc:0.3 acct-api:0.6 pay-init:0.3
auth-svc api: sess-cache:0.9 user-db:0.2 hsm-proxy:0.1
sess-cache cache:
user-db db:
hsm-proxy api:
acct-api api: acct-cache:0.8 acct-db:0.3 fx-quotes:0.2
acct-cache cache:
acct-db db:
fx-quotes api: fx-feed-ext:1.0
fx-feed-ext ext:
pay-init api: limits-svc:0.9 fraud-scorer:0.9 pay-router:1.0
limits-svc api: limits-db:1.0
limits-db db:
fraud-scorer api: feature-store:1.0 model-host:1.0
feature-store cache:
model-host api:
pay-router api: ledger-svc:1.0 card-switch:0.4 sepa-gw:0.5 pay-events:1.0
ledger-svc api: ledger-db:1.0
ledger-db db:
card-switch api: scheme-ext:1.0
scheme-ext ext:
sepa-gw api: mainframe-adp:1.0
mainframe-adp api:
pay-events queue:
settle-worker worker: pay-events:1.0 ledger-db:0.6 recon-db:0.8
recon-db db:
recon-batch batch: recon-db:1.0 ledger-db:0.3
notif-worker worker: pay-events:1.0 sms-ext:0.5 push-gw:0.6
notif-pref api: user-db:1.0
sms-ext ext:
push-gw api: apns-ext:1.0
apns-ext ext:
"""
BANK_INGRESS = {"edge-lb": 1.0}
BANK_DARK = ("mainframe-adp", "hsm-proxy")

SAAS = """
api-edge api: tenant-router:1.0 authz:0.4
tenant-router api: proj-api:0.4 docs-api:0.4 search-api:0.3 billing-api:0.05 upload-api:0.1
authz api: authz-cache:1.0 org-db:0.2
authz-cache cache:
org-db db:
proj-api api: shared-redis:0.8 proj-pg:0.6 activity-q:0.3 authz:0.5
proj-pg db:
shared-redis cache:
activity-q queue:
docs-api api: shared-redis:0.7 docs-pg:0.7 blob-proxy:0.2 render-svc:0.3 authz:0.5
docs-pg db:
render-svc api: font-cache:0.5
font-cache cache:
blob-proxy api: s3-ext:1.0
s3-ext ext:
upload-api api: blob-proxy:1.0 av-scan:0.8 upload-q:1.0
av-scan api:
upload-q queue:
thumb-worker worker: upload-q:1.0 blob-proxy:1.0
search-api api: query-planner:1.0 search-cache:0.7
search-cache cache:
query-planner api: shard-a:0.35 shard-b:0.35 shard-c:0.35 synonyms:0.2
shard-a db:
shard-b db:
shard-c db:
synonyms api:
indexer worker: activity-q:1.0 shard-a:0.4 shard-b:0.4 shard-c:0.4 docs-pg:0.3
billing-api api: billing-pg:1.0 stripe-ext:0.4 usage-agg:0.6
billing-pg db:
stripe-ext ext:
usage-agg api: usage-ch:1.0
usage-ch db:
usage-batch batch: usage-ch:1.0 billing-pg:0.2
mailer worker: activity-q:0.5 smtp-ext:1.0
smtp-ext ext:
webhook-out worker: activity-q:1.0 tenant-hooks-ext:1.0
tenant-hooks-ext ext:
admin-ui api: org-db:0.6 billing-api:0.3 proj-api:0.3
"""
SAAS_INGRESS = {"api-edge": 0.93, "admin-ui": 0.07}
SAAS_DARK = ("synonyms", "av-scan")

IOT = """
mqtt-edge api: dev-auth:1.0 ingest-router:1.0
http-ingest api: dev-auth:1.0 ingest-router:1.0
dev-auth api: dev-registry:0.3 cert-cache:0.9
cert-cache cache:
dev-registry api: registry-pg:1.0
registry-pg db:
ingest-router api: raw-topic:1.0
raw-topic queue:
decoder worker: raw-topic:1.0 schema-reg:0.2 decoded-topic:1.0
schema-reg api:
decoded-topic queue:
enricher worker: decoded-topic:1.0 geo-lookup:0.4 dev-registry:0.3 enriched-topic:1.0
geo-lookup api: geo-ext:1.0
geo-ext ext:
enriched-topic queue:
rules-engine worker: enriched-topic:1.0 rules-cache:1.0 alert-svc:0.05
rules-cache cache:
alert-svc api: pager-ext:0.6 alert-db:1.0
alert-db db:
pager-ext ext:
tsdb-writer worker: enriched-topic:1.0 tsdb:1.0
tsdb db:
query-api api: tsdb:0.9 query-cache:0.8 registry-pg:0.1
query-cache cache:
dash-bff api: query-api:1.0 dev-registry:0.4 alert-svc:0.2
downsample batch: tsdb:1.0 cold-store:1.0
cold-store api: blob-ext:1.0
blob-ext ext:
"""
IOT_INGRESS = {"mqtt-edge": 0.55, "http-ingest": 0.3, "dash-bff": 0.15}
IOT_DARK = ("schema-reg",)

MOBILE_CORE = """
gw api: bff-ios:0.45 bff-android:0.45 bff-web:0.1
bff-ios api: session:0.8 feed:0.5 profile:0.3 cart:0.2 search:0.2 promo:0.3
bff-android api: session:0.8 feed:0.5 profile:0.3 cart:0.2 search:0.2 promo:0.3
bff-web api: session:0.8 feed:0.4 cart:0.3 search:0.3
session api: session-redis:1.0 identity:0.1
session-redis cache:
identity api: identity-db:1.0 oauth-ext:0.2
identity-db db:
oauth-ext ext:
profile api: profile-db:1.0 media-cdn:0.3 profile-cache:0.8
profile-db db:
profile-cache cache:
media-cdn api: cdn-ext:1.0
cdn-ext ext:
feed api: feed-cache:0.9 ranker:0.6 post-db:0.4 ads-broker:0.3
feed-cache cache:
ranker api: feat-redis:1.0 model-svc:1.0
feat-redis cache:
model-svc api:
post-db db:
ads-broker api: ads-ext:1.0
ads-ext ext:
cart api: cart-db:1.0 pricing:0.8 inventory:0.6 checkout:0.2
cart-db db:
pricing api: price-cache:1.0 promo:0.4
price-cache cache:
promo api: promo-db:1.0
promo-db db:
inventory api: inv-db:1.0
inv-db db:
checkout api: psp-gw:1.0 order-db:1.0 order-q:1.0 fraud:0.8
psp-gw api: psp-ext:1.0
psp-ext ext:
fraud api: fraud-feat:1.0
fraud-feat cache:
order-db db:
order-q queue:
order-worker worker: order-q:1.0 order-db:0.5 email-ext:0.5 push-svc:0.5 loyalty:0.4
email-ext ext:
push-svc api: fcm-ext:0.6 apns2-ext:0.4
fcm-ext ext:
apns2-ext ext:
loyalty api: loyalty-db:1.0
loyalty-db db:
search api: search-es:1.0 search-cache:0.6 geo:0.2
search-es db:
search-cache cache:
geo api: maps-ext:1.0
maps-ext ext:
analytics-batch batch: events-lake:1.0 post-db:0.1
events-lake db:
"""
MOBILE_INGRESS = {"gw": 1.0}
MOBILE_DARK = ("model-svc",)
# The mobile backend also runs a row of small "feature" services behind the BFFs, each with its own store:
MOBILE_FEATURES = ("stories", "chat", "badges", "referrals", "wallet", "reviews")


def _mobile_spec() -> str:
    lines = [MOBILE_CORE.strip()]
    for name in MOBILE_FEATURES:
        lines.append(f"{name} api: {name}-db:1.0 session-redis:0.3")
        lines.append(f"{name}-db db:")
    lines[0] = lines[0].replace("promo:0.3\n", "promo:0.3 " + " ".join(f"{n}:0.08" for n in MOBILE_FEATURES) + "\n")
    return "\n".join(lines)


@dataclass
class Estate:
    name: str
    kinds: dict[str, str]
    edges: list[tuple[str, str, float]]
    ingress: dict[str, float]
    dark: tuple[str, ...]
    callees: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    callers: dict[str, list[tuple[str, float]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for s in self.kinds:
            self.callees.setdefault(s, [])
            self.callers.setdefault(s, [])
        for a, b, w in self.edges:
            self.callees[a].append((b, w))
            self.callers[b].append((a, w))

    def order(self) -> list[str]:
        """Services callees first (the estates are acyclic)."""
        seen: list[str] = []
        done: set[str] = set()

        def visit(s: str) -> None:
            if s in done:
                return
            done.add(s)
            for c, _ in self.callees[s]:
                visit(c)
            seen.append(s)

        for s in sorted(self.kinds):
            visit(s)
        return seen

    def ancestors(self, s: str) -> set[str]:
        return _reach(self.callers, s)

    def descendants(self, s: str) -> set[str]:
        return _reach(self.callees, s)


def _reach(links: dict[str, list[tuple[str, float]]], s: str) -> set[str]:
    out: set[str] = set()
    todo = [s]
    while todo:
        for c, _ in links[todo.pop()]:
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def parse(name: str, spec: str, ingress: dict[str, float], dark: tuple[str, ...]) -> Estate:
    kinds: dict[str, str] = {}
    edges: list[tuple[str, str, float]] = []
    for line in spec.strip().splitlines():
        head, _, rest = line.partition(":")
        svc, kind = head.split()
        kinds[svc] = kind
        for tok in rest.split():
            callee, _, w = tok.partition(":")
            edges.append((svc, callee, float(w or 1.0)))
    unknown = {b for _, b, _ in edges} - set(kinds)
    if unknown:
        raise ValueError(f"{name}: callees without a line: {sorted(unknown)}")
    return Estate(name, kinds, edges, ingress, dark)


ESTATES = {
    "bank": parse("bank", BANK, BANK_INGRESS, BANK_DARK),
    "saas": parse("saas", SAAS, SAAS_INGRESS, SAAS_DARK),
    "iot": parse("iot", IOT, IOT_INGRESS, IOT_DARK),
    "mobile": parse("mobile", _mobile_spec(), MOBILE_INGRESS, MOBILE_DARK),
}
