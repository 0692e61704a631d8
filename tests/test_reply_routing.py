"""A buyer's reply reaches the supplier it answers: with two suppliers reminding the same
buyer, a reply naming an invoice or a supplier goes to that one, an unclear one is asked
about ("which supplier?") and then handled; a retailer who is also someone's buyer can
answer a reminder, and their commands still work."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import Engine, select

from agents.payment_monitor import MonitorDeps, run_monitor
from prompts import render
from store.db import transaction
from store.ledger import add_buyer, add_invoice, register_retailer
from store.models import BuyerReplyRecord, Retailer
from store.unit_of_work import unit_source
from tests.utils.harness import Product, running_product
from tools.bank_rate import load_bank_rates
from tools.dates import IST
from tools.festivals import FestivalCalendar
from tools.interest import InterestPolicy

LAKSHMI, SRIRAM, BUYER = "+919840012345", "+919840054321", "+919876543210"


def _monitor(engine: Engine, day: str) -> None:
    moment = datetime.combine(date.fromisoformat(day), time(11), tzinfo=IST).astimezone(UTC)
    run_monitor(unit_source(engine), moment,
                MonitorDeps(interest_policy=InterestPolicy(load_bank_rates()),
                            festivals=FestivalCalendar.load()))


def _retailer(session: object, phone: str, name: str, udyam: str) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    return register_retailer(
        session, phone=phone, name=name, language="en", udyam_number=udyam,
        udyam_registered_on=date(2024, 1, 10), enterprise_type="micro",
        activity="manufacturing", consent_at=None).id


@pytest.fixture
def product(engine: Engine, database_url: str) -> Iterator[Product]:
    """Two suppliers reminded the same buyer on the same day. Sri Ram Traders is itself a
    buyer of Lakshmi Textiles (and was reminded too)."""
    with transaction(engine) as session:
        lakshmi = _retailer(session, LAKSHMI, "Lakshmi Textiles", "UDYAM-TN-02-0012345")
        sriram = _retailer(session, SRIRAM, "Sri Ram Traders", "UDYAM-TN-02-0054321")
        for retailer_id, number in ((lakshmi, "1043"), (sriram, "77")):
            buyer = add_buyer(session, retailer_id, name="Ravi Stores", phone=BUYER)
            add_invoice(session, retailer_id, buyer_id=buyer.id, number=number,
                        invoice_date=date(2026, 1, 5), amount="120000", agreed_days=45)
        sriram_as_buyer = add_buyer(session, lakshmi, name="Sri Ram Traders", phone=SRIRAM)
        add_invoice(session, lakshmi, buyer_id=sriram_as_buyer.id, number="1050",
                    invoice_date=date(2026, 1, 5), amount="50000", agreed_days=45)
    _monitor(engine, "2026-02-04")  # the first reminders went out
    with running_product(engine, database_url, today="2026-02-05") as product:
        yield product


def _replies(engine: Engine) -> list[tuple[str, str]]:
    """(supplier, intent) of every buyer reply recorded, in order."""
    with transaction(engine) as session:
        return [(name, intent) for name, intent in session.execute(
            select(Retailer.name, BuyerReplyRecord.intent)
            .join(Retailer, Retailer.id == BuyerReplyRecord.retailer_id)
            .order_by(BuyerReplyRecord.id))]


def test_a_reply_naming_the_invoice_goes_to_its_supplier(product: Product,
                                                        engine: Engine) -> None:
    product.send(BUYER, "will pay invoice 77 on friday")
    assert _replies(engine) == [("Sri Ram Traders", "promise_to_pay")]
    assert "Ravi Stores" in product.outbox(SRIRAM)[-1].body
    assert all("Ravi Stores" not in row.body or "1043" in row.body
               for row in product.outbox(LAKSHMI))


def test_a_reply_naming_the_supplier_goes_to_it(product: Product, engine: Engine) -> None:
    product.send(BUYER, "Lakshmi payment tomorrow sir")
    assert _replies(engine) == [("Lakshmi Textiles", "promise_to_pay")]


def test_an_unclear_reply_is_asked_about_and_then_handled(product: Product,
                                                          engine: Engine) -> None:
    [question] = product.send(BUYER, "will pay on friday")
    assert render("buyer-which-supplier", "en", options="").split(":")[0] in question
    assert "Lakshmi Textiles (1043)" in question and "Sri Ram Traders (77)" in question
    assert _replies(engine) == []  # nothing decided yet
    number = "1" if question.index("Lakshmi") < question.index("Sri Ram") else "2"
    product.send(BUYER, number)
    assert _replies(engine) == [("Lakshmi Textiles", "promise_to_pay")]
    forwarded = product.outbox(LAKSHMI)[-1].body
    assert "will pay on friday" in forwarded  # the message asked about, not "1"


def test_a_retailer_who_is_a_buyer_can_answer_a_reminder(product: Product,
                                                         engine: Engine) -> None:
    product.send(SRIRAM, "sir will clear the dues by 10th")
    assert _replies(engine) == [("Lakshmi Textiles", "promise_to_pay")]
    # ... and their own commands still work as a retailer's
    pending = "\n".join(product.send(SRIRAM, "pending"))
    assert "77" in pending and "1,20,000" in pending


def test_stop_holds_for_every_supplier_and_each_is_told(product: Product) -> None:
    product.send(BUYER, "STOP", channel="sms")
    for supplier in (LAKSHMI, SRIRAM):
        assert "Ravi Stores" in product.outbox(supplier)[-1].body
        assert "SMS" in product.outbox(supplier)[-1].body


def test_a_buyer_who_wrote_before_their_first_invoice_is_not_held_in_onboarding(
        engine: Engine, database_url: str) -> None:
    newcomer = "+919812300001"
    with running_product(engine, database_url, today="2026-02-01") as early:
        [greeting] = early.send(newcomer, "hello")
        assert render("onboarding-welcome", "en").split("!")[0] in greeting
        with transaction(engine) as session:
            lakshmi = _retailer(session, LAKSHMI, "Lakshmi Textiles", "UDYAM-TN-02-0012345")
            buyer = add_buyer(session, lakshmi, name="Kumar Agencies", phone=newcomer)
            add_invoice(session, lakshmi, buyer_id=buyer.id, number="2001",
                        invoice_date=date(2026, 1, 20), amount="30000", agreed_days=30)
        early.send(newcomer, "will pay on 25th")
        assert _replies(engine) == [("Lakshmi Textiles", "promise_to_pay")]
        assert "will pay on 25th" in early.outbox(LAKSHMI)[-1].body
