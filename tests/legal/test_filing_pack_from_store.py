"""The filing pack drawn from the ledger: every pre-filled field equals what the store
holds (the retailer, the buyer, each invoice and its quote as ``bakaya quote`` gives
it, the notice served and its signed PDF's digest), and the zip carries the same."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pypdfium2
from sqlalchemy import Engine, select

from agents.filing_preparation import FilingDesk
from agents.legal_drafting import NoticeDesk, overdue_invoices
from store.db import transaction
from store.documents import DocumentStore
from store.ledger import add_buyer, add_invoice, quote_invoice, record_payment, register_retailer
from store.models import DisputeFiling, InvoiceStatus
from store.unit_of_work import UnitOfWork
from tests.utils.invoice_docs import invoice_pdf, photo_of, simple_invoice
from tools.bank_rate import load_bank_rates
from tools.interest import InterestPolicy
from tools.signing import load_signing_key

POLICY = InterestPolicy(bank_rates=load_bank_rates())
TODAY = date(2026, 12, 5)
NOW = datetime(2026, 12, 5, 6, tzinfo=UTC)


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def test_every_prefilled_field_equals_the_store(engine: Engine, tmp_path: Path) -> None:
    documents = DocumentStore(tmp_path / "documents", key=bytes(range(32)))
    notices = NoticeDesk(documents, load_signing_key(tmp_path / "keys" / "k.pem"), POLICY)
    filings = FilingDesk(documents, POLICY)
    photo = photo_of(invoice_pdf(simple_invoice("INV-1045")), rotate=90)
    photo_ref = documents.put("received", "1-abc.jpg", photo)
    with transaction(engine) as session:
        uow = UnitOfWork(session)
        retailer = register_retailer(
            session, phone="+919840012345", name="Lakshmi Textiles", language="ta",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="small", activity="manufacturing", consent_at=None,
            gstin="33AAAAR6720M1ZG")
        retailer.address = "12 Gandhi Road, Chennai 600002"
        buyer = add_buyer(session, retailer.id, name="Sharma Hardware", gstin="29AABCR1718E1ZL",
                          phone="+919876543210", email="accounts@sharma.example",
                          address="45 MG Road, Bengaluru 560001")
        first = add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-1045",
                            invoice_date=date(2026, 6, 1), amount="118000", agreed_days=None,
                            documents=[{"ref": photo_ref, "sha256": "abc"}])
        second = add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-1052",
                             invoice_date=date(2026, 7, 10), amount="45500.50", agreed_days=30)
        add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-1200",  # not yet due
                    invoice_date=date(2026, 12, 1), amount="9000", agreed_days=30)
        record_payment(session, retailer.id, first.id, paid_on=date(2026, 7, 20),
                       amount="20000", reference="UTR1", today=TODAY, policy=POLICY, now=NOW)
        invoices = overdue_invoices(uow, retailer.id, buyer.id, TODAY)
        drafted = notices.draft(uow, retailer, buyer, invoices, as_of=date(2026, 11, 1),
                                language="ta", now=datetime(2026, 11, 1, 6, tzinfo=UTC))
        uow.approve_notice(retailer.id, drafted.notice_id, version=1, sha256=drafted.sha256,
                           approver=retailer.phone, now=datetime(2026, 11, 1, 7, tzinfo=UTC))
        uow.mark_notice_sent(retailer.id, drafted.notice_id, deliveries=[],
                             now=datetime(2026, 11, 1, 7, tzinfo=UTC))

        prepared = filings.prepare(uow, retailer, buyer, as_of=TODAY, language="ta", now=NOW)
        assert prepared.eligible and prepared.filing_id is not None
        filing = session.get(DisputeFiling, prepared.filing_id)
        assert filing is not None and filing.status == "awaiting_approval"
        fields = filing.payload["fields"]

        assert fields["portal"]["code"] == "odr" == filing.portal
        applicant = fields["applicant"]
        assert applicant["udyam_number"] == retailer.udyam_number
        assert applicant["enterprise_name"] == retailer.name
        assert applicant["category"] == "small" and applicant["activity"] == "manufacturing"
        assert applicant["udyam_registered_on"] == "2024-01-10"
        assert applicant["address"] == retailer.address and applicant["pin_code"] == "600002"
        assert applicant["gstin"] == retailer.gstin and applicant["mobile"] == retailer.phone
        assert applicant["state"] == "Tamil Nadu"
        respondent = fields["respondent"]
        assert (respondent["name"], respondent["gstin"], respondent["address"]) == \
            (buyer.name, buyer.gstin, buyer.address)
        assert (respondent["mobile"], respondent["email"]) == (buyer.phone, buyer.email)
        assert respondent["state"] == "Karnataka" and respondent["pin_code"] == "560001"

        by_number = {f["number"]: f for f in fields["invoices"]}
        assert set(by_number) == {"INV-1045", "INV-1052"}  # the one not yet due is left out
        principal = interest = Decimal("0")
        for invoice in (first, second):
            quote = quote_invoice(invoice, retailer, TODAY, POLICY)
            got = by_number[invoice.number]
            assert got["invoice_date"] == invoice.invoice_date.isoformat()
            assert got["accepted_on"] == invoice.accepted_on.isoformat()
            assert got["due_date"] == invoice.due_date.isoformat() == quote.due_date.isoformat()
            assert got["amount"] == _money(invoice.principal)
            assert got["payments_received"] == _money(quote.paid_total)
            assert got["balance"] == _money(quote.principal_outstanding)
            assert got["interest_claimed"] == _money(quote.interest)
            assert got["total_claimed"] == _money(quote.total_due)
            principal += quote.principal_outstanding
            interest += quote.interest
        assert by_number["INV-1045"]["payments_received"] == "20000.00"
        claim = fields["claim"]
        assert claim["principal_outstanding"] == _money(principal)
        assert claim["interest_claimed"] == _money(interest)
        assert claim["total_claimed"] == _money(principal + interest)
        assert claim["interest_basis"]["basis"] == "section16"

        [served] = fields["notices"]
        assert served == {"reference": drafted.reference, "served_on": "2026-11-01",
                          "sha256": drafted.sha256}

        pack = zipfile.ZipFile(io.BytesIO(documents.get(filing.payload["pack_ref"])))
        names = set(pack.namelist())
        assert {"filing.json", "summary.pdf",
                f"documents/notice-{drafted.reference}.pdf"} <= names
        assert json.loads(pack.read("filing.json")) == fields
        assert pack.read(f"documents/notice-{drafted.reference}.pdf") == \
            documents.get(drafted.document_ref)
        # the photo of the invoice the retailer sent goes with it, as a PDF page
        copy = pack.read("documents/invoice-INV-1045.pdf")
        assert copy.startswith(b"%PDF-") and len(copy) < fields["documents"]["max_bytes"]
        assert len(pypdfium2.PdfDocument(copy)) == 1
        assert "documents/invoice-INV-1045.pdf" in fields["documents"]["attached"]

        # the application number recorded: the invoices are before the council
        uow.approve_filing(retailer.id, filing.id, now=NOW)
        uow.record_application(retailer.id, filing.id, "TN/CHN/2026/00881", now=NOW)
        assert {i.number: i.status for i in (first, second)} == {
            "INV-1045": InvoiceStatus.DISPUTE_FILED, "INV-1052": InvoiceStatus.DISPUTE_FILED}
        assert session.execute(select(DisputeFiling.portal_reference)).scalar_one() == \
            "TN/CHN/2026/00881"


def test_a_trader_gets_the_reasons_and_no_pack(engine: Engine, tmp_path: Path) -> None:
    documents = DocumentStore(tmp_path / "documents")
    with transaction(engine) as session:
        uow = UnitOfWork(session)
        retailer = register_retailer(
            session, phone="+919840012345", name="Lakshmi Traders", language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="trading", consent_at=None)
        retailer.address = "12 Gandhi Road, Chennai 600002"
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", gstin="33AAACR5055K1ZE",
                          address="45 Mount Road, Chennai 600006")
        add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-1", amount="5000",
                    invoice_date=date(2026, 6, 1), agreed_days=None)
        prepared = FilingDesk(documents, POLICY).prepare(uow, retailer, buyer, as_of=TODAY,
                                                         language="en", now=NOW)
        assert not prepared.eligible and prepared.filing_id is None
        assert any("trader" in reason.lower() for reason in prepared.reasons), prepared.reasons
        assert session.execute(select(DisputeFiling)).first() is None
