"""GSTIN checks: the examples in docs/legal-conventions.md, each rule's reason, the check
character, OCR repair."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.in_ import gstin as stdnum_gstin

from tools.errors import InputError
from tools.gstin import (
    CHECK_ALPHABET,
    GSTIN_LEGACY_STATE_CODES,
    GSTIN_STATE_CODES,
    check_gstin,
    gstin_check_character,
    repair_ocr_gstin,
    validate_gstin,
)

PUBLIC_EXAMPLES = {
    "27AAPFU0939F1ZV": ("27", "Maharashtra", "AAPFU0939F"),
    "24AAQCA8719H1ZC": ("24", "Gujarat", "AAQCA8719H"),
    "29AABCR1718E1ZL": ("29", "Karnataka", "AABCR1718E"),
    "33AAAAR6720M1ZG": ("33", "Tamil Nadu", "AAAAR6720M"),
}

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
PAN_HOLDER_TYPES = "ABCFGHJLPT"


def domain_md_check_character(first14: str) -> str:
    """docs/legal-conventions.md's formula, written out independently of stdnum."""
    total = 0
    for position, char in enumerate(first14):
        product = CHECK_ALPHABET.index(char) * (1 if position % 2 == 0 else 2)
        total += product // 36 + product % 36
    return CHECK_ALPHABET[(36 - total % 36) % 36]


@st.composite
def valid_first14(draw: st.DrawFn) -> str:
    state = draw(st.sampled_from(sorted(GSTIN_STATE_CODES)))
    name = draw(st.text(LETTERS, min_size=3, max_size=3))
    holder = draw(st.sampled_from(PAN_HOLDER_TYPES))
    initial = draw(st.sampled_from(LETTERS))
    serial = draw(st.integers(1, 9999))
    last = draw(st.sampled_from(LETTERS))
    entity = draw(st.sampled_from(CHECK_ALPHABET[1:]))
    return f"{state}{name}{holder}{initial}{serial:04d}{last}{entity}Z"


# --- public examples -----------------------------------------------------------------


@pytest.mark.parametrize("gstin", sorted(PUBLIC_EXAMPLES))
def test_public_examples_are_valid_with_state_and_pan(gstin: str) -> None:
    check = check_gstin(gstin)
    assert check.valid
    assert (check.rule, check.reason) == (None, None)
    assert (check.state_code, check.state_name, check.pan) == PUBLIC_EXAMPLES[gstin]
    assert validate_gstin(gstin) == gstin


def test_check_character_of_domain_md_example_is_v() -> None:
    assert gstin_check_character("27AAPFU0939F1Z") == "V"


@pytest.mark.parametrize("gstin", sorted(PUBLIC_EXAMPLES))
def test_check_character_matches_public_examples(gstin: str) -> None:
    assert gstin_check_character(gstin[:14]) == gstin[14]


def test_input_is_normalised_before_checking() -> None:
    assert validate_gstin("  27aapfu0939f1zv ") == "27AAPFU0939F1ZV"
    assert validate_gstin("27-AAPFU-0939F 1ZV") == "27AAPFU0939F1ZV"
    assert check_gstin("27 aapfu 0939 f1zw").gstin == "27AAPFU0939F1ZW"


# --- each rule, in order -----------------------------------------------------------------

REASONS = [
    (
        "27AAPFU0939F1Z",
        "gstin-length",
        "GSTIN 27AAPFU0939F1Z has 14 characters: a GSTIN has exactly 15.",
    ),
    ("", "gstin-length", "The GSTIN is empty: a GSTIN has exactly 15 characters."),
    (
        "27AAPFU0939F1ZV9",
        "gstin-length",
        "GSTIN 27AAPFU0939F1ZV9 has 16 characters: a GSTIN has exactly 15.",
    ),
    (
        "27AAPF@0939F1ZV",
        "gstin-format",
        "GSTIN 27AAPF@0939F1ZV should contain only the letters A–Z and the digits 0–9,"
        " and begin with the two-digit state code.",
    ),
    (
        "Z7AAPFU0939F1ZV",
        "gstin-format",
        "GSTIN Z7AAPFU0939F1ZV should contain only the letters A–Z and the digits 0–9,"
        " and begin with the two-digit state code.",
    ),
    (
        "40AAPFU0939F1ZV",
        "gstin-state-code",
        "GSTIN 40AAPFU0939F1ZV begins with 40, which is not a GST state code"
        " (01–38, 97 or 99, except 25 and 28).",
    ),
    (
        "25AAPFU0939F1ZV",
        "gstin-state-code",
        "GSTIN 25AAPFU0939F1ZV begins with the old state code 25, which is no longer used"
        " (25 became 26 in 2020; Andhra Pradesh is 37). Please check the current GSTIN on the"
        " GST portal.",
    ),
    (
        "27AAPXU0939F1ZV",
        "gstin-pan",
        "GSTIN 27AAPXU0939F1ZV: characters 3 to 12 (AAPXU0939F) should be the holder's PAN:"
        " 5 letters, 4 digits (not 0000) and a letter, with the holder type as the 4th letter"
        " (for example C for a company, P for a person, F for a firm).",
    ),
    ("27AAPF10939F1ZV", "gstin-pan", None),  # digit in the PAN's name part
    ("27AAPFU0000F1ZV", "gstin-pan", None),  # serial 0000
    ("27AAPFU093991ZV", "gstin-pan", None),  # PAN ends in a digit
    (
        "27AAPFU0939F0ZV",
        "gstin-entity-number",
        "GSTIN 27AAPFU0939F0ZV: the 13th character (the registration number within the state)"
        " cannot be 0; it is 1–9 or A–Z.",
    ),
    (
        "27AAPFU0939F1YV",
        "gstin-default-z",
        "GSTIN 27AAPFU0939F1YV: the 14th character should be Z, not Y.",
    ),
    (
        "27AAPFU0939F1ZW",
        "gstin-check-character",
        "GSTIN 27AAPFU0939F1ZW: check character should be V, not W.",
    ),
]


@pytest.mark.parametrize(("value", "rule", "reason"), REASONS)
def test_first_rule_broken_is_named_with_a_readable_reason(
    value: str, rule: str, reason: str | None
) -> None:
    check = check_gstin(value)
    assert not check.valid
    assert check.rule == rule
    assert check.reason is not None
    if reason is not None:
        assert check.reason == reason
    with pytest.raises(InputError) as raised:
        validate_gstin(value)
    assert (raised.value.field, raised.value.rule) == ("gstin", rule)
    assert str(raised.value) == check.reason


@pytest.mark.parametrize(("value", "rule", "reason"), REASONS)
def test_every_reason_renders_in_hindi_and_tamil(value: str, rule: str, reason: str | None) -> None:
    error = check_gstin(value).error
    assert error is not None
    hindi, tamil = error.render("hi"), error.render("ta")
    assert any("\u0900" <= c <= "\u097f" for c in hindi)
    assert any("\u0b80" <= c <= "\u0bff" for c in tamil)
    for text in (hindi, tamil):
        assert "{" not in text
        if value:
            assert check_gstin(value).gstin in text


def test_check_character_error_carries_expected_and_found() -> None:
    with pytest.raises(InputError) as raised:
        validate_gstin("27AAPFU0939F1ZW")
    assert raised.value.params["expected"] == "V"
    assert raised.value.params["found"] == "W"
    assert raised.value.params["gstin"] == "27AAPFU0939F1ZW"


def test_checks_run_in_documented_order() -> None:
    # Broken state code, PAN, 'Z' and check character: the state code is named.
    assert check_gstin("40AAPXU0939F1YW").rule == "gstin-state-code"
    # Broken PAN and 'Z': the PAN is named.
    assert check_gstin("27AAPXU0939F1YW").rule == "gstin-pan"


def test_state_code_and_pan_are_read_even_when_a_later_rule_fails() -> None:
    check = check_gstin("27AAPFU0939F1ZW")
    assert (check.state_code, check.state_name, check.pan) == ("27", "Maharashtra", "AAPFU0939F")
    unknown_state = check_gstin("40AAPFU0939F1ZV")
    assert (unknown_state.state_code, unknown_state.state_name) == ("40", None)
    assert unknown_state.pan == "AAPFU0939F"
    short = check_gstin("29AABCR1718E1Z")
    assert (short.state_code, short.state_name, short.pan) == ("29", "Karnataka", None)
    assert check_gstin("ZZAABCR1718E1ZL").state_code is None


def test_legacy_state_codes_are_rejected_but_named() -> None:
    for code in ("25", "28"):
        check = check_gstin(f"{code}AAPFU0939F1Z" + gstin_check_character(f"{code}AAPFU0939F1Z"))
        assert check.rule == "gstin-state-code"
        assert check.state_name == GSTIN_LEGACY_STATE_CODES[code]


@pytest.mark.parametrize("code", ["38", "97", "99", "26", "37", "01"])
def test_current_codes_missing_from_older_lists_are_accepted(code: str) -> None:
    first14 = f"{code}AAPFU0939F1Z"
    assert check_gstin(first14 + gstin_check_character(first14)).valid


def test_gstin_check_character_refuses_what_is_not_14_letters_or_digits() -> None:
    for bad in ("27AAPFU0939F1", "27AAPFU0939F1ZV", "27AAPFU0939F1@"):
        with pytest.raises(ValueError):
            gstin_check_character(bad)


# --- properties ------------------------------------------------------------------------


@settings(deadline=None)
@given(st.text(CHECK_ALPHABET, min_size=14, max_size=14))
def test_check_character_is_domain_md_formula(first14: str) -> None:
    assert gstin_check_character(first14) == domain_md_check_character(first14)


@settings(deadline=None)
@given(valid_first14(), st.sampled_from(CHECK_ALPHABET))
def test_check_character_round_trip(first14: str, other: str) -> None:
    expected = gstin_check_character(first14)
    assert check_gstin(first14 + expected).valid
    if other != expected:
        check = check_gstin(first14 + other)
        assert check.rule == "gstin-check-character"
        assert check.reason == (
            f"GSTIN {first14}{other}: check character should be {expected}, not {other}."
        )
        assert check.error is not None
        assert check.error.params["expected"] == expected


@settings(deadline=None)
@given(valid_first14(), st.sampled_from(CHECK_ALPHABET))
def test_agrees_with_stdnum_where_the_state_lists_agree(first14: str, last: str) -> None:
    gstin = first14 + last
    if gstin[:2] in stdnum_gstin._STATE_CODES:
        assert check_gstin(gstin).valid == stdnum_gstin.is_valid(gstin)


@settings(deadline=None)
@given(st.text(CHECK_ALPHABET + "@-/ ", max_size=20))
def test_never_crashes_and_reason_iff_invalid(value: str) -> None:
    check = check_gstin(value)
    assert (check.reason is None) == (check.rule is None) == check.valid


# --- OCR repair ------------------------------------------------------------------------

OCR_CASES = [
    ("27AAPFUO939F1ZV", "27AAPFU0939F1ZV"),  # O read for 0 in the PAN serial
    ("Z7AAPFU0939F1ZV", "27AAPFU0939F1ZV"),  # Z read for 2 in the state code
    ("27AAPFU0939F12V", "27AAPFU0939F1ZV"),  # 2 read for the default Z
    ("29AABCRI7I8E1ZL", "29AABCR1718E1ZL"),  # I read for 1, twice
    ("29AA8CR1718E1ZL", "29AABCR1718E1ZL"),  # 8 read for B in the PAN name
    ("24AAQCA87I9H1ZC", "24AAQCA8719H1ZC"),
    ("33AAAAR672OM1ZG", "33AAAAR6720M1ZG"),
    ("3SAAAAR6720M1ZG", None),  # 35 is a state too, but the check character then fails
    ("27aapfuo939f1zv", "27AAPFU0939F1ZV"),  # lower case is normalised first
]


@pytest.mark.parametrize(("read", "repaired"), OCR_CASES)
def test_ocr_repair_fixes_look_alikes_by_position(read: str, repaired: str | None) -> None:
    assert repair_ocr_gstin(read) == repaired


def test_ocr_repair_returns_valid_input_unchanged() -> None:
    assert repair_ocr_gstin("27AAPFU0939F1ZV") == "27AAPFU0939F1ZV"


@pytest.mark.parametrize(
    "read",
    [
        "27AAPFU0939F1Z",  # too short: nothing to repair position by position
        "27AAPFU09X9F1ZV",  # X where a digit belongs has no look-alike
        "27AAPFU0939F1ZW",  # a wrong check character is not an OCR confusion
        "27AAPFU0939F1Z@",
    ],
)
def test_ocr_repair_gives_up_rather_than_guess(read: str) -> None:
    assert repair_ocr_gstin(read) is None


_CONFUSE_DIGIT = {"0": "O", "5": "S", "1": "I", "8": "B", "2": "Z"}
_CONFUSE_LETTER = {v: k for k, v in _CONFUSE_DIGIT.items()}


@settings(deadline=None)
@given(valid_first14(), st.lists(st.booleans(), min_size=15, max_size=15))
def test_ocr_repair_undoes_confusions_in_fixed_positions(first14: str, flips: list[bool]) -> None:
    original = first14 + gstin_check_character(first14)
    read = "".join(
        (_CONFUSE_DIGIT.get(c, c) if c.isdigit() else _CONFUSE_LETTER.get(c, c))
        if flip and i not in (12, 14)
        else c
        for i, (c, flip) in enumerate(zip(original, flips, strict=True))
    )
    repaired = repair_ocr_gstin(read)
    assert repaired in (original, None)
    ambiguous = set(_CONFUSE_DIGIT) | set(_CONFUSE_LETTER)
    if original[12] not in ambiguous and original[14] not in ambiguous:
        assert repaired == original


@settings(deadline=None)
@given(st.text(CHECK_ALPHABET, min_size=15, max_size=15))
def test_ocr_repair_only_ever_returns_a_valid_gstin(read: str) -> None:
    repaired = repair_ocr_gstin(read)
    assert repaired is None or check_gstin(repaired).valid
