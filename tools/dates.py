"""Dates: one input format, per-language output, and "today" in India without reading the clock.

The law counts days in India (MSMED Act s.2(b) appointed day, s.15 limits), so
the calendar date that matters is the one in Asia/Kolkata (IST, UTC+05:30, no
daylight saving). Functions here are pure: "now" is passed in (docs/architecture.md "Conventions").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tools.date_format import DATE_PATTERN, format_date
from tools.errors import InputError

__all__ = ["DATE_PATTERN", "IST", "ISO_DATE_FORMAT", "format_date", "parse_iso_date",
           "today_ist"]

IST = ZoneInfo("Asia/Kolkata")
ISO_DATE_FORMAT = "YYYY-MM-DD"
# Only the calendar-date form: Python 3.11's date.fromisoformat also takes
# 20261003 and 2026-W40-6, which nobody means when typing a date.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_iso_date(value: str, field: str) -> date:
    """``YYYY-MM-DD`` (ISO 8601 calendar date) -> date.

    Anything else, or an impossible date such as 2026-02-30, raises
    :class:`InputError` with rule ``date-invalid``, naming ``field`` and the
    expected format.
    """
    text = value.strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise InputError(field, "date-invalid", value=text, format=ISO_DATE_FORMAT)


def today_ist(now: datetime) -> date:
    """The calendar date in India at the instant ``now``.

    ``now`` must be timezone-aware (a naive datetime has no instant, so
    ValueError); the caller reads the clock, e.g. ``datetime.now(UTC)``.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("today_ist needs a timezone-aware datetime")
    return now.astimezone(IST).date()
