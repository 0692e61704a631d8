"""The fields of an invoice, read from its text or from its e-invoice QR code.

Each field comes with a confidence (0-1) and its source (``qr``, ``text-layer``,
``ocr``; the extraction agent adds ``model``); a field under :data:`ASK_BELOW` is
asked back before anything is saved (docs/architecture.md "Invoice capture").

From text, every candidate value is found by its shape and judged by the label in
front of it (``tools/data/invoice_labels.yaml``, English, Hindi and Tamil), on its
line or, in a table layout, on the line above:

* GSTINs pass the format and check character (:func:`tools.gstin.check_gstin`); in
  OCR text the usual confusions (S/5, O/0, I/1, B/8, Z/2) are undone by
  :func:`tools.gstin.repair_ocr_gstin`, which never invents one that fails the
  check. Whose it is comes from the nearest "Buyer / Bill to" or "Seller / From"
  heading above it; without one, the first is the seller's (the letterhead).
* The invoice number is the value after an invoice-number label, never after an
  order, delivery-note, e-way bill, IRN or acknowledgement label.
* The invoice date is a day-first date (:func:`tools.dates.parse_written_date`)
  after a date label that is not a due, order, dispatch or acknowledgement date.
* The total is the amount after a grand-total label (or the last "Total" line),
  never a sub-total, taxable value, tax, round-off or previous balance; an amount
  in words that agrees with it raises its confidence.

The signed QR code of a GST e-invoice is a JWT issued by the Invoice Registration
Portal (payload ``data``: ``SellerGstin``, ``BuyerGstin``, ``DocNo``, ``DocDt``,
``TotInvVal``...). With the portal's public keys configured its signature is
verified and a QR that fails is not believed; without keys it is read unverified.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import jwt
import yaml

from tools.amount_words import find_amount_in_words
from tools.date_phrases import normalise_text
from tools.dates import parse_written_date
from tools.errors import InputError
from tools.gstin import check_gstin, repair_ocr_gstin
from tools.money import parse_amount, to_paisa
from tools.udyam import validate_udyam

__all__ = ["ASK_BELOW", "FIELDS", "SOURCES", "DocumentFields", "FieldReading",
           "merge_readings", "read_einvoice_qr", "read_fields"]

#: The fields read, as the ``bakaya extract`` JSON names them.
FIELDS = ("gstin_seller", "gstin_buyer", "udyam", "invoice_number", "invoice_date", "total")
SOURCES = ("qr", "text-layer", "ocr", "model")
#: A field read with less confidence than this is asked back.
ASK_BELOW = 0.8

_LABELS_FILE = Path(__file__).parent / "data" / "invoice_labels.yaml"
#: How much less an OCR reading is trusted than the same text from a PDF's text layer.
_OCR_FACTOR = 0.94
#: How many lines above a GSTIN its "Buyer"/"Seller" heading may be.
_ROLE_LOOKBACK = 8


@dataclass(frozen=True)
class FieldReading:
    """One field: its value (text; ISO date; total with two decimals) or None, how sure
    the reading is, and where it came from."""

    value: str | None
    confidence: float
    source: str


@dataclass(frozen=True)
class DocumentFields:
    """What one reading found. ``kind`` is the document type an e-invoice QR states
    (``INV``, ``CRN``, ``DBN``; None when unknown); ``notes`` are rule ids of what the
    retailer should know (``qr-signature-invalid``)."""

    fields: Mapping[str, FieldReading]
    kind: str | None = None
    notes: tuple[str, ...] = field(default=())


# -- labels -----------------------------------------------------------------------------------

def _norm(text: str) -> str:
    """Lower case, NFC, no nukta, ASCII digits, one space between words (positions in
    this text are what the readers below work on)."""
    return " ".join(normalise_text(text).split())


@dataclass(frozen=True)
class _Label:
    kind: str  # e.g. "invoice_number", "invoice_number!" (excluded), "total:grand"
    pattern: re.Pattern[str]
    length: int


def _label_pattern(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[\s.:\-/']+", _norm(phrase)) if w]
    body = r"[\s.:\-/'’]*".join(words)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W\d_])")


@cache
def _labels() -> dict[str, tuple[_Label, ...]]:
    data = yaml.safe_load(_LABELS_FILE.read_text(encoding="utf-8"))
    groups: dict[str, list[tuple[str, str]]] = {
        "invoice_number": [("invoice_number", p) for p in data["invoice_number"]["labels"]]
        + [("invoice_number!", p) for p in data["invoice_number"]["exclude"]],
        "invoice_date": [("invoice_date", p) for p in data["invoice_date"]["labels"]]
        + [("invoice_date!", p) for p in data["invoice_date"]["exclude"]],
        "total": [("total:grand", p) for p in data["total"]["grand"]]
        + [("total:plain", p) for p in data["total"]["plain"]]
        + [("total!", p) for p in data["total"]["exclude"]],
        "role": [("buyer", p) for p in data["gstin"]["buyer"]]
        + [("seller", p) for p in data["gstin"]["seller"]],
    }
    return {name: tuple(sorted((_Label(kind, _label_pattern(p), len(_norm(p)))
                                for kind, p in entries), key=lambda lab: -lab.length))
            for name, entries in groups.items()}


@dataclass(frozen=True)
class _Hit:
    kind: str
    start: int
    end: int


def _hits(line: str, group: str) -> list[_Hit]:
    """The labels of ``group`` in a normalised line, longest first where they overlap."""
    taken: list[_Hit] = []
    for label in _labels()[group]:
        for match in label.pattern.finditer(line):
            if any(match.start() < hit.end and hit.start < match.end() for hit in taken):
                continue
            taken.append(_Hit(label.kind, match.start(), match.end()))
    return sorted(taken, key=lambda hit: hit.start)


def _label_before(hits: Sequence[_Hit], position: int) -> _Hit | None:
    before = [hit for hit in hits if hit.end <= position]
    return before[-1] if before else None


# -- reading text -----------------------------------------------------------------------------

def read_fields(text: str, source: str) -> DocumentFields:
    """Every field of :data:`FIELDS` found in the text of a document (its pages joined);
    ``source`` is ``text-layer`` or ``ocr``."""
    lines = [_norm(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    factor = 1.0 if source == "text-layer" else _OCR_FACTOR
    sellers, buyers = _gstins(lines, ocr=source == "ocr")
    readings = {
        "gstin_seller": _scaled(sellers, factor, source),
        "gstin_buyer": _scaled(buyers, factor, source),
        "udyam": _scaled(_udyam(lines, ocr=source == "ocr"), factor, source),
        "invoice_number": _scaled(_invoice_number(lines), factor, source),
        "invoice_date": _scaled(_invoice_date(lines), factor, source),
        "total": _scaled(_total(lines), factor, source),
    }
    return DocumentFields(readings)


def _scaled(found: tuple[str, float] | None, factor: float, source: str) -> FieldReading:
    if found is None:
        return FieldReading(None, 0.0, source)
    value, confidence = found
    return FieldReading(value, round(min(confidence * factor, 0.99), 3), source)


_GSTIN_SHAPE = re.compile(r"(?<![a-z0-9])[0-9oszib]{2}[a-z0-9]{13}(?![a-z0-9])")


def _gstins(lines: Sequence[str], *, ocr: bool
            ) -> tuple[tuple[str, float] | None, tuple[str, float] | None]:
    """(seller's GSTIN, buyer's GSTIN), each with its confidence, or None."""
    found: list[tuple[str, float, str | None]] = []  # (gstin, confidence, role)
    for index, line in enumerate(lines):
        squeezed = re.sub(r"(?<=[a-z0-9]) (?=[a-z0-9]{1,13}\b)", "", line) if ocr else line
        for candidate in dict.fromkeys(_GSTIN_SHAPE.findall(line) +
                                       _GSTIN_SHAPE.findall(squeezed)):
            upper = candidate.upper()
            if check_gstin(upper).valid:
                gstin, confidence = upper, 0.97
            elif ocr and (repaired := repair_ocr_gstin(upper)) is not None:
                gstin, confidence = repaired, 0.9
            else:
                continue
            position = line.find(candidate) if candidate in line else len(line)
            found.append((gstin, confidence, _role(lines, index, position)))
    seller = next(((g, c) for g, c, role in found if role == "seller"), None)
    buyer = next(((g, c) for g, c, role in found
                  if role == "buyer" and (seller is None or g != seller[0])), None)
    unlabelled = [(g, c) for g, c, role in found if role is None]
    if seller is None:
        first = next(((g, c) for g, c in unlabelled if buyer is None or g != buyer[0]), None)
        # the letterhead's GSTIN comes first; alone and unlabelled, whose it is is a guess
        seller = None if first is None else (first[0], first[1] * (0.9 if buyer else 0.85))
    if buyer is None and seller is not None:
        other = next(((g, c) for g, c, _ in found if g != seller[0]), None)
        buyer = None if other is None else (other[0], other[1] * 0.88)
    return seller, buyer


def _role(lines: Sequence[str], index: int, position: int) -> str | None:
    """Whose GSTIN sits at ``position`` of line ``index``: the nearest buyer or seller
    heading before it, on its line or up to :data:`_ROLE_LOOKBACK` lines above."""
    hits = [hit for hit in _hits(lines[index], "role") if hit.start < position]
    if hits:
        return hits[-1].kind
    for above in range(index - 1, max(-1, index - 1 - _ROLE_LOOKBACK), -1):
        hits = _hits(lines[above], "role")
        if hits:
            return hits[-1].kind
    return None


_UDYAM_SHAPE = re.compile(
    r"udyam[\s\-:.]*([a-z]{2})[\s\-]*([0-9oilsb]{2})[\s\-]*([0-9oilsb]{7})(?![0-9])")
_DIGIT_LOOKALIKES = str.maketrans("oilsb", "01158")


def _udyam(lines: Sequence[str], *, ocr: bool) -> tuple[str, float] | None:
    for line in lines:
        for match in _UDYAM_SHAPE.finditer(line):
            state, district, serial = match.groups()
            fixed = (district + serial).translate(_DIGIT_LOOKALIKES)
            if not ocr and fixed != district + serial:
                continue
            try:
                number = validate_udyam(f"UDYAM-{state}-{fixed[:2]}-{fixed[2:]}")
            except InputError:
                continue
            return number, 0.95 if fixed == district + serial else 0.85
    return None


_TOKEN = re.compile(r"[a-z0-9][a-z0-9/\-_.#]*[a-z0-9]|[0-9]")


def _invoice_number(lines: Sequence[str]) -> tuple[str, float] | None:
    """The value after an invoice-number label; on the next line in a table layout."""
    for index, line in enumerate(lines):
        hits = _hits(line, "invoice_number")
        for position, hit in enumerate(hits):
            if hit.kind.endswith("!"):
                continue
            end = hits[position + 1].start if position + 1 < len(hits) else len(line)
            value = _number_token(line[hit.end:end])
            if value is not None:
                return value, 0.95
            if index + 1 < len(lines):
                column = sum(1 for h in hits[:position] if not h.kind.endswith("!"))
                value = _number_token(lines[index + 1], column)
                if value is not None:
                    return value, 0.86
    return None


def _number_token(text: str, column: int = 0) -> str | None:
    """The ``column``-th token of ``text`` that can be an invoice number (it has a
    digit and is not a date, an amount or a GSTIN)."""
    text = text.lstrip(" :.-#|)(")
    text = re.sub(r"^(?:no|number|num|nos?)\b[\s.:#-]*", "", text)
    seen = 0
    for match in _TOKEN.finditer(text):
        token = match.group().strip(".-/")
        dated = _dates_in(text[match.start():])
        if dated and dated[0][0] == 0:
            continue
        if not any(ch.isdigit() for ch in token) or len(token) > 30 or \
                _GSTIN_SHAPE.fullmatch(token) or re.fullmatch(r"[0-9,]+\.[0-9]{2}", token):
            continue
        if seen == column:
            return token.upper()
        seen += 1
    return None


_MONTH_WORD = r"[^\W\d_][^\W\d_.\u0970]*\.?\u0970?"
_DATE_SHAPES = re.compile(
    r"(?<![0-9])(?:[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:[0-9]{4}|[0-9]{2})(?![0-9])"
    r"|[0-9]{4}-[0-9]{2}-[0-9]{2}"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?[\s\-/.,]*{_MONTH_WORD}[\s\-/.,]*(?:[0-9]{{4}}|[0-9]{{2}})(?![0-9])"
    rf"|{_MONTH_WORD}[\s\-/.,]*[0-9]{{1,2}}(?:st|nd|rd|th)?[\s,]+[0-9]{{4}})")


def _dates_in(line: str) -> list[tuple[int, str]]:
    """(position, ISO date) of every date written in a normalised line."""
    found = []
    for match in _DATE_SHAPES.finditer(line):
        parsed = parse_written_date(match.group().strip(" ,"))
        if parsed is not None:
            found.append((match.start(), parsed.isoformat()))
    return found


def _invoice_date(lines: Sequence[str]) -> tuple[str, float] | None:
    """The date after an invoice-date label (not a due, order or dispatch date); on the
    line below in a table layout; else the first date not labelled as another."""
    best: tuple[float, int, str] | None = None
    order = 0
    for index, line in enumerate(lines):
        hits = _hits(line, "invoice_date")
        for position, iso in _dates_in(line):
            label = _label_before(hits, position)
            if label is None and index > 0:  # a header row above: "Invoice No.  Dated"
                above = [h for h in _hits(lines[index - 1], "invoice_date")]
                score = 0.0 if not above or all(h.kind.endswith("!") for h in above) \
                    else 0.86
                if above and not score:
                    continue
                if not above:
                    score = 0.6
            elif label is None:
                score = 0.6
            elif label.kind.endswith("!"):
                continue
            else:
                score = 0.95
            order += 1
            if best is None or score > best[0]:
                best = (score, order, iso)
    return None if best is None else (best[2], best[0])


_AMOUNT = re.compile(
    r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{2,3})+(?:\.[0-9]{1,2})?|[0-9]+\.[0-9]{2})(?![0-9])"
    r"|(?<=₹)\s*[0-9]+(?![0-9.,])|(?<=rs\.)\s*[0-9]+(?![0-9.,])|(?<=rs )[0-9]+(?![0-9.,])")
_STRENGTH = {"total:grand": 0.93, "total:plain": 0.87}


def _amounts_in(line: str) -> list[tuple[int, Decimal]]:
    found = []
    for match in _AMOUNT.finditer(line):
        try:
            found.append((match.start(), parse_amount(match.group().strip(), "total")))
        except (InputError, InvalidOperation):
            continue
    return found


def _total(lines: Sequence[str]) -> tuple[str, float] | None:
    """The grand total: the last amount on the strongest total line (the last such line
    when several are equally strong), confirmed by the amount in words when present."""
    candidates: list[tuple[float, int, Decimal]] = []
    everything: list[Decimal] = []
    for index, line in enumerate(lines):
        amounts = _amounts_in(line)
        everything += [amount for _, amount in amounts]
        if not amounts:
            continue
        hits = _hits(line, "total")
        position, amount = amounts[-1]
        label = _label_before(hits, position)
        if label is None or label.kind.endswith("!"):
            continue
        candidates.append((_STRENGTH[label.kind], index, amount))
    in_words = _amount_in_words(lines)
    if candidates:
        strength, _, amount = max(candidates, key=lambda c: (c[0], c[1]))
        if in_words is not None:
            if in_words == amount:
                return f"{amount:.2f}", min(strength + 0.05, 0.99)
            agreeing = [c for c in candidates if c[2] == in_words]
            if agreeing:
                return f"{in_words:.2f}", 0.9
            return f"{amount:.2f}", strength * 0.85  # the words say otherwise: ask
        return f"{amount:.2f}", strength
    if in_words is not None and in_words in everything:
        return f"{in_words:.2f}", 0.85
    if everything:
        return f"{max(everything):.2f}", 0.5
    return None


def _amount_in_words(lines: Sequence[str]) -> Decimal | None:
    for index, line in enumerate(lines):
        if "words" in line or "शब्दों" in line or "எழுத்தில்" in line or \
                re.search(r"\b(?:only|मात्र|மட்டும்)\b", line):
            text = " ".join(lines[index:index + 2])
            found = find_amount_in_words(text)
            if found is not None and found.value > 0:
                return to_paisa(found.value)
    return None


# -- the e-invoice QR code ---------------------------------------------------------------------

_URP = frozenset({"URP", "", "NA"})


def read_einvoice_qr(codes: Iterable[str], public_keys: Sequence[bytes] = ()
                     ) -> DocumentFields | None:
    """The fields of the first e-invoice QR among ``codes`` (texts of QR codes; a UPI
    code or any other is passed over), or None. With ``public_keys`` (PEM) a QR whose
    signature none of them verifies is not believed: the result then holds no fields
    and the note ``qr-signature-invalid``."""
    for code in codes:
        payload = _einvoice_payload(code)
        if payload is None:
            continue
        confidence = 0.95
        if public_keys:
            if not _verified(code, public_keys):
                return DocumentFields({}, notes=("qr-signature-invalid",))
            confidence = 0.99
        return DocumentFields(_qr_fields(payload, confidence), kind=str(payload.get("DocTyp")
                                                                        or "INV").upper())
    return None


def _einvoice_payload(code: str) -> dict[str, Any] | None:
    try:
        claims = jwt.decode(code.strip(), options={"verify_signature": False})
        data = claims.get("data")
        payload = json.loads(data) if isinstance(data, str) else data
    except (jwt.PyJWTError, ValueError, TypeError):
        return None
    if not isinstance(payload, dict) or not {"SellerGstin", "DocNo"} <= payload.keys():
        return None
    return payload


def _verified(code: str, public_keys: Sequence[bytes]) -> bool:
    for key in public_keys:
        try:
            jwt.decode(code.strip(), key, algorithms=["RS256", "RS384", "RS512"],
                       options={"verify_aud": False, "verify_exp": False,
                                "verify_iat": False, "verify_nbf": False})
        except (jwt.PyJWTError, ValueError):
            continue
        return True
    return False


def _qr_fields(payload: Mapping[str, Any], confidence: float) -> dict[str, FieldReading]:
    def reading(value: str | None) -> FieldReading:
        return FieldReading(value, confidence if value else 0.0, "qr")

    def gstin(value: object) -> str | None:
        text = str(value or "").strip().upper()
        return text if text not in _URP and check_gstin(text).valid else None

    date_value = parse_written_date(str(payload.get("DocDt") or ""))
    try:
        total: str | None = f"{to_paisa(Decimal(str(payload.get('TotInvVal')))):.2f}"
    except (InvalidOperation, ValueError):
        total = None
    number = str(payload.get("DocNo") or "").strip()[:30] or None
    return {"gstin_seller": reading(gstin(payload.get("SellerGstin"))),
            "gstin_buyer": reading(gstin(payload.get("BuyerGstin"))),
            "invoice_number": reading(number),
            "invoice_date": reading(date_value.isoformat() if date_value else None),
            "total": reading(total)}


def merge_readings(*readings: DocumentFields) -> DocumentFields:
    """Per field, the most confident reading (an earlier one wins a tie); the kind of
    the first reading that states one; every note."""
    fields: dict[str, FieldReading] = {}
    for reading in readings:
        for name, value in reading.fields.items():
            if value.value is not None and (name not in fields or
                                            value.confidence > fields[name].confidence):
                fields[name] = value
    for name in FIELDS:
        fields.setdefault(name, next((r.fields[name] for r in readings if name in r.fields),
                                     FieldReading(None, 0.0, "ocr")))
    kind = next((r.kind for r in readings if r.kind), None)
    notes = tuple(dict.fromkeys(n for r in readings for n in r.notes))
    return DocumentFields({name: fields[name] for name in FIELDS}, kind, notes)
