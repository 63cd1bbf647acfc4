"""The chat desk: a person drives request -> plan -> confirm -> run -> approvals -> answer in a conversation.

Contract: every message passes the input guardrails first (an injection is refused with the reason and nothing
is planned); a request is planned by ``genaiops.agents.planner`` and its plan validated exactly as a scenario
file is (``instantiate``); a plan is shown (tasks, gates, who may approve) and runs only after an explicit yes;
progress is reported from the run's stored events; approvals are decided inline by whoever may decide them
(same gate, same policy: no self-approval, roles, ``require_authenticated``); questions about approvals and
runs are answered from the store. Conversations (messages and the context a follow-up refers to) are stored
durably and can be continued. The desk sits on the top floor beside the CLI and the server, which build its
parts from settings (it never reads settings itself) and carry its replies to a terminal or over HTTP.
"""

from __future__ import annotations

from genaiops.desk.conversation import Actor, Conversation, DeskState, Reply
from genaiops.desk.desk import CAPABILITIES, MAX_CHARS, Desk, Launch

__all__ = ["CAPABILITIES", "MAX_CHARS", "Actor", "Conversation", "Desk", "DeskState", "Launch", "Reply"]
