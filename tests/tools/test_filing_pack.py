"""The Section 18 filing pack: pre-filled fields, the portal, who may file, the summary PDF
in three languages and the zip."""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from prompts import render
from tools.bank_rate import load_bank_rates
from tools.demand_notice import NoticeInvoice, NoticeParty
from tools.due_date import compute_due_date
from tools.eligibility import Activity
from tools.filing_pack import (
    FilingCase,
    PartyContact,
    Portal,
    ServedNotice,
    filing_eligibility,
    filing_fields,
    filing_guidance,
    filing_pack_zip,
    filing_summary,
    portal_for,
)
from tools.interest import InterestPolicy, Payment, compute_interest
from tools.money import format_inr
from tools.pdf_document import render_pdf

AS_OF = date(2026, 11, 28)
POLICY = InterestPolicy(bank_rates=load_bank_rates())
CREATED_AT = datetime(2026, 11, 28, 10, tzinfo=UTC)
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "filings"
NOTICE_SHA = "9f2c" * 16


def _invoice(number: str, day: date, amount: str, agreed: int | None = None,
             payments: tuple[Payment, ...] = (), as_of: date = AS_OF) -> NoticeInvoice:
    due = compute_due_date(day, agreed_days=agreed)
    quote = compute_interest(Decimal(amount), due, as_of, policy=POLICY, payments=payments)
    return NoticeInvoice(number, day, day, agreed, quote)


def _case(**changes: object) -> FilingCase:
    case = FilingCase(
        supplier=NoticeParty("ஸ்ரீ முருகன் இண்டஸ்ட்ரீஸ்", "12, Kamarajar Salai\nMadurai 625001",
                             "33AAAAR6720M1ZG", "UDYAM-TN-12-0012345", "micro",
                             date(2024, 1, 10)),
        activity=Activity.MANUFACTURING,
        contact=PartyContact("+919840012345", "murugan@example.in"),
        buyer=NoticeParty("शर्मा हार्डवेयर", "45 MG Road\nBengaluru 560 001", "29AABCR1718E1ZL"),
        buyer_contact=PartyContact("+919876543210"),
        invoices=(
            _invoice("INV-1045", date(2026, 6, 1), "118000.00",
                     payments=(Payment(date(2026, 7, 20), Decimal("20000"), "UTR1"),)),
            _invoice("INV-1052", date(2026, 7, 10), "45500.50", agreed=30)),
        notices=(ServedNotice("BKY-N-2026-000017", date(2026, 10, 2), NOTICE_SHA),),
        as_of=AS_OF,
    )
    return dataclasses.replace(case, **changes)


# --- the fields ----------------------------------------------------------------------------

def test_each_applicant_and_respondent_field_is_its_input() -> None:
    case = _case()
    fields = filing_fields(case)
    assert fields["applicant"] == {
        "udyam_number": "UDYAM-TN-12-0012345", "enterprise_name": case.supplier.name,
        "category": "micro", "activity": "manufacturing", "udyam_registered_on": "2024-01-10",
        "address": "12, Kamarajar Salai\nMadurai 625001", "pin_code": "625001",
        "state": "Tamil Nadu", "state_code": "33", "gstin": "33AAAAR6720M1ZG",
        "pan": "AAAAR6720M", "nic_code": None, "mobile": "+919840012345",
        "email": "murugan@example.in"}
    assert fields["respondent"] == {
        "name": "शर्मा हार्डवेयर", "address": "45 MG Road\nBengaluru 560 001",
        "pin_code": "560001", "state": "Karnataka", "state_code": "29",
        "gstin": "29AABCR1718E1ZL", "pan": "AABCR1718E", "mobile": "+919876543210",
        "email": None}


def test_each_invoice_field_is_its_quote() -> None:
    case = _case()
    rows = filing_fields(case)["invoices"]
    assert [r["number"] for r in rows] == ["INV-1045", "INV-1052"]
    for row, invoice in zip(rows, case.invoices, strict=True):
        q = invoice.quote
        assert row["invoice_date"] == invoice.invoice_date.isoformat()
        assert row["accepted_on"] == invoice.accepted_on.isoformat()
        assert row["agreed_days"] == invoice.agreed_days
        assert row["due_date"] == q.due_date.isoformat()
        assert Decimal(row["amount"]) == q.principal
        assert Decimal(row["payments_received"]) == q.paid_total
        assert Decimal(row["balance"]) == q.principal_outstanding
        assert Decimal(row["interest_claimed"]) == q.interest > 0
        assert Decimal(row["total_claimed"]) == q.total_due
        assert row["interest_basis"] == "section16"
    assert rows[0]["amount"] == "118000.00" and rows[0]["payments_received"] == "20000.00"
    assert rows[1]["amount"] == "45500.50" and rows[1]["due_date"] == "2026-08-09"


def test_the_claim_totals_are_the_sums_of_the_quotes() -> None:
    case = _case()
    claim = filing_fields(case)["claim"]
    quotes = [i.quote for i in case.invoices]
    assert Decimal(claim["principal_outstanding"]) == sum(q.principal_outstanding for q in quotes)
    assert Decimal(claim["interest_claimed"]) == sum(q.interest for q in quotes)
    assert Decimal(claim["total_claimed"]) == sum(q.total_due for q in quotes)
    assert Decimal(claim["total_claimed"]) == (Decimal(claim["principal_outstanding"])
                                               + Decimal(claim["interest_claimed"]))
    assert claim["payments_received"] == "20000.00"
    assert claim["invoiced_amount"] == "163500.50"
    assert claim["council_state"] == "Tamil Nadu" and claim["invoice_count"] == 2
    basis = claim["interest_basis"]
    assert (basis["basis"], basis["rate"], basis["compounding"]) == (
        "section16", "3 x RBI Bank Rate", "monthly")
    assert basis["convention"]["compounding"] == "monthly-rests"
    assert {r["bank_rate"] for r in basis["rates"]} == {"5.50"}
    assert {r["annual_rate"] for r in basis["rates"]} == {"16.50"}


def test_notices_and_documents_are_listed() -> None:
    fields = filing_fields(_case(), documents=("INV-1052.pdf", "INV-1045.pdf"))
    assert fields["notices"] == [{"reference": "BKY-N-2026-000017", "served_on": "2026-10-02",
                                  "sha256": NOTICE_SHA}]
    assert fields["documents"]["required"] == [
        "invoice:INV-1045", "invoice:INV-1052", "notice:BKY-N-2026-000017"]
    assert fields["documents"]["attached"] == ["documents/INV-1045.pdf",
                                               "documents/INV-1052.pdf"]


def test_without_a_gstin_the_applicants_state_comes_from_the_udyam_number() -> None:
    case = _case(supplier=dataclasses.replace(_case().supplier, gstin=None))
    applicant = filing_fields(case)["applicant"]
    assert (applicant["state"], applicant["state_code"], applicant["pan"]) == (
        "Tamil Nadu", None, None)


def test_the_fields_round_trip_through_json() -> None:
    fields = filing_fields(_case())
    assert json.loads(json.dumps(fields)) == fields


def test_an_activity_given_as_text_is_read() -> None:
    assert _case(activity=" Services").activity is Activity.SERVICES


# --- the portal ----------------------------------------------------------------------------

def test_the_odr_portal_takes_references_from_15_october_2025() -> None:
    assert portal_for(date(2025, 10, 14)) is Portal.SAMADHAAN
    assert portal_for(date(2025, 10, 15)) is Portal.ODR
    before = _case(filed_on=date(2025, 10, 14))
    after = _case(filed_on=date(2025, 10, 15))
    assert filing_fields(before)["portal"]["code"] == "samadhaan"
    assert filing_fields(before)["portal"]["url"] == "https://samadhaan.msme.gov.in"
    assert filing_fields(after)["portal"]["code"] == "odr"
    assert filing_fields(after)["portal"]["url"] == "https://odr.msme.gov.in"
    assert _case().portal is Portal.ODR  # the filing date defaults to as_of
    assert any("Case Filing for Entrepreneur" in step for step in filing_guidance(before, "en"))
    assert not any("Case Filing" in step for step in filing_guidance(after, "en"))


# --- who may file --------------------------------------------------------------------------

def test_a_micro_manufacturer_registered_before_the_supplies_may_file() -> None:
    assert filing_eligibility(_case()) == (True, ())
    assert filing_eligibility(_case(activity=Activity.SERVICES)) == (True, ())


@pytest.mark.parametrize(("changes", "reason"), [
    ({"activity": Activity.TRADING}, "trader"),
    ({"supplier_category": "medium"}, "medium-enterprise"),
    ({"supplier_registered_on": date(2026, 7, 1)}, "registered-after-supply"),
    ({"supplier_registered_on": None}, "registration-date-unknown"),
    ({"supplier_category": None}, "enterprise-type-unknown"),
    ({"activity": None}, "activity-unknown"),
    ({"supplier_udyam_number": None}, "udyam-number-missing"),
])
def test_an_ineligible_supplier_gets_the_reason(changes: dict[str, object], reason: str) -> None:
    base = _case()
    supplier = dataclasses.replace(base.supplier, **{
        k.removeprefix("supplier_"): v for k, v in changes.items() if k.startswith("supplier_")})
    case = dataclasses.replace(base, supplier=supplier, **{
        k: v for k, v in changes.items() if not k.startswith("supplier_")})
    assert filing_eligibility(case) == (False, (reason,))
    assert filing_fields(case)["eligibility"] == {"eligible": False, "reasons": [reason]}
    for language in ("en", "hi", "ta"):
        guidance = filing_guidance(case, language)
        assert guidance[0] == render("filing-not-eligible", language)
        assert len(guidance) == 3  # the reason between the refusal and what remains open
        assert not any(step.startswith("1.") for step in guidance)


def test_a_supply_before_registration_names_its_date() -> None:
    case = _case(supplier=dataclasses.replace(_case().supplier,
                                              registered_on=date(2026, 7, 1)))
    reason = filing_guidance(case, "en")[1]
    assert "1 July 2026" in reason and "1 June 2026" in reason


def test_every_reason_is_given_once_in_a_stable_order() -> None:
    case = _case(activity=Activity.TRADING, supplier=dataclasses.replace(
        _case().supplier, category="medium", registered_on=date(2026, 8, 1), udyam_number=None))
    assert filing_eligibility(case) == (False, ("medium-enterprise", "trader",
                                                "registered-after-supply",
                                                "udyam-number-missing"))


def test_nothing_is_filed_before_an_invoice_is_overdue() -> None:
    as_of = date(2026, 6, 10)
    case = _case(invoices=(_invoice("INV-1045", date(2026, 6, 1), "118000.00", as_of=as_of),),
                 as_of=as_of)
    assert filing_eligibility(case) == (False, ("nothing-overdue",))


# --- the guidance --------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "hi", "ta"])
def test_the_guidance_walks_through_the_portal(language: str) -> None:
    case = _case()
    steps = filing_guidance(case, language)
    assert [s.split(".")[0] for s in steps] == [str(n) for n in range(1, len(steps) + 1)]
    text = "\n".join(steps)
    for element in ("https://odr.msme.gov.in", "UDYAM-TN-12-0012345", "+919840012345", "OTP",
                    "29AABCR1718E1ZL", "BKY-N-2026-000017", "2 MB",
                    format_inr(case.total, language, chat=True)):
        assert element in text, element
    assert render("filing-step-reply", language) in steps[-1]
    assert "Bakaya" in steps[-1]


def test_the_guidance_says_one_invoice_and_two_invoices() -> None:
    one = _case(invoices=_case().invoices[:1])
    assert "the invoice," in filing_guidance(one, "en")[3]
    assert "the 2 invoices," in filing_guidance(_case(), "en")[3]
    assert "1 பில்கள்" not in "".join(filing_guidance(one, "ta"))


def test_whole_rupees_in_chat_drop_the_paise_and_the_summary_keeps_them() -> None:
    unpaid = _invoice("INV-9", date(2026, 6, 1), "100000")
    # A part payment on the day leaves exactly Rs 50,000 owed.
    paid = unpaid.quote.total_due - Decimal("50000")
    case = _case(invoices=(_invoice("INV-9", date(2026, 6, 1), "100000",
                                    payments=(Payment(AS_OF, paid, "UTR9"),)),))
    assert case.total == Decimal("50000.00")
    for language in ("en", "hi", "ta"):
        chat = "\n".join(filing_guidance(case, language))
        assert "₹50,000" in chat and "₹50,000.00" not in chat
        assert "₹50,000.00" in filing_summary(case, language).text()


# --- the summary ---------------------------------------------------------------------------

def _squash(text: str) -> str:
    # Without whitespace: pdftotext breaks lines inside table cells and puts a space beside
    # a Tamil vowel sign drawn before its consonant.
    return "".join(unicodedata.normalize("NFC", text).split())


def _key_figures(case: FilingCase, language: str) -> list[str]:
    figures = [case.supplier.udyam_number or "", case.supplier.gstin or "",
               case.buyer.gstin or "", "AAAAR6720M", "BKY-N-2026-000017",
               format_inr(case.principal, language), format_inr(case.interest, language),
               format_inr(case.total, language), "https://odr.msme.gov.in"]
    for invoice in case.invoices:
        q = invoice.quote
        figures += [invoice.number, invoice.invoice_date.strftime("%d/%m/%Y"),
                    q.due_date.strftime("%d/%m/%Y"), format_inr(q.principal, language),
                    format_inr(q.interest, language), format_inr(q.total_due, language)]
    return figures


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
def test_the_summary_carries_the_key_figures(language: str) -> None:
    case = _case()
    document = filing_summary(case, language)
    text = _squash(document.text())
    assert [f for f in _key_figures(case, language) if _squash(f) not in text] == []
    assert (document.annex == ()) == (language == "en")


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
def test_the_summary_pdf_extracts_the_key_figures(language: str) -> None:
    assert shutil.which("pdftotext"), "poppler-utils is missing: scripts/setup.sh installs it"
    case = _case()
    pdf = render_pdf(filing_summary(case, language), created_at=CREATED_AT)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"filing_summary_{language}.pdf"
    path.write_bytes(pdf)
    text = _squash(_pdf_text(path))
    figures = _key_figures(case, language)
    if language != "en":  # the English annex carries the English figures too
        figures += _key_figures(case, "en")
    assert [f for f in figures if _squash(f) not in text] == []


def test_an_ineligible_summary_says_why() -> None:
    case = _case(activity=Activity.TRADING)
    text = filing_summary(case, "en").text()
    assert render("filing-not-eligible", "en") in text
    assert render("eligibility-trader", "en") in text


# --- the zip -------------------------------------------------------------------------------

ATTACHMENTS = {"INV-1052.pdf": b"%PDF-1.4 invoice 1052", "INV-1045.pdf": b"%PDF-1.4 invoice 1045",
               "BKY-N-2026-000017.pdf": b"%PDF-1.4 signed notice"}


def test_the_zip_holds_the_fields_the_summary_and_the_documents() -> None:
    case = _case()
    pack = filing_pack_zip(case, "ta", ATTACHMENTS, CREATED_AT)
    with zipfile.ZipFile(io.BytesIO(pack)) as archive:
        assert archive.namelist() == [
            "documents/BKY-N-2026-000017.pdf", "documents/INV-1045.pdf",
            "documents/INV-1052.pdf", "filing.json", "summary.pdf"]
        fields = json.loads(archive.read("filing.json").decode("utf-8"))
        assert fields == filing_fields(case, documents=tuple(ATTACHMENTS))
        assert archive.read("summary.pdf").startswith(b"%PDF-")
        assert archive.read("documents/INV-1045.pdf") == ATTACHMENTS["INV-1045.pdf"]
        # India time: 10:00 UTC is 15:30 IST
        assert {i.date_time for i in archive.infolist()} == {(2026, 11, 28, 15, 30, 0)}


def test_the_same_input_gives_the_same_zip() -> None:
    case = _case()
    first = filing_pack_zip(case, "hi", ATTACHMENTS, CREATED_AT)
    again = filing_pack_zip(case, "hi", dict(reversed(ATTACHMENTS.items())), CREATED_AT)
    assert first == again
    later = filing_pack_zip(case, "hi", ATTACHMENTS, datetime(2026, 11, 29, 10, tzinfo=UTC))
    assert later != first


@pytest.mark.parametrize("name", ["../evil.pdf", "sub/INV.pdf", ".hidden", "", "a\\b.pdf"])
def test_an_attachment_name_must_be_a_plain_file_name(name: str) -> None:
    with pytest.raises(ValueError):
        filing_pack_zip(_case(), "en", {name: b"x"}, CREATED_AT)
