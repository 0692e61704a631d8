"""The whole chase in the sandbox, with the simulated clock: an invoice is added, the
clock moves to each stage, the buyer gets the right reminder in their language,
promises a date, is followed up that day, the payment is recorded, and nothing
more is sent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from bakaya.app import create_app
from bakaya.runtime import Runtime, build_runtime
from prompts import Language
from store.db import transaction
from store.ledger import register_retailer
from store.models import Buyer, Communication, Invoice, InvoiceStatus
from tests.utils.harness import make_settings

RETAILER = "+919840012345"
BUYER = "+919876543210"


@pytest.fixture
def sandbox(engine: Engine, database_url: str) -> Iterator[tuple[Runtime, TestClient]]:
    runtime = build_runtime(make_settings(database_url), engine, database_url,
                            start_worker=True)
    try:
        with TestClient(create_app(engine, runtime), raise_server_exceptions=False) as client:
            yield runtime, client
    finally:
        runtime.close()


def say(client: TestClient, sender: str, text: str) -> list[str]:
    response = client.post("/sandbox/messages",
                           json={"from": sender, "channel": "whatsapp", "text": text})
    assert response.status_code == 200, response.text
    return [r["text"] for r in response.json()["replies"]]


def advance(client: TestClient, days: int) -> dict[str, Any]:
    response = client.post("/sandbox/clock", json={"advance_days": days})
    assert response.status_code == 200, response.text
    return dict(response.json())


def buyer_stages(engine: Engine) -> list[str]:
    with transaction(engine) as session:
        return list(session.execute(select(Communication.stage).where(
            Communication.recipient == BUYER).order_by(Communication.id)).scalars())


def buyer_box(client: TestClient) -> list[str]:
    return [m["text"] for m in client.get("/sandbox/outbox", params={"to": BUYER})
            .json()["messages"]]


def advance_until(client: TestClient, engine: Engine, stage: str, days: int) -> None:
    """Move the clock; a festival day may push a reminder to the next allowed day."""
    advance(client, days)
    for _ in range(4):
        if stage in buyer_stages(engine):
            return
        advance(client, 1)
    raise AssertionError(f"{stage} never went out: {buyer_stages(engine)}")


def test_invoice_to_payment_lifecycle(sandbox: tuple[Runtime, TestClient],
                                      engine: Engine) -> None:
    runtime, client = sandbox
    with transaction(engine) as session:
        register_retailer(session, phone=RETAILER, name="Lakshmi Textiles", language="en",
                          udyam_number="UDYAM-TN-02-0012345",
                          udyam_registered_on=date(2024, 1, 10), enterprise_type="micro",
                          activity="manufacturing", consent_at=None,
                          upi_id="lakshmitex@okaxis")
    for text in ("INV-7 to 33AAACR5055K1ZE Rs 50,000 today, 45 days credit", "Ravi Stores",
                 BUYER, "same"):
        say(client, RETAILER, text)
    assert "Saved invoice INV-7" in say(client, RETAILER, "yes")[0]
    with transaction(engine) as session:  # the buyer reads Tamil
        session.execute(select(Buyer)).scalar_one().language = Language.TA
        due = session.execute(select(Invoice.due_date)).scalar_one()

    advance_until(client, engine, "first_reminder", 30)
    first = buyer_box(client)[-1]
    assert "INV-7" in first and "50,000" in first
    assert any("\u0B80" <= ch <= "\u0BFF" for ch in first), first
    advance_until(client, engine, "second_reminder", (due - date.fromisoformat(
        advance(client, 0)["today"])).days - 5)
    advance_until(client, engine, "final_reminder", (due - date.fromisoformat(
        advance(client, 0)["today"])).days - 1)
    advance_until(client, engine, "notice", (due - date.fromisoformat(
        advance(client, 0)["today"])).days + 1)
    overdue = buyer_box(client)[-1]
    assert "INV-7" in overdue and "₹" in overdue  # interest so far and the total

    # the buyer promises: next Monday, in Tamil
    answer = say(client, BUYER, "அடுத்த திங்கள் பணம் அனுப்புகிறேன்")
    assert answer and "INV-7" in answer[0]
    retailer_texts = [m["text"] for m in client.get(
        "/sandbox/outbox", params={"to": RETAILER}).json()["messages"]]
    assert "அடுத்த திங்கள்" in retailer_texts[-1]  # forwarded at once, with its meaning
    with transaction(engine) as session:
        from store.models import BuyerReplyRecord
        promised = session.execute(select(BuyerReplyRecord.promised_date)).scalar_one()
    assert promised is not None
    today = date.fromisoformat(advance(client, 0)["today"])
    advance_until(client, engine, "promise_follow_up", (promised - today).days)

    # the retailer records the payment; nothing more goes out
    reply = say(client, RETAILER, "INV-7 paid full today ref 123456789012")
    assert reply and "INV-7" in reply[0]
    assert "fully paid" in say(client, RETAILER, "yes")[0]
    with transaction(engine) as session:
        assert session.execute(select(Invoice.status)).scalar_one() == InvoiceStatus.PAID
    before = buyer_stages(engine)
    for _ in range(3):
        advance(client, 15)
    assert buyer_stages(engine) == before
    assert before == ["first_reminder", "second_reminder", "final_reminder", "notice",
                      "promise_follow_up"]


def retailer_alerts(engine: Engine) -> list[str]:
    """The retailer's alerts, by the schedule's stage each was for (the last part of its key)."""
    with transaction(engine) as session:
        return [key.rsplit(":", 1)[-1] for key in session.execute(
            select(Communication.idempotency_key).where(
                Communication.recipient == RETAILER, Communication.stage == "alert")
            .order_by(Communication.id)).scalars()]


def test_sixty_days_unpaid_to_notice_and_filing_pack(sandbox: tuple[Runtime, TestClient],
                                                     engine: Engine) -> None:
    """Unpaid for 60 days: the overdue cadence (weekly, firmer) and the 15/30/45-day alerts;
    then the retailer asks for a notice in Tamil, approves it, the buyer receives it as a
    WhatsApp document and by email; then the filing pack, its steps, the application
    number, and the buyer's reminders stop."""
    from datetime import UTC, datetime

    from store.models import Channel, LegalNotice
    from store.repositories import BuyerRepository

    runtime, client = sandbox
    with transaction(engine) as session:
        register_retailer(session, phone=RETAILER, name="லக்ஷ்மி டெக்ஸ்டைல்ஸ்", language="ta",
                          udyam_number="UDYAM-TN-02-0012345",
                          udyam_registered_on=date(2024, 1, 10), enterprise_type="micro",
                          activity="manufacturing", consent_at=None)
    for text in ("INV-8 to 33AAACR5055K1ZE Rs 85,000 today, 30 days credit", "Ravi Stores",
                 BUYER, "same", "ஆம்"):
        say(client, RETAILER, text)
    with transaction(engine) as session:
        invoice = session.execute(select(Invoice)).scalar_one()
        due = invoice.due_date
        buyer = session.execute(select(Buyer)).scalar_one()
        buyer.email, buyer.address = "ravi@ravistores.example", "8 Mount Road, Chennai 600006"
        BuyerRepository(session, invoice.retailer_id).set_channel_preference(
            buyer.id, Channel.WHATSAPP, opted_in=True, at=datetime.now(UTC), source="test")

    today = date.fromisoformat(advance(client, 0)["today"])
    advance_until(client, engine, "notice", (due - today).days + 1)
    for _ in range(59):  # to 60 days after the due date, a day at a time
        advance(client, 1)
    stages = buyer_stages(engine)
    # the due-day notice, then an overdue reminder a week apart (the default cadence)
    reminders = [s for s in stages if s == "overdue_reminder"]
    assert 7 <= len(reminders) <= 9, stages
    alerts = [s for s in retailer_alerts(engine) if s.startswith("overdue_alert_")]
    assert alerts == ["overdue_alert_15", "overdue_alert_30", "overdue_alert_45"]

    # the notice, asked in Tamil (the retailer's address asked first), shown with its PDF,
    # approved
    asked = say(client, RETAILER, "INV-8 க்கு நோட்டீஸ் அனுப்புங்க")
    assert "முகவரி" in asked[0], asked
    response = client.post("/sandbox/messages", json={
        "from": RETAILER, "channel": "whatsapp", "text": "12, காமராஜர் சாலை, மதுரை 625001"})
    [shown] = response.json()["replies"]
    assert "APPROVE" in shown["text"] and "INV-8" in shown["text"]
    assert any("\u0B80" <= ch <= "\u0BFF" for ch in shown["text"])
    assert [a["content_type"] for a in shown["attachments"]] == ["application/pdf"]
    assert not any(m["media"] for m in client.get(
        "/sandbox/outbox", params={"to": BUYER}).json()["messages"] if "media" in m)
    sent = say(client, RETAILER, "ஒப்புதல்")
    assert "WhatsApp" in sent[0] and "ஈமெயில்" in sent[0], sent
    assert any(".pdf" in url for m in client.get("/sandbox/outbox", params={"to": BUYER})
               .json()["messages"] for url in m["media"])  # the WhatsApp document
    with transaction(engine) as session:
        notice = session.execute(select(LegalNotice)).scalar_one()
        assert notice.status == "sent" and notice.language.value == "ta"
        rows = session.execute(select(Communication).where(
            Communication.stage == "demand_notice")).scalars().all()
        assert {r.channel for r in rows} == {Channel.WHATSAPP, Channel.EMAIL}
        assert session.execute(select(Invoice.status)).scalar_one() == \
            InvoiceStatus.NOTICE_SENT

    # the filing pack, its steps, the application number; then the buyer hears nothing more
    check = say(client, RETAILER, "INV-8 ku ODR filing ready pannunga")
    assert "UDYAM-TN-02-0012345" in check[0], check  # confirmed against the certificate
    ready = say(client, RETAILER, "ஆம்")
    assert "APPROVE" in ready[0] and "pack.zip" in ready[0], ready
    steps = say(client, RETAILER, "APPROVE")
    assert any("odr.msme.gov.in" in s for s in steps), steps
    recorded = say(client, RETAILER, "application number TN/CHN/2027/00123")
    assert "TN/CHN/2027/00123" in recorded[0], recorded
    with transaction(engine) as session:
        assert session.execute(select(Invoice.status)).scalar_one() == \
            InvoiceStatus.DISPUTE_FILED
    before = buyer_stages(engine)
    for _ in range(3):
        advance(client, 7)
    assert buyer_stages(engine) == before
