"""Rupee amounts: parsing what people type, formatting the Indian way, and amounts in words.

Money is always :class:`~decimal.Decimal`, never float. Amounts are rounded to
the paisa half up (the usual commercial rounding; Babel would round half to
even, so amounts are rounded here before formatting).

Indian numbering (docs/legal-conventions.md "Formats"): 1 lakh = 1,00,000; 1 crore =
1,00,00,000; digits are grouped 3 then 2 (``₹12,34,567.50``). Notices state
amounts in figures and in words.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency
from num2words import num2words

from prompts import normalise_language
from tools.errors import InputError

__all__ = ["MAX_AMOUNT", "amount_in_words_en", "format_inr", "parse_amount", "to_paisa"]

PAISA = Decimal("0.01")
_LOCALES = {"en": "en_IN", "hi": "hi_IN", "ta": "ta_IN"}
#: Rupees the Indian way in every language, stated here rather than taken from
#: the locale's CLDR data, which changes between Babel releases (CLDR 48 gives
#: ta_IN ``¤ #,##0.00``, Western grouping with a space). Groups of 3 then 2
#: (lakh, crore), symbol before the figure with no space, always two decimals.
INR_PATTERN = "¤#,##,##0.00"
#: The same without decimals, for a whole-rupee amount in chat (``format_inr(..., chat=True)``).
INR_WHOLE_PATTERN = "¤#,##,##0"

# num2words' en_IN converter stops below 10^10 (1,000 crore); larger amounts
# are said as "<n> crore <rest>", the way Indian notices and cheques say them.
_NUM2WORDS_LIMIT = 10**10
_CRORE = 10**7


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Units people append to a figure, in en, hi and ta. NFC matters: करोड़ is
# typed both with the precomposed ड़ and with ड + nukta.
_UNITS: dict[str, int] = {
    _nfc(word): factor
    for words, factor in (
        (("k", "thousand", "hazaar", "hazar", "hajar", "हज़ार", "हजार", "aayiram", "ஆயிரம்"), 1_000),
        (("l", "lakh", "lakhs", "lac", "lacs", "लाख", "லட்சம்", "இலட்சம்"), 100_000),
        (("cr", "crore", "crores", "करोड़", "करोड", "கோடி"), 10_000_000),
    )
    for word in words
}

# Longest spelling first: the prefix pattern takes the first alternative that fits.
_CURRENCY = r"(?:₹|rupees?|rs\.?|inr|रुपये|रुपए|रुपया|रु\.?|ரூபாய்|ரூ\.?)"
_PREFIX = re.compile(_nfc(rf"^{_CURRENCY}\s*"))
_SUFFIX = re.compile(_nfc(rf"(?<![a-z])\s*(?:{_CURRENCY}|/-|only)$"))
_FIGURE = re.compile(
    r"(?P<sign>[-+\u2212]?)\s*(?P<whole>[0-9][0-9,]*)?(?:\.(?P<fraction>[0-9]*))?\s*(?P<unit>.*)"
)
# 1,20,000 (Indian), 120,000 (Western) or 120000; anything else is ambiguous.
_GROUPING = re.compile(r"[0-9]+|[0-9]{1,2}(?:,[0-9]{2})*,[0-9]{3}|[0-9]{1,3}(?:,[0-9]{3})+")


#: The largest amount Bakaya records: Rs 1,000 crore, far above any micro or small
#: enterprise's invoice (a small enterprise's turnover limit is Rs 100 crore) and
#: well inside what the ledger's money columns hold (14 digits, 2 of them paise).
MAX_AMOUNT = Decimal("10000000000.00")


def parse_amount(value: str | int | Decimal, field: str = "amount") -> Decimal:
    """A positive rupee amount with at most 2 decimals, as a Decimal quantised to the paisa.

    Accepts ``120000``, ``1,20,000`` (Indian or Western grouping), ``Rs 1,20,000.50``,
    ``₹1.2 lakh``, ``1.5 crore``, ``120000/-``, ``Rs. 500 only``, Hindi and Tamil
    units and currency words (लाख, करोड़, ரூ, கோடி) and digits in any script.
    Rule ``amount-invalid``: not a number, NaN/infinity, more than 2 decimal
    places (paise) after any unit is applied, or an exponent. Rule
    ``amount-not-positive``: zero or negative. Rule ``amount-too-large``: more than
    :data:`MAX_AMOUNT`. Floats are refused with TypeError:
    money is never float.
    """
    if isinstance(value, float):
        raise TypeError("amounts are never floats: pass a str, int or Decimal")
    shown = str(value).strip()
    if isinstance(value, bool):
        raise InputError(field, "amount-invalid", value=shown)
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    else:
        amount = _parse_text(value, field)
    if not amount.is_finite():
        raise InputError(field, "amount-invalid", value=shown)
    if amount <= 0:
        raise InputError(field, "amount-not-positive", value=shown)
    try:
        quantised = amount.quantize(PAISA)
    except InvalidOperation:  # more digits than the decimal context holds
        raise InputError(field, "amount-invalid", value=shown) from None
    if quantised != amount:
        raise InputError(field, "amount-invalid", value=shown)
    if quantised > MAX_AMOUNT:
        raise InputError(field, "amount-too-large", value=shown,
                         limit=format_inr(MAX_AMOUNT, "en", chat=True))
    return quantised


def _parse_text(value: str, field: str) -> Decimal:
    text = _ascii_digits(_nfc(value).strip().lower())
    previous = None
    while previous != text:
        previous = text
        text = _SUFFIX.sub("", _PREFIX.sub("", text)).strip()
    match = _FIGURE.fullmatch(text)
    if match is None or not (match["whole"] or match["fraction"]):
        raise InputError(field, "amount-invalid", value=value.strip())
    whole = match["whole"] or "0"
    unit = match["unit"].rstrip(".").strip()
    if not _GROUPING.fullmatch(whole) or (unit and unit not in _UNITS):
        raise InputError(field, "amount-invalid", value=value.strip())
    amount = Decimal(f"{whole.replace(',', '')}.{match['fraction'] or '0'}")
    amount *= _UNITS.get(unit, 1)
    return -amount if match["sign"] in ("-", "\u2212") else amount


def to_paisa(amount: Decimal | int) -> Decimal:
    """``amount`` rounded to the paisa, half up (2.345 -> 2.35, -2.345 -> -2.35).

    Raises ValueError for NaN or infinity.
    """
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {amount}")
    return value.quantize(PAISA, rounding=ROUND_HALF_UP)


def format_inr(amount: Decimal | int, language: str, *, chat: bool = False) -> str:
    """``amount`` as rupees the Indian way: ``₹1,23,456.00``, in ta, hi and en alike.

    docs/legal-conventions.md "Formats": lakh/crore grouping, Latin digits, always 2 decimals.
    The grouping is the explicit :data:`INR_PATTERN`, whatever a Babel
    release's CLDR data says for the locale; the locale still supplies the
    symbols (digits, minus sign, decimal point). Never compact forms (ta_IN
    counts in millions). The amount is rounded half up to the paisa first.
    Unknown languages fall back to en.

    ``chat=True`` is for what people read in a chat or a reminder (WhatsApp, SMS,
    the sandbox, reminder emails): a whole-rupee amount drops ".00"
    (``₹1,20,000``, as shopkeepers write it) and one with paise keeps them
    (``₹4,181.98``). Statutory figures (notices, the CLI's quote, JSON and the
    API) keep the default: always two decimals.
    """
    locale = _LOCALES[normalise_language(language)]
    value = to_paisa(amount)
    whole = chat and value == value.to_integral_value()
    return format_currency(value, "INR", format=INR_WHOLE_PATTERN if whole else INR_PATTERN,
                           locale=locale, currency_digits=False)


def amount_in_words_en(amount: Decimal | int) -> str:
    """The amount in words for a notice, Indian system, title case.

    ``120000.50`` -> ``Rupees One Lakh Twenty Thousand and Fifty Paise Only``.
    Words come from num2words ``lang='en_IN'`` (lakh, crore), without its
    commas, hyphens and inner "and", so that the only "and" joins rupees and
    paise. Rounded half up to the paisa first; a paise-only amount reads
    ``Fifty Paise Only``; zero reads ``Rupees Zero Only``. Negative amounts
    raise ValueError. Source: docs/legal-conventions.md "Formats".
    """
    value = to_paisa(amount)
    if value < 0:
        raise ValueError(f"negative amount: {amount}")
    rupees = int(value)
    paise = int((value - rupees) * 100)
    parts = []
    if rupees or not paise:
        parts.append(f"Rupees {_words(rupees)}")
    if paise:
        parts.append(f"{_words(paise)} {'Paisa' if paise == 1 else 'Paise'}")
    return " and ".join(parts) + " Only"


def _words(number: int) -> str:
    if number >= _NUM2WORDS_LIMIT:
        crores, rest = divmod(number, _CRORE)
        return f"{_words(crores)} Crore" + (f" {_words(rest)}" if rest else "")
    text = str(num2words(number, lang="en_IN")).replace(",", " ").replace("-", " ")
    return " ".join(word.capitalize() for word in text.split() if word != "and")


def _ascii_digits(text: str) -> str:
    # Hindi and Tamil keyboards type their own digits (१२०, ௧௨௦); the amount is the same.
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
