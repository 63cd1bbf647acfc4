"""``genaiops chat``: the chat desk in a terminal (prompt-toolkit when installed and stdin is a terminal, plain
input otherwise; piped stdin works for scripts and is echoed, so the output reads as a transcript)."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from genaiops.cli.common import app_settings, console, engine, fail, run_async, store_reader, who
from genaiops.cli.options import Options
from genaiops.cli.runs import AsOption, ModelOption

_EXIT = {"exit", "quit", "bye", ":q"}
PROMPT = "you> "


def chat(
    resume: Annotated[
        str | None, typer.Option("--resume", metavar="ID", help="Continue a stored conversation (its context too).")
    ] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the stored conversations, newest first.")] = False,
    as_: AsOption = None,
    model: ModelOption = None,
) -> None:
    """Talk to the ops desk: a request becomes a plan you confirm, run with approvals inline.

    Say what you need; the desk shows a plan (tasks, gates, who may approve), runs it when you say yes, shows
    progress and approvals (decide them inline: `approve ap-...`) and answers "what is waiting for me?",
    "status of run-...", "why did verify fail?". `exit` or Ctrl-D leaves; the conversation is stored
    (`genaiops chat --resume ID` continues it)."""
    from genaiops.cli.remote import server_client

    if server_client() is not None:
        fail("genaiops chat acts on this home; on a server, use its console page /chat (or unset GENAIOPS_SERVER_URL)")
    if list_:
        return _list()
    desk = _open_desk(resume, as_, model)
    actor = desk.actor
    _say(f"chat {desk.conversation.id} as {actor.name} ({actor.identified_by}): type a request, `help`, or `exit`.")
    if resume:
        _recap(desk)
    try:
        run_async(_loop(desk))
    except KeyboardInterrupt:  # Ctrl-C: leave as `exit` does, then end as any interrupted command (130)
        _say("")
        if desk.executing is not None:  # a run was executing: cancelled as `genaiops run` leaves it on Ctrl-C
            _stopped(desk, desk.executing)
        _say(f"conversation stored: genaiops chat --resume {desk.conversation.id}")
        raise
    _say(f"conversation stored: genaiops chat --resume {desk.conversation.id}")


def _stopped(desk: Any, run_id: str) -> None:
    """The run Ctrl-C interrupted reads ``cancelled`` (its interrupted tasks back to pending), as `genaiops run`
    leaves it, and the desk says how to continue it."""
    from genaiops.cli.resuming import stop_interrupted

    stop_interrupted(desk.engine, run_id)
    _say(
        f"interrupted: run {run_id} cancelled; its interrupted tasks run again when you continue it: "
        f"`genaiops resume {run_id}` (its gates then wait for people as here)"
    )


def _open_desk(resume: str | None, as_: str | None, model: str | None):  # noqa: ANN202 - a Desk
    from genaiops.agents.planner import instantiate, make_planner
    from genaiops.cli.ask import app_catalogue
    from genaiops.desk import Actor, Conversation, Desk

    eng = engine(model=model)
    policy = eng.policy
    person = who(as_, policy)
    actor = Actor(person.name, person.identified_by, policy.roles_of(person.name), policy.allow_claimed_identities)
    now = eng.clock.now()
    conversation = Conversation.load(eng.store, resume) if resume else Conversation.start(eng.store, actor.name, now)
    catalogue = app_catalogue()  # the catalogue `genaiops ask` plans against, retrieved from the home's memory
    planner = make_planner(app_settings(), model=model, catalogue=catalogue)
    return Desk(
        eng, actor, conversation, planner, catalogue, instantiate,
        screen=eng.resources.get("guardrails"), run_budget=app_settings().chat_budget,
    )  # fmt: skip


def _recap(desk: Any) -> None:
    """The last few messages of a resumed conversation, so the person sees where it stopped."""
    messages = desk.conversation.messages()
    _say(f"({len(messages)} messages so far; the last ones:)")
    for _seq, _at, author, _kind, text, _data in messages[-4:]:
        _say(f"{author}> {text}" if author != "desk" else text)


async def _loop(desk: Any) -> None:
    import dataclasses

    from genaiops.policy_watch import PolicyWatch

    watch = PolicyWatch(app_settings(), who="this chat", unsafe=Options.unsafe_policy)
    read = _reader()
    while True:
        line = await read()
        if line is None or line.strip().lower() in _EXIT:
            break
        if _meant_exit(line):
            _say("did you mean `exit`? Type exit (or press Ctrl-D) to leave; the conversation is kept.")
            continue
        fresh = watch.follow(desk.engine)  # policy.yaml edited while the chat was open: its turns follow the edit
        if fresh is not None:
            desk.actor = dataclasses.replace(
                desk.actor, roles=fresh.roles_of(desk.actor.name), allow_claimed=fresh.allow_claimed_identities
            )
        async for reply in desk.turn(line):
            _say(reply.text)
    if desk.state.pending is not None:
        _say("(the plan shown was not run: it waits for a yes when you resume this conversation)")


def _meant_exit(line: str) -> bool:
    """A single word one slip away from a word that leaves: two letters swapped ("exti", "qiut") or one typed
    twice ("exitt"). The person wanted out, and the planner would answer that it is outside what the desk does."""
    word = line.strip().lower()
    for leave in _EXIT:
        if word != leave and len(leave) > 2 and sorted(word) == sorted(leave):
            return True
        if len(word) == len(leave) + 1 and any(word[:i] + word[i + 1 :] == leave for i in range(len(word))):
            return True
    return False


def _reader():  # noqa: ANN202 - async () -> str | None
    """Reads one message: prompt-toolkit on a terminal when installed, else plain input (echoed when piped)."""
    if sys.stdin.isatty():
        try:
            from prompt_toolkit import PromptSession  # optional: line editing and history

            session = PromptSession()

            async def prompted() -> str | None:
                try:
                    return await session.prompt_async(PROMPT)
                except EOFError:
                    return None

            return prompted
        except ImportError:
            pass

    async def plain() -> str | None:
        line = await _in_daemon_thread(_read_line)
        if line is not None and not sys.stdin.isatty():
            _say(PROMPT + line)
        return line

    return plain


async def _in_daemon_thread(read: Any) -> Any:
    """``read()`` in a daemon thread: a Ctrl-C at the prompt then ends the process at once (``asyncio.to_thread``'s
    executor thread, blocked in ``input()``, held the interpreter's exit until Enter was pressed)."""
    import asyncio
    import contextlib
    import threading

    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def settle(outcome: Any, failed: bool) -> None:
        if not done.done():
            done.set_exception(outcome) if failed else done.set_result(outcome)

    def work() -> None:
        try:
            outcome, failed = read(), False
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting coroutine
            outcome, failed = exc, True
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile (the desk is leaving)
            loop.call_soon_threadsafe(settle, outcome, failed)

    threading.Thread(target=work, name="chat-input", daemon=True).start()
    return await done


PASTE_GAP = 0.05  # seconds: lines that follow one another closer than this were pasted together
PASTE_LINES = 200  # at most this many lines make one message (the desk then says how long it is)


def _read_line() -> str | None:
    if sys.stdin.isatty():
        try:
            return _pasted(input(PROMPT))
        except EOFError:
            return None
    line = sys.stdin.readline()
    return None if line == "" else line.rstrip("\n")


def _pasted(first: str) -> str:
    """``first`` and the lines already waiting behind it on the terminal: a paste (a request with the log lines
    under it) is one message, not one request per line. A person typing leaves more than ``PASTE_GAP``."""
    import select

    lines = [first]
    while len(lines) < PASTE_LINES and select.select([sys.stdin], [], [], PASTE_GAP)[0]:
        try:
            lines.append(input())
        except EOFError:  # Ctrl-D right after the paste: the paste is still read; the next read leaves
            break
    return "\n".join(lines)


def _say(text: str) -> None:
    """Plain text, never read as markup (a reply may quote tool output or the person's words)."""
    console.out(text, highlight=False)


def _list() -> None:
    from genaiops.cli.output import Col, print_table

    rows = [[cid, owner, created[:19].replace("T", " "), updated[:19].replace("T", " ")]
            for cid, owner, created, updated in store_reader().conversations()]  # fmt: skip
    if not rows:
        console.print("no conversations yet: `genaiops chat` starts one")
        return
    print_table(
        [
            Col("conversation", is_id=True),
            Col("owner"),
            Col("started (UTC)", whole=True),
            Col("last (UTC)", whole=True),
        ],
        rows,
    )
