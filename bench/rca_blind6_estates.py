"""Three invented companies' service graphs for bench/rca_blind6.py, written as small call maps.

Each line is ``kind name: callee weight, callee weight`` (a leaf is just ``kind name``); ``weight`` is the share of
the caller's requests that call the callee. ``ingress`` lists where work enters (user traffic at the gateways, plus
the queue consumers and batch jobs, which start their own work). ``dns`` names who resolves through the cluster
resolver (a small weight: lookups are cached, only new connections resolve). Third parties (``external``) never
export metrics to us.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("gateway", "bff", "api", "worker", "queue", "db", "cache", "batch", "external", "dns")

_BRINDLE = """
ingress: edge-gw 0.78, partner-gw 0.12, order-worker 0.04, mailer-worker 0.03, feed-export 0.02, nightly-recon 0.01
dns kube-dns
dns-users: catalog-api, order-api, payment-api, fraud-api, erp-connector, mailer-worker, order-worker, cart-api
gateway edge-gw: storefront-bff 0.7, mobile-bff 0.3, auth-svc 0.5
gateway partner-gw: stock-api 0.6, order-api 0.4, auth-svc 0.9
bff storefront-bff: catalog-api 0.8, search-api 0.35, cart-api 0.3, reco-api 0.25, session-cache 0.9
bff mobile-bff: catalog-api 0.7, cart-api 0.35, order-api 0.1, session-cache 0.9, push-api 0.05
api auth-svc: auth-db 0.3, token-cache 0.9
api catalog-api: catalog-db 0.4, catalog-cache 0.9, pricing-api 0.6, media-proxy 0.2
api search-api: search-index 1.0, catalog-cache 0.3
api cart-api: cart-redis 1.0, pricing-api 0.5, stock-api 0.4
api order-api: orders-db 0.9, payment-api 0.4, stock-api 0.6, order-events 0.8, fraud-api 0.3
api pricing-api: pricing-db 0.3, pricing-cache 0.95
api stock-api: stock-db 0.8
api reco-api: reco-store 0.9, catalog-cache 0.4
api payment-api: payments-db 0.8, adyen 0.9
api fraud-api: riskscore-vendor 0.7, fraud-db 0.5
api push-api: fcm 1.0
api media-proxy: image-cdn 0.9
worker order-worker: order-events 1.0, orders-db 0.7, stock-api 0.5, mailer-queue 0.6, erp-connector 0.4
worker mailer-worker: mailer-queue 1.0, sendgrid 0.9, template-db 0.3
api erp-connector: sap-erp 0.9, erp-db 0.2
batch feed-export: catalog-db 0.9, pricing-db 0.5
batch nightly-recon: orders-db 0.9, payments-db 0.9
queue order-events
queue mailer-queue
db auth-db
db catalog-db
db search-index
db orders-db
db pricing-db
db stock-db
db reco-store
db payments-db
db fraud-db
db template-db
db erp-db
cache session-cache
cache token-cache
cache catalog-cache
cache cart-redis
cache pricing-cache
external adyen
external riskscore-vendor
external fcm
external image-cdn
external sendgrid
external sap-erp
"""

_KESTREL = """
ingress: rider-gw 0.53, driver-gw 0.3, ops-console-gw 0.03, ride-settler 0.05, nudge-worker 0.02
ingress: telemetry-ingest 0.05, payout-batch 0.01, heatmap-batch 0.01
dns kestrel-dns
dns-users: matchmaker, fare-engine, ride-core, wallet-svc, onboarding-kyc, nudge-worker
dns-users: ride-settler, geo-relay, telemetry-ingest
gateway rider-gw: rider-bff 0.95, authz 0.8
gateway driver-gw: driver-bff 0.95, authz 0.8
gateway ops-console-gw: ops-bff 1.0, authz 1.0
bff rider-bff: ride-core 0.5, fare-engine 0.35, eta-oracle 0.6, voucher-svc 0.15, people-svc 0.3, rider-session 0.9
bff driver-bff: matchmaker 0.6, ride-core 0.4, payout-calc 0.15, people-svc 0.2, licence-check 0.05, driver-session 0.9
bff ops-bff: ride-core 0.4, onboarding-kyc 0.3, payout-calc 0.3, fleet-health 0.5
api authz: authz-pg 0.2, authz-cache 0.95
api ride-core: ride-pg 0.9, matchmaker 0.3, wallet-svc 0.2, ride-events 0.7, geo-cache 0.4
api matchmaker: driver-positions 0.95, eta-oracle 0.5, matchmaker-pg 0.4, surge-cache 0.5
api fare-engine: surge-cache 0.9, fare-pg 0.3, geo-relay 0.4, voucher-svc 0.2
api eta-oracle: geo-relay 0.8, geo-cache 0.9
api voucher-svc: voucher-pg 0.7
api people-svc: people-pg 0.8, people-cache 0.9
api payout-calc: kestrel-ledger 0.8
api licence-check: docs-bucket 0.9, onboarding-kyc 0.3
api onboarding-kyc: kyc-vendor 0.8, onboarding-pg 0.5
api fleet-health: fleet-pg 0.8, telemetry-store 0.4
api wallet-svc: wallet-pg 0.8, stripe 0.9, kestrel-ledger 0.4
api geo-relay: mapbox 0.9, tile-cache 0.6
worker ride-settler: ride-events 1.0, wallet-svc 0.8, kestrel-ledger 0.6, nudge-queue 0.7
worker nudge-worker: nudge-queue 1.0, twilio 0.5, apns 0.5, people-svc 0.4
worker telemetry-ingest: telemetry-stream 1.0, telemetry-store 0.9, driver-positions 0.6
batch payout-batch: kestrel-ledger 0.9, wallet-svc 0.6
batch heatmap-batch: telemetry-store 0.9, surge-cache 0.3
queue ride-events
queue nudge-queue
queue telemetry-stream
db authz-pg
db ride-pg
db matchmaker-pg
db driver-positions
db fare-pg
db voucher-pg
db people-pg
db kestrel-ledger
db onboarding-pg
db fleet-pg
db wallet-pg
db telemetry-store
db docs-bucket
cache authz-cache
cache rider-session
cache driver-session
cache geo-cache
cache surge-cache
cache people-cache
cache tile-cache
external kyc-vendor
external stripe
external mapbox
external twilio
external apns
"""

_QUILLON = """
ingress: public-gw 0.68, merchant-gw 0.25, settlement-worker 0.03, webhook-worker 0.02, statement-batch 0.02
dns unbound-dns
dns-users: checkout-api, ledger-api, card-api, kyc-api, settlement-worker, webhook-worker
gateway public-gw: app-bff 0.9, sso 0.6
gateway merchant-gw: checkout-api 0.8, sso 0.9, merchant-api 0.3
bff app-bff: account-api 0.6, card-api 0.3, ledger-api 0.4, kyc-api 0.05, bff-cache 0.8
api sso: sso-db 0.3, sso-cache 0.95
api account-api: account-db 0.8, ledger-api 0.3
api card-api: card-db 0.7, card-network 0.5, risk-api 0.4
api checkout-api: risk-api 0.8, ledger-api 0.7, card-network 0.6, idem-cache 0.95, tx-events 0.9
api risk-api: risk-db 0.6, risk-cache 0.8
api ledger-api: ledger-db 1.0
api merchant-api: merchant-db 0.9
api kyc-api: kyc-db 0.6, onfido 0.7
worker settlement-worker: tx-events 1.0, ledger-api 0.7, bank-gateway 0.6, webhook-queue 0.8
worker webhook-worker: webhook-queue 1.0, merchant-db 0.3, merchant-hooks 0.9
batch statement-batch: ledger-db 1.0, account-db 0.6
queue tx-events
queue webhook-queue
db sso-db
db account-db
db card-db
db risk-db
db ledger-db
db merchant-db
db kyc-db
cache sso-cache
cache bff-cache
cache idem-cache
cache risk-cache
external card-network
external onfido
external bank-gateway
external merchant-hooks
"""


@dataclass(frozen=True)
class Estate:
    """One company's services: ``kinds[name]``, ``edges`` as (caller, callee, weight), ``ingress`` shares."""

    name: str
    kinds: dict[str, str]
    edges: tuple[tuple[str, str, float], ...]
    ingress: dict[str, float]

    def __post_init__(self) -> None:
        ins: dict[str, list[tuple[str, float]]] = {s: [] for s in self.kinds}
        outs: dict[str, list[tuple[str, float]]] = {s: [] for s in self.kinds}
        for a, b, w in self.edges:
            outs[a].append((b, w))
            ins[b].append((a, w))
        object.__setattr__(self, "ins", ins)
        object.__setattr__(self, "outs", outs)

    def callers(self, service: str) -> list[str]:
        return [a for a, _ in self.ins[service]]  # type: ignore[attr-defined]

    def callees(self, service: str) -> list[str]:
        return [b for b, _ in self.outs[service]]  # type: ignore[attr-defined]

    def order(self) -> list[str]:
        """Callers before callees (the maps are acyclic; a cycle is a typo and raises)."""
        done: list[str] = []
        seen: set[str] = set()

        def visit(s: str, path: tuple[str, ...]) -> None:
            if s in path:
                raise ValueError(f"estate {self.name}: call cycle through {s}")
            if s in seen:
                return
            for a in self.callers(s):
                visit(a, (*path, s))
            seen.add(s)
            done.append(s)

        for s in sorted(self.kinds):
            visit(s, ())
        return done

    def below(self, service: str) -> set[str]:
        """Every service ``service`` reaches through calls."""
        memo = self.__dict__.setdefault("_below", {})
        if service not in memo:
            memo[service] = self._reach(service)
        return memo[service]

    def _reach(self, service: str) -> set[str]:
        out: set[str] = set()
        todo = [service]
        while todo:
            for b in self.callees(todo.pop()):
                if b not in out:
                    out.add(b)
                    todo.append(b)
        return out


def _parse(name: str, text: str) -> Estate:
    kinds: dict[str, str] = {}
    edges: list[tuple[str, str, float]] = []
    ingress: dict[str, float] = {}
    dns_name, dns_users = "", []
    for line in (ln.strip() for ln in text.strip().splitlines()):
        head, _, tail = line.partition(":")
        if head == "ingress":
            ingress |= {p.split()[0]: float(p.split()[1]) for p in tail.split(",")}
            continue
        if head == "dns-users":
            dns_users += [p.strip() for p in tail.split(",")]
            continue
        kind, svc = head.split()
        if kind not in KINDS:
            raise ValueError(f"estate {name}: unknown kind {kind!r} for {svc}")
        kinds[svc] = kind
        dns_name = svc if kind == "dns" else dns_name
        for part in filter(None, (p.strip() for p in tail.split(","))):
            callee, weight = part.split()
            edges.append((svc, callee, float(weight)))
    edges += [(u, dns_name, 0.05) for u in dns_users]
    unknown = sorted({s for a, b, _ in edges for s in (a, b)} - set(kinds)) + sorted(set(ingress) - set(kinds))
    if unknown:
        raise ValueError(f"estate {name}: services used but never declared: {unknown}")
    estate = Estate(name, kinds, tuple(edges), ingress)
    object.__setattr__(estate, "topo", estate.order())
    return estate


ESTATES: dict[str, Estate] = {
    "brindle-oak": _parse("brindle-oak", _BRINDLE),
    "kestrel-mobility": _parse("kestrel-mobility", _KESTREL),
    "quillon-pay": _parse("quillon-pay", _QUILLON),
}
