"""The approval policy file read as data, and the policy's own field rule, as plain functions in a module without
pydantic: ``ApprovalPolicy`` (``genaiops.safety.policy``) reads its file and checks ``people`` with them, and a
cold ``genaiops scenario list`` reads a home's ``policy.yaml`` with the very same functions and the policy's kept
schema, without importing the models (``genaiops.cli.catalogue_cards``)."""

from __future__ import annotations

from genaiops.errors import IdentityError
from genaiops.identity import normalize_name
from genaiops.yamlfile import DocumentError, Source, read_yaml

__all__ = ["normalised_people", "policy_source"]


def policy_source(text: str, file: str) -> Source:
    """The policy file's data with its lines (an empty file is an empty mapping: the defaults); a file that sets
    ``unsafe_overrides`` is a ``DocumentError`` (only ``--unsafe-policy`` records it)."""
    source = read_yaml(text, file)
    if source.data is None:
        source.data = {}
    if isinstance(source.data, dict) and "unsafe_overrides" in source.data:
        raise DocumentError(
            [source.problem(("unsafe_overrides",), "is recorded by genaiops (--unsafe-policy), not set in a file")],
            file,
        )
    return source


def normalised_people(people: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``people`` keyed by normalised name (compared case- and space-insensitively), each role stripped; a name
    that is not one, or listed twice, is a ``ValueError`` saying so."""
    out: dict[str, tuple[str, ...]] = {}
    for name, roles in people.items():
        try:
            key = normalize_name(name, "person's name")
        except IdentityError as exc:
            raise ValueError(str(exc)) from None
        if key in out:
            raise ValueError(f"{name!r} is listed twice (names are compared case- and space-insensitively)")
        out[key] = tuple(r.strip() for r in roles)
    return out
