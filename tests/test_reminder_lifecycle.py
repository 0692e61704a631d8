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
