"""A long-lived process follows edits of the approval policy: the server, `genaiops worker` and `genaiops chat`.

A command reads the policy once; a process that lives for hours would otherwise keep the policy it started with
and, at its next write, ask under it (a request needing one approval where the edited file says two) or undo an
edit another command had already recorded (``policy_changed`` back to the old version). ``PolicyWatch.follow``
compares the policy files (the home's ``policy.yaml`` and ``GENAIOPS_POLICY_FILE``) with what it saw last, and on
a change gives the engine the policy they make now, its change ledgered (``Gate.sync_policy``) as any command's
would be. One rule for every such process: files that cannot be used (unreadable, malformed, a per-process file
that would loosen the home's policy without ``--unsafe-policy``) leave the policy as it was, logged; each command
run on the home says what is wrong with them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from genaiops.errors import UserError

if TYPE_CHECKING:
    from genaiops.graphs import Engine
    from genaiops.safety import ApprovalPolicy
    from genaiops.settings import Settings

__all__ = ["PolicyWatch", "policy_files"]

log = logging.getLogger("genaiops.policy")


def policy_files(settings: Settings) -> tuple[tuple[str, int, int] | None, ...]:
    """What the policy is read from, as (file, mtime, size): the home's ``policy.yaml`` and the per-process
    file (None for one that is not there)."""
    found = []
    for path in (settings.home / "policy.yaml", settings.policy_file):
        try:
            info = path.stat() if path is not None else None
        except OSError:
            info = None
        found.append((str(path), info.st_mtime_ns, info.st_size) if info is not None else None)
    return tuple(found)


class PolicyWatch:
    """Follows the policy files of ``settings`` for one engine's process (``who``: how the log names it)."""

    def __init__(self, settings: Settings, *, who: str, unsafe: bool = False):
        self.settings, self.who, self.unsafe = settings, who, unsafe
        self._seen = policy_files(settings)

    def follow(self, engine: Engine) -> ApprovalPolicy | None:
        """If the policy files changed since last seen, give ``engine`` the policy they make now (ledgered);
        returns that policy, or None when nothing changed or the files cannot be used (logged)."""
        files = policy_files(self.settings)
        if files == self._seen:
            return None
        self._seen = files
        from genaiops.runtime import load_policy

        try:
            fresh = load_policy(self.settings, unsafe=self.unsafe)
        except UserError as exc:
            log.error("the approval policy files changed but cannot be used (%s); %s keeps policy version %s",
                      exc, self.who, engine.policy.version)  # fmt: skip
            return None
        if fresh.hash == engine.policy.hash:
            return None
        log.info("approval policy changed: version %s -> %s", engine.policy.version, fresh.version)
        engine.policy = fresh
        engine.gate.sync_policy()
        return fresh
