"""Twilio WhatsApp and SMS: the wire format to and from the internal message type,
signature checks with Twilio's own ``RequestValidator``, and sending by REST.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from channels.messages import InboundMessage, Media, OutboundMessage
from channels.outbox import PermanentSendError
from store.models import Channel
from tools.phone import normalise_indian_mobile

MAX_BODY = 1600  # Twilio refuses longer bodies: split them
TWILIO_MEDIA_HOSTS = ("api.twilio.com", "media.twiliocdn.com", "mms.twiliocdn.com")


def _address(value: str) -> str:
    bare = value.split(":", 1)[1] if value.startswith(("whatsapp:", "sms:")) else value
    try:
        return normalise_indian_mobile(bare)
    except Exception:  # noqa: BLE001 - a foreign number is kept as Twilio sent it
        return bare


def caller_address(form: Mapping[str, str]) -> str:
    """Who is calling or writing (``From``), as the product writes a phone number."""
    return _address(form.get("From", ""))


def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # not a URL at all
        return None


def inbound_from_form(form: Mapping[str, str], channel: Channel,
                      received_at: datetime) -> InboundMessage:
    """Twilio's form parameters (MessageSid, From, To, Body, NumMedia, MediaUrlN, ...)."""
    media: list[Media] = []
    count = form.get("NumMedia", "0") or "0"
    for index in range(min(int(count) if count.isascii() and count.isdigit() else 0, 10)):
        url = form.get(f"MediaUrl{index}")
        if url and _host(url) in TWILIO_MEDIA_HOSTS:
            media.append(Media(url=url, content_type=form.get(f"MediaContentType{index}", "")))
    return InboundMessage(
        channel=channel,
        sender=_address(form.get("From", "")),
        recipient=_address(form.get("To", "")),
        text=form.get("Body", "") or form.get("ButtonText", "") or "",
        provider_id=form.get("MessageSid") or form.get("SmsSid"),
        received_at=received_at,
        media=tuple(media),
        profile_name=form.get("ProfileName"),
        button_payload=form.get("ButtonPayload"),
        raw=dict(form),
    )


def signature_is_valid(auth_token: str, url: str, params: Mapping[str, str],
                       signature: str | None) -> bool:
    if not signature:
        return False
    return bool(RequestValidator(auth_token).validate(url, dict(params), signature))


def split_body(text: str, limit: int = MAX_BODY) -> list[str]:
    """Split at line or word boundaries so each part fits Twilio's limit."""
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut <= 0:
            cut = rest.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    parts.append(rest)
    return parts


class TwilioSender:
    """Sends through Twilio's REST API; returns the provider's message ids."""

    def __init__(self, account_sid: str, auth_token: str, *, whatsapp_from: str | None,
                 sms_from: str | None, status_callback: str | None = None,
                 client: Client | None = None) -> None:
        self.client = client or Client(account_sid, auth_token)
        self.whatsapp_from = whatsapp_from
        self.sms_from = sms_from
        self.status_callback = status_callback

    def _addresses(self, message: OutboundMessage) -> tuple[str | None, str]:
        if message.channel == Channel.WHATSAPP:
            return f"whatsapp:{self.whatsapp_from}", f"whatsapp:{message.to}"
        return self.sms_from, message.to

    def find_sent(self, message: OutboundMessage, since: datetime) -> str | None:
        """The SID of this message if Twilio has it (sent at or after ``since``)."""
        sender, to = self._addresses(message)
        first_part = split_body(message.text)[0][:120]
        for sent in self.client.messages.list(to=to, from_=sender,
                                              date_sent_after=since - timedelta(minutes=2),
                                              limit=100):
            if message.template_id or (sent.body or "").startswith(first_part):
                return str(sent.sid)
        return None

    def send(self, message: OutboundMessage) -> list[str]:
        sender, to = self._addresses(message)
        kwargs: dict[str, Any] = {"from_": sender, "to": to}
        if self.status_callback:
            kwargs["status_callback"] = self.status_callback
        try:
            return self._create(message, kwargs)
        except TwilioRestException as error:
            # 4xx: Twilio refused this message for good (bad number, opted out, template
            # problem); anything else may or may not have been sent.
            if error.status and 400 <= int(error.status) < 500:
                raise PermanentSendError(f"{error.code}") from error
            raise

    def _create(self, message: OutboundMessage, kwargs: dict[str, Any]) -> list[str]:
        if message.template_id:
            created = self.client.messages.create(
                content_sid=message.template_id,
                content_variables=json.dumps(message.template_variables), **kwargs)
            return [str(created.sid)]
        ids = []
        for index, part in enumerate(split_body(message.text)):
            extra = {"media_url": list(message.media_urls)} if index == 0 and \
                message.media_urls else {}
            created = self.client.messages.create(body=part, **kwargs, **extra)
            ids.append(str(created.sid))
        return ids
