"""Date phrases in en/hi/ta messages: forms, the year/month/weekday conventions, Unicode."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.date_phrases import (
    Prefer,
    extract_date,
    find_date_span,
    find_date_spans,
    normalise_text,
)
from tools.dates import format_date

FRIDAY = date(2026, 11, 20)  # "today" in most cases below: Friday 20 November 2026


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-10-03", date(2026, 10, 3)),
        ("3/10", date(2026, 10, 3)),
        ("03-10-2026", date(2026, 10, 3)),
        ("3.10.2026", date(2026, 10, 3)),
        ("03/10/26", date(2026, 10, 3)),
        ("3 Oct", date(2026, 10, 3)),
        ("3oct", date(2026, 10, 3)),
        ("Oct 3rd", date(2026, 10, 3)),
        ("3rd October 2026", date(2026, 10, 3)),
        ("October 3, 2026", date(2026, 10, 3)),
        ("3-Oct-2026", date(2026, 10, 3)),
        ("3 अक्टूबर", date(2026, 10, 3)),
        ("3 அக்டோபர்", date(2026, 10, 3)),
        ("3 பிப்ரவரி, 2026", date(2026, 2, 3)),
        ("नवंबर 15", date(2026, 11, 15)),
        ("நவம்பரில் 5", date(2026, 11, 5)),  # glued suffix replaces the virama
        ("15ஆம் தேதி", date(2026, 11, 15)),
        ("15-ஆம் தேதி", date(2026, 11, 15)),
        ("15 tarikh", date(2026, 11, 15)),
        ("15 तारीख़ को", date(2026, 11, 15)),
        ("१५ तारीख", date(2026, 11, 15)),  # Devanagari digits
        ("௧௫ஆம் தேதி", date(2026, 11, 15)),  # Tamil digits
        ("15th", date(2026, 11, 15)),
        ("aaj", FRIDAY),
        ("आज", FRIDAY),
        ("இன்று", FRIDAY),
        ("inniki", FRIDAY),
        ("today", FRIDAY),
        ("kal", date(2026, 11, 19)),
        ("कल", date(2026, 11, 19)),
        ("parso", date(2026, 11, 18)),
        ("परसों", date(2026, 11, 18)),
        ("நேற்று", date(2026, 11, 19)),
        ("நேற்றைக்கு", date(2026, 11, 19)),
        ("netru", date(2026, 11, 19)),
        ("yesterday", date(2026, 11, 19)),
        ("முந்தாநாள்", date(2026, 11, 18)),
        ("last monday", date(2026, 11, 16)),
        ("pichhle somvar", date(2026, 11, 16)),
        ("போன திங்கள்", date(2026, 11, 16)),
        ("monday", date(2026, 11, 16)),
        ("friday", FRIDAY),  # a bare weekday may be today
        ("pichhle mahine ki 5", date(2026, 10, 5)),
        ("pichhle mahine ki 5 tarikh", date(2026, 10, 5)),
        ("5th of last month", date(2026, 10, 5)),
        ("போன மாதம் 5ஆம் தேதி", date(2026, 10, 5)),
        ("is mahine ki 2", date(2026, 11, 2)),
        ("10 din pehle", date(2026, 11, 10)),
        ("3 days ago", date(2026, 11, 17)),
        ("a week ago", date(2026, 11, 13)),
    ],
)
def test_reads_past_dates_in_three_languages(text: str, expected: date) -> None:
    assert extract_date(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kal", date(2026, 11, 21)),
        ("कल तक", date(2026, 11, 21)),
        ("parso", date(2026, 11, 22)),
        ("naalai", date(2026, 11, 21)),
        ("நாளைக்கு", date(2026, 11, 21)),
        ("நாளை மறுநாள்", date(2026, 11, 22)),
        ("tomorrow", date(2026, 11, 21)),
        ("agle shukravar", date(2026, 11, 27)),
        ("अगले शुक्रवार तक", date(2026, 11, 27)),
        ("next Monday", date(2026, 11, 23)),
        ("next mon", date(2026, 11, 23)),
        ("அடுத்த திங்கள்", date(2026, 11, 23)),
        ("அடுத்த திங்கட்கிழமை", date(2026, 11, 23)),
        ("வெள்ளிக்கிழமைக்குள்", FRIDAY),
        ("adutha velli", date(2026, 11, 27)),
        ("sanikkizhamai", date(2026, 11, 21)),
        ("monday tak", date(2026, 11, 23)),
        ("15ஆம் தேதி", date(2026, 12, 15)),
        ("15 tarikh", date(2026, 12, 15)),
        ("25 tarikh", date(2026, 11, 25)),
        ("3 Oct", date(2027, 10, 3)),
        ("5 Dec", date(2026, 12, 5)),
        ("agle mahine ki 10", date(2026, 12, 10)),
        ("next month 10th", date(2026, 12, 10)),
        ("in 10 days", date(2026, 11, 30)),
        ("10 din mein", date(2026, 11, 30)),
        ("10 நாளில்", date(2026, 11, 30)),
        ("2 weeks later", date(2026, 12, 4)),
    ],
)
def test_reads_promises_with_prefer_future(text: str, expected: date) -> None:
    assert extract_date(text, FRIDAY, prefer="future") == expected


def test_year_less_date_takes_nearest_year_consistent_with_prefer() -> None:
    january = date(2026, 1, 10)
    assert extract_date("invoice of 3 Oct", january) == date(2025, 10, 3)
    assert extract_date("will pay 3 Oct", january, prefer="future") == date(2026, 10, 3)
    assert extract_date("3 Oct", date(2026, 10, 3)) == date(2026, 10, 3)  # today counts
    assert extract_date("3 Oct", date(2026, 10, 3), prefer="future") == date(2026, 10, 3)


def test_day_of_month_alone_takes_nearest_month() -> None:
    assert extract_date("15 tarikh", date(2026, 11, 10)) == date(2026, 10, 15)
    assert extract_date("15 tarikh", date(2026, 11, 10), prefer="future") == date(2026, 11, 15)
    assert extract_date("15 tarikh", date(2026, 11, 15)) == date(2026, 11, 15)
    # A 31st goes to the nearest month that has one.
    assert extract_date("31 tarikh", FRIDAY) == date(2026, 10, 31)
    assert extract_date("31 tarikh", FRIDAY, prefer="future") == date(2026, 12, 31)
    # Across the new year.
    assert extract_date("25 tarikh", date(2026, 1, 10)) == date(2025, 12, 25)


def test_29_february_goes_to_nearest_leap_year() -> None:
    assert extract_date("29 Feb", FRIDAY) == date(2024, 2, 29)
    assert extract_date("29 Feb", FRIDAY, prefer="future") == date(2028, 2, 29)


def test_next_and_last_weekday_exclude_today() -> None:
    assert extract_date("next friday", FRIDAY, prefer="future") == date(2026, 11, 27)
    assert extract_date("last friday", FRIDAY) == date(2026, 11, 13)
    assert extract_date("friday", FRIDAY, prefer="future") == FRIDAY
    assert extract_date("this friday", FRIDAY) == FRIDAY


def test_explicit_year_and_absolute_words_ignore_prefer() -> None:
    assert extract_date("3 Oct 2026", date(2026, 1, 10)) == date(2026, 10, 3)
    assert extract_date("yesterday", FRIDAY, prefer="future") == date(2026, 11, 19)
    assert extract_date("naalai", FRIDAY, prefer="past") == date(2026, 11, 21)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "mera pending dikhao",
        "31/02/2026",  # no such day
        "30/13",
        "Rs 1.2 lakh",  # 1.2 is an amount, not 1 February
        "B/2026/17",  # an invoice number
        "INV-3/10",
        "SK/45",
        "kalyan stores",  # kal inside a word
        "आजाद",  # आज inside a word
        "next week",  # vague
        "agle mahine",
        "45 days credit",
        "you may go",
        "the payment may end up late",
        "aadi 50% offer",  # no Tamil month has a 50th day
    ],
)
def test_no_date_where_there_is_none(text: str) -> None:
    assert extract_date(text, FRIDAY) is None


@pytest.mark.parametrize(("text", "prefer", "expected"), [
    ("கார்த்திகை 2", "past", date(2026, 11, 18)),  # Karthigai began on 17 November 2026
    ("karthigai 2 ku vanthuchu", "past", date(2026, 11, 18)),
    ("மார்கழி 10 அன்று", "future", date(2026, 12, 25)),
    ("ஆடி 18ஆம் தேதி", "past", date(2026, 8, 3)),  # Aadi Perukku
    ("thai 1", "future", date(2027, 1, 15)),  # Pongal
    ("5 thai", "past", date(2026, 1, 18)),
])
def test_a_day_of_a_tamil_month_is_its_gregorian_date(text: str, prefer: Prefer,
                                                      expected: date) -> None:
    span = find_date_span(text, FRIDAY, prefer=prefer)
    assert span is not None and span.value == expected, span


def test_first_phrase_wins_and_spans_index_normalised_text() -> None:
    text = "INV-42 Rs 1,20,000 on 3 Oct, 30 days credit, pay by 5 Nov"
    span = find_date_span(text, FRIDAY)
    assert span is not None
    assert (span.value, span.rule) == (date(2026, 10, 3), "day-month")
    assert normalise_text(text)[span.start:span.end] == "3 oct"
    assert [s.value for s in find_date_spans(text, FRIDAY)] == [date(2026, 10, 3),
                                                                 date(2026, 11, 5)]


def test_indic_words_around_a_date_are_not_split() -> None:
    # \w misses vowel signs and viramas: these words must not break the matching.
    assert extract_date("ஸ்ரீ ஸ்டோர்ஸ் 3 அக்டோபர் பில்", FRIDAY) == date(2026, 10, 3)
    assert extract_date("क्या 15 तारीख को मिलेगा", FRIDAY, prefer="future") == date(2026, 12, 15)
    assert extract_date("नवंबर में", FRIDAY) is None


def test_normalise_text_is_idempotent_and_unifies_spellings() -> None:
    assert normalise_text("फ़रवरी") == normalise_text("फरवरी")
    assert normalise_text("तारीख़") == "तारीख"
    assert normalise_text("१५ ௧௫ ABC") == "15 15 abc"
    text = "INV-42 ஸ்ரீ क्या ₹१,२०,०००"
    assert normalise_text(normalise_text(text)) == normalise_text(text)


def test_prefer_must_be_past_or_future() -> None:
    with pytest.raises(ValueError):
        extract_date("kal", FRIDAY, prefer="soon")  # type: ignore[arg-type]


_DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
_PREFER = st.sampled_from(["past", "future"])
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@settings(max_examples=300, deadline=None)
@given(d=_DATES, today=_DATES, prefer=_PREFER)
def test_iso_and_long_forms_read_back_whatever_today_is(d: date, today: date,
                                                        prefer: str) -> None:
    assert extract_date(d.isoformat(), today, prefer=prefer) == d  # type: ignore[arg-type]
    long_form = f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    assert extract_date(long_form, today, prefer=prefer) == d  # type: ignore[arg-type]
    assert extract_date(f"paid on {long_form}.", today) == d


@settings(max_examples=200, deadline=None)
@given(d=_DATES, today=_DATES, language=st.sampled_from(["en", "hi", "ta"]))
def test_letter_dates_in_each_language_read_back(d: date, today: date, language: str) -> None:
    # tools.dates.format_date writes "3 अक्टूबर 2026", "3 அக்டோபர் 2026".
    assert extract_date(format_date(d, language), today) == d


@settings(max_examples=200, deadline=None)
@given(today=_DATES, offset=st.integers(min_value=-400, max_value=400), prefer=_PREFER)
def test_year_less_dates_land_on_the_preferred_side_within_a_year(today: date, offset: int,
                                                                 prefer: str) -> None:
    d = today + timedelta(days=offset)
    found = extract_date(f"{d.day} {_MONTHS[d.month - 1]}", today, prefer=prefer)  # type: ignore[arg-type]
    assert found is not None
    assert (found.month, found.day) == (d.month, d.day)
    # 29 February: the nearest leap year, up to eight years away across a century that is
    # no leap year (1900, 2100: "29 feb" said in 1903 is 1896)
    leap_gap = 366 * 8 + 1
    if prefer == "past":
        assert found <= today and (today - found).days < leap_gap
    else:
        assert found >= today and (found - today).days < leap_gap
    if (d.month, d.day) != (2, 29):
        assert abs((found - today).days) <= 366


@pytest.mark.parametrize(
    ("text", "prefer", "expected"),
    [
        ("will pay by end of December", "future", date(2026, 12, 31)),
        ("end of the month of january", "future", date(2027, 1, 31)),
        ("december end tak", "future", date(2026, 12, 31)),
        ("Dec end", "future", date(2026, 12, 31)),
        ("दिसंबर के आखिर तक", "future", date(2026, 12, 31)),
        ("டிசம்பர் கடைசியில்", "future", date(2026, 12, 31)),
        ("november end", "future", date(2026, 11, 30)),  # this month: today is before its end
        ("february end", "future", date(2027, 2, 28)),
        ("end of Feb 2028", "past", date(2028, 2, 29)),
        ("october end", "past", date(2026, 10, 31)),
        ("november end", "past", date(2025, 11, 30)),  # this month's end is still ahead
    ],
)
def test_end_of_a_named_month_is_its_last_day(text: str, prefer: str, expected: date) -> None:
    assert extract_date(text, FRIDAY, prefer=prefer) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("wensday", date(2026, 11, 25)), ("wednsday", date(2026, 11, 25)),
     ("budhwaar", date(2026, 11, 25)), ("thrusday", date(2026, 11, 26)),
     ("fryday", date(2026, 11, 20)), ("saterday", date(2026, 11, 21)),
     ("tuesdy", date(2026, 11, 24))],
)
def test_weekday_misspellings_are_that_weekday(text: str, expected: date) -> None:
    assert extract_date(text, FRIDAY, prefer="future") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("aaru november", date(2026, 11, 6)), ("दिनांक तीन नवंबर", date(2026, 11, 3)),
     ("third of November", date(2026, 11, 3)), ("twenty five oct", date(2026, 10, 25)),
     ("moonu நவம்பர்", date(2026, 11, 3)), ("पांच नवंबर", date(2026, 11, 5))],
)
def test_day_in_words_before_a_month_is_read(text: str, expected: date) -> None:
    assert extract_date(text, FRIDAY, prefer="past") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("तीस तारीख को", date(2026, 11, 30)), ("pachees tarikh tak", date(2026, 11, 25)),
     ("das tarikh", date(2026, 12, 10)),
     ("twenty fifth of this month", date(2026, 11, 25)),
     ("first of next month", date(2026, 12, 1))],
)
def test_day_in_words_before_a_day_word_or_this_month_is_read(text: str,
                                                               expected: date) -> None:
    assert extract_date(text, FRIDAY, prefer="future") == expected


@pytest.mark.parametrize("text", ["give me one date", "paid two of this month's bills"])
def test_a_count_in_words_is_no_day(text: str) -> None:
    assert extract_date(text, FRIDAY, prefer="future") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("thingakizhamai", date(2026, 11, 23)), ("sevvaakizhamai", date(2026, 11, 24)),
     ("velli kelamai", date(2026, 11, 20)), ("sanikkizhama", date(2026, 11, 21))],
)
def test_romanised_tamil_weekdays_glued_to_kizhamai(text: str, expected: date) -> None:
    assert extract_date(text, FRIDAY, prefer="future") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("recd 25k on 16-11", date(2026, 11, 16)), ("dt 5.11", date(2026, 11, 5)),
     ("दिनांक 3-11", date(2026, 11, 3))],
)
def test_dashed_day_month_after_a_date_word_is_read(text: str, expected: date) -> None:
    assert extract_date(text, FRIDAY, prefer="past") == expected


@pytest.mark.parametrize("text", ["16-11", "amount 1.2", "Rs 5.11"])
def test_dashed_or_dotted_day_month_alone_is_no_date(text: str) -> None:
    assert extract_date(text, FRIDAY, prefer="past") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("mnday tak ruk jao", date(2026, 11, 23)), ("will pay on satrday", date(2026, 11, 21)),
     ("next wednsdy", date(2026, 11, 25)), ("frday pakka", date(2026, 11, 20))],
)
def test_a_word_close_to_one_weekday_is_that_weekday(text: str, expected: date) -> None:
    assert extract_date(text, FRIDAY, prefer="future") == expected


@pytest.mark.parametrize("text", ["today is a holiday", "someday", "oneday", "birthday party"])
def test_words_ending_in_day_that_are_no_weekday(text: str) -> None:
    spans = find_date_spans(text, FRIDAY, prefer="future")
    assert all(span.rule not in ("weekday-typo", "relative-weekday-typo") for span in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("25 ko kar dunga", date(2026, 11, 25)), ("3 को भेज देंगे", date(2026, 12, 3)),
     ("payment to ho gya tha 18 ko", date(2026, 11, 18))],
)
def test_a_day_before_hindi_ko_is_that_day(text: str, expected: date) -> None:
    prefer = "past" if "tha" in text else "future"
    assert extract_date(text, FRIDAY, prefer=prefer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("will send on the fifteenth", date(2026, 12, 15)),
     ("by the twenty-fifth without fail", date(2026, 11, 25)),
     ("on the first of December", date(2026, 12, 1))],
)
def test_an_english_ordinal_in_words_after_on_or_by_is_a_day(text: str,
                                                             expected: date) -> None:
    assert extract_date(text, FRIDAY, prefer="future") == expected


@pytest.mark.parametrize("text", ["by the second week", "on the first instalment",
                                  "first of all, thanks"])
def test_an_ordinal_before_a_unit_is_no_day(text: str) -> None:
    assert extract_date(text, FRIDAY, prefer="future") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("இருபத்தி அஞ்சாம் தேதி", date(2026, 11, 25)), ("அஞ்சாம் தேதி", date(2026, 12, 5)),
     ("irubathi anjaam thethi", date(2026, 11, 25)), ("pathaam thethi", date(2026, 12, 10)),
     ("முப்பத்தி ஒண்ணாம் தேதி", date(2026, 12, 31))],
)
def test_tamil_days_in_words_with_the_ordinal_ending(text: str, expected: date) -> None:
    assert extract_date(text, FRIDAY, prefer="future") == expected


@pytest.mark.parametrize(("text", "prefer", "expected"), [
    ("on november twenty fifth", "past", date(2026, 11, 25)),
    ("bill dated november fifteenth, 2026", "past", date(2026, 11, 15)),
    ("2.4 lakh, 05.11 ka, net 60", "past", date(2026, 11, 5)),
    ("full settle aayiduchu inniku", "past", date(2026, 12, 3)),
    ("part pmt 1.5L recd yest", "past", date(2026, 12, 2)),
    ("nalanniku kandippa anupuren", "future", date(2026, 12, 5)),
    ("pannendaam thedhi transfer pannidrom", "future", date(2026, 12, 12)),
])
def test_spoken_and_chat_forms_of_dates(text: str, prefer: Prefer, expected: date) -> None:
    assert extract_date(normalise_text(text), date(2026, 12, 3), prefer=prefer) == expected


@pytest.mark.parametrize("text", ["november second week", "rs 2.50 paid", "12.50 kg"])
def test_no_date_in_near_misses(text: str) -> None:
    assert extract_date(normalise_text(text), date(2026, 12, 3), prefer="past") is None


@pytest.mark.parametrize(("text", "prefer", "expected"), [
    ("give time till Christmas pls", "future", date(2026, 12, 25)),
    ("பொங்கல் அன்னைக்கு கண்டிப்பா தந்துடுறேன்", "future", date(2027, 1, 15)),
    ("pongal ku tharen", "future", date(2027, 1, 15)),
    ("diwali ka bill", "past", date(2026, 11, 8)),
    ("please give time till next month fifteen", "future", date(2027, 1, 15)),
    ("agle mahine ki pandrah tarikh", "future", date(2027, 1, 15)),
    ("vyalakelama kandipa potruven", "future", date(2026, 12, 10)),
])
def test_festivals_and_worded_days_of_next_month(text: str, prefer: Prefer,
                                                 expected: date) -> None:
    assert extract_date(normalise_text(text), date(2026, 12, 8), prefer=prefer) == expected


@pytest.mark.parametrize("text", [
    "pongal apram than mudiyum", "பொங்கலுக்கு அப்புறம் தான் முடியும்", "Diwali ke baad",
    "Merry Christmas in advance!", "diwali ki badhai", "दशहरे की हार्दिक शुभकामनाएं",
    "பொங்கல் முடிந்த பிறகு பார்த்துக் கொள்ளலாம்",
    "தீபாவளிக்கு வாங்கின சரக்கு",  # Diwali 2027 is more than half a year away
    "next month fifteen thousand",
])
def test_a_festival_after_before_far_or_in_a_greeting_is_no_day(text: str) -> None:
    assert extract_date(normalise_text(text), date(2026, 12, 8), prefer="future") is None
