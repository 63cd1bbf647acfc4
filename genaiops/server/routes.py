"""The REST API's routes, gathered under one router (mounted at ``/api/v1``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from genaiops.server import alerts_api, approvals_api, audit_api, chat_api, models_api, runs_api, schedules_api
from genaiops.server.auth import Caller, caller
from genaiops.server.schemas import AccountOut, refusals

router = APIRouter(responses=refusals(401))  # every route needs an account; each adds its own refusals


@router.get("/me", response_model=AccountOut, tags=["accounts"])
async def me(who: Annotated[Caller, Depends(caller)]) -> AccountOut:
    """The authenticated caller: account name and roles."""
    return AccountOut(name=who.name, roles=list(who.roles))


router.include_router(runs_api.router)
router.include_router(approvals_api.router)
router.include_router(audit_api.router)
router.include_router(schedules_api.router)
router.include_router(chat_api.router)
router.include_router(alerts_api.router)
router.include_router(models_api.router)
