"""Tamil solar months (சித்திரை ... பங்குனி) as Gregorian dates.

A Tamil month begins when the sun enters the next sidereal sign (the sankranti,
sidereal longitude a multiple of 30°, Lahiri ayanamsa): on that day when it
happens before sunset, else on the next day. So "கார்த்திகை 5" is the fifth day
from the sun's entry into Vrischika, about 21 November.

The sun's apparent longitude comes from the low-precision solar coordinates of
Meeus (Astronomical Algorithms, ch. 25: about 0.01°, a quarter of an hour of the
sun's motion); the Lahiri ayanamsa from its J2000 value and the precession rate;
sunset is taken as 18:00 IST (Tamil Nadu's sunsets fall between about 17:45 and
18:40). A sankranti within about half an hour of sunset, and the panchangams that
reckon differently, can put a month's first day one day apart: a date read this
way is shown back to the user before anything is saved.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

#: The twelve months, Chithirai (sun in Mesha, 0°) first; each with the spellings read.
MONTHS: tuple[tuple[str, ...], ...] = (
    ("சித்திரை", "chithirai", "chitirai", "chithrai", "chittirai"),
    ("வைகாசி", "vaikasi", "vaigasi", "vaikaasi"),
    ("ஆனி", "aani"),
    ("ஆடி", "aadi"),
    ("ஆவணி", "aavani", "avani"),
    ("புரட்டாசி", "purattasi", "purattaasi", "puratasi"),
    ("ஐப்பசி", "aippasi", "ippasi", "aipasi"),
    ("கார்த்திகை", "karthigai", "karthikai", "kaarthigai", "karthika"),
    ("மார்கழி", "margazhi", "maargazhi", "markazhi", "margali"),
    ("தை", "thai"),
    ("மாசி", "maasi", "masi"),
    ("பங்குனி", "panguni"),
)
_IST = timedelta(hours=5, minutes=30)
_SUNSET_IST_HOURS = 18.0
_J2000 = 2451545.0
_LAHIRI_J2000 = 23.8531  # degrees
_PRECESSION = 50.2880 / 3600  # degrees a Julian year


def month_index(word: str) -> int | None:
    """0 for Chithirai ... 11 for Panguni, or None when ``word`` is no Tamil month."""
    word = word.lower()
    for index, spellings in enumerate(MONTHS):
        if word in spellings:
            return index
    return None


def _julian_day(moment: datetime) -> float:
    return moment.timestamp() / 86400.0 + 2440587.5


def _sidereal_sun(jd: float) -> float:
    """The sun's apparent sidereal (Lahiri) longitude in degrees, 0-360."""
    t = (jd - _J2000) / 36525.0
    mean_longitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    anomaly = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    centre = ((1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(anomaly)
              + (0.019993 - 0.000101 * t) * math.sin(2 * anomaly)
              + 0.000289 * math.sin(3 * anomaly))
    omega = math.radians(125.04 - 1934.136 * t)
    apparent = mean_longitude + centre - 0.00569 - 0.00478 * math.sin(omega)
    ayanamsa = _LAHIRI_J2000 + _PRECESSION * (jd - _J2000) / 365.25
    return (apparent - ayanamsa) % 360.0


def sankranti(index: int, year: int) -> datetime:
    """The moment (UTC) the sun enters month ``index``'s sign in Gregorian ``year`` (each
    sign is entered once a year; Thai, Maasi and Panguni in its first quarter)."""
    target = 30.0 * index
    # The entries fall between 13 and 18 of a month: April 14 for Mesha, a month a sign.
    guess = datetime(year, (3 + index) % 12 + 1, 15, tzinfo=UTC)
    low, high = _julian_day(guess - timedelta(days=6)), _julian_day(guess + timedelta(days=6))

    def past(jd: float) -> bool:  # has the sun passed the target (within half a circle)?
        return (_sidereal_sun(jd) - target) % 360.0 < 180.0

    for _ in range(50):
        middle = (low + high) / 2
        low, high = (low, middle) if past(middle) else (middle, high)
    return datetime.fromtimestamp((high - 2440587.5) * 86400.0, tz=UTC)


def first_day(index: int, year: int) -> date:
    """The Gregorian date of the first day of Tamil month ``index`` in ``year``."""
    ist = sankranti(index, year) + _IST
    hours = ist.hour + ist.minute / 60
    return ist.date() if hours < _SUNSET_IST_HOURS else ist.date() + timedelta(days=1)


def tamil_date(index: int, day: int, year: int) -> date | None:
    """Day ``day`` of month ``index`` that begins in Gregorian ``year``; None when the
    month has fewer days (29 to 32)."""
    start = first_day(index, year)
    # Margazhi (December) runs into January: Thai begins in the next year
    following = first_day((index + 1) % 12, year + (1 if index == 8 else 0))
    if not 1 <= day <= (following - start).days:
        return None
    return start + timedelta(days=day - 1)
