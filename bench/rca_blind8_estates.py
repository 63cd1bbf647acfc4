"""The four estates of the eighth blind RCA set (bench/rca_blind8.py), invented for it.

- ``lab``: a hospital laboratory information system (orders from the wards, specimen tracking, instrument
  interfaces over HL7, result verification, critical-value paging, billing to payers), 48 services;
- ``ridehail``: a ride-hail marketplace (rider and driver apps, dispatch and matching, surge pricing, trip state,
  payments and driver payouts, a location stream), 56 services;
- ``arena``: an online game backend (matchmaking with skill rating and server allocation, parties and presence, a
  store with entitlements, telemetry), 47 services;
- ``cardauth``: a bank's card authorisation path (scheme messages through an ISO 8583 router, tokenisation and the
  HSM, risk and velocity checks, limits and balances, stand-in, 3-D Secure), 35 services.

A spec line is ``name kind: callee:share ...`` (share: the part of the caller's requests that go to that callee);
``name +: ...`` adds callees to a service already listed.
Kinds: edge (where traffic enters), api, svc, db, cache, queue, worker, batch, ext (a third party: never observed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

LAB = """
portal-edge edge: order-entry-api:0.45 results-api:0.4 auth-sso:0.3 session-cache:0.5 billing-api:0.1
hl7-gateway edge: hl7-inbound-queue:0.8 patient-index:0.3 audit-trail:0.2
mobile-edge edge: phlebotomy-api:0.8 auth-sso:0.3 session-cache:0.4
order-entry-api api: order-validator:0.9 patient-index:0.6 test-catalogue:0.5 lis-orders-db:0.7
order-entry-api +: audit-trail:0.3 insurance-eligibility:0.2
results-api api: lis-results-db:0.8 patient-cache:0.6 patient-index:0.3 report-renderer:0.25 audit-trail:0.3
specimen-api api: specimen-tracker:0.9 label-printer-svc:0.3 specimen-db:0.4
phlebotomy-api api: specimen-api:0.7 patient-cache:0.5 patient-index:0.3 order-entry-api:0.2
billing-api api: charge-capture:0.8 billing-db:0.6 insurance-eligibility:0.4
order-validator svc: test-catalogue:0.7 catalogue-cache:0.6 lis-orders-db:0.3
test-catalogue svc: catalogue-cache:0.8 lis-orders-db:0.2
patient-index svc: mpi-db:0.7 patient-cache:0.6
specimen-tracker svc: specimen-db:0.9 instrument-broker:0.3 notify-queue:0.1
label-printer-svc svc: specimen-db:0.3
instrument-broker svc: specimen-db:0.4 lis-results-db:0.4
result-verifier svc: autoverify-rules:0.8 lis-results-db:0.7 patient-cache:0.4
result-verifier +: critical-value-notifier:0.1 result-release:0.3
autoverify-rules svc: catalogue-cache:0.5 test-catalogue:0.3
critical-value-notifier svc: notify-queue:0.9 patient-index:0.4
report-renderer svc: lis-results-db:0.5 patient-cache:0.3
ehr-outbound svc: ehr-vendor-api:0.9 audit-trail:0.2
insurance-eligibility svc: payer-clearinghouse:0.9 billing-db:0.2
charge-capture svc: billing-db:0.8 test-catalogue:0.3
audit-trail svc: audit-db:0.9
auth-sso svc: session-cache:0.7 mpi-db:0.1
pathologist-worklist svc: lis-results-db:0.6 result-verifier:0.3 patient-cache:0.3
lis-orders-db db:
lis-results-db db:
mpi-db db:
specimen-db db:
billing-db db:
audit-db db:
catalogue-cache cache:
session-cache cache:
patient-cache cache:
hl7-inbound-queue queue:
results-outbound-queue queue:
notify-queue queue:
hl7-parser-worker worker: hl7-inbound-queue:1.0 result-verifier:0.6 instrument-broker:0.4 reference-lab-link:0.2
results-publisher-worker worker: results-outbound-queue:1.0 ehr-outbound:0.7 reference-lab-link:0.2
notify-worker worker: notify-queue:1.0 sms-pager-provider:0.8 ehr-vendor-api:0.2
nightly-qc-batch batch: lis-results-db:1.0
claims-export-batch batch: billing-db:1.0 payer-clearinghouse:0.1
payer-clearinghouse ext:
sms-pager-provider ext:
ehr-vendor-api ext:
reference-lab-link ext:
clinician-app-edge edge: pathologist-worklist:0.6 results-api:0.4 auth-sso:0.3 qc-dashboard-api:0.1
result-release svc: results-outbound-queue:0.9 lis-results-db:0.3
qc-dashboard-api api: lis-results-db:0.6 specimen-db:0.3
"""

RIDEHAIL = """
rider-edge edge: rider-api:0.7 pricing-api:0.35 identity:0.3 session-cache:0.5
driver-edge edge: driver-api:0.8 identity:0.3 location-stream:0.6
partner-edge edge: trip-api:0.6 pricing-api:0.3 identity:0.4 support-api:0.2
rider-api api: trip-api:0.5 riders-db:0.3 promo-engine:0.25 eta-service:0.4 rating-service:0.1 chat-relay:0.1
driver-api api: driver-supply:0.6 trip-api:0.3 drivers-db:0.3 incentive-engine:0.2 document-verifier:0.05 chat-relay:0.1
trip-api api: trip-state:0.8 dispatch-api:0.4 payments-api:0.2 receipts:0.1 safety-checkin:0.1
pricing-api api: surge-pricer:0.7 fare-calculator:0.6 pricing-cache:0.5 geo-index:0.3
dispatch-api api: matching-engine:0.9 driver-supply:0.4 eta-service:0.3
payments-api api: wallet:0.6 fraud-scorer:0.5 psp-gateway:0.6 ledger-db:0.4
support-api api: trip-state:0.4 riders-db:0.3 drivers-db:0.3 chat-relay:0.2
geo-index svc: geo-cache:0.8 maps-adapter:0.2
eta-service svc: maps-adapter:0.6 geo-cache:0.5 driver-location-cache:0.5
surge-pricer svc: pricing-cache:0.7 driver-location-cache:0.4 trips-db:0.2
matching-engine svc: driver-location-cache:0.8 eta-service:0.6 driver-supply:0.4 geo-index:0.4
driver-supply svc: drivers-db:0.5 driver-location-cache:0.6
trip-state svc: trips-db:0.9 trip-events-bus:0.6
fare-calculator svc: promo-engine:0.3 pricing-cache:0.5 fx-adapter:0.1
promo-engine svc: promo-db:0.8 session-cache:0.2
fraud-scorer svc: riders-db:0.3 trips-db:0.2 kyc-vendor:0.05
wallet svc: ledger-db:0.8 riders-db:0.2
payout-service svc: ledger-db:0.6 psp-gateway:0.5 drivers-db:0.3
identity svc: session-cache:0.8 riders-db:0.2 drivers-db:0.2
rating-service svc: ratings-db:0.9
notification-router svc: sms-provider:0.5 push-relay:0.6
maps-adapter svc: maps-provider:0.9
receipts svc: trips-db:0.4 notification-router:0.5
chat-relay svc: notification-router:0.4 trips-db:0.2
safety-checkin svc: trip-state:0.4 notification-router:0.4
document-verifier svc: kyc-vendor:0.8 drivers-db:0.3
incentive-engine svc: drivers-db:0.3 promo-db:0.4 ledger-db:0.2
fx-adapter svc: fx-feed:0.9
push-relay svc: sms-provider:0.1
trips-db db:
riders-db db:
drivers-db db:
ledger-db db:
promo-db db:
ratings-db db:
geo-cache cache:
pricing-cache cache:
session-cache cache:
driver-location-cache cache:
trip-events-bus queue:
payout-queue queue:
location-stream queue:
trip-events-consumer worker: trip-events-bus:1.0 payout-service:0.3 receipts:0.3 rating-service:0.2
payout-worker worker: payout-queue:1.0 payout-service:0.9
location-ingestor worker: location-stream:1.0 driver-location-cache:0.9 geo-index:0.2
receipt-mailer worker: trip-events-bus:1.0 receipts:0.6 notification-router:0.3
surge-model-refresh batch: trips-db:0.8 pricing-cache:0.3
earnings-recon-batch batch: ledger-db:1.0 payout-queue:0.2
maps-provider ext:
psp-gateway ext:
sms-provider ext:
kyc-vendor ext:
fx-feed ext:
"""

ARENA = """
client-gateway edge: session-api:0.5 matchmaking-api:0.4 social-api:0.3 profile-api:0.2 telemetry-gateway:0.6
web-gateway edge: store-api:0.7 profile-api:0.4 auth-service:0.3
session-api api: auth-service:0.7 presence:0.5 entitlements:0.3 console-platform-auth:0.2
matchmaking-api api: mm-queue-router:0.9 party-service:0.5 skill-rating:0.4
store-api api: storefront:0.8 purchase-service:0.2 entitlements:0.3
social-api api: friends-service:0.7 presence:0.5 chat-service:0.4 party-service:0.2
profile-api api: profiles-db:0.6 inventory:0.4 leaderboard:0.3 rating-cache:0.2
lobby-service svc: party-service:0.5 presence-cache:0.5 region-picker:0.3
mm-queue-router svc: skill-rating:0.7 region-picker:0.6 lobby-service:0.5 server-allocator:0.3
skill-rating svc: rating-cache:0.8 matches-db:0.3
region-picker svc: fleet-manager:0.4 presence-cache:0.2
server-allocator svc: fleet-manager:0.8 matches-db:0.3 cloud-fleet-api:0.2
fleet-manager svc: cloud-fleet-api:0.6 matches-db:0.1
party-service svc: presence-cache:0.7 profiles-db:0.2
friends-service svc: profiles-db:0.6 presence-cache:0.5
presence svc: presence-cache:0.9
chat-service svc: moderation:0.5 voice-chat-vendor:0.3 presence-cache:0.2
inventory svc: inventory-db:0.9 catalog-cache:0.3
entitlements svc: inventory-db:0.6 ledger-db:0.3 console-platform-auth:0.2
storefront svc: catalog-cache:0.8 entitlements:0.4 inventory-db:0.1
purchase-service svc: payment-provider:0.8 ledger-db:0.6 purchase-queue:0.5 anticheat-verdict:0.2
leaderboard svc: leaderboard-db:0.8 rating-cache:0.3
anticheat-verdict svc: matches-db:0.4 profiles-db:0.2
telemetry-gateway svc: telemetry-stream:0.95
auth-service svc: profiles-db:0.3 console-platform-auth:0.6 presence-cache:0.2
moderation svc: profiles-db:0.3
profiles-db db:
inventory-db db:
ledger-db db:
leaderboard-db db:
matches-db db:
presence-cache cache:
rating-cache cache:
catalog-cache cache:
match-results-stream queue:
telemetry-stream queue:
purchase-queue queue:
match-results-consumer worker: match-results-stream:1.0 skill-rating:0.6 leaderboard:0.5 anticheat-verdict:0.3
telemetry-sink worker: telemetry-stream:1.0 matches-db:0.1
purchase-fulfiller worker: purchase-queue:1.0 entitlements:0.8 inventory:0.6
game-server-reporter worker: match-results-stream:0.9 matches-db:0.4
season-rollover-batch batch: leaderboard-db:1.0 rating-cache:0.2
replay-compactor-batch batch: matches-db:1.0
console-platform-auth ext:
payment-provider ext:
voice-chat-vendor ext:
cloud-fleet-api ext:
"""

CARDAUTH = """
scheme-edge edge: iso8583-router:0.95
acs-edge edge: threeds-api:0.9 card-cache:0.2
ops-console-edge edge: dispute-intake:0.5 limits-service:0.3 cards-db:0.2
auth-api api: card-lookup:0.9 risk-engine:0.8 limits-service:0.7 balance-service:0.7 hsm-proxy:0.6 auth-events-queue:0.9
threeds-api api: card-lookup:0.6 risk-engine:0.5 sms-otp-provider:0.4 directory-server:0.3
iso8583-router svc: auth-api:0.9 tokenisation:0.4 stand-in-processor:0.05 merchant-profile:0.3
card-lookup svc: card-cache:0.8 cards-db:0.3
tokenisation svc: hsm-proxy:0.5 cards-db:0.3 card-cache:0.3
hsm-proxy svc: hsm-cluster:0.95
risk-engine svc: velocity-checker:0.7 risk-features-db:0.5 merchant-profile:0.4 fx-rates:0.2
velocity-checker svc: velocity-cache:0.8 risk-features-db:0.3
limits-service svc: limits-db:0.8 card-cache:0.3
balance-service svc: core-banking:0.6 ledger-db:0.5
stand-in-processor svc: limits-db:0.5 card-cache:0.5
fx-rates svc: fx-cache:0.9
merchant-profile svc: risk-features-db:0.4 card-cache:0.2
notification-svc svc: sms-otp-provider:0.6 cards-db:0.1
dispute-intake svc: ledger-db:0.4 cards-db:0.4
cards-db db:
ledger-db db:
risk-features-db db:
limits-db db:
card-cache cache:
fx-cache cache:
velocity-cache cache:
auth-events-queue queue:
alerts-queue queue:
ledger-poster worker: auth-events-queue:1.0 ledger-db:0.9 alerts-queue:0.2
alert-dispatcher worker: alerts-queue:1.0 notification-svc:0.9
clearing-file-batch batch: ledger-db:1.0
risk-model-rescore batch: risk-features-db:1.0
hsm-cluster ext:
directory-server ext:
sms-otp-provider ext:
core-banking ext:
"""

INGRESS = {
    "lab": {"portal-edge": 0.45, "hl7-gateway": 0.3, "mobile-edge": 0.15, "clinician-app-edge": 0.1},
    "ridehail": {"rider-edge": 0.5, "driver-edge": 0.4, "partner-edge": 0.1},
    "arena": {"client-gateway": 0.8, "web-gateway": 0.2},
    "cardauth": {"scheme-edge": 0.8, "acs-edge": 0.15, "ops-console-edge": 0.05},
}


@dataclass
class Estate:
    name: str
    kinds: dict[str, str]
    edges: list[tuple[str, str, float]]
    ingress: dict[str, float] = field(default_factory=dict)

    @cached_property
    def _callees(self) -> dict[str, list[tuple[str, float]]]:
        out: dict[str, list[tuple[str, float]]] = {s: [] for s in self.kinds}
        for a, b, w in self.edges:
            out[a].append((b, w))
        return out

    @cached_property
    def _callers(self) -> dict[str, list[tuple[str, float]]]:
        out: dict[str, list[tuple[str, float]]] = {s: [] for s in self.kinds}
        for a, b, w in self.edges:
            out[b].append((a, w))
        return out

    def callees(self, service: str) -> list[tuple[str, float]]:
        return self._callees[service]

    def callers(self, service: str) -> list[tuple[str, float]]:
        return self._callers[service]

    def ancestors(self, service: str) -> set[str]:
        return self._walk(service, self._callers)

    def descendants(self, service: str) -> set[str]:
        return self._walk(service, self._callees)

    @staticmethod
    def _walk(service: str, nxt: dict[str, list[tuple[str, float]]]) -> set[str]:
        seen: set[str] = set()
        todo = [service]
        while todo:
            for s, _ in nxt[todo.pop()]:
                if s not in seen:
                    seen.add(s)
                    todo.append(s)
        return seen

    @cached_property
    def order(self) -> list[str]:
        """Callers before callees (the graph is acyclic)."""
        indeg = {s: len(self._callers[s]) for s in self.kinds}
        ready = sorted(s for s, d in indeg.items() if d == 0)
        out = []
        while ready:
            s = ready.pop(0)
            out.append(s)
            for b, _ in self._callees[s]:
                indeg[b] -= 1
                if indeg[b] == 0:
                    ready.append(b)
        if len(out) != len(self.kinds):
            raise ValueError(f"{self.name}: the call graph has a cycle")
        return out

    def of_kind(self, *kinds: str) -> list[str]:
        return [s for s in self.order if self.kinds[s] in kinds]


def _parse(name: str, spec: str) -> Estate:
    kinds: dict[str, str] = {}
    edges: list[tuple[str, str, float]] = []
    for line in spec.strip().splitlines():
        head, _, tail = line.partition(":")
        svc, kind = head.split()
        if kind != "+":  # "+": more callees of the service above
            kinds[svc] = kind
        for part in tail.split():
            callee, share = part.split(":")
            edges.append((svc, callee, float(share)))
    for a, b, _ in edges:
        if b not in kinds:
            raise ValueError(f"{name}: {a} calls unknown {b}")
    return Estate(name=name, kinds=kinds, edges=edges, ingress=INGRESS[name])


ESTATES: dict[str, Estate] = {
    "lab": _parse("lab", LAB),
    "ridehail": _parse("ridehail", RIDEHAIL),
    "arena": _parse("arena", ARENA),
    "cardauth": _parse("cardauth", CARDAUTH),
}
