"""Email through SMTP with the standard library against a local SMTP server: the subject,
the text, a signed notice attached as a PDF file (a document of ours, by its URL), other
links listed; a refused recipient is a permanent failure; channels route by kind."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from channels.email import ChannelSenders, SmtpSender, SmtpSettings
from channels.media import document_for_url, document_url
from channels.messages import OutboundMessage
from channels.outbox import PermanentSendError
from store.documents import DocumentStore
from store.models import Channel
from tests.utils.fake_smtp import fake_smtp_server

SECRET = "test-secret"
NOW = datetime(2026, 12, 5, 6, tzinfo=UTC)


def _sender(port: int, documents: DocumentStore) -> SmtpSender:
    return SmtpSender(SmtpSettings(host="127.0.0.1", port=port, starttls=False,
                                   from_address="dues@lakshmitex.example"),
                      lambda url: document_for_url(url, SECRET, documents))


def test_a_notice_goes_as_an_attached_pdf_with_its_subject(tmp_path: Path) -> None:
    documents = DocumentStore(tmp_path)
    pdf = b"%PDF-1.7 signed notice bytes"
    ref = documents.put("notices", "BKY-1-2026-0001-v2-abc.pdf", pdf)
    ours = document_url("https://bakaya.example", SECRET, ref, NOW)
    message = OutboundMessage(channel=Channel.EMAIL, to="accounts@ravistores.example",
                              text="Lakshmi Textiles has sent you demand notice BKY-1-2026-0001.",
                              media_urls=(ours, "https://elsewhere.example/qr.png"),
                              subject="Demand notice BKY-1-2026-0001 from Lakshmi Textiles")
    with fake_smtp_server() as (port, box):
        [message_id] = _sender(port, documents).send(message)
    assert message_id.startswith("<")
    assert box.recipients == ["accounts@ravistores.example"]
    [raw] = box.messages
    received = message_from_bytes(raw, policy=policy.default)
    assert received["Subject"] == "Demand notice BKY-1-2026-0001 from Lakshmi Textiles"
    body = received.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert "BKY-1-2026-0001" in text and "https://elsewhere.example/qr.png" in text
    [attached] = list(received.iter_attachments())
    assert attached.get_filename() == "BKY-1-2026-0001-v2-abc.pdf"
    assert attached.get_content_type() == "application/pdf"
    assert attached.get_content() == pdf


def test_a_forged_document_link_is_not_attached(tmp_path: Path) -> None:
    documents = DocumentStore(tmp_path)
    ref = documents.put("notices", "n.pdf", b"%PDF")
    forged = document_url("", "another-secret", ref, NOW)
    assert document_for_url(forged, SECRET, documents) is None
    assert document_for_url(document_url("", SECRET, ref, NOW), SECRET, documents) == (
        "n.pdf", b"%PDF", "application/pdf")


def test_a_refused_recipient_is_a_permanent_failure(tmp_path: Path) -> None:
    message = OutboundMessage(channel=Channel.EMAIL, to="nobody@ravistores.example", text="x")
    with fake_smtp_server() as (port, box):
        box.refuse_recipients = True
        with pytest.raises(PermanentSendError):
            _sender(port, DocumentStore(tmp_path)).send(message)


class _Recorder:
    def __init__(self) -> None:
        self.sent: list[OutboundMessage] = []

    def send(self, message: OutboundMessage) -> list[str]:
        self.sent.append(message)
        return ["SM1"]

    def find_sent(self, message: OutboundMessage, since: datetime) -> str | None:
        return None


def test_channels_route_to_their_sender() -> None:
    email, other = _Recorder(), _Recorder()
    senders = ChannelSenders({Channel.EMAIL: email}, default=other)
    senders.send(OutboundMessage(channel=Channel.EMAIL, to="a@b.example", text="x"))
    senders.send(OutboundMessage(channel=Channel.SMS, to="+919876543210", text="y"))
    assert [m.text for m in email.sent] == ["x"] and [m.text for m in other.sent] == ["y"]
    with pytest.raises(PermanentSendError):
        ChannelSenders({}, default=None).send(
            OutboundMessage(channel=Channel.SMS, to="+919876543210", text="z"))
