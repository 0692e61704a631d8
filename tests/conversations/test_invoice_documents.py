"""A retailer sends a photo, a PDF or an accounting export: read, confirmed, saved.

Through the sandbox API (files attached with POST /sandbox/media) against a real
database, the real extraction agent (Tesseract for photos) and the real form.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from store.db import transaction
from store.ledger import register_retailer
from store.models import Invoice, InvoiceAction
from tests.utils.harness import Product, running_product
from tests.utils.invoice_docs import invoice_pdf, photo_of, simple_invoice

RETAILER = "+919840012345"
SELLER_GSTIN = "33AAACR5055K1ZE"


def _register(engine: Engine, language: str = "en") -> None:
    with transaction(engine) as session:
        register_retailer(session, phone=RETAILER, name="Sri Murugan Traders",
                          language=language, udyam_number="UDYAM-TN-02-0012345",
                          udyam_registered_on=date(2024, 1, 10), enterprise_type="micro",
                          activity="manufacturing", consent_at=None, gstin=SELLER_GSTIN)


@pytest.fixture
def product(engine: Engine, database_url: str, tmp_path: Path) -> Iterator[Product]:
    _register(engine)
    with running_product(engine, database_url, today="2026-10-20", home=tmp_path) as running:
        yield running


def _send(product: Product, text: str = "", files: tuple[tuple[str, bytes], ...] = ()
          ) -> list[str]:
    media = []
    for name, data in files:
        upload = product.client.post("/sandbox/media", files={"file": (name, data)})
        assert upload.status_code == 200, upload.text
        media.append({"url": upload.json()["url"],
                      "content_type": upload.json()["content_type"]})
    response = product.client.post("/sandbox/messages", json={
        "from": RETAILER, "text": text, "media": media})
    assert response.status_code == 200, response.text
    return [reply["text"] for reply in response.json()["replies"]]


def _invoices(engine: Engine) -> list[Invoice]:
    with transaction(engine) as session:
        rows = list(session.execute(select(Invoice).order_by(Invoice.id)).scalars())
        session.expunge_all()
        return rows


def _kept_files(home: Path) -> list[Path]:
    folder = home / "documents" / "received"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_a_photo_becomes_a_saved_invoice_with_its_reminders(product: Product,
                                                            engine: Engine,
                                                            tmp_path: Path) -> None:
    photo = photo_of(invoice_pdf(simple_invoice()), rotate=90)
    replies = _send(product, files=(("IMG-20261014.jpg", photo),))
    assert replies[0] == "I read the invoice you sent."
    # the buyer's GSTIN is new: its name is asked, then the rest of the form
    assert "buyer's name" in replies[-1]
    _send(product, "Lakshmi Stores")
    _send(product, "9876500001")
    _send(product, "same")
    confirm = _send(product, "30 days")[0]
    assert "Invoice TN-1045 to Lakshmi Stores (27AAPFU0939F1ZV)" in confirm
    assert "₹1,18,000" in confirm and "14 October 2026" in confirm
    saved = _send(product, "yes")
    assert saved[0].startswith("Saved invoice TN-1045")
    assert "remind" in " ".join(saved).lower()
    [invoice] = _invoices(engine)
    assert (invoice.number, invoice.principal, invoice.invoice_date) == \
        ("TN-1045", 118000, date(2026, 10, 14))
    assert invoice.document_refs[0]["sha256"] == hashlib.sha256(photo).hexdigest()
    # kept encrypted: the photo's bytes are not on disk as they were sent
    [kept] = _kept_files(tmp_path)
    assert kept.read_bytes()[:3] != photo[:3] and photo[100:200] not in kept.read_bytes()
    assert product.runtime.documents is not None
    assert product.runtime.documents.get(invoice.document_refs[0]["ref"]) == photo
    with transaction(engine) as session:
        stages = session.execute(select(InvoiceAction.audience).where(
            InvoiceAction.invoice_id == invoice.id)).scalars().all()
    assert "buyer" in stages


def test_the_same_photo_again_is_pointed_out_not_added(product: Product,
                                                       engine: Engine) -> None:
    pdf = invoice_pdf(simple_invoice())
    for text in ("", "Lakshmi Stores", "skip", "same", "none", "yes"):
        _send(product, text, (("invoice.pdf", pdf),) if not text else ())
    assert len(_invoices(engine)) == 1
    again = _send(product, files=(("invoice.pdf", pdf),))
    assert again == ["You sent this same document on 20 October 2026; it is invoice TN-1045 "
                     "in your ledger. Nothing was added."]
    # another copy (a photo of it) with the same number and buyer
    photo = _send(product, files=(("photo.jpg", photo_of(pdf)),))
    assert photo[0].startswith("Invoice TN-1045 (Lakshmi Stores, ₹1,18,000) is already in "
                               "your ledger")
    assert len(_invoices(engine)) == 1


def test_a_field_read_unsurely_is_asked_and_any_field_can_be_corrected(
        product: Product, engine: Engine) -> None:
    lines = [line for line in simple_invoice() if not line.startswith("Total")]
    lines.append("Payable on delivery, thank you")  # no total printed
    replies = _send(product, files=(("invoice.pdf", invoice_pdf(lines)),))
    assert replies[1] == "Please check these, I could not read them clearly: total."
    assert "buyer's name" in replies[-1]
    _send(product, "Lakshmi Stores")
    assert "amount" in _send(product, "skip")[-1].lower()  # asked, not guessed
    _send(product, "85000")
    _send(product, "same")
    confirm = _send(product, "none")
    assert "₹85,000" in confirm[0] and "14 October 2026" in confirm[0]
    # the invoice date is corrected; the acceptance date that followed it is asked again
    assert "12 October 2026" in _send(product, "change date to 12 Oct 2026")[-1]
    assert "12 October 2026" in _send(product, "same")[0]
    assert _send(product, "yes")[0].startswith("Saved invoice TN-1045")
    [invoice] = _invoices(engine)
    assert invoice.principal == 85000 and invoice.invoice_date == date(2026, 10, 12)


def test_two_photos_of_one_invoice_become_one_invoice(product: Product,
                                                      engine: Engine) -> None:
    first = simple_invoice()[:9]  # page 1: header, buyer, items
    second = ["Continued from page 1", "Sugar 50kg  1701  10  2,000.00  20,000.00",
              "Taxable Value 1,20,000.00", "CGST 9% 10,800.00", "SGST 9% 10,800.00",
              "Grand Total  1,41,600.00"]
    pdf = invoice_pdf(first, pages=[second])
    one = _send(product, files=(("p1.jpg", photo_of(pdf, page=0)),))
    assert "total" in one[1]  # page 1 has no total yet
    two = _send(product, files=(("p2.jpg", photo_of(pdf, page=1)),))
    assert two[0] == "Added as page 2 of the same invoice."
    for text in ("Lakshmi Stores", "skip", "same"):
        last = _send(product, text)
    assert "Please check" in _send(product, "none")[0] or "₹1,41,600" in last[0]
    _send(product, "yes")
    [invoice] = _invoices(engine)
    assert invoice.principal == 141600 and len(invoice.document_refs) == 2


@pytest.mark.parametrize(("language", "expected"), [
    ("ta", "இந்த PDF கடவுச்சொல்லால் பூட்டப்பட்டுள்ளது"),
    ("hi", "यह PDF पासवर्ड से सुरक्षित है"),
    ("en", "The PDF is protected by a password"),
])
def test_a_bad_file_is_refused_in_the_retailers_language_and_nothing_is_kept(
        engine: Engine, database_url: str, tmp_path: Path, language: str,
        expected: str) -> None:
    _register(engine, language)
    with running_product(engine, database_url, today="2026-10-20", home=tmp_path) as product:
        locked = invoice_pdf(simple_invoice(), password="secret")
        replies = _send(product, files=(("invoice.pdf", locked),))
        assert replies[0].startswith(expected), replies
        truncated = invoice_pdf(simple_invoice())
        replies = _send(product, files=(("invoice.pdf", truncated[: len(truncated) // 2]),))
        assert len(replies) == 1
        # the conversation goes on: a command still works
        assert _send(product, "help")
    assert _kept_files(tmp_path) == [] and _invoices(engine) == []


CSV_HINDI = (
    "बिल संख्या,दिनांक,पार्टी का नाम,GSTIN,कुल राशि\n"
    "S-101,03/10/2026,Ravi Stores,27AAPFU0939F1ZV,\"1,18,000.00\"\n"
    "S-102,05/10/2026,Cash Sale,,\"2,360.00\"\n"
    "S-103,06/10/2026,Bad GST Traders,27AAPFU0939F1ZX,\"5,000.00\"\n"
    "S-104,07/10/2026,Meena Agencies,33AAACR5055K1ZE,\n"
).encode("utf-8-sig")


def _hindi(engine: Engine, database_url: str, tmp_path: Path) -> Any:
    _register(engine, "hi")
    return running_product(engine, database_url, today="2026-10-20", home=tmp_path)


def test_an_export_is_previewed_then_imported_on_yes_and_again_changes_nothing(
        engine: Engine, database_url: str, tmp_path: Path) -> None:
    with _hindi(engine, database_url, tmp_path) as product:
        preview = _send(product, files=(("sales.csv", CSV_HINDI),))
        assert preview[0] == "फ़ाइल CSV में 2 बिक्री बिल हैं, कुल ₹1,20,360।"
        assert "पंक्ति 4:" in preview[1] and "पंक्ति 5:" in preview[1]
        assert preview[-2].startswith("एक्सपोर्ट में यह नहीं होता")
        assert _invoices(engine) == []  # nothing before YES
        done = _send(product, "हाँ")
        assert done[0].startswith("2 बिल जोड़े गए"), done
        assert sorted(i.number for i in _invoices(engine)) == ["S-101", "S-102"]
        _send(product, files=(("sales.csv", CSV_HINDI),))
        again = _send(product, "yes")
        assert again[0].startswith("कोई नया बिल नहीं जुड़ा; 2 पहले से खाते में थे"), again
        assert len(_invoices(engine)) == 2
        # NO leaves the ledger as it was
        _send(product, files=(("sales.csv", CSV_HINDI.replace(b"S-101", b"S-201")),))
        assert _send(product, "नहीं") == ["कुछ भी इंपोर्ट नहीं किया गया।"]
        assert len(_invoices(engine)) == 2


def test_a_file_that_is_neither_is_refused(product: Product, engine: Engine) -> None:
    replies = _send(product, files=(("invoice.jpg", b"PK\x03\x04" + b"\x00" * 200),))
    assert len(replies) == 1 and _invoices(engine) == []
    html = _send(product, files=(("invoice.jpg", b"<html><body>hello</body></html>"),))
    assert html == ["I can read invoice photos (JPEG, PNG, HEIC), PDFs, and exports from "
                    "Tally (XML), Excel (.xlsx) or CSV. This file is none of these."]


def test_a_stranger_sending_a_photo_is_welcomed_not_read(engine: Engine, database_url: str,
                                                         tmp_path: Path) -> None:
    with running_product(engine, database_url, today="2026-10-20", home=tmp_path) as product:
        upload = product.client.post("/sandbox/media", files={
            "file": ("x.pdf", invoice_pdf(simple_invoice()))}).json()
        replies = product.client.post("/sandbox/messages", json={
            "from": "+919811112222", "text": "", "media": [upload]}).json()["replies"]
        assert "Welcome to Bakaya" in replies[0]["text"]
    assert _kept_files(tmp_path) == []


def test_the_sandbox_takes_only_its_own_uploads(product: Product) -> None:
    response = product.client.post("/sandbox/messages", json={
        "from": RETAILER, "text": "", "media": [
            {"url": "https://evil.example.com/x.jpg", "content_type": "image/jpeg"}]})
    assert response.status_code == 422
    assert product.client.get("/sandbox/media/not-a-token").status_code == 404
