"""An invoice is found by its number however the retailer writes the prefix: "1043",
"INV-1043", "#1043" and "inv 1043" name the same invoice when only one fits."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from store.db import transaction
from store.ledger import add_buyer, add_invoice, register_retailer
from store.repositories import InvoiceRepository


@pytest.fixture
def retailer_id(engine: Engine) -> int:
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone="+919840012345", name="Lakshmi Textiles", language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", gstin="33AAACR5055K1ZE")
        for number in ("1043", "INV-42", "B/0077", "A-500", "C-500", "11043"):
            add_invoice(session, retailer.id, buyer_id=buyer.id, number=number,
                        invoice_date=date(2026, 10, 1), amount="1000", agreed_days=30)
        return retailer.id


@pytest.mark.parametrize(("typed", "found"), [
    ("1043", "1043"), ("INV-1043", "1043"), ("#1043", "1043"), ("inv 1043", "1043"),
    ("42", "INV-42"), ("inv-42", "INV-42"), ("INV42", "INV-42"), ("0042", "INV-42"),
    ("77", "B/0077"), ("B/77", "B/0077"), ("11043", "11043"),
    ("500", None),  # A-500 and C-500: ambiguous, not a guess
    ("043", None), ("104", None), ("INV-9", None), ("", None)])
def test_a_number_finds_its_invoice_whatever_the_prefix(
        engine: Engine, retailer_id: int, typed: str, found: str | None) -> None:
    with transaction(engine) as session:
        invoice = InvoiceRepository(session, retailer_id).by_number(typed)
        assert (invoice.number if invoice else None) == found
