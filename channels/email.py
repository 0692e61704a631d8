"""Email through SMTP (the standard library's ``smtplib``), and sending by channel.

An email's subject travels in the outbox row's template variables (``subject``); its
attachments are the row's media: a document the product issued (a signed notice) is
read from the document store and attached as a file, any other link is listed in the
text. SMTP cannot be asked afterwards whether a message went out, so an attempt whose
outcome is unknown is not repeated blindly: :meth:`SmtpSender.find_sent` answers None
and the outbox's reconciliation treats it like any provider that does not know.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import make_msgid

from channels.messages import OutboundMessage
from channels.outbox import PermanentSendError, Sender
from store.models import Channel

__all__ = ["ChannelSenders", "SmtpSender", "SmtpSettings"]


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    username: str | None = None
    password: str | None = None
    from_address: str = "bakaya@localhost"
    starttls: bool = True
    timeout_seconds: float = 20.0


class SmtpSender:
    """One email per outbox row; a document of ours goes as an attachment (``document``:
    URL -> (file name, bytes, MIME type), or None when the URL is not a document of ours)."""

    def __init__(self, settings: SmtpSettings,
                 document: Callable[[str], tuple[str, bytes, str] | None]) -> None:
        self.settings = settings
        self.document = document

    def build(self, message: OutboundMessage) -> EmailMessage:
        email = EmailMessage()
        email["From"] = self.settings.from_address
        email["To"] = message.to
        email["Subject"] = message.subject or message.text.split("\n", 1)[0][:120]
        email["Message-ID"] = make_msgid(domain=self.settings.from_address.split("@")[-1])
        links = []
        files = []
        for url in message.media_urls:
            found = self.document(url)
            if found is None:
                links.append(url)
            else:
                files.append(found)
        email.set_content("\n\n".join([message.text, *links]))
        for name, data, kind in files:
            main, _, sub = kind.partition("/")
            email.add_attachment(data, maintype=main, subtype=sub or "octet-stream",
                                 filename=name)
        return email

    def send(self, message: OutboundMessage) -> list[str]:
        email = self.build(message)
        s = self.settings
        try:
            with smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds) as smtp:
                if s.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if s.username:
                    smtp.login(s.username, s.password or "")
                refused = smtp.send_message(email)
        except smtplib.SMTPRecipientsRefused as error:
            raise PermanentSendError("recipient refused") from error
        except smtplib.SMTPResponseException as error:
            if 500 <= error.smtp_code < 600:  # a permanent failure
                raise PermanentSendError(str(error.smtp_code)) from error
            raise
        if refused:
            raise PermanentSendError("recipient refused")
        return [str(email["Message-ID"])]

    def find_sent(self, message: OutboundMessage, since: datetime) -> str | None:
        return None


class ChannelSenders:
    """A sender per channel (email by SMTP, the rest by Twilio)."""

    def __init__(self, by_channel: Mapping[Channel, Sender], default: Sender | None) -> None:
        self.by_channel = dict(by_channel)
        self.default = default

    def _for(self, channel: Channel) -> Sender:
        sender = self.by_channel.get(channel, self.default)
        if sender is None:
            raise PermanentSendError(f"no sender for {channel.value}")
        return sender

    def send(self, message: OutboundMessage) -> list[str]:
        return self._for(message.channel).send(message)

    def find_sent(self, message: OutboundMessage, since: datetime) -> str | None:
        return self._for(message.channel).find_sent(message, since)
