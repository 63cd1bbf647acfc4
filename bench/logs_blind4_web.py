"""Web-facing systems of the fourth blind log set, both JSON: Caddy 2 (zap, with its access log) and Nextcloud."""

from __future__ import annotations

import json
from datetime import datetime

from logs_blind4_kit import Line, Pick, Tpl, build, kv

__all__ = ["make_caddy", "make_nextcloud"]

HOSTS = ["shop.acme.io", "api.acme.io", "cloud.acme.de", "status.acme.io", "grafana.int.acme.io"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",  # noqa: E501
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",  # noqa: E501
    "okhttp/4.12.0",
    "Go-http-client/2.0",
    "curl/8.5.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
]
UPSTREAMS = ["10.0.3.7:8080", "10.0.3.8:8080", "10.0.4.21:3000", "unix//run/php/php8.2-fpm.sock"]


def _request(p: Pick) -> dict:
    host = p.one(HOSTS)
    uri = p.one(["/", "/api/v2/cart", f"/api/v2/products/{p.n(1000, 99999)}", f"/static/js/app.{p.hexs(8)}.js",
                 f"/api/v2/search?q={p.one(['laufschuhe', 'regenjacke', 'usb-c+kabel', 'caf%C3%A9'])}&page={p.n(1, 5)}",
                 "/healthz", "/favicon.ico", "/remote.php/dav/files/anna.schulz/", "/wp-login.php"])  # fmt: skip
    return {"remote_ip": (ip := p.ip(p.chance(0.1))), "remote_port": str(p.port()), "client_ip": ip,
            "proto": p.one(["HTTP/2.0", "HTTP/2.0", "HTTP/1.1", "HTTP/3.0"]),
            "method": p.one(["GET", "GET", "GET", "POST", "PROPFIND", "HEAD"]), "host": host, "uri": uri,
            "headers": {"User-Agent": [p.one(UAS)], "Accept-Encoding": ["gzip, deflate, br"]},
            "tls": {"resumed": p.chance(0.3), "version": 772, "cipher_suite": 4865, "proto": "h2", "server_name": host}}  # fmt: skip  # noqa: E501


def _caddy_tpls() -> list[Tpl]:
    def access(p: Pick):
        status = p.one([200, 200, 200, 304, 404, 301, 502, 401])
        return (
            "info",
            "http.log.access.log0",
            "handled request",
            {
                "request": _request(p),
                "bytes_read": p.one([0, 0, 0, p.size(900)]),
                "user_id": "",
                "duration": round(p.ms(18, 1.3) / 1000, 9),
                "size": p.size(5000) if status != 304 else 0,
                "status": status,
                "resp_headers": {
                    "Server": ["Caddy"],
                    "Content-Type": [p.one(["application/json", "text/html; charset=utf-8", "application/javascript"])],
                },
            },
        )

    def proxy_err(msg_fn, status: int):
        return lambda p: (
            "error",
            "http.log.error.log0",
            msg_fn(p),
            {
                "request": _request(p),
                "duration": round(p.ms(3) / 1000, 9),
                "status": status,
                "err_id": p.word(9),
                "err_trace": "reverseproxy.statusError (reverseproxy.go:1269)",
            },
        )

    def domain(p: Pick) -> str:
        return p.one(HOSTS)

    return [
        Tpl("access", 220, access),
        Tpl("refused", 10, proxy_err(lambda p: f"dial tcp {p.one(UPSTREAMS[:3])}: connect: connection refused", 502)),  # noqa: E501
        Tpl("ctx_canceled", 12, proxy_err(lambda p: "context canceled", 502)),
        Tpl("incomplete", 6, lambda p: ("warn", "http.handlers.reverse_proxy", "aborting with incomplete response", {"upstream": p.one(UPSTREAMS), "duration": round(p.ms(900) / 1000, 9), "request": _request(p), "error": "writing: write tcp 10.0.2.5:443->" + p.ip(False) + f":{p.port()}: write: broken pipe"})),  # noqa: E501
        Tpl("tls_handshake", 30, lambda p: ("debug", "http.stdlib", f"http: TLS handshake error from {p.ip(False)}:{p.port()}: {p.one(['EOF', 'no certificate available for ' + repr(p.ip(False)), 'tls: client offered only unsupported versions: [302 301]', 'read tcp 10.0.2.5:443->' + p.ip(False) + ':' + str(p.port()) + ': read: connection reset by peer'])}", {})),  # noqa: E501
        Tpl("upstream_down", 5, lambda p: ("info", "http.handlers.reverse_proxy.health_checker.active", "host is down", {"host": p.one(UPSTREAMS[:3])})),  # noqa: E501
        Tpl("hc_failed", 8, lambda p: ("info", "http.handlers.reverse_proxy.health_checker.active", "HTTP request failed", {"host": p.one(UPSTREAMS[:3]), "error": f"Get \"http://{p.one(UPSTREAMS[:3])}/healthz\": dial tcp {p.one(UPSTREAMS[:3])}: connect: connection refused"})),  # noqa: E501
        Tpl("host_up", 4, lambda p: ("info", "http.handlers.reverse_proxy.health_checker.active", "host is up", {"host": p.one(UPSTREAMS[:3])})),  # noqa: E501
        Tpl("lock_acquire", 3, lambda p: ("info", "tls.obtain", "acquiring lock", {"identifier": domain(p)})),
        Tpl("lock_acquired", 3, lambda p: ("info", "tls.obtain", "lock acquired", {"identifier": domain(p)})),
        Tpl("obtaining", 3, lambda p: ("info", "tls.obtain", "obtaining certificate", {"identifier": domain(p)})),
        Tpl("solve", 3, lambda p: ("info", "tls.issuance.acme.acme_client", "trying to solve challenge", {"identifier": domain(p), "challenge_type": p.one(["tls-alpn-01", "http-01"]), "ca": "https://acme-v02.api.letsencrypt.org/directory"})),  # noqa: E501
        Tpl("obtained", 2, lambda p: ("info", "tls.obtain", "certificate obtained successfully", {"identifier": domain(p), "issuer": "acme-v02.api.letsencrypt.org-directory"})),  # noqa: E501
        Tpl("releasing", 3, lambda p: ("info", "tls.obtain", "releasing lock", {"identifier": domain(p)})),
        Tpl("expires_soon", 3, lambda p: ("warn", "tls.cache.maintenance", "certificate expires soon; queuing for renewal", {"identifiers": [domain(p)], "remaining": round(p.ms(2.3e9, 0.2) / 1000, 6)})),  # noqa: E501
        Tpl("clean_storage", 4, lambda p: ("info", "tls", "cleaning storage unit", {"storage": "FileStorage:/data/caddy"})),  # noqa: E501
        Tpl("clean_done", 4, lambda p: ("info", "tls", "finished cleaning storage units", {})),
        Tpl("server_running", 1, lambda p: ("info", "http.log", "server running", {"name": "srv0", "protocols": ["h1", "h2", "h3"]})),  # noqa: E501
        Tpl("auto_tls", 1, lambda p: ("info", "http", "enabling automatic TLS certificate management", {"domains": HOSTS[:4]})),  # noqa: E501
        Tpl("no_cert", 12, lambda p: ("debug", "tls.handshake", "no matching certificates and no custom selection logic", {"identifier": p.ip(False)})),  # noqa: E501
        Tpl("config_load", 1, lambda p: ("info", "admin.api", "received request", {"method": "POST", "host": "localhost:2019", "uri": "/load", "remote_ip": "127.0.0.1", "remote_port": str(p.port()), "headers": {"Content-Type": ["text/caddyfile"]}})),  # noqa: E501
    ]  # fmt: skip


def make_caddy(lines: int) -> list[Line]:
    """Caddy 2.7 default JSON logs (zap): ``level``, ``ts`` (epoch float), ``logger``, ``msg``, then fields."""

    def wrap(t: Tpl) -> Tpl:
        def make(p: Pick):
            level, logger, msg, fields = t.make(p)
            return level, msg, {"logger": logger, **fields}

        return Tpl(t.key, t.weight, make)

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        fields = dict(fields or {})
        logger = fields.pop("logger")
        record = {
            "level": level,
            "ts": round(when.timestamp() + p.r.random() / 1000, 7),
            "logger": logger,
            "msg": msg,
            **fields,
        }
        return json.dumps(record, separators=(",", ":"), ensure_ascii=False), f"{msg} {kv(fields)}".rstrip()

    return build("caddy", [wrap(t) for t in _caddy_tpls()], lines, render, gap_ms=250)


NC_USERS = ["anna.schulz", "j.martin", "buchhaltung", "m.fernandez", "k.nowak", "t.yilmaz", "--"]
NC_FILES = ["Documents/Bericht Q3.docx", "Photos/IMG_4471.jpg", "Buchhaltung/Rechnungen 2026/RE-10233.pdf",
            "Shared/Angebot Müller GmbH.xlsx", "Notes/todo.md", "Talk/screenshot 2026-11-16.png"]  # fmt: skip


def _nextcloud_tpls() -> list[Tpl]:
    def req(p: Pick, method: str | None = None, url: str | None = None, user: str | None = None) -> dict:
        u = user or p.one(NC_USERS)
        return {"reqId": "".join(p.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20)),  # noqa: E501
                "remoteAddr": p.ip(p.chance(0.8)), "user": u, "app": "core",
                "method": p.one(["PROPFIND", "GET", "PUT", "REPORT"]) if method is None else method,
                "url": url or f"/remote.php/dav/files/{u}/{p.one(NC_FILES).split('/')[0]}/",
                "userAgent": p.one(["Mozilla/5.0 (Windows) mirall/3.14.3stable-Win64 (build 20241107) (Nextcloud, windows-10.0.19045 ClientArchitecture: x86_64 OsArchitecture: x86_64)",  # noqa: E501
                                    "Mozilla/5.0 (Android) Nextcloud-android/3.29.1", UAS[0], "--"]),
                "version": "28.0.11.1"}  # fmt: skip

    def cron(p: Pick) -> dict:
        return req(p, "", "--", "--") | {"remoteAddr": "", "userAgent": "--", "app": "cron"}

    jobs = ["OCA\\Files\\BackgroundJob\\ScanFiles", "OCA\\Activity\\BackgroundJob\\EmailNotification",
            "OCA\\DAV\\BackgroundJob\\CleanupInvitationTokenJob", "OC\\Authentication\\Token\\TokenCleanupJob",
            "OCA\\Files_Trashbin\\BackgroundJob\\ExpireTrash", "OCA\\Text\\Cron\\Cleanup"]  # fmt: skip

    hooks = ["OCA\\Files::loadAdditionalScripts", "OCP\\Share::preShare", "OCA\\Files_Sharing::loadAdditionalScripts"]
    imagick = ["no decode delegate for this image format `HEIC'", "insufficient image data in file"]

    return [
        Tpl("job_finished", 90, lambda p: (0, f"Finished job {p.one(jobs)} (id: {p.n(1, 400)}, arguments: null) in {p.one([0, 0, 0, 1, 2, 5])} seconds", cron(p))),  # noqa: E501
        Tpl("job_start", 80, lambda p: (0, f"Run {p.one(jobs)} job with ID {p.n(1, 400)}", cron(p))),
        Tpl("job_slow", 4, lambda p: (2, f"Background job {p.one(jobs)} (id: {p.n(1, 400)}, arguments: null) ran for {p.n(300, 1800)} seconds", cron(p))),  # noqa: E501
        Tpl("login_failed", 40, lambda p: (2, f"Login failed: {p.one(NC_USERS[:-1] + ['admin', 'test@acme.de', 'Anna.Schulz'])} (Remote IP: {p.ip(False)})", req(p, "POST", "/login", "--"))),  # noqa: E501
        Tpl("bruteforce", 10, lambda p: (1, f"Bruteforce attempt from \"{p.ip(False)}\" detected for action \"{p.one(['login', 'login', 'sharePublicLink'])}\".", req(p, "POST", "/login", "--"))),  # noqa: E501
        Tpl("trusted_domain", 8, lambda p: (2, f"Trusted domain error. \"{p.ip(False)}\" tried to access using \"{p.one(['10.0.4.30', 'nextcloud.local', 'cloud.acme.de:8443'])}\" as host.", req(p, "GET", "/", "--"))),  # noqa: E501
        Tpl("htaccesstest", 20, lambda p: (3, "Could not detect any host in http:///data/htaccesstest.txt", req(p, "GET", "/settings/ajax/checksetup", "admin"))),  # noqa: E501
        Tpl("not_located", 60, lambda p: (0, f"File with name /{p.one(NC_FILES)} could not be located", req(p, "PROPFIND"))),  # noqa: E501
        Tpl("locked", 25, lambda p: (1, f"\"{p.one(NC_FILES)}\" is locked, existing lock on file: {p.one(['exclusive', '1 shared locks', '2 shared locks'])}", req(p, "PUT"))),  # noqa: E501
        Tpl("resource_js", 6, lambda p: (3, f"Could not find resource {p.one(['richdocuments/js/viewer', 'onlyoffice/js/main', 'calendar/js/calendar-main'])}.js to load", req(p, "GET", "/apps/files/"))),  # noqa: E501
        Tpl("token_renew", 15, lambda p: (2, "Renewing session token failed: Token does not exist", req(p, "GET", "/ocs/v2.php/apps/notifications/api/v2/notifications?format=json"))),  # noqa: E501
        Tpl("deprecated_event", 30, lambda p: (1, f"Deprecated event type for {p.one(hooks)}: Symfony\\Component\\EventDispatcher\\GenericEvent is used", req(p, "GET", "/apps/files/"))),  # noqa: E501
        Tpl("mail_fail", 3, lambda p: (3, f"Failed to send email: Connection could not be established with host \"smtp.acme.de:587\": stream_socket_client(): Unable to connect to smtp.acme.de:587 ({p.one(['Connection timed out', 'Connection refused'])})", cron(p))),  # noqa: E501
        Tpl("app_incompat", 1, lambda p: (2, f"App \"{p.one(['richdocuments', 'deck', 'mail'])}\" cannot be installed because it is not compatible with this version of the server.", req(p, "GET", "/settings/apps"))),  # noqa: E501
        Tpl("preview", 12, lambda p: (2, f"Preview generation for \"{p.one(NC_FILES)}\" failed: Imagick::readImage(): {p.one(imagick)}", req(p, "GET", f"/core/preview?fileId={p.n(1000, 90000)}&x=256&y=256"))),  # noqa: E501
        Tpl("quota", 4, lambda p: (2, f"Not enough free space to upload {p.size(4 * 10**7)} bytes, quota is {p.one(['5 GB', '10 GB', '50 GB'])}", req(p, "PUT"))),  # noqa: E501
        Tpl("ldap_timeout", 3, lambda p: (3, "LDAP search failed: Can't contact LDAP server (ldaps://ldap01.acme.io:636)", req(p, "PROPFIND"))),  # noqa: E501
        Tpl("redis_timeout", 2, lambda p: (3, "Redis server went away: read error on connection to redis.cloud.svc:6379", req(p))),  # noqa: E501
    ]  # fmt: skip


def make_nextcloud(lines: int) -> list[Line]:
    """nextcloud.log (one JSON object a line): ``reqId``, ``level`` 0-4, ``time``, request fields, ``message``."""

    def wrap(t: Tpl) -> Tpl:
        def make(p: Pick):
            level, msg, fields = t.make(p)
            return str(level), msg, fields

        return Tpl(t.key, t.weight, make)

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        fields = dict(fields or {})
        head = {"reqId": fields.pop("reqId"), "level": int(level), "time": when.strftime("%Y-%m-%dT%H:%M:%S+00:00")}
        record = {**head, **{k: fields[k] for k in ("remoteAddr", "user", "app", "method", "url")}, "message": msg,
                  "userAgent": fields["userAgent"], "version": fields["version"], "data": {"app": fields["app"]}}  # fmt: skip  # noqa: E501
        content_fields = {"reqId": head["reqId"], **fields, "data": record["data"]}
        return json.dumps(record, ensure_ascii=False), f"{msg} {kv(content_fields)}"

    return build("nextcloud", [wrap(t) for t in _nextcloud_tpls()], lines, render, gap_ms=3000)
