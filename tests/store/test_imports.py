"""store/imports.py: a row the ledger refuses is reported with the ledger's own error and
leaves nothing behind (no buyer, no invoice); the other rows go in."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, func, select

from store.db import transaction
from store.imports import import_invoices
from store.ledger import register_retailer
from store.models import Buyer, Invoice
from tools.invoice_import import ImportedInvoice


def test_a_refused_row_leaves_nothing_and_the_others_go_in(engine: Engine) -> None:
    rows = (ImportedInvoice("INV-1", None, "Too Big Traders", date(2026, 10, 1),
                            Decimal("20000000000.00"), 2),
            ImportedInvoice("INV-2", "33AAACR5055K1ZE", "Ravi Stores", date(2026, 10, 2),
                            Decimal("5000.00"), 3))
    with transaction(engine) as session:
        retailer = register_retailer(session, phone="9840012345", name="Lakshmi Textiles",
                                     language="ta", udyam_number=None,
                                     udyam_registered_on=None, enterprise_type=None,
                                     activity=None, consent_at=None)
        outcome = import_invoices(session, retailer.id, rows, source="oct.csv", actor="test")
    assert [i.invoice_number for i in outcome.added] == ["INV-2"]
    [refused] = outcome.refused
    assert (refused.invoice.row, refused.reason) == (2, "amount-too-large")
    assert refused.error is not None and "₹" in refused.error.render("ta")
    with engine.connect() as conn:
        assert conn.execute(select(Invoice.number)).scalars().all() == ["INV-2"]
        assert conn.execute(select(func.count()).select_from(Buyer)).scalar_one() == 1
