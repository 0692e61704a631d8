"""Reminders go out in daytime India and wait out the buyer's festival days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from prompts import render
from tools.dates import IST
from tools.errors import InputError
from tools.festivals import REGION_CODES, Festival, FestivalCalendar
from tools.gstin import GSTIN_STATE_CODES
from tools.sending_window import is_allowed_day, next_send_slot, state_code_region

CALENDAR = FestivalCalendar.load()
SUNDAY = 6


def ist(year: int, month: int, day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=IST)


def slot(candidate: datetime, region: str | None = "MH", **options: object) -> datetime:
    return next_send_slot(candidate, calendar=CALENDAR, region=region, **options)  # type: ignore[arg-type]


# --- quiet hours ---------------------------------------------------------------------------

# 2026-09-15 is a Tuesday with no festival anywhere.
@pytest.mark.parametrize(("candidate", "expected"), [
    (ist(2026, 9, 15, 9, 0), ist(2026, 9, 15, 9, 0)),
    (ist(2026, 9, 15, 8, 59, 59), ist(2026, 9, 15, 9, 0)),
    (ist(2026, 9, 15, 2, 0), ist(2026, 9, 15, 9, 0)),
    (ist(2026, 9, 15, 0, 0), ist(2026, 9, 15, 9, 0)),
    (ist(2026, 9, 15, 14, 37, 12), ist(2026, 9, 15, 14, 37, 12)),
    (ist(2026, 9, 15, 20, 59, 59), ist(2026, 9, 15, 20, 59, 59)),
    (ist(2026, 9, 15, 21, 0), ist(2026, 9, 16, 9, 0)),
    (ist(2026, 9, 15, 23, 45), ist(2026, 9, 16, 9, 0)),
])
def test_quiet_hours_are_21_00_to_09_00_ist_with_both_boundaries(candidate: datetime,
                                                                 expected: datetime) -> None:
    assert slot(candidate) == expected


def test_an_allowed_time_is_returned_unchanged_in_its_own_timezone() -> None:
    candidate = datetime(2026, 9, 15, 6, 0, tzinfo=UTC)  # 11:30 IST
    assert slot(candidate) is candidate


def test_quiet_hours_are_judged_in_ist_and_the_answer_keeps_the_callers_timezone() -> None:
    candidate = datetime(2026, 9, 15, 3, 0, tzinfo=UTC)  # 08:30 IST: too early
    result = slot(candidate)
    assert result == datetime(2026, 9, 15, 3, 30, tzinfo=UTC)
    assert result.tzinfo is UTC
    late = datetime(2026, 9, 15, 15, 45, tzinfo=UTC)  # 21:15 IST: too late
    assert slot(late) == datetime(2026, 9, 16, 3, 30, tzinfo=UTC)


def test_custom_quiet_hours() -> None:
    options = {"quiet_start": time(20, 0), "quiet_end": time(10, 0)}
    assert slot(ist(2026, 9, 15, 9, 30), **options) == ist(2026, 9, 15, 10, 0)
    assert slot(ist(2026, 9, 15, 20, 0), **options) == ist(2026, 9, 16, 10, 0)
    assert slot(ist(2026, 9, 15, 19, 59), **options) == ist(2026, 9, 15, 19, 59)


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        slot(datetime(2026, 9, 15, 10, 0))


@pytest.mark.parametrize(("quiet_start", "quiet_end"), [(time(9), time(21)), (time(9), time(9)),
                                                        (time(21, tzinfo=UTC), time(9))])
def test_quiet_hours_must_be_an_overnight_wall_clock_window(quiet_start: time,
                                                            quiet_end: time) -> None:
    with pytest.raises(ValueError):
        slot(ist(2026, 9, 15, 10), quiet_start=quiet_start, quiet_end=quiet_end)


# --- festivals -----------------------------------------------------------------------------

@pytest.mark.parametrize("region", [None, "MH", "TN", "WB", "KL", "PB"])
def test_diwali_2026_holds_reminders_for_every_buyer(region: str | None) -> None:
    assert CALENDAR.is_festival(date(2026, 11, 8), region) == "Diwali (Deepavali)"
    moved = slot(ist(2026, 11, 8, 11, 0), region=region)
    assert moved.date() > date(2026, 11, 8) and moved.time() == time(9, 0)


def test_the_evening_before_diwali_waits_until_the_day_after() -> None:
    assert slot(ist(2026, 11, 7, 21, 30), region=None) == ist(2026, 11, 9, 9, 0)


def test_pongal_moves_a_tamil_nadu_buyers_reminder_but_not_a_maharashtra_buyers() -> None:
    candidate = ist(2026, 1, 15, 11, 0)
    assert slot(candidate, region="TN") == ist(2026, 1, 17, 9, 0)  # after all three days
    assert slot(candidate, region="MH") == candidate
    assert slot(candidate, region=None) == candidate


def test_a_buyer_with_no_known_region_keeps_only_all_india_festivals() -> None:
    assert CALENDAR.is_festival(date(2026, 10, 18), "WB") == "Durga Puja (Maha Saptami)"
    assert CALENDAR.is_festival(date(2026, 10, 18), None) is None
    assert CALENDAR.is_festival(date(2026, 10, 20), None) == "Dussehra"


def test_consecutive_festival_days_and_a_closed_sunday_chain() -> None:
    # Durga Puja 2027 in West Bengal: Saptami to Dashami, Wednesday 6 to Saturday 9 October.
    candidate = ist(2027, 10, 6, 10, 0)
    assert slot(candidate, region="WB") == ist(2027, 10, 10, 9, 0)
    assert slot(candidate, region="WB", closed_weekdays={SUNDAY}) == ist(2027, 10, 11, 9, 0)
    # Pongal 2027 in Tamil Nadu runs Friday 15 to Sunday 17 January.
    assert slot(ist(2027, 1, 14, 22, 0), region="TN") == ist(2027, 1, 18, 9, 0)


def test_a_closed_weekday_alone_moves_the_slot() -> None:
    sunday = ist(2026, 9, 13, 10, 0)
    assert slot(sunday, region="DL") == sunday
    assert slot(sunday, region="DL", closed_weekdays={SUNDAY}) == ist(2026, 9, 14, 9, 0)
    assert not is_allowed_day(date(2026, 9, 13), calendar=CALENDAR, region="DL",
                              closed_weekdays={SUNDAY})
    # In Maharashtra the Monday is Ganesh Chaturthi: Sunday closed, then the festival.
    assert slot(sunday, region="MH", closed_weekdays={SUNDAY}) == ist(2026, 9, 15, 9, 0)


def test_no_allowed_day_at_all_is_an_error_not_a_hang() -> None:
    with pytest.raises(ValueError, match="no allowed sending day"):
        slot(ist(2026, 9, 15, 10), closed_weekdays=set(range(7)))


def test_region_codes_are_case_insensitive_and_unknown_ones_are_refused() -> None:
    assert slot(ist(2026, 1, 15, 11), region="tn") == ist(2026, 1, 17, 9, 0)
    with pytest.raises(ValueError, match="unknown region"):
        slot(ist(2026, 1, 15, 11), region="Tamil Nadu")


# --- GSTIN state codes -----------------------------------------------------------------------

@pytest.mark.parametrize(("code", "region"), [
    ("33", "TN"), ("27", "MH"), ("29", "KA"), ("19", "WB"), ("32", "KL"), ("09", "UP"),
    ("9", "UP"), ("07", "DL"), ("24", "GJ"), ("03", "PB"), ("36", "TS"), ("37", "AP"),
    (" 21 ", "OD"), ("97", None), ("99", None), ("00", None), ("ab", None), ("", None),
])
def test_state_code_region(code: str, region: str | None) -> None:
    assert state_code_region(code) == region


def test_every_gstin_state_code_maps_to_a_region_the_calendar_knows() -> None:
    for code in GSTIN_STATE_CODES:
        region = state_code_region(code)
        if code in ("97", "99"):
            assert region is None
        else:
            assert region in REGION_CODES, code


def test_a_region_from_a_gstin_drives_the_festival_check() -> None:
    region = state_code_region("33AAAAR6720M1ZG"[:2])
    assert slot(ist(2026, 4, 14, 10), region=region) == ist(2026, 4, 15, 9, 0)  # Puthandu


# --- the shipped calendar -------------------------------------------------------------------

@pytest.mark.parametrize("year", [2026, 2027])
def test_the_shipped_calendar_covers_the_major_festivals_of_each_year(year: int) -> None:
    names = " | ".join(f.name for f in CALENDAR.festivals if f.day.year == year)
    for festival in ("Republic Day", "Holi", "Eid ul-Fitr", "Eid al-Adha", "Independence Day",
                     "Raksha Bandhan", "Ganesh Chaturthi", "Dussehra", "Diwali", "Bhai Dooj",
                     "Govardhan", "Christmas", "Pongal", "Tamil New Year", "Onam",
                     "Durga Puja", "Gudi Padwa", "Baisakhi", "Good Friday", "Gandhi Jayanti"):
        assert festival in names, (year, festival)


@pytest.mark.parametrize(("day", "region", "name"), [
    (date(2026, 1, 26), None, "Republic Day"),
    (date(2027, 1, 26), "KL", "Republic Day"),
    (date(2026, 3, 4), "UP", "Holi"),
    (date(2026, 4, 14), "TN", "Tamil New Year (Puthandu)"),
    (date(2026, 4, 14), "PB", "Baisakhi (Vaisakhi)"),
    (date(2026, 8, 26), "KL", "Milad-un-Nabi"),
    (date(2026, 8, 25), "KL", "Onam (First Onam / Uthradom)"),
    (date(2026, 3, 19), "MH", "Gudi Padwa / Ugadi"),
    (date(2026, 12, 25), "GJ", "Christmas"),
    (date(2027, 10, 29), None, "Diwali (Deepavali)"),
])
def test_is_festival_names_the_day(day: date, region: str | None, name: str) -> None:
    assert CALENDAR.is_festival(day, region) == name


def test_regional_days_do_not_leak_to_other_regions() -> None:
    assert CALENDAR.is_festival(date(2026, 8, 25), "TN") is None  # First Onam: Kerala only
    assert CALENDAR.is_festival(date(2026, 4, 14), "MH") is None
    assert CALENDAR.is_festival(date(2026, 9, 15), "MH") is None


def test_lunar_dates_ahead_of_an_official_list_are_marked_estimated() -> None:
    estimated = {(f.day, f.name) for f in CALENDAR.uncertain()}
    assert (date(2027, 10, 29), "Diwali (Deepavali)") in estimated
    assert (date(2027, 3, 10), "Eid ul-Fitr") in estimated
    assert all(f.confidence == "fixed" for f in CALENDAR.festivals
               if f.name in ("Republic Day", "Independence Day", "Christmas"))
    assert CALENDAR.first_day == date(2026, 1, 13) and CALENDAR.last_day == date(2029, 12, 25)
    assert all(f.source_note for f in CALENDAR.festivals)


# --- operator files -------------------------------------------------------------------------

HEADER = "date,name,regions,confidence,source_note\n"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "festivals.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_operator_file_with_its_own_rows_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, "# our own list\n" + HEADER
                  + '2026-09-15,"Local fair, Madurai",tn,,district holiday\n'
                  + "2026-09-16,Shop anniversary,ALL,fixed,\n")
    calendar = FestivalCalendar.load(path)
    assert calendar.is_festival(date(2026, 9, 15), "TN") == "Local fair, Madurai"
    assert calendar.festivals[0].confidence == "listed"
    assert next_send_slot(ist(2026, 9, 15, 10), calendar=calendar, region="TN") == ist(
        2026, 9, 17, 9, 0)


def test_only_date_name_and_regions_columns_are_required(tmp_path: Path) -> None:
    calendar = FestivalCalendar.load(_write(tmp_path, "date,name,regions\n2026-09-15,Fair,KA\n"))
    assert calendar.is_festival(date(2026, 9, 15), "KA") == "Fair"


@pytest.mark.parametrize(("text", "rule", "line"), [
    ("", "festival-file-empty", None),
    ("# only a comment\n", "festival-file-empty", None),
    (HEADER, "festival-file-empty", None),
    ("day,festival\n2026-01-26,Republic Day\n", "festival-file-header", None),
    (HEADER + "2026-01-26,Republic Day,ALL,fixed,\n26/01/2026,Republic Day,ALL,fixed,\n",
     "festival-file-date", 3),
    (HEADER + "2026-02-30,Nothing,ALL,fixed,\n", "festival-file-date", 2),
    (HEADER + "2026-01-26,,ALL,fixed,\n", "festival-file-name", 2),
    (HEADER + "2026-01-14,Pongal,Tamil Nadu,listed,\n", "festival-file-regions", 2),
    (HEADER + "2026-01-14,Pongal,ALL;TN,listed,\n", "festival-file-regions", 2),
    (HEADER + "2026-01-14,Pongal,,listed,\n", "festival-file-regions", 2),
    (HEADER + "2026-01-14,Pongal,TN,maybe,\n", "festival-file-confidence", 2),
    (HEADER + "2026-01-14,Pongal,TN,listed,\n\n2026-01-14,pongal,KL,listed,\n",
     "festival-file-duplicate", 4),
])
def test_a_bad_file_names_the_line_and_the_rule(tmp_path: Path, text: str, rule: str,
                                                 line: int | None) -> None:
    with pytest.raises(InputError) as caught:
        FestivalCalendar.load(_write(tmp_path, text))
    error = caught.value
    assert (error.field, error.rule, error.params.get("line")) == ("festival_calendar", rule, line)
    assert str(tmp_path / "festivals.csv") in error.render("en")
    assert any("\u0900" <= c <= "\u097f" for c in error.render("hi"))
    assert any("\u0b80" <= c <= "\u0bff" for c in error.render("ta"))


def test_an_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        FestivalCalendar.load(tmp_path / "missing.csv")
    assert caught.value.rule == "festival-file-unreadable"
    assert "missing.csv" in render("error-festival-file-unreadable", "en",
                                   path=str(tmp_path / "missing.csv"))


def test_a_calendar_built_in_code_checks_its_festivals() -> None:
    with pytest.raises(ValueError):
        Festival(date(2026, 1, 1), "X", frozenset({"XX"}))
    with pytest.raises(ValueError):
        FestivalCalendar((Festival(date(2026, 1, 1), "X", frozenset({"ALL"})),) * 2)
    built = FestivalCalendar((Festival(date(2026, 1, 1), "New Year", frozenset({"GA"})),))
    assert built.is_festival(date(2026, 1, 1), "GA") == "New Year"
    assert built.is_festival(date(2026, 1, 1) + timedelta(days=1), "GA") is None
