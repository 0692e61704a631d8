"""The payment monitor against a real database: what becomes due is sent once,
catch-up after downtime sends only the latest stage, closed or disputed
invoices get nothing more, and concurrent monitors never duplicate."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, select

from agents.payment_monitor import MonitorDeps, run_daily_summaries, run_monitor
from agents.reminder_drafting import ReminderFacts, draft_reminder
from prompts import render
from store.db import transaction
from store.ledger import add_buyer, add_invoice, record_payment, register_retailer
from store.models import (
    Channel,
    Communication,
    Invoice,
    InvoiceAction,
    InvoiceStatus,
    OutboxEntry,
    Retailer,
)
from store.repositories import BuyerRepository
from store.unit_of_work import unit_source as units
from tools.bank_rate import load_bank_rates
from tools.dates import IST
from tools.festivals import FestivalCalendar
from tools.interest import InterestPolicy
from tools.money import format_inr

RETAILER = "+919840012345"
BUYER = "+919876543210"


def deps() -> MonitorDeps:
    return MonitorDeps(interest_policy=InterestPolicy(load_bank_rates()),
                       festivals=FestivalCalendar.load())


def at(day: str, hour: int = 11) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(hour), tzinfo=IST).astimezone(UTC)


def seed(engine: Engine, *, invoices: int = 1, buyer_language: str | None = None,
         activity: str = "manufacturing", start: str = "2026-01-05") -> list[int]:
    """Invoices of 45 days from ``start``: due 2026-02-19, reminders on Feb 4, 14, 18."""
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name="Lakshmi Textiles", language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity=activity, consent_at=None,
            upi_id="lakshmitex@okaxis")
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", gstin="27AAPFU0939F1ZV",
                          phone=BUYER, language=buyer_language)
        ids = []
        for n in range(invoices):
            ids.append(add_invoice(session, retailer.id, buyer_id=buyer.id, number=f"INV-{n}",
                                   invoice_date=date.fromisoformat(start), amount="120000",
                                   agreed_days=45).id)
        return ids


def outbox(engine: Engine, to: str) -> list[OutboxEntry]:
    with transaction(engine) as session:
        return list(session.execute(select(OutboxEntry).where(OutboxEntry.to_address == to)
                                    .order_by(OutboxEntry.id)).scalars())


def stages_sent(engine: Engine) -> Counter[tuple[int | None, str, str]]:
    with transaction(engine) as session:
        rows = session.execute(select(Communication).where(
            Communication.recipient == BUYER)).scalars().all()
        return Counter((c.invoice_id, c.stage, c.channel.value) for c in rows)


def test_each_stage_goes_out_once_on_its_day(engine: Engine) -> None:
    [invoice_id] = seed(engine)
    d = deps()
    assert run_monitor(units(engine), at("2026-02-03"), d).sent == 0  # nothing due yet
    for day in ("2026-02-04", "2026-02-04", "2026-02-14", "2026-02-18", "2026-02-18"):
        run_monitor(units(engine), at(day), d)
    sent = stages_sent(engine)
    assert sent == Counter({(invoice_id, "first_reminder", "sms"): 1,
                            (invoice_id, "second_reminder", "sms"): 1,
                            (invoice_id, "final_reminder", "sms"): 1})
    buyer_texts = [row.body for row in outbox(engine, BUYER)]
    assert all("INV-0" in t and "1,20,000" in t for t in buyer_texts)
    # the retailer was told each time, and got the 3-days-before alert
    retailer_texts = [row.body for row in outbox(engine, RETAILER)]
    assert sum("Reminder sent to Ravi Stores" in t for t in retailer_texts) == 3
    assert any("due on" in t and "INV-0" in t for t in retailer_texts)


def test_after_the_due_date_the_buyer_hears_interest_and_total(engine: Engine) -> None:
    seed(engine, buyer_language="hi")
    run_monitor(units(engine), at("2026-02-20"), deps())  # notice stage: day after the due date
    texts = [row.body for row in outbox(engine, BUYER)]
    assert len(texts) == 1, texts
    assert "INV-0" in texts[0] and any("\u0900" <= ch <= "\u097F" for ch in texts[0])
    retailer_texts = [row.body for row in outbox(engine, RETAILER)]
    assert any("unpaid" in t for t in retailer_texts)
    with transaction(engine) as session:
        from store.models import Invoice
        assert session.execute(select(Invoice.status)).scalar() == InvoiceStatus.OVERDUE


def test_catch_up_after_downtime_sends_only_the_latest_stage(engine: Engine) -> None:
    [invoice_id] = seed(engine)
    report = run_monitor(units(engine), at("2026-02-18"), deps())  # down since before Feb 4
    assert stages_sent(engine) == Counter({(invoice_id, "final_reminder", "sms"): 1})
    assert report.superseded >= 2
    with transaction(engine) as session:
        statuses = dict(session.execute(select(InvoiceAction.stage, InvoiceAction.status)).all())
    assert statuses["first_reminder"] == statuses["second_reminder"] == "superseded"


def test_a_paid_invoice_gets_no_more_reminders(engine: Engine) -> None:
    [invoice_id] = seed(engine)
    run_monitor(units(engine), at("2026-02-04"), deps())
    with transaction(engine) as session:
        retailer_id = session.execute(select(Retailer.id)).scalar_one()
        record_payment(session, retailer_id, invoice_id, paid_on=date(2026, 2, 10),
                       amount="120000", reference="UTR123456", today=date(2026, 2, 10),
                       policy=InterestPolicy(load_bank_rates()), now=at("2026-02-10"))
    for day in ("2026-02-14", "2026-02-18", "2026-02-20", "2026-03-30"):
        run_monitor(units(engine), at(day), deps())
    assert stages_sent(engine) == Counter({(invoice_id, "first_reminder", "sms"): 1})


def test_quiet_hours_wait_for_the_next_allowed_slot(engine: Engine) -> None:
    seed(engine)
    report = run_monitor(units(engine), at("2026-02-04", hour=23), deps())
    assert report.sent == 0 and report.deferred >= 1
    assert stages_sent(engine) == Counter()
    run_monitor(units(engine), at("2026-02-05", hour=10), deps())
    assert sum(stages_sent(engine).values()) == 1


def test_two_monitors_at_once_never_duplicate(engine: Engine) -> None:
    ids = seed(engine, invoices=40)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            run_monitor(units(engine), at("2026-02-04"), deps(), batch_size=7)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    sent = stages_sent(engine)
    assert sent == Counter({(i, "first_reminder", "sms"): 1 for i in ids})


def test_a_trader_reminder_never_claims_section_16(engine: Engine) -> None:
    seed(engine, activity="trading")
    run_monitor(units(engine), at("2026-02-20"), deps())
    texts = [row.body for row in outbox(engine, BUYER)]
    assert texts and not any("Section 16" in t or "43B" in t for t in texts)


def test_daily_summary_once_a_day(engine: Engine) -> None:
    seed(engine)
    with transaction(engine) as session:
        session.execute(select(Retailer)).scalar_one().daily_summary = True
    d = deps()
    assert run_daily_summaries(units(engine), at("2026-02-01", hour=7), d) == 0  # before 09:00 IST
    assert run_daily_summaries(units(engine), at("2026-02-01", hour=10), d) == 1
    assert run_daily_summaries(units(engine), at("2026-02-01", hour=15), d) == 0
    assert run_daily_summaries(units(engine), at("2026-02-02", hour=10), d) == 1


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: Any) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def test_whatsapp_inside_the_24_hour_window_is_free_text_outside_a_template(
        engine: Engine) -> None:
    from store.models import Buyer, BuyerChannelPreference, Channel, Conversation

    seed(engine)
    with transaction(engine) as session:
        buyer = session.execute(select(Buyer)).scalar_one()
        session.add(BuyerChannelPreference(buyer_id=buyer.id, channel=Channel.WHATSAPP,
                                           opted_in_at=at("2026-01-01"), source="test"))
        session.add(Conversation(channel=Channel.WHATSAPP, address=BUYER, thread_key="t",
                                 last_inbound_at=at("2026-02-14", hour=9)))
    run_monitor(units(engine), at("2026-02-04"), deps())   # window closed: approved template
    run_monitor(units(engine), at("2026-02-14"), deps())   # the buyer wrote 2 hours ago: free text
    rows = outbox(engine, BUYER)
    assert [r.channel.value for r in rows] == ["whatsapp", "whatsapp"]
    assert rows[0].template_id and rows[0].template_variables
    assert rows[1].template_id is None and "INV-0" in rows[1].body


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
def test_after_a_part_payment_reminders_ask_for_the_balance_beside_the_invoice_amount(
        engine: Engine, language: str) -> None:
    [invoice_id] = seed(engine, buyer_language=language)
    with transaction(engine) as session:
        retailer_id = session.execute(select(Invoice.retailer_id)).scalar_one()
        record_payment(session, retailer_id, invoice_id, paid_on=date(2026, 1, 20),
                       amount="20000", reference="UTR 77", today=date(2026, 1, 20),
                       policy=InterestPolicy(load_bank_rates()), now=at("2026-01-20"))
    run_monitor(units(engine), at("2026-02-04"), deps())  # first reminder, SMS (no opt-in)
    [sms] = [row.body for row in outbox(engine, BUYER)]
    shown = format_inr(Decimal("100000"), language, chat=True)  # "₹1,00,000": whole rupees
    assert shown.replace("₹", "Rs." if language == "en" else "₹") in sms, sms
    assert "1,20,000" not in sms  # a DLT variable holds the figure to pay only
    assert ".00" not in sms, sms
    draft = draft_reminder(ReminderFacts(
        stage="first_reminder", language=language, buyer_name="Ravi Stores",
        retailer_name="Lakshmi Textiles", invoice_number="INV-0", amount=Decimal("120000"),
        due_date=date(2026, 2, 19), as_of=date(2026, 2, 4), days_overdue=0, interest=None,
        total_due=None, section16=True, payment_link=None, buyer_region=None,
        paid_on_time_count=0, paid_late_count=0, relationship_months=0,
        balance=Decimal("100000")))
    for text in (draft.free_text, draft.whatsapp_preview):
        assert shown in text and format_inr(Decimal("120000"), language, chat=True) in text, text
        assert ".00" not in text, text


@pytest.mark.parametrize(("phone", "opted_out", "key"), [
    (None, False, "monitor-reminder-impossible-no-contact"),
    (BUYER, True, "monitor-reminder-impossible-opted-out")])
def test_when_no_reminder_can_reach_the_buyer_the_retailer_is_told_once(
        engine: Engine, phone: str | None, opted_out: bool, key: str) -> None:
    [invoice_id] = seed(engine)
    with transaction(engine) as session:
        buyer = session.execute(select(Invoice)).scalar_one().buyer
        buyer.phone = phone
        if opted_out:
            for channel in (Channel.WHATSAPP, Channel.SMS):
                BuyerRepository(session, buyer.retailer_id).set_channel_preference(
                    buyer.id, channel, opted_in=False, at=at("2026-01-10"), source="test")
    d = deps()
    run_monitor(units(engine), at("2026-02-04"), d)  # first reminder
    run_monitor(units(engine), at("2026-02-04", hour=15), d)  # nothing new
    assert outbox(engine, BUYER) == []
    told = [row.body for row in outbox(engine, RETAILER)]
    assert told == [render(key, "en", buyer="Ravi Stores", number="INV-0")], told


def test_a_batch_of_notifications_is_answered_as_one_notify_per_message_would_be(
        engine: Engine) -> None:
    from store.notifications import Notification, notify, notify_many

    [invoice_id] = seed(engine)
    now = at("2026-02-04")
    with transaction(engine) as session:
        retailer_id = session.execute(select(Retailer.id)).scalar_one()
        assert notify(session, retailer_id=retailer_id, channel=Channel.SMS, to=BUYER,
                      body="sent before", stage="first_reminder", key="k:before", now=now,
                      local=True, invoice_id=invoice_id)

        def message(key: str, body: str) -> Notification:
            return Notification(retailer_id=retailer_id, channel=Channel.SMS, to=BUYER,
                                body=body, stage="first_reminder", key=key,
                                invoice_id=invoice_id, template_id="T1",
                                variables={"1": body}, scheduled_for=now)

        answers = notify_many(session, [message("k:a", "a"), message("k:before", "again"),
                                        message("k:b", "b"), message("k:a", "a twice")],
                              now=now, local=True)
        assert answers == [True, False, True, False]
        assert notify_many(session, [], now=now, local=True) == []
    rows = outbox(engine, BUYER)
    assert [r.body for r in rows] == ["sent before", "a", "b"]  # once each, in the given order
    assert [r.template_variables for r in rows[1:]] == [{"1": "a"}, {"1": "b"}]
    assert all(r.status == "local" and r.sent_at == now for r in rows)
    with transaction(engine) as session:
        communications = session.execute(select(Communication).order_by(
            Communication.id)).scalars().all()
        assert [c.idempotency_key for c in communications] == ["k:before", "k:a", "k:b"]
        assert [c.scheduled_for for c in communications[1:]] == [now, now]
        assert {r.communication_id for r in rows} == {c.id for c in communications}


def test_a_failing_action_leaves_its_whole_batch_pending_and_nothing_goes_twice(
        engine: Engine, monkeypatch: Any) -> None:
    import agents.payment_monitor as monitor

    ids = seed(engine, invoices=5)
    drafted = monitor.draft_reminder

    def draft_failing_once(facts: ReminderFacts, **kwargs: Any) -> Any:
        if facts.invoice_number == "INV-3":
            raise RuntimeError("drafting failed")
        return drafted(facts, **kwargs)

    monkeypatch.setattr(monitor, "draft_reminder", draft_failing_once)
    with pytest.raises(RuntimeError):
        run_monitor(units(engine), at("2026-02-04"), deps())
    assert stages_sent(engine) == Counter()  # the batch is one unit of work: nothing written
    with transaction(engine) as session:
        assert set(session.execute(select(InvoiceAction.status).where(
            InvoiceAction.stage == "first_reminder")).scalars()) == {"pending"}
        assert session.execute(select(Communication.id)).first() is None
    monkeypatch.setattr(monitor, "draft_reminder", drafted)
    report = run_monitor(units(engine), at("2026-02-04"), deps())
    run_monitor(units(engine), at("2026-02-04", hour=15), deps())
    assert report.sent == 5
    assert stages_sent(engine) == Counter({(i, "first_reminder", "sms"): 1 for i in ids})


def test_one_batch_reaches_each_buyer_on_their_own_channel_and_window(engine: Engine) -> None:
    """Buyers of one batch differ: opted in to WhatsApp and wrote within 24 hours (free
    text), opted in but silent (template), SMS only, email only, and none at all."""
    from store.models import BuyerChannelPreference, Conversation

    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name="Lakshmi Textiles", language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        buyers = {
            "talking": add_buyer(session, retailer.id, name="Talking", phone="+919876500001"),
            "silent": add_buyer(session, retailer.id, name="Silent", phone="+919876500002"),
            "sms": add_buyer(session, retailer.id, name="Texted", phone="+919876500003"),
            "email": add_buyer(session, retailer.id, name="Mailed", email="m@example.com"),
            "nobody": add_buyer(session, retailer.id, name="Nobody"),
        }
        for name in ("talking", "silent"):
            session.add(BuyerChannelPreference(buyer_id=buyers[name].id,
                                               channel=Channel.WHATSAPP,
                                               opted_in_at=at("2026-01-01"), source="test"))
        session.add(Conversation(channel=Channel.WHATSAPP, address="+919876500001",
                                 thread_key="t1", last_inbound_at=at("2026-02-04", hour=8)))
        session.add(Conversation(channel=Channel.WHATSAPP, address="+919876500002",
                                 thread_key="t2", last_inbound_at=at("2026-02-01", hour=8)))
        numbers, invoice_ids = {}, []
        for n, (name, buyer) in enumerate(buyers.items()):
            numbers[name] = f"INV-{n}"
            invoice_ids.append(add_invoice(
                session, retailer.id, buyer_id=buyer.id, number=f"INV-{n}",
                invoice_date=date(2026, 1, 5), amount="120000", agreed_days=45).id)
    report = run_monitor(units(engine), at("2026-02-04"), deps())
    assert report.actions == 5 and report.sent == 5  # four reminders and one word of "nobody"
    with transaction(engine) as session:
        sent = {c.recipient: c for c in session.execute(select(Communication)).scalars()}
    assert sent["+919876500001"].channel == Channel.WHATSAPP
    assert sent["+919876500001"].template_id is None  # inside the window: free text
    assert sent["+919876500002"].channel == Channel.WHATSAPP
    assert sent["+919876500002"].template_id  # outside it: the approved template
    assert sent["+919876500003"].channel == Channel.SMS
    assert sent["m@example.com"].channel == Channel.EMAIL
    assert sent["m@example.com"].variables["subject"]
    told = [row.body for row in outbox(engine, RETAILER)]
    # the retailer hears of each action in the order the actions were taken
    assert [next(number for number in numbers.values() if number in text)
            for text in told] == list(numbers.values())
    assert told[-1] == render("monitor-reminder-impossible-no-contact", "en", buyer="Nobody",
                              number="INV-4")
    with transaction(engine) as session:  # one audit entry per reminder sent, chain intact
        from store.audit import verify_chain
        from store.models import AuditEntry

        entries = session.execute(select(AuditEntry).where(
            AuditEntry.action == "reminder.sent").order_by(AuditEntry.seq)).scalars().all()
        assert [(e.entity_id, e.details["channels"]) for e in entries] == [
            (str(i), [c]) for i, c in zip(invoice_ids[:4], ("whatsapp", "whatsapp", "sms",
                                                             "email"), strict=True)]
        assert verify_chain(session).intact
