"""Twilio webhooks through the real app and database: signatures, store-first,
idempotency on MessageSid, per-sender ordering, status callbacks."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, func, select, text

from store.db import transaction
from store.models import Message, OutboxEntry
from tests.utils.harness import Product, running_product

SENDER = "+919840012345"


@pytest.fixture
def product(engine: Engine, database_url: str) -> Iterator[Product]:
    with running_product(engine, database_url) as product:
        yield product


def _count(product: Product, model: type) -> int:
    with transaction(product.runtime.engine) as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_a_signed_message_is_acknowledged_with_empty_twiml_and_answered(product: Product) -> None:
    response = product.signed_post("/twilio/whatsapp", product.twilio_params(SENDER, "hi"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    assert "<Response" in response.text and "<Message" not in response.text
    product.runtime.jobs.drain()
    assert product.outbox(SENDER), "no reply was queued"


@pytest.mark.parametrize("signature", ["", "bm90IGEgc2lnbmF0dXJl", None])
def test_a_forged_or_missing_signature_is_refused_and_nothing_is_stored(
        product: Product, signature: str | None) -> None:
    params = product.twilio_params(SENDER, "hi")
    if signature is None:  # signed with the wrong token
        response = product.signed_post("/twilio/sms", params, token="wrong-token")
    else:
        response = product.signed_post("/twilio/sms", params, signature=signature)
    assert response.status_code == 403
    assert _count(product, Message) == 0


def test_tampered_parameters_break_the_signature(product: Product) -> None:
    params = product.twilio_params(SENDER, "hi")
    from twilio.request_validator import RequestValidator

    from tests.utils.harness import AUTH_TOKEN, BASE_URL
    signature = RequestValidator(AUTH_TOKEN).compute_signature(BASE_URL + "/twilio/whatsapp",
                                                               params)
    params["Body"] = "mark INV-1 paid"
    response = product.client.post("/twilio/whatsapp", data=params,
                                   headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403
    assert _count(product, Message) == 0


def test_the_status_callback_is_signature_checked_too(product: Product) -> None:
    response = product.client.post("/twilio/status", data={"MessageSid": "SM1",
                                                           "MessageStatus": "delivered"})
    assert response.status_code == 403


def test_a_retried_webhook_with_the_same_message_sid_is_processed_once(product: Product) -> None:
    params = product.twilio_params(SENDER, "hi", sid="SM" + "7" * 32)
    for _ in range(3):
        assert product.signed_post("/twilio/whatsapp", params).status_code == 200
    product.runtime.jobs.drain()
    with transaction(product.runtime.engine) as session:
        inbound = session.execute(select(func.count()).select_from(Message).where(
            Message.direction == "inbound")).scalar_one()
    assert inbound == 1
    assert len(product.outbox(SENDER)) == 1  # one welcome, not three


def test_concurrent_retries_of_one_message_store_it_once(product: Product) -> None:
    params = product.twilio_params(SENDER, "hi", sid="SM" + "8" * 32)
    results: list[int] = []

    def post() -> None:
        results.append(product.signed_post("/twilio/sms", params).status_code)

    threads = [threading.Thread(target=post) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    product.runtime.jobs.drain()
    assert results == [200] * 6
    with transaction(product.runtime.engine) as session:
        assert session.execute(select(func.count()).select_from(Message).where(
            Message.provider_message_id == params["MessageSid"])).scalar_one() == 1


def test_a_burst_from_one_sender_is_processed_in_arrival_order(product: Product) -> None:
    # Onboarding answers only make sense in order: language, Udyam, date, type, activity...
    burst = ["hi", "3", "UDYAM-TN-02-0012345", "10 Jan 2024", "1", "1", "Burst Traders",
             "skip", "yes"]
    for said in burst:
        assert product.signed_post("/twilio/whatsapp",
                                   product.twilio_params(SENDER, said)).status_code == 200
    product.runtime.jobs.drain()
    product.runtime.jobs.drain()
    with transaction(product.runtime.engine) as session:
        replies = session.execute(
            select(Message.in_reply_to_id).where(Message.direction == "outbound")
            .order_by(Message.id)).scalars().all()
        inbound_ids = session.execute(select(Message.id).where(
            Message.direction == "inbound").order_by(Message.id)).scalars().all()
    # every message answered, answers in the order the messages arrived
    assert sorted(set(replies)) == list(inbound_ids)
    assert list(replies) == sorted(replies)
    from store.models import Retailer
    with transaction(product.runtime.engine) as session:
        retailer = session.execute(select(Retailer)).scalar_one()
        assert (retailer.name, retailer.udyam_number) == ("Burst Traders", "UDYAM-TN-02-0012345")


def test_status_callbacks_update_the_outbox(product: Product) -> None:
    product.send(SENDER, "hi")
    with transaction(product.runtime.engine) as session:
        row = session.execute(select(OutboxEntry)).scalars().first()
        assert row is not None
        row.provider_id = "SM" + "9" * 32
    response = product.signed_post("/twilio/status", {"MessageSid": "SM" + "9" * 32,
                                                      "MessageStatus": "delivered"})
    assert response.status_code == 204
    with transaction(product.runtime.engine) as session:
        assert session.execute(select(OutboxEntry.status)).scalars().first() == "delivered"


def test_production_mode_refuses_to_start_without_an_auth_token(engine: Engine,
                                                                 database_url: str) -> None:
    from bakaya.settings import ConfigurationError
    with pytest.raises(ConfigurationError), running_product(
            engine, database_url, mode="production", twilio_auth_token=None):
        pass


def _jobs_for(product: Product, conversation_lock: str) -> list[str]:
    with transaction(product.runtime.engine) as session:
        return list(session.execute(text(
            "SELECT status::text FROM procrastinate_jobs WHERE queueing_lock = :k"
            " OR lock = :k ORDER BY id"), {"k": conversation_lock}).scalars())


def test_a_message_and_its_job_are_stored_in_one_transaction(product: Product) -> None:
    """The job cannot be queued (a trigger refuses it): the message is not stored either,
    the provider is told to retry, and the retry stores both and is answered."""
    with transaction(product.runtime.engine) as session:
        session.execute(text("""
            CREATE FUNCTION refuse_job() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN
                 -- only this job: the worker's periodic jobs must still be deferrable
                 IF NEW.task_name = 'process_conversation' THEN
                     RAISE EXCEPTION 'queue unavailable';
                 END IF;
                 RETURN NEW;
               END $$;
            CREATE TRIGGER refuse_job BEFORE INSERT ON procrastinate_jobs
            FOR EACH ROW EXECUTE FUNCTION refuse_job();"""))
    params = product.twilio_params(SENDER, "hi", sid="SM" + "5" * 32)
    try:
        assert product.signed_post("/twilio/whatsapp", params).status_code == 500
        assert _count(product, Message) == 0, "a message was stored without its job"
    finally:
        with transaction(product.runtime.engine) as session:
            session.execute(text("DROP TRIGGER refuse_job ON procrastinate_jobs;"
                                 " DROP FUNCTION refuse_job();"))
    assert product.signed_post("/twilio/whatsapp", params).status_code == 200
    product.runtime.jobs.drain()
    assert len(product.outbox(SENDER)) == 1


def test_a_second_message_while_one_is_queued_shares_the_queued_job(product: Product) -> None:
    product.runtime.jobs.shutdown_worker()  # nothing runs: jobs stay queued
    for text_value in ("hi", "help", "pending"):
        assert product.signed_post("/twilio/whatsapp",
                                   product.twilio_params(SENDER, text_value)).status_code == 200
    with transaction(product.runtime.engine) as session:
        conversation_id = session.execute(select(Message.conversation_id)).scalars().first()
    assert _jobs_for(product, f"conversation:{conversation_id}") == ["todo"]
    product.runtime.jobs.submit(conversation_id)  # the sweep's submit: the same lock, no error
    assert _jobs_for(product, f"conversation:{conversation_id}") == ["todo"]
    product.runtime.jobs.start_worker()
    product.runtime.jobs.drain()
    with transaction(product.runtime.engine) as session:
        unprocessed = session.execute(select(func.count()).select_from(Message).where(
            Message.direction == "inbound", Message.processed_at.is_(None))).scalar_one()
    assert unprocessed == 0
    assert len(product.outbox(SENDER)) == 3


def test_a_photo_or_pdf_arrives_as_a_typed_document_turn(product: Product) -> None:
    """A turn is an event: a photo and a PDF sent on WhatsApp become a "document" turn
    whose attachments carry their kind and content type; text alone is a "text" turn."""
    from agents.graph import thread_key

    params = product.twilio_params(SENDER, "bill attached")
    params.update(NumMedia="2",
                  MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
                  MediaContentType0="image/jpeg",
                  MediaUrl1="https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2",
                  MediaContentType1="application/pdf")
    assert product.signed_post("/twilio/whatsapp", params).status_code == 200
    product.runtime.jobs.drain()
    config = {"configurable": {"thread_id": thread_key("bakaya", "whatsapp", SENDER)}}
    turn = product.runtime.graph.get_state(config).values["turn"]  # type: ignore[arg-type]
    assert turn["kind"] == "document"
    assert [(a["kind"], a["content_type"]) for a in turn["attachments"]] == [
        ("image", "image/jpeg"), ("pdf", "application/pdf")]
    product.send(SENDER, "hi")
    turn = product.runtime.graph.get_state(config).values["turn"]  # type: ignore[arg-type]
    assert (turn["kind"], turn["attachments"]) == ("text", [])
