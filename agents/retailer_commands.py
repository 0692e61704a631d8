"""The deterministic path of the router: what a retailer's message asks for, without an LLM.

Retailers write in Tamil, Hindi and English, in native script, romanised or
mixed, with typos ("mera pending dikhao", "nilluvai kaattu", "INV-42 paid 50000
UTR 1234567890 on 5 Nov"). :func:`understand_command` turns one message into a
:class:`ParsedCommand`: an intent, the language to answer in, and the slots the
flows need. Rules and word lists only; the word lists live in
``retailer_lexicon.yaml`` beside this module, loaded once.

How a message is read (each step is a function below):

1. **Normalise** (:func:`tools.date_phrases.normalise_text`): NFC, lower case,
   no zero-width characters or nukta, ASCII digits.
2. **Entities**, each span blanked out once taken so that later patterns do not
   read it again, in this order: GSTIN, payment reference, invoice number,
   credit period, date, amount.
3. **Words**: the rest is split into words (Indic vowel signs and viramas stay
   inside their word) and each word is matched to the lexicon: exactly, as a
   Tamil stem with a glued suffix ("தமிழுக்கு" is "தமிழ்"), or, for a romanised
   word of 5+ letters, to the closest entry by difflib ratio >= 0.8 ("pendng").
4. **Language** (:func:`detect_language`) and **intent** (:func:`_decide_intent`).
5. **Slots** kept are those the intent uses (:data:`INTENT_SLOTS`).

Slot conventions (the contract with the flows):

* ``invoice_number``: the number as written, upper-cased (``inv-42`` ->
  ``INV-42``; prefixes and separators kept: ``B/2026/17``). ``#42`` -> ``42``.
  A word meaning invoice/bill followed by a separate number gives the number
  alone: ``bill no 556`` -> ``556``, ``INV 42`` -> ``42`` (the store matches a
  bare number against the retailer's numbering).
* ``gstin``: upper case. A token that fails the check but that
  :func:`tools.gstin.repair_ocr_gstin` repairs unambiguously is repaired
  (``33AAACR5O55K1ZE`` -> ``33AAACR5055K1ZE``); one that looks like a GSTIN
  (2 digits, PAN shape, entity, 'Z', check) but does not validate is kept as
  written, upper-cased, so that the flow rejects it with the rule it breaks
  rather than the router silently dropping it.
* ``amount``: rupees with two decimals (``"120000.00"``) via
  :func:`tools.money.parse_amount`; romanised units (``75k``, ``40 hazar``,
  ``1.2 lakh``) are mapped to the unit words parse_amount knows.
* ``date``: ISO ``YYYY-MM-DD`` from :func:`tools.date_phrases.find_date_span`
  with ``prefer="past"`` (invoice and payment dates are in the past).
* ``agreed_days``: int; weeks count 7 days (``2 weeks credit`` -> 14).
* ``reference``: the token after UTR/ref/cheque words, upper-cased; for
  ``mark_paid`` also a bare 12-digit UPI RRN or a 16-22 character bank UTR.
* ``language``: the language asked for by ``change_language`` (ta, hi, en).

``buyer_name`` (a run of words that are not in the lexicon and look like a name:
capitalised, or with "Stores", "Traders", "ji"...) is an attribute of
:class:`ParsedCommand` only, never a slot: the contract has no such slot.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from agents.entities import blank, take_reference, word_alternation
from tools.date_phrases import find_date_span, normalise_text
from tools.errors import InputError
from tools.gstin import check_gstin, repair_ocr_gstin
from tools.money import parse_amount

__all__ = [
    "INTENT_SLOTS",
    "SLOT_NAMES",
    "Language",
    "ParsedCommand",
    "RetailerIntent",
    "detect_language",
    "understand_command",
]

Language = Literal["ta", "hi", "en"]
LANGUAGES: tuple[Language, ...] = ("ta", "hi", "en")
_LANGUAGE_CODES: Mapping[str, Language] = {"ta": "ta", "hi": "hi", "en": "en"}
LEXICON_PATH = Path(__file__).with_name("retailer_lexicon.yaml")
#: Only the start of a longer message is read: commands are short, and some
#: patterns cost time quadratic in the length of pathological input.
MAX_COMMAND_CHARS = 600


class RetailerIntent(StrEnum):
    """What a retailer's message asks the assistant to do."""

    ADD_INVOICE = "add_invoice"
    LIST_PENDING = "list_pending"
    INVOICE_DETAIL = "invoice_detail"
    MARK_PAID = "mark_paid"
    BUYER_LOOKUP = "buyer_lookup"
    CHANGE_LANGUAGE = "change_language"
    HELP = "help"
    CANCEL = "cancel"
    OTHER = "other"


SLOT_NAMES: tuple[str, ...] = (
    "invoice_number", "gstin", "amount", "date", "agreed_days", "reference", "language",
)

#: The slots each intent keeps; anything else found in the message is dropped.
INTENT_SLOTS: Mapping[RetailerIntent, frozenset[str]] = {
    RetailerIntent.ADD_INVOICE: frozenset(
        {"invoice_number", "gstin", "amount", "date", "agreed_days"}),
    RetailerIntent.MARK_PAID: frozenset(
        {"invoice_number", "gstin", "amount", "date", "reference"}),
    RetailerIntent.INVOICE_DETAIL: frozenset({"invoice_number"}),
    RetailerIntent.BUYER_LOOKUP: frozenset({"gstin"}),
    RetailerIntent.CHANGE_LANGUAGE: frozenset({"language"}),
    RetailerIntent.LIST_PENDING: frozenset(),
    RetailerIntent.HELP: frozenset(),
    RetailerIntent.CANCEL: frozenset(),
    RetailerIntent.OTHER: frozenset(),
}


@dataclass(frozen=True)
class ParsedCommand:
    """One retailer message, understood: intent, reply language and slots.

    ``slots`` holds only names from :data:`SLOT_NAMES` that the message gave.
    ``buyer_name`` is the buyer's name as written, when the message names one;
    it is not part of :meth:`to_json` (the router contract has no such slot).
    """

    intent: RetailerIntent
    language: Language
    slots: dict[str, str | int] = field(default_factory=dict, hash=False)
    buyer_name: str | None = None

    def to_json(self) -> dict[str, Any]:
        """``{"intent": ..., "language": ..., "slots": {...}}``: the router contract."""
        return {"intent": self.intent.value, "language": self.language, "slots": dict(self.slots)}


# --- the lexicon -----------------------------------------------------------------

_TA_RANGE = ("\u0b80", "\u0bff")
_VIRAMA_TA = "\u0bcd"
_U_SIGN_TA = "\u0bc1"


def _is_tamil(char: str) -> bool:
    return _TA_RANGE[0] <= char <= _TA_RANGE[1]


def _is_devanagari(char: str) -> bool:
    return "\u0900" <= char <= "\u097f"


# A word: Latin letters and digits, or Devanagari/Tamil including their vowel
# signs and viramas (which \w would drop). Dandas (U+0964/5) end a word.
_WORD = re.compile(r"[0-9a-z\u0900-\u0963\u0966-\u097f\u0b80-\u0bff]+(?:'[a-z]+)?|[#&]")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _phrase(entry: str) -> tuple[str, ...]:
    return tuple(_words(normalise_text(entry))) or (normalise_text(entry).strip(),)


@dataclass(frozen=True)
class _Lexicon:
    """``retailer_lexicon.yaml``, normalised: phrases as word tuples, regexes compiled."""

    markers: Mapping[str, frozenset[str]]
    language_names: Mapping[str, tuple[tuple[str, ...], ...]]
    cues: Mapping[str, tuple[tuple[str, ...], ...]]
    cues_by_first_word: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]]
    fillers: frozenset[str]
    business_suffixes: frozenset[str]
    name_particles: frozenset[str]
    vocabulary: frozenset[str]
    latin_vocabulary: tuple[str, ...]
    tamil_vocabulary: tuple[str, ...]
    not_invoice_prefixes: frozenset[str]
    unit_of: Mapping[str, str]
    invoice_re: re.Pattern[str]
    reference_re: re.Pattern[str]
    days_re: re.Pattern[str]
    credit_days_re: re.Pattern[str]
    amount_marked_re: re.Pattern[str]


_word_alternation = word_alternation


_WORD_CHARS = r"0-9a-z\u0900-\u097f\u0b80-\u0bff"
_LEFT = rf"(?<![{_WORD_CHARS}])"
_RIGHT = rf"(?![{_WORD_CHARS}])"
_NUMBER = r"[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?"
_CURRENCY = r"(?:₹|(?<![a-z])(?:rs\.?|inr|rupees?)|रु\.?|रुपये|रुपए|रुपया|ரூ\.?|ரூபாய்)"
_AGO = ("ago", "back", "before", "pehle", "pahle", "पहले", "முன்பு", "முன்னாடி", "munbu",
        "munnadi")


def _strings(value: object) -> list[str]:
    """A list of strings from the lexicon; YAML reads a bare ``no`` or ``on`` as a boolean."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{LEXICON_PATH.name}: expected a list of strings (quote no/on/yes)")
    return value


def _index_by_first_word(
    cues: Mapping[str, tuple[tuple[str, ...], ...]],
) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for group, phrases in cues.items():
        for phrase in set(phrases):
            index.setdefault(phrase[0], []).append((group, phrase))
    return {word: tuple(entries) for word, entries in index.items()}


@cache
def _lexicon() -> _Lexicon:
    """Load and normalise ``retailer_lexicon.yaml`` (once per process)."""
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    markers = {lang: frozenset(normalise_text(w) for w in _strings(words))
               for lang, words in raw["language_markers"].items()}
    language_names = {lang: tuple(_phrase(w) for w in _strings(words))
                      for lang, words in raw["language_names"].items()}
    cues = {name: tuple(_phrase(w) for w in _strings(words))
            for name, words in raw["cues"].items()}
    suffixes = frozenset(w for entry in _strings(raw["business_suffixes"])
                         for w in _phrase(entry))
    particles = frozenset(w for entry in _strings(raw["name_particles"]) for w in _phrase(entry))
    fillers = frozenset(w for entry in _strings(raw["fillers"]) for w in _phrase(entry))
    unit_of = {normalise_text(word): unit
               for unit, words in raw["amount_units"].items() for word in _strings(words)}
    listed: set[str] = set(fillers) | suffixes | particles
    for words in markers.values():
        listed |= words
    for phrases in (*language_names.values(), *cues.values()):
        for phrase in phrases:
            listed.update(phrase)
    for key in ("invoice_words", "number_words", "reference_words", "amount_words",
                "day_units", "week_units", "credit_words"):
        for entry in _strings(raw[key]):
            listed.update(_phrase(entry))
    listed.update(unit_of)
    vocabulary = frozenset(w for w in listed if w and w not in "#&")

    invoice_words = _word_alternation(_strings(raw["invoice_words"]))
    number_words = _word_alternation(_strings(raw["number_words"]))
    reference_words = _word_alternation(_strings(raw["reference_words"]))
    day_units = _word_alternation(_strings(raw["day_units"]))
    week_units = _word_alternation(_strings(raw["week_units"]))
    credit_words = _word_alternation(_strings(raw["credit_words"]))
    units = _word_alternation(unit_of)
    amount_words = _word_alternation(_strings(raw["amount_words"]))
    possessive = r"(?:\s*(?:ka|ki|ke|of|का|की|के))?"
    return _Lexicon(
        markers=markers,
        language_names=language_names,
        cues=cues,
        cues_by_first_word=_index_by_first_word(cues),
        fillers=fillers,
        business_suffixes=suffixes,
        name_particles=particles,
        vocabulary=vocabulary,
        # Fuzzy matching never lands on a name word: "Sharma" is not a typo of "pharma".
        latin_vocabulary=tuple(sorted(w for w in vocabulary - suffixes - particles
                                      if w.isascii() and w.isalpha())),
        tamil_vocabulary=tuple(sorted((w for w in vocabulary if _is_tamil(w[0])),
                                      key=len, reverse=True)),
        not_invoice_prefixes=frozenset(normalise_text(w)
                                       for w in _strings(raw["not_invoice_prefixes"])),
        unit_of=unit_of,
        invoice_re=re.compile(
            # "bill no 556", "invoice #42", "பில் எண் 310", "बिल नंबर 78", "inv A/117"
            rf"{_LEFT}{invoice_words}(?:\s*(?P<marker>{number_words}))?(?:\s*[:#.]\s*|\s+)#?\s*"
            r"(?P<num>(?=[0-9a-z/\-]*[0-9])[0-9a-z][0-9a-z/\-]*)(?![0-9a-z/\-]|,[0-9])"
            # "INV-42", "inv42", "B/2026/17", "SK/45"
            r"|(?<![0-9a-z/\-#.])(?P<pre>(?P<prefix>[a-z]{1,6})[\-/]?[0-9]+(?:[\-/][0-9a-z]+)*)"
            r"(?![0-9a-z/\-])"
            # "#42"
            r"|#\s?(?P<hash>[0-9a-z/\-]*[0-9][0-9a-z/\-]*)"
        ),
        reference_re=re.compile(
            rf"{_LEFT}{reference_words}(?:\s*(?:{number_words}|id|:|-|{reference_words}))*"
            r"\s*[:#\-]?\s*(?P<ref>[0-9a-z]{4,30})(?![0-9a-z/\-])"
        ),
        days_re=re.compile(
            rf"(?:{_LEFT}{credit_words}(?:\s*(?:period|of|ka|ki|की|का))?\s*)?"
            rf"(?<![0-9.,/\-])(?P<n>[0-9]{{1,3}})\s*-?\s*"
            rf"(?:(?P<week>{week_units})|{day_units})(?!\s*{_word_alternation(_AGO)})"
            rf"{possessive}(?:\s*{credit_words})?"
        ),
        credit_days_re=re.compile(
            rf"{_LEFT}{credit_words}(?:\s*(?:period|of|:))?\s*(?P<n>[0-9]{{1,3}})(?![0-9,.])"
        ),
        amount_marked_re=re.compile(
            rf"(?P<cur>{_CURRENCY})\s*(?P<num>{_NUMBER})(?:\s*(?P<unit>{units}))?(?:\s*/-)?"
            rf"|(?<![0-9a-z.,/#\-])(?P<num2>{_NUMBER})\s*(?P<unit2>{units})"
            rf"|(?<![0-9a-z.,/#\-])(?P<num3>{_NUMBER})\s*(?:/-|{_CURRENCY}(?![a-z])|only)"
            rf"|{_LEFT}{amount_words}\s*[:\-]?\s*(?P<num4>{_NUMBER})(?:\s*(?P<unit4>{units}))?"
        ),
    )


# --- words -----------------------------------------------------------------------

@dataclass(frozen=True)
class _Word:
    text: str  # normalised
    start: int
    end: int
    capitalised: bool  # as typed: Latin with a capital first letter
    matches: frozenset[str]  # lexicon words it is (exact, Tamil stem or fuzzy)
    fuzzy: bool


def _tamil_stem_matches(word: str, entry: str) -> bool:
    if word.startswith(entry):
        return True
    return (len(entry) >= 3 and entry[-1] in (_VIRAMA_TA, _U_SIGN_TA)
            and word.startswith(entry[:-1]) and len(word) >= len(entry)
            and "\u0bbe" <= word[len(entry) - 1] <= "\u0bcd")


@lru_cache(maxsize=4096)
def _match_word(word: str) -> tuple[frozenset[str], bool]:
    """The lexicon words ``word`` is: exact; Tamil stem + suffix; or fuzzy (romanised)."""
    lexicon = _lexicon()
    if word in lexicon.vocabulary:
        return frozenset({word}), False
    if _is_tamil(word[0]):
        found = frozenset(e for e in lexicon.tamil_vocabulary
                          if len(e) >= 3 and _tamil_stem_matches(word, e))
        return found, False
    if word.isascii() and word.isalpha() and len(word) >= 5:
        pool = [w for w in lexicon.latin_vocabulary if abs(len(w) - len(word)) <= 2]
        close = difflib.get_close_matches(word, pool, n=1, cutoff=0.8)
        return frozenset(close), bool(close)
    return frozenset(), False


def _read_words(normal: str, cased: str) -> list[_Word]:
    aligned = len(cased) == len(normal)
    result = []
    for match in _WORD.finditer(normal):
        text = match.group()
        first = cased[match.start()] if aligned else text[0]
        matches, fuzzy = _match_word(text)
        result.append(_Word(text, match.start(), match.end(),
                            first.isascii() and first.isupper(), matches, fuzzy))
    return result


def _cue_positions(words: Sequence[_Word]) -> dict[str, list[int]]:
    """For each cue group of the lexicon, the word indices where one of its phrases starts."""
    lexicon = _lexicon()
    found: dict[str, list[int]] = {name: [] for name in lexicon.cues}
    for i, word in enumerate(words):
        for first in word.matches:
            for group, phrase in lexicon.cues_by_first_word.get(first, ()):
                size = len(phrase)
                if i + size <= len(words) and all(
                        phrase[j] in words[i + j].matches for j in range(1, size)):
                    found[group].append(i)
    return found


# --- entities ----------------------------------------------------------------------

@dataclass
class _Entities:
    gstin: str | None = None
    reference: str | None = None
    invoice_number: str | None = None
    agreed_days: int | None = None
    date: str | None = None
    amount: str | None = None
    # "naya bill 5000 ka": a bare figure after "bill" that reads as an amount.
    invoice_may_be_amount: str | None = None


_blank = blank


_GSTIN_TOKEN = re.compile(r"(?<![0-9a-z])[0-9a-z]{15}(?![0-9a-z])")
_GSTIN_SHAPE = re.compile(r"[0-9]{2}[a-z]{5}[0-9]{4}[a-z][0-9a-z]z[0-9a-z]")


def _take_gstin(text: str) -> tuple[str | None, str]:
    """Rule: a valid GSTIN; else an unambiguous OCR repair; else the GSTIN shape as written."""
    for match in _GSTIN_TOKEN.finditer(text):
        token = match.group().upper()
        value: str | None = token if check_gstin(token).valid else repair_ocr_gstin(token)
        if value is None and _GSTIN_SHAPE.fullmatch(match.group()):
            value = token
        if value is not None:
            return value, _blank(text, match.start(), match.end())
    return None, text


def _take_reference(text: str) -> tuple[str | None, str]:
    """Rule: the token after UTR/ref/cheque words, with at least 4 digits."""
    return take_reference(text, _lexicon().reference_re)


_AMOUNT_PARTICLE = re.compile(
    rf"\s*(?:(?:ka|ki|ke|का|की|के|ku|க்கு)(?![a-z])|{_CURRENCY}|rupees?|/-)")


def _take_invoice_number(text: str) -> tuple[str | None, str | None, str]:
    """Rule: "bill no 556" -> 556; "#42" -> 42; a letter-prefixed number as written.

    Also returns the figure when "bill" is followed by bare digits and then a
    particle of amounts ("naya bill 5000 ka"): the caller may read it as the
    amount instead (see :func:`_slots`).
    """
    lexicon = _lexicon()
    for match in lexicon.invoice_re.finditer(text):
        maybe_amount = None
        if match["num"] is not None:
            value, group, start = match["num"].rstrip("-/"), "num", match.start()
            if (value.isdigit() and match["marker"] is None
                    and _AMOUNT_PARTICLE.match(text, match.end("num"))):
                maybe_amount = value
        elif match["pre"] is not None:
            if match["prefix"] in lexicon.not_invoice_prefixes:
                continue
            value, group, start = match["pre"], "pre", match.start("pre")
        else:
            value, group, start = match["hash"].rstrip("-/"), "hash", match.start()
        return value.upper(), maybe_amount, _blank(text, start, match.end(group))
    return None, None, text


def _take_agreed_days(text: str) -> tuple[int | None, str]:
    """Rule: "30 days (credit)", "30 din ka udhaar", "30 நாள் கடன்", "credit 45", "2 weeks"."""
    lexicon = _lexicon()
    match = lexicon.days_re.search(text)
    if match is not None:
        days = int(match["n"]) * (7 if match["week"] else 1)
    else:
        match = lexicon.credit_days_re.search(text)
        if match is None:
            return None, text
        days = int(match["n"])
    if not 1 <= days <= 365:
        return None, text
    return days, _blank(text, match.start(), match.end())


def _amount_text(number: str, unit: str | None) -> str | None:
    canonical = _lexicon().unit_of.get(normalise_text(unit or "").strip(), "")
    try:
        return f"{parse_amount(f'{number} {canonical}'.strip()):.2f}"
    except InputError:
        return None


_BARE_NUMBER = re.compile(
    r"(?<![0-9a-z.,/#\-₹])(?P<num>[0-9]{1,3}(?:,[0-9]{2,3})+|[0-9]{3,9})(?:\.[0-9]{1,2})?"
    r"(?![0-9a-z%]|[.,][0-9])"
)


def _take_amount(text: str) -> tuple[str | None, str]:
    """Rule: a figure with a currency sign, unit (75k, 1.2 lakh) or amount word first;
    else the first bare figure of 3-9 digits (or grouped with commas)."""
    for match in _lexicon().amount_marked_re.finditer(text):
        for num, unit in (("num", "unit"), ("num2", "unit2"), ("num3", None), ("num4", "unit4")):
            if match[num] is not None:
                value = _amount_text(match[num], match[unit] if unit else None)
                if value is not None:
                    return value, _blank(text, match.start(), match.end())
    for match in _BARE_NUMBER.finditer(text):
        value = _amount_text(match.group(), None)
        if value is not None:
            return value, _blank(text, match.start(), match.end())
    return None, text


_BARE_RRN = re.compile(r"(?<![0-9a-z])(?:[0-9]{12}|[a-z]{4}[0-9a-z]{12,18})(?![0-9a-z])")


def _extract(normal: str, today: date) -> tuple[_Entities, str]:
    entities = _Entities()
    text = normal
    entities.gstin, text = _take_gstin(text)
    entities.reference, text = _take_reference(text)
    entities.invoice_number, entities.invoice_may_be_amount, text = _take_invoice_number(text)
    entities.agreed_days, text = _take_agreed_days(text)
    span = find_date_span(text, today, prefer="past")
    if span is not None:
        entities.date = span.value.isoformat()
        text = _blank(text, span.start, span.end)
    entities.amount, text = _take_amount(text)
    return entities, text


# --- language -------------------------------------------------------------------------

def detect_language(text: str, language_hint: str | None = None) -> Language:
    """The language to answer ``text`` in.

    Rule: script first (more Devanagari letters than Tamil -> hi, and the
    reverse -> ta). Romanised text: Hindi or Tamil marker words from the
    lexicon (mera, dikhao, hai / kaattu, enna, panam), the more numerous wins
    (a tie goes to ``language_hint`` when it is hi or ta, else to the first
    marker); with neither, English function words (show, my, what, please)
    -> en. Words shared by all three (pending, bill, help, ok) decide nothing:
    then ``language_hint``, else en.
    """
    normal = normalise_text(text[:MAX_COMMAND_CHARS])
    return _language_of(normal, _read_words(normal, normal), language_hint)


def _hint(language_hint: str | None) -> Language:
    code = (language_hint or "en").split("-")[0].split("_")[0].lower()
    return _LANGUAGE_CODES.get(code, "en")


def _language_of(normal: str, words: Sequence[_Word], language_hint: str | None) -> Language:
    devanagari = sum(1 for c in normal if _is_devanagari(c) and c.isalpha())
    tamil = sum(1 for c in normal if _is_tamil(c) and c.isalpha())
    if devanagari or tamil:
        return "hi" if devanagari > tamil else "ta"
    markers = _lexicon().markers
    first: dict[str, int] = {}
    counts = {"hi": 0, "ta": 0, "en": 0}
    for index, word in enumerate(words):
        for lang in counts:
            if word.matches & markers[lang]:
                counts[lang] += 1
                first.setdefault(lang, index)
    hi, ta = counts["hi"], counts["ta"]
    if hi or ta:
        if hi != ta:
            return "hi" if hi > ta else "ta"
        hint = _hint(language_hint)
        if hint in ("hi", "ta"):
            return hint
        return "hi" if first["hi"] < first["ta"] else "ta"
    if counts["en"]:
        return "en"
    return _hint(language_hint)


# --- intent ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Reading:
    """What the rules look at: the entities, the words left and the cues among them."""

    entities: _Entities
    words: tuple[_Word, ...]
    cues: Mapping[str, list[int]]
    target_language: Language | None
    question: bool
    buyer_name: str | None

    def has(self, cue: str) -> bool:
        return bool(self.cues.get(cue))


def _target_language(words: Sequence[_Word]) -> Language | None:
    """Rule: the first word that names a language (exactly, not by a fuzzy match)."""
    names = _lexicon().language_names
    for word in words:
        for lang in LANGUAGES:
            if not word.fuzzy and any(len(p) == 1 and p[0] in word.matches
                                      for p in names[lang]):
                return lang
    return None


def _known(word: _Word) -> bool:
    """A lexicon word that cannot be part of a name (fuzzy matches of capitalised words can)."""
    lexicon = _lexicon()
    if not word.matches or (word.fuzzy and word.capitalised):
        return False
    return not word.matches <= (lexicon.business_suffixes | lexicon.name_particles)


def _buyer_name(words: Sequence[_Word], cased: str) -> str | None:
    """Rule: the longest run of non-lexicon words that looks like a name.

    A run looks like a name when it holds a business word (Stores, Traders,
    स्टोर, ஸ்டோர்ஸ்) or a name particle (ji, Sri, ஸ்ரீ), or a capitalised
    romanised word, or is in Indic script and followed by a possessive
    (का/की/के) or a buyer word (खाता, கணக்கு).
    """
    lexicon = _lexicon()
    naming = lexicon.business_suffixes | lexicon.name_particles
    runs: list[list[int]] = []
    current: list[int] = []
    for i, word in enumerate(words):
        is_name_part = not _known(word) and not word.text.isdigit() and word.text not in "#&"
        if is_name_part:
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    buyer_words = {w for p in lexicon.cues["buyer"] for w in p}
    best: list[int] | None = None
    for run in runs:
        run_words = [words[i] for i in run]
        if all(w.matches & naming for w in run_words):
            continue  # "stores" alone is no name
        indic = any(not w.text.isascii() for w in run_words)
        after = words[run[-1] + 1] if run[-1] + 1 < len(words) else None
        followed = after is not None and bool(
            after.matches & ({"का", "की", "के", "ka", "ki", "ke"} | buyer_words))
        if (any(w.matches & naming for w in run_words)
                or any(w.capitalised for w in run_words)
                or (indic and followed)) and (best is None or len(run) > len(best)):
            best = run
    if best is None:
        return None
    start, end = words[best[0]].start, words[best[-1]].end
    return re.sub(r"\s+", " ", cased[start:end]).strip()


def _read(normal: str, cased: str, today: date) -> tuple[_Reading, str]:
    entities, rest = _extract(normal, today)
    words = tuple(_read_words(rest, cased))
    cues = _cue_positions(words)
    target = _target_language(words)
    question = "?" in normal or bool(cues.get("paid_question"))
    reading = _Reading(entities, words, cues, target, question, _buyer_name(words, cased))
    return reading, rest


def _only_language_words(reading: _Reading) -> bool:
    """Rule: besides the language name, only switch verbs and filler ("English please")."""
    names = {w for phrases in _lexicon().language_names.values() for p in phrases for w in p}
    allowed = names | {w for cue in ("change_language", "change_filler", "language_word")
                       for p in _lexicon().cues[cue] for w in p}
    return all(word.matches & allowed for word in reading.words)


def _decide_intent(reading: _Reading) -> RetailerIntent:
    """The intent, by these rules in order (first that applies):

    1. change_language: a language name with a switch verb ("Tamil mein baat
       karo", "switch to Hindi") or with nothing but filler ("English please",
       "हिंदी"); or the word "language" with a change verb ("bhasha badlo").
    2. cancel: a cancel word ("rehne do", "ரத்து") and no invoice data.
    3. help: a help word ("madad", "உதவி", "menu"), or a how-to question ("how
       do I", "kaise use"), and no invoice data.
    4. An invoice number: paid words (mila, vanthuduchu, received) make
       mark_paid unless it is a question ("INV-90 ka paisa aaya kya?") which is
       invoice_detail; add words (naya, add, podu) or an amount with a GSTIN,
       credit period or date make add_invoice; anything else is invoice_detail
       ("INV-9 pending?", "INV-42 ka status", "INV-65").
    5. A GSTIN: add words or amount + date/credit period -> add_invoice; paid
       words + amount -> mark_paid; else buyer_lookup ("who is 27AAP...").
    6. Neither: paid words with an amount or reference -> mark_paid; add words
       with an amount -> add_invoice; pending or buyer words with a buyer name
       -> buyer_lookup ("Gupta ji ka kitna baki hai"); pending words ->
       list_pending; a buyer name and no cue word at all -> buyer_lookup
       ("Ravi Stores"); else other (greetings, thanks, chat).
    """
    e = reading.entities
    has_data = any(v is not None for v in (e.invoice_number, e.gstin, e.amount, e.reference))
    if reading.target_language is not None and not has_data and (
            reading.has("change_language") or _only_language_words(reading)):
        return RetailerIntent.CHANGE_LANGUAGE
    if reading.has("language_word") and reading.has("change_language") and not has_data:
        return RetailerIntent.CHANGE_LANGUAGE
    if reading.has("cancel") and not has_data:
        return RetailerIntent.CANCEL
    if (reading.has("help") or reading.has("help_how")) and not has_data:
        return RetailerIntent.HELP
    paid, add = reading.has("paid"), reading.has("add")
    if e.invoice_number is not None:
        if paid:
            return RetailerIntent.INVOICE_DETAIL if reading.question else RetailerIntent.MARK_PAID
        if add or (e.amount is not None and (e.gstin or e.agreed_days or e.date)):
            return RetailerIntent.ADD_INVOICE
        return RetailerIntent.INVOICE_DETAIL
    if e.gstin is not None:
        if add or (e.amount is not None and (e.agreed_days or e.date)):
            return RetailerIntent.ADD_INVOICE
        if paid and e.amount is not None:
            return RetailerIntent.MARK_PAID
        return RetailerIntent.BUYER_LOOKUP
    if paid and (e.amount is not None or e.reference is not None) and not reading.question:
        return RetailerIntent.MARK_PAID
    if add and e.amount is not None:
        return RetailerIntent.ADD_INVOICE
    if reading.buyer_name is not None and (reading.has("pending") or reading.has("buyer")):
        return RetailerIntent.BUYER_LOOKUP
    if reading.has("pending"):
        return RetailerIntent.LIST_PENDING
    if reading.buyer_name is not None and not any(reading.cues.values()):
        return RetailerIntent.BUYER_LOOKUP  # a name alone: "Ravi Stores"
    # 7. A flow asked for by name, without its data ("new invoice", "mark paid",
    #    "lookup buyer"): the flow asks for what is missing.
    if reading.has("start_add_invoice"):
        return RetailerIntent.ADD_INVOICE
    if reading.has("start_mark_paid") and not reading.question:
        return RetailerIntent.MARK_PAID
    if reading.has("start_buyer_lookup"):
        return RetailerIntent.BUYER_LOOKUP
    return RetailerIntent.OTHER


def _slots(intent: RetailerIntent, reading: _Reading, rest: str) -> dict[str, str | int]:
    e = reading.entities
    found: dict[str, str | int | None] = {
        "invoice_number": e.invoice_number,
        "gstin": e.gstin,
        "amount": e.amount,
        "date": e.date,
        "agreed_days": e.agreed_days,
        "reference": e.reference,
        "language": reading.target_language,
    }
    if (intent in (RetailerIntent.ADD_INVOICE, RetailerIntent.MARK_PAID) and e.amount is None
            and e.invoice_may_be_amount is not None):
        # "naya bill 5000 ka Ravi Stores ko": the figure is the amount, the number unknown.
        found["amount"] = _amount_text(e.invoice_may_be_amount, None)
        found["invoice_number"] = None
    if intent is RetailerIntent.MARK_PAID and e.reference is None:
        # A bare UPI RRN (12 digits) or bank UTR (4 letters + 12-18) needs no keyword.
        bare = _BARE_RRN.search(rest)
        if bare is not None:
            found["reference"] = bare.group().upper()
    allowed = INTENT_SLOTS[intent]
    return {name: value for name in SLOT_NAMES
            if name in allowed and (value := found[name]) is not None}


def understand_command(text: str, today: date, language_hint: str | None = None) -> ParsedCommand:
    """Read one retailer message: intent, the language to answer in, and slots.

    ``today`` (a :class:`datetime.date`, the retailer's calendar date) resolves
    relative and year-less dates; the clock is never read. ``language_hint`` is
    the retailer's chosen language, used when the message itself does not say
    (only numbers, or words shared by all three languages). Rules: module
    docstring, :func:`_decide_intent`, :func:`detect_language`.
    """
    text = text[:MAX_COMMAND_CHARS]
    normal = normalise_text(text)
    cased = normalise_text(text, lower=False)
    if len(cased) != len(normal):  # a rare letter whose lower case is longer: no capitals
        cased = normal
    reading, rest = _read(normal, cased, today)
    language = _language_of(normal, _read_words(normal, normal), language_hint)
    intent = _decide_intent(reading)
    name = reading.buyer_name if intent in (
        RetailerIntent.BUYER_LOOKUP, RetailerIntent.ADD_INVOICE, RetailerIntent.MARK_PAID) else None
    return ParsedCommand(intent, language, _slots(intent, reading, rest), name)
