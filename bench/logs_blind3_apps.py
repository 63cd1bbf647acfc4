# ruff: noqa: E501 - template tables hold log lines as long as the real ones
"""Third blind log set, application servers: Tomcat's catalina.out (JULI one-line format, with a billing web app's
Log4j lines on the same stream), a Rails production.log (tagged with the request id) and a Node service logging
pino JSON through Fastify. One template per log statement."""

from __future__ import annotations

import json

from logs_blind3_kit import Kit, Line, Tpl, build

__all__ = ["make_pino", "make_rails", "make_tomcat"]


# -- Tomcat --------------------------------------------------------------------------------------------------------


def make_tomcat(lines: int) -> list[Line]:
    def juli(k: Kit, level: str, thread: str, where: str, msg: str) -> tuple[str, str]:
        stamp = k.now.strftime("%d-%b-%Y %H:%M:%S.") + f"{k.now.microsecond // 1000:03d}"
        return f"{stamp} {level} [{thread}] {where} {msg}", msg

    def l4j(k: Kit, level: str, logger: str, msg: str, thread: str = "") -> tuple[str, str]:
        stamp = k.now.strftime("%Y-%m-%d %H:%M:%S,") + f"{k.now.microsecond // 1000:03d}"
        return f"{stamp} [{thread or exe(k)}] {level:<5} {logger} - {msg}", msg

    def exe(k: Kit) -> str:
        return f"http-nio-8080-exec-{k.n(1, 200)}"

    def grouped(n: int) -> str:
        return f"{n:,}"

    def req(k: Kit) -> tuple[str, str]:
        status = k.skew([200, 200, 201, 204, 404, 400, 409, 500])
        path = k.skew(
            [
                "/billing/api/invoices/INV-2026-{n:06d}",
                "/billing/api/customers/{n}/invoices?status=open",
                "/billing/api/invoices/INV-2026-{n:06d}/pdf",
                "/billing/actuator/health",
                "/billing/api/payments/sepa/mandates/{n}",
            ]
        ).format(n=k.n(1, 99999))
        method = "GET" if "pdf" in path or "health" in path else k.skew(["GET", "POST", "PUT"])
        return l4j(k, "INFO", "c.a.b.web.RequestLogFilter", f"{status} {method} {path} ({int(k.lognorm(30, 1))} ms)")

    def eur(k: Kit) -> str:
        return f"{k.n(1000, 900000):,}".replace(",", ".") + f",{k.n(0, 99):02d}"

    def webapp(k: Kit) -> str:
        return k.one(["billing", "billing-admin", "ROOT", "sepa-gateway"])

    t: list[Tpl] = [
        ("req", 44, req),
        ("tax-slow", 6, lambda k: l4j(k, "WARN", "c.a.b.svc.TaxRateClient", f"Tax service slow: {k.n(1500, 9000)} ms for "
                                      f"region {k.skew(['DE-BY', 'DE-NW', 'AT-9', 'FR-IDF', 'ES-MD'])}")),
        ("pdf-failed", 4, lambda k: l4j(k, "ERROR", "c.a.b.svc.PdfRenderer", f"Rendering invoice INV-2026-"
                                        f"{k.n(1, 99999):06d} failed: Font '{k.one(['Arial Unicode MS', 'DejaVu Sans'])}' "
                                        "not found, falling back to Helvetica")),
        ("hikari-starvation", 3, lambda k: l4j(k, "WARN", "c.z.h.p.HikariPool", f"HikariPool-1 - Thread starvation or "
                                               f"clock leap detected (housekeeper delta={k.n(1, 3)}m{k.n(0, 59)}s"
                                               f"{k.n(0, 999)}ms).", "HikariPool-1 housekeeper")),
        ("hikari-timeout", 2, lambda k: l4j(k, "ERROR", "c.a.b.repo.InvoiceRepository", "Could not open JDBC connection: "
                                            "HikariPool-1 - Connection is not available, request timed out after "
                                            f"{k.one([30000, 30001, 30002])}ms.")),
        ("dunning", 1.5, lambda k: l4j(k, "INFO", "c.a.b.jobs.DunningJob", f"Dunning run finished: {k.n(0, 90)} "
                                       f"reminders, {k.n(0, 12)} escalations", "scheduling-1")),
        ("sepa", 1.5, lambda k: l4j(k, "INFO", "c.a.b.svc.SepaExportService", f"SEPA-Export erstellt: "
                                    f"{k.n(10, 900)} Buchungen, Summe {eur(k)} EUR", "scheduling-1")),
        ("optimistic", 2, lambda k: l4j(k, "WARN", "c.a.b.svc.InvoiceService", f"Optimistic lock on invoice "
                                        f"INV-2026-{k.n(1, 99999):06d} (version {k.n(1, 9)}), retrying")),
        ("stuck", 2, lambda k: juli(k, "WARNING", f"Catalina-utility-{k.n(1, 2)}",
                                    "org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadDetected",
                                    f"Thread [{exe(k)}] (id=[{k.n(40, 400)}]) has been active for "
                                    f"[{grouped(k.n(60001, 200000))}] milliseconds (since [{k.now:%-m/%-d/%y, %-I:%M %p}]) "
                                    f"to serve the same request for [https://billing.int.example-corp.de/billing/api/"
                                    f"invoices/export?month={k.n(1, 12)}] and may be stuck (configured threshold for "
                                    f"this StuckThreadDetectionValve is [60] seconds). There is/are [{k.n(1, 4)}] "
                                    "thread(s) in total that are monitored by this Valve and may be stuck.")),
        ("stuck-done", 1.6, lambda k: juli(k, "WARNING", f"Catalina-utility-{k.n(1, 2)}",
                                           "org.apache.catalina.valves.StuckThreadDetectionValve."
                                           "notifyStuckThreadCompleted", f"Thread [{exe(k)}] (id=[{k.n(40, 400)}]) was "
                                           "previously reported to be stuck but has completed. It was active for "
                                           f"approximately [{grouped(k.n(60001, 300000))}] milliseconds. There is/are "
                                           f"still [{k.n(0, 3)}] thread(s) that are monitored by this Valve and may be "
                                           "stuck.")),
        ("servlet-exc", 3, lambda k: juli(k, "SEVERE", exe(k), "org.apache.catalina.core.StandardWrapperValve.invoke",
                                          "Servlet.service() for servlet [dispatcherServlet] in context with path "
                                          f"[/{k.one(['billing', 'sepa-gateway'])}] threw exception [Request processing "
                                          "failed: " + k.one(["java.lang.IllegalStateException: Invoice already "
                                                              "finalized", "org.springframework.dao."
                                                              "DataIntegrityViolationException: could not execute "
                                                              "statement", "java.lang.NullPointerException"])
                                          + "] with root cause")),
        ("thread-leak", 1, lambda k: juli(k, "WARNING", "main", "org.apache.catalina.loader.WebappClassLoaderBase."
                                          "clearReferencesThreads", f"The web application [{webapp(k)}] appears to have "
                                          f"started a thread named [{k.one(['pool-3-thread-1', 'HikariPool-1 housekeeper', 'Abandoned connection cleanup thread'])}] "
                                          "but has failed to stop it. This is very likely to create a memory leak. "
                                          "Stack trace of thread:")),
        ("deploy-war", 0.6, lambda k: juli(k, "INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR",
                                           f"Deploying web application archive [/usr/local/tomcat/webapps/{webapp(k)}.war]")),
        ("deploy-done", 0.6, lambda k: juli(k, "INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR",
                                            f"Deployment of web application archive [/usr/local/tomcat/webapps/"
                                            f"{webapp(k)}.war] has finished in [{grouped(k.n(900, 40000))}] ms")),
        ("tld", 0.5, lambda k: juli(k, "INFO", "main", "org.apache.jasper.servlet.TldScanner.scanJars", "At least one "
                                    "JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger "
                                    "for a complete list of JARs that were scanned but no TLDs were found in them. "
                                    "Skipping unneeded JARs during scanning can improve startup time and JSP "
                                    "compilation time.")),
        ("securerandom", 0.3, lambda k: juli(k, "WARNING", "main", "org.apache.catalina.util.SessionIdGeneratorBase."
                                             "createSecureRandom", "Creation of SecureRandom instance for session ID "
                                             f"generation using [SHA1PRNG] took [{k.n(200, 9000)}] milliseconds.")),
        ("proto-init", 0.3, lambda k: juli(k, "INFO", "main", "org.apache.coyote.AbstractProtocol.init",
                                           "Initializing ProtocolHandler [\"http-nio-8080\"]")),
        ("startup", 0.2, lambda k: juli(k, "INFO", "main", "org.apache.catalina.startup.Catalina.start",
                                        f"Server startup in [{grouped(k.n(9000, 60000))}] milliseconds")),
        ("version", 0.2, lambda k: juli(k, "INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log",
                                        "Server version name:   Apache Tomcat/9.0.83")),
        ("cmdline", 0.8, lambda k: juli(k, "INFO", "main", "org.apache.catalina.startup.VersionLoggerListener.log",
                                        "Command line argument: " + k.one(["-Xmx2g", "-XX:+UseG1GC", "-Duser.timezone="
                                                                           "Europe/Berlin", "-Dcatalina.base=/usr/local/"
                                                                           "tomcat", "--add-opens=java.base/java.lang="
                                                                           "ALL-UNNAMED", "-Djava.io.tmpdir=/usr/local/"
                                                                           "tomcat/temp"]))),
        ("listeners", 0.2, lambda k: juli(k, "SEVERE", "main", "org.apache.catalina.core.StandardContext.startInternal",
                                          "One or more listeners failed to start. Full details will be found in the "
                                          "appropriate container log file")),
        ("undeploy", 0.2, lambda k: juli(k, "INFO", f"Catalina-utility-{k.n(1, 2)}",
                                         "org.apache.catalina.startup.HostConfig.undeploy",
                                         f"Undeploying context [/{webapp(k)}]")),
    ]  # fmt: skip
    return build("tomcat", t, lines, 3.0)


# -- Rails ---------------------------------------------------------------------------------------------------------

ROUTES = [
    ("GET", "/orders/{n}", "OrdersController#show", "HTML"),
    ("GET", "/products/{s}", "ProductsController#show", "HTML"),
    ("POST", "/cart/items", "Cart::ItemsController#create", "TURBO_STREAM"),
    ("GET", "/api/v2/stock/{s}", "Api::V2::StockController#show", "JSON"),
    ("PATCH", "/account/addresses/{n}", "Account::AddressesController#update", "HTML"),
    ("GET", "/", "HomeController#index", "HTML"),
    ("POST", "/checkout", "CheckoutsController#create", "HTML"),
]
VIEWS = [
    "orders/show.html.erb",
    "products/show.html.erb",
    "home/index.html.erb",
    "cart/items/create.turbo_stream.erb",
    "shared/_header.html.erb",
    "products/_price.html.erb",
    "account/addresses/edit.html.erb",
]


def make_rails(lines: int) -> list[Line]:
    def rl(k: Kit, level: str, msg: str) -> tuple[str, str]:
        stamp = k.now.strftime("%Y-%m-%dT%H:%M:%S.%f")
        return f"{level[0]}, [{stamp} #{k.one([31, 37, 44, 52])}] {level:>5} -- : [{k.uuid()}] {msg}", msg

    def route(k: Kit) -> tuple[str, str, str, str]:
        m, p, c, f = k.skew(ROUTES, 0.7)
        return (
            m,
            p.format(n=k.n(1, 999999), s=f"{k.one(['wanderschuh', 'regenjacke', 'thermo-flasche'])}-{k.n(1, 999)}"),
            c,
            f,
        )

    def started(k: Kit) -> tuple[str, str]:
        m, p, _, _ = route(k)
        return rl(
            k,
            "INFO",
            f'Started {m} "{p}" for {k.ip(k.one(["10.12", "79.204", "2.247"]))} at {k.now:%Y-%m-%d %H:%M:%S} +0000',
        )

    def completed(k: Kit) -> tuple[str, str]:
        code = k.skew(
            [
                "200 OK",
                "302 Found",
                "422 Unprocessable Entity",
                "404 Not Found",
                "204 No Content",
                "500 Internal Server Error",
                "401 Unauthorized",
            ]
        )
        views = f"Views: {k.f(0.5, 90)}ms | " if code[:3] in ("200", "422") and k.chance(0.8) else ""
        return rl(
            k,
            "INFO",
            f"Completed {code} in {int(k.lognorm(60, 1))}ms ({views}ActiveRecord: {k.f(0, 40)}ms | "
            f"Allocations: {k.n(500, 90000)})",
        )

    def params(k: Kit) -> tuple[str, str]:
        p = k.one(
            [
                f'{{"id"=>"{k.n(1, 999999)}"}}',
                f'{{"authenticity_token"=>"[FILTERED]", "item"=>{{"sku"=>"WS-{k.n(1000, 9999)}", "qty"=>"{k.n(1, 4)}"}}}}',
                f'{{"authenticity_token"=>"[FILTERED]", "address"=>{{"street"=>"[FILTERED]", "city"=>"'
                f'{k.one(["München", "Köln", "Lyon", "Sevilla"])}", "zip"=>"[FILTERED]"}}, "id"=>"{k.n(1, 9999)}"}}',
                f'{{"slug"=>"regenjacke-{k.n(1, 999)}"}}',
            ]
        )
        return rl(k, "INFO", f"  Parameters: {p}")

    t: list[Tpl] = [
        ("started", 20, started),
        ("processing", 18, lambda k: rl(k, "INFO", f"Processing by {(r := route(k))[2]} as {r[3]}")),
        ("completed", 19, completed),
        ("parameters", 12, params),
        ("rendered", 14, lambda k: rl(k, "INFO", f"  Rendered {k.skew(VIEWS)} within layouts/application (Duration: "
                                      f"{k.f(0.2, 40)}ms | Allocations: {k.n(100, 20000)})")),
        ("rendered-layout", 6, lambda k: rl(k, "INFO", f"  Rendered layout layouts/{k.one(['application', 'checkout'])}"
                                            f".html.erb (Duration: {k.f(5, 120)}ms | Allocations: {k.n(2000, 60000)})")),
        ("rendered-collection", 3, lambda k: rl(k, "INFO", f"  Rendered collection of {k.one(['orders/_line_item', 'products/_card'])}"
                                                f".html.erb [{k.n(1, 48)} times] (Duration: {k.f(0.5, 30)}ms | "
                                                f"Allocations: {k.n(200, 9000)})")),
        ("redirected", 3, lambda k: rl(k, "INFO", f"Redirected to https://shop.example-corp.de/"
                                       f"{k.one(['cart', 'login', 'checkout/confirm', f'orders/{k.n(1, 999999)}'])}")),
        ("halted", 1.5, lambda k: rl(k, "INFO", "Filter chain halted as :authenticate_user! rendered or redirected")),
        ("csrf", 1, lambda k: rl(k, "WARN", "Can't verify CSRF token authenticity.")),
        ("routing-error", 1.5, lambda k: rl(k, "FATAL", "ActionController::RoutingError (No route matches [GET] "
                                            f"\"{k.one(['/wp-login.php', '/.env', '/phpmyadmin/index.php', '/xmlrpc.php', '/.git/config'])}\"):")),
        ("not-found", 1, lambda k: rl(k, "FATAL", f"ActiveRecord::RecordNotFound (Couldn't find "
                                      f"{k.one(['Order', 'Product', 'Address'])} with 'id'={k.n(1, 9999999)}):")),
        ("sent-data", 1, lambda k: rl(k, "INFO", f"Sent data rechnung-{k.n(100000, 999999)}.pdf ({k.f(0.1, 9)}ms)")),
        ("enqueued", 1.5, lambda k: rl(k, "INFO", f"Enqueued ActionMailer::MailDeliveryJob (Job ID: {k.uuid()}) to "
                                       f"Sidekiq(mailers) with arguments: \"OrderMailer\", \"{k.one(['confirmation', 'shipped'])}\", "
                                       f"\"deliver_now\", {{:args=>[#<GlobalID:0x0000{k.hex(12)} @uri=#<URI::GID "
                                       f"gid://shop/Order/{k.n(1, 999999)}>>]}}")),
        ("delivered", 1, lambda k: rl(k, "INFO", f"Delivered mail {k.hex(13)}_{k.hex(7)}@shop-web-{k.n(1, 6)}.mail "
                                      f"({k.f(50, 900)}ms)")),
        ("rack-attack", 0.8, lambda k: rl(k, "WARN", f"[Rack::Attack] throttled req/ip {k.ip('79.204')} "
                                          f"{k.one(['/login', '/api/v2/stock'])}")),
        ("stripe-retry", 0.6, lambda k: rl(k, "WARN", f"Stripe::APIConnectionError, retry {k.n(1, 3)}/3 for order "
                                           f"{k.n(1, 999999)}")),
        ("puma", 0.12, lambda k: rl(k, "INFO", "Puma starting in cluster mode...")),
    ]  # fmt: skip
    return build("rails", t, lines, 0.5)


# -- Node (pino via Fastify) ---------------------------------------------------------------------------------------


def flat(fields: dict[str, object], prefix: str = "") -> list[str]:
    out: list[str] = []
    for key, v in fields.items():
        if isinstance(v, dict):
            out += flat(v, f"{prefix}{key}.")
        else:
            out.append(f"{prefix}{key}={v}")
    return out


def make_pino(lines: int) -> list[Line]:
    hosts = [f"checkout-api-6b9f7c{k}-{p}" for k, p in (("d4", "x2k4p"), ("d4", "q7wzn"), ("5f", "mm2lt"))]

    def pino(k: Kit, level: int, msg: str, **fields: object) -> tuple[str, str]:
        head: dict[str, object] = {"level": level, "time": k.ms_epoch(), "pid": 1, "hostname": k.one(hosts)}
        raw = json.dumps({**head, **fields, "msg": msg}, ensure_ascii=False, separators=(",", ":"))
        return raw, " ".join([msg, *flat(fields)])

    def rid(k: Kit) -> str:
        return f"req-{k.alnum(4)}"

    def url(k: Kit) -> str:
        return k.skew(
            ["/v1/cart/{c}", "/v1/cart/{c}/items", "/v1/checkout", "/healthz", "/v1/shipping/quote", "/metrics"]
        ).format(c=k.uuid())

    t: list[Tpl] = [
        ("incoming", 28, lambda k: pino(k, 30, "incoming request", reqId=rid(k), req={
            "method": k.skew(["GET", "POST", "PUT", "DELETE"]), "url": url(k), "hostname": "checkout-api:3000",
            "remoteAddress": k.ip("10.42"), "remotePort": k.port()})),
        ("completed", 28, lambda k: pino(k, 30, "request completed", reqId=rid(k), res={
            "statusCode": k.skew([200, 201, 204, 400, 404, 409, 422, 500, 503])}, responseTime=round(k.lognorm(9, 1.1), 6))),
        ("order-placed", 5, lambda k: pino(k, 30, "order placed", reqId=rid(k), orderId=f"ord_{k.alnum(14)}",
                                           total=round(k.lognorm(70, 0.8), 2), currency=k.skew(["EUR", "CHF", "PLN"]),
                                           items=k.n(1, 9))),
        ("payment-ok", 4, lambda k: pino(k, 30, "payment authorized", reqId=rid(k), orderId=f"ord_{k.alnum(14)}",
                                         psp=k.skew(["stripe", "adyen", "paypal"]), amountMinor=k.n(499, 90000),
                                         latencyMs=k.n(120, 3000))),
        ("payment-declined", 1.5, lambda k: pino(k, 40, "payment declined", reqId=rid(k), orderId=f"ord_{k.alnum(14)}",
                                                 psp=k.skew(["stripe", "adyen"]), reason=k.skew(
                                                     ["insufficient_funds", "do_not_honor", "expired_card",
                                                      "authentication_required"]))),
        ("stock-partial", 3, lambda k: pino(k, 40, "insufficient stock, partial reservation", reqId=rid(k),
                                            sku=f"WS-{k.n(1000, 9999)}", requested=k.n(2, 6), available=k.n(0, 1))),
        ("pricing-failed", 2.5, lambda k: pino(k, 50, "pricing call failed", reqId=rid(k), err={
            "type": "FetchError", "message": f"request to http://pricing-svc:8080/v2/quote failed, reason: connect "
            f"ECONNREFUSED {k.ip('10.43')}:8080", "stack": "FetchError: request to http://pricing-svc:8080/v2/quote "
            "failed\n    at ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1505:11)\n    at "
            "ClientRequest.emit (node:events:517:28)", "code": "ECONNREFUSED"})),
        ("rate-limited", 2, lambda k: pino(k, 40, "rate limit exceeded", reqId=rid(k), ip=k.ip("79.204"),
                                           route=k.one(["/v1/checkout", "/v1/shipping/quote"]), limit=k.one([30, 120]),
                                           windowMs=60000)),
        ("slow-query", 2, lambda k: pino(k, 40, "slow query", collection=k.one(["carts", "reservations", "orders"]),
                                         op=k.one(["findOneAndUpdate", "aggregate", "updateMany"]),
                                         ms=k.n(500, 9000))),
        ("redis-reconnect", 1.5, lambda k: pino(k, 40, "redis reconnecting", attempt=k.n(1, 12),
                                                delayMs=k.one([50, 100, 200, 400, 800, 1600]))),
        ("flags", 1.5, lambda k: pino(k, 30, "feature flags refreshed", count=k.n(30, 44), etag=f'W/"{k.hex(2)}-'
                                      f'{k.alnum(27)}"')),
        ("consumer-joined", 0.8, lambda k: pino(k, 30, "kafka consumer joined group", groupId="checkout-events",
                                                memberId=f"checkout-api-{k.uuid()}", generationId=k.n(100, 180),
                                                partitions=sorted(k.rng.sample(range(12), k.n(2, 6))))),
        ("rebalancing", 0.8, lambda k: pino(k, 40, "kafka group rebalancing", groupId="checkout-events",
                                            reason=k.one(["member left", "new member joined", "heartbeat expired"]))),
        ("cache-miss", 4, lambda k: pino(k, 20, "shipping quote cache miss", key=f"ship:{k.one(['DE', 'AT', 'FR', 'PL'])}:"
                                         f"{k.n(10000, 99999)}:{k.n(1, 30)}kg")),
        ("listening", 0.12, lambda k: pino(k, 30, f"Server listening at http://{k.ip('10.42')}:3000")),
        ("sigterm", 0.12, lambda k: pino(k, 30, "received SIGTERM, draining connections", inflight=k.n(0, 40))),
        ("uncaught", 0.12, lambda k: pino(k, 60, "uncaught exception, shutting down", err={
            "type": "TypeError", "message": "Cannot read properties of undefined (reading 'lines')",
            "stack": "TypeError: Cannot read properties of undefined (reading 'lines')\n    at computeTotals "
            "(/app/dist/cart/totals.js:41:29)"})),
    ]  # fmt: skip
    return build("pino", t, lines, 0.2)
