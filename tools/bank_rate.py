"""The RBI Bank Rate over time: the base of Section 16 interest.

MSMED Act 2006 s.16 sets interest on a late payment at three times "the Bank
Rate notified by the Reserve Bank of India". The history ships as
``tools/data/rbi_bank_rate.csv`` (docs/legal-conventions.md "RBI Bank Rate history"): one row
per change, ``effective_from,bank_rate_percent,note``. An operator appends a
row when the RBI changes the rate; no code changes. Rates are percentages
(``5.50`` means 5.50% a year) and always :class:`~decimal.Decimal`.
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cached_property
from pathlib import Path

from tools.dates import parse_iso_date
from tools.errors import InputError

__all__ = ["DEFAULT_BANK_RATE_FILE", "BankRateTable", "constant_rate", "load_bank_rates"]

DEFAULT_BANK_RATE_FILE = Path(__file__).resolve().parent / "data" / "rbi_bank_rate.csv"
_DATE_COLUMN = "effective_from"
_RATE_COLUMN = "bank_rate_percent"
# A rate outside (0, 100) percent is a typo (550 for 5.50), not a Bank Rate.
_MAX_RATE = Decimal(100)


@dataclass(frozen=True)
class BankRateTable:
    """Bank Rate changes as ``(effective_from, percent)`` pairs, oldest first.

    Each rate is in force from its date until the day before the next entry's
    date. Constructing a table that is empty, unsorted, has a repeated date or
    a rate that is not a positive finite percentage raises ValueError (a
    programming error; files are checked by :func:`load_bank_rates`, which
    names the line).
    """

    entries: tuple[tuple[date, Decimal], ...]

    def __post_init__(self) -> None:
        if not self.entries:
            raise ValueError("a bank-rate table needs at least one entry")
        for (earlier, _), (later, _) in zip(self.entries, self.entries[1:], strict=False):
            if later <= earlier:
                raise ValueError(f"bank-rate dates must increase: {earlier} then {later}")
        for day, rate in self.entries:
            if not isinstance(rate, Decimal) or not rate.is_finite() or not 0 < rate < _MAX_RATE:
                raise ValueError(f"bank rate on {day} is not a percentage in (0, 100): {rate!r}")

    @cached_property
    def _days(self) -> tuple[date, ...]:
        return tuple(day for day, _ in self.entries)

    @property
    def first_day(self) -> date:
        """The first day for which the table knows the rate."""
        return self.entries[0][0]

    def rate_on(self, day: date) -> Decimal:
        """The Bank Rate (percent a year) in force on ``day``.

        The rate of the latest entry dated on or before ``day``. Before the
        first entry the rate is unknown: :class:`InputError` on field
        ``bank_rate``, rule ``bank-rate-unknown``.
        """
        index = bisect_right(self._days, day)
        if index == 0:
            raise InputError("bank_rate", "bank-rate-unknown", day=day.isoformat(),
                             first_day=self.first_day.isoformat())
        return self.entries[index - 1][1]


def constant_rate(rate: Decimal) -> BankRateTable:
    """A table with one rate for every day, to force a Bank Rate (percent).

    Used when the user or the operator fixes the rate rather than taking it
    from the RBI history. A rate that is not a finite percentage strictly
    between 0 and 100 raises :class:`InputError` (field ``bank_rate``, rule
    ``rate-invalid``).
    """
    if not isinstance(rate, Decimal) or not rate.is_finite() or not 0 < rate < _MAX_RATE:
        raise InputError("bank_rate", "rate-invalid", value=str(rate))
    return BankRateTable(((date.min, rate),))


def load_bank_rates(path: Path | None = None) -> BankRateTable:
    """The Bank Rate history from a CSV file (default: the shipped RBI history).

    The file has a header with ``effective_from`` and ``bank_rate_percent``
    (other columns, such as ``note``, are ignored), then one row per change:
    an ISO date (YYYY-MM-DD) and a percentage greater than 0 and less than 100.
    Dates must strictly increase. Blank lines and lines starting with ``#`` are
    skipped. Any problem raises :class:`InputError` on field ``bank_rate``
    naming the file and line: rules ``bank-rate-file-unreadable``,
    ``bank-rate-file-header``, ``bank-rate-file-date``, ``bank-rate-file-rate``,
    ``bank-rate-file-order`` and ``bank-rate-file-empty``.
    """
    source = path or DEFAULT_BANK_RATE_FILE
    shown = str(source)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise InputError("bank_rate", "bank-rate-file-unreadable", path=shown) from None
    rows = [(number, line) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.lstrip().startswith("#")]
    if not rows:
        raise InputError("bank_rate", "bank-rate-file-empty", path=shown)
    header = [name.strip().lower() for name in _cells(rows[0][1])]
    if _DATE_COLUMN not in header or _RATE_COLUMN not in header:
        raise InputError("bank_rate", "bank-rate-file-header", path=shown,
                         expected=f"{_DATE_COLUMN},{_RATE_COLUMN},note")
    date_at, rate_at = header.index(_DATE_COLUMN), header.index(_RATE_COLUMN)
    entries: list[tuple[date, Decimal]] = []
    for number, line in rows[1:]:
        cells = _cells(line)
        day_text = cells[date_at].strip() if date_at < len(cells) else ""
        rate_text = cells[rate_at].strip() if rate_at < len(cells) else ""
        day = _row_date(day_text, shown, number)
        rate = _row_rate(rate_text, shown, number)
        if entries and day <= entries[-1][0]:
            raise InputError("bank_rate", "bank-rate-file-order", path=shown, line=number,
                             value=day.isoformat(), previous=entries[-1][0].isoformat())
        entries.append((day, rate))
    if not entries:
        raise InputError("bank_rate", "bank-rate-file-empty", path=shown)
    return BankRateTable(tuple(entries))


def _cells(line: str) -> list[str]:
    return next(csv.reader([line]))


def _row_date(text: str, path: str, line: int) -> date:
    try:
        return parse_iso_date(text, _DATE_COLUMN)
    except InputError:
        raise InputError("bank_rate", "bank-rate-file-date", path=path, line=line,
                         value=text) from None


def _row_rate(text: str, path: str, line: int) -> Decimal:
    try:
        rate = Decimal(text)
    except InvalidOperation:
        rate = Decimal("NaN")
    if not rate.is_finite() or not 0 < rate < _MAX_RATE:
        raise InputError("bank_rate", "bank-rate-file-rate", path=path, line=line, value=text)
    return rate
