"""Fast sanity checks of the held-out corpus that tests/extraction/heldout.py draws.

They check the corpus, not the reader: every file is there and opens, every truth
GSTIN is valid, every e-invoice QR decodes, verifies with the published key and
agrees with the truth, and the born-digital PDFs carry their invoice number.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import jwt
import pypdfium2
import pytest
import zxingcpp
from PIL import Image

from tests.extraction.heldout import TRUTH_KEYS, Heldout, HeldoutDocument, build_heldout
from tools.gstin import check_gstin
from tools.udyam import UDYAM_STATES


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Heldout:
    return build_heldout(tmp_path_factory.mktemp("heldout"))


def _page_count(path: Path) -> int:
    if path.suffix == ".pdf":
        doc = pypdfium2.PdfDocument(path)
        try:
            return len(doc)
        finally:
            doc.close()
    return 1


def _pdf_text(path: Path) -> str:
    doc = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def _first_page(document: HeldoutDocument) -> Image.Image:
    path = document.files[0]
    if path.suffix == ".pdf":
        doc = pypdfium2.PdfDocument(path)
        try:
            return doc[0].render(scale=200 / 72).to_pil()
        finally:
            doc.close()
    return Image.open(path)


def test_the_corpus_has_the_promised_mix(corpus: Heldout) -> None:
    documents = corpus.documents
    assert len(documents) == 20
    assert len({d.name for d in documents}) == 20
    assert {d.condition for d in documents} == {"clean", "noisy"}
    assert sum(d.condition == "noisy" for d in documents) >= 8
    assert sum(d.has_qr for d in documents) >= 3
    assert sum(sum(_page_count(f) for f in d.files) > 1 for d in documents) >= 3
    assert any(d.condition == "noisy" and len(d.files) > 1 for d in documents)
    assert sum(d.truth["gstin_buyer"] is None for d in documents) >= 1


def test_every_file_exists_and_opens(corpus: Heldout) -> None:
    for document in corpus.documents:
        assert document.files, document.name
        for path in document.files:
            assert path.is_file() and path.stat().st_size > 0, path
            if path.suffix == ".pdf":
                assert _page_count(path) >= 1, path
            else:
                with Image.open(path) as image:
                    image.verify()


def test_truth_is_well_formed(corpus: Heldout) -> None:
    for document in corpus.documents:
        truth = document.truth
        assert tuple(truth) == TRUTH_KEYS, document.name
        assert truth["gstin_seller"] is not None
        for key in ("gstin_seller", "gstin_buyer"):
            value = truth[key]
            if value is not None:
                assert value == value.upper() and len(value) == 15, (document.name, value)
                assert check_gstin(value).valid, (document.name, check_gstin(value).reason)
        udyam = truth["udyam"]
        if udyam is not None:
            assert re.fullmatch(r"UDYAM-([A-Z]{2})-\d{2}-\d{7}", udyam), udyam
            assert udyam[6:8] in UDYAM_STATES, udyam
        assert truth["invoice_number"], document.name
        date.fromisoformat(truth["invoice_date"] or "")
        assert re.fullmatch(r"\d+\.\d{2}", truth["total"] or ""), truth["total"]


def test_every_einvoice_qr_decodes_verifies_and_matches_the_truth(corpus: Heldout) -> None:
    for document in (d for d in corpus.documents if d.has_qr):
        payloads = []
        for barcode in zxingcpp.read_barcodes(_first_page(document)):
            try:
                payloads.append(jwt.decode(barcode.text, corpus.einvoice_public_key_pem,
                                           algorithms=["RS256"]))
            except jwt.InvalidTokenError:
                continue
        assert len(payloads) == 1, document.name
        assert payloads[0]["iss"] == "NIC"
        data = json.loads(payloads[0]["data"])
        truth = document.truth
        assert data["SellerGstin"] == truth["gstin_seller"]
        assert data["BuyerGstin"] == truth["gstin_buyer"]
        assert data["DocNo"] == truth["invoice_number"]
        assert data["DocTyp"] == "INV"
        assert datetime.strptime(data["DocDt"], "%d/%m/%Y").date().isoformat() == \
            truth["invoice_date"]
        assert Decimal(str(data["TotInvVal"])) == Decimal(truth["total"] or "")
        assert re.fullmatch(r"[0-9a-f]{64}", data["Irn"])
        datetime.strptime(data["IrnDt"], "%Y-%m-%d %H:%M:%S")


def test_text_layer_pdfs_contain_their_invoice_number(corpus: Heldout) -> None:
    with_text = image_only = 0
    for document in corpus.documents:
        for path in (f for f in document.files if f.suffix == ".pdf"):
            text = _pdf_text(path)
            if text.strip():
                with_text += 1
                assert document.truth["invoice_number"] in text, document.name
            else:
                image_only += 1
    assert with_text >= 5
    assert image_only >= 2


def test_a_second_build_reuses_the_files(corpus: Heldout) -> None:
    directory = corpus.documents[0].files[0].parent
    assert build_heldout(directory) == corpus
