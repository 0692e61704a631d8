"""The extraction agent: an invoice's fields from the photos or PDF a retailer sent.

Each file is checked and read page by page (:mod:`tools.invoice_document`: the PDF's
text layer, else OCR, and every QR code); the fields come from the signed e-invoice QR
when there is one (the most trusted source), then from the text
(:mod:`tools.invoice_fields`). Several files for one invoice (page 1 and page 2 sent as
two photos) are read as one document, in the order sent.

When a model is configured it reads the text too and proposes fields; a proposal is
used only for a field the rules read with less than :data:`tools.invoice_fields.ASK_BELOW`
confidence, and only after the same validators pass it (a GSTIN with a wrong check
character is never taken from a model). A value the model proposes that the text does
not contain stays below that confidence, so the retailer is asked to confirm it.

The retailer's own GSTIN, when known, settles whose GSTIN is whose.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from agents.llm import ask_for_object
from tools.dates import parse_iso_date
from tools.errors import InputError
from tools.gstin import check_gstin
from tools.invoice_document import Page, read_document, second_look
from tools.invoice_fields import (
    ASK_BELOW,
    FIELDS,
    DocumentFields,
    FieldReading,
    merge_readings,
    read_einvoice_qr,
    read_fields,
)
from tools.money import parse_amount
from tools.udyam import validate_udyam

__all__ = ["Extraction", "extract_invoice"]

log = logging.getLogger(__name__)
_PROMPT = Path(__file__).resolve().parents[1] / "prompts" / "llm" / "invoice_fields.md"
#: Confidence of a model's proposal the validators pass: found in the text, or not.
_MODEL_SEEN = 0.82
_MODEL_UNSEEN = 0.6
#: Fields worth a second OCR reading when the first did not find them (or only guessed).
_SECOND_LOOK_FIELDS = ("gstin_seller", "gstin_buyer", "invoice_number", "invoice_date",
                       "total")
#: Under this confidence a field is missing or a guess (a sure-enough reading to confirm is
#: not worth a second OCR pass).
_GUESS = 0.6
#: Sparse text loses the lines' order: its readings are trusted a little less.
_SPARSE_FACTOR = 0.95
#: Characters of text sent to the model at most.
_MODEL_TEXT_LIMIT = 12_000


@dataclass(frozen=True)
class Extraction:
    """What was read from one invoice's files: per field (:data:`FIELDS`) its value,
    confidence and source; the document type an e-invoice states; notes (rule ids);
    the pages read."""

    fields: Mapping[str, FieldReading]
    kind: str | None
    notes: tuple[str, ...]
    pages: int
    text: str = field(repr=False, default="")

    def uncertain(self) -> tuple[str, ...]:
        """The fields to ask back: missing or under :data:`ASK_BELOW`."""
        return tuple(name for name in FIELDS
                     if self.fields[name].value is None or
                     self.fields[name].confidence < ASK_BELOW)

    def to_json(self) -> dict[str, Any]:
        """The ``bakaya extract --json`` object."""
        return {**{name: self.fields[name].value for name in FIELDS},
                "confidence": {name: self.fields[name].confidence for name in FIELDS},
                "source": {name: self.fields[name].source for name in FIELDS},
                "document_type": self.kind, "pages": self.pages, "notes": list(self.notes)}


def extract_invoice(documents: Sequence[bytes], *, chat_model: BaseChatModel | None = None,
                    public_keys: Sequence[bytes] = (), own_gstin: str | None = None
                    ) -> Extraction:
    """The fields of the one invoice ``documents`` show (raises :class:`InputError`,
    field ``document``, for a file that cannot be read)."""
    def enough(codes: Sequence[str]) -> bool:  # a believed e-invoice QR: no OCR needed
        qr = read_einvoice_qr(codes, public_keys)
        return qr is not None and bool(qr.fields)

    pages: list[Page] = []
    for data in documents:
        pages.extend(read_document(data, enough=enough))
    text = "\n".join(page.text for page in pages)
    source = "text-layer" if all(p.source == "text-layer" for p in pages) else "ocr"
    readings: list[DocumentFields] = []
    qr = read_einvoice_qr((code for page in pages for code in page.qr_codes), public_keys)
    if qr is not None:
        readings.append(qr)
    readings.append(read_fields(text, source))
    merged = merge_readings(*readings)
    if any(merged.fields[name].confidence < _GUESS for name in _SECOND_LOOK_FIELDS) and \
            any(page.image is not None for page in pages):
        # what OCR's layout analysis dropped, found by reading the pages as sparse text
        sparse = read_fields("\n".join(second_look(page) for page in pages), "ocr")
        merged = merge_readings(merged, DocumentFields(
            {name: FieldReading(r.value, round(r.confidence * _SPARSE_FACTOR, 3), r.source)
             for name, r in sparse.fields.items()
             if not (name.startswith("gstin") and _swaps(sparse.fields, merged.fields))}))
    fields = dict(merged.fields)
    if own_gstin:
        fields = _own_gstin_settles(fields, own_gstin)
    extraction = Extraction(fields, merged.kind, merged.notes, len(pages), text)
    if chat_model is not None and extraction.uncertain():
        extraction = _with_model(extraction, chat_model)
    return extraction


def _swaps(sparse: Mapping[str, FieldReading], first: Mapping[str, FieldReading]) -> bool:
    """Whether a sparse reading puts a GSTIN of the first reading in the other role (sparse
    text loses the headings' order: its roles are then not believed)."""
    return any(sparse[a].value is not None and sparse[a].value == first[b].value
               for a, b in (("gstin_seller", "gstin_buyer"), ("gstin_buyer", "gstin_seller")))


def _own_gstin_settles(fields: dict[str, FieldReading], own: str) -> dict[str, FieldReading]:
    seller, buyer = fields["gstin_seller"], fields["gstin_buyer"]
    if buyer.value == own and seller.value != own:  # read the wrong way round
        seller, buyer = buyer, seller
    if seller.value == own:
        seller = FieldReading(own, max(seller.confidence, 0.99), seller.source)
    return {**fields, "gstin_seller": seller, "gstin_buyer": buyer}


def _with_model(extraction: Extraction, chat_model: BaseChatModel) -> Extraction:
    try:
        proposed = _ask_model(chat_model, extraction.text)
    except Exception as error:  # noqa: BLE001 - any model failure leaves the rules' reading
        log.warning(json.dumps({"event": "model_output_rejected", "reason": type(error).__name__,
                                "detail": str(error)[:200]}))
        return extraction
    fields = dict(extraction.fields)
    squeezed = re.sub(r"[\s,]", "", extraction.text).upper()
    for name in extraction.uncertain():
        value = _validated(name, proposed.get(name))
        if value is None:
            continue
        seen = _shown(name, value, squeezed)
        confidence = _MODEL_SEEN if seen else _MODEL_UNSEEN
        if confidence > fields[name].confidence:
            fields[name] = FieldReading(value, confidence, "model")
    return Extraction(fields, extraction.kind, extraction.notes, extraction.pages,
                      extraction.text)


def _ask_model(chat_model: BaseChatModel, text: str) -> dict[str, Any]:
    prompt = _PROMPT.read_text(encoding="utf-8").replace("{text}", text[:_MODEL_TEXT_LIMIT])
    return ask_for_object(chat_model, prompt)


def _validated(name: str, value: object) -> str | None:
    """The model's value for ``name`` if the tools accept it, normalised; else None."""
    if value in (None, "") or not isinstance(value, (str, int, float)):
        return None
    text = str(value).strip()
    try:
        if name.startswith("gstin"):
            return text.upper() if check_gstin(text).valid else None
        if name == "invoice_date":
            return parse_iso_date(text, "invoice_date").isoformat()
        if name == "total":
            return f"{parse_amount(text, 'total'):.2f}"
        if name == "udyam":
            return validate_udyam(text)
    except InputError:
        return None
    return text[:30] if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9/\-_.#]{0,29}", text) else None


def _shown(name: str, value: str, squeezed_text: str) -> bool:
    """Whether the document's text shows ``value`` (dates and totals in any of their
    printed forms are left to the validators: only identifiers are looked for)."""
    if name in ("gstin_seller", "gstin_buyer", "invoice_number", "udyam"):
        return re.sub(r"[\s,]", "", value).upper() in squeezed_text
    if name == "total":
        whole = value.split(".")[0]
        return whole in squeezed_text
    return False
