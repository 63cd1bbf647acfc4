"""Application tiers of the second blind log set: Celery workers, Postfix (syslog), Gunicorn with a Django app on
one container's stdout, and Jenkins. Each ``make_*`` returns the system's lines (raw, content, label)."""

# ruff: noqa: E501
# fmt: off
# The template tables keep one log statement per line, as the source of a system reads: long lines by design.

from __future__ import annotations

from datetime import datetime

from logs_blind2_gen import Gen, Line, T, build

__all__ = ["make_celery", "make_gunicorn", "make_jenkins", "make_postfix"]

_TASKS = ("billing.tasks.charge_invoice", "notify.tasks.send_email", "catalog.tasks.reindex_product",
          "reports.tasks.build_monthly_pdf", "shop.tasks.expire_carts", "notify.tasks.push_fcm")  # fmt: skip


_RETRY_WHY = (
    "ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='api.sendgrid.com', port=443): Max retries exceeded\"))",
    "OperationalError('could not obtain lock on row in relation \"invoices\"')",
    "SMTPServerDisconnected('Connection unexpectedly closed')",
)
_RAISED = (
    "KeyError('customer_id')",
    "TimeoutError()",
    "ValueError('invalid literal for int() with base 10: \"\"')",
    "IntegrityError('duplicate key value violates unique constraint \"invoices_number_key\"')",
)


def _task(g: Gen) -> str:
    return g.pick(_TASKS, (3, 6, 2, 1, 2, 3))


# --- Celery 5.3 worker: [time: LEVEL/Process] message --------------------------------------------------------------
def _celery() -> list[T]:
    def result(g: Gen) -> str:
        return g.pick(("None", "True", f"{{'sent': {g.num(1, 40)}, 'failed': 0}}", f"'{g.uuid()}'", "[]"), (6, 2, 2, 1, 1))

    return [
        T("received", "INFO|MainProcess", 300, lambda g: f"Task {_task(g)}[{g.uuid()}] received"),
        T("succeeded", "INFO|ForkPoolWorker", 280, lambda g: f"Task {_task(g)}[{g.uuid()}] succeeded in {g.lognorm(0.4, 1.3):.{g.pick((9, 10, 11))}f}s: {result(g)}"),
        T("retry", "INFO|ForkPoolWorker", 40, lambda g: f"Task {_task(g)}[{g.uuid()}] retry: Retry in {g.pick((10, 30, 60, 120, 300))}s: {g.pick(_RETRY_WHY)}"),
        T("raised", "ERROR|ForkPoolWorker", 25, lambda g: f"Task {_task(g)}[{g.uuid()}] raised unexpected: {g.pick(_RAISED)}"),
        T("soft_limit", "WARNING|MainProcess", 8, lambda g: f"Soft time limit ({g.pick((60, 300, 900))}s) exceeded for {_task(g)}[{g.uuid()}]"),
        T("hard_limit", "ERROR|MainProcess", 4, lambda g: f"Hard time limit ({g.pick((120, 600, 1800))}s) exceeded for {_task(g)}[{g.uuid()}]"),
        T("worker_lost", "ERROR|MainProcess", 3, lambda g: f"Process 'ForkPoolWorker-{g.num(1, 8)}' pid:{g.num(100, 9999)} exited with 'signal 9 (SIGKILL)'"),
        T("sync_with", "INFO|MainProcess", 3, lambda g: f"sync with celery@{g.pod()}"),
        T("missed_hb", "INFO|MainProcess", 6, lambda g: f"missed heartbeat from celery@{g.pod()}"),
        T("substantial_drift", "WARNING|MainProcess", 2, lambda g: f"Substantial drift from celery@{g.pod()} may mean clocks are out of sync.  Current drift is {g.num(16, 400)} seconds.  [orig: 2026-03-09 06:{g.num(10, 59)}:{g.num(10, 59)}.{g.num(100000, 999999)} recv: 2026-03-09 06:{g.num(10, 59)}:{g.num(10, 59)}.{g.num(100000, 999999)}]"),
        T("connected", "INFO|MainProcess", 2, lambda g: f"Connected to amqp://{g.svc_user()}:**@{g.ip('rmq', 3)}:5672/{g.pick(('orders', 'billing'))}"),
        T("conn_lost", "WARNING|MainProcess", 3, lambda g: "consumer: Connection to broker lost. Trying to re-establish the connection..."),
        T("conn_retry", "ERROR|MainProcess", 4, lambda g: f"consumer: Cannot connect to amqp://{g.svc_user()}:**@{g.ip('rmq', 3)}:5672/orders: [Errno 111] Connection refused.\nTrying again in {g.pick((2.0, 4.0, 6.0, 8.0))} seconds... ({g.num(1, 6)}/100)".replace("\n", " ")),
        T("mingle", "INFO|MainProcess", 2, lambda g: "mingle: searching for neighbors"),
        T("mingle_all", "INFO|MainProcess", 2, lambda g: f"mingle: sync complete with {g.num(1, 7)} nodes"),
        T("ready", "INFO|MainProcess", 2, lambda g: f"celery@{g.pod()} ready."),
        T("unregistered", "ERROR|MainProcess", 2, lambda g: f"Received unregistered task of type '{g.pick(('billing.tasks.charge_invoice_v2', 'legacy.tasks.sync_erp'))}'."),
        T("beat_sending", "INFO|Beat", 20, lambda g: f"Scheduler: Sending due task {g.pick(('expire-carts-every-5m', 'reindex-nightly', 'monthly-reports', 'push-digest'))} ({_task(g)})"),
    ]


def make_celery(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, msg: object) -> tuple[str, str]:
        level, proc = tpl.level.split("|")
        if proc == "ForkPoolWorker":
            proc += f"-{g.num(1, 8)}"
        stamp = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        return f"[{stamp}: {level}/{proc}] {msg}", str(msg)

    return build("celery", _celery(), lines, render, gap_ms=400)


# --- Postfix 3.7 (syslog RFC 3164): month day time host postfix/daemon[pid]: message --------------------------------
def _qid(g: Gen) -> str:
    return g.alnum(g.pick((10, 11)), "0123456789ABCDEF")


def _postfix() -> list[T]:
    def peer(g: Gen) -> str:
        name = g.pick(("unknown", f"mail-{g.alnum(6)}.outbound.protection.outlook.com", f"mx{g.num(1, 4)}.kunde.de", f"{g.alnum(8)}.dynamic.isp.net"), (4, 3, 2, 2))
        return f"{name}[{g.ext_ip()}]"

    def relay(g: Gen) -> str:
        return g.pick((f"gmail-smtp-in.l.google.com[{g.ext_ip()}]:25", f"{g.pick(('kunde-de', 'acme-io'))}.mail.protection.outlook.com[{g.ext_ip()}]:25", f"mx.kunde.de[{g.ext_ip()}]:25"))

    def delays(g: Gen) -> str:
        return f"delay={g.lognorm(1.2, 1.0):.{g.pick((1, 2))}g}, delays={g.lognorm(0.1, 1):.2g}/{g.pick(('0', '0.01', '0.02'))}/{g.lognorm(0.3, 1):.2g}/{g.lognorm(0.6, 1):.2g}"

    def sent(g: Gen) -> str:
        reply = g.pick((f"250 2.0.0 OK  {1773038000 + g.num(0, 9999)} {g.alnum(18)}.{g.num(100, 999)} - gsmtp", f"250 2.6.0 <{g.uuid()}@mail.example.com> [InternalId={g.num(10**12, 10**13)}, Hostname={g.alnum(14).upper()}.eurprd04.prod.outlook.com] {g.num(2000, 90000)} bytes in {g.lognorm(0.1, 1):.3f}, {g.lognorm(80, 1):.3f} KB/sec Queued mail for delivery", f"250 Requested mail action okay, completed: id={g.alnum(20)}"), (5, 3, 2))
        return f"{_qid(g)}: to=<{g.email()}>, relay={relay(g)}, {delays(g)}, dsn=2.0.0, status=sent ({reply})"

    return [
        T("smtp_sent", "smtp", 200, sent),
        T("qmgr_from", "qmgr", 150, lambda g: f"{_qid(g)}: from=<{g.pick(('noreply@mail.example.com', 'billing@mail.example.com', g.email()), (6, 3, 1))}>, size={g.num(900, 300_000)}, nrcpt={g.pick((1, 1, 1, 2, 5))} (queue active)"),
        T("qmgr_removed", "qmgr", 145, lambda g: f"{_qid(g)}: removed"),
        T("cleanup_msgid", "cleanup", 140, lambda g: f"{_qid(g)}: message-id=<{g.uuid()}@mail.example.com>"),
        T("connect", "smtpd", 120, lambda g: f"connect from {peer(g)}"),
        T("disconnect", "smtpd", 115, lambda g: f"disconnect from {peer(g)} ehlo=1 mail=1 rcpt={g.num(0, 2)}/{g.num(1, 2)} data={g.num(0, 1)} quit=1 commands={g.num(3, 5)}/{g.num(5, 6)}"),
        T("smtpd_client", "smtpd", 100, lambda g: f"{_qid(g)}: client={peer(g)}"),
        T("deferred", "smtp", 30, lambda g: f"{_qid(g)}: to=<{g.email()}>, relay={relay(g)}, {delays(g)}, dsn=4.{g.pick(('7.0', '2.2', '4.1'))}, status=deferred (host {relay(g).rsplit(':', 1)[0]} said: {g.pick(('421-4.7.0 [' + g.ext_ip() + ' 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address.', '452 4.2.2 Mailbox full', '451 4.4.1 Temporary server error. Please try again later'))} (in reply to {g.pick(('RCPT TO', 'end of DATA'))} command))"),
        T("bounced", "smtp", 12, lambda g: f"{_qid(g)}: to=<{g.email()}>, relay={relay(g)}, {delays(g)}, dsn=5.1.1, status=bounced (host {relay(g).rsplit(':', 1)[0]} said: 550 5.1.1 The email account that you tried to reach does not exist. (in reply to RCPT TO command))"),
        T("lost_conn", "smtpd", 25, lambda g: f"lost connection after {g.pick(('AUTH', 'EHLO', 'CONNECT', 'DATA'))} from {peer(g)}"),
        T("sasl_fail", "smtpd", 30, lambda g: f"warning: {peer(g)}: SASL LOGIN authentication failed: UGFzc3dvcmQ6"),
        T("rbl_reject", "smtpd", 20, lambda g: f"NOQUEUE: reject: RCPT from {peer(g)}: 554 5.7.1 Service unavailable; Client host [{g.ext_ip()}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/{g.ext_ip()}; from=<{g.email()}> to=<{g.email()}> proto=ESMTP helo=<{g.alnum(8)}>"),
        T("relay_denied", "smtpd", 10, lambda g: f"NOQUEUE: reject: RCPT from {peer(g)}: 454 4.7.1 <{g.email()}>: Relay access denied; from=<{g.email()}> to=<{g.email()}> proto=ESMTP helo=<{g.alnum(8)}>"),
        T("tls_established", "smtp", 60, lambda g: f"Trusted TLS connection established to {relay(g)}: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256"),
        T("anon_tls", "smtpd", 40, lambda g: f"Anonymous TLS connection established from {peer(g)}: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"),
        T("bounce_notify", "bounce", 6, lambda g: f"{_qid(g)}: sender non-delivery notification: {_qid(g)}"),
        T("hostname_mismatch", "smtpd", 8, lambda g: f"warning: hostname {g.alnum(8)}.dynamic.isp.net does not resolve to address {g.ext_ip()}: Name or service not known"),
        T("too_many_errors", "smtpd", 3, lambda g: f"too many errors after RCPT from {peer(g)}"),
        T("postscreen_pass", "postscreen", 15, lambda g: f"PASS OLD [{g.ext_ip()}]:{g.port()}"),
        T("anvil", "anvil", 2, lambda g: f"statistics: max connection rate {g.num(1, 30)}/60s for (smtp:{g.ext_ip()}) at Mar  9 0{g.num(6, 9)}:{g.num(10, 59)}:{g.num(10, 59)}"),
        T("reload", "master", 1, lambda g: "reload -- version 3.7.10, configuration /etc/postfix"),
    ]


def make_postfix(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, msg: object) -> tuple[str, str]:
        stamp = t.strftime("%b ") + f"{t.day:>2} " + t.strftime("%H:%M:%S")
        host = "mx1" if tpl.key not in ("smtp_sent", "deferred", "bounced", "tls_established") else "relay-out2"
        return f"{stamp} {host} postfix/{tpl.level}[{g.num(900, 60_000)}]: {msg}", str(msg)

    return build("postfix", _postfix(), lines, render, gap_ms=1200)


# --- Gunicorn 21 + Django 4.2 on one container's stdout ----------------------------------------------------------------
def _gunicorn() -> list[T]:
    def path(g: Gen) -> str:
        return g.pick((f"/api/v2/orders/{g.num(10**5, 10**6)}/", f"/api/v2/carts/{g.uuid()}/items/", "/api/v2/products/?page=" + str(g.num(1, 40)), "/healthz", f"/admin/shop/order/{g.num(10**5, 10**6)}/change/"), (5, 3, 3, 4, 1))

    return [
        T("not_found", "WARNING|django.request", 100, lambda g: f"Not Found: {g.pick((path(g), '/wp-login.php', '/.env', '/api/v2/orders/' + str(g.num(1, 99)) + '/invoice.pdf'))}"),
        T("slow_req", "WARNING|shop.middleware.timing", 120, lambda g: f"slow request {g.pick(('GET', 'GET', 'POST', 'PATCH'))} {path(g)} took {g.ms(1800)}ms (user_id={g.pick((str(g.num(1, 900_000)), 'anonymous'))}, db_queries={g.num(3, 400)})"),
        T("unauthorized", "WARNING|django.request", 40, lambda g: f"Unauthorized: {path(g)}"),
        T("forbidden", "WARNING|django.request", 20, lambda g: f"Forbidden (CSRF token missing.): {path(g)}"),
        T("server_error", "ERROR|django.request", 25, lambda g: f"Internal Server Error: {path(g)}"),
        T("order_placed", "INFO|shop.orders", 150, lambda g: f"order {g.num(10**5, 10**6)} placed by customer {g.num(1, 900_000)}: {g.num(1, 12)} items, total {g.num(5, 900)}.{g.num(0, 99):02d} {g.pick(('EUR', 'EUR', 'GBP', 'CHF'))}, payment={g.pick(('card', 'paypal', 'sepa', 'klarna'), (6, 3, 1, 1))}"),
        T("payment_declined", "WARNING|shop.payments", 30, lambda g: f"payment declined for order {g.num(10**5, 10**6)}: provider={g.pick(('adyen', 'stripe'))} code={g.pick(('card_declined', 'insufficient_funds', 'expired_card', 'do_not_honor'))} attempt={g.num(1, 3)}"),
        T("cache_miss", "DEBUG|shop.cache", 80, lambda g: f"cache miss key=product:{g.num(1, 90_000)}:v{g.num(1, 3)} backend=redis ttl={g.pick((60, 300, 3600))}"),
        T("worker_timeout", "CRITICAL|gunicorn.error", 6, lambda g: f"WORKER TIMEOUT (pid:{g.num(10, 900)})"),
        T("booting", "INFO|gunicorn.error", 8, lambda g: f"Booting worker with pid: {g.num(10, 900)}"),
        T("worker_exit", "INFO|gunicorn.error", 6, lambda g: f"Worker exiting (pid: {g.num(10, 900)})"),
        T("sigkill", "ERROR|gunicorn.error", 4, lambda g: f"Worker (pid:{g.num(10, 900)}) was sent SIGKILL! Perhaps out of memory?"),
        T("listening", "INFO|gunicorn.error", 1, lambda g: "Listening at: http://0.0.0.0:8000 (1)"),
        T("starting", "INFO|gunicorn.error", 1, lambda g: "Starting gunicorn 21.2.0"),
        T("using_worker", "INFO|gunicorn.error", 1, lambda g: "Using worker: gthread"),
        T("handling_signal", "INFO|gunicorn.error", 2, lambda g: f"Handling signal: {g.pick(('term', 'hup', 'winch'))}"),
        T("db_retry", "WARNING|shop.db", 10, lambda g: f"database connection lost ({g.pick(('server closed the connection unexpectedly', 'SSL SYSCALL error: EOF detected', 'terminating connection due to administrator command'))}), retrying in {g.pick((0.5, 1, 2))}s"),
        T("email_sent", "INFO|shop.notify", 40, lambda g: f"queued email template={g.pick(('order_confirmation', 'shipping_update', 'password_reset', 'invoice'))} to={g.email()} via celery task {g.uuid()}"),
        T("login", "INFO|shop.auth", 50, lambda g: f"user {g.num(1, 900_000)} logged in from {g.ext_ip()} (mfa={g.pick(('totp', 'none', 'webauthn'), (3, 5, 1))})"),
        T("login_failed", "WARNING|shop.auth", 20, lambda g: f"failed login for '{g.email()}' from {g.ext_ip()}: {g.pick(('bad password', 'account locked', 'unknown user'))}"),
        T("migration", "INFO|django.db.backends.schema", 1, lambda g: "Applying shop.0087_order_fulfilment_region... OK"),
    ]


def make_gunicorn(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, msg: object) -> tuple[str, str]:
        level, logger = tpl.level.split("|")
        if logger == "gunicorn.error":  # gunicorn's own error log format
            return f"[{t.strftime('%Y-%m-%d %H:%M:%S')} +0000] [{g.pick(('1', str(g.num(10, 900))))}] [{level}] {msg}", str(msg)
        stamp = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        return f"{stamp} {level} [{logger}] {msg}", str(msg)

    return build("gunicorn", _gunicorn(), lines, render, gap_ms=500)


# --- Jenkins 2.440 (java.util.logging, one line per record): time [id=N] LEVEL logger#method: message -----------------
def _jenkins() -> list[T]:
    def job(g: Gen) -> str:
        return g.pick(("payments-api/main", "payments-api/PR-" + str(g.num(100, 999)), "infra/terraform-plan", "nightly-e2e", "web-frontend/release%2F2026.03"), (4, 3, 2, 2, 1))

    def agent(g: Gen) -> str:
        return g.pooled("agent", 10, lambda: f"k8s-agent-{g.alnum(5)}")

    return [
        T("build_done", "INFO|hudson.model.Run#execute", 200, lambda g: f"{job(g)} #{g.num(100, 9000)} main build action completed: {g.pick(('SUCCESS', 'FAILURE', 'UNSTABLE', 'ABORTED'), (12, 3, 1, 1))}"),
        T("provisioning", "INFO|o.c.j.p.k.KubernetesCloud#provision", 150, lambda g: f"Excess workload after pending Kubernetes agents: {g.num(1, 6)}"),
        T("template", "INFO|o.c.j.p.k.KubernetesCloud#provision", 120, lambda g: f"Template for label \"{g.pick(('maven', 'node20', 'docker', 'terraform'))}\": {g.pick(('maven', 'node20', 'docker', 'terraform'))}-pod"),
        T("pod_created", "INFO|o.c.j.p.k.KubernetesLauncher#launch", 110, lambda g: f"Created Pod: kubernetes ci/{agent(g)}"),
        T("pod_terminated", "INFO|o.c.j.p.k.KubernetesSlave#_terminate", 105, lambda g: f"Terminating Kubernetes instance for agent {agent(g)}"),
        T("agent_online", "INFO|o.c.j.p.k.KubernetesLauncher#launch", 100, lambda g: f"Pod is running: kubernetes ci/{agent(g)}"),
        T("disconnected", "INFO|h.s.ChannelPinger$1#onDead", 30, lambda g: f"Ping failed. Terminating the channel {agent(g)}."),
        T("scm_poll", "INFO|h.t.SCMTrigger$Runner#run", 60, lambda g: f"SCM changes detected in {job(g)}. Triggering #{g.num(100, 9000)}"),
        T("branch_index", "INFO|j.b.MultiBranchProject$BranchIndexing#run", 30, lambda g: f"{job(g).split('/')[0]} #{g.num(1000, 90_000)} branch indexing action completed: SUCCESS"),
        T("pod_err", "WARNING|o.c.j.p.k.KubernetesLauncher#launch", 15, lambda g: f"Error in provisioning; agent={agent(g)}, template=PodTemplate{{id='{g.hexs(64)}', name='{g.pick(('maven', 'node20', 'docker'))}-pod', namespace='ci', label='{g.pick(('maven', 'node20', 'docker'))}'}}"),
        T("timeout", "WARNING|o.c.j.p.k.KubernetesLauncher#launch", 8, lambda g: f"Agent {agent(g)} is not connected after {g.num(60, 600)} seconds, last reported state: Pending"),
        T("webhook", "INFO|c.c.j.GitHubWebHook#doIndex", 40, lambda g: f"Received POST for https://github.example.com/{g.pick(('payments', 'infra', 'web'))}/{g.pick(('payments-api', 'terraform', 'web-frontend'))}"),
        T("login_fail", "WARNING|j.s.s.a.AbstractUserDetailsAuthenticationProvider#authenticate", 6, lambda g: f"Login attempt failed for user {g.user()} from {g.ext_ip()}"),
        T("cred_missing", "WARNING|c.c.p.c.CredentialsProvider#findCredentialById", 5, lambda g: f"Could not find credentials matching {g.pick(('github-app', 'nexus-deploy', 'aws-ci-role'))}"),
        T("disk_low", "WARNING|h.n.DiskSpaceMonitorDescriptor#markNodeOfflineOrOnline", 2, lambda g: f"Making {g.pick(('built-in', agent(g)))} offline temporarily due to the lack of disk space"),
        T("gc_done", "INFO|h.m.AsyncPeriodicWork#lambda$doRun$1", 6, lambda g: f"Finished Workspace clean-up. {g.num(1, 9000)} ms"),
        T("gc_start", "INFO|h.m.AsyncPeriodicWork#lambda$doRun$1", 6, lambda g: "Started Workspace clean-up"),
        T("fullyup", "INFO|hudson.lifecycle.Lifecycle#onReady", 1, lambda g: "Jenkins is fully up and running"),
        T("init", "INFO|jenkins.InitReactorRunner$1#onAttained", 4, lambda g: f"{g.pick(('Started initialization', 'Listed all plugins', 'Prepared all plugins', 'Started all plugins', 'Augmented all extensions', 'System config loaded', 'Loaded all jobs', 'Completed initialization'))}"),
    ]


def make_jenkins(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, msg: object) -> tuple[str, str]:
        level, logger = tpl.level.split("|")
        stamp = t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}+0000"
        return f"{stamp} [id={g.num(30, 9000)}]\t{level}\t{logger}: {msg}", str(msg)

    return build("jenkins", _jenkins(), lines, render, gap_ms=1300)
