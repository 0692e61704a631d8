"""Small invoice documents for conversation tests: a PDF with a text layer, and the
same page as a phone photo (rendered, turned, JPEG). The corpus for measuring the
reader is tests/extraction/corpus.py."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image

FONT = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"


def invoice_pdf(lines: Sequence[str], *, pages: Sequence[Sequence[str]] = (),
                password: str | None = None) -> bytes:
    """A PDF whose first page prints ``lines`` (and one more page per ``pages`` entry)."""
    pdf = FPDF()
    pdf.add_font("Noto", "", FONT)
    if password is not None:
        from fpdf.enums import EncryptionMethod

        pdf.set_encryption(owner_password=password + "-owner", user_password=password,
                           encryption_method=EncryptionMethod.AES_128)
    for page in (lines, *pages):
        pdf.add_page()
        pdf.set_font("Noto", size=12)
        for line in page:
            pdf.cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def photo_of(pdf: bytes, *, page: int = 0, rotate: int = 0, quality: int = 80) -> bytes:
    """A page of ``pdf`` as a JPEG photo, turned by ``rotate`` degrees."""
    image = pdfium.PdfDocument(pdf)[page].render(scale=200 / 72).to_pil().convert("RGB")
    if rotate:
        image = image.rotate(rotate, expand=True, fillcolor="white")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def simple_invoice(number: str = "TN-1045", *, dated: str = "14-Oct-2026",
                   total: str = "1,18,000.00", buyer_gstin: str = "27AAPFU0939F1ZV",
                   seller_gstin: str = "33AAACR5055K1ZE") -> list[str]:
    """The lines of a plain tax invoice."""
    return ["SRI MURUGAN TRADERS", "12 Gandhi Road, Madurai", f"GSTIN/UIN: {seller_gstin}",
            "TAX INVOICE", f"Invoice No.: {number}    Dated: {dated}",
            "Buyer's Order No.: PO-7788", "Buyer (Bill to): Lakshmi Stores",
            f"GSTIN: {buyer_gstin}", "Rice 25kg  1006  40  2,500.00  1,00,000.00",
            "Taxable Value 1,00,000.00", "CGST 9% 9,000.00", "SGST 9% 9,000.00",
            f"Total  {total}"]


def as_image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))
