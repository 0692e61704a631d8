"""The deterministic path of the router: what a retailer's message asks for, without an LLM.

Retailers write in Tamil, Hindi and English, in native script, romanised or
mixed, with typos ("mera pending dikhao", "nilluvai kaattu", "INV-42 paid 50000
UTR 1234567890 on 5 Nov"). :func:`understand_command` turns one message into a
:class:`ParsedCommand`: an intent, the language to answer in, and the slots the
flows need. Rules and word lists only; the word lists live in
``retailer_lexicon.yaml`` beside this module, loaded once. How words are read
(tokens, scripts, matching, cue phrases, language) is the reading core shared
with the buyer-reply reader, :mod:`agents.reading`; this module keeps the
router's own decisions.

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
   In a status question or a reminder command a bare number left over is the
   invoice number (:func:`_number_in_context`).
4. **Language** (:func:`detect_language`) and **intent** (:func:`_decide_intent`).
5. **Slots** kept are those the intent uses (:data:`INTENT_SLOTS`).

Slot conventions (the contract with the flows):

* ``invoice_number``: the number as written, upper-cased (``inv-42`` ->
  ``INV-42``; prefixes and separators kept: ``B/2026/17``). ``#42`` -> ``42``.
  A word meaning invoice/bill followed by a separate number gives the number
  alone: ``bill no 556`` -> ``556``, ``INV 42`` -> ``42`` (the store matches a
  bare number against the retailer's numbering). A bare number is the invoice,
  not the amount, when a possessive particle or an invoice word stands next to
  it (``1043 ka 20000 aa gaya``, ``501 का``, ``77-க்கு``, ``4410 bill ku``), when
  "full" follows it (``1045 full paid``), after "against", or in a status or
  reminder message (``1043 status``, ``stop reminders for 77``); but a round sum
  of thousands before a particle with no other figure after it is the amount
  (``25000 ka payment mila``). In a payment, a lone bare figure that is not a round
  sum is the invoice when the message says an invoice was settled whole (``1009
  settled``, ``mark 5561 as paid``, ``556 payment zala, full amount recieved``). In
  a new invoice with two bare figures, the first is the invoice and the later,
  larger one the amount (``invce add 2207 23AAKFS2231B1Z9 37500``). Whatever decided
  the intent (the rules or the second reading), an intent that takes an invoice
  number and no amount (invoice_detail, pause/resume_reminders) reads a bare number
  as the invoice (``1187 என்ன ஆச்சு?``, ``did 778 pay?``). After an invoice word, a
  round sum of thousands in a new invoice with no other amount is the amount
  (``naya bill 25000 30 days``); a Tamil invoice word with a case ending names the
  number before it, not after (``4410 பில்லுக்கு 25000``: 4410 is the invoice).
* ``gstin``: upper case, as written: a 15-character token with a 2-digit state
  code and letters where the PAN's name is, valid or not. A typed GSTIN is never
  repaired (:func:`tools.gstin.repair_ocr_gstin` is for text read by OCR): the
  flow rejects an invalid one with the rule it breaks rather than the router
  silently dropping or "correcting" it.
* ``amount``: rupees with two decimals (``"120000.00"``) via
  :func:`tools.money.parse_amount`; romanised units (``75k``, ``40 hazar``,
  ``1.2 lakh``) are mapped to the unit words parse_amount knows, and amounts in
  words (``ek lakh bees hazaar``, ``sava lakh``, ``ஒரு லட்சம்``) are read by
  :func:`tools.amount_words.find_amount_in_words`. A figure with a currency
  sign, unit or amount word that parse_amount refuses (zero, negative, more
  than two decimals: ``Rs 0``, ``Rs -5000``, ``Rs 5000.555``) is given as
  written, with its sign (``"0"``, ``"-5000"``, ``"5000.555"``), and the intent
  is kept: the flow runs parse_amount on it and tells the retailer why it is
  refused, instead of the router reading another figure ("5000") or turning
  the payment into a status lookup. A minus sign is a hyphen right before the
  figure after a space or ``₹`` ("Rs -5000", "₹-2000"); "amt-5000" is 5000.
* ``date``: ISO ``YYYY-MM-DD`` from :func:`tools.date_phrases.find_date_span`
  with ``prefer="past"`` (invoice and payment dates are in the past: ``kal`` is
  yesterday). Gregorian month names in any script, and Tamil-calendar months next
  to a day (கார்த்திகை 5: see :mod:`tools.date_phrases`).
* ``agreed_days``: int; weeks count 7 days (``2 weeks credit`` -> 14). The count
  may be said in words (``credit thirty days``, ``साठ दिन का टाइम``, ``muppathu naal
  kedu``: :func:`tools.amount_words.count_in_words`), and the credit word may be
  kedu, udhaar, muddat, time, net (``net 21``, ``kedu 30 nal``, ``net fifteen``); a
  month of credit is 30 days (``oru maasam credit``, ``udhar 1 mahina``, ``due in one
  month``).
* ``amount`` after a total word or ``=`` wins over the parts before it (``86,000 plus
  GST total 1,01,480``).
* ``reference``: the token after UTR/ref/cheque words, upper-cased, or the RRN in a
  bank SMS's ``UPI/CR/<RRN>/...`` line; for ``mark_paid`` also a bare 12-digit UPI RRN
  or a 16-22 character bank UTR. A bank UTR or an Indian mobile number is never the
  invoice number.
* ``language``: the language asked for by ``change_language`` (ta, hi, en).
* ``enabled``: bool, for ``daily_summary``: False for an off word ("off", "band",
  "வேண்டாம்"), True for an on word ("on", "chahiye", "venum"), absent otherwise.
* ``application_number``: for ``filing_status``, the MSME ODR (Samadhaan) application
  number as written, upper-cased: the token after an application word ("application
  no MSEFC/TN/2026/567", "आवेदन संख्या ...", "விண்ணப்ப எண் ...", "case no ..."), or a
  number shaped like the portal's (state/district/year/number) in a message about the
  filing. Absent in a bare question ("ODR status?"). In ``filing_status`` a bare number
  of 3+ digits that is not a year is the invoice ("has the council replied on 5521?").
* ``days``: int, for ``set_reminder_cadence``, the days between reminders to overdue
  buyers: a count and its unit after "every"/"har"/"ஒவ்வொரு", before "once"/"ek
  baar"/"ஒரு தடவை", after "once", or with "gap"/"interval" ("every 3 days", "har 10
  din", "3 din me ek baar", "once a week", "reminder gap 5 days"), or a cadence word
  ("weekly", "har hafte", "vaaram oru thadava" 7; "fortnightly", "every two weeks" 14;
  "alternate day" 2; "mahine me ek baar" 30). Its range is the flow's to check.
* ``request_notice`` keeps ``invoice_number`` (a bare number after the notice words is
  the invoice: "prepare the demand notice for 1045") and ``gstin``.

``buyer_name`` (a run of words that are not in the lexicon and look like a name:
capitalised, or with "Stores", "Traders", "ji"...) is an attribute of
:class:`ParsedCommand` only, never a slot: the contract has no such slot (it is kept
for buyer_lookup, add_invoice, mark_paid and request_notice: "send legal notice to
Sharma Traders").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from agents.entities import blank, take_reference
from agents.intent_model import second_opinion
from agents.reading import (
    LANGUAGES,
    LEFT,
    RIGHT,
    Language,
    Lexicon,
    ReaderLexicon,
    Word,
    choose_language,
    load_lexicon,
    word_alternation,
)
from tools.amount_words import (
    COUNT_WORDS,
    count_in_words,
    find_amount_in_words,
    number_in_words_at,
)
from tools.date_phrases import find_date_span, normalise_text
from tools.errors import InputError
from tools.gstin import check_gstin
from tools.money import parse_amount

__all__ = [
    "INTENT_SLOTS",
    "SLOT_NAMES",
    "Language",
    "ParsedCommand",
    "RetailerIntent",
    "cadence_days",
    "detect_language",
    "understand_command",
]

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
    PAUSE_REMINDERS = "pause_reminders"
    RESUME_REMINDERS = "resume_reminders"
    DAILY_SUMMARY = "daily_summary"
    REQUEST_NOTICE = "request_notice"
    FILING_STATUS = "filing_status"
    SET_REMINDER_CADENCE = "set_reminder_cadence"
    HELP = "help"
    CANCEL = "cancel"
    OTHER = "other"


SLOT_NAMES: tuple[str, ...] = (
    "invoice_number", "gstin", "amount", "date", "agreed_days", "reference", "language",
    "enabled", "application_number", "days",
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
    RetailerIntent.PAUSE_REMINDERS: frozenset({"invoice_number"}),
    RetailerIntent.RESUME_REMINDERS: frozenset({"invoice_number"}),
    RetailerIntent.DAILY_SUMMARY: frozenset({"enabled"}),
    RetailerIntent.REQUEST_NOTICE: frozenset({"invoice_number", "gstin"}),
    RetailerIntent.FILING_STATUS: frozenset({"invoice_number", "application_number"}),
    RetailerIntent.SET_REMINDER_CADENCE: frozenset({"days"}),
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
    slots: dict[str, str | int | bool] = field(default_factory=dict, hash=False)
    buyer_name: str | None = None
    #: The intent is the second reading's, not the rules' (agents/intent_model.py).
    guessed: bool = False

    def to_json(self) -> dict[str, Any]:
        """``{"intent": ..., "language": ..., "slots": {...}}``: the router contract."""
        return {"intent": self.intent.value, "language": self.language, "slots": dict(self.slots)}


# --- the lexicon -----------------------------------------------------------------

@dataclass(frozen=True)
class _Lexicon(ReaderLexicon):
    """``retailer_lexicon.yaml``: the shared reading core's lexicon and the router's own
    word lists, normalised, with the entity patterns compiled."""

    language_names: Mapping[str, tuple[tuple[str, ...], ...]]
    fillers: frozenset[str]
    business_suffixes: frozenset[str]
    name_particles: frozenset[str]
    not_invoice_prefixes: frozenset[str]
    invoice_words: frozenset[str]
    unit_of: Mapping[str, str]
    invoice_re: re.Pattern[str]
    invoice_after_verb_re: re.Pattern[str]
    number_before_bill_re: re.Pattern[str]
    number_marker_re: re.Pattern[str]
    bare_invoice_re: re.Pattern[str]
    against_re: re.Pattern[str]
    reference_re: re.Pattern[str]
    days_re: re.Pattern[str]
    credit_days_re: re.Pattern[str]
    credit_months_re: re.Pattern[str]
    amount_marked_re: re.Pattern[str]
    amount_correction_re: re.Pattern[str]
    #: "every 3 days", "3 din me ek baar", "once a week", "reminder gap 5 days": groups
    #: ``n``/``words`` (the count) and ``u1``/``u7``/``u14``/``u30`` (the unit's days)
    cadence_res: tuple[re.Pattern[str], ...]
    #: "weekly", "har hafte", "alternate day": groups ``w1``/``w2``/``w7``/``w14``/``w30``
    cadence_words_re: re.Pattern[str]
    application_re: re.Pattern[str]


_NUMBER = r"[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?"
# A minus sign: right before the figure, after a space or the rupee sign ("Rs -5000",
# "₹-2000"); "Rs-5000" and "amt-5000" use the hyphen as a separator.
_SIGN = r"(?P<sign{n}>(?<=[\s₹])[-\u2212](?=[0-9]))?"
_CURRENCY = r"(?:₹|(?<![a-z])(?:rs\.?|inr|rupees?)|रु\.?|रुपये|रुपए|रुपया|ரூ\.?|ரூபாய்)"
_AGO = ("ago", "back", "before", "pehle", "pahle", "पहले", "முன்பு", "முன்னாடி", "munbu",
        "munnadi")
# Lists whose words are known to the router (so never part of a name, never a typo target
# of something else) besides the markers and cues every lexicon has.
_KNOWN_LISTS = ("fillers", "business_suffixes", "name_particles", "invoice_words",
                "invoice_verbs",
                "number_words", "reference_words", "amount_words", "day_units", "week_units",
                "credit_words", "credit_after_words", "month_units", "cadence_every",
                "cadence_once", "cadence_gap")
#: The days each cadence unit or word stands for (``cadence_units``, ``cadence_words``).
_CADENCE_DAYS = (1, 2, 7, 14, 30)


def _unit_of(core: Lexicon) -> dict[str, str]:
    return {normalise_text(word): unit for unit in core.raw["amount_units"]
            for word in core.strings("amount_units", unit)}


def _known_words(core: Lexicon) -> set[str]:
    known = set(core.words_of(*_KNOWN_LISTS)) | set(_unit_of(core))
    for section in ("cadence_units", "cadence_words"):
        for days in core.raw[section]:
            known.update(w for p in core.phrases(section, days) for w in p)
    for lang in core.raw["language_names"]:
        known.update(w for p in core.phrases("language_names", lang) for w in p)
    return known


@cache
def _lexicon() -> _Lexicon:
    """Load and normalise ``retailer_lexicon.yaml`` (once per process)."""
    core = load_lexicon(
        LEXICON_PATH, symbols="#&", fuzzy_cutoff=0.8, known=_known_words,
        # Fuzzy matching never lands on a name word: "Sharma" is not a typo of "pharma".
        not_fuzzy=lambda lex: lex.words_of("business_suffixes", "name_particles"))
    unit_of = _unit_of(core)
    alternation = {key: word_alternation(core.strings(key)) for key in (
        "invoice_words", "number_words", "reference_words", "day_units", "week_units",
        "credit_words", "credit_after_words", "not_day_units", "amount_words", "month_units")}
    invoice_words, number_words = alternation["invoice_words"], alternation["number_words"]
    reference_words, credit_words = alternation["reference_words"], alternation["credit_words"]
    units = word_alternation(unit_of)
    possessive = r"(?:\s*(?:ka|ki|ke|of|का|की|के))?"
    particles = word_alternation(core.strings("invoice_particles"))
    full_words = word_alternation(core.strings("full_words"))
    bare_number = r"(?<![0-9a-z.,/#\-₹])(?P<num>[0-9]{1,9})(?![0-9]|[.,][0-9])"
    # A count of days in figures or words ("30", "thirty", "साठ", "muppathu"); "a" and
    # "an" are no count here ("in a day").
    count_words = word_alternation(COUNT_WORDS - {"a", "an"})
    day_count = (r"(?:(?<![0-9.,/\-])(?P<n>[0-9]{1,3})"
                 rf"|{LEFT}(?P<words>{count_words}(?:[\s\-]+{count_words})?))")
    # A number that is not an amount: no unit, currency or "/-" after it.
    invoice_figure = (r"(?P<num>[0-9][0-9a-z/\-]*)(?![0-9a-z/\-]|[.,][0-9])"
                      rf"(?!\s*(?:{units}|{_CURRENCY}(?!\s*[0-9])|/-|only{RIGHT}))")
    return _Lexicon(
        core=core,
        language_names={lang: core.phrases("language_names", lang)
                        for lang in core.raw["language_names"]},
        fillers=core.words_of("fillers"),
        business_suffixes=core.words_of("business_suffixes"),
        name_particles=core.words_of("name_particles"),
        not_invoice_prefixes=frozenset(normalise_text(w)
                                       for w in core.strings("not_invoice_prefixes")),
        invoice_words=frozenset(normalise_text(w) for w in core.strings("invoice_words")),
        unit_of=unit_of,
        invoice_re=re.compile(
            # "bill no 556", "invoice #42", "பில் எண் 310", "बिल नंबर 78", "inv A/117"
            rf"{LEFT}(?P<word>{invoice_words})(?:\s*(?P<marker>{number_words}))?"
            r"(?:\s*[:#.]\s*|\s+)#?\s*"
            r"(?P<num>(?=[0-9a-z/\-]*[0-9])[0-9a-z][0-9a-z/\-]*)(?![0-9a-z/\-]|,[0-9])"
            # "INV-42", "inv42", "B/2026/17", "SK/45"; letter parts in a row before the
            # figures: "BLR-HW-2240", "INV/KX/2026/77"
            r"|(?<![0-9a-z/\-#.])(?P<pre>(?P<prefix>[a-z]{1,6})(?:[\-/][a-z]{1,6}){0,2}[\-/]?"
            r"[0-9]+(?:[\-/][0-9a-z]+)*)"
            r"(?![0-9a-z/\-])"
            # "#42"
            r"|#\s?(?P<hash>[0-9a-z/\-]*[0-9][0-9a-z/\-]*)"
        ),
        invoice_after_verb_re=re.compile(
            # "bill add karna hai 4410", "puthu bill podu 3390", "பில் சேர் 1123"
            rf"{LEFT}{invoice_words}(?:\s+{word_alternation(core.strings('invoice_verbs'))})"
            rf"{{1,4}}\s*(?:(?P<marker>{number_words})\s*[:#.]?\s*)?#?{invoice_figure}"
        ),
        number_before_bill_re=re.compile(
            # "66 no. bill clear ho gaya", "204 नंबर बिल": the number, then its number word
            rf"(?<![0-9a-z.,/#\-₹])(?P<num>[0-9]{{1,9}})\s*(?:{number_words})\s*\.?\s*"
            rf"(?:{invoice_words})"
        ),
        number_marker_re=re.compile(
            # "no. 3307", "नंबर 204", "எண் 310": a number word alone introduces the invoice
            rf"{LEFT}(?P<marker>{number_words})\s*[:#.]?\s*{invoice_figure}"
        ),
        bare_invoice_re=re.compile(
            # "1043 ka", "77-க்கு", "4410 bill ku", "1045 full paid"
            rf"{bare_number}(?=(?P<particle>\s*-?\s*(?:{particles}|'s{RIGHT}))"
            rf"|\s*(?P<word>{invoice_words})(?P<after_word>\s*-?\s*{particles})?"
            rf"|\s+(?P<full>{full_words}))"
        ),
        against_re=re.compile(
            rf"{LEFT}against\s+(?:{invoice_words}\s*(?:{number_words}\s*)?)?#?\s*{bare_number}"
        ),
        reference_re=re.compile(
            rf"{LEFT}{reference_words}(?:\s*(?:{number_words}|id|:|-|{reference_words}))*"
            r"\s*[:#\-]?\s*(?P<ref>[0-9a-z]{4,30})(?![0-9a-z/\-])"
        ),
        days_re=re.compile(
            rf"(?:{LEFT}{credit_words}(?:\s*(?:period|of|ka|ki|की|का))?\s*)?"
            rf"{day_count}\s*-?\s*"
            rf"(?:(?P<week>{alternation['week_units']})|{alternation['day_units']})"
            rf"(?!\s*{word_alternation(_AGO)}){possessive}"
            rf"(?:\s*(?:{credit_words}|{alternation['credit_after_words']}))?"
        ),
        credit_days_re=re.compile(
            # "net 30." at the end of a sentence: a full stop, not a decimal point
            rf"{LEFT}{credit_words}(?:\s*(?:period|of|:))?\s*(?:(?P<n>[0-9]{{1,3}})"
            r"(?![0-9]|[,.][0-9])"
            rf"|(?P<words>{count_words}(?:[\s\-]+{count_words})?){RIGHT}"
            rf"(?![\s\-]+{count_words}{RIGHT})(?!\s*(?:{units}|{_CURRENCY})))"
            rf"(?!\s*{alternation['not_day_units']})"
        ),
        credit_months_re=re.compile(
            rf"{LEFT}{credit_words}(?:\s*(?:period|of|ka|ki|की|का|:))?\s*"
            rf"(?:{day_count}\s*-?\s*{alternation['month_units']}|{alternation['month_units']})"
            rf"|{day_count.replace('?P<n>', '?P<n2>').replace('?P<words>', '?P<words2>')}"
            rf"\s*-?\s*{alternation['month_units']}{possessive}\s*"
            rf"(?:{credit_words}|{alternation['credit_after_words']})"
        ),
        amount_marked_re=re.compile(
            rf"(?P<cur>{_CURRENCY})\s*{_SIGN.format(n='')}(?P<num>{_NUMBER})"
            rf"(?:\s*(?P<unit>{units}))?(?:\s*/-)?"
            rf"|(?<![0-9a-z.,/#\-])(?P<num2>{_NUMBER})\s*(?P<unit2>{units})"
            rf"|(?<![0-9a-z.,/#\-])(?P<num3>{_NUMBER})\s*(?:/-|{_CURRENCY}(?![a-z])(?!\s*[0-9])|only)"
            rf"|{LEFT}{alternation['amount_words']}\s*(?::\s*)?"
            rf"(?:{_SIGN.format(n='4')}|-\s*)?(?P<num4>{_NUMBER})(?:\s*(?P<unit4>{units}))?"
        ),
        amount_correction_re=re.compile(
            # "2400 illa illa 24000", "5000 nahi nahi 50000", "40k sorry 45k"
            rf"[\s,.!\-]*{word_alternation(core.strings('amount_corrections'))}[\s,.!:\-]*"
        ),
        cadence_res=_cadence_patterns(core),
        cadence_words_re=re.compile("|".join(
            rf"{LEFT}(?P<w{days}>{word_alternation(core.strings('cadence_words', str(days)))})"
            for days in _CADENCE_DAYS if str(days) in core.raw["cadence_words"])),
        application_re=re.compile(
            # "application number is UP/LKO/2026/0001234", "application no MSEFC/TN/2026/567",
            # "आवेदन संख्या 12345", "விண்ணப்ப எண் TN/CHN/2026/00881", "case no 4411"
            rf"{LEFT}(?:(?:{_APPLICATION_WORDS})(?:\s*(?:{number_words}|id))?"
            rf"|(?:case|केस|கேஸ்)\s*(?:{number_words}))"
            r"(?:\s*(?:is|hai|है|:|-|=))*\s*#?\s*"
            r"(?P<num>(?=[0-9a-z/\-]*[0-9])[0-9a-z][0-9a-z/\-]{2,39})(?![0-9a-z/\-])"
        ),
    )


# The words that name an ODR application before its number.
_APPLICATION_WORDS = (r"application|applicaton|aplication|appl|app|aavedan|avedan|आवेदन|"
                      r"एप्लीकेशन|एप्लिकेशन|விண்ணப்ப[\u0b80-\u0bff]*|அப்ளிகேஷன்[\u0b80-\u0bff]*")


def _cadence_patterns(core: Lexicon) -> tuple[re.Pattern[str], ...]:
    """The cadence phrases: "every 3 days", "har hafte", "ஒவ்வொரு 5 நாளுக்கும்" (every); "3
    din me ek baar", "வாரத்துக்கு ஒரு தடவை" (a count per unit, once); "once a week", "once
    in 3 days"; "reminder gap 5 days", "5 din ka gap" (a gap of days)."""
    every = word_alternation(core.strings("cadence_every"))
    once = word_alternation(core.strings("cadence_once"))
    gap = word_alternation(core.strings("cadence_gap"))
    count_words = word_alternation(COUNT_WORDS - {"a", "an"})
    count = (rf"(?:(?<![0-9.,/\-])(?P<n>[0-9]{{1,3}})(?![0-9])"
             rf"|{LEFT}(?P<words>{count_words}(?:\s+{count_words})?))")
    unit = "(?:" + "|".join(
        rf"{LEFT}(?P<u{days}>{word_alternation(core.strings('cadence_units', str(days)))})"
        for days in _CADENCE_DAYS if str(days) in core.raw["cadence_units"]) + ")"
    particle = r"(?:\s*(?:me|mein|mai|में|ku|kku|க்கு|il|la|ல|ki|ke|of|in|ka|का|की|के)(?![a-z]))?"
    return (
        re.compile(rf"{LEFT}{every}\s*(?:{count}\s*-?\s*)?{unit}"),
        re.compile(rf"(?:{count}\s*-?\s*)?{unit}{particle}\s*{once}"),
        re.compile(rf"{LEFT}{once}\s+(?:(?:a|an|per|every|evry|in|each|har|हर)\s+)?"
                   rf"(?:{count}\s*-?\s*)?{unit}"),
        re.compile(rf"{LEFT}{gap}(?:\s*(?:of|ka|ki|का|की|is|hai|है|:|=|-|to|should be))*\s*"
                   rf"{count}\s*-?\s*{unit}"),
        re.compile(rf"{count}\s*-?\s*{unit}{particle}\s*{gap}"),
    )


def _read_words(normal: str, cased: str | None = None) -> tuple[Word, ...]:
    return _lexicon().read(normal, cased)


def _cue_positions(words: Sequence[Word]) -> dict[str, list[tuple[int, int]]]:
    """For each cue group of the lexicon, the word spans where one of its phrases stands
    (its words in a row)."""
    return _lexicon().cues.spans(words)

# --- entities ----------------------------------------------------------------------

@dataclass
class _Entities:
    gstin: str | None = None
    reference: str | None = None
    invoice_number: str | None = None
    agreed_days: int | None = None
    date: str | None = None
    amount: str | None = None
    # "naya bill 5000 ka", "5000 ka bill": a bare figure read as the invoice number that
    # reads as the amount in a new invoice.
    invoice_may_be_amount: str | None = None
    # The amount was a bare figure (no currency, unit or amount word): in a status or
    # reminder message it is the invoice number ("1043 status").
    amount_figure: str | None = None
    # The MSME ODR (Samadhaan) application number ("application no MSEFC/TN/2026/567").
    application_number: str | None = None
    # Days between reminders ("every 3 days", "har hafte", "once a fortnight").
    cadence_days: int | None = None


_GSTIN_TOKEN = re.compile(r"(?<![0-9a-z])[0-9]{2}[0-9a-z]{13}(?![0-9a-z])")


def _gstin_shaped(token: str) -> bool:
    """A GSTIN as typed, right or wrong: 15 letters and digits, a 2-digit state code,
    and letters in at least 4 of the 5 places of the PAN's name part."""
    return sum(c.isalpha() for c in token[2:7]) >= 4


def _take_gstin(text: str) -> tuple[str | None, str]:
    """Rule: a GSTIN-shaped token, upper-cased, as written, valid or not.

    A typed GSTIN is never repaired: :func:`tools.gstin.repair_ocr_gstin` undoes OCR
    confusions (O/0, I/1) in text read from a scan, and a retailer who typed O for 0
    is told so by the flow (:func:`tools.gstin.check_gstin` names the rule broken).
    """
    for match in _GSTIN_TOKEN.finditer(text):
        token = match.group()
        if check_gstin(token.upper()).valid or _gstin_shaped(token):
            return token.upper(), blank(text, match.start(), match.end())
    return None, text


def _take_reference(text: str) -> tuple[str | None, str]:
    """Rule: the RRN of a bank SMS's UPI line ("by UPI/CR/433902117765/KAVYA AGEN"), else
    the token after UTR/ref/cheque words, with at least 4 digits."""
    upi_line = _UPI_CREDIT_LINE.search(text)
    if upi_line is not None:
        return upi_line["rrn"].upper(), blank(text, upi_line.start(), upi_line.end())
    return take_reference(text, _lexicon().reference_re)


# A bank SMS's UPI credit line: "by UPI/CR/433902117765/KAVYA AGEN" (the RRN inside).
_UPI_CREDIT_LINE = re.compile(r"(?<![0-9a-z])upi/(?:cr|dr)/(?P<rrn>[0-9]{12})(?:/[^\s]*)?")


_AMOUNT_PARTICLE = re.compile(
    rf"\s*(?:(?:ka|ki|ke|का|की|के|ku|க்கு)(?![a-z])|{_CURRENCY}|rupees?|/-)")
_ROUND_THOUSANDS = re.compile(r"[1-9][0-9]*000")
# A number standing alone (not part of an identifier, a grouped or decimal figure).
_LOOSE_NUMBER = re.compile(r"(?<![0-9a-z.,/#\-₹])[0-9]{1,9}(?![0-9a-z%]|[.,][0-9])")
_CURRENCY_BEFORE = re.compile(rf"(?:{_CURRENCY}|amount|amt)\s*$")


_WORD_START = re.compile(r"(?<![0-9a-z\u0900-\u097f\u0b80-\u0bff])[a-z\u0900-\u097f\u0b80-\u0bff]")
_AMOUNT_AFTER = re.compile(rf"\s*(?:{_CURRENCY}|k{RIGHT}|lakh|lac|hazaar|hazar|thousand|हज़ार|"
                           r"हजार|लाख|ஆயிரம்|லட்சம்)")


@cache
def _around_invoice_word() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An invoice word (with "no"/"नंबर"...) ending where a number starts; one starting
    where a number ends."""
    lexicon = _lexicon()
    words = word_alternation(lexicon.invoice_words)
    markers = word_alternation(lexicon.core.strings("number_words"))
    return (re.compile(rf"{LEFT}(?:{words})(?:\s*(?:{markers}))?\s*[:#.]?\s*"),
            re.compile(rf"\s*(?:{words})"))


def _spoken_invoice_numbers(normal: str, cased: str) -> tuple[str, str]:
    """Rule: an invoice number said in words, as voice typing writes it, after an invoice
    word ("bill three three zero two", "बिल नंबर एक सौ अठारह") or right before one
    ("ஆயிரத்து நூற்று எண்பத்தி ஏழு பில்லுக்கு"), becomes its figures. Not a round
    thousand or a figure with a unit or currency after it: that is an amount."""
    after_word, before_word = _around_invoice_word()
    spans: list[tuple[int, int, str]] = []
    for start in (m.start() for m in _WORD_START.finditer(normal)):
        if spans and start < spans[-1][1]:
            continue
        found = number_in_words_at(normal, start)
        if found is None:
            continue
        figure, end = found
        introduced = any(m.end() == start for m in after_word.finditer(normal, 0, start))
        if not introduced and before_word.match(normal, end) is None:
            continue
        spoken_digits = len(normal[start:end].split()) == len(figure)
        if (_AMOUNT_AFTER.match(normal, end)
                or (int(figure) % 1000 == 0 and not spoken_digits) or len(figure) > 9):
            continue
        spans.append((start, end, figure))
    for start, end, figure in reversed(spans):
        normal = normal[:start] + figure + normal[end:]
        cased = cased[:start] + figure + cased[end:]
    return normal, cased


def _take_invoice_number(text: str) -> tuple[str | None, str | None, str]:
    """Rule: "bill no 556" -> 556; "#42" -> 42; a letter-prefixed number as written;
    an invoice word, verbs and the number ("bill add karna hai 4410", "puthu bill podu
    3390"); a number word alone and the number ("no. 3307", "नंबर 204"), not after
    "phone", "account"...; else a bare number that stands as an invoice
    (:func:`_take_bare_invoice_number`). A number with a unit or currency after it
    ("bill banao 45k") is no invoice number.

    Also returns the figure when "bill" is followed by bare digits and then a
    particle of amounts ("naya bill 5000 ka"), or when a bare number is read by
    its particle ("5000 ka bill"): the caller may read it as the amount instead
    (see :func:`_slots`).
    """
    lexicon = _lexicon()
    for match in lexicon.invoice_re.finditer(text):
        maybe_amount = None
        if (match["num"] is not None and match["word"] not in lexicon.invoice_words
                and match["word"].endswith(_TAMIL_CASE_ENDINGS)):
            continue  # "4410 பில்லுக்கு 25000": "for the bill", the number is before it
        if match["num"] is not None:
            value, group, start = match["num"].rstrip("-/"), "num", match.start()
            # "naya bill 5000 ka", "naya bill 25000 30 days": a particle of amounts after
            # it, or a round sum of thousands, may be the amount of a new invoice.
            if value.isdigit() and match["marker"] is None and (
                    _AMOUNT_PARTICLE.match(text, match.end("num"))
                    or _ROUND_THOUSANDS.fullmatch(value)):
                maybe_amount = value
        elif match["pre"] is not None:
            # "GST/26/0098": a listed prefix in a series of two or more "/" parts is
            # an invoice number as written; "gst 27..." or "rs500" is not.
            if (match["prefix"] in lexicon.not_invoice_prefixes
                    and match["pre"].count("/") < 2) or _BARE_RRN.fullmatch(match["pre"]):
                continue  # ... nor is a bank UTR ("SBIN326324567812")
            value, group, start = match["pre"], "pre", match.start("pre")
        else:
            value, group, start = match["hash"].rstrip("-/"), "hash", match.start()
        return value.upper(), maybe_amount, blank(text, start, match.end(group))
    after_verb = lexicon.invoice_after_verb_re.search(text)
    if after_verb is not None:
        value = after_verb["num"].rstrip("-/")
        maybe_amount = value if (value.isdigit() and after_verb["marker"] is None and
                                 _AMOUNT_PARTICLE.match(text, after_verb.end("num"))) else None
        return (value.upper(), maybe_amount,
                blank(text, after_verb.start("num"), after_verb.end("num")))
    before_bill = lexicon.number_before_bill_re.search(text)
    if before_bill is not None:
        return (before_bill["num"], None,
                blank(text, before_bill.start("num"), before_bill.end("num")))
    for marked in lexicon.number_marker_re.finditer(text):
        if _NOT_INVOICE_NUMBER_BEFORE.search(text, 0, marked.start()):
            continue  # "phone no 98...", "account number 1234"
        value = marked["num"].rstrip("-/")
        if _MOBILE.fullmatch(value):
            continue  # "customer ka number 9876543210"
        return value.upper(), None, blank(text, marked.start(), marked.end("num"))
    return _take_bare_invoice_number(text)


# An Indian mobile number (10 digits from 6-9, or with 91 before it): never an invoice.
_MOBILE = re.compile(r"(?:91)?[6-9][0-9]{9}")


# Tamil case endings on an invoice word ("பில்லுக்கு" for the bill, "பில்லோட" of the
# bill, "பில்ல" in the bill): the word does not introduce the number after it.
_TAMIL_CASE_ENDINGS = ("கு", "ோட", "ோட்ட", "டைய", "ில்", "ல")


# Before a number word, these say the number is not an invoice's ("phone no", "a/c no").
_NOT_INVOICE_NUMBER_BEFORE = re.compile(
    r"(?:phone|mobile|mob|contact|whatsapp|account|a/c|ac|acc|pan|aadhaar|aadhar|vehicle|"
    r"gaadi|gadi|lr|order|po|फोन|मोबाइल|खाता|अकाउंट|போன்|மொபைல்)\s*$")


def _take_bare_invoice_number(text: str) -> tuple[str | None, str | None, str]:
    """Rule: a bare number is the invoice, not the amount, when a possessive particle
    follows it ("1043 ka 20000", "501 का", "77 ku", "77-க்கு", "1043 ஓட"), when an invoice
    word follows it ("4410 bill ku"; a number of 3+ digits, or with a particle after the
    word: "15 bills pending" counts bills), when "full" follows it ("1045 full paid"), or
    after "against" ("received 20000 against 1043"). Not after a currency sign or
    "amount" ("Rs 500 ka"), nor a round sum of thousands before a particle when no
    other figure follows ("25000 ka payment mila" is a payment of 25,000). A number
    read by its particle may still be the amount of a new invoice ("5000 ka bill
    banao"): it is returned as such too.
    """
    lexicon = _lexicon()
    against = lexicon.against_re.search(text)
    for match in lexicon.bare_invoice_re.finditer(text):
        if against is not None and against.start() < match.start():
            break
        if _CURRENCY_BEFORE.search(text[:match.start()]):
            continue
        number = match["num"]
        if match["word"] is not None and len(number) < 3 and match["after_word"] is None:
            continue
        if (match["particle"] is not None and _ROUND_THOUSANDS.fullmatch(number)
                and not _LOOSE_NUMBER.search(text, match.end())):
            continue  # "25000 ka payment mila": a round sum and no other figure is the amount
        maybe_amount = number if match["particle"] is not None else None
        return number, maybe_amount, blank(text, match.start("num"), match.end("num"))
    if against is not None:
        return against["num"], None, blank(text, against.start("num"), against.end("num"))
    return None, None, text


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern``, each searched from just after the start of the last:
    a count in words that is no count ("ஐம்பத்தைந்தாயிரம் முப்பது நாள்") must not hide the
    one inside it."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.start() + 1


def _take_agreed_days(text: str) -> tuple[int | None, str]:
    """Rule: "30 days (credit)", "30 din ka udhaar", "30 நாள் கடன்", "credit 45", "2 weeks",
    "net 21", "kedu 30 nal", "उधार की मुद्दत 30 दिन"; the count may be said in words
    ("credit thirty days", "साठ दिन का टाइम", "nabbe din ka udhar", "muppathu naal kedu")."""
    lexicon = _lexicon()
    match = next((m for m in _overlapping(lexicon.days_re, text)
                  if m["n"] is not None or count_in_words(m["words"]) is not None), None)
    if match is not None:
        count = int(match["n"]) if match["n"] is not None else count_in_words(match["words"])
        days = (count or 0) * (7 if match["week"] else 1)
    else:
        match = lexicon.credit_days_re.search(text)
        if match is not None:
            days = (int(match["n"]) if match["n"] is not None
                    else count_in_words(match["words"]) or 0)
        else:
            match = lexicon.credit_months_re.search(text)
            if match is None:
                return None, text
            figure, words = match["n"] or match["n2"], match["words"] or match["words2"]
            count = (int(figure) if figure is not None else
                     count_in_words(words) if words is not None else 1)
            days = 30 * (count or 0)
    if not 1 <= days <= 365:
        return None, text
    return days, blank(text, match.start(), match.end())


def _amount_text(number: str, unit: str | None) -> str | None:
    try:
        return f"{parse_amount(_figure(number, unit)):.2f}"
    except InputError:
        return None


def _figure(number: str, unit: str | None, sign: str | None = None) -> str:
    """The figure as written, with its sign and the unit in parse_amount's words."""
    canonical = _lexicon().unit_of.get(normalise_text(unit or "").strip(), "")
    return f"{'-' if sign else ''}{number} {canonical}".strip()


_BARE_NUMBER = re.compile(
    r"(?<![0-9a-z.,/#\-₹])(?P<num>[0-9]{1,3}(?:,[0-9]{2,3})+|[0-9]{3,9})(?:\.[0-9]{1,2})?"
    r"(?![0-9a-z%]|[.,][0-9])"
)


# "86,000 plus GST total 1,01,480": the figure after a total word is what the bill says.
_TOTAL_FIGURE = re.compile(
    r"(?:(?<![0-9a-z])(?:grand\s+total|total|कुल|மொத்தம்|mottham|motham)|=)"
    r"(?:\s*(?:amount|amt|rs\.?|₹|is|:|-|=|राशि|தொகை))*\s*"
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{2,3})+(?:\.[0-9]{1,2})?|[0-9]{3,9}(?:\.[0-9]{1,2})?)"
    r"(?![0-9a-z%]|[.,][0-9])")


def _take_amount(text: str) -> tuple[str | None, str | None, str]:
    """Rule: the amount (:func:`_first_amount`); when a correction follows it ("ரெண்டாயிரத்து
    நானூறு இல்ல இல்ல இருபத்து நாலாயிரம்", "5000 nahi nahi 50000", "40k sorry 45k"), the
    amount said after the correction; when a figure follows a total word after it ("amount
    86,000 plus GST total 1,01,480"), the total. Both are taken out of the text."""
    value, figure, rest = _first_amount(text)
    total = _TOTAL_FIGURE.search(rest)
    if value is not None and total is not None:
        total_value = _amount_text(total["num"], None)
        if total_value is not None:
            return total_value, None, blank(rest, total.start(), total.end())
    taken = _changed_span(text, rest)
    if taken is None:
        return value, figure, rest
    correction = _lexicon().amount_correction_re.match(rest, taken[1])
    if correction is None:
        return value, figure, rest
    searched = blank(rest, 0, correction.end())
    later_value, later_figure, later_rest = _first_amount(searched)
    later = _changed_span(searched, later_rest)
    if later_value is None or later is None:
        return value, figure, rest
    return later_value, later_figure, blank(rest, *later)


def _changed_span(before: str, after: str) -> tuple[int, int] | None:
    """Where ``after`` (``before`` with one span blanked) differs from ``before``."""
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    return (changed[0], changed[-1] + 1) if changed else None


def _first_amount(text: str) -> tuple[str | None, str | None, str]:
    """Rule: an amount in words ("ek lakh bees hazaar", "ஒரு லட்சம்",
    :func:`tools.amount_words.find_amount_in_words`) or a figure with a currency sign,
    unit (75k, 1.2 lakh) or amount word, whichever comes first; else the first bare
    figure of 3-9 digits (or grouped with commas).

    A marked figure that :func:`tools.money.parse_amount` refuses (zero, negative, more
    than two decimals: "Rs 0", "Rs -5000", "Rs 5000.555") is returned as written
    ("0", "-5000", "5000.555"), so that the flow refuses it with the reason rather
    than the router reading another figure or dropping the payment. Also returns the
    bare figure, when the amount was one (it may be an invoice number after all).
    """
    words = find_amount_in_words(text)
    for match in _lexicon().amount_marked_re.finditer(text):
        if words is not None and words.start < match.end():  # "Rs 1 lakh 20 thousand"
            text = blank(text, min(match.start(), words.start), words.end)
            break
        for num, unit, sign in (("num", "unit", "sign"), ("num2", "unit2", None),
                                ("num3", None, None), ("num4", "unit4", "sign4")):
            if match[num] is not None:
                figure = _figure(match[num], match[unit] if unit else None,
                                 match[sign] if sign else None)
                value = _amount_text(figure, None) or figure
                return value, None, blank(text, match.start(), match.end())
    if words is not None:
        value = _amount_text(str(words.value), None) or str(words.value)
        return value, None, blank(text, words.start, words.end)
    for match in _BARE_NUMBER.finditer(text):
        bare = _amount_text(match.group(), None)
        if bare is not None:
            return bare, match.group(), blank(text, match.start(), match.end())
    return None, None, text


# A bank UTR: 4 letters (the bank), then mostly digits ("SBIN326324567812"); not a long
# romanised word ("pathinanjaayiram").
_BARE_RRN = re.compile(r"(?<![0-9a-z])(?:[0-9]{12}|[a-z]{4}(?=(?:[a-z]*[0-9]){8})[0-9a-z]{12,18})"
                       r"(?![0-9a-z])")


# A day of the month said in words after the month's name ("நவம்பர் பதினேழு"), and a
# relative day word with a typo ("yestrday").
_LETTERS = "a-z\u0900-\u0963\u0966-\u097f\u0b80-\u0bff"
_WORD_AFTER_WORD = re.compile(
    rf"(?<![{_LETTERS}0-9])(?P<first>[{_LETTERS}]+)(?P<gap>\s+)(?P<second>[{_LETTERS}]+)"
    rf"(?![{_LETTERS}0-9])")
_RELATIVE_DAYS = ("yesterday", "today", "tomorrow")
_ROMAN_WORD = re.compile(r"(?<![0-9a-z])[a-z]{5,}(?![0-9a-z])")


def _find_date(text: str, today: date) -> tuple[date, int, int] | None:
    """Rule: the date of :func:`tools.date_phrases.find_date_span` (past preferred); else a
    month's name followed by the day in words ("நவம்பர் பதினேழு", "november seventeen"),
    read as "நவம்பர் 17"; else a typo of yesterday/today/tomorrow (difflib ratio >= 0.8:
    "yestrday", "tommorow"). Returns the date and the span to blank."""
    span = find_date_span(text, today, prefer="past")
    if span is not None:
        return span.value, span.start, span.end
    for match in _overlapping(_WORD_AFTER_WORD, text):
        if match["second"] in ("a", "an"):
            continue  # "may a ...": no day
        day = count_in_words(match["second"])
        if day is None or not 1 <= day <= 31:
            continue
        month_day = f"{match['first']}{match['gap']}{day}"
        dated = find_date_span(month_day, today, prefer="past")
        if dated is not None and dated.start == 0 and dated.end == len(month_day):
            return dated.value, match.start(), match.end()
    for word in _ROMAN_WORD.finditer(text):
        if word.group() in _RELATIVE_DAYS:
            continue
        close = difflib.get_close_matches(word.group(), _RELATIVE_DAYS, n=1, cutoff=0.8)
        if not close:
            continue
        dated = find_date_span(close[0], today, prefer="past")
        if dated is not None:
            return dated.value, word.start(), word.end()
    return None


def _take_application_number(text: str) -> tuple[str | None, str]:
    """Rule: the token after an application word and its number word ("application number
    is UP/LKO/2026/0001234", "application no MSEFC/TN/2026/567", "आवेदन संख्या 12345",
    "விண்ணப்ப எண் TN/CHN/2026/00881") or "case no", upper-cased as written. An ODR number
    written without them is read in a filing message (:func:`_application_in_filing`)."""
    match = _lexicon().application_re.search(text)
    if match is None:
        return None, text
    return (match["num"].rstrip("-/").upper(),
            blank(text, match.start("num"), match.end("num")))


def _cadence_in(text: str) -> int | None:
    """Rule: the days between reminders a normalised message says: a cadence word
    ("weekly" 7, "fortnightly" 14, "har hafte" 7, "alternate day" 2, "daily" 1), or a
    count and its unit after "every"/"har"/"ஒவ்வொரு", before "once"/"ek baar"/"ஒரு
    தடவை", after "once", or with "gap"/"interval" ("every 3 days" 3, "every two weeks"
    14, "ஒவ்வொரு 5 நாளுக்கும்" 5, "3 din me ek baar" 3, "once a week" 7, "5 din ka gap" 5).
    A unit without a count is one ("every week"). The range is the flow's to check."""
    lexicon = _lexicon()
    found = [m for pattern in lexicon.cadence_res if (m := pattern.search(text)) is not None]
    if found:
        match = min(found, key=lambda m: (m.start(), -m.end()))
        unit = next(days for days in _CADENCE_DAYS if match.groupdict().get(f"u{days}"))
        if match["n"] is not None:
            return int(match["n"]) * unit
        counted = count_in_words(match["words"]) if match["words"] is not None else 1
        return None if counted is None else counted * unit
    word = lexicon.cadence_words_re.search(text)
    if word is None:
        return None
    return next(days for days in _CADENCE_DAYS if word.groupdict().get(f"w{days}"))


def cadence_days(text: str) -> int | None:
    """The days between reminders a message says (:func:`_cadence_in`), else a count
    said alone ("5", "10 din", "paanch", "ஏழு நாள்"): the answer to "how many days?"."""
    normal = normalise_text(text[:MAX_COMMAND_CHARS]).translate(_DANDA_AS_STOP)
    said = _cadence_in(normal)
    if said is not None:
        return said
    alone = _DAY_WORD_AT_END.sub("", normal.strip(" .!?"))
    if alone.isdigit() and len(alone) <= 3:
        return int(alone)
    return count_in_words(alone) if alone else None


# After a count said alone, its day word: "10 din", "ஏழு நாள்".
_DAY_WORD_AT_END = re.compile(r"\s*(?:days?|din|दिन|naal|nal|நாள்|நாட்கள்)$")


def _extract(normal: str, today: date) -> tuple[_Entities, str]:
    entities = _Entities()
    text = normal
    entities.gstin, text = _take_gstin(text)
    entities.application_number, text = _take_application_number(text)
    entities.cadence_days = _cadence_in(text)
    entities.reference, text = _take_reference(text)
    entities.invoice_number, entities.invoice_may_be_amount, text = _take_invoice_number(text)
    entities.agreed_days, text = _take_agreed_days(text)
    found = _find_date(text, today)
    if found is not None:
        entities.date = found[0].isoformat()
        text = blank(text, found[1], found[2])
    entities.amount, entities.amount_figure, text = _take_amount(text)
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
    return _language_of(normal, _read_words(normal), language_hint)


def _language_of(normal: str, words: Sequence[Word], language_hint: str | None) -> Language:
    markers = _lexicon().core.markers
    first: dict[str, int] = {}
    counts = {"hi": 0, "ta": 0, "en": 0}
    for index, word in enumerate(words):
        for lang in counts:
            if word.matches & markers[lang]:
                counts[lang] += 1
                first.setdefault(lang, index)
    tie: Language = "hi" if first.get("hi", 0) < first.get("ta", 0) else "ta"
    return choose_language(normal, counts["hi"], counts["ta"], counts["en"],
                           hint=language_hint, tie=tie)


# --- intent ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Reading:
    """What the rules look at: the entities, the words left and the cues among them."""

    entities: _Entities
    words: tuple[Word, ...]
    cues: Mapping[str, list[tuple[int, int]]]
    target_language: Language | None
    question: bool
    buyer_name: str | None

    def has(self, cue: str) -> bool:
        return bool(self.cues.get(cue))


def _target_language(words: Sequence[Word]) -> Language | None:
    """Rule: the first word that names a language (exactly, not by a fuzzy match) and is
    not refused by a negation in the two words after it ("Tamil me mat bhejo, Hindi me
    bhejo" asks for Hindi); a refused language is the target only when no other is named.
    """
    names = _lexicon().language_names
    refusals = _lexicon().cues.words("language_not")
    refused: Language | None = None
    for i, word in enumerate(words):
        for lang in LANGUAGES:
            if not word.fuzzy and any(len(p) == 1 and p[0] in word.matches
                                      for p in names[lang]):
                if any(w.matches & refusals for w in words[i + 1:i + 4]):
                    refused = refused or lang
                    continue
                return lang
    return refused


def _known(word: Word) -> bool:
    """A lexicon word that cannot be part of a name (fuzzy matches of capitalised words can)."""
    lexicon = _lexicon()
    if not word.matches or (word.fuzzy and word.capitalised):
        return False
    return not word.matches <= (lexicon.business_suffixes | lexicon.name_particles)


def _buyer_name(words: Sequence[Word], cased: str) -> str | None:
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
        # "sakthi traders": a word read as a typo of a lexicon word, just before a
        # business word, is the name's first word
        before_suffix = (word.fuzzy and i + 1 < len(words)
                         and bool(words[i + 1].matches & naming))
        is_name_part = ((not _known(word) or before_suffix) and not word.text.isdigit()
                        and word.text not in "#&")
        if is_name_part:
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    buyer_words = lexicon.cues.words("buyer")
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
    words = _read_words(rest, cased)
    cues = _cue_positions(words)
    target = _target_language(words)
    question = ("?" in normal or bool(cues.get("paid_question"))
                or any(not normal[:words[start].start].strip()
                       for start, _ in cues.get("question_opening", ())))
    reading = _Reading(entities, words, cues, target, question, _buyer_name(words, cased))
    _application_in_filing(reading)
    _invoice_after_for(reading, normal)
    rest = _invoice_in_payment(reading, _number_in_context(reading, rest))
    _invoice_settled_whole(reading, rest, normal)
    return reading, _invoice_in_new_bill(reading, rest)


# An ODR application number as the portal writes it: state, district or council, year,
# number ("UP/LKO/2026/0001234", "MSEFC/TN/2026/567", "TN/CHN/2026/00881").
_APPLICATION_SHAPE = re.compile(r"[A-Z]{2,6}/[A-Z]{2,6}/20[0-9]{2}/[0-9]{1,10}")


def _application_in_filing(reading: _Reading) -> None:
    """Rule: in a message about the ODR filing, a number shaped like an ODR application
    number and read as the invoice ("samadhaan pe TN/CHN/2026/00881 file kiya") is the
    application number."""
    e = reading.entities
    if (e.application_number is None and e.invoice_number is not None
            and _APPLICATION_SHAPE.fullmatch(e.invoice_number)
            and (reading.has("filing_word") or reading.has("filing_act"))):
        e.application_number, e.invoice_number = e.invoice_number, None


# After a lone figure, these say an invoice was settled ("3390 paid"); money is received
# ("12500 received" is the amount).
_SETTLED_WORDS = frozenset(("paid", "payed", "clear", "cleared", "settled", "settle"))


def _invoice_settled_whole(reading: _Reading, rest: str, normal: str) -> None:
    """Rule: in a payment with no invoice and one bare figure, the figure is the invoice
    when the message says a whole invoice was settled ("1009 settled", "mark 5561 as
    paid", "556 payment zala, full amount recieved today"): invoices are settled, sums
    are received. So is a figure said with nothing but "paid" or "settled" after it
    ("3390 paid"). A round sum of thousands stays the amount ("20000 cleared")."""
    e = reading.entities
    paid_words = {i for start, end in reading.cues.get("paid", ()) for i in range(start, end)}
    only_paid = (e.amount_figure is not None and bool(reading.words)
                 and normal.lstrip("# ").startswith(e.amount_figure)
                 and all(i in paid_words for i in range(len(reading.words)))
                 and reading.words[0].text in _SETTLED_WORDS)
    if (e.invoice_number is not None or e.gstin is not None or e.amount_figure is None
            or not e.amount_figure.isdigit() or not _paid(reading) or reading.question
            or not (reading.has("settled_whole") or only_paid)
            or _ROUND_THOUSANDS.fullmatch(e.amount_figure) is not None
            or any(len(m.group()) >= 3 for m in _LOOSE_NUMBER.finditer(rest))):
        return
    e.invoice_number, e.amount, e.amount_figure = e.amount_figure, None, None


def _invoice_in_new_bill(reading: _Reading, rest: str) -> str:
    """Rule: a new invoice with two bare figures and no invoice word before them names
    the invoice first and then the amount, when the later figure is the larger ("invce
    add 2207 23AAKFS2231B1Z9 37500 aaj 15 din"). Returns ``rest`` without the amount."""
    e = reading.entities
    if (e.invoice_number is not None or e.amount_figure is None
            or not e.amount_figure.isdigit() or not reading.has("add") or _paid(reading)):
        return rest
    later = next((m for m in _LOOSE_NUMBER.finditer(rest) if len(m.group()) >= 3), None)
    if later is None or int(later.group()) <= int(e.amount_figure):
        return rest
    amount = _amount_text(later.group(), None)
    if amount is None:
        return rest
    e.invoice_number, e.amount, e.amount_figure = e.amount_figure, amount, None
    return blank(rest, later.start(), later.end())


# "got pymt for 8821": the only figure, bare and after "for", names the invoice paid.
# "for 1043 rs 5000": a currency word with a figure after it belongs to that figure
_FOR_FIGURE = re.compile(
    r"\bfor\s+#?([0-9]+)(?![0-9]|[,.][0-9]|\s*(?:k|rs|rupees|lakh|l)\b(?!\.?\s*[0-9]))")


def _invoice_after_for(reading: _Reading, normal: str) -> None:
    """Rule: in a payment with no invoice and one bare figure, a figure after "for"
    is the invoice ("got pymt for 8821", "payment received for 1043"); the amount is
    then unknown and asked for."""
    e = reading.entities
    other = _FOR_FIGURE.search(normal)
    if (e.invoice_number is None and e.gstin is None and e.amount is not None
            and _paid(reading) and not reading.question and other is not None
            and other.group(1) != (e.amount_figure or "").replace(",", "")
            and not _MOBILE.fullmatch(other.group(1))):
        # "got part pmt 15,500 from metro pharma for 5521": another figure is the amount,
        # the one after "for" is the invoice
        e.invoice_number = other.group(1)
        return
    if (e.invoice_number is not None or e.gstin is not None or e.amount_figure is None
            or not _paid(reading) or reading.question):
        return
    match = _FOR_FIGURE.search(normal)
    if (match is None or match.group(1) != e.amount_figure
            or len(_LOOSE_NUMBER.findall(normal)) != 1):
        return
    e.invoice_number, e.amount, e.amount_figure = e.amount_figure, None, None


def _number_in_context(reading: _Reading, rest: str) -> str:
    """Rule: in a status question or a reminder command, a bare number is the invoice
    ("1043 status", "status of 501", "77 enna nilai", "stop reminders for 77"), whether
    it was read as a bare amount or left unread (1-2 digits). Returns ``rest`` without it.
    """
    e = reading.entities
    if e.invoice_number is not None or e.gstin is not None:
        return rest
    status = (reading.has("status") and not _paid(reading) and not reading.has("add")
              and (e.amount is None or e.amount_figure is not None))
    # "has 3307 been paid?", "1043 ka paisa aaya kya", "did Ravi Stores pay for 4410?":
    # asking after one invoice's payment.
    status = status or (reading.question and (_paid(reading) or reading.has("pay_word"))
                        and e.amount_figure is not None
                        and _ROUND_THOUSANDS.fullmatch(e.amount_figure) is None)
    reminders = reading.has("reminder_word") and (e.amount is None or e.amount_figure is not None)
    if not (status or reminders):
        return rest
    if e.amount_figure is not None and "," not in e.amount_figure:
        e.invoice_number, e.amount, e.amount_figure = e.amount_figure, None, None
        return rest
    loose = _LOOSE_NUMBER.search(rest)
    if loose is not None:
        e.invoice_number = loose.group()
        return blank(rest, loose.start(), loose.end())
    return rest


def _invoice_in_payment(reading: _Reading, rest: str) -> str:
    """Rule: a payment with two figures and no invoice word names the invoice by one of
    them: the earlier bare figure is the invoice and the later the amount ("1043 paid
    20000", "5150 payment vanthachu 12500"), unless the earlier is a round sum of
    thousands and the later is not ("received 20000 for 1043"); beside a marked amount
    ("Rs 20000", "60 hazaar") a bare figure of 3+ digits is the invoice. Returns ``rest``
    without the figure taken.
    """
    e = reading.entities
    if (e.invoice_number is not None or e.gstin is not None or e.amount is None
            or reading.question or not _paid(reading)):
        return rest
    other = next((m for m in _LOOSE_NUMBER.finditer(rest) if len(m.group()) >= 3), None)
    if other is None:
        return rest
    if e.amount_figure is None or (_ROUND_THOUSANDS.fullmatch(e.amount_figure.replace(",", ""))
          and not _ROUND_THOUSANDS.fullmatch(other.group())):
        e.invoice_number = other.group()
    elif "," not in e.amount_figure:
        amount = _amount_text(other.group(), None)
        if amount is None:
            return rest
        e.invoice_number, e.amount, e.amount_figure = e.amount_figure, amount, other.group()
    else:
        return rest
    return blank(rest, other.start(), other.end())


def _paid(reading: _Reading) -> bool:
    """Rule: a paid word ("mila", "received", "vanthuchu") that no negation holds
    ("nahi mila", "not paid", "hasn't paid": the payment did not come)."""
    negated = {i for start, end in reading.cues.get("not_paid", ()) for i in range(start, end)}
    return any(start not in negated for start, _ in reading.cues.get("paid", ()))


_ONLY_A_NUMBER = re.compile(
    r"(?:₹|rs\.?|inr)?\s*#?\s*\d[\d,\s]{0,40}(?:\.\d{1,2})?\s*(?:/-)?[.!]?", re.IGNORECASE)


def _sure(intent: RetailerIntent, reading: _Reading) -> bool:
    """Readings the second reading never overrides: a language switch (rule 1 names the
    language); a how-to question (rule 0: "how do I send a legal notice" asks how, it
    orders nothing); reminders set to a number of days; an ODR filing with its
    application number; a payment with an invoice and its reference ("credited ... IMPS Ref
    6334... -- 3321 bill ku") or a word of reminders ("INV-42 ka paisa mil gaya, reminder
    band karo"); a new bill asked for with its number and amount ("பில் சேர் 1123 தொகை
    12500")."""
    e = reading.entities
    if intent is RetailerIntent.CHANGE_LANGUAGE:
        return True
    if intent is RetailerIntent.HELP:
        # "how do I send a legal notice": asked how, not told to (rule 0)
        return reading.has("help_how") and not reading.has("how_is")
    if intent is RetailerIntent.SET_REMINDER_CADENCE:
        return e.cadence_days is not None  # "har hafte yaad dilao": the days are said
    if intent is RetailerIntent.FILING_STATUS:
        return e.application_number is not None  # the portal's number is given
    if intent is RetailerIntent.MARK_PAID:
        # "INV-42 ka paisa mil gaya, reminder band karo": the payment, whose record stops
        # its reminders (rule 3); the model reads the stop and would pause them
        return e.invoice_number is not None and (e.reference is not None
                                                 or reading.has("reminder_word"))
    return (intent is RetailerIntent.ADD_INVOICE and reading.has("add")
            and e.invoice_number is not None and e.amount is not None)


def _sets_cadence(reading: _Reading) -> bool:
    """Rule: a reminder word ("remind", "reminder", "yaad dilao", "நினைவூட்டு") with the
    days between reminders ("every 3 days", "har hafte") or a frequency word ("how often",
    "frequency"); not with a pause word ("daily reminder band karo" pauses) nor with the
    daily summary named ("har hafte summary message bhejo")."""
    return (reading.has("reminder_word")
            and (reading.entities.cadence_days is not None or reading.has("cadence_ask"))
            and not reading.has("reminder_pause") and not reading.has("summary"))


def _about_filing(reading: _Reading) -> bool:
    """Rule: the ODR filing is spoken of: an application number, the portal or the
    council named ("ODR", "samadhaan", "MSEFC", "section 18"), or a filing, case or
    application word with a status word or a question ("filing status", "case ka kya
    hua?"); "in case" is no case."""
    if reading.entities.application_number is not None or reading.has("filing_word"):
        return True
    ignored = {i for start, end in reading.cues.get("filing_not", ()) for i in range(start, end)}
    spoken = any(start not in ignored and end - 1 not in ignored
                 for start, end in reading.cues.get("filing_act", ()))
    return spoken and (reading.has("status") or reading.question)


def _notice_spans(reading: _Reading) -> list[tuple[int, int]]:
    """The notice words of a message, "till further notice" left out."""
    cues = reading.cues
    ignored = {i for start, end in cues.get("notice_not_phrase", ()) for i in range(start, end)}
    return [(start, end) for start, end in cues.get("notice_word", ()) if start not in ignored]


def _refuses_notice(reading: _Reading) -> bool:
    """Rule: a notice word refused by a negation in the two words after it ("notice mat
    bhejo", "notice vendam") or the two before ("don't send a notice", "no notice"), a
    payment not made aside ("not paid, notice bhejo" asks for one)."""
    cues = reading.cues
    not_paid = {i for group in ("not_paid", "pending") for start, end in cues.get(group, ())
                for i in range(start, end)}
    after = [start for start, _ in cues.get("notice_not_after", ())]
    before = [end - 1 for start, end in cues.get("notice_not_before", ()) if start not in not_paid]
    return any(any(end <= i < end + 2 for i in after) or any(start - 2 <= i < start for i in before)
               for start, end in _notice_spans(reading))


def _asks_notice(reading: _Reading) -> bool:
    """Rule: a notice word ("notice", "नोटिस", "நோட்டீஸ்", "legal action") that is not
    "till further notice" and not refused ("notice mat bhejo", "notice vendam" in the two
    words after it; "don't send a notice", "no notice" in the two before, a payment not
    made aside: "not paid, notice bhejo" asks for one); with a send or draft verb
    ("bhejo", "prepare", "anuppunga") it is asked for; without one, when it names an
    invoice, a GSTIN or a buyer, or stands alone, but not in a status question ("INV-1045
    notice status?"), a question ("did the buyer reply to my notice on 3307?") nor a list
    ("show pending notices"); a question for a list naming nothing is the list ("who needs
    a notice? show all overdue")."""
    spans = _notice_spans(reading)
    if not spans or _refuses_notice(reading):
        return False
    e = reading.entities
    named = e.invoice_number is not None or e.gstin is not None or reading.buyer_name is not None
    listing = reading.has("pending") or reading.has("show")
    if reading.question and listing and not named:
        return False  # "who needs a notice? show all overdue"
    if reading.has("notice_verb"):
        return True
    if reading.has("status") or reading.question:  # "did they reply to my notice on 3307?"
        return False
    return named or not listing


def _summary_enabled(reading: _Reading) -> bool | None:
    """Rule: an off word ("off", "band", "vendaam", "nahi chahiye") turns the daily
    summary off, else an on word ("on", "chahiye", "venum", "chalu") turns it on;
    neither says nothing (the flow tells how it is). A question whose only on or off
    words are states ("is daily summary on?", "daily summary ippo on la irukka?",
    "summary band hai kya") asks how it is, unless a request verb comes with it
    ("can you turn it on?", "band kar do?")."""
    states = {start for start, _ in reading.cues.get("summary_state", ())}
    switches = reading.cues.get("summary_off", []) + reading.cues.get("summary_on", [])
    if (reading.question and switches and all(start in states for start, _ in switches)
            and not reading.has("summary_request")):
        return None
    if reading.has("summary_off"):
        return False
    return True if reading.has("summary_on") else None


def _only_language_words(reading: _Reading) -> bool:
    """Rule: besides the language name, only switch verbs and filler ("English please")."""
    names = {w for phrases in _lexicon().language_names.values() for p in phrases for w in p}
    allowed = names | _lexicon().cues.words("change_language", "change_filler", "language_word")
    return all(word.matches & allowed for word in reading.words)


def _decide_intent(reading: _Reading) -> RetailerIntent:
    """The intent, by these rules in order (first that applies):

    0. help: a how-to question without invoice data or a buyer name, whatever it is
       about ("reminder kaise band karu", "payment vantha epdi update pannanum"; not
       "how is": "kanakku eppadi irukku").
    1. change_language: a language name with a switch verb ("Tamil mein baat
       karo", "switch to Hindi", "send in English", "tamil la anuppu") or with
       nothing but filler ("English please", "हिंदी"); or the word "language" with
       a change verb ("bhasha badlo").
    2a. set_reminder_cadence: a reminder word with the days between reminders ("remind
       overdue buyers every 3 days", "har hafte yaad dilao", "ஒவ்வொரு 5 நாளுக்கும் ஒரு
       தடவை நினைவூட்டு") or a frequency word ("reminder frequency"), no pause word and
       no summary named (:func:`_sets_cadence`).
    2. daily_summary: the daily summary named ("daily summary off", "roz ka summary
       band karo", "தினசரி சுருக்கம் வேண்டாம்") with no pending word, or an every-day
       word with a report word ("har din ka hisaab bhejte raho", "रोज़ाना रिपोर्ट मत
       भेजो"); no invoice or amount.
    3. pause_reminders / resume_reminders: a reminder word (tagada too) with a resume
       word ("fir se chalu", "again", "back on", "மீண்டும்"; not "don't send ...
       again") or a pause word ("band", "stop", "நிறுத்து", "podatha"), and no payment
       said to have come (a settled dispute is none).
    4. cancel: a cancel word ("rehne do", "ரத்து") and no invoice data.
    5. help: a help word ("madad", "உதவி", "menu", "enna enna vasathi") and no invoice
       data.
    5a. filing_status: an ODR application number with a filing word ("my application
       number is UP/LKO/2026/0001234"); request_notice: a notice asked for
       (:func:`_asks_notice`: "notice INV-1045", "1045 ka notice bhejo", "legal notice
       அனுப்புங்க"), unless the ODR filing is asked after in the same message; else
       filing_status: the ODR/Samadhaan/council named, or a filing, case or application
       word with a status word or a question ("samadhaan case status", "filing status
       INV-1045", :func:`_about_filing`). Neither when the message records a payment
       ("notice ke baad 1045 ka payment aa gaya" is mark_paid).
    6. An invoice number: paid words (mila, vanthuduchu, received) make
       mark_paid unless it is a question ("INV-90 ka paisa aaya kya?") which is
       invoice_detail; add words (naya, add, podu) or an amount with a GSTIN,
       credit period or date make add_invoice, unless add words come with a
       pending or detail word and no new data ("TN-4410 eppo pottathu, evvalavu
       baaki": asking after a bill raised); anything else is invoice_detail
       ("INV-9 pending?", "INV-42 ka status", "INV-65").
    7. A GSTIN: add words or amount + date/credit period -> add_invoice; paid
       words + amount -> mark_paid; else buyer_lookup ("who is 27AAP...").
    8. Neither: paid words with an amount or reference -> mark_paid; add words
       with an amount -> add_invoice; pending or buyer words with a buyer name
       -> buyer_lookup ("Gupta ji ka kitna baki hai"), and so does a buyer name in
       a question whether money came ("Gupta ji ka payment aaya kya?"); pending words ->
       list_pending; a buyer name with a show word ("Bansal Motors ke saare bill
       dikhao") or with no cue word at all ("Ravi Stores") -> buyer_lookup; else
       other (greetings, thanks, chat).

    Paid words held by a negation ("INV-42 nahi mila", "who has not paid me") are no
    paid words (:func:`_paid`); "not paid" is a pending word.
    """
    e = reading.entities
    has_data = any(v is not None for v in (e.invoice_number, e.gstin, e.amount, e.reference))
    if reading.target_language is not None and not has_data and (
            reading.has("change_language") or _only_language_words(reading)):
        return RetailerIntent.CHANGE_LANGUAGE
    if reading.has("language_word") and reading.has("change_language") and not has_data:
        return RetailerIntent.CHANGE_LANGUAGE
    paid, add = _paid(reading), reading.has("add")
    # "reminder kaise band karu", "payment vantha epdi update pannanum": how to do a
    # thing, asked without its data, is help, whatever the thing is.
    how_to = reading.has("help_how") and not reading.has("how_is")
    if how_to and not has_data and reading.buyer_name is None:
        return RetailerIntent.HELP
    if _sets_cadence(reading):
        return RetailerIntent.SET_REMINDER_CADENCE
    daily = reading.has("daily_word") and reading.has("report_word")
    if ((reading.has("summary") or daily) and (daily or not reading.has("pending"))
            and e.invoice_number is None and e.amount is None):
        return RetailerIntent.DAILY_SUMMARY
    # "dispute on 556 settled, start reminders again": the dispute was settled, not paid.
    if reading.has("reminder_word") and (not paid or reading.has("dispute_word")):
        if reading.has("reminder_resume") and not reading.has("reminder_dont_send"):
            return RetailerIntent.RESUME_REMINDERS
        if reading.has("reminder_pause"):
            return RetailerIntent.PAUSE_REMINDERS
    if reading.has("cancel") and not has_data:
        return RetailerIntent.CANCEL
    if reading.has("help") and not has_data:
        return RetailerIntent.HELP
    paid_for = paid and not reading.question and (e.invoice_number is not None
                                                  or e.amount is not None)
    filing = _about_filing(reading) and not paid_for
    if filing and e.application_number is not None:
        return RetailerIntent.FILING_STATUS
    if _asks_notice(reading) and not paid_for and not (
            filing and (reading.has("status") or reading.question)):
        return RetailerIntent.REQUEST_NOTICE
    if filing:
        return RetailerIntent.FILING_STATUS
    if e.invoice_number is not None:
        if paid:
            return RetailerIntent.INVOICE_DETAIL if reading.question else RetailerIntent.MARK_PAID
        new_data = e.amount is not None or e.gstin or e.agreed_days or e.date
        # "TN-4410 eppo pottathu, evvalavu baaki": asking after a bill raised, no new data.
        if add and not new_data and (reading.has("pending") or reading.has("detail")):
            return RetailerIntent.INVOICE_DETAIL
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
    if reading.buyer_name is not None and paid and reading.question:
        return RetailerIntent.BUYER_LOOKUP  # "Gupta ji ka payment aaya kya?"
    if reading.has("pending"):
        return RetailerIntent.LIST_PENDING
    if reading.buyer_name is not None and reading.has("show"):
        return RetailerIntent.BUYER_LOOKUP  # "Bansal Motors ke saare bill dikhao"
    if reading.buyer_name is not None and not any(
            spans for cue, spans in reading.cues.items()
            if cue not in ("question_opening", "help_how")):
        return RetailerIntent.BUYER_LOOKUP  # a name alone: "Ravi Stores"
    # 9. A flow asked for by name, without its data ("new invoice", "mark paid",
    #    "lookup buyer"): the flow asks for what is missing.
    if reading.has("start_add_invoice"):
        return RetailerIntent.ADD_INVOICE
    if reading.has("start_mark_paid") and not reading.question:
        return RetailerIntent.MARK_PAID
    if reading.has("start_buyer_lookup"):
        return RetailerIntent.BUYER_LOOKUP
    return RetailerIntent.OTHER


#: Intents that take an invoice number and no amount: a bare number in them is the invoice.
_INVOICE_NOT_AMOUNT = frozenset({RetailerIntent.INVOICE_DETAIL, RetailerIntent.PAUSE_REMINDERS,
                                 RetailerIntent.RESUME_REMINDERS, RetailerIntent.REQUEST_NOTICE})


def _bare_invoice_number(e: _Entities, rest: str) -> str | None:
    """Rule: the bare figure read as an amount ("1187", not "Rs 1187" nor "1,187"), else a
    number left over ("77"), is the invoice number."""
    if e.amount_figure is not None:
        return e.amount_figure if e.amount_figure.isdigit() else None
    if e.amount is not None:
        return None
    loose = _LOOSE_NUMBER.search(rest)
    return None if loose is None else loose.group()


_YEAR = re.compile(r"20[0-9]{2}")


def _slots(intent: RetailerIntent, reading: _Reading, rest: str
           ) -> dict[str, str | int | bool]:
    e = reading.entities
    found: dict[str, str | int | bool | None] = {
        "invoice_number": e.invoice_number,
        "gstin": e.gstin,
        "amount": e.amount,
        "date": e.date,
        "agreed_days": e.agreed_days,
        "reference": e.reference,
        "language": reading.target_language,
        "enabled": _summary_enabled(reading),
        "application_number": e.application_number,
        "days": e.cadence_days,
    }
    if (intent is RetailerIntent.ADD_INVOICE and e.amount is None
            and e.invoice_may_be_amount is not None):
        # "naya bill 5000 ka Ravi Stores ko": the figure is the amount, the number unknown.
        # Not in a payment: "bill 318 ka payment aa gaya" is the payment of bill 318.
        found["amount"] = _amount_text(e.invoice_may_be_amount, None)
        found["invoice_number"] = None
    if intent in _INVOICE_NOT_AMOUNT and e.invoice_number is None and e.gstin is None:
        # Whatever decided the intent (the rules or the second reading): "1187 enna
        # aachu?" read as invoice_detail asks after invoice 1187, not a sum of 1187.
        found["invoice_number"] = _bare_invoice_number(e, rest)
    if (intent is RetailerIntent.FILING_STATUS and e.invoice_number is None
            and e.gstin is None):
        # "has the council replied on 5521?": the invoice; "filed in 2026" a year, "3
        # days ago" a count.
        figure = _bare_invoice_number(e, rest)
        found["invoice_number"] = None if (figure is None or len(figure) < 3
                                           or _YEAR.fullmatch(figure)) else figure
    if intent is RetailerIntent.MARK_PAID and e.reference is None:
        # A bare UPI RRN (12 digits) or bank UTR (4 letters + 12-18) needs no keyword.
        bare = _BARE_RRN.search(rest)
        if bare is not None:
            found["reference"] = bare.group().upper()
    allowed = INTENT_SLOTS[intent]
    return {name: value for name in SLOT_NAMES
            if name in allowed and (value := found[name]) is not None}


# Words typed glued to the figure after them ("invoice4521", "amt12500.50", "dated28th",
# "net15"): read apart. "inv1209" stays a token, as invoice numbers are written.
_GLUED_WORD = re.compile(r"(?<![0-9a-z])(invoice|bill|amt|amount|rs|dated|dt|net|credit|udhar)"
                         r"(?=[0-9])|(?<![0-9a-z])(add|new|naya)(?=(?:invoice|bill|inv)(?![a-z]))",
                         re.IGNORECASE)


# The Devanagari full stops (। ॥) end a sentence, but the word-boundary patterns count
# them as letters of the script: read as "." they let "30 दिन।" end its word.
_DANDA_AS_STOP = str.maketrans({"\u0964": ".", "\u0965": "."})


@cache
def _grouped_invoice_number() -> re.Pattern[str]:
    words = word_alternation([*_lexicon().core.strings("invoice_words"),
                              *_lexicon().core.strings("reference_words")])
    numbers = word_alternation(_lexicon().core.strings("number_words"))
    return re.compile(rf"{LEFT}(?P<lead>(?:{words})(?:\s*(?:{numbers}))?\s*[:#.]?\s*)"
                      r"(?P<num>[0-9]{1,3}(?:,[0-9]{2,3})+)(?![0-9]|[.,][0-9])", re.IGNORECASE)


def as_typed(transcript: str) -> str:
    """A speech recogniser's transcript as a shopkeeper would type it: an invoice number
    or payment reference it grouped like an amount ("invoice 1,043", "बिल 2,210",
    "UTR 998,877,665,544") is written plainly, so it is read as what it is, not as money."""
    return _grouped_invoice_number().sub(
        lambda m: m.group("lead") + m.group("num").replace(",", ""), transcript)


def understand_command(text: str, today: date, language_hint: str | None = None, *,
                       second_reading: bool = True) -> ParsedCommand:
    """Read one retailer message: intent, the language to answer in, and slots.

    ``today`` (a :class:`datetime.date`, the retailer's calendar date) resolves
    relative and year-less dates; the clock is never read. ``language_hint`` is
    the retailer's chosen language, used when the message itself does not say
    (only numbers, or words shared by all three languages). Rules: module
    docstring, :func:`_decide_intent`, :func:`detect_language`.
    """
    text = text[:MAX_COMMAND_CHARS]
    text = _GLUED_WORD.sub(lambda m: (m[1] or m[2]) + " ", text)
    normal = normalise_text(text).translate(_DANDA_AS_STOP)
    cased = normalise_text(text, lower=False).translate(_DANDA_AS_STOP)
    if len(cased) != len(normal):  # a rare letter whose lower case is longer: no capitals
        cased = normal
    language = _language_of(normal, _read_words(normal), language_hint)
    normal, cased = _spoken_invoice_numbers(normal, cased)
    reading, rest = _read(normal, cased, today)
    intent = rules_intent = _decide_intent(reading)
    # a bare number ("42") is an answer to the question a flow asked, never a command the
    # model guesses (the router gives it to the flow, or says it did not understand)
    bare_number = _ONLY_A_NUMBER.fullmatch(text.strip()) is not None
    if second_reading and not bare_number and not _sure(intent, reading):
        guess = RetailerIntent(second_opinion("retailer", text, intent))
        # a payment the message says did not come, or asks after ("INV-88 ka payment aaya
        # ya nahi"), is never recorded as one
        asked = intent is RetailerIntent.INVOICE_DETAIL and _paid(reading) and reading.question
        refused = (not _paid(reading) and reading.cues.get("not_paid")) or asked
        intent = intent if guess is RetailerIntent.MARK_PAID and refused else guess
        # nor is a notice the message refuses ever asked for ("notice mat bhejo": the model
        # reads the notice, not the refusal)
        if guess is RetailerIntent.REQUEST_NOTICE and _refuses_notice(reading):
            intent = rules_intent
    name = reading.buyer_name if intent in (
        RetailerIntent.BUYER_LOOKUP, RetailerIntent.ADD_INVOICE, RetailerIntent.MARK_PAID,
        RetailerIntent.REQUEST_NOTICE) else None
    return ParsedCommand(intent, language, _slots(intent, reading, rest), name,
                         guessed=intent is not rules_intent)
