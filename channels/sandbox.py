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

from fastapi import APIRouter, HTTPException, Query, Response, UploadFile
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from channels.conversations import ConversationService, Reply
from channels.inbound_media import MAX_MEDIA_BYTES, SANDBOX_MEDIA_PATH, SandboxUploads
from channels.inbound_rules import MAX_MEDIA_URL, SANDBOX_FIELDS, check_inbound
from channels.messages import InboundMessage, Media
from prompts import normalise_language, render
from store.clock import Clock, SandboxClock, today
from store.db import transaction
from store.models import Channel, OutboxEntry
from tools.audio import AUDIO_TYPES, sniff_audio
from tools.errors import InputError
from tools.invoice_document import sniff
from tools.phone import normalise_indian_mobile

PAGE = Path(__file__).with_name("sandbox_page.html")


class SandboxMediaIn(BaseModel):
    url: str = Field(max_length=MAX_MEDIA_URL)
    content_type: str = Field(default="", max_length=200)


class SandboxMessageIn(BaseModel):
    sender: str = Field(alias="from")
    channel: Literal["whatsapp", "sms"] = "whatsapp"
    text: str = ""
    #: files attached first with POST /sandbox/media
    media: list[SandboxMediaIn] = Field(default_factory=list, max_length=10)


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
            "attachments": [{"url": m["url"], "content_type": m.get("content_type", "")}
                            for m in (row.media or [])],
            "created_at": row.created_at.isoformat() if row.created_at else None}


def build_sandbox_router(service: ConversationService, clock: Clock,
                         run_due: Callable[[datetime], dict[str, int]],
                         uploads: SandboxUploads | None = None) -> APIRouter:
    """The sandbox page and API; ``run_due`` runs what became due when the clock moves;
    ``uploads`` keeps the files attached on the page."""
    router = APIRouter(prefix="/sandbox")

    @router.post("/media")
    async def attach(file: UploadFile) -> dict[str, Any]:
        """Keep a file to send with a message: its URL goes in the message's ``media``."""
        if uploads is None:
            raise InputError("document", "document-download")
        data = await file.read(MAX_MEDIA_BYTES + 1)
        url = uploads.put(data)
        return {"url": url, "content_type": file.content_type or "application/octet-stream",
                "bytes": len(data)}

    @router.get("/media/{token}")
    def attached(token: str) -> Response:
        data = uploads.get(SANDBOX_MEDIA_PATH + token) if uploads is not None else None
        if data is None:
            raise HTTPException(status_code=404, detail="no such file")
        kind = sniff(data) or sniff_audio(data)
        media_type = {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png",
                      "webp": "image/webp", "heic": "image/heic", **AUDIO_TYPES}.get(
                          kind or "", "application/octet-stream")
        return Response(content=data, media_type=media_type,
                        headers={"Content-Disposition": "attachment" if kind is None
                                 else "inline", "X-Content-Type-Options": "nosniff"})

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
        for media in body.media:
            if not media.url.startswith(SANDBOX_MEDIA_PATH):
                raise InputError("media", "media-invalid")
        inbound = InboundMessage(channel=Channel(body.channel), sender=sender,
                                 recipient="sandbox", text=body.text.strip(),
                                 provider_id=f"SB{uuid.uuid4().hex}",
                                 received_at=clock.now(),
                                 media=tuple(Media(url=m.url, content_type=m.content_type)
                                             for m in body.media))
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
