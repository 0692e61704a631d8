"""Bulk invoice import: an accounting package's export -> sale invoices and skipped rows.

:func:`read_export` takes the bytes of a file a retailer exported from Tally
Prime / Tally.ERP 9 (XML vouchers), Zoho Books, QuickBooks, Vyapar, Busy or Marg
(CSV or Excel), or any spreadsheet whose column names say what they hold, and
returns the sale invoices in it plus every row it did not take, with a stable
reason code (:data:`SKIP_REASONS`) that the caller renders in ta, hi or en.
Nothing here touches the database or the clock.

What an invoice needs (CGST Rules 2017, rule 46: a tax invoice states its
number, its date, the recipient's name, the recipient's GSTIN if registered,
and its value): ``invoice_number``, ``invoice_date``, ``buyer_name``,
``gstin_buyer`` (None for a sale to an unregistered buyer, B2C) and ``total``,
the grand total with tax and round-off, which is what the buyer owes.

The format is read from the content, never from the file name: a zip holding
``xl/workbook.xml`` is an Excel workbook, text starting with an XML declaration
or ``<ENVELOPE>`` is a Tally export, other text is delimited (comma, semicolon,
tab or pipe). A file that is none of these, is too large, or cannot be read,
raises :class:`~tools.errors.InputError` on the field ``import_file`` with one
of :data:`FILE_RULES`.

Layout is not content: title rows, blank rows, a header repeated on each page
and total rows are passed over silently; a row that looks like a document but
is not a sale invoice is reported as skipped.
"""

from __future__ import annotations

import csv
import html.entities
import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, cast
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_xml
import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException

from tools.dates import WRITTEN_YEARS, parse_written_date
from tools.errors import InputError
from tools.gstin import check_gstin
from tools.money import parse_amount, to_paisa

__all__ = [
    "FILE_FIELD",
    "FILE_RULES",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "MAX_XLSX_UNCOMPRESSED_BYTES",
    "SKIP_REASONS",
    "ImportResult",
    "ImportedInvoice",
    "SkippedRow",
    "read_export",
]

#: The field every file-level :class:`InputError` names.
FILE_FIELD = "import_file"

#: Rules of the file-level errors (message id ``error-<rule>``):
#:
#: * ``import-file-empty``: no bytes, or only white space.
#: * ``import-file-too-large``: more than :data:`MAX_FILE_BYTES` (params ``size_mb``, ``limit_mb``).
#: * ``import-file-too-many-rows``: more than :data:`MAX_ROWS` rows or vouchers (param ``limit``).
#: * ``import-file-type``: not an Excel workbook, a Tally XML export or delimited text
#:   (a PDF, a photo, a Word file, an HTML page, some other XML).
#: * ``import-file-xls``: an old-format (.xls) or password-protected Excel file, which
#:   must be saved again as .xlsx or CSV.
#: * ``import-file-unreadable``: the right kind of file, but broken (bad zip, XML that
#:   does not parse, a workbook openpyxl cannot open, an Excel file whose contents
#:   would unpack to more than :data:`MAX_XLSX_UNCOMPRESSED_BYTES`).
#: * ``import-file-no-header``: a table with no row naming the invoice number, date,
#:   customer and total columns.
#: * ``import-file-no-vouchers``: a Tally XML file holding no vouchers (a report or
#:   masters only).
FILE_RULES: tuple[str, ...] = (
    "import-file-empty",
    "import-file-too-large",
    "import-file-too-many-rows",
    "import-file-type",
    "import-file-xls",
    "import-file-unreadable",
    "import-file-no-header",
    "import-file-no-vouchers",
)

#: Why a row or voucher was not imported, as stable codes for the caller to localise.
#:
#: Not a sale invoice: ``not-a-sale`` (journal, contra, delivery note, any other
#: type; detail: the type), ``credit-note`` (credit note, sales return),
#: ``debit-note``, ``receipt`` (money received, e.g. Tally Receipt, Vyapar
#: Payment-In, QuickBooks Sales Receipt), ``payment``, ``purchase`` (purchase,
#: purchase order, receipt note), ``sales-order``, ``estimate`` (quotation,
#: estimate, proforma).
#: Not a live document: ``cancelled`` (cancelled or void), ``deleted``,
#: ``draft``, ``optional-voucher`` (Tally's optional vouchers).
#: A sale, but unusable: ``missing-invoice-number``, ``missing-date``,
#: ``bad-date`` (detail: the value), ``missing-buyer``, ``invalid-gstin``
#: (detail: the value), ``missing-amount``, ``bad-amount`` (detail: the value),
#: ``amount-not-positive`` (zero or negative), ``ambiguous-total`` (the rows of
#: one invoice disagree on its total, so the column holds line amounts),
#: ``duplicate-in-file`` (the invoice number was already taken earlier in the
#: file; the first one is kept; detail: the number).
SKIP_REASONS: tuple[str, ...] = (
    "not-a-sale",
    "credit-note",
    "debit-note",
    "receipt",
    "payment",
    "purchase",
    "sales-order",
    "estimate",
    "cancelled",
    "deleted",
    "draft",
    "optional-voucher",
    "missing-invoice-number",
    "missing-date",
    "bad-date",
    "missing-buyer",
    "invalid-gstin",
    "missing-amount",
    "bad-amount",
    "amount-not-positive",
    "ambiguous-total",
    "duplicate-in-file",
)

#: Larger files are refused before they are read (an export of a year's sales
#: of a small business is a few hundred kilobytes).
MAX_FILE_BYTES = 10 * 1024 * 1024
#: Rows (CSV records or sheet rows that are not blank) or Tally vouchers per file.
MAX_ROWS = 20_000
#: What the members of an Excel file may unpack to, together: a zip bomb is
#: refused before openpyxl opens it. zipfile never yields more than a member's
#: declared size (and checks its CRC), so the declared sizes can be trusted.
MAX_XLSX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024

# Rows searched for the header (title rows, the company name, the period above it).
_HEADER_SEARCH_ROWS = 50


@dataclass(frozen=True)
class ImportedInvoice:
    """One sale invoice read from the file; ``row`` is its 1-based row or voucher position."""

    invoice_number: str
    gstin_buyer: str | None
    buyer_name: str
    invoice_date: date
    total: Decimal
    row: int


@dataclass(frozen=True)
class SkippedRow:
    """A row or voucher that was not imported: ``reason`` is one of :data:`SKIP_REASONS`."""

    row: int
    reason: str
    detail: str = ""


@dataclass(frozen=True)
class ImportResult:
    """What one file held: the invoices in file order, the skipped rows by row, the format."""

    invoices: tuple[ImportedInvoice, ...]
    skipped: tuple[SkippedRow, ...]
    format: str


def read_export(data: bytes, filename: str) -> ImportResult:
    """The sale invoices in an accounting export, and the rows that are not.

    ``format`` is ``"xlsx"``, ``"tally-xml"`` or ``"csv"`` (any delimited text),
    decided by the content alone: ``filename`` is not trusted (a Busy or Marg
    "sales.xls" is often CSV or HTML, a WhatsApp document may have lost its
    name). Raises :class:`InputError` (field ``import_file``, a rule of
    :data:`FILE_RULES`) when the file as a whole cannot be used; a row that is
    not a usable sale invoice is a :class:`SkippedRow` with a code from
    :data:`SKIP_REASONS`. See the module docstring for what an invoice needs.
    """
    del filename  # see the docstring: the content decides
    if len(data) > MAX_FILE_BYTES:
        raise InputError(FILE_FIELD, "import-file-too-large",
                         size_mb=f"{len(data) / 1024 / 1024:.1f}",
                         limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    if not data.strip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n"):
        raise InputError(FILE_FIELD, "import-file-empty")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _read_xlsx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: .xls, or encrypted .xlsx
        raise InputError(FILE_FIELD, "import-file-xls")
    text = _decode(data)
    if not text.strip():
        raise InputError(FILE_FIELD, "import-file-empty")
    head = text.lstrip("\ufeff \t\r\n")[:512]
    if re.match(r"<\?xml\b|<envelope\b", head, re.IGNORECASE):
        return _read_tally(text)
    if head.startswith(("<", "{")) or _looks_binary(text):  # HTML, JSON, a PDF, a photo
        raise InputError(FILE_FIELD, "import-file-type")
    return _read_delimited(text)


# --------------------------------------------------------------------------- text

_UTF8_BOM = b"\xef\xbb\xbf"


def _decode(data: bytes) -> str:
    """Bytes -> text: a BOM decides; else UTF-16 by its zero bytes, UTF-8, then cp1252.

    A UTF-8 BOM can sit on a file whose body is cp1252 (an editor added it, Excel
    re-saved the rest): the body is then read as cp1252 without the BOM.
    """
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        if len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
            return data.decode("utf-16-le")
        if len(data) >= 4 and data[0] == 0 and data[2] == 0 and data[1] != 0:
            return data.decode("utf-16-be")
    except UnicodeDecodeError:
        raise InputError(FILE_FIELD, "import-file-unreadable") from None
    body = data.removeprefix(_UTF8_BOM)
    for encoding in ("utf-8", "cp1252"):
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    return body.decode("latin-1")  # cp1252 leaves five bytes undefined; never fails


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    return "\x00" in sample or controls > len(sample) // 100


_BOM_TEXT = ("\ufeff", "ï»¿")  # a UTF-8 BOM, and the same bytes read as cp1252
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _key(value: object) -> str:
    """A column name or a word as compared here: lower case, letters and digits only.

    Devanagari vowel signs and viramas are kept (they are marks, not punctuation);
    the nukta is dropped (ज़ and ज are typed for the same word); ``#`` reads "no";
    currency words are dropped ("Total (Rs.)" is "total").
    """
    if value is None:
        return ""
    text = str(value)
    for bom in _BOM_TEXT:
        text = text.replace(bom, "")
    text = unicodedata.normalize("NFD", text.translate(_ZERO_WIDTH)).replace("\u093c", "")
    text = unicodedata.normalize("NFC", text).casefold().replace("#", " no ")
    kept = "".join(c if unicodedata.category(c)[0] in "LNM" else " " for c in text)
    words = [w for w in kept.split() if w not in ("rs", "inr", "rupees", "रु", "रुपये")]
    if words and words[-1] == "in":  # "Amount in Rs."
        words.pop()
    return " ".join(words)


def _text(value: object) -> str:
    """A cell as text: stripped, inner white space collapsed, Excel's ="0012" unwrapped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    for bom in _BOM_TEXT:
        text = text.replace(bom, "")
    text = " ".join(unicodedata.normalize("NFC", text).split())
    wrapped = re.fullmatch(r'="(.*)"', text)
    return wrapped.group(1).strip() if wrapped else text


# ------------------------------------------------------------------- candidates


@dataclass
class _Candidate:
    """A row or voucher before it is judged: raw values as the file gave them."""

    row: int
    number: str = ""
    date_value: object = None
    buyer: str = ""
    gstin_value: object = None
    total_value: object = None
    skip: tuple[str, str] | None = None  # (reason, detail) decided by type or status
    total_conflict: list[str] = field(default_factory=list)


def _judge(candidate: _Candidate, epoch: datetime | None) -> ImportedInvoice | SkippedRow:
    """The invoice in a candidate, or the first reason it is not one (rule 46 fields)."""
    row = candidate.row
    if candidate.skip is not None:
        return SkippedRow(row, *candidate.skip)
    number = candidate.number
    if not number:
        return SkippedRow(row, "missing-invoice-number", candidate.buyer)
    if _text(candidate.date_value) == "":
        return SkippedRow(row, "missing-date", number)
    invoice_date = _parse_date(candidate.date_value, epoch)
    if invoice_date is None:
        return SkippedRow(row, "bad-date", _text(candidate.date_value))
    if not candidate.buyer:
        return SkippedRow(row, "missing-buyer", number)
    gstin_valid, gstin = _buyer_gstin(candidate.gstin_value)
    if not gstin_valid:
        return SkippedRow(row, "invalid-gstin", _text(candidate.gstin_value))
    if candidate.total_conflict:
        return SkippedRow(row, "ambiguous-total", " / ".join(candidate.total_conflict))
    total = _amount(candidate.total_value)
    if isinstance(total, str):
        return SkippedRow(row, total, number if total == "missing-amount"
                          else _text(candidate.total_value))
    return ImportedInvoice(invoice_number=number, gstin_buyer=gstin,
                           buyer_name=candidate.buyer, invoice_date=invoice_date,
                           total=total, row=row)


class _Book:
    """Collects judged candidates; an invoice number is taken by the first invoice using it."""

    def __init__(self, epoch: datetime | None = None) -> None:
        self.epoch = epoch
        self.invoices: list[ImportedInvoice] = []
        self.skipped: list[SkippedRow] = []
        self._numbers: set[str] = set()

    def add(self, candidate: _Candidate) -> None:
        outcome = _judge(candidate, self.epoch)
        if isinstance(outcome, SkippedRow):
            self.skipped.append(outcome)
            return
        key = _number_key(outcome.invoice_number)
        if key in self._numbers:
            self.skipped.append(SkippedRow(outcome.row, "duplicate-in-file",
                                           outcome.invoice_number))
            return
        self._numbers.add(key)
        self.invoices.append(outcome)

    def result(self, file_format: str) -> ImportResult:
        return ImportResult(invoices=tuple(self.invoices),
                            skipped=tuple(sorted(self.skipped, key=lambda s: s.row)),
                            format=file_format)


def _number_key(number: str) -> str:
    return "".join(number.split()).casefold()


# ------------------------------------------------------------------------ values

_B2C_WORDS = frozenset(_key(word) for word in {
    "", "urp", "unregistered", "un registered", "unregistered consumer", "consumer",
    "unregistered dealer", "not registered", "na", "n a", "nil", "none", "null",
    "not applicable", "b2c", "b2cs", "b2cl", "0", "no gstin", "no", "cash",
    "अपंजीकृत", "पंजीकृत नहीं", "लागू नहीं",
})


def _buyer_gstin(value: object) -> tuple[bool, str | None]:
    """(valid, the normalised GSTIN or None for a B2C sale: blank, URP, NA, "-").

    Validity is :func:`tools.gstin.check_gstin` (length, state code, PAN, check
    character). An old 11-digit TIN or a GSTIN with a typo is invalid, never B2C.
    """
    text = _text(value)
    if _key(text) in _B2C_WORDS:
        return True, None
    check = check_gstin(text)
    return (True, check.gstin) if check.valid else (False, None)


_PARENS = re.compile(r"\((.*)\)")
# "1,18,000.00 Dr": a ledger balance. Only after paise, so "1.5cr" stays 1.5 crore.
_DR_CR = re.compile(r"(?<=[0-9]\.[0-9][0-9])\s*(dr|cr)\.?$", re.IGNORECASE)


def _amount(value: object) -> Decimal | str:
    """A total as a Decimal of rupees to the paisa, or the reason it is not one.

    Text goes through :func:`tools.money.parse_amount` (``1,18,000.00``,
    ``Rs. 1,18,000``, ``₹1,18,000/-``); an accountant's ``(1,000.00)`` and a
    ``Cr`` balance are negative, ``Dr`` positive. Excel's floats become Decimal
    through their shortest repr and are rounded to the paisa, never used as
    floats. Returns ``missing-amount``, ``bad-amount`` or ``amount-not-positive``.
    """
    if isinstance(value, bool):
        return "bad-amount"
    if isinstance(value, float):
        try:
            value = to_paisa(Decimal(repr(value)))
        except (ValueError, InvalidOperation):
            return "bad-amount"
    if isinstance(value, (int, Decimal)):
        try:
            return parse_amount(to_paisa(value), field="total")
        except (ValueError, InvalidOperation) as error:
            return _amount_reason(error)
    text = _text(value)
    if _key(text) in ("", "nil", "na"):
        return "missing-amount"
    negative = False
    dr_cr = _DR_CR.search(text)
    if dr_cr:
        negative = dr_cr.group(1).lower() == "cr"
        text = text[:dr_cr.start()]
    parens = _PARENS.fullmatch(text.strip())
    if parens:
        negative, text = True, parens.group(1)
    try:
        amount = parse_amount(text, field="total")
    except InputError as error:
        return _amount_reason(error)
    return "amount-not-positive" if negative else amount


def _amount_reason(error: Exception) -> str:
    if isinstance(error, InputError) and error.rule == "amount-not-positive":
        return "amount-not-positive"
    return "bad-amount"


_SERIAL_TEXT = re.compile(r"\d{5}(?:\.0+)?")
_EXCEL_WINDOWS_EPOCH = datetime(1899, 12, 30)


def _parse_date(value: object, epoch: datetime | None = None) -> date | None:
    """An invoice date written the Indian way, day first; None if it cannot be read.

    ``03-10-2026``, ``3/10/2026``, ``03.10.2026`` and ``03-10-26`` are 3 October:
    a date that would only make sense month first (``10/31/2026``) is not a
    date, never a swapped one. Also ``3-Oct-2026``, ``03 Oct 26``, ``Oct 3, 2026``,
    ``3 अक्टूबर 2026``, ISO ``2026-10-03``, Tally's ``20261003``
    (:func:`tools.dates.parse_written_date`), Excel's date cells and serial numbers
    (``epoch``: the workbook's, 1900 system by default). Years outside
    :data:`tools.dates.WRITTEN_YEARS` are refused as typos.
    """
    parsed: date | None = None
    if isinstance(value, datetime):
        parsed = value.date()
    elif isinstance(value, date):
        parsed = value
    elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        parsed = _from_serial(float(value), epoch)
    else:
        parsed = _date_from_text(_text(value), epoch)
    if parsed is None or parsed.year not in WRITTEN_YEARS:
        return None
    return parsed


def _from_serial(serial: float, epoch: datetime | None) -> date | None:
    if not 1 <= serial < 2958466:  # 31 Dec 9999
        return None
    converted = from_excel(serial, epoch or _EXCEL_WINDOWS_EPOCH)
    return converted.date() if isinstance(converted, datetime) else None


def _date_from_text(text: str, epoch: datetime | None) -> date | None:
    if _SERIAL_TEXT.fullmatch(text.strip()):
        return _from_serial(float(text), epoch)
    return parse_written_date(text)


_SALE = None
# Tally's predefined voucher types (every custom type has one of them as its root).
_TALLY_TYPES: Mapping[str, str | None] = {
    "sales": _SALE,
    "credit note": "credit-note",
    "debit note": "debit-note",
    "receipt": "receipt",
    "payment": "payment",
    "purchase": "purchase",
    "purchase order": "purchase",
    "receipt note": "purchase",
    "rejections out": "purchase",
    "rejections in": "credit-note",
    "sales order": "sales-order",
    "quotation": "estimate",
    "delivery note": "not-a-sale",
    "journal": "not-a-sale",
    "reversing journal": "not-a-sale",
    "contra": "not-a-sale",
    "memorandum": "not-a-sale",
    "stock journal": "not-a-sale",
    "physical stock": "not-a-sale",
    "payroll": "not-a-sale",
    "attendance": "not-a-sale",
    "job work in order": "not-a-sale",
    "job work out order": "not-a-sale",
    "material in": "not-a-sale",
    "material out": "not-a-sale",
}
# Words in a type name, first match wins (so "Purchase Order" is a purchase and
# "Sales Return" a credit note before "order" or "sales" are looked at).
_TYPE_WORDS: tuple[tuple[tuple[str, ...], str | None], ...] = (
    (("receipt note", "purchase", "expense", "vendor", "supplier"), "purchase"),
    (("credit note", "credit memo", "return", "rejections in", "rejection in"), "credit-note"),
    (("debit note", "debit memo"), "debit-note"),
    (("order",), "sales-order"),
    (("quotation", "quote", "estimate", "proforma", "pro forma", "performa"), "estimate"),
    (("payment in", "receipt", "money in"), "receipt"),
    (("payment",), "payment"),
    (("delivery", "challan", "journal", "contra", "memo", "memorandum", "stock", "payroll",
      "attendance", "material", "job work"), "not-a-sale"),
    (("sales", "sale", "invoice", "bill of supply", "retail", "बिक्री", "बिक्री चालान"), _SALE),
)


def _type_reason(name: str, *, unknown: str | None = "not-a-sale") -> str | None:
    """None if a voucher/transaction type is a sale, else its :data:`SKIP_REASONS` code.

    A name none of whose words are known gives ``unknown``: not a sale for a
    Tally voucher type (every type is named), a sale for a spreadsheet's "Type"
    column, which may hold something else entirely (B2B/B2C, Regular).
    """
    key = f" {_key(name)} "
    for words, reason in _TYPE_WORDS:
        if any(f" {_key(word)} " in key for word in words):
            return reason
    return unknown


_STATUS_WORDS: Mapping[str, str] = {_key(word): reason for word, reason in {
    "void": "cancelled", "voided": "cancelled", "cancelled": "cancelled",
    "canceled": "cancelled", "cancel": "cancelled", "रद्द": "cancelled",
    "निरस्त": "cancelled", "deleted": "deleted", "draft": "draft", "ड्राफ्ट": "draft",
}.items()}


def _status_reason(value: object) -> str | None:
    """``cancelled``/``deleted``/``draft`` for such a status (Zoho "Void", QuickBooks
    "Voided", Tally's "(cancelled)"), else None (sent, paid, overdue...)."""
    words = _key(value).split()
    for word in words:
        if word in _STATUS_WORDS:
            return _STATUS_WORDS[word]
    return None


# --------------------------------------------------------------------- Tally XML

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_NAMED_REF = re.compile(r"&([A-Za-z_][\w.\-]*);")
_BARE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z_][\w.\-]*|#[0-9]+|#[xX][0-9a-fA-F]+);)")
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_PREFIXED_NAME = re.compile(r"(</?|\s)([A-Za-z_][\w.\-]*):(?=[A-Za-z_])")


def _clean_xml(text: str) -> str:
    """Tally's XML made well-formed without changing what it says.

    Tally writes character references the XML spec forbids (``&#4;`` marks "not
    applicable", other control characters come from pasted text), bare ``&`` in
    names ("Ram & Sons") and HTML entities. Forbidden references and raw control
    characters are dropped, bare ampersands and HTML entities escaped. The
    declaration goes (the text is re-encoded as UTF-8; a UTF-16 declaration would lie).
    """
    text = _XML_DECLARATION.sub("", text)
    text = _RAW_CONTROL.sub("", text)

    def named(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in ("amp", "lt", "gt", "quot", "apos"):
            return match.group(0)
        char = html.entities.html5.get(f"{name};")
        if char is None:
            return f"&amp;{name};"
        return "".join(_XML_ESCAPES.get(c, c) for c in char)

    def numeric(match: re.Match[str]) -> str:
        digits = match.group(1) or match.group(2)
        if len(digits) > 8:
            return ""
        code = int(digits, 16) if match.group(1) else int(digits)
        allowed = (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF
                   or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF)
        return match.group(0) if allowed else ""

    text = _NAMED_REF.sub(named, text)
    text = _BARE_AMPERSAND.sub("&amp;", text)
    return _CHAR_REF.sub(numeric, text)


def _parse_xml(text: str) -> Element:
    """The document's root, through defusedxml (no entity expansion, no external fetches)."""
    cleaned = _clean_xml(text)
    try:
        return cast(Element, safe_xml.fromstring(cleaned.encode("utf-8")))
    except ParseError as error:
        if "unbound prefix" not in str(error):
            raise InputError(FILE_FIELD, "import-file-unreadable") from None
    except DefusedXmlException:
        raise InputError(FILE_FIELD, "import-file-unreadable") from None
    # Tally writes UDF:... names without declaring the prefix in some releases;
    # those are user-defined fields, never read here, so the prefix is flattened.
    try:
        return cast(Element, safe_xml.fromstring(
            _PREFIXED_NAME.sub(r"\1\2.", cleaned).encode("utf-8")))
    except (ParseError, DefusedXmlException):
        raise InputError(FILE_FIELD, "import-file-unreadable") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].upper()


def _child(element: Element, *names: str) -> str:
    """The text of the first direct child with one of ``names`` that is not blank."""
    for name in names:
        for child in element:
            if _local(child.tag) == name:
                text = _text(child.text)
                if text:
                    return text
    return ""


def _is_yes(element: Element, name: str) -> bool:
    return _child(element, name).casefold() == "yes"


def _read_tally(text: str) -> ImportResult:
    """Sales vouchers of a Tally Prime / Tally.ERP 9 XML export.

    Layout (Tally's XML interface): ``ENVELOPE/BODY/IMPORTDATA/REQUESTDATA/
    TALLYMESSAGE/VOUCHER`` for an import file, ``ENVELOPE/BODY/DATA/TALLYMESSAGE/
    VOUCHER`` and flatter variants for exports: every VOUCHER element is read,
    wherever it sits. A voucher is a sale when its type (VOUCHERTYPENAME, else the
    VCHTYPE attribute) is Sales, or a custom type whose chain of PARENTs in the
    VOUCHERTYPE masters of the same file ends at Sales; without masters the type
    name is read by its words. Number VOUCHERNUMBER; date DATE (YYYYMMDD); buyer
    PARTYLEDGERNAME or PARTYNAME; GSTIN PARTYGSTIN (or the party's LEDGER master);
    total the party's ledger entry (ISPARTYLEDGER, else LEDGERNAME = the party),
    whose sign is dropped (Tally signs debits negative): the grand total with tax
    and round-off. ISCANCELLED, ISDELETED, ISOPTIONAL (and ACTION="Delete"/"Cancel")
    are skipped with their reasons.
    """
    root = _parse_xml(text)
    if _local(root.tag) != "ENVELOPE":
        raise InputError(FILE_FIELD, "import-file-type")
    vouchers = [e for e in root.iter() if isinstance(e.tag, str) and _local(e.tag) == "VOUCHER"]
    if not vouchers:
        raise InputError(FILE_FIELD, "import-file-no-vouchers")
    if len(vouchers) > MAX_ROWS:
        raise InputError(FILE_FIELD, "import-file-too-many-rows", limit=MAX_ROWS)
    parents, ledger_gstins = _tally_masters(root)
    book = _Book()
    for position, voucher in enumerate(vouchers, start=1):
        book.add(_tally_candidate(voucher, position, parents, ledger_gstins))
    return book.result("tally-xml")


def _tally_masters(root: Element) -> tuple[dict[str, str], dict[str, str]]:
    """Voucher type -> parent type, and ledger -> GSTIN, from the masters in the file."""
    parents: dict[str, str] = {}
    gstins: dict[str, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = _local(element.tag)
        if tag not in ("VOUCHERTYPE", "LEDGER"):
            continue
        name = _key(element.get("NAME") or _child(element, "NAME"))
        if not name:
            continue
        if tag == "VOUCHERTYPE":
            parents[name] = _key(_child(element, "PARENT"))
            continue
        for inner in element.iter():
            if isinstance(inner.tag, str) and _local(inner.tag) in ("PARTYGSTIN", "GSTIN"):
                value = _text(inner.text)
                if value:
                    gstins[name] = value
                    break
    return parents, gstins


def _tally_type_reason(name: str, parents: Mapping[str, str]) -> str | None:
    current = _key(name)
    for _ in range(20):  # a chain of custom types; a loop in bad masters stops here
        if current in _TALLY_TYPES:
            return _TALLY_TYPES[current]
        parent = parents.get(current, "")
        if not parent or parent == current:
            break
        current = parent
    return _type_reason(name)


def _tally_candidate(voucher: Element, position: int, parents: Mapping[str, str],
                     ledger_gstins: Mapping[str, str]) -> _Candidate:
    type_name = _child(voucher, "VOUCHERTYPENAME") or _text(voucher.get("VCHTYPE"))
    number = _child(voucher, "VOUCHERNUMBER")
    action = _key(voucher.get("ACTION"))
    candidate = _Candidate(row=position, number=number)
    reason = _tally_type_reason(type_name, parents) if type_name else "not-a-sale"
    if reason is not None:
        candidate.skip = (reason, type_name)
    elif _is_yes(voucher, "ISDELETED") or action == "delete":
        candidate.skip = ("deleted", number)
    elif _is_yes(voucher, "ISCANCELLED") or _is_yes(voucher, "ISVOID") or action == "cancel":
        candidate.skip = ("cancelled", number)
    elif _is_yes(voucher, "ISOPTIONAL"):
        candidate.skip = ("optional-voucher", number)
    if candidate.skip is not None:
        return candidate
    party = _child(voucher, "PARTYLEDGERNAME", "PARTYNAME")
    candidate.buyer = party
    candidate.date_value = _child(voucher, "DATE", "EFFECTIVEDATE")
    candidate.gstin_value = (_child(voucher, "PARTYGSTIN", "BUYERGSTIN", "GSTIN")
                             or ledger_gstins.get(_key(party), ""))
    candidate.total_value = _tally_party_amount(voucher, party)
    return candidate


def _tally_party_amount(voucher: Element, party: str) -> object:
    """The party's ledger entry amount without its sign; None if there is none.

    Invoice-mode vouchers keep ledger entries in LEDGERENTRIES.LIST, accounting
    vouchers in ALLLEDGERENTRIES.LIST; the first kind holding the party is used,
    so an export carrying both is not counted twice.
    """
    for list_name in ("LEDGERENTRIES.LIST", "ALLLEDGERENTRIES.LIST"):
        entries = [e for e in voucher if _local(e.tag) == list_name]
        chosen = [e for e in entries if _is_yes(e, "ISPARTYLEDGER")]
        if not chosen and party:
            chosen = [e for e in entries if _key(_child(e, "LEDGERNAME")) == _key(party)]
        if not chosen:
            continue
        total = Decimal(0)
        for entry in chosen:
            raw = _child(entry, "AMOUNT")
            amount = _tally_amount(raw)
            if amount is None:
                return raw or None
            total += amount
        return abs(total)
    return None


def _tally_amount(raw: str) -> Decimal | None:
    # Foreign currency: "-$100.00 @ ₹ 83.00/$ = -₹ 8300.00"; the rupee figure is last.
    figure = raw.rsplit("=", 1)[-1]
    figure = re.sub(r"[^0-9.\-]", "", figure.replace("\u2212", "-"))
    if not re.fullmatch(r"-?[0-9]+(?:\.[0-9]+)?", figure):
        return None
    return Decimal(figure)


# ------------------------------------------------------------ tables (CSV, XLSX)

# Column names per field, most specific first; compared as _key() gives them.
# "Reference", "PO number", "Order number", "Invoice ID" (Zoho's internal id) are
# deliberately absent: they are never the invoice number.
_HEADERS: Mapping[str, tuple[str, ...]] = {
    "number": (
        "invoice number", "invoice no", "invoice num", "inv no", "inv number",
        "tax invoice no", "tax invoice number", "bill no", "bill number", "bill num",
        "voucher no", "voucher number", "vch no", "vch bill no", "bill invoice no",
        "invoice bill no", "document no", "document number", "doc no",
        "बिल नंबर", "बिल नम्बर", "बिल संख्या", "बिल क्रमांक", "बिल नं", "चालान संख्या",
        "चालान नंबर", "चालान नम्बर", "चालान क्रमांक", "इनवॉइस नंबर", "इनवॉयस नंबर",
        "चालान नं", "इनवॉइस नं", "बीजक संख्या", "वाउचर नंबर", "वाउचर संख्या",
        "invoice", "no", "num",
    ),
    "date": (
        "invoice date", "bill date", "voucher date", "vch date", "vch bill date", "inv date",
        "invoice dt", "bill dt", "document date", "doc date", "transaction date", "date",
        "dated", "बिल दिनांक", "बिल तारीख", "चालान दिनांक", "चालान तिथि", "इनवॉइस दिनांक",
        "दिनांक", "तारीख", "तिथि",
    ),
    "buyer": (
        "customer name", "party name", "buyer name", "client name", "party ac name",
        "party a c name", "billed to", "bill to", "bill to name", "customer", "party",
        "buyer", "client", "particulars", "ledger name", "account name", "account",
        "receiver name", "recipient name", "name",
        "ग्राहक का नाम", "ग्राहक नाम", "ग्राहक", "पार्टी का नाम", "पार्टी नाम", "पार्टी",
        "खरीदार का नाम", "खरीदार", "नाम",
    ),
    "gstin": (
        "customer gstin", "party gstin", "buyer gstin", "gstin of buyer",
        "gstin of recipient", "recipient gstin", "gstin uin of recipient", "gstin uin",
        "gstin", "gstin no", "gstin number", "gst no", "gst number", "gst in",
        "gst identification number gstin", "gst identification number", "gst reg no",
        "gst registration no", "gst registration number",
        "जीएसटीआईएन", "जीएसटी नंबर", "जीएसटी संख्या", "जीएसटीआईएन नंबर", "जीएसटी नं",
        "जीएसटी नम्बर", "पार्टी जीएसटी", "पार्टी का जीएसटी", "ग्राहक जीएसटी", "जीएसटीआईएन नं",
        "जीएसटी", "gst",
    ),
    "total": (
        "invoice total", "grand total", "total invoice value", "invoice value",
        "invoice amount", "bill amount", "bill amt", "bill value", "gross total",
        "total amount", "total amt", "total incl tax", "total including tax",
        "amount incl tax", "total amount incl tax", "net amount", "net amt", "total",
        "amount", "amt",
        "कुल राशि", "कुल रकम", "कुल योग", "बिल राशि", "कुल", "राशि", "रकम",
    ),
    "kind": (
        "voucher type", "vch type", "transaction type", "txn type", "document type",
        "doc type", "type", "वाउचर प्रकार", "प्रकार",
    ),
    "status": ("invoice status", "bill status", "status", "स्थिति"),
}
_REQUIRED = ("number", "date", "buyer", "total")
_HEADER_INDEX: Mapping[str, tuple[str, int]] = {
    _key(name): (column, priority)
    for column, names in _HEADERS.items()
    for priority, name in enumerate(names)
}
# Columns of a line-item export (one row per item, invoice columns repeated).
_LINE_ITEM_HEADERS = frozenset(_key(name) for name in {
    "item name", "item", "item description", "description", "product", "product name",
    "product service", "item total", "item price", "item amount", "quantity", "qty",
    "rate", "hsn", "hsn sac", "sku", "line item", "line amount", "line total",
    "stock item", "item code", "product code", "item quantity", "item rate", "unit price",
    "वस्तु", "मात्रा", "सामान",
})
# Words of a total or balance row (layout, not a document).
_LAYOUT_WORDS = frozenset(_key(word) for word in {
    "total", "totals", "grand total", "sub total", "subtotal", "net total", "page total",
    "opening balance", "closing balance", "carried over", "brought forward",
    "कुल", "कुल योग", "योग", "महायोग",
})


@dataclass(frozen=True)
class _Columns:
    """Which column holds what, found in the header row."""

    at: Mapping[str, int]
    keys: Mapping[str, str]  # the header's own names, to recognise it when repeated
    line_items: bool

    def value(self, cells: Sequence[object], name: str) -> object:
        index = self.at.get(name)
        return cells[index] if index is not None and index < len(cells) else None


def _find_columns(cells: Sequence[object]) -> dict[str, int]:
    best: dict[str, tuple[int, int]] = {}
    for index, cell in enumerate(cells):
        if not isinstance(cell, str):
            continue
        hit = _HEADER_INDEX.get(_key(cell))
        if hit is None:
            continue
        name, priority = hit
        if name not in best or priority < best[name][0]:
            best[name] = (priority, index)
    return {name: index for name, (_, index) in best.items()}


def _header(cells: Sequence[object]) -> _Columns | None:
    at = _find_columns(cells)
    if not all(name in at for name in _REQUIRED):
        return None
    keys = {name: _key(cells[index]) for name, index in at.items()}
    line_items = any(_key(c) in _LINE_ITEM_HEADERS for c in cells if isinstance(c, str))
    return _Columns(at=at, keys=keys, line_items=line_items)


def _blank(cells: Sequence[object]) -> bool:
    return all(_text(c) == "" for c in cells)


def _is_layout(cells: Sequence[object], columns: _Columns) -> bool:
    """A repeated header, a total or balance row, or a row with none of the invoice fields."""
    if all(_key(columns.value(cells, n)) == k for n, k in columns.keys.items()):
        return True
    number = _text(columns.value(cells, "number"))
    if (not number or _key(number) in _LAYOUT_WORDS) and any(
            _key(c) in _LAYOUT_WORDS for c in cells if isinstance(c, str)):
        return True
    return all(_text(columns.value(cells, n)) == ""
               for n in ("number", "date", "buyer", "gstin", "total"))


def _table_candidate(row: int, cells: Sequence[object], columns: _Columns) -> _Candidate:
    buyer = _text(columns.value(cells, "buyer"))
    candidate = _Candidate(
        row=row,
        number=_text(columns.value(cells, "number")),
        date_value=columns.value(cells, "date"),
        buyer=buyer,
        gstin_value=columns.value(cells, "gstin"),
        total_value=columns.value(cells, "total"),
    )
    kind = _text(columns.value(cells, "kind"))
    status = columns.value(cells, "status")
    kind_reason = _type_reason(kind, unknown=None) if kind else None
    if kind_reason is not None:
        candidate.skip = (kind_reason, kind)
    elif (reason := _status_reason(status)) is not None:
        candidate.skip = (reason, _text(status))
    elif re.fullmatch(r"\(?\s*(cancelled|canceled|void)\s*\)?", buyer, re.IGNORECASE):
        candidate.skip = ("cancelled", buyer)  # Tally's register: "(cancelled)" as the party
    return candidate


def _read_table(rows: Iterator[tuple[int, Sequence[object]]], file_format: str,
                epoch: datetime | None = None) -> ImportResult | None:
    """Invoices in a table, or None when no header row is found near the top.

    Grouping (Zoho Books, QuickBooks and item-wise registers have one row per
    line item): when the header names item columns, rows with the same invoice
    number are one invoice whose total is the invoice total column, repeated on
    each row; a row with that number but another date, buyer or GSTIN is a
    second invoice under the same number (``duplicate-in-file``), and rows that
    disagree on the total make it ``ambiguous-total``.
    """
    columns = _locate_header(rows)
    if columns is None:
        return None
    book = _Book(epoch)
    groups: dict[str, _Candidate] = {}
    order: list[_Candidate] = []
    counted = 0
    for row, cells in rows:
        if _blank(cells):
            continue
        counted += 1
        if counted > MAX_ROWS:
            raise InputError(FILE_FIELD, "import-file-too-many-rows", limit=MAX_ROWS)
        if _is_layout(cells, columns):
            continue
        candidate = _table_candidate(row, cells, columns)
        if not columns.line_items or not candidate.number:
            order.append(candidate)
            continue
        key = _number_key(candidate.number)
        group = groups.get(key)
        if group is None:
            groups[key] = candidate
            order.append(candidate)
        elif not _merge(group, candidate):
            book.skipped.append(SkippedRow(row, "duplicate-in-file", candidate.number))
    for candidate in order:
        book.add(candidate)
    return book.result(file_format)


def _merge(group: _Candidate, line: _Candidate) -> bool:
    """Fold a line-item row into its invoice; False if it belongs to another invoice."""
    for name in ("date_value", "buyer", "gstin_value"):
        mine, theirs = _text(getattr(group, name)), _text(getattr(line, name))
        if mine and theirs and _key(mine) != _key(theirs):
            return False
    for name in ("date_value", "buyer", "gstin_value", "total_value"):
        if not _text(getattr(group, name)):
            setattr(group, name, getattr(line, name))
    if group.skip is None and line.skip is not None:
        group.skip = line.skip
    mine_total, line_total = _text(group.total_value), _text(line.total_value)
    if mine_total and line_total and _amount(group.total_value) != _amount(line.total_value):
        if not group.total_conflict:
            group.total_conflict.append(mine_total)
        if line_total not in group.total_conflict:
            group.total_conflict.append(line_total)
    return True


def _locate_header(rows: Iterator[tuple[int, Sequence[object]]]) -> _Columns | None:
    seen = 0
    for _, cells in rows:
        if _blank(cells):
            continue
        columns = _header(cells)
        if columns is not None:
            return columns
        seen += 1
        if seen >= _HEADER_SEARCH_ROWS:
            return None
    return None


# -------------------------------------------------------------------------- CSV

_DELIMITERS = (",", ";", "\t", "|")
_SEP_HINT = re.compile(r"\s*sep=(.)\s*$", re.IGNORECASE)


def _read_delimited(text: str) -> ImportResult:
    """Delimited text: the delimiter is the one under which a header row is found.

    Excel's ``sep=;`` first line is honoured and is not a row. Rows are numbered
    as records from 1 (the row numbers a spreadsheet shows).
    """
    for bom in _BOM_TEXT:
        text = text.removeprefix(bom)
    first_line, _, rest = text.partition("\n")
    hint = _SEP_HINT.fullmatch(first_line.rstrip("\r"))
    if hint:
        text = rest
        delimiters: tuple[str, ...] = (hint.group(1),)
    else:
        delimiters = _DELIMITERS
    sample = "\n".join(text.splitlines()[:_HEADER_SEARCH_ROWS * 2])
    best: tuple[int, str] | None = None
    for delimiter in delimiters:
        columns = _locate_header(_csv_rows(sample, delimiter))
        if columns is not None and (best is None or len(columns.at) > best[0]):
            best = (len(columns.at), delimiter)
    result = _read_table(_csv_rows(text, best[1]), "csv") if best else None
    if result is None:
        raise InputError(FILE_FIELD, "import-file-no-header")
    return result


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, Sequence[object]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from enumerate(reader, start=1)
    except csv.Error:
        raise InputError(FILE_FIELD, "import-file-unreadable") from None


# ------------------------------------------------------------------------- XLSX


def _read_xlsx(data: bytes) -> ImportResult:
    """An Excel workbook (openpyxl, read-only, cached formula values).

    The members' declared sizes are checked before openpyxl opens anything (a zip
    bomb is refused, not unpacked). The active sheet is read first, then the
    others; the first with a header row is the one imported. Row numbers are the
    sheet's own.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(FILE_FIELD, "import-file-unreadable") from None
    if "xl/workbook.xml" not in {m.filename for m in members}:
        raise InputError(FILE_FIELD, "import-file-type")  # .docx, .ods, any other zip
    if sum(m.file_size for m in members) > MAX_XLSX_UNCOMPRESSED_BYTES:
        raise InputError(FILE_FIELD, "import-file-unreadable")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style", unsupported extensions
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True,
                                              data_only=True, keep_links=False)
            try:
                result = _read_workbook(workbook)
            finally:
                workbook.close()
    except InputError:
        raise
    except (KeyError, ValueError, TypeError, IndexError, AttributeError, OSError, EOFError,
            zipfile.BadZipFile, ParseError, DefusedXmlException, InvalidFileException):
        raise InputError(FILE_FIELD, "import-file-unreadable") from None
    if result is None:
        raise InputError(FILE_FIELD, "import-file-no-header")
    return result


def _read_workbook(workbook: Any) -> ImportResult | None:
    # openpyxl ships no type hints: its objects are Any here, their values cast.
    sheets: list[Any] = list(workbook.worksheets)  # worksheets only, no chart sheets
    if workbook.active in sheets:
        sheets.remove(workbook.active)
        sheets.insert(0, workbook.active)
    epoch = cast(datetime | None, workbook.epoch)
    for sheet in sheets:
        sheet.reset_dimensions()  # some writers store a wrong dimension; read what is there
        rows = cast(Iterable[Sequence[object]], sheet.iter_rows(values_only=True))
        result = _read_table(enumerate(rows, start=1), "xlsx", epoch)
        if result is not None:
            return result
    return None
