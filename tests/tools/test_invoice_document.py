"""Documents are checked by content before anything is read or kept: each bad file gets
its own reason (rendered in ta, hi and en), quickly and without decoding a bomb."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from tests.extraction.corpus import bad_files
from tests.utils.invoice_docs import invoice_pdf, photo_of, simple_invoice
from tools.errors import InputError
from tools.invoice_document import as_one_pdf, check_document, read_document, sniff

EXPECTED = {"wrong-type.jpg": "document-type", "truncated.pdf": "document-corrupt",
            "huge.pdf": "document-too-large", "bomb.png": "document-too-many-pixels",
            "password.pdf": "document-encrypted", "corrupt.jpg": "document-corrupt",
            "empty.pdf": "document-empty"}


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return bad_files(tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_file_is_refused_with_its_reason(bad: dict[str, Path], name: str) -> None:
    data = bad[name].read_bytes()
    started = time.perf_counter()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InputError) as error:
        read_document(data)
    assert (error.value.field, error.value.rule) == ("document", EXPECTED[name])
    # refused from what it is, not after decoding it (a 40000 x 40000 bomb is 1.6 GB)
    assert time.perf_counter() - started < 5
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert grown_kb < 200_000, grown_kb
    for language in ("ta", "hi", "en"):
        assert error.value.render(language) and "{" not in error.value.render(language)


def test_the_name_does_not_decide(tmp_path: Path) -> None:
    pdf = invoice_pdf(simple_invoice())
    assert sniff(pdf) == "pdf" and check_document(pdf) == "pdf"
    photo = photo_of(pdf)
    assert sniff(photo) == "jpeg"
    assert sniff(b"<html>invoice</html>") is None and sniff(b"") is None


def test_pages_are_read_in_order_with_their_source() -> None:
    lines = simple_invoice()
    pdf = invoice_pdf(lines[:6], pages=[lines[6:]])
    pages = read_document(pdf)
    assert [p.source for p in pages] == ["text-layer", "text-layer"]
    assert "TN-1045" in pages[0].text and "1,18,000.00" in pages[1].text
    upside_down = read_document(photo_of(pdf, page=1, rotate=180))
    assert upside_down[0].source == "ocr" and "1,18,000.00" in upside_down[0].text


def test_photos_and_pdfs_become_one_pdf() -> None:
    pdf = invoice_pdf(simple_invoice(), pages=[["page two"]])
    combined = as_one_pdf([pdf, photo_of(pdf, rotate=90)])
    assert sniff(combined) == "pdf"
    assert len(read_document(combined)) == 3


def test_an_iphone_heic_photo_is_read() -> None:
    import io

    from PIL import Image

    photo = Image.open(io.BytesIO(photo_of(invoice_pdf(simple_invoice()))))
    heic = io.BytesIO()
    photo.save(heic, format="HEIF", quality=85)
    data = heic.getvalue()
    assert sniff(data) == "heic"
    [page] = read_document(data)
    assert page.source == "ocr" and "TN-1045" in page.text
