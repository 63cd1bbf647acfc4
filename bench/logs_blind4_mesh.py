"""Cluster-side systems of the fourth blind log set: istiod, the Cilium agent, a Nomad client/server and Loki."""

from __future__ import annotations

from datetime import datetime

from logs_blind4_kit import Line, Pick, Tpl, build, kv, logfmt_value

__all__ = ["make_cilium", "make_istiod", "make_loki", "make_nomad"]

NS = ["shop", "payments", "search", "kube-system", "observability", "lager-de", "edge"]
APPS = ["web", "checkout", "cart", "pricing-api", "img-resizer", "orders-worker", "geo-lookup", "auth-gw", "notif"]
NODES = ["wrk-a-01", "wrk-a-02", "wrk-b-07", "wrk-b-11", "gpu-c-01", "infra-03"]


def _pod(p: Pick) -> tuple[str, str]:
    app = p.one(APPS)
    return f"{app}-{p.hexs(9)[:9]}-{p.word(5)}", p.one(NS)


def _node(p: Pick) -> str:
    pod, ns = _pod(p)
    return f"sidecar~{p.ip()}~{pod}.{ns}~{ns}.svc.cluster.local-{p.n(1, 40)}"


def _kb(p: Pick, median: float) -> str:
    v = p.size(median * 1000) / 1000
    return f"{v:.1f}kB" if v < 1000 else f"{v / 1000:.1f}MB"


def _istio_tpls() -> list[Tpl]:
    def push(kind: str, cached: bool, empty: bool = False):
        def make(p: Pick):
            n = p.n(1, 180)
            tail = f" cached:{n - p.n(0, min(n, 4))}/{n}" if cached else ""
            tail = (f" empty:{p.one([0, 0, 0, 1, 3])}" if empty else "") + tail
            return (
                "info",
                f"{kind}: PUSH request for node:{_node(p).split('~')[2]} resources:{n} size:{_kb(p, 30)}{tail}",
                None,
            )

        return make

    def svc(p: Pick) -> str:
        return f"{p.one(APPS)}.{p.one(NS)}.svc.cluster.local"

    return [
        Tpl("cds", 60, push("CDS", True)),
        Tpl("eds", 140, push("EDS", True, True)),
        Tpl("lds", 45, lambda p: ("info", f"LDS: PUSH for node:{_node(p).split('~')[2]} resources:{p.n(3, 60)} size:{_kb(p, 80)}", None)),  # noqa: E501
        Tpl("rds", 40, push("RDS", True)),
        Tpl("nds", 8, lambda p: ("info", f"NDS: PUSH for node:{_node(p).split('~')[2]} resources:1 size:{_kb(p, 3)}", None)),  # noqa: E501
        Tpl("new_conn", 30, lambda p: ("info", f"ADS: new connection for node:{_node(p)}-{p.n(1, 900)}", None)),
        Tpl("terminated", 28, lambda p: ("info", f'ADS: "{p.ip()}:{p.port()}" {_node(p).split("~")[2]}-{p.n(1, 900)} terminated', None)),  # noqa: E501
        Tpl("term_err", 6, lambda p: ("info", f'ADS: "{p.ip()}:{p.port()}" {_node(p).split("~")[2]}-{p.n(1, 900)} terminated with error: rpc error: code = Canceled desc = context canceled', None)),  # noqa: E501
        Tpl("debounce", 50, lambda p: ("info", f"Push debounce stable[{p.grow('deb', 1200, 2)}] {p.n(1, 9)} for config {p.one(['ServiceEntry', 'Endpoints', 'VirtualService', 'DestinationRule', 'Pod'])}/{p.one(NS)}/{p.one(APPS)}: {p.ms(100, 0.05):.4f}ms since last change, {p.ms(900):.4f}ms since last push, full={p.one(['true', 'false'])}", None)),  # noqa: E501
        Tpl("xds_push", 45, lambda p: ("info", f"XDS: Pushing Services:{p.n(80, 96)} ConnectedEndpoints:{p.n(180, 240)} Version:2026-11-17T0{p.n(0, 9)}:{p.n(10, 59)}:{p.n(10, 59)}Z/{p.grow('ver', 400, 2)}", None)),  # noqa: E501
        Tpl("full_push", 14, lambda p: ("info", f"Full push, new service {(s := svc(p)).split('.')[1]}/{s}", None)),
        Tpl("no_endpoints", 12, lambda p: ("info", f"Incremental push, service {svc(p)} at shard Kubernetes/Kubernetes has no endpoints", None)),  # noqa: E501
        Tpl("ack_error", 3, lambda p: ("warn", f"ADS:LDS: ACK ERROR {_node(p).split('~')[2]}-{p.n(1, 900)} Internal:Error adding/updating listener(s) 0.0.0.0_{p.one([8080, 9090, 15021])}: duplicate listener 0.0.0.0_{p.one([8080, 9090])} found", None)),  # noqa: E501
        Tpl("csr", 10, lambda p: ("info", f"generated new workload certificate for spiffe://cluster.local/ns/{p.one(NS)}/sa/{p.one(APPS)} (ttl 24h0m0s)", None)),  # noqa: E501
        Tpl("leader", 2, lambda p: ("info", f"Leader election cycle {p.n(0, 3)} won. Trying to acquire leadership for {p.one(['istio-leader', 'istio-namespace-controller-election', 'istio-gateway-deployment-default'])}.", None)),  # noqa: E501
        Tpl("watch_closed", 4, lambda p: ("warn", f"k8s.io/client-go@v0.28.3/tools/cache/reflector.go:229: watch of *v1.{p.one(['Pod', 'EndpointSlice', 'Service', 'Node'])} ended with: an error on the server (\"unable to decode an event from the watch stream: http2: response body closed\") has prevented the request from succeeding", None)),  # noqa: E501
        Tpl("validation", 2, lambda p: ("info", f"validationController\tReconcile(enter): retry dry-run creation of invalid config, (attempt {p.n(1, 5)})", None)),  # noqa: E501
        Tpl("sds_rotate", 3, lambda p: ("info", f"Updating existing secret {p.one(NS)}/{p.one(['ingress-cert', 'wildcard-acme-io', 'shop-tls'])} version {p.n(10, 99)}", None)),  # noqa: E501
        Tpl("gw_deploy", 2, lambda p: ("info", f"reconciling {p.one(['Gateway', 'Deployment', 'Service'])} {p.one(NS)}/{p.one(['edge-gw', 'internal-gw'])}", None)),  # noqa: E501
        Tpl("status_skip", 5, lambda p: ("info", f"Skipping status update for {p.one(NS)}/{p.one(APPS)}: distribution tracking is disabled", None)),  # noqa: E501
        Tpl("stale_ep", 2, lambda p: ("warn", f"skipping EndpointSlice {p.one(NS)}/{p.one(APPS)}-{p.word(5)}: stale, generation {p.n(2, 40)} < {p.n(41, 90)}", None)),  # noqa: E501
    ]  # fmt: skip


_ISTIO_SCOPE = {"csr": "ca", "leader": "leader election", "watch_closed": "klog", "validation": "validation",
                "sds_rotate": "sds", "gw_deploy": "gateway", "status_skip": "status", "full_push": "model",
                "no_endpoints": "model", "stale_ep": "kube"}  # fmt: skip


def make_istiod(lines: int) -> list[Line]:
    tpls = _istio_tpls()

    def wrap(t: Tpl) -> Tpl:
        scope = _ISTIO_SCOPE.get(t.key, "ads")

        def make(p: Pick):  # the scope rides in the fields, the render puts it in the header
            level, msg, _ = t.make(p)
            return level, msg, {"scope": scope}

        return Tpl(t.key, t.weight, make)

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"
        return f"{stamp}\t{level}\t{fields['scope']}\t{msg}", msg

    return build("istiod", [wrap(t) for t in tpls], lines, render, gap_ms=400)


def _ep(p: Pick) -> dict:
    pod, ns = _pod(p)
    return {"containerID": p.hexs(10), "endpointID": p.n(40, 3900), "k8sPodName": f"{ns}/{pod}"}


def _cilium_tpls() -> list[Tpl]:
    def rewrote(p: Pick):
        rev = p.n(2, 90)
        ep = _ep(p)
        f = {"containerID": ep["containerID"], "datapathPolicyRevision": rev - 1, "desiredPolicyRevision": rev,
             "endpointID": ep["endpointID"], "identity": p.n(2000, 65000), "ipv4": p.ip(), "ipv6": "",
             "k8sPodName": ep["k8sPodName"], "subsys": "endpoint"}  # fmt: skip
        return "info", "Rewrote endpoint BPF program", f

    def trans(p: Pick):
        a, b = p.one([("waiting-to-regenerate", "waiting-to-regenerate"), ("regenerating", "waiting-to-regenerate"),
                      ("ready", "ready"), ("disconnecting", "waiting-to-regenerate")])  # fmt: skip
        f = {**_ep(p), "endpointState.from": a, "endpointState.to": b, "file-path": "", "subsys": "endpoint"}
        return "info", "Invalid state transition skipped", f

    return [
        Tpl("rewrote", 120, rewrote),
        Tpl("regen", 60, lambda p: ("info", "Regenerating endpoint", {**_ep(p), "reason": p.one(["one or more identities created or deleted", "policy rules added", "updated security labels"]), "subsys": "endpoint"})),  # noqa: E501
        Tpl("trans", 45, trans),
        Tpl("new_ep", 14, lambda p: ("info", "New endpoint", {**_ep(p), "datapathPolicyRevision": 0, "desiredPolicyRevision": p.n(2, 90), "subsys": "endpoint"})),  # noqa: E501
        Tpl("removed_ep", 13, lambda p: ("info", "Removed endpoint", {**_ep(p), "subsys": "endpoint"})),
        Tpl("create_req", 14, lambda p: ("info", "Create endpoint request", {"addressing": f"&{{{p.ip()}  {p.uuid()}  default   }}", "containerID": p.hexs(64), "datapathConfiguration": "&{false false false false false <nil>}", "interface": f"lxc{p.hexs(8)}", "k8sPodName": "/".join(reversed(_pod(p))), "labels": "[]", "subsys": "daemon", "sync-build": "true"})),  # noqa: E501
        Tpl("delete_req", 13, lambda p: ("info", "Delete endpoint request", {**_ep(p), "subsys": "daemon"})),
        Tpl("compiled", 6, lambda p: ("info", "Compiled new BPF template", {"BPFCompilationTime": p.go_dur(1800), "file-path": f"/var/run/cilium/state/templates/{p.hexs(64)}/bpf_lxc.o", "subsys": "datapath-loader"})),  # noqa: E501
        Tpl("policy_api", 10, lambda p: ("info", "Policy imported via API, recalculating...", {"policyAddRequest": p.uuid(), "policyRevision": p.grow("prev", 40, 1), "subsys": "daemon"})),  # noqa: E501
        Tpl("cnp_imported", 10, lambda p: ("info", "Imported CiliumNetworkPolicy", {"ciliumNetworkPolicyName": f"allow-{p.one(APPS)}-{p.one(['ingress', 'egress', 'dns'])}", "k8sApiVersion": "", "k8sNamespace": p.one(NS), "subsys": "k8s-watcher"})),  # noqa: E501
        Tpl("cnp_deleted", 3, lambda p: ("info", "Deleted CiliumNetworkPolicy", {"ciliumNetworkPolicyName": f"allow-{p.one(APPS)}-ingress", "k8sApiVersion": "", "k8sNamespace": p.one(NS), "subsys": "k8s-watcher"})),  # noqa: E501
        Tpl("ct_gc", 16, lambda p: ("info", "Conntrack garbage collector interval recalculated", {"deleteRatio": round(p.r.random() * 0.3, 6), "newInterval": f"{p.n(1, 12)}m{p.n(0, 59)}s", "subsys": "map-ct"})),  # noqa: E501
        Tpl("node_upd", 12, lambda p: ("info", "Node updated", {"clusterName": "default", "nodeName": p.one(NODES), "subsys": "nodemanager"})),  # noqa: E501
        Tpl("node_del", 2, lambda p: ("info", "Node deleted", {"clusterName": "default", "nodeName": p.one(NODES), "subsys": "nodemanager"})),  # noqa: E501
        Tpl("ipcache_warn", 8, lambda p: ("warning", "Unable to update ipcache map entry on pod add", {"error": f"ipcache entry for podIP {p.ip()} owned by kvstore or agent", "hostIP": p.ip(), "k8sNamespace": p.one(NS), "k8sPodName": _pod(p)[0], "podIP": p.ip(), "subsys": "k8s-watcher"})),  # noqa: E501
        Tpl("key_alloc", 4, lambda p: ("warning", "Key allocation attempt failed", {"attempt": p.n(0, 4), "error": "unable to acquire lock: context deadline exceeded", "key": f"[k8s:app={p.one(APPS)} k8s:io.kubernetes.pod.namespace={p.one(NS)}]", "subsys": "allocator"})),  # noqa: E501
        Tpl("reuse_key", 18, lambda p: ("info", "Reusing existing global key", {"key": f"k8s:app={p.one(APPS)};k8s:io.cilium.k8s.policy.serviceaccount={p.one(APPS)};k8s:io.kubernetes.pod.namespace={p.one(NS)};", "subsys": "allocator"})),  # noqa: E501
        Tpl("regen_all", 3, lambda p: ("info", "regenerating all endpoints", {"reason": p.one(["kube-apiserver identity updated", "one or more identities created or deleted"]), "subsys": "endpoint-manager"})),  # noqa: E501
        Tpl("release_ip", 2, lambda p: ("error", "Failed to release IP", {"error": f"IP {p.ip()} is not allocated", "ip": p.ip(), "subsys": "ipam"})),  # noqa: E501
        Tpl("health", 1, lambda p: ("info", "Serving cilium health API at unix:///var/run/cilium/health.sock", {"subsys": "health-server"})),  # noqa: E501
        Tpl("bpf_removed", 1, lambda p: ("warning", "Detected unexpected endpoint BPF program removal. Consider investigating whether other software running on this machine is removing Cilium's endpoint BPF programs. If endpoint BPF programs are removed, the associated pods will lose connectivity and only reinstating the programs will restore connectivity.", {"count": p.n(1, 6), "subsys": "datapath-loader"})),  # noqa: E501
    ]  # fmt: skip


def make_cilium(lines: int) -> list[Line]:
    """``kubectl logs --timestamps`` of a cilium-agent: an RFC 3339 nano stamp, then logrus text (no time)."""

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{p.n(100, 999)}Z"
        rest = kv(fields)
        raw = f"{stamp} level={level} msg={logfmt_value(msg)} {rest}".rstrip()
        fields = {k: v for k, v in (fields or {}).items() if k != "subsys"}
        return raw, f"{msg} {kv(fields)}".rstrip()

    return build("cilium", _cilium_tpls(), lines, render, gap_ms=700)


def _alloc(p: Pick) -> str:
    return p.uuid()


def _nomad_tpls() -> list[Tpl]:
    events = [("Received", "Task received by client"), ("Task Setup", "Building Task Directory"),
              ("Driver", "Downloading image"), ("Started", "Task started by client"),
              ("Terminated", "Exit Code: 0"), ("Killing", "Sent interrupt. Waiting 5s before force killing"),
              ("Restarting", "Task restarting in 16.243183935s"), ("Killed", "Task successfully killed")]  # fmt: skip
    jobs = ["web", "checkout", "batch-export", "nightly-report", "redis-cache", "traefik", "promtail"]

    def ev(p: Pick):
        t, m = p.one(events)
        return (
            "INFO",
            "client.alloc_runner.task_runner",
            "Task event",
            {"alloc_id": _alloc(p), "task": p.one(jobs), "type": t, "msg": m, "failed": "false"},
        )

    def triple(level: str, logger: str, msg: str, fields):  # noqa: ANN202
        return lambda p: (level, logger, msg, fields(p) if fields else None)

    def ev_fields(p: Pick) -> dict:
        return {"eval_id": p.uuid(), "job_id": p.one(jobs), "namespace": p.one(["default", "default", "ops"])}

    raw = [
        Tpl("task_event", 150, ev),
        Tpl("created", 20, triple("INFO", "client.driver_mgr.docker", "created container", lambda p: {"container_id": p.hexs(64), "driver": "docker"})),  # noqa: E501
        Tpl("started", 20, triple("INFO", "client.driver_mgr.docker", "started container", lambda p: {"container_id": p.hexs(64), "driver": "docker"})),  # noqa: E501
        Tpl("stopped", 10, triple("INFO", "client.driver_mgr.docker", "stopped container", lambda p: {"container_id": p.hexs(64), "driver": "docker"})),  # noqa: E501
        Tpl("pull_fail", 3, triple("ERROR", "client.driver_mgr.docker", "failed pulling container", lambda p: {"driver": "docker", "image_ref": f"registry.acme.internal/{p.one(jobs)}:{p.n(1, 3)}.{p.n(0, 20)}.{p.n(0, 9)}", "error": "API error (404): manifest unknown"})),  # noqa: E501
        Tpl("gc_mark", 12, triple("INFO", "client.gc", "marking allocation for GC", lambda p: {"alloc_id": _alloc(p)})),  # noqa: E501
        Tpl("gc_collect", 10, triple("INFO", "client.gc", "garbage collecting allocation", lambda p: {"alloc_id": _alloc(p), "reason": f"number of allocations ({p.n(51, 60)}) is over the limit (50)"})),  # noqa: E501
        Tpl("upd_allocs", 40, triple("DEBUG", "client", "updated allocations", lambda p: {"index": p.grow("idx", 88000, 9), "total": p.n(8, 40), "pulled": p.n(0, 3), "filtered": p.n(5, 38)})),  # noqa: E501
        Tpl("applied", 38, triple("DEBUG", "client", "allocation updates applied", lambda p: {"added": p.n(0, 2), "removed": p.n(0, 2), "updated": p.n(0, 4), "ignored": p.n(5, 38), "errors": 0})),  # noqa: E501
        Tpl("http", 90, triple("DEBUG", "http", "request complete", lambda p: {"method": p.one(["GET", "GET", "PUT", "POST"]), "path": p.one([f"/v1/job/{p.one(jobs)}?index={p.n(80000, 90000)}", "/v1/agent/health?type=client", f"/v1/allocation/{_alloc(p)}", "/v1/jobs?namespace=*", "/v1/metrics?format=prometheus"]), "duration": p.go_dur(2)})),  # noqa: E501
        Tpl("logmon_fifo", 10, triple("INFO", "client.alloc_runner.task_runner.task_hook.logmon.nomad", "opening fifo", lambda p: {"alloc_id": _alloc(p), "task": p.one(jobs), "@module": "logmon", "path": f"/opt/nomad/data/alloc/{_alloc(p)}/alloc/logs/.{p.one(jobs)}.std{p.one(['out', 'err'])}.fifo", "timestamp": f"2026-11-17T08:{p.n(10, 59)}:{p.n(10, 59)}.{p.n(100, 999)}Z"})),  # noqa: E501
        Tpl("plugin_exit", 8, triple("INFO", "client.alloc_runner.task_runner.task_hook.logmon", "plugin process exited", lambda p: {"alloc_id": _alloc(p), "task": p.one(jobs), "path": "/usr/local/bin/nomad", "pid": p.n(2000, 60000)})),  # noqa: E501
        Tpl("rendered", 9, triple("INFO", "agent", '(runner) rendered "(dynamic)" => "/opt/nomad/data/alloc/{}/{}/secrets/env.vars"', None)),  # noqa: E501
        Tpl("dequeued", 25, triple("DEBUG", "worker", "dequeued evaluation", lambda p: {"worker_id": p.uuid(), **ev_fields(p), "type": p.one(["service", "batch", "system"]), "triggered_by": p.one(["job-register", "node-update", "alloc-stop", "periodic-job"])})),  # noqa: E501
        Tpl("reconciled", 22, triple("DEBUG", "worker.service_sched", "reconciled current state with desired state", lambda p: {**ev_fields(p), "results": f"Total changes: (place {p.n(0, 3)}) (destructive {p.n(0, 2)}) (inplace 0) (stop {p.n(0, 2)}) (disconnect 0) (reconnect 0)"})),  # noqa: E501
        Tpl("ack_eval", 24, triple("DEBUG", "worker", "ack evaluation", lambda p: {"worker_id": p.uuid(), **ev_fields(p), "type": "service"})),  # noqa: E501
        Tpl("eval_status", 22, triple("DEBUG", "worker.service_sched", "setting eval status", lambda p: {**ev_fields(p), "status": p.one(["complete", "complete", "blocked", "failed"])})),  # noqa: E501
        Tpl("core_gc", 4, triple("DEBUG", "core.sched", "eval GC found eligibile objects", lambda p: {"evals": p.n(1, 90), "allocs": p.n(0, 200)})),  # noqa: E501
        Tpl("restarting", 5, triple("INFO", "client.alloc_runner.task_runner", "restarting task", lambda p: {"alloc_id": _alloc(p), "task": p.one(jobs), "reason": "Restart within policy", "delay": p.go_dur(15000)})),  # noqa: E501
        Tpl("driver_fail", 3, triple("ERROR", "client.alloc_runner.task_runner", "running driver failed", lambda p: {"alloc_id": _alloc(p), "task": p.one(jobs), "error": f"Failed to start container {p.hexs(64)}: API error (500): failed to create shim task: OCI runtime create failed"})),  # noqa: E501
        Tpl("suspect", 3, triple("INFO", "nomad", "memberlist: Suspect {} has failed, no acks received", None)),  # noqa: E501
        Tpl("reattach", 2, triple("WARN", "client.alloc_runner.task_runner.task_hook", "failed to reattach to logmon process", lambda p: {"alloc_id": _alloc(p), "error": "Reattachment process not found"})),  # noqa: E501
        Tpl("heartbeat", 6, triple("DEBUG", "client", "state updated", lambda p: {"node_status": "ready"})),
    ]  # fmt: skip

    def fill(t: Tpl) -> Tpl:
        def make(p: Pick):
            level, logger, msg, fields = t.make(p)
            if t.key == "rendered":
                msg = msg.format(_alloc(p), p.one(jobs))
            elif t.key == "suspect":
                msg = msg.format(f"nomad-{p.n(1, 3)}.global")
            return level, msg, {"@logger": logger, **(fields or {})}

        return Tpl(t.key, t.weight, make)

    return [fill(t) for t in raw]


def make_nomad(lines: int) -> list[Line]:
    """hclog: ``2026-11-17T08:03:12.118Z [INFO]  logger: message: key=value ...``."""

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        fields = dict(fields or {})
        logger = fields.pop("@logger")
        pairs = kv(fields)
        body = f"{msg}: {pairs}" if pairs else msg
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"
        return f"{stamp} {('[' + level + ']'):<7} {logger}: {body}", body

    return build("nomad", _nomad_tpls(), lines, render, gap_ms=500)


def _loki_tpls() -> list[Tpl]:
    queries = ['sum(rate({app="web"} |= "error" [1m]))', '{namespace="shop", container="checkout"} |= "timeout"',
               'count_over_time({job="nginx"} | json | status >= 500 [5m])', '{app="orders-worker"} != "healthz"',
               'topk(10, sum by (path) (rate({app="auth-gw"} | logfmt [5m])))']  # fmt: skip

    def metrics(p: Pick):
        return (
            "info",
            "",
            {
                "caller": "metrics.go:159",
                "component": "frontend",
                "org_id": p.one(["fake", "tenant-eu", "tenant-ops"]),
                "traceID": p.hexs(16),
                "latency": p.one(["fast", "fast", "slow"]),
                "query": p.one(queries),
                "query_hash": p.n(10**8, 4 * 10**9),
                "query_type": p.one(["metric", "filter", "limited"]),
                "range_type": "range",
                "length": p.one(["1h0m0s", "6h0m0s", "15m0s"]),
                "step": p.one(["14s", "1m0s", "30s"]),
                "duration": p.go_dur(120),
                "status": p.one([200, 200, 200, 499]),
                "limit": 1000,
                "returned_lines": p.n(0, 1000),
                "throughput": f"{p.size(40)}MB",
                "total_bytes": f"{p.size(20)}MB",
            },
        )

    return [
        Tpl("metrics", 70, metrics),
        Tpl("flush", 110, lambda p: ("debug", "flushing stream", {"caller": "flush.go:167", "user": "fake", "fp": p.hexs(16), "immediate": "false", "num_chunks": p.n(1, 3), "labels": f'{{app="{p.one(APPS)}", namespace="{p.one(NS)}"}}'})),  # noqa: E501
        Tpl("uploading", 30, lambda p: ("info", "uploading tables", {"caller": "table_manager.go:136", "index-store": "tsdb-2024-04-01"})),  # noqa: E501
        Tpl("executing", 60, lambda p: ("info", "executing query", {"caller": "engine.go:232", "component": "querier", "org_id": "fake", "traceID": p.hexs(16), "type": "range", "query": p.one(queries), "length": p.one(["1h0m0s", "15m0s"]), "step": "14s", "query_hash": p.n(10**8, 4 * 10**9)})),  # noqa: E501
        Tpl("push_parsed", 90, lambda p: ("debug", "push request parsed", {"caller": "push.go:165", "org_id": "fake", "path": "/loki/api/v1/push", "contentType": "application/x-protobuf", "contentEncoding": "", "bodySize": f"{p.size(12)} kB", "streams": p.n(1, 30), "entries": p.n(1, 900), "streamLabelsSize": f"{p.size(300)} B", "entriesSize": f"{p.size(40)} kB", "totalSize": f"{p.size(40)} kB", "mostRecentLagMs": p.n(100, 9000)})),  # noqa: E501
        Tpl("write_failed", 6, lambda p: ("error", "write operation failed", {"caller": "manager.go:49", "component": "distributor", "path": "write", "details": f"entry with timestamp 2026-11-17 0{p.n(0, 7)}:{p.n(10, 59)}:{p.n(10, 59)}.{p.n(100, 999)} +0000 UTC ignored, reason: 'entry too far behind, oldest acceptable timestamp is: 2026-11-17T07:10:00Z' for stream: {{app=\"{p.one(APPS)}\"}}, total ignored: {p.n(1, 90)} out of {p.n(100, 900)}", "org_id": "fake"})),  # noqa: E501
        Tpl("checkpoint_start", 6, lambda p: ("info", "starting checkpoint", {"caller": "checkpoint.go:611"})),
        Tpl("checkpoint_dir", 6, lambda p: ("info", "attempting checkpoint for", {"caller": "checkpoint.go:336", "dir": f"/loki/wal/checkpoint.{p.grow('cp', 1200, 2):06d}"})),  # noqa: E501
        Tpl("checkpoint_done", 5, lambda p: ("info", "checkpoint done", {"caller": "checkpoint.go:498", "time": p.go_dur(2500)})),  # noqa: E501
        Tpl("compacting", 4, lambda p: ("info", "compacting table", {"caller": "compactor.go:692", "table-name": f"index_{p.n(20400, 20410)}"})),  # noqa: E501
        Tpl("retention", 3, lambda p: ("info", "applying retention with compaction", {"caller": "compactor.go:570"})),  # noqa: E501
        Tpl("downloaded_set", 14, lambda p: ("info", "downloaded index set at query time", {"caller": "index_set.go:106", "table-name": f"index_{p.n(20380, 20410)}", "user-id": p.one(["fake", "tenant-eu"]), "duration": p.go_dur(40)})),  # noqa: E501
        Tpl("scheduler_err", 4, lambda p: ("warn", "error contacting scheduler", {"caller": "scheduler_processor.go:98", "err": "rpc error: code = Canceled desc = context canceled", "addr": f"{p.ip()}:9095"})),  # noqa: E501
        Tpl("notify_err", 3, lambda p: ("error", "error notifying frontend about finished query", {"caller": "scheduler_processor.go:177", "err": "rpc error: code = DeadlineExceeded desc = context deadline exceeded", "frontend": f"{p.ip()}:9095"})),  # noqa: E501
        Tpl("http_500", 5, lambda p: ("warn", f"POST /loki/api/v1/push ({p.one([500, 429])}) {p.go_dur(4)} Response: \"{p.one(['ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest 512 lines totaling 1048576 bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased', 'at least 2 live replicas required, could only find 1'])}\\n\" ws: false; Content-Length: {p.size(9000)}; Content-Type: application/x-protobuf; User-Agent: promtail/2.9.4; ", {"caller": "logging.go:86", "traceID": p.hexs(16), "orgID": "fake"})),  # noqa: E501
        Tpl("mark_created", 2, lambda p: ("info", "mark file created", {"caller": "marker.go:79", "file": f"/loki/compactor/retention/markers/{p.n(1700000000000, 1800000000000)}"})),  # noqa: E501
        Tpl("sweep", 2, lambda p: ("info", "no marks file found", {"caller": "marker.go:202"})),
    ]  # fmt: skip


def make_loki(lines: int) -> list[Line]:
    """Loki 2.9 (go-kit logfmt: ``level ts caller [fields] msg [fields]``; the query-stats line has no msg)."""

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        fields = dict(fields or {})
        caller = fields.pop("caller")
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{p.n(100, 999)}Z"
        head = f"level={level} ts={stamp} caller={caller}"
        if not msg:
            return f"{head} {kv(fields)}", kv(fields)
        front = {k: fields.pop(k) for k in list(fields) if k in ("component", "index-store", "org_id", "traceID")}
        raw = " ".join(x for x in (head, kv(front), f"msg={logfmt_value(msg)}", kv(fields)) if x)
        return raw, " ".join(x for x in (msg, kv({**front, **fields})) if x)

    return build("loki", _loki_tpls(), lines, render, gap_ms=300)
