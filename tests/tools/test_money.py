"""Rupee amounts: parsing, Indian grouping in en/hi/ta, words for notices, paisa rounding."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.errors import InputError
from tools.money import MAX_AMOUNT, amount_in_words_en, format_inr, parse_amount, to_paisa


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        ("120000", "120000.00"),
        ("1,20,000", "120000.00"),
        ("120,000", "120000.00"),
        ("Rs 1,20,000.50", "120000.50"),
        ("Rs.1,20,000.50", "120000.50"),
        ("INR 1,200", "1200.00"),
        ("₹1.2 lakh", "120000.00"),
        ("₹ 1,00,00,000", "10000000.00"),
        ("1.5 crore", "15000000.00"),
        ("1.5cr", "15000000.00"),
        ("2 lakhs", "200000.00"),
        ("3.5 lacs", "350000.00"),
        ("25k", "25000.00"),
        ("120000/-", "120000.00"),
        ("Rs. 1,20,000/- only", "120000.00"),
        ("500 rupees", "500.00"),
        ("1.2345 lakh", "123450.00"),
        (".50", "0.50"),
        ("2 लाख", "200000.00"),
        ("1.5 करोड़", "15000000.00"),
        ("1.5 कर\u094b\u0921\u093c", "15000000.00"),  # करोड़ typed with a separate nukta
        ("रुपये 500", "500.00"),
        ("ரூ. 5,000", "5000.00"),
        ("2 லட்சம்", "200000.00"),
        ("१,२०,०००", "120000.00"),
        ("௧௨௦௦", "1200.00"),
        (120000, "120000.00"),
        (Decimal("1.5"), "1.50"),
    ],
)
def test_parses_what_people_write(value: str | int | Decimal, amount: str) -> None:
    parsed = parse_amount(value)
    assert parsed == Decimal(amount)
    assert str(parsed) == amount
    assert isinstance(parsed, Decimal)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "abc",
        "12.345",  # a fraction of a paisa
        "12,34",  # neither Indian nor Western grouping
        "1,20,000,",
        "1 20 000",
        "1e5",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "Infinity",
        "5 crs",
        "1.2.3",
        "(500)",
        Decimal("NaN"),
        Decimal("Infinity"),
        Decimal("1.005"),
        True,
        "9" * 40,
    ],
)
def test_rejects_what_is_not_an_amount(value: str | int | Decimal) -> None:
    with pytest.raises(InputError) as raised:
        parse_amount(value, field="principal")
    assert (raised.value.field, raised.value.rule) == ("principal", "amount-invalid")


@pytest.mark.parametrize(
    "value", ["0", "0.00", "-500", "−500", "Rs -1,000", 0, -1, Decimal("-0.01")]
)
def test_rejects_zero_and_negative(value: str | int | Decimal) -> None:
    with pytest.raises(InputError) as raised:
        parse_amount(value)
    assert (raised.value.field, raised.value.rule) == ("amount", "amount-not-positive")


def test_floats_are_refused_outright() -> None:
    with pytest.raises(TypeError):
        parse_amount(1.5)  # type: ignore[arg-type]


def test_amount_errors_render_in_all_languages() -> None:
    with pytest.raises(InputError) as raised:
        parse_amount("12.345")
    assert str(raised.value).startswith("“12.345” is not an amount in rupees.")
    assert "लाख" in raised.value.render("hi")
    assert "லட்சம்" in raised.value.render("ta")


# --- format_inr ------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("123456", "₹1,23,456.00"),
        ("1234567.5", "₹12,34,567.50"),
        ("10000000", "₹1,00,00,000.00"),
        ("999", "₹999.00"),
        ("0.5", "₹0.50"),
        ("1234.565", "₹1,234.57"),  # half up, not Babel's half even
        ("1234.555", "₹1,234.56"),
    ],
)
def test_format_inr_uses_indian_grouping_and_two_decimals(
    language: str, amount: str, text: str
) -> None:
    assert format_inr(Decimal(amount), language) == text


@pytest.mark.parametrize(
    ("language", "amount", "text"),
    [
        # Babel 2.19 (CLDR 48) gives ta_IN "₹ 120,000.00": the pattern is ours, not CLDR's.
        ("ta", "120000", "₹1,20,000.00"),
        ("ta", "1234567.50", "₹12,34,567.50"),
        ("ta", "12345678.05", "₹1,23,45,678.05"),
        ("ta", "-120000", "-₹1,20,000.00"),
        ("hi", "120000", "₹1,20,000.00"),
        ("hi", "12345678.05", "₹1,23,45,678.05"),
        ("hi", "-120000", "-₹1,20,000.00"),
        ("en", "120000", "₹1,20,000.00"),
        ("en", "12345678.05", "₹1,23,45,678.05"),
        ("en", "-120000", "-₹1,20,000.00"),
        ("en", "0", "₹0.00"),
    ],
)
def test_inr_strings_are_exactly_the_indian_ones_in_every_language(
    language: str, amount: str, text: str
) -> None:
    assert format_inr(Decimal(amount), language) == text


def test_format_inr_falls_back_to_english_for_unknown_languages() -> None:
    assert format_inr(Decimal("123456"), "fr") == "₹1,23,456.00"
    assert format_inr(Decimal("123456"), "hi-IN") == "₹1,23,456.00"


@settings(deadline=None)
@given(
    st.decimals(min_value=Decimal("0.01"), max_value=MAX_AMOUNT, places=2),
    st.sampled_from(["en", "hi", "ta"]),
)
def test_format_inr_round_trips_through_parse_amount(amount: Decimal, language: str) -> None:
    text = format_inr(amount, language)
    assert text.startswith("₹")
    whole = text[1:].split(".")[0]
    groups = whole.split(",")
    assert len(groups[-1]) <= 3
    assert all(len(group) == 2 for group in groups[1:-1])
    assert parse_amount(text) == amount


# --- format_inr for chat: whole rupees without ".00" -------------------------------------


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("65000", "₹65,000"),
        ("65000.00", "₹65,000"),
        ("120000", "₹1,20,000"),
        ("12345678", "₹1,23,45,678"),
        ("10000000000", "₹10,00,00,00,000"),
        ("999", "₹999"),
        ("0", "₹0"),
        ("-120000", "-₹1,20,000"),
        # paise stay when there are any, always two digits of them
        ("4181.98", "₹4,181.98"),
        ("1234567.5", "₹12,34,567.50"),
        ("0.5", "₹0.50"),
        ("12345678.05", "₹1,23,45,678.05"),
        # rounded half up to the paisa first: what rounds to whole rupees loses ".00"
        ("99.995", "₹100"),
        ("1234.565", "₹1,234.57"),
    ],
)
def test_chat_amounts_drop_zero_paise_and_keep_real_paise_in_every_language(
    language: str, amount: str, text: str
) -> None:
    assert format_inr(Decimal(amount), language, chat=True) == text


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
def test_outside_chat_whole_rupees_keep_their_paise(language: str) -> None:
    assert format_inr(Decimal("65000"), language) == "₹65,000.00"
    assert format_inr(65000, language, chat=False) == "₹65,000.00"
    assert format_inr(65000, language, chat=True) == "₹65,000"


@settings(deadline=None)
@given(
    st.decimals(min_value=Decimal("0.01"), max_value=MAX_AMOUNT, places=2),
    st.sampled_from(["en", "hi", "ta"]),
)
def test_chat_amounts_round_trip_through_parse_amount(amount: Decimal, language: str) -> None:
    text = format_inr(amount, language, chat=True)
    assert text.endswith(".00") is False
    assert ("." in text) is (amount != amount.to_integral_value())
    assert text == format_inr(amount, language).removesuffix(".00")
    assert parse_amount(text) == amount


# --- amounts in words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("120000.50", "Rupees One Lakh Twenty Thousand and Fifty Paise Only"),
        ("120000", "Rupees One Lakh Twenty Thousand Only"),
        ("10000000", "Rupees One Crore Only"),
        (
            "12345678",
            "Rupees One Crore Twenty Three Lakh Forty Five Thousand Six Hundred Seventy Eight Only",
        ),
        ("4182", "Rupees Four Thousand One Hundred Eighty Two Only"),
        ("17807", "Rupees Seventeen Thousand Eight Hundred Seven Only"),
        ("101", "Rupees One Hundred One Only"),
        ("1", "Rupees One Only"),
        ("0.50", "Fifty Paise Only"),
        ("0.01", "One Paisa Only"),
        ("0", "Rupees Zero Only"),
        ("1000000000000", "Rupees One Lakh Crore Only"),
        (
            "12345678901.99",
            "Rupees One Thousand Two Hundred Thirty Four Crore Fifty Six Lakh Seventy Eight"
            " Thousand Nine Hundred One and Ninety Nine Paise Only",
        ),
        ("2.345", "Rupees Two and Thirty Five Paise Only"),
    ],
)
def test_amount_in_words_uses_lakh_and_crore(amount: str, words: str) -> None:
    assert amount_in_words_en(Decimal(amount)) == words


def test_amount_in_words_refuses_negative() -> None:
    with pytest.raises(ValueError):
        amount_in_words_en(Decimal("-1"))


@settings(deadline=None)
@given(st.decimals(min_value=Decimal("0"), max_value=Decimal("1e13"), places=2))
def test_amount_in_words_has_one_and_at_most(amount: Decimal) -> None:
    words = amount_in_words_en(amount)
    assert words.endswith(" Only")
    assert words.split().count("and") == (1 if amount % 1 and amount >= 1 else 0)
    assert "," not in words and "-" not in words
    assert "Million" not in words and "Billion" not in words
    assert all(word[0].isupper() for word in words.split() if word != "and")


# --- to_paisa --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "paisa"),
    [("2.345", "2.35"), ("2.344", "2.34"), ("-2.345", "-2.35"), ("2.5", "2.50"), ("7", "7.00")],
)
def test_to_paisa_rounds_half_up(amount: str, paisa: str) -> None:
    assert str(to_paisa(Decimal(amount))) == paisa


def test_to_paisa_refuses_nan() -> None:
    with pytest.raises(ValueError):
        to_paisa(Decimal("NaN"))


@pytest.mark.parametrize("value", ["10,00,00,00,00,000", "1001 crore", "10000000000.01",
                                   "₹9,99,99,99,99,99,999"])
def test_an_amount_beyond_what_the_ledger_records_is_refused_in_every_language(
        value: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_amount(value)
    assert (raised.value.field, raised.value.rule) == ("amount", "amount-too-large")
    for language in ("en", "hi", "ta"):
        # a figure said to a person in chat: whole rupees, no ".00"
        assert re.search(r"₹10,00,00,00,000(?![.\d])", raised.value.render(language))
    assert parse_amount("1000 crore") == MAX_AMOUNT
