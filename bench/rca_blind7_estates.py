"""The seventh blind RCA set's estates: four invented companies, written as call tables.

Each line is ``service kind callee:weight ...``; the weight is the share of the service's requests that call the
callee. A worker's edge to a queue means it consumes that queue (its load comes from the queue, not from its
callers); any other service's edge to a queue is a publish. Kinds: gateway, bff, api, worker, queue, db, cache,
search, batch, external (third parties: never any metrics).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Ferrolinea: ferry and coach bookings in the Mediterranean (web, app, travel-agency partners).
FERROLINEA = """
edge-proxy gateway web-bff:0.55 app-bff:0.45
partner-gw gateway partner-api:1.0
web-bff bff sailings-api:0.5 booking-api:0.25 account-api:0.3 content-svc:0.4 session-cache:0.9
app-bff bff sailings-api:0.6 booking-api:0.3 account-api:0.4 push-registry:0.1 session-cache:0.9
partner-api api sailings-api:0.7 booking-api:0.4 partner-db:0.5 quota-cache:1.0
sailings-api api sailings-db:0.4 fare-engine:0.6 avail-cache:0.9
fare-engine api fare-db:0.5 fare-cache:0.8 fx-rates:0.2
booking-api api booking-db:0.8 payment-svc:0.5 seat-hold:0.6 booking-events:0.7 fraud-check:0.3
seat-hold api seat-redis:1.0 sailings-db:0.3
payment-svc api payment-db:0.6 redsys-psp:0.9 tokenizer:0.5 fx-rates:0.3
tokenizer api vault-kms:1.0
fraud-check api fraud-model:0.8 riskshield:0.5
fraud-model api fraud-feature-db:0.7
account-api api account-db:0.7 auth-svc:0.6 loyalty-api:0.3
auth-svc api auth-db:0.5 token-cache:0.9
loyalty-api api loyalty-db:0.8
content-svc api cms-db:0.3 content-cache:0.9
push-registry api push-db:0.8
booking-events queue
ticket-worker worker booking-events:1.0 booking-db:0.5 pdf-render:0.8 mailjet:0.7
pdf-render api asset-store:0.6
manifest-worker worker booking-events:1.0 manifest-db:0.9 port-authority:0.4
nightly-settlement batch payment-db:0.6 booking-db:0.5 settlement-sftp:0.2
fare-import batch fare-db:0.9 fare-cache:0.3
session-cache cache
quota-cache cache
avail-cache cache
fare-cache cache
seat-redis cache
token-cache cache
content-cache cache
sailings-db db
fare-db db
booking-db db
payment-db db
partner-db db
fraud-feature-db db
account-db db
auth-db db
loyalty-db db
cms-db db
push-db db
manifest-db db
asset-store db
fx-rates external
redsys-psp external
vault-kms external
riskshield external
mailjet external
port-authority external
settlement-sftp external
"""

# Kornkiste: grocery delivery in German cities (shop, pickers' handhelds, riders, supplier EDI).
KORNKISTE = """
shop-ingress gateway shop-bff:0.7 rider-bff:0.12 picker-bff:0.18
shop-bff bff catalog-api:0.6 cart-api:0.35 checkout-api:0.12 search-api:0.45 user-api:0.4 shop-sessions:1.0
rider-bff bff route-api:0.7 dispatch-api:0.6 user-api:0.3 shop-sessions:1.0
picker-bff bff pick-api:0.9 stock-api:0.5 user-api:0.2
catalog-api api catalog-db:0.5 catalog-cache:0.9 price-api:0.6 media-proxy:0.3
price-api api price-db:0.4 price-cache:0.9
search-api api product-search:0.95 catalog-api:0.2
cart-api api cart-redis:1.0 price-api:0.5 stock-api:0.4 promo-api:0.3
promo-api api promo-db:0.6 promo-cache:0.8
checkout-api api order-api:0.9 payment-api:0.8 slot-api:0.6 promo-api:0.4 fraud-gate:0.4
order-api api order-db:0.9 order-events:0.8 stock-api:0.5
payment-api api payment-db:0.6 stripe:0.8 paypal:0.2
fraud-gate api fraud-db:0.5 sift:0.6
slot-api api slot-db:0.7 slot-cache:0.8 route-api:0.2 here-maps:0.3
user-api api user-db:0.6 user-cache:0.8 iam:0.5 sendgrid:0.05
iam api iam-db:0.5 jwks-cache:0.9
stock-api api stock-db:0.8 stock-cache:0.7
pick-api api pick-db:0.8 stock-api:0.4 order-api:0.3
route-api api route-db:0.5 here-maps:0.7
dispatch-api api dispatch-db:0.8 rider-location:0.6 dispatch-events:0.5
rider-location api location-redis:1.0
media-proxy api image-bucket:0.9
order-events queue
dispatch-events queue
fulfilment-worker worker order-events:1.0 pick-db:0.6 stock-api:0.5 dispatch-api:0.3
invoice-worker worker order-events:1.0 invoice-db:0.8 pdf-gen:0.6 sendgrid:0.5
notify-worker worker dispatch-events:1.0 fcm-push:0.8 twilio:0.3 user-api:0.4
edi-gateway gateway edi-api:1.0
edi-api api supplier-db:0.7 stock-api:0.6 edi-events:0.4
edi-events queue
supplier-worker worker edi-events:1.0 supplier-db:0.7 catalog-db:0.3
pdf-gen api image-bucket:0.2
reindex-job batch catalog-db:0.7 product-search:0.9
stock-recount batch stock-db:0.9 stock-cache:0.4
dwh-export batch order-db:0.6 payment-db:0.3 snowpipe:0.8
shop-sessions cache
catalog-cache cache
price-cache cache
cart-redis cache
promo-cache cache
slot-cache cache
user-cache cache
jwks-cache cache
stock-cache cache
location-redis cache
product-search search
catalog-db db
price-db db
promo-db db
order-db db
payment-db db
fraud-db db
slot-db db
user-db db
iam-db db
stock-db db
pick-db db
route-db db
dispatch-db db
invoice-db db
supplier-db db
image-bucket db
stripe external
paypal external
sift external
here-maps external
sendgrid external
fcm-push external
twilio external
snowpipe external
"""

# Aulaverde: a school-management SaaS in Latin America (teachers' web app, parents' app, LMS integrations).
AULAVERDE = """
api-gw gateway portal-bff:0.6 familia-bff:0.4
lti-gw gateway lti-connector:1.0
portal-bff bff grades-api:0.5 attendance-api:0.4 timetable-api:0.5 docs-api:0.2 identity-api:0.5
familia-bff bff grades-api:0.4 messages-api:0.5 timetable-api:0.3 identity-api:0.5 billing-api:0.1
lti-connector api grades-api:0.6 identity-api:0.5 lti-db:0.4
grades-api api grades-db:0.8 grades-cache:0.7 audit-events:0.3
attendance-api api attendance-db:0.9 audit-events:0.4
timetable-api api timetable-db:0.4 timetable-cache:0.9
identity-api api identity-db:0.5 session-store:0.9 google-oidc:0.2 smtp-relay:0.05
messages-api api messages-db:0.7 notify-queue:0.5 translate-api:0.1
docs-api api docs-db:0.4 blob-store:0.8 av-scanner:0.2
billing-api api billing-db:0.8 mercadopago:0.6
audit-events queue
notify-queue queue
audit-worker worker audit-events:1.0 audit-db:0.9
notify-worker worker notify-queue:1.0 whatsapp-api:0.6 smtp-relay:0.5 identity-api:0.3
report-cards batch grades-db:0.8 attendance-db:0.4 blob-store:0.5
sis-sync batch identity-db:0.6 timetable-db:0.5 gov-sis:0.7
grades-cache cache
timetable-cache cache
session-store cache
grades-db db
attendance-db db
timetable-db db
identity-db db
messages-db db
docs-db db
billing-db db
lti-db db
audit-db db
blob-store db
google-oidc external
translate-api external
av-scanner external
mercadopago external
whatsapp-api external
smtp-relay external
gov-sis external
"""

# Northwake: a fleet-telematics company (trucks send GPS and CAN-bus data; dispatchers, customers, ERP links).
NORTHWAKE = """
device-ingest gateway telemetry-rx:1.0
console-gw gateway console-bff:0.7 customer-api-gw:0.3
customer-api-gw gateway public-api:1.0
telemetry-rx api device-registry:0.3 raw-telemetry:0.95 device-auth:0.6
device-auth api device-certs-db:0.5 device-token-cache:0.9
device-registry api registry-db:0.7 registry-cache:0.8
raw-telemetry queue
enrich-worker worker raw-telemetry:1.0 device-registry:0.6 geo-api:0.5 enriched-telemetry:1.0
geo-api api geo-cache:0.9 tomtom:0.3
enriched-telemetry queue
tsdb-writer worker enriched-telemetry:1.0 tsdb:1.0
alert-worker worker enriched-telemetry:1.0 rules-api:0.7 alert-events:0.2
trip-worker worker enriched-telemetry:1.0 trips-db:0.8 geo-api:0.2
rules-api api rules-db:0.4 rules-cache:0.9
alert-events queue
notify-worker worker alert-events:1.0 sms-gw:0.6 webhook-out:0.5 tenant-api:0.3
console-bff bff fleet-api:0.6 trips-api:0.5 alerts-api:0.4 tenant-api:0.5 map-tiles:0.4 reports-api:0.1
public-api api fleet-api:0.6 trips-api:0.6 tenant-api:0.8 quota-redis:1.0
fleet-api api fleet-db:0.6 fleet-cache:0.7 live-position:0.6
live-position api position-redis:1.0
trips-api api trips-db:0.7 tsdb:0.4
alerts-api api alerts-db:0.8 rules-api:0.2
tenant-api api tenant-db:0.5 tenant-cache:0.9 sso-broker:0.3 okta:0.1
sso-broker api okta:0.7 tenant-db:0.2
map-tiles api tile-cache:0.9 tile-store:0.3
reports-api api reports-db:0.6 report-queue:0.5
report-queue queue
report-worker worker report-queue:1.0 tsdb:0.8 trips-db:0.6 blob-archive:0.7
erp-sync batch fleet-db:0.6 trips-db:0.6 sap-bridge:0.8
retention-job batch tsdb:0.9 blob-archive:0.6
device-token-cache cache
registry-cache cache
geo-cache cache
rules-cache cache
fleet-cache cache
position-redis cache
tenant-cache cache
tile-cache cache
quota-redis cache
device-certs-db db
registry-db db
tsdb db
trips-db db
rules-db db
fleet-db db
alerts-db db
tenant-db db
tile-store db
reports-db db
blob-archive db
tomtom external
sms-gw external
webhook-out external
okta external
sap-bridge external
"""


@dataclass(frozen=True)
class Estate:
    """One company: the kind of each service, call edges ``(caller, callee, weight)`` and ingress shares."""

    name: str
    kinds: dict[str, str]
    edges: tuple[tuple[str, str, float], ...]
    ingress: dict[str, float] = field(default_factory=dict)

    def callees(self, s: str) -> list[tuple[str, float]]:
        return [(b, w) for a, b, w in self.edges if a == s]

    def callers(self, s: str) -> list[tuple[str, float]]:
        return [(a, w) for a, b, w in self.edges if b == s]

    def consumes(self, worker: str) -> str | None:
        """The queue a worker consumes, if any."""
        if self.kinds[worker] != "worker":
            return None
        return next((b for b, _ in self.callees(worker) if self.kinds[b] == "queue"), None)

    def ancestors(self, s: str) -> set[str]:
        """Every service whose requests can reach ``s`` (callers, their callers, ...)."""
        seen: set[str] = set()
        todo = [s]
        while todo:
            for a, _ in self.callers(todo.pop()):
                if a not in seen:
                    seen.add(a)
                    todo.append(a)
        return seen

    def descendants(self, s: str) -> set[str]:
        seen: set[str] = set()
        todo = [s]
        while todo:
            for b, _ in self.callees(todo.pop()):
                if b not in seen:
                    seen.add(b)
                    todo.append(b)
        return seen


def _parse(name: str, table: str, ingress: dict[str, float]) -> Estate:
    kinds: dict[str, str] = {}
    edges: list[tuple[str, str, float]] = []
    for line in table.strip().splitlines():
        svc, kind, *calls = line.split()
        kinds[svc] = kind
        for c in calls:
            callee, w = c.split(":")
            edges.append((svc, callee, float(w)))
    unknown = {b for _, b, _ in edges} - set(kinds)
    if unknown:
        raise ValueError(f"estate {name}: callees without a line: {sorted(unknown)}")
    return Estate(name, kinds, tuple(edges), ingress)


ESTATES: dict[str, Estate] = {
    "ferrolinea": _parse("ferrolinea", FERROLINEA, {"edge-proxy": 0.85, "partner-gw": 0.15}),
    "kornkiste": _parse("kornkiste", KORNKISTE, {"shop-ingress": 0.9, "edi-gateway": 0.1}),
    "aulaverde": _parse("aulaverde", AULAVERDE, {"api-gw": 0.88, "lti-gw": 0.12}),
    "northwake": _parse("northwake", NORTHWAKE, {"device-ingest": 0.7, "console-gw": 0.22, "customer-api-gw": 0.08}),
}
