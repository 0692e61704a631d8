"""References to the Facilitation Council (MSMED Act s.18) in the ledger: a filing pack
prepared for the retailer's review, approved, then filed by the retailer on the portal,
whose application number and later status updates are recorded here.

Filing is done by hand (neither MSME ODR nor Samadhaan has a filing API): a filing moves
``awaiting_approval`` -> ``approved`` (the retailer reviewed the pack and got the steps)
-> ``filed`` (the application number is recorded; its invoices become ``dispute_filed``
and the buyer's reminders stop) -> later statuses the retailer reports. Every step is in
the audit chain. docs/legal-conventions.md "Filing packs".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store import audit
from store.models import DisputeFiling, Invoice, InvoiceStatus
from store.repositories import InvoiceRepository
from tools.errors import InputError

__all__ = ["AWAITING", "APPROVED", "CANCELLED", "FILED", "approve_filing", "cancel_filing",
           "latest_filing", "open_filing", "record_application", "record_filing_status"]

AWAITING, APPROVED, FILED, CANCELLED = "awaiting_approval", "approved", "filed", "cancelled"


def open_filing(session: Session, *, retailer_id: int, buyer_id: int, portal: str,
                payload: dict[str, Any], actor: str = "retailer") -> DisputeFiling:
    """A new filing pack for the retailer's review (an earlier one not yet filed for the
    same buyer is replaced: the figures are as of today)."""
    for older in session.execute(select(DisputeFiling).where(
            DisputeFiling.retailer_id == retailer_id, DisputeFiling.buyer_id == buyer_id,
            DisputeFiling.status.in_((AWAITING, APPROVED)))).scalars():
        older.status = CANCELLED
    filing = DisputeFiling(retailer_id=retailer_id, buyer_id=buyer_id, portal=portal,
                           status=AWAITING, payload=payload)
    session.add(filing)
    session.flush()
    audit.append(session, actor=actor, action="filing.prepared", entity="dispute_filing",
                 entity_id=filing.id, retailer_id=retailer_id,
                 details={"portal": portal, "invoices": payload.get("invoice_ids", []),
                          "total_claimed": payload.get("fields", {}).get("claim", {})
                          .get("total_claimed")})
    return filing


def latest_filing(session: Session, retailer_id: int, buyer_id: int | None = None,
                  statuses: Sequence[str] | None = None) -> DisputeFiling | None:
    query = select(DisputeFiling).where(DisputeFiling.retailer_id == retailer_id)
    if buyer_id is not None:
        query = query.where(DisputeFiling.buyer_id == buyer_id)
    if statuses is not None:
        query = query.where(DisputeFiling.status.in_(statuses))
    return session.execute(query.order_by(DisputeFiling.id.desc()).limit(1)).scalar()


def _owned(session: Session, retailer_id: int, filing_id: int) -> DisputeFiling:
    filing = session.get(DisputeFiling, filing_id, with_for_update=True)
    if filing is None or filing.retailer_id != retailer_id:
        raise InputError("filing", "filing-not-found")
    return filing


def approve_filing(session: Session, retailer_id: int, filing_id: int, *,
                   now: datetime) -> DisputeFiling:
    filing = _owned(session, retailer_id, filing_id)
    if filing.status == AWAITING:
        filing.status, filing.approved_at = APPROVED, now
        audit.append(session, actor="retailer", action="filing.approved",
                     entity="dispute_filing", entity_id=filing.id, retailer_id=retailer_id,
                     now=now)
    return filing


def cancel_filing(session: Session, retailer_id: int, filing_id: int, *,
                  now: datetime) -> DisputeFiling:
    filing = _owned(session, retailer_id, filing_id)
    if filing.status in (AWAITING, APPROVED):
        filing.status = CANCELLED
        audit.append(session, actor="retailer", action="filing.cancelled",
                     entity="dispute_filing", entity_id=filing.id, retailer_id=retailer_id,
                     now=now)
    return filing


def record_application(session: Session, retailer_id: int, filing_id: int, number: str, *,
                       now: datetime) -> DisputeFiling:
    """The application number the portal gave: the filing is filed, its invoices become
    ``dispute_filed`` (the buyer's reminders stop), and the number is audited."""
    filing = _owned(session, retailer_id, filing_id)
    number = " ".join(number.split())
    if not 4 <= len(number) <= 64:
        raise InputError("application_number", "application-number-invalid")
    filing.status, filing.portal_reference, filing.filed_at = FILED, number, now
    repo = InvoiceRepository(session, retailer_id)
    for invoice_id in filing.payload.get("invoice_ids", []):
        invoice = session.get(Invoice, int(invoice_id))
        if invoice is None or invoice.retailer_id != retailer_id:
            continue
        if invoice.status == InvoiceStatus.ACTIVE:
            repo.set_status(invoice.id, InvoiceStatus.OVERDUE, now)
        if invoice.status in (InvoiceStatus.OVERDUE, InvoiceStatus.NOTICE_SENT):
            repo.set_status(invoice.id, InvoiceStatus.DISPUTE_FILED, now)
    audit.append(session, actor="retailer", action="filing.filed", entity="dispute_filing",
                 entity_id=filing.id, retailer_id=retailer_id,
                 details={"portal": filing.portal, "application_number": number}, now=now)
    return filing


def record_filing_status(session: Session, retailer_id: int, filing_id: int, status: str, *,
                         now: datetime) -> DisputeFiling:
    """A later status the retailer reports (the council's stage, as they say it)."""
    filing = _owned(session, retailer_id, filing_id)
    history = list(filing.payload.get("status_updates", []))
    history.append({"at": now.isoformat(), "status": status[:200]})
    filing.payload = {**filing.payload, "status_updates": history}
    audit.append(session, actor="retailer", action="filing.status", entity="dispute_filing",
                 entity_id=filing.id, retailer_id=retailer_id,
                 details={"status": status[:200]}, now=now)
    return filing
