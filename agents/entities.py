"""Entity pieces shared by the deterministic readers of retailer and buyer messages.

Entities (references, invoice numbers, amounts, dates) are read from the
normalised text before its words: each span taken is blanked so that later
patterns and the word reader (:mod:`agents.reading`) do not read it again.
"""

from __future__ import annotations

import re


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
