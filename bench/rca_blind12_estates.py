"""Estates of the twelfth blind RCA set (bench/rca_blind12.py): four businesses, each a call graph.

Written blind on 2026-12-06 (session 30, helper w-rca12); see bench/rca_blind12.py for what was read.

A line of a spec is ``service kind: callee*weight callee*weight?``; ``weight`` is calls per request, a trailing
``?`` marks an optional call (the caller degrades gracefully when it fails). Kinds: edge (entry proxies), api,
worker (stream consumers), batch (scheduled jobs), db, cache, broker, sidecar (a proxy in front of one service),
ext (a third party: never observed). ``dark`` services are ours but export no metrics.
"""

from __future__ import annotations

from functools import cache

PHOTO = """
public-gw edge: search-bff*0.7 asset-page*0.5 checkout-api*0.08
contributor-gw edge: upload-api*0.6 portfolio-api*0.5 payouts-api*0.05
partner-gw edge: licensing-api*0.9 feed-api*0.4
search-bff api: search-query*1 asset-meta*0.8 pricing*0.3 session-cache*1
asset-page api: asset-meta*1 rights-check*0.6 similar-rec*0.5? session-cache*1 preview-store*1
checkout-api api: cart*1 pricing*1 license-issuer*0.5 psp-gateway*0.6 fraud-score*0.6
cart api: cart-db*1.5 session-cache*1
pricing api: pricing-cache*1 pricing-db*0.3
license-issuer api: licence-db*1 rights-check*1 event-bus*0.5 doc-render*0.4?
licensing-api api: rights-check*1 license-issuer*0.5 licence-db*1 pricing*0.5
feed-api api: asset-meta*1 feed-cache*1
rights-check api: rights-db*1 release-store*0.3
asset-meta api: meta-cache*1 meta-db*0.2
search-query api: search-cluster*1 synonym-svc*0.3?
similar-rec api: vector-index*1 meta-cache*0.5
upload-api api: upload-store*1 ingest-bus*1 auth-svc*1 virus-scan*0.5
auth-svc api: auth-db*0.5 idp*0.1
portfolio-api api: asset-meta*1 auth-svc*1 earnings-svc*0.3?
earnings-svc api: ledger-db*1
payouts-api api: ledger-db*1 bank-payout*0.5 auth-svc*1
ingest-worker worker: ingest-bus*1 exif-extract*1 thumb-render*1 meta-db*0.6 moderation-ml*1
thumb-render api: preview-store*1
moderation-ml api: gpu-pool*1
royalty-stream worker: event-bus*1 ledger-db*1
nightly-royalty batch: ledger-db*2 licence-db*1
reindex-batch batch: search-cluster*1 meta-db*1
doc-render api: template-cache*1
synonym-svc api:
exif-extract api:
virus-scan sidecar: clamd*1
clamd api:
gpu-pool api:
pricing-cache cache:
feed-cache cache:
meta-cache cache:
session-cache cache:
template-cache cache:
pricing-db db:
cart-db db:
licence-db db:
rights-db db:
release-store db:
meta-db db:
search-cluster db:
vector-index db:
preview-store db:
upload-store db:
auth-db db:
ledger-db db:
ingest-bus broker:
event-bus broker:
psp-gateway ext:
fraud-score ext:
idp ext:
bank-payout ext:
"""

MEALKIT = """
web-edge edge: storefront*0.8 account-api*0.3 menu-api*0.9
app-edge edge: menu-api*1 box-api*0.7 account-api*0.4
storefront api: menu-api*1 promo-svc*0.5? session-store*1
menu-api api: menu-cache*1 recipe-svc*0.4 allergen-svc*0.6
recipe-svc api: recipe-db*1 image-resizer*0.5?
allergen-svc api: allergen-db*1
box-api api: subscription-svc*1 menu-api*0.5 inventory-svc*0.6 session-store*1
subscription-svc api: subs-db*1 billing-svc*0.2 order-bus*0.3
billing-svc api: billing-db*1 card-vault*0.6 tax-api*0.4
account-api api: identity-svc*1 subs-db*0.5 session-store*1
identity-svc api: identity-db*1 sms-otp*0.1
promo-svc api: promo-cache*1 promo-db*0.1
inventory-svc api: inventory-db*1 inventory-cache*1
pick-planner worker: order-bus*1 inventory-svc*1 warehouse-wms*0.5
label-printer worker: order-bus*1 carrier-api*1
email-worker worker: order-bus*1 mail-relay*1 template-svc*1
template-svc api: recipe-svc*0.3
weekly-cutoff batch: subs-db*2 order-bus*1.5
forecast-batch batch: inventory-db*1.5 recipe-db*0.5
image-resizer api:
menu-cache cache:
promo-cache cache:
inventory-cache cache:
session-store cache:
recipe-db db:
allergen-db db:
subs-db db:
billing-db db:
identity-db db:
promo-db db:
inventory-db db:
order-bus broker:
card-vault ext:
tax-api ext:
sms-otp ext:
warehouse-wms ext:
carrier-api ext:
mail-relay ext:
"""

CLAIMS = """
portal-edge edge: claims-portal*1 policy-portal*0.5
partner-edge edge: partner-claims-api*1
claims-portal api: fnol-api*0.6 claim-status*1 upload-gw*0.4 sso-svc*1
policy-portal api: policy-svc*1 sso-svc*1
partner-claims-api api: fnol-api*1 claim-status*0.5 partner-auth*1
partner-auth api: partner-db*1
sso-svc api: sso-cache*1 sso-db*0.2
fnol-api api: policy-svc*1 claims-db*1 intake-bus*1 fraud-rules*0.5
policy-svc api: policy-cache*1 policy-db*0.3 policy-mainframe*0.1
claim-status api: claims-db*1 status-cache*1
upload-gw api: doc-store*1 av-sidecar*1 intake-bus*1
av-sidecar sidecar: av-engine*1
ocr-router worker: intake-bus*1 ocr-proxy*1 classify-svc*1 doc-store*1
ocr-proxy sidecar: ocr-engine*1
ocr-engine api: gpu-nodes*1
classify-svc api: model-cache*1
extract-worker worker: intake-bus*1 claims-db*1 policy-svc*0.5 address-verify*0.5?
fraud-rules api: rules-cache*1 fraud-vendor*0.3? claims-db*0.4
triage-worker worker: intake-bus*1 claims-db*1 adjuster-queue*1
adjuster-desk api: adjuster-queue*1 claims-db*1 doc-viewer*1 sso-svc*1 payment-svc*0.1
doc-viewer api: doc-store*1 text-index*1
index-worker worker: intake-bus*1 text-index*1
payment-svc api: claims-db*0.5 bank-rails*1 payments-db*1
notify-worker worker: adjuster-queue*0.5 sms-gw*1 email-relay*1
nightly-reserve batch: claims-db*2 payments-db*1
reindex-batch batch: text-index*1.5 doc-store*0.5
policy-mainframe api:
av-engine api:
gpu-nodes api:
sso-cache cache:
policy-cache cache:
status-cache cache:
model-cache cache:
rules-cache cache:
partner-db db:
sso-db db:
policy-db db:
claims-db db:
doc-store db:
text-index db:
payments-db db:
intake-bus broker:
adjuster-queue broker:
fraud-vendor ext:
address-verify ext:
bank-rails ext:
sms-gw ext:
email-relay ext:
"""

ACCESS = """
device-gw edge: badge-auth*1 telemetry-bridge*0.6
admin-edge edge: admin-api*1 visitor-api*0.5
mobile-edge edge: mobile-key-api*1 visitor-api*0.3
badge-auth api: credential-cache*1 policy-engine*1 audit-bus*1 credential-svc*0.1
credential-svc api: credential-db*1 hsm-proxy*0.5
policy-engine api: schedule-svc*0.5 policy-db*0.3 zone-cache*1
schedule-svc api: schedule-db*1
mobile-key-api api: credential-svc*1 hsm-proxy*1 push-relay*0.3? idp-bridge*1
hsm-proxy sidecar: cloud-hsm*1
idp-bridge api: corp-idp*0.5 idp-cache*1
visitor-api api: visitor-db*1 badge-printer*0.3? idp-bridge*0.5 sms-gateway*0.4
admin-api api: credential-svc*1 policy-db*0.5 report-svc*0.2? idp-bridge*1
report-svc api: audit-store*1
telemetry-bridge worker: telemetry-bus*1
alarm-processor worker: telemetry-bus*1 alarm-db*1 notify-svc*1
notify-svc api: push-relay*1 sms-gateway*0.5
audit-writer worker: audit-bus*1 audit-store*1
occupancy-stream worker: telemetry-bus*1 occupancy-db*1
hvac-sync batch: occupancy-db*1 bms-connector*1
nightly-revocation batch: credential-db*1.5 idp-bridge*1
bms-connector api:
badge-printer api:
credential-cache cache:
zone-cache cache:
idp-cache cache:
credential-db db:
policy-db db:
schedule-db db:
visitor-db db:
alarm-db db:
audit-store db:
occupancy-db db:
telemetry-bus broker:
audit-bus broker:
push-relay ext:
cloud-hsm ext:
corp-idp ext:
sms-gateway ext:
"""


class Estate:
    """One business's services: kinds, call edges (caller, callee, weight), optional edges, entry traffic."""

    def __init__(self, name: str, spec: str, ingress: dict[str, float], dark: tuple[str, ...] = ()):
        self.name = name
        self.kinds: dict[str, str] = {}
        self.edges: list[tuple[str, str, float]] = []  # the topology's: weight in (0, 1]
        self.calls: dict[tuple[str, str], float] = {}  # calls per request, what the physics uses
        self.optional: set[tuple[str, str]] = set()
        for line in spec.strip().splitlines():
            head, _, tail = line.partition(":")
            service, kind = head.split()
            self.kinds[service] = kind
            for item in tail.split():
                callee, w = item.split("*")
                if w.endswith("?"):
                    self.optional.add((service, callee))
                self.calls[(service, callee)] = float(w.rstrip("?"))
                self.edges.append((service, callee, min(1.0, float(w.rstrip("?")))))
        unknown = {b for _, b, _ in self.edges} - set(self.kinds)
        assert not unknown, (name, unknown)
        self.ingress = dict(ingress)
        self.dark = set(dark)
        self._callers: dict[str, list[tuple[str, float]]] = {s: [] for s in self.kinds}
        self._callees: dict[str, list[tuple[str, float]]] = {s: [] for s in self.kinds}
        for (a, b), w in self.calls.items():
            self._callers[b].append((a, w))
            self._callees[a].append((b, w))
        self.order = self._topological()

    def callers(self, service: str) -> list[tuple[str, float]]:
        return list(self._callers[service])

    def callees(self, service: str) -> list[tuple[str, float]]:
        return list(self._callees[service])

    def ancestors(self, service: str) -> set[str]:
        return set(_closure(self, service, "up"))

    def descendants(self, service: str) -> set[str]:
        return set(_closure(self, service, "down"))

    def of_kind(self, *kinds: str) -> list[str]:
        return sorted(s for s, k in self.kinds.items() if k in kinds)

    def _topological(self) -> list[str]:
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
        assert len(out) == len(self.kinds), f"{self.name}: a cycle"
        return out


@cache
def _closure(es: Estate, service: str, way: str) -> frozenset[str]:
    nxt = es._callers if way == "up" else es._callees
    seen: set[str] = set()
    todo = [service]
    while todo:
        for s, _ in nxt[todo.pop()]:
            if s not in seen:
                seen.add(s)
                todo.append(s)
    return frozenset(seen)


ESTATES: dict[str, Estate] = {
    "stillframe": Estate(
        "stillframe",
        PHOTO,
        {
            "public-gw": 420.0,
            "contributor-gw": 55.0,
            "partner-gw": 90.0,
            "ingest-worker": 30.0,
            "royalty-stream": 45.0,
            "nightly-royalty": 6.0,
            "reindex-batch": 8.0,
        },
    ),
    "crate-simmer": Estate(
        "crate-simmer",
        MEALKIT,
        {
            "web-edge": 160.0,
            "app-edge": 240.0,
            "pick-planner": 12.0,
            "label-printer": 9.0,
            "email-worker": 20.0,
            "weekly-cutoff": 5.0,
            "forecast-batch": 4.0,
        },
        dark=("image-resizer",),
    ),
    "harbourline": Estate(
        "harbourline",
        CLAIMS,
        {
            "portal-edge": 70.0,
            "partner-edge": 35.0,
            "ocr-router": 14.0,
            "extract-worker": 14.0,
            "triage-worker": 10.0,
            "adjuster-desk": 25.0,
            "index-worker": 14.0,
            "notify-worker": 8.0,
            "nightly-reserve": 3.0,
            "reindex-batch": 3.0,
        },
        dark=("policy-mainframe",),
    ),
    "keystone": Estate(
        "keystone",
        ACCESS,
        {
            "device-gw": 310.0,
            "admin-edge": 12.0,
            "mobile-edge": 85.0,
            "alarm-processor": 40.0,
            "audit-writer": 150.0,
            "occupancy-stream": 60.0,
            "hvac-sync": 4.0,
            "nightly-revocation": 3.0,
        },
        dark=("bms-connector",),
    ),
}
