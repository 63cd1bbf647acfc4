"""A desk conversation, durable in the store: its messages, and the state a follow-up needs (the slots carried
over, the plan awaiting confirmation, the run last discussed, the approvals last shown)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from genaiops.identity import IdentifiedBy
from genaiops.store import Store

__all__ = ["Actor", "Conversation", "DeskState", "Reply", "ReplyKind", "new_conversation_id"]

ReplyKind = Literal[
    "text", "refused", "plan", "invalid", "confirm", "progress", "result", "approval", "answer", "error", "note"
]


class Reply(BaseModel):
    """One message of the desk: plain text (never markup) and, for scripts and the console, structured data."""

    kind: ReplyKind
    text: str
    data: dict[str, Any] = Field(default_factory=dict)


class DeskState(BaseModel):
    """What a follow-up refers to, stored with the conversation so ``--resume`` continues where it stopped."""

    context: dict[str, str] = Field(default_factory=dict)
    """Slots carried over (the planner's ``context``): "now roll it back" reuses the service just discussed."""
    pending: dict[str, Any] | None = None
    """The planner's answer awaiting "yes" (re-validated when confirmed): nothing runs before."""
    last_run: str | None = None
    shown: dict[str, str] = Field(default_factory=dict)
    """The approvals last shown (id -> the hash of the arguments shown): "approve" alone decides the only one,
    and a decision on arguments that changed since they were shown is refused."""


@dataclass(frozen=True, slots=True)
class Actor:
    """Who talks to the desk: a normalised name, how it was established (the OS user or a claim locally, an
    account on the server), the roles the policy or the account grants, and whether a role may be claimed."""

    name: str
    identified_by: IdentifiedBy
    roles: tuple[str, ...] = ()
    allow_claimed: bool = False
    start_role: str | None = None
    """The role starting a run needs (the server's ``operator``); None: anyone who may use the desk."""


def new_conversation_id(now: datetime) -> str:
    """A sortable, unique id: ``chat-YYYYmmdd-HHMMSS-xxxxxx``."""
    return f"chat-{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


@dataclass
class Conversation:
    """One conversation: its id, owner and state, written through to the store as messages come."""

    store: Store
    id: str
    owner: str
    state: DeskState = field(default_factory=DeskState)

    @classmethod
    def start(cls, store: Store, owner: str, now: datetime) -> Conversation:
        conversation = cls(store, new_conversation_id(now), owner)
        with store.transaction() as tx:
            tx.save_conversation(conversation.id, owner, now.isoformat(), conversation.state.model_dump())
        return conversation

    @classmethod
    def load(cls, store: Store, conversation_id: str) -> Conversation:
        """A stored conversation (``NotFoundError`` naming close ids when there is none)."""
        owner, _created, _updated, state = store.conversation(conversation_id)
        return cls(store, conversation_id, owner, DeskState.model_validate(state))

    def record(self, now: datetime, author: str, said: list[Reply] | str, kind: str = "request") -> None:
        """Store what ``author`` said (a request text, or the desk's replies) and the state after it, at once."""
        at = now.isoformat()
        if isinstance(said, str):
            rows = [(at, author, kind, said, None)]
        else:
            rows = [(at, author, r.kind, r.text, r.data or None) for r in said]
        with self.store.transaction() as tx:
            if rows:
                tx.add_conversation_messages(self.id, rows)
            tx.save_conversation(self.id, self.owner, at, self.state.model_dump())

    def messages(self, after: int = 0) -> list[tuple[int, str, str, str, str, Any]]:
        """(seq, at, author, kind, text, data) of the stored messages after ``after``."""
        return self.store.conversation_messages(self.id, after)
