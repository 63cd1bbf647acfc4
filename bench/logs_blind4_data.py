"""Data and delivery systems of the fourth blind log set: Flink, Trino, Argo CD and GitLab Runner."""

from __future__ import annotations

from datetime import datetime

from logs_blind4_kit import Line, Pick, Tpl, build, kv, logfmt_value

__all__ = ["make_argocd", "make_flink", "make_gitlab_runner", "make_trino"]

OPS = ["Source: kafka-orders -> Map -> Filter", "Window(TumblingEventTimeWindows(60000), EventTimeTrigger, Agg)",
       "Sink: iceberg-writer", "KeyedProcess -> Sink: alerts-kafka", "Source: cdc-pg-shop -> Flat Map",
       "Async wait operator", "Sink: Committer"]  # fmt: skip
JOBS = {"a7c91e0f3d2b4c5e8f1a2b3c4d5e6f70": "orders-enrichment", "3e1f0b9a8c7d6e5f4a3b2c1d0e9f8a7b": "fraud-score",
        "0b7d5e3c1a9f8e7d6c5b4a3f2e1d0c9b": "clickstream-sessionizer"}  # fmt: skip
FLINK_HOSTS = ["flink-tm-0.flink-tm.stream.svc", "flink-tm-1.flink-tm.stream.svc", "flink-tm-2.flink-tm.stream.svc"]


def _job(p: Pick) -> str:
    return p.one(list(JOBS))


def _attempt(p: Pick) -> str:
    return f"{p.hexs(32)}_{p.hexs(32)}_{p.n(0, 11)}_{p.one([0, 0, 0, 1, 2])}"


def _task(p: Pick) -> str:
    n = p.one([4, 8, 12])
    return f"{p.one(OPS)} ({p.n(1, n)}/{n})"


def _tm(p: Pick) -> str:
    return f"{p.one(FLINK_HOSTS)}:6122-{p.hexs(6)} @ {p.ip()} (dataPort={p.n(34000, 46000)})"


def _flink_tpls() -> list[Tpl]:
    cc = "org.apache.flink.runtime.checkpoint.CheckpointCoordinator"
    eg = "org.apache.flink.runtime.executiongraph.ExecutionGraph"
    task = "org.apache.flink.runtime.taskmanager.Task"
    states = [
        ("CREATED", "SCHEDULED"),
        ("SCHEDULED", "DEPLOYING"),
        ("DEPLOYING", "INITIALIZING"),
        ("INITIALIZING", "RUNNING"),
        ("RUNNING", "FINISHED"),
        ("RUNNING", "CANCELING"),
        ("CANCELING", "CANCELED"),
    ]

    def sw(p: Pick) -> str:
        a, b = p.one(states)
        return f"{a} to {b}"

    return [
        Tpl("trigger", 60, lambda p: ("INFO", cc, f"Triggering checkpoint {p.grow('cp', 18200, 1)} (type=CheckpointType{{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}}) @ {p.grow('ts', 1795336992118, 60000)} for job {_job(p)}.")),  # noqa: E501
        Tpl("completed", 55, lambda p: ("INFO", cc, f"Completed checkpoint {p.grow('cpd', 18199, 1)} for job {_job(p)} ({p.size(4 * 10**7)} bytes, checkpointDuration={int(p.ms(900))} ms, finalizationTime={p.n(0, 40)} ms).")),  # noqa: E501
        Tpl("decline", 4, lambda p: ("INFO", cc, f"Decline checkpoint {p.n(18200, 18400)} by task {_attempt(p)} of job {_job(p)} at {_tm(p)}.")),  # noqa: E501
        Tpl("expired", 3, lambda p: ("INFO", cc, f"Checkpoint {p.n(18200, 18400)} of job {_job(p)} expired before completing.")),  # noqa: E501
        Tpl("restore", 2, lambda p: ("INFO", cc, f"Restoring job {_job(p)} from Checkpoint {p.n(18200, 18400)} @ {p.n(1795336000000, 1795339000000)} for {_job(p)} located at s3://lake-flink-state/checkpoints/{_job(p)}/chk-{p.n(18200, 18400)}.")),  # noqa: E501
        Tpl("eg_switch", 120, lambda p: ("INFO", eg, f"{_task(p)} ({_attempt(p)}) switched from {sw(p)}.")),
        Tpl("eg_failed", 4, lambda p: ("INFO", eg, f"{_task(p)} ({_attempt(p)}) switched from RUNNING to FAILED on {_tm(p)}.")),  # noqa: E501
        Tpl("job_state", 6, lambda p: ("INFO", eg, f"Job {JOBS[(j := _job(p))]} ({j}) switched from state {p.one(['RUNNING to RESTARTING', 'RESTARTING to RUNNING', 'CREATED to RUNNING', 'RUNNING to CANCELLING'])}.")),  # noqa: E501
        Tpl("tm_switch", 110, lambda p: ("INFO", task, f"{_task(p)}#{p.one([0, 0, 1])} ({_attempt(p)}) switched from {sw(p)}.")),  # noqa: E501
        Tpl("freeing", 20, lambda p: ("INFO", task, f"Freeing task resources for {_task(p)}#{p.one([0, 1])} ({_attempt(p)}).")),  # noqa: E501
        Tpl("unregister", 20, lambda p: ("INFO", "org.apache.flink.runtime.taskexecutor.TaskExecutor", f"Un-registering task and sending final execution state {p.one(['FINISHED', 'CANCELED', 'FAILED'])} to JobManager for task {_task(p)}#0 {_attempt(p)}.")),  # noqa: E501
        Tpl("global_fail", 3, lambda p: ("INFO", "org.apache.flink.runtime.jobmaster.JobMaster", "Trying to recover from a global failure.")),  # noqa: E501
        Tpl("region", 4, lambda p: ("INFO", "org.apache.flink.runtime.executiongraph.failover.flip1.RestartPipelinedRegionFailoverStrategy", f"Calculating tasks to restart to recover the failed task {p.hexs(32)}_{p.n(0, 11)}.")),  # noqa: E501
        Tpl("register_tm", 5, lambda p: ("INFO", "org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager", f"Registering TaskManager with ResourceID {p.one(FLINK_HOSTS)}:6122-{p.hexs(6)} (pekko.tcp://flink@{p.ip()}:6122/user/rpc/taskmanager_0) at ResourceManager")),  # noqa: E501
        Tpl("requirements", 8, lambda p: ("INFO", "org.apache.flink.runtime.resourcemanager.slotmanager.FineGrainedSlotManager", f"Received resource requirements from job {_job(p)}: [ResourceRequirement{{resourceProfile=ResourceProfile{{UNKNOWN}}, numberOfRequiredSlots={p.one([4, 8, 12])}}}]")),  # noqa: E501
        Tpl("assign_splits", 10, lambda p: ("INFO", "org.apache.flink.runtime.source.coordinator.SourceCoordinator", f"Assigning splits to readers {{{p.n(0, 7)}=[[Partition: {p.one(['orders', 'clicks', 'payments.v2'])}-{p.n(0, 23)}, StartingOffset: -2, StoppingOffset: -9223372036854775808]]}}")),  # noqa: E501
        Tpl("offset", 35, lambda p: ("INFO", "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", f"[Consumer clientId={(t := p.one(['orders', 'clicks']))}-src-{p.n(0, 7)}, groupId=flink-{t}] Setting offset for partition {t}-{p.n(0, 23)} to the committed offset FetchPosition{{offset={p.grow('off', 4_000_000, 900)}, offsetEpoch=Optional[{p.n(10, 14)}], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{p.n(0, 5)}.kafka.svc:9092 (id: {p.n(0, 5)} rack: eu-central-1{p.one('abc')})], epoch={p.n(10, 14)}}}}}")),  # noqa: E501
        Tpl("heartbeat", 2, lambda p: ("INFO", "org.apache.flink.runtime.jobmaster.JobMaster", f"The heartbeat of TaskManager with id {p.one(FLINK_HOSTS)}:6122-{p.hexs(6)} timed out.")),  # noqa: E501
        Tpl("discovered", 3, lambda p: ("INFO", "org.apache.flink.connector.kafka.source.enumerator.KafkaSourceEnumerator", f"Discovered new partitions: [{p.one(['orders', 'clicks'])}-{p.n(24, 31)}]")),  # noqa: E501
        Tpl("blob", 1, lambda p: ("INFO", "org.apache.flink.runtime.blob.BlobServer", f"Created BLOB server storage directory /tmp/blobStore-{p.uuid()}")),  # noqa: E501
        Tpl("async_timeout", 3, lambda p: ("WARN", "org.apache.flink.streaming.api.operators.async.AsyncWaitOperator", f"Async function call has timed out. Record dropped: GeoLookup{{ip='{p.ip(False)}', orderId={p.n(10**6, 10**7)}}}")),  # noqa: E501
    ]  # fmt: skip


def make_flink(lines: int) -> list[Line]:
    """log4j2 as Flink ships it: ``%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m``."""

    def wrap(t: Tpl) -> Tpl:
        def make(p: Pick):
            level, logger, msg = t.make(p)
            return level, msg, {"logger": logger}

        return Tpl(t.key, t.weight, make)

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        stamp = when.strftime("%Y-%m-%d %H:%M:%S,") + f"{when.microsecond // 1000:03d}"
        return f"{stamp} {level:<5} {fields['logger']:<60} [] - {msg}", msg

    return build("flink", [wrap(t) for t in _flink_tpls()], lines, render, gap_ms=350)


def _qid(p: Pick) -> str:
    return f"20261117_08{p.n(0, 59):02d}{p.n(0, 59):02d}_{p.grow('q', 120, 2):05d}_{p.word(5)}"


def _trino_tpls() -> list[Tpl]:
    qm = "io.trino.event.QueryMonitor"

    def timeline(p: Pick):
        el = int(p.ms(1400, 1.3))
        parts = [int(el * 0.04), 0, int(el * 0.02), int(el * 0.9), p.n(0, 12)]
        state = p.one(["FINISHED", "FINISHED", "FINISHED", "FAILED"])
        m, sec = p.n(10, 50), p.n(10, 59) + p.r.random()
        end = sec + el / 1000
        return (
            "INFO",
            f"dispatcher-query-{p.n(1, 60)}",
            qm,
            (
                f"TIMELINE: Query {_qid(p)} :: {state} :: elapsed {el}ms :: planning {parts[0]}ms :: waiting {parts[1]}ms"  # noqa: E501
                f" :: scheduling {parts[2]}ms :: running {parts[3]}ms :: finishing {parts[4]}ms :: begin"
                f" 2026-11-17T08:{m:02d}:{sec:06.3f}Z :: end 2026-11-17T08:{m + int(end // 60):02d}:{end % 60:06.3f}Z"
            ),
        )

    return [
        Tpl("timeline", 110, timeline),
        Tpl("missing_node", 4, lambda p: ("INFO", "node-state-poller-0", "io.trino.metadata.DiscoveryNodeManager", f"Previously active node is missing: {p.uuid()} (last seen at {p.ip()})")),  # noqa: E501
        Tpl("node_failed", 3, lambda p: ("WARN", "http-client-node-manager-28", "io.trino.failuredetector.HeartbeatFailureDetector", f"Error pinging service {p.uuid()} (http://{p.ip()}:8080/v1/status): java.net.SocketTimeoutException: Connect Timeout")),  # noqa: E501
        Tpl("task_err", 8, lambda p: ("WARN", f"ContinuousTaskStatusFetcher-{_qid(p)}.{p.n(1, 4)}.{p.n(0, 9)}.0-{p.n(100, 999)}", "io.trino.server.remotetask.RequestErrorTracker", f"Error getting task status {_qid(p)}.{p.n(1, 4)}.{p.n(0, 9)}.0: http://{p.ip()}:8080/v1/task/{_qid(p)}.{p.n(1, 4)}.{p.n(0, 9)}.0/status")),  # noqa: E501
        Tpl("memory_kill", 3, lambda p: ("INFO", "memory-management-0", "io.trino.memory.ClusterMemoryManager", f"Killing query {_qid(p)} due to memory pressure: total reserved {p.n(20, 90)}.{p.n(1, 9)}GB, query reserved {p.n(5, 40)}.{p.n(1, 9)}GB")),  # noqa: E501
        Tpl("exceeded_time", 3, lambda p: ("INFO", "query-management-4", "io.trino.execution.SqlQueryManager", f"Query {_qid(p)} exceeded maximum run time limit of 30.00m")),  # noqa: E501
        Tpl("plugin", 1, lambda p: ("INFO", "main", "io.trino.server.PluginManager", f"-- Finished loading plugin /usr/lib/trino/plugin/{p.one(['hive', 'iceberg', 'postgresql', 'tpch'])} --")),  # noqa: E501
        Tpl("catalog", 2, lambda p: ("INFO", "main", "io.trino.connector.StaticCatalogManager", f"-- Added catalog {p.one(['lake', 'pg_shop', 'hive_legacy', 'tpch'])} using connector {p.one(['iceberg', 'postgresql', 'hive', 'tpch'])} --")),  # noqa: E501
        Tpl("metastore_retry", 6, lambda p: ("WARN", f"hive-metastore-lake-{p.n(0, 30)}", "io.trino.plugin.hive.metastore.thrift.ThriftHiveMetastore", f"Failed connecting to Hive metastore: [thrift://hms-{p.n(0, 2)}.data.svc:9083]")),  # noqa: E501
        Tpl("split_fail", 2, lambda p: ("ERROR", f"{_qid(p)}.{p.n(1, 4)}.{p.n(0, 9)}.0-{p.n(0, 30)}-{p.n(100, 200)}", "io.trino.execution.executor.TaskExecutor", f"Error processing Split {_qid(p)}.{p.n(1, 4)}.{p.n(0, 9)}.0-{p.n(0, 30)} {{path=s3://lake/warehouse/shop.db/orders/data/dt=2026-11-{p.n(1, 16):02d}/{p.hexs(8)}.parquet, start=0, length={p.size(8 * 10**7)}}} (start = {p.n(1, 9999)}.{p.n(0, 9)}, wall = {p.n(1, 900)} ms, cpu = {p.n(1, 900)} ms, wait = 0 ms, calls = {p.n(1, 40)})")),  # noqa: E501
        Tpl("oauth", 5, lambda p: ("WARN", f"http-worker-{p.n(100, 400)}", "io.trino.server.security.oauth2.OAuth2Service", "OAuth2 token expired, redirecting to the authorization server")),  # noqa: E501
        Tpl("rg_queue", 12, lambda p: ("INFO", "ResourceGroupManager", "io.trino.execution.resourcegroups.InternalResourceGroupManager", f"Query {_qid(p)} queued in resource group global.{p.one(['adhoc', 'etl', 'dashboards'])}.{p.one(['anna.schulz', 'svc-looker', 'j.martin', 'airbyte'])} (queued={p.n(1, 40)}, running={p.n(1, 10)})")),  # noqa: E501
        Tpl("spill", 3, lambda p: ("INFO", f"{_qid(p)}.{p.n(1, 4)}.{p.n(0, 9)}.0-{p.n(0, 30)}-{p.n(100, 200)}", "io.trino.spiller.FileSingleStreamSpiller", f"Spilling {p.size(300)} MB to /data/trino/spill/spill-{p.hexs(12)}")),  # noqa: E501
        Tpl("gc_pause", 4, lambda p: ("INFO", "Service Thread", "io.airlift.stats.JmxGcMonitor", f"Major GC: application {p.n(100, 9000)}ms, stopped {p.n(100, 4000)}ms: {p.n(10, 90)}.{p.n(1, 9)}GB -> {p.n(5, 40)}.{p.n(1, 9)}GB")),  # noqa: E501
        Tpl("iceberg_commit", 14, lambda p: ("INFO", f"{_qid(p)}-{p.n(100, 300)}", "org.apache.iceberg.BaseMetastoreTableOperations", f"Successfully committed to table lake.{p.one(['shop', 'events'])}.{p.one(['orders', 'page_views', 'refunds'])} in {p.n(40, 900)} ms")),  # noqa: E501
        Tpl("iceberg_refresh", 22, lambda p: ("INFO", f"{_qid(p)}-{p.n(100, 300)}", "org.apache.iceberg.BaseMetastoreTableOperations", f"Refreshing table metadata from new version: s3://lake/warehouse/{p.one(['shop', 'events'])}.db/{p.one(['orders', 'page_views', 'refunds'])}/metadata/{p.n(10000, 99999):05d}-{p.uuid()}.metadata.json")),  # noqa: E501
        Tpl("remote_fail", 2, lambda p: ("ERROR", f"remote-task-callback-{p.n(1, 60)}", "io.trino.execution.StageStateMachine", f"Stage {_qid(p)}.{p.n(1, 4)} failed")),  # noqa: E501
    ]  # fmt: skip


def make_trino(lines: int) -> list[Line]:
    """Trino's server.log: ``time<TAB>LEVEL<TAB>thread<TAB>logger<TAB>message``."""

    def wrap(t: Tpl) -> Tpl:
        def make(p: Pick):
            level, thread, logger, msg = t.make(p)
            return level, msg, {"head": f"{thread}\t{logger}"}

        return Tpl(t.key, t.weight, make)

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"
        return f"{stamp}\t{level}\t{fields['head']}\t{msg}", msg

    return build("trino", [wrap(t) for t in _trino_tpls()], lines, render, gap_ms=900)


APPS_CD = ["argocd/shop-web", "argocd/shop-checkout", "argocd/payments-api", "argocd/observability-stack",
           "argocd/lager-de-inventory", "argocd/cert-manager", "argocd/edge-ingress"]  # fmt: skip


def _argocd_tpls() -> list[Tpl]:
    def app(p: Pick) -> dict:
        return {"application": p.one(APPS_CD)}

    def sha(p: Pick) -> str:
        return p.hexs(40)

    def recon(p: Pick):
        a = p.one(APPS_CD)
        return (
            "info",
            "Reconciliation completed",
            {
                "application": a,
                "dedup_ms": 0,
                "dest-name": "",
                "dest-namespace": a.split("/")[1].split("-")[0],
                "dest-server": "https://kubernetes.default.svc",
                "diff_ms": p.n(0, 60),
                "fields.level": p.one([0, 1, 2, 3]),
                "git_ms": p.n(0, 900),
                "health_ms": p.n(0, 9),
                "live_ms": p.n(0, 40),
                "patch_ms": p.n(0, 60),
                "setop_ms": 0,
                "settings_ms": 0,
                "sync_ms": p.n(0, 4),
                "time_ms": p.n(20, 1500),
            },
        )

    return [
        Tpl("refreshing", 90, lambda p: ("info", f"Refreshing app status ({p.one(['normal refresh requested', 'controller refresh requested', 'comparison expired, requesting refresh. reconciledAt: 2026-11-17 08:01:12 +0000 UTC, expiry: 3m0s', 'spec.source differs'])}), level ({p.one([0, 1, 2, 3])})", app(p))),  # noqa: E501
        Tpl("comparing", 80, lambda p: ("info", f"Comparing app state (cluster: https://kubernetes.default.svc, namespace: {p.one(['shop', 'payments', 'monitoring', 'cert-manager'])})", app(p))),  # noqa: E501
        Tpl("repo_stats", 60, lambda p: ("info", "GetRepoObjs stats", {**app(p), "build_options_ms": 0, "helm_ms": p.n(0, 300), "plugins_ms": 0, "repo_ms": 0, "time_ms": p.n(5, 900), "unmarshal_ms": p.n(0, 50), "version_ms": p.n(0, 20)})),  # noqa: E501
        Tpl("recon", 85, recon),
        Tpl("no_changes", 60, lambda p: ("info", "No status changes. Skipping patch", app(p))),
        Tpl("update_ok", 25, lambda p: ("info", "Update successful", app(p))),
        Tpl("skip_sync", 30, lambda p: ("info", f"Skipping auto-sync: application status is {p.one(['Synced', 'Synced', 'Unknown'])}", app(p))),  # noqa: E501
        Tpl("auto_sync", 5, lambda p: ("info", f"Initiated automated sync to '{sha(p)}'", {**app(p), "dest-namespace": "shop", "dest-server": "https://kubernetes.default.svc", "reason": "OperationStarted", "type": "Normal"})),  # noqa: E501
        Tpl("sync_status", 7, lambda p: ("info", f"Updated sync status: {p.one(['Synced -> OutOfSync', 'OutOfSync -> Synced'])}", {**app(p), "dest-namespace": "shop", "dest-server": "https://kubernetes.default.svc", "reason": "ResourceUpdated", "type": "Normal"})),  # noqa: E501
        Tpl("health_status", 7, lambda p: ("info", f"Updated health status: {p.one(['Healthy -> Progressing', 'Progressing -> Healthy', 'Progressing -> Degraded'])}", {**app(p), "dest-namespace": "shop", "dest-server": "https://kubernetes.default.svc", "reason": "ResourceUpdated", "type": "Normal"})),  # noqa: E501
        Tpl("sync_ok", 4, lambda p: ("info", f"Partial sync operation to {sha(p)} succeeded", {**app(p), "dest-namespace": "shop", "dest-server": "https://kubernetes.default.svc", "reason": "OperationCompleted", "type": "Normal"})),  # noqa: E501
        Tpl("sync_fail", 2, lambda p: ("info", f"Sync operation to {sha(p)} failed: one or more objects failed to apply, reason: Deployment.apps \"{p.one(['web', 'checkout'])}\" is invalid: spec.template.spec.containers[0].image: Required value", {**app(p), "reason": "OperationCompleted", "type": "Warning"})),  # noqa: E501
        Tpl("resource_result", 14, lambda p: ("info", f"Adding resource result, status: 'Synced', phase: 'Running', message: '{(k := p.one(['deployment.apps', 'service', 'configmap', 'ingress.networking.k8s.io']))}/{p.one(['web', 'checkout', 'api'])} {p.one(['configured', 'unchanged', 'created'])}'", {**app(p), "kind": k.split('.')[0].capitalize(), "name": "web", "namespace": "shop", "phase": "Sync", "syncId": f"{p.n(1, 99):05d}-{p.word(5)}"})),  # noqa: E501
        Tpl("applying", 12, lambda p: ("info", f"Applying resource {p.one(['Deployment', 'Service', 'ConfigMap', 'HorizontalPodAutoscaler'])}/{p.one(['web', 'checkout', 'api'])} in cluster: https://10.96.0.1:443, namespace: shop", {})),  # noqa: E501
        Tpl("git_trace", 40, lambda p: ("info", "Trace", {"args": "[git fetch origin --tags --force --prune]", "dir": f"/tmp/_argocd-repo/{p.uuid()}", "operation_name": "exec git", "time_ms": round(p.ms(600), 6)})),  # noqa: E501
        Tpl("grpc_done", 45, lambda p: ("info", "finished unary call with code OK", {"grpc.code": "OK", "grpc.method": p.one(["GenerateManifest", "GetAppDetails", "ResolveRevision", "GetRevisionMetadata"]), "grpc.service": "repository.RepoServerService", "grpc.start_time": f"2026-11-17T08:{p.n(10, 59)}:{p.n(10, 59)}Z", "grpc.time_ms": round(p.ms(40), 3), "span.kind": "server", "system": "grpc"})),  # noqa: E501
        Tpl("memstats", 6, lambda p: ("info", f"Alloc={p.size(90000)} TotalAlloc={p.size(9 * 10**7)} Sys={p.size(300000)} NumGC={p.grow('gc', 3000, 4)} Goroutines={p.n(200, 900)}", {})),  # noqa: E501
        Tpl("cluster_warn", 3, lambda p: ("warning", "Failed to save clusters info: dial tcp 10.96.12.4:6379: i/o timeout", {})),  # noqa: E501
        Tpl("ignore_crd", 2, lambda p: ("info", "Ignore status for CustomResourceDefinitions", {})),
        Tpl("manifest_cache", 20, lambda p: ("info", f"manifest cache hit: &ApplicationSource{{RepoURL:https://git.acme.io/platform/{p.one(['shop-deploy', 'infra-apps'])}.git,Path:{p.one(['apps/web', 'apps/checkout', 'charts/obs'])},TargetRevision:HEAD,Helm:nil,Kustomize:nil,Directory:nil,Plugin:nil,Chart:,Ref:,}}/{sha(p)}", {})),  # noqa: E501
    ]  # fmt: skip


def make_argocd(lines: int) -> list[Line]:
    """Argo CD application controller and repo server, logrus text: ``time="..." level=info msg="..." fields``."""

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        rest = kv(fields)
        raw = f'time="{stamp}" level={level} msg={logfmt_value(msg)} {rest}'.rstrip()
        return raw, f"{msg} {rest}".rstrip()

    return build("argocd", _argocd_tpls(), lines, render, gap_ms=250)


PROJECTS = [
    "shop/web",
    "shop/checkout",
    "platform/terraform-live",
    "data/dbt-models",
    "mobile/ios-app",
    "tools/ci-images",
]
RUNNERS = ["xT9bq2Lm", "Ab3kPz7Q", "p0Rw8sVn"]


def _runner_tpls() -> list[Tpl]:
    def job(p: Pick) -> dict:
        proj = p.one(PROJECTS)
        return {
            "job": p.grow("job", 4_811_200, 4),
            "project": 100 + PROJECTS.index(proj) * 37,
            "repo_url": f"https://gitlab.acme.io/{proj}.git",
            "runner": p.one(RUNNERS),
        }

    def trace(p: Pick):
        a = p.n(0, 90000)
        b = a + p.size(3000)
        return (
            "info",
            "Appending trace to coordinator...ok",
            {
                "code": 202,
                "job": p.grow("job", 4_811_200, 1),
                "job-log": f"0-{b}",
                "job-status": "running",
                "runner": p.one(RUNNERS),
                "sent-log": f"{a}-{b}",
                "status": "202 Accepted",
                "update-interval": p.one(["3s", "3s", "30s"]),
            },
        )

    return [
        Tpl("received", 40, lambda p: ("info", "Checking for jobs... received", {k: v for k, v in job(p).items() if k != "project"})),  # noqa: E501
        Tpl("trace", 170, trace),
        Tpl("updating", 60, lambda p: ("info", "Updating job...", {"bytesize": p.size(40000), "checksum": f"crc32:{p.hexs(8)}", "job": p.grow("job", 4_811_200, 1), "runner": p.one(RUNNERS)})),  # noqa: E501
        Tpl("submit_ok", 38, lambda p: ("info", "Submitting job to coordinator...ok", {"bytesize": p.size(40000), "checksum": f"crc32:{p.hexs(8)}", "code": 200, "job": p.grow("job", 4_811_200, 1), "job-status": p.one(["success", "success", "failed"]), "runner": p.one(RUNNERS), "update-interval": "0s"})),  # noqa: E501
        Tpl("submit_202", 10, lambda p: ("info", "Submitting job to coordinator...accepted, but not yet completed", {"bytesize": p.size(40000), "checksum": f"crc32:{p.hexs(8)}", "code": 202, "job": p.grow("job", 4_811_200, 1), "job-status": "success", "runner": p.one(RUNNERS), "update-interval": "1s"})),  # noqa: E501
        Tpl("added", 40, lambda p: ("info", "Added job to processing list", {"builds": p.n(1, 4), **job(p), "max_job_concurrency": 4, "time_in_queue_seconds": p.n(0, 40)})),  # noqa: E501
        Tpl("removed", 38, lambda p: ("info", "Removed job from processing list", {"builds": p.n(0, 3), "duration_s": round(p.ms(240000) / 1000, 6), **job(p), "time_in_queue_seconds": p.n(0, 40)})),  # noqa: E501
        Tpl("succeeded", 30, lambda p: ("info", "Job succeeded", {"duration_s": round(p.ms(240000) / 1000, 6), **job(p)})),  # noqa: E501
        Tpl("failed_exit", 8, lambda p: ("error", f"Job failed: exit code {p.one([1, 1, 2, 137, 125])}", {"duration_s": round(p.ms(180000) / 1000, 6), **job(p)})),  # noqa: E501
        Tpl("failed_timeout", 2, lambda p: ("error", "Job failed: execution took longer than 1h0m0s seconds", {"duration_s": round(3600 + p.r.random() * 2, 6), **job(p)})),  # noqa: E501
        Tpl("failed_system", 3, lambda p: ("error", f"Job failed (system failure): Error response from daemon: {p.one(['no space left on device', 'Conflict. The container name is already in use', 'toomanyrequests: You have reached your pull rate limit'])} (docker.go:{p.one([534, 738])}:{p.n(0, 9)}s)", {"duration_s": round(p.ms(30000) / 1000, 6), **job(p)})),  # noqa: E501
        Tpl("check_failed", 6, lambda p: ("warning", "Checking for jobs... failed", {"runner": p.one(RUNNERS), "status": f"POST https://gitlab.acme.io/api/v4/jobs/request: {p.one(['502 Bad Gateway', '500 Internal Server Error', '429 Too Many Requests'])}"})),  # noqa: E501
        Tpl("trace_forbidden", 3, lambda p: ("warning", "Appending trace to coordinator... job failed", {"code": 403, "job": p.grow("job", 4_811_200, 1), "job-log": "", "job-status": "", "runner": p.one(RUNNERS), "sent-log": f"0-{p.size(3000)}", "status": "403 Forbidden"})),  # noqa: E501
        Tpl("process_fail", 3, lambda p: ("warning", "Failed to process runner", {"builds": p.n(0, 4), "error": "failed to update executor: context deadline exceeded", "executor": "docker", "runner": p.one(RUNNERS)})),  # noqa: E501
        Tpl("config", 2, lambda p: ("info", "Configuration loaded", {"builds": p.n(0, 4), "max_builds": 4})),
        Tpl("helper", 4, lambda p: ("info", f"Pulling docker image registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:x86_64-v16.{p.n(9, 11)}.{p.n(0, 2)} ...", {"job": p.grow("job", 4_811_200, 1), "runner": p.one(RUNNERS)})),  # noqa: E501
        Tpl("cache_removed", 2, lambda p: ("info", f"Removed {p.n(1, 40)} unused docker volumes", {})),
        Tpl("long_poll", 5, lambda p: ("warning", "Job request canceled: long polling timed out", {"runner": p.one(RUNNERS)})),  # noqa: E501
    ]  # fmt: skip


def make_gitlab_runner(lines: int) -> list[Line]:
    """gitlab-runner under systemd as journald's short format shows it; the runner pads the message before fields."""

    def render(p: Pick, when: datetime, level: str, msg: str, fields: dict | None) -> tuple[str, str]:
        text = msg if level == "info" else f"{level.upper()}: {msg}"
        rest = kv(fields)
        body = f"{text:<47} {rest}".rstrip() if rest else text
        stamp = (
            when.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if when.day < 10 else when.strftime("%b %d %H:%M:%S")
        )
        return (
            f"{stamp} ci-runner-{p.one(['02', '02', '05'])} gitlab-runner[{p.one([1187, 1187, 2290])}]: {body}",
            f"{msg} {rest}".rstrip(),
        )

    return build("gitlab_runner", _runner_tpls(), lines, render, gap_ms=1500)
