"""The demand notice's text, its PDF in three languages and the signature over it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tools.bank_rate import load_bank_rates
from tools.demand_notice import (
    DemandNotice,
    NoticeInvoice,
    NoticeKind,
    NoticeParty,
    missing_elements,
    notice_document,
    required_elements,
)
from tools.due_date import compute_due_date
from tools.interest import InterestPolicy, Payment, compute_interest
from tools.money import format_inr
from tools.pdf_document import render_pdf
from tools.signing import load_signing_key, sign_document, verify_document

AS_OF = date(2026, 11, 28)
POLICY = InterestPolicy(bank_rates=load_bank_rates())
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "notices"


def _invoice(number: str, day: date, amount: str, agreed: int | None = None,
             payments: tuple[Payment, ...] = (), section16: bool = True) -> NoticeInvoice:
    due = compute_due_date(day, agreed_days=agreed)
    quote = compute_interest(Decimal(amount), due, AS_OF, policy=POLICY, payments=payments,
                             section16=section16)
    return NoticeInvoice(number, day, day, agreed, quote)


def _notice(kind: NoticeKind = NoticeKind.SECTION16) -> DemandNotice:
    statutory = kind == NoticeKind.SECTION16
    return DemandNotice(
        reference="BKY-N-2026-000017", kind=kind,
        supplier=NoticeParty("ஸ்ரீ முருகன் டிரேடர்ஸ்", "12, Kamarajar Salai\nMadurai 625001",
                             "33AAAAR6720M1ZG", "UDYAM-TN-12-0012345", "micro",
                             date(2024, 1, 10)),
        buyer=NoticeParty("शर्मा हार्डवेयर", "45 MG Road\nBengaluru 560001", "29AABCR1718E1ZL"),
        invoices=(
            _invoice("INV-1045", date(2026, 6, 1), "118000.00",
                     payments=(Payment(date(2026, 7, 20), Decimal("20000"), "UTR1"),),
                     section16=statutory),
            _invoice("INV-1052", date(2026, 7, 10), "45500.50", agreed=30, section16=statutory)),
        as_of=AS_OF, place="Madurai", upi_id="murugan@okaxis",
        no_interest_reasons=() if statutory else ("Traders get no Section 16 interest.",))


def test_totals_are_the_sum_of_the_invoices_quotes() -> None:
    notice = _notice()
    assert notice.total == sum(i.quote.total_due for i in notice.invoices)
    assert notice.total == notice.principal + notice.interest
    assert notice.interest > 0
    assert notice.pay_by == date(2026, 12, 13)


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
def test_the_laid_out_text_carries_every_mandatory_element(language: str) -> None:
    notice = _notice()
    document = notice_document(notice, language)
    assert missing_elements(document.text(), notice, language) == ()
    if language != "en":  # the English text rides along as an annex
        assert document.annex
        assert missing_elements(document.text(), notice, "en") == ()


def test_a_missing_figure_is_reported() -> None:
    notice = _notice()
    text = notice_document(notice, "en").text()
    total = format_inr(notice.total, "en")
    assert total in missing_elements(text.replace(total, "₹1.00"), notice, "en")
    assert "INV-1052" in missing_elements(text.replace("INV-1052", "INV-1O52"), notice, "en")


def test_a_general_letter_claims_no_statutory_rights_and_says_why() -> None:
    notice = _notice(NoticeKind.GENERAL)
    text = notice_document(notice, "en").text()
    assert "Traders get no Section 16 interest." in text
    assert "Section 18" not in text and "43B(h)" not in text
    assert "18" not in required_elements(notice, "en")
    assert missing_elements(text, notice, "en") == ()


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
def test_the_pdf_pages_extract_every_element_and_are_kept_as_png(language: str) -> None:
    assert shutil.which("pdftoppm") and shutil.which("pdftotext"), \
        "poppler-utils is missing: scripts/setup.sh installs it"
    notice = _notice()
    pdf = render_pdf(notice_document(notice, language),
                     created_at=datetime(2026, 11, 28, 10, tzinfo=UTC), author="Bakaya")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"notice_{language}.pdf"
    path.write_bytes(pdf)
    assert pdf.startswith(b"%PDF-")
    assert missing_elements(_pdf_text(path), notice, language) == ()
    for old in ARTIFACTS.glob(f"notice_{language}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(path),
                    str(ARTIFACTS / f"notice_{language}")], check=True)
    pages = sorted(ARTIFACTS.glob(f"notice_{language}-*.png"))
    assert len(pages) >= 2  # A4 pages; a Tamil or Hindi notice adds the English annex
    assert all(p.stat().st_size > 10_000 for p in pages)


def test_the_same_document_gives_the_same_bytes() -> None:
    document = notice_document(_notice(), "ta")
    at = datetime(2026, 11, 28, 10, tzinfo=UTC)
    assert render_pdf(document, created_at=at) == render_pdf(document, created_at=at)


def test_a_signed_pdf_verifies_and_a_one_byte_change_fails(tmp_path: Path) -> None:
    key_path = tmp_path / "keys" / "notice-signing.pem"
    key = load_signing_key(key_path)
    assert key_path.stat().st_mode & 0o777 == 0o600
    pdf = render_pdf(notice_document(_notice(), "en"),
                     created_at=datetime(2026, 11, 28, 10, tzinfo=UTC))
    signature = sign_document(pdf, key, datetime(2026, 11, 28, 10, 5, tzinfo=UTC))
    assert verify_document(pdf, signature.sha256, signature.signature, signature.public_key)
    for position in (0, len(pdf) // 2, len(pdf) - 1):
        changed = bytearray(pdf)
        changed[position] ^= 0x01
        assert not verify_document(bytes(changed), signature.sha256, signature.signature,
                                   signature.public_key)
    # The same key comes back from the file; another key's signature does not verify.
    again = load_signing_key(key_path)
    assert sign_document(pdf, again, signature.signed_at).public_key == signature.public_key
    other = load_signing_key(tmp_path / "other.pem")
    forged = sign_document(pdf, other, signature.signed_at)
    assert not verify_document(pdf, signature.sha256, forged.signature, signature.public_key)
    assert not verify_document(pdf, signature.sha256, "not base64!", signature.public_key)
