"""A demand notice through the app (signed webhooks): drafted with its PDF, nothing to the
buyer before the retailer approves, approval only from the retailer's own number and only
for the version shown, an edit needs a new approval, then sent by email and as a WhatsApp
document; the file checks out with ``bakaya notice verify`` and a changed byte does not."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import Engine, select

from store.db import transaction
from store.ledger import add_buyer, add_invoice, register_retailer
from store.models import (
    AuditEntry,
    Channel,
    Invoice,
    InvoiceStatus,
    LegalNotice,
    OutboxEntry,
    Retailer,
)
from store.repositories import BuyerRepository
from store.unit_of_work import UnitOfWork
from tests.utils.harness import Product, running_product
from tools.errors import InputError

RETAILER, BUYER, STRANGER = "+919840012345", "+919876543210", "+919811122233"
BUYER_EMAIL = "accounts@ravistores.example"
TODAY = "2026-12-05"
BAKAYA = str(Path(sys.executable).with_name("bakaya"))


def _seed(engine: Engine) -> None:
    from datetime import UTC, datetime

    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name="Lakshmi Textiles", language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        retailer.address = "12 Gandhi Road, Chennai 600002"
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", gstin="33AAACR5055K1ZE",
                          phone=BUYER, email=BUYER_EMAIL, address="45 Mount Road, Chennai 600006")
        BuyerRepository(session, retailer.id).set_channel_preference(
            buyer.id, Channel.WHATSAPP, opted_in=True, at=datetime(2026, 9, 1, tzinfo=UTC),
            source="test")
        for number, day, amount in (("INV-42", date(2026, 9, 3), "120000"),
                                    ("INV-43", date(2026, 9, 20), "45000")):
            add_invoice(session, retailer.id, buyer_id=buyer.id, number=number,
                        invoice_date=day, amount=amount, agreed_days=30)


@pytest.fixture
def product(engine: Engine, database_url: str) -> Iterator[Product]:
    _seed(engine)
    with running_product(engine, database_url, today=TODAY) as running:
        yield running


def _to_buyer(product: Product) -> list[OutboxEntry]:
    """What went to the buyer with a document (not the answers to the buyer's own messages)."""
    return [row for row in product.outbox(BUYER) + product.outbox(BUYER_EMAIL)
            if any(m.get("content_type") == "application/pdf" for m in row.media or [])]


def _notice(engine: Engine) -> LegalNotice:
    with transaction(engine) as session:
        notice = session.execute(select(LegalNotice).order_by(LegalNotice.id.desc())
                                 .limit(1)).scalar_one()
        _ = notice.versions
        session.expunge_all()
        return notice


def _pdf_urls(product: Product, to: str) -> list[str]:
    return [m["url"] for row in product.outbox(to) for m in row.media or []
            if m.get("content_type") == "application/pdf"]


def _fetch(product: Product, url: str) -> Any:
    parts = urlsplit(url)
    return product.client.get(parts.path + "?" + parts.query)


def _verify(path: Path, database_url: str) -> subprocess.CompletedProcess[str]:
    env = {**{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
           "DATABASE_URL": database_url}
    return subprocess.run([BAKAYA, "notice", "verify", str(path), "--json"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_nothing_reaches_the_buyer_before_approval_and_only_the_shown_version_counts(
        product: Product, engine: Engine, database_url: str, tmp_path: Path) -> None:
    replies = product.send(RETAILER, "notice for INV-42")
    assert any("Reply APPROVE" in r for r in replies), replies
    assert "INV-42" in replies[0] and "INV-43" in replies[0]  # every overdue invoice of the buyer
    assert _to_buyer(product) == []
    [first_url] = _pdf_urls(product, RETAILER)
    first = _fetch(product, first_url)
    assert first.status_code == 200 and first.headers["content-type"] == "application/pdf"
    assert first.content.startswith(b"%PDF")

    # another number's APPROVE is not an approval of anything
    product.send(STRANGER, "APPROVE")
    product.send(BUYER, "APPROVE")
    assert _to_buyer(product) == []
    notice = _notice(engine)
    assert notice.status == "awaiting_approval" and notice.approved_version is None

    # ... nor is an approval, at the store, from a number other than the retailer's
    with transaction(engine) as session:
        with pytest.raises(InputError) as refused:
            UnitOfWork(session).approve_notice(
                notice.retailer_id, notice.id, version=1, sha256=notice.versions[0].sha256,
                approver=STRANGER, now=product.clock.now())
        assert refused.value.rule == "notice-approval-not-retailer"

    # an edit is a new version, with its own PDF and digest; version 1 can no longer be approved
    replies = product.send(RETAILER, "EDIT 20 days")
    assert any("version 2" in r and "within 20 days" in r for r in replies), replies
    notice = _notice(engine)
    assert [v.version for v in notice.versions] == [1, 2]
    assert notice.versions[0].sha256 != notice.versions[1].sha256
    with transaction(engine) as session:
        with pytest.raises(InputError) as stale:
            UnitOfWork(session).approve_notice(
                notice.retailer_id, notice.id, version=1, sha256=notice.versions[0].sha256,
                approver=RETAILER, now=product.clock.now())
        assert stale.value.rule == "notice-approval-stale-version"
    assert _to_buyer(product) == []

    replies = product.send(RETAILER, "APPROVE")
    assert any("version 2" in r and "email" in r and "WhatsApp" in r for r in replies), replies
    notice = _notice(engine)
    assert notice.status == "sent" and notice.approved_version == 2
    assert notice.approved_by == RETAILER
    sent = _to_buyer(product)
    assert {(row.channel, row.to_address) for row in sent} == {
        (Channel.EMAIL, BUYER_EMAIL), (Channel.WHATSAPP, BUYER)}
    [whatsapp] = [row for row in sent if row.channel == Channel.WHATSAPP]
    # business-initiated: the approved media template, the PDF's signed path as {{6}}
    assert whatsapp.template_id == "HX00000000000000000000000000000101"
    assert whatsapp.template_variables["3"] == notice.reference
    assert whatsapp.media[0]["url"].endswith(whatsapp.template_variables["6"])
    for row in sent:
        [document] = row.media
        assert document["content_type"] == "application/pdf"
        body = _fetch(product, document["url"]).content
        from tools.signing import digest
        assert digest(body) == notice.versions[1].sha256  # the approved version, not the first
    with transaction(engine) as session:
        statuses = {i.number: i.status for i in session.execute(select(Invoice)).scalars()}
        assert statuses == {"INV-42": InvoiceStatus.NOTICE_SENT,
                            "INV-43": InvoiceStatus.NOTICE_SENT}
        actions = [a.action for a in session.execute(
            select(AuditEntry).where(AuditEntry.entity == "legal_notice")
            .order_by(AuditEntry.seq)).scalars()]
    assert actions == ["notice.drafted", "notice.signed", "notice.approval_refused",
                       "notice.signed", "notice.approval_refused", "notice.approved",
                       "notice.sent"]

    # the approved file checks out against the record; the first version is on record but
    # was never approved; a one-byte change fails
    approved = tmp_path / "approved.pdf"
    approved.write_bytes(_fetch(product, sent[0].media[0]["url"]).content)
    result = _verify(approved, database_url)
    assert result.returncode == 0, result.stdout + result.stderr
    payload = json.loads(result.stdout)
    assert payload["valid"] is True and payload["approved"] is True
    assert payload["version"] == 2 and payload["reference"] == notice.reference
    draft = tmp_path / "draft.pdf"
    draft.write_bytes(first.content)
    payload = json.loads(_verify(draft, database_url).stdout)
    assert payload["valid"] is True and payload["approved"] is False
    tampered = tmp_path / "tampered.pdf"
    data = bytearray(approved.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    result = _verify(tampered, database_url)
    assert result.returncode == 1
    assert json.loads(result.stdout)["valid"] is False


def test_cancel_sends_nothing_and_other_messages_go_on_as_commands(
        product: Product, engine: Engine) -> None:
    product.send(RETAILER, "notice INV-42")
    replies = product.send(RETAILER, "INV-43 status")  # no answer to the notice: a command
    assert any("INV-43" in r for r in replies) and not any("APPROVE" in r for r in replies)
    assert _notice(engine).status == "awaiting_approval"
    replies = product.send(RETAILER, "notice INV-42")  # shown again, as a new version
    assert any("version 2" in r for r in replies), replies
    replies = product.send(RETAILER, "cancel")
    assert any("cancelled" in r for r in replies), replies
    assert _notice(engine).status == "cancelled"
    assert _to_buyer(product) == []


def test_a_document_link_works_only_as_issued(product: Product) -> None:
    product.send(RETAILER, "notice INV-42")
    [url] = _pdf_urls(product, RETAILER)
    parts = urlsplit(url)
    assert _fetch(product, url).status_code == 200
    assert product.client.get(parts.path + "?" + parts.query.replace("s=", "s=0")
                              ).status_code == 403
    assert product.client.get(parts.path.replace("-v1-", "-v9-") + "?" + parts.query
                              ).status_code == 403
    product.clock.advance(8)  # past the link's lifetime
    assert _fetch(product, url).status_code == 410


def test_a_trader_gets_a_general_letter_that_says_why(product: Product, engine: Engine) -> None:
    with transaction(engine) as session:
        retailer = session.execute(select(Retailer)).scalar_one()
        retailer.activity = "trading"
    replies = product.send(RETAILER, "notice INV-42")
    assert any("general demand letter" in r and "trader" in r.lower() for r in replies), replies
    assert _notice(engine).kind == "general"


def test_reminders_after_the_notice_say_it_was_served(product: Product, engine: Engine) -> None:
    product.send(RETAILER, "notice INV-42")
    product.send(RETAILER, "APPROVE")
    reference = _notice(engine).reference
    for _ in range(10):  # the next overdue reminders, on the retailer's weekly cadence
        product.clock.advance(1)
        product.runtime.run_due(product.clock.now())
    emails = [row.body for row in product.outbox(BUYER_EMAIL)
              if not row.media and "INV-42" in row.body]
    assert emails and all(reference in body for body in emails), emails


def test_an_emailed_notice_carries_the_invoice_copies_the_retailer_sent(
        product: Product, engine: Engine) -> None:
    from tests.utils.invoice_docs import invoice_pdf, photo_of, simple_invoice

    documents = product.runtime.documents
    assert documents is not None
    photo = photo_of(invoice_pdf(simple_invoice("INV-42")))
    ref = documents.put("received", "1-inv42.jpg", photo)
    with transaction(engine) as session:
        invoice = session.execute(select(Invoice).where(Invoice.number == "INV-42")).scalar_one()
        invoice.document_refs = [{"ref": ref, "sha256": "x", "kind": "jpeg"}]
    product.send(RETAILER, "notice for INV-42")
    product.send(RETAILER, "APPROVE")
    [email] = [row for row in product.outbox(BUYER_EMAIL) if row.media]
    notice_pdf, copies = email.media
    copy = _fetch(product, copies["url"])
    assert copy.status_code == 200 and copy.content.startswith(b"%PDF-")
    assert notice_pdf["url"] != copies["url"]
    # WhatsApp's approved template carries the notice alone
    [whatsapp] = [row for row in product.outbox(BUYER) if row.media]
    assert len(whatsapp.media) == 1
