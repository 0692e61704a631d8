"""Dates: strict ISO input, letter-style output in en/hi/ta, and India's calendar date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.dates import IST, format_date, parse_iso_date, today_ist
from tools.errors import InputError


def test_parses_iso_calendar_dates() -> None:
    assert parse_iso_date("2026-10-03", "invoice_date") == date(2026, 10, 3)
    assert parse_iso_date(" 2024-02-29 ", "invoice_date") == date(2024, 2, 29)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "03/10/2026",
        "3 October 2026",
        "20261003",  # accepted by date.fromisoformat in 3.11, not by us
        "2026-W40-6",
        "2026-10-3",
        "2026-02-30",
        "2025-02-29",
        "2026-13-01",
        "२०२६-१०-०३",
        "2026-10-03T10:00",
    ],
)
def test_anything_else_is_date_invalid_naming_field_and_format(value: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_iso_date(value, "invoice_date")
    error = raised.value
    assert (error.field, error.rule) == ("invoice_date", "date-invalid")
    assert str(error) == (
        f"invoice date: “{value.strip()}” is not a date in the form YYYY-MM-DD,"
        " for example 2026-10-03."
    )
    assert error.render("hi").startswith("बिल की तारीख:")
    assert "YYYY-MM-DD" in error.render("ta")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "3 October 2026"),
        ("hi", "3 अक्टूबर 2026"),
        ("ta", "3 அக்டோபர் 2026"),
        ("hi-IN", "3 अक्टूबर 2026"),
        ("fr", "3 October 2026"),
    ],
)
def test_format_date_in_each_language(language: str, text: str) -> None:
    assert format_date(date(2026, 10, 3), language) == text


@pytest.mark.parametrize(
    ("month", "hindi", "tamil"),
    [(1, "जनवरी", "ஜனவரி"), (5, "मई", "மே"), (8, "अगस्त", "ஆகஸ்ட்"), (12, "दिसंबर", "டிசம்பர்")],
)
def test_month_names_are_in_devanagari_and_tamil_script(month: int, hindi: str, tamil: str) -> None:
    d = date(2026, month, 15)
    assert hindi in format_date(d, "hi")
    assert tamil in format_date(d, "ta")


def test_today_ist_crosses_midnight_before_utc_does() -> None:
    assert today_ist(datetime(2026, 3, 31, 18, 29, tzinfo=UTC)) == date(2026, 3, 31)
    assert today_ist(datetime(2026, 3, 31, 18, 30, tzinfo=UTC)) == date(2026, 4, 1)
    new_york = timezone(timedelta(hours=-4))
    assert today_ist(datetime(2026, 10, 3, 20, 0, tzinfo=new_york)) == date(2026, 10, 4)
    assert today_ist(datetime(2026, 10, 3, 0, 5, tzinfo=IST)) == date(2026, 10, 3)


def test_today_ist_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError):
        today_ist(datetime(2026, 10, 3, 12, 0))


@settings(deadline=None)
@given(st.datetimes(min_value=datetime(1946, 1, 1), timezones=st.just(UTC)))
def test_today_ist_is_utc_plus_five_thirty(now: datetime) -> None:
    # IST has been a fixed +05:30 since 1945 (before: local mean time, war time +06:30).
    assert today_ist(now) == (now.replace(tzinfo=None) + timedelta(hours=5, minutes=30)).date()


@settings(deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)))
def test_iso_round_trip(d: date) -> None:
    assert parse_iso_date(d.isoformat(), "as_of") == d
