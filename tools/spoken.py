"""Chat text made fit to be spoken on a phone call, in English, Hindi or Tamil.

A text-to-speech voice reads "₹1,20,000" as a string of digits or as "one hundred and
twenty thousand"; people in India say "one lakh twenty thousand rupees". Amounts are
therefore rewritten the Indian way with the language's own scale words (crore, lakh,
thousand; करोड़, लाख, हज़ार; கோடி, லட்சம், ஆயிரம்) and the counts before them as
figures, which every Indian voice reads in its own language: "1 लाख 20 हज़ार रुपये".
Paise are said when there are any. Bullets, line breaks and decorations become pauses
(sentence ends); a long answer is cut at a sentence boundary.

Pure: no voice, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from tools.money import to_paisa

__all__ = ["MAX_SPOKEN_CHARS", "spoken_amount", "spoken_text"]

#: About 40 seconds of speech: a caller will not listen to more in one go.
MAX_SPOKEN_CHARS = 600

_SCALES = {
    "en": (("crore", 10**7), ("lakh", 10**5), ("thousand", 10**3)),
    "hi": (("करोड़", 10**7), ("लाख", 10**5), ("हज़ार", 10**3)),
    # Tamil joins a scale to what follows it: "1 லட்சத்து 20 ஆயிரம்"
    "ta": (("கோடி", 10**7), ("லட்சம்", 10**5), ("ஆயிரம்", 10**3)),
}
_TAMIL_JOINED = {"கோடி": "கோடியே", "லட்சம்": "லட்சத்து", "ஆயிரம்": "ஆயிரத்து"}
_RUPEES = {"en": "rupees", "hi": "रुपये", "ta": "ரூபாய்"}
_PAISE = {"en": "paise", "hi": "पैसे", "ta": "பைசா"}
_AND = {"en": "and", "hi": "और", "ta": "மற்றும்"}


def spoken_amount(amount: Decimal | int, language: str) -> str:
    """``amount`` rupees as said aloud: "1 lakh 20 thousand rupees", "1 लाख 20 हज़ार
    रुपये", "1 லட்சத்து 20 ஆயிரம் ரூபாய்"; "50 rupees and 25 paise"."""
    language = language if language in _SCALES else "en"
    value = to_paisa(Decimal(amount))
    negative = value < 0
    rupees, paise = divmod(int(abs(value) * 100), 100)
    parts: list[str] = []
    rest = rupees
    for word, size in _SCALES[language]:
        count, rest = divmod(rest, size)
        if count:
            parts.append(f"{count} {word}")
    if rest or not parts:
        parts.append(str(rest))
    if language == "ta":  # every scale but the last is joined to what follows
        parts = [_tamil_joined(p) if i < len(parts) - 1 else p for i, p in enumerate(parts)]
    said = " ".join(parts) + " " + _RUPEES[language]
    if paise:
        said += f" {_AND[language]} {paise} {_PAISE[language]}"
    return ("minus " if negative and language == "en" else "- " if negative else "") + said


def _tamil_joined(part: str) -> str:
    count, _, word = part.partition(" ")
    return f"{count} {_TAMIL_JOINED.get(word, word)}"


_AMOUNT = re.compile(r"(?:₹|rs\.?\s*|inr\s*|रु\.?\s*|ரூ\.?\s*)\s*([0-9][0-9,]*(?:\.[0-9]{1,2})?)",
                     re.IGNORECASE)
_BULLETS = re.compile(r"^\s*(?:[•\-*–]|\d+\s*[.)-])\s+", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?।])\s+")


def spoken_text(text: str, language: str, limit: int = MAX_SPOKEN_CHARS) -> str:
    """A chat reply as a voice should say it: amounts the Indian way, list items and
    lines as sentences, emoji and symbols dropped, at most ``limit`` characters (whole
    sentences)."""
    def amount(match: re.Match[str]) -> str:
        return spoken_amount(Decimal(match.group(1).replace(",", "")), language)

    said = _AMOUNT.sub(amount, text)
    said = _BULLETS.sub("", said)
    lines = [line.strip() for line in said.splitlines() if line.strip()]
    said = " ".join(line if line[-1] in ".!?।:" else line + "." for line in lines)
    said = "".join(ch for ch in said if ch.isalnum() or ch.isspace() or ch in ".,!?।:;'\"()-/%"
                   or _is_mark(ch))
    said = re.sub(r"\s+([.,!?।:;])", r"\1", re.sub(r"\s+", " ", said)).strip()
    if len(said) <= limit:
        return said
    kept = ""
    for sentence in _SENTENCE_END.split(said):
        if len(kept) + len(sentence) + 1 > limit:
            break
        kept = f"{kept} {sentence}".strip()
    return kept or said[:limit].rsplit(" ", 1)[0]


def _is_mark(char: str) -> bool:
    """Vowel signs and viramas of Indian scripts (not letters, but part of words)."""
    return unicodedata.category(char).startswith("M")
