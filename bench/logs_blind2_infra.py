"""Cluster infrastructure of the second blind log set: Consul (hclog), etcd (zap JSON), Prometheus (go-kit logfmt),
CoreDNS and containerd (logrus text). Each ``make_*`` returns the system's lines (raw, content, label)."""

# ruff: noqa: E501
# fmt: off
# The template tables keep one log statement per line, as the source of a system reads: long lines by design.

from __future__ import annotations

import json
from datetime import datetime

from logs_blind2_gen import Gen, Line, T, build, iso_ms, logfmt_value

__all__ = ["make_consul", "make_containerd", "make_coredns", "make_etcd", "make_prometheus"]


def _svc(g: Gen) -> str:
    return g.pooled("svc", 12, lambda: f"{g.word()}-{g.pick(('api', 'web', 'worker', 'grpc'))}-{g.hexs(4)}")


def _kv(pairs: list[tuple[str, object]]) -> str:
    return " ".join(f"{k}={logfmt_value(v)}" for k, v in pairs)


# --- Consul 1.17 (hclog): time [LEVEL] logger: message key=value ... ------------------------------------------------
def _consul() -> list[T]:
    def req(g: Gen) -> str:
        path = g.pick((f"/v1/health/service/{g.word()}?index={g.num(10**5, 10**7)}&passing=1&wait=30s", f"/v1/kv/config/{g.word()}/feature-flags?index={g.num(10**5, 10**7)}&wait=60000ms", "/v1/agent/self", f"/v1/catalog/service/{g.word()}?stale="), (6, 3, 1, 2))
        return f"Request finished: method={g.pick(('GET', 'GET', 'GET', 'PUT'))} url={path} from={g.ip()}:{g.port()} latency={g.go_dur(0.8, 1.5)}"

    def peer(g: Gen) -> str:
        return g.pooled("peer", 5, lambda: f"consul-{g.pick(('a', 'b', 'c'))}{g.num(1, 9):02d}")

    lead = "Node at {ip}:8300 [{state}]"
    return [
        T("http_done", "DEBUG|agent.http", 300, req),
        T("dns_served", "DEBUG|agent.dns", 120, lambda g: f"request served from client: name={g.word()}.service.consul. type={g.pick(('A', 'A', 'SRV', 'AAAA'))} class=IN latency={g.go_dur(0.15, 0.8)} client={g.ip()}:{g.port()} client_network={g.pick(('udp', 'udp', 'tcp'))}"),
        T("svc_in_sync", "DEBUG|agent", 100, lambda g: f"Service in sync: service={_svc(g)}"),
        T("check_in_sync", "DEBUG|agent", 100, lambda g: f"Check in sync: check=service:{_svc(g)}"),
        T("node_in_sync", "DEBUG|agent", 80, lambda g: "Node info in sync"),
        T("synced_svc", "INFO|agent", 60, lambda g: f"Synced service: service={_svc(g)}"),
        T("synced_check", "INFO|agent", 60, lambda g: f"Synced check: check=service:{_svc(g)}"),
        T("req_error", "ERROR|agent.http", 15, lambda g: f"Request error: method=GET url=/v1/kv/secret/{g.word()}/db from={g.ip()}:{g.port()} error=\"Permission denied: token with AccessorID '{g.uuid()}' lacks permission 'key:read' on \\\"secret/{g.word()}/db\\\"\""),
        T("synced_node", "INFO|agent", 10, lambda g: "Synced node info"),
        T("check_critical", "WARN|agent", 10, lambda g: f"Check is now critical: check=service:{_svc(g)}"),
        T("rpc_failed", "ERROR|agent.client", 10, lambda g: f"RPC failed to server: method={g.pick(('Catalog.Register', 'Health.ServiceNodes', 'KVS.Get'))} server={g.ip('srv', 3)}:8300 error=\"rpc error making call: {g.pick(('EOF', 'No cluster leader', 'stream closed'))}\""),
        T("suspect", "INFO|agent.server.memberlist.lan", 8, lambda g: f"memberlist: Suspect {peer(g)} has failed, no acks received"),
        T("coord_err", "WARN|agent", 5, lambda g: "Coordinate update error: error=\"No cluster leader\""),
        T("marking_failed", "INFO|agent.server.memberlist.lan", 4, lambda g: f"memberlist: Marking {peer(g)} as failed, suspect timeout reached ({g.num(1, 2)} peer confirmations)"),
        T("member_failed", "INFO|agent.server.serf.lan", 4, lambda g: f"serf: EventMemberFailed: {peer(g)} {g.ip('srv', 3)}"),
        T("member_join", "INFO|agent.server.serf.lan", 4, lambda g: f"serf: EventMemberJoin: {peer(g)} {g.ip('srv', 3)}"),
        T("member_alive", "INFO|agent.server", 4, lambda g: f"member joined, marking health alive: member={peer(g)} partition=default"),
        T("hb_timeout", "WARN|agent.server.raft", 2, lambda g: f"heartbeat timeout reached, starting election: last-leader-addr={g.ip('srv', 3)}:8300 last-leader-id={g.uuid()}"),
        T("candidate", "INFO|agent.server.raft", 2, lambda g: f"entering candidate state: node=\"{lead.format(ip=g.ip('srv', 3), state='Candidate')}\" term={g.num(10, 30)}"),
        T("election_won", "INFO|agent.server.raft", 2, lambda g: f"election won: term={g.num(10, 30)} tally={g.num(2, 3)}"),
        T("leader_state", "INFO|agent.server.raft", 2, lambda g: f"entering leader state: leader=\"{lead.format(ip=g.ip('srv', 3), state='Leader')}\""),
        T("leadership", "INFO|agent.server", 2, lambda g: "cluster leadership acquired"),
        T("ca_rotated", "INFO|agent.server.connect", 1, lambda g: "CA rotated to new root under provider: provider=consul"),
        T("caught", "INFO|agent", 1, lambda g: "Caught: signal=hangup"),
        T("reloading", "INFO|agent", 1, lambda g: "Reloading configuration..."),
    ]


def make_consul(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, msg: object) -> tuple[str, str]:
        level, logger = tpl.level.split("|")
        pad = "  " if len(level) == 4 else " "
        return f"{iso_ms(t)} [{level}]{pad}{logger}: {msg}", str(msg)

    return build("consul", _consul(), lines, render, gap_ms=300)


# --- etcd 3.5 (zap JSON): level, ts, caller, msg, then fields --------------------------------------------------------
def _etcd() -> list[T]:
    def too_long(g: Gen) -> tuple[str, dict]:
        key = g.pick(("/registry/pods/", "/registry/leases/kube-node-lease/", "/registry/events/", "/registry/configmaps/"))
        return "apply request took too long", {"took": g.go_dur(180, 0.6), "expected-duration": "100ms", "prefix": g.pick(("read-only range ", "")), "request": f"key:\"{key}{g.pick(('default', 'kube-system', 'payments'))}/{g.pod()}\" ", "response": f"range_response_count:{g.num(0, 1)} size:{g.num(0, 9000)}"}

    def member(g: Gen) -> str:
        return g.pooled("member", 3, lambda: g.hexs(16))

    return [
        T("too_long", "warn|etcdserver/util.go:170", 250, too_long),
        T("trace", "info|traceutil/trace.go:171", 200, lambda g: ("trace[" + str(g.num(10**8, 2 * 10**9)) + "] range", {"detail": f"{{range_begin:/registry/{g.pick(('pods', 'leases', 'secrets'))}/; range_end:; response_count:{g.num(0, 400)}; response_revision:{g.seq('rev', 48_113_000, 7)}; }}", "duration": g.go_dur(140, 0.6), "start": "2026-03-09T06:4" + f"{g.num(1, 9)}:{g.num(10, 59)}.{g.num(100, 999)}Z", "end": "2026-03-09T06:4" + f"{g.num(1, 9)}:{g.num(10, 59)}.{g.num(100, 999)}Z", "steps": [f"trace[{g.num(10**8, 2 * 10**9)}] 'agreement among raft nodes before linearized reading'  (duration: {g.go_dur(120, 0.6)})"], "step_count": 1})),
        T("compact_done", "info|mvcc/kvstore_compaction.go:68", 60, lambda g: ("finished scheduled compaction", {"compact-revision": g.seq("crev", 48_000_000, 5000), "took": g.go_dur(40, 0.5), "hash": g.num(10**8, 4 * 10**9), "current-db-size-bytes": g.num(9 * 10**7, 2 * 10**8), "current-db-size": f"{g.num(90, 200)} MB", "current-db-size-in-use-bytes": g.num(4 * 10**7, 9 * 10**7), "current-db-size-in-use": f"{g.num(40, 90)} MB"})),
        T("compact_sched", "info|mvcc/index.go:214", 60, lambda g: ("compact tree index", {"revision": g.seq("crev2", 48_000_000, 5000)})),
        T("lease_expired", "warn|etcdserver/server.go:1026", 30, lambda g: ("failed to revoke lease", {"lease-id": g.hexs(16), "error": "lease not found"})),
        T("slow_fdatasync", "warn|wal/wal.go:805", 25, lambda g: ("slow fdatasync", {"took": g.go_dur(1400, 0.4), "expected-duration": "1s"})),
        T("heartbeat_late", "warn|etcdserver/raft.go:416", 20, lambda g: ("leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk", {"to": member(g), "heartbeat-interval": "100ms", "expected-duration": "200ms", "exceeded-duration": g.go_dur(150, 0.7)})),
        T("snapshot_save", "info|etcdserver/server.go:2381", 6, lambda g: ("saved snapshot", {"snapshot-index": g.seq("snap", 61_200_000, 10_001)})),
        T("snapshot_trigger", "info|etcdserver/server.go:1428", 6, lambda g: ("triggering snapshot", {"local-member-id": member(g), "local-member-applied-index": g.seq("snapa", 61_200_000, 10_001), "local-member-snapshot-index": g.seq("snapb", 61_190_000, 10_001), "local-member-snapshot-count": 10000})),
        T("purge", "info|fileutil/purge.go:85", 5, lambda g: ("purged", {"path": f"/var/lib/etcd/member/snap/{g.hexs(16)}-{g.hexs(16)}.snap"})),
        T("prober_rtt", "warn|rafthttp/probing_status.go:68", 8, lambda g: ("prober detected unhealthy status", {"round-tripper-name": g.pick(("ROUND_TRIPPER_RAFT_MESSAGE", "ROUND_TRIPPER_SNAPSHOT")), "remote-peer-id": member(g), "rtt": g.go_dur(900, 0.5), "error": "dial tcp " + g.ip("etcd", 3) + ":2380: i/o timeout"})),
        T("lost_tcp", "warn|rafthttp/stream.go:421", 4, lambda g: ("lost TCP streaming connection with remote peer", {"stream-reader-type": g.pick(("stream Message", "stream MsgApp v2")), "local-member-id": member(g), "remote-peer-id": member(g), "error": "unexpected EOF"})),
        T("peer_active", "info|rafthttp/peer_status.go:53", 4, lambda g: ("peer became active", {"peer-id": member(g)})),
        T("peer_inactive", "warn|rafthttp/peer_status.go:66", 4, lambda g: ("peer became inactive (message send to peer failed)", {"peer-id": member(g), "error": "failed to dial " + member(g) + " on stream Message (peer " + member(g) + " failed to find local node " + member(g) + ")"})),
        T("became_leader", "info|raft/raft.go:771", 2, lambda g: (f"{member(g)} became leader at term {g.num(5, 12)}", {})),
        T("elected", "info|raft/node.go:325", 2, lambda g: (f"raft.node: {member(g)} elected leader {member(g)} at term {g.num(5, 12)}", {})),
        T("no_space", "error|etcdserver/v3_server.go:861", 2, lambda g: ("waiting for ReadIndex response took too long, retrying", {"sent-request-id": g.num(10**18, 9 * 10**18), "retry-timeout": "500ms"})),
        T("published", "info|etcdserver/server.go:2044", 1, lambda g: ("published local member to cluster through raft", {"local-member-id": member(g), "local-member-attributes": f"{{Name:etcd-{g.num(0, 2)} ClientURLs:[https://{g.ip('etcd', 3)}:2379]}}", "request-path": "/0/members/" + member(g) + "/attributes", "cluster-id": "cdf818194e3a8c32", "publish-timeout": "7s"})),
        T("serving", "info|embed/serve.go:250", 1, lambda g: ("serving client traffic securely", {"traffic": "grpc+http", "address": "0.0.0.0:2379"})),
    ]


def make_etcd(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, written: object) -> tuple[str, str]:
        msg, fields = written  # type: ignore[misc]
        level, caller = tpl.level.split("|")
        record = {"level": level, "ts": t.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "caller": caller, "msg": msg, **fields}
        content = msg + ("" if not fields else " " + _kv([(k, v if isinstance(v, str | int) else json.dumps(v)) for k, v in fields.items()]))
        return json.dumps(record, separators=(",", ":"), ensure_ascii=False), content

    return build("etcd", _etcd(), lines, render, gap_ms=1100)


# --- Prometheus 2.x (go-kit logfmt): ts caller level component msg ... ----------------------------------------------
def _prometheus() -> list[T]:
    def target(g: Gen) -> str:
        return f"http://{g.ip('tgt', 40)}:{g.pick((9100, 8080, 9187, 9121))}/metrics"

    def job(g: Gen) -> str:
        return g.pick(("node", "kubernetes-pods", "postgres", "redis", "blackbox"), (4, 6, 1, 1, 2))

    return [
        T("append_fail", "warn|scrape.go:1730|scrape manager", 200, lambda g: [("scrape_pool", job(g)), ("target", target(g)), ("msg", "Append failed"), ("err", g.pick(("out of bounds", "duplicate sample for timestamp")))]),
        T("scrape_fail", "debug|scrape.go:1331|scrape manager", 250, lambda g: [("scrape_pool", job(g)), ("target", target(g)), ("msg", "Scrape failed"), ("err", g.pick((f"Get \"{target(g)}\": context deadline exceeded", f"Get \"{target(g)}\": dial tcp {g.ip('tgt', 40)}:9100: connect: connection refused", "server returned HTTP status 503 Service Unavailable"), (5, 3, 1)))]),
        T("out_of_order", "warn|scrape.go:1680|scrape manager", 80, lambda g: [("scrape_pool", job(g)), ("target", target(g)), ("msg", "Error on ingesting out-of-order samples"), ("num_dropped", g.num(1, 400))]),
        T("head_gc", "info|head.go:1292|tsdb", 50, lambda g: [("msg", "Head GC completed"), ("caller", "truncateMemory"), ("duration", g.go_dur(900, 0.6))]),
        T("wal_ckpt", "info|head.go:1264|tsdb", 50, lambda g: [("msg", "Creating checkpoint"), ("from_segment", g.seq("seg", 4100, 3)), ("to_segment", g.seq("seg2", 4102, 3)), ("mint", 1773000000000 + g.num(0, 10**7))]),
        T("wal_ckpt_done", "info|head.go:1275|tsdb", 50, lambda g: [("msg", "WAL checkpoint complete"), ("first", g.seq("seg3", 4100, 3)), ("last", g.seq("seg4", 4102, 3)), ("duration", g.go_dur(2000, 0.5))]),
        T("compact_blocks", "info|compact.go:523|tsdb", 40, lambda g: [("msg", "write block"), ("mint", 1773000000000 + g.num(0, 10**7)), ("maxt", 1773007200000 + g.num(0, 10**7)), ("ulid", "01HR" + g.alnum(22, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")), ("duration", g.go_dur(3000, 0.5))]),
        T("rule_eval", "warn|manager.go:662|rule manager", 30, lambda g: [("file", f"/etc/prometheus/rules/{g.pick(('node', 'k8s', 'slo'))}.yml"), ("group", g.pick(("node.rules", "kube-apiserver-slos", "payments-slo"))), ("name", g.pick(("NodeFilesystemAlmostFull", "KubePodCrashLooping", "slo:error_budget:burnrate1h"))), ("index", g.num(0, 30)), ("msg", "Evaluating rule failed"), ("rule", "alert: X"), ("err", "found duplicate series for the match group on the right hand-side of the operation")]),
        T("notify_fail", "error|notifier.go:530|notifier", 15, lambda g: [("alertmanager", f"http://{g.ip('am', 2)}:9093/api/v2/alerts"), ("count", g.num(1, 64)), ("msg", "Error sending alert"), ("err", "Post \"http://alertmanager:9093/api/v2/alerts\": context deadline exceeded")]),
        T("discovery_err", "error|klog.go:116|k8s_client_runtime", 10, lambda g: [("func", "ErrorDepth"), ("msg", f"pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229: Failed to watch *v1.Endpoints: failed to list *v1.Endpoints: endpoints is forbidden: User \"system:serviceaccount:monitoring:prometheus\" cannot list resource \"endpoints\" in API group \"\" in the namespace \"{g.pick(('payments', 'default', 'ingress'))}\"")]),
        T("reload_start", "info|main.go:1234", 4, lambda g: [("msg", "Loading configuration file"), ("filename", "/etc/prometheus/prometheus.yml")]),
        T("reload_done", "info|main.go:1271", 4, lambda g: [("msg", "Completed loading of configuration file"), ("filename", "/etc/prometheus/prometheus.yml"), ("totalDuration", g.go_dur(20, 0.5)), ("db_storage", "1.1µs"), ("remote_storage", "2.3µs"), ("web_handler", "800ns"), ("query_engine", "900ns"), ("scrape", g.go_dur(2, 0.5)), ("notify", "31.2µs"), ("rules", g.go_dur(9, 0.5))]),
        T("remote_resharding", "info|queue_manager.go:1034|remote", 8, lambda g: [("remote_name", "6f1c2a"), ("url", "https://mimir.example.internal/api/v1/push"), ("msg", "Remote storage resharding"), ("from", g.num(1, 20)), ("to", g.num(1, 20))]),
        T("remote_fail", "warn|queue_manager.go:1580|remote", 12, lambda g: [("remote_name", "6f1c2a"), ("url", "https://mimir.example.internal/api/v1/push"), ("msg", "Failed to send batch, retrying"), ("err", g.pick(("server returned HTTP status 429 Too Many Requests: per-tenant rate limit exceeded", "Post \"https://mimir.example.internal/api/v1/push\": context deadline exceeded")))]),
        T("query_log", "info|engine.go:642|query engine", 6, lambda g: [("msg", "query timed out"), ("query", g.pick(("sum by (pod) (rate(container_cpu_usage_seconds_total{namespace=\"payments\"}[5m]))", "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[1m])))"))), ("timeout", "2m0s")]),
        T("tsdb_started", "info|main.go:1106", 1, lambda g: [("fs_type", "EXT4_SUPER_MAGIC"), ("msg", "TSDB started")]),
        T("server_ready", "info|main.go:1330", 1, lambda g: [("msg", "Server is ready to receive web requests.")]),
        T("replay_wal", "info|head.go:760|tsdb", 1, lambda g: [("msg", "Replaying WAL, this may take a while")]),
        T("wal_segment", "info|head.go:831|tsdb", 6, lambda g: [("msg", "WAL segment loaded"), ("segment", g.num(4000, 4200)), ("maxSegment", 4200)]),
    ]


def make_prometheus(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, written: object) -> tuple[str, str]:
        level, caller, *component = tpl.level.split("|")
        head = [("ts", iso_ms(t)), ("caller", caller), ("level", level)]
        if component:
            head.append(("component", component[0]))
        pairs: list[tuple[str, object]] = written  # type: ignore[assignment]
        msg = next(v for k, v in pairs if k == "msg")
        rest = [(k, v) for k, v in pairs if k != "msg"]
        return _kv(head + pairs), str(msg) + (" " + _kv(rest) if rest else "")

    return build("prometheus", _prometheus(), lines, render, gap_ms=600)


# --- CoreDNS 1.11 (kubectl logs, no timestamps): [LEVEL] plugin: message -------------------------------------------
def _coredns() -> list[T]:
    def query(g: Gen) -> str:
        name = g.pick((f"{g.word()}.{g.pick(('default', 'payments', 'kube-system'))}.svc.cluster.local.", f"{g.word()}.{g.pick(('default', 'payments'))}.svc.cluster.local.cluster.local.", "api.stripe.com.", "sqs.eu-central-1.amazonaws.com.", f"{g.word()}.internal.example.net."), (6, 3, 2, 2, 1))
        rcode = "NXDOMAIN" if "cluster.local.cluster" in name else g.pick(("NOERROR", "NOERROR", "NOERROR", "NXDOMAIN", "SERVFAIL"), (20, 5, 5, 2, 1))
        return f"{g.ip('pod', 60)}:{g.port()} - {g.num(1, 65535)} \"{g.pick(('A', 'AAAA', 'A', 'SRV'))} IN {name} {g.pick(('udp', 'udp', 'tcp'))} {g.num(40, 90)} false {g.pick((512, 1232))}\" {rcode} qr,{g.pick(('aa,rd', 'rd,ra', 'aa,rd,ra'))} {g.num(60, 600)} {g.lognorm(0.0004, 1.5):.9f}s"

    def upstream(g: Gen) -> str:
        return g.pick(("10.96.0.1", "8.8.8.8", "1.1.1.1", "169.254.169.253"), (1, 3, 3, 2))

    return [
        T("query", "INFO", 300, query),
        T("err_timeout", "ERROR", 60, lambda g: f"plugin/errors: 2 {g.word()}.internal.example.net. {g.pick(('A', 'AAAA'))}: read udp {g.ip('pod', 60)}:{g.port()}->{upstream(g)}:53: i/o timeout"),
        T("err_refused", "ERROR", 12, lambda g: f"plugin/errors: 2 {g.word()}.example.com. {g.pick(('A', 'AAAA'))}: dial udp {upstream(g)}:53: connect: connection refused"),
        T("reload_sha", "INFO", 6, lambda g: f"plugin/reload: Running configuration SHA512 = {g.hexs(128)}"),
        T("reloading", "INFO", 5, lambda g: "Reloading"),
        T("reload_complete", "INFO", 5, lambda g: "Reloading complete"),
        T("k8s_watch", "WARNING", 8, lambda g: f"plugin/kubernetes: k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: watch of *v1.{g.pick(('EndpointSlice', 'Service', 'Namespace'))} ended with: an error on the server (\"unable to decode an event from the watch stream: http2: client connection lost\") has prevented the request from succeeding"),
        T("k8s_list", "ERROR", 4, lambda g: f"plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.{g.pick(('EndpointSlice', 'Service', 'Namespace'))}: failed to list *v1.{g.pick(('EndpointSlice', 'Service'))}: Get \"https://10.96.0.1:443/apis/discovery.k8s.io/v1/endpointslices?limit=500&resourceVersion={g.num(10**7, 10**8)}\": dial tcp 10.96.0.1:443: connect: connection refused"),
        T("k8s_wait", "INFO", 3, lambda g: "plugin/ready: Still waiting on: \"kubernetes\""),
        T("hinfo", "INFO", 2, lambda g: "CoreDNS-1.11.1"),
        T("platform", "INFO", 2, lambda g: "linux/amd64, go1.20.7, ae2bbc2"),
        T("server", "INFO", 2, lambda g: ".:53"),
        T("health_slow", "WARNING", 4, lambda g: f"plugin/health: Local health request to \"http://:8080/health\" took more than 1s: {g.go_dur(1400, 0.3)}"),
        T("loop", "FATAL", 1, lambda g: f"plugin/loop: Loop (127.0.0.1:{g.port()} -> :53) detected for zone \".\", see https://coredns.io/plugins/loop#troubleshooting. Query: \"HINFO {g.num(10**18, 9 * 10**18)}.{g.num(10**18, 9 * 10**18)}.\""),
        T("cache_overflow", "WARNING", 3, lambda g: f"plugin/cache: evicted {g.num(1, 9000)} items from the success cache"),
    ]


def make_coredns(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, msg: object) -> tuple[str, str]:
        return f"[{tpl.level}] {msg}", str(msg)

    return build("coredns", _coredns(), lines, render)


# --- containerd 1.7 (logrus text): time="..." level=... msg="..." fields -----------------------------------------------
def _containerd() -> list[T]:
    def cid(g: Gen) -> str:
        return g.pooled("cid", 40, lambda: g.hexs(64))

    def sandbox(g: Gen) -> str:
        return f"&PodSandboxMetadata{{Name:{g.pod()},Uid:{g.uuid()},Namespace:{g.pick(('payments', 'default', 'ingress', 'monitoring'))},Attempt:{g.pick((0, 0, 0, 1, 2))},}}"

    def image(g: Gen) -> str:
        return g.pick(("registry.example.io/payments/api", "docker.io/library/nginx", "quay.io/prometheus/node-exporter", "registry.k8s.io/pause"), (3, 2, 1, 2)) + ":" + g.pick(("v1.42.3", "1.25.4-alpine", "v1.7.0", "3.9"))

    return [
        T("exit", "info", 140, lambda g: [("msg", f"TaskExit event container_id:\"{cid(g)}\" id:\"{cid(g)}\" pid:{g.num(1000, 4_000_000)} exit_status:{g.pick((0, 0, 0, 1, 137, 143))} exited_at:{{seconds:{1773038000 + g.num(0, 9999)} nanos:{g.num(0, 999_999_999)}}}")]),
        T("start_ok", "info", 110, lambda g: [("msg", f"StartContainer for \"{cid(g)}\" returns successfully")]),
        T("create_ok", "info", 110, lambda g: [("msg", f"CreateContainer within sandbox \"{cid(g)}\" for &ContainerMetadata{{Name:{g.pick(('app', 'istio-proxy', 'migrate', 'node-exporter'))},Attempt:{g.pick((0, 0, 1, 3))},}} returns container id \"{cid(g)}\"")]),
        T("runpod", "info", 80, lambda g: [("msg", f"RunPodSandbox for {sandbox(g)}")]),
        T("runpod_ok", "info", 80, lambda g: [("msg", f"RunPodSandbox for {sandbox(g)} returns sandbox id \"{cid(g)}\"")]),
        T("stoppod", "info", 60, lambda g: [("msg", f"StopPodSandbox for \"{cid(g)}\"")]),
        T("teardown", "info", 60, lambda g: [("msg", f"TearDown network for sandbox \"{cid(g)}\" successfully")]),
        T("pull", "info", 40, lambda g: [("msg", f"PullImage \"{image(g)}\"")]),
        T("pulled", "info", 40, lambda g: [("msg", f"Pulled image \"{image(g)}\" with image id \"sha256:{g.hexs(64)}\", repo tag \"{image(g)}\", repo digest \"{image(g).split(':')[0]}@sha256:{g.hexs(64)}\", size \"{g.num(10**6, 4 * 10**8)}\" in {g.go_dur(4000, 1.0)}")]),
        T("shim_cleanup", "warning", 30, lambda g: [("msg", "cleaning up after shim disconnected"), ("id", cid(g)), ("namespace", "k8s.io")]),
        T("shim_loaded", "info", 50, lambda g: [("msg", "loading plugin \"io.containerd.event.v1.publisher\"..."), ("runtime", "io.containerd.runc.v2"), ("type", "io.containerd.event.v1")]),
        T("pull_fail", "error", 15, lambda g: [("msg", f"PullImage \"{image(g)}\" failed"), ("error", f"failed to pull and unpack image \"{image(g)}\": failed to resolve reference \"{image(g)}\": {g.pick(('unexpected status from HEAD request to https://registry.example.io/v2/payments/api/manifests/v1.42.3: 401 Unauthorized', 'not found'))}")]),
        T("no_sandbox", "error", 12, lambda g: [("msg", f"ContainerStatus for \"{cid(g)}\" failed"), ("error", f"rpc error: code = NotFound desc = an error occurred when try to find container \"{cid(g)}\": not found")]),
        T("stop_timeout", "info", 10, lambda g: [("msg", f"Kill container \"{cid(g)}\"")]),
        T("cni_fail", "error", 6, lambda g: [("msg", f"Failed to destroy network for sandbox \"{cid(g)}\""), ("error", "plugin type=\"calico\" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized")]),
        T("oom", "warning", 4, lambda g: [("msg", f"container \"{cid(g)}\" OOM killed, memory limit {g.pick(('512Mi', '1Gi', '256Mi'))}")]),
        T("imagefs", "info", 3, lambda g: [("msg", f"ImageCreate event name:\"sha256:{g.hexs(64)}\" labels:{{key:\"io.cri-containerd.image\" value:\"managed\"}}")]),
        T("serving", "info", 1, lambda g: [("msg", "serving..."), ("address", "/run/containerd/containerd.sock")]),
        T("started", "info", 1, lambda g: [("msg", "containerd successfully booted in 0.0" + str(g.num(10, 99)) + "s")]),
    ]


def make_containerd(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, written: object) -> tuple[str, str]:
        pairs: list[tuple[str, object]] = written  # type: ignore[assignment]
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{g.num(0, 999):03d}Z"
        head = f'time="{stamp}" level={tpl.level} '
        rest = [(k, v) for k, v in pairs if k != "msg"]
        msg = str(pairs[0][1])
        return head + _kv(pairs), msg + (" " + _kv(rest) if rest else "")

    return build("containerd", _containerd(), lines, render, gap_ms=800)
