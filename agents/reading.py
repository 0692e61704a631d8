"""The reading core of the deterministic readers: words, scripts, languages and cue phrases.

Two readers turn messages into decisions without an LLM: the retailer-command
router (:mod:`agents.retailer_commands`) and the buyer-reply reader
(:mod:`agents.buyer_replies`). They decide different things, but they read
text the same way, and that way lives here:

* **Words** (:func:`word_pattern`): Latin letters and digits, or Devanagari and
  Tamil letters *with* their vowel signs and viramas (``\\w`` drops those, so
  ``\\b`` would split ``क्या`` or ``ஸ்ரீ``); dandas end a word; an apostrophe
  may end or continue a Latin word (``i'll``, ``stores'``). Regex boundaries
  are explicit character classes (:data:`LEFT`, :data:`RIGHT`).
* **Lexicon** (:func:`load_lexicon`): a reader's YAML word lists, normalised
  like the message (:func:`tools.date_phrases.normalise_text`): language
  markers, cue phrases by group, chat respellings (``kr`` -> ``kar``) and the
  words that are known but cue nothing. The YAML holds the data; the reader
  keeps only its decisions.
* **Matching** (:meth:`Vocabulary.match`): a word is a lexicon word exactly;
  or, in Tamil script, a lexicon word with a suffix glued on (``தமிழுக்கு`` is
  ``தமிழ்``; a final virama or vowel sign u may give way to the suffix's
  vowel); or ``x's``/``x'`` is ``x``; or, romanised with 5+ letters, the
  closest lexicon word by difflib ratio at the reader's cut-off (``pendng`` ->
  ``pending``).
* **Cue spans** (:meth:`Cues.spans`): where each phrase of each cue group
  matches the words, its words in order with at most ``gap`` words between.
* **Language** (:func:`choose_language`): script first, then the reader's
  marker counts, then the hint.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

import yaml

from tools.date_phrases import normalise_text

__all__ = [
    "LANGUAGES",
    "LEFT",
    "RIGHT",
    "WORD_CHARS",
    "Cues",
    "Language",
    "Lexicon",
    "ReaderLexicon",
    "Vocabulary",
    "Word",
    "choose_language",
    "is_devanagari",
    "is_tamil",
    "language_code",
    "load_lexicon",
    "read_words",
    "strings",
    "tamil_stem_matches",
    "word_alternation",
    "word_pattern",
]

#: English contractions typed without the apostrophe ("who hasnt paid"), read in messages
#: as the two words they stand for, by both readers.
ENGLISH_CONTRACTIONS: Mapping[str, str] = {
    "hasnt": "has not", "havent": "have not", "hadnt": "had not", "didnt": "did not",
    "dont": "do not", "doesnt": "does not", "isnt": "is not", "arent": "are not",
    "wasnt": "was not", "werent": "were not", "wont": "will not", "cant": "can not",
    "couldnt": "could not", "shouldnt": "should not", "wouldnt": "would not"}
_CONTRACTED: Mapping[str, tuple[str, ...]] = {
    k: tuple(v.split()) for k, v in ENGLISH_CONTRACTIONS.items()}
#: The readers' static view of :class:`prompts.Language` (a test keeps the two equal).
Language = Literal["ta", "hi", "en"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
_LANGUAGE_CODES: Mapping[str, Language] = {code: code for code in LANGUAGES}

# --- scripts and words -------------------------------------------------------------------

_VIRAMA_TA = "\u0bcd"
_U_SIGN_TA = "\u0bc1"
#: Characters that continue a word: a match must not start or end beside one.
WORD_CHARS = r"0-9a-z\u0900-\u097f\u0b80-\u0bff"
LEFT = rf"(?<![{WORD_CHARS}])"
RIGHT = rf"(?![{WORD_CHARS}])"
_WORD_BODY = r"[0-9a-z\u0900-\u0963\u0966-\u097f\u0b80-\u0bff]+(?:'[a-z]*)?"


def is_tamil(char: str) -> bool:
    return "\u0b80" <= char <= "\u0bff"


def is_devanagari(char: str) -> bool:
    return "\u0900" <= char <= "\u097f"


def word_pattern(symbols: str = "") -> re.Pattern[str]:
    """The words of a normalised message; each character of ``symbols`` (``#&``) is a word too."""
    if not symbols:
        return re.compile(_WORD_BODY)
    return re.compile(rf"{_WORD_BODY}|[{re.escape(symbols)}]")


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
        if is_tamil(entry[-1]):
            if len(entry) >= 3 and entry[-1] in (_VIRAMA_TA, _U_SIGN_TA):
                stem = re.escape(entry[:-1]).replace(r"\ ", r"\s+")
                parts.append(stem + rf"(?:{re.escape(entry[-1])}|[\u0bbe-\u0bcd])[\u0b80-\u0bff]*")
            else:
                parts.append(escaped + r"[\u0b80-\u0bff]*")
        else:
            parts.append(escaped + RIGHT)
    return "(?:" + "|".join(parts) + ")"


def tamil_stem_matches(word: str, entry: str) -> bool:
    """``word`` is the Tamil ``entry`` with a suffix glued on (or the entry itself)."""
    if word.startswith(entry):
        return True
    return (len(entry) >= 3 and entry[-1] in (_VIRAMA_TA, _U_SIGN_TA)
            and word.startswith(entry[:-1]) and len(word) >= len(entry)
            and "\u0bbe" <= word[len(entry) - 1] <= "\u0bcd")


# --- the vocabulary ----------------------------------------------------------------------

@dataclass(frozen=True)
class Vocabulary:
    """The words a lexicon knows, and how an unknown word is matched to them.

    ``fuzzy_pool`` holds the romanised words a typo may be read as (a reader
    may keep names out: "Sharma" is no typo of "pharma"); ``fuzzy_cutoff`` is
    the difflib ratio a typo needs.
    """

    words: frozenset[str]
    fuzzy_pool: tuple[str, ...]
    fuzzy_cutoff: float
    tamil: tuple[str, ...] = field(init=False)
    _cached: Callable[[str], tuple[frozenset[str], bool]] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tamil", tuple(sorted(
            (w for w in self.words if is_tamil(w[0])), key=len, reverse=True)))
        object.__setattr__(self, "_cached", lru_cache(maxsize=8192)(self._match))

    def match(self, word: str) -> tuple[frozenset[str], bool]:
        """The lexicon words ``word`` is, and whether they were found by a fuzzy match.

        Rule: exact; ``x's``/``x'`` as ``x``; Tamil stem + glued suffix; or, for
        a romanised word of 5+ letters, the closest word of the fuzzy pool
        whose length differs by at most 2.
        """
        return self._cached(word)

    def _match(self, word: str) -> tuple[frozenset[str], bool]:
        if word in self.words:
            return frozenset({word}), False
        if word.endswith("'"):
            return self.match(word[:-1]) if len(word) > 1 else (frozenset(), False)
        if word.endswith("'s"):
            return self.match(word[:-2]) if len(word) > 2 else (frozenset(), False)
        if is_tamil(word[0]):
            return frozenset(e for e in self.tamil
                             if len(e) >= 3 and tamil_stem_matches(word, e)), False
        if word.isascii() and word.isalpha() and len(word) >= 5:
            pool = [w for w in self.fuzzy_pool if abs(len(w) - len(word)) <= 2]
            close = difflib.get_close_matches(word, pool, n=1, cutoff=self.fuzzy_cutoff)
            return frozenset(close), bool(close)
        return frozenset(), False


@dataclass(frozen=True)
class Word:
    """One word of a message: as normalised (and respelled), where it stands, what it is."""

    text: str
    start: int  # in the normalised text; a respelled word's parts share its span
    end: int
    capitalised: bool  # as typed: Latin with a capital first letter
    matches: frozenset[str]  # the lexicon words it is (exact, Tamil stem or fuzzy)
    fuzzy: bool


# --- cue phrases -------------------------------------------------------------------------

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Cues:
    """Cue phrases by group (``paid``, ``pending``...), as word tuples."""

    phrases: Mapping[str, tuple[Phrase, ...]]

    @cached_property
    def by_first_word(self) -> Mapping[str, tuple[tuple[str, Phrase], ...]]:
        index: dict[str, list[tuple[str, Phrase]]] = {}
        for group, phrases in self.phrases.items():
            for phrase in set(phrases):
                index.setdefault(phrase[0], []).append((group, phrase))
        return {word: tuple(entries) for word, entries in index.items()}

    @cached_property
    def _words(self) -> Mapping[str, frozenset[str]]:
        return {group: frozenset(w for p in phrases for w in p)
                for group, phrases in self.phrases.items()}

    def words(self, *groups: str) -> frozenset[str]:
        """Every word of every phrase of ``groups``."""
        return frozenset().union(*(self._words[group] for group in groups))

    def spans(self, words: Sequence[Word], gap: int = 0,
              adjacent: frozenset[str] = frozenset()) -> dict[str, list[tuple[int, int]]]:
        """For each group, the (start, end) word spans where one of its phrases matches:
        its words in order, with at most ``gap`` other words between consecutive ones
        (none in the ``adjacent`` groups)."""
        found: dict[str, list[tuple[int, int]]] = {name: [] for name in self.phrases}
        for i, word in enumerate(words):
            for first in word.matches:
                for group, phrase in self.by_first_word.get(first, ()):
                    end = _phrase_end(words, i, phrase, 0 if group in adjacent else gap)
                    if end is not None:
                        found[group].append((i, end))
        return found


def _phrase_end(words: Sequence[Word], start: int, phrase: Phrase, gap: int) -> int | None:
    """Where ``phrase`` (its first word at ``start``) ends, with up to ``gap`` words between."""
    position = start
    for part in phrase[1:]:
        for j in range(position + 1, min(position + 2 + gap, len(words))):
            if part in words[j].matches:
                position = j
                break
        else:
            return None
    return position + 1


# --- the lexicon -------------------------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    """What both readers take from their YAML: words, markers, cues, respellings.

    ``raw`` is the YAML as loaded, for the sections only one reader has.
    """

    path: Path
    raw: Mapping[str, Any]
    tokens: re.Pattern[str]
    spellings: Mapping[str, Phrase]
    markers: Mapping[str, frozenset[str]]
    cues: Cues
    vocabulary: Vocabulary

    def strings(self, *keys: object) -> list[str]:
        """The list of strings at ``keys`` (several for a nested list: "cues", "paid")."""
        value: Any = self.raw
        for key in keys:
            value = value[key]
        return strings(value, ".".join(map(str, keys)), self.path)

    def phrase(self, entry: str) -> Phrase:
        """``entry`` normalised, respelled and split into words (itself when it has none)."""
        normal = normalise_text(entry)
        words = tuple(part for w in self.tokens.findall(normal)
                      for part in self.spellings.get(w, (w,)))
        return words or (normal.strip(),)

    def phrases(self, *keys: object) -> tuple[Phrase, ...]:
        """The entries of the list at ``keys``, as phrases."""
        return tuple(self.phrase(entry) for entry in self.strings(*keys))

    def words_of(self, *lists: str) -> frozenset[str]:
        """Every word of every entry of the top-level ``lists``."""
        return frozenset(w for key in lists for p in self.phrases(key) for w in p)

    def respell(self, text: str) -> str:
        """``text`` with chat spellings replaced ("kl" -> "kal"), for the date reader."""
        return self.tokens.sub(
            lambda m: " ".join(self.spellings.get(m.group(), (m.group(),))), text)

    def read(self, normal: str, cased: str | None = None) -> tuple[Word, ...]:
        """The words of ``normal`` (see :func:`read_words`)."""
        return read_words(normal, self, cased)


@dataclass(frozen=True)
class ReaderLexicon:
    """A reader's own lexicon: the shared part (``core``) and, in subclasses, the lists
    and patterns only that reader uses."""

    core: Lexicon

    @property
    def cues(self) -> Cues:
        return self.core.cues

    def read(self, normal: str, cased: str | None = None) -> tuple[Word, ...]:
        return self.core.read(normal, cased)


def strings(value: object, where: str, path: Path) -> list[str]:
    """A list of strings from a lexicon; YAML reads a bare ``no`` or ``on`` as a boolean."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{path.name}: {where}: expected a list of strings (quote no/on/yes)")
    return value


def load_lexicon(path: Path, *, symbols: str = "", fuzzy_cutoff: float,
                 known: Callable[[Lexicon], Iterable[str]] = lambda _: (),
                 not_fuzzy: Callable[[Lexicon], Iterable[str]] = lambda _: ()) -> Lexicon:
    """Load a reader's YAML: ``language_markers`` (hi, ta, en), ``cues`` (group -> phrases)
    and ``spellings`` (optional: typed word -> the word(s) it stands for).

    The vocabulary is every word of those, plus what ``known`` lists from the
    reader's own sections; ``not_fuzzy`` words are never the result of a fuzzy
    match. Symbol words (``#``, ``&``) are not vocabulary.
    """
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    tokens = word_pattern(symbols)
    spellings = {normalise_text(str(k)): tuple(tokens.findall(normalise_text(str(v))))
                 for k, v in (raw.get("spellings") or {}).items()}
    draft = Lexicon(path, raw, tokens, spellings, {}, Cues({}),
                    Vocabulary(frozenset(), (), fuzzy_cutoff))
    markers = {lang: frozenset(w for p in draft.phrases("language_markers", lang) for w in p)
               for lang in raw["language_markers"]}
    cues = Cues({name: draft.phrases("cues", name) for name in raw["cues"]})
    listed = {w for phrases in cues.phrases.values() for p in phrases for w in p}
    listed.update(*markers.values())
    listed.update(known(draft))
    words = frozenset(w for w in listed if w and w not in symbols)
    excluded = frozenset(not_fuzzy(draft))
    pool = tuple(sorted(w for w in words - excluded if w.isascii() and w.isalpha()))
    return Lexicon(path, raw, tokens, spellings, markers, cues,
                   Vocabulary(words, pool, fuzzy_cutoff))


def read_words(normal: str, lexicon: Lexicon, cased: str | None = None) -> tuple[Word, ...]:
    """The words of the normalised ``normal``, respelled and matched to ``lexicon``.

    ``cased`` is the same text normalised without lower-casing, to tell which
    romanised words were typed with a capital (a name).
    """
    aligned = cased is not None and len(cased) == len(normal)
    result = []
    for match in lexicon.tokens.finditer(normal):
        typed = match.group()
        first = cased[match.start()] if cased is not None and aligned else typed[0]
        capitalised = first.isascii() and first.isupper()
        # A message's "hasnt" is read as "has not"; the lexicon's own entries stay whole
        # (so a list holding "havent" does not come to hold "have").
        for text in lexicon.spellings.get(typed) or _CONTRACTED.get(typed) or (typed,):
            matches, fuzzy = lexicon.vocabulary.match(text)
            result.append(Word(text, match.start(), match.end(), capitalised, matches, fuzzy))
    return tuple(result)


# --- language ----------------------------------------------------------------------------

def language_code(hint: str | None) -> Language | None:
    """``hi-IN``, ``ta_IN``, ``EN`` -> the language code; anything else -> None."""
    return _LANGUAGE_CODES.get((hint or "").split("-")[0].split("_")[0].lower())


def choose_language(normal: str, hi: int, ta: int, en: int, *, hint: str | None,
                    tie: Language) -> Language:
    """The language to answer a message in.

    Rule: script first (more Devanagari letters than Tamil -> hi, the reverse ->
    ta). Romanised: the reader's Hindi and Tamil evidence (``hi``, ``ta``:
    marker words and the like), the larger wins; a tie goes to the hint when
    it is hi or ta, else to ``tie``. With neither: English evidence (``en``)
    -> en; else the hint; else en.
    """
    devanagari = sum(1 for c in normal if is_devanagari(c) and c.isalpha())
    tamil = sum(1 for c in normal if is_tamil(c) and c.isalpha())
    if devanagari or tamil:
        return "hi" if devanagari > tamil else "ta"
    code = language_code(hint)
    if hi or ta:
        if hi != ta:
            return "hi" if hi > ta else "ta"
        return code if code in ("hi", "ta") else tie
    if en:
        return "en"
    return code or "en"
