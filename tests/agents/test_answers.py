"""Short answers inside a flow as shopkeepers type them: a Tamil "illa" for no Udyam
number, "aamam" and "seri" for yes, at the questions that ask for them."""

from __future__ import annotations

import pytest

from agents.answers import is_none, is_same, is_skip, yes_no


@pytest.mark.parametrize("text", ["illa", "Illa sir", "இல்ல", "nahi hai", "udyam illa",
                                  "don't have", "NONE", "skip"])
def test_no_udyam_number_said_the_usual_ways(text: str) -> None:
    assert is_none(text)


@pytest.mark.parametrize("text", ["aamam", "Aamaam", "seri", "sari sir", "ok sir", "haan ji"])
def test_yes_said_the_usual_ways(text: str) -> None:
    assert yes_no(text) is True


@pytest.mark.parametrize("text", ["seri", "aama", "சரி", "ok", "theek hai", "same"])
def test_a_yes_at_the_accepted_on_question_is_the_same_day(text: str) -> None:
    assert is_same(text)


@pytest.mark.parametrize("text", ["illa", "nahi", "no"])
def test_no_stays_no(text: str) -> None:
    assert yes_no(text) is False and not is_same(text)


@pytest.mark.parametrize("text", ["vendam", "வேண்டாம்", "number illa", "nahi", "पता नहीं",
                                  "theriyadhu", "no", "skip"])
def test_an_optional_question_is_skipped_the_usual_ways(text: str) -> None:
    assert is_skip(text)
