"""Estates of the tenth blind RCA set (bench/rca_blind10.py): four businesses invented for it, each a call graph
(caller -> callee with calls per request), a kind per service and the traffic entering from outside.

- ``lottery``: a national lottery's draw and ticketing platform (retail terminals, web, app, partner resellers)
  with a shared session cache, a ticket event bus, an egress proxy in front of bank and identity vendors.
- ``groundsat``: a satellite ground-station network: three stations' receivers fan in to one frame router, a
  frame bus feeds decoders, indexers and housekeeping ingest; contact planning, command uplink through an HSM.
- ``erx``: a pharmacy e-prescription exchange: prescribers, pharmacy tills, a patient app and hospital EHRs fan
  in through a FHIR facade; interaction checks, formulary, claims with an insurer PBM, a national PDMP registry.
- ``podhost``: a podcast hosting platform: creator studio, RSS edge, player API and ad insertion; a media job
  queue for transcoding, a download event stream, directory sync to two app stores, dynamic ad stitching.

Kinds: edge (takes outside traffic), svc, db, cache, broker, batch, proxy (mesh egress / sidecar hop), ext
(third party: never has metrics).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

LOTTERY = """
web-portal:edge 260 -> session-svc, player-account*0.4, ticket-purchase*0.3, results-publisher*0.5, jackpot-calc*0.6
mobile-api:edge 340 -> session-svc, ticket-purchase*0.35, ticket-validate*0.2, results-publisher*0.4, prize-claim*0.05
retail-terminal-gw:edge 420 -> token-issuer, ticket-purchase*0.7, ticket-validate*0.25, prize-claim*0.04
partner-api:edge 90 -> token-issuer, results-publisher*0.8, ticket-purchase*0.3
session-svc:svc -> session-cache*2, player-account*0.2, token-issuer*0.5
token-issuer:svc -> session-cache, signing-keys-db*0.05
player-account:svc -> player-db*1.5, kyc-check*0.05, responsible-play*0.5
kyc-check:svc -> id-verify-ext, player-db
responsible-play:svc -> player-db, limits-cache
ticket-purchase:svc -> wallet, geo-fence, fraud-score, ticket-ledger-db*2, ticket-bus, promo-engine*0.5
wallet:svc -> wallet-db*2, egress-proxy*0.1
egress-proxy:proxy -> bank-gateway-ext*0.8, id-verify-ext*0.1, sms-ext*0.3
geo-fence:svc -> session-cache, geoip-db
fraud-score:svc -> player-db, fraud-model-svc
fraud-model-svc:svc -> feature-cache*3
promo-engine:svc -> player-db, limits-cache
ticket-validate:svc -> ticket-ledger-db, draw-db, results-cache
results-publisher:svc -> results-cache*2, draw-db*0.1
jackpot-calc:svc -> jackpot-cache, ticket-ledger-db*0.2
prize-claim:svc -> ticket-validate, payout*0.6, kyc-check*0.3
payout:svc -> wallet, audit-trail, notif-queue, bank-gateway-ext*0.5
audit-trail:svc -> ticket-bus, audit-db
ledger-indexer:svc 60 -> ticket-bus*2, ticket-ledger-db, search-db
notif-dispatch:svc 25 -> notif-queue*2, egress-proxy, sms-ext*0.2
draw-engine:svc 4 -> rng-attest, draw-db*3, ticket-ledger-db*2, audit-trail
rng-attest:svc -> hsm-rng-ext
retailer-settle:svc 12 -> retailer-db*2, ticket-ledger-db
nightly-settle-batch:batch 2 -> retailer-settle*4, ticket-bus
draw-close-batch:batch 1 -> draw-engine*2, results-publisher
session-cache:cache
limits-cache:cache
results-cache:cache
jackpot-cache:cache
feature-cache:cache
player-db:db
ticket-ledger-db:db
wallet-db:db
draw-db:db
retailer-db:db
audit-db:db
search-db:db
geoip-db:db
signing-keys-db:db
ticket-bus:broker
notif-queue:broker
bank-gateway-ext:ext
id-verify-ext:ext
sms-ext:ext
hsm-rng-ext:ext
"""

GROUNDSAT = """
station-svalbard-rx:edge 180 -> frame-router, station-agent*0.02
station-awarua-rx:edge 150 -> frame-router, station-agent*0.02
station-punta-rx:edge 120 -> frame-router, station-agent*0.02
customer-api:edge 70 -> api-auth, contact-planner*0.2, product-catalog*0.6, delivery-svc*0.3
mission-ops-ui:edge 30 -> api-auth, telemetry-query*2, alarm-svc*0.5, contact-planner*0.3
frame-router:svc -> decode-svc, frame-bus*0.2, mesh-sidecar-fr
mesh-sidecar-fr:proxy -> route-table-cache
decode-svc:svc -> fec-decoder, product-store*0.5, frame-bus
fec-decoder:svc -> gpu-pool-svc
gpu-pool-svc:svc
product-indexer:svc 40 -> frame-bus, product-db, search-index
hk-ingest:svc 90 -> frame-bus, tsdb*3, limit-checker
limit-checker:svc -> alarm-svc*0.05, limits-db
alarm-svc:svc -> tsdb, alarm-db, egress-gw*0.1
egress-gw:proxy -> pager-ext, customer-s3-ext, weather-ext*0.2
api-auth:svc -> auth-cache, tenant-db*0.1
contact-planner:svc -> orbit-propagator, station-calendar, planner-db, weather-svc
orbit-propagator:svc -> tle-cache*2, tle-feed-ext*0.02
weather-svc:svc -> weather-cache, weather-ext*0.1
station-calendar:svc -> planner-db, conflict-solver*0.3
conflict-solver:svc -> planner-db*4
product-catalog:svc -> product-db, search-index, catalog-cache*2
delivery-svc:svc -> product-store*2, egress-gw, customer-s3-ext*0.5
telemetry-query:svc -> tsdb*2, catalog-cache
station-agent:svc -> station-db, cmd-bus*0.2
cmd-uplink:svc 6 -> cmd-bus, crypto-signer, station-agent, orbit-propagator
crypto-signer:svc -> hsm-ext
billing-meter:svc 20 -> frame-bus, billing-db
pass-scheduler:batch 2 -> contact-planner*3, cmd-uplink
archive-compactor:batch 1 -> product-store*5, product-db*2
route-table-cache:cache
tle-cache:cache
auth-cache:cache
catalog-cache:cache
weather-cache:cache
frame-bus:broker
cmd-bus:broker
product-store:db
product-db:db
search-index:db
tsdb:db
alarm-db:db
limits-db:db
tenant-db:db
planner-db:db
station-db:db
billing-db:db
tle-feed-ext:ext
weather-ext:ext
pager-ext:ext
customer-s3-ext:ext
hsm-ext:ext
"""

ERX = """
prescriber-portal:edge 120 -> id-token, fhir-facade, rx-intake*0.5, patient-index*0.6
pharmacy-pos-gw:edge 300 -> id-token, fhir-facade, dispense-svc*0.4, claim-adjudicator*0.35, pharmacy-directory*0.1
patient-app:edge 180 -> id-token, fhir-facade*0.5, refill-svc*0.2, pharmacy-directory*0.4, pricing-svc*0.3
ehr-connector:edge 210 -> fhir-facade, rx-intake*0.6
insurer-callback:edge 30 -> prior-auth, claim-adjudicator*0.3
fhir-facade:svc -> mesh-sidecar-ff, patient-index*0.5, rx-router*0.3, consent-svc*0.4
mesh-sidecar-ff:proxy -> id-token*0.5
id-token:svc -> token-cache, signing-key-db*0.02
rx-intake:svc -> signature-verify, rx-validator, rx-db, rx-events, audit-log
signature-verify:svc -> national-id-ext*0.2, cert-cache
rx-validator:svc -> drug-interaction, formulary-svc, controlled-check*0.2, patient-index
drug-interaction:svc -> drug-cache*4, drug-vendor-ext*0.05
formulary-svc:svc -> formulary-db, drug-cache
controlled-check:svc -> pdmp-ext, audit-log
patient-index:svc -> patient-db*2, patient-cache
consent-svc:svc -> consent-db, patient-cache
rx-router:svc -> pharmacy-directory, rx-db, rx-events
pharmacy-directory:svc -> directory-cache*2, pharmacy-db*0.2
dispense-svc:svc -> rx-db*2, inventory-svc, controlled-check*0.1, rx-events, audit-log
inventory-svc:svc -> inventory-db*2
claim-adjudicator:svc -> eligibility-svc, pricing-svc, claims-db, insurer-pbm-ext*0.6
eligibility-svc:svc -> eligibility-cache, insurer-pbm-ext*0.2
pricing-svc:svc -> formulary-svc, pricing-cache
prior-auth:svc -> claims-db, rx-db, notify-queue
refill-svc:svc -> rx-db, rx-router*0.5
audit-log:svc -> audit-db, rx-events*0.3
notify-svc:svc 40 -> notify-queue*2, sms-gateway-ext, patient-cache
rx-event-consumer:svc 150 -> rx-events*2, notify-queue*0.3, reporting-db
refill-batch:batch 3 -> refill-svc*6, notify-queue
claims-recon-batch:batch 2 -> claims-db*8, insurer-pbm-ext
formulary-sync-batch:batch 1 -> formulary-db*10, drug-vendor-ext
token-cache:cache
cert-cache:cache
drug-cache:cache
patient-cache:cache
directory-cache:cache
eligibility-cache:cache
pricing-cache:cache
rx-db:db
patient-db:db
formulary-db:db
pharmacy-db:db
claims-db:db
audit-db:db
consent-db:db
inventory-db:db
reporting-db:db
signing-key-db:db
rx-events:broker
notify-queue:broker
pdmp-ext:ext
insurer-pbm-ext:ext
drug-vendor-ext:ext
sms-gateway-ext:ext
national-id-ext:ext
"""

PODHOST = """
rss-edge:edge 900 -> feed-renderer, media-redirect*0.2
player-api:edge 500 -> token-svc, media-redirect, episode-meta*0.6, recommend-svc*0.1, search-svc*0.08
creator-studio:edge 40 -> creator-auth, upload-svc*0.1, show-svc, episode-meta*0.5, analytics-query*0.6
ads-api:edge 60 -> campaign-svc, ads-db*0.3, creator-auth*0.5
webhook-in:edge 15 -> import-svc, creator-auth
media-redirect:svc -> download-tracker, geoip-svc, ad-stitcher*0.3, mesh-sidecar-mr
mesh-sidecar-mr:proxy -> token-svc*0.1
download-tracker:svc -> download-events, geoip-svc*0.2
geoip-svc:svc -> geoip-cache*1.5
ad-stitcher:svc -> ad-decision, media-store, ad-cache
ad-decision:svc -> ad-cache*2, campaign-svc*0.2, ad-exchange-ext*0.3
campaign-svc:svc -> ads-db, ad-cache*0.5
feed-renderer:svc -> feed-cache*1.2, feed-builder*0.1, show-svc*0.05
feed-builder:svc -> episode-db*3, show-db, meta-cache
episode-meta:svc -> meta-cache*2, episode-db*0.3
show-svc:svc -> show-db, meta-cache
token-svc:svc -> token-cache, user-db*0.05
creator-auth:svc -> token-svc, user-db*0.3
upload-svc:svc -> media-store*4, media-jobs, episode-db
transcode-worker:svc 8 -> media-jobs*2, media-store*6, loudness-svc, episode-db
loudness-svc:svc -> media-store*2
transcript-svc:svc 5 -> media-jobs, asr-vendor-ext, episode-db, search-svc*0.5
chapter-gen:svc 3 -> media-jobs, episode-db, transcript-store
search-svc:svc -> search-index, meta-cache
recommend-svc:svc -> reco-cache*2, analytics-warehouse*0.05
analytics-query:svc -> analytics-warehouse*2, stats-cache
stats-rollup:svc 50 -> download-events*2, analytics-warehouse
import-svc:svc -> egress-gw, episode-db, media-jobs
egress-gw:proxy -> partner-feeds-ext, payment-ext*0.1
webhook-dispatch:svc 12 -> download-events*0.5, egress-gw
payout-svc:svc 2 -> billing-db*3, payment-ext, analytics-warehouse
billing-svc:svc 6 -> billing-db, payment-ext
moderation-svc:svc 4 -> media-jobs, transcript-store, episode-db
directory-sync:svc 3 -> episode-db*2, apple-directory-ext, spotify-directory-ext
nightly-rollup:batch 1 -> analytics-warehouse*20, stats-cache
directory-sync-batch:batch 1 -> directory-sync*5, show-db
feed-cache:cache
meta-cache:cache
geoip-cache:cache
ad-cache:cache
token-cache:cache
reco-cache:cache
stats-cache:cache
episode-db:db
show-db:db
user-db:db
ads-db:db
billing-db:db
analytics-warehouse:db
media-store:db
search-index:db
transcript-store:db
media-jobs:broker
download-events:broker
asr-vendor-ext:ext
ad-exchange-ext:ext
payment-ext:ext
apple-directory-ext:ext
spotify-directory-ext:ext
partner-feeds-ext:ext
"""


@dataclass
class Estate:
    name: str
    kinds: dict[str, str]
    edges: list[tuple[str, str, float]]
    ingress: dict[str, float]
    _callers: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    _callees: dict[str, list[tuple[str, float]]] = field(default_factory=dict)

    def callers(self, service: str) -> list[tuple[str, float]]:
        return self._callers.get(service, [])

    def callees(self, service: str) -> list[tuple[str, float]]:
        return self._callees.get(service, [])

    def ancestors(self, service: str) -> set[str]:
        return self._walk(service, self.callers)

    def descendants(self, service: str) -> set[str]:
        return self._walk(service, self.callees)

    @staticmethod
    def _walk(service, step) -> set[str]:
        seen: set[str] = set()
        todo = [service]
        while todo:
            for nxt, _ in step(todo.pop()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    @cached_property
    def order(self) -> list[str]:
        """Callers before callees (the graphs are acyclic)."""
        indeg = {s: len(self.callers(s)) for s in self.kinds}
        ready = sorted(s for s, d in indeg.items() if d == 0)
        out = []
        while ready:
            s = ready.pop(0)
            out.append(s)
            for c, _ in self.callees(s):
                indeg[c] -= 1
                if indeg[c] == 0:
                    ready.append(c)
        if len(out) != len(self.kinds):
            raise ValueError(f"{self.name}: the call graph has a cycle")
        return out


def _parse(name: str, text: str) -> Estate:
    kinds: dict[str, str] = {}
    edges: list[tuple[str, str, float]] = []
    ingress: dict[str, float] = {}
    for line in text.strip().splitlines():
        head, _, tail = line.partition("->")
        svc, _, rest = head.strip().partition(":")
        kind, *rate = rest.split()
        kinds[svc] = kind
        if rate:
            ingress[svc] = float(rate[0])
        for part in filter(None, (p.strip() for p in tail.split(","))):
            callee, _, w = part.partition("*")
            edges.append((svc, callee, float(w or 1.0)))
    # the topology's weight is the share of the caller's requests that use the callee (at most 1); the physics
    # uses the calls per request kept in callers() and callees()
    es = Estate(name, kinds, [(a, b, min(1.0, w)) for a, b, w in edges], ingress)
    for a, b, w in edges:
        if b not in kinds:
            raise ValueError(f"{name}: {a} calls unknown {b}")
        es._callers.setdefault(b, []).append((a, w))
        es._callees.setdefault(a, []).append((b, w))
    _ = es.order
    return es


ESTATES: dict[str, Estate] = {
    n: _parse(n, t) for n, t in (("lottery", LOTTERY), ("groundsat", GROUNDSAT), ("erx", ERX), ("podhost", PODHOST))
}
