"""`genaiops worker`: execute runs from the store (queued by `run --detach`, orphaned, or decided) until stopped."""

from __future__ import annotations

from typing import Annotated

import typer

from genaiops.cli.common import app_settings, console, fail, run_async


def worker(
    runs: Annotated[int, typer.Option("--runs", min=1, max=64, help="Runs this worker executes at a time.")] = 4,
    once: Annotated[
        bool, typer.Option("--once", help="Take what is ready, then exit when nothing is left (cron, tests).")
    ] = False,
    model: Annotated[str | None, typer.Option("--model", help="Model for agent (role) tasks, as for run.")] = None,
) -> None:
    """Execute runs from the store (detached, orphaned, decided) until stopped.

    It takes queued runs (`genaiops run --detach`), orphaned ones whose lease ran out, and paused ones whose
    approvals are all decided. Start any number, on any machine that reaches the store
    (GENAIOPS_STORE_URL=postgresql://...); each run is executed by one of them at a time. Stop with Ctrl-C:
    runs under way are taken over by another worker once their lease (GENAIOPS_LEASE_SECONDS) runs out. A store
    that refuses this worker (the ledger key rotated or another home's, a schema a newer genaiops migrated to)
    stops it, exit 2, with the message saying the fix; a store that fails (a database restart) is retried."""
    from genaiops.cli.options import Options
    from genaiops.errors import StoreRefusedError
    from genaiops.graphs.liveness import process_owner
    from genaiops.graphs.worker import work
    from genaiops.policy_watch import PolicyWatch
    from genaiops.runtime import open_engine

    settings = app_settings()
    unsafe = Options.unsafe_policy
    eng = open_engine(settings, model=model, create=False, unsafe_policy=unsafe)  # an empty database: exit 2
    watch = PolicyWatch(settings, who="this worker", unsafe=unsafe)  # edits of policy.yaml apply from the next claim
    try:
        console.print(
            f"worker {process_owner()} on {eng.store.location}: up to {runs} run(s) at a time, "
            f"lease {settings.lease_seconds:g} s",
            soft_wrap=True,
        )
        report = run_async(
            work(eng, runs=runs, poll=settings.worker_poll_seconds, once=once, on_result=_print,
                 before_claiming=lambda: watch.follow(eng))
        )  # fmt: skip
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except StoreRefusedError as exc:  # polling again could not help: say the fix and stop (exit 2)
        fail(f"this worker stops: {exc}", code=2)
    finally:
        from genaiops.runtime import auto_anchor

        try:
            auto_anchor(settings, eng.store, eng.clock.now().isoformat())
        finally:
            eng.close()
    for run_id, why in report.failed.items():
        fail(f"run {run_id}: {why}", code=1)


def _print(result) -> None:  # noqa: ANN001 - a RunResult
    console.print(f"run {result.run_id}: {result.status}", soft_wrap=True)
