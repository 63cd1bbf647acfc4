"""The chat desk over HTTP: conversations of the authenticated caller, and a message posted to one answered by
the desk's replies streamed as server-sent events (``event: reply``, one JSON ``Reply`` each; ``event: end``).

The person is the account the server authenticated (never a name in the body): runs the desk starts have that
account as requester (so it may not approve them) and need the ``operator`` role, as ``POST /runs`` does;
decisions made in the chat are ``identified_by: authenticated`` under the home's policy. A conversation is its
owner's: another account gets 404. Runs execute in the server's own task set, so a closed stream does not stop
a run; one message at a time per conversation (409 while the desk still answers the previous one).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from genaiops.desk import MAX_CHARS, Actor, Conversation, Desk
from genaiops.errors import NotFoundError
from genaiops.safety.approvals import same_person
from genaiops.server.api_words import in_desk_words
from genaiops.server.auth import RUN_ROLE, Caller, caller
from genaiops.server.health_api import require_ready
from genaiops.server.schemas import refusals

__all__ = ["ConversationOut", "MessageIn", "conversation_for", "open_conversation", "router", "stream_turn"]

router = APIRouter(tags=["chat"])
SSE = "Server-sent events: `event: reply` with `data:` one JSON Reply, then `event: end` with {conversation_id}."
Who = Annotated[Caller, Depends(caller)]


class ConversationIn(BaseModel):
    """A new conversation's body: nothing, or ``{}`` (a field is refused: it would be ignored; say things with
    ``POST /conversations/ID/messages``)."""

    model_config = ConfigDict(extra="forbid")


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(max_length=MAX_CHARS * 4, description="What you say to the desk.")


class MessageOut(BaseModel):
    seq: int
    at: str
    author: str
    kind: str
    text: str
    data: dict[str, Any] | None = None


class ConversationOut(BaseModel):
    conversation_id: str
    owner: str
    messages: list[MessageOut] = Field(default_factory=list)


def _parts(request: Request) -> dict[str, Any]:
    """The planner, catalogue and input guardrails the server's desks share, built on first use."""
    parts = getattr(request.app.state, "desk_parts", None)
    if parts is None:
        from genaiops.agents.planner import make_planner

        state = request.app.state.genaiops
        catalogue = _catalogue(state.settings, state.engine)
        screen = state.engine.resources.get("guardrails") if hasattr(state.engine.resources, "get") else None
        planner = make_planner(state.settings, catalogue=catalogue)
        parts = {"catalogue": catalogue, "planner": planner, "screen": screen, "locks": {}}
        request.app.state.desk_parts = parts
    return parts


def _catalogue(settings: Any, engine: Any) -> Any:
    """The server's scenario catalogue, built as ``genaiops ask`` builds it (``runtime.planning_catalogue``)."""
    from genaiops.runtime import planning_catalogue

    return planning_catalogue(settings, folder=settings.scenarios_dir, registry=engine.registry, policy=engine.policy)


def conversation_for(request: Request, who: Caller, conversation_id: str) -> Conversation:
    """The caller's conversation ``conversation_id``; 404 for one that is not theirs (nor says whose it is)."""
    store = request.app.state.genaiops.engine.store
    try:
        conversation = Conversation.load(store, conversation_id)
    except NotFoundError:
        conversation = None
    if conversation is None or not same_person(conversation.owner, who.name):
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"you have no conversation {conversation_id[:80]!r}")
    return conversation


def open_conversation(request: Request, who: Caller) -> Conversation:
    require_ready(request)  # a 503 with GET /health's reason while the store refuses this server
    engine = request.app.state.genaiops.engine
    return Conversation.start(engine.store, who.name, engine.clock.now())


def _desk(request: Request, who: Caller, conversation: Conversation) -> Desk:
    from genaiops.agents.planner import instantiate

    state = request.app.state.genaiops
    parts = _parts(request)
    actor = Actor(who.name, "authenticated", tuple(who.roles), allow_claimed=False, start_role=RUN_ROLE)
    return Desk(
        state.engine, actor, conversation, parts["planner"], parts["catalogue"], instantiate,
        screen=parts["screen"], launch=state.launch, run_budget=state.settings.chat_budget, words=in_desk_words,
    )  # fmt: skip


def stream_turn(request: Request, who: Caller, conversation: Conversation, text: str) -> StreamingResponse:
    """The desk's replies to ``text`` as server-sent events (409 while this conversation answers another)."""
    locks: dict[str, asyncio.Lock] = _parts(request)["locks"]
    lock = locks.setdefault(conversation.id, asyncio.Lock())
    if lock.locked():
        raise HTTPException(status.HTTP_409_CONFLICT, detail="the desk is still answering your previous message")
    require_ready(request)  # the desk's turn writes and may start or resume runs: nothing tried while not ready
    desk = _desk(request, who, conversation)

    async def events() -> AsyncIterator[str]:
        async with lock:
            async for reply in desk.turn(text):
                yield f"event: reply\ndata: {reply.model_dump_json()}\n\n"
            yield f"event: end\ndata: {json.dumps({'conversation_id': conversation.id})}\n\n"

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers)


async def answer_all(request: Request, who: Caller, conversation: Conversation, text: str) -> None:
    """The desk's turn consumed whole (the console's form without JavaScript), under the conversation's lock."""
    locks: dict[str, asyncio.Lock] = _parts(request)["locks"]
    lock = locks.setdefault(conversation.id, asyncio.Lock())
    if lock.locked():
        raise HTTPException(status.HTTP_409_CONFLICT, detail="the desk is still answering your previous message")
    require_ready(request)
    async with lock:
        async for _reply in _desk(request, who, conversation).turn(text):
            pass


def _out(conversation: Conversation) -> ConversationOut:
    messages = [
        MessageOut(seq=seq, at=at, author=author, kind=kind, text=text, data=data)
        for seq, at, author, kind, text, data in conversation.messages()
    ]
    return ConversationOut(conversation_id=conversation.id, owner=conversation.owner, messages=messages)


@router.post(
    "/conversations", response_model=ConversationOut, status_code=status.HTTP_201_CREATED, responses=refusals(503)
)
async def create(request: Request, who: Who, body: ConversationIn | None = None) -> ConversationOut:
    """Start a conversation with the desk (yours: nobody else reads it). No body, or ``{}``: what to say goes to
    ``POST /conversations/ID/messages``; a field here is a 422, not silently dropped."""
    return _out(open_conversation(request, who))


@router.get("/conversations", response_model=list[ConversationOut])
async def mine(request: Request, who: Who) -> list[ConversationOut]:
    """Your conversations, newest first (without their messages)."""
    store = request.app.state.genaiops.engine.store
    return [ConversationOut(conversation_id=c, owner=o) for c, o, _, _ in store.conversations(owner=who.name)]


@router.get("/conversations/{conversation_id}", response_model=ConversationOut, responses=refusals(404))
async def one(request: Request, conversation_id: str, who: Who) -> ConversationOut:
    """One of your conversations with every message (yours and the desk's)."""
    return _out(conversation_for(request, who, conversation_id))


@router.post(
    "/conversations/{conversation_id}/messages",
    response_class=StreamingResponse,
    responses={
        200: {"description": "The desk's replies: `event: reply` (a JSON Reply each), then `event: end`.",
              "content": {"text/event-stream": {"schema": {"type": "string", "description": SSE}}}},
        **refusals(404, 409, 503),
    },
)  # fmt: skip
async def say(request: Request, conversation_id: str, body: MessageIn, who: Who) -> StreamingResponse:
    """Say something to the desk; its replies stream back as server-sent events (``reply``, then ``end``):
    a plan to confirm (say "yes" in the next message), progress of a run, approvals, answers."""
    return stream_turn(request, who, conversation_for(request, who, conversation_id), body.text)
