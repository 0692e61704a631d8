"""`bakaya extract FILE [FILE ...] --json`, checked from outside: the contract's keys, a
photo's pages read in order, bad files refused in the caller's language (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_parse_and_chat import run
from tests.utils.invoice_docs import invoice_pdf, photo_of, simple_invoice

KEYS = {"gstin_buyer", "gstin_seller", "udyam", "invoice_number", "invoice_date", "total",
        "confidence", "source"}
FIELDS = ("gstin_buyer", "gstin_seller", "udyam", "invoice_number", "invoice_date", "total")


def test_extract_prints_the_contract_for_a_pdf_and_a_photo(tmp_path: Path) -> None:
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(invoice_pdf(simple_invoice()))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(photo_of(pdf.read_bytes(), rotate=270))
    for path, source in ((pdf, "text-layer"), (photo, "ocr")):
        result = run("extract", str(path), "--json")
        assert result.returncode == 0, result.stderr
        body = json.loads(result.stdout)
        assert set(body) >= KEYS
        assert (body["gstin_seller"], body["gstin_buyer"], body["invoice_number"],
                body["invoice_date"], body["total"]) == (
            "33AAACR5055K1ZE", "27AAPFU0939F1ZV", "TN-1045", "2026-10-14", "118000.00")
        assert body["udyam"] is None
        assert set(body["confidence"]) == set(FIELDS) == set(body["source"])
        assert all(0 <= body["confidence"][f] <= 1 for f in FIELDS)
        assert body["source"]["total"] == source


def test_two_files_are_one_invoice(tmp_path: Path) -> None:
    lines = simple_invoice()
    pdf = invoice_pdf(lines[:9], pages=[lines[9:]])
    first, second = tmp_path / "p1.jpg", tmp_path / "p2.jpg"
    first.write_bytes(photo_of(pdf, page=0))
    second.write_bytes(photo_of(pdf, page=1))
    body = json.loads(run("extract", str(first), str(second), "--json").stdout)
    assert (body["invoice_number"], body["total"], body["pages"]) == ("TN-1045", "118000.00", 2)


def test_bad_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    fake = tmp_path / "invoice.jpg"
    fake.write_bytes(b"PK\x03\x04 not a photo at all")
    result = run("extract", str(fake), "--json", "--lang", "ta")
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"]["rule"] == "document-type"
    assert "கோப்பு" in json.loads(result.stdout)["error"]["message"]
    missing = run("extract", str(tmp_path / "nope.pdf"))
    assert missing.returncode == 2 and "nope.pdf" in missing.stderr
