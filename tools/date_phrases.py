"""Dates as people write them in a message, in English, Hindi and Tamil.

Retailers and buyers write dates the way they speak: ``3 Oct``, ``Oct 3rd``,
``03-10-2026``, ``3/10``, ``3 अक्टूबर``, ``3 அக்டோபர்``, ``15ஆம் தேதி``,
``15 tarikh``, ``kal``, ``parso``, ``நேற்று``, ``naalai``, ``agle shukravar``,
``அடுத்த திங்கள்``, ``pichhle mahine ki 5``. This module finds such a phrase in
a message and turns it into a calendar date. It is pure: "today" is an argument
and the clock is never read (docs/architecture.md "Conventions").

Conventions (the choices a phrase leaves open):

* ``prefer`` says which way an incomplete date points. Invoice and payment
  dates are in the past (``prefer="past"``); a buyer's promise is in the future
  (``prefer="future"``).
* A day and month without a year take the nearest year consistent with
  ``prefer``, today included: ``3 Oct`` said on 2026-01-10 is 2025-10-03 when
  past, 2026-10-03 when future. A day of the month alone (``15 tarikh``,
  ``15th``) likewise takes the nearest month. 29 February goes to the nearest
  leap year; a 31st to the nearest month that has one.
* Numeric dates are day first (Indian usage): ``03-10-2026`` and ``3/10`` are
  3 October. A bare ``d/m`` needs a slash; dotted dates need a year (``1.2`` is
  an amount in lakh far more often than 1 February), unless a date word stands
  before them (``on 16-11``, ``dt 5.11``, ``दिनांक 3-11``). Two-digit years are
  20yy.
* A day said in words before a month's name is read (``aaru november``, ``तीन
  नवंबर``, ``third of November``, ``twenty five dec``), before a word for a day of
  the month (``तीस तारीख``, ``pachees tarikh``) or, unless it is a small English
  count ("two of this month's bills"), before this/next month (``twenty fifth of
  this month``): people dictate dates.
* ``kal``/``कल`` is yesterday when ``prefer="past"`` and tomorrow when
  ``"future"``; ``parso``/``परसों`` likewise two days. ``yesterday``,
  ``நேற்று``/``netru`` and ``tomorrow``, ``நாளை``/``naalai`` do not depend on
  ``prefer``.
* Weekdays: ``next``/``agle``/``அடுத்த`` Monday is the first Monday strictly
  after today; ``last``/``pichhle``/``போன`` Monday the last one strictly before.
  A bare weekday (or ``this``/``is``/``இந்த``) is the nearest one consistent with
  ``prefer``, today included. A weekday of next week (``thursday next week``,
  ``agle hafte shukravar``, ``adutha vaaram velli``) is that day in the week after
  this one (weeks begin on Monday). Abbreviations (``fri``, ``mon``) are read after
  next/last/this or on/by/till; alone only those that are nothing else (``tues``,
  ``thurs``, ``fri``), never ``sun``, ``sat``, ``wed`` or ``mon``.
* ``in 10 days``/``10 din mein``/``10 நாளில்`` is today + 10 and ``10 days
  ago``/``10 din pehle``/``10 நாள் முன்பு`` today - 10, whatever ``prefer`` says;
  the count may be in words (``do hafte baad``, ``rendu vaaram kalichu``, ``दो
  हफ्ते बाद``, ``a couple of days later``).
  Vague periods (``next week``, ``agle mahine``) give no date.
* The end of a named month (``end of December``, ``December end``, ``दिसंबर के
  आखिर``, ``டிசம்பர் கடைசி``) is its last day, in the nearest year consistent
  with ``prefer``.
* Weekday names are also read with their common misspellings (``wensday``,
  ``thrusday``, ``budhwaar``), and an English word ending in "day"/"dy" that is
  close to one weekday name (difflib ratio >= 0.85: ``mnday``, ``satrday``; not
  ``today``, ``holiday``, ``someday``).
* ``25 ko``/``25 को`` (Hindi "on the 25th") is a day of the month; so is an English
  ordinal in words after on/by/before/till (``on the fifteenth``, ``by the
  twenty-fifth``), unless a month or a unit follows (``by the second week``).
* Tamil days in words take the ordinal ending and the tens glued or spaced
  (``அஞ்சாம் தேதி`` = 5th, ``இருபத்தி அஞ்சாம் தேதி`` = 25th, ``irubathi anjaam
  thethi``).
* Month names are the Gregorian months, in any script, and the Tamil calendar's
  solar months next to a day (``கார்த்திகை 5``, ``5 thai``, ``ஆடி 18ஆம் தேதி``):
  :mod:`tools.tamil_calendar` gives their Gregorian date (each month begins when
  the sun enters its sign); the nearest year, as for Gregorian months.
* An explicit date that does not exist (``31/02/2026``) gives no date.
* Spoken and chat forms: an English ordinal in words after a month (``november
  twenty fifth``); a day and month both in two digits with a dot when the day has
  its leading zero (``05.11``; ``2.50`` stays a figure); the day after a month to
  come in words (``next month fifteen``, ``agle mahine ki pandrah tarikh``); a day
  in words after a month's name (``அக்டோபர் பதினைஞ்சு``, ``october pandrah tak``),
  unless an amount or a unit follows.
* A festival named as a day is its day in :mod:`tools.festivals`' calendar
  (``till Christmas``, ``பொங்கல் அன்னைக்கு``, ``Diwali tak``, ``sankranti tak``,
  ``till Republic Day``; "Eid" is the nearer of the two), the nearest one on the
  preferred side of today and within half a year; before it (``before Diwali``,
  ``दिवाली से पहले``, ``பொங்கலுக்கு முன்னாடி``) it is that day, as a deadline (as
  ``before 15th`` is the 15th); after it (``pongal apram``, ``Diwali ke baad``),
  finished (``பொங்கல் முடிந்த பிறகு``),
  in a greeting (``Merry Christmas``) or as a season (``Diwali stock``) it names no
  day. New Year's day is 1 January when said as a day (``new year's day``, ``नए साल
  के दिन``, ``till new year``, ``naye saal tak``, ``நியூ இயர்க்குள்ள``); "new year"
  alone is a season ("new year stock", "Happy New Year") and names none. The Tamil
  word for the new year (``புத்தாண்டு``, ``puthandu``) is as often Puthandu (14
  April) as 1 January: it is whichever comes first on the preferred side of today.
* ``15am thethi`` (15ஆம் தேதி in Latin letters) is the 15th; "am" is the Tamil
  ordinal only before the word for the date (``10am`` alone is a time).

Matching works on :func:`normalise_text` (NFC, lower case, no zero-width
characters, no Devanagari nukta, digits of any script as ASCII). Word
boundaries are explicit character classes, not ``\\b``: ``\\w`` does not cover
Indic vowel signs and viramas, so ``\\b`` would split ``क्या`` or ``ஸ்ரீ`` inside
the word. Tamil glues case endings to words (``நவம்பர்ல``, ``நாளைக்கு``,
``வெள்ளிக்கிழமை``), so a Tamil-script word may be followed by more Tamil letters.

dateparser is not used: it reads ``कल`` only as tomorrow, misses ``अगले
शुक्रवार``, ``அடுத்த திங்கள்``, ``15ஆம் தேதி`` and romanised forms, and its
search mode finds dates in invoice numbers; the patterns here are few and fast.
"""

from __future__ import annotations

import calendar
import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Literal

from tools.festivals import FestivalCalendar
from tools.tamil_calendar import MONTHS as TAMIL_MONTHS
from tools.tamil_calendar import month_index as tamil_month_index
from tools.tamil_calendar import tamil_date

__all__ = [
    "DateSpan",
    "Prefer",
    "extract_date",
    "find_date_span",
    "find_date_spans",
    "normalise_text",
]

Prefer = Literal["past", "future"]

_TA = "\u0b80-\u0bff"
_DEVA = "\u0900-\u097f"
# Characters that continue a word: a match must not start or end inside one.
_WORD_CHARS = rf"0-9a-z{_DEVA}{_TA}"
_LEFT = rf"(?<![{_WORD_CHARS}])"
# Tamil-script words may carry glued suffixes, so after them only Latin
# letters, digits and Devanagari end the word.
_RIGHT = rf"(?![{_WORD_CHARS}])"
_RIGHT_TA = rf"[{_TA}]*(?![0-9a-z{_DEVA}])"
# Left edge of a number: not inside another number, identifier or amount.
_NUM_LEFT = r"(?<![0-9a-z.,/:#₹\-])"
_NUM_RIGHT = r"(?![0-9])"

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_NUKTA = "\u093c"


def normalise_text(text: str, *, lower: bool = True) -> str:
    """The form every pattern here (and the retailer command rules) matches against.

    NFC; lower case (unless ``lower=False``, for callers that want capitals
    back, e.g. to read a name); zero-width joiners and the Devanagari nukta
    dropped (people type ``फ़रवरी`` and ``फरवरी``, ``तारीख़`` and ``तारीख`` for the
    same word); decimal digits of any script (``१५``, ``௧௫``) as ASCII. The
    function is idempotent, so spans found in its output index its output.
    """
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH).replace(_NUKTA, "")
    if lower:
        text = text.lower()
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c
                   for c in text)


def _norm_words(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(normalise_text(w) for w in words)


_VIRAMA_TA = "\u0bcd"
_U_SIGN_TA = "\u0bc1"
_VOWEL_SIGNS_TA = "\u0bbe-\u0bcc"


def _is_tamil(char: str) -> bool:
    return "\u0b80" <= char <= "\u0bff"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, each with its right boundary.

    A Tamil-script word may carry a glued suffix. When it ends in a virama or
    the vowel sign u, a vowel-initial suffix replaces that sign, as Tamil
    spelling does (``நவம்பர்`` + ``இல்`` = ``நவம்பரில்``, ``நேற்று`` + ``ஐக்கு``
    = ``நேற்றைக்கு``).
    """
    parts = []
    for word in sorted(set(_norm_words(words)), key=len, reverse=True):
        if _has_replaceable_end(word):
            stem = re.escape(word[:-1]).replace(r"\ ", r"\s+")
            parts.append(f"{stem}(?:{_VIRAMA_TA}|[{_VOWEL_SIGNS_TA}]){_RIGHT_TA}")
            continue
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        parts.append(escaped + (_RIGHT_TA if _is_tamil(word[-1]) else _RIGHT))
    return "(?:" + "|".join(parts) + ")"


def _has_replaceable_end(word: str) -> bool:
    return len(word) >= 3 and word[-1] in (_VIRAMA_TA, _U_SIGN_TA)


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


def _known_prefix(word: str, known: tuple[str, ...]) -> str | None:
    """The first entry of ``known`` (longest first) that ``word`` is, or starts with
    as a Tamil stem with a glued suffix."""
    word = re.sub(r"\s+", " ", word)
    for entry in known:
        if word == entry:
            return entry
        if not _is_tamil(entry[-1]):
            continue
        if word.startswith(entry):
            return entry
        if (_has_replaceable_end(entry) and word.startswith(entry[:-1])
                and len(word) > len(entry) - 1
                and "\u0bbe" <= word[len(entry) - 1] <= "\u0bcc"):
            return entry
    return None


# --- vocabulary --------------------------------------------------------------

_MONTH_WORDS: Mapping[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvari", "जनवरी", "ஜனவரி"),
    2: ("february", "feb", "febuary", "feburary", "farvari", "फरवरी", "फ़रवरी", "பிப்ரவரி",
        "பெப்ரவரி"),
    3: ("march", "mar", "मार्च", "மார்ச்"),
    4: ("april", "apr", "aprail", "अप्रैल", "अप्रेल", "ஏப்ரல்"),
    5: ("may", "मई", "மே"),
    6: ("june", "jun", "जून", "ஜூன்"),
    7: ("july", "jul", "julai", "जुलाई", "ஜூலை"),
    8: ("august", "aug", "agast", "अगस्त", "ஆகஸ்ட்", "ஆகஸ்டு"),
    9: ("september", "sept", "sep", "sitambar", "सितंबर", "सितम्बर", "செப்டம்பர்",
        "செப்டெம்பர்"),
    10: ("october", "oct", "octobar", "aktubar", "अक्टूबर", "अक्तूबर", "अक्टुबर", "அக்டோபர்"),
    11: ("november", "nov", "novembar", "navambar", "नवंबर", "नवम्बर", "நவம்பர்", "நவெம்பர்"),
    12: ("december", "dec", "decembar", "disambar", "दिसंबर", "दिसम्बर", "டிசம்பர்",
         "டிசெம்பர்"),
}
_MONTH_OF: dict[str, int] = {
    w: m for m, words in _MONTH_WORDS.items() for w in _norm_words(words)
}

# Monday = 0, as date.weekday(). Tamil entries are stems (suffixes may follow). Common
# misspellings are listed ("wensday", "thrusday"): a weekday typo is still that weekday.
_WEEKDAY_WORDS: Mapping[int, tuple[str, ...]] = {
    0: ("monday", "mondy", "monady", "somvar", "somwar", "somvaar", "somwaar", "सोमवार",
        "திங்க", "thingal", "thinkal", "thingatkizhamai"),
    1: ("tuesday", "tuesdy", "tusday", "tueday", "teusday", "mangalvar", "mangalwar",
        "mangalvaar", "mangalwaar", "मंगलवार", "செவ்வாய்", "sevvai", "sevvaai", "sevvaay", "chevvai",
        "chevvaai"),
    2: ("wednesday", "wensday", "wednsday", "wedensday", "wednesdy", "wedesday", "wenesday",
        "wendsday", "wednessday", "budhvar", "budhwar", "budhvaar", "budhwaar",
        "बुधवार", "புதன்", "budhan", "pudhan", "puthan"),
    3: ("thursday", "thrusday", "thursdy", "thurday", "thusday", "guruvar", "guruwar",
        "guruvaar", "veervar", "brihaspativar", "गुरुवार", "वीरवार", "बृहस्पतिवार", "வியாழ",
        "viyazhan", "vyazhan", "viyalan"),
    4: ("friday", "fryday", "firday", "fridy", "shukravar", "shukrawar", "sukravar",
        "shukravaar", "शुक्रवार", "வெள்ளி", "velli"),
    5: ("saturday", "saterday", "satarday", "saturdy", "satuday", "shanivar", "shaniwar",
        "shanivaar", "sanivar", "saniwar", "sanivaar", "शनिवार", "सनिवार", "சனி", "sani"),
    6: ("sunday", "sundy", "sunady", "ravivar", "raviwar", "ravivaar", "itvaar", "itwar",
        "रविवार", "इतवार", "ஞாயிறு", "ஞாயிற்று", "nyayiru", "gnayiru", "nyayitru"),
}
# Abbreviations are read only after next/last/this: bare "sat" or "sun" is too
# often something else.
_WEEKDAY_ABBREVIATIONS: Mapping[int, tuple[str, ...]] = {
    0: ("mon",), 1: ("tue", "tues"), 2: ("wed",), 3: ("thu", "thur", "thurs"),
    4: ("fri",), 5: ("sat",), 6: ("sun",),
}
_KIZHAMAI = rf"(?:\s*-?\s*(?:kizhamai|kilamai|கிழமை)[{_TA}]*)?"


def _lookup(table: Mapping[int, tuple[str, ...]]) -> dict[str, int]:
    return {w: k for k, words in table.items() for w in _norm_words(words)}


_TA_ROMAN_WEEKDAYS = ("thingal", "thinkal", "sevvai", "sevvaai", "sevvaay", "chevvai",
                      "chevvaai", "budhan", "pudhan", "puthan",
                      "viyazhan", "vyazhan", "viyalan", "velli", "sani", "nyayiru", "gnayiru")
# Stems that occur only glued to kizhamai, as spoken: "thinga(k)kizhamai",
# "sevvaakizhamai", "viyaazhakizhamai" (the bare stem is no weekday).
_TA_ROMAN_GLUED_STEMS: Mapping[str, int] = {
    "thinga": 0, "thingat": 0, "sevvaa": 1, "sevva": 1, "chevva": 1, "budha": 2, "pudha": 2,
    "viyaazha": 3, "viyazha": 3, "vyazha": 3, "viyaza": 3, "vyala": 3, "viyala": 3,
    "nyaayiru": 6, "nyayitru": 6,
    "gnayitru": 6, "nyayithu": 6,
}
_WEEKDAY_OF = _lookup(_WEEKDAY_WORDS) | {
    # Romanised Tamil glues kizhamai ("day") on: vellikizhamai, sanikkizhamai,
    # thingakizhamai; spellings of kizhamai vary (kilamai, kelamai, kizhama).
    f"{stem}{glue}{day}": weekday
    for stem, weekday in (*((s, _lookup(_WEEKDAY_WORDS)[s]) for s in _TA_ROMAN_WEEKDAYS),
                          *_TA_ROMAN_GLUED_STEMS.items())
    for glue in ("", "k", "kk")
    for day in ("kizhamai", "kilamai", "kelamai", "kizhama", "kilama", "kelama", "kezhamai",
                "kezhama")
}
_WEEKDAY_ABBR_OF = _lookup(_WEEKDAY_ABBREVIATIONS)
# ... except these, which are nothing else ("Tues i will send"); "on/by/till fri" too.
_WEEKDAY_ABBR_ALONE = ("tue", "tues", "thu", "thur", "thurs", "fri", "weds")

_NEXT = ("next", "coming", "this coming", "agle", "agla", "agli", "अगले", "अगला", "अगली",
         "அடுத்த", "adutha", "aduththa", "adutta", "varum", "வரும்")
_LAST = ("last", "previous", "prev", "pichhle", "pichle", "pichla", "pichhla", "पिछले",
         "पिछला", "पिछली", "போன", "pona", "கடந்த", "kadantha", "kadanda", "சென்ற", "sendra")
_THIS = ("this", "is", "इस", "இந்த", "intha", "indha", "inda")
_MONTH_NOUN = ("month", "month's", "mahine", "mahina", "mahine ki", "महीने", "महीना",
               "மாதம்", "மாசம்", "மாத", "maasam", "masam", "maatham", "matham")
_HI_OF = r"(?:\s+(?:ki|ka|ke|की|का|के))?"
_DAY_NOUN = ("tarikh", "tareekh", "tarik", "tarick", "तारीख", "तारिख", "தேதி", "thethi",
             "theti", "thedhi", "thedi", "date")
# After a day said in words, only the words for a day of the month, not "date" ("one
# date" is no 1st).
_WORDED_DAY_NOUN = tuple(w for w in _DAY_NOUN if w != "date")
_TA_ORDINAL = r"(?:\s?-?\s?(?:ஆம்|ம்|aam|avathu|ஆவது))"
_EN_ORDINAL = r"(?:st|nd|rd|th)"
# "15am thethi" (15ஆம் தேதி typed in Latin letters): "am" is the Tamil ordinal only before
# the Tamil word for the date; elsewhere "10am" is a time.
_TA_AM_BEFORE_THETHI = r"(?:\s?-?\s?am(?=\s*(?:thethi|theti|thedhi|thedi|தேதி)))"

# Fixed offsets from today; (past, future) where the word means both.
_RELATIVE_DAYS: Mapping[str, tuple[int, int]] = {
    w: offsets
    for words, offsets in (
        (("today", "todays", "aaj", "aj", "आज", "இன்று", "இன்னைக்கு", "இன்றைக்கு", "inniki",
          "innaiku", "innaikku", "innikku", "indru", "inru", "inniku", "innaki"),
         (0, 0)),
        (("yesterday", "yday", "ystrdy", "yesterdy", "yest", "ystday", "yesterday's", "நேற்று",
          "நேத்து", "netru", "nethu", "nethiki", "nethikku", "nettru"), (-1, -1)),
        (("tomorrow", "tmrw", "tmr", "tommorow", "tomorow", "நாளை", "naalai", "nalai",
          "naalaiku", "naalaikku", "nalaiku", "nalaikku"), (1, 1)),
        (("day before yesterday", "முந்தாநாள்", "முந்தாநேத்து", "mundhanaal", "munthanaal",
          "mundanaal", "munthanethu"), (-2, -2)),
        (("day after tomorrow", "நாளை மறுநாள்", "naalai marunaal", "nalai marunal",
          "nalanniku", "naalanniku", "nalaniku", "naalaniku", "nalannaikku", "naalannaikku",
          "நாளன்னைக்கு", "நாளைன்னைக்கு", "நாளமறுநாள்", "நாளைமறுநாள்"), (2, 2)),
        (("kal", "कल", "kall"), (-1, 1)),
        (("parso", "parson", "parsoo", "परसों", "परसो"), (-2, 2)),
    )
    for w in _norm_words(words)
}

_DAY_UNIT = ("days", "day", "din", "dino", "दिन", "दिनों", "நாள்", "நாட்கள்", "naal", "naatkal")
# A count of days or weeks with "in" glued on, Tamil style ("10 நாளில்").
_UNIT_IN = ("நாளில்", "நாட்களில்", "naalil", "naatkalil", "naalla", "வாரத்தில்", "vaarathil")
_WEEK_UNIT = ("weeks", "week", "hafte", "hafta", "हफ्ते", "हफ्ता", "வாரம்", "வாரங்கள்", "vaaram")
_AGO = ("ago", "back", "before", "pehle", "pahle", "phle", "पहले", "முன்பு", "முன்னாடி", "முன்",
        "munbu", "munnadi", "munnaadi")
_LATER = ("later", "baad", "bad", "mein", "me", "में", "बाद", "கழித்து", "கழிச்சு", "kazhithu",
          "kazhichu", "kalichu", "la")
_IN = ("in", "within", "after")
# After a month's name, these say its last day: "December end", "दिसंबर के आखिर",
# "டிசம்பர் கடைசியில்". Before it: "end of December".
_MONTH_END_AFTER = ("end", "ending", "month end", "ke end", "ka end", "ke aakhir", "ke akhir",
                    "ke ant", "ka aakhir", "के आखिर", "के आखीर", "के अंत", "के एंड", "का अंत",
                    "का आखिर", "கடைசி", "இறுதி", "kadaisi", "kadaisila", "iruthi",
                    "maasa kadaisi", "masa kadaisi", "மாத இறுதி", "மாதக் கடைசி", "மாத கடைசி",
                    "மாச கடைசி", "மாசக் கடைசி")

# Days of the month said in words, read only right before a month's name ("aaru
# november", "तीन नवंबर"). Not "a"/"do"/"che": English words far more often.
_DAY_WORDS: Mapping[int, tuple[str, ...]] = {
    1: ("one", "first", "ek", "एक", "pehli", "पहली", "onnu", "ondru", "ஒன்று", "ஒண்ணு",
        "ஒன்னு"),
    2: ("two", "second", "दो", "rendu", "irandu", "ரெண்டு", "இரண்டு"),
    3: ("three", "third", "teen", "तीन", "moonu", "munu", "moondru", "மூணு", "மூன்று"),
    4: ("four", "fourth", "char", "chaar", "चार", "naalu", "nalu", "நாலு", "நான்கு"),
    5: ("five", "fifth", "paanch", "panch", "पांच", "पाँच", "anju", "ainthu", "அஞ்சு",
        "ஐந்து"),
    6: ("six", "sixth", "chhe", "chhah", "छह", "छः", "छे", "aaru", "ஆறு"),
    7: ("seven", "seventh", "saat", "सात", "ezhu", "ஏழு"),
    8: ("eight", "eighth", "aath", "आठ", "ettu", "எட்டு"),
    9: ("nine", "ninth", "nau", "नौ", "onbathu", "onbadhu", "ஒன்பது"),
    10: ("ten", "tenth", "das", "दस", "pathu", "பத்து"),
    11: ("eleven", "eleventh", "gyarah", "gyara", "ग्यारह", "pathinonnu", "பதினொன்று",
         "பதினொண்ணு"),
    12: ("twelve", "twelfth", "barah", "baarah", "बारह", "pannendu", "pannirandu", "பன்னிரண்டு",
         "பன்னெண்டு"),
    13: ("thirteen", "thirteenth", "terah", "तेरह", "pathimoonu", "பதிமூன்று", "பதிமூணு"),
    14: ("fourteen", "fourteenth", "chaudah", "चौदह", "pathinaalu", "பதினான்கு", "பதினாலு"),
    15: ("fifteen", "fifteenth", "pandrah", "pandra", "पंद्रह", "padhinanju", "pathinanju",
         "pathinainju", "padhinainju", "பதினைந்து", "பதினஞ்சு", "பதினைஞ்சு"),
    16: ("sixteen", "sixteenth", "solah", "सोलह", "pathinaaru", "பதினாறு"),
    17: ("seventeen", "seventeenth", "satrah", "सत्रह", "pathinezhu", "பதினேழு"),
    18: ("eighteen", "eighteenth", "atharah", "athara", "अठारह", "pathinettu", "பதினெட்டு"),
    19: ("nineteen", "nineteenth", "unnis", "उन्नीस", "pathonbathu", "பத்தொன்பது"),
    20: ("twenty", "twentieth", "bees", "बीस", "irubathu", "irupathu", "இருபது"),
    21: ("twenty one", "twenty first", "ikkis", "इक्कीस"),
    22: ("twenty two", "twenty second", "bais", "बाईस"),
    23: ("twenty three", "twenty third", "teis", "तेईस"),
    24: ("twenty four", "twenty fourth", "chaubis", "चौबीस"),
    25: ("twenty five", "twenty fifth", "pachees", "pachchis", "पच्चीस"),
    26: ("twenty six", "twenty sixth", "chhabbis", "छब्बीस"),
    27: ("twenty seven", "twenty seventh", "sattais", "सत्ताईस"),
    28: ("twenty eight", "twenty eighth", "atthais", "अट्ठाईस"),
    29: ("twenty nine", "twenty ninth", "untees", "उनतीस"),
    30: ("thirty", "thirtieth", "tees", "तीस", "muppathu", "முப்பது"),
    31: ("thirty one", "thirty first", "ikattis", "इकतीस"),
}
# Tamil: the tens before a unit ("இருபத்தி அஞ்சு" = 25), romanised ordinals ending in
# "aam" ("anjaam" = 5th; Tamil script takes ஆம் through the glued-suffix rule).
_TA_UNITS: Mapping[int, tuple[str, ...]] = {
    1: ("onnu", "ஒன்று", "ஒண்ணு", "ஒன்னு"), 2: ("rendu", "irandu", "ரெண்டு", "இரண்டு"),
    3: ("moonu", "munu", "மூணு", "மூன்று"), 4: ("naalu", "nalu", "நாலு", "நான்கு"),
    5: ("anju", "ainthu", "அஞ்சு", "ஐந்து"), 6: ("aaru", "ஆறு"), 7: ("ezhu", "ஏழு"),
    8: ("ettu", "எட்டு"), 9: ("onbathu", "onbadhu", "ஒன்பது"),
}
_TA_TENS: Mapping[int, tuple[str, ...]] = {
    20: ("இருபத்தி", "இருபத்து", "irubathi", "irupathi", "irubathu", "irupathu"),
    30: ("முப்பத்தி", "முப்பத்து", "muppathi", "muppathu"),
}
_TA_DAY_WORDS: Mapping[int, tuple[str, ...]] = {
    tens + unit: tuple(f"{t} {u}" for t in tens_words for u in unit_words)
    for tens, tens_words in _TA_TENS.items()
    for unit, unit_words in _TA_UNITS.items() if tens + unit <= 31
}
_DAY_WORD_OF: dict[str, int] = {
    w: d for table in (_DAY_WORDS, _TA_DAY_WORDS) for d, words in table.items()
    for word in words for w in {*_norm_words([word]), *_norm_words([word.replace(" ", "-")])}
}
# Romanised Tamil ordinals: the final "u" becomes "aam" ("anju" -> "anjaam", "irubathi
# anju" -> "irubathi anjaam", "pathu" -> "pathaam").
_TA_ROMAN_DAY_WORDS = {w for table in (_TA_UNITS, _TA_DAY_WORDS) for words in table.values()
                       for w in words if w.isascii()} | {
    "pathu", "irubathu", "irupathu", "muppathu", "pathinonnu", "pannendu", "pannirandu",
    "pathimoonu", "pathinaalu", "padhinanju", "pathinaaru", "pathinezhu", "pathinettu",
    "pathonbathu"}
_DAY_WORD_OF |= {f"{w[:-1]}{end}": _DAY_WORD_OF[w] for w in _TA_ROMAN_DAY_WORDS
                 for end in ("aam", "am") if w.endswith("u") and w in _DAY_WORD_OF}
# English ordinals in words ("fifteenth", "twenty-fifth"): a day after on/by/before.
_EN_ORDINAL_WORDS = tuple(w for d, words in _DAY_WORDS.items()
                          for w in (words[1], words[1].replace(" ", "-")))
# Before "this month", a small English count is a count ("two of this month's bills").
_COUNT_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine", "ten"))
_ORDINAL_DAY_WORD_OF = {w: d for w, d in _DAY_WORD_OF.items() if w not in _COUNT_WORDS}
# Words that say a dashed or dotted day-month after them is a date ("on 16-11").
_DATE_WORDS = ("on", "dt", "dt.", "dated", "date", "dinank", "दिनांक", "तारीख", "tarikh",
               "தேதி", "thethi")

# --- patterns ------------------------------------------------------------------

_MONTH = "(?P<month>" + _alternation(_MONTH_OF) + ")"
_DAY = rf"{_NUM_LEFT}(?P<day>[0-9]{{1,2}}){_NUM_RIGHT}"
_YEAR = r"(?P<year>[12][0-9]{3})(?![0-9])"


@dataclass(frozen=True)
class DateSpan:
    """A date phrase found in :func:`normalise_text` of a message.

    ``start``/``end`` index the normalised text, ``value`` is the date it means
    and ``rule`` names the pattern that read it (for tests and debugging).
    """

    start: int
    end: int
    value: date
    rule: str


_Resolver = Callable[[re.Match[str], date, Prefer], date | None]


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_day_month(day: int, month: int, today: date, prefer: Prefer) -> date | None:
    """Rule: a day and month without a year take the nearest year allowed by ``prefer``."""
    step = -1 if prefer == "past" else 1
    for shift in range(9):  # 29 February may be up to 8 years away (1896 -> 1904)
        candidate = _make(today.year + step * shift, month, day)
        if candidate is None:
            continue
        if (prefer == "past" and candidate <= today) or (prefer == "future" and candidate >= today):
            return candidate
    return None


def _month_shift(today: date, months: int) -> tuple[int, int]:
    index = today.year * 12 + today.month - 1 + months
    return index // 12, index % 12 + 1


def _nearest_day(day: int, today: date, prefer: Prefer) -> date | None:
    """Rule: a day of the month alone takes the nearest month allowed by ``prefer``."""
    if not 1 <= day <= 31:
        return None
    step = -1 if prefer == "past" else 1
    for shift in range(13):
        year, month = _month_shift(today, step * shift)
        candidate = _make(year, month, day)
        if candidate is None:
            continue
        if (prefer == "past" and candidate <= today) or (prefer == "future" and candidate >= today):
            return candidate
    return None


def _weekday(weekday: int, today: date, mode: str, prefer: Prefer) -> date:
    """Rule: next = strictly after today, last = strictly before, bare/this = nearest by prefer."""
    ahead = (weekday - today.weekday()) % 7
    behind = (today.weekday() - weekday) % 7
    if mode == "next":
        return today + timedelta(days=ahead or 7)
    if mode == "last":
        return today - timedelta(days=behind or 7)
    return today - timedelta(days=behind) if prefer == "past" else today + timedelta(days=ahead)


def _year_of(match: re.Match[str]) -> int | None:
    text = match.groupdict().get("year")
    if not text:
        return None
    return 2000 + int(text) if len(text) == 2 else int(text)


_TAMIL_MONTH = "(?P<tmonth>" + _alternation(
    w for spellings in TAMIL_MONTHS for w in _norm_words(spellings)) + ")"


def _tamil_day_month(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    """Rule: a day of a Tamil month takes the nearest year allowed by ``prefer``."""
    index = tamil_month_index(match["tmonth"])
    if index is None:
        return None
    day = int(match["day"]) if match.groupdict().get("day") else _day_word(match["dayword"])
    if day is None:
        return None
    candidates = [found for year in (today.year - 1, today.year, today.year + 1)
                  if (found := tamil_date(index, day, year)) is not None]
    allowed = [c for c in candidates if (c <= today if prefer == "past" else c >= today)]
    return min(allowed, key=lambda c: abs((c - today).days)) if allowed else None


def _day_month(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    day = int(match["day"])
    month_text = match["month"]
    month = int(month_text) if month_text.isdigit() else _month_from_text(month_text)
    if month is None or not 1 <= month <= 12:
        return None
    year = _year_of(match)
    if year is not None:
        return _make(year, month, day)
    return _nearest_day_month(day, month, today, prefer)


def _day_word(text: str) -> int | None:
    """The day a day said in words names: "fifteen", "तीन", "அஞ்சாம்" (a Tamil word with
    a glued suffix or ordinal ending)."""
    word = re.sub(r"[\s\-]+", " ", text)
    if word in _DAY_WORD_OF:
        return _DAY_WORD_OF[word]
    name = _known_prefix(word, _DAY_WORD_NAMES)
    return None if name is None else _DAY_WORD_OF[name]


def _worded_day_month(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    day = _day_word(match["dayword"])
    month = _month_from_text(match["month"])
    if day is None or month is None:
        return None
    year = _year_of(match)
    if year is not None:
        return _make(year, month, day)
    return _nearest_day_month(day, month, today, prefer)


def _worded_day(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    day = _day_word(match["dayword"])
    return None if day is None else _nearest_day(day, today, prefer)


def _worded_relative_month_day(match: re.Match[str], today: date,
                               prefer: Prefer) -> date | None:
    day = _day_word(match["dayword"])
    if day is None:
        return None
    relation = normalise_text(match["rel"]).split()[-1]
    shift = -1 if relation in _LAST_SET else 1 if relation in _NEXT_SET else 0
    year, month = _month_shift(today, shift)
    return _make(year, month, day)


def _month_from_text(text: str) -> int | None:
    name = _known_prefix(text.strip(), _MONTH_NAMES)
    return None if name is None else _MONTH_OF[name]


def _day_only(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    return _nearest_day(int(match["day"]), today, prefer)


def _relative_month_day(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    relation = normalise_text(match["rel"]).split()[-1]
    shift = -1 if relation in _LAST_SET else 1 if relation in _NEXT_SET else 0
    year, month = _month_shift(today, shift)
    return _make(year, month, int(match["day"]))


def _month_end(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    """Rule: the last day of the named month, in the nearest year allowed by ``prefer``."""
    month = _month_from_text(match["month"])
    if month is None:
        return None
    year = _year_of(match)
    if year is not None:
        return date(year, month, calendar.monthrange(year, month)[1])
    step = -1 if prefer == "past" else 1
    for shift in range(2):
        candidate = date(today.year + step * shift, month,
                         calendar.monthrange(today.year + step * shift, month)[1])
        if (prefer == "past" and candidate <= today) or (prefer == "future" and candidate >= today):
            return candidate
    return None


def _relative_day(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    word = _known_prefix(match["word"], _RELATIVE_WORDS)
    if word is None:
        return None
    offsets = _RELATIVE_DAYS[word]
    return today + timedelta(days=offsets[0] if prefer == "past" else offsets[1])


def _weekday_number(text: str) -> int | None:
    word = re.sub(r"\s+", " ", text)
    if word in _WEEKDAY_OF:
        return _WEEKDAY_OF[word]
    word = re.sub(r"\s*-?\s*(?:kizhamai|kilamai)$", "", word)
    if word in _WEEKDAY_ABBR_OF:
        return _WEEKDAY_ABBR_OF[word]
    name = _known_prefix(word, _WEEKDAY_NAMES)
    return None if name is None else _WEEKDAY_OF[name]


def _relative_weekday(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    weekday = _weekday_number(match["weekday"])
    if weekday is None:
        return None
    relation = re.sub(r"\s+", " ", match["rel"] or "")
    mode = "next" if relation in _NEXT_SET else "last" if relation in _LAST_SET else "this"
    return _weekday(weekday, today, mode, prefer)


def _weekday_of_week(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    """A weekday of next week or this week ("thursday next week", "agle hafte shukravar",
    "adutha vaaram velli"): weeks start on Monday."""
    weekday = _weekday_number(match["weekday"])
    if weekday is None:
        return None
    relation = re.sub(r"\s+", " ", match["rel"])
    monday = today - timedelta(days=today.weekday())
    if relation in _NEXT_SET:
        monday += timedelta(days=7)
    elif relation in _LAST_SET:
        monday -= timedelta(days=7)
    return monday + timedelta(days=weekday)


# English weekday names, for reading a typo ("mnday", "satrday") by difflib ratio.
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_TYPO_CUTOFF = 0.85


def _weekday_typo(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    """Rule: a word ending in "day"/"dy" that is no weekday name but within difflib ratio
    0.85 of exactly one English weekday is that weekday ("mnday", not "today")."""
    close = difflib.get_close_matches(match["weekday"], _EN_WEEKDAYS, n=2,
                                      cutoff=_WEEKDAY_TYPO_CUTOFF)
    if len(close) != 1:
        return None
    relation = re.sub(r"\s+", " ", match["rel"] or "")
    mode = "next" if relation in _NEXT_SET else "last" if relation in _LAST_SET else "this"
    return _weekday(_EN_WEEKDAYS.index(close[0]), today, mode, prefer)


def _offset(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    word = re.sub(r"\s+", " ", match["count"])
    count = int(word) if word.isdigit() else _COUNT_WORD_OF[word]
    unit = _known_prefix(match["unit"], _UNIT_WORDS)
    days = count * (7 if unit in _WEEK_SET else 1)
    sign = -1 if match.groupdict().get("ago") else 1
    return today + timedelta(days=sign * days)


_NEXT_SET = frozenset(_norm_words(_NEXT))
_WEEK_SET = frozenset(_norm_words(_WEEK_UNIT))
_WEEK_SET = _WEEK_SET | frozenset(_norm_words(("வாரத்தில்", "vaarathil")))
_UNIT_WORDS = _longest_first(_norm_words(_DAY_UNIT + _WEEK_UNIT + _UNIT_IN))
_MONTH_NAMES = _longest_first(_MONTH_OF)
_WEEKDAY_NAMES = _longest_first(_WEEKDAY_OF)
_RELATIVE_WORDS = _longest_first(_RELATIVE_DAYS)
_DAY_WORD_NAMES = _longest_first(_DAY_WORD_OF)
_LAST_SET = frozenset(_norm_words(_LAST))

_REL_MONTH = "(?P<rel>" + _alternation(_NEXT + _LAST + _THIS) + ")"
_MONTH_NOUN_RE = _alternation(_MONTH_NOUN)
_DAY_NOUN_RE = _alternation(_DAY_NOUN)
_WEEKDAY_RE = ("(?P<weekday>" + _alternation(_WEEKDAY_OF) + _KIZHAMAI + ")")
_WEEKDAY_ANY_RE = ("(?P<weekday>" + _alternation([*_WEEKDAY_OF, *_WEEKDAY_ABBR_OF])
                   + _KIZHAMAI + ")")
# A count of days or weeks in figures or in words ("do hafte baad", "rendu vaaram
# kalichu", "दो हफ्ते बाद", "ten days later"); "a"/"ek"/"oru" is one.
_COUNT_WORD_OF: Mapping[str, int] = {
    w: n for n, words in (
        (1, ("a", "an", "one", "ek", "एक", "oru", "ஒரு")),
        (2, ("two", "couple of", "a couple of", "do", "दो", "rendu", "randu", "irandu",
             "ரெண்டு", "இரண்டு", "erandu")),
        (3, ("three", "teen", "तीन", "moonu", "munu", "மூணு", "மூன்று")),
        (4, ("four", "char", "chaar", "चार", "naalu", "nalu", "நாலு", "நான்கு")),
        (5, ("five", "paanch", "panch", "पांच", "पाँच", "anju", "ainthu", "அஞ்சு", "ஐந்து")),
        (6, ("six", "chhe", "chhah", "छह", "छः", "aaru", "ஆறு")),
        (7, ("seven", "saat", "सात", "ezhu", "ஏழு")),
        (8, ("eight", "aath", "आठ", "ettu", "எட்டு")),
        (10, ("ten", "das", "दस", "pathu", "பத்து")),
        (15, ("fifteen", "pandrah", "pandra", "पंद्रह", "padhinanju", "பதினைந்து",
              "பதினஞ்சு")),
    ) for w in _norm_words(words)}
_COUNT = r"(?P<count>[0-9]{1,3}|" + _alternation(_COUNT_WORD_OF) + ")"
_WEEK_NOUN_RE = _alternation(("week", "week's", "weeks", "hafte", "hafta", "हफ्ते", "हफ़्ते",
                               "हफ्ता", "vaaram", "varam", "vaarathula", "vaarathil",
                               "வாரம்", "வார", "வாரத்துல", "வாரத்தில்"))
_WEEKDAY_ALONE_RE = ("(?P<weekday>" + _alternation(_WEEKDAY_ABBR_ALONE) + r")\.?(?![a-z])")
_WEEKDAY_TYPO_RE = r"(?P<weekday>[a-z]{1,7}da?y)(?![0-9a-z])"
# After an ordinal in words, these make it no day ("by the second week", "first of all").
_NOT_AFTER_ORDINAL = (r"(?![\s\-]*(?:of\s+)?(?:the\s+)?" + _alternation(_MONTH_OF)
                      + r"|\s+(?:week|weeks|day|days|month|months|half|time|times|thing|"
                        r"instal|installment|instalment|payment|of\s+all|floor|one)(?![a-z]))")
_UNIT = "(?P<unit>" + _alternation(_DAY_UNIT + _WEEK_UNIT) + ")"


# Festivals named as a day ("till Christmas", "பொங்கல் அன்னைக்கு", "Diwali tak", "sankranti
# tak"): the festival's day in the shipped calendar (tools/data/festivals.csv), by the name
# it has there (a word may name several rows: "Eid" is either Eid, whichever comes first).
# Said with after or before ("pongal apram", "Diwali ke baad", "before Holi") it names no
# day. A word that is also a common name or a month is left out ("rakhi", "ramzan").
_FESTIVAL_WORDS: Mapping[str, tuple[str, ...]] = {
    "Christmas": ("christmas", "xmas", "x-mas", "क्रिसमस", "கிறிஸ்துமஸ்"),
    "Pongal (Thai Pongal)": ("pongal", "பொங்கல", "पोंगल"),
    "Bhogi": ("bhogi", "boghi", "bogi", "போகி", "भोगी"),
    "Diwali (Deepavali)": ("diwali", "deepavali", "divali", "deepawali", "दिवाली", "दीवाली",
                           "दीपावली", "தீபாவளி"),
    "Holi": ("holi", "होली"),
    "Makar Sankranti / Uttarayan / Magh Bihu": (
        "sankranti", "sankranthi", "sakranti", "sankrant", "makar sankranti",
        "makara sankranti", "makar sankranthi", "uttarayan", "संक्रांति", "संक्रान्ति",
        "सक्रांति", "मकर संक्रांति", "மகர சங்கராந்தி", "சங்கராந்தி"),
    "Republic Day": ("republic day", "gantantra diwas", "gantantra divas", "ganatantra divas",
                     "गणतंत्र दिवस", "குடியரசு தின", "kudiyarasu thinam", "kudiyarasu dhinam"),
    "Independence Day": ("independence day", "swatantrata diwas", "swatantrata divas",
                         "azadi diwas", "स्वतंत्रता दिवस", "आजादी दिवस", "சுதந்திர தின",
                         "suthanthira thinam"),
    "Gandhi Jayanti": ("gandhi jayanti", "gandhi jayanthi", "गांधी जयंती", "காந்தி ஜெயந்தி"),
    "Good Friday": ("good friday", "குட் ஃபிரைடே", "புனித வெள்ளி"),
    "Eid ul-Fitr": ("eid", "id ul fitr", "eid ul fitr", "eid-ul-fitr", "ईद", "ரம்ஜான் பண்டிகை"),
    "Eid al-Adha (Bakrid)": ("eid", "ईद", "bakrid", "bakri eid", "bakra eid", "eid al adha",
                             "eid-ul-adha", "बकरीद", "बकरी ईद", "பக்ரீத்"),
    "Dussehra": ("dussehra", "dussehre", "dusshera", "dussera", "dasara", "dasehra",
                 "dasehre", "dashera", "dashehra", "dashehre", "दशहरे",
                 "vijayadashami", "vijaya dashami", "दशहरा", "विजयादशमी", "விஜயதசமி"),
    "Ayudha Puja": ("ayudha puja", "ayudha pooja", "ayutha pooja", "ayutha puja",
                    "ஆயுத பூஜை"),
    "Ganesh Chaturthi (Vinayaka Chaturthi)": (
        "ganesh chaturthi", "ganesh chathurthi", "vinayagar chathurthi",
        "vinayagar chaturthi", "vinayaka chaturthi", "गणेश चतुर्थी", "விநாயகர் சதுர்த்தி"),
    "Janmashtami": ("janmashtami", "janmashtmi", "krishna jayanthi", "जन्माष्टमी",
                    "கிருஷ்ண ஜெயந்தி", "கோகுலாஷ்டமி"),
    "Raksha Bandhan": ("raksha bandhan", "rakshabandhan", "रक्षाबंधन", "रक्षा बंधन"),
    "Gudi Padwa / Ugadi": ("ugadi", "yugadi", "gudi padwa", "गुड़ी पड़वा", "गुडी पाडवा",
                           "யுகாதி"),
    "Tamil New Year (Puthandu)": ("tamil new year", "தமிழ் புத்தாண்டு",
                                  "tamil puthandu", "chithirai vishu"),
    "Onam (Thiruvonam)": ("onam", "ஓணம்", "ओणम"),
}
_FESTIVAL_OF: Mapping[str, frozenset[str]] = {
    word: frozenset(name for name, words in _FESTIVAL_WORDS.items()
                    if word in _norm_words(words))
    for word in {normalise_text(w) for words in _FESTIVAL_WORDS.values() for w in words}}


_FESTIVAL_REACH_DAYS = 183
_BEFORE_FESTIVAL_NOT_DAY = frozenset(normalise_text(w) for w in (
    "after", "merry", "happy", "shubh", "शुभ", "iniya", "இனிய", "subh"))


@cache
def _festival_calendar() -> FestivalCalendar:
    return FestivalCalendar.load()


def _nearest_festival_day(days: Iterable[date], today: date, prefer: Prefer) -> date | None:
    """The nearest of ``days`` on the preferred side of today (today included), if it is
    within half a year: "தீபாவளிக்கு வாங்கின சரக்கு" (goods bought for Diwali) said in
    December names no day eleven months away."""
    if prefer == "future":
        found = min((d for d in days if d >= today), default=None)
    else:
        found = max((d for d in days if d <= today), default=None)
    if found is None or abs((found - today).days) > _FESTIVAL_REACH_DAYS:
        return None
    return found


def _festival(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    """The nearest day of the festival named, on the preferred side of today."""
    word = re.sub(r"\s+", " ", match["festival"])
    if set(match.string[:match.start()].split()[-1:]) & _BEFORE_FESTIVAL_NOT_DAY:
        return None  # "after Pongal", "Merry Christmas": no day
    names = _FESTIVAL_OF.get(word) or next(
        (n for w, n in _FESTIVAL_OF.items() if _is_tamil(w[0]) and word.startswith(w)), None)
    if names is None:
        return None
    return _nearest_festival_day(
        (f.day for f in _festival_calendar().festivals if f.name in names), today, prefer)


# A festival's name (a Tamil one with its case ending: பொங்கலுக்கு), not followed by after
# or before (with a particle between: "pongal ku appuram", "Diwali ke baad").
_FESTIVAL_NAMES_RE = "|".join(
    (rf"{re.escape(w)}[{_TA}]*+" if _is_tamil(w[-1]) else rf"{re.escape(w)}(?![a-z0-9])")
    .replace(r"\ ", r"\s+")
    for w in sorted(_FESTIVAL_OF, key=len, reverse=True))
_FESTIVAL_AROUND_RE = "ke|के|ku|kku|ukku|ki|की|se|से"
_FESTIVAL_NOT_DAY_RE = "|".join(
    re.escape(w) + ("" if _is_tamil(w[0]) else "(?![a-z])")
    for w in ("after", "apram", "appuram", "aprom", "approm", "piragu", "பிறகு",
              "அப்புறம்", "அப்றம்", "baad", "bad", "बाद", "tak nahi", "varai illa", "mudinju",
              "mudinja", "mudinjathum", "mudinthu", "முடிந்த", "முடிஞ்ச", "முடிந்து", "முடிஞ்சு",
              "khatam", "khatm", "ख़त्म", "खत्म", "over", "wishes", "greetings",
              "vazhthukkal", "vaazhthukkal", "வாழ்த்து", "शुभकामना", "हार्दिक", "hardik",
              "mubarak", "मुबारक",
              "ki shubhkamnaye", "ki badhai", "की बधाई", "eve", "rush", "season", "sale",
              "stock", "purchase", "party"))

# New Year's day (1 January) as a day: named as a day ("new year's day", "नए साल के दिन",
# "naye saal ke din"), with "till"/"tak"/"varai" ("till new year", "new year tak",
# "नए साल तक") or, in Tamil, with a case ending ("நியூ இயர்க்குள்ள"). "New year" alone is a
# season ("new year stock", "naye saal mein", "Happy new year"): no day. Tamil புத்தாண்டு
# is left out: it is as often Puthandu (14 April) as 1 January.
_NEW_YEAR_NAME_RE = (r"(?:new\s*-?\s*year'?s?|नए\s+साल|नये\s+साल|नया\s+साल|naye\s+saal|"
                     r"naye\s+sal|nae\s+saal|naya\s+saal|nya\s+saal|नव\s*वर्ष|"
                     rf"நியூ\s*இயர்[{_TA}]*+)")
_NEW_YEAR_BEFORE = frozenset(("till", "until", "upto", "by", "on"))
_NEW_YEAR_AFTER = re.compile(
    r"\s*(?:day|din|दिन|ke\s+din|ka\s+din|के\s+दिन|का\s+दिन|ko|को|tak|तक|pe|par|पर|varai|"
    rf"varaikkum|varaikum|kulla|க்குள்ள|வரை|அன்னைக்கு|அன்று|annaikku|annaiku)(?![a-z{_DEVA}])")


def _new_year(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    """1 January, the nearest on the preferred side of today, when "new year" is said as a
    day (see :data:`_NEW_YEAR_NAME_RE`)."""
    before = match.string[:match.start()].split()[-1:]
    if set(before) & _BEFORE_FESTIVAL_NOT_DAY:
        return None  # "after new year", "Happy New Year"
    name = match["newyear"]
    glued = _is_tamil(name[-1]) and not name.endswith("இயர்")
    if not (set(before) & _NEW_YEAR_BEFORE or glued
            or _NEW_YEAR_AFTER.match(match.string, match.end())):
        return None
    return _nearest_festival_day((date(today.year + k, 1, 1) for k in (-1, 0, 1)), today,
                                 prefer)


# Tamil "new year" (புத்தாண்டு, "puthandu", "puthu varusham"): as often Puthandu (14 April)
# as 1 January, so whichever of the two comes first on the preferred side of today
# ("puthandu appo tharalama" in February is 14 April, in December 1 January); with after,
# before or greetings it names no day, as a festival's name.
_PUTHANDU_RE = (r"(?:puthandu|puthaandu|pudhandu|puthu\s+varusham|pudhu\s+varusham|"
                rf"புத்தாண்டு|புது\s+வருஷ|புது\s+வருட)[{_TA}]*+")


def _puthandu(match: re.Match[str], today: date, prefer: Prefer) -> date | None:
    if set(match.string[:match.start()].split()[-1:]) & _BEFORE_FESTIVAL_NOT_DAY:
        return None  # "iniya puthandu", "happy puthandu": a greeting
    days = [f.day for f in _festival_calendar().festivals
            if f.name == "Tamil New Year (Puthandu)"]
    days += [date(today.year + k, 1, 1) for k in (-1, 0, 1)]
    return _nearest_festival_day(days, today, prefer)


# (rule name, pattern, resolver). All are tried; overlapping matches are
# settled by position, then length (see find_date_spans).
_PATTERNS: tuple[tuple[str, re.Pattern[str], _Resolver], ...] = tuple(
    (name, re.compile(pattern), resolver)
    for name, pattern, resolver in (
        ("iso", rf"{_NUM_LEFT}(?P<year>[12][0-9]{{3}})-(?P<month>[0-9]{{1,2}})-"
                rf"(?P<day>[0-9]{{1,2}}){_NUM_RIGHT}", _day_month),
        ("numeric-dmy", rf"{_DAY}[/.\-](?P<month>[0-9]{{1,2}})[/.\-]"
                        rf"(?P<year>[0-9]{{4}}|[0-9]{{2}})(?![0-9/.\-]?[0-9])", _day_month),
        ("numeric-dm", rf"{_DAY}/(?P<month>[0-9]{{1,2}})(?![0-9/.\-]?[0-9])", _day_month),
        # "05.11 ka": a dotted day and month both written with two digits, the day with
        # its leading zero (2.5 and 12.50 stay figures)
        ("zero-dotted-dm", rf"{_NUM_LEFT}(?P<day>0[1-9])\.(?P<month>0[1-9]|1[0-2])"
                           r"(?![0-9]|\.[0-9])", _day_month),
        ("marked-numeric-dm", rf"{_LEFT}{_alternation(_DATE_WORDS)}\s*[:\-]?\s*{_DAY}[.\-]"
                              rf"(?P<month>[0-9]{{1,2}})(?![0-9/.\-]?[0-9])", _day_month),
        ("worded-day-month", rf"{_LEFT}(?P<dayword>{_alternation(_DAY_WORD_OF)})"
                             rf"(?:{_TA_ORDINAL}|\s+of)?[\s.\-]*{_MONTH}"
                             rf"(?:[\s,.'\-]*{_YEAR})?", _worded_day_month),
        ("day-month", rf"{_DAY}(?:{_EN_ORDINAL}|{_TA_ORDINAL})?(?:\s*of)?[\s.\-]*{_MONTH}"
                      rf"(?:[\s,.'\-]*{_YEAR})?", _day_month),
        ("month-day", rf"{_LEFT}{_MONTH}[\s.\-]*{_DAY}(?:{_EN_ORDINAL}|{_TA_ORDINAL})?"
                      rf"(?:\s*,?\s*{_YEAR})?", _day_month),
        # "november twenty fifth" (voice-typed): an English ordinal in words after a month.
        ("month-worded-ordinal", rf"{_LEFT}{_MONTH}[\s.\-]*(?:the\s+)?"
                                 rf"(?P<dayword>{_alternation(_EN_ORDINAL_WORDS)})"
                                 rf"{_NOT_AFTER_ORDINAL}(?:[\s,.'\-]*{_YEAR})?",
         _worded_day_month),
        ("month-worded-day", rf"{_LEFT}{_MONTH}[\s.\-]*"
                             rf"(?P<dayword>{_alternation(_ORDINAL_DAY_WORD_OF)}){_RIGHT_TA}"
                             rf"(?!\s*(?:{_alternation(_UNIT_WORDS)}|thousand|hazaar|hazar|"
                             r"lakh|rupees|rs|k(?![a-z])|bill|invoice))", _worded_day_month),
        ("tamil-day-month", rf"{_DAY}(?:{_TA_ORDINAL})?[\s.\-]*{_TAMIL_MONTH}{_RIGHT_TA}",
         _tamil_day_month),
        ("tamil-month-day", rf"{_LEFT}{_TAMIL_MONTH}[\s.\-]*{_DAY}(?:{_TA_ORDINAL})?",
         _tamil_day_month),
        # "thai onnam thethi", "தை ஒண்ணாம் தேதி": a Tamil month, then its day in words
        ("tamil-month-worded-day", rf"{_LEFT}{_TAMIL_MONTH}[{_TA}]*\s+"
                                   rf"(?P<dayword>{_alternation(_ORDINAL_DAY_WORD_OF)})"
                                   rf"(?:{_TA_ORDINAL})?{_RIGHT_TA}", _tamil_day_month),
        ("end-of-month", rf"{_LEFT}end\s+of\s+(?:the\s+month\s+of\s+)?{_MONTH}"
                         rf"(?:[\s,]*{_YEAR})?", _month_end),
        ("month-end", rf"{_LEFT}{_MONTH}(?:[\s,]*{_YEAR})?\s*{_alternation(_MONTH_END_AFTER)}"
                      r"(?!\s+up)",
         _month_end),
        ("relative-month-day", rf"{_LEFT}{_REL_MONTH}\s*{_MONTH_NOUN_RE}{_HI_OF}\s*{_DAY}"
                               rf"(?:{_EN_ORDINAL}|{_TA_ORDINAL})?(?:\s*{_DAY_NOUN_RE})?",
         _relative_month_day),
        ("day-of-relative-month", rf"{_DAY}(?:{_EN_ORDINAL}|{_TA_ORDINAL})?(?:\s*of)?\s*"
                                  rf"{_REL_MONTH}\s*{_MONTH_NOUN_RE}", _relative_month_day),
        ("day-word", rf"{_DAY}(?:{_TA_ORDINAL}|{_EN_ORDINAL}|{_TA_AM_BEFORE_THETHI})?\s*"
                     rf"{_DAY_NOUN_RE}", _day_only),
        ("worded-day-word", rf"{_LEFT}(?P<dayword>{_alternation(_DAY_WORD_OF)})"
                            rf"(?:{_TA_ORDINAL})?\s*{_alternation(_WORDED_DAY_NOUN)}",
         _worded_day),
        ("worded-day-of-relative-month",
         rf"{_LEFT}(?P<dayword>{_alternation(_ORDINAL_DAY_WORD_OF)})"
                                         rf"(?:\s*of)?\s*{_REL_MONTH}\s*{_MONTH_NOUN_RE}",
         _worded_relative_month_day),
        # "till next month fifteen", "agle mahine ki pandrah tarikh"
        ("relative-month-worded-day",
         rf"{_LEFT}{_REL_MONTH}\s*{_MONTH_NOUN_RE}{_HI_OF}\s*"
         rf"(?P<dayword>{_alternation(_DAY_WORD_OF)}){_RIGHT_TA}"
         rf"(?!\s*(?:{_alternation(_UNIT_WORDS)}|thousand|hazaar|hazar|lakh))",
         _worded_relative_month_day),
        ("ordinal-day", rf"{_DAY}(?:{_EN_ORDINAL}{_RIGHT}|{_TA_ORDINAL}{_RIGHT_TA})", _day_only),
        # "25 ko kar dunga": Hindi "ko" after a day of the month (on the 25th).
        ("day-ko", rf"{_DAY}(?:{_EN_ORDINAL})?\s*(?:ko|को|ku|kku|க்கு|கு){_RIGHT}", _day_only),
        ("on-worded-ordinal", rf"{_LEFT}(?:on|by|before|till|until|upto)\s+(?:the\s+)?"
                              rf"(?P<dayword>{_alternation(_EN_ORDINAL_WORDS)})"
                              rf"{_NOT_AFTER_ORDINAL}", _worded_day),
        ("relative-day", rf"{_LEFT}(?P<word>{_alternation(_RELATIVE_DAYS)})", _relative_day),
        ("relative-weekday", rf"{_LEFT}(?P<rel>{_alternation(_NEXT + _LAST + _THIS)})\s*"
                             rf"{_WEEKDAY_ANY_RE}", _relative_weekday),
        ("weekday-of-week", rf"{_LEFT}{_WEEKDAY_ANY_RE}\s*(?:of\s+|in\s+)?(?:the\s+)?"
                            rf"{_REL_MONTH}\s*{_WEEK_NOUN_RE}(?![a-z])", _weekday_of_week),
        ("week-weekday", rf"{_LEFT}{_REL_MONTH}\s*{_WEEK_NOUN_RE}(?:{_HI_OF}|\s+on)?\s*"
                         rf"{_WEEKDAY_ANY_RE}", _weekday_of_week),
        ("weekday", rf"{_LEFT}(?P<rel>){_WEEKDAY_RE}", _relative_weekday),
        ("weekday-abbr", rf"{_LEFT}(?P<rel>){_WEEKDAY_ALONE_RE}", _relative_weekday),
        ("weekday-abbr-after", rf"{_LEFT}(?:on|by|till|until|before|pay|send|clear|transfer)"
                               r"\s+(?P<rel>)"
                               rf"(?P<weekday>{_alternation(_WEEKDAY_ABBR_OF)})\.?(?![a-z])",
         _relative_weekday),
        ("relative-weekday-typo", rf"{_LEFT}(?P<rel>{_alternation(_NEXT + _LAST + _THIS)})\s*"
                                  rf"{_WEEKDAY_TYPO_RE}", _weekday_typo),
        ("weekday-typo", rf"{_LEFT}(?P<rel>){_WEEKDAY_TYPO_RE}", _weekday_typo),
        ("offset-ago", rf"{_LEFT}{_COUNT}\s*{_UNIT}\s*(?P<ago>{_alternation(_AGO)})", _offset),
        ("offset-later", rf"{_LEFT}{_COUNT}\s*{_UNIT}\s*(?P<later>{_alternation(_LATER)})",
         _offset),
        ("offset-in", rf"{_LEFT}{_alternation(_IN)}\s*{_COUNT}\s*{_UNIT}", _offset),
        ("offset-in-ta", rf"{_LEFT}{_COUNT}\s*(?P<unit>{_alternation(_UNIT_IN)})", _offset),
        ("festival", rf"{_LEFT}(?P<festival>{_FESTIVAL_NAMES_RE})"
                     rf"(?!\s*(?:{_FESTIVAL_AROUND_RE})?\s*(?:{_FESTIVAL_NOT_DAY_RE}))",
         _festival),
        ("puthandu", rf"{_LEFT}{_PUTHANDU_RE}"
                     rf"(?!\s*(?:{_FESTIVAL_AROUND_RE})?\s*(?:{_FESTIVAL_NOT_DAY_RE}))",
         _puthandu),
        ("new-year", rf"{_LEFT}(?P<newyear>{_NEW_YEAR_NAME_RE})"
                     rf"(?!\s*(?:{_FESTIVAL_AROUND_RE})?\s*(?:{_FESTIVAL_NOT_DAY_RE}))",
         _new_year),
    )
)


def find_date_spans(text: str, today: date, *, prefer: Prefer = "past") -> list[DateSpan]:
    """Every date phrase in ``text``, left to right, none overlapping.

    Spans index :func:`normalise_text` of ``text`` (the same string when
    ``text`` is already normalised). Where phrases overlap, the one that starts
    first wins, then the longer (``3 Oct 2026`` over ``Oct 2026``...). A
    phrase that names an impossible date (``31/02``) is dropped. Conventions:
    module docstring.
    """
    if prefer not in ("past", "future"):
        raise ValueError(f"prefer must be 'past' or 'future', not {prefer!r}")
    normal = normalise_text(text)
    found: list[DateSpan] = []
    for name, pattern, resolver in _PATTERNS:
        for match in pattern.finditer(normal):
            value = resolver(match, today, prefer)
            if value is not None:
                found.append(DateSpan(match.start(), match.end(), value, name))
    found.sort(key=lambda span: (span.start, -(span.end - span.start)))
    chosen: list[DateSpan] = []
    for span in found:
        if not chosen or span.start >= chosen[-1].end:
            chosen.append(span)
    return chosen


def find_date_span(text: str, today: date, *, prefer: Prefer = "past") -> DateSpan | None:
    """The first date phrase in ``text`` (see :func:`find_date_spans`), or None."""
    spans = find_date_spans(text, today, prefer=prefer)
    return spans[0] if spans else None


def extract_date(text: str, today: date, *, prefer: Prefer = "past") -> date | None:
    """The date the first date phrase in ``text`` means, or None when there is none.

    ``prefer="past"`` for invoice and payment dates, ``"future"`` for promises;
    the conventions (year of ``3 Oct``, ``kal``, ``next Monday``...) are in the
    module docstring. Pure: ``today`` is an argument.
    """
    span = find_date_span(text, today, prefer=prefer)
    return span.value if span else None
