"""Amounts said in words (tools.amount_words): Indian scales in en/hi/ta, fractions, limits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tools.amount_words import count_in_words, find_amount_in_words, number_in_words_at
from tools.date_phrases import normalise_text


def _value(text: str) -> Decimal | None:
    found = find_amount_in_words(normalise_text(text))
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ek lakh bees hazaar", "120000"),
        ("do lakh", "200000"),
        ("sava lakh", "125000"),
        ("dedh lakh", "150000"),
        ("dhai lakh", "250000"),
        ("saade teen lakh", "350000"),
        ("paune do lakh", "175000"),
        ("sava do lakh", "225000"),
        ("paanch hazaar", "5000"),
        ("do sau", "200"),
        ("ek lakh aur bees hazaar", "120000"),
        ("एक लाख बीस हजार", "120000"),
        ("डेढ़ लाख", "150000"),
        ("ढाई करोड़", "25000000"),
        ("ஒரு லட்சம்", "100000"),
        ("இரண்டு லட்சம்", "200000"),
        ("ஒரு லட்சத்து இருபதாயிரம்", "120000"),
        ("ஒன்றரை லட்சம்", "150000"),
        ("oru latcham", "100000"),
        ("one lakh twenty thousand", "120000"),
        ("twenty five thousand", "25000"),
        ("twenty-five thousand", "25000"),
        ("1 lakh 20 thousand", "120000"),
        ("2 lakh 50 hazaar", "250000"),
        ("rendu latcham aimbadhu aayiram", "250000"),
        ("arupathu aayiram", "60000"),
        ("enpathu aayiram", "80000"),
        # romanised Tamil: tens then unit apart, tens joined, thousands glued on
        ("irubathu ettu aayiram", "28000"),
        ("irubathi ettu aayiram", "28000"),
        ("aruvathu aayiram", "60000"),
        ("narpathaayirathu ezhunooru", "40700"),
        ("oru latchathu pathinanjaayiram", "115000"),
        # spellings the tables do not list, by their long vowels
        ("sattaais hazaar chaar sau pachaas", "27450"),
        ("pachaas hajaar", "50000"),
    ],
)
def test_amounts_in_words(text: str, expected: str) -> None:
    assert _value(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    ["1.2 lakh", "75k", "40 hazar", "lakh", "do", "ek din", "teen bill pending", "hazaar lakh",
     "20 thousand 1 lakh", "do kal lakh"],
)
def test_not_amounts_in_words(text: str) -> None:
    """A figure with one unit is parse_amount's; words without a scale, a scale without a
    count, rising scales and words apart are no amount."""
    assert _value(text) is None


def test_span_indexes_the_normalised_text() -> None:
    text = normalise_text("INV-5 paid ek lakh bees hazaar today")
    found = find_amount_in_words(text)
    assert found is not None
    assert text[found.start:found.end] == "ek lakh bees hazaar"


def test_rising_scale_ends_the_amount() -> None:
    """'paanch hazaar do lakh' is read as far as it makes sense: 5,000."""
    assert _value("paanch hazaar do lakh") == Decimal(5000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("irupathu aayiram ainooru", "20500"),
        ("எழுபத்தைந்தாயிரம்", "75000"),
        ("இருபத்தைந்து ஆயிரம்", "25000"),
        ("ஒரு லட்சத்து இருபதாயிரத்து ஐந்நூறு", "120500"),
        ("irandu latcham munnooru", "200300"),
        ("pachpan hazaar", "55000"),
        ("पैंतालीस हजार", "45000"),
        ("fifty two thousand three hundred", "52300"),
        ("pannendu ayiram", "12000"),
        ("oru latchathu aimbathu aayiram", "150000"),
        ("பன்னிரண்டாயிரம்", "12000"),
        ("இருபத்தஞ்சாயிரம்", "25000"),
        ("முப்பத்தஞ்சாயிரம்", "35000"),
        ("இருபத்து நாலாயிரம்", "24000"),
        ("இருபத்தி ஐந்தாயிரம்", "25000"),
        ("முப்பத்து நாலு ஆயிரம்", "34000"),
    ],
)
def test_tamil_glued_numbers_and_hindi_counts(text: str, expected: str) -> None:
    """Tamil glues units onto tens and thousands onto counts and says hundreds in one
    word; Hindi has a word for every count."""
    assert _value(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("thirty", 30), ("twenty five", 25), ("साठ", 60), ("nabbe", 90), ("muppathu", 30),
     ("இருபத்தைந்து", 25), ("thirty days", None), ("30", None), ("dedh", None),
     ("ஐம்பத்தைந்தாயிரம்", None), ("இருபத்தஞ்சு", 25), ("இருபத்து நாலு", 24),
     ("முப்பத்தி மூணு", 33), ("இருபத்து", None)],
)
def test_count_in_words_reads_a_whole_count_only(text: str, expected: int | None) -> None:
    assert count_in_words(normalise_text(text)) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("one hundred and eighteen", "118"), ("ek sau bees", "120"), ("एक सौ अठारह", "118"),
    ("two thousand three hundred forty five", "2345"), ("நூற்று இருபது", "120"),
    ("இரண்டாயிரத்து ஐந்நூறு", "2500"), ("ஆயிரத்து நூற்று எண்பத்தி ஏழு", "1187"),
])
def test_a_count_below_a_hundred_ends_the_figure(text: str, value: str) -> None:
    found = find_amount_in_words(normalise_text(text))
    assert found is not None and found.value == Decimal(value)


@pytest.mark.parametrize(("text", "figure"), [
    ("three three zero two as paid", "3302"), ("nine eight zero", "980"),
    ("एक सौ इक्कीस में", "121"), ("ஆயிரத்து நூற்று எண்பத்தி ஏழு பில்லுக்கு", "1187"),
    ("do shunya chaar", "204"),
])
def test_a_number_said_in_words_as_voice_typing_writes_it(text: str, figure: str) -> None:
    found = number_in_words_at(normalise_text(text), 0)
    assert found is not None and found[0] == figure


@pytest.mark.parametrize("text", ["a bill", "ek bill", "oru bill", "nine", "paid today"])
def test_a_single_small_count_is_no_number(text: str) -> None:
    assert number_in_words_at(normalise_text(text), 0) is None


def test_phrases_apart_are_not_one_amount() -> None:
    """Between the words of an amount stands one comma or hyphen at most: a date taken
    out between two phrases does not join them ("... 10 thousand - [date] - one month")."""
    assert _value("2 lakh 10 thousand -             - one month") == Decimal(210000)
    assert _value("sava lakh aa gaya") == Decimal(125000)  # "aa" is no "a" (one)
