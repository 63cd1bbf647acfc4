"""Databases and brokers of the second blind log set: MySQL error log, MySQL slow query log, MongoDB (structured
JSON), RabbitMQ, Cassandra. Each ``make_*`` returns the system's lines (raw, content, label)."""

# ruff: noqa: E501
# fmt: off
# The template tables keep one log statement per line, as the source of a system reads: long lines by design.

from __future__ import annotations

import json
import random
import zlib
from datetime import UTC, datetime, timedelta

from logs_blind2_gen import Gen, Line, T, build

__all__ = ["make_cassandra", "make_mongodb", "make_mysql", "make_mysql_slow", "make_rabbitmq"]

_DBS = ("shop", "billing", "ledger", "crm", "analytics")


def _q(g: Gen) -> str:
    return g.pick(("orders.created", "orders.paid", "invoice.render", "email.outbound", "stock.sync", "audit"))


# --- MySQL 8 error log: time thread [prio] [code] [subsystem] message ----------------------------------------------
def _mysql() -> list[T]:
    def aborted(g: Gen) -> str:
        why = g.pick(("Got an error reading communication packets", "Got timeout reading communication packets"), (3, 1))
        return f"Aborted connection {g.seq('conn', 8812)} to db: '{g.pick(_DBS)}' user: '{g.svc_user()}' host: '{g.ip()}' ({why})."

    return [
        T("MY-010914/Server", "Note", 200, aborted),
        T("MY-013360/Server", "Warning", 150, lambda g: "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'"),
        T("MY-010055/Server", "Warning", 80, lambda g: f"IP address '{g.ip('client', 40)}' could not be resolved: Name or service not known"),
        T("MY-010926/Server", "Note", 60, lambda g: f"Access denied for user '{g.pick((g.user(), g.svc_user(), 'root'))}'@'{g.ip('client', 40)}' (using password: {g.pick(('YES', 'NO'), (5, 1))})"),
        T("MY-013730/Server", "Note", 50, lambda g: f"'wait_timeout' period of {g.pick((28800, 600, 3600))} seconds was exceeded for `{g.svc_user()}`@`{g.ip()}`. The idle time since last command was too long."),
        T("MY-010584/Repl", "Error", 15, lambda g: f"Replica I/O for channel '': Error reconnecting to source 'repl@{g.ip('src', 2)}:3306'. This was attempt {g.num(1, 40)}/86400, with a delay of 60 seconds between attempts. Message: Can't connect to MySQL server on '{g.ip('src', 2)}:3306' (111), Error_code: MY-002003"),
        T("MY-010707/Server", "Warning", 6, lambda g: f"Timeout waiting for reply of binlog (file: binlog.{g.num(120, 140):06d}, pos: {g.num(4, 99_999_999)}), semi-sync up to file binlog.{g.num(120, 140):06d}, position {g.num(4, 99_999_999)}."),
        T("MY-010045/Server", "Warning", 5, lambda g: f"Event Scheduler: [{g.user()}@localhost][{g.pick(_DBS)}.{g.pick(('purge_sessions', 'rollup_daily', 'expire_carts'))}] Deadlock found when trying to get lock; try restarting transaction"),
        T("MY-012872/InnoDB", "Warning", 4, lambda g: f"Difficult to find free blocks in the buffer pool ({g.num(21, 400)} search iterations)! {g.num(0, 50)} failed attempts to flush a page! Consider increasing innodb_buffer_pool_size. Pending flushes (fsync) log: 0; buffer pool: 0. {g.num(10**5, 10**7)} OS file reads, {g.num(10**5, 10**7)} OS file writes, {g.num(10**4, 10**6)} OS fsyncs."),
        T("MY-010581/Repl", "System", 3, lambda g: f"Replica SQL thread for channel '' initialized, starting replication in log 'binlog.{g.num(120, 140):06d}' at position {g.num(4, 99_999_999)}, relay log './relay-bin.{g.num(1, 30):06d}' position: {g.num(4, 9_999_999)}"),
        T("MY-010562/Repl", "System", 3, lambda g: f"Replica I/O thread for channel '': connected to source 'repl@{g.ip('src', 2)}:3306',replication started in log 'binlog.{g.num(120, 140):06d}' at position {g.num(4, 99_999_999)}"),
        T("MY-012592/InnoDB", "Error", 2, lambda g: "Operating system error number 28 in a file operation."),
        T("MY-012264/InnoDB", "Error", 2, lambda g: "The size of the BLOB/TEXT data inserted in one transaction is greater than 10% of redo log size. Increase the redo log size using innodb_log_file_size."),
        T("MY-010108/Server", "Warning", 2, lambda g: f"Unsafe statement written to the binary log using statement format since BINLOG_FORMAT = STATEMENT. Statements writing to a table with an auto-increment column after selecting from another table are unsafe because the order in which rows are retrieved determines what (if any) rows will be written. This order cannot be predicted and may differ on source and the replica. Statement: INSERT INTO {g.pick(_DBS)}.archive_orders SELECT * FROM {g.pick(_DBS)}.orders WHERE created_at < '2025-{g.num(1, 12):02d}-01'"),
        T("MY-010116/Server", "System", 1, lambda g: f"/usr/sbin/mysqld (mysqld 8.0.36) starting as process {g.num(1, 400)}"),
        T("MY-013576/InnoDB", "System", 1, lambda g: "InnoDB initialization has started."),
        T("MY-013577/InnoDB", "System", 1, lambda g: "InnoDB initialization has ended."),
        T("MY-010068/Server", "System", 1, lambda g: "CA certificate ca.pem is self signed."),
        T("MY-013602/Server", "System", 1, lambda g: "Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel."),
        T("MY-011810/Server", "Warning", 1, lambda g: "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory."),
        T("MY-010101/Server", "Warning", 1, lambda g: "Insecure configuration for --secure-file-priv: Location is accessible to all OS users. Consider choosing a different directory."),
        T("MY-011323/Server", "System", 1, lambda g: "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"),
        T("MY-010931/Server", "System", 1, lambda g: "/usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
        T("MY-013172/Server", "System", 1, lambda g: f"Received SHUTDOWN from user {g.pick(('root', 'boot'))}. Shutting down mysqld (Version: 8.0.36)."),
        T("MY-010910/Server", "System", 1, lambda g: "/usr/sbin/mysqld: Shutdown complete (mysqld 8.0.36)  MySQL Community Server - GPL."),
    ]


def make_mysql(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, msg: object) -> tuple[str, str]:
        code, _, subsystem = tpl.key.partition("/")
        thread = 0 if tpl.level == "System" or subsystem == "InnoDB" else g.num(8, 9000)
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return f"{stamp} {thread} [{tpl.level}] [{code}] [{subsystem}] {msg}", str(msg)

    return build("mysql", _mysql(), lines, render, gap_ms=4000)


# --- MySQL slow query log: every line of an entry is a line of the file ------------------------------------------------
def _queries() -> list[tuple[str, float, object]]:
    def in_list(g: Gen) -> str:
        kinds = ("'page_view'", "'add_to_cart'", "'checkout'", "'refund'", "'login'")
        return ", ".join(g.rng.sample(kinds, g.num(1, 4)))

    return [
        ("orders_by_customer", 40, lambda g: f"SELECT o.id, o.status, o.total_cents FROM orders o WHERE o.customer_id = {g.num(1, 900_000)} AND o.created_at >= '2026-0{g.num(1, 3)}-{g.num(1, 28):02d}' ORDER BY o.created_at DESC LIMIT {g.pick((20, 50, 100))};"),
        ("reserve_stock", 25, lambda g: f"UPDATE inventory SET reserved = reserved + {g.num(1, 12)} WHERE sku = 'SKU-{g.alnum(6).upper()}' AND warehouse_id = {g.num(1, 9)};"),
        ("count_events", 18, lambda g: f"SELECT COUNT(*) FROM events WHERE tenant_id = {g.num(1, 4000)} AND type IN ({in_list(g)}) AND ts BETWEEN {1773030000 + g.num(0, 99999)} AND {1773130000 + g.num(0, 99999)};"),
        ("purge_sessions", 12, lambda g: f"DELETE FROM sessions WHERE expires_at < NOW() - INTERVAL {g.pick((1, 7, 30))} DAY LIMIT 10000;"),
        ("audit_insert", 10, lambda g: f"INSERT INTO audit_log (actor, action, object_id, payload) VALUES ('{g.user()}', '{g.pick(('update', 'delete', 'export', 'login'))}', {g.num(1, 10**7)}, '{{\"ip\": \"{g.ext_ip()}\", \"via\": \"{g.pick(('web', 'api', 'cli'))}\"}}');"),
        ("user_by_email", 9, lambda g: f"SELECT * FROM users WHERE email = '{g.email()}' LIMIT 1;"),
        ("product_search", 8, lambda g: f"SELECT p.*, c.name FROM products p JOIN categories c ON c.id = p.category_id WHERE p.title LIKE '%{g.pick(('lamp', 'chair', 'usb c', 'kettle', 'Schreibtisch'))}%' AND p.active = 1 LIMIT {g.pick((24, 48))};"),
        ("recompute", 5, lambda g: f"CALL recompute_balances({g.num(1, 5000)}, '2026-03-{g.num(1, 9):02d}');"),
        ("dump_entries", 2, lambda g: "SELECT /*!40001 SQL_NO_CACHE */ * FROM `entries`;"),
        ("analyze", 2, lambda g: f"ANALYZE TABLE {g.pick(('orders', 'events', 'inventory'))};"),
        ("monthly_report", 4, lambda g: f"SELECT /* report:monthly */ DATE_FORMAT(created_at, '%Y-%m') AS m, SUM(total_cents) FROM orders WHERE merchant_id = {g.num(1, 800)} GROUP BY m;"),
        ("touch_user", 6, lambda g: f"UPDATE users SET last_seen_at = '2026-03-09 {g.num(6, 9):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d}' WHERE id = {g.num(1, 900_000)};"),
        ("next_job", 7, lambda g: "SELECT id FROM jobs WHERE state = 'queued' AND run_after <= NOW() ORDER BY priority DESC, id LIMIT 1 FOR UPDATE SKIP LOCKED;"),
        ("orders_by_ids", 5, lambda g: "SELECT * FROM order_items WHERE order_id IN (" + ", ".join(str(g.num(10**5, 10**6)) for _ in range(g.num(2, 9))) + ");"),
        ("add_column", 1, lambda g: "ALTER TABLE orders ADD COLUMN fulfilment_region VARCHAR(16) NULL AFTER status;"),
    ]


def make_mysql_slow(lines: int) -> list[Line]:
    rng = random.Random(zlib.crc32(b"logs-blind2/mysql_slow"))
    g = Gen(rng)
    out = [
        Line(r, r, f"mysql_slow-{k}")
        for k, r in (
            ("banner", "/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:"),
            ("ports", "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock"),
            ("columns", "Time                 Id Command    Argument"),
        )
    ]
    queries = _queries()
    weights = [w for _, w, _ in queries]
    t = datetime(2026, 3, 9, 6, 12, 3, 118_000, tzinfo=UTC)
    db = None
    pending = list(queries)  # every query shape at least once
    while len(out) < lines - 6:
        t += timedelta(seconds=rng.expovariate(1 / 7.0))
        key, _, write = pending.pop() if pending else rng.choices(queries, weights)[0]
        user = g.pick(("app_rw", "app_rw", "app_rw", "report", "root", "dump"))
        host = "localhost []" if user in ("root", "dump") else f" [{g.ip()}]"
        secs = g.lognorm(2.5, 0.8)
        entry = [
            ("time", f"# Time: {t.strftime('%Y-%m-%dT%H:%M:%S.%fZ')}"),
            ("userhost", f"# User@Host: {user}[{user}] @ {host}  Id: {g.num(10, 99_999):>5}"),
            ("querytime", f"# Query_time: {secs:.6f}  Lock_time: {g.lognorm(0.00002, 2):.6f} Rows_sent: {g.num(0, 100)}  Rows_examined: {g.num(1000, 5_000_000)}"),
        ]
        new_db = g.pick(("shop", "shop", "shop", "billing", "crm"))
        if new_db != db:
            entry.append(("use", f"use {new_db};"))
            db = new_db
        entry.append(("timestamp", f"SET timestamp={int(t.timestamp())};"))
        entry.append((f"q_{key}", write(g)))
        out.extend(Line(r, r, f"mysql_slow-{k}") for k, r in entry)
    return out


# --- MongoDB structured log: {"t","s","c","id","ctx","msg","attr"} -------------------------------------------------
def _conn(g: Gen) -> dict:
    return {"remote": f"{g.ip()}:{g.port()}", "uuid": {"uuid": {"$uuid": g.uuid()}}, "connectionId": g.seq("mc", 41000), "connectionCount": g.num(20, 260)}


def _slow(g: Gen) -> dict:
    coll = g.pick(("carts", "orders", "sessions", "events", "profiles"))
    scan = g.pick(("IXSCAN { customerId: 1, createdAt: -1 }", "COLLSCAN", "IXSCAN { _id: 1 }"), (4, 2, 1))
    return {
        "type": "command", "ns": f"{g.pick(('shop', 'tracking'))}.{coll}", "appName": g.pick(("orders-api", "cart-svc", "MongoDB Compass")),
        "command": {"find": coll, "filter": {"customerId": g.num(1, 900_000), "status": g.pick(("open", "paid"))}, "sort": {"createdAt": -1}, "limit": 50, "$db": "shop"},
        "planSummary": scan, "keysExamined": g.num(0, 5000), "docsExamined": g.num(0, 900_000), "nreturned": g.num(0, 50),
        "queryHash": g.hexs(8).upper(), "numYields": g.num(0, 900), "reslen": g.num(200, 90_000), "protocol": "op_msg",
        "durationMillis": g.ms(180),
    }  # fmt: skip


def _mongodb() -> list[T]:
    def meta(g: Gen) -> dict:
        driver = g.pick((("nodejs", "6.3.0"), ("PyMongo", "4.6.1"), ("mongo-java-driver|sync", "4.11.1")), (5, 3, 2))
        return {"remote": f"{g.ip()}:{g.port()}", "client": f"conn{g.seq('mc', 41000)}", "doc": {"driver": {"name": driver[0], "version": driver[1]}, "os": {"type": "Linux", "name": "linux", "architecture": "x64", "version": "5.15.0-1052-aws"}, "platform": g.pick(("Node.js v20.11.0, LE", "CPython 3.11.8.final.0", "Java/Eclipse Adoptium/17.0.10+7"))}}

    def wt(g: Gen) -> dict:
        return {"message": {"ts_sec": 1773038000 + g.num(0, 9999), "ts_usec": g.num(0, 999_999), "thread": f"1:0x7f{g.hexs(10)}", "session_name": "WT_SESSION.checkpoint", "category": "WT_VERB_CHECKPOINT_PROGRESS", "category_id": 6, "verbose_level": "DEBUG_1", "verbose_level_id": 1, "msg": f"saving checkpoint snapshot min: {g.num(1, 9999)}, snapshot max: {g.num(1, 9999)} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: {g.num(1000, 99999)}"}}

    def auth(g: Gen) -> dict:
        return {"client": f"{g.ip()}:{g.port()}", "isSpeculative": True, "isClusterMember": False, "mechanism": "SCRAM-SHA-256", "user": g.svc_user(), "db": "admin", "result": 0, "metrics": {"conversation_duration": {"micros": g.num(300, 9000), "summary": {"0": {"step": 1, "step_total": 2, "duration_micros": g.num(100, 900)}, "1": {"step": 2, "step_total": 2, "duration_micros": g.num(10, 90)}}}}, "extraInfo": {}}

    n = "NETWORK"
    return [
        T("22943", f"I|{n}|listener", 200, lambda g: ("Connection accepted", _conn(g))),
        T("22944", f"I|{n}|conn", 195, lambda g: ("Connection ended", _conn(g))),
        T("51800", f"I|{n}|conn", 150, lambda g: ("client metadata", meta(g))),
        T("51803", "I|COMMAND|conn", 120, lambda g: ("Slow query", _slow(g))),
        T("20499", "I|ACCESS|conn", 100, lambda g: ("Successfully authenticated", auth(g))),
        T("22430", "I|WTCHKPT|WTCheckpointThread", 60, lambda g: ("WiredTiger message", wt(g))),
        T("5479200", "I|INDEX|TTLMonitor", 40, lambda g: ("Deleted expired documents using index", {"namespace": f"shop.{g.pick(('sessions', 'carts', 'otp_codes'))}", "index": "expiresAt_1", "numDeleted": g.num(0, 4000), "durationMillis": g.ms(8)})),
        T("5578800", "W|COMMAND|conn", 10, lambda g: ("Deprecated operation requested", {"op": g.pick(("query", "getMore", "insert")), "clientInfo": {"address": f"{g.ip()}:{g.port()}"}})),
        T("20436", "I|ACCESS|conn", 8, lambda g: ("Authentication failed", {"mechanism": "SCRAM-SHA-256", "speculative": False, "principalName": g.pick((g.svc_user(), "admin", "root")), "authenticationDatabase": "admin", "remote": f"{g.ip('client', 40)}:{g.port()}", "extraInfo": {}, "error": "AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"})),
        T("22942", f"I|{n}|listener", 6, lambda g: ("Connection refused because there are too many open connections", {"remote": f"{g.ip()}:{g.port()}", "connectionCount": g.num(819, 820)})),
        T("20883", "I|COMMAND|conn", 5, lambda g: ("Interrupted operation as its client disconnected", {"opId": g.num(10**6, 10**8)})),
        T("22989", f"I|{n}|conn", 4, lambda g: ("Error sending response to client. Ending connection from remote", {"error": {"code": 6, "codeName": "HostUnreachable", "errmsg": "Connection reset by peer"}, "remote": f"{g.ip()}:{g.port()}", "connectionId": g.seq("mc", 41000)})),
        T("20320", "I|STORAGE|conn", 4, lambda g: ("createCollection", {"namespace": f"tracking.events_{g.num(202601, 202612)}", "uuidDisposition": "generated", "uuid": {"uuid": {"$uuid": g.uuid()}}, "options": {}})),
        T("20525", "I|COMMAND|conn", 3, lambda g: ("Failed to gather storage statistics for slow operation", {"opId": g.num(10**6, 10**8), "error": "lock acquire timeout"})),
        T("21358", "I|REPL|ReplCoord", 3, lambda g: ("Replica set state transition", {"newState": g.pick(("PRIMARY", "SECONDARY", "ROLLBACK")), "oldState": g.pick(("SECONDARY", "PRIMARY", "STARTUP2"))})),
        T("20438", "I|INDEX|conn", 2, lambda g: ("Index build: registering", {"buildUUID": {"uuid": {"$uuid": g.uuid()}}, "namespace": f"shop.{g.pick(('orders', 'carts'))}", "collectionUUID": {"uuid": {"$uuid": g.uuid()}}, "indexes": 1, "firstIndex": {"name": g.pick(("status_1_createdAt_-1", "sku_1"))}})),
        T("20663", "I|INDEX|IndexBuildsCoordinatorMongod", 2, lambda g: ("Index build: completed successfully", {"buildUUID": {"uuid": {"$uuid": g.uuid()}}, "namespace": f"shop.{g.pick(('orders', 'carts'))}", "indexesBuilt": [g.pick(("status_1_createdAt_-1", "sku_1"))], "numIndexesBefore": g.num(2, 6), "numIndexesAfter": g.num(3, 7)})),
        T("21216", "I|ELECTION|ReplCoord", 1, lambda g: ("Election succeeded, assuming primary role", {"term": g.num(40, 60)})),
        T("21331", "I|REPL|OplogApplier", 1, lambda g: ("Transition to primary complete; database writes are now permitted", None)),
        T("20698", "I|CONTROL|main", 1, lambda g: ("***** SERVER RESTARTED *****", None)),
        T("23016", f"I|{n}|listener", 1, lambda g: ("Waiting for connections", {"port": 27017, "ssl": "off"})),
        T("22120", "W|CONTROL|initandlisten", 1, lambda g: ("Access control is not enabled for the database. Read and write access to data and configuration is unrestricted", None)),
    ]


def make_mongodb(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, written: object) -> tuple[str, str]:
        msg, attr = written  # type: ignore[misc]
        sev, comp, ctx = tpl.level.split("|")
        if ctx == "conn":
            ctx = f"conn{g.num(41000, 41900)}"
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}+00:00"
        head = f'{{"t":{{"$date":"{stamp}"}},"s":"{sev}",  "c":"{comp}",{" " * max(1, 9 - len(comp))}"id":{tpl.key},{" " * max(1, 8 - len(tpl.key))}"ctx":"{ctx}","msg":{json.dumps(msg)}'
        body = "" if attr is None else ',"attr":' + json.dumps(attr, separators=(",", ":"))
        return head + body + "}", msg if attr is None else f"{msg} {json.dumps(attr, separators=(',', ':'))}"

    return build("mongodb", _mongodb(), lines, render, gap_ms=700)


# --- RabbitMQ 3.12: time [level] <pid> message ---------------------------------------------------------------------
def _amqp(g: Gen) -> str:
    return f"<0.{g.num(900, 99_999)}.0> ({g.ip()}:{g.port()} -> {g.ip('rmq', 3)}:5672"


def _vh(g: Gen) -> str:
    return g.pick(("/", "orders", "billing", "/tenant-eu"), (4, 2, 1, 1))


def _rabbitmq() -> list[T]:
    node = "rabbit@rmq-b0"
    return [
        T("accepting", "info", 150, lambda g: f"accepting AMQP connection {_amqp(g)})"),
        T("granted", "info", 145, lambda g: f"connection {_amqp(g)}): user '{g.svc_user()}' authenticated and granted access to vhost '{_vh(g)}'"),
        T("closing", "info", 130, lambda g: f"closing AMQP connection {_amqp(g)}, vhost: '{_vh(g)}', user: '{g.svc_user()}')"),
        T("unexpected", "warning", 40, lambda g: f"client unexpectedly closed TCP connection {_amqp(g)})"),
        T("no_exchange", "error", 15, lambda g: f"Error on AMQP connection {_amqp(g)}, vhost: '{_vh(g)}', user: '{g.svc_user()}', state: running), channel {g.num(1, 9)}: operation basic.publish caused a channel exception not_found: no exchange '{g.pick(('events', 'orders.dlx', 'notify'))}' in vhost '{_vh(g)}'"),
        T("inequivalent", "error", 6, lambda g: f"Error on AMQP connection {_amqp(g)}, vhost: '{_vh(g)}', user: '{g.svc_user()}', state: running), channel {g.num(1, 9)}: operation queue.declare caused a channel exception precondition_failed: inequivalent arg 'x-queue-type' for queue '{_q(g)}' in vhost '{_vh(g)}': received the value 'quorum' of type 'longstr' but current is none"),
        T("plain_refused", "error", 12, lambda g: f"PLAIN login refused: user '{g.pick((g.svc_user(), 'guest', 'admin'))}' - invalid credentials"),
        T("http_denied", "warning", 10, lambda g: "HTTP access denied: user 'guest' - User can only log in via localhost"),
        T("ack_timeout", "warning", 10, lambda g: f"Consumer 'amq.ctag-{g.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}' on channel {g.num(1, 9)} and queue '{_q(g)}' in vhost '{_vh(g)}' has timed out waiting for a consumer acknowledgement of a delivery with delivery tag = {g.num(1, 90_000)}. Timeout used: 1800000 ms. This timeout value can be configured, see consumers doc guide to learn more"),
        T("vote", "info", 8, lambda g: f"queue '{_q(g)}' in vhost '{_vh(g)}': granting vote for {{'%2F_{_q(g)}','{node}{g.num(1, 3)}'}} with last indexterm {{{g.num(100, 99_999)},{g.num(3, 9)}}} for term {g.num(3, 9)} previous term was {g.num(2, 8)}"),
        T("add_vhost", "info", 3, lambda g: f"Adding vhost 'ci-{g.alnum(6)}' (description: '', tags: [])"),
        T("del_vhost", "info", 3, lambda g: f"Deleting vhost 'ci-{g.alnum(6)}'"),
        T("perms", "info", 3, lambda g: f"Setting permissions for user '{g.svc_user()}' in vhost 'ci-{g.alnum(6)}' to '.*', '.*', '.*'"),
        T("alarm_set", "warning", 2, lambda g: f"memory resource limit alarm set on node '{node}{g.num(1, 3)}'."),
        T("alarm_clear", "info", 2, lambda g: f"memory resource limit alarm cleared on node '{node}{g.num(1, 3)}'"),
        T("hwm_set", "warning", 2, lambda g: f"vm_memory_high_watermark set. Memory used:{g.num(3 * 10**9, 4 * 10**9)} allowed:3279923814"),
        T("hwm_clear", "info", 2, lambda g: f"vm_memory_high_watermark clear. Memory used:{g.num(2 * 10**9, 3 * 10**9)} allowed:3279923814"),
        T("node_up", "info", 2, lambda g: f"node '{node}{g.num(1, 3)}' up"),
        T("node_down", "info", 2, lambda g: f"node '{node}{g.num(1, 3)}' down: {g.pick(('connection_closed', 'net_tick_timeout'))}"),
        T("mnesia_wait", "info", 2, lambda g: f"Waiting for Mnesia tables for 30000 ms, {g.num(5, 9)} retries left"),
        T("synced", "info", 2, lambda g: "Successfully synced tables from a peer"),
        T("listener", "info", 1, lambda g: "started TCP listener on [::]:5672"),
        T("ready", "info", 1, lambda g: "Ready to start client connection listeners"),
        T("startup", "info", 1, lambda g: f"Server startup complete; {g.num(4, 7)} plugins started."),
        T("stats", "info", 1, lambda g: "Statistics database started."),
    ]


def make_rabbitmq(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, msg: object) -> tuple[str, str]:
        stamp = t.strftime("%Y-%m-%d %H:%M:%S.%f") + "+00:00"
        return f"{stamp} [{tpl.level}] <0.{g.num(200, 99_999)}.0> {msg}", str(msg)

    return build("rabbitmq", _rabbitmq(), lines, render, gap_ms=1500)


# --- Cassandra 4.1 system.log: LEVEL [thread] time File.java:line - message -----------------------------------------
def _sst(g: Gen) -> str:
    ks, tbl = g.pick((("shop", "orders"), ("shop", "carts"), ("tracking", "events"), ("system", "local")), (4, 2, 3, 1))
    return f"/var/lib/cassandra/data/{ks}/{tbl}-{g.pooled('tblid' + tbl, 1, lambda: g.hexs(32))}/nb-{g.num(1, 99_999)}-big"


def _gc(g: Gen, young: bool) -> str:
    name = "G1 Young Generation" if young else "G1 Old Generation"
    return f"{name} GC in {g.ms(260 if young else 1400)}ms.  G1 Eden Space: {g.num(10**8, 10**9)} -> 0; G1 Old Gen: {g.num(10**9, 4 * 10**9)} -> {g.num(10**9, 4 * 10**9)}; G1 Survivor Space: {g.num(10**6, 10**8)} -> {g.num(10**6, 10**8)}; "


_POOLS = ("MutationStage", "ReadStage", "CompactionExecutor", "MemtableFlushWriter", "Native-Transport-Requests", "GossipStage", "HintsDispatcher", "CounterMutationStage")


def _cassandra() -> list[T]:
    def compacted(g: Gen) -> str:
        before, after = g.size(40_000), g.size(30_000)
        return f"Compacted ({g.uuid()}) {g.num(2, 6)} sstables to [{_sst(g)},] to level=0.  {before} to {after} (~{g.num(40, 99)}% of original) in {g.num(90, 90_000):,}ms.  Read Throughput = {g.size(9000)}/s, Write Throughput = {g.size(8000)}/s, Row Throughput = ~{g.num(100, 90_000):,}/s.  {g.num(10, 900_000):,} total partitions merged to {g.num(10, 900_000):,}.  Partition merge counts were {{1:{g.num(10, 99_999)}, 2:{g.num(0, 9_999)}, }}. Time spent writing keys = {g.num(10, 60_000):,}ms"

    def tbl(g: Gen) -> str:
        return g.pick(("orders", "carts", "events", "local", "peers_v2", "size_estimates"), (4, 2, 3, 1, 1, 1))

    return [
        T("CompactionTask.java:164", "INFO|CompactionExecutor", 200, lambda g: "Compacting (" + g.uuid() + ") [" + "".join(f"{_sst(g)}-Data.db:level=0, " for _ in range(g.num(2, 4))) + "]"),
        T("CompactionTask.java:253", "INFO|CompactionExecutor", 200, compacted),
        T("ColumnFamilyStore.java:878", "INFO|MemtablePostFlush", 150, lambda g: f"Enqueuing flush of {tbl(g)}: {g.size(3000)} ({g.num(0, 30)}%) on-heap, {g.size(900)} ({g.num(0, 9)}%) off-heap"),
        T("Flushing.java:145", "INFO|PerDiskMemtableFlushWriter_0", 140, lambda g: f"Writing Memtable-{tbl(g)}@{g.num(10**8, 2 * 10**9)}({g.size(2000)} serialized bytes, {g.num(1, 900_000)} ops, {g.num(0, 30)}%/{g.num(0, 9)}% of on/off-heap limit), flushed range = (min(-9223372036854775808), max(9223372036854775807)]"),
        T("Flushing.java:176", "INFO|PerDiskMemtableFlushWriter_0", 140, lambda g: f"Completed flushing {_sst(g)}-Data.db ({g.size(1500)}) for commitlog position CommitLogPosition(segmentId={1773000000000 + g.num(0, 99_999_999)}, position={g.num(0, 33_554_432)})"),
        T("GCInspector.java:285", "INFO|Service Thread", 90, lambda g: _gc(g, True)),
        T("StatusLogger.java:101", "INFO|ScheduledTasks:1", 40, lambda g: f"{g.pick(_POOLS):<32}{g.num(0, 32):>10}{g.num(0, 300):>10}{g.num(0, 90_000_000):>15}{g.num(0, 5):>10}{g.num(0, 900):>18}"),
        T("NoSpamLogger.java:105", "INFO|ReadStage-" + "2", 15, lambda g: f"Maximum memory usage reached ({g.pick(('536870912', '1073741824'))}), cannot allocate chunk of 1048576"),
        T("BatchStatement.java:420", "WARN|Native-Transport-Requests-", 12, lambda g: f"Batch for [{', '.join(sorted(g.rng.sample(['shop.orders', 'shop.order_items', 'shop.carts'], g.num(1, 3))))}] is of size {g.num(6, 90)}.{g.num(0, 999):03d}KiB, exceeding specified threshold of 5.000KiB by {g.num(1, 85)}.{g.num(0, 999):03d}KiB."),
        T("ReadCommand.java:598", "WARN|ReadStage-", 12, lambda g: f"Read {g.num(0, 500)} live rows and {g.num(1001, 90_000)} tombstone cells for query SELECT * FROM shop.carts WHERE customer_id = {g.uuid()} LIMIT 5000 ALLOW FILTERING; token {g.num(-(2**63), 2**63 - 1)} (see tombstone_warn_threshold)"),
        T("AutoSavingCache.java:395", "INFO|CompactionExecutor", 10, lambda g: f"Saved KeyCache ({g.num(1000, 900_000)} items) in {g.ms(60)} ms"),
        T("HintsDispatchExecutor.java:282", "INFO|HintsDispatcher", 10, lambda g: f"Finished hinted handoff of file {g.uuid()}-{1773000000000 + g.num(0, 9_999_999)}-2.hints to endpoint /{g.ip('cass', 6)}:7000: {g.uuid()}"),
        T("GCInspector.java:283", "WARN|Service Thread", 8, lambda g: _gc(g, False)),
        T("HintsStore.java:132", "INFO|HintsDispatcher", 5, lambda g: f"Deleted hint file {g.uuid()}-{1773000000000 + g.num(0, 9_999_999)}-2.hints"),
        T("RepairSession.java:202", "INFO|Repair-Task-", 5, lambda g: f"[repair #{g.uuid()}] new session: will sync " + ", ".join(f"/{g.ip('cass', 6)}:7000" for _ in range(g.num(2, 3))) + f" on range [({g.num(-(2**63), 0)},{g.num(0, 2**63 - 1)}]] for shop.[{', '.join(g.rng.sample(['orders', 'carts', 'order_items'], g.num(1, 3)))}]"),
        T("RepairSession.java:321", "INFO|Repair-Task-", 5, lambda g: f"[repair #{g.uuid()}] Session completed successfully"),
        T("Gossiper.java:1134", "INFO|GossipStage:1", 4, lambda g: f"InetAddress /{g.ip('cass', 6)}:7000 is now DOWN"),
        T("Gossiper.java:1386", "INFO|GossipStage:1", 4, lambda g: f"InetAddress /{g.ip('cass', 6)}:7000 is now UP"),
        T("StorageService.java:3029", "INFO|GossipStage:1", 4, lambda g: f"Node /{g.ip('cass', 6)}:7000 state jump to NORMAL"),
        T("StatusLogger.java:65", "INFO|ScheduledTasks:1", 3, lambda g: "Pool Name                                    Active   Pending      Completed   Blocked  All Time Blocked"),
        T("ColumnFamilyStore.java:385", "INFO|MigrationStage:1", 3, lambda g: f"Initializing shop.{g.pick(('orders_by_day', 'carts_v2', 'promo_codes'))}"),
        T("CassandraDaemon.java:581", "ERROR|CompactionExecutor", 2, lambda g: f"Exception in thread Thread[CompactionExecutor:{g.num(1, 8)},1,main]"),
        T("PipelineConfigurator.java:125", "INFO|main", 1, lambda g: "Starting listening for CQL clients on /0.0.0.0:9042 (unencrypted)..."),
    ]


def make_cassandra(lines: int) -> list[Line]:
    def render(g: Gen, t: datetime, tpl: T, msg: object) -> tuple[str, str]:
        level, thread = tpl.level.split("|")
        if thread.endswith(("Executor", "-", "Dispatcher")):
            thread += f"{'' if thread.endswith('-') else ':'}{g.num(1, 8)}"
        stamp = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        return f"{level:<5} [{thread}] {stamp} {tpl.key} - {msg}", str(msg)

    return build("cassandra", _cassandra(), lines, render, gap_ms=2500)
