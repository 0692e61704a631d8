"""One internal message type for every channel.

Each channel module only converts its wire format to and from these: the
agents never see Twilio's parameter names, and a new channel needs no change
beyond its own module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from store.models import Channel


@dataclass(frozen=True)
class Media:
    url: str
    content_type: str


@dataclass(frozen=True)
class InboundMessage:
    channel: Channel
    sender: str  # E.164, without any "whatsapp:" prefix
    recipient: str  # our business number (E.164) or "sandbox"
    text: str
    provider_id: str | None
    received_at: datetime
    media: tuple[Media, ...] = ()
    profile_name: str | None = None
    button_payload: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class OutboundMessage:
    channel: Channel
    to: str  # E.164
    text: str
    media_urls: tuple[str, ...] = ()
    template_id: str | None = None
    template_variables: dict[str, str] = field(default_factory=dict)
    subject: str | None = None  # an email's subject
