"""Festival days on which a payment reminder must not go out.

docs/messaging.md "Messaging rules": reminders wait for the next allowed slot on
festival days. A dunning message on Diwali, Eid or Pongal is rude, and on a
public holiday it lands in a closed office. The calendar ships as
``tools/data/festivals.csv``, one row per festival and day::

    date,name,regions,confidence,source_note
    2026-11-08,Diwali (Deepavali),ALL,listed,central government list 2026
    2026-01-15,Mattu Pongal / Thiruvalluvar Day,TN,listed,TN government list 2026

``regions`` is ``ALL`` (every buyer: the central government's gazetted
holidays) or region codes separated by ``;`` (:data:`REGION_CODES`, the
two-letter state and UT abbreviations; :func:`tools.sending_window.state_code_region`
maps a GSTIN's state code to them). ``confidence`` says how sure the date is:
``fixed`` (Gregorian or Easter-based), ``listed`` (as published in that year's
government list) or ``estimated`` (a lunar or moon-sighting date computed
ahead of any list: it may move by a day). An operator appends rows or points
the product at their own copy of the file; no code changes.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Literal

from tools.dates import parse_iso_date
from tools.errors import InputError

__all__ = [
    "ALL_REGIONS",
    "CONFIDENCE_LEVELS",
    "DEFAULT_FESTIVAL_FILE",
    "REGION_CODES",
    "Confidence",
    "Festival",
    "FestivalCalendar",
    "normalise_region",
]

DEFAULT_FESTIVAL_FILE = Path(__file__).resolve().parent / "data" / "festivals.csv"
#: The ``regions`` value of a festival that applies to every buyer.
ALL_REGIONS = "ALL"

#: State and union-territory codes a festival row may name (the same two-letter
#: abbreviations the python-holidays package uses for India's subdivisions).
REGION_CODES: frozenset[str] = frozenset({
    "AN", "AP", "AR", "AS", "BR", "CG", "CH", "DH", "DL", "GA", "GJ", "HP", "HR", "JH",
    "JK", "KA", "KL", "LA", "LD", "MH", "ML", "MN", "MP", "MZ", "NL", "OD", "PB", "PY",
    "RJ", "SK", "TN", "TR", "TS", "UK", "UP", "WB",
})

Confidence = Literal["fixed", "listed", "estimated"]
CONFIDENCE_LEVELS: tuple[Confidence, ...] = ("fixed", "listed", "estimated")
# An operator's own row may leave the confidence empty: it comes from their list.
_DEFAULT_CONFIDENCE: Confidence = "listed"

_FIELD = "festival_calendar"
_DATE, _NAME, _REGIONS, _CONFIDENCE, _NOTE = "date", "name", "regions", "confidence", "source_note"
_EXPECTED_HEADER = f"{_DATE},{_NAME},{_REGIONS},{_CONFIDENCE},{_NOTE}"


def normalise_region(region: str | None) -> str | None:
    """A region code in upper case (``tn`` -> ``TN``), or None for "unknown region".

    A code that is not in :data:`REGION_CODES` raises ValueError: a caller that
    passes a state name ("Tamil Nadu") or a GSTIN state code ("33") has a bug;
    map state codes with :func:`tools.sending_window.state_code_region`.
    """
    if region is None:
        return None
    code = region.strip().upper()
    if code not in REGION_CODES:
        raise ValueError(f"unknown region code {region!r}: expected one of {sorted(REGION_CODES)}")
    return code


@dataclass(frozen=True)
class Festival:
    """One festival day: when, what, for which buyers, and how sure the date is."""

    day: date
    name: str
    regions: frozenset[str]
    confidence: Confidence = "fixed"
    source_note: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError(f"the festival on {self.day} has no name")
        if not self.regions:
            raise ValueError(f"{self.name} on {self.day} names no region")
        if ALL_REGIONS in self.regions and len(self.regions) > 1:
            raise ValueError(f"{self.name} on {self.day}: ALL cannot be combined with regions")
        unknown = self.regions - REGION_CODES - {ALL_REGIONS}
        if unknown:
            raise ValueError(f"{self.name} on {self.day}: unknown regions {sorted(unknown)}")
        if self.confidence not in CONFIDENCE_LEVELS:
            raise ValueError(f"{self.name} on {self.day}: unknown confidence {self.confidence!r}")

    @property
    def all_india(self) -> bool:
        """True when the day is kept for every buyer (``regions`` is ``ALL``)."""
        return ALL_REGIONS in self.regions

    def applies_to(self, region: str | None) -> bool:
        """Whether a buyer in ``region`` (a code, or None when unknown) keeps this day.

        An all-India festival applies to everyone, a regional one only to
        buyers known to be in one of its regions.
        """
        code = normalise_region(region)
        return self.all_india or (code is not None and code in self.regions)


@dataclass(frozen=True)
class FestivalCalendar:
    """Festival days, looked up by date and the buyer's region. Pure: no clock, no I/O.

    Build it with :meth:`load` (the shipped CSV or an operator's file) or
    directly from :class:`Festival` values (tests, merged calendars).
    """

    festivals: tuple[Festival, ...]

    def __post_init__(self) -> None:
        seen: set[tuple[date, str]] = set()
        for festival in self.festivals:
            key = (festival.day, festival.name.casefold())
            if key in seen:
                raise ValueError(f"{festival.name} on {festival.day} is listed twice")
            seen.add(key)

    @cached_property
    def _by_day(self) -> Mapping[date, tuple[Festival, ...]]:
        index: defaultdict[date, list[Festival]] = defaultdict(list)
        for festival in self.festivals:
            index[festival.day].append(festival)
        return {day: tuple(found) for day, found in index.items()}

    @classmethod
    def load(cls, path: Path | None = None) -> FestivalCalendar:
        """The calendar in a CSV file (default: the shipped ``tools/data/festivals.csv``).

        The header names at least ``date``, ``name`` and ``regions``
        (``confidence`` and ``source_note`` are optional columns; other
        columns are ignored). Blank lines and lines starting with ``#`` are
        skipped. Each row: an ISO date, a name, ``ALL`` or ``;``-separated
        region codes, and a confidence (``fixed``, ``listed`` or
        ``estimated``; empty means ``listed``). Rows may come in any order; the
        same festival twice on one day is an error. Problems raise
        :class:`InputError` on field ``festival_calendar`` naming the file and
        line: rules ``festival-file-unreadable``, ``festival-file-header``,
        ``festival-file-date``, ``festival-file-name``, ``festival-file-regions``,
        ``festival-file-confidence``, ``festival-file-duplicate`` and
        ``festival-file-empty``.
        """
        source = path or DEFAULT_FESTIVAL_FILE
        shown = str(source)
        try:
            text = source.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            raise InputError(_FIELD, "festival-file-unreadable", path=shown) from None
        rows = [(number, line) for number, line in enumerate(text.splitlines(), start=1)
                if line.strip() and not line.lstrip().startswith("#")]
        if not rows:
            raise InputError(_FIELD, "festival-file-empty", path=shown)
        header = [name.strip().lower() for name in _cells(rows[0][1])]
        if not {_DATE, _NAME, _REGIONS} <= set(header):
            raise InputError(_FIELD, "festival-file-header", path=shown,
                             expected=_EXPECTED_HEADER)
        column = {name: index for index, name in enumerate(header)}
        festivals: list[Festival] = []
        seen: set[tuple[date, str]] = set()
        for number, line in rows[1:]:
            cells = _cells(line)
            festival = Festival(
                day=_row_date(_cell(cells, column, _DATE), shown, number),
                name=_row_name(_cell(cells, column, _NAME), shown, number),
                regions=_row_regions(_cell(cells, column, _REGIONS), shown, number),
                confidence=_row_confidence(_cell(cells, column, _CONFIDENCE), shown, number),
                source_note=_cell(cells, column, _NOTE),
            )
            key = (festival.day, festival.name.casefold())
            if key in seen:
                raise InputError(_FIELD, "festival-file-duplicate", path=shown, line=number,
                                 value=festival.day.isoformat(), name=festival.name)
            seen.add(key)
            festivals.append(festival)
        if not festivals:
            raise InputError(_FIELD, "festival-file-empty", path=shown)
        festivals.sort(key=lambda f: (f.day, not f.all_india))
        return cls(tuple(festivals))

    def festivals_on(self, day: date, region: str | None) -> tuple[Festival, ...]:
        """Every festival on ``day`` that a buyer in ``region`` keeps (see :meth:`is_festival`)."""
        code = normalise_region(region)
        return tuple(f for f in self._by_day.get(day, ()) if f.applies_to(code))

    def is_festival(self, day: date, region: str | None) -> str | None:
        """The name of a festival on ``day`` for a buyer in ``region``, or None.

        ``day`` is a calendar day in India. ``region`` is a code from
        :data:`REGION_CODES` (any case) or None when the buyer's state is not
        known: then only all-India (``ALL``) days count. With several
        festivals on one day, an all-India one is named first. An unknown
        region code raises ValueError.
        """
        found = self.festivals_on(day, region)
        return found[0].name if found else None

    @property
    def first_day(self) -> date | None:
        """The earliest festival listed (None for an empty calendar)."""
        return min(self._by_day) if self._by_day else None

    @property
    def last_day(self) -> date | None:
        """The latest festival listed: after it the calendar knows no festivals.

        Callers scheduling beyond it should warn the operator to extend the file.
        """
        return max(self._by_day) if self._by_day else None

    def uncertain(self) -> tuple[Festival, ...]:
        """The festivals whose date is ``estimated``, to check against official lists."""
        return tuple(f for f in self.festivals if f.confidence == "estimated")


def _cells(line: str) -> list[str]:
    return next(csv.reader([line]))


def _cell(cells: list[str], column: Mapping[str, int], name: str) -> str:
    index = column.get(name)
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _row_date(text: str, path: str, line: int) -> date:
    try:
        return parse_iso_date(text, _DATE)
    except InputError:
        raise InputError(_FIELD, "festival-file-date", path=path, line=line, value=text) from None


def _row_name(text: str, path: str, line: int) -> str:
    if not text:
        raise InputError(_FIELD, "festival-file-name", path=path, line=line)
    return text


def _row_regions(text: str, path: str, line: int) -> frozenset[str]:
    codes = frozenset(part.strip().upper() for part in text.split(";") if part.strip())
    valid = codes == {ALL_REGIONS} or (bool(codes) and codes <= REGION_CODES)
    if not valid:
        raise InputError(_FIELD, "festival-file-regions", path=path, line=line, value=text)
    return codes


def _row_confidence(text: str, path: str, line: int) -> Confidence:
    value = text.lower() or _DEFAULT_CONFIDENCE
    for level in CONFIDENCE_LEVELS:
        if value == level:
            return level
    raise InputError(_FIELD, "festival-file-confidence", path=path, line=line, value=text,
                     expected=", ".join(CONFIDENCE_LEVELS))
