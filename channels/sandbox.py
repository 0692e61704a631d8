"""The sandbox: chat as a retailer and as a buyer side by side, and move the clock.

Enabled only in sandbox mode. ``POST /sandbox/messages`` answers after the
turn is processed, with the replies it produced; ``GET /sandbox/outbox`` lists
everything sent to an address; ``POST /sandbox/clock`` moves the product
clock forward and runs whatever became due.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from channels.conversations import ConversationService, Reply
from channels.inbound_rules import SANDBOX_FIELDS, check_inbound
from channels.messages import InboundMessage
from prompts import normalise_language, render
from store.clock import Clock, SandboxClock, today
from store.db import transaction
from store.models import Channel, OutboxEntry
from tools.errors import InputError
from tools.phone import normalise_indian_mobile

PAGE = Path(__file__).with_name("sandbox_page.html")


class SandboxMessageIn(BaseModel):
    sender: str = Field(alias="from")
    channel: Literal["whatsapp", "sms"] = "whatsapp"
    text: str


class ClockIn(BaseModel):
    advance_days: int = Field(ge=0, le=3650)


def _reply(reply: Reply) -> dict[str, Any]:
    return {"to": reply.to, "channel": reply.channel.value, "text": reply.text,
            "media": [a["url"] for a in reply.attachments],
            "attachments": [dict(a) for a in reply.attachments],
            "created_at": reply.created_at.isoformat() if reply.created_at else None}


def _entry(row: OutboxEntry) -> dict[str, Any]:
    return {"to": row.to_address, "channel": row.channel.value, "text": row.body,
            "media": [m["url"] for m in (row.media or [])],
            "created_at": row.created_at.isoformat() if row.created_at else None}


def build_sandbox_router(service: ConversationService, clock: Clock,
                         run_due: Callable[[datetime], dict[str, int]]) -> APIRouter:
    """The sandbox page and API; ``run_due`` runs what became due when the clock moves."""
    router = APIRouter(prefix="/sandbox")

    @router.get("", response_class=HTMLResponse)
    def page(lang: str = "en") -> str:
        language = normalise_language(lang)
        html = PAGE.read_text(encoding="utf-8").replace("{{lang}}", language)
        return re.sub(r"\{\{(sandbox-[a-z-]+)\}\}",
                      lambda m: escape(render(m.group(1), language)), html)

    @router.post("/messages")
    async def messages(body: SandboxMessageIn) -> dict[str, Any]:
        try:
            sender = normalise_indian_mobile(body.sender)
        except InputError:
            raise InputError("from", "sender-invalid", value=body.sender[:40]) from None
        inbound = InboundMessage(channel=Channel(body.channel), sender=sender,
                                 recipient="sandbox", text=body.text.strip(),
                                 provider_id=f"SB{uuid.uuid4().hex}",
                                 received_at=clock.now())
        check_inbound(inbound, SANDBOX_FIELDS, text_required=True)
        replies = await run_in_threadpool(service.handle_now, inbound)
        return {"replies": [_reply(r) for r in replies]}

    @router.get("/outbox")
    def outbox(to: str = Query(...)) -> dict[str, Any]:
        address = normalise_indian_mobile(to)
        with transaction(service.engine) as session:
            rows = session.execute(select(OutboxEntry).where(OutboxEntry.to_address == address)
                                   .order_by(OutboxEntry.id)).scalars().all()
            return {"to": address, "messages": [_entry(r) for r in rows]}

    @router.post("/clock")
    def move_clock(body: ClockIn) -> dict[str, Any]:
        assert isinstance(clock, SandboxClock)
        now = clock.advance(body.advance_days)
        ran = run_due(now)
        return {"now": now.isoformat(), "today": today(clock).isoformat(), "ran": ran}

    @router.get("/clock")
    def read_clock() -> dict[str, Any]:
        now = clock.now()
        return {"now": now.isoformat(), "today": today(clock).isoformat()}

    return router
