# ruff: noqa: E501 - template tables hold log lines as long as the real ones
"""Third blind log set, infrastructure daemons: HashiCorp Vault (hclog), Fluent Bit, Ceph (cluster log), BIND 9
(named with print-category and print-severity) and the Zabbix server log. One template per log statement."""

from __future__ import annotations

from logs_blind3_kit import Kit, Line, Tpl, build, logfmt

__all__ = ["make_bind", "make_ceph", "make_fluentbit", "make_vault", "make_zabbix"]

POD_NS = ["shop", "payments", "search", "kube-system", "monitoring", "ingress", "data-platform"]
APPS = ["cart-api", "checkout", "pricing-svc", "catalog-indexer", "otel-collector", "auth-gw", "ledger-writer"]


# -- Vault -------------------------------------------------------------------------------------------------------


def make_vault(lines: int) -> list[Line]:
    def hc(k: Kit, level: str, logger: str, msg: str, **fields: object) -> tuple[str, str]:
        body = f"{msg}: {logfmt(fields)}" if fields else msg
        stamp = k.now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{k.now.microsecond // 1000:03d}Z"
        return f"{stamp} [{level}] {' ' * (5 - len(level))}{logger}: {body}", body

    def lease(k: Kit) -> str:
        mount = k.skew(["auth/kubernetes/login", "database/creds/orders-ro", "auth/approle/login", "aws/creds/ci-deploy",
                        "database/creds/ledger-rw", "auth/oidc/oidc/callback"])  # fmt: skip
        return f"{mount}/{k.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"

    def peer(k: Kit) -> str:
        return f"vault-{k.n(0, 2)}.vault-internal:8201"

    def dbmount(k: Kit) -> str:
        return f"secrets.database.database_{k.one(['3f9a1c2e', '8be04d71'])}"

    t: list[Tpl] = [
        ("revoked-lease", 30, lambda k: hc(k, "INFO", "expiration", "revoked lease", lease_id=lease(k))),
        ("raft-accepted", 14, lambda k: hc(k, "DEBUG", "storage.raft.raft-net", "accepted connection",
                                          **{"local-address": peer(k), "remote-address": f"{k.ip('10.42')}:{k.port()}"})),
        ("cert-lookup", 9, lambda k: hc(k, "DEBUG", "core.cluster-listener", "performing server cert lookup")),
        ("tls-handshake", 8, lambda k: hc(k, "INFO", "http", f"TLS handshake error from {k.ip('10.42')}:{k.port()}: "
                                          + k.skew(["EOF", "remote error: tls: bad certificate",
                                                    "read tcp 10.42.0.9:8200->" + k.ip("10.42") + f":{k.port()}: "
                                                    "read: connection reset by peer",
                                                    "tls: first record does not look like a TLS handshake"]))),
        ("revoke-failed", 3, lambda k: hc(k, "ERROR", "expiration", "failed to revoke lease", lease_id=lease(k),
                                          error=k.one(["failed to revoke entry: resp: (*logical.Response)(nil) err: "
                                                       "error verifying connection: dial tcp 10.42.7.3:5432: connect: "
                                                       "connection refused", "context deadline exceeded",
                                                       "failed to revoke entry: resp: (*logical.Response)(nil) err: "
                                                       "pq: role \"v-kubernet-orders-r-9xQ2\" does not exist"]))),
        ("fwd-rpc", 3, lambda k: hc(k, "ERROR", "core", "error during forwarded RPC request",
                                    error=k.one(["rpc error: code = Canceled desc = context canceled",
                                                 "rpc error: code = Unavailable desc = error reading from server: EOF",
                                                 "rpc error: code = DeadlineExceeded desc = context deadline exceeded"]))),
        ("k8s-login-denied", 4, lambda k: hc(k, "ERROR", "auth.kubernetes.auth_kubernetes_5c1d0e7a", "login unauthorized",
                                             err=k.one(["lookup failed: service account unauthorized; this could mean "
                                                        "it has been deleted or recreated with a new token",
                                                        "service account name not authorized",
                                                        "namespace not authorized"]))),
        ("token-lookup", 3, lambda k: hc(k, "ERROR", "core", "failed to lookup token",
                                         error=k.one(["failed to look up namespace from the token: no namespace",
                                                      "invalid token"]))),
        ("snapshot-start", 1.5, lambda k: hc(k, "INFO", "storage.raft", "starting snapshot up to",
                                             index=k.n(4_000_000, 9_000_000))),
        ("snapshot-done", 1.5, lambda k: hc(k, "INFO", "storage.raft", "snapshot complete up to",
                                            index=k.n(4_000_000, 9_000_000))),
        ("compacting", 1.2, lambda k: (lambda a: hc(k, "INFO", "storage.raft", "compacting logs", **{"from": a,
                                                                                                 "to": a + k.n(8000, 10240)}))(
            k.n(4_000_000, 9_000_000))),
        ("heartbeat-timeout", 0.4, lambda k: hc(k, "WARN", "storage.raft", "heartbeat timeout reached, starting election",
                                                **{"last-leader-addr": peer(k), "last-leader-id": f"vault-{k.n(0, 2)}"})),
        ("candidate", 0.4, lambda k: hc(k, "INFO", "storage.raft", "entering candidate state",
                                        node=f"Node at {peer(k)} [Candidate]", term=k.n(40, 60))),
        ("election-won", 0.3, lambda k: hc(k, "INFO", "storage.raft", "election won", term=k.n(40, 60),
                                           tally=k.n(2, 3))),
        ("acquired-lock", 0.3, lambda k: hc(k, "INFO", "core", "acquired lock, enabling active operation")),
        ("standby", 0.3, lambda k: hc(k, "INFO", "core", "entering standby mode")),
        ("leadership-lost", 0.2, lambda k: hc(k, "WARN", "core", "leadership lost, stopping active operation")),
        ("post-unseal-start", 0.2, lambda k: hc(k, "INFO", "core", "post-unseal setup starting")),
        ("post-unseal-done", 0.2, lambda k: hc(k, "INFO", "core", "post-unseal setup complete")),
        ("mount", 0.6, lambda k: hc(k, "INFO", "core", "successful mount", namespace="",
                                    path=k.one(["secret/", "database/", "aws/", "pki_int/", "transit/", "sys/"]),
                                    type=k.one(["kv", "database", "aws", "pki", "transit", "system"]),
                                    version=k.one(["v0.16.1+builtin", "v1.15.4+builtin.vault", ""]))),
        ("rotate-queue", 0.8, lambda k: hc(k, "INFO", dbmount(k), "populating role rotation queue")),
        ("rotate-failed", 1.2, lambda k: hc(k, "ERROR", dbmount(k), "unable to rotate credentials in periodic function",
                                            name=k.one(["orders-static", "reporting-svc", "ledger-owner"]),
                                            error=k.one(["error setting credentials: unable to update the password: "
                                                         "pq: permission denied to alter role",
                                                         "failed to verify connection: context deadline exceeded"]))),
        ("entities", 0.15, lambda k: hc(k, "INFO", "identity", "entities restored")),
        ("groups", 0.15, lambda k: hc(k, "INFO", "identity", "groups restored")),
    ]  # fmt: skip
    return build("vault", t, lines)


# -- Fluent Bit ----------------------------------------------------------------------------------------------------


def make_fluentbit(lines: int) -> list[Line]:
    def fb(k: Kit, level: str, comp: str, msg: str) -> tuple[str, str]:
        return f"[{k.now:%Y/%m/%d %H:%M:%S}] [{level:>5}] [{comp}] {msg}", msg

    def logfile(k: Kit) -> str:
        app = k.skew(APPS)
        return (f"/var/log/containers/{app}-{k.hex(9)}-{k.alnum(5)}_{k.skew(POD_NS)}_{app}-"
                f"{k.hex(64)}.log")  # fmt: skip

    def chunk(k: Kit) -> str:
        return f"{k.n(1, 9)}-{int(k.now.timestamp()) - k.n(0, 40)}.{k.n(100000000, 999999999)}.flb"

    def route(k: Kit) -> str:
        out = k.skew(["es.0", "loki.0", "forward.0"])
        return (
            f"task_id={k.n(0, 63)}, input=tail.0 > output={out} (out_id={['es.0', 'loki.0', 'forward.0'].index(out)})"
        )

    t: list[Tpl] = [
        ("inotify-add", 16, lambda k: fb(k, "info", "input:tail:tail.0", f"inotify_fs_add(): inode={k.n(100000, 9999999)} "
                                          f"watch_fd={k.n(1, 400)} name={logfile(k)}")),
        ("inotify-remove", 14, lambda k: fb(k, "info", "input:tail:tail.0",
                                             f"inotify_fs_remove(): inode={k.n(100000, 9999999)} watch_fd={k.n(1, 400)}")),
        ("rotation", 6, lambda k: fb(k, "info", "input:tail:tail.0", f"inode={k.n(100000, 9999999)} handle rotation(): "
                                      f"{(p := logfile(k))} => {p.replace('/containers/', '/pods/')}.{k.now:%Y%m%d-%H%M%S}")),
        ("flush-failed", 12, lambda k: fb(k, "warn", "engine", f"failed to flush chunk '{chunk(k)}', retry in "
                                           f"{k.skew([7, 10, 13, 21, 36, 64, 118])} seconds: {route(k)}")),
        ("flush-ok", 9, lambda k: fb(k, "info", "engine", f"flush chunk '{chunk(k)}' succeeded at retry {k.skew([1, 2, 3, 4])}"
                                      f": {route(k)}")),
        ("no-retry", 2, lambda k: fb(k, "error", "engine", f"chunk '{chunk(k)}' cannot be retried: {route(k)}")),
        ("upstream-timeout", 6, lambda k: fb(k, "error", "upstream", f"connection #{k.n(20, 300)} to "
                                              f"tcp://{k.ip('10.43')}:{k.one([3100, 9200, 24224])} timed out after "
                                              "10 seconds (connection timeout)")),
        ("getaddrinfo", 3, lambda k: fb(k, "warn", "net", f"getaddrinfo(host='{k.one(['loki-gateway.monitoring.svc', 'es-logs-http.logging.svc', 'aggregator.logging.svc.cluster.local'])}', "
                                         f"err={k.one([11, 12])}): {k.one(['Could not contact DNS servers', 'Timeout while contacting DNS servers'])}")),
        ("loki-status", 5, lambda k: fb(k, "error", "output:loki:loki.0", f"loki-gateway.monitoring.svc:80, HTTP status="
                                         f"{k.skew([429, 500, 502, 400])}")),
        ("es-status", 2.5, lambda k: fb(k, "error", "output:es:es.0", f"HTTP status={k.one([429, 413])} URI=/_bulk")),
        ("buffer", 4, lambda k: fb(k, "warn", "http_client", f"cannot increase buffer: current={(b := k.one([512000, 32768]))} "
                                    f"requested={b + k.n(1, 80) * 4096} max={b}")),
        ("paused", 2, lambda k: fb(k, "warn", "input", f"tail.{k.one([0, 1])} paused (mem buf overlimit)")),
        ("resume", 2, lambda k: fb(k, "info", "input", f"tail.{k.one([0, 1])} resume (mem buf overlimit)")),
        ("no-meta", 3, lambda k: fb(k, "warn", "filter:kubernetes:kubernetes.0",
                                     f"could not get meta for POD {k.skew(APPS)}-{k.hex(9)}-{k.alnum(5)}")),
        ("token", 1.5, lambda k: fb(k, "info", "filter:kubernetes:kubernetes.0", "token updated")),
        ("long-lines", 1, lambda k: fb(k, "warn", "input:tail:tail.0", f"file={logfile(k)} requires a larger buffer "
                                        "size, lines are too long. Skipping file.")),
        ("worker", 0.3, lambda k: fb(k, "info", f"output:{k.one(['es:es', 'loki:loki', 'forward:forward'])}.0",
                                      f"worker #{k.n(0, 3)} started")),
        ("version", 0.12, lambda k: fb(k, "info", "fluent bit", f"version=2.2.2, commit={k.hex(10)}, pid=1")),
        ("storage", 0.12, lambda k: fb(k, "info", "storage", "ver=1.5.1, type=memory+filesystem, sync=normal, "
                                        "checksum=off, max_chunks_up=128")),
        ("sp", 0.12, lambda k: fb(k, "info", "sp", "stream processor started")),
        ("multiline", 0.15, lambda k: fb(k, "info", f"input:tail:tail.{k.one([0, 1])}", "multiline core started")),
    ]  # fmt: skip
    return build("fluentbit", t, lines, 0.7)


# -- Ceph ----------------------------------------------------------------------------------------------------------


def make_ceph(lines: int) -> list[Line]:
    seq = iter(range(812_004, 10**7))

    def cl(k: Kit, who: str, channel: str, level: str, msg: str) -> tuple[str, str]:
        stamp = k.now.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+0000"
        return f"{stamp} {who} {next(seq)} : {channel} [{level}] {msg}", msg

    mgr = "mgr.stor-a.kqvxzd (mgr.24117)"

    def mon(k: Kit) -> str:
        return k.one(["mon.stor-a (mon.0)", "mon.stor-b (mon.1)", "mon.stor-c (mon.2)"])

    def osd(k: Kit) -> str:
        return f"osd.{k.skew(list(range(36)), 0.4)}"

    def pg(k: Kit) -> str:
        return f"{k.skew([2, 4, 5, 7, 9])}.{k.n(0, 255):x}"

    def pgmap(k: Kit) -> str:
        v = 1_204_112 + int((k.now.timestamp() % 10**6) / 2)
        busy = k.n(0, 3)
        states = f"{1153 - busy} active+clean" + (f", {busy} active+clean+scrubbing+deep" if busy else "")
        io = k.one(
            [
                f"; {k.f(0.5, 90)} MiB/s rd, {k.f(1, 40)} MiB/s wr, {k.n(80, 4000)} op/s",
                f"; {k.n(2, 900)} KiB/s rd, {k.n(0, 900)} KiB/s wr, {k.n(1, 80)} op/s",
                "",
            ]
        )
        return f"pgmap v{v}: 1153 pgs: {states}; 41 TiB data, 124 TiB used, 86 TiB / 210 TiB avail{io}"

    checks = [("SLOW_OPS", lambda k: f"{k.n(1, 40)} slow ops, oldest one blocked for {k.n(31, 300)} sec, "
               f"{osd(k)} has slow ops"), ("OSD_DOWN", lambda k: "1 osds down"),
              ("PG_DEGRADED", lambda k: f"Degraded data redundancy: {k.n(100, 90000)}/{k.n(9 * 10**6, 10**7)} objects "
               f"degraded ({k.f(0.001, 0.9, 3)}%), {k.n(1, 60)} pgs degraded"),
              ("PG_AVAILABILITY", lambda k: f"Reduced data availability: {k.n(1, 4)} pgs peering"),
              ("OSD_NEARFULL", lambda k: f"{k.n(1, 2)} nearfull osd(s)")]  # fmt: skip

    def check(k: Kit) -> tuple[str, str]:
        code, text = k.skew(checks, 0.8)
        return code, text(k)

    def audit_cmd(k: Kit) -> str:
        return k.one(['[{"prefix": "osd pool set", "pool": "rbd-ssd", "var": "pg_num_min", "val": "64"}]',
                      '[{"prefix": "config-key set", "key": "mgr/cephadm/host.stor-c", "val": "..."}]',
                      '[{"prefix": "osd out", "ids": ["' + str(k.n(0, 35)) + '"]}]',
                      '[{"prefix": "status", "format": "json-pretty"}]',
                      '[{"prefix": "df", "detail": "detail", "format": "json"}]'])  # fmt: skip

    def audit(k: Kit, how: str) -> tuple[str, str]:
        who = k.one(
            [
                f"from='client.? {k.ip('10.20.1')}:0/{k.n(1000000, 4000000000)}' entity='client.admin'",
                f"from='mgr.24117 10.20.0.11:0/{k.n(1000, 9999)}' entity='mgr.stor-a.kqvxzd'",
            ]
        )
        return cl(k, mon(k), "audit", "INF", f"{who} cmd={audit_cmd(k)}: {how}")

    def t_health(k: Kit, kind: str) -> tuple[str, str]:
        code, text = check(k)
        msg = {"failed": f"Health check failed: {text} ({code})", "update": f"Health check update: {text} ({code})",
               "cleared": f"Health check cleared: {code} (was: {text})"}[kind]  # fmt: skip
        return cl(k, mon(k), "cluster", "INF" if kind == "cleared" else "WRN", msg)

    t: list[Tpl] = [
        ("pgmap", 52, lambda k: cl(k, mgr, "cluster", "DBG", pgmap(k))),
        ("scrub-starts", 10, lambda k: cl(k, osd(k), "cluster", "DBG", f"{pg(k)} {k.one(['scrub', 'deep-scrub'])} starts")),
        ("scrub-ok", 9, lambda k: cl(k, osd(k), "cluster", "DBG", f"{pg(k)} {k.one(['scrub', 'deep-scrub'])} ok")),
        ("audit-dispatch", 5, lambda k: audit(k, "dispatch")),
        ("audit-finished", 3, lambda k: audit(k, "finished")),
        ("health-update", 3, lambda k: t_health(k, "update")),
        ("health-failed", 1.5, lambda k: t_health(k, "failed")),
        ("health-cleared", 1.5, lambda k: t_health(k, "cleared")),
        ("overall-warn", 1, lambda k: cl(k, mon(k), "cluster", "WRN", "overall HEALTH_WARN " + "; ".join(
            check(k)[1] for _ in range(k.n(1, 2))))),
        ("overall-ok", 1, lambda k: cl(k, mon(k), "cluster", "INF", "overall HEALTH_OK")),
        ("osdmap", 2, lambda k: cl(k, mon(k), "cluster", "DBG", f"osdmap e{k.n(48200, 48300)}: 36 total, "
                                   f"{k.skew([36, 35, 34])} up, {k.skew([36, 35])} in")),
        ("osd-failed", 0.5, lambda k: cl(k, mon(k), "cluster", "INF", f"{osd(k)} failed (root=default,host=stor-"
                                          f"{k.n(1, 9):02d}) ({k.n(2, 5)} reporters from different host after "
                                          f"{k.f(20.1, 30, 3)} >= grace 20.000000)")),
        ("osd-boot", 0.5, lambda k: cl(k, mon(k), "cluster", "INF", f"{osd(k)} [v2:{(a := k.ip('10.20.0'))}:6800/"
                                        f"{(p := k.n(1000, 99999))},v1:{a}:6801/{p}] boot")),
        ("marking-out", 0.2, lambda k: cl(k, mon(k), "cluster", "INF", f"Marking {osd(k)} out (has been down for "
                                           f"{k.n(600, 640)} seconds)")),
        ("mgrmap", 0.6, lambda k: cl(k, mon(k), "cluster", "DBG", f"mgrmap e{k.n(40, 45)}: stor-a.kqvxzd(active, since "
                                      f"{k.n(1, 30)}{k.one('hd')}), standbys: stor-b.pmtwso")),
        ("fsmap", 0.6, lambda k: cl(k, mon(k), "cluster", "DBG", "fsmap homes:1 {0=homes.stor-b.aqzkrn=up:active} "
                                     "1 up:standby")),
        ("election", 0.2, lambda k: cl(k, mon(k), "cluster", "INF", f"mon.stor-{k.one('abc')} calling monitor election")),
        ("leader", 0.2, lambda k: cl(k, mon(k), "cluster", "INF", "mon.stor-a is new leader, mons stor-a,stor-b,stor-c "
                                      "in quorum (ranks 0,1,2)")),
        ("read-error", 0.4, lambda k: cl(k, osd(k), "cluster", "ERR", f"{pg(k)} shard {k.n(0, 35)} soid 5:{k.hex(8)}:::"
                                          f"rbd_data.{k.hex(12)}.{k.n(0, 99999):016x}:head : candidate had a read error")),
        ("inconsistent", 0.3, lambda k: cl(k, osd(k), "cluster", "ERR", f"{pg(k)} deep-scrub 0 missing, {k.n(1, 3)} "
                                            "inconsistent objects")),
        ("scrub-errors", 0.3, lambda k: cl(k, osd(k), "cluster", "ERR", f"{pg(k)} deep-scrub {k.n(1, 4)} errors")),
        ("healthy", 0.3, lambda k: cl(k, mon(k), "cluster", "INF", "Cluster is now healthy")),
    ]  # fmt: skip
    return build("ceph", t, lines, 1.5)


# -- BIND 9 --------------------------------------------------------------------------------------------------------

ZONES = ["corp.lan", "svc.corp.lan", "db.corp.lan", "10.in-addr.arpa"]
NAMES = [
    "api.svc.corp.lan",
    "vault.svc.corp.lan",
    "pg-primary.db.corp.lan",
    "ldap.corp.lan",
    "github.com",
    "registry-1.docker.io",
    "login.microsoftonline.com",
    "s3.eu-central-1.amazonaws.com",
    "time.cloudflare.com",
    "wpad.corp.lan",
    "_ldap._tcp.dc._msdcs.corp.lan",
    "12.4.20.10.in-addr.arpa",
    "pypi.org",
    "mail.corp.lan",
]


def make_bind(lines: int) -> list[Line]:
    def serial(k: Kit) -> str:
        return f"202611{k.n(20, 30)}{k.n(1, 12):02d}"

    def nd(k: Kit, cat: str, sev: str, msg: str) -> tuple[str, str]:
        stamp = k.now.strftime("%d-%b-%Y %H:%M:%S.") + f"{k.now.microsecond // 1000:03d}"
        return f"{stamp} {cat}: {sev}: {msg}", msg

    def client(k: Kit, name: str) -> str:
        return f"client @0x7f{k.hex(10)} {k.ip('10.' + str(k.skew([20, 30, 40, 8])))}#{k.port()} ({name})"

    def query(k: Kit) -> tuple[str, str]:
        name = k.skew(NAMES)
        rtype = (
            "PTR" if name.endswith("arpa") else "SRV" if name.startswith("_") else k.skew(["A", "AAAA", "HTTPS", "TXT"])
        )
        flags = k.skew(["+E(0)K", "+", "+E(0)", "-E(0)DC", "+ET(0)K", "+EDC"])
        return nd(
            k,
            "queries",
            "info",
            f"{client(k, name)}: query: {name} IN {rtype} {flags} ({k.one(['10.0.0.53', '10.0.1.53'])})",
        )

    def ext(k: Kit) -> str:
        return k.skew(
            [
                "cdn-7.tracker-metrics.net",
                "autodiscover.partner-gmbh.de",
                "ns2.oldhost.example",
                "img.shopfront.io",
                "_dmarc.mailer.example",
            ]
        )

    def server(k: Kit) -> str:
        return f"{k.ip(k.one(['192.0.2', '198.51.100', '203.0.113']))}#53"

    t: list[Tpl] = [
        ("query", 58, query),
        ("unexpected-rcode", 6, lambda k: nd(k, "lame-servers", "info", f"{k.skew(['SERVFAIL', 'REFUSED', 'FORMERR'])} "
                                              f"unexpected RCODE resolving '{ext(k)}/{k.one(['A', 'AAAA', 'DS'])}/IN': "
                                              f"{server(k)}")),
        ("lame", 3, lambda k: nd(k, "lame-servers", "info", f"lame server resolving '{(e := ext(k))}' (in "
                                  f"'{e.split('.', 1)[1]}'?): {server(k)}")),
        ("timed-out", 4, lambda k: nd(k, "lame-servers", "info", f"timed out resolving '{ext(k)}/A/IN': {server(k)}")),
        ("denied", 5, lambda k: nd(k, "security", "info", f"{client(k, (e := ext(k)))}: query (cache) '{e}/A/IN' denied")),
        ("query-failed", 3, lambda k: nd(k, "query-errors", "info", f"{client(k, (e := ext(k)))}: query failed "
                                          f"({k.one(['SERVFAIL', 'timed out', 'failure'])}) for {e}/IN/"
                                          f"{k.one(['A', 'AAAA'])} at ../../../lib/ns/query.c:{k.one([7842, 7109, 6522])}")),
        ("insecure", 2, lambda k: nd(k, "dnssec", "info", f"validating {ext(k)}/SOA: got insecure response; parent "
                                      "indicates it should be secure")),
        ("no-sig", 1.5, lambda k: nd(k, "dnssec", "info", f"validating {ext(k)}/DS: no valid signature found")),
        ("hung-fetch", 1, lambda k: nd(k, "resolver", "info", f"shut down hung fetch while resolving '{ext(k)}/A'")),
        ("axfr-start", 1.2, lambda k: nd(k, "xfer-out", "info", f"{client(k, (z := k.one(ZONES)))}: transfer of "
                                          f"'{z}/IN': AXFR started (serial {serial(k)})")),
        ("axfr-end", 1.2, lambda k: nd(k, "xfer-out", "info", f"{client(k, (z := k.one(ZONES)))}: transfer of '{z}/IN': "
                                        f"AXFR ended: {k.n(1, 3)} messages, {(r := k.n(40, 900))} records, "
                                        f"{(b := r * k.n(28, 40))} bytes, {k.f(0.001, 0.02, 3)} secs "
                                        f"({b * k.n(40, 300)} bytes/sec) (serial {serial(k)})")),
        ("notifies", 1.2, lambda k: nd(k, "notify", "info", f"zone {k.one(ZONES)}/IN: sending notifies (serial "
                                        f"{serial(k)})")),
        ("loaded", 0.8, lambda k: nd(k, "general", "info", f"zone {k.one(ZONES)}/IN: loaded serial "
                                      f"{serial(k)}")),
        ("got-notify", 0.8, lambda k: nd(k, "notify", "info", f"client @0x7f{k.hex(10)} 192.0.2.10#{k.port()}: "
                                          "received notify for zone 'partner-exchange.net'")),
        ("xfer-in", 0.6, lambda k: nd(k, "xfer-in", "info", "transfer of 'partner-exchange.net/IN' from 192.0.2.10#53: "
                                       f"Transfer completed: 1 messages, {(r := k.n(18, 30))} records, {r * 31} bytes, "
                                       f"{k.f(0.01, 0.09, 3)} secs ({k.n(6000, 40000)} bytes/sec) (serial "
                                       f"{serial(k)})")),
        ("rate-limit", 2, lambda k: nd(k, "rate-limit", "info", f"{client(k, 'corp.lan')}: rate limit drop "
                                        f"{k.one(['', 'NXDOMAIN '])}response to 198.51.{k.n(0, 255)}.0/24 for corp.lan IN ANY  ({k.hex(8)})")),
        ("ctl-reload", 0.3, lambda k: nd(k, "general", "info", "received control channel command 'reload'")),
        ("reload-config-ok", 0.3, lambda k: nd(k, "general", "info", "reloading configuration succeeded")),
        ("reload-zones-ok", 0.3, lambda k: nd(k, "general", "info", "reloading zones succeeded")),
        ("all-loaded", 0.2, lambda k: nd(k, "general", "info", "all zones loaded")),
        ("priming", 0.3, lambda k: nd(k, "resolver", "info", "resolver priming query complete")),
    ]  # fmt: skip
    return build("bind", t, lines, 0.4)


# -- Zabbix server -------------------------------------------------------------------------------------------------

HOSTS = [
    "web-03",
    "web-07",
    "db-main-01",
    "db-replica-02",
    "k8s-node-14",
    "core-sw-2",
    "fw-edge-1",
    "nas-backup",
    "erp-app-2",
    "printer-3OG",
    "ups-serverraum",
    "mq-02",
]
KEYS = [
    "vfs.fs.size[/data,pused]",
    "system.cpu.load[all,avg1]",
    "net.if.in[eth0]",
    "proc.num[java]",
    "mysql.status[Threads_connected]",
    "ifHCInOctets[ge-0/0/12]",
    "web.page.get[localhost,/health,8080]",
    "vfs.file.time[/var/backup/last.tar.gz,modify]",
    "upsAdvBatteryRunTimeRemaining",
    "agent.ping",
]


def make_zabbix(lines: int) -> list[Line]:
    pids = [2711, 2712, 2713, 2714, 2720, 2731, 2745, 2746, 2747]

    def zb(k: Kit, msg: str) -> tuple[str, str]:
        return f"{k.skew(pids):>6}:{k.now:%Y%m%d:%H%M%S}.{k.now.microsecond // 1000:03d} {msg}", msg

    def item(k: Kit) -> str:
        return f"{k.skew(HOSTS)}:{k.skew(KEYS)}"

    def kind(k: Kit) -> str:
        return k.skew(["Zabbix agent", "SNMP agent", "IPMI agent", "JMX agent"])

    reasons = ["Cannot obtain filesystem information: [2] No such file or directory",
               'Value of type "string" is not suitable for value type "Numeric (unsigned)". Value "n/a"',
               "Unsupported item key.", "Timeout while executing a shell script.",
               "Cannot find the item key in the template.", "Cannot evaluate function: item is not supported."]  # fmt: skip

    t: list[Tpl] = [
        ("not-supported", 14, lambda k: zb(k, f'item "{item(k)}" became not supported: {k.skew(reasons)}')),
        ("supported", 9, lambda k: zb(k, f'item "{item(k)}" became supported')),
        ("first-net-error", 12, lambda k: zb(k, f'{kind(k)} item "{k.skew(KEYS)}" on host "{k.skew(HOSTS)}" failed: '
                                            f"first network error, wait for {k.one([15, 15, 30])} seconds")),
        ("another-net-error", 8, lambda k: zb(k, f'{kind(k)} item "{k.skew(KEYS)}" on host "{k.skew(HOSTS)}" failed: '
                                              f"another network error, wait for {k.one([15, 15, 30])} seconds")),
        ("disabling", 5, lambda k: zb(k, f'temporarily disabling {kind(k)} checks on host "{k.skew(HOSTS)}": interface '
                                      "unavailable")),
        ("resuming", 6, lambda k: zb(k, f'resuming {kind(k)} checks on host "{k.skew(HOSTS)}": connection restored')),
        ("enabling", 3, lambda k: zb(k, f'enabling {kind(k)} checks on host "{k.skew(HOSTS)}": interface became '
                                     "available")),
        ("active-checks", 7, lambda k: zb(k, f'cannot send list of active checks to "{k.ip("10.30")}": host '
                                         f"[{k.one(['pos-kasse-0', 'lab-win-1', 'old-jenkins'])}{k.n(1, 40)}] not found")),
        ("accept-failed", 4, lambda k: zb(k, f"failed to accept an incoming connection: from {k.ip('10.30')}: "
                                         + k.one(["reading first byte from connection failed: [104] Connection reset by peer",
                                                  "TLS handshake set result code to 1: file ssl/record/ssl3_record.c "
                                                  "line 354: error:0A00010B:SSL routines::wrong version number: TLS "
                                                  "read set result code to 1",
                                                  "connection of type \"unencrypted\" is not allowed for host"]))),
        ("slow-query", 5, lambda k: zb(k, f"slow query: {k.f(3, 40, 6)} sec, \"" + k.one([
            f"update item_rtdata set lastlogsize={k.n(1000, 10**7)},mtime={int(k.now.timestamp())} where itemid={k.n(10**5, 10**6)};",
            f"delete from history_uint where itemid={k.n(10**5, 10**6)} and clock<{int(k.now.timestamp()) - 604800}",
            "select i.itemid,i.hostid,i.key_ from items i,hosts h where i.hostid=h.hostid and h.status=0",
        ]) + "\"")),
        ("housekeeper-run", 0.8, lambda k: zb(k, "executing housekeeper")),
        ("housekeeper-done", 0.8, lambda k: zb(k, f"housekeeper [deleted {k.n(0, 900000)} hist/trends, {k.n(0, 20)} "
                                              f"items/triggers, {k.n(0, 400)} events, {k.n(0, 90)} problems, "
                                              f"{k.n(0, 9)} sessions, 0 alarms, {k.n(0, 300)} audit, 0 autoreg_host, "
                                              f"0 records in {k.f(0.2, 95, 6)} sec, idle for 1 hour(s)]")),
        ("db-down", 0.5, lambda k: zb(k, "database is down: reconnecting in 10 seconds")),
        ("db-conn", 0.5, lambda k: zb(k, "[Z3001] connection to database 'zabbix' failed: [2002] Can't connect to local "
                                     "MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)")),
        ("db-back", 0.4, lambda k: zb(k, "database connection re-established")),
        ("config-reload", 0.6, lambda k: zb(k, "forced reloading of the configuration cache")),
        ("proxy-data", 1, lambda k: zb(k, f'cannot obtain data from proxy "{k.one(["proxy-fra-1", "proxy-muc-dmz"])}": '
                                      + k.one(["ZBX_TCP_READ() timed out", "cannot connect to [[10.60.0.4]:10051]: "
                                               "[111] Connection refused"]))),
        ("starting", 0.12, lambda k: zb(k, "Starting Zabbix Server. Zabbix 6.4.10 (revision 5b1a3e9c4a1)." )),
        ("signal", 0.12, lambda k: zb(k, "Got signal [signal:15(SIGTERM),sender_pid:1,sender_uid:0,reason:0]. "
                                       "Exiting ...")),
    ]  # fmt: skip
    return build("zabbix", t, lines, 3.0)
