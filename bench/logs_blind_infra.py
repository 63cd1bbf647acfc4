"""Blind log set, infrastructure daemons: nginx (docker stdout: access + error), HAProxy, PostgreSQL, Redis, Kafka
broker, systemd journal. Each template is one log statement; its true id names it."""

from __future__ import annotations

from datetime import datetime

from logs_blind_gen import G, Line, SystemSpec, T

PATHS = (
    "/api/v2/cart", "/api/v2/orders/{n}", "/api/v2/orders/{n}/items", "/static/js/app.{h}.js", "/", "/healthz",
    "/api/v2/products?page={s}&size=24", "/api/v2/search?q=winter+boots", "/img/p/{n}/thumb.webp", "/login",
    "/api/v2/users/{u}/addresses", "/favicon.ico", "/api/v2/checkout/session", "/metrics", "/wp-login.php",
    "/api/v2/recommendations?sku=KX-{n}", "/.env",
)  # fmt: skip
METHODS = ("GET", "GET", "GET", "POST", "GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")


def path(g: G) -> str:
    p = g.skew(PATHS)
    return p.format(n=g.n(1000, 999999), h=g.hex(8), s=g.n(1, 40), u=g.uuid())


# ------------------------------------------------------------ nginx (docker logs: access on stdout, error on stderr)
HOSTS = ("shop.kestrelmart.de", "api.kestrelmart.de", "cdn.kestrelmart.de")
UPSTREAMS = ("10.12.3.14:8080", "10.12.3.15:8080", "10.12.7.2:9000", "10.12.7.3:9000")


def _nginx_access(g: G) -> tuple[str, dict]:
    status = g.pick((200, 304, 301, 404, 499, 502, 500, 401, 201, 204), (70, 8, 3, 6, 1, 1, 1, 2, 4, 4))
    body = 0 if status in (204, 304) else g.size(2400, 1.8)
    ref = g.pick(("-", f"https://{g.pick(HOSTS)}/", "https://www.google.com/"), (6, 3, 1))
    xff = g.pick(("-", g.ip("public")), (3, 1))
    req = f"{g.pick(METHODS)} {path(g)} HTTP/{g.pick(('1.1', '2.0', '1.0'), (6, 4, 1))}"
    return f'{g.ip("public")} - - [{{ts}}] "{req}" {status} {body} "{ref}" "{g.ua()}" "{xff}"', {}


def _nginx_err(g: G, text: str, request: bool = True, upstream: bool = False) -> str:
    tail = f", client: {g.ip('public')}, server: {g.pick(HOSTS)}"
    if request:
        tail += f', request: "{g.pick(METHODS)} {path(g)} HTTP/1.1"'
    if upstream:
        tail += f', upstream: "http://{g.pick(UPSTREAMS)}{path(g)}"'
    if request:
        tail += f', host: "{g.pick(HOSTS)}"'
    return f"*{g.n(1, 9_000_000)} {text}{tail}"


def _nginx_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    if line.tid == "access":
        raw = line.msg.replace("{ts}", ts.strftime("%d/%b/%Y:%H:%M:%S +0000"))
        return raw, raw
    worker = 20 + g.pid % 8
    return f"{ts:%Y/%m/%d %H:%M:%S} [{line.level}] {worker}#{worker}: {line.msg}", line.msg


# fmt: off
NGINX = SystemSpec(
    "nginx",
    "nginx 1.27 in docker: combined access log + $http_x_forwarded_for on stdout, error log on stderr",
    _nginx_header,
    (
        T("access", 250, "info", _nginx_access),
        T("upstream-timeout", 30, "error", lambda g: _nginx_err(
            g, "upstream timed out (110: Connection timed out) while reading response header from upstream",
            upstream=True)),
        T("upstream-refused", 14, "error", lambda g: _nginx_err(
            g, "connect() failed (111: Connection refused) while connecting to upstream", upstream=True)),
        T("upstream-prematurely", 10, "error", lambda g: _nginx_err(
            g, "upstream prematurely closed connection while reading response header from upstream", upstream=True)),
        T("no-live-upstreams", 4, "error", lambda g: _nginx_err(
            g, "no live upstreams while connecting to upstream")),
        T("open-failed", 22, "error", lambda g: _nginx_err(
            g, f'open() "/usr/share/nginx/html{g.pick(("/wp-login.php", "/.env", "/favicon.ico", "/robots.txt"))}" '
            "failed (2: No such file or directory)")),
        T("buffered-temp", 12, "warn", lambda g: _nginx_err(
            g, f"an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/"
            f"{g.n(0, 9)}/{g.n(10, 99)}/{g.n(1, 9999999999):010d} while reading upstream", upstream=True)),
        T("client-body-temp", 6, "warn", lambda g: _nginx_err(
            g, f"a client request body is buffered to a temporary file /var/cache/nginx/client_temp/"
            f"{g.n(1, 9999999999):010d}")),
        T("limit-req", 16, "error", lambda g: _nginx_err(
            g, f'limiting requests, excess: {g.n(1, 40)}.{g.n(100, 999)} by zone "api_rl"')),
        T("limit-req-delay", 5, "warn", lambda g: _nginx_err(
            g, f'delaying request, excess: {g.n(0, 9)}.{g.n(100, 999)}, by zone "api_rl"')),
        T("ssl-handshake", 8, "info", lambda g: f"*{g.n(1, 9_000_000)} SSL_do_handshake() failed (SSL: error:0A00006C:"
          f"SSL routines::bad key share) while SSL handshaking, client: {g.ip('public')}, server: 0.0.0.0:443"),
        T("client-closed", 9, "info", lambda g: f"*{g.n(1, 9_000_000)} client {g.ip('public')} closed keepalive "
          "connection"),
        T("body-too-large", 3, "error", lambda g: _nginx_err(
            g, f"client intended to send too large body: {g.size(30_000_000, 0.8)} bytes")),
        T("worker-exited", 1, "alert", lambda g: f"worker process {g.n(20, 90)} exited on signal 9"),
        T("reload-signal", 1, "notice", lambda g: "signal 1 (SIGHUP) received from 1, reconfiguring"),
        T("start-worker", 2, "notice", lambda g: f"start worker process {g.n(30, 400)}"),
        T("gracefully-shutting", 2, "notice", lambda g: "gracefully shutting down"),
        T("resolver-timeout", 2, "error", lambda g: f"*{g.n(1, 9_000_000)} {g.pick(('orders', 'cart', 'search'))}"
          ".svc.cluster.local could not be resolved (110: Operation timed out)"),
        T("access-forbidden", 3, "error", lambda g: _nginx_err(
            g, 'access forbidden by rule')),
    ),
    mean_gap_s=0.4,
)
# fmt: on

# ------------------------------------------------------------------------------------------------------------- HAProxy
BACKENDS = {"be_api": 4, "be_web": 3, "be_static": 2}


def _server(g: G) -> str:
    be = g.pick(tuple(BACKENDS), (6, 3, 1))
    return f"{be}/{be[3:]}-{g.n(1, BACKENDS[be])}"


def _hap_http(g: G) -> str:
    status = g.pick((200, 201, 204, 304, 404, 503, 504, 500, 401), (80, 3, 4, 6, 3, 1, 1, 1, 1))
    tq, tw, tc, tr = g.n(0, 2), g.n(0, 1), g.n(0, 3), int(g.dur_ms(25, 1.3))
    flags = "----" if status < 500 else g.pick(("sC--", "sH--", "SC--", "cD--"))
    conns = f"{g.n(1, 900)}/{g.n(1, 900)}/{g.n(0, 80)}/{g.n(0, 30)}/{g.pick((0, 0, 0, 1, 2))}"
    return (
        f"{g.ip('public')}:{g.eport()} [{{ts}}] fe_https~ {_server(g)} {tq}/{tw}/{tc}/{tr}/{tq + tw + tc + tr} "
        f'{status} {g.size(3000, 1.5)} - - {flags} {conns} 0/0 "{g.pick(METHODS)} {path(g)} HTTP/1.1"'
    )


def _hap_tcp(g: G) -> str:
    return (
        f"{g.ip()}:{g.eport()} [{{ts}}] fe_pg be_pg/pg-{g.n(1, 2)} 1/0/{g.n(1, 400_000)} "
        f"{g.size(40_000, 2)} -- {g.n(1, 60)}/{g.n(1, 30)}/{g.n(1, 30)}/{g.n(1, 15)}/0 0/0"
    )


def _hap_ssl(g: G) -> str:
    return f"{g.ip('public')}:{g.eport()} [{{ts}}] fe_https/1: SSL handshake failure"


def _hap_down(g: G) -> str:
    s = _server(g)
    return (
        f'Server {s} is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: '
        f"{g.n(0, 2)}ms. {g.n(0, 3)} active and 0 backup servers left. {g.n(0, 40)} sessions active, "
        f"{g.n(0, 5)} requeued, 0 remaining in queue."
    )


def _hap_up(g: G) -> str:
    return (
        f"Server {_server(g)} is UP, reason: Layer7 check passed, code: 200, check duration: {g.n(1, 30)}ms. "
        f"{g.n(1, 4)} active and 0 backup servers online. 0 sessions requeued, 0 total in queue."
    )


def _hap_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    if "{ts}" in line.msg:
        raw = line.msg.replace("{ts}", ts.strftime("%d/%b/%Y:%H:%M:%S.") + f"{ts.microsecond // 1000:03d}")
        return raw, raw
    tag = f"[{line.level.upper()}]"
    return f"{tag:10} ({g.pid if line.level != 'notice' else 1}) : {line.msg}", line.msg


# fmt: off
HAPROXY = SystemSpec(
    "haproxy",
    "HAProxy 2.9 'log stdout format raw': HTTP and TCP logs, plus the master/worker messages on stderr",
    _hap_header,
    (
        T("http-log", 420, "info", _hap_http),
        T("tcp-log", 120, "info", _hap_tcp),
        T("ssl-failure", 40, "info", _hap_ssl),
        T("server-down", 8, "warning", _hap_down),
        T("server-up", 8, "warning", _hap_up),
        T("health-l7-fail", 10, "warning", lambda g: f"Health check for server {_server(g)} failed, reason: Layer7 "
          f"wrong status, code: {g.pick((500, 503, 404))}, info: \"{g.pick(('Service Unavailable', 'Not Found'))}\", "
          f"check duration: {g.n(1, 90)}ms, status: {g.n(0, 2)}/3 {g.pick(('UP', 'DOWN'))}."),
        T("health-ok", 10, "warning", lambda g: f"Health check for server {_server(g)} succeeded, reason: Layer7 "
          f"check passed, code: 200, check duration: {g.n(1, 40)}ms, status: {g.n(1, 3)}/3 UP."),
        T("backend-no-server", 2, "alert", lambda g: f"backend '{g.pick(tuple(BACKENDS))}' has no server available!"),
        T("new-worker", 2, "notice", lambda g: f"New worker ({g.n(8, 900)}) forked"),
        T("loading-success", 2, "notice", lambda g: "Loading success."),
        T("reexec", 1, "notice", lambda g: "Reexecuting Master process"),
        T("worker-exited", 1, "warning", lambda g: f"Former worker ({g.n(8, 900)}) exited with code 0 (Exit)"),
        T("proxy-stopped", 1, "warning", lambda g: f"Proxy {g.pick(('fe_https', 'fe_pg', 'stats'))} stopped "
          f"(cumulated conns: FE: {g.n(100, 900000)}, BE: {g.n(0, 900000)})."),
        T("resolvers", 3, "warning", lambda g: f"{_server(g)} changed its IP from {g.ip()} to {g.ip()} by "
          "kube-dns/ns1."),
        T("maxconn", 2, "warning", lambda g: f"Proxy fe_https reached process FD limit (maxsock={g.n(4000, 9000)}). "
          "Please check 'ulimit-n' and restart."),
    ),
    mean_gap_s=0.3,
)
# fmt: on

# ---------------------------------------------------------------------------------------------------------- PostgreSQL
DBS = ("shopdb", "shopdb", "ledger", "postgres")
TABLES = ("orders", "order_items", "customers", "inventory", "payments", "audit_events")
QUERIES = (
    "SELECT o.id, o.status, o.total_cents FROM orders o WHERE o.customer_id = {n} ORDER BY o.created_at DESC LIMIT 20",
    "UPDATE inventory SET reserved = reserved + {s} WHERE sku = 'KX-{n}'",
    "INSERT INTO audit_events (actor, action, payload) VALUES ('{u}', 'login', '{{\"ip\": \"{ip}\"}}')",
    "SELECT count(*) FROM payments WHERE status = 'pending' AND created_at < now() - interval '15 minutes'",
    "select * from customers where lower(email) = lower('{u}@example.org')",
    "DELETE FROM order_items WHERE order_id = {n}",
    "COMMIT",
    "WITH t AS (SELECT sku, sum(qty) q FROM order_items GROUP BY sku) SELECT * FROM t ORDER BY q DESC LIMIT {s}",
)


def sql(g: G) -> str:
    return g.skew(QUERIES).format(n=g.n(1000, 9_999_999), s=g.n(1, 50), u=g.user(), ip=g.ip("public"))


def _backend(g: G) -> dict:
    return {"pid": g.n(100, 99999), "who": f"{g.pick(('app', 'app', 'etl_loader', 'grafana_ro'))}@{g.pick(DBS)}"}


def _pg_error(tid: str, msg: str, detail: tuple[str, str] | None, g: G) -> list[Line]:
    b = _backend(g)  # the ERROR, its DETAIL and its STATEMENT come from one backend
    lines = [Line(tid, "ERROR", msg, b)]
    if detail is not None:
        lines.append(Line(detail[0], "DETAIL", detail[1], b))
    if g.chance(0.85):
        lines.append(Line("statement", "STATEMENT", sql(g), b))
    return lines


def _pg_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    b = line.fields or _backend(g)
    system = line.tid.startswith(("checkpoint", "autovacuum", "autoanalyze", "ready", "shutdown"))
    who = "[unknown]@[unknown]" if system else b["who"]
    stamp = f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d} UTC"
    return f"{stamp} [{b['pid']}] {who} {line.level}:  {line.msg}", f"{line.level}:  {line.msg}"


# fmt: off
POSTGRES = SystemSpec(
    "postgresql",
    "PostgreSQL 16, log_line_prefix '%m [%p] %q%u@%d ', log_min_duration_statement=0 on a busy primary",
    _pg_header,
    (
        T("duration", 600, "LOG", lambda g: f"duration: {g.dur_ms(2, 1.5):.3f} ms  statement: {sql(g)}"),
        T("conn-received", 90, "LOG", lambda g: f"connection received: host={g.ip()} port={g.eport()}"),
        T("conn-authorized", 80, "LOG", lambda g: f"connection authorized: user={g.pick(('app', 'etl_loader'))} "
          f"database={g.pick(DBS)} application_name={g.pick(('PostgreSQL JDBC Driver', 'psql', 'pgbouncer'))}"),
        T("disconnection", 80, "LOG", lambda g: f"disconnection: session time: 0:{g.n(0, 59):02d}:{g.n(0, 59):02d}."
          f"{g.n(0, 999):03d} user=app database={g.pick(DBS)} host={g.ip()} port={g.eport()}"),
        T("checkpoint-start", 6, "LOG", lambda g: (
            f"checkpoint starting: {g.pick(('time', 'wal', 'immediate force wait'))}")),
        T("checkpoint-complete", 6, "LOG", lambda g: (
            f"checkpoint complete: wrote {g.size(900, 1.2)} buffers ({g.n(0, 30)}.{g.n(0, 9)}%); 0 WAL file(s) "
            f"added, {g.n(0, 3)} removed, {g.n(0, 9)} recycled; write={g.dur_ms(20, 1):.3f} s, "
            f"sync={g.dur_ms(0.01, 1):.3f} s, total={g.dur_ms(22, 1):.3f} s; sync files={g.n(1, 80)}, "
            f"longest={g.dur_ms(0.003, 1):.3f} s, average={g.dur_ms(0.001, 1):.3f} s; distance={g.size(8000)} kB, "
            f"estimate={g.size(9000)} kB; lsn={g.n(1, 9):X}/{g.hex(8).upper()}, redo lsn={g.n(1, 9):X}/"
            f"{g.hex(8).upper()}")),
        T("autovacuum", 10, "LOG", lambda g: (
            f"automatic vacuum of table \"{g.pick(DBS)}.public.{g.pick(TABLES)}\": index scans: {g.n(0, 2)}, "
            f"pages: 0 removed, {g.size(4000)} remain, {g.size(300)} scanned ({g.n(0, 99)}.{g.n(10, 99)}% of total), "
            f"tuples: {g.size(500)} removed, {g.size(90000)} remain, 0 are dead but not yet removable")),
        T("autoanalyze", 12, "LOG", lambda g: (
            f"automatic analyze of table \"{g.pick(DBS)}.public.{g.pick(TABLES)}\" avg read rate: "
            f"{g.dur_ms(3, 1):.3f} MB/s, avg write rate: {g.dur_ms(0.5, 1):.3f} MB/s, system usage: CPU: user: "
            f"{g.dur_ms(0.02, 1):.2f} s, system: 0.00 s, elapsed: {g.dur_ms(0.1, 1):.2f} s")),
        T("dup-key", 25, "ERROR", lambda g: _pg_error(
            "dup-key", f"duplicate key value violates unique constraint \"{g.pick(TABLES)}_pkey\"",
            ("detail-key-exists", f"Key (id)=({g.n(1000, 9_999_999)}) already exists."), g)),
        T("deadlock", 4, "ERROR", lambda g: _pg_error(
            "deadlock", "deadlock detected",
            ("detail-deadlock", f"Process {g.n(100, 99999)} waits for ShareLock on transaction {g.n(10**6, 10**8)}; "
             f"blocked by process {g.n(100, 99999)}. Process {g.n(100, 99999)} waits for ShareLock on transaction "
             f"{g.n(10**6, 10**8)}; blocked by process {g.n(100, 99999)}."), g)),
        T("stmt-timeout", 14, "ERROR", lambda g: _pg_error(
            "stmt-timeout", "canceling statement due to statement timeout", None, g)),
        T("serialize", 6, "ERROR", lambda g: _pg_error(
            "serialize", "could not serialize access due to concurrent update", None, g)),
        T("no-relation", 3, "ERROR", lambda g: _pg_error(
            "no-relation", f"relation \"{g.pick(('order_item', 'public.customer', 'tmp_import_' + str(g.n(1, 99))))}\""
            f" does not exist at character {g.n(8, 90)}", None, g)),
        T("no-column", 3, "ERROR", lambda g: _pg_error(
            "no-column", f"column \"{g.pick(('createdat', 'o.state', 'amount'))}\" does not exist at character "
            f"{g.n(8, 90)}", None, g)),
        T("auth-failed", 5, "FATAL", lambda g: f"password authentication failed for user \"{g.user()}\""),
        T("no-database", 2, "FATAL", lambda g: f"database \"{g.pick(('shop', 'shopdb_test', 'root'))}\" does not "
          "exist"),
        T("admin-terminate", 2, "FATAL", lambda g: "terminating connection due to administrator command"),
        T("conn-reset", 8, "LOG", lambda g: "could not receive data from client: Connection reset by peer"),
        T("eof-open-tx", 4, "LOG", lambda g: "unexpected EOF on client connection with an open transaction"),
        T("no-tx", 6, "WARNING", lambda g: "there is no transaction in progress"),
        T("temp-file", 7, "LOG", lambda g: (lambda b: [
            Line("temp-file", "LOG", f"temporary file: path \"base/pgsql_tmp/pgsql_tmp{b['pid']}."
                 f"{g.n(0, 40)}\", size {g.size(20_000_000)}", b),
            Line("statement", "STATEMENT", sql(g), b)])(_backend(g))),
        T("lock-wait", 5, "LOG", lambda g: f"process {g.n(100, 99999)} still waiting for ShareLock on transaction "
          f"{g.n(10**6, 10**8)} after {g.dur_ms(1000, 0.2):.3f} ms"),
        T("ready", 1, "LOG", lambda g: "database system is ready to accept connections"),
        T("shutdown", 1, "LOG", lambda g: "received fast shutdown request"),
        T("too-many", 2, "FATAL", lambda g: "sorry, too many clients already"),
    ),
    extra_ids=("statement", "detail-key-exists", "detail-deadlock"),
    mean_gap_s=0.5,
)
# fmt: on

# --------------------------------------------------------------------------------------------------------------- Redis
REDIS_ROLE = {"M": 6, "S": 1, "C": 2}


def _redis_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    mark = {"debug": ".", "verbose": "-", "notice": "*", "warning": "#"}[line.level]
    role = line.fields.get("role", "M")
    pid = g.n(2000, 60000) if role == "C" else 1
    return f"{pid}:{role} {ts:%d %b %Y %H:%M:%S}.{ts.microsecond // 1000:03d} {mark} {line.msg}", line.msg


def _c(msg: str) -> tuple[str, dict]:
    return msg, {"role": "C"}


# fmt: off
REDIS = SystemSpec(
    "redis",
    "Redis 7.2 primary with RDB snapshots and AOF, verbose loglevel",
    _redis_header,
    (
        T("accepted", 200, "verbose", lambda g: f"Accepted {g.ip()}:{g.eport()}"),
        T("client-closed", 180, "verbose", lambda g: f"Client closed connection id={g.n(10, 999999)} "
          f"addr={g.ip()}:{g.eport()} laddr=10.40.2.7:6379 fd={g.n(8, 300)} name={g.pick(('', 'celery', 'sidekiq'))} "
          f"age={g.n(0, 900)} idle=0 flags=N db=0"),
        T("changes-saving", 40, "notice", lambda g: f"{g.pick((1, 100, 10000))} changes in "
          f"{g.pick((3600, 300, 60))} seconds. Saving..."),
        T("bg-save-started", 40, "notice", lambda g: f"Background saving started by pid {g.n(2000, 60000)}"),
        T("db-saved", 40, "notice", lambda g: _c("DB saved on disk")),
        T("fork-cow", 40, "notice", lambda g: _c(f"Fork CoW for RDB: current {g.size(2, 1)} MB, peak "
                                                  f"{g.size(4, 1)} MB, average {g.size(2, 1)} MB")),
        T("bg-save-ok", 40, "notice", lambda g: "Background saving terminated with success"),
        T("aof-rewrite-start", 4, "notice", lambda g: f"Background append only file rewriting started by pid "
          f"{g.n(2000, 60000)}"),
        T("aof-rewrite-done", 4, "notice", lambda g: "Background AOF rewrite terminated with success"),
        T("aof-residual", 4, "notice", lambda g: f"Residual parent diff successfully flushed to the rewritten AOF "
          f"({g.dur_ms(0.02, 1):.2f} MB)"),
        T("aof-fsync-slow", 6, "notice", lambda g: "Asynchronous AOF fsync is taking too long (disk is busy?). "
          "Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis."),
        T("replica-sync", 3, "notice", lambda g: f"Replica {g.ip()}:6379 asks for synchronization"),
        T("partial-resync", 3, "notice", lambda g: f"Partial resynchronization request from {g.ip()}:6379 accepted. "
          f"Sending {g.size(4000)} bytes of backlog starting from offset {g.n(10**6, 10**9)}."),
        T("replica-lost", 2, "warning", lambda g: f"Connection with replica {g.ip()}:6379 lost."),
        T("client-output-limit", 3, "warning", lambda g: f"Client id={g.n(10, 999999)} addr={g.ip()}:{g.eport()} "
          f"laddr=10.40.2.7:6379 fd={g.n(8, 300)} name= age={g.n(0, 900)} idle=0 flags=N db=0 sub=0 psub=0 "
          f"cmd=subscribe scheduled to be closed ASAP for overcoming of output buffer limits."),
        T("oom-warn", 1, "warning", lambda g: "WARNING Memory overcommit must be enabled! Without it, a background "
          "save or replication may fail under low memory condition."),
        T("ready", 1, "notice", lambda g: "Ready to accept connections tcp"),
        T("loading-rdb", 1, "notice", lambda g: f"DB loaded from disk: {g.dur_ms(2, 1):.3f} seconds"),
        T("maxmemory", 2, "warning", lambda g: f"WARNING: maxmemory limit reached, evicting keys (used "
          f"{g.size(3_900_000_000, 0.05)} bytes)"),
    ),
    mean_gap_s=1.5,
)
# fmt: on

# ------------------------------------------------------------------------------------------------------- Kafka broker
TOPICS = ("orders.v1", "payments.v2", "inventory-events", "clickstream", "__consumer_offsets", "audit.log")
GROUPS = ("orders-indexer", "payment-reconciler", "fraud-scorer", "dwh-sink", "connect-s3-sink")


def _tp(g: G) -> str:
    t = g.skew(TOPICS)
    return f"{t}-{g.n(0, 49 if t == '__consumer_offsets' else 11)}"


def _epoch_ms(g: G) -> int:
    return g.n(1_700_000_000_000, 1_800_000_000_000)


def _kafka_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    logger = line.fields["logger"]
    stamp = f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d}"
    return f"[{stamp}] {line.level} {line.msg} ({logger})", line.msg


def _k(logger: str, fn):  # noqa: ANN001, ANN202 - a drawer adding the logger
    return lambda g: (fn(g), {"logger": logger})


# fmt: off
KAFKA = SystemSpec(
    "kafka",
    "Apache Kafka 3.7 broker (KRaft), log4j pattern '[%d] %p %m (%c)%n'",
    _kafka_header,
    (
        T("log-roll", 150, "INFO", _k("kafka.log.LocalLog$", lambda g: (
            f"[LocalLog partition={_tp(g)}, dir=/var/lib/kafka/data] Rolled new log segment at offset "
            f"{g.n(10**5, 10**9)} in {g.n(0, 12)} ms."))),
        T("segment-delete", 120, "INFO", _k("kafka.log.LocalLog$", lambda g: (
            f"Deleted log /var/lib/kafka/data/{_tp(g)}/{g.n(0, 10**9):020d}.log.deleted."))),
        T("retention-delete", 60, "INFO", _k("kafka.log.UnifiedLog", lambda g: (
            f"[UnifiedLog partition={_tp(g)}, dir=/var/lib/kafka/data] Deleting segment LogSegment(baseOffset="
            f"{g.n(10**5, 10**9)}, size={g.size(500_000_000, 0.5)}, lastModifiedTime={_epoch_ms(g)}, "
            f"largestRecordTimestamp={_epoch_ms(g)}) due to log retention time 604800000ms breach based on "
            "the largest record timestamp in the segment"))),
        T("rebalance-prepare", 40, "INFO", _k("kafka.coordinator.group.GroupCoordinator", lambda g: (
            f"[GroupCoordinator {g.n(1, 3)}]: Preparing to rebalance group {g.skew(GROUPS)} in state "
            f"PreparingRebalance with old generation {g.n(1, 900)} (__consumer_offsets-{g.n(0, 49)}) (reason: "
            f"Adding new member consumer-{g.skew(GROUPS)}-{g.n(1, 6)}-{g.uuid()} with group instance id None; "
            "client reason: rebalance failed due to MemberIdRequiredException)"))),
        T("rebalance-stabilized", 40, "INFO", _k("kafka.coordinator.group.GroupCoordinator", lambda g: (
            f"[GroupCoordinator {g.n(1, 3)}]: Stabilized group {g.skew(GROUPS)} generation {g.n(1, 900)} "
            f"(__consumer_offsets-{g.n(0, 49)}) with {g.n(1, 12)} members"))),
        T("assignment", 40, "INFO", _k("kafka.coordinator.group.GroupCoordinator", lambda g: (
            f"[GroupCoordinator {g.n(1, 3)}]: Assignment received from leader consumer-{g.skew(GROUPS)}-1-"
            f"{g.uuid()} for group {g.skew(GROUPS)} for generation {g.n(1, 900)}. The group has {g.n(1, 12)} "
            "members, 0 of which are static."))),
        T("member-left", 20, "INFO", _k("kafka.coordinator.group.GroupCoordinator", lambda g: (
            f"[GroupCoordinator {g.n(1, 3)}]: Member consumer-{g.skew(GROUPS)}-{g.n(1, 6)}-{g.uuid()} in group "
            f"{g.skew(GROUPS)} has left, removing it from the group (reason: Removing member consumer-"
            f"{g.n(1, 6)} on LeaveGroup; client reason: the consumer is being closed)"))),
        T("session-timeout", 6, "INFO", _k("kafka.coordinator.group.GroupCoordinator", lambda g: (
            f"[GroupCoordinator {g.n(1, 3)}]: Member consumer-{g.skew(GROUPS)}-{g.n(1, 6)}-{g.uuid()} in group "
            f"{g.skew(GROUPS)} has failed, removing it from the group"))),
        T("offsets-expired", 30, "INFO", _k("kafka.coordinator.group.GroupMetadataManager", lambda g: (
            f"[GroupMetadataManager brokerId={g.n(1, 3)}] Removed {g.n(0, 40)} expired offsets in {g.n(0, 9)} "
            "milliseconds."))),
        T("isr-shrink", 8, "INFO", _k("kafka.cluster.Partition", lambda g: (
            f"[Partition {_tp(g)} broker={g.n(1, 3)}] Shrinking ISR from {g.n(1, 3)},{g.n(1, 3)},{g.n(1, 3)} to "
            f"{g.n(1, 3)},{g.n(1, 3)}. Leader: (highWatermark: {g.n(10**5, 10**9)}, endOffset: "
            f"{g.n(10**5, 10**9)}). Out of sync replicas: (brokerId: {g.n(1, 3)}, endOffset: {g.n(10**5, 10**9)},"
            f" lastCaughtUpTimeMs: {_epoch_ms(g)})."))),
        T("isr-expand", 8, "INFO", _k("kafka.cluster.Partition", lambda g: (
            f"[Partition {_tp(g)} broker={g.n(1, 3)}] ISR updated to {g.n(1, 3)},{g.n(1, 3)},{g.n(1, 3)} and "
            f"version updated to {g.n(1, 500)}"))),
        T("fetcher-error", 6, "WARN", _k("kafka.server.ReplicaFetcherThread", lambda g: (
            f"[ReplicaFetcher replicaId={g.n(1, 3)}, leaderId={g.n(1, 3)}, fetcherId=0] Error in response for "
            f"fetch request (type=FetchRequest, replicaId={g.n(1, 3)}, maxWait=500, minBytes=1, maxBytes=10485760, "
            "fetchData={}, isolationLevel=READ_UNCOMMITTED, removed=, replaced=, metadata=(sessionId="
            f"{g.n(10**8, 2 * 10**9)}, epoch={g.n(1, 9000)}), rackId=)"))),
        T("disconnect", 10, "INFO", _k("org.apache.kafka.clients.NetworkClient", lambda g: (
            f"[ReplicaFetcher replicaId={g.n(1, 3)}, leaderId={g.n(1, 3)}, fetcherId=0] Node {g.n(1, 3)} "
            "disconnected."))),
        T("unknown-topic", 4, "WARN", _k("kafka.server.KafkaApis", lambda g: (
            f"[KafkaApi-{g.n(1, 3)}] Auto topic creation failed for {g.pick(('orders.v2', 'orders-dlq', 'tmp'))} "
            "with error 'INVALID_REPLICATION_FACTOR': Unable to replicate the partition 3 time(s): The target "
            "replication factor of 3 cannot be reached because only 2 broker(s) are registered."))),
        T("auth-failed", 3, "INFO", _k("org.apache.kafka.common.network.Selector", lambda g: (
            f"[SocketServer listenerType=BROKER, nodeId={g.n(1, 3)}] Failed authentication with /{g.ip()} "
            "(channelId=" f"10.40.1.{g.n(2, 9)}:9093-{g.ip()}:{g.eport()}-{g.n(0, 90)}) (Authentication failed "
            "during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512)"))),
        T("topic-created", 2, "INFO", _k("kafka.controller.KafkaController", lambda g: (
            f"[Controller {g.n(1, 3)}] New topics: [Set({g.pick(TOPICS)}-retry)], deleted topics: [HashSet()], "
            f"new partition replica assignment [Set(TopicIdReplicaAssignment({g.pick(TOPICS)}-retry,Some("
            f"{g.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}),Map()))]"))),
        T("snapshot", 3, "INFO", _k("org.apache.kafka.image.publisher.SnapshotGenerator", lambda g: (
            f"[SnapshotGenerator id={g.n(1, 3)}] Creating new KRaft snapshot file snapshot "
            f"{g.n(10**5, 10**7):020d}-{g.n(1, 90):010d} because we have replayed at least {g.n(2000, 4000)} "
            "bytes."))),
        T("throttle", 2, "INFO", _k("kafka.server.ClientQuotaManager", lambda g: (
            f"[ThrottledChannelReaper-Produce]: Throttling client-id producer-{g.n(1, 40)} for "
            f"{g.n(10, 3000)} ms"))),
    ),
    mean_gap_s=1.0,
)
# fmt: on

CRON_CMDS = ("/usr/local/bin/rotate-certs --quiet", "run-parts /etc/cron.hourly", "/opt/backup/snap.sh >/dev/null 2>&1",
             "test -x /usr/sbin/anacron || run-parts --report /etc/cron.daily")  # fmt: skip
UNIT_DESCRIPTIONS = (
    "logrotate.service - Rotate log files", "apt-daily.service - Daily apt download activities",
    "fstrim.service - Discard unused blocks on filesystems from /etc/fstab",
    "nightly-backup.service - Nightly etcd snapshot",
)  # fmt: skip


# ------------------------------------------------------------------------------------------------------ systemd journal
UNITS = ("kubelet.service", "containerd.service", "node-exporter.service", "fluent-bit.service", "nightly-backup")


def _j(unit: str, fn):  # noqa: ANN001, ANN202 - a drawer adding the syslog identifier
    return lambda g: (fn(g), {"ident": unit})


def _journal_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    ident = line.fields["ident"]
    pid = {"systemd": 1, "kernel": None}.get(ident, g.n(300, 90000))
    tag = ident if pid is None else f"{ident}[{pid}]"
    host = f"ip-10-40-{g.pick((1, 2, 3))}-{g.pick((17, 88, 143))}"
    msg = line.msg.replace("{iso}", f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}")
    return f"{ts:%Y-%m-%dT%H:%M:%S}+0000 {host} {tag}: {msg}", msg


# fmt: off
SYSTEMD = SystemSpec(
    "systemd",
    "journalctl -o short-iso on Kubernetes worker nodes (systemd 252, logind, kernel, containerd, cron)",
    _journal_header,
    (
        T("session-started", 80, "info", _j("systemd", lambda g: (
            f"Started session-{g.n(1, 9999)}.scope - Session {g.n(1, 9999)} of User {g.user()}."))),
        T("logind-new", 80, "info", _j("systemd-logind", lambda g: (
            f"New session {g.n(1, 9999)} of user {g.user()}."))),
        T("logind-removed", 75, "info", _j("systemd-logind", lambda g: f"Removed session {g.n(1, 9999)}.")),
        T("scope-deactivated", 70, "info", _j("systemd", lambda g: (
            f"session-{g.n(1, 9999)}.scope: Deactivated successfully."))),
        T("cron-cmd", 120, "info", _j("CRON", lambda g: (
            f"({g.pick(('root', 'backup', 'www-data'))}) CMD ({g.pick(CRON_CMDS)})"))),
        T("pam-cron-opened", 100, "info", _j("CRON", lambda g: (
            f"pam_unix(cron:session): session opened for user {g.pick(('root', 'backup', 'www-data'))}"
            f"(uid={g.pick((0, 34, 33))}) by (uid=0)"))),
        T("pam-cron-closed", 95, "info", _j("CRON", lambda g: (
            f"pam_unix(cron:session): session closed for user {g.pick(('root', 'backup', 'www-data'))}"))),
        T("unit-started", 40, "info", _j("systemd", lambda g: (
            f"Started {g.pick(UNIT_DESCRIPTIONS)}."))),
        T("unit-consumed", 30, "info", _j("systemd", lambda g: (
            f"{g.pick(UNITS)}: Consumed {g.dur_ms(1.2, 1):.3f}s CPU time, {g.human_size(40_000_000).upper()} "
            "memory peak."))),
        T("unit-failed", 6, "err", _j("systemd", lambda g: (
            f"{g.pick(UNITS)}: Main process exited, code=exited, status={g.pick((1, 2, 137, 143))}/"
            f"{g.pick(('FAILURE', 'INVALIDARGUMENT', 'n/a'))}"))),
        T("unit-failed-result", 6, "warning", _j("systemd", lambda g: (
            f"{g.pick(UNITS)}: Failed with result '{g.pick(('exit-code', 'timeout', 'oom-kill', 'signal'))}'."))),
        T("scheduled-restart", 5, "info", _j("systemd", lambda g: (
            f"{g.pick(UNITS)}: Scheduled restart job, restart counter is at {g.n(1, 60)}."))),
        T("oom-kill", 3, "warning", _j("kernel", lambda g: (
            f"Out of memory: Killed process {g.n(300, 90000)} ({g.pick(('java', 'node', 'python3', 'envoy'))}) "
            f"total-vm:{g.size(4_000_000)}kB, anon-rss:{g.size(2_000_000)}kB, file-rss:{g.size(20000)}kB, "
            f"shmem-rss:0kB, UID:{g.pick((0, 1000, 65532))} pgtables:{g.size(6000)}kB oom_score_adj:"
            f"{g.pick((-997, 900, 1000, 999))}"))),
        T("eni-link", 4, "info", _j("kernel", lambda g: (
            f"IPv6: ADDRCONF(NETDEV_CHANGE): eni{g.hex(11)}: link becomes ready"))),
        T("containerd-shim", 20, "info", _j("containerd", lambda g: (
            f"time=\"{{iso}}{g.n(100, 999)}Z\" level=info msg=\"shim disconnected\" id={g.hex(64)} "
            "namespace=k8s.io"))),
        T("containerd-cleanup", 12, "warning", _j("containerd", lambda g: (
            f"time=\"{{iso}}{g.n(100, 999)}Z\" level=warning msg=\"cleaning up after shim disconnected\" "
            f"id={g.hex(64)} "
            "namespace=k8s.io"))),
        T("timesync", 3, "info", _j("chronyd", lambda g: (
            f"Selected source {g.pick(('169.254.169.123', '10.40.0.2', '185.125.190.57'))}"))),
        T("journal-rotate", 1, "info", _j("systemd-journald", lambda g: (
            f"Data hash table of /var/log/journal/{g.hex(32)}/system.journal has a fill level at "
            f"{g.n(75, 76)}.{g.n(0, 9)} ({g.n(10000, 99999)} of {g.n(100000, 120000)} items, {g.size(60_000_000)} "
            "file size, 406 bytes per hash table item), suggesting rotation."))),
        T("disk-pressure", 2, "warning", _j("kernel", lambda g: (
            f"EXT4-fs warning (device nvme1n1p1): ext4_dx_add_entry:{g.n(2000, 2600)}: Directory (ino: "
            f"{g.n(10**5, 10**7)}) index full, reached max htree level :2"))),
    ),
    mean_gap_s=6.0,
)
# fmt: on

SYSTEMS_INFRA = (NGINX, HAPROXY, POSTGRES, REDIS, KAFKA, SYSTEMD)

# --------------------------------------------------------------------------------------------------------------- Envoy
CLUSTERS = ("outbound|8080||cart-svc.checkout.svc.cluster.local", "outbound|9090||pricing.checkout.svc.cluster.local",
            "outbound|5432||pg-primary.data.svc.cluster.local", "inbound|8080||", "xds-grpc")  # fmt: skip
LISTENERS = ("0.0.0.0_8080", "virtualOutbound", "10.96.0.10_53", "0.0.0.0_15090")
RESET_REASONS = ("connection termination", "connection failure", "remote reset", "overflow")


def _envoy_access(g: G) -> str:
    status = g.pick((200, 200, 200, 201, 204, 404, 503, 504, 0), (70, 4, 6, 5, 3, 2, 2, 1, 1))
    flags = {503: g.pick(("UF", "UH", "URX", "UO")), 504: "UT", 0: "DC"}.get(status, "-")
    dur = int(g.dur_ms(15, 1.3))
    req = f"{g.pick(METHODS)} {path(g)} HTTP/{g.pick(('1.1', '2'))}"
    up = "-" if flags in ("UH", "UO", "DC") else f"{g.ip('pod')}:8080"
    return (
        f'[{{ts}}] "{req}" {status} {flags} {g.size(400, 2)} {g.size(2500, 1.8)} {dur} '
        f'{max(0, dur - g.n(0, 3)) if up != "-" else "-"} "{g.ip("public")}" "{g.ua()}" "{g.uuid()}" '
        f'"{g.pick(HOSTS)}" "{up}"'
    )


def _envoy_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    if line.tid == "access":
        raw = line.msg.replace("{ts}", f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z")
        return raw, raw
    comp, src = line.fields["comp"], line.fields["src"]
    stamp = f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d}"
    return f"[{stamp}][{g.n(14, 40)}][{line.level}][{comp}] [{src}] {line.msg}", line.msg


def _e(comp: str, src: str, fn):  # noqa: ANN001, ANN202 - a drawer adding the component and source
    return lambda g: (fn(g), {"comp": comp, "src": src})


# fmt: off
ENVOY = SystemSpec(
    "envoy",
    "Envoy 1.31 sidecar: default access log format on stdout mixed with its application log",
    _envoy_header,
    (
        T("access", 300, "info", _envoy_access),
        T("cds-add", 20, "info", _e("upstream", "source/common/upstream/cds_api_helper.cc:32", lambda g: (
            f"cds: add {g.n(1, 300)} cluster(s), remove {g.n(0, 12)} cluster(s)"))),
        T("cds-updated", 20, "info", _e("upstream", "source/common/upstream/cds_api_helper.cc:71", lambda g: (
            f"cds: added/updated {g.n(0, 20)} cluster(s), skipped {g.n(0, 300)} unmodified cluster(s)"))),
        T("lds-update", 10, "info", _e("upstream", "source/common/listener_manager/lds_api.cc:99", lambda g: (
            f"lds: add/update listener '{g.pick(LISTENERS)}'"
        ))),
        T("xds-closed", 25, "warning", _e("config", "./source/extensions/config_subscription/grpc/grpc_stream.h:191",
            lambda g: f"StreamAggregatedResources gRPC config stream to xds-grpc closed since {g.n(30, 3000)}s ago: "
            f"{g.pick((13, 14, 0))}, ")),
        T("xds-rejected", 3, "warning", _e("config", "./source/extensions/config_subscription/grpc/grpc_mux_impl.cc:"
                                                     "241", lambda g: (
            "gRPC config for type.googleapis.com/envoy.config.cluster.v3.Cluster rejected: Error adding/updating "
            f"cluster(s) {g.pick(CLUSTERS)}: LOGICAL_DNS clusters must have a single locality_lb_endpoint and a "
            "single lb_endpoint"))),
        T("dns-changed", 15, "debug", _e("upstream", "source/extensions/clusters/strict_dns/strict_dns_cluster.cc:184",
            lambda g: f"DNS hosts have changed for {g.pick(CLUSTERS).split('||')[-1] or 'cart-svc'}")),
        T("upstream-reset", 40, "debug", _e("router", "source/common/router/router.cc:1328", lambda g: (
            f"[Tags: \"ConnectionId\":\"{g.n(1, 99999)}\",\"StreamId\":\"{g.n(10**17, 10**19)}\"] upstream reset: "
            f"reset reason: {g.pick(RESET_REASONS)}, transport failure reason: "))),
        T("new-connection", 30, "debug", _e("conn_handler", "source/common/listener_manager/active_tcp_listener.cc:160",
            lambda g: f"[Tags: \"ConnectionId\":\"{g.n(1, 99999)}\"] new connection from {g.ip()}:{g.eport()}")),
        T("remote-close", 30, "debug", _e("connection", "source/common/network/connection_impl.cc:714", lambda g: (
            f"[Tags: \"ConnectionId\":\"{g.n(1, 99999)}\"] remote close"))),
        T("ready", 1, "info", _e("main", "source/server/server.cc:978", lambda g: "starting main dispatch loop")),
        T("all-clusters", 1, "info", _e("upstream", "source/common/upstream/cluster_manager_impl.cc:244", lambda g: (
            "cm init: all clusters initialized"))),
        T("epoch", 1, "info", _e("main", "source/server/server.cc:451", lambda g: (
            f"initializing epoch 0 (base id=0, hot restart version=11.{g.pick((104, 120))})"))),
        T("sigterm", 1, "warning", _e("main", "source/server/server.cc:921", lambda g: "caught ENVOY_SIGTERM")),
        T("drain", 2, "info", _e("main", "source/server/drain_manager_impl.cc:208", lambda g: (
            "shutting down parent after drain"))),
        T("overload", 2, "warning", _e("main", "source/server/overload_manager_impl.cc:595", lambda g: (
            f"Overload action envoy.overload_actions.shrink_heap became active (pressure {g.n(90, 99)}.{g.n(0, 9)}%)"
        ))),
        T("health-fail", 6, "warning", _e("hc", "source/common/upstream/health_checker_impl.cc:383", lambda g: (
            f"health check failure for {g.pick(CLUSTERS)} host {g.ip('pod')}:8080: "
            f"{g.pick(('503', 'connection refused', 'timeout'))}"))),
    ),
    mean_gap_s=0.3,
)
# fmt: on

# ------------------------------------------------------------------------------------------------------- Elasticsearch
ES_NODES = ("es-master-0", "es-data-0", "es-data-1", "es-data-2")
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _index(g: G) -> str:
    return f"{g.pick(('logs-app', 'logs-nginx', 'metrics-k8s', '.ds-traces'))}-2026.11.{g.n(1, 28):02d}"


def _es_node(g: G) -> str:
    name = g.pick(ES_NODES[1:])
    ip = f"10.40.3.{ES_NODES.index(name) + 10}"
    return f"{{{name}}}{{{g.alnum(22, B64)}}}{{{g.alnum(22, B64)}}}{{{ip}}}{{{ip}:9300}}{{dimr}}"


def _es_header(g: G, ts: datetime, line: Line) -> tuple[str, str]:
    stamp = f"{ts:%Y-%m-%dT%H:%M:%S},{ts.microsecond // 1000:03d}"
    level = f"{line.level.upper():5}"
    return f"[{stamp}][{level}][{line.fields['logger']:<25}] [{line.fields['node']}] {line.msg}", line.msg


def _es(logger: str, fn, master: bool = False):  # noqa: ANN001, ANN202
    return lambda g: (fn(g), {"logger": logger, "node": ES_NODES[0] if master else g.pick(ES_NODES[1:])})


ES_QUERIES = (
    '{"size":0,"query":{"bool":{"filter":[{"range":{"@timestamp":{"gte":"now-15m"}}}]}},"aggs":{"by_svc":'
    '{"terms":{"field":"service.name","size":10}}}}',
    '{"size":500,"query":{"match":{"message":{"query":"timeout","operator":"OR"}}},"sort":[{"@timestamp":'
    '{"order":"desc"}}]}',
    '{"query":{"term":{"trace.id":{"value":"TRACE"}}}}',
)  # fmt: skip

# fmt: off
ELASTICSEARCH = SystemSpec(
    "elasticsearch",
    "Elasticsearch 7.17 plain-text server log of a 4-node logging cluster (master + 3 data nodes), slow log on",
    _es_header,
    (
        T("gc-overhead", 120, "info", _es("o.e.m.j.JvmGcMonitorService", lambda g: (
            f"[gc][{g.n(1000, 900000)}] overhead, spent [{g.n(250, 900)}ms] collecting in the last [1s]"))),
        T("update-mapping", 80, "info", _es("o.e.c.m.MetadataMappingService", lambda g: (
            f"[{_index(g)}/{g.alnum(22, B64)}] update_mapping [_doc]"), master=True)),
        T("create-index", 25, "info", _es("o.e.c.m.MetadataCreateIndexService", lambda g: (
            f"[{_index(g)}] creating index, cause [auto(bulk api)], templates [{g.pick(('logs', 'metrics'))}], "
            f"shards [{g.pick((1, 3))}]/[1]"), master=True)),
        T("health-change", 25, "info", _es("o.e.c.r.a.AllocationService", lambda g: (
            lambda idx: f"Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[{idx}]"
            f"[{g.n(0, 2)}]]]).")(_index(g)), master=True)),
        T("low-watermark", 30, "info", _es("o.e.c.r.a.DiskThresholdMonitor", lambda g: (
            f"low disk watermark [85%] exceeded on [{g.alnum(22, B64)}][{g.pick(ES_NODES[1:])}]"
            f"[/usr/share/elasticsearch/data/nodes/0] free: {g.n(20, 60)}.{g.n(0, 9)}gb[{g.n(10, 14)}.{g.n(0, 9)}%], "
            "replicas will not be assigned to this node"), master=True)),
        T("high-watermark", 6, "warn", _es("o.e.c.r.a.DiskThresholdMonitor", lambda g: (
            f"high disk watermark [90%] exceeded on [{g.alnum(22, B64)}][{g.pick(ES_NODES[1:])}]"
            f"[/usr/share/elasticsearch/data/nodes/0] free: {g.n(10, 20)}.{g.n(0, 9)}gb[{g.n(5, 9)}.{g.n(0, 9)}%], "
            f"shards will be relocated away from this node; currently relocating away shards totalling "
            f"[{g.n(0, 90)}gb]; currently relocating onto shards totalling [0b]"), master=True)),
        T("slowlog", 60, "warn", _es("i.s.s.query", lambda g: (
            f"[{_index(g)}][{g.n(0, 2)}] took[{g.n(1, 9)}.{g.n(0, 9)}s], took_millis[{g.n(1000, 9999)}], total_hits"
            f"[{g.size(20000, 2)} hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards["
            f"{g.pick((3, 9, 30))}], source[{g.pick(ES_QUERIES).replace('TRACE', g.hex(32))}], "
            f"id[{g.pick(('', 'kibana'))}],"
        ))),
        T("bulk-rejected", 8, "warn", _es("o.e.a.b.TransportShardBulkAction", lambda g: (
            f"[{_index(g)}][{g.n(0, 2)}] failed to execute bulk item (index) index {{[{_index(g)}][_doc]"
            f"[{g.alnum(20, B64)}], source[n/a, actual length: [{g.n(2, 40)}kb], max length: 2kb]}}"))),
        T("ilm-retry", 6, "info", _es("o.e.x.i.IndexLifecycleRunner", lambda g: (
            f"policy [logs-30d] for index [{_index(g)}] on an error step due to a transient error, moving back to "
            f"the failed step [check-rollover-ready] for execution. retry attempt [{g.n(1, 40)}]"), master=True)),
        T("delete-index", 8, "info", _es("o.e.c.m.MetadataDeleteIndexService", lambda g: (
            f"[{_index(g)}/{g.alnum(22, B64)}] deleting index"), master=True)),
        T("node-join", 2, "info", _es("o.e.c.s.MasterService", lambda g: (
            lambda node: f"node-join[{node} join existing leader], term: {g.n(5, 30)}, version: "
            f"{g.n(1000, 90000)}, delta: added {{{node}}}")(_es_node(g)), master=True)),
        T("node-left", 2, "info", _es("o.e.c.s.MasterService", lambda g: (
            lambda node: f"node-left[{node} reason: disconnected], term: {g.n(5, 30)}, version: {g.n(1000, 90000)}, "
            f"delta: removed {{{node}}}")(_es_node(g)), master=True)),
        T("transport-exc", 5, "warn", _es("o.e.t.TcpTransport", lambda g: (
            f"exception caught on transport layer [Netty4TcpChannel{{localAddress=/10.40.3.{g.n(10, 13)}:9300, "
            f"remoteAddress=/{g.ip()}:{g.eport()}, profile=default}}], closing connection"))),
        T("fs-health", 4, "warn", _es("o.e.m.f.FsHealthService", lambda g: (
            f"health check of [/usr/share/elasticsearch/data/nodes/0] took [{g.n(5001, 20000)}ms] which is above the "
            "warn threshold of [5s]"))),
        T("snapshot-start", 2, "info", _es("o.e.s.SnapshotsService", lambda g: (
            f"snapshot [s3_backup:nightly-2026.11.{g.n(1, 28):02d}-{g.alnum(22, B64).lower()}/{g.alnum(22, B64)}] "
            "started"), master=True)),
        T("snapshot-done", 2, "info", _es("o.e.s.SnapshotsService", lambda g: (
            f"snapshot [s3_backup:nightly-2026.11.{g.n(1, 28):02d}-{g.alnum(22, B64).lower()}/{g.alnum(22, B64)}] "
            "completed with state [SUCCESS]"), master=True)),
        T("deprecation", 10, "warn", _es("o.e.d.r.RestController", lambda g: (
            f"Legacy index templates are deprecated in favor of composable templates. (request from "
            f"{g.pick(('fluent-bit', 'filebeat-7.17.9', 'curator'))})"))),
    ),
    mean_gap_s=2.0,
)
# fmt: on

SYSTEMS_INFRA = (*SYSTEMS_INFRA, ENVOY, ELASTICSEARCH)
