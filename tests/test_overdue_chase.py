"""The chase after the due date, against a real database: after the notice the buyer
is reminded every N days (the retailer's cadence, 7 by default), each reminder firmer
than the last, until the invoice is paid, written off or disputed; the retailer is told
the next step 15, 30 and 45 days after the due date, once each; a cadence changed
reschedules the pending reminder; a catch-up after downtime sends only the latest."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, select

from agents.payment_monitor import MonitorDeps, run_monitor
from agents.reminder_drafting import load_sms_templates
from prompts import render
from store.db import transaction
from store.ledger import (
    add_buyer,
    add_invoice,
    quote_invoice,
    record_payment,
    register_retailer,
    set_invoice_status,
)
from store.models import (
    ActionStatus,
    Communication,
    Invoice,
    InvoiceAction,
    InvoiceStatus,
    OutboxEntry,
    Retailer,
)
from store.unit_of_work import UnitOfWork
from store.unit_of_work import unit_source as units
from tools.bank_rate import load_bank_rates
from tools.dates import IST
from tools.errors import InputError
from tools.festivals import FestivalCalendar
from tools.interest import InterestPolicy
from tools.money import format_inr

RETAILER = "+919840012345"
BUYER = "+919876543210"
DUE = date(2026, 2, 19)  # invoices of 5 January 2026 with 45 days' credit
NOTICE_DAY = date(2026, 2, 20)
POLICY = InterestPolicy(load_bank_rates())
NOTICE_WORD = {"en": "notice", "hi": "नोटिस", "ta": "நோட்டீஸ்"}


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: Any) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def deps() -> MonitorDeps:
    return MonitorDeps(interest_policy=POLICY, festivals=FestivalCalendar.load())


def at(day: date, hour: int = 11) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=IST).astimezone(UTC)


def days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def run_daily(engine: Engine, first: date, last: date) -> None:
    """The monitor once a day at 11:00 IST, as a worker's periodic job would."""
    d = deps()
    for day in days(first, last):
        run_monitor(units(engine), at(day), d)


def seed(engine: Engine, *, language: str = "en", activity: str = "manufacturing",
         buyer_language: str | None = None) -> int:
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name="Lakshmi Textiles", language=language,
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity=activity, consent_at=None,
            upi_id="lakshmitex@okaxis")
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", gstin="27AAPFU0939F1ZV",
                          phone=BUYER, language=buyer_language)
        return add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-0",
                           invoice_date=date(2026, 1, 5), amount="120000", agreed_days=45).id


def retailer_id(engine: Engine) -> int:
    with transaction(engine) as session:
        return session.execute(select(Retailer.id)).scalar_one()


def set_cadence(engine: Engine, value: object, today: date) -> None:
    with transaction(engine) as session:
        UnitOfWork(session).set_overdue_reminder_days(retailer_id(engine), value, today=today)


def overdue_sends(engine: Engine) -> list[tuple[date, str, dict[str, str]]]:
    """Each overdue reminder the buyer got after the due date: the day in India, the
    DLT template it used (its firmness) and its variables."""
    key_of = {t.template_id: t.key for t in load_sms_templates().values()}
    with transaction(engine) as session:
        rows = session.execute(select(Communication).where(
            Communication.recipient == BUYER,
            Communication.stage.in_(("notice", "overdue_reminder")))
            .order_by(Communication.id)).scalars().all()
        return [(c.sent_at.astimezone(IST).date(), key_of[c.template_id or ""],
                 dict(c.variables)) for c in rows if c.sent_at is not None]


def pending_overdue(engine: Engine) -> list[datetime]:
    with transaction(engine) as session:
        return list(session.execute(select(InvoiceAction.due_at).where(
            InvoiceAction.stage == "overdue_reminder",
            InvoiceAction.status == ActionStatus.PENDING)).scalars())


def alerts(engine: Engine) -> dict[str, str]:
    """The retailer's alerts after the due date, by stage (the idempotency key names it)."""
    return {stage: text for stage, (text, _) in dated_alerts(engine).items()}


def dated_alerts(engine: Engine) -> dict[str, tuple[str, date]]:
    with transaction(engine) as session:
        rows = session.execute(select(Communication).where(
            Communication.stage == "alert").order_by(Communication.id)).scalars().all()
        return {c.idempotency_key.split(":")[-1]: (c.content, c.sent_at.astimezone(IST).date())
                for c in rows if "overdue_alert_" in c.idempotency_key and c.sent_at}


def rupees(value: str) -> Decimal:
    return Decimal(value.replace("Rs.", "").replace("₹", "").replace(",", ""))


# --- the cadence -----------------------------------------------------------------------------


def test_weekly_overdue_reminders_go_on_for_months_each_firmer_than_the_last(
        engine: Engine) -> None:
    seed(engine)
    run_daily(engine, DUE - timedelta(days=16), DUE + timedelta(days=75))
    sends = overdue_sends(engine)
    sent_on = [day for day, _, _ in sends]
    assert sent_on[0] == NOTICE_DAY and len(sends) >= 10
    # every 7 days; a festival (Good Friday, 3 April) moves one by a day, and the
    # next one counts from the day it went
    gaps = [(later - earlier).days for earlier, later in zip(sent_on, sent_on[1:], strict=False)]
    assert set(gaps) <= {7, 8} and gaps.count(8) <= 2, gaps
    assert date(2026, 4, 4) in sent_on and date(2026, 4, 3) not in sent_on
    keys = [key for _, key, _ in sends]
    assert keys == ["overdue_reminder", "overdue_firm", "overdue_firm",
                    *["overdue_final"] * (len(keys) - 3)]
    # each states the amount, the interest up to its day and the total, which grow
    for _, _, variables in sends:
        assert variables["4"] == "Rs.1,20,000"
        assert rupees(variables["7"]) == Decimal("120000") + rupees(variables["6"])
    totals = [rupees(variables["7"]) for _, _, variables in sends]
    assert totals == sorted(totals) and len(set(totals)) == len(totals)
    # the firmest names the Facilitation Council (s.18): the supplier is micro, manufacturing
    with transaction(engine) as session:
        bodies = [c.content for c in session.execute(select(Communication).where(
            Communication.recipient == BUYER).order_by(Communication.id)).scalars()]
    assert all("Sec. 18" in body for body in bodies[-(len(keys) - 3):])
    assert not any("Sec. 18" in body for body in bodies[:-(len(keys) - 3)])
    # exactly one overdue reminder is ever pending: the next one
    assert len(pending_overdue(engine)) == 1
    with transaction(engine) as session:
        invoice = session.execute(select(Invoice)).scalar_one()
        assert invoice.status == InvoiceStatus.OVERDUE


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
def test_a_traders_firmest_reminder_says_further_steps_and_cites_no_law(
        engine: Engine, language: str) -> None:
    seed(engine, activity="trading", buyer_language=language)
    run_daily(engine, NOTICE_DAY, NOTICE_DAY + timedelta(days=30))
    sends = overdue_sends(engine)
    assert [key for _, key, _ in sends] == [
        "overdue_reminder_no_interest", "overdue_firm_no_interest", "overdue_firm_no_interest",
        "overdue_final_no_interest", "overdue_final_no_interest"]
    with transaction(engine) as session:
        last = session.execute(select(Communication.content).where(
            Communication.recipient == BUYER).order_by(Communication.id.desc())).scalars().first()
    assert last is not None
    assert {"en": "further steps", "hi": "आगे के क़दम", "ta": "மேல் நடவடிக்கை"}[language] in last
    for word in ("18", "16", "MSEFC", "Section", "धारा", "பிரிவு", "ब्याज", "வட்டி"):
        assert word not in last, (word, last)


@pytest.mark.parametrize("close", ["paid", "written_off", "buyer_dispute", "dispute_filed"])
def test_the_chase_stops_when_the_invoice_is_paid_written_off_or_disputed(
        engine: Engine, close: str) -> None:
    invoice_id = seed(engine)
    run_daily(engine, NOTICE_DAY, date(2026, 3, 1))
    assert [day for day, _, _ in overdue_sends(engine)] == [NOTICE_DAY, date(2026, 2, 27)]
    now = at(date(2026, 3, 2))
    with transaction(engine) as session:
        rid = session.execute(select(Retailer.id)).scalar_one()
        if close == "paid":
            record_payment(session, rid, invoice_id, paid_on=date(2026, 3, 2), amount="120000",
                           reference="UTR 4455", today=date(2026, 3, 2), policy=POLICY,
                           settles=True, now=now)
        elif close == "written_off":
            set_invoice_status(session, rid, invoice_id, InvoiceStatus.WRITTEN_OFF, now)
        elif close == "buyer_dispute":
            uow = UnitOfWork(session)
            uow.actions.pause_reminders(uow.invoices(rid).require(invoice_id), now,
                                        "short delivery")
        else:
            set_invoice_status(session, rid, invoice_id, InvoiceStatus.NOTICE_SENT, now)
            set_invoice_status(session, rid, invoice_id, InvoiceStatus.DISPUTE_FILED, now)
    run_daily(engine, date(2026, 3, 2), date(2026, 5, 10))
    assert len(overdue_sends(engine)) == 2  # nothing more, for two months
    assert pending_overdue(engine) == []
    if close in ("paid", "written_off", "dispute_filed"):
        assert alerts(engine) == {}  # nor the next-step alerts of a closed or filed invoice


# --- the retailer's cadence -----------------------------------------------------------------


@pytest.mark.parametrize(("cadence", "expected"), [
    # Holi (4 March) moves the fourth 3-day reminder to 5 March
    (3, [date(2026, 2, 20), date(2026, 2, 23), date(2026, 2, 26), date(2026, 3, 1),
         date(2026, 3, 5), date(2026, 3, 8)]),
    # Good Friday (3 April) moves the third 14-day reminder to 4 April
    (14, [date(2026, 2, 20), date(2026, 3, 6), date(2026, 3, 20), date(2026, 4, 4)]),
])
def test_a_retailer_chosen_cadence_of_3_or_14_days_is_kept(
        engine: Engine, cadence: int, expected: list[date]) -> None:
    seed(engine)
    set_cadence(engine, str(cadence) if cadence == 3 else cadence, today=date(2026, 2, 1))
    with transaction(engine) as session:
        assert session.execute(select(Retailer.overdue_reminder_days)).scalar_one() == cadence
    run_daily(engine, NOTICE_DAY, expected[-1])
    sends = overdue_sends(engine)
    assert [day for day, _, _ in sends] == expected
    assert [key for _, key, _ in sends][:4] == ["overdue_reminder", "overdue_firm",
                                                "overdue_firm", "overdue_final"][:len(sends)]


def test_changing_the_cadence_moves_the_pending_reminder(engine: Engine) -> None:
    seed(engine)
    run_daily(engine, NOTICE_DAY, NOTICE_DAY)
    assert pending_overdue(engine) == [at(date(2026, 2, 27), 10)]  # 7 days, at 10:00 IST
    set_cadence(engine, 14, today=date(2026, 2, 21))
    assert pending_overdue(engine) == [at(date(2026, 3, 6), 10)]  # 14 days after the notice
    run_daily(engine, date(2026, 2, 21), date(2026, 3, 6))
    assert [day for day, _, _ in overdue_sends(engine)] == [NOTICE_DAY, date(2026, 3, 6)]
    assert pending_overdue(engine) == [at(date(2026, 3, 20), 10)]
    # shorter, chosen late: 3 days after the last would be 9 March; never before tomorrow
    set_cadence(engine, 3, today=date(2026, 3, 8))
    assert pending_overdue(engine) == [at(date(2026, 3, 9), 10)]
    set_cadence(engine, 3, today=date(2026, 3, 12))  # the same cadence again, days later
    assert pending_overdue(engine) == [at(date(2026, 3, 13), 10)]
    with transaction(engine) as session:
        from store.models import AuditEntry

        changes = session.execute(select(AuditEntry.details).where(
            AuditEntry.action == "retailer.overdue_reminder_days")
            .order_by(AuditEntry.seq)).scalars().all()
    assert [(c["from"], c["to"], c["rescheduled"]) for c in changes] == [
        (7, 14, 1), (14, 3, 1), (3, 3, 1)]


@pytest.mark.parametrize("value", [2, 31, 0, "abc", "7.5", "", None])
def test_an_invalid_cadence_is_refused_and_changes_nothing(engine: Engine, value: object) -> None:
    seed(engine)
    run_daily(engine, NOTICE_DAY, NOTICE_DAY)
    before = pending_overdue(engine)
    with transaction(engine) as session:
        uow = UnitOfWork(session)
        with pytest.raises(InputError) as refused:
            uow.set_overdue_reminder_days(retailer_id(engine), value, today=date(2026, 2, 21))
        assert refused.value.field == "overdue_reminder_days"
        assert session.execute(select(Retailer.overdue_reminder_days)).scalar_one() == 7
    assert pending_overdue(engine) == before
    for language in ("en", "hi", "ta"):
        assert str(value) in refused.value.render(language)


# --- quiet hours, downtime, promises ----------------------------------------------------------


def test_quiet_hours_hold_an_overdue_reminder_and_the_next_counts_from_its_day(
        engine: Engine) -> None:
    seed(engine)
    run_daily(engine, NOTICE_DAY, date(2026, 2, 26))
    report = run_monitor(units(engine), at(date(2026, 2, 27), 23), deps())
    assert report.deferred == 1 and report.sent == 0
    assert pending_overdue(engine) == [at(date(2026, 2, 28), 9)]  # 09:00 IST next morning
    run_monitor(units(engine), at(date(2026, 2, 28), 10), deps())
    assert [day for day, _, _ in overdue_sends(engine)] == [NOTICE_DAY, date(2026, 2, 28)]
    assert pending_overdue(engine) == [at(date(2026, 3, 7), 10)]


def test_after_downtime_the_buyer_gets_one_reminder_and_the_retailer_the_latest_alert(
        engine: Engine) -> None:
    seed(engine)
    run_daily(engine, NOTICE_DAY, NOTICE_DAY)
    report = run_monitor(units(engine), at(date(2026, 4, 20)), deps())  # down for two months
    assert [day for day, _, _ in overdue_sends(engine)] == [NOTICE_DAY, date(2026, 4, 20)]
    assert overdue_sends(engine)[-1][1] == "overdue_firm"  # the 2nd reminder sent, not the 9th
    assert list(alerts(engine)) == ["overdue_alert_45"]
    assert report.superseded == 2  # the 15- and 30-day alerts
    assert pending_overdue(engine) == [at(date(2026, 4, 27), 10)]
    run_daily(engine, date(2026, 4, 21), date(2026, 4, 27))
    assert [day for day, _, _ in overdue_sends(engine)][-1] == date(2026, 4, 27)
    assert len(overdue_sends(engine)) == 3


def test_a_promised_date_moves_the_next_overdue_reminder_after_it(engine: Engine) -> None:
    invoice_id = seed(engine)
    run_daily(engine, NOTICE_DAY, NOTICE_DAY)
    with transaction(engine) as session:
        uow = UnitOfWork(session)
        invoice = uow.invoices(retailer_id(engine)).require(invoice_id)
        uow.actions.schedule_promise_follow_up(invoice, date(2026, 3, 2))
    assert pending_overdue(engine) == [at(date(2026, 3, 9), 10)]  # 7 days after the promise
    run_daily(engine, date(2026, 2, 21), date(2026, 3, 9))
    with transaction(engine) as session:
        stages = [(c.stage, c.sent_at.astimezone(IST).date() if c.sent_at else None)
                  for c in session.execute(select(Communication).where(
                      Communication.recipient == BUYER).order_by(Communication.id)).scalars()]
    assert stages == [("notice", NOTICE_DAY), ("promise_follow_up", date(2026, 3, 2)),
                      ("overdue_reminder", date(2026, 3, 9))]


# --- the next step, told to the retailer at 15, 30 and 45 days --------------------------------


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
def test_the_retailer_hears_the_next_step_at_15_30_and_45_days_once_each(
        engine: Engine, language: str) -> None:
    seed(engine, language=language)
    run_daily(engine, NOTICE_DAY, DUE + timedelta(days=50))
    run_monitor(units(engine), at(DUE + timedelta(days=50), 15), deps())  # again: nothing new
    texts = alerts(engine)
    assert list(texts) == ["overdue_alert_15", "overdue_alert_30", "overdue_alert_45"]
    sent_on = {stage: day for stage, (_, day) in dated_alerts(engine).items()}
    # on their day, or the next allowed one (21 March 2026 is Eid ul-Fitr)
    assert sent_on == {"overdue_alert_15": DUE + timedelta(days=15),
                       "overdue_alert_30": DUE + timedelta(days=31),
                       "overdue_alert_45": DUE + timedelta(days=45)}
    with transaction(engine) as session:
        keys = session.execute(select(Communication.idempotency_key).where(
            Communication.stage == "alert")).scalars().all()
        assert len(keys) == len(set(keys)) == 4  # the overdue alert of day 1, then these
        invoice = session.execute(select(Invoice)).scalar_one()
        retailer = session.execute(select(Retailer)).scalar_one()
        for stage, day in sent_on.items():
            quote = quote_invoice(invoice, retailer, day, POLICY)
            text = texts[stage]
            assert format_inr(quote.total_due, language, chat=True) in text, text
            assert format_inr(quote.interest, language, chat=True) in text, text
            assert "INV-0" in text and "Ravi Stores" in text
            if language != "en":
                script = ("\u0900", "\u097f") if language == "hi" else ("\u0b80", "\u0bff")
                assert sum(script[0] <= ch <= script[1] for ch in text) > len(text) / 3
    reply = f"{NOTICE_WORD[language]} INV-0"
    assert reply in texts["overdue_alert_15"] and reply in texts["overdue_alert_30"]
    assert texts["overdue_alert_15"] != texts["overdue_alert_30"]
    council = texts["overdue_alert_45"]
    assert "ODR" in council and ("MSEFC" in council or "Facilitation Council" in council)
    assert {"en": "Section 18", "hi": "धारा 18", "ta": "பிரிவு 18"}[language] in council
    assert render("monitor-next-step-council", language) in council
    assert reply in council  # no notice sent yet: it suggests one first


def test_a_trader_is_told_plainly_why_no_council_reference(engine: Engine) -> None:
    seed(engine, activity="trading")
    run_daily(engine, NOTICE_DAY, DUE + timedelta(days=45))
    text = alerts(engine)["overdue_alert_45"]
    assert render("eligibility-trader", "en") in text
    assert "notice INV-0" in text and "legal advice" in text
    assert "ODR" not in text
    # a trader claims no Section 16 interest: the due-now line has no interest in it
    assert "including interest" not in text


def test_once_a_notice_is_sent_the_15_and_30_day_alerts_stay_quiet(engine: Engine) -> None:
    invoice_id = seed(engine)
    run_daily(engine, NOTICE_DAY, DUE + timedelta(days=10))
    with transaction(engine) as session:
        set_invoice_status(session, retailer_id(engine), invoice_id, InvoiceStatus.NOTICE_SENT,
                           at(DUE + timedelta(days=10)))
    run_daily(engine, DUE + timedelta(days=11), DUE + timedelta(days=46))
    texts = alerts(engine)
    assert list(texts) == ["overdue_alert_45"]
    assert "notice INV-0" not in texts["overdue_alert_45"]  # the notice went already
    assert len(overdue_sends(engine)) > 3  # the buyer's reminders went on meanwhile


def test_the_retailer_is_told_of_each_overdue_reminder(engine: Engine) -> None:
    seed(engine)
    run_daily(engine, NOTICE_DAY, date(2026, 3, 13))
    with transaction(engine) as session:
        told = session.execute(select(OutboxEntry.body).where(
            OutboxEntry.to_address == RETAILER)).scalars().all()
    assert sum("Reminder sent to Ravi Stores" in t for t in told) == 4  # 20 Feb, 27 Feb, 6, 13 Mar
