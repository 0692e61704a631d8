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
  (``1``, ``2.5``); Tamil glues thousands on (``இருபதாயிரம்`` = 20,000,
  ``எழுபத்தைந்தாயிரம்`` = 75,000), glues a unit onto its tens (``இருபத்தைந்து`` = 25)
  and says hundreds in one word (``ainooru``, ``ஐந்நூறு`` = 500).
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

__all__ = ["COUNT_WORDS", "AmountInWords", "count_in_words", "find_amount_in_words"]


def _table(entries: Mapping[int | str, tuple[str, ...]]) -> dict[str, Decimal]:
    return {normalise_text(word): Decimal(str(value))
            for value, words in entries.items() for word in words}


# 1-99 as commonly said: Hindi has a word for every number; English and Tamil compose
# tens and units (see _count, _tamil_count).
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
    11: ("eleven", "gyarah", "gyara", "ग्यारह", "pathinonnu", "பதினொன்று", "பதினொண்ணு"),
    12: ("twelve", "barah", "bara", "बारह", "pannendu", "pannirandu", "பன்னிரண்டு",
         "பன்னெண்டு"),
    13: ("thirteen", "terah", "तेरह", "pathimoonu", "pathimoondru", "பதிமூன்று", "பதிமூணு"),
    14: ("fourteen", "chaudah", "चौदह", "pathinaalu", "pathinalu", "பதினான்கு", "பதினாலு"),
    15: ("fifteen", "pandrah", "pandra", "पंद्रह", "padhinanju", "pathinanju", "pathinainthu",
         "பதினைந்து", "பதினஞ்சு"),
    16: ("sixteen", "solah", "सोलह", "pathinaaru", "pathinaru", "பதினாறு"),
    17: ("seventeen", "satrah", "सत्रह", "pathinezhu", "pathinelu", "பதினேழு"),
    18: ("eighteen", "atharah", "athara", "अठारह", "pathinettu", "பதினெட்டு"),
    19: ("nineteen", "unnis", "उन्नीस", "pathonbathu", "பத்தொன்பது"),
    20: ("twenty", "bees", "bis", "बीस", "irubathu", "irupathu", "irubadhu", "irupadhu", "iruvathu",
         "இருபது"),
    21: ("ikkis", "ikkees", "इक्कीस"),
    22: ("bais", "baees", "बाईस"),
    23: ("teis", "teyis", "तेईस"),
    24: ("chaubis", "chaubees", "चौबीस"),
    25: ("pachees", "pachchis", "pachis", "पच्चीस", "irupathanju", "irupathaindhu"),
    26: ("chhabbis", "chabbis", "छब्बीस"),
    27: ("sattais", "sattaees", "सत्ताईस"),
    28: ("athais", "atthaees", "अट्ठाईस"),
    29: ("untis", "उनतीस"),
    30: ("thirty", "tees", "तीस", "muppathu", "muppadhu", "mupathu", "mupadhu", "muppadu",
         "முப்பது"),
    31: ("ikattis", "इकतीस"),
    32: ("battis", "बत्तीस"),
    33: ("taintis", "तैंतीस"),
    34: ("chautis", "चौंतीस"),
    35: ("paintis", "पैंतीस"),
    36: ("chhattis", "chattis", "छत्तीस"),
    37: ("saintis", "सैंतीस"),
    38: ("adtis", "अड़तीस"),
    39: ("untalis", "उनतालीस"),
    40: ("forty", "chalis", "chaalis", "चालीस", "narpathu", "naarpathu", "narpadhu", "naapathu",
         "naarpadhu",
         "நாற்பது"),
    41: ("iktalis", "इकतालीस"),
    42: ("bayalis", "बयालीस"),
    43: ("tentalis", "तैंतालीस"),
    44: ("chavalis", "चवालीस"),
    45: ("paintalis", "पैंतालीस", "narpathanju"),
    46: ("chhiyalis", "छियालीस"),
    47: ("saintalis", "सैंतालीस"),
    48: ("adtalis", "अड़तालीस"),
    49: ("unchas", "उनचास"),
    50: ("fifty", "pachas", "pachaas", "पचास", "aimbathu", "ambathu", "aimbadhu",
         "aimpathu", "ambadhu", "ayimbathu", "aimbadu", "ஐம்பது"),
    51: ("ikyavan", "इक्यावन"),
    52: ("bavan", "बावन"),
    53: ("tirpan", "तिरपन"),
    54: ("chauvan", "चौवन"),
    55: ("pachpan", "पचपन"),
    56: ("chhappan", "छप्पन"),
    57: ("sattavan", "सत्तावन"),
    58: ("athavan", "अट्ठावन"),
    59: ("unsath", "उनसठ"),
    60: ("sixty", "saath", "sath", "साठ", "arubathu", "arupathu", "arubadhu", "aruvathu",
         "arupadhu", "அறுபது"),
    61: ("iksath", "इकसठ"),
    62: ("basath", "बासठ"),
    63: ("tirsath", "तिरसठ"),
    64: ("chausath", "चौंसठ"),
    65: ("painsath", "पैंसठ"),
    66: ("chhiyasath", "छियासठ"),
    67: ("sadsath", "सड़सठ"),
    68: ("adsath", "अड़सठ"),
    69: ("unhattar", "उनहत्तर"),
    70: ("seventy", "sattar", "सत्तर", "ezhubathu", "ezhupathu", "ezhupadhu", "elupathu",
         "ezhuvathu", "எழுபது"),
    71: ("ikhattar", "इकहत्तर"),
    72: ("bahattar", "बहत्तर"),
    73: ("tihattar", "तिहत्तर"),
    74: ("chauhattar", "चौहत्तर"),
    75: ("pachattar", "pachhattar", "पचहत्तर"),
    76: ("chhihattar", "छिहत्तर"),
    77: ("satattar", "सतहत्तर"),
    78: ("athhattar", "अठहत्तर"),
    79: ("unasi", "उन्यासी"),
    80: ("eighty", "assi", "अस्सी", "enbathu", "enpathu", "enbadhu", "embathu", "எண்பது"),
    81: ("ikyasi", "इक्यासी"),
    82: ("bayasi", "बयासी"),
    83: ("tirasi", "तिरासी"),
    84: ("chaurasi", "चौरासी"),
    85: ("pachasi", "पचासी"),
    86: ("chhiyasi", "छियासी"),
    87: ("sattasi", "सत्तासी"),
    88: ("athasi", "अट्ठासी"),
    89: ("navasi", "नवासी"),
    90: ("ninety", "nabbe", "नब्बे", "thonnooru", "thonnuru", "தொண்ணூறு"),
    91: ("ikyanve", "इक्यानवे"),
    92: ("banve", "बानवे"),
    93: ("tiranve", "तिरानवे"),
    94: ("chauranve", "चौरानवे"),
    95: ("pachanve", "पचानवे"),
    96: ("chhiyanve", "छियानवे"),
    97: ("sattanve", "सत्तानवे"),
    98: ("atthanve", "अट्ठानवे"),
    99: ("ninyanve", "निन्यानवे"),
})
#: The words of a count (1-99) said in words, normalised: "thirty", "साठ", "முப்பது".
COUNT_WORDS: frozenset[str] = frozenset(_COUNTS)
_TENS = frozenset(Decimal(n) for n in (20, 30, 40, 50, 60, 70, 80, 90))
_EN_UNITS = frozenset(normalise_text(w) for w in (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))
# Romanised Tamil says tens then the unit apart: "irubathu ettu", "irubathi ettu" = 28.
_TA_ROMAN_UNITS = frozenset((
    "oru", "onnu", "ondru", "rendu", "irandu", "moonu", "munu", "moondru", "naalu", "nalu",
    "anju", "ainthu", "aaru", "ezhu", "ettu", "onbathu", "onbadhu"))
_TA_ROMAN_JOINED_TENS = _table({
    20: ("irubathi", "irupathi", "iruvathi"), 30: ("muppathi", "mupathi"),
    40: ("narpathi", "naarpathi", "naapathi"), 50: ("aimbathi", "ambathi", "aimpathi"),
    60: ("arubathi", "arupathi", "aruvathi"), 70: ("ezhubathi", "ezhupathi"),
    80: ("enbathi", "enpathi", "embathi"), 90: ("thonnutri", "thonnuthi"),
})
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
    # Romanised Tamil scales also with their "and" ending: aayirathu, latchathu.
    1000: ("thousand", "hazaar", "hazar", "hajar", "hajaar", "हजार", "हज़ार", "aayiram",
           "ayiram", "aayirathu", "ayirathu", "aayiratthu"),
    100000: ("lakh", "lakhs", "lac", "lacs", "लाख", "latcham", "laksham", "lacham",
             "latchathu", "lakshathu", "latchatthu", "lakhathu"),
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
    # a thousand said alone, or joined to what follows ("ஆயிரத்து நூற்று ..." = 1,1..)
    1: ("ஆயிரத்து", "ஆயிரத்தி", "aayirathu", "ayirathu", "aayirathi"),
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
# Tamil says each hundred in one word: ஐந்நூறு = 5 x 100.
_TAMIL_HUNDREDS = _table({
    1: ("நூறு", "நூற்று", "நூத்தி", "nooru", "nootru", "noothi"),  # a hundred (joined)
    2: ("இருநூறு", "irunooru", "irunuru"),
    3: ("முந்நூறு", "முன்னூறு", "munnooru", "munnuru"),
    4: ("நானூறு", "நாநூறு", "naanooru", "nanooru", "nanuru"),
    5: ("ஐந்நூறு", "ஐநூறு", "ainooru", "ainnooru", "ainuru", "ainnuru"),
    6: ("அறுநூறு", "arunooru", "arunuru"),
    7: ("எழுநூறு", "ezhunooru", "ezhunuru"),
    8: ("எண்ணூறு", "ennooru", "ennuru"),
    9: ("தொள்ளாயிரம்", "thollayiram"),
})
# ... and joined to what follows: இருநூற்று / இருநூத்தி பத்து = 210
_TAMIL_HUNDREDS.update({word[:-len("நூறு")] + joined: value
                        for word, value in list(_TAMIL_HUNDREDS.items())
                        if word.endswith("நூறு") for joined in ("நூற்று", "நூத்தி")})
_TAMIL_HUNDREDS.update({"தொள்ளாயிரத்து": Decimal(9)})
# Tamil tens as they stand before a glued unit: இருபத்|தைந்து = 20 + 5.
_TAMIL_TENS_STEMS = tuple(_table({
    20: ("இருபத்",), 30: ("முப்பத்",), 40: ("நாற்பத்",), 50: ("ஐம்பத்",), 60: ("அறுபத்",),
    70: ("எழுபத்",), 80: ("எண்பத்",), 90: ("தொண்ணூற்",),
}).items())
# A unit glued onto a consonant takes its vowel as a sign: த் + ஐந்து = தைந்து.
_TAMIL_VOWEL_OF_SIGN = {"ா": "ஆ", "ி": "இ", "ீ": "ஈ", "ு": "உ",
                        "ெ": "எ", "ே": "ஏ", "ை": "ஐ", "ொ": "ஒ", "ோ": "ஓ"}
_TAMIL_U_SIGN = "ு"
_JOINERS = frozenset(normalise_text(w) for w in ("and", "aur", "और", "um"))
_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?|[a-z\u0900-\u0963\u0966-\u097f\u0b80-\u0bff]+")
# Only spaces, hyphens and commas may stand between the words of an amount.
# One comma or hyphen at most: "2 lakh 10 thousand - last friday - one month" is two
# phrases once the date is blanked out.
_GAP = re.compile(r"\s*[,\-]?\s*")


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
    tail = _tail(text, tokens, position, last_scale)
    if tail is not None:
        total, end = total + tail[0], tail[1]
    return AmountInWords(tokens[i].start, end, total)


def _tail(text: str, tokens: list[_Token], position: int,
          last_scale: Decimal | None) -> tuple[Decimal, int] | None:
    """Rule: a count below a hundred said in words after hundreds or more ends the
    figure ("one hundred eighteen", "ek sau bees", "two thousand three hundred and
    forty five"): (its value, where it ends)."""
    if last_scale is None or last_scale < 100 or position >= len(tokens):
        return None
    at = position
    if tokens[at].text in _JOINERS and at + 1 < len(tokens):
        at += 1
    if not _adjacent(text, tokens[position - 1], tokens[at]) and at == position:
        return None
    count = _count(text, tokens, at)
    if count is None or not count[1] or count[0] >= 100:
        return None
    return count[0], tokens[count[2] - 1].end


_ZEROS = frozenset(normalise_text(w) for w in (
    "zero", "oh", "shunya", "shoonya", "sifar", "शून्य", "ज़ीरो", "ज़ीरो", "जीरो",
    "poojyam", "pujyam", "பூஜ்ஜியம்", "பூஜ்யம்", "சைபர்", "saibar"))


def number_in_words_at(text: str, start: int) -> tuple[str, int] | None:
    """A number said in words starting at ``start`` of ``text`` (normalised): digit by
    digit ("three three zero two" -> "3302", at least two digits) or as a number ("एक
    सौ अठारह" -> "118", "ஆயிரத்து நூற்று எண்பத்தி ஏழு" -> "1187"); with where it ends."""
    tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start)]
    if not tokens or tokens[0].start != start or tokens[0].text[0].isdigit():
        return None
    digits: list[str] = []
    end = start
    for position, token in enumerate(tokens):
        if position and not _adjacent(text, tokens[position - 1], token):
            break
        value = Decimal(0) if token.text in _ZEROS else _COUNTS.get(token.text)
        if token.text in ("a", "an") or value is None or value >= 10:
            break
        digits.append(str(value))
        end = token.end
    if len(digits) >= 2:
        return "".join(digits), end
    # as a number: ten or more ("ek bill", "oru bill" are "a bill", not bill 1)
    found = _amount_at(text, tokens, 0)
    if found is not None and found.value >= 10 and found.value == found.value.to_integral_value():
        return str(int(found.value)), found.end
    count = _count(text, tokens, 0)
    if count is not None and count[1] and count[0] >= 10 \
            and count[0] == count[0].to_integral_value():
        return str(int(count[0])), tokens[count[2] - 1].end
    return None


def count_in_words(text: str) -> int | None:
    """A count said in words, the whole of ``text`` (normalised): "thirty" -> 30,
    "twenty five" -> 25, "साठ" -> 60, "முப்பது" -> 30, "இருபத்தைந்து" -> 25; else None."""
    tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    if not tokens or tokens[0].text[0].isdigit():
        return None
    count = _count(text, tokens, 0)
    if count is None or count[2] != len(tokens) or count[0] != count[0].to_integral_value():
        return None
    return int(count[0])


def _tamil_count(word: str) -> Decimal | None:
    """A Tamil count in one word: a listed one, or tens with a unit glued on
    (இருபத்தைந்து = 25, முப்பத்திரண்டு = 32; a unit starting with அ leaves the
    consonant bare: இருபத்தஞ்சு = 20 + அஞ்சு = 25)."""
    if word in _COUNTS:
        return _COUNTS[word]
    for stem, tens in _TAMIL_TENS_STEMS:
        rest = word[len(stem):]
        if not word.startswith(stem) or len(rest) < 2:
            continue
        if rest[0] == stem[-2] and rest[1] in _TAMIL_VOWEL_OF_SIGN:  # த் + ஐ -> தை
            unit = _COUNTS.get(_TAMIL_VOWEL_OF_SIGN[rest[1]] + rest[2:])
        elif rest[0] == stem[-2] and rest[1] == _TAMIL_U_SIGN:  # இருபத்து மூன்று, glued
            unit = _COUNTS.get(rest[2:])
        elif rest[0] == stem[-2] and not _is_tamil_sign(rest[1]):  # த் + அ -> த
            unit = _COUNTS.get("அ" + rest[1:])
        else:
            unit = None
        if unit is not None and unit < 10:
            return tens + unit
    return None


def _is_tamil_sign(char: str) -> bool:
    """A Tamil vowel sign or virama (it follows a consonant; it is no letter of its own)."""
    return "\u0bbe" <= char <= "\u0bcd"


def _tamil_tens_before(word: str) -> Decimal | None:
    """Tamil tens said before a unit in its own word: இருபத்து (நாலு) = 20 (+ 4), also
    as spoken, இருபத்தி (ஐந்தாயிரம்)."""
    return next((tens for stem, tens in _TAMIL_TENS_STEMS
                 if word in (stem + stem[-2] + _TAMIL_U_SIGN, stem + stem[-2] + "\u0bbf")),
                None)


def _glued_thousands(word: str) -> Decimal | None:
    """Rule: Tamil glues ஆயிரம் onto its count, the count's final u giving way to the
    ā: இருபது + ஆயிரம் = இருபதாயிரம், எழுபத்தைந்து + ஆயிரம் = எழுபத்தைந்தாயிரம் (and
    case endings after: இருபதாயிரத்து); romanised likewise ("narpathaayirathu" = 40 x
    1,000, "pathinanjaayiram" = 15 x 1,000)."""
    listed = _GLUED_THOUSANDS.get(word)
    if listed is not None:
        return listed
    roman = _ROMAN_GLUED_THOUSANDS.fullmatch(word)
    if roman is not None:
        count = _count_word(roman["stem"] + "u")
        return count if count is not None and count < 100 else None
    at = word.find("ாயிர")  # the ā sign of ஆயிரம் on the count's last consonant
    if at < 2:
        return None
    return _tamil_count(word[:at] + _TAMIL_U_SIGN)


def _group(text: str, tokens: list[_Token], i: int
           ) -> tuple[Decimal, Decimal, bool, int] | None:
    """``<count> <scale>`` at ``i``: (value, scale, said in words, index after it)."""
    glued = _glued_thousands(tokens[i].text)
    if glued is not None:
        return glued * 1000, Decimal(1000), True, i + 1
    tens = _tamil_tens_before(tokens[i].text)
    if tens is not None and i + 1 < len(tokens) and _adjacent(text, tokens[i], tokens[i + 1]):
        unit = _glued_thousands(tokens[i + 1].text)
        if unit is not None and unit < 10:  # இருபத்து நாலாயிரம் = (20 + 4) x 1,000
            return (tens + unit) * 1000, Decimal(1000), True, i + 2
    hundreds = _TAMIL_HUNDREDS.get(tokens[i].text)
    if hundreds is not None:
        return hundreds * 100, Decimal(100), True, i + 1
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


_ROMAN_GLUED_THOUSANDS = re.compile(r"(?P<stem>[a-z]{2,}?)a{1,2}y?yira(?:m|thu|tthu|thi|tthi)?")


def _squash(word: str) -> str:
    """A romanised number word with its long vowels shortened, for spellings the tables
    do not list ("sattaais" = "sattais", "pachaas" = "pachas")."""
    return re.sub(r"aa+", "a", re.sub(r"(?:ee|ii)+", "i", re.sub(r"(?:oo|uu)+", "u", word)))


def _squashed(table: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """``table`` by squashed romanised spelling; a spelling two values share is left out."""
    values: dict[str, set[Decimal]] = {}
    for word, value in table.items():
        if word.isascii():
            values.setdefault(_squash(word), set()).add(value)
    # short words ("a", "do") only as listed: "aa gaya" is no "a"
    return {word: next(iter(v)) for word, v in values.items() if len(v) == 1 and len(word) > 3}


_SQUASHED_COUNTS = _squashed(_COUNTS)
_SQUASHED_SCALES = _squashed(_SCALES)


def _count_word(word: str) -> Decimal | None:
    """The value of a count word (1-99) as listed, or by its squashed spelling."""
    value = _COUNTS.get(word)
    if value is None and word.isascii():
        value = _TA_ROMAN_JOINED_TENS.get(word) or _SQUASHED_COUNTS.get(_squash(word))
    return value


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
    value = _tamil_count(word) if "\u0b80" <= word[0] <= "\u0bff" else _count_word(word)
    tens = _tamil_tens_before(word)
    if value is None and tens is not None and follows:
        unit = _tamil_count(tokens[i + 1].text)
        if unit is not None and unit < 10:
            return tens + unit, True, i + 2  # இருபத்து நாலு = 20 + 4
    if value is None:
        return None
    if value in _TENS and follows and (tokens[i + 1].text in _EN_UNITS
                                       or tokens[i + 1].text in _TA_ROMAN_UNITS):
        return value + _COUNTS[tokens[i + 1].text], True, i + 2  # "twenty five", "irubathu ettu"
    return value, True, i + 1


def _scale(word: str) -> Decimal | None:
    if word in _SCALES:
        return _SCALES[word]
    if word.isascii() and _squash(word) in _SQUASHED_SCALES:
        return _SQUASHED_SCALES[_squash(word)]
    return next((value for stem, value in _TAMIL_SCALE_STEMS if word.startswith(stem)), None)
