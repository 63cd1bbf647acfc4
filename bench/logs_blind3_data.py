# ruff: noqa: E501 - template tables hold log lines as long as the real ones
"""Third blind log set, data and identity services: the ClickHouse server log, Grafana (logfmt) and Keycloak
(Quarkus console format, with its event logger). One template per log statement; for Keycloak's event logger, one
per event type (each type writes its own set of fields)."""

from __future__ import annotations

from logs_blind3_kit import Kit, Line, Tpl, build, logfmt

__all__ = ["make_clickhouse", "make_grafana", "make_keycloak"]


# -- ClickHouse ----------------------------------------------------------------------------------------------------

TABLES = [("analytics.events", "b1e7c0a4-2f61-4d8e-9a55-0c4f6e2d9b31"), ("analytics.sessions_daily",
          "4c0a9e12-7d3b-4f0e-8c21-5a6b7e8f9d02"), ("billing.usage_raw", "e9f3d2c1-0b4a-4e5f-9d6c-7b8a9c0d1e2f"),
          ("system.query_log", "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")]  # fmt: skip
QUERIES = [
    "SELECT toStartOfHour(ts) AS h, count() FROM analytics.events WHERE tenant_id = {t} AND ts >= now() - INTERVAL 1 DAY "
    "GROUP BY h ORDER BY h",
    "INSERT INTO analytics.events (ts, tenant_id, kind, payload) FORMAT RowBinary",
    "SELECT uniqExact(user_id) FROM analytics.sessions_daily WHERE day = today() - 1 AND tenant_id = {t}",
    "SELECT 1",
    "INSERT INTO billing.usage_raw FORMAT JSONEachRow",
    "SELECT sum(units), sku FROM billing.usage_raw WHERE account_id = '{a}' AND month = '2026-11' GROUP BY sku",
    "SHOW TABLES FROM analytics",
    "SELECT name, value FROM system.settings WHERE changed",
]


def make_clickhouse(lines: int) -> list[Line]:
    def ch(k: Kit, level: str, logger: str, msg: str, query: bool = True) -> tuple[str, str]:
        stamp = k.now.strftime("%Y.%m.%d %H:%M:%S.%f")
        qid = "{" + (k.uuid() if query else "") + "}"
        return f"{stamp} [ {k.n(40, 900)} ] {qid} <{level}> {logger}: {msg}", msg

    def table(k: Kit, part: str = "") -> str:
        name, uid = k.skew(TABLES)
        return f"{name} ({uid})" + (f" ({part})" if part else "")

    def sql(k: Kit) -> str:
        return k.skew(QUERIES).format(t=k.n(1, 400), a=f"ACC-{k.n(10000, 99999)}")

    def part(k: Kit) -> str:
        a = k.n(1, 4000)
        return f"202611_{a}_{a + k.n(0, 30)}_{k.n(0, 4)}"

    def rate(k: Kit) -> str:
        return f"{k.n(1000, 9_000_000)} rows/sec., {k.f(0.1, 800, 2)} MiB/sec."

    t: list[Tpl] = [
        ("execute-query", 14, lambda k: ch(k, "Debug", "executeQuery", f"(from {k.ip('10.8')}:{k.port()}, user: "
                                           f"{k.skew(['etl', 'grafana', 'default', 'billing_ro'])}) {sql(k)} "
                                           "(stage: Complete)")),
        ("read-rows", 11, lambda k: ch(k, "Information", "executeQuery", f"Read {k.n(1, 90_000_000)} rows, "
                                       f"{k.f(0.01, 900, 2)} {k.one(['KiB', 'MiB', 'GiB'])} in {k.f(0.001, 9, 6)} sec., "
                                       f"{rate(k)}")),
        ("peak-memory", 10, lambda k: ch(k, "Debug", "MemoryTracker", f"Peak memory usage (for query): "
                                         f"{k.f(0.01, 900, 2)} {k.one(['KiB', 'MiB', 'GiB'])}.")),
        ("processed-in", 10, lambda k: ch(k, "Debug", "TCPHandler", f"Processed in {k.f(0.0005, 9, 6)} sec.")),
        ("access-granted", 8, lambda k: ch(k, "Trace", f"ContextAccess ({k.skew(['etl', 'grafana', 'default'])})",
                                           "Access granted: SELECT(" + ", ".join(k.rng.sample(
                                               ["ts", "tenant_id", "kind", "user_id", "units", "sku", "day"], k.n(1, 4)))
                                           + f") ON {k.skew(TABLES)[0]}")),
        ("key-condition", 5, lambda k: ch(k, "Debug", table(k, "SelectExecutor"), "Key condition: " + k.one([
            "(column 0 in [" + str(k.n(1, 400)) + ", " + str(k.n(1, 400)) + "])",
            "and((column 0 in [" + str(k.n(1, 400)) + ", " + str(k.n(1, 400)) + "]), (column 1 in ["
            + str(int(k.now.timestamp()) - 86400) + ", +Inf)))", "unknown"]))),
        ("selected-parts", 5, lambda k: ch(k, "Debug", table(k, "SelectExecutor"), f"Selected {k.n(1, 12)}/"
                                           f"{(p := k.n(12, 300))} parts by partition key, {k.n(1, 12)} parts by primary "
                                           f"key, {k.n(1, 900)}/{p * k.n(20, 90)} marks by primary key, {k.n(1, 900)} "
                                           f"marks to read from {k.n(1, 40)} ranges")),
        ("merger-selected", 4, lambda k: ch(k, "Trace", table(k, "MergerMutator"), f"Selected {k.n(2, 10)} parts from "
                                            f"{part(k)} to {part(k)}", False)),
        ("merging", 3.5, lambda k: ch(k, "Debug", table(k, "MergeTask::PrepareStage"), f"Merging {k.n(2, 10)} parts: "
                                      f"from {part(k)} to {part(k)} into {k.one(['Compact', 'Wide'])} with storage "
                                      "Full", False)),
        ("merge-sorted", 3.5, lambda k: ch(k, "Debug", table(k, "MergeTask::MergeProjectionsStage"), f"Merge sorted "
                                           f"{k.n(1000, 9_000_000)} rows, containing {(c := k.n(4, 30))} columns "
                                           f"({c} merged, 0 gathered) in {k.f(0.01, 30, 6)} sec., {rate(k)}", False)),
        ("renaming", 3.5, lambda k: ch(k, "Trace", table(k), f"Renaming temporary part tmp_merge_{part(k)} to "
                                       f"{part(k)} with tid (1, 1, 00000000-0000-0000-0000-000000000000).", False)),
        ("removing-parts", 2, lambda k: ch(k, "Debug", table(k), f"Removing {(n := k.n(1, 5))} parts from filesystem "
                                           f"(serially): Parts: [{', '.join(part(k) for _ in range(n))}]", False)),
        ("flushing", 3, lambda k: ch(k, "Trace", f"SystemLog ({k.skew(['system.query_log', 'system.part_log', 'system.trace_log', 'system.metric_log'])})",
                                     f"Flushing system log, {k.n(1, 4000)} entries to flush up to offset "
                                     f"{k.n(10000, 999999)}", False)),
        ("flushed", 3, lambda k: ch(k, "Trace", f"SystemLog ({k.skew(['system.query_log', 'system.part_log', 'system.trace_log', 'system.metric_log'])})",
                                    f"Flushed system log up to offset {k.n(10000, 999999)}", False)),
        ("dns-updating", 1, lambda k: ch(k, "Debug", "DNSResolver", "Updating DNS cache", False)),
        ("dns-updated", 1, lambda k: ch(k, "Debug", "DNSResolver", "Updated DNS cache", False)),
        ("http-request", 2, lambda k: ch(k, "Debug", "HTTPHandler-factory", f"HTTP Request for HTTPHandler-factory. "
                                         f"Method: POST, Address: {k.ip('10.8')}:{k.port()}, User-Agent: "
                                         f"{k.one(['clickhouse-go/2.17.1 (lv:go/1.21.5; os:linux)', 'Grafana', '(none)'])}"
                                         f", Length: {k.n(40, 90000)}, Content Type: text/plain; charset=UTF-8, "
                                         "Transfer Encoding: identity, X-Forwarded-For: (none)")),
        ("client-dropped", 0.6, lambda k: ch(k, "Information", "TCPHandler", "Client has dropped the connection, "
                                             "cancel the query.")),
        ("unknown-table", 0.6, lambda k: ch(k, "Error", "executeQuery", "Code: 60. DB::Exception: Table "
                                            f"{k.one(['analytics.event', 'billing.usage', 'analytcs.events'])} doesn't "
                                            "exist. (UNKNOWN_TABLE) (version 23.8.8.20 (official build)) (from "
                                            f"{k.ip('10.8')}:{k.port()}) (in query: SELECT count() FROM ...)")),
        ("memory-limit", 0.5, lambda k: ch(k, "Error", "TCPHandler", "Code: 241. DB::Exception: Memory limit (for "
                                           f"query) exceeded: would use {k.f(9.3, 9.4, 2)} GiB (attempt to allocate "
                                           f"chunk of {k.one([4194304, 8388608, 1048576])} bytes), maximum: 9.31 GiB.: "
                                           "While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED)")),
        ("too-many-parts", 0.3, lambda k: ch(k, "Warning", table(k), f"Delaying inserting block by {k.n(10, 900)} ms. "
                                             f"because there are {k.n(150, 299)} parts and their average size is "
                                             f"{k.f(1, 900, 2)} KiB")),
        ("ready", 0.1, lambda k: ch(k, "Information", "Application", "Ready for connections.", False)),
    ]  # fmt: skip
    return build("clickhouse", t, lines, 0.3)


# -- Grafana -------------------------------------------------------------------------------------------------------

PATHS = [("/api/live/ws", "/api/live/ws"), ("/api/ds/query", "/api/ds/query"), ("/api/health", "/api/health"),
         ("/api/dashboards/uid/{u}", "/api/dashboards/uid/:uid"), ("/api/search", "/api/search"),
         ("/api/annotations", "/api/annotations"), ("/api/user/auth-tokens/rotate", "/api/user/auth-tokens/rotate"),
         ("/d/{u}/k8s-cluster-overview", "/d/:uid/:slug"), ("/public/build/runtime.7f3c2a.js", "/public/")]  # fmt: skip
USERS = [
    ("0", "0", ""),
    ("3", "1", "j.meyer"),
    ("7", "1", "svc-reporting"),
    ("12", "2", "ana.lopez"),
    ("1", "1", "admin"),
    ("25", "1", "t.nguyen"),
]


def make_grafana(lines: int) -> list[Line]:
    def gf(k: Kit, lead: dict[str, object], level: str, msg: str, **fields: object) -> tuple[str, str]:
        stamp = k.now.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{k.n(0, 999):03d}Z"
        head = logfmt({**lead, "t": stamp, "level": level, "msg": msg}, empty="")
        tail = logfmt(fields, empty="")
        return f"{head} {tail}".rstrip(), f"{msg} {tail}".rstrip()

    def ctx(k: Kit) -> dict[str, object]:
        uid, org, name = k.skew(USERS)
        return {"logger": "context", "userId": uid, "orgId": org, "uname": name}

    def completed(k: Kit) -> tuple[str, str]:
        path, handler = k.skew(PATHS)
        status = k.skew([200, 200, 304, -1, 401, 404, 500, 502]) if handler != "/api/live/ws" else -1
        ms = int(k.lognorm(12, 1.3))
        return gf(
            k,
            ctx(k),
            "info" if status < 500 else "error",
            "Request Completed",
            method=k.one(["GET", "GET", "POST"]),
            path=path.format(u=k.alnum(9)),
            status=status,
            remote_addr=k.ip("10.12"),
            time_ms=ms,
            duration=f"{ms + k.rng.random():.6f}ms",
            size=k.n(0, 90000),
            referer="",
            handler=handler,
            status_source=k.one(["server", "downstream"]),
        )

    def rule(k: Kit) -> dict[str, object]:
        return {
            "logger": "ngalert.scheduler",
            "rule_uid": k.one(["d8f1c2a9", "b7e40aa1", "c1f9e2b3", "aa02fe77"]),
            "org_id": 1,
            "version": k.n(2, 9),
        }

    t: list[Tpl] = [
        ("request-completed", 30, completed),
        ("ds-query", 8, lambda k: gf(k, {"logger": "tsdb.loki", "endpoint": "queryData", "pluginId": "loki",
                                         "dsName": "Loki-prod", "dsUID": "P8E80F9AEF21F6940", "uname": k.skew(USERS)[2],
                                         "fromAlert": k.one([True, False])}, "info", "Response received from loki",
                                     duration=f"{k.f(5, 900, 6)}ms", stage="databaseRequest",
                                     statusCode=k.skew([200, 200, 400, 504]), contentLength=k.n(100, 900000),
                                     start=k.now.strftime("%Y-%m-%dT%H:%M:%SZ"), end=k.now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                     step="15s", query=k.one(['{app="checkout"} |= "error"',
                                                              'sum(rate({namespace="shop"}[5m])) by (app)',
                                                              '{job="nginx"} | json | status >= 500']),
                                     queryType="range", direction="backward", maxLines=1000,
                                     supportingQueryType="none", lokiHost="loki-gateway.monitoring:80",
                                     lokiPath="/loki/api/v1/query_range", status="ok")),
        ("lookup-session", 6, lambda k: gf(k, {"logger": "context", "userId": 0, "orgId": 0, "uname": ""}, "warn",
                                           "failed to look up session from cookie", error="user token not found")),
        ("authn-failed", 5, lambda k: gf(k, {"logger": "authn.service"}, "warn", "Failed to authenticate request",
                                         client=k.one(["auth.client.session", "auth.client.api-key", "auth.client.basic"]),
                                         error=k.one(["user token not found", "[password-auth.failed] failed to "
                                                      "authenticate identity: [identity.not-found] no user found",
                                                      "[api-key.invalid] API key is expired"]))),
        ("rule-eval-failed", 4, lambda k: gf(k, {**rule(k), "attempt": k.n(0, 2), "now": k.now.strftime(
            "%Y-%m-%dT%H:%M:%SZ")}, "error", "Failed to evaluate rule", error=k.one([
                "failed to execute query A: context deadline exceeded",
                "failed to execute query B: Post \"http://mimir-query-frontend:8080/prometheus/api/v1/query\": "
                "dial tcp 10.43.1.7:8080: connect: connection refused"]), duration=f"{k.f(0.1, 30, 6)}s")),
        ("stale-state", 4, lambda k: gf(k, {"logger": "ngalert.state.manager", "rule_uid": k.hex(8), "org_id": 1},
                                        "info", "Detected stale state entry", cacheID=f"[[\"__alert_rule_namespace_"
                                        f"uid__\",\"{k.alnum(9)}\"]]", state=k.one(["Normal", "Alerting"]),
                                        reason="")),
        ("sending-alerts", 4, lambda k: gf(k, {"logger": "ngalert.sender.router", "rule_uid": k.hex(8), "org_id": 1},
                                           "info", "Sending alerts to local notifier", count=k.skew([1, 2, 3, 7]))),
        ("notify-failed", 2, lambda k: gf(k, {"logger": "ngalert.notifier.alertmanager", "org": 1}, "error",
                                          "Notify for alerts failed", component="dispatcher",
                                          num_alerts=k.n(1, 6), err=k.one([
                                              "team-ops-slack/slack[0]: notify retry canceled due to unrecoverable "
                                              "error after 1 attempts: channel \"#ops-alerts\": unexpected status code "
                                              "404: channel_not_found",
                                              "pager-oncall/webhook[0]: notify retry canceled after 4 attempts: Post "
                                              "\"<redacted>\": context deadline exceeded"]))),
        ("cleanup", 2, lambda k: gf(k, {"logger": "cleanup"}, "info", "Completed cleanup jobs",
                                    duration=f"{k.f(3, 90, 6)}ms")),
        ("update-check", 1.5, lambda k: gf(k, {"logger": k.one(["plugins.update.checker", "grafana-apiserver"])},
                                           "info", "Update check succeeded", duration=f"{k.f(40, 900, 6)}ms")),
        ("provisioning-failed", 1.2, lambda k: gf(k, {"logger": "provisioning.dashboard", "type": "file",
                                                      "name": "k8s-dashboards"}, "error", "failed to save dashboard",
                                                  file=f"/var/lib/grafana/dashboards/{k.one(['k8s-nodes', 'kafka-lag', 'ingress'])}.json",
                                                  error="Dashboard not found")),
        ("live-channel", 1.5, lambda k: gf(k, {"logger": "live"}, "info", "Initialized channel handler",
                                           channel=(c := f"grafana/dashboard/uid/{k.alnum(9)}"), address=c)),
        ("usage-stats", 0.4, lambda k: gf(k, {"logger": "infra.usagestats"}, "info", "Usage stats are ready to report")),
        ("migrations", 0.15, lambda k: gf(k, {"logger": "migrator"}, "info", "migrations completed", performed=0,
                                          skipped=k.one([598, 601]), duration=f"{k.f(1, 9, 6)}ms")),
        ("db-connect", 0.15, lambda k: gf(k, {"logger": "sqlstore"}, "info", "Connecting to DB", dbtype="postgres")),
        ("listen", 0.15, lambda k: gf(k, {"logger": "http.server"}, "info", "HTTP Server Listen", address="[::]:3000",
                                      protocol="http", subUrl="", socket="")),
        ("plugin-registered", 0.4, lambda k: gf(k, {"logger": "plugin.loader"}, "info", "Plugin registered",
                                                pluginId=k.one(["grafana-piechart-panel", "redis-datasource",
                                                                "marcusolsson-json-datasource", "yesoreyeram-infinity-datasource"]))),
        ("state-cache", 0.15, lambda k: gf(k, {"logger": "ngalert.state.manager"}, "info",
                                           "State cache has been initialized", states=k.n(40, 400),
                                           duration=f"{k.f(10, 90, 6)}ms")),
    ]  # fmt: skip
    return build("grafana", t, lines, 1.0)


# -- Keycloak ------------------------------------------------------------------------------------------------------

REALMS = ["3b9a1f0e-6a7c-4c1d-8f20-5e4d3c2b1a09", "master", "partners"]
CLIENTS = ["portal-web", "mobile-app", "grafana", "svc-billing", "account-console", "argo-ui"]
KC_USERS = ["jdoe", "m.schneider", "lucia.garcia", "p.dubois", "svc-ci", "a.kowalski", "nguyen.van.an"]


def make_keycloak(lines: int) -> list[Line]:
    def kc(k: Kit, level: str, logger: str, thread: str, msg: str) -> tuple[str, str]:
        stamp = k.now.strftime("%Y-%m-%d %H:%M:%S,") + f"{k.now.microsecond // 1000:03d}"
        return f"{stamp} {level:<5} [{logger}] ({thread}) {msg}", msg

    def ex(k: Kit) -> str:
        return f"executor-thread-{k.n(1, 64)}"

    def event(k: Kit, level: str, typ: str, *tail: tuple[str, object], user: bool = True) -> tuple[str, str]:
        fields = [
            ("type", typ),
            ("realmId", k.skew(REALMS)),
            ("clientId", k.skew(CLIENTS)),
            ("userId", k.uuid() if user else "null"),
            ("ipAddress", k.ip(k.one(["10.12", "172.16", "88.130"]))),
        ]
        msg = ", ".join(f"{a}={b}" for a, b in (*fields, *tail))
        return kc(k, level, "org.keycloak.events", ex(k), msg)

    def redirect(k: Kit) -> str:
        return k.one(
            [
                "https://portal.example-corp.de/callback",
                "https://grafana.int.example-corp.de/login/generic_oauth",
                "com.examplecorp.app://oauth2redirect",
                "https://argo.int.example-corp.de/auth/callback",
            ]
        )

    t: list[Tpl] = [
        ("ev-login", 16, lambda k: event(k, "DEBUG", "LOGIN", ("auth_method", "openid-connect"), ("auth_type", "code"),
                                         ("response_type", "code"), ("redirect_uri", redirect(k)),
                                         ("consent", "no_consent_required"), ("code_id", k.uuid()),
                                         ("username", k.skew(KC_USERS)), ("response_mode", k.one(["query", "fragment"])),
                                         ("authSessionParentId", k.uuid()), ("authSessionTabId", k.alnum(11)))),
        ("ev-code-to-token", 14, lambda k: event(k, "DEBUG", "CODE_TO_TOKEN", ("token_id", k.uuid()),
                                                 ("grant_type", "authorization_code"), ("refresh_token_type", "Refresh"),
                                                 ("scope", k.one(["openid profile email", "openid email"])),
                                                 ("refresh_token_id", k.uuid()), ("code_id", k.uuid()),
                                                 ("client_auth_method", "client-secret"))),
        ("ev-refresh", 18, lambda k: event(k, "DEBUG", "REFRESH_TOKEN", ("token_id", k.uuid()),
                                           ("grant_type", "refresh_token"), ("refresh_token_type", "Refresh"),
                                           ("scope", "openid profile email"), ("refresh_token_id", k.uuid()),
                                           ("updated_refresh_token_id", k.uuid()), ("client_auth_method", "client-secret"))),
        ("ev-login-error", 9, lambda k: event(k, "WARN", "LOGIN_ERROR", ("error", k.skew(["invalid_user_credentials",
                                                                                          "user_not_found",
                                                                                          "user_temporarily_disabled"])),
                                              ("auth_method", "openid-connect"), ("auth_type", "code"),
                                              ("redirect_uri", redirect(k)), ("code_id", k.uuid()),
                                              ("username", k.skew(KC_USERS + ["admin", "test", "root"])),
                                              ("authSessionParentId", k.uuid()), ("authSessionTabId", k.alnum(11)),
                                              user=False)),
        ("ev-refresh-error", 6, lambda k: event(k, "WARN", "REFRESH_TOKEN_ERROR", ("error", k.one(["invalid_token",
                                                                                                  "session_expired"])),
                                                ("grant_type", "refresh_token"), ("client_auth_method", "client-secret"),
                                                user=False)),
        ("ev-client-login", 7, lambda k: event(k, "DEBUG", "CLIENT_LOGIN", ("token_id", k.uuid()),
                                               ("grant_type", "client_credentials"), ("scope", "profile email"),
                                               ("client_auth_method", "client-secret"),
                                               ("username", f"service-account-{k.one(['svc-billing', 'svc-ci'])}"))),
        ("ev-logout", 4, lambda k: event(k, "DEBUG", "LOGOUT", ("redirect_uri", redirect(k)))),
        ("ev-code-error", 2, lambda k: event(k, "WARN", "CODE_TO_TOKEN_ERROR", ("error", "invalid_code"),
                                             ("grant_type", "authorization_code"), ("code_id", k.uuid()),
                                             ("client_auth_method", "client-secret"), user=False)),
        ("failed-auth", 3, lambda k: kc(k, "WARN", "org.keycloak.services", ex(k), "KC-SERVICES0013: Failed "
                                        "authentication: org.keycloak.authentication.AuthenticationFlowException")),
        ("blocked-thread", 2, lambda k: kc(k, "WARN", "io.vertx.core.impl.BlockedThreadChecker",
                                           "vertx-blocked-thread-checker", f"Thread Thread[vert.x-eventloop-thread-"
                                           f"{k.n(0, 3)},5,main] has been blocked for {k.n(2001, 9000)} ms, time limit "
                                           "is 2000 ms")),
        ("not-logged-out", 1.5, lambda k: kc(k, "WARN", "org.keycloak.services.managers.AuthenticationManager", ex(k),
                                             f"Some clients have been not been logged out for user {k.skew(KC_USERS)} "
                                             f"in {k.skew(REALMS[1:])} realm: {k.skew(CLIENTS)}")),
        ("ldap-sync", 1, lambda k: kc(k, "INFO", "org.keycloak.storage.ldap.LDAPStorageProviderFactory", "Timer-0",
                                      "Sync changed users from LDAP to local store: realm: partners, federation "
                                      f"provider: {k.one(['corp-ad', 'partner-ldap'])}, last sync time: "
                                      f"{k.now.strftime('%a %b %d %H:%M:%S UTC %Y')}")),
        ("ldap-done", 1, lambda k: kc(k, "INFO", "org.keycloak.storage.ldap.LDAPStorageProviderFactory", "Timer-0",
                                      f"Sync changed users finished: {k.n(0, 4)} imported users, {k.n(0, 40)} updated "
                                      f"users, {k.n(0, 2)} removed users")),
        ("uncaught", 0.8, lambda k: kc(k, "ERROR", "org.keycloak.services.error.KeycloakErrorHandler", ex(k),
                                       "Uncaught server error: " + k.one([
                                           "java.lang.NullPointerException: Cannot invoke \"org.keycloak.models."
                                           "UserModel.getId()\" because \"user\" is null",
                                           "org.keycloak.models.ModelDuplicateException: Duplicate resource error",
                                           "jakarta.ws.rs.ProcessingException: RESTEASY004655: Unable to invoke request: "
                                           "java.net.SocketTimeoutException: Read timed out"]))),
        ("mail-failed", 0.6, lambda k: kc(k, "ERROR", "org.keycloak.services", ex(k), "KC-SERVICES0029: Failed to send "
                                          "email: org.keycloak.email.EmailException: Error when attempting to send the "
                                          "email to the server. More information is available in the server log.")),
        ("cluster-view", 0.5, lambda k: kc(k, "INFO", "org.infinispan.CLUSTER", f"jgroups-{k.n(4, 12)},keycloak-1-{k.n(10000, 60000)}",
                                           f"ISPN000094: Received new cluster view for channel ISPN: [keycloak-0-"
                                           f"{k.n(10000, 60000)}|{k.n(2, 14)}] ({(m := k.n(2, 3))}) [" + ", ".join(
                                               f"keycloak-{i}-{k.n(10000, 60000)}" for i in range(m)) + "]")),
        ("node-joined", 0.3, lambda k: kc(k, "INFO", "org.infinispan.CLUSTER", f"jgroups-{k.n(4, 12)},keycloak-0-41233",
                                          f"ISPN100000: Node keycloak-{k.n(1, 2)}-{k.n(10000, 60000)} joined the cluster")),
        ("node-left", 0.3, lambda k: kc(k, "INFO", "org.infinispan.CLUSTER", f"jgroups-{k.n(4, 12)},keycloak-0-41233",
                                        f"ISPN100001: Node keycloak-{k.n(1, 2)}-{k.n(10000, 60000)} left the cluster")),
        ("non-secure", 0.4, lambda k: kc(k, "WARN", "org.keycloak.cookie.DefaultCookieProvider", ex(k), "Non-secure "
                                         "context detected; cookies are not secured, and will not be available in "
                                         "cross-origin POST requests")),
        ("started", 0.12, lambda k: kc(k, "INFO", "io.quarkus", "main", "Keycloak 24.0.5 on JVM (powered by Quarkus "
                                       f"3.8.4) started in {k.f(9, 30, 3)}s. Listening on: http://0.0.0.0:8080. "
                                       "Management interface listening on http://0.0.0.0:9000.")),
        ("profile", 0.12, lambda k: kc(k, "INFO", "io.quarkus", "main", "Profile prod activated.")),
    ]  # fmt: skip
    return build("keycloak", t, lines, 1.2)
