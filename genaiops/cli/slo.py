"""SLOs: check an SLO file, and evaluate every SLO now (budget spent and left, burn-rate alerts); docs/slo.md."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from genaiops.cli.common import app_settings, console, fail
from genaiops.cli.notifications import NowOption, parse_now
from genaiops.cli.output import Col, Format, OutputOption, emit, print_table

app = typer.Typer(help="SLOs and error budgets: check the SLO file, show budgets and burn-rate alerts.",
                  no_args_is_help=True)  # fmt: skip

FileOption = Annotated[
    Path | None, typer.Option("--file", "-f", help="The SLO file (default: GENAIOPS_SLO_FILE, else <home>/slos.yaml).")
]


@app.command("check")
def check(
    file: Annotated[
        Path | None,
        typer.Argument(help="The SLO file to check (default: GENAIOPS_SLO_FILE, else <home>/slos.yaml).",
                       show_default=False),
    ] = None,
) -> None:  # fmt: skip
    """Validate an SLO file: every problem with its file:line (and "did you mean" for unknown keys); exit 2 if any.

    Prints each SLO with the burn-rate alerts it will use. Without FILE: the file `slo status` reads."""
    from genaiops.tools.sre.slo import load_slo_file

    if file is None:
        settings = app_settings()
        file = settings.slo_file or settings.home / "slos.yaml"
        if settings.slo_file is None and not file.exists():
            fail(f"no SLO file: write {file} (docs/slo.md), set GENAIOPS_SLO_FILE, or give the file to check")
    slos = load_slo_file(file)
    for slo in slos.slos:
        alerts = ", ".join(f"{a.severity} {a.burn_rate:g}x over {a.long} and {a.short}" for a in slo.burn_alerts)
        console.print(escape(f"{slo.name}: {slo.service} {slo.objective} {slo.target:.12g} % over {slo.window} "
                             f"({slo.sli.type}); alerts: {alerts or 'none'}"), soft_wrap=True)  # fmt: skip
    console.print(f"[green]✓[/] {escape(str(file))}: {len(slos.slos)} SLO(s)")


@app.command("status")
def status(
    file: FileOption = None,
    service: Annotated[str | None, typer.Option(help="Only this service's SLOs.")] = None,
    now: NowOption = None,
    output: OutputOption = Format.table,
) -> None:
    """Evaluate the SLOs against the configured metrics (Prometheus when GENAIOPS_PROMETHEUS_URL is set, else the
    simulated estate) now, or at --now: error budget spent and left, burn rates and the multi-window,
    multi-burn-rate alerts."""
    from genaiops.errors import ToolError, ToolInputError
    from genaiops.registry import ToolContext
    from genaiops.runtime import slo_resources
    from genaiops.tools.sre.evaluate_slo import EvaluateSLOSpec, evaluate_slo

    resources = slo_resources(app_settings(), file)
    if not resources["slos"].slos.slos:
        fail(f"no SLOs: write {resources['slos'].where} (docs/slo.md), or give --file")
    moment = parse_now(now)
    ctx = ToolContext(run_id="slo-status", task_id="status", idempotency_key="slo-status", now=moment,
                      resources=resources)  # fmt: skip
    if service is not None:
        _known_service(service, resources["slos"])
    try:
        result = evaluate_slo(EvaluateSLOSpec(service=service, at=moment), ctx)
    except ToolError as exc:  # the file's or the settings' mistake (2), or metrics that could not be read (1)
        fail(str(exc), 2 if isinstance(exc, ToolInputError) else 1)
    if output is not Format.table:
        emit(result.model_dump(mode="json"), output)
        return
    cols = [Col("slo", is_id=True)] + [Col(h) for h in ("service", "target", "budget spent", "left", "burn", "alert")]
    marks = {"page": "[bold red]PAGE[/]", "ticket": "[yellow]ticket[/]"}
    rows = []
    for e in result.evaluations:  # the SLO's name is the row's id: whole, never cut to `checkout-…`
        left = f"{100 * max(e.budget.remaining, 0):.1f} %"
        rows.append([escape(e.name), escape(e.service), f"{e.target:.12g} % / {e.window}",
                     f"{100 * e.budget.consumed:.1f} %", left, _burn(e), marks.get(e.severity or "", "-")])  # fmt: skip
    print_table(cols, rows)
    for e in result.evaluations:
        console.print(escape(e.summary), soft_wrap=True)
        for note in e.notes:
            console.print(f"  [dim]{escape(note)}[/]", soft_wrap=True)


def _burn(e) -> str:  # noqa: ANN001 - SLOEvaluation
    """The burn rate over 1 h, else over the shortest long window of the SLO's alerts (the one its hours to
    exhaustion use; custom alerts may have no 1-hour window), with its window: ``1.36x / 1h``."""
    longs = {a.long for a in e.alerts}
    shown = next((w for w in e.burn_rates if w.window == "1h"), None)
    shown = shown or next((w for w in e.burn_rates if w.window in longs), None)  # burn_rates: shortest first
    return "-" if shown is None or shown.burn_rate is None else f"{shown.burn_rate:.2f}x / {shown.window}"


def _known_service(service: str, catalogue) -> None:  # noqa: ANN001 - SLOCatalogue
    """Exit 2 when no SLO of the file is about ``service`` (an empty table would read as "nothing burns")."""
    from genaiops.errors import did_you_mean

    services = sorted({s.service for s in catalogue.slos.slos})
    if service not in services:
        fail(f"--service {service!r}: no SLO in {catalogue.where} is about it{did_you_mean(service, services)}; "
             f"its services: {', '.join(services)}")  # fmt: skip
