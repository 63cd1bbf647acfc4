# ruff: noqa: E501 - template tables hold log lines as long as the real ones
"""Third blind log set, edge and PHP tier: Traefik v2 (logrus text log and its CLF access log on one stdout), the
Squid cache.log and PHP-FPM's error log (the master's own lines and what workers said into stderr: PHP errors and
a Monolog application channel). One template per log statement; an access-log line is one template."""

from __future__ import annotations

import json
import re

from logs_blind3_kit import Kit, Line, Tpl, build

__all__ = ["make_phpfpm", "make_squid", "make_traefik"]

UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 "
       "Mobile/15E148 Safari/604.1", "okhttp/4.12.0", "kube-probe/1.28", "curl/8.4.0", "Go-http-client/2.0",
       "python-requests/2.31.0", "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
       "ShopApp/5.14.2 (Android 14; Pixel 7)", "Prometheus/2.48.1"]  # fmt: skip


def logrus(value: object) -> str:
    """logrus's text formatter: a value with any character outside ``[A-Za-z0-9-._/@^+]`` is quoted."""
    s = str(value)
    return s if s and re.fullmatch(r"[A-Za-z0-9\-._/@^+]+", s) else json.dumps(s)


# -- Traefik -------------------------------------------------------------------------------------------------------


def make_traefik(lines: int) -> list[Line]:
    routes = [("shop-web@kubernetescrd", "http://10.42.3.18:3000", ["/", "/checkout", "/p/{n}", "/static/js/app.{h}.js"]),
              ("cart-api@kubernetescrd", "http://10.42.1.33:8080", ["/api/v1/cart/{h}", "/api/v1/cart/{h}/items"]),
              ("auth-gw@kubernetescrd", "http://10.42.6.4:9000", ["/oauth2/token", "/oauth2/authorize?client_id=web"]),
              ("grafana@kubernetescrd", "http://10.42.2.90:3000", ["/api/ds/query", "/api/live/ws"]),
              ("ping@internal", "-", ["/ping"])]  # fmt: skip

    def lg(k: Kit, level: str, msg: str, **fields: object) -> tuple[str, str]:
        tail = " ".join(f"{key}={logrus(v)}" for key, v in fields.items())
        raw = f'time="{k.now:%Y-%m-%dT%H:%M:%SZ}" level={level} msg={logrus(msg)}' + (f" {tail}" if tail else "")
        return raw, f"{msg} {tail}".rstrip()

    def access(k: Kit) -> tuple[str, str]:
        router, backend, paths = k.skew(routes, 0.9)
        path = k.one(paths).format(n=k.n(1000, 99999), h=k.hex(8))
        status = k.skew([200, 200, 304, 204, 301, 404, 499, 502, 503, 401])
        method = "POST" if "token" in path or "items" in path else k.skew(["GET", "GET", "HEAD", "OPTIONS"])
        ua = k.skew(UAS, 0.8)
        if router == "ping@internal":
            status, method, ua = 200, "GET", "kube-probe/1.28"
        line = (
            f"{k.ip(k.one(['10.12', '88.130', '79.204', '2.247']))} - - [{k.now:%d/%b/%Y:%H:%M:%S} +0000] "
            f'"{method} {path} HTTP/{k.skew(["2.0", "1.1"])}" {status} {k.n(0, 90000) if status != 304 else 0} '
            f'"{k.one(["-", "https://shop.example-corp.de/"])}" "{ua}" {k.n(1, 900000)} "{router}" "{backend}" '
            f"{int(k.lognorm(18, 1.2))}ms"
        )
        return line, line

    def caused(k: Kit) -> tuple[str, str]:
        code = k.skew(
            ["499 Client Closed Request", "502 Bad Gateway", "504 Gateway Timeout", "500 Internal Server Error"]
        )
        why = {"499 Client Closed Request": "context canceled", "502 Bad Gateway":
               f"dial tcp {k.ip('10.42')}:8080: connect: connection refused", "504 Gateway Timeout": "i/o timeout",
               "500 Internal Server Error": "net/http: HTTP/1.x transport connection broken: malformed HTTP response"}[code]  # fmt: skip
        return lg(k, "debug", f"'{code}' caused by: {why}")

    def svc(k: Kit) -> str:
        return k.one(["shop/cart-api", "shop/legacy-admin", "payments/psp-callback", "search/typesense"])

    t: list[Tpl] = [
        ("access", 62, access),
        ("caused-by", 8, caused),
        ("peek", 5, lambda k: lg(k, "error", f"Error while Peeking first byte: read tcp {k.ip('10.42.0')}:8443->"
                                 f"{k.ip('10.12')}:{k.port()}: {k.one(['i/o timeout', 'read: connection reset by peer'])}")),
        ("tls-handshake", 4, lambda k: lg(k, "debug", f"http: TLS handshake error from {k.ip('88.130')}:{k.port()}: "
                                          + k.one(["EOF", "remote error: tls: unknown certificate",
                                                   "tls: client offered only unsupported versions: [302 301]"]))),
        ("no-endpoints", 4, lambda k: lg(k, "error", "Skipping service: no endpoints found", ingress=(s := svc(k)).split(
            "/")[1], namespace=s.split("/")[0], providerName="kubernetes", serviceName=s.split("/")[1],
            servicePort="&ServiceBackendPort{Name:,Number:80,}")),
        ("health-failed", 3, lambda k: lg(k, "warning", "Health check failed.", error=f"HTTP request failed: Get "
                                          f"\"http://{(a := k.ip('10.42'))}:8080/healthz\": dial tcp {a}:8080: connect: "
                                          "connection refused", serverURL=f"http://{a}:8080",
                                          serviceName=k.one(["cart-api@kubernetescrd", "legacy-admin@docker"]))),
        ("health-up", 2, lambda k: lg(k, "info", "Health check up: returning to server list.",
                                      serverURL=f"http://{k.ip('10.42')}:8080",
                                      serviceName=k.one(["cart-api@kubernetescrd", "legacy-admin@docker"]))),
        ("middleware-missing", 2, lambda k: lg(k, "error", f"middleware \"{k.one(['basic-auth@file', 'ratelimit-api@kubernetescrd'])}\" does not exist",
                                               entryPointName=k.one(["websecure", "web"]),
                                               routerName=k.one(["admin@docker", "shop-legacy@kubernetescrd"]))),
        ("acme", 1, lambda k: lg(k, "error", f"Unable to obtain ACME certificate for domains \"{(d := k.one(['status.example-corp.de', 'beta.shop.example-corp.de']))}\": "
                                 f"unable to generate a certificate for the domains [{d}]: error: one or more domains "
                                 f"had a problem:\n[{d}] acme: error: 400 :: urn:ietf:params:acme:error:dns :: DNS "
                                 f"problem: NXDOMAIN looking up A for {d} - check that a DNS record exists for this "
                                 "domain\n", providerName="le.acme", routerName=f"{d.split('.')[0]}@kubernetescrd",
                                 rule=f"Host(`{d}`)")),
        ("provider-conn", 1.2, lambda k: lg(k, "error", f"Provider connection error Get \"https://10.43.0.1:443/apis/"
                                            "traefik.io/v1alpha1/ingressroutes?limit=500&resourceVersion=0\": dial tcp "
                                            f"10.43.0.1:443: i/o timeout, retrying in {k.f(0.3, 9, 6)}s",
                                            providerName="kubernetescrd")),
        ("new-release", 0.4, lambda k: lg(k, "warning", "A new release has been found: 2.11.2. Please consider "
                                          "updating.")),
        ("version", 0.1, lambda k: lg(k, "info", "Traefik version 2.10.7 built on 2023-12-06T15:54:59Z")),
        ("config-flags", 0.1, lambda k: lg(k, "info", "Configuration loaded from flags.")),
        ("starting-provider", 0.2, lambda k: lg(k, "info", f"Starting provider {k.one(['*crd.Provider', '*ingress.Provider', '*file.Provider', '*acme.ChallengeTLSALPN'])}")),
        ("non-existent-resolver", 0.6, lambda k: lg(k, "error", "the router shop-legacy@kubernetescrd uses a "
                                                    "non-existent resolver: letsencrypt-prod")),
        ("subset", 0.8, lambda k: lg(k, "error", "Cannot create service: subset not found",
                                     providerName="kubernetes", ingress="legacy-admin", namespace="shop",
                                     serviceName="legacy-admin", servicePort="&ServiceBackendPort{Name:http,Number:0,}")),
    ]  # fmt: skip
    return build("traefik", t, lines, 0.3)


# -- Squid ---------------------------------------------------------------------------------------------------------


def make_squid(lines: int) -> list[Line]:
    def sq(k: Kit, msg: str, kid: str = "kid1") -> tuple[str, str]:
        return f"{k.now:%Y/%m/%d %H:%M:%S} {kid}| {msg}", msg

    def conn(k: Kit) -> str:
        return (
            f"conn{k.n(1000, 9_999_999)} local={k.one(['10.50.0.4', '10.50.0.5'])}:3128 "
            f"remote={k.ip('10.60')}:{k.port()} FD {k.n(12, 4000)} flags={k.one([1, 33])}"
        )

    def site(k: Kit) -> str:
        return k.skew(
            [
                "cdn.jsdelivr.net",
                "update.intranet-tools.de",
                "download.windowsupdate.com",
                "pkg.go.dev",
                "files.pythonhosted.org",
                "telemetry.vendor-x.io",
                "repo.maven.apache.org",
            ]
        )

    t: list[Tpl] = [
        ("tls-accept", 16, lambda k: sq(k, f"ERROR: failure while accepting a TLS connection on {conn(k)}: "
                                        + k.one(["SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000417+TLS_IO_ERR=1",
                                                 "SQUID_TLS_ERR_ACCEPT+TLS_IO_ERR=5+errno=104",
                                                 "SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000412+TLS_IO_ERR=1"]))),
        ("forgery", 10, lambda k: sq(k, f"SECURITY ALERT: Host header forgery detected on {conn(k)} (local IP does not "
                                     "match any domain IP)")),
        ("forgery-url", 10, lambda k: sq(k, f"SECURITY ALERT: on URL: {site(k)}:443")),
        ("lifetime", 7, lambda k: sq(k, "WARNING: Closing client connection due to lifetime timeout")),
        ("invalid-response", 6, lambda k: sq(k, "WARNING: HTTP: Invalid Response: Bad header encountered from "
                                             f"http://{(u := f'{site(k)}/{k.alnum(6)}')} AKA {u}")),
        ("tcp-failed", 4, lambda k: sq(k, f"TCP connection to {k.one(['proxy-up-1.corp.lan', 'proxy-up-2.corp.lan'])}"
                                       "/3128 failed")),
        ("dead-parent", 1.5, lambda k: sq(k, f"Detected DEAD Parent: {k.one(['proxy-up-1.corp.lan', 'proxy-up-2.corp.lan'])}")),
        ("revived-parent", 1.5, lambda k: sq(k, f"Detected REVIVED Parent: {k.one(['proxy-up-1.corp.lan', 'proxy-up-2.corp.lan'])}")),
        ("crtd-busy", 3, lambda k: sq(k, f"WARNING: All {(n := k.one([5, 8]))}/{n} ssl_crtd processes are busy.")),
        ("crtd-pending", 3, lambda k: sq(k, f"WARNING: {k.n(1, 40)} pending requests queued")),
        ("crtd-consider", 3, lambda k: sq(k, "WARNING: Consider increasing the number of ssl_crtd processes in your "
                                          "config file.")),
        ("vary-loop", 2, lambda k: sq(k, "clientProcessHit: Vary object loop!")),
        ("vary-match", 2, lambda k: sq(k, f"varyEvaluateMatch: Oops. Not a Vary match on second attempt, "
                                       f"'https://{site(k)}/{k.alnum(8)}.js' 'accept-encoding=\"gzip,%20deflate,%20br\"'")),
        ("url-large", 1, lambda k: sq(k, f"urlParse: URL too large ({k.n(8193, 30000)} bytes)")),
        ("no-address", 2, lambda k: sq(k, f"ipcacheParse: No Address records in response to "
                                       f"'{k.one(['wpad.corp.lan', 'isatap.corp.lan', 'intranet-alt.corp.lan', 'ocsp.int-x3.example'])}'")),
        ("logfile-write", 0.8, lambda k: sq(k, "logfileHandleWrite: daemon:/var/log/squid/access.log: error writing "
                                            "((32) Broken pipe)")),
        ("clean-start", 0.5, lambda k: sq(k, "storeDirWriteCleanLogs: Starting...")),
        ("clean-wrote", 0.5, lambda k: sq(k, f"  Finished.  Wrote {k.n(90000, 400000)} entries.")),
        ("clean-took", 0.5, lambda k: sq(k, f"  Took {k.f(0.05, 2, 2)} seconds ({k.f(100000, 900000, 2)} entries/sec).")),
        ("fd-running-out", 0.4, lambda k: sq(k, "WARNING! Your cache is running out of filedescriptors")),
        ("md5", 0.4, lambda k: sq(k, f"WARNING: {k.one([10, 100])} swapin MD5 mismatches")),
        ("starting", 0.12, lambda k: sq(k, "Starting Squid Cache version 6.6 for x86_64-pc-linux-gnu...")),
        ("accepting", 0.15, lambda k: sq(k, f"Accepting SSL bumped HTTP Socket connections at conn{k.n(3, 9)} "
                                         f"local=[::]:3128 remote=[::] FD {k.n(20, 30)} flags=9")),
        ("rotate", 0.3, lambda k: sq(k, "Logfile: logfileRotate: daemon:/var/log/squid/access.log")),
    ]  # fmt: skip
    return build("squid", t, lines, 6.0)


# -- PHP-FPM -------------------------------------------------------------------------------------------------------

FILES = [
    "/var/www/shop/src/Controller/CartController.php",
    "/var/www/shop/src/Service/PriceCalculator.php",
    "/var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/Connection.php",
    "/var/www/shop/src/Legacy/export_csv.php",
    "/var/www/shop/public/index.php",
    "/var/www/shop/src/Twig/AppExtension.php",
]


def make_phpfpm(lines: int) -> list[Line]:
    def fpm(k: Kit, level: str, msg: str) -> tuple[str, str]:
        return f"[{k.now:%d-%b-%Y %H:%M:%S}] {level}: {msg}", msg

    def child(k: Kit) -> int:
        return k.n(1200, 65000)

    def stderr(k: Kit, said: str) -> tuple[str, str]:
        return fpm(k, "WARNING", f'[pool www] child {child(k)} said into stderr: "NOTICE: PHP message: {said}"')

    def app(k: Kit, said: str) -> tuple[str, str]:
        return fpm(k, "WARNING", f'[pool www] child {child(k)} said into stderr: "{said}"')

    def where(k: Kit) -> str:
        return f"in {k.skew(FILES)} on line {k.n(12, 880)}"

    def script(k: Kit) -> str:
        return k.one(["/var/www/shop/public/index.php", "/var/www/shop/public/legacy/export.php"])

    def mono(k: Kit) -> str:
        return f"[{k.now:%Y-%m-%dT%H:%M:%S}.{k.now.microsecond:06d}+00:00]"

    t: list[Tpl] = [
        ("undefined-key", 18, lambda k: stderr(k, f'PHP Warning:  Undefined array key "{k.skew(["user", "qty", "HTTP_X_FORWARDED_FOR", "variant_id", "lang"])}" {where(k)}')),
        ("undefined-var", 8, lambda k: stderr(k, f"PHP Warning:  Undefined variable ${k.skew(['total', 'rows', 'customer', 'i'])} {where(k)}")),
        ("deprecated-null", 12, lambda k: stderr(k, f"PHP Deprecated:  {k.skew(['strlen', 'trim', 'htmlspecialchars', 'str_replace'])}(): "
                                                 f"Passing null to parameter #{k.one([1, 1, 3])} (${k.one(['string', 'subject'])}) "
                                                 f"of type {k.one(['string', 'array|string'])} is deprecated {where(k)}")),
        ("array-offset-null", 5, lambda k: stderr(k, f"PHP Warning:  Trying to access array offset on value of type "
                                                  f"{k.one(['null', 'bool'])} {where(k)}")),
        ("memory", 1.5, lambda k: stderr(k, f"PHP Fatal error:  Allowed memory size of {k.one([134217728, 268435456])} "
                                         f"bytes exhausted (tried to allocate {k.one([20480, 4096, 2097160, 65536])} "
                                         f"bytes) {where(k)}")),
        ("pdo", 1.5, lambda k: stderr(k, "PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection "
                                      f"refused in {FILES[2]}:{k.one([33, 42])}")),
        ("fgc", 2, lambda k: stderr(k, f"PHP Warning:  file_get_contents(https://{k.one(['api.exchangerate.host/latest?base=EUR', 'dhl-tracking.partner.example/v2/status'])}): "
                                    f"Failed to open stream: HTTP request failed! HTTP/1.1 {k.one(['503 Service Unavailable', '429 Too Many Requests', '404 Not Found'])} {where(k)}")),
        ("mono-payment", 4, lambda k: app(k, f"{mono(k)} payment.ERROR: Zahlung fehlgeschlagen: Gateway-Timeout nach "
                                          f'{k.one([15, 30])}s {{"order":{k.n(400000, 499999)},"psp":'
                                          f'"{k.one(["adyen", "paypal", "klarna"])}"}} []')),
        ("mono-stock", 5, lambda k: app(k, f"{mono(k)} app.WARNING: Stock reservation failed for SKU "
                                        f"{k.alnum(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-{k.n(1000, 9999)} "
                                        f'{{"requested":{k.n(2, 9)},"available":{k.n(0, 1)}}} []')),
        ("mono-cron", 1.5, lambda k: app(k, f"{mono(k)} cron.INFO: Export finished, {k.n(0, 4000)} rows written to "
                                         f"/var/exports/orders-{k.now:%Y%m%d}.csv [] []")),
        ("child-started", 6, lambda k: fpm(k, "NOTICE", f"[pool www] child {child(k)} started")),
        ("child-exited", 5, lambda k: fpm(k, "NOTICE", f"[pool www] child {child(k)} exited with code 0 after "
                                          f"{k.f(30, 7200, 6)} seconds from start")),
        ("child-signal", 1.5, lambda k: fpm(k, "WARNING", f"[pool www] child {child(k)} exited on signal "
                                            f"{k.one(['9 (SIGKILL)', '11 (SIGSEGV)', '15 (SIGTERM)'])} after "
                                            f"{k.f(0.5, 3000, 6)} seconds from start")),
        ("too-slow", 5, lambda k: fpm(k, "WARNING", f"[pool www] child {child(k)}, script '{script(k)}' (request: "
                                      f"\"{k.one(['GET /index.php', 'POST /index.php', 'GET /legacy/export.php?format=csv&month=11'])}\") "
                                      f"executing too slow ({k.f(5, 29, 6)} sec), logging")),
        ("trace-stopped", 2, lambda k: fpm(k, "NOTICE", f"child {child(k)} stopped for tracing")),
        ("trace-about", 2, lambda k: fpm(k, "NOTICE", f"about to trace {child(k)}")),
        ("trace-finished", 2, lambda k: fpm(k, "NOTICE", f"finished trace of {child(k)}")),
        ("timed-out", 1, lambda k: fpm(k, "WARNING", f"[pool www] child {child(k)}, script '{script(k)}' (request: "
                                       f"\"GET /legacy/export.php?format=csv&month={k.n(1, 12)}\") execution timed out "
                                       f"({k.f(30, 31, 6)} sec), terminating")),
        ("seems-busy", 2, lambda k: fpm(k, "WARNING", "[pool www] seems busy (you may need to increase "
                                        f"pm.start_servers, or pm.min/max_spare_servers), spawning {k.one([8, 16, 32])} "
                                        f"children, there are {k.n(0, 1)} idle, and {k.n(20, 49)} total children")),
        ("max-children", 1, lambda k: fpm(k, "WARNING", "[pool www] server reached pm.max_children setting (50), "
                                          "consider raising it")),
        ("reloading", 0.2, lambda k: fpm(k, "NOTICE", "Reloading in progress ...")),
        ("ready", 0.2, lambda k: fpm(k, "NOTICE", "ready to handle connections")),
        ("running", 0.2, lambda k: fpm(k, "NOTICE", "fpm is running, pid 1")),
        ("terminating", 0.1, lambda k: fpm(k, "NOTICE", "Terminating ...")),
    ]  # fmt: skip
    return build("phpfpm", t, lines, 4.0)
