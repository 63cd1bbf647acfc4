"""The model of one declared scenario parameter (``graphs/params.py`` says what parameters are), apart from the
code that reads them so that it imports no pydantic: a cold ``genaiops scenario list`` reads declarations
against this model's kept schema (``genaiops.cli.catalogue_cards``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from genaiops.graphs.params import ParamType, is_required

__all__ = ["ParamSpec", "read_declaration"]


class ParamSpec(BaseModel):
    """One declared parameter (the key under ``params:`` is its name)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: ParamType = Field(default="string", description="string, integer, number, boolean or duration (seconds).")
    description: str = ""
    default: Any = Field(default=None, description="The value when --set does not give one (none: required).")
    required: bool | None = Field(default=None, description="Must --set give it? Default: when there is no default.")
    allowed: list[Any] | None = Field(default=None, min_length=1, description="The only values accepted.")

    @property
    def is_required(self) -> bool:
        return is_required(self)


def read_declaration(body: Any) -> tuple[ParamSpec | None, ValidationError | None]:
    """The declaration ``body`` as a ``ParamSpec``, or pydantic's error (``genaiops.graphs.params.Read``)."""
    try:
        return ParamSpec.model_validate(body), None
    except ValidationError as exc:
        return None, exc
