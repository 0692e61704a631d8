"""Preparing a reference to the Facilitation Council (MSMED Act s.18) from the ledger.

For one buyer, every overdue invoice is quoted as of today (the same figures as a
demand notice and ``bakaya quote``), the notices served on that buyer are listed with
the digests of their signed PDFs, and :mod:`tools.filing_pack` builds the pack: the
fields as JSON, a readable summary PDF and the signed notices, zipped. The pack is
kept in the document store and recorded as a filing awaiting the retailer's review
(:mod:`store.filings`); nothing is submitted anywhere (the portals have no filing API).
docs/legal-conventions.md "Filing packs".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from agents.legal_drafting import NoticeTerms, demand_notice, overdue_invoices
from prompts import render
from store.documents import DocumentStore
from store.models import Buyer, Invoice, Retailer
from store.unit_of_work import UnitOfWork
from tools.dates import IST
from tools.eligibility import Activity
from tools.filing_pack import (
    FilingCase,
    PartyContact,
    ServedNotice,
    filing_eligibility,
    filing_fields,
    filing_guidance,
    filing_pack_zip,
    filing_summary,
)
from tools.interest import InterestPolicy
from tools.invoice_document import as_one_pdf
from tools.pdf_document import render_pdf
from tools.signing import digest

__all__ = ["FilingDesk", "PreparedFiling"]


@dataclass(frozen=True)
class PreparedFiling:
    """A pack put before the retailer, or the reasons it cannot be filed."""

    eligible: bool
    reasons: tuple[str, ...]  # the guidance's refusal and reasons when not eligible
    filing_id: int | None = None
    portal: str | None = None
    summary_ref: str | None = None
    pack_ref: str | None = None
    invoice_numbers: tuple[str, ...] = ()
    total: Decimal = Decimal("0")
    guidance: tuple[str, ...] = ()


class FilingDesk:
    def __init__(self, documents: DocumentStore, policy: InterestPolicy) -> None:
        self.documents = documents
        self.policy = policy

    def case(self, uow: UnitOfWork, retailer: Retailer, buyer: Buyer, invoices: list[Invoice],
             *, as_of: date) -> tuple[FilingCase, dict[str, bytes]]:
        """The case against ``buyer`` for ``invoices`` as of ``as_of``, and what to upload
        with it: the signed notices served on the buyer and the copies of the invoices
        the retailer sent (photos, PDFs)."""
        served, attachments = [], {}
        for notice in uow.served_notices(retailer.id, buyer.id):
            version = next(v for v in notice.versions if v.version == notice.approved_version)
            assert notice.sent_at is not None
            served.append(ServedNotice(reference=notice.reference,
                                       served_on=notice.sent_at.astimezone(IST).date(),
                                       sha256=version.sha256))
            attachments[f"notice-{notice.reference}.pdf"] = \
                self.documents.get(version.document_ref)
        for invoice in invoices:  # the portal takes one PDF per document
            if invoice.document_refs:
                number = re.sub(r"[^A-Za-z0-9_-]+", "-", invoice.number).strip("-")
                attachments[f"invoice-{number}.pdf"] = as_one_pdf(
                    [self.documents.get(kept["ref"]) for kept in invoice.document_refs])
        content = demand_notice(retailer, buyer, invoices, as_of=as_of, reference="-",
                                policy=self.policy, terms=NoticeTerms())
        case = FilingCase(
            supplier=content.supplier,
            activity=Activity(retailer.activity.value) if retailer.activity else None,
            contact=PartyContact(mobile=retailer.phone), buyer=content.buyer,
            invoices=content.invoices, as_of=as_of, notices=tuple(served),
            buyer_contact=PartyContact(mobile=buyer.phone, email=buyer.email))
        return case, attachments

    def prepare(self, uow: UnitOfWork, retailer: Retailer, buyer: Buyer, *, as_of: date,
                language: str, now: datetime) -> PreparedFiling:
        """The pack for every overdue invoice of ``buyer``, kept and recorded for the
        retailer's review; or, when the case may not be filed, the reasons."""
        invoices = overdue_invoices(uow, retailer.id, buyer.id, as_of)
        if not invoices:
            return PreparedFiling(eligible=False, reasons=(
                render("filing-reason-nothing-overdue", language),))
        case, attachments = self.case(uow, retailer, buyer, invoices, as_of=as_of)
        eligible, _ = filing_eligibility(case)
        if not eligible:
            return PreparedFiling(eligible=False, reasons=filing_guidance(case, language))
        summary = render_pdf(filing_summary(case, language), created_at=now,
                             author=case.supplier.name)
        pack = filing_pack_zip(case, language, attachments, now)
        filing = uow.open_filing(
            retailer_id=retailer.id, buyer_id=buyer.id, portal=case.portal.value,
            payload={"invoice_ids": [i.id for i in invoices], "as_of": as_of.isoformat(),
                     "fields": filing_fields(case, documents=sorted(attachments))})
        stem = f"filing-{retailer.id}-{filing.id}-{digest(pack)[:12]}"
        summary_ref = self.documents.put("filings", f"{stem}-summary.pdf", summary)
        pack_ref = self.documents.put("filings", f"{stem}-pack.zip", pack)
        filing.payload = {**filing.payload, "summary_ref": summary_ref, "pack_ref": pack_ref}
        return PreparedFiling(eligible=True, reasons=(), filing_id=filing.id,
                              portal=case.portal.value, summary_ref=summary_ref,
                              pack_ref=pack_ref,
                              invoice_numbers=tuple(i.number for i in invoices),
                              total=case.total, guidance=filing_guidance(case, language))
