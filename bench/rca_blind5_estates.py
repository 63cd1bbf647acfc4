"""Four invented companies' service graphs for bench/rca_blind5.py.

One line per service: ``name kind [in=share] [dark] [~queue ...] -> callee:weight ...``. ``in=`` is the share of user
traffic entering there, ``dark`` a service that never exports metrics (most third parties are only seen through
their callers), ``~queue`` a queue the worker consumes (it pulls: the worker calls the queue, yet the load flows
from the queue to the worker). Weights are the share of the caller's requests that reach the callee.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from graphlib import TopologicalSorter

KELPIE = """
edge-gw gateway in=0.55 -> shipper-bff:0.55 driver-bff:0.45 authz:0.9 dns-core:0.25
partner-gw gateway in=0.2 -> partner-api:0.8 authz:1.0 dns-core:0.25
scan-gw gateway in=0.25 -> scan-ingest:1.0 dns-core:0.2
shipper-bff bff -> booking-api:0.4 tracking-api:0.5 quote-svc:0.3 profile-svc:0.2
driver-bff bff -> route-svc:0.5 pod-svc:0.3 tracking-api:0.4 profile-svc:0.1
partner-api api -> booking-api:0.6 tracking-api:0.5 label-svc:0.3
authz api -> authz-db:0.3 session-cache:0.9
booking-api api -> booking-db:0.9 quote-svc:0.4 label-svc:0.3 booking-events:0.6 fraudcheck-ext:0.1 dns-core:0.2
quote-svc api -> rate-db:0.3 rate-cache:0.9 fx-ext:0.2
tracking-api api -> tracking-db:0.3 tracking-cache:0.9 geo-svc:0.2 dns-core:0.2
route-svc api -> geo-svc:0.7 routing-ext:0.4 route-db:0.4
pod-svc api -> blobstore:0.8 pod-db:0.6
label-svc api -> carrier-gw:0.9 label-db:0.5 dns-core:0.2
carrier-gw api -> dhl-ext:0.45 ups-ext:0.35 gls-ext:0.2
profile-svc api -> profile-db:0.3 session-cache:0.6
geo-svc api -> geo-cache:0.9 geo-db:0.3
scan-ingest api -> scan-events:1.0 tracking-db:0.3
booking-events queue
scan-events queue
invoice-worker worker ~booking-events -> billing-db:0.8 tax-ext:0.5
notify-worker worker ~booking-events -> sms-ext:0.4 mail-ext:0.6 dns-core:0.3
eta-worker worker ~scan-events -> tracking-db:0.5 tracking-cache:0.6 route-svc:0.2
nightly-billing batch -> billing-db:1.0 booking-db:0.3
dwh-export batch -> tracking-db:0.5 booking-db:0.5 blobstore:0.5
authz-db db
booking-db db
rate-db db
tracking-db db
route-db db
pod-db db
label-db db
profile-db db
geo-db db
billing-db db
blobstore db
session-cache cache
rate-cache cache
tracking-cache cache
geo-cache cache
fraudcheck-ext external
fx-ext external
routing-ext external
dhl-ext external dark
ups-ext external dark
gls-ext external dark
tax-ext external
sms-ext external dark
mail-ext external
dns-core dns
"""

ALMONDINE = """
app-gw gateway in=0.8 -> patient-bff:0.7 clinician-bff:0.3 idp:0.6 resolver:0.25
ehr-gw gateway in=0.2 -> fhir-api:1.0 idp:1.0 resolver:0.25
patient-bff bff -> appt-api:0.5 video-api:0.2 rx-api:0.2 chat-api:0.3
clinician-bff bff -> appt-api:0.4 fhir-api:0.5 chat-api:0.3 notes-api:0.4
idp api -> idp-db:0.3 token-cache:0.9
appt-api api -> appt-db:0.4 slot-cache:0.8 reminders-q:0.3 resolver:0.2
video-api api -> twilio-ext:0.8 appt-api:0.2
rx-api api -> rx-db:0.7 pharmacy-ext:0.5 resolver:0.2
chat-api api -> chat-db:0.3 presence-cache:0.9
notes-api api -> notes-db:0.8 transcribe-ext:0.3 fhir-api:0.2
fhir-api api -> fhir-db:0.4 terminology-cache:0.6
reminders-q queue
reminder-worker worker ~reminders-q -> sms-ext:0.7 appt-db:0.3
claims-batch batch -> appt-db:0.6 fhir-db:0.4 payer-ext:0.8
idp-db db
appt-db db
rx-db db
chat-db db
notes-db db
fhir-db db
token-cache cache
slot-cache cache
presence-cache cache
terminology-cache cache
twilio-ext external dark
pharmacy-ext external
transcribe-ext external dark
sms-ext external
payer-ext external dark
resolver dns
"""

VIREO = """
api-edge gateway in=0.5 -> merchant-bff:0.3 checkout-api:0.6 auth-svc:1.0 kube-dns:0.25
dash-edge gateway in=0.15 -> dashboard-bff:1.0 auth-svc:1.0 kube-dns:0.25
app-edge gateway in=0.35 -> wallet-bff:1.0 auth-svc:1.0 kube-dns:0.25
merchant-bff bff -> merchant-svc:0.6 payout-svc:0.3 report-svc:0.2
dashboard-bff bff -> merchant-svc:0.5 report-svc:0.5 dispute-svc:0.3 payout-svc:0.3
wallet-bff bff -> wallet-svc:0.7 card-svc:0.3 kyc-svc:0.1 notif-svc:0.2
checkout-api api -> payment-svc:0.8 risk-svc:0.8 merchant-svc:0.3 idem-cache:1.0 kube-dns:0.2
auth-svc api -> auth-db:0.3 apikey-cache:0.9
payment-svc api -> ledger-svc:0.9 router-svc:0.9 payment-db:0.8 payment-events:0.9 kube-dns:0.2
router-svc api -> acquirer-a-ext:0.5 acquirer-b-ext:0.3 scheme-proxy:0.3 tokenvault:0.6
scheme-proxy api -> visa-ext:0.6 mc-ext:0.4
tokenvault api -> hsm-ext:0.7 vault-db:0.6
risk-svc api -> risk-model:0.8 risk-cache:0.7 risk-db:0.3 device-ext:0.2
risk-model api -> feature-cache:0.9 feature-db:0.3
ledger-svc api -> ledger-db:1.0
merchant-svc api -> merchant-db:0.3 merchant-cache:0.9
wallet-svc api -> wallet-db:0.8 ledger-svc:0.3 fx-svc:0.2 wallet-events:0.3
card-svc api -> tokenvault:0.5 card-db:0.6 issuer-ext:0.3
kyc-svc api -> kyc-db:0.5 idcheck-ext:0.7
fx-svc api -> fx-cache:0.9 fx-db:0.2 rates-ext:0.1
payout-svc api -> payout-db:0.7 ledger-svc:0.4 bank-ext:0.2
report-svc api -> replica-db:0.4 report-cache:0.6
dispute-svc api -> dispute-db:0.8 scheme-proxy:0.2
notif-svc api -> push-ext:0.6 mailer-ext:0.4
payment-events queue
wallet-events queue
settlement-worker worker ~payment-events -> ledger-db:0.6 settlement-db:0.8
webhook-worker worker ~payment-events -> webhook-ext:1.0 kube-dns:0.4
risk-feedback-worker worker ~payment-events -> feature-db:0.7 feature-cache:0.3
wallet-notify-worker worker ~wallet-events -> notif-svc:1.0
recon-batch batch -> settlement-db:0.7 ledger-db:0.5 bank-ext:0.3
statement-batch batch -> replica-db:1.0 blob-store:0.8
auth-db db
payment-db db
vault-db db
risk-db db
feature-db db
ledger-db db
merchant-db db
wallet-db db
card-db db
kyc-db db
fx-db db
payout-db db
replica-db db
dispute-db db
settlement-db db
blob-store db
idem-cache cache
apikey-cache cache
risk-cache cache
feature-cache cache
merchant-cache cache
fx-cache cache
report-cache cache
acquirer-a-ext external
acquirer-b-ext external
visa-ext external dark
mc-ext external dark
hsm-ext external
device-ext external dark
issuer-ext external
idcheck-ext external dark
rates-ext external
bank-ext external
push-ext external dark
mailer-ext external
webhook-ext external dark
kube-dns dns
"""

TUMBLEWEED = """
game-edge gateway in=0.85 -> lobby-bff:0.5 store-bff:0.2 login-svc:0.5 cluster-dns:0.3
studio-edge gateway in=0.15 -> liveops-api:1.0 login-svc:1.0 cluster-dns:0.3
lobby-bff bff -> matchmaker:0.4 friends-svc:0.4 profile-svc:0.5 leaderboard-svc:0.3 chat-relay:0.2
store-bff bff -> catalog-svc:0.8 purchase-svc:0.3 profile-svc:0.2
login-svc api -> account-db:0.4 session-cache:0.9 platform-auth-ext:0.3
matchmaker api -> mm-cache:0.9 fleet-svc:0.3 telemetry-q:0.5
fleet-svc api -> fleet-db:0.6 cloudvm-ext:0.2
friends-svc api -> social-db:0.3 social-cache:0.8
profile-svc api -> profile-db:0.3 profile-cache:0.9
leaderboard-svc api -> lb-cache:1.0 lb-db:0.2
chat-relay api -> chat-db:0.5 moderation-ext:0.3 telemetry-q:0.3
catalog-svc api -> catalog-db:0.3 catalog-cache:0.9 cdn-ext:0.2
purchase-svc api -> purchase-db:0.8 store-ext:0.7 entitlement-svc:0.6 telemetry-q:0.4
entitlement-svc api -> entitlement-db:0.5 profile-cache:0.3
liveops-api api -> catalog-db:0.4 liveops-db:0.6 telemetry-q:0.2
telemetry-q queue
analytics-worker worker ~telemetry-q -> events-db:0.9
anticheat-worker worker ~telemetry-q -> anticheat-db:0.7 profile-svc:0.1
season-rollup batch -> lb-db:0.8 events-db:0.6
account-db db
fleet-db db
social-db db
profile-db db
lb-db db
chat-db db
catalog-db db
purchase-db db
entitlement-db db
liveops-db db
events-db db
anticheat-db db
session-cache cache
mm-cache cache
social-cache cache
profile-cache cache
lb-cache cache
catalog-cache cache
platform-auth-ext external dark
cloudvm-ext external
moderation-ext external dark
cdn-ext external
store-ext external
cluster-dns dns
"""


@dataclass
class Estate:
    name: str
    kinds: dict[str, str]
    edges: list[tuple[str, str, float]]  # caller, callee, weight (consume edges included, weight 1)
    ingress: dict[str, float]
    dark: set[str]
    consumes: dict[str, list[str]] = field(default_factory=dict)  # worker -> queues it pulls from
    callees: dict[str, list[tuple[str, float]]] = field(default_factory=dict)  # request edges only
    callers: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    load_order: list[str] = field(default_factory=list)  # callers (and queues) before the services they feed
    latency_order: list[str] = field(default_factory=list)  # callees before their callers

    def __post_init__(self) -> None:
        self.callees = {s: [] for s in self.kinds}
        self.callers = {s: [] for s in self.kinds}
        for a, b, w in self.edges:
            if b in self.consumes.get(a, []):
                continue
            self.callees[a].append((b, w))
            self.callers[b].append((a, w))
        feed = {s: {c for c, _ in self.callers[s]} | set(self.consumes.get(s, [])) for s in self.kinds}
        self.load_order = list(TopologicalSorter(feed).static_order())
        self.latency_order = list(
            TopologicalSorter({s: {c for c, _ in self.callees[s]} for s in self.kinds}).static_order()
        )

    def dbs_of(self, service: str) -> list[tuple[str, float]]:
        return [(c, w) for c, w in self.callees[service] if self.kinds[c] == "db"]

    def related(self, a: str, b: str) -> bool:
        """Is there a path of calls (or consumption) from one to the other?"""
        return a == b or b in self.below(a) or a in self.below(b)

    def below(self, service: str) -> set[str]:
        seen: set[str] = set()
        todo = [service]
        while todo:
            s = todo.pop()
            nxt = [c for c, _ in self.callees[s]] + self.consumes.get(s, [])
            for c in nxt:
                if c not in seen:
                    seen.add(c)
                    todo.append(c)
        return seen

    def above(self, service: str, hops: int = 99) -> set[str]:
        seen: set[str] = set()
        frontier = {service}
        for _ in range(hops):
            frontier = {c for s in frontier for c, _ in self.callers[s]} - seen
            if not frontier:
                break
            seen |= frontier
        return seen


def parse(name: str, text: str) -> Estate:
    kinds: dict[str, str] = {}
    edges: list[tuple[str, str, float]] = []
    ingress: dict[str, float] = {}
    dark: set[str] = set()
    consumes: dict[str, list[str]] = {}
    for line in text.strip().splitlines():
        head, _, tail = line.partition("->")
        words = head.split()
        svc, kind = words[0], words[1]
        kinds[svc] = kind
        for w in words[2:]:
            if w.startswith("in="):
                ingress[svc] = float(w[3:])
            elif w == "dark":
                dark.add(svc)
            elif w.startswith("~"):
                consumes.setdefault(svc, []).append(w[1:])
                edges.append((svc, w[1:], 1.0))
        for item in tail.split():
            callee, weight = item.split(":")
            edges.append((svc, callee, float(weight)))
    unknown = {b for _, b, _ in edges} - set(kinds)
    if unknown:
        raise ValueError(f"estate {name}: callees without a line of their own: {sorted(unknown)}")
    return Estate(name, kinds, edges, ingress, dark, consumes)


ESTATES = {
    e.name: e
    for e in (
        parse("kelpie-freight", KELPIE),
        parse("almondine-health", ALMONDINE),
        parse("vireo-pay", VIREO),
        parse("tumbleweed-games", TUMBLEWEED),
    )
}
