"""Tamil solar months as Gregorian dates (tools/tamil_calendar.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tools.tamil_calendar import MONTHS, first_day, month_index, sankranti, tamil_date


@pytest.mark.parametrize("year", range(2020, 2031))
def test_the_tamil_new_year_is_14_april(year: int) -> None:
    # Puthandu (Chithirai 1) falls on 14 April in these years (13 or 15 only rarely).
    assert first_day(0, year) in (date(year, 4, 14), date(year, 4, 13), date(year, 4, 15))
    assert first_day(0, year).month == 4


@pytest.mark.parametrize("year", range(2020, 2031))
def test_thai_begins_at_pongal(year: int) -> None:
    assert first_day(9, year) in (date(year, 1, 14), date(year, 1, 15))


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_the_months_follow_each_other_and_fill_the_year(year: int) -> None:
    starts = [first_day(i, year) for i in range(9)] + [first_day(i, year + 1) for i in (9, 10, 11)]
    lengths = [(b - a).days for a, b in zip(starts, [*starts[1:], first_day(0, year + 1)],
                                              strict=True)]
    assert all(29 <= n <= 32 for n in lengths), lengths
    assert sum(lengths) in (365, 366)
    # the longest months are in the summer (the sun is slowest at aphelion)
    assert max(lengths) in lengths[1:4] and min(lengths) in lengths[8:11]


def test_a_sankranti_is_the_sun_entering_its_sign() -> None:
    entry = sankranti(7, 2026)  # Vrischika: mid-November
    assert entry.tzinfo is not None and (entry.month, entry.year) == (11, 2026)
    assert 13 <= entry.day <= 18


def test_karthigai_5_is_about_21_november() -> None:
    day = tamil_date(month_index("கார்த்திகை") or 0, 5, 2026)
    assert day is not None and date(2026, 11, 20) <= day <= date(2026, 11, 22)
    assert tamil_date(month_index("karthigai") or 0, 5, 2026) == day


def test_a_day_the_month_does_not_have_is_none() -> None:
    assert tamil_date(9, 33, 2027) is None  # no month has 33 days
    assert tamil_date(9, 0, 2027) is None
    assert tamil_date(9, 29, 2027) is not None


def test_every_month_has_its_tamil_and_latin_spellings() -> None:
    assert len(MONTHS) == 12
    for index, spellings in enumerate(MONTHS):
        assert any("\u0b80" <= c <= "\u0bff" for c in spellings[0])
        assert all(month_index(s) == index for s in spellings)
    assert month_index("November") is None
