"""The rules every inbound message meets before it is stored, on every channel.

A sender is an Indian mobile number; a text is at most :data:`MAX_TEXT`
characters of printable Unicode (line breaks and tabs allowed; no NUL or other
control characters, no lone surrogates, none of which PostgreSQL can store or a
person can type); a provider's message id is 1-64 letters and digits. A
message that breaks a rule is refused with an :class:`~tools.errors.InputError`
naming the channel's own field (``From``, ``Body``, ``MessageSid`` on Twilio;
``from``, ``text`` in the sandbox), which the HTTP layer answers with a 4xx,
and nothing is written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from channels.messages import InboundMessage
from tools.errors import InputError

#: WhatsApp's own limit for a message body.
MAX_TEXT = 4096
MAX_MEDIA_URL = 2000
_MOBILE = re.compile(r"\+91[6-9][0-9]{9}")
_PROVIDER_ID = re.compile(r"[A-Za-z0-9]{1,64}")
_ALLOWED_CONTROLS = frozenset("\n\r\t")


@dataclass(frozen=True)
class FieldNames:
    """What a channel calls the parts of a message, for the errors it returns."""

    sender: str
    text: str
    provider_id: str
    media: str


TWILIO_FIELDS = FieldNames(sender="From", text="Body", provider_id="MessageSid",
                           media="MediaUrl")
SANDBOX_FIELDS = FieldNames(sender="from", text="text", provider_id="id", media="media")


def storable_text(value: str) -> bool:
    """Printable text PostgreSQL can store: no control characters but line breaks and
    tabs, no lone surrogates."""
    for char in value:
        if char in _ALLOWED_CONTROLS:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs"):
            return False
    return True


def check_inbound(message: InboundMessage, names: FieldNames, *,
                  text_required: bool) -> None:
    """Raise :class:`InputError` for the first rule ``message`` breaks."""
    if not _MOBILE.fullmatch(message.sender):
        raise InputError(names.sender, "sender-invalid", value=message.sender[:40])
    if message.provider_id is not None and not _PROVIDER_ID.fullmatch(message.provider_id):
        raise InputError(names.provider_id, "provider-id-invalid")
    if len(message.text) > MAX_TEXT:
        raise InputError(names.text, "text-too-long", limit=MAX_TEXT)
    if not storable_text(message.text):
        raise InputError(names.text, "text-control-characters")
    if text_required and not message.text.strip() and not message.media:
        raise InputError(names.text, "required")
    for media in message.media:
        if len(media.url) > MAX_MEDIA_URL or not storable_text(media.url + media.content_type):
            raise InputError(names.media, "media-invalid")
    for extra in (message.profile_name, message.button_payload):
        if extra is not None and (len(extra) > MAX_TEXT or not storable_text(extra)):
            raise InputError(names.text, "text-control-characters")
