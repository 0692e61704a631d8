"""An invoice's status says what a retailer needs: a paid invoice is not "overdue"; it
says when it was paid and how late, in the retailer's language."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine

from prompts import render
from store.db import transaction
from store.ledger import add_buyer, add_invoice, record_payment, register_retailer
from tests.utils.harness import running_product
from tools.bank_rate import load_bank_rates
from tools.dates import format_date
from tools.interest import InterestPolicy

RETAILER = "+919840012345"


@pytest.mark.parametrize(("language", "paid_on", "late"), [
    ("en", date(2026, 9, 20), 5), ("hi", date(2026, 9, 20), 5), ("ta", date(2026, 9, 20), 5),
    ("en", date(2026, 9, 10), 0)])
def test_a_paid_invoice_says_when_it_was_paid_and_how_late(
        engine: Engine, database_url: str, language: str, paid_on: date, late: int) -> None:
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name="Lakshmi Textiles", language=language,
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", gstin="33AAACR5055K1ZE")
        invoice = add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-7201",
                              invoice_date=date(2026, 8, 1), amount="80000",
                              agreed_days=45)  # due 15 September 2026
        record_payment(session, retailer.id, invoice.id, paid_on=paid_on, amount="80000",
                       reference="UTR 1", today=paid_on, settles=True,
                       policy=InterestPolicy(load_bank_rates()),
                       now=datetime(2026, 9, 21, tzinfo=UTC))
    with running_product(engine, database_url, today="2026-12-04") as product:
        [reply] = product.send(RETAILER, "INV-7201 status")
    overdue = render("invoice-overdue-days", language, days=80)
    assert overdue not in reply
    key = "invoice-paid-late" if late else "invoice-paid-on-time"
    assert render(key, language, date=format_date(paid_on, language), days=late) in reply, reply
