"""The model registry (the store's, or MLflow's with ``GENAIOPS_MLFLOW_URI``; the server's, through ``GET
/models``, with ``GENAIOPS_SERVER_URL`` and ``GENAIOPS_TOKEN``): every model's versions with their
stage (champion, challenger, archived), metrics and dates, and one model's versions with its history. Versions
are registered, promoted and rolled back only through runs (``train_model``, ``promote_model``,
``rollback_model``), so these commands only read."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape

from genaiops.cli.common import app_settings, console
from genaiops.cli.output import Col, Format, OutputOption, emit, print_table

app = typer.Typer(
    help="Registered models: their versions, stages (champion, challenger, archived), metrics and history.",
    no_args_is_help=True,
)

EMPTY = (
    "no registered models in this registry yet: a run's train_model task registers a version (load_dataset, then "
    "train_model; the scenario scenarios/mlops/retrain_on_drift.yaml stages a drill model and retrains it)"
)


def _read(read: Any) -> Any:
    from genaiops.runtime import model_registry

    registry = model_registry(app_settings())
    try:
        return read(registry)
    finally:
        registry.close()


def _metrics(metrics: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.4g}" for k, v in metrics.items()) or "-"


def _when(value: Any) -> str:
    return "-" if value is None else value.isoformat(timespec="seconds")


def _print_versions(rows: list[Any], *, with_model: bool) -> None:
    cols = [Col("model", is_id=True)] if with_model else []
    cols += [Col("version", is_id=True), Col("stage"), Col("since"), Col("validation"), Col("estimator"),
             Col("metrics"), Col("registered")]  # fmt: skip
    print_table(cols, [
        ([escape(r.model)] if with_model else [])
        + [str(r.version), escape(r.stage), _when(r.stage_since), r.validation or "-", escape(r.estimator),
           escape(_metrics(r.metrics)), _when(r.registered_at)]
        for r in rows
    ])  # fmt: skip


@app.command("list")
def models_list(output: OutputOption = Format.table) -> None:
    """Every version of every registered model: its stage (the alias it holds, such as champion; else
    challenger, registered after the champion and never promoted; else archived), since when, its latest
    validation, estimator, held-out metrics and when it was registered."""
    from genaiops.cli.remote import server_client
    from genaiops.tools.mlops.lib.stages import VersionStage, all_versions

    remote = server_client()  # set: the server's registry (GET /models), not this machine's home
    rows = [VersionStage.model_validate(v) for v in remote.models()] if remote else _read(all_versions)
    if output is not Format.table:
        emit([r.model_dump(mode="json") for r in rows], output)
        return
    if not rows:
        console.print(EMPTY, soft_wrap=True)
        return
    _print_versions(rows, with_model=True)


@app.command("show")
def models_show(
    name: Annotated[str, typer.Argument(help="The model's name (`genaiops models list` lists them).")],
    output: OutputOption = Format.table,
) -> None:
    """One model: its versions with their stages and metrics, its aliases, and its history (registered,
    validated, promoted, deployed, drift, rolled back), oldest first."""
    from genaiops.cli.remote import server_client
    from genaiops.tools.mlops.lib.stages import ModelDetail, model_detail

    remote = server_client()
    if remote is not None:  # the server's registry (GET /models/NAME); an unknown model: its 404, exit 2
        detail = ModelDetail.model_validate(remote.model(name))
    else:
        detail = _read(lambda reg: model_detail(reg, name))
    if output is not Format.table:
        emit(detail.model_dump(mode="json"), output)
        return
    rows, aliases, history = detail.versions, detail.aliases, detail.history
    _print_versions(rows, with_model=False)
    held = ", ".join(f"{a} -> v{v}" for a, v in sorted(aliases.items())) or "none (promote_model sets one)"
    console.print(f"aliases: {escape(held)}", soft_wrap=True)
    print_table(
        [Col("#"), Col("when", whole=True), Col("event"), Col("version"), Col("alias"), Col("reason")],
        [
            [
                str(e.seq),
                _when(e.at),
                e.kind,
                "-" if e.version is None else str(e.version),
                escape(e.alias or "-"),
                escape(e.reason or "-"),
            ]
            for e in history
        ],  # fmt: skip
        title="history",
    )
