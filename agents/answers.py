"""Reading the short answers people give inside a flow: yes/no, skip, none, same, 1/2/3."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import yaml

_WORDS_FILE = Path(__file__).with_name("answer_words.yaml")
_PUNCTUATION = re.compile(r"[\s.,!?;:'\"()\[\]{}।]+")


def normalise(text: str) -> str:
    """NFC, lower case, punctuation to single spaces (combining marks are kept)."""
    text = unicodedata.normalize("NFC", text).lower()
    return _PUNCTUATION.sub(" ", text).strip()


@cache
def _words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(_WORDS_FILE.read_text(encoding="utf-8"))
    return {kind: frozenset(normalise(str(w)) for w in words) for kind, words in data.items()}


def _is(kind: str, text: str) -> bool:
    return normalise(text) in _words()[kind]


def is_goodbye(text: str) -> bool:
    """Whether a caller is ending the call ("bye", "bas itna hi", "நன்றி")."""
    return _is("goodbye", text.strip().rstrip(".!"))


def yes_no(text: str) -> bool | None:
    """True for yes, False for no, None when it is neither."""
    if _is("yes", text) or normalise(text) == "1":
        return True
    if _is("no", text) or normalise(text) == "2":
        return False
    return None


def is_skip(text: str) -> bool:
    return _is("skip", text)


def is_none(text: str) -> bool:
    return _is("none", text)


def is_same(text: str) -> bool:
    return _is("same", text)


def choice(text: str, options: dict[str, tuple[str, ...]]) -> str | None:
    """The option whose number (1-based, in order) or one of whose words the text is."""
    answer = normalise(text)
    for index, (key, words) in enumerate(options.items(), start=1):
        if answer == str(index) or answer in {normalise(w) for w in words}:
            return key
    return None


def approval_answer(text: str) -> tuple[str | None, int | None]:
    """The answer to "APPROVE, EDIT or CANCEL?": ("approve" | "edit" | "cancel" | None,
    a number of days given with it, as in "EDIT 10 days", or None). A bare yes approves,
    a bare no cancels."""
    answer = normalise(text)
    days = re.search(r"\b(\d{1,3})\b", answer)
    number = int(days.group(1)) if days else None
    words = _words()
    for kind in ("approve", "edit", "cancel"):
        if answer in words[kind] or any(answer.startswith(w + " ") for w in words[kind]):
            return kind, number
    found = None if answer.isdigit() else yes_no(text)  # "1", "2": days, not choices
    return ("approve" if found else "cancel" if found is False else None), number
