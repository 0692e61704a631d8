"""Udyam numbers: shape, the portal's state letters, no hard-coded district."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.errors import InputError
from tools.udyam import UDYAM_STATES, udyam_state, validate_udyam


@pytest.mark.parametrize(
    ("value", "normalised"),
    [
        ("UDYAM-KR-03-0012345", "UDYAM-KR-03-0012345"),
        ("udyam-mh-26-0012345", "UDYAM-MH-26-0012345"),
        ("  UDYAM - TN - 02 - 0012345 ", "UDYAM-TN-02-0012345"),
        ("UDYAM OD 19 0177979", "UDYAM-OD-19-0177979"),
        ("UDYAMDL010012345", "UDYAM-DL-01-0012345"),
    ],
)
def test_accepts_separators_and_case_and_normalises(value: str, normalised: str) -> None:
    assert validate_udyam(value) == normalised


@pytest.mark.parametrize(
    ("code", "state"),
    [
        ("KR", "Karnataka"),
        ("OD", "Odisha"),
        ("TS", "Telangana"),
        ("CG", "Chhattisgarh"),
        ("UK", "Uttarakhand"),
        ("TN", "Tamil Nadu"),
        ("MH", "Maharashtra"),
        ("DL", "Delhi"),
        ("GJ", "Gujarat"),
        ("UP", "Uttar Pradesh"),
        ("WB", "West Bengal"),
    ],
)
def test_portal_state_letters_name_their_state(code: str, state: str) -> None:
    assert udyam_state(f"UDYAM-{code}-01-0000001") == state


def test_every_state_and_union_territory_has_a_code() -> None:
    names = set(UDYAM_STATES.values())
    assert len(names) == 36  # 28 states and 8 union territories
    for name in ("Ladakh", "Lakshadweep", "Puducherry", "Jammu and Kashmir", "Andhra Pradesh"):
        assert name in names


@pytest.mark.parametrize(
    "value",
    [
        "",
        "UDYAM-KR-03-001234",  # 6-digit serial
        "UDYAM-KR-3-0012345",  # 1-digit district
        "UDYAM-K1-03-0012345",
        "UDYOG-KR-03-0012345",
        "KR03A0012345",  # an old Udyog Aadhaar number
        "UDYAM-KR-03-0012345-1",
        "UDYAM-KR-०३-0012345",  # Devanagari digits are not how the certificate prints it
    ],
)
def test_wrong_shape_is_udyam_format(value: str) -> None:
    with pytest.raises(InputError) as raised:
        validate_udyam(value)
    assert (raised.value.field, raised.value.rule) == ("udyam_number", "udyam-format")
    assert "UDYAM-MH-26-0012345" in str(raised.value)


@pytest.mark.parametrize(
    ("code", "hint"), [("KA", "KR"), ("OR", "OD"), ("TG", "TS"), ("CT", "CG"), ("UT", "UK")]
)
def test_vehicle_and_iso_codes_are_refused_with_the_portal_code_as_hint(
    code: str, hint: str
) -> None:
    with pytest.raises(InputError) as raised:
        validate_udyam(f"UDYAM-{code}-03-0012345")
    assert raised.value.rule == "udyam-state"
    assert str(raised.value) == (
        f"UDYAM-{code}-03-0012345: {code} is not a state code used by the Udyam portal;"
        f" did you mean {hint}?"
    )


def test_unknown_state_without_hint() -> None:
    with pytest.raises(InputError) as raised:
        validate_udyam("UDYAM-ZZ-03-0012345")
    assert str(raised.value) == (
        "UDYAM-ZZ-03-0012345: ZZ is not a state code used by the Udyam portal."
    )


@pytest.mark.parametrize(
    "value", ["UDYAM-KA-03-0012345", "UDYAM-ZZ-03-0012345", "UDYAM-K-03-0012345"]
)
def test_errors_render_in_hindi_and_tamil(value: str) -> None:
    with pytest.raises(InputError) as raised:
        validate_udyam(value)
    hindi, tamil = raised.value.render("hi"), raised.value.render("ta")
    # "Udyam" in Latin letters (the portal's name); the rest in the language's own script
    assert "Udyam" in hindi and re.search(r"[\u0900-\u097F]", hindi), hindi
    assert "Udyam" in tamil and re.search(r"[\u0B80-\u0BFF]", tamil), tamil


@settings(deadline=None)
@given(
    st.sampled_from(sorted(UDYAM_STATES)),
    st.integers(0, 99),
    st.integers(0, 9_999_999),
)
def test_any_district_and_serial_is_accepted(code: str, district: int, serial: int) -> None:
    value = f"UDYAM-{code}-{district:02d}-{serial:07d}"
    assert validate_udyam(value.lower()) == value
    assert udyam_state(value) == UDYAM_STATES[code]
