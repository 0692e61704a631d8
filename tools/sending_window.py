"""When a reminder may go out: daytime in India, not on the buyer's festival days.

docs/messaging.md "Messaging rules": quiet hours (IST) and festival days make a
reminder wait for the next allowed slot. A slot is allowed when its time in
India is at or after ``quiet_end`` (09:00) and before ``quiet_start``
(21:00), and its calendar day in India is neither a festival the buyer keeps
(:class:`tools.festivals.FestivalCalendar`: all-India days, plus the days of
the buyer's region) nor one of the ``closed_weekdays`` the caller names.
Everything here is pure: the candidate time is an argument, the clock is
never read (docs/architecture.md "Conventions").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, datetime, time, timedelta
from types import MappingProxyType

from tools.dates import IST
from tools.festivals import FestivalCalendar, normalise_region

__all__ = [
    "DEFAULT_QUIET_END",
    "DEFAULT_QUIET_START",
    "GSTIN_STATE_REGIONS",
    "MAX_DAYS_AHEAD",
    "is_allowed_day",
    "next_send_slot",
    "state_code_region",
]

DEFAULT_QUIET_START = time(21, 0)
DEFAULT_QUIET_END = time(9, 0)
#: How far :func:`next_send_slot` looks for an allowed day before giving up.
MAX_DAYS_AHEAD = 366

#: GSTIN state code (GSTN's list, docs/legal-conventions.md "Identifiers") -> the region code
#: festival rows use (:data:`tools.festivals.REGION_CODES`). 97 (other
#: territory) and 99 (centre jurisdiction) have no region. The legacy codes 25
#: (Daman and Diu, merged into 26) and 28 (undivided Andhra Pradesh) still map,
#: since a region is about which festivals a buyer keeps.
GSTIN_STATE_REGIONS: Mapping[str, str] = MappingProxyType({
    "01": "JK", "02": "HP", "03": "PB", "04": "CH", "05": "UK", "06": "HR", "07": "DL",
    "08": "RJ", "09": "UP", "10": "BR", "11": "SK", "12": "AR", "13": "NL", "14": "MN",
    "15": "MZ", "16": "TR", "17": "ML", "18": "AS", "19": "WB", "20": "JH", "21": "OD",
    "22": "CG", "23": "MP", "24": "GJ", "25": "DH", "26": "DH", "27": "MH", "28": "AP",
    "29": "KA", "30": "GA", "31": "LD", "32": "KL", "33": "TN", "34": "PY", "35": "AN",
    "36": "TS", "37": "AP", "38": "LA",
})


def state_code_region(gstin_state_code: str) -> str | None:
    """The festival region of a GSTIN state code: ``33`` -> ``TN``, ``27`` -> ``MH``.

    Takes the two-digit code (the first two characters of a GSTIN; a single
    digit such as ``9`` is read as ``09``). None for 97 (other territory), 99
    (centre jurisdiction) and anything that is not a state code: the buyer's
    region is then unknown and only all-India festivals hold reminders back.
    """
    code = gstin_state_code.strip()
    if code.isascii() and code.isdigit() and len(code) == 1:
        code = "0" + code
    return GSTIN_STATE_REGIONS.get(code)


def is_allowed_day(day: date, *, calendar: FestivalCalendar, region: str | None,
                   closed_weekdays: Collection[int] = ()) -> bool:
    """Whether reminders may go out on ``day`` (a calendar day in India) to a buyer in ``region``.

    Not on a festival of the buyer's region or an all-India one, and not on a
    weekday in ``closed_weekdays`` (Monday = 0 ... Sunday = 6, as
    :meth:`date.weekday`).
    """
    return (day.weekday() not in closed_weekdays
            and calendar.is_festival(day, region) is None)


def next_send_slot(
    candidate: datetime,
    *,
    calendar: FestivalCalendar,
    region: str | None,
    quiet_start: time = DEFAULT_QUIET_START,
    quiet_end: time = DEFAULT_QUIET_END,
    closed_weekdays: Collection[int] = (),
) -> datetime:
    """The first moment at or after ``candidate`` when a reminder may be sent.

    Rules (docs/messaging.md "Messaging rules"):

    * Sending hours are ``quiet_end`` <= time < ``quiet_start`` in IST
      (default 09:00 to 21:00; 21:00 itself is quiet). Both are wall-clock
      times in India without a tzinfo, and ``quiet_end`` must be before
      ``quiet_start`` (ValueError otherwise).
    * The day in India must not be a festival for the buyer's ``region``
      (a region code such as ``TN``, or None when unknown: then only
      all-India days count) nor in ``closed_weekdays`` (Monday = 0; none by
      default).
    * An allowed ``candidate`` is returned unchanged. Otherwise the answer is
      ``quiet_end`` on the next allowed day: the same day when it is an
      allowed day and the candidate is before ``quiet_end``, else a later one.
      Consecutive festival days (Pongal's three days, Durga Puja) are all
      skipped.

    ``candidate`` must be timezone-aware (a naive datetime is ambiguous:
    ValueError); the result is in the candidate's timezone. If no allowed day
    is found within :data:`MAX_DAYS_AHEAD` days (every weekday closed)
    ValueError is raised.
    """
    if candidate.tzinfo is None or candidate.utcoffset() is None:
        raise ValueError("next_send_slot needs a timezone-aware datetime")
    if quiet_start.tzinfo is not None or quiet_end.tzinfo is not None:
        raise ValueError("quiet hours are wall-clock times in India: pass them without tzinfo")
    if not quiet_end < quiet_start:
        raise ValueError(f"quiet_end ({quiet_end}) must be before quiet_start ({quiet_start})")
    code = normalise_region(region)
    local = candidate.astimezone(IST)
    day = local.date()
    now = local.time().replace(tzinfo=None)
    if now >= quiet_start:
        day += timedelta(days=1)
    for _ in range(MAX_DAYS_AHEAD):
        if is_allowed_day(day, calendar=calendar, region=code, closed_weekdays=closed_weekdays):
            if day == local.date() and quiet_end <= now < quiet_start:
                return candidate
            opening = datetime.combine(day, quiet_end, tzinfo=IST)
            return opening.astimezone(candidate.tzinfo)
        day += timedelta(days=1)
    raise ValueError(f"no allowed sending day within {MAX_DAYS_AHEAD} days of {candidate}")
