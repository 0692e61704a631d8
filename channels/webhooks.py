"""Twilio webhooks: WhatsApp and SMS inbound, and delivery-status callbacks.

Each request's ``X-Twilio-Signature`` is checked with Twilio's
``RequestValidator`` whenever an auth token is configured; a forged or
missing signature gets 403 and nothing is stored. An inbound message is
stored together with its processing job (one statement, one round trip on an
async connection), acknowledged at once with empty TwiML, and processed by the
job worker; a retried delivery (same MessageSid) is acknowledged and not
processed again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol

from fastapi import APIRouter, HTTPException, Request, Response
from starlette.concurrency import run_in_threadpool
from twilio.twiml.messaging_response import MessagingResponse

from channels.conversations import ConversationService
from channels.inbound_rules import TWILIO_FIELDS, check_inbound
from channels.outbox import record_status
from channels.twilio import inbound_from_form, signature_is_valid
from store.clock import Clock
from store.inbound import Inbound, Stored
from store.models import Channel


class InboundJobs(Protocol):
    """What the status callback needs of the job queue."""

    def defer_pending_sends(self) -> int: ...


class InboundWriter(Protocol):
    """Stores an inbound message and queues its processing, in one transaction
    (:class:`store.inbound.AsyncInbound`)."""

    async def receive(self, inbound: Inbound) -> Stored: ...


EMPTY_TWIML = str(MessagingResponse())


def public_url(request: Request, base: str | None) -> str:
    """The URL Twilio signed: behind a proxy, the configured public base URL."""
    if not base:
        return str(request.url)
    query = f"?{request.url.query}" if request.url.query else ""
    return base.rstrip("/") + request.url.path + query


def form_verifier(auth_token: str | None, public_base_url: str | None
                  ) -> Callable[[Request], Awaitable[Mapping[str, str]]]:
    """Reads a Twilio request's form; with ``auth_token``, refuses (403) a request whose
    ``X-Twilio-Signature`` does not match."""
    async def verified_form(request: Request) -> Mapping[str, str]:
        form = {k: str(v) for k, v in (await request.form()).items()}
        if auth_token and not signature_is_valid(
                auth_token, public_url(request, public_base_url), form,
                request.headers.get("X-Twilio-Signature")):
            raise HTTPException(status_code=403, detail="invalid signature")
        return form

    return verified_form


def build_webhook_router(service: ConversationService, writer: InboundWriter,
                         jobs: InboundJobs, clock: Clock, *,
                         auth_token: str | None, public_base_url: str | None) -> APIRouter:
    """The Twilio webhooks; with ``auth_token`` every request's signature is checked."""
    router = APIRouter(prefix="/twilio")
    verified_form = form_verifier(auth_token, public_base_url)

    async def inbound(request: Request, channel: Channel) -> Response:
        form = await verified_form(request)
        message = inbound_from_form(form, channel, clock.now())
        if not message.provider_id or not message.sender:
            raise HTTPException(status_code=400, detail="MessageSid and From are required")
        check_inbound(message, TWILIO_FIELDS, text_required=False)
        await writer.receive(service.inbound(message))  # a retried delivery: stored once
        return Response(content=EMPTY_TWIML, media_type="application/xml")

    @router.post("/whatsapp")
    async def whatsapp(request: Request) -> Response:
        return await inbound(request, Channel.WHATSAPP)

    @router.post("/sms")
    async def sms(request: Request) -> Response:
        return await inbound(request, Channel.SMS)

    @router.post("/status")
    async def status(request: Request) -> Response:
        form = await verified_form(request)
        sid, state = form.get("MessageSid"), form.get("MessageStatus")
        if sid and state:
            await run_in_threadpool(record_status, service.engine, sid, state,
                                    form.get("ErrorCode"))
            await run_in_threadpool(jobs.defer_pending_sends)
        return Response(status_code=204)

    return router
