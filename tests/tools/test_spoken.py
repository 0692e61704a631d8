"""Replies made to be spoken: amounts the Indian way in each language, no digit strings
with commas, lists as sentences, long answers cut at a sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tools.spoken import MAX_SPOKEN_CHARS, spoken_amount, spoken_text


@pytest.mark.parametrize(("amount", "language", "said"), [
    (120000, "en", "1 lakh 20 thousand rupees"),
    (120000, "hi", "1 लाख 20 हज़ार रुपये"),
    (120000, "ta", "1 லட்சத்து 20 ஆயிரம் ரூபாய்"),
    (Decimal("12345678.50"), "en", "1 crore 23 lakh 45 thousand 678 rupees and 50 paise"),
    (Decimal("12345678.50"), "ta", "1 கோடியே 23 லட்சத்து 45 ஆயிரத்து 678 ரூபாய் மற்றும் 50 பைசா"),
    (850, "hi", "850 रुपये"),
    (0, "en", "0 rupees"),
    (Decimal("0.75"), "en", "0 rupees and 75 paise"),
])
def test_amounts_are_said_the_indian_way(amount: Decimal, language: str, said: str) -> None:
    assert spoken_amount(amount, language) == said


@given(st.decimals(min_value=0, max_value=Decimal("10000000000"), places=2))
def test_a_said_amount_adds_up_to_the_amount(amount: Decimal) -> None:
    words = spoken_amount(amount, "en").split()
    scale = {"crore": 10**7, "lakh": 10**5, "thousand": 10**3}
    total, i = Decimal(0), 0
    while words[i] != "rupees":
        if i + 1 < len(words) and words[i + 1] in scale:
            total += int(words[i]) * scale[words[i + 1]]
            i += 2
        else:
            total += int(words[i])
            i += 1
    if "paise" in words:
        total += Decimal(words[-2]) / 100
    assert total == amount


def test_a_reply_is_said_without_symbols_or_commas_in_figures() -> None:
    reply = ("You have 2 pending invoices, ₹1,38,000 in all.\n"
             "• INV-42 - Ravi Stores: 23 days overdue, interest ₹1,234.56 💰\n"
             "• INV-43 - Meena: due in 4 days")
    said = spoken_text(reply, "en")
    assert "1 lakh 38 thousand rupees" in said and "₹" not in said and "💰" not in said
    assert "1,38,000" not in said and "•" not in said
    assert said.count(".") >= 3  # each line a sentence


def test_a_long_answer_is_cut_at_a_sentence() -> None:
    said = spoken_text("This is one sentence of an answer. " * 40, "en")
    assert len(said) <= MAX_SPOKEN_CHARS and said.endswith(".")
