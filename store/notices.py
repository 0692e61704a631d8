"""Demand notices in the ledger: drafted, signed version by version, approved by the
retailer's own number for one version only, then served.

A notice is opened for one buyer and the overdue invoices it demands; each rendering
of it (the first draft, and each edit) is a signed **version**: its document, the
document's SHA-256, an Ed25519 signature over that digest, the public key and the time
(:mod:`tools.signing`). An approval names the version and the digest the retailer was
shown; it counts only from the retailer's registered number and only while that
version is still the latest. Every step is in the audit chain.
docs/legal-conventions.md "Signed notices".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from store import audit
from store.models import (
    Invoice,
    InvoiceStatus,
    LegalNotice,
    LegalNoticeInvoice,
    LegalNoticeVersion,
    Retailer,
)
from store.repositories import InvoiceRepository
from tools.errors import InputError
from tools.signing import DocumentSignature

__all__ = ["AWAITING", "APPROVED", "CANCELLED", "SENT", "NoticeRecord", "add_version",
           "approve_notice", "cancel_notice", "find_version", "mark_notice_sent",
           "notice_invoices", "open_notice", "pending_notice", "served_for_invoices",
           "served_notices"]

AWAITING, APPROVED, SENT, CANCELLED = "awaiting_approval", "approved", "sent", "cancelled"


@dataclass(frozen=True)
class NoticeRecord:
    """A signed version as the record holds it: enough to check a file against it."""

    reference: str
    version: int
    status: str
    sha256: str
    signature: str
    public_key: str
    signed_at: datetime
    approved: bool


def _reference(session: Session, retailer_id: int, year: int) -> str:
    count = session.execute(select(func.count()).select_from(LegalNotice).where(
        LegalNotice.retailer_id == retailer_id)).scalar_one()
    return f"BKY-{retailer_id}-{year}-{count + 1:04d}"


def open_notice(session: Session, *, retailer_id: int, buyer_id: int,
                invoice_ids: Sequence[int], kind: str, language: str, as_of: date,
                principal_total: Decimal, interest_total: Decimal,
                computation: dict[str, Any], actor: str = "system") -> LegalNotice:
    """A new notice awaiting the retailer's approval, for ``invoice_ids`` of one buyer."""
    notice = LegalNotice(retailer_id=retailer_id, buyer_id=buyer_id,
                         reference=_reference(session, retailer_id, as_of.year), kind=kind,
                         status=AWAITING, language=language, interest_as_of=as_of,
                         principal_total=principal_total, interest_total=interest_total,
                         computation=computation)
    session.add(notice)
    session.flush()
    session.add_all(LegalNoticeInvoice(notice_id=notice.id, invoice_id=i) for i in invoice_ids)
    audit.append(session, actor=actor, action="notice.drafted", entity="legal_notice",
                 entity_id=notice.id, retailer_id=retailer_id,
                 details={"reference": notice.reference, "kind": kind,
                          "invoices": list(invoice_ids), "as_of": as_of,
                          "principal": principal_total, "interest": interest_total})
    return notice


def pending_notice(session: Session, retailer_id: int, buyer_id: int) -> LegalNotice | None:
    """The buyer's notice still awaiting the retailer's approval, if any."""
    return session.execute(select(LegalNotice).where(
        LegalNotice.retailer_id == retailer_id, LegalNotice.buyer_id == buyer_id,
        LegalNotice.status == AWAITING).order_by(LegalNotice.id.desc()).limit(1)).scalar()


def served_notices(session: Session, retailer_id: int, buyer_id: int) -> list[LegalNotice]:
    """The notices that went to the buyer, oldest first."""
    return list(session.execute(select(LegalNotice).where(
        LegalNotice.retailer_id == retailer_id, LegalNotice.buyer_id == buyer_id,
        LegalNotice.status == SENT).order_by(LegalNotice.id)).scalars())


def served_for_invoices(session: Session, invoice_ids: Sequence[int]
                        ) -> dict[int, tuple[str, datetime]]:
    """invoice id -> (reference, when it was served) of the latest notice served that
    demands it, for the given invoices that have one (one query)."""
    rows = session.execute(
        select(LegalNoticeInvoice.invoice_id, LegalNotice.reference, LegalNotice.sent_at)
        .join(LegalNotice, LegalNotice.id == LegalNoticeInvoice.notice_id)
        .where(LegalNoticeInvoice.invoice_id.in_(list(invoice_ids)),
               LegalNotice.status == SENT, LegalNotice.sent_at.is_not(None))
        .order_by(LegalNotice.sent_at)).all()
    return {invoice_id: (reference, sent_at) for invoice_id, reference, sent_at in rows
            if sent_at is not None}


def notice_invoices(session: Session, notice: LegalNotice) -> list[Invoice]:
    return list(session.execute(
        select(Invoice).join(LegalNoticeInvoice, LegalNoticeInvoice.invoice_id == Invoice.id)
        .where(LegalNoticeInvoice.notice_id == notice.id).order_by(Invoice.id)).scalars())


def add_version(session: Session, notice: LegalNotice, *, terms: dict[str, Any],
                document_ref: str, signature: DocumentSignature,
                actor: str = "system") -> LegalNoticeVersion:
    """Record a signed rendering of ``notice`` as its next version (an edit, or the first)."""
    number = max((v.version for v in notice.versions), default=0) + 1
    version = LegalNoticeVersion(version=number, terms=terms, document_ref=document_ref,
                                 sha256=signature.sha256, signature=signature.signature,
                                 public_key=signature.public_key,
                                 signed_at=signature.signed_at)
    notice.versions.append(version)
    notice.document_ref = document_ref
    session.flush()
    audit.append(session, actor=actor, action="notice.signed", entity="legal_notice",
                 entity_id=notice.id, retailer_id=notice.retailer_id,
                 details={"reference": notice.reference, "version": number,
                          "sha256": signature.sha256, "signature": signature.signature,
                          "key_id": signature.key_id, "signed_at": signature.signed_at,
                          "terms": terms})
    return version


def _owned(session: Session, retailer_id: int, notice_id: int) -> LegalNotice:
    notice = session.get(LegalNotice, notice_id, with_for_update=True)
    if notice is None or notice.retailer_id != retailer_id:
        raise InputError("notice", "notice-not-found")
    return notice


def approve_notice(session: Session, retailer_id: int, notice_id: int, *, version: int,
                   sha256: str, approver: str, now: datetime) -> LegalNotice:
    """The retailer's approval of ``version`` (whose digest they were shown). Refused,
    with the refusal audited, from any number but the retailer's own, for a version that
    is no longer the latest (it was edited) or a digest that is not that version's."""
    notice = _owned(session, retailer_id, notice_id)
    retailer = session.get(Retailer, retailer_id)
    assert retailer is not None
    latest = notice.versions[-1] if notice.versions else None
    refusal = ("not_retailer" if approver != retailer.phone
               else "not_awaiting" if notice.status != AWAITING
               else "stale_version" if latest is None or latest.version != version
               or latest.sha256 != sha256 else None)
    if refusal is not None:
        audit.append(session, actor=approver, action="notice.approval_refused",
                     entity="legal_notice", entity_id=notice.id, retailer_id=retailer_id,
                     details={"reference": notice.reference, "version": version,
                              "reason": refusal}, now=now)
        raise InputError("notice", f"notice-approval-{refusal.replace('_', '-')}",
                         reference=notice.reference)
    notice.status, notice.approved_version = APPROVED, version
    notice.approved_by, notice.approved_at = approver, now
    audit.append(session, actor="retailer", action="notice.approved", entity="legal_notice",
                 entity_id=notice.id, retailer_id=retailer_id,
                 details={"reference": notice.reference, "version": version,
                          "sha256": sha256}, now=now)
    return notice


def cancel_notice(session: Session, retailer_id: int, notice_id: int, *,
                  now: datetime) -> LegalNotice:
    notice = _owned(session, retailer_id, notice_id)
    if notice.status == AWAITING:
        notice.status, notice.cancelled_at = CANCELLED, now
        audit.append(session, actor="retailer", action="notice.cancelled",
                     entity="legal_notice", entity_id=notice.id, retailer_id=retailer_id,
                     details={"reference": notice.reference}, now=now)
    return notice


def mark_notice_sent(session: Session, retailer_id: int, notice_id: int, *,
                     deliveries: Sequence[dict[str, Any]], now: datetime) -> LegalNotice:
    """The approved notice went to the buyer (``deliveries``: channel and address of each
    copy): its invoices become ``notice_sent``; the buyer's reminders go on, and say so."""
    notice = _owned(session, retailer_id, notice_id)
    if notice.status != APPROVED:
        raise InputError("notice", "notice-approval-not-awaiting", reference=notice.reference)
    notice.status, notice.sent_at = SENT, now
    repo = InvoiceRepository(session, retailer_id)
    for invoice in notice_invoices(session, notice):
        if invoice.status == InvoiceStatus.ACTIVE:  # past due, not yet marked so
            repo.set_status(invoice.id, InvoiceStatus.OVERDUE, now)
        if invoice.status == InvoiceStatus.OVERDUE:
            repo.set_status(invoice.id, InvoiceStatus.NOTICE_SENT, now)
    audit.append(session, actor="system", action="notice.sent", entity="legal_notice",
                 entity_id=notice.id, retailer_id=retailer_id,
                 details={"reference": notice.reference, "version": notice.approved_version,
                          "deliveries": list(deliveries)}, now=now)
    return notice


def find_version(session: Session, sha256: str) -> NoticeRecord | None:
    """The signed version whose document has this SHA-256, as recorded."""
    row = session.execute(select(LegalNoticeVersion, LegalNotice).join(
        LegalNotice, LegalNotice.id == LegalNoticeVersion.notice_id).where(
        LegalNoticeVersion.sha256 == sha256.lower()).limit(1)).first()
    if row is None:
        return None
    version, notice = row
    return NoticeRecord(reference=notice.reference, version=version.version,
                        status=notice.status, sha256=version.sha256,
                        signature=version.signature, public_key=version.public_key,
                        signed_at=version.signed_at,
                        approved=notice.approved_version == version.version)

