"""GSTIN: the 15-character GST identification number of a supplier or buyer.

Layout (docs/legal-conventions.md, "Identifiers"; CBIC/GSTN, Rule 10 of the CGST Rules 2017)::

    27 AAPFU0939F 1 Z V
    |  |          | | +- check character, Luhn mod 36 over the first 14
    |  |          | +--- always 'Z' (the default)
    |  |          +----- entity number: the holder's n-th registration in the
    |  |                 state, 1-9 then A-Z (never 0)
    |  +---------------- the holder's PAN: 5 letters, 4 digits, 1 letter; the
    |                    4th letter is the holder type (C company, P person...)
    +------------------- state code

The checks reuse python-stdnum's maintained pieces (``stdnum.in_.gstin.compact``,
``stdnum.in_.pan.validate`` and ``stdnum.luhn.calc_check_digit`` with the mod-36
alphabet) but run one at a time, so that the first rule broken can be named.

State codes: docs/legal-conventions.md's list, not stdnum's. stdnum still accepts 25 (Daman and
Diu) and 28 (Andhra Pradesh before 2014) and lacks 38 (Ladakh), 97 (Other
Territory) and 99 (Centre Jurisdiction). Daman and Diu registrations moved to 26
when the UTs merged (26 Jan 2020), and Andhra Pradesh has registered under 37
since GST began in 2017, so a GSTIN that starts 25 or 28 is not current: it is
rejected with its own explanation ("legacy code") rather than the generic one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.in_ import gstin as stdnum_gstin
from stdnum.in_ import pan as stdnum_pan

from tools.errors import InputError

__all__ = [
    "GSTIN_LEGACY_STATE_CODES",
    "GSTIN_STATE_CODES",
    "GstinCheck",
    "check_gstin",
    "gstin_check_character",
    "repair_ocr_gstin",
    "validate_gstin",
]

GSTIN_LENGTH = 15
CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

#: State and UT codes a GSTIN may start with today (GSTN's state code list;
#: docs/legal-conventions.md "Identifiers": 01-24, 26, 27, 29-38, 97, 99).
GSTIN_STATE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "01": "Jammu and Kashmir",
        "02": "Himachal Pradesh",
        "03": "Punjab",
        "04": "Chandigarh",
        "05": "Uttarakhand",
        "06": "Haryana",
        "07": "Delhi",
        "08": "Rajasthan",
        "09": "Uttar Pradesh",
        "10": "Bihar",
        "11": "Sikkim",
        "12": "Arunachal Pradesh",
        "13": "Nagaland",
        "14": "Manipur",
        "15": "Mizoram",
        "16": "Tripura",
        "17": "Meghalaya",
        "18": "Assam",
        "19": "West Bengal",
        "20": "Jharkhand",
        "21": "Odisha",
        "22": "Chhattisgarh",
        "23": "Madhya Pradesh",
        "24": "Gujarat",
        "26": "Dadra and Nagar Haveli and Daman and Diu",
        "27": "Maharashtra",
        "29": "Karnataka",
        "30": "Goa",
        "31": "Lakshadweep",
        "32": "Kerala",
        "33": "Tamil Nadu",
        "34": "Puducherry",
        "35": "Andaman and Nicobar Islands",
        "36": "Telangana",
        "37": "Andhra Pradesh",
        "38": "Ladakh",
        "97": "Other Territory",
        "99": "Centre Jurisdiction",
    }
)

#: Codes no longer issued: their names are still reported, but the GSTIN is invalid.
GSTIN_LEGACY_STATE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "25": "Daman and Diu (merged into 26 in 2020)",
        "28": "Andhra Pradesh (before the 2014 division; now 37)",
    }
)

# Shape after the length check: a 2-digit state code, then 13 letters or digits.
# Per-position rules (PAN, entity number, 'Z') come later with their own reasons.
_SHAPE = re.compile(r"[0-9]{2}[0-9A-Z]{13}")
_FIRST14 = re.compile(r"[0-9A-Z]{14}")

# Characters OCR confuses, as (digit, letter) pairs: O/0, S/5, I/1, B/8, Z/2.
_OCR_PAIRS = (("0", "O"), ("5", "S"), ("1", "I"), ("8", "B"), ("2", "Z"))
_OCR_TO_DIGIT = {letter: digit for digit, letter in _OCR_PAIRS}
_OCR_TO_LETTER = {digit: letter for digit, letter in _OCR_PAIRS}
# Expected character class at each of the 15 positions: d digit, L letter, * either.
_POSITION_CLASSES = "ddLLLLLddddL*L*"


@dataclass(frozen=True)
class GstinCheck:
    """The outcome of :func:`check_gstin`.

    ``gstin`` is the normalised input (stripped, upper case, no spaces or
    hyphens). ``reason`` is the English explanation of the first rule broken and
    ``rule`` its id (``gstin-length``, ``gstin-format``, ``gstin-state-code``,
    ``gstin-pan``, ``gstin-entity-number``, ``gstin-default-z``,
    ``gstin-check-character``); both are None when ``valid``. ``state_code``,
    ``state_name`` and ``pan`` are filled whenever they can be read, even when
    a later rule fails. ``error`` renders the reason in hi or ta too.
    """

    gstin: str
    valid: bool
    reason: str | None = None
    rule: str | None = None
    state_code: str | None = None
    state_name: str | None = None
    pan: str | None = None
    error: InputError | None = field(default=None, compare=False, repr=False)


def gstin_check_character(first14: str) -> str:
    """The check character for the first 14 characters of a GSTIN.

    Luhn mod 36 (docs/legal-conventions.md "Identifiers"): 0-9 -> 0-9, A-Z -> 10-35; weights
    1, 2, 1, 2, ... from the left; each product p adds p // 36 + p % 36;
    check = (36 - sum % 36) % 36. Computed by ``stdnum.luhn.calc_check_digit``.
    Example: ``27AAPFU0939F1Z`` -> ``V``.

    Raises ValueError unless ``first14`` is 14 letters or digits.
    """
    number = stdnum_gstin.compact(first14)
    if not _FIRST14.fullmatch(number):
        raise ValueError(f"expected 14 letters or digits, got {len(number)} characters")
    return luhn.calc_check_digit(number, alphabet=CHECK_ALPHABET)


def check_gstin(value: str) -> GstinCheck:
    """Check a GSTIN and explain the first rule it breaks.

    Order: length 15; letters and digits only, starting with a 2-digit state
    code; the state code is current (module docstring); characters 3-12 are a
    PAN (``stdnum.in_.pan``: 5 letters, 4 digits not 0000, 1 letter, a known
    holder type 4th); the entity number is not 0; the 14th character is 'Z';
    the check character matches :func:`gstin_check_character`.
    Source: docs/legal-conventions.md "Identifiers".
    """
    number = stdnum_gstin.compact(value)
    state_code = number[:2] if re.fullmatch(r"[0-9]{2}", number[:2]) else None
    state_name = None
    if state_code is not None:
        state_name = GSTIN_STATE_CODES.get(state_code) or GSTIN_LEGACY_STATE_CODES.get(state_code)
    pan: str | None = None

    def invalid(rule: str, message_id: str | None = None, **params: str | int) -> GstinCheck:
        error = InputError("gstin", rule, message_id, gstin=number, **params)
        return GstinCheck(
            gstin=number,
            valid=False,
            reason=str(error),  # InputError's message is its English rendering
            rule=rule,
            state_code=state_code,
            state_name=state_name,
            pan=pan,
            error=error,
        )

    if len(number) != GSTIN_LENGTH:
        return invalid("gstin-length", length=len(number))
    if state_code is None or not _SHAPE.fullmatch(number):
        return invalid("gstin-format")
    pan = number[2:12]
    if state_code in GSTIN_LEGACY_STATE_CODES:
        return invalid("gstin-state-code", "error-gstin-state-code-legacy", state_code=state_code)
    if state_code not in GSTIN_STATE_CODES:
        return invalid("gstin-state-code", state_code=state_code)
    try:
        stdnum_pan.validate(pan)
    except ValidationError:
        return invalid("gstin-pan", pan=pan)
    if number[12] == "0":
        return invalid("gstin-entity-number", entity=number[12])
    if number[13] != "Z":
        return invalid("gstin-default-z", found=number[13])
    expected = gstin_check_character(number[:14])
    if number[14] != expected:
        return invalid("gstin-check-character", expected=expected, found=number[14])
    return GstinCheck(
        gstin=number, valid=True, state_code=state_code, state_name=state_name, pan=pan
    )


def validate_gstin(value: str) -> str:
    """The normalised GSTIN, or :class:`InputError` (field ``gstin``) naming the rule broken.

    The rules and their order are those of :func:`check_gstin`.
    """
    check = check_gstin(value)
    if check.error is not None:
        raise check.error
    return check.gstin


def repair_ocr_gstin(value: str) -> str | None:
    """Undo the usual OCR confusions in a GSTIN read from a scanned invoice.

    Each position has an expected class (digits in the state code and the PAN's
    serial, letters in the PAN's name part and the 'Z'; the entity number and
    the check character may be either). A character of the wrong class is
    swapped for its look-alike (O<->0, S<->5, I<->1, B<->8, Z<->2); where both
    classes are allowed, both readings are tried. Returns the one candidate that
    passes :func:`check_gstin`, the input itself when it already passes, or None
    when nothing or more than one candidate passes (a guess is never returned).
    """
    number = stdnum_gstin.compact(value)
    if len(number) != GSTIN_LENGTH:
        return None
    if check_gstin(number).valid:
        return number
    options: list[tuple[str, ...]] = []
    for char, expected_class in zip(number, _POSITION_CLASSES, strict=True):
        readings = _ocr_readings(char, expected_class)
        if not readings:
            return None
        options.append(readings)
    valid = {
        candidate
        for candidate in ("".join(chars) for chars in itertools.product(*options))
        if check_gstin(candidate).valid
    }
    return valid.pop() if len(valid) == 1 else None


def _ocr_readings(char: str, expected_class: str) -> tuple[str, ...]:
    is_digit = "0" <= char <= "9"
    is_letter = "A" <= char <= "Z"
    if expected_class == "d":
        return (char,) if is_digit else _optional(_OCR_TO_DIGIT.get(char))
    if expected_class == "L":
        return (char,) if is_letter else _optional(_OCR_TO_LETTER.get(char))
    if not (is_digit or is_letter):
        return ()
    look_alike = _OCR_TO_LETTER.get(char) if is_digit else _OCR_TO_DIGIT.get(char)
    return (char, *_optional(look_alike))


def _optional(char: str | None) -> tuple[str, ...]:
    return () if char is None else (char,)
