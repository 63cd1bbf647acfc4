"""``SimulatedEnvironment``: the default ``Environment`` — a seeded estate with faults, deploys and actions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module

from ..environment import (
    METRICS,
    ActionReceipt,
    ChangeEvent,
    MetricWindow,
    RemediationAction,
    ServiceState,
    ServiceTopology,
    as_utc,
    check_service,
)
from .faults import CLEARED_BY, FaultSpec
from .topology import SimTopology
from .world import ActiveFault, Transient, World

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["EPOCH", "SimulatedEnvironment"]

EPOCH = datetime(2026, 1, 5, tzinfo=UTC)
"""Step 0 of every simulated estate unless told otherwise (a Monday, 00:00 UTC)."""

_SIDE_EFFECTS = {
    "restart": ("error_rate", 2, 0.01),
    "clear_cache": ("latency_p99_ms", 4, 0.4),
    "fail_over": ("latency_p99_ms", 2, 0.3),
}


class SimulatedEnvironment:
    """A simulated production estate; implements ``Environment``.

    The world is a pure function of the topology, the seed and the events (faults, deploys, blips, actions),
    so any window can be observed at any time and gives the same numbers. Time is a grid of ``step_seconds``
    from ``start``.
    """

    drill = True
    """A simulation: scripted approvals may decide remediations of it (``graphs/drills.py``)."""

    def __init__(
        self,
        topology: SimTopology,
        seed: int = 0,
        start: datetime = EPOCH,
        step_seconds: int = 60,
        noise_scale: float = 1.0,
        effect_scale: float = 1.0,
    ):
        self.sim = topology
        self.seed = seed
        self.start = as_utc(start)
        self.step_seconds = step_seconds
        minute0 = self.start.hour * 60 + self.start.minute + self.start.second / 60
        self.world = World(topology, seed, minute0, step_seconds / 60, noise_scale, effect_scale)
        self.faults: list[ActiveFault] = []
        self.transients: list[Transient] = []
        self.events: list[ChangeEvent] = []
        self.receipts: dict[str, ActionReceipt] = {}
        self._topology = topology.to_topology()
        self._states = {name: self._initial_state(name) for name in topology.services}
        self._scales: dict[str, list[tuple[int, int]]] = {}
        self._injected: set[str] = set()

    def _initial_state(self, name: str) -> ServiceState:
        prof = self.sim.profiles[name]
        return ServiceState(
            service=name,
            replicas=prof.replicas,
            version="v1",
            region="eu-west-1",
            standby_region="eu-central-1" if prof.has_standby else None,
            has_cache=prof.has_cache,
        )

    # -- time ------------------------------------------------------------------------------------------------
    def step_of(self, when: datetime) -> int:
        """The grid step that contains ``when``."""
        return math.floor((as_utc(when) - self.start).total_seconds() / self.step_seconds)

    def time_of(self, step: int) -> datetime:
        return self.start + timedelta(seconds=step * self.step_seconds)

    # -- events ----------------------------------------------------------------------------------------------
    def inject(self, fault: FaultSpec, log_deploy: bool = True, key: str | None = None) -> None:
        """Start a fault; a ``bad_deploy`` also records the deploy that caused it (unless ``log_deploy`` is
        False: the change log missed it, or the caller records it late itself). With a ``key`` (a task's
        idempotency key) a fault is started at most once: a run continued in this process re-creates its
        drill's fault from the task's output without starting it twice."""
        if key is not None:
            if key in self._injected:
                return
            self._injected.add(key)
        check_service(self._topology, fault.service, "fault.service")
        onset = self.step_of(fault.at)
        end = onset + math.ceil(fault.duration_minutes * 60 / self.step_seconds) if fault.duration_minutes else None
        ramp = math.ceil(fault.ramp_minutes * 60 / self.step_seconds) if fault.ramp_minutes else None
        on_off = None
        if fault.on_off_minutes:
            on_off = tuple(max(1, round(m * 60 / self.step_seconds)) for m in fault.on_off_minutes)
        self.faults.append(
            ActiveFault(fault.kind, fault.service, onset, fault.severity, end, fault.scale, ramp, on_off)
        )
        if fault.kind == "bad_deploy" and log_deploy:
            self.record_deploy(fault.service, fault.at)

    def record_deploy(self, service: str, at: datetime) -> str:
        """A deploy of the next version (faulty or not: the event looks the same)."""
        state = self._states[service]
        version = f"v{int(state.version[1:]) + 1}"
        self._states[service] = state.model_copy(update={"version": version, "previous_version": state.version})
        self.events.append(ChangeEvent(service=service, at=at, kind="deploy", detail=f"{state.version} -> {version}"))
        return version

    def add_transient(self, transient: Transient) -> None:
        self.transients.append(transient)

    # -- Environment protocol --------------------------------------------------------------------------------
    def topology(self) -> ServiceTopology:
        return self._topology

    def observed_services(self) -> list[str]:
        """Services that export metrics (third-party dependencies do not)."""
        return [n for n in self._topology.services if self.sim.profiles[n].observed]

    def observe_array(self, a: int, b: int) -> np.ndarray:
        """Metrics for steps ``[a, b)`` as an array (services in topology order, metrics in ``METRICS`` order)."""
        ratios = {}
        for name, scales in self._scales.items():
            steps = np.arange(a, b)
            ratio = np.ones(len(steps))
            base = self.sim.profiles[name].replicas
            for step, replicas in scales:
                ratio[steps >= step] = base / replicas
            ratios[name] = ratio
        return self.world.render(a, b, self.faults, self.transients, ratios)

    def observe(self, start: datetime, end: datetime, services: Sequence[str] | None = None) -> MetricWindow:
        a, b = self.step_of(start), self.step_of(end)
        if b <= a:
            raise ToolInputError(f"observe: end {end.isoformat()} must be at least one step after start")
        names = list(services) if services is not None else self.observed_services()
        for name in names:
            check_service(self._topology, name, "services")
            if not self.sim.profiles[name].observed:
                raise ToolInputError(
                    f"services: {name!r} exports no metrics (a third-party dependency); look at its callers instead"
                )
        data = self.observe_array(a, b)
        index = {n: i for i, n in enumerate(self._topology.services)}
        series = {n: {m: np.round(data[index[n], j], 6).tolist() for j, m in enumerate(METRICS)} for n in names}
        return MetricWindow(start=self.time_of(a), step_seconds=self.step_seconds, series=series)

    def logs(self, start: datetime, end: datetime, services: Sequence[str] | None = None) -> str:
        """Log lines of ``services`` (all observed ones when None) for ``[start, end)`` as JSON lines
        (``ts``, ``level``, ``service``, ``msg``), oldest first; see ``simulate.logs``."""
        from .logs import logs_as_text, render_logs

        a, b = self.step_of(start), self.step_of(end)
        if b <= a:
            raise ToolInputError(f"logs: end {end.isoformat()} must be at least one step after start")
        names = list(services) if services is not None else self.observed_services()
        for name in names:
            check_service(self._topology, name, "services")
        names = [n for n in names if self.sim.profiles[n].observed]  # third-party services write no logs we see
        return logs_as_text(render_logs(self, a, b, names))

    def changes(self, start: datetime, end: datetime) -> list[ChangeEvent]:
        lo, hi = as_utc(start), as_utc(end)
        return sorted((e for e in self.events if lo <= e.at < hi), key=lambda e: (e.at, e.service))

    def state(self, service: str) -> ServiceState:
        check_service(self._topology, service)
        return self._states[service]

    def apply(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        if key in self.receipts:
            return self.receipts[key].model_copy(update={"applied": False})
        check_service(self._topology, action.service, "action.service")
        detail = self._carry_out(action, at)
        receipt = ActionReceipt(action=action, at=as_utc(at), idempotency_key=key, applied=True, detail=detail)
        self.receipts[key] = receipt
        self.events.append(ChangeEvent(service=action.service, at=as_utc(at), kind=action.kind, detail=detail))
        return receipt

    def receipt(self, key: str) -> ActionReceipt | None:
        return self.receipts.get(key)

    def restore_receipt(self, receipt: ActionReceipt) -> None:
        """Carry out again, at its own time, an action a run applied in another process (its receipt is the
        task's stored output): the estate lives in one process, and a run continued here must see it done.
        Once per key, as ``apply`` (a receipt that reads ``applied: false`` was a repeat of an action applied
        under the same key: it was carried out all the same)."""
        if receipt.idempotency_key not in self.receipts:
            self.apply(receipt.action, receipt.at, receipt.idempotency_key)

    # -- actions ---------------------------------------------------------------------------------------------
    def _carry_out(self, action: RemediationAction, at: datetime) -> str:
        step = self.step_of(at) + 1
        state = self._states[action.service]
        cleared = set(CLEARED_BY[action.kind])
        detail = f"{action.kind} {action.service}"
        if action.kind == "scale":
            replicas = action.replicas or state.replicas
            if replicas < 1.5 * state.replicas:
                cleared = set()
            self._scales.setdefault(action.service, []).append((step, replicas))
            self._states[action.service] = state.model_copy(update={"replicas": replicas})
            detail = f"scaled {action.service} {state.replicas} -> {replicas} replicas"
        elif action.kind == "roll_back":
            target = action.to_version or state.previous_version or state.version
            if int(target.lstrip("v") or 0) >= int(state.version[1:]):
                cleared = set()
            self._states[action.service] = state.model_copy(update={"version": target, "previous_version": None})
            detail = f"rolled {action.service} back {state.version} -> {target}"
        elif action.kind == "fail_over":
            region = action.region or state.standby_region or state.region
            self._states[action.service] = state.model_copy(update={"region": region, "standby_region": state.region})
            detail = f"failed {action.service} over {state.region} -> {region}"
        if action.kind in _SIDE_EFFECTS:
            metric, length, amount = _SIDE_EFFECTS[action.kind]
            self.transients.append(Transient(action.service, metric, step, length, amount))
        for fault in self.faults:
            hit = fault.service == action.service and fault.kind in cleared and fault.onset <= step
            if hit and (fault.cleared_at is None or fault.cleared_at > step):
                fault.cleared_at = step
        return detail
