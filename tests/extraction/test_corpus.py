"""Sanity checks of the invoice corpus generator itself (not of the invoice reader)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import jwt
import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from tests.extraction.corpus import (
    BOMB_SIDE,
    HUGE_SIZE,
    TRUTH_KEYS,
    Corpus,
    CorpusDocument,
    bad_files,
    build_corpus,
    gstin_check_character,
    indian,
)
from tools.gstin import check_gstin
from tools.gstin import gstin_check_character as tools_check_character


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return bad_files(tmp_path_factory.mktemp("bad"))


def _pages(path: Path, scale: float = 3.0) -> Iterator[Image.Image]:
    if path.suffix == ".pdf":
        document = pdfium.PdfDocument(path)
        try:
            for index in range(len(document)):
                yield document[index].render(scale=scale).to_pil()
        finally:
            document.close()
    else:
        with Image.open(path) as image:
            yield image.convert("RGB")


def _page_count(document: CorpusDocument) -> int:
    count = 0
    for path in document.files:
        if path.suffix == ".pdf":
            pdf = pdfium.PdfDocument(path)
            count += len(pdf)
            pdf.close()
        else:
            count += 1
    return count


def test_sizes_of_the_corpus(corpus: Corpus) -> None:
    documents = corpus.documents
    assert len(documents) >= 40
    assert len({d.name for d in documents}) == len(documents)
    assert sum(d.condition == "noisy" for d in documents) >= 14
    assert {d.condition for d in documents} == {"clean", "noisy"}
    assert sum(d.has_qr for d in documents) >= 6
    assert any(d.has_qr and d.condition == "noisy" for d in documents)
    assert sum(_page_count(d) > 1 for d in documents) >= 4
    assert any(len(d.files) > 1 for d in documents)
    assert sum(d.text_layer for d in documents) >= 8
    assert sum(d.truth["gstin_buyer"] is None for d in documents) >= 3


def test_files_exist_and_are_not_empty(corpus: Corpus) -> None:
    for document in corpus.documents:
        assert document.files, document.name
        for path in document.files:
            assert path.is_file() and path.stat().st_size > 10_000, path


def test_truth_values_are_well_formed(corpus: Corpus) -> None:
    totals = []
    for document in corpus.documents:
        truth = document.truth
        assert tuple(truth) == TRUTH_KEYS, document.name
        assert re.fullmatch(r"20\d\d-\d\d-\d\d", truth["invoice_date"] or "")
        assert re.fullmatch(r"\d+\.\d\d", truth["total"] or ""), truth["total"]
        assert truth["invoice_number"]
        udyam = truth["udyam"]
        assert udyam is None or re.fullmatch(r"UDYAM-[A-Z]{2}-\d\d-\d{7}", udyam)
        totals.append(float(truth["total"] or 0))
    assert min(totals) == 850.0
    assert max(totals) == 2_475_000.0


def test_every_gstin_has_a_valid_check_character(corpus: Corpus) -> None:
    assert gstin_check_character("27AAPFU0939F1Z") == "V"
    for document in corpus.documents:
        for key in ("gstin_seller", "gstin_buyer"):
            gstin = document.truth[key]
            if gstin is None:
                assert key == "gstin_buyer"
                continue
            assert gstin == gstin.upper() and len(gstin) == 15
            assert tools_check_character(gstin[:14]) == gstin[14], (document.name, gstin)
            check = check_gstin(gstin)
            assert check.valid, (document.name, gstin, check.reason)


def test_einvoice_qr_codes_verify_and_agree_with_the_truth(corpus: Corpus) -> None:
    for document in (d for d in corpus.documents if d.has_qr):
        texts = [r.text for path in document.files for page in _pages(path)
                 for r in zxingcpp.read_barcodes(page)]
        assert len(texts) == 1, (document.name, len(texts))
        payload = jwt.decode(texts[0], corpus.einvoice_public_key_pem, algorithms=["RS256"])
        assert payload["iss"] == "NIC"
        data = json.loads(payload["data"])
        truth = document.truth
        year, month, day = (truth["invoice_date"] or "").split("-")
        assert data["SellerGstin"] == truth["gstin_seller"]
        assert data["BuyerGstin"] == truth["gstin_buyer"]
        assert data["DocNo"] == truth["invoice_number"]
        assert data["DocTyp"] == "INV"
        assert data["DocDt"] == f"{day}/{month}/{year}"
        assert data["TotInvVal"] == float(truth["total"] or 0)
        assert re.fullmatch(r"[0-9a-f]{64}", data["Irn"])
        assert isinstance(data["ItemCnt"], int) and data["ItemCnt"] >= 1
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", data["IrnDt"])


def test_text_layers(corpus: Corpus) -> None:
    for document in corpus.documents:
        pdfs = [p for p in document.files if p.suffix == ".pdf"]
        for path in pdfs:
            pdf = pdfium.PdfDocument(path)
            text = "".join(pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf)))
            pdf.close()
            if document.text_layer:
                # Also guards against fpdf2 writing glyphs in the wrong (fallback) font.
                truth = document.truth
                assert str(truth["invoice_number"]) in text, document.name
                assert str(truth["gstin_seller"]) in text, document.name
                total = str(truth["total"])
                assert total in text or indian(Decimal(total)) in text, document.name
            else:
                assert not text.strip(), document.name
        if document.text_layer:
            assert pdfs == list(document.files)


def test_a_second_build_reuses_the_files(corpus: Corpus, corpus_dir: Path) -> None:
    start = time.perf_counter()
    again = build_corpus(corpus_dir)
    assert time.perf_counter() - start < 1.0
    assert again == corpus


def test_bad_files(bad: dict[str, Path]) -> None:
    assert set(bad) == {"wrong-type.jpg", "truncated.pdf", "huge.pdf", "bomb.png",
                        "password.pdf", "corrupt.jpg", "empty.pdf"}
    assert bad["wrong-type.jpg"].read_bytes()[:4] == b"PK\x03\x04"
    truncated = bad["truncated.pdf"].read_bytes()
    assert truncated.startswith(b"%PDF-") and b"%%EOF" not in truncated[-64:]
    assert len(truncated) > 5_000
    assert bad["huge.pdf"].stat().st_size == HUGE_SIZE
    with bad["huge.pdf"].open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    bomb = bad["bomb.png"].read_bytes()
    assert len(bomb) < 1_000_000
    assert bomb[:8] == b"\x89PNG\r\n\x1a\n" and bomb[12:16] == b"IHDR"
    assert int.from_bytes(bomb[16:20], "big") == int.from_bytes(bomb[20:24], "big") == BOMB_SIDE
    with pytest.raises(Image.DecompressionBombError):
        Image.open(bad["bomb.png"])
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(bad["password.pdf"])
    unlocked = pdfium.PdfDocument(bad["password.pdf"], password="4711")
    assert len(unlocked) == 1
    unlocked.close()
    corrupt = bad["corrupt.jpg"].read_bytes()
    assert corrupt[:3] == b"\xff\xd8\xff" and len(corrupt) > 1_000
    with pytest.raises(OSError), Image.open(bad["corrupt.jpg"]) as image:
        image.load()
    assert bad["empty.pdf"].stat().st_size == 0
