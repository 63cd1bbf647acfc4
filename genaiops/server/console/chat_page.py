"""The console's chat page: the desk in the browser. ``/chat`` lists your conversations and starts one;
``/chat/ID`` shows one with a form. The form works without JavaScript (the desk answers the whole turn, then the
page shows it); ``/static/chat.js`` (vendored, no CDN) posts the same form to ``/chat/ID/stream`` and shows the
replies as they stream (server-sent events). Every POST carries the session's CSRF token; the person is the
signed-in account, as in the API (``genaiops.server.chat_api``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from genaiops.server import chat_api
from genaiops.server.console.access import ConsoleError, Csrf, Who, check_csrf

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form(max_length=chat_api.MAX_CHARS * 4)]


def _conversation(request: Request, who: Who, conversation_id: str) -> chat_api.Conversation:
    try:
        return chat_api.conversation_for(request, who.caller, conversation_id)
    except HTTPException as exc:
        raise ConsoleError(exc.status_code, str(exc.detail)) from None


@router.get("/chat", response_class=HTMLResponse)
async def chat_list(request: Request, who: Who) -> HTMLResponse:
    from genaiops.server.console.pages import page

    store = request.app.state.genaiops.engine.store
    rows = store.conversations(owner=who.caller.name)
    return page(request, "chat.html", who, conversation=None, messages=[], rows=rows)


@router.post("/chat")
async def chat_new(request: Request, who: Who, csrf: Csrf = "") -> Response:
    check_csrf(who.session, csrf)
    try:
        conversation = chat_api.open_conversation(request, who.caller)
    except HTTPException as exc:  # the server not ready: the page says why
        raise ConsoleError(exc.status_code, str(exc.detail)) from None
    return RedirectResponse(f"/chat/{conversation.id}", status_code=303)


@router.get("/chat/{conversation_id}", response_class=HTMLResponse)
async def chat_one(request: Request, conversation_id: str, who: Who) -> HTMLResponse:
    from genaiops.server.console.pages import page

    conversation = _conversation(request, who, conversation_id)
    messages = conversation.messages()
    return page(request, "chat.html", who, conversation=conversation, messages=messages, rows=[])


@router.post("/chat/{conversation_id}")
async def chat_say(request: Request, conversation_id: str, who: Who, text: Text = "", csrf: Csrf = "") -> Response:
    """Without JavaScript: the desk answers the whole turn, then the page shows the conversation."""
    check_csrf(who.session, csrf)
    conversation = _conversation(request, who, conversation_id)
    try:
        await chat_api.answer_all(request, who.caller, conversation, text)
    except HTTPException as exc:
        raise ConsoleError(exc.status_code, str(exc.detail)) from None
    return RedirectResponse(f"/chat/{conversation.id}#end", status_code=303)


@router.post("/chat/{conversation_id}/stream")
async def chat_stream(request: Request, conversation_id: str, who: Who, text: Text = "", csrf: Csrf = "") -> Response:
    """With JavaScript: the same form, answered as server-sent events (``reply`` ..., ``end``)."""
    check_csrf(who.session, csrf)
    conversation = _conversation(request, who, conversation_id)
    return chat_api.stream_turn(request, who.caller, conversation, text)
