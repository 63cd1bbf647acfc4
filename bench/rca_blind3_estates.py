"""Four invented companies' service estates for the third blind RCA set (bench/rca_blind3.py).

Each estate is written as a compact spec -- gateways, BFFs, business domains (an API with its own database and,
where it has them, a cache, a queue and a queue worker), third parties, batch jobs and the calls between
domains -- and expanded into services with a kind, a capacity, an own latency and the weighted call edges the
``ServiceTopology`` carries (``weight`` = share of the caller's requests that call the callee).
"""

from __future__ import annotations

from dataclasses import dataclass, field

KIND_LATENCY = {  # own p99 work in ms, before waiting on callees
    "gateway": 6.0,
    "bff": 18.0,
    "api": 35.0,
    "db": 9.0,
    "cache": 1.5,
    "queue": 4.0,
    "worker": 60.0,
    "batch": 400.0,
    "external": 140.0,
}
KIND_LOAD = {"db": 0.45, "cache": 0.35, "queue": 0.3, "worker": 0.4, "batch": 0.5, "external": 0.2}  # base saturation


@dataclass
class Estate:
    name: str
    kinds: dict[str, str] = field(default_factory=dict)  # service -> kind
    edges: list[tuple[str, str, float]] = field(default_factory=list)
    ingress: dict[str, float] = field(default_factory=dict)
    base_sat: dict[str, float] = field(default_factory=dict)  # saturation at the daily mean load

    def callers(self, s: str) -> list[str]:
        return [a for a, b, _ in self.edges if b == s]

    def callees(self, s: str) -> list[str]:
        return [b for a, b, _ in self.edges if a == s]

    def weight(self, a: str, b: str) -> float:
        return next(w for x, y, w in self.edges if x == a and y == b)

    def order(self) -> list[str]:
        """Services callers-first (the estates are acyclic)."""
        indeg = {s: 0 for s in self.kinds}
        for _, b, _ in self.edges:
            indeg[b] += 1
        ready = sorted(s for s, d in indeg.items() if d == 0)
        out: list[str] = []
        while ready:
            s = ready.pop(0)
            out.append(s)
            for b in self.callees(s):
                indeg[b] -= 1
                if indeg[b] == 0:
                    ready.append(b)
        if len(out) != len(self.kinds):
            raise ValueError(f"estate {self.name} has a call cycle")
        return out

    def ancestors(self, s: str) -> set[str]:
        seen: set[str] = set()
        todo = [s]
        while todo:
            for c in self.callers(todo.pop()):
                if c not in seen:
                    seen.add(c)
                    todo.append(c)
        return seen


def _add(es: Estate, name: str, kind: str) -> str:
    es.kinds.setdefault(name, kind)
    return name


def _call(es: Estate, a: str, b: str, w: float) -> None:
    if a != b and not any(x == a and y == b for x, y, _ in es.edges):
        es.edges.append((a, b, w))


def _add_domain(es: Estate, dom: str, parts: list[str], shared_db: str) -> None:
    """One business domain: its API, and the database, shared database, cache, queue and worker it has."""
    api = _add(es, f"{dom}-api", "api")
    if "db" in parts:
        _call(es, api, _add(es, f"{dom}-db", "db"), 0.85)
    if "pg" in parts:  # the domain writes into the estate's shared database
        _call(es, api, _add(es, shared_db, "db"), 0.6)
    if "cache" in parts:
        _call(es, api, _add(es, f"{dom}-cache", "cache"), 0.9)
    if "q" not in parts:
        return
    q = _add(es, f"{dom}-q", "queue")
    _call(es, api, q, 0.3)
    wk = _add(es, f"{dom}-worker", "worker")
    _call(es, q, wk, 1.0)
    for part in parts:
        if part.startswith("w>"):
            _call(es, wk, part[2:], 0.7)
    if f"{dom}-db" in es.kinds:
        _call(es, wk, f"{dom}-db", 0.8)


def _api(es: Estate, name: str) -> str:
    return name if name in es.kinds else f"{name}-api"


def _build(spec: dict) -> Estate:
    es = Estate(spec["name"])
    for gw, share in spec["gateways"].items():
        es.ingress[_add(es, gw, "gateway")] = share
    for bff, (gws, w) in spec["bffs"].items():
        _add(es, bff, "bff")
        for gw in gws:
            _call(es, gw, bff, w)
    for dom, parts in spec["domains"].items():
        _add_domain(es, dom, parts.split(), spec["shared_db"])
    for bff, targets in spec["bff_calls"].items():
        for t in targets:
            name, w = (t.split("@") + ["0.6"])[:2]
            _call(es, bff, _api(es, name), float(w))
    for a, b, w in spec["cross"]:
        _call(es, _api(es, a), _api(es, b), w)
    for ext, users in spec["third"].items():
        _add(es, ext, "external")
        for u in users:
            _call(es, _api(es, u), ext, 0.4)
    for job, dbs in spec["batch"].items():
        _add(es, job, "batch")
        for d in dbs:
            _call(es, job, d, 0.5)
    unknown = {b for _, b, _ in es.edges} - set(es.kinds)
    if unknown:
        raise ValueError(f"estate {es.name}: edges name unknown services {sorted(unknown)}")
    for s, k in es.kinds.items():  # a stable, name-derived spread of how loaded each service runs
        es.base_sat[s] = round(KIND_LOAD.get(k, 0.4) + (sum(map(ord, s)) % 17) / 100.0, 3)
    es.order()
    return es


HOLLOWAY = {  # a UK pet insurer with vet booking
    "name": "holloway",
    "shared_db": "pg-core",
    "gateways": {"edge-gw": 0.82, "partner-gw": 0.18},
    "bffs": {"web-bff": (["edge-gw"], 0.55), "app-bff": (["edge-gw"], 0.45), "broker-api": (["partner-gw"], 1.0)},
    "domains": {
        "quote": "db cache",
        "policy": "db q w>docgen-api",
        "claims": "db q cache w>fraudscore-api",
        "vetbook": "db cache",
        "pets": "pg",
        "customer": "pg cache",
        "billing": "db q w>ledger-api",
        "ledger": "db",
        "docgen": "db",
        "fraudscore": "cache",
        "notify": "q",
        "authz": "cache",
    },
    "bff_calls": {
        "web-bff": ["quote@0.5", "policy@0.4", "customer@0.6", "authz@0.9", "pets@0.3"],
        "app-bff": ["claims@0.35", "vetbook@0.5", "customer@0.5", "authz@0.9", "pets@0.4"],
        "broker-api": ["quote@0.8", "policy@0.5", "authz@1.0"],
    },
    "cross": [
        ("quote", "pets", 0.7),
        ("policy", "billing", 0.5),
        ("claims", "policy", 0.6),
        ("claims", "notify", 0.3),
        ("vetbook", "notify", 0.4),
        ("billing", "customer", 0.4),
    ],
    "third": {"stripe-ext": ["billing", "billing-worker"], "vetsoft-ext": ["vetbook"], "sms-ext": ["notify-worker"]},
    "batch": {"renewals-batch": ["policy-db", "pg-core"], "bordereau-batch": ["claims-db"]},
}

FERRUM = {  # a German B2B spare-parts marketplace
    "name": "ferrum",
    "shared_db": "mysql-main",
    "gateways": {"shop-gw": 0.64, "edi-gw": 0.36},
    "bffs": {"shop-bff": (["shop-gw"], 1.0), "edi-bff": (["edi-gw"], 1.0)},
    "domains": {
        "catalog": "db cache",
        "search": "cache",
        "pricing": "db cache",
        "stock": "db q w>catalog-api",
        "cart": "cache pg",
        "order": "db q w>invoice-api",
        "invoice": "db",
        "shipping": "db q w>carrier-ext",
        "supplier": "pg",
        "account": "pg cache",
        "tax": "cache",
        "rma": "db",
    },
    "bff_calls": {
        "shop-bff": ["catalog@0.7", "search@0.5", "cart@0.4", "account@0.8", "order@0.2", "rma@0.05"],
        "edi-bff": ["order@0.7", "stock@0.6", "supplier@0.5", "account@0.9"],
    },
    "cross": [
        ("search", "catalog", 0.5),
        ("catalog", "pricing", 0.8),
        ("cart", "pricing", 0.7),
        ("cart", "stock", 0.5),
        ("order", "cart", 0.5),
        ("order", "tax", 0.9),
        ("order", "shipping", 0.6),
        ("invoice", "tax", 0.8),
        ("rma", "order", 0.7),
        ("pricing", "supplier", 0.3),
    ],
    "third": {"carrier-ext": ["shipping"], "creditcheck-ext": ["account", "order"], "datev-ext": ["invoice"]},
    "batch": {"feed-import-batch": ["catalog-db", "mysql-main"], "dunning-batch": ["invoice-db"]},
}

MAREA = {  # a Spanish ride-hailing and scooter app
    "name": "marea",
    "shared_db": "pg-geo",
    "gateways": {"rider-gw": 0.58, "driver-gw": 0.34, "ops-gw": 0.08},
    "bffs": {"rider-bff": (["rider-gw"], 1.0), "driver-bff": (["driver-gw"], 1.0), "backoffice": (["ops-gw"], 1.0)},
    "domains": {
        "trip": "db q cache w>payout-api",
        "dispatch": "cache pg",
        "eta": "cache",
        "geo": "pg",
        "surge": "cache",
        "payment": "db q w>psp-ext",
        "payout": "db",
        "rider": "db cache",
        "driver": "db cache",
        "promo": "db cache",
        "rating": "db q",
        "support": "db",
        "scooter": "db q w>iot-ext",
        "docs": "db",
        "fraud": "cache",
        "session": "cache",
    },
    "bff_calls": {
        "rider-bff": ["trip@0.4", "eta@0.8", "surge@0.6", "rider@0.5", "promo@0.3", "session@1.0", "scooter@0.2"],
        "driver-bff": ["trip@0.5", "dispatch@0.7", "driver@0.6", "rating@0.2", "session@1.0", "docs@0.1"],
        "backoffice": ["support@0.6", "rider@0.4", "driver@0.4", "payout@0.3", "session@1.0"],
    },
    "cross": [
        ("trip", "dispatch", 0.9),
        ("trip", "payment", 0.5),
        ("trip", "fraud", 0.4),
        ("dispatch", "geo", 0.9),
        ("eta", "geo", 0.7),
        ("surge", "geo", 0.4),
        ("trip", "surge", 0.6),
        ("payment", "fraud", 0.5),
        ("support", "trip", 0.4),
        ("scooter", "geo", 0.5),
        ("rating", "driver", 0.3),
        ("dispatch", "driver", 0.5),
    ],
    "third": {"psp-ext": ["payment"], "maps-ext": ["eta", "geo"], "iot-ext": ["scooter"], "kyc-ext": ["docs"]},
    "batch": {"heatmap-batch": ["pg-geo"], "payout-batch": ["payout-db", "trip-db"]},
}

OKAPI = {  # a French online learning platform with live classes
    "name": "okapi",
    "shared_db": "pg-learn",
    "gateways": {"www-gw": 0.9, "lti-gw": 0.1},
    "bffs": {"learner-bff": (["www-gw"], 0.8), "teacher-bff": (["www-gw"], 0.2), "lti-bridge": (["lti-gw"], 1.0)},
    "domains": {
        "course": "pg cache",
        "enrol": "db q w>mailer-api",
        "progress": "db cache",
        "quiz": "db",
        "video": "cache",
        "live": "db cache",
        "grading": "db q",
        "mailer": "q w>mailjet-ext",
        "identity": "db cache",
        "catalogue": "cache pg",
        "cert": "db q w>pdf-api",
        "pdf": "cache",
    },
    "bff_calls": {
        "learner-bff": [
            "course@0.6",
            "progress@0.5",
            "video@0.4",
            "quiz@0.2",
            "identity@1.0",
            "catalogue@0.3",
            "live@0.15",
        ],
        "teacher-bff": ["course@0.4", "grading@0.5", "live@0.4", "identity@1.0"],
        "lti-bridge": ["enrol@0.6", "progress@0.4", "identity@1.0"],
    },
    "cross": [
        ("quiz", "progress", 0.7),
        ("progress", "cert", 0.1),
        ("course", "video", 0.3),
        ("enrol", "course", 0.5),
        ("grading", "quiz", 0.5),
        ("catalogue", "course", 0.4),
        ("live", "video", 0.3),
    ],
    "third": {"zoomish-ext": ["live"], "mailjet-ext": ["mailer-worker"], "stripe-ext": ["enrol"]},
    "batch": {"analytics-batch": ["progress-db", "pg-learn"], "reindex-batch": ["pg-learn"]},
}

ESTATES: dict[str, Estate] = {spec["name"]: _build(spec) for spec in (HOLLOWAY, FERRUM, MAREA, OKAPI)}
