"""Four invented companies' service graphs for the fourth blind RCA set (bench/rca_blind4.py).

Each estate is written as lines ``service kind : callee:weight ...`` (weight = share of the caller's requests that
call the callee; 1 when left out). Kinds: gateway, bff, service, worker, queue, database, cache, batch, external.
Workers and batch jobs pull their own work (no user ingress); third parties (``external``) never have metrics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import networkx as nx


@dataclass
class Estate:
    """One company's services (``kinds``: service -> kind), calls (caller, callee, share), user ingress."""

    name: str
    ingress: dict[str, float]
    kinds: dict[str, str] = field(default_factory=dict)
    edges: list[tuple[str, str, float]] = field(default_factory=list)
    backing: dict[str, str] = field(default_factory=dict)  # cache -> the database it fronts

    def graph(self) -> nx.DiGraph:
        g = nx.DiGraph()
        g.add_nodes_from(self.kinds)
        g.add_weighted_edges_from(self.edges)
        return g


_LINE = re.compile(r"^(?P<svc>\S+)\s+(?P<kind>\w+)\s*:(?P<calls>.*)$")


def _edge(caller: str, token: str) -> tuple[str, str, float]:
    callee, _, share = token.partition("=")
    return caller, callee, float(share or 1.0)


def _parse(name: str, text: str, ingress: dict[str, float]) -> Estate:
    raw = text.strip().splitlines()
    bad = [ln for ln in raw if not _LINE.match(ln)]
    if bad:
        raise ValueError(f"estate {name}: lines not of the form 'service kind : callee=share ...': {bad}")
    lines = [_LINE.match(ln).groupdict() for ln in raw]
    kinds = {ln["svc"]: ln["kind"] for ln in lines}
    edges = [_edge(ln["svc"], tok) for ln in lines for tok in ln["calls"].split()]
    missing = {b for _, b, _ in edges} - set(kinds)
    if missing:
        raise ValueError(f"estate {name}: callees without a line: {sorted(missing)}")
    backing = {}
    for a, b, _ in edges:  # a cache's backing store: the database its callers also read
        if kinds[b] == "cache":
            dbs = [d for x, d, _ in edges if x == a and kinds[d] == "database"]
            if dbs:
                backing.setdefault(b, dbs[0])
    est = Estate(name, ingress, kinds=kinds, edges=edges, backing=backing)
    if not nx.is_directed_acyclic_graph(est.graph()):
        raise ValueError(f"estate {name} has a dependency cycle")
    return est


# A ride-hailing and scooter-rental company in three cities.
FAHRWERK = _parse(
    "fahrwerk",
    """
edge-gw gateway : rider-bff=0.55 driver-bff=0.35 partner-api=0.1
rider-bff bff : trip-svc=0.5 pricing-svc=0.4 geo-svc=0.6 profile-svc=0.3 promo-svc=0.2
driver-bff bff : dispatch-svc=0.6 geo-svc=0.8 earnings-svc=0.2 profile-svc=0.2
partner-api service : trip-svc=0.7 invoice-svc=0.3 auth-svc
trip-svc service : trip-db dispatch-svc=0.4 payment-svc=0.3 trip-events-q=0.6 auth-svc=0.5
dispatch-svc service : geo-svc=0.9 driver-state-cache=0.9 driver-state-db=0.15 eta-svc=0.7
geo-svc service : tile-cache=0.8 geo-db=0.25 maps-provider=0.1
eta-svc service : traffic-model=0.7 tile-cache=0.3 maps-provider=0.2
traffic-model service : feature-store=0.8
feature-store database :
pricing-svc service : surge-svc=0.8 pricing-cache=0.7 pricing-db=0.2
surge-svc service : demand-cache=0.9 demand-db=0.1
promo-svc service : promo-db
profile-svc service : profile-cache=0.8 profile-db=0.3 auth-svc=0.3
auth-svc service : session-cache=0.9 auth-db=0.15
earnings-svc service : ledger-svc=0.8 earnings-db adyenish-psp=0.15
payment-svc service : ledger-svc=0.6 psp-gateway=0.8 fraud-svc=0.5
fraud-svc service : fraud-model=0.8 fraud-db=0.4
fraud-model service :
psp-gateway service : adyenish-psp
ledger-svc service : ledger-db
invoice-svc service : ledger-svc=0.5 invoice-db pdf-renderer=0.3 mail-relay=0.2
pdf-renderer service :
trip-events-q queue :
trip-archiver worker : trip-events-q archive-store
receipt-mailer worker : trip-events-q=0.8 mail-relay profile-svc=0.4
mail-relay external :
maps-provider external :
adyenish-psp external :
archive-store database :
trip-db database :
driver-state-db database :
driver-state-cache cache :
geo-db database :
tile-cache cache :
pricing-db database :
pricing-cache cache :
demand-db database :
demand-cache cache :
promo-db database :
profile-db database :
profile-cache cache :
auth-db database :
session-cache cache :
earnings-db database :
fraud-db database :
ledger-db database :
invoice-db database :
nightly-payouts batch : ledger-svc earnings-db=0.6
demand-forecaster batch : demand-db feature-store=0.5
""",
    {"edge-gw": 1.0},
)

# An online grocery with same-day delivery.
BRAMBLE = _parse(
    "bramble",
    """
www-gw gateway : storefront-bff=0.7 app-bff=0.3
storefront-bff bff : catalog-api=0.7 basket-api=0.4 search-api=0.5 account-api=0.2 slots-api=0.2
app-bff bff : catalog-api=0.5 basket-api=0.5 search-api=0.4 account-api=0.3 slots-api=0.3 push-api=0.1
catalog-api service : catalog-cache=0.85 catalog-pg=0.2 price-api=0.6 stock-api=0.5
search-api service : search-cluster catalog-cache=0.3
search-cluster database :
price-api service : price-cache=0.8 price-pg=0.25
stock-api service : stock-pg stock-redis=0.6
basket-api service : basket-redis basket-pg=0.3 price-api=0.5 stock-api=0.4 checkout-api=0.25
checkout-api service : payments-api orders-api slots-api=0.5 vouchers-api=0.4
payments-api service : payment-pg psp-proxy fraudcheck=0.6
psp-proxy service : stripeish
fraudcheck service : riskscore-vendor=0.5
orders-api service : orders-pg order-events
slots-api service : slots-pg slots-cache=0.7 routing-api=0.2 maps-vendor=0.1
routing-api service : maps-vendor=0.6
account-api service : account-pg session-redis=0.8 loyalty-api=0.3 mail-vendor=0.05
loyalty-api service : loyalty-pg
vouchers-api service : vouchers-pg stripeish=0.2
push-api service : push-vendor
order-events queue :
picking-worker worker : order-events stock-api=0.8 picking-pg
dispatch-worker worker : order-events routing-api slots-api=0.4 push-vendor=0.5
email-worker worker : order-events=0.6 mail-vendor account-api=0.5
catalog-pg database :
catalog-cache cache :
price-pg database :
price-cache cache :
stock-pg database :
stock-redis cache :
basket-redis database :
basket-pg database :
payment-pg database :
orders-pg database :
slots-pg database :
slots-cache cache :
account-pg database :
session-redis cache :
loyalty-pg database :
vouchers-pg database :
picking-pg database :
stripeish external :
riskscore-vendor external :
maps-vendor external :
push-vendor external :
mail-vendor external :
feed-importer batch : catalog-pg price-pg=0.7
""",
    {"www-gw": 1.0},
)

# A B2B invoicing and dunning SaaS.
QUILLON = _parse(
    "quillon",
    """
api-gw gateway : web-bff=0.6 public-api=0.4
web-bff bff : invoices=0.6 customers=0.4 reports=0.15 identity=0.5
public-api service : invoices=0.7 customers=0.3 identity webhooks-out=0.2
identity service : identity-db token-cache=0.9 smtp-vendor=0.05
invoices service : invoices-db numbering=0.4 tax-engine=0.5 docs-render=0.2 jobs-q=0.3 tax-vendor=0.1
numbering service : numbering-db
tax-engine service : tax-cache=0.8 tax-vendor=0.2
customers service : customers-db search-idx=0.4 token-cache=0.3
reports service : warehouse reports-cache=0.6
docs-render service : blob-store
webhooks-out service : webhook-q
jobs-q queue :
webhook-q queue :
dunning-worker worker : jobs-q invoices-db mailer-svc
mailer-svc service : smtp-vendor
webhook-sender worker : webhook-q customer-endpoints
sync-worker worker : jobs-q=0.5 erp-connector customer-endpoints=0.3
erp-connector service : erp-vendor
identity-db database :
token-cache cache :
invoices-db database :
numbering-db database :
tax-cache cache :
customers-db database :
search-idx database :
warehouse database :
reports-cache cache :
blob-store database :
tax-vendor external :
smtp-vendor external :
customer-endpoints external :
erp-vendor external :
etl-loader batch : warehouse invoices-db=0.5
""",
    {"api-gw": 1.0},
)

# A mobile game studio's backend (two titles on one platform).
LARKSPUR = _parse(
    "larkspur",
    """
game-edge gateway : lobby-bff=0.45 match-bff=0.35 store-bff=0.2
lobby-bff bff : player-svc=0.7 friends-svc=0.5 news-svc=0.3 inventory-svc=0.4 chat-svc=0.2
match-bff bff : matchmaker=0.8 player-svc=0.4 session-svc=0.6 anticheat=0.5
store-bff bff : catalog-svc=0.8 wallet-svc=0.6 purchase-svc=0.3 player-svc=0.3
player-svc service : player-cache=0.85 player-db=0.2 auth-svc=0.6 platform-idp=0.05
auth-svc service : auth-cache=0.9 auth-db=0.1 platform-idp=0.05
friends-svc service : graph-db presence-svc=0.7
presence-svc service : presence-redis
news-svc service : cms-cache=0.9 cms-db=0.1
inventory-svc service : inventory-db inventory-cache=0.6 catalog-svc=0.3
chat-svc service : chat-db moderation=0.4 chat-fanout-q=0.8 toxicity-vendor=0.1
moderation service : toxicity-vendor=0.5
matchmaker service : mm-redis rating-svc=0.7 fleet-svc=0.5
rating-svc service : rating-db rating-cache=0.6
fleet-svc service : fleet-db cloud-compute=0.3
session-svc service : session-redis telemetry-q=0.7
anticheat service : ac-model=0.9 ac-db=0.3
ac-model service :
catalog-svc service : catalog-cache=0.9 catalog-db=0.15
wallet-svc service : wallet-db ledger-svc=0.4
ledger-svc service : ledger-db
purchase-svc service : wallet-svc receipt-verify ledger-svc=0.7 entitlement-svc
receipt-verify service : appstore-api=0.6 playstore-api=0.4
entitlement-svc service : inventory-svc entitlement-db
chat-fanout-q queue :
telemetry-q queue :
fanout-worker worker : chat-fanout-q presence-svc=0.6 push-gw
push-gw service : push-provider
telemetry-ingest worker : telemetry-q events-store
reward-worker worker : telemetry-q=0.4 inventory-svc wallet-svc=0.3 push-provider=0.2
player-db database :
player-cache cache :
auth-db database :
auth-cache cache :
graph-db database :
presence-redis cache :
cms-db database :
cms-cache cache :
inventory-db database :
inventory-cache cache :
chat-db database :
mm-redis cache :
rating-db database :
rating-cache cache :
fleet-db database :
session-redis cache :
ac-db database :
catalog-db database :
catalog-cache cache :
wallet-db database :
ledger-db database :
entitlement-db database :
events-store database :
platform-idp external :
toxicity-vendor external :
cloud-compute external :
appstore-api external :
playstore-api external :
push-provider external :
leaderboard-rollup batch : rating-db events-store=0.8
season-reset batch : inventory-db=0.5 wallet-db=0.3
""",
    {"game-edge": 1.0},
)

ESTATES: dict[str, Estate] = {e.name: e for e in (FAHRWERK, BRAMBLE, QUILLON, LARKSPUR)}
