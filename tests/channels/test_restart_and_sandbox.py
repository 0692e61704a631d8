"""Restarts resume conversations; the sandbox API works as its contract says."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Engine, select

from channels.messages import InboundMessage
from store.db import transaction
from store.ledger import register_retailer
from store.models import Channel, Message
from tests.utils.harness import running_product
from tools.dates import IST

RETAILER = "+919840012345"


def _register(engine: Engine) -> None:
    with transaction(engine) as session:
        register_retailer(session, phone=RETAILER, name="Lakshmi Textiles", language="en",
                          udyam_number="UDYAM-TN-02-0012345",
                          udyam_registered_on=date(2024, 1, 10), enterprise_type="micro",
                          activity="manufacturing", consent_at=None)


def test_a_restart_in_the_middle_of_a_flow_resumes_it(engine: Engine, database_url: str) -> None:
    _register(engine)
    with running_product(engine, database_url) as product:
        product.send(RETAILER, "new invoice")
        asked = product.send(RETAILER, "INV-77")
    assert "buyer" in asked[0].lower()
    # a new process: new runtime, new graph, new checkpointer connection
    with running_product(engine, database_url) as product:
        reply = product.send(RETAILER, "Ravi Stores")
        assert "mobile number" in reply[0]
        product.send(RETAILER, "skip")
        product.send(RETAILER, "5000")
        product.send(RETAILER, "1 Oct 2026")
        product.send(RETAILER, "same")
        confirm = product.send(RETAILER, "none")
        assert "INV-77" in confirm[0] and "₹5,000" in confirm[0] and "₹5,000.00" not in confirm[0]


def test_messages_stored_before_a_crash_are_handled_at_start(engine: Engine,
                                                            database_url: str) -> None:
    with running_product(engine, database_url) as product:
        # stored, acknowledged, then the process died before processing it
        product.runtime.service.receive(InboundMessage(
            channel=Channel.WHATSAPP, sender=RETAILER, recipient="x", text="hello",
            provider_id="SM" + "5" * 32, received_at=datetime(2026, 10, 10, tzinfo=UTC)))
    with running_product(engine, database_url) as product:
        product.runtime.jobs.drain()
        assert product.outbox(RETAILER), "the stored message was never answered"
    with transaction(engine) as session:
        assert session.execute(select(Message.processed_at).where(
            Message.provider_message_id == "SM" + "5" * 32)).scalar() is not None


def test_sandbox_messages_answers_after_processing(engine: Engine, database_url: str) -> None:
    _register(engine)
    with running_product(engine, database_url) as product:
        response = product.client.post("/sandbox/messages", json={
            "from": RETAILER, "channel": "sms", "text": "help"})
        assert response.status_code == 200, response.text
        replies = response.json()["replies"]
        assert replies and all(r["to"] == RETAILER and r["channel"] == "sms" for r in replies)
        assert "show pending" in replies[0]["text"]


def test_sandbox_buyer_and_retailer_side_by_side(engine: Engine, database_url: str) -> None:
    _register(engine)
    buyer = "+919876543210"
    with running_product(engine, database_url) as product:
        for text in ("INV-42 to 33AAACR5055K1ZE Rs 1,20,000 on 3 Oct, 30 days credit",
                     "Ravi Stores", buyer, "same", "yes"):
            product.client.post("/sandbox/messages",
                                json={"from": RETAILER, "channel": "whatsapp", "text": text})
        answer = product.client.post("/sandbox/messages", json={
            "from": buyer, "channel": "whatsapp", "text": "will pay next friday"}).json()
        assert "INV-42" in answer["replies"][0]["text"]
        retailer_box = product.client.get("/sandbox/outbox", params={"to": RETAILER}).json()
        assert "will pay next friday" in retailer_box["messages"][-1]["text"]
        assert "Ravi Stores" in retailer_box["messages"][-1]["text"]
        texts = [m["text"] for m in retailer_box["messages"]]
        assert texts == [m["text"] for m in sorted(retailer_box["messages"],
                                                   key=lambda m: m["created_at"])]
        buyer_box = product.client.get("/sandbox/outbox", params={"to": buyer}).json()
        assert [m["text"] for m in buyer_box["messages"]] == [answer["replies"][0]["text"]]


def test_sandbox_bad_input_is_a_clear_error_and_stores_nothing(engine: Engine,
                                                               database_url: str) -> None:
    with running_product(engine, database_url) as product:
        for body in ({"from": "12345", "channel": "whatsapp", "text": "hi"},
                     {"from": RETAILER, "channel": "whatsapp", "text": "   "},
                     {"from": RETAILER, "channel": "fax", "text": "hi"}):
            response = product.client.post("/sandbox/messages", json=body)
            assert response.status_code == 422, response.text
        with transaction(engine) as session:
            assert session.execute(select(Message)).first() is None


def test_sandbox_clock_moves_forward_only(engine: Engine, database_url: str) -> None:
    from fastapi.testclient import TestClient

    from bakaya.app import create_app
    from bakaya.runtime import build_runtime
    from store.clock import SandboxClock
    from tests.utils.harness import make_settings

    runtime = build_runtime(make_settings(database_url), engine, database_url)
    try:
        assert isinstance(runtime.clock, SandboxClock)
        with TestClient(create_app(engine, runtime)) as client:
            before = client.get("/sandbox/clock").json()
            moved = client.post("/sandbox/clock", json={"advance_days": 10}).json()
            assert date.fromisoformat(moved["today"]).toordinal() - \
                date.fromisoformat(before["today"]).toordinal() == 10
            assert client.post("/sandbox/clock", json={"advance_days": -1}).status_code == 422
            # What is sent is stamped with the product's clock, not the machine's.
            replies = client.post("/sandbox/messages", json={
                "from": RETAILER, "channel": "whatsapp", "text": "hi"}).json()["replies"]
            assert replies and all(datetime.fromisoformat(r["created_at"]).astimezone(
                IST).date().isoformat() == moved["today"] for r in replies), replies
            outbox = client.get("/sandbox/outbox", params={"to": RETAILER}).json()["messages"]
            assert [m["created_at"] for m in outbox] == [r["created_at"] for r in replies]
    finally:
        runtime.close()


def test_the_sandbox_is_off_in_production(engine: Engine, database_url: str) -> None:
    with running_product(engine, database_url, mode="production") as product:
        assert product.client.post("/sandbox/messages", json={
            "from": RETAILER, "channel": "sms", "text": "hi"}).status_code == 404
        assert product.client.get("/sandbox").status_code == 404
