"""Bulk import: the invoices read from an accounting export (tools/invoice_import.py) go
into a retailer's ledger together, in the caller's transaction.

Rules (docs/operations.md "Importing invoices"):

* The buyer is found by GSTIN; a sale without GSTIN (B2C) by the exact name among the
  retailer's buyers without one. A buyer not found is added with the export's name.
* An invoice number already in the ledger is not added again: with the same buyer, date
  and amount it is ``unchanged`` (the same file imported twice changes nothing);
  otherwise it is skipped as ``invoice-exists``.
* A row the ledger refuses (a future date, an amount beyond what it holds) is skipped
  with the refusal's rule; the other rows still go in. Each row is written inside a
  savepoint, so a refused row leaves nothing behind.
* Every invoice added gets its s.15 due date and its reminder schedule, as one typed in
  chat (:func:`store.ledger.add_invoice`); one audit entry records the import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from store import audit
from store.ledger import add_buyer, add_invoice
from store.models import Buyer, Invoice
from store.repositories import BuyerRepository, InvoiceRepository
from tools.errors import InputError
from tools.invoice_import import ImportedInvoice


@dataclass(frozen=True)
class Refused:
    """An invoice of the export the ledger did not take: ``reason`` is a stable code;
    ``error`` the ledger's refusal, when it refused a value (its message explains it)."""
    invoice: ImportedInvoice
    reason: str
    error: InputError | None = None


@dataclass(frozen=True)
class ImportOutcome:
    added: tuple[ImportedInvoice, ...]
    unchanged: tuple[ImportedInvoice, ...]
    refused: tuple[Refused, ...]


def _buyer(session: Session, retailer_id: int, invoice: ImportedInvoice,
           actor: str) -> Buyer:
    repo = BuyerRepository(session, retailer_id)
    name = invoice.buyer_name.strip() or (invoice.gstin_buyer or "")
    if invoice.gstin_buyer:
        found = repo.by_gstin(invoice.gstin_buyer)
    else:
        found = repo.unregistered_named(name)
    if found is not None:
        return found
    return add_buyer(session, retailer_id, name=name, gstin=invoice.gstin_buyer, actor=actor)


def _same(existing: Invoice, buyer: Buyer | None, invoice: ImportedInvoice) -> bool:
    return (buyer is not None and existing.buyer_id == buyer.id
            and existing.invoice_date == invoice.invoice_date
            and existing.principal == invoice.total)


def import_invoices(session: Session, retailer_id: int,
                    invoices: Sequence[ImportedInvoice], *, source: str, actor: str,
                    progress: Callable[[int], None] | None = None) -> ImportOutcome:
    """Add ``invoices`` to the retailer's ledger (rules: module docstring); ``progress``
    is told after each invoice (1)."""
    added: list[ImportedInvoice] = []
    unchanged: list[ImportedInvoice] = []
    refused: list[Refused] = []
    repo = InvoiceRepository(session, retailer_id)
    buyers = BuyerRepository(session, retailer_id)
    for invoice in invoices:
        if progress is not None:
            progress(1)
        existing = repo.by_exact_number(invoice.invoice_number)
        if existing is not None:
            known = buyers.by_gstin(invoice.gstin_buyer) if invoice.gstin_buyer else \
                buyers.get(existing.buyer_id)
            if _same(existing, known, invoice):
                unchanged.append(invoice)
            else:
                refused.append(Refused(invoice, "invoice-exists"))
            continue
        try:
            with session.begin_nested():
                buyer = _buyer(session, retailer_id, invoice, actor)
                add_invoice(session, retailer_id, buyer_id=buyer.id,
                            number=invoice.invoice_number, invoice_date=invoice.invoice_date,
                            amount=invoice.total, actor=actor)
        except InputError as error:
            refused.append(Refused(invoice, error.rule, error))
            continue
        added.append(invoice)
    if added:
        audit.append(session, actor=actor, action="invoices.imported", entity="retailer",
                     entity_id=retailer_id, retailer_id=retailer_id,
                     details={"source": source, "added": len(added),
                              "unchanged": len(unchanged), "refused": len(refused)})
    return ImportOutcome(tuple(added), tuple(unchanged), tuple(refused))
