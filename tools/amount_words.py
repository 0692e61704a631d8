"""Rupee amounts said in words, in English, Hindi and Tamil: "ek lakh bees hazaar".

Shopkeepers often type an amount the way they say it: ``ek lakh bees hazaar``
(1,20,000), ``do lakh``, ``sava lakh`` (1,25,000), ``dedh lakh`` (1,50,000),
``paanch hazaar``, ``एक लाख बीस हजार``, ``ஒரு லட்சம்``, ``one lakh twenty
thousand``, or figures and words mixed: ``1 lakh 20 hazaar``.
:func:`find_amount_in_words` finds such a phrase in a message and says what it
is worth. A figure with one unit (``1.2 lakh``, ``75k``, ``40 hazar``) is not
its business: :func:`tools.money.parse_amount` reads those.

Rules (Indian numbering, docs/legal-conventions.md "Formats"):

* An amount is one or more groups ``<count> <scale>`` with scales that fall
  (crore, lakh, thousand, hundred), optionally joined by "and"/"aur"/"और":
  ``ek lakh bees hazaar`` = 1 x 1,00,000 + 20 x 1,000. A count is a number word
  (1-99 as commonly said: ``bees``, ``twenty five``, ``இருபது``) or a figure
  (``1``, ``2.5``); Tamil glues thousands on (``இருபதாயிரம்`` = 20,000).
* Fractions said before a scale: ``sava`` 1¼, ``dedh`` 1½, ``dhai`` 2½,
  ``saade N`` N + ½, ``paune N`` N - ¼, Tamil ``onnara``/``ஒன்றரை`` 1½,
  ``rendara``/``இரண்டரை`` 2½; before another count they modify it
  (``sava do lakh`` = 2,25,000).
* A phrase is read only when it holds a number word or at least two groups:
  number words alone never make an amount (``do`` is also English "do"), a
  scale needs its count (``lakh`` alone is nothing), and a lone figure with a
  unit is left to ``parse_amount``.

Pure: matching works on :func:`tools.date_phrases.normalise_text` output
(lower case, NFC, no nukta, ASCII digits), and positions index that text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from tools.date_phrases import normalise_text

__all__ = ["AmountInWords", "find_amount_in_words"]


def _table(entries: Mapping[int | str, tuple[str, ...]]) -> dict[str, Decimal]:
    return {normalise_text(word): Decimal(str(value))
            for value, words in entries.items() for word in words}


# 1-99 as commonly said; Hindi has a word for every number, only the usual ones are here.
_COUNTS = _table({
    1: ("one", "a", "an", "ek", "एक", "oru", "onnu", "ondru", "ஒரு", "ஒன்று", "ஒண்ணு"),
    2: ("two", "do", "दो", "rendu", "irandu", "ரெண்டு", "இரண்டு"),
    3: ("three", "teen", "तीन", "moonu", "munu", "moondru", "மூணு", "மூன்று"),
    4: ("four", "char", "chaar", "चार", "naalu", "nalu", "நாலு", "நான்கு"),
    5: ("five", "paanch", "panch", "पांच", "पाँच", "anju", "ainthu", "அஞ்சு", "ஐந்து"),
    6: ("six", "chhe", "chhah", "che", "छह", "छः", "छे", "aaru", "ஆறு"),
    7: ("seven", "saat", "सात", "ezhu", "ஏழு"),
    8: ("eight", "aath", "आठ", "ettu", "எட்டு"),
    9: ("nine", "nau", "नौ", "onbathu", "onbadhu", "ஒன்பது"),
    10: ("ten", "das", "दस", "pathu", "பத்து"),
    11: ("eleven", "gyarah", "gyara", "ग्यारह"),
    12: ("twelve", "barah", "bara", "बारह"),
    13: ("thirteen", "terah", "तेरह"),
    14: ("fourteen", "chaudah", "चौदह"),
    15: ("fifteen", "pandrah", "pandra", "पंद्रह", "padhinanju", "பதினைந்து", "பதினஞ்சு"),
    16: ("sixteen", "solah", "सोलह"),
    17: ("seventeen", "satrah", "सत्रह"),
    18: ("eighteen", "atharah", "athara", "अठारह"),
    19: ("nineteen", "unnis", "उन्नीस"),
    20: ("twenty", "bees", "bis", "बीस", "irubathu", "irupathu", "irubadhu",
         "இருபது"),
    25: ("pachees", "pachchis", "पच्चीस"),
    30: ("thirty", "tees", "तीस", "muppathu", "muppadhu", "முப்பது"),
    40: ("forty", "chalis", "chaalis", "चालीस", "narpathu", "naarpathu", "narpadhu",
         "நாற்பது"),
    50: ("fifty", "pachas", "pachaas", "पचास", "aimbathu", "ambathu", "aimbadhu",
         "aimpathu", "ambadhu", "ஐம்பது"),
    60: ("sixty", "साठ", "arubathu", "arupathu", "arubadhu", "அறுபது"),
    70: ("seventy", "sattar", "सत्तर", "ezhubathu", "ezhupathu", "எழுபது"),
    75: ("pachattar", "पचहत्तर"),
    80: ("eighty", "assi", "अस्सी", "enbathu", "enpathu", "enbadhu", "எண்பது"),
    90: ("ninety", "nabbe", "नब्बे", "thonnooru", "தொண்ணூறு"),
})
_TENS = frozenset(Decimal(n) for n in (20, 30, 40, 50, 60, 70, 80, 90))
_EN_UNITS = frozenset(normalise_text(w) for w in (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))
# Said as a count on their own.
_FRACTIONS = _table({
    "1.25": ("sava", "savaa", "सवा"),
    "1.5": ("dedh", "dedhh", "डेढ़", "डेढ", "onnara", "onnarai", "ஒன்றரை", "ஒண்ணரை"),
    "2.5": ("dhai", "dhaai", "adhai", "adhaai", "ढाई", "अढ़ाई", "rendara", "rendarai",
            "இரண்டரை", "ரெண்டரை"),
})
# Before a count: "saade teen" = 3.5, "paune do" = 1.75, "sava do" = 2.25.
_MODIFIERS = _table({
    "0.5": ("saade", "sade", "saadhe", "साढ़े", "साढे"),
    "-0.25": ("paune", "पौने"),
    "0.25": ("sava", "savaa", "सवा"),
})
_SCALES = _table({
    100: ("hundred", "sau", "सौ", "nooru"),
    1000: ("thousand", "hazaar", "hazar", "hajar", "hajaar", "हजार", "हज़ार", "aayiram"),
    100000: ("lakh", "lakhs", "lac", "lacs", "लाख", "latcham", "laksham", "lacham"),
    10000000: ("crore", "crores", "karod", "karor", "करोड़", "करोड", "kodi"),
})
# Tamil scale words take case endings (லட்சத்து, ஆயிரமும்): read by their stems.
_TAMIL_SCALE_STEMS = tuple(_table({
    100: ("நூறு", "நூற்"),
    1000: ("ஆயிர",),
    100000: ("லட்ச", "இலட்ச"),
    10000000: ("கோடி",),
}).items())
# Tamil glues "thousand" on: இருபதாயிரம் = 20 x 1,000.
_GLUED_THOUSANDS = _table({
    2: ("ரெண்டாயிரம்", "இரண்டாயிரம்", "rendayiram"),
    3: ("மூவாயிரம்", "moovayiram"),
    4: ("நாலாயிரம்", "நான்காயிரம்", "naalayiram"),
    5: ("ஐயாயிரம்", "அஞ்சாயிரம்", "aiyayiram", "anjayiram"),
    6: ("ஆறாயிரம்", "aarayiram"),
    7: ("ஏழாயிரம்", "ezhayiram"),
    8: ("எட்டாயிரம்", "ettayiram"),
    9: ("ஒன்பதாயிரம்", "onbathayiram"),
    10: ("பத்தாயிரம்", "pathayiram"),
    20: ("இருபதாயிரம்", "irubathayiram", "irupathayiram"),
    30: ("முப்பதாயிரம்", "muppathayiram"),
    40: ("நாற்பதாயிரம்", "narpathayiram"),
    50: ("ஐம்பதாயிரம்", "aimbathayiram", "ambathayiram"),
    60: ("அறுபதாயிரம்", "arubathayiram"),
    70: ("எழுபதாயிரம்", "ezhubathayiram"),
    80: ("எண்பதாயிரம்", "enbathayiram"),
    90: ("தொண்ணூறாயிரம்", "thonnooraayiram"),
})
_JOINERS = frozenset(normalise_text(w) for w in ("and", "aur", "और", "um"))
_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?|[a-z\u0900-\u0963\u0966-\u097f\u0b80-\u0bff]+")
# Only spaces, hyphens and commas may stand between the words of an amount.
_GAP = re.compile(r"[\s,\-]*")


@dataclass(frozen=True)
class AmountInWords:
    """An amount said in words: where it stands in the normalised text, and its value."""

    start: int
    end: int
    value: Decimal


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int


def find_amount_in_words(text: str) -> AmountInWords | None:
    """The first amount said in words in ``text`` (normalised by the caller), or None.

    Rules: module docstring. ``value`` is rupees as a Decimal (not rounded or
    validated: :func:`tools.money.parse_amount` does that).
    """
    tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    for i in range(len(tokens)):
        found = _amount_at(text, tokens, i)
        if found is not None:
            return found
    return None


def _adjacent(text: str, before: _Token, after: _Token) -> bool:
    return _GAP.fullmatch(text, before.end, after.start) is not None


def _amount_at(text: str, tokens: list[_Token], i: int) -> AmountInWords | None:
    total = Decimal(0)
    groups, worded = 0, False
    last_scale: Decimal | None = None
    position, end = i, None
    while position < len(tokens):
        if groups and tokens[position].text in _JOINERS and position + 1 < len(tokens):
            position += 1
        group = _group(text, tokens, position)
        if group is None:
            break
        value, scale, words, position = group
        if last_scale is not None and scale >= last_scale:
            break
        total += value
        groups, worded, last_scale = groups + 1, worded or words, scale
        end = tokens[position - 1].end
        if position < len(tokens) and not _adjacent(text, tokens[position - 1], tokens[position]):
            break
    if end is None or not (worded or groups >= 2):
        return None
    return AmountInWords(tokens[i].start, end, total)


def _group(text: str, tokens: list[_Token], i: int
           ) -> tuple[Decimal, Decimal, bool, int] | None:
    """``<count> <scale>`` at ``i``: (value, scale, said in words, index after it)."""
    glued = _GLUED_THOUSANDS.get(tokens[i].text)
    if glued is not None:
        return glued * 1000, Decimal(1000), True, i + 1
    count = _count(text, tokens, i)
    if count is None:
        return None
    value, words, after = count
    if after >= len(tokens) or not _adjacent(text, tokens[after - 1], tokens[after]):
        return None
    scale = _scale(tokens[after].text)
    if scale is None:
        return None
    return value * scale, scale, words, after + 1


def _count(text: str, tokens: list[_Token], i: int) -> tuple[Decimal, bool, int] | None:
    """A count at ``i``: (value, said in words, index after it)."""
    word = tokens[i].text
    if word[0].isdigit():
        return Decimal(word), False, i + 1
    follows = i + 1 < len(tokens) and _adjacent(text, tokens[i], tokens[i + 1])
    modifier = _MODIFIERS.get(word)
    if modifier is not None and follows:
        inner = _count(text, tokens, i + 1)
        if inner is not None and inner[0] >= 1:
            return inner[0] + modifier, True, inner[2]
    if word in _FRACTIONS:
        return _FRACTIONS[word], True, i + 1
    value = _COUNTS.get(word)
    if value is None:
        return None
    if value in _TENS and follows and tokens[i + 1].text in _EN_UNITS:
        return value + _COUNTS[tokens[i + 1].text], True, i + 2  # "twenty five"
    return value, True, i + 1


def _scale(word: str) -> Decimal | None:
    if word in _SCALES:
        return _SCALES[word]
    return next((value for stem, value in _TAMIL_SCALE_STEMS if word.startswith(stem)), None)
