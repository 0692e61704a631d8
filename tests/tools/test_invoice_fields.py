"""Reading an invoice's fields from its text and from its e-invoice QR code."""

from __future__ import annotations

import json

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tools.invoice_fields import ASK_BELOW, merge_readings, read_einvoice_qr, read_fields

SELLER = "33AAACR5055K1ZE"
BUYER = "27AAPFU0939F1ZV"


def _values(text: str, source: str = "text-layer") -> dict[str, str | None]:
    return {name: reading.value for name, reading in read_fields(text, source).fields.items()}


TALLY = """SRI MURUGAN TRADERS
12 Gandhi Road, Madurai
GSTIN/UIN: 33AAACR5055K1ZE
Udyam Reg. No.: UDYAM-TN-02-0012345
Tax Invoice
Invoice No. Dated
TN-1045 14-Oct-2026
Delivery Note Mode/Terms of Payment
DN-77 30 days
Buyer's Order No. Dated
PO-7788 01-Oct-2026
Buyer (Bill to)
Lakshmi Stores
GSTIN/UIN : 27AAPFU0939F1ZV
Rice 25kg 1006 40 Nos 2,500.00 1,00,000.00
CGST 9,000.00
SGST 9,000.00
Total 40 Nos ₹ 1,18,000.00
Amount Chargeable (in words)
INR One Lakh Eighteen Thousand Only
"""


def test_a_tally_layout_with_values_under_their_labels() -> None:
    assert _values(TALLY) == {"gstin_seller": SELLER, "gstin_buyer": BUYER,
                              "udyam": "UDYAM-TN-02-0012345", "invoice_number": "TN-1045",
                              "invoice_date": "2026-10-14", "total": "118000.00"}
    read = read_fields(TALLY, "text-layer").fields
    assert all(r.confidence >= ASK_BELOW for r in read.values())
    assert read["total"].confidence > 0.9  # the amount in words agrees


def test_the_buyer_block_first_and_labelled_roles() -> None:
    text = f"Bill To: Ravi Stores\nGSTIN: {BUYER}\nFrom: Sri Murugan Traders\n" \
           f"GSTIN: {SELLER}\nInvoice # GST-88 Date: 3/10/26\nGrand Total Rs. 850.00"
    values = _values(text)
    assert (values["gstin_seller"], values["gstin_buyer"]) == (SELLER, BUYER)
    assert (values["invoice_number"], values["invoice_date"], values["total"]) == \
        ("GST-88", "2026-10-03", "850.00")


@pytest.mark.parametrize(("text", "number"), [
    ("PO No: 4500012345\nInvoice No: INV/2026-27/0143", "INV/2026-27/0143"),
    ("E-Way Bill No. 321009876543 Invoice Number : A-17", "A-17"),
    ("Ack No. 112010036612345 IRN: abc\nBill No - 318", "318"),
    ("चालान संख्या: HI-2045", "HI-2045"),
    ("விலைப்பட்டியல் எண்: TM-77", "TM-77"),
    ("இ-வே பில் எண் / E-Way Bill No.\n2026 1234 5678\nபில் எண் / Bill No. : TPR/1187", "TPR/1187"),
    ("ACME LLP\nTAX INVOICE\n# INV-000482\nBalance Due ₹5,900.00", "INV-000482"),
])
def test_the_invoice_number_is_never_another_documents(text: str, number: str) -> None:
    assert _values(text)["invoice_number"] == number


@pytest.mark.parametrize(("text", "day"), [
    ("Due Date: 30/11/2026\nInvoice Date: 31/10/2026", "2026-10-31"),
    ("Order Date 01.10.2026 Dated 14.10.26", "2026-10-14"),
    ("दिनांक: 14 अक्टूबर 2026", "2026-10-14"),
    ("தேதி: 14 அக்டோபர் 2026", "2026-10-14"),
    ("Invoice Date: Oct 14, 2026", "2026-10-14"),
    ("Invoice No.: INV-77 Dated: 14-Oct-2026", "2026-10-14"),  # "77 dated: 14" is no date
    ("Buyer's Order No.\nWO/95/26-27\nDated\n5-Oct-26\nInvoice Date 19-Oct-26", "2026-10-19"),
])
def test_the_invoice_date_not_a_due_or_order_date(text: str, day: str) -> None:
    assert _values(text)["invoice_date"] == day


@pytest.mark.parametrize(("text", "total"), [
    ("Sub Total 1,00,000.00\nCGST 9,000.00\nSGST 9,000.00\nTotal 1,18,000.00", "118000.00"),
    ("Taxable Value 50,000.00\nIGST 18% 9,000.00\nPrevious Balance 2,00,000.00\n"
     "Grand Total 59,000.00", "59000.00"),
    ("कुल राशि ₹ 24,75,000.00", "2475000.00"),
    ("மொத்தம் ரூ 5,900.00", "5900.00"),
    ("Round Off 0.40\nInvoice Total 1,180.00\nBalance Due 180.00", "1180.00"),
])
def test_the_total_is_the_grand_total(text: str, total: str) -> None:
    assert _values(text)["total"] == total


def test_an_unlabelled_total_is_a_guess_that_is_asked() -> None:
    read = read_fields("Rice 2,500.00\nSugar 9,000.00", "text-layer").fields["total"]
    assert read.value == "9000.00" and read.confidence < ASK_BELOW


def test_words_that_disagree_make_the_total_unsure() -> None:
    text = "Total 1,18,000.00\nAmount in words: Rupees One Lakh Only"
    assert read_fields(text, "text-layer").fields["total"].confidence < ASK_BELOW


def test_ocr_confusions_in_a_gstin_are_repaired_only_in_ocr_text() -> None:
    confused = "GSTIN: 33AAACR5O55K1ZE"  # O for 0
    assert _values(confused, "ocr")["gstin_seller"] == SELLER
    assert _values(confused, "text-layer")["gstin_seller"] is None
    # a GSTIN whose check character fails is never invented: at most a guess to confirm
    guessed = read_fields("GSTIN: 33AAACR5055K1ZX", "ocr").fields["gstin_seller"]
    assert guessed.value is None or guessed.confidence < ASK_BELOW


def _key() -> tuple[rsa.RSAPrivateKey, bytes]:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = private.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, public


def _qr(private: rsa.RSAPrivateKey, **data: object) -> str:
    payload = {"SellerGstin": SELLER, "BuyerGstin": BUYER, "DocNo": "EI-42", "DocTyp": "INV",
               "DocDt": "14/10/2026", "TotInvVal": 118000, "ItemCnt": 1,
               "MainHsnCode": "1006", "Irn": "a" * 64, "IrnDt": "2026-10-14 11:20:00", **data}
    return jwt.encode({"data": json.dumps(payload), "iss": "NIC"}, private, algorithm="RS256")


def test_a_signed_qr_is_verified_and_trusted_most() -> None:
    private, public = _key()
    read = read_einvoice_qr(["upi://pay?pa=x@ok", _qr(private)], [public])
    assert read is not None and read.kind == "INV"
    assert {n: r.value for n, r in read.fields.items()} == {
        "gstin_seller": SELLER, "gstin_buyer": BUYER, "invoice_number": "EI-42",
        "invoice_date": "2026-10-14", "total": "118000.00"}
    assert all(r.confidence == 0.99 and r.source == "qr" for r in read.fields.values())
    # the QR wins over the printed text where they differ
    printed = read_fields("Invoice No: EI-4Z\nTotal 1,18,000.00", "ocr")
    merged = merge_readings(read, printed)
    assert merged.fields["invoice_number"].value == "EI-42"


def test_a_qr_signed_with_another_key_is_not_believed() -> None:
    private, _ = _key()
    _, other = _key()
    read = read_einvoice_qr([_qr(private)], [other])
    assert read is not None and read.fields == {} and read.notes == ("qr-signature-invalid",)


def test_without_keys_a_qr_is_read_unverified_and_a_credit_note_says_so() -> None:
    private, _ = _key()
    read = read_einvoice_qr([_qr(private, DocTyp="CRN", BuyerGstin="URP")])
    assert read is not None and read.kind == "CRN"
    assert read.fields["gstin_buyer"].value is None  # an unregistered buyer
    assert read.fields["total"].confidence == 0.95


def test_codes_that_are_not_e_invoices_are_passed_over() -> None:
    assert read_einvoice_qr(["upi://pay?pa=x@ok&am=10", "hello", "a.b.c"]) is None
