"""Entity pieces shared by the deterministic readers of retailer and buyer messages."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tools.date_phrases import normalise_text


def blank(text: str, start: int, end: int) -> str:
    """``text`` with ``[start, end)`` replaced by spaces (positions stay valid)."""
    return text[:start] + " " * (end - start) + text[end:]


def take_reference(text: str, pattern: re.Pattern[str]) -> tuple[str | None, str]:
    """Rule: the token after UTR/ref/txn/cheque words (``pattern``'s ``ref`` group),
    with at least 4 digits, upper-cased; returns it and the text without it."""
    for match in pattern.finditer(text):
        ref = match["ref"]
        if sum(c.isdigit() for c in ref) >= 4:
            return ref.upper(), blank(text, match.start("ref"), match.end("ref"))
    return None, text


_WORD_CHARS = r"0-9a-z\u0900-\u097f\u0b80-\u0bff"
RIGHT_BOUNDARY = rf"(?![{_WORD_CHARS}])"
_VIRAMA_TA, _U_SIGN_TA = "\u0bcd", "\u0bc1"


def word_alternation(entries: Iterable[str]) -> str:
    """Entries as a regex alternation, longest first, with explicit word boundaries.

    A Tamil-script entry may carry a glued suffix; one ending in a virama or the
    vowel sign u may have that sign replaced by the suffix's vowel.
    """
    parts = []
    for entry in sorted({normalise_text(e).strip() for e in entries}, key=len, reverse=True):
        if not entry:
            continue
        escaped = re.escape(entry).replace(r"\ ", r"\s+")
        if "\u0b80" <= entry[-1] <= "\u0bff":
            if len(entry) >= 3 and entry[-1] in (_VIRAMA_TA, _U_SIGN_TA):
                stem = re.escape(entry[:-1]).replace(r"\ ", r"\s+")
                parts.append(stem + rf"(?:{re.escape(entry[-1])}|[\u0bbe-\u0bcd])[\u0b80-\u0bff]*")
            else:
                parts.append(escaped + r"[\u0b80-\u0bff]*")
        else:
            parts.append(escaped + RIGHT_BOUNDARY)
    return "(?:" + "|".join(parts) + ")"
