"""Festivals and New Year's day as dates, and "15am thethi": the day each names, and the
phrasings that name none (after, before, a greeting, a season)."""

from __future__ import annotations

from datetime import date

import pytest

from tools.date_phrases import extract_date, normalise_text

TODAY = date(2026, 12, 17)  # a Thursday


def _future(text: str, today: date = TODAY) -> date | None:
    return extract_date(normalise_text(text), today, prefer="future")


@pytest.mark.parametrize(("text", "expected"), [
    # the calendar's Makar Sankranti (tools/data/festivals.csv): 15 January in 2027
    ("makar sankranti tak ruko", date(2027, 1, 15)),
    ("संक्रांति तक दे देंगे", date(2027, 1, 15)),
    ("சங்கராந்திக்குள்ள அனுப்புறேன்", date(2027, 1, 15)),
    ("till Republic Day please", date(2027, 1, 26)),
    ("गणतंत्र दिवस तक", date(2027, 1, 26)),
    ("bakrid tak kar denge", date(2027, 5, 17)),
    ("eid tak", date(2027, 3, 10)),  # Eid ul-Fitr comes before Bakrid
])
def test_a_festival_named_as_a_day_is_its_calendar_day(text: str, expected: date) -> None:
    assert _future(text) == expected


@pytest.mark.parametrize("text", [
    "will pay by new year's day", "new year day ko kar denge", "नए साल के दिन दे देंगे",
    "naye saal tak ruk jao", "till new year", "நியூ இயர்க்குள்ள அனுப்புறேன்",
])
def test_new_years_day_said_as_a_day_is_the_first_of_january(text: str) -> None:
    assert _future(text) == date(2027, 1, 1)


def test_new_years_day_said_in_january_past_is_this_years() -> None:
    assert extract_date("new year ke din", date(2027, 1, 10), prefer="past") == date(2027, 1, 1)


@pytest.mark.parametrize("text", [
    "Happy New Year!", "after new year", "new year stock purchase blocked our funds",
    "naye saal mein dekhenge", "new year eve party", "after sankranti",
    "sankranti ke baad", "republic day ke baad", "happy sankranti",
    "dussehra tak",  # October 2027: more than half a year away
])
def test_new_year_or_a_festival_as_a_season_after_or_greeting_is_no_day(text: str) -> None:
    assert _future(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("20am thethi anuppuren", date(2026, 12, 20)),
    ("5-am thedhi", date(2027, 1, 5)),
])
def test_am_before_thethi_is_the_tamil_ordinal(text: str, expected: date) -> None:
    assert _future(text) == expected


@pytest.mark.parametrize("text", ["call me at 10am", "10 am meeting", "tomorrow 11am"])
def test_am_elsewhere_is_a_time_not_a_day(text: str) -> None:
    found = _future(text)
    assert found is None or found == date(2026, 12, 18)  # "tomorrow" only


def test_every_festival_word_names_a_row_of_the_shipped_calendar() -> None:
    from tools.date_phrases import _FESTIVAL_WORDS
    from tools.festivals import FestivalCalendar

    names = {f.name for f in FestivalCalendar.load().festivals}
    assert set(_FESTIVAL_WORDS) <= names
