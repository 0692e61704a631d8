"""Dates: one input format, per-language output, and "today" in India without reading the clock.

The law counts days in India (MSMED Act s.2(b) appointed day, s.15 limits), so
the calendar date that matters is the one in Asia/Kolkata (IST, UTC+05:30, no
daylight saving). Functions here are pure: "now" is passed in (docs/architecture.md "Conventions").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tools.date_format import DATE_PATTERN, format_date
from tools.errors import InputError

__all__ = ["DATE_PATTERN", "IST", "ISO_DATE_FORMAT", "format_date", "parse_iso_date",
           "parse_written_date", "today_ist"]

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


def _month_key(word: str) -> str:
    """A month word as compared: lower case, no nukta, no abbreviation dot."""
    text = unicodedata.normalize("NFD", word).replace("\u093c", "")
    return unicodedata.normalize("NFC", text).casefold().strip(".\u0970")


#: Month names as invoices and exports print them, in English, Hindi and Tamil (the
#: Gregorian months; Tamil-calendar months are tools.tamil_calendar's business).
MONTH_WORDS: Mapping[str, int] = {
    _month_key(word): number
    for number, words in enumerate((
        ("jan", "january", "जनवरी", "जन", "ஜனவரி", "ஜன"),
        ("feb", "february", "फरवरी", "फ़रवरी", "फर", "பிப்ரவரி", "பிப்"),
        ("mar", "march", "मार्च", "மார்ச்", "மார்ச", "மார்"),
        ("apr", "april", "अप्रैल", "अप्रेल", "ஏப்ரல்", "ஏப்"),
        ("may", "मई", "மே"),
        ("jun", "june", "जून", "ஜூன்"),
        ("jul", "july", "जुलाई", "जुल", "ஜூலை"),
        ("aug", "august", "अगस्त", "अग", "ஆகஸ்ட்", "ஆகஸ்டு", "ஆக"),
        ("sep", "sept", "september", "सितंबर", "सितम्बर", "सित", "செப்டம்பர்", "செப்"),
        ("oct", "october", "अक्टूबर", "अक्तूबर", "अक्टू", "அக்டோபர்", "அக்"),
        ("nov", "november", "नवंबर", "नवम्बर", "नव", "நவம்பர்", "நவ"),
        ("dec", "december", "दिसंबर", "दिसम्बर", "दिस", "டிசம்பர்", "டிச"),
    ), start=1)
    for word in words
}
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)
_SEP = r"[\s\-/.,]"
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_COMPACT_YMD = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DMY = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|\d{2})")
_D_MON_Y = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?{_SEP}*([^\d\s\-/.,]+){_SEP}*(\d{{4}}|\d{{2}})",
                      re.IGNORECASE)
_MON_D_Y = re.compile(rf"([^\d\s\-/.,]+){_SEP}*(\d{{1,2}})(?:st|nd|rd|th)?{_SEP}*(\d{{4}})",
                      re.IGNORECASE)
#: Years an invoice date may have (GST began in 2017; older ones are kept for old dues).
WRITTEN_YEARS = range(1990, 2101)


def parse_written_date(text: str) -> date | None:
    """A date written the Indian way, day first, as all of ``text``; None otherwise.

    ``03-10-2026``, ``3/10/2026``, ``03.10.2026`` and ``03-10-26`` are 3 October:
    a date that would only make sense month first (``10/31/2026``) is not a date,
    never a swapped one. Also ``3-Oct-2026``, ``03 Oct 26``, ``Oct 3, 2026``,
    ``3 अक्टूबर 2026``, ``3 அக்டோபர் 2026``, ISO ``2026-10-03`` and Tally's
    ``20261003``; a time after it is ignored. Two-digit years are this century's;
    years outside :data:`WRITTEN_YEARS` are refused as typos.
    """
    text = _TIME.sub("", " ".join(text.split())).strip()
    if match := (_YMD.fullmatch(text) or _COMPACT_YMD.fullmatch(text)):
        year, month, day = match.groups()
    elif match := _DMY.fullmatch(text):
        day, month, year = match.groups()
    elif (match := _D_MON_Y.fullmatch(text)) or (match := _MON_D_Y.fullmatch(text)):
        first, second, year = match.groups()
        day, word = (first, second) if first.isdigit() else (second, first)
        month = str(MONTH_WORDS.get(_month_key(word), 0))
    else:
        return None
    try:
        parsed = date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
    except ValueError:
        return None
    return parsed if parsed.year in WRITTEN_YEARS else None
