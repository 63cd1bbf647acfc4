"""Blind log set, platform and application services: kubelet and kube-apiserver (klog), a Spring Boot service
(exceptions collapsed onto their line), a Go service (slog logfmt), a Node service (pino JSON lines), an Airflow
task log. Each template is one log statement; its true id names it."""

from __future__ import annotations

import json
from datetime import datetime

from logs_blind_gen import G, Line, SystemSpec, T
from logs_blind_infra import path

NAMESPACES = ("payments", "checkout", "default", "kube-system", "monitoring", "data-platform")
DEPLOYS = ("checkout-api", "cart-svc", "ledger-worker", "coredns", "prometheus-node-exporter", "fraud-scorer",
           "search-indexer")  # fmt: skip


def _pod(g: G) -> str:
    return f"{g.skew(NAMESPACES)}/{g.rs(g.skew(DEPLOYS))}"


def _klog_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    mark = line.level[0].upper()
    src = line.fields["src"]
    pid = 1000 + g.pid % 9000 if "apiserver" not in g.name else 12
    return f"{mark}{ts:%m%d %H:%M:%S}.{ts.microsecond:06d} {pid:7d} {src}] {line.msg}", line.msg


def _kl(src: str, fn):  # noqa: ANN001, ANN202 - a drawer adding the klog source file:line
    return lambda g: (fn(g), {"src": src})


CACHED = ("pods", "events.events.k8s.io", "leases.coordination.k8s.io", "endpointslices.discovery.k8s.io")
WEBHOOKS = ("validate.kyverno.svc-fail", "mpod.elbv2.k8s.aws", "sidecar-injector.istio.io")
EVALUATED = ("deployments.apps", "replicasets.apps", "jobs.batch", "horizontalpodautoscalers.autoscaling",
             "leases.coordination.k8s.io")  # fmt: skip
API_SERVICES = ("v1beta1.metrics.k8s.io", "v1.packages.operators.coreos.com")
CACHES = ("crd-autoregister", "configmaps", "cluster_authentication_trust_controller", "node_authorizer")
PROMOS = ("WINTER24", "FREESHIP", "BLACKFRI", "WELCOME10")
OPERATORS = ("PythonOperator", "BashOperator", "SnowflakeOperator", "KubernetesPodOperator")
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789_"
SNOWFLAKE_SQL = (
    "COPY INTO staging.orders FROM @s3_stage/orders/ FILE_FORMAT = (TYPE = PARQUET)",
    "ALTER SESSION SET AUTOCOMMIT = TRUE",
    "MERGE INTO dwh.orders t USING staging.orders s ON t.id = s.id WHEN MATCHED THEN UPDATE...",
    "select 1",
)


# ------------------------------------------------------------------------------------------------------------ kubelet
def _probe_out(g: G) -> str:
    ip = g.ip("pod")
    return g.pick(
        (
            f'Get \\"http://{ip}:8080/ready\\": dial tcp {ip}:8080: connect: connection refused',
            f'Get \\"http://{ip}:9090/-/healthy\\": context deadline exceeded (Client.Timeout exceeded while awaiting '
            "headers)",
            "HTTP probe failed with statuscode: 503",
        )
    )


# fmt: off
KUBELET = SystemSpec(
    "kubelet",
    "kubelet 1.30 (klog structured text) on a busy worker node",
    _klog_header,
    (
        T("syncloop-update", 120, "info", _kl("kubelet.go:2430", lambda g: (
            f'"SyncLoop UPDATE" source="api" pods=["{_pod(g)}"]'))),
        T("syncloop-add", 30, "info", _kl("kubelet.go:2424", lambda g: (
            f'"SyncLoop ADD" source="api" pods=["{_pod(g)}"]'))),
        T("syncloop-delete", 20, "info", _kl("kubelet.go:2437", lambda g: (
            f'"SyncLoop DELETE" source="api" pods=["{_pod(g)}"]'))),
        T("syncloop-remove", 18, "info", _kl("kubelet.go:2431", lambda g: (
            f'"SyncLoop REMOVE" source="api" pods=["{_pod(g)}"]'))),
        T("pleg-event", 150, "info", _kl("kubelet.go:2461", lambda g: (
            f'"SyncLoop (PLEG): event for pod" pod="{_pod(g)}" event={{"ID":"{g.uuid()}","Type":'
            f'"{g.pick(("ContainerStarted", "ContainerDied"))}","Data":"{g.hex(64)}"}}'))),
        T("probe-failed", 90, "info", _kl("prober.go:107", lambda g: (
            f'"Probe failed" probeType="{g.pick(("Readiness", "Liveness", "Startup"), (6, 2, 1))}" '
            f'pod="{_pod(g)}" podUID="{g.uuid()}" containerName="{g.pick(("app", "istio-proxy", "exporter"))}" '
            f'probeResult="failure" output="{_probe_out(g)}"'))),
        T("backoff", 45, "error", _kl("pod_workers.go:1298", lambda g: (
            f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"app\\" with '
            f'CrashLoopBackOff: \\"back-off {g.pick(("10s", "20s", "40s", "1m20s", "2m40s", "5m0s"))} restarting '
            f'failed container=app pod={g.rs(g.skew(DEPLOYS))}_{g.skew(NAMESPACES)}({g.uuid()})\\"" '
            f'pod="{_pod(g)}" podUID="{g.uuid()}"'))),
        T("remove-container", 40, "info", _kl("scope.go:117", lambda g: (
            f'"RemoveContainer" containerID="{g.hex(64)}"'))),
        T("killing-container", 25, "info", _kl("kuberuntime_container.go:779", lambda g: (
            f'"Killing container with a grace period" pod="{_pod(g)}" podUID="{g.uuid()}" '
            f'containerName="app" containerID="containerd://{g.hex(64)}" gracePeriod={g.pick((30, 30, 60, 5))}'))),
        T("volume-verify", 30, "info", _kl("reconciler_common.go:258", lambda g: (
            f'"operationExecutor.VerifyControllerAttachedVolume started for volume \\"kube-api-access-'
            f'{g.alnum(5)}\\" (UniqueName: \\"kubernetes.io/projected/{g.uuid()}-kube-api-access-{g.alnum(5)}\\") '
            f'pod \\"{g.rs(g.skew(DEPLOYS))}\\" (UID: \\"{g.uuid()}\\") " pod="{_pod(g)}"'))),
        T("volume-mounted", 30, "info", _kl("operation_generator.go:721", lambda g: (
            f'"MountVolume.SetUp succeeded for volume \\"{g.pick(("config", "tls-certs", "api-" + g.alnum(5)))}'
            f'\\" (UniqueName: \\"kubernetes.io/configmap/{g.uuid()}-config\\") pod \\"{g.rs(g.skew(DEPLOYS))}\\" '
            f'(UID: \\"{g.uuid()}\\") " pod="{_pod(g)}"'))),
        T("status-unchanged", 20, "info", _kl("status_manager.go:853", lambda g: (
            f'"Failed to get status for pod" podUID="{g.uuid()}" pod="{_pod(g)}" err="pods \\"'
            f'{g.rs(g.skew(DEPLOYS))}\\" not found"'))),
        T("nameserver-limit", 12, "error", _kl("dns.go:153", lambda g: (
            '"Nameserver limits exceeded" err="Nameserver limits were exceeded, some nameservers have been omitted, '
            f'the applied nameserver line is: {g.ip()} {g.ip()} {g.ip()}"'))),
        T("eviction-reclaim", 3, "info", _kl("eviction_manager.go:366", lambda g: (
            f'"Eviction manager: attempting to reclaim" resourceName="{g.pick(("ephemeral-storage", "memory"))}"'))),
        T("eviction-evicted", 2, "info", _kl("eviction_manager.go:602", lambda g: (
            f'"Eviction manager: pod is evicted successfully" pod="{_pod(g)}"'))),
        T("image-gc", 3, "info", _kl("image_gc_manager.go:391", lambda g: (
            f'"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low '
            f'threshold" usage={g.n(85, 95)} highThreshold=85 amountToFree={g.size(3_000_000_000)} lowThreshold=80'))),
        T("reflector-forbidden", 6, "warning", _kl("reflector.go:547", lambda g: (
            f'object-"{g.skew(NAMESPACES)}"/"{g.pick(("app-config", "feature-flags", "kube-root-ca.crt"))}": failed '
            f'to list *v1.ConfigMap: configmaps "{g.pick(("app-config", "feature-flags"))}" is forbidden: User '
            f'"system:node:ip-10-40-{g.n(1, 3)}-{g.n(10, 200)}.eu-central-1.compute.internal" cannot list resource '
            '"configmaps" in API group "" in the namespace "payments": no relationship found between node and this '
            "object"))),
        T("cadvisor-stats", 5, "error", _kl("cadvisor_stats_provider.go:501", lambda g: (
            f'"Partial failure issuing cadvisor.ContainerInfoV2" err="partial failures: [\\"/kubepods.slice/'
            f'kubepods-burstable.slice/kubepods-burstable-pod{g.uuid().replace("-", "_")}.slice/cri-containerd-'
            f'{g.hex(64)}.scope\\": RecentStats: unable to find data in memory cache]"'))),
        T("topology-admit", 2, "info", _kl("topology_manager.go:215", lambda g: (
            f'"Topology Admit Handler" podUID="{g.uuid()}" podNamespace="{g.skew(NAMESPACES)}" '
            f'podName="{g.rs(g.skew(DEPLOYS))}"'))),
        T("node-ready", 1, "info", _kl("kubelet_node_status.go:669", lambda g: (
            '"Recording event message for node" node="ip-10-40-2-88.eu-central-1.compute.internal" '
            'event="NodeReady"'))),
    ),
    mean_gap_s=1.0,
)
# fmt: on

# ----------------------------------------------------------------------------------------------------- kube-apiserver
API_URIS = (
    "/api/v1/namespaces/{ns}/pods?limit=500", "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{node}",
    "/api/v1/namespaces/{ns}/configmaps/{cm}", "/apis/apps/v1/namespaces/{ns}/deployments/{d}/status",
    "/api/v1/nodes/{node}/status?timeout=10s", "/apis/batch/v1/namespaces/{ns}/jobs",
    "/api/v1/namespaces/{ns}/events", "/apis/metrics.k8s.io/v1beta1/nodes", "/openapi/v3",
)  # fmt: skip
API_UAS = (
    "kubelet/v1.30.4 (linux/amd64) kubernetes/a51b3b7", "kube-controller-manager/v1.30.4 (linux/amd64) "
    "kubernetes/a51b3b7/system:serviceaccount:kube-system:deployment-controller", "kubectl/v1.31.1 (darwin/arm64) "
    "kubernetes/948afe5", "argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format",
    "Go-http-client/2.0",
)  # fmt: skip


def _uri(g: G) -> str:
    return g.skew(API_URIS).format(
        ns=g.skew(NAMESPACES),
        node=f"ip-10-40-{g.n(1, 3)}-{g.n(10, 200)}.eu-central-1.compute.internal",
        cm=g.pick(("app-config", "kube-root-ca.crt", "feature-flags")),
        d=g.skew(DEPLOYS),
    )


# fmt: off
KUBE_APISERVER = SystemSpec(
    "kube-apiserver",
    "kube-apiserver 1.30 at -v=3 (klog text: HTTP request log, watch cache, admission, controllers)",
    _klog_header,
    (
        T("http", 380, "info", _kl("httplog.go:134", lambda g: (
            f'"HTTP" verb="{g.pick(("GET", "PUT", "LIST", "WATCH", "PATCH", "POST"), (5, 4, 3, 2, 1, 1))}" '
            f'URI="{_uri(g)}" latency="{g.go_dur(4)}" userAgent="{g.skew(API_UAS)}" audit-ID="{g.uuid()}" '
            f'srcIP="{g.ip()}:{g.eport()}" resp={g.pick((200, 201, 404, 409, 422, 429), (90, 3, 3, 2, 1, 1))}'))),
        T("cacher-queued", 40, "info", _kl("cacher.go:1020", lambda g: (
            f"cacher ({g.pick(CACHED)}): "
            f"{g.n(1, 200)} objects queued in incoming channel."))),
        T("watch-compacted", 20, "warning", _kl("watcher.go:338", lambda g: (
            "watch chan error: etcdserver: mvcc: required revision has been compacted"))),
        T("webhook-failopen", 12, "warning", _kl("dispatcher.go:205", lambda g: (
            f"Failed calling webhook, failing open {g.pick(WEBHOOKS)}: "
            f'failed calling webhook "{g.pick(("validate.kyverno.svc-fail", "mpod.elbv2.k8s.aws"))}": failed to '
            f'call webhook: Post "https://{g.pick(("kyverno-svc.kyverno", "aws-lb-webhook.kube-system"))}.svc:443/'
            f'validate?timeout=10s": context deadline exceeded'))),
        T("timeout-abort", 10, "error", _kl("timeout.go:142", lambda g: (
            f'"Timeout or abort while handling" logger="UnhandledError" method="GET" URI="{_uri(g)}" '
            f'auditID="{g.uuid()}"'))),
        T("status-error", 10, "error", _kl("status.go:71", lambda g: (
            'apiserver received an error that is not an metav1.Status: &errors.errorString{s:"context canceled"}: '
            "context canceled"))),
        T("apf-update", 30, "info", _kl("apf_controller.go:493", lambda g: (
            f'"Update CurrentCL" plName="{g.pick(("workload-low", "global-default", "leader-election", "system"))}" '
            f"seatDemandHighWatermark={g.n(0, 40)} seatDemandAvg={g.dur_ms(2, 1):.5f} "
            f"seatDemandStdev={g.dur_ms(1, 1):.5f} seatDemandSmoothed={g.dur_ms(3, 1):.5f} "
            f"fairFrac={g.dur_ms(1.5, 0.3):.5f} currentCL={g.n(10, 400)} concurrencyDenominator={g.n(10, 400)} "
            "backstop=false"))),
        T("quota-evaluator", 6, "info", _kl("controller.go:624", lambda g: (
            f"quota admission added evaluator for: {g.pick(EVALUATED)}"))),
        T("alloc-clusterip", 4, "info", _kl("alloc.go:330", lambda g: (
            f'"allocated clusterIPs" service="{g.skew(NAMESPACES)}/{g.skew(DEPLOYS)}" clusterIPs={{"IPv4":'
            f'"10.96.{g.n(0, 255)}.{g.n(1, 254)}"}}'))),
        T("openapi-item", 8, "info", _kl("controller.go:129", lambda g: (
            "OpenAPI AggregationController: action for item v1beta1.metrics.k8s.io: Rate Limited Requeue."))),
        T("openapi-processing", 8, "info", _kl("controller.go:113", lambda g: (
            f"OpenAPI AggregationController: Processing item {g.pick(API_SERVICES)}"))),
        T("cache-sync-wait", 2, "info", _kl("shared_informer.go:313", lambda g: (
            f"Waiting for caches to sync for {g.pick(CACHES)}"))),
        T("cache-synced", 2, "info", _kl("shared_informer.go:320", lambda g: (
            f"Caches are synced for {g.pick(CACHES)}"))),
        T("lease-update", 3, "info", _kl("controller.go:615", lambda g: (
            f'"Resetting endpoints for master service" endpoints=["{g.ip()}","{g.ip()}"]'))),
        T("etcd-slow", 5, "warning", _kl("trace.go:236", lambda g: (
            f'"etcd request took too long" key="/registry/{g.pick(("leases", "events", "pods"))}/{g.skew(NAMESPACES)}/'
            f'{g.rs(g.skew(DEPLOYS))}" took="{g.go_dur(700, 0.5)}" expected-duration="100ms"'))),
        T("authn-invalid", 4, "error", _kl("authentication.go:73", lambda g: (
            '"Unable to authenticate the request" err="[invalid bearer token, service account token has been '
            'invalidated]"'))),
    ),
    mean_gap_s=0.3,
)
# fmt: on

# ------------------------------------------------------------------------------------------------- Spring Boot service
FRAMES = {
    "ex-payment": (
        "java.net.SocketTimeoutException: Read timed out | at java.base/sun.nio.ch.NioSocketImpl.timedRead("
        "NioSocketImpl.java:278) | at com.kestrel.payments.client.PspClient.capture(PspClient.java:{l}) | at "
        "com.kestrel.payments.service.CaptureService.capture(CaptureService.java:88)"
    ),
    "ex-request": (
        "org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key "
        'value violates unique constraint "orders_pkey"] | at org.springframework.orm.jpa.vendor.'
        "HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290) | at com.kestrel.orders."
        "service.OrderService.create(OrderService.java:{l})"
    ),
}


def _spring_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    thread = line.fields.get("thread") or f"nio-8080-exec-{g.n(1, 200)}"
    logger = line.fields["logger"]
    stamp = f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z"
    return (
        f"{stamp} {line.level.upper():>5} 1 --- [orders-svc] [{thread[-15:]:>15}] {logger:<40.40} : {line.msg}",
        line.msg,
    )


def _s(logger: str, fn, thread: str | None = None):  # noqa: ANN001, ANN202
    return lambda g: (fn(g), {"logger": logger, "thread": thread})


SPRING_REASONS = ("must not be empty", "must not be null", 'must match "[0-9]{5}"')
ORDER_STATES = ("CREATED", "PAID", "PICKING", "SHIPPED", "CANCELLED")
# fmt: off
SPRING = SystemSpec(
    "spring-orders",
    "Spring Boot 3.3 service (logback default console pattern); an exception is collapsed onto its line: "
    "'%replace(%ex{3}){\"\\n\\t?\", \" | \"}', its class, message and first frames joined by ' | '",
    _spring_header,
    (
        T("order-created", 220, "info", _s("c.k.orders.web.OrderController", lambda g: (
            f"Order {g.n(10**6, 10**7)} created for customer {g.n(1000, 999999)} ({g.n(1, 14)} items, total "
            f"{g.n(1, 900)}.{g.n(0, 99):02d} EUR)"))),
        T("order-state", 180, "info", _s("c.k.orders.service.OrderStateMachine", lambda g: (
            f"Order {g.n(10**6, 10**7)} transitioned {g.pick(ORDER_STATES)} -> {g.pick(ORDER_STATES)}"))),
        T("hikari-stats", 50, "debug", _s("com.zaxxer.hikari.pool.HikariPool", lambda g: (
            f"HikariPool-1 - Pool stats (total={g.n(10, 20)}, active={g.n(0, 20)}, idle={g.n(0, 20)}, "
            f"waiting={g.n(0, 5)})"), thread="HikariPool-1 housekeeper")),
        T("hikari-fill", 30, "debug", _s("com.zaxxer.hikari.pool.HikariPool", lambda g: (
            "HikariPool-1 - Fill pool skipped, pool has sufficient level or currently being filled (queueDepth=0)."),
            thread="HikariPool-1 housekeeper")),
        T("kafka-published", 120, "info", _s("c.k.orders.events.OrderEventPublisher", lambda g: (
            f"Published {g.pick(('OrderCreated', 'OrderPaid', 'OrderCancelled'))} for order {g.n(10**6, 10**7)} "
            f"to orders.v1-{g.n(0, 11)}@{g.n(10**5, 10**8)}"), thread="kafka-producer-network-thread | orders-1")),
        T("stock-reserved", 80, "info", _s("c.k.orders.service.StockClient", lambda g: (
            f"Reserved {g.n(1, 5)} x KX-{g.n(1000, 99999)} in warehouse {g.pick(('FRA1', 'MUC2', 'WAW1'))} "
            f"(reservation {g.uuid()})"))),
        T("psp-capture-slow", 20, "warn", _s("c.k.payments.client.PspClient", lambda g: (
            f"Capture for order {g.n(10**6, 10**7)} took {g.n(2000, 9000)} ms (threshold 2000 ms), psp="
            f"{g.pick(('adyen', 'stripe', 'klarna'))}"))),
        T("psp-capture-failed", 10, "error", _s("c.k.payments.service.CaptureService", lambda g: (
            f"Capture failed for order {g.n(10**6, 10**7)}, will retry in {g.pick((30, 60, 120))}s "
            f"(attempt {g.n(1, 5)}/5) {FRAMES['ex-payment'].format(l=g.pick((141, 141, 152)))}"))),
        T("request-failed", 8, "error", _s("o.a.c.c.C.[.[.[/].[dispatcherServlet]", lambda g: (
            "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request "
            "processing failed: org.springframework.dao.DataIntegrityViolationException: could not execute "
            f"statement] with root cause {FRAMES['ex-request'].format(l=g.pick((77, 77, 93)))}"))),
        T("validation-failed", 25, "warn", _s("o.s.w.s.m.m.a.ExceptionHandlerExceptionResolver", lambda g: (
            "Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument "
            f"[0] in public org.springframework.http.ResponseEntity<com.kestrel.orders.web.OrderDto> com.kestrel."
            f"orders.web.OrderController.create(com.kestrel.orders.web.CreateOrderRequest): [Field error in object "
            f"'createOrderRequest' on field '{g.pick(('items', 'shippingAddress.zip', 'customerId'))}': rejected "
            f"value [{g.pick(('null', '[]', '0', '1234'))}]; default message [{g.pick(SPRING_REASONS)}]] ]"))),
        T("cache-miss", 40, "debug", _s("c.k.orders.catalog.PriceCache", lambda g: (
            f"Price cache miss for sku KX-{g.n(1000, 99999)}, loading from catalog-svc"))),
        T("scheduled-cleanup", 4, "info", _s("c.k.orders.jobs.AbandonedCartJob", lambda g: (
            f"Abandoned cart cleanup removed {g.n(0, 4000)} carts older than 72h in {g.n(100, 9000)} ms"),
            thread="scheduling-1")),
        T("started", 1, "info", _s("c.k.orders.OrdersApplication", lambda g: (
            f"Started OrdersApplication in {g.n(5, 40)}.{g.n(100, 999)} seconds (process running for "
            f"{g.n(6, 45)}.{g.n(100, 999)})"), thread="main")),
        T("tomcat-started", 1, "info", _s("o.s.b.w.embedded.tomcat.TomcatWebServer", lambda g: (
            "Tomcat started on port 8080 (http) with context path '/'"), thread="main")),
        T("hikari-start", 1, "info", _s("com.zaxxer.hikari.HikariDataSource", lambda g: (
            "HikariPool-1 - Start completed."), thread="main")),
        T("kafka-rebalance", 3, "info", _s("o.a.k.c.c.internals.ConsumerCoordinator", lambda g: (
            f"[Consumer clientId=consumer-orders-{g.n(1, 3)}, groupId=orders] Notifying assignor about the new "
            f"Assignment(partitions=[payments.v2-{g.n(0, 5)}, payments.v2-{g.n(6, 11)}])"),
            thread="ntainer#0-0-C-1")),
        T("connection-leak", 2, "warn", _s("com.zaxxer.hikari.pool.ProxyLeakTask", lambda g: (
            f"Connection leak detection triggered for org.postgresql.jdbc.PgConnection@{g.hex(8)} on thread "
            f"http-nio-8080-exec-{g.n(1, 200)}, stack trace follows"), thread="HikariPool-1 housekeeper")),
        T("jwt-expired", 12, "warn", _s("c.k.orders.security.JwtFilter", lambda g: (
            f"Rejected token for subject {g.user()}: JWT expired {g.n(1, 90000)} milliseconds ago at "
            f"2026-11-{g.n(10, 28)}T{g.n(10, 23)}:{g.n(10, 59)}:{g.n(10, 59)}.000Z"))),
    ),
    mean_gap_s=0.8,
)
# fmt: on

# ---------------------------------------------------------------------------------------- Go service, slog (logfmt)


def _lf_value(v: object) -> str:
    s = str(v)
    return json.dumps(s) if (not s or any(c in s for c in ' ="')) else s


def _logfmt_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    stamp = f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z"
    attrs = "".join(f" {k}={_lf_value(v)}" for k, v in line.fields.items())
    content = f"msg={_lf_value(line.msg)}{attrs}"
    return f"time={stamp} level={line.level.upper()} {content}", content


def _a(msg, **attrs):  # noqa: ANN001, ANN003, ANN202 - a drawer: constant msg, drawn attributes
    return lambda g: ((msg(g) if callable(msg) else msg), {k: (v(g) if callable(v) else v) for k, v in attrs.items()})


# fmt: off
GO_SVC = SystemSpec(
    "go-inventory",
    "Go 1.23 inventory service, log/slog TextHandler (logfmt): constant messages, parameters as attributes "
    "(and a few messages formatted with fmt.Sprintf)",
    _logfmt_header,
    (
        T("request", 600, "info", _a("request completed", method=lambda g: g.pick(METHODS_GO), path=lambda g: path(g),
          status=lambda g: g.pick((200, 200, 200, 201, 204, 404, 409, 500)), duration=lambda g: g.go_dur(6),
          bytes=lambda g: g.size(900), request_id=lambda g: g.hex(16))),
        T("stock-reserve", 150, "info", _a("stock reserved", sku=lambda g: f"KX-{g.n(1000, 99999)}",
          qty=lambda g: g.n(1, 5), warehouse=lambda g: g.pick(("FRA1", "MUC2", "WAW1")),
          reservation_id=lambda g: g.uuid())),
        T("stock-low", 25, "warn", _a("stock below reorder point", sku=lambda g: f"KX-{g.n(1000, 99999)}",
          available=lambda g: g.n(0, 9), reorder_point=10)),
        T("kafka-consumed", 100, "debug", _a("consumed event", topic="orders.v1", partition=lambda g: g.n(0, 11),
          offset=lambda g: g.n(10**5, 10**8), lag=lambda g: g.n(0, 300), key=lambda g: str(g.n(10**6, 10**7)))),
        T("db-slow", 20, "warn", _a("slow query", query=lambda g: g.pick((
            "UPDATE stock SET reserved = reserved + $1 WHERE sku = $2 AND warehouse = $3",
            "SELECT sku, available FROM stock WHERE sku = ANY($1)",
            "INSERT INTO reservations (id, sku, qty, expires_at) VALUES ($1, $2, $3, $4)")),
          duration=lambda g: g.go_dur(900, 0.6), rows=lambda g: g.n(0, 200))),
        T("reservation-expired", 30, "info", _a(lambda g: f"released {g.n(1, 60)} expired reservations",
          batch=lambda g: g.n(1, 400))),
        T("grpc-error", 12, "error", _a("grpc call failed", method="/catalog.v1.Catalog/GetProduct",
          code=lambda g: g.pick(("Unavailable", "DeadlineExceeded", "NotFound")),
          err=lambda g: g.pick((
              f"rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial "
              f"tcp {g.ip()}:9090: connect: connection refused\"",
              "rpc error: code = DeadlineExceeded desc = context deadline exceeded")),
          attempt=lambda g: g.n(1, 3))),
        T("circuit-open", 3, "warn", _a("circuit breaker opened", name="catalog",
          failures=lambda g: g.n(5, 20), window="10s")),
        T("circuit-half", 3, "info", _a("circuit breaker half-open", name="catalog")),
        T("cache-refresh", 10, "debug", _a(lambda g: f"refreshed price cache: {g.n(1000, 90000)} entries in "
          f"{g.go_dur(300)}")),
        T("panic-recovered", 2, "error", _a("panic recovered", err=lambda g: g.pick((
            "runtime error: invalid memory address or nil pointer dereference",
            f"runtime error: index out of range [{g.n(1, 9)}] with length {g.n(0, 1)}")),
          path=lambda g: path(g), request_id=lambda g: g.hex(16))),
        T("startup", 1, "info", _a("starting server", addr=":8080", version="v2.14.3",
          commit=lambda g: g.hex(7))),
        T("migrations", 1, "info", _a(lambda g: f"applied {g.n(0, 3)} migrations, schema version {g.n(40, 60)}")),
        T("shutdown", 1, "info", _a("shutting down", signal="terminated", inflight=lambda g: g.n(0, 40))),
        T("ratelimited", 15, "warn", _a("rate limited", client_id=lambda g: f"partner-{g.n(1, 30)}",
          limit="100/s", retry_after=lambda g: g.go_dur(800))),
        T("config-reload", 2, "info", _a("config reloaded", file="/etc/inventory/config.yaml",
          changed=lambda g: g.pick(("[]", "[feature.fast_reserve]", "[limits.partner]")))),
    ),
    mean_gap_s=0.5,
)
# fmt: on
METHODS_GO = ("GET", "GET", "POST", "PUT", "DELETE")

# ------------------------------------------------------------------------------------------ Node service, pino JSON
PINO_LEVEL = {"trace": 10, "debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}


def _pino_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    record = {
        "level": PINO_LEVEL[line.level],
        "time": int(ts.timestamp() * 1000),
        "pid": g.pid % 90 + 18,
        "hostname": "checkout-web-6b7d9c5f4d-" + g.pick(("x2kqm", "p9tzr", "wl4bn")),
    }
    record |= line.fields
    record["msg"] = line.msg
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")), line.msg


def _req(g: G) -> dict:
    return {"reqId": f"req-{g.alnum(4, '0123456789abcdefghijklmnopqrstuvwxyz')}"}


# fmt: off
NODE_SVC = SystemSpec(
    "node-checkout",
    "Node 22 checkout BFF (fastify + pino): JSON lines; some messages interpolate values (template literals), "
    "others keep them in fields",
    _pino_header,
    (
        T("incoming", 400, "info", lambda g: ("incoming request", _req(g) | {"req": {
            "method": g.pick(METHODS_GO), "url": path(g), "remoteAddress": g.ip(), "remotePort": g.eport()}})),
        T("completed", 400, "info", lambda g: ("request completed", _req(g) | {"res": {"statusCode": g.pick(
            (200, 200, 200, 304, 404, 500))}, "responseTime": round(g.dur_ms(30, 1.2), 6)})),
        T("cart-total", 80, "info", lambda g: (f"cart {g.uuid()} total recomputed: {g.n(1, 900)}.{g.n(0, 99):02d} "
                                               f"{g.pick(('EUR', 'EUR', 'PLN', 'CHF'))}", _req(g))),
        T("session-new", 60, "info", lambda g: (
            f"new session for {g.pick(('guest', 'user ' + str(g.n(1000, 999999))))}", _req(g))),
        T("upstream-retry", 25, "warn", lambda g: (
            f"upstream {g.pick(('cart-svc', 'pricing', 'ledger-worker'))} returned {g.pick((502, 503, 504))}, retry "
            f"{g.n(1, 3)}/3 in {g.pick((100, 200, 400, 800))}ms", _req(g))),
        T("upstream-failed", 8, "error", lambda g: (
            "upstream request failed", _req(g) | {"err": {"type": "FetchError", "message": f"request to http://"
                                                  f"{g.pick(('cart-svc', 'pricing'))}:8080{path(g)} failed, reason: "
                                                  f"connect ECONNREFUSED {g.ip()}:8080", "code": "ECONNREFUSED"}})),
        T("promo-applied", 30, "info", lambda g: (
            f"promo code {g.pick(PROMOS)} applied: -{g.n(1, 80)}%", _req(g))),
        T("promo-invalid", 12, "info", lambda g: (
            f"promo code {g.alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')} rejected (expired or unknown)", _req(g))),
        T("payment-redirect", 40, "info", lambda g: (
            "redirecting to payment provider", _req(g) | {"provider": g.pick(("adyen", "paypal", "klarna")),
                                                         "amountCents": g.n(100, 90000)})),
        T("csrf", 6, "warn", lambda g: ("invalid csrf token", _req(g) | {"ip": g.ip("public")})),
        T("heap", 5, "debug", lambda g: (
            f"heap used {g.n(80, 900)} MB of {g.pick((1024, 2048))} MB, event loop lag {g.dur_ms(3, 1):.1f} ms", {})),
        T("unhandled", 2, "fatal", lambda g: (
            "uncaughtException", {"err": {"type": "TypeError", "message": "Cannot read properties of undefined "
                                          f"(reading '{g.pick(('items', 'total', 'id'))}')", "stack": "TypeError: "
                                          "Cannot read properties of undefined\n    at CartView.render (/app/dist/"
                                          f"cart.js:{g.n(10, 400)}:{g.n(2, 60)})"}})),
        T("listening", 1, "info", lambda g: ("Server listening at http://0.0.0.0:3000", {})),
        T("feature-flags", 3, "info", lambda g: (
            f"loaded {g.n(20, 60)} feature flags from unleash in {g.n(20, 900)}ms", {})),
        T("ssr-slow", 10, "warn", lambda g: (
            f"SSR of {g.pick(('/cart', '/checkout/shipping', '/checkout/review', '/p/' + str(g.n(1000, 99999))))} "
            f"took {g.n(800, 6000)}ms", _req(g))),
        T("order-submitted", 35, "info", lambda g: (
            f"order {g.n(10**6, 10**7)} submitted by customer {g.n(1000, 999999)}", _req(g))),
    ),
    mean_gap_s=0.4,
)
# fmt: on

# ------------------------------------------------------------------------------------------------ Airflow task log
AF_ERRORS = (
    "Bash command failed. The command returned a non-zero exit code 2.",
    'Pod returned a failure: {"phase": "Failed"}',
    "SQL compilation error: Object does not exist",
)
DAGS = ("etl_orders_daily", "sync_crm_contacts", "ml_churn_features", "dwh_rollup_hourly")
TASKS = ("extract_orders", "load_dwh", "dbt_run", "compute_features", "export_s3", "notify_slack")


def _hms(g: G) -> str:
    return f"{g.n(0, 23):02d}{g.n(0, 59):02d}{g.n(0, 59):02d}"


def _ti(g: G, state: str) -> str:
    return (
        f"<TaskInstance: {g.pick(DAGS)}.{g.pick(TASKS)} scheduled__2026-11-{g.n(10, 28)}T{g.n(0, 23):02d}:00:00"
        f"+00:00 [{state}]>"
    )


def _af_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    src = line.fields["src"]
    return f"[{ts:%Y-%m-%d, %H:%M:%S} UTC] {{{src}}} {line.level.upper()} - {line.msg}", line.msg


def _af(src: str, fn):  # noqa: ANN001, ANN202
    return lambda g: (fn(g), {"src": src})


# fmt: off
AIRFLOW = SystemSpec(
    "airflow",
    "Airflow 2.10 task logs (Celery executor), several DAGs concatenated as a log shipper collects them",
    _af_header,
    (
        T("deps-met", 60, "info", _af("taskinstance.py:2612", lambda g: (
            f"Dependencies all met for dep_context=non-requeueable deps ti={_ti(g, 'queued')}"))),
        T("starting-attempt", 60, "info", _af("taskinstance.py:2865", lambda g: (
            f"Starting attempt {g.n(1, 3)} of {g.pick((1, 3, 4))}"))),
        T("executing", 60, "info", _af("taskinstance.py:2888", lambda g: (
            f"Executing <Task({g.pick(OPERATORS)}): "
            f"{g.pick(TASKS)}> on 2026-11-{g.n(10, 28)} {g.n(0, 23):02d}:00:00+00:00"))),
        T("started-process", 60, "info", _af("standard_task_runner.py:72", lambda g: (
            f"Started process {g.n(100, 90000)} to run task"))),
        T("running-cmd", 60, "info", _af("standard_task_runner.py:104", lambda g: (
            f"Running: ['airflow', 'tasks', 'run', '{g.pick(DAGS)}', '{g.pick(TASKS)}', 'scheduled__2026-11-"
            f"{g.n(10, 28)}T{g.n(0, 23):02d}:00:00+00:00', '--job-id', '{g.n(1000, 999999)}', '--raw', '--subdir', "
            f"'DAGS_FOLDER/{g.pick(DAGS)}.py', '--cfg-path', '/tmp/tmp{g.alnum(8, LOWER)}']"))),
        T("job-id", 60, "info", _af("standard_task_runner.py:105", lambda g: (
            f"Job {g.n(1000, 999999)}: Subtask {g.pick(TASKS)}"))),
        T("running-on-host", 60, "info", _af("task_command.py:467", lambda g: (
            f"Running {_ti(g, 'running')} on host airflow-worker-{g.n(0, 3)}.airflow-worker.data-platform.svc."
            "cluster.local"))),
        T("success", 55, "info", _af("taskinstance.py:1206", lambda g: (
            f"Marking task as SUCCESS. dag_id={g.pick(DAGS)}, task_id={g.pick(TASKS)}, run_id=scheduled__2026-11-"
            f"{g.n(10, 28)}T{g.n(0, 23):02d}:00:00+00:00, execution_date=202611{g.n(10, 28)}T{g.n(0, 23):02d}0000, "
            f"start_date=20261{g.n(110, 128)}T{_hms(g)}, end_date=20261{g.n(110, 128)}T{_hms(g)}"))),
        T("exit-code", 60, "info", _af("local_task_job_runner.py:243", lambda g: (
            f"Task exited with return code {g.pick((0, 0, 0, 0, 1, -9))}"))),
        T("downstream", 55, "info", _af("taskinstance.py:3498", lambda g: (
            f"{g.n(0, 3)} downstream tasks scheduled from follow-on schedule check"))),
        T("rows-loaded", 70, "info", _af("etl.py:88", lambda g: (
            f"Loaded {g.size(40000, 2)} rows into {g.pick(('staging.orders', 'staging.order_items', 'crm.contacts'))} "
            f"in {g.dur_ms(12, 1):.2f}s"))),
        T("snowflake-query", 50, "info", _af("cursor.py:1149", lambda g: (
            f"query: [{g.pick(SNOWFLAKE_SQL)}]"))),
        T("snowflake-done", 50, "info", _af("cursor.py:1162", lambda g: "query execution done")),
        T("failed", 6, "error", _af("taskinstance.py:3311", lambda g: (
            f"Task failed with exception"
            f" | airflow.exceptions.AirflowException: {g.pick(AF_ERRORS)}"))),
        T("up-for-retry", 5, "info", _af("taskinstance.py:1225", lambda g: (
            f"Marking task as UP_FOR_RETRY. dag_id={g.pick(DAGS)}, task_id={g.pick(TASKS)}, run_id=scheduled__"
            f"2026-11-{g.n(10, 28)}T{g.n(0, 23):02d}:00:00+00:00, execution_date=202611{g.n(10, 28)}T"
            f"{g.n(0, 23):02d}0000, start_date=20261{g.n(110, 128)}T{_hms(g)}, end_date=20261"
            f"{g.n(110, 128)}T{_hms(g)}"))),
        T("sigterm", 2, "error", _af("taskinstance.py:2961", lambda g: (
            "Received SIGTERM. Terminating subprocesses."))),
        T("zombie", 2, "error", _af("scheduler_job_runner.py:1789", lambda g: (
            f"Detected zombie job: {{'full_filepath': '/opt/airflow/dags/{g.pick(DAGS)}.py', 'processor_subdir': "
            f"'/opt/airflow/dags', 'msg': \"{{'DAG Id': '{g.pick(DAGS)}', 'Task Id': '{g.pick(TASKS)}', 'Run Id': "
            f"'scheduled__2026-11-{g.n(10, 28)}T00:00:00+00:00', 'Hostname': 'airflow-worker-{g.n(0, 3)}'}}\"}}"))),
        T("pod-phase", 20, "info", _af("pod_manager.py:393", lambda g: (
            f"Pod {g.pick(TASKS).replace('_', '-')}-{g.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789')} has phase "
            f"{g.pick(('Pending', 'Running', 'Succeeded'))}"))),
        T("xcom", 15, "info", _af("python.py:240", lambda g: (
            f"Done. Returned value was: {g.pick(('None', str(g.n(0, 90000)), f's3://kestrel-dwh/x/{g.uuid()}.parquet'))}"))),
    ),
    mean_gap_s=3.0,
)
# fmt: on

SYSTEMS_APPS = (KUBELET, KUBE_APISERVER, SPRING, GO_SVC, NODE_SVC, AIRFLOW)
