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


@pytest.mark.parametrize(("today", "expected"), [
    (date(2027, 2, 10), date(2027, 4, 14)),  # Puthandu comes first
    (date(2026, 12, 17), date(2027, 1, 1)),  # 1 January comes first
])
def test_tamil_new_year_word_is_whichever_new_year_comes_first(today: date,
                                                              expected: date) -> None:
    for text in ("puthandu appo tharalama sir", "புத்தாண்டுக்குள்ள தரேன்"):
        assert _future(text, today) == expected


@pytest.mark.parametrize("text", ["iniya puthandu vazhthukkal", "puthandu apram paakalam"])
def test_tamil_new_year_as_a_greeting_or_after_is_no_day(text: str) -> None:
    assert _future(text, date(2027, 2, 10)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("do hafte baad de dunga", date(2026, 12, 31)),
    ("दुकान एक हफ्ते बंद थी, दो हफ्ते बाद दे पाऊंगा", date(2026, 12, 31)),
    ("rendu vaaram kalichu pathukalama", date(2026, 12, 31)),
    ("ரெண்டு வாரம் கழிச்சு அனுப்புறேன்", date(2026, 12, 31)),
    ("teen din mein kar denge", date(2026, 12, 20)),
    ("in two weeks", date(2026, 12, 31)),
    ("a couple of days later", date(2026, 12, 19)),
    ("pathu naal la anuppuren", date(2026, 12, 27)),
])
def test_a_count_of_days_or_weeks_in_words_is_an_offset(text: str, expected: date) -> None:
    assert _future(text) == expected


@pytest.mark.parametrize("text", [
    "will clear it before christmas for sure", "क्रिसमस से पहले कर देंगे",
    "கிறிஸ்துமஸ்க்கு முன்னாடி அனுப்புறேன்",
])
def test_before_a_festival_is_its_day_as_a_deadline(text: str) -> None:
    assert _future(text) == date(2026, 12, 25)


@pytest.mark.parametrize(("text", "expected"), [
    ("thursday next week", date(2026, 12, 24)),
    ("agle hafte shukravar ko", date(2026, 12, 25)),
    ("adutha vaaram velli kizhamai", date(2026, 12, 25)),
    ("this week saturday", date(2026, 12, 19)),
    ("Tues i will send full amt", date(2026, 12, 22)),
    ("by fri pakka", date(2026, 12, 18)),
    ("december pandrah tak", date(2027, 12, 15)),
    ("டிசம்பர் இருபத்தி அஞ்சு வரைக்கும்", date(2026, 12, 25)),
])
def test_weekdays_of_a_week_abbreviations_and_a_month_then_a_day_in_words(
        text: str, expected: date) -> None:
    assert _future(text) == expected


@pytest.mark.parametrize("text", ["sun rahe ho", "wed anniversary", "december two bills"])
def test_bare_ambiguous_abbreviations_and_counts_after_a_month_are_no_day(text: str) -> None:
    assert _future(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("போகி அன்னைக்கு குடுக்கலாமா?", date(2027, 1, 14)),  # the eve of Thai Pongal
    ("thai onnam thethi varaikkum", date(2027, 1, 15)),
    ("தை ஒண்ணாம் தேதி", date(2027, 1, 15)),
    ("29 ku anuppalama anna?", date(2026, 12, 29)),
    ("will pay wed", date(2026, 12, 23)),
])
def test_bhogi_tamil_month_days_in_words_tamil_ku_and_an_abbreviation_after_pay(
        text: str, expected: date) -> None:
    assert _future(text) == expected
