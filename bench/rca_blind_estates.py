"""The four estates of the blind RCA set (bench/rca_blind.py): who calls whom, what each service is, who has metrics.

Written for the blind set from how such shops are usually wired (an online shop, a data platform, an ML serving
stack with a feature store, a travel-search aggregator that fans out to suppliers), not from the team's simulator.
A service's *role* decides its physics in ``rca_blind_world``: ``api`` (a request/response service), ``db``,
``cache``, ``queue`` (a broker topic), ``worker`` (consumes a queue), ``model`` (a model server), ``search``
(a search cluster), ``external`` (a third party: never has metrics).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ESTATES", "Estate", "estate"]


@dataclass(frozen=True)
class Estate:
    name: str
    roles: dict[str, str]
    edges: dict[tuple[str, str], float]
    ingress: dict[str, float]
    caches: dict[str, str] = field(default_factory=dict)  # cache -> the database it fronts
    queues: dict[str, str] = field(default_factory=dict)  # worker -> the queue it consumes
    dark: frozenset[str] = frozenset()  # services that export no metrics (externals always dark too)
    fanout: frozenset[str] = frozenset()  # services that call their callees in parallel (latency = slowest)

    @property
    def services(self) -> list[str]:
        return list(self.roles)

    def callers(self, service: str) -> list[str]:
        return [c for (c, s) in self.edges if s == service]

    def callees(self, service: str) -> list[str]:
        return [s for (c, s) in self.edges if c == service]


def _parse(text: str) -> tuple[dict[str, str], dict[tuple[str, str], float]]:
    """Lines ``name role: callee weight, callee weight``; a callee named before its line is fine."""
    roles: dict[str, str] = {}
    edges: dict[tuple[str, str], float] = {}
    for line in text.strip().splitlines():
        head, _, tail = line.partition(":")
        name, role = head.split()
        roles[name] = role
        for part in filter(None, (p.strip() for p in tail.split(","))):
            callee, weight = part.split()
            edges[(name, callee)] = float(weight)
    return roles, edges


_SHOP = """
edge-gw api: storefront 0.75, checkout-api 0.12, account-web 0.1
mobile-bff api: catalog-api 0.7, cart-svc 0.3, checkout-api 0.1, account-web 0.1
storefront api: catalog-api 0.9, search-api 0.4, recs-svc 0.5, cart-svc 0.2, session-store 1.0
catalog-api api: catalog-cache 1.0, catalog-pg 0.12, pricing-svc 0.6, media-origin 0.1
search-api api: search-es 1.0, pricing-svc 0.3
recs-svc api: feature-kv 1.0, catalog-api 0.3
cart-svc api: cart-redis 1.0, pricing-svc 0.8, promo-engine 0.5, tax-provider 0.3
checkout-api api: cart-svc 1.0, payments-adapter 0.9, orders-svc 1.0, tax-provider 0.9, fraud-check 0.9
payments-adapter api: psp-gateway 1.0, orders-pg 0.2
orders-svc api: orders-pg 1.0, order-events 1.0
account-web api: identity-svc 1.0, orders-svc 0.3
identity-svc api: identity-pg 1.0, session-store 0.5, smtp-relay 0.02
pricing-svc api: price-cache 1.0, pricing-pg 0.15
promo-engine api: pricing-pg 0.4
fraud-check api: fraud-model 1.0, identity-svc 0.3
fraud-model model:
mailer-worker worker: order-events 1.0, smtp-relay 1.0
stock-sync worker: order-events 1.0, catalog-pg 0.6
catalog-cache cache:
price-cache cache:
cart-redis cache:
session-store cache:
feature-kv cache:
catalog-pg db:
pricing-pg db:
orders-pg db:
identity-pg db:
search-es search:
order-events queue:
media-origin api:
psp-gateway external:
tax-provider external:
smtp-relay external:
"""

_DATA = """
ingest-gw api: event-collector 1.0, auth-proxy 1.0
partner-sftp-bridge api: object-gw 1.0, auth-proxy 1.0
event-collector api: schema-registry 0.2, raw-events 1.0, geoip-lookup 0.6
auth-proxy api: iam-svc 1.0
iam-svc api: iam-pg 0.3, token-cache 1.0
schema-registry api: registry-pg 1.0
geoip-lookup api: geoip-cache 1.0, maxmind-api 0.05
enricher worker: raw-events 1.0, geoip-lookup 0.5, clean-events 1.0, schema-registry 0.1
sessionizer worker: clean-events 1.0, state-kv 1.0, sessions-topic 1.0
lake-writer worker: clean-events 1.0, object-gw 1.0, metastore-api 0.2
sessions-sink worker: sessions-topic 1.0, warehouse-db 1.0
object-gw api: object-store 1.0
metastore-api api: metastore-pg 1.0
query-api api: trino-coord 0.7, query-cache 1.0, iam-svc 1.0
bi-portal api: query-api 1.0, dash-meta-pg 0.8, iam-svc 1.0
notebook-hub api: trino-coord 0.5, iam-svc 1.0, object-gw 0.3
trino-coord api: trino-workers 1.0, metastore-api 0.8
trino-workers api: object-gw 1.0, warehouse-db 0.3
scheduler api: scheduler-pg 1.0, job-runner 0.4
job-runner api: trino-coord 0.6, object-gw 0.5, quality-checks 0.3, lineage-svc 0.3
quality-checks api: warehouse-db 0.8, alerts-webhook 0.05
lineage-svc api: lineage-pg 1.0
export-api api: warehouse-db 1.0, iam-svc 1.0, crm-connector 0.2
raw-events queue:
clean-events queue:
sessions-topic queue:
state-kv cache:
token-cache cache:
geoip-cache cache:
query-cache cache:
iam-pg db:
registry-pg db:
metastore-pg db:
warehouse-db db:
scheduler-pg db:
dash-meta-pg db:
lineage-pg db:
object-store db:
maxmind-api external:
alerts-webhook external:
crm-connector external:
"""

_ML = """
api-edge api: ranking-api 0.55, fraud-api 0.2, search-rank-api 0.25
ranking-api api: ab-router 1.0, candidate-mixer 1.0, user-ctx 1.0, rank-logger 1.0
candidate-mixer api: cand-popular 1.0, cand-collab 1.0, cand-content 1.0, cand-recent 1.0, cand-sponsored 1.0
cand-popular api: popular-cache 1.0
cand-collab api: embed-svc 1.0, vector-db 1.0
cand-content api: vector-db 1.0, item-meta 0.5
cand-recent api: user-history 1.0
cand-sponsored api: ads-bidder 1.0
ads-bidder external:
user-ctx api: feature-server 1.0, profile-svc 0.4
feature-server api: online-fs 1.0, fs-registry 0.05, fs-fallback-pg 0.05
online-fs cache:
fs-fallback-pg db:
fs-registry api: fs-meta-pg 1.0
profile-svc api: profile-pg 1.0, profile-cache 1.0
ab-router api: config-svc 1.0
config-svc api: config-pg 0.1, config-cache 1.0
rank-logger api: inference-log 1.0
scorer-gbdt model:
scorer-dnn model:
ranking-api2 api: scorer-gbdt 0.5, scorer-dnn 0.5, feature-server 1.0
fraud-api api: feature-server 1.0, fraud-triton 1.0, rules-engine 1.0, device-intel 0.6, rank-logger 1.0
fraud-triton model:
rules-engine api: rules-pg 0.2, rules-cache 1.0
device-intel external:
search-rank-api api: query-understanding 1.0, embed-svc 1.0, vector-db 1.0, ranking-api2 1.0, rank-logger 1.0
query-understanding api: spell-svc 1.0, qu-model 1.0
spell-svc api: spell-cache 1.0
qu-model model:
embed-svc api: embed-triton 1.0, embed-cache 1.0
embed-triton model:
vector-db search:
item-meta api: item-pg 0.3, item-cache 1.0
user-history api: history-kv 1.0
fs-materializer worker: fs-updates 1.0, online-fs 1.0, offline-lake 0.3
log-shipper worker: inference-log 1.0, offline-lake 1.0
drift-monitor worker: inference-log 0.5, drift-pg 1.0, model-registry 0.1
model-registry api: registry-pg 1.0, artifact-store 0.5
trainer-api api: model-registry 1.0, artifact-store 1.0, offline-lake 1.0
inference-log queue:
fs-updates queue:
popular-cache cache:
profile-cache cache:
config-cache cache:
rules-cache cache:
spell-cache cache:
embed-cache cache:
item-cache cache:
history-kv cache:
fs-meta-pg db:
profile-pg db:
config-pg db:
rules-pg db:
item-pg db:
drift-pg db:
registry-pg db:
artifact-store db:
offline-lake db:
"""


def _travel() -> str:
    """A travel-search aggregator: the search front fans out to 14 supplier adapters, each behind its own
    supplier (external, dark) and a shared quote cache; booking goes to a few of the same adapters."""
    suppliers = [
        "aerolinea-sur", "nordjet", "skybalt", "transalpin-rail", "eurobus", "hotelbeds-x", "chainstay",
        "villa-direkt", "carmatic", "rentauto", "ferrylink", "pacific-air", "gulfwing", "cityhop-rail",
    ]  # fmt: skip
    lines = [
        "www-front api: search-front 0.7, booking-api 0.08, my-trips 0.15, auth-svc 0.3",
        "app-front api: search-front 0.6, booking-api 0.1, my-trips 0.3, auth-svc 0.5",
        "affiliate-api api: search-front 1.0, auth-svc 1.0",
        "search-front api: fare-aggregator 1.0, geo-svc 0.8, currency-svc 1.0, search-logs 1.0",
        "fare-aggregator api: " + ", ".join(f"adp-{s} 1.0" for s in suppliers) + ", ranking-rules 1.0",
        "booking-api api: auth-svc 1.0, pay-orch 1.0, bookings-pg 1.0, booking-events 1.0, "
        + ", ".join(f"adp-{s} 0.15" for s in suppliers[:6]),
        "my-trips api: bookings-pg 1.0, trips-cache 1.0, auth-svc 1.0",
        "auth-svc api: auth-pg 0.2, token-redis 1.0",
        "pay-orch api: fx-hedge 0.2, psp-a 0.6, psp-b 0.4, pay-pg 1.0",
        "geo-svc api: geo-cache 1.0, geo-pg 0.1",
        "currency-svc api: fx-cache 1.0, fx-feed 0.02",
        "ranking-rules api: rules-pg 0.1, rules-cache 1.0",
        "ticketing-worker worker: booking-events 1.0, bookings-pg 1.0, gds-link 1.0",
        "notify-worker worker: booking-events 1.0, sms-gw 0.5, mail-gw 1.0",
        "fraud-screen worker: booking-events 1.0, fraud-pg 1.0",
        "reporting-api api: bookings-pg 0.5, dwh-db 1.0",
    ]
    for s in suppliers:
        lines.append(f"adp-{s} api: sup-{s} 0.35, quote-cache 1.0, adapter-cfg 0.02")
        lines.append(f"sup-{s} external:")
    lines.append("adapter-cfg api: cfg-pg 1.0")
    for name in ("bookings-pg", "auth-pg", "pay-pg", "geo-pg", "rules-pg", "fraud-pg", "dwh-db", "cfg-pg"):
        lines.append(f"{name} db:")
    for name in ("trips-cache", "token-redis", "geo-cache", "fx-cache", "rules-cache", "quote-cache"):
        lines.append(f"{name} cache:")
    lines += ["booking-events queue:", "search-logs queue:"]
    lines += [f"{n} external:" for n in ("fx-hedge", "psp-a", "psp-b", "fx-feed", "gds-link", "sms-gw", "mail-gw")]
    return "\n".join(lines)


def _build(name: str, text: str, ingress: dict[str, float], **extra) -> Estate:  # noqa: ANN003
    roles, edges = _parse(text)
    return Estate(name=name, roles=roles, edges=edges, ingress=ingress, **extra)


ESTATES: dict[str, Estate] = {
    "shop": _build(
        "shop",
        _SHOP,
        {"edge-gw": 0.62, "mobile-bff": 0.38},
        caches={"catalog-cache": "catalog-pg", "price-cache": "pricing-pg"},
        queues={"mailer-worker": "order-events", "stock-sync": "order-events"},
        dark=frozenset({"media-origin", "fraud-model"}),
    ),
    "dataplat": _build(
        "dataplat",
        _DATA,
        {
            "ingest-gw": 0.7,
            "partner-sftp-bridge": 0.04,
            "query-api": 0.1,
            "bi-portal": 0.08,
            "notebook-hub": 0.03,
            "scheduler": 0.02,
            "export-api": 0.03,
        },  # fmt: skip
        caches={"geoip-cache": "maxmind-api", "query-cache": "trino-coord", "token-cache": "iam-pg"},
        queues={
            "enricher": "raw-events",
            "sessionizer": "clean-events",
            "lake-writer": "clean-events",
            "sessions-sink": "sessions-topic",
        },  # fmt: skip
        dark=frozenset({"object-store", "lineage-svc", "schema-registry"}),
    ),
    "mlserve": _build(
        "mlserve",
        _ML,
        {"api-edge": 0.9, "trainer-api": 0.02, "model-registry": 0.08},
        caches={
            "online-fs": "fs-fallback-pg",
            "profile-cache": "profile-pg",
            "config-cache": "config-pg",
            "rules-cache": "rules-pg",
            "item-cache": "item-pg",
        },  # fmt: skip
        queues={"fs-materializer": "fs-updates", "log-shipper": "inference-log", "drift-monitor": "inference-log"},
        dark=frozenset({"artifact-store", "offline-lake", "embed-triton", "spell-svc"}),
        fanout=frozenset({"candidate-mixer"}),
    ),
    "travel": _build(
        "travel",
        _travel(),
        {"www-front": 0.55, "app-front": 0.35, "affiliate-api": 0.07, "reporting-api": 0.03},
        caches={"geo-cache": "geo-pg", "rules-cache": "rules-pg", "trips-cache": "bookings-pg"},
        queues={
            "ticketing-worker": "booking-events",
            "notify-worker": "booking-events",
            "fraud-screen": "booking-events",
        },  # fmt: skip
        dark=frozenset({"adp-villa-direkt", "adp-ferrylink", "adapter-cfg", "reporting-api"}),
        fanout=frozenset({"fare-aggregator"}),
    ),
}


def estate(name: str) -> Estate:
    return ESTATES[name]
