"""Four estates of the ninth blind RCA set (bench/rca_blind9.py), invented for it: an airline's check-in and
boarding platform, a video-streaming origin behind a CDN, a warehouse robot fleet, and an energy-grid telemetry
platform. Each is a DAG written as ``service kind: callee[:weight] ...`` lines (a service may take several lines).
Kinds: edge (user traffic enters), api, svc, worker (pulls from a broker, no caller), batch (scheduled, no
caller), db, cache, broker, dns, auth, ext (a third party, never observed), sidecar (an inbound mesh proxy in front
of one service). ``hosts`` names the services that share a node with a batch or a worker (the noisy-neighbour
coupling, invisible in the call graph)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

SKYGATE = """
kiosk-gw edge: checkin-api-mesh session-auth:0.5 name-resolver:0.2
mobile-bff edge: checkin-api-mesh:0.7 flight-status-api:0.4 session-auth:0.6 push-notify:0.1 name-resolver:0.2
agent-desk-gw edge: checkin-api-mesh:0.6 rebooking-api:0.4 session-auth:0.5
gate-reader-gw edge: boarding-api-mesh name-resolver:0.2
checkin-api-mesh sidecar: checkin-api
boarding-api-mesh sidecar: boarding-api
checkin-api api: pnr-svc seatmap-svc:0.6 bagtag-svc:0.4 apis-check-svc:0.5 boarding-pass-svc:0.7
checkin-api api: fare-rules-svc:0.2 name-resolver:0.3 checkin-events-bus:0.5
boarding-api api: boarding-pass-verify manifest-svc:0.8 gate-display-feed:0.3 name-resolver:0.3
flight-status-api api: flight-status-cache:0.9 ops-schedule-svc:0.3
rebooking-api api: pnr-svc inventory-svc:0.8 fare-rules-svc:0.6 gds-link:0.4
pnr-svc svc: pnr-cache:0.9 pnr-db:0.3 gds-link:0.15 name-resolver:0.2
seatmap-svc svc: seat-cache:0.8 seat-db:0.4 inventory-svc:0.3
bagtag-svc svc: bag-db bag-printer-hub:0.5 checkin-events-bus:0.6
apis-check-svc svc: border-apis:0.9 watchlist-cache:0.5 name-resolver:0.3
boarding-pass-svc svc: pass-signer wallet-pass-vendor:0.3 pnr-svc:0.5
boarding-pass-verify svc: pass-signer:0.6 manifest-svc:0.5 border-apis:0.2
pass-signer svc: hsm-proxy
manifest-svc svc: manifest-db checkin-events-bus:0.4
fare-rules-svc svc: fare-cache:0.9 fare-db:0.2
inventory-svc svc: inventory-db inventory-cache:0.6
ops-schedule-svc svc: schedule-db name-resolver:0.2
session-auth auth: auth-db
push-notify svc: push-gateway checkin-events-bus:0.3
gate-display-feed svc: checkin-events-bus:0.5
loyalty-accrual-worker worker: checkin-events-bus loyalty-db
bag-reconcile-worker worker: checkin-events-bus bag-db:0.5
notify-worker worker: checkin-events-bus push-notify:0.7
no-show-sweeper batch: pnr-db:0.5 manifest-db:0.5
report-exporter batch: schedule-db
flight-status-cache cache:
pnr-cache cache:
seat-cache cache:
watchlist-cache cache:
fare-cache cache:
inventory-cache cache:
pnr-db db:
seat-db db:
bag-db db:
manifest-db db:
fare-db db:
inventory-db db:
schedule-db db:
auth-db db:
loyalty-db db:
checkin-events-bus broker:
name-resolver dns:
bag-printer-hub svc:
hsm-proxy svc:
gds-link ext:
border-apis ext:
wallet-pass-vendor ext:
push-gateway ext:
"""
SKYGATE_INGRESS = {"kiosk-gw": 0.3, "mobile-bff": 0.45, "agent-desk-gw": 0.15, "gate-reader-gw": 0.1}
SKYGATE_HOSTS = {
    "no-show-sweeper": ("seatmap-svc", "fare-rules-svc"),
    "report-exporter": ("flight-status-api", "ops-schedule-svc"),
    "loyalty-accrual-worker": ("bagtag-svc",),
}

REELHOUSE = """
shield-eu edge: origin-router-mesh edge-resolver:0.1
shield-us edge: origin-router-mesh edge-resolver:0.1
shield-apac edge: origin-router-mesh edge-resolver:0.1
upload-api edge: media-events-kafka:0.8 token-auth:0.5 object-store-gw:0.5
qoe-beacon-api edge: media-events-kafka:0.9 edge-resolver:0.1
origin-router-mesh sidecar: origin-router
origin-router api: manifest-svc:0.15 segment-svc:0.8 license-proxy:0.05 edge-resolver:0.1 token-auth:0.2
manifest-svc svc: manifest-cache:0.9 catalog-svc:0.3 ad-decision-svc:0.2
segment-svc svc: segment-cache:0.85 packager-mesh:0.25 object-store-gw:0.2
packager-mesh sidecar: packager
packager svc: object-store-gw drm-keys:0.5 edge-resolver:0.1
object-store-gw svc: blob-store
license-proxy svc: drm-vendor token-auth drm-keys:0.3
ad-decision-svc svc: ad-exchange ad-cache:0.7
catalog-svc svc: catalog-db:0.3 catalog-cache:0.8 edge-resolver:0.2
drm-keys svc: key-db kms-vendor:0.2 drm-vendor:0.2
token-auth auth: entitlement-svc:0.5 token-db
entitlement-svc svc: entitlement-db billing-api:0.1
transcode-worker worker: media-events-kafka object-store-gw transcode-db:0.3
thumbnail-worker worker: media-events-kafka object-store-gw:0.6
publish-worker worker: media-events-kafka catalog-svc:0.8 purge-svc:0.3
qoe-aggregator worker: media-events-kafka qoe-tsdb
purge-svc svc: shield-purge-api edge-resolver:0.2
popularity-batch batch: catalog-db:0.5 qoe-tsdb:0.7
cache-warmer batch: segment-cache:0.5 manifest-cache:0.5 object-store-gw:0.3
manifest-cache cache:
segment-cache cache:
catalog-cache cache:
ad-cache cache:
blob-store db:
catalog-db db:
key-db db:
token-db db:
entitlement-db db:
transcode-db db:
qoe-tsdb db:
media-events-kafka broker:
edge-resolver dns:
drm-vendor ext:
ad-exchange ext:
kms-vendor ext:
billing-api ext:
shield-purge-api ext:
"""
REELHOUSE_INGRESS = {
    "shield-eu": 0.38,
    "shield-us": 0.36,
    "shield-apac": 0.19,
    "upload-api": 0.02,
    "qoe-beacon-api": 0.05,
}
REELHOUSE_HOSTS = {
    "popularity-batch": ("catalog-svc", "entitlement-svc"),
    "transcode-worker": ("packager", "drm-keys"),
    "cache-warmer": ("manifest-svc",),
}

PICKFLEET = """
robot-gateway edge: fleet-mqtt:0.8 task-allocator-mesh:0.3 site-dns:0.1 device-auth:0.3
wms-portal edge: wms-api
erp-connector edge: erp-bridge
device-auth auth: device-registry-db cert-authority-svc:0.1
cert-authority-svc svc: ca-hsm
telemetry-ingest worker: fleet-mqtt telemetry-tsdb site-dns:0.1
pose-tracker worker: fleet-mqtt pose-cache path-planner:0.3
safety-monitor worker: fleet-mqtt estop-svc:0.1
task-allocator-mesh sidecar: task-allocator
task-allocator svc: order-pool-svc path-planner:0.7 robot-state-mesh:0.9 alloc-db:0.4 site-dns:0.1 charger-svc:0.2
path-planner svc: map-svc traffic-mgr:0.8 pose-cache:0.6
traffic-mgr svc: zone-lock-db pose-cache:0.5
map-svc svc: map-cache:0.9 map-db:0.2
robot-state-mesh sidecar: robot-state-svc
robot-state-svc svc: robot-state-cache:0.9 robot-state-db:0.3
estop-svc svc: robot-state-mesh:0.5
charger-svc svc: fleet-mqtt:0.5 charger-db
order-pool-svc svc: order-db slotting-svc:0.4 site-dns:0.1
slotting-svc svc: inventory-db slot-cache:0.7
wms-api api: order-pool-svc:0.6 inventory-api:0.6 user-auth:0.5 label-print-svc:0.2 ship-confirm-svc:0.3 site-dns:0.1
inventory-api api: inventory-db slot-cache:0.5
erp-bridge svc: erp-cloud:0.6 order-pool-svc:0.5 inventory-api:0.4
label-print-svc svc: carrier-label-api:0.8 label-db:0.5
ship-confirm-svc svc: carrier-label-api:0.4 order-db:0.5 fleet-mqtt:0.2
user-auth auth: user-db sso-idp:0.3
replenishment-planner batch: inventory-db:0.6 order-db:0.5
nightly-map-rebuild batch: map-db telemetry-tsdb:0.5
pose-cache cache:
map-cache cache:
robot-state-cache cache:
slot-cache cache:
device-registry-db db:
telemetry-tsdb db:
alloc-db db:
zone-lock-db db:
map-db db:
robot-state-db db:
charger-db db:
order-db db:
inventory-db db:
label-db db:
user-db db:
fleet-mqtt broker:
site-dns dns:
ca-hsm ext:
erp-cloud ext:
carrier-label-api ext:
sso-idp ext:
"""
PICKFLEET_INGRESS = {"robot-gateway": 0.6, "wms-portal": 0.25, "erp-connector": 0.15}
PICKFLEET_HOSTS = {
    "replenishment-planner": ("slotting-svc", "inventory-api"),
    "nightly-map-rebuild": ("map-svc", "traffic-mgr"),
    "telemetry-ingest": ("pose-tracker",),
}

GRIDPULSE = """
rtu-gateway-north edge: telemetry-kafka:0.9 grid-dns:0.1 device-pki:0.2
rtu-gateway-south edge: telemetry-kafka:0.9 grid-dns:0.1 device-pki:0.2
smart-meter-head-end edge: meter-ingest-mesh:0.9 grid-dns:0.1
operator-console edge: console-api-mesh
market-api edge: settlement-svc:0.6 forecast-svc:0.5 operator-auth:0.3 der-dispatch-svc:0.2
meter-ingest-mesh sidecar: meter-ingest
meter-ingest svc: telemetry-kafka:0.8 meter-registry:0.4
meter-registry svc: meter-db:0.3 meter-cache:0.8
device-pki svc: pki-db
scada-normalizer worker: telemetry-kafka asset-model-svc:0.5 tsdb-writer:0.9
tsdb-writer svc: grid-tsdb
asset-model-svc svc: asset-cache:0.9 asset-db:0.2
state-estimator worker: telemetry-kafka topology-svc:0.6 estimator-db:0.5 grid-dns:0.05 weather-feed:0.1
topology-svc svc: topology-db asset-model-svc:0.4
alarm-engine worker: telemetry-kafka alarm-db notify-svc:0.3 asset-model-svc:0.3
notify-svc svc: sms-gateway:0.5 paging-vendor:0.5 grid-dns:0.1
console-api-mesh sidecar: console-api
console-api api: query-svc:0.8 alarm-api:0.5 operator-auth:0.4 topology-svc:0.3
query-svc svc: grid-tsdb:0.7 query-cache:0.8 asset-model-svc:0.3
alarm-api svc: alarm-db alarm-cache:0.6
operator-auth auth: operator-db corp-idp:0.2
settlement-svc svc: settlement-db meter-registry:0.4 tariff-svc:0.5
tariff-svc svc: tariff-cache:0.9 tariff-db:0.2
forecast-svc svc: weather-feed:0.4 forecast-cache:0.8 grid-tsdb:0.3
der-dispatch-svc svc: der-vendor-api:0.7 topology-svc:0.3 telemetry-kafka:0.3
billing-aggregation batch: grid-tsdb:0.6 settlement-db:0.5 meter-db:0.3
tsdb-compactor batch: grid-tsdb
model-retrain batch: grid-tsdb:0.4 forecast-cache:0.2
meter-cache cache:
asset-cache cache:
query-cache cache:
alarm-cache cache:
tariff-cache cache:
forecast-cache cache:
meter-db db:
grid-tsdb db:
asset-db db:
estimator-db db:
topology-db db:
alarm-db db:
operator-db db:
settlement-db db:
tariff-db db:
pki-db db:
telemetry-kafka broker:
grid-dns dns:
sms-gateway ext:
paging-vendor ext:
corp-idp ext:
weather-feed ext:
der-vendor-api ext:
"""
GRIDPULSE_INGRESS = {
    "rtu-gateway-north": 0.3,
    "rtu-gateway-south": 0.3,
    "smart-meter-head-end": 0.25,
    "operator-console": 0.1,
    "market-api": 0.05,
}
GRIDPULSE_HOSTS = {
    "billing-aggregation": ("settlement-svc", "tariff-svc"),
    "tsdb-compactor": ("tsdb-writer", "query-svc"),
    "model-retrain": ("forecast-svc",),
}


@dataclass
class Estate:
    name: str
    kinds: dict[str, str]
    edges: list[tuple[str, str, float]]
    ingress: dict[str, float]
    hosts: dict[str, tuple[str, ...]] = field(default_factory=dict)

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

    def callees(self, s: str) -> list[tuple[str, float]]:
        return self._callees[s]

    def callers(self, s: str) -> list[tuple[str, float]]:
        return self._callers[s]

    def _reach(self, s: str, step) -> set[str]:
        seen: set[str] = set()
        todo = [s]
        while todo:
            for n, _ in step(todo.pop()):
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        return seen

    def ancestors(self, s: str) -> set[str]:
        return self._reach(s, self.callers)

    def descendants(self, s: str) -> set[str]:
        return self._reach(s, self.callees)

    @cached_property
    def order(self) -> list[str]:
        """Callers before callees (Kahn's order, ties by name)."""
        indeg = {s: len(self._callers[s]) for s in self.kinds}
        ready = sorted(s for s, d in indeg.items() if d == 0)
        out: list[str] = []
        while ready:
            s = ready.pop(0)
            out.append(s)
            for b, _ in self._callees[s]:
                indeg[b] -= 1
                if indeg[b] == 0:
                    ready.append(b)
            ready.sort()
        if len(out) != len(self.kinds):
            raise ValueError(f"{self.name}: the call graph has a cycle")
        return out

    def of_kind(self, *kinds: str) -> list[str]:
        return sorted(s for s, k in self.kinds.items() if k in kinds)


def _parse(name: str, text: str, ingress: dict[str, float], hosts: dict[str, tuple[str, ...]]) -> Estate:
    kinds: dict[str, str] = {}
    edges: list[tuple[str, str, float]] = []
    for line in text.strip().splitlines():
        head, _, tail = line.partition(":")
        service, kind = head.split()
        kinds[service] = kind
        for token in tail.split():
            callee, _, weight = token.partition(":")
            edges.append((service, callee, float(weight) if weight else 1.0))
    missing = {b for _, b, _ in edges} - set(kinds)
    if missing:
        raise ValueError(f"{name}: undeclared services {sorted(missing)}")
    estate = Estate(name, kinds, edges, dict(ingress), dict(hosts))
    _ = estate.order
    return estate


ESTATES: dict[str, Estate] = {
    e.name: e
    for e in (
        _parse("skygate-checkin", SKYGATE, SKYGATE_INGRESS, SKYGATE_HOSTS),
        _parse("reelhouse-origin", REELHOUSE, REELHOUSE_INGRESS, REELHOUSE_HOSTS),
        _parse("pickfleet-warehouse", PICKFLEET, PICKFLEET_INGRESS, PICKFLEET_HOSTS),
        _parse("gridpulse-telemetry", GRIDPULSE, GRIDPULSE_INGRESS, GRIDPULSE_HOSTS),
    )
}
