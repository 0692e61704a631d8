"""A date the way people write it in each language (shown in chat, errors and documents).

Kept apart from :mod:`tools.dates` (which reads dates and raises
:class:`~tools.errors.InputError`) so that an error can show its dates without an
import cycle.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date as babel_format_date

from prompts import normalise_language

_LOCALES = {"en": "en_IN", "hi": "hi_IN", "ta": "ta_IN"}
#: Day, month name, year, with no comma in any language, so a list of dates
#: reads as a list. Stated here, not taken from the locale's CLDR "long"
#: format, which differs between Babel releases (ta_IN has had ``d MMMM, y``).
DATE_PATTERN = "d MMMM y"


def format_date(d: date, language: str) -> str:
    """``d`` the way a letter in ``language`` writes it: :data:`DATE_PATTERN`.

    en_IN ``3 October 2026``, hi_IN ``3 अक्टूबर 2026``, ta_IN
    ``3 அக்டோபர் 2026`` (month names from the locale's data, Latin digits in
    all three). Unknown languages fall back to en.
    """
    locale = _LOCALES[normalise_language(language)]
    return str(babel_format_date(d, format=DATE_PATTERN, locale=locale))
