"""Indian mobile numbers: the written forms people use, E.164 out, masked for logs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.errors import InputError
from tools.phone import mask_phone, normalise_indian_mobile


@pytest.mark.parametrize(
    "value",
    [
        "9876543210",
        "98765 43210",
        "98765-43210",
        "098765 43210",
        "+91 98765 43210",
        "+91-98765-43210",
        "(+91) 98765 43210",
        "+91 (987) 654-3210",
        "919876543210",
        "0091 98765 43210",
        "+91 098765 43210",
        "whatsapp:+919876543210",
        "WhatsApp:+91 98765 43210",
        "९८७६५ ४३२१०",  # Devanagari digits
        "௯௮௭௬௫௪௩௨௧௦",  # Tamil digits
    ],
)
def test_written_forms_normalise_to_e164(value: str) -> None:
    assert normalise_indian_mobile(value) == "+919876543210"


def test_a_mobile_that_itself_starts_with_91_is_not_cut() -> None:
    assert normalise_indian_mobile("9123456789") == "+919123456789"
    assert normalise_indian_mobile("91 9123456789") == "+919123456789"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "12345",
        "5876543210",  # mobiles start 6-9
        "0222 1234567",  # a Mumbai landline
        "+1 415 555 0100",
        "+44 7911 123456",
        "98765432101",  # 11 digits, no trunk 0
        "+91 98765 4321",
        "98765O43210",
        "whatsapp:",
    ],
)
def test_other_numbers_are_phone_invalid(value: str) -> None:
    with pytest.raises(InputError) as raised:
        normalise_indian_mobile(value)
    assert (raised.value.field, raised.value.rule) == ("phone", "phone-invalid")


def test_error_never_echoes_the_number() -> None:
    with pytest.raises(InputError) as raised:
        normalise_indian_mobile("+1 415 555 0100")
    for language in ("en", "hi", "ta"):
        text = raised.value.render(language)
        assert "415" not in text and "0100" not in text
        assert "98765 43210" in text
    assert "मोबाइल" in raised.value.render("hi")
    assert "மொபைல்" in raised.value.render("ta")


def test_mask_keeps_country_code_and_last_four() -> None:
    assert mask_phone("+919876543210") == "+91******3210"
    assert mask_phone("whatsapp:+919876543210") == "+91******3210"
    assert mask_phone("98765 43210") == "+91******3210"


def test_mask_hides_numbers_it_cannot_read() -> None:
    assert mask_phone("+14155550100") == "********0100"
    assert mask_phone("123") == "***"
    assert "4155550" not in mask_phone("+1 415 555 0100")


@settings(deadline=None)
@given(
    st.sampled_from("6789"),
    st.text("0123456789", min_size=9, max_size=9),
    st.sampled_from(["", "+91", "+91 ", "91", "0", "0091", "whatsapp:+91"]),
    st.sampled_from(["", " ", "-"]),
)
def test_any_indian_mobile_in_any_accepted_form(
    first: str, rest: str, prefix: str, separator: str
) -> None:
    digits = first + rest
    written = prefix + digits[:5] + separator + digits[5:]
    e164 = normalise_indian_mobile(written)
    assert e164 == f"+91{digits}"
    assert normalise_indian_mobile(e164) == e164
    assert mask_phone(e164) == f"+91******{digits[-4:]}"
