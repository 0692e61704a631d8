"""Outbound messages through Twilio's REST client (against a fake Twilio endpoint)."""

from __future__ import annotations

from sqlalchemy import Engine, select, text

from channels.messages import OutboundMessage
from channels.twilio import MAX_BODY, TwilioSender, split_body
from store.db import transaction
from store.models import Channel, OutboxEntry
from store.unit_of_work import unit_source
from tests.utils.fake_twilio import fake_twilio
from tests.utils.harness import running_product

RETAILER = "+919840012345"


def test_long_bodies_are_split_at_word_boundaries() -> None:
    text = " ".join(f"word{i}" for i in range(1000))
    parts = split_body(text)
    assert len(parts) > 1 and all(len(p) <= MAX_BODY for p in parts)
    assert " ".join(parts) == text


def test_whatsapp_and_sms_addresses_and_templates() -> None:
    with fake_twilio() as (client, fake):
        sender = TwilioSender("AC" + "1" * 32, "t", whatsapp_from="+918000000000",
                              sms_from="+918000000001", client=client)
        sender.send(OutboundMessage(channel=Channel.WHATSAPP, to=RETAILER, text="hello"))
        sender.send(OutboundMessage(channel=Channel.SMS, to=RETAILER, text="x" * 2000))
        sender.send(OutboundMessage(channel=Channel.WHATSAPP, to=RETAILER, text="",
                                    template_id="HX123", template_variables={"1": "INV-42"}))
    assert fake.sent[0]["From"] == "whatsapp:+918000000000"
    assert fake.sent[0]["To"] == "whatsapp:" + RETAILER and fake.sent[0]["Body"] == "hello"
    assert [m["From"] for m in fake.sent[1:3]] == ["+918000000001"] * 2  # split in two
    assert fake.sent[3]["ContentSid"] == "HX123"
    assert all(m["_sid"].startswith("SM") for m in fake.sent)
    assert fake.sent[3]["ContentVariables"] == '{"1": "INV-42"}'


def test_replies_go_out_through_twilio_and_record_the_provider_id(engine: Engine,
                                                                  database_url: str) -> None:
    with fake_twilio() as (client, fake):
        sender = TwilioSender("AC" + "1" * 32, "t", whatsapp_from="+918000000000",
                              sms_from=None, client=client)
        with running_product(engine, database_url, sender=sender) as product:
            product.send(RETAILER, "hello")
    assert len(fake.sent) == 1 and "Bakaya" in fake.sent[0]["Body"]
    with transaction(engine) as session:
        row = session.execute(select(OutboxEntry)).scalar_one()
        assert row.status == "sent" and row.provider_id and row.provider_id.startswith("SM")


def test_a_refused_message_fails_and_the_retailer_is_not_spammed(engine: Engine,
                                                                  database_url: str) -> None:
    from channels.outbox import deliver_one

    with fake_twilio() as (client, fake):
        fake.fail_with = 400  # Twilio refuses: invalid number
        sender = TwilioSender("AC" + "1" * 32, "t", whatsapp_from="+918000000000",
                              sms_from=None, client=client)
        with running_product(engine, database_url, sender=sender) as product:
            product.send(RETAILER, "hello")
            with transaction(engine) as session:
                row = session.execute(select(OutboxEntry)).scalar_one()
            assert deliver_one(engine, sender, row.id) is None  # nothing left to do
    with transaction(engine) as session:
        row = session.execute(select(OutboxEntry)).scalar_one()
        assert (row.status, row.attempts) == ("failed", 1)
    assert fake.sent == []


def test_an_unknown_outcome_is_reconciled_not_resent(engine: Engine, database_url: str) -> None:
    """The provider took the message but the answer was lost: the retry finds it."""
    from channels.outbox import deliver_one

    with fake_twilio() as (client, fake):
        fake.drop_answer = True
        sender = TwilioSender("AC" + "1" * 32, "t", whatsapp_from="+918000000000",
                              sms_from=None, client=client)
        with running_product(engine, database_url, sender=sender) as product:
            product.send(RETAILER, "hello")
            with transaction(engine) as session:
                row = session.execute(select(OutboxEntry)).scalar_one()
                # "sent" when a send queued meanwhile already reconciled it
                assert row.status in ("sending", "sent")
            fake.drop_answer = False
            # the job's own retry may get there first; either way it reconciles
            deliver_one(engine, sender, row.id)
            product.runtime.jobs.drain()
    assert len(fake.sent) == 1, "the message was sent twice"
    with transaction(engine) as session:
        row = session.execute(select(OutboxEntry)).scalar_one()
        assert (row.status, row.provider_id) == ("sent", fake.sent[0]["_sid"])


def test_a_send_queued_again_while_its_answer_is_lost_is_sent_once(engine: Engine,
                                                                  database_url: str) -> None:
    """The row is queued again (a conversation or the monitor defers pending sends) while
    its first send is in flight and loses its answer: the repeat is the queued job, no job
    is left stuck, and the message goes out once."""
    with fake_twilio() as (client, fake):
        fake.drop_answer = True
        sender = TwilioSender("AC" + "1" * 32, "t", whatsapp_from="+918000000000",
                              sms_from=None, client=client)
        with running_product(engine, database_url, sender=sender) as product:
            def queue_again(form: dict[str, str]) -> None:
                fake.on_send, fake.drop_answer = None, False
                assert product.runtime.jobs.defer_pending_sends() == 1

            fake.on_send = queue_again
            product.send(RETAILER, "hello")  # drains: would time out on a stuck job
            with transaction(engine) as session:
                jobs = session.execute(text(
                    "SELECT status::text, count(*) FROM procrastinate_jobs"
                    " WHERE task_name = 'send_outbox' GROUP BY 1")).all()
    assert dict(jobs) == {"succeeded": 2}
    assert len(fake.sent) == 1, "the message was sent twice"
    with transaction(engine) as session:
        row = session.execute(select(OutboxEntry)).scalar_one()
        assert (row.status, row.provider_id) == ("sent", fake.sent[0]["_sid"])


def test_an_undeliverable_whatsapp_reminder_falls_back_to_sms(engine: Engine,
                                                              database_url: str) -> None:
    from datetime import UTC, date, datetime, time

    from agents.payment_monitor import MonitorDeps, run_monitor
    from store.ledger import add_buyer, add_invoice, register_retailer
    from store.models import Communication
    from store.repositories import BuyerRepository
    from tools.bank_rate import load_bank_rates
    from tools.dates import IST
    from tools.festivals import FestivalCalendar
    from tools.interest import InterestPolicy

    buyer_phone = "+919876543210"
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name="Lakshmi Textiles", language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", phone=buyer_phone)
        BuyerRepository(session, retailer.id).set_channel_preference(
            buyer.id, Channel.WHATSAPP, opted_in=True,
            at=datetime(2026, 1, 1, tzinfo=UTC), source="retailer")
        add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-42",
                    invoice_date=date(2026, 1, 5), amount="120000", agreed_days=45)
    deps = MonitorDeps(interest_policy=InterestPolicy(load_bank_rates()),
                       festivals=FestivalCalendar.load(),
                       local_outbox=False)
    noon = datetime.combine(date(2026, 2, 4), time(11), tzinfo=IST).astimezone(UTC)
    run_monitor(unit_source(engine), noon, deps)
    with fake_twilio() as (client, fake):
        sender = TwilioSender("AC" + "1" * 32, "t", whatsapp_from="+918000000000",
                              sms_from="+918000000001", client=client)
        from channels.outbox import deliver_pending
        fake.fail_with = 400  # e.g. the number is not on WhatsApp
        deliver_pending(engine, sender)
        run_monitor(unit_source(engine), noon, deps)  # the fallback action is due at once
        fake.fail_with = None
        deliver_pending(engine, sender)
    with transaction(engine) as session:
        channels = session.execute(select(Communication.channel, Communication.delivery_status)
                                   .where(Communication.recipient == buyer_phone)
                                   .order_by(Communication.id)).all()
        alerts = session.execute(select(Communication.content).where(
            Communication.stage == "failed")).scalars().all()
    assert [(c.value, s) for c, s in channels] == [("whatsapp", "failed"), ("sms", "sent")]
    assert alerts and "could not deliver" in alerts[0]
    assert [m["To"] for m in fake.sent if m.get("To") == buyer_phone] == [buyer_phone]


def test_a_message_to_the_retailer_that_cannot_be_delivered_alerts_nobody(
        engine: Engine) -> None:
    """Whether a message went to the retailer is read from the communication (it names no
    buyer), not from its stage: none of them, "unreachable" included, alerts again."""
    from datetime import UTC, date, datetime

    from agents.channel_policy import handle_undeliverable
    from store.ledger import add_buyer, add_invoice, register_retailer
    from store.models import Communication, CommunicationStage
    from store.notifications import notify
    from store.unit_of_work import UnitOfWork

    now = datetime(2026, 2, 4, 6, tzinfo=UTC)
    stages = [CommunicationStage.UNREACHABLE, CommunicationStage.ALERT,
              CommunicationStage.NOTIFY, CommunicationStage.FAILED]
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name="Lakshmi Textiles", language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", phone="+919876543210")
        invoice = add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-42",
                              invoice_date=date(2026, 1, 5), amount="120000", agreed_days=45)
        for stage in stages:
            notify(session, retailer_id=retailer.id, channel=Channel.WHATSAPP, to=RETAILER,
                   body="-", stage=stage, key=f"test:{stage}", now=now, local=False,
                   invoice_id=invoice.id)
    with transaction(engine) as session:
        for communication in session.execute(select(Communication)).scalars().all():
            assert not communication.to_buyer
            handle_undeliverable(UnitOfWork(session), communication, "63016", now)
    with transaction(engine) as session:
        rows = session.execute(select(Communication.stage, Communication.delivery_status)
                               .order_by(Communication.id)).all()
    assert [tuple(r) for r in rows] == [(str(s), "pending") for s in stages]
