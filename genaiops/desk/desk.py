"""The desk's turn: one message in, the desk's replies out (an async stream, so progress shows while a run runs).

Order of a turn: size checks -> the input guardrails (an injection is refused, nothing planned) -> what the
desk reads itself (yes/no to the plan shown, approve/reject, help, "why did X fail?") -> the planner -> an
answer from the store (approvals, run status), or a validated plan shown and kept until the person says yes.
Nothing starts without that yes; gated tasks still wait for people, who decide them inline under the same
policy (self-approval refused, roles, ``require_authenticated``) as everywhere else.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from genaiops.agents.planner.fill import MAX_CHARS
from genaiops.desk import answers
from genaiops.desk.commands import (
    Decide,
    Why,
    is_help,
    meant_word,
    read_decision,
    read_why,
    reason_span,
    restore_ids,
    runs_asked,
    shield_ids,
    yes_or_no,
)
from genaiops.desk.conversation import Actor, Conversation, Reply
from genaiops.errors import UserError
from genaiops.safety.approvals import same_person

__all__ = ["CAPABILITIES", "MAX_CHARS", "Desk", "Launch"]

log = logging.getLogger("genaiops.desk")

POLL_S = 0.05
"""How often a running run's new events are read for progress."""

CAPABILITIES = (
    'The desk can: investigate an incident ("checkout p99 is high since 10:00 - find out why"), check drift, '
    "retrain or roll back a model, evaluate or release a prompt, review generated content for safety; and "
    'answer "what is waiting for me?", "status of run-...", "why did verify fail?". Every plan is shown '
    "first and runs only when you say yes."
)
_PLANS = ("incident_investigation", "model_retraining", "model_rollback", "prompt_release", "prompt_evaluation",
          "content_safety_review", "drift_check")  # fmt: skip
_CARRIED = ("service", "metric", "since", "environment", "model", "dataset", "version", "baseline", "prompt",
            "feature", "target", "scenario")  # fmt: skip
_DONE = {"task_succeeded": "✓", "task_failed": "✗", "task_rejected": "⊘", "task_skipped": "-", "task_blocked": "⊘"}

Launch = Callable[[str, Coroutine[Any, Any, Any]], Awaitable[Any]]
"""How a run's execution is started: (run id, the engine's start/resume coroutine) -> an awaitable of its
``RunResult``. The CLI awaits it; the server hands it to its own task set, so a run outlives the request."""


def _launch_here(_run_id: str, work: Coroutine[Any, Any, Any]) -> Awaitable[Any]:
    return asyncio.ensure_future(work)


@dataclass
class Desk:
    """A conversation with the desk. ``engine``: the engine runs execute on (its store keeps the conversation);
    ``planner`` (``genaiops.agents.planner``), ``catalogue`` (its ``Catalogue``) and ``preview``
    (``instantiate``); ``screen``: the input guardrails (``screen("input", text)``); ``budget``: a hook asked
    before planning and running, returning a message when the conversation's budget is spent (None: go on);
    ``run_budget``: the token/cost budget (``BudgetSpec`` fields, the chat setting) given to each run the desk
    starts from a scenario that sets none (reaching it pauses the run for an approval to go on)."""

    engine: Any
    actor: Actor
    conversation: Conversation
    planner: Any
    catalogue: Any
    preview: Callable[[Any, Any], Any]
    screen: Any = None
    launch: Launch = _launch_here
    budget: Callable[[Conversation], str | None] | None = None
    run_budget: dict[str, Any] | None = None
    words: Callable[[str], str] | None = None
    """How replies name what to do elsewhere: None, the CLI's commands (``genaiops chat``); the server gives the
    console's pages and the API's routes instead (``genaiops.server.api_words.in_desk_words``)."""

    executing: str | None = None
    """The run this desk is executing now (None between runs): what an interrupted desk stops and names."""

    def __post_init__(self) -> None:
        if self.screen is not None:  # the pipeline's first call loads its models, which overruns its latency
            self.screen.screen("input", "warm up")  # budget and skips scanners: never on a person's message

    @property
    def state(self):  # noqa: ANN201 - DeskState
        return self.conversation.state

    async def turn(self, text: str) -> AsyncIterator[Reply]:
        """The desk's replies to ``text``, stored with it in the conversation as they are made."""
        now = self.engine.clock.now
        said: list[Reply] = []
        screened = self._screen(text)
        self.conversation.record(now(), self.actor.name, screened[0], "refused" if screened[1] else "request")
        try:
            async for reply in self._replies(text, screened):
                said.append(self._worded(reply))
                yield said[-1]
        except UserError as exc:  # an unknown run or approval, a refused decision: said, not raised
            said.append(self._worded(Reply(kind="error", text=str(exc))))
            yield said[-1]
        except Exception as exc:  # a bug: logged with its traceback, the conversation goes on
            log.exception("the desk failed on a message")
            said.append(Reply(kind="error", text=f"unexpected {type(exc).__name__}: {exc} (a bug; see the log)"))
            yield said[-1]
        finally:
            self.conversation.record(now(), "desk", said)

    def _worded(self, reply: Reply) -> Reply:
        """``reply`` in the words of where the person talks to the desk (``words``)."""
        if self.words is None:
            return reply
        worded = self.words(reply.text)
        return reply if worded == reply.text else reply.model_copy(update={"text": worded})

    def _screen(self, text: str) -> tuple[str, str | None]:
        """(the text to keep: as redacted by the input guardrails; why it is refused, or None). A refused text is
        not kept (a blocking pipeline stops before its redactions, so it may hold a secret): a note stands in."""
        stripped = text.strip()
        if len(stripped) > MAX_CHARS:
            return f"(a message of {len(stripped):,} characters, not kept)", (
                f"your message is {len(stripped):,} characters; the desk reads up to {MAX_CHARS:,}: say what you "
                "need in a sentence or two (attach long material to a scenario's data instead)"
            )
        if self.screen is None or not stripped:
            return stripped, None
        # a decision ("approve ap-ID because REASON") is the desk's own grammar around a person's reason: the
        # reason is what is screened (the models judged "approve ⟨id⟩ because fine" as an injection, 0.80)
        span = reason_span(stripped)
        head, text = (stripped[: span[0]], stripped[span[0] :]) if span else ("", stripped)
        shielded, ids = shield_ids(text)  # the system's own ids are no personal data: kept whole
        result = self.screen.screen("input", shielded)
        if result.outcome == "block":
            kept = f"(a message of {len(stripped):,} characters refused by the input guardrails, not kept)"
            return kept, f"refused by the input guardrails: {result.reason}. Nothing was planned."
        return head + restore_ids(result.text, ids), None

    async def _replies(self, text: str, screened: tuple[str, str | None]) -> AsyncIterator[Reply]:
        kept, refusal = screened
        if refusal is not None:
            yield Reply(kind="refused", text=refusal)
            return
        if not kept:
            yield Reply(kind="text", text='say what you need, e.g. "checkout p99 is high since 10:00"; ' + _HELP)
            return
        async for reply in self._read(kept):
            yield reply

    async def _read(self, text: str) -> AsyncIterator[Reply]:
        said = yes_or_no(text)
        if said is not None and self.state.pending is not None:
            async for reply in self._confirmed() if said else self._dropped():
                yield reply
            return
        if said is not None:
            yield Reply(kind="text", text="there is no plan waiting for a yes or no; " + _HELP)
            return
        decision = read_decision(text)
        if decision is not None:
            async for reply in self._decide(decision):
                yield reply
            return
        if is_help(text):
            yield Reply(kind="text", text=CAPABILITIES)
            return
        slip = meant_word(text)
        if slip is not None:
            yield Reply(kind="text", text=_slip_text(slip, self.state.pending is not None))
            return
        why = read_why(text)
        if why is not None:
            yield self._why(why)
            return
        async for reply in self._plan(text):
            yield reply

    # --- planning ------------------------------------------------------------------------------------------

    async def _plan(self, text: str) -> AsyncIterator[Reply]:
        spent = self.budget(self.conversation) if self.budget else None
        if spent:
            yield Reply(kind="refused", text=spent)
            return
        answer = await asyncio.to_thread(self.planner.plan, text, dict(self.state.context) or None)
        said_so = any("could not be reached" in n or "unreachable" in n for n in answer.notes)
        if answer.planner.startswith("offline (model unreachable") and not said_so:
            yield Reply(kind="note", text=f"planned {answer.planner}: the offline planner answered instead")
        for note in answer.notes:
            yield Reply(kind="note", text=f"note: {note}")
        if answer.intent == "out_of_scope":
            yield Reply(kind="text", text="That is outside what the desk does. " + CAPABILITIES)
            return
        self._carry(answer.slots)
        if answer.intent == "approval_query":
            here = answers.decides_here(self.actor, self.engine.policy)
            reply, ids = answers.waiting_for(*self._reading(), self.actor, here=here)
            self._shown(ids)
            yield reply
        elif answer.intent == "run_status_query":
            yield self._status(answer.slots.get("run_id"), text)
        else:
            async for reply in self._show_plan(answer):
                yield reply

    def _carry(self, slots: dict[str, str]) -> None:
        """Keep the slots a follow-up may refer to ("now roll it back": the service and version just named)."""
        self.state.context.update({k: v for k, v in slots.items() if k in _CARRIED})
        if slots.get("run_id") and self._known(slots["run_id"]):  # a mistyped id never becomes "the run"
            self.state.last_run = slots["run_id"]

    def _known(self, run_id: str) -> bool:
        try:
            self.engine.store.run(run_id)
        except UserError:
            return False
        return True

    def _current_catalogue(self) -> Any:
        """The catalogue, loading scenarios under the policy the engine applies now (a long-lived process follows
        edits of policy.yaml: a plan must show the gates its run will meet, not those of the policy it started
        with)."""
        if self.catalogue.policy is not self.engine.policy:
            self.catalogue.policy = self.engine.policy
        return self.catalogue

    async def _show_plan(self, answer: Any) -> AsyncIterator[Reply]:
        preview = await asyncio.to_thread(self.preview, answer, self._current_catalogue())
        dropped = self.state.pending is not None
        self.state.pending = None
        if not preview.valid:
            problems = "\n".join(f"  - {p}" for p in preview.problems)
            yield Reply(
                kind="invalid",
                text=f"I cannot run this: the plan for {answer.intent} does not validate:\n{problems}\nNothing was "
                "run. Say it again with what is missing or wrong, or `help`.",
                data={"intent": answer.intent, "scenario": preview.scenario, "problems": preview.problems},
            )
            return
        self.state.pending = answer.model_dump()
        note = "\n(it replaces the plan shown before, which was not run)" if dropped else ""
        yield Reply(kind="plan", text=_plan_text(preview) + note, data=preview.model_dump())
        yield Reply(kind="confirm", text="Run it? Say yes to start it, no to drop it.")

    async def _dropped(self) -> AsyncIterator[Reply]:
        self.state.pending = None
        yield Reply(kind="text", text="Dropped; nothing was run.")

    # --- running -------------------------------------------------------------------------------------------

    async def _confirmed(self) -> AsyncIterator[Reply]:
        from genaiops.agents.planner import PlannerAnswer
        from genaiops.ids import new_run_id

        answer = PlannerAnswer.model_validate(self.state.pending)
        self.state.pending = None
        role = self.actor.start_role
        if role is not None and role not in self.actor.roles:
            yield Reply(kind="refused", text=f"starting a run needs the role {role!r}; {self.actor.name} lacks it")
            return
        spent = self.budget(self.conversation) if self.budget else None
        if spent:
            yield Reply(kind="refused", text=spent)
            return
        preview = await asyncio.to_thread(self.preview, answer, self._current_catalogue())  # files change too
        if not preview.valid:
            yield Reply(kind="invalid", text="the plan no longer validates: " + "; ".join(preview.problems))
            return
        entry = self.catalogue.find(preview.scenario)
        _spec, plan = self.catalogue.load(entry, preview.params)
        if self.run_budget and plan.spec.budget is None:
            from genaiops.graphs.budget import with_budget

            plan = with_budget(plan, self.run_budget)
            yield Reply(kind="note", text=f"budget of this run (the chat's): {_budget_text(self.run_budget)}")
        run_id = new_run_id(self.engine.clock.now())
        self.state.last_run = run_id
        yield Reply(kind="progress", text=f"started run {run_id} ({preview.scenario})", data={"run_id": run_id})
        work = self.engine.start(plan, requester=self.actor.name, source=str(entry.file), run_id=run_id)
        async for reply in self._follow(run_id, work, fresh=True):
            yield reply

    async def _follow(
        self,
        run_id: str,
        work: Coroutine[Any, Any, Any],
        *,
        fresh: bool = False,
        first: tuple[Reply, ...] | list[Reply] = (),
    ) -> AsyncIterator[Reply]:
        """Execute (through ``launch``) and report each task as it ends, then the outcome and what waits;
        ``first``: replies said once the execution is launched."""
        seen = 0 if fresh else max((e[0] for e in self.engine.store.events(run_id)), default=0)
        self.executing = run_id
        running = asyncio.ensure_future(self.launch(run_id, work))
        for reply in first:
            yield reply
        while True:
            done, _ = await asyncio.wait({running}, timeout=POLL_S)  # never cancels the run itself
            for seq, task, kind, _at, data in self.engine.store.events(run_id, after=seen):
                seen = seq
                line = _progress_line(task, kind, data or {})
                if line:
                    yield Reply(kind="progress", text=line, data={"run_id": run_id, "task": task, "event": kind})
            if done:
                break
        self.executing = None
        result = running.result()
        yield self._outcome(result)
        for reply in self._waiting(result):
            yield reply

    def _outcome(self, result: Any) -> Reply:
        counts: dict[str, int] = {}
        for status in result.tasks.values():
            counts[status] = counts.get(status, 0) + 1
        tally = ", ".join(f"{s} {n}" for s, n in sorted(counts.items()))
        text = f"run {result.run_id} ({result.name}): {result.status}; tasks: {tally}"
        if result.status in ("failed", "rejected"):
            text += " — ask `why did it fail?` for the errors"
        return Reply(kind="result", text=text, data={"run_id": result.run_id, "status": result.status})

    def _waiting(self, result: Any) -> list[Reply]:
        """The run's pending approvals, each saying whether this person may decide it here."""
        replies, shown = [], {}
        for request in result.pending:
            data = request.model_dump(mode="json")
            so_far = answers.approved_by(self.engine.store, data)
            if any(same_person(self.actor.name, name) for name in so_far):
                hint = f"you approved it; it waits for {request.required - len(so_far)} more approver(s)"
            elif answers.may_decide(self.actor, data) and not answers.decides_here(self.actor, self.engine.policy):
                hint = f"you may decide it through the server: {answers.ELSEWHERE}"
            elif answers.may_decide(self.actor, data):
                hint = f"you may decide it: `approve {request.id}` or `reject {request.id} because ...`"
                shown[request.id] = request.args_hash
            elif data["requester"] == self.actor.name:
                hint = "you asked for it, so someone else decides it (in their chat, the console or the CLI)"
            else:
                hint = f"it needs a person holding {', '.join(request.roles)}"
            args = json.dumps(data["args"], ensure_ascii=False)
            args = args if len(args) <= 300 else args[:299] + "…"
            text = f"waiting: {answers.approval_line(data, so_far)}\n  arguments: {args}\n  {hint}"
            about = {"approval_id": request.id, "run_id": request.run_id}
            replies.append(Reply(kind="approval", text=text, data=about))
        if shown:
            self.state.shown = shown
        return replies

    # --- deciding ------------------------------------------------------------------------------------------

    async def _decide(self, decision: Decide) -> AsyncIterator[Reply]:
        from genaiops.identity import Identity, choose_role

        approval_id = decision.approval_id or self._only_shown()
        if approval_id is None:
            yield Reply(kind="text", text="which approval? Say `approve ap-...`; `what is waiting for me?` lists them")
            return
        if decision.verdict == "reject" and not decision.reason:
            yield Reply(kind="text", text=f"say why (it is recorded): `reject {approval_id} because ...`")
            return
        data, _ = self.engine.store.approval(approval_id)  # NotFoundError with close ids
        who = Identity(self.actor.name, self.actor.identified_by)
        role, how = choose_role(
            who, decision.role, held=self.actor.roles, wanted=data["roles"], allow_claimed=self.actor.allow_claimed
        )
        reason = decision.reason or f"approved in chat {self.conversation.id}"
        state = self.engine.decide(
            approval_id, approver=self.actor.name, role=role, verdict=decision.verdict, reason=reason,
            identified_by=how, seen_args_hash=self.state.shown.get(approval_id),
        )  # fmt: skip
        self.state.shown.pop(approval_id, None)
        self.state.last_run = run_id = data["run_id"]
        said = Reply(
            kind="text",
            text=f"{approval_id}: {decision.verdict} by {self.actor.name} ({role}) recorded; the approval is now "
            f"{state.status} ({state.approvals}/{state.required})" + "".join(f"; {n}" for n in state.notes),
            data={"approval_id": approval_id, "status": state.status},
        )
        if state.status not in ("approved", "rejected"):
            yield said
            return
        going = Reply(kind="progress", text=f"continuing run {run_id}", data={"run_id": run_id})
        async for reply in self._follow(run_id, self.engine.resume(run_id), first=[said, going]):
            yield reply  # resumed before anything is said: a server's worker finds the run taken, not idle

    def _only_shown(self) -> str | None:
        return next(iter(self.state.shown)) if len(self.state.shown) == 1 else None

    # --- answering from the store -------------------------------------------------------------------------

    def _reading(self) -> tuple[Any, Any, str]:
        return self.engine.store, self.engine.clock.now(), self.engine.policy.version

    def _status(self, run_id: str | None, text: str) -> Reply:
        store, now, version = self._reading()
        if run_id is None:
            asked = runs_asked(text)
            if asked in ("running", "latest") or (asked is None and self.state.last_run is None):
                return answers.latest_runs(store, running=asked == "running")  # "list runs", "what's running?"
            newest = store.runs(limit=1) if asked == "last" else []
            run_id = newest[0].run_id if newest else self.state.last_run
        if run_id is None:
            return Reply(kind="answer", text="no runs yet: say what you need and the desk plans one.")
        if "why" in text.lower():
            said = answers.explain_failure(store, run_id, None)  # an unknown run: NotFoundError
        else:
            said = answers.run_summary(store, run_id, now, version)
        self.state.last_run = run_id  # answered: a follow-up ("why did verify fail?") means this run
        return said

    def _why(self, why: Why) -> Reply:
        run_id = why.run_id or self.state.last_run
        if run_id is None:
            return Reply(kind="text", text="which run? Say `why did verify fail in run-...`")
        said = answers.explain_failure(self.engine.store, run_id, why.task)  # an unknown run: NotFoundError
        self.state.last_run = run_id
        return said

    def _shown(self, ids: list[str]) -> None:
        """Keep the requests just listed (``approve`` alone decides the only one); when they are all of one run,
        that run is the one a follow-up means ("status", "why did it fail?")."""
        requests = [self.engine.store.approval(i)[0] for i in ids]
        self.state.shown = {r["id"]: r["args_hash"] for r in requests}
        if len({r["run_id"] for r in requests}) == 1:
            self.state.last_run = requests[0]["run_id"]


_HELP = "`help` lists what the desk can do."


def _slip_text(word: str, pending: bool) -> str:
    """The answer to a one-word slip on the desk's own ``word``: nothing is done on a guess (a mistyped yes
    starts nothing); it says what typing the word would do."""
    does = {
        "help": "type help for what the desk can do",
        "yes": "type yes to start the plan shown" if pending else "there is no plan waiting for a yes",
        "no": "type no to drop the plan shown" if pending else "there is no plan waiting for a no",
        "approve": "say `approve ap-...` (or `approve` alone when one request is shown)",
        "reject": "say `reject ap-... because ...`",
    }[word]
    return f"did you mean `{word}`? Nothing was done: {does}."


def _plan_text(preview: Any) -> str:
    """The plan as shown before any yes: scenario and params, numbered tasks, and the gates with who approves."""
    params = ", ".join(f"{k}={v}" for k, v in preview.params.items() if v is not None)  # None: not given
    lines = [f"Plan: {preview.scenario}" + (f" ({params})" if params else "")]
    for n, task in enumerate(preview.tasks, start=1):
        doer = f"{task.performer}: " if task.performer else ""
        what = task.tool or f"goal: {task.goal}"
        after = f" (after {', '.join(task.depends_on)})" if task.depends_on else ""
        lines.append(f"  {n}. {task.id} — {doer}{what}{after}")
    if not preview.gates:
        lines.append("No approval gates: it runs through once you say yes.")
    for gate in preview.gates:
        lines.append(
            f"Gate: {gate.task_id} ({gate.tool}, {gate.risk} risk) stops for {gate.approvals} approval(s) from "
            f"{', '.join(gate.roles)}"
        )
    return "\n".join(lines)


def _progress_line(task: str | None, kind: str, data: dict[str, Any]) -> str | None:
    """One line per finished task, approval asked or run outcome; None for events not worth a line."""
    if kind in _DONE and task:
        error = data.get("error") or data.get("reason")
        return f"  {_DONE[kind]} {task}" + (f": {str(error).splitlines()[0][:200]}" if error else "")
    if kind == "approval_requested" and task:
        return f"  ⏸ {task} waits for approval {data.get('approval', '')} ({data.get('risk', '?')} risk)"
    return None


def _budget_text(budget: dict[str, Any]) -> str:
    tokens, usd = budget.get("tokens"), budget.get("usd")
    return " and ".join(part for part in (f"{tokens:,} tokens" if tokens else "", f"${usd}" if usd else "") if part)
