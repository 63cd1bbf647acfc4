"""Who is acting: the OS user of the process, or a name someone claims, normalised so one person is one name.

Locally the person deciding an approval (and the one starting a run) is the OS user this process runs as
(``pwd.getpwuid(os.geteuid())``; ``$USER`` is not used: anyone sets it). A name given with ``--as NAME`` or
``GENAIOPS_USER`` is *claimed*: the entry point refuses it unless the home's policy allows claimed identities
(a drill home), and decisions made under it are recorded as ``claimed``. How a decision's author was identified
is one of:

| ``identified_by`` | meaning                                                                 |
|-------------------|-------------------------------------------------------------------------|
| ``local``         | the OS user of the process that recorded it                              |
| ``claimed``       | a name (or a role) typed by whoever ran the command; allowed in drill homes |
| ``scripted``      | a scenario file's ``approvals:`` (drills only)                           |
| ``automatic``     | the policy let the call through without asking                           |
| ``authenticated`` | an account the server authenticated (the server comes later)             |

Names are normalised (Unicode NFKC, case-folded, stripped, inner whitespace collapsed) wherever they are
compared or stored: ``alice``, ``Alice`` and ``alice `` are one person, and a blank name is refused. A new
account's name must also read as itself (``new_name_problem``): no invisible characters, no letters of look-alike
scripts mixed (Latin ``a`` beside Cyrillic ``а``), and no look-alike of an existing account. A name claimed in
a drill home is held to the same rule against the people the home knows (its policy's ``people:``, the OS user,
requesters, approvers and accounts in its store): ``--as a1ice`` does not approve alice's run as someone else.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from genaiops.errors import IdentityError

__all__ = [
    "IdentifiedBy",
    "Identity",
    "choose_role",
    "new_name_problem",
    "normalize_name",
    "os_user",
    "resolve_identity",
]

IdentifiedBy = Literal["local", "claimed", "scripted", "automatic", "authenticated"]


def normalize_name(name: str, what: str = "name") -> str:
    """The one spelling of a person's name; ``IdentityError`` for a blank one."""
    folded = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    if not folded:
        raise IdentityError(f"the {what} {name!r} is blank; give a person's name")
    return folded


_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_LOOKALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC"})
_LATIN_LOOKALIKES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "к": "k", "ո": "n", "ս": "u", "հ": "h", "օ": "o", "α": "a", "ο": "o",
    "ρ": "p", "ν": "v", "υ": "u", "ι": "i", "κ": "k", "τ": "t", "χ": "x", "ϲ": "c", "ε": "e", "ı": "i", "ɑ": "a",
    "ɡ": "g", "0": "o", "1": "l",
})  # fmt: skip
"""Lower-case letters (after NFKC and case-folding) that a reader takes for a Latin one (Unicode's confusables,
the letters names use), and the digits 0 and 1 (``b0b``, ``a1ice``)."""


def _skeleton(name: str) -> str:
    """What ``name`` looks like: accents dropped, look-alike letters read as the Latin ones."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if unicodedata.category(c) != "Mn")
    return bare.translate(_LATIN_LOOKALIKES)


def _script(char: str) -> str:
    return unicodedata.name(char, "UNKNOWN").split(" ")[0]


def new_name_problem(name: str, taken: Sequence[str], what: str = "account name") -> str | None:
    """Why the normalised ``name`` cannot name a new account beside the names ``taken``, or None: a character
    nobody sees (``alice`` + U+200B reads as ``alice``), letters of look-alike scripts mixed in one name (Cyrillic
    ``а`` in ``аlice``), or a name that looks like one taken (``b0b`` beside ``bob``)."""
    for char in name:
        if unicodedata.category(char) in _INVISIBLE:
            return (
                f"the {what} {name!r} holds an invisible character (U+{ord(char):04X} "
                f"{unicodedata.name(char, 'unnamed')}): it would read as another name; type the name without it"
            )
    scripts = {_script(c) for c in name if c.isalpha()} & _LOOKALIKE_SCRIPTS
    if len(scripts) > 1:
        odd = next(c for c in name if c.isalpha() and _script(c) != "LATIN")
        return (
            f"the {what} {name!r} mixes {' and '.join(sorted(s.title() for s in scripts))} letters (U+{ord(odd):04X} "
            f"{unicodedata.name(odd)}): it reads as another name; type it in one script"
        )
    looks = _skeleton(name)
    for other in taken:
        if other != name and _skeleton(other) == looks:
            return (
                f"the {what} {name!r} looks like {'the account' if what == 'account name' else 'the person'} "
                f"{other!r}: people would take one for the other in decisions and the ledger; choose a name nobody "
                "can mistake for it"
            )
    return None


def os_user() -> str:
    """The normalised login name of the OS user this process runs as (its effective uid)."""
    import pwd  # POSIX only; imported here so that importing this module works everywhere

    uid = os.geteuid()
    try:
        return normalize_name(pwd.getpwuid(uid).pw_name)
    except KeyError:  # a uid with no passwd entry (some containers): the uid is still a stable identity
        return f"uid-{uid}"


@dataclass(frozen=True, slots=True)
class Identity:
    """A normalised name and how it was established."""

    name: str
    identified_by: IdentifiedBy

    @property
    def claimed(self) -> bool:
        return self.identified_by == "claimed"


def resolve_identity(
    as_: str | None, env_user: str | None, *, allow_claimed: bool, known: Callable[[], Iterable[str]] = tuple
) -> Identity:
    """Who runs this command: ``--as`` (``as_``), else ``GENAIOPS_USER`` (``env_user``), both claims, else the OS
    user. A claim naming the OS user itself is no claim. Refused (``IdentityError``) unless ``allow_claimed``, and
    when the claimed name reads as another (``new_name_problem``: an invisible character, mixed scripts, or a
    look-alike of the OS user or of a name ``known()`` gives, read only for a claim)."""
    me = os_user()
    for value, where in ((as_, f"--as {as_!r}"), (env_user, f"GENAIOPS_USER={env_user!r}")):
        if value is None:
            continue
        name = normalize_name(value, where.split(" ")[0].split("=")[0])
        if name == me:
            return Identity(me, "local")
        if not allow_claimed:
            fix = "Drop --as" if value is as_ else "Unset GENAIOPS_USER"
            raise IdentityError(
                f"{where} is a claimed identity, and this home's approval policy does not allow claimed "
                f"identities: you act as the OS user {me!r}. {fix} (another person acts under their "
                "own OS account), or, in a drill home only, set `allow_claimed_identities: true` in "
                "$GENAIOPS_HOME/policy.yaml"
            )
        knows = [me, *(normalize_name(n) for n in known() if n.strip())]
        problem = new_name_problem(name, knows, "name claimed with " + where.split(" ")[0].split("=")[0])
        if problem is not None:
            raise IdentityError(problem)
        return Identity(name, "claimed")
    return Identity(me, "local")


def choose_role(
    who: Identity, role: str | None, *, held: Sequence[str], wanted: Sequence[str], allow_claimed: bool
) -> tuple[str, IdentifiedBy]:
    """The role ``who`` decides in, and how the decision's author counts as identified.

    ``held`` are the roles the home's policy grants ``who`` (an authenticated server account: its account's
    roles); ``wanted`` are the roles the request accepts.
    Without ``--role`` (``role`` None): the first held role the request accepts (else the first held one, which
    the gate then refuses naming the accepted roles). A ``--role`` one does not hold is a claim: refused unless
    ``allow_claimed``, and then the decision is recorded as ``claimed``."""
    if role is None:
        if not held and who.identified_by == "authenticated":  # a server account: its roles are the account's
            raise IdentityError(
                f"the account {who.name!r} holds no role, so it decides no request; an account's roles are given "
                "on the server's host (`genaiops users roles NAME --role ROLE`)"
            )
        if not held:
            raise IdentityError(
                f"{who.name!r} holds no approver role in this home's policy; the policy's `people:` grants roles "
                "(e.g. `people: {" + who.name + ": [operator]}`)"
            )
        return next((r for r in held if r in wanted), held[0]), who.identified_by
    role = role.strip()
    if role in held:
        return role, who.identified_by
    if not allow_claimed:
        holds = ", ".join(held) or "none"
        if who.identified_by == "authenticated":  # a server account: its roles are the account's, not the policy's
            raise IdentityError(
                f"role {role!r}: the account {who.name!r} does not hold that role (its roles: {holds}); an "
                "account's roles are given on the server's host (`genaiops users roles NAME --role ROLE`)"
            )
        raise IdentityError(
            f"--role {role!r}: {who.name!r} does not hold that role in this home's policy (holds: {holds}); a role "
            "is granted by the policy's `people:`, not claimed on the command line"
        )
    return role, "claimed"
