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


# What may stand between a label's words ("Invoice No.", "Bill-No", "इ-वे+ बिल": OCR and
# text layers add stray marks). Not \W: Indian scripts' vowel signs are non-word marks.
_SEPARATORS = r"[\s.:\-/'’+|()&*_]+"


@dataclass(frozen=True)
class _Label:
    kind: str  # e.g. "invoice_number", "invoice_number!" (excluded), "total:grand"
    pattern: re.Pattern[str]
    length: int


def _label_pattern(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(_SEPARATORS, _norm(phrase)) if w]
    body = _SEPARATORS.join(words).replace("+", "*")
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
        + [("total:due", p) for p in data["total"]["due"]]
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


_OCR_GSTIN_MARKS = re.compile(r"(?<![a-z0-9])[0-9oszib]{2}[a-z0-9)|]{13}(?![a-z0-9])")
_MARKS_AS_LETTERS = str.maketrans(")|", "ji")
#: GSTIN positions that may hold a letter or a digit (the entity number, the check).
_EITHER_POSITIONS = frozenset({12, 14})
_GSTIN_SHAPE = re.compile(r"(?<![a-z0-9])[0-9oszib]{2}[a-z0-9]{13}(?![a-z0-9])")


def _gstins(lines: Sequence[str], *, ocr: bool
            ) -> tuple[tuple[str, float] | None, tuple[str, float] | None]:
    """(seller's GSTIN, buyer's GSTIN), each with its confidence, or None."""
    found: list[tuple[str, float, str | None]] = []  # (gstin, confidence, role)
    for index, line in enumerate(lines):
        if ocr:  # OCR reads J as ")" and I as "|" (then repaired like any I/1)
            line = _OCR_GSTIN_MARKS.sub(lambda m: m.group().translate(_MARKS_AS_LETTERS), line)
        squeezed = re.sub(r"(?<=[a-z0-9]) (?=[a-z0-9]{1,13}\b)", "", line) if ocr else line
        for candidate in dict.fromkeys(_GSTIN_SHAPE.findall(line) +
                                       _GSTIN_SHAPE.findall(squeezed)):
            upper = candidate.upper()
            if check_gstin(upper).valid:
                gstin, confidence = upper, 0.97
            elif ocr and (repaired := repair_ocr_gstin(upper)) is not None:
                # a letter where only a digit can stand (or the reverse) is surely a
                # misreading; a change where either may stand is a guess to confirm
                either = any(a != b for i, (a, b) in enumerate(zip(upper, repaired,
                                                                   strict=True))
                             if i in _EITHER_POSITIONS)
                gstin, confidence = repaired, 0.8 if either else 0.9
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
        # a heading above: the line starts with it ("Buyer (Bill to)", "Consignee:")
        hits = [hit for hit in _hits(lines[above], "role")
                if not lines[above][:hit.start].strip(" |:(-*#[")]
        if hits:
            return hits[0].kind
    return None


_UDYAM_SHAPE = re.compile(
    r"udyam[\s\-:.]*([a-z)}|]{2})[\s\-]*([0-9oilsb]{2})[\s\-]*([0-9oilsb]{7})(?![0-9])")
_DIGIT_LOOKALIKES = str.maketrans("oilsb", "01158")


def _udyam(lines: Sequence[str], *, ocr: bool) -> tuple[str, float] | None:
    for line in lines:
        for match in _UDYAM_SHAPE.finditer(line):
            state, district, serial = match.groups()
            if not state.isalpha():  # OCR reads J as ")" or "}", I as "|"
                if not ocr:
                    continue
                state = state.translate(str.maketrans(")}|", "jji"))
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
    """The value after an invoice-number label; on the next line in a table layout; else
    a "# INV-000482" under the "Tax Invoice" title (Zoho's layout)."""
    found = _labelled_number(lines)
    if found is not None:
        return found
    for index, line in enumerate(lines[1:16], start=1):
        if line.startswith("#") and "invoice" in lines[index - 1]:
            value = _number_token(line[1:])
            if value is not None:
                return value, 0.86
    return None


def _labelled_number(lines: Sequence[str]) -> tuple[str, float] | None:
    for index, line in enumerate(lines):
        hits = _hits(line, "invoice_number")
        for position, hit in enumerate(hits):
            if hit.kind.endswith("!"):
                continue
            end = hits[position + 1].start if position + 1 < len(hits) else len(line)
            value = _number_token(line[hit.end:end])
            if value is not None:
                return value, 0.95
            below = lines[index + 1] if index + 1 < len(lines) else ""
            if below and not any(h.start <= 2 for h in _hits(below, "invoice_number")):
                column = sum(1 for h in hits[:position] if not h.kind.endswith("!"))
                value = _number_token(below, column)
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


# a month's name: a letter, then anything but spaces, digits and separators (Devanagari
# and Tamil vowel signs are marks, not letters)
_MONTH_WORD = r"[^\W\d_](?:[^\W\d_]|[\u0900-\u097f\u0b80-\u0bff])*\.?"
_DATE_SHAPES = re.compile(
    r"(?<![0-9])(?:[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:[0-9]{4}|[0-9]{2})(?![0-9])"
    r"|[0-9]{4}-[0-9]{2}-[0-9]{2}"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?[\s\-/.,]*{_MONTH_WORD}[\s\-/.,]*(?:[0-9]{{4}}|[0-9]{{2}})(?![0-9])"
    rf"|{_MONTH_WORD}[\s\-/.,]*[0-9]{{1,2}}(?:st|nd|rd|th)?[\s,]+[0-9]{{4}})")


def _dates_in(line: str) -> list[tuple[int, str]]:
    """(position, ISO date) of every date written in a normalised line."""
    found = []
    start = 0
    while (match := _DATE_SHAPES.search(line, start)) is not None:
        parsed = parse_written_date(match.group().strip(" ,"))
        if parsed is not None:
            found.append((match.start(), parsed.isoformat()))
            start = match.end()
        else:  # "77 dated: 14" is no date, but "14-oct-2026" inside it may be
            start = match.start() + 1
    return found


#: Date labels that say only "date": whose date it is, the lines around it tell.
_GENERIC_DATE_LABELS = frozenset({"date", "dated", "dt", "दिनांक", "तारीख", "तिथि", "தேதி",
                                  "நாள்"})
#: How many lines above a date its number's label may be ("Buyer's Order No." / value /
#: "Dated" / date, in a Tally box).
_DATE_CONTEXT_LINES = 3


def _whose(lines: Sequence[str], index: int, position: int) -> str | None:
    """Whose number is nearest before ``position`` of line ``index`` (on it or up to
    :data:`_DATE_CONTEXT_LINES` lines above): ``invoice``, ``other`` (an order, a
    delivery note, a challan...) or None."""
    for above in range(index, max(-1, index - 1 - _DATE_CONTEXT_LINES), -1):
        text = lines[above][:position] if above == index else lines[above]
        hits = _hits(text, "invoice_number")
        if hits:
            return "other" if hits[-1].kind.endswith("!") else "invoice"
    return None


def _invoice_date(lines: Sequence[str]) -> tuple[str, float] | None:
    """The date after an invoice-date label (not a due, order or dispatch date; a bare
    "Dated" belongs to the number above it); on the line below in a table layout; else
    the first date not labelled as another's."""
    best: tuple[float, int, str] | None = None
    order = 0
    for index, line in enumerate(lines):
        hits = _hits(line, "invoice_date")
        for position, iso in _dates_in(line):
            label = _label_before(hits, position)
            whose = _whose(lines, index, position)
            above = [h for h in _hits(lines[index - 1], "invoice_date")] if index else []
            if label is not None and label.kind.endswith("!"):
                continue
            if label is not None and line[label.start:label.end] not in _GENERIC_DATE_LABELS:
                score = 0.95  # "Invoice Date", "Bill Date"
            elif label is not None or (above and not above[-1].kind.endswith("!")):
                # a bare "Dated" here or in the header row above: whose number is near?
                if whose == "other":
                    continue
                score = 0.95 if whose == "invoice" else 0.86 if label is None else 0.9
            elif above:  # the header row above names another date
                continue
            elif whose == "invoice":
                score = 0.85  # "Invoice No : 2025/1566 : 12-11-2025"
            elif whose == "other":
                continue
            else:
                score = 0.6
            order += 1
            if best is None or score > best[0]:
                best = (score, order, iso)
    return None if best is None else (best[2], best[0])


def _invoice_number_label(text: str) -> bool:
    return any(not h.kind.endswith("!") for h in _hits(text, "invoice_number"))


_AMOUNT = re.compile(
    r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{2,3})+(?:\.[0-9]{1,2})?|[0-9]+\.[0-9]{2})(?![0-9])"
    r"|(?<=₹)\s*[0-9]+(?![0-9.,])|(?<=rs\.)\s*[0-9]+(?![0-9.,])|(?<=rs )[0-9]+(?![0-9.,])")
_STRENGTH = {"total:grand": 0.93, "total:plain": 0.87, "total:due": 0.8}


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
    when several are equally strong; the line below when the label stands alone),
    confirmed by the amount in words when present."""
    candidates: list[tuple[float, int, Decimal]] = []
    everything: list[Decimal] = []
    for index, line in enumerate(lines):
        amounts = _amounts_in(line)
        everything += [amount for _, amount in amounts]
        hits = _hits(line, "total")
        if not hits:
            continue
        if amounts:
            position, amount = amounts[-1]
            label = _label_before(hits, position)
            if label is not None and not label.kind.endswith("!"):
                candidates.append((_STRENGTH[label.kind], index, amount))
            continue
        label = hits[-1]
        if label.kind.endswith("!") or line[label.end:].strip(" :-|₹"):
            continue
        for below in lines[index + 1:index + 3]:  # the label alone: its value below
            found = _amounts_in(below)
            if found:
                if not _hits(below, "total"):
                    candidates.append((_STRENGTH[label.kind] * 0.92, index, found[0][1]))
                break
    in_words = _amount_in_words(lines)
    if candidates:
        strength, _, amount = max(candidates, key=lambda c: (c[0], c[1]))
        if in_words is not None:
            if _same_rupees(in_words, amount):
                return f"{amount:.2f}", min(strength + 0.05, 0.99)
            agreeing = [c for c in candidates if _same_rupees(in_words, c[2])]
            if agreeing:
                return f"{max(agreeing, key=lambda c: (c[0], c[1]))[2]:.2f}", 0.9
            if in_words in everything:
                return f"{in_words:.2f}", 0.85
            # the words say otherwise and no figure agrees: the words, to be confirmed
            return f"{in_words:.2f}", 0.78
        return f"{amount:.2f}", strength
    if in_words is not None:
        agreeing_figures = [a for a in everything if _same_rupees(in_words, a)]
        if agreeing_figures:
            return f"{agreeing_figures[-1]:.2f}", 0.85
        return f"{in_words:.2f}", 0.78
    if everything:
        return f"{max(everything):.2f}", 0.5
    return None


def _same_rupees(in_words: Decimal, amount: Decimal) -> bool:
    """Whether an amount in words (whose paise are often left unread) is ``amount``."""
    return in_words == amount or in_words == amount.to_integral_value(rounding="ROUND_DOWN")


def _amount_in_words(lines: Sequence[str]) -> Decimal | None:
    for index, line in enumerate(lines):
        if re.search(r"\btax\b|\bgst\b|कर राशि|வரி", line):
            continue  # the tax in words, not the total
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
