"""The RBI Bank Rate table: the shipped history, lookups by day, and checked CSV files."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prompts import LANGUAGES
from tools.bank_rate import (
    DEFAULT_BANK_RATE_FILE,
    BankRateTable,
    constant_rate,
    load_bank_rates,
)
from tools.errors import InputError

# docs/legal-conventions.md "RBI Bank Rate history", copied by hand.
DOMAIN_HISTORY = [
    ("2018-08-01", "6.75"), ("2019-02-07", "6.50"), ("2019-04-04", "6.25"),
    ("2019-06-06", "6.00"), ("2019-08-07", "5.65"), ("2019-10-04", "5.40"),
    ("2020-03-27", "4.65"), ("2020-05-22", "4.25"), ("2022-05-04", "4.65"),
    ("2022-06-08", "5.15"), ("2022-08-05", "5.65"), ("2022-09-30", "6.15"),
    ("2022-12-07", "6.50"), ("2023-02-08", "6.75"), ("2025-02-07", "6.50"),
    ("2025-04-09", "6.25"), ("2025-06-06", "5.75"), ("2025-12-05", "5.50"),
]
SCRIPTS = {"hi": r"[\u0900-\u097F]", "ta": r"[\u0B80-\u0BFF]", "en": r"[A-Za-z]"}


def _assert_renders_everywhere(error: InputError) -> None:
    for language in LANGUAGES:
        assert re.search(SCRIPTS[language], error.render(language))


def test_the_shipped_table_is_the_domain_history() -> None:
    table = load_bank_rates()
    assert table.entries == tuple((date.fromisoformat(d), Decimal(r)) for d, r in DOMAIN_HISTORY)
    assert load_bank_rates(DEFAULT_BANK_RATE_FILE) == table


@pytest.mark.parametrize(("effective", "rate"), DOMAIN_HISTORY)
def test_each_rate_applies_from_its_date_and_the_previous_one_the_day_before(
        effective: str, rate: str) -> None:
    table = load_bank_rates()
    day = date.fromisoformat(effective)
    assert table.rate_on(day) == Decimal(rate)
    index = [d for d, _ in DOMAIN_HISTORY].index(effective)
    if index:
        assert table.rate_on(day - timedelta(days=1)) == Decimal(DOMAIN_HISTORY[index - 1][1])


def test_the_last_rate_holds_until_the_table_is_extended() -> None:
    assert load_bank_rates().rate_on(date(2026, 6, 30)) == Decimal("5.50")


def test_a_day_before_the_first_entry_has_no_known_rate() -> None:
    with pytest.raises(InputError) as raised:
        load_bank_rates().rate_on(date(2018, 7, 31))
    error = raised.value
    assert (error.field, error.rule) == ("bank_rate", "bank-rate-unknown")
    assert "2018-07-31" in error.render("en") and "2018-08-01" in error.render("en")
    _assert_renders_everywhere(error)


@settings(deadline=None)
@given(st.dates(min_value=date(2018, 8, 1), max_value=date(2030, 12, 31)))
def test_rate_on_is_the_latest_entry_on_or_before_the_day(day: date) -> None:
    table = load_bank_rates()
    expected = [r for d, r in table.entries if d <= day][-1]
    assert table.rate_on(day) == expected


@settings(deadline=None)
@given(st.dates(), st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99.99"), places=2))
def test_a_constant_table_gives_its_rate_on_every_day(day: date, rate: Decimal) -> None:
    assert constant_rate(rate).rate_on(day) == rate


@pytest.mark.parametrize("rate", ["0", "-1", "100", "550", "NaN", "Infinity"])
def test_a_constant_rate_must_be_a_percentage_between_0_and_100(rate: str) -> None:
    with pytest.raises(InputError) as raised:
        constant_rate(Decimal(rate))
    assert (raised.value.field, raised.value.rule) == ("bank_rate", "rate-invalid")
    _assert_renders_everywhere(raised.value)


def test_an_operator_extends_the_history_by_appending_a_row(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text(DEFAULT_BANK_RATE_FILE.read_text(encoding="utf-8")
                    + "2026-08-06,5.25,repo 5.00 + 0.25\n", encoding="utf-8")
    table = load_bank_rates(path)
    assert table.rate_on(date(2026, 8, 5)) == Decimal("5.50")
    assert table.rate_on(date(2026, 8, 6)) == Decimal("5.25")


def test_comments_blank_lines_column_order_and_extra_columns_are_accepted(
        tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("# rates\n\nNote,Bank_Rate_Percent,Effective_From,source\n"
                    "first,6.00,2020-01-01,x\n\n# a comment\n\"b, c\",7.25,2021-01-01,y\n",
                    encoding="utf-8")
    assert load_bank_rates(path).entries == (
        (date(2020, 1, 1), Decimal("6.00")), (date(2021, 1, 1), Decimal("7.25")))


@pytest.mark.parametrize(("content", "rule", "line"), [
    ("", "bank-rate-file-empty", None),
    ("# only comments\n\n", "bank-rate-file-empty", None),
    ("effective_from,bank_rate_percent,note\n", "bank-rate-file-empty", None),
    ("date,rate\n2020-01-01,6.00\n", "bank-rate-file-header", None),
    ("effective_from,bank_rate_percent\n05/12/2025,5.50\n", "bank-rate-file-date", 2),
    ("effective_from,bank_rate_percent\n2025-13-01,5.50\n", "bank-rate-file-date", 2),
    ("effective_from,bank_rate_percent\n\n2025-12-05\n", "bank-rate-file-rate", 3),
    ("effective_from,bank_rate_percent\n2025-12-05,five\n", "bank-rate-file-rate", 2),
    ("effective_from,bank_rate_percent\n2025-12-05,0\n", "bank-rate-file-rate", 2),
    ("effective_from,bank_rate_percent\n2025-12-05,-5.5\n", "bank-rate-file-rate", 2),
    ("effective_from,bank_rate_percent\n2025-12-05,550\n", "bank-rate-file-rate", 2),
    ("effective_from,bank_rate_percent\n2025-12-05,NaN\n", "bank-rate-file-rate", 2),
    ("effective_from,bank_rate_percent\n2025-12-05,5.50\n2025-06-06,5.75\n",
     "bank-rate-file-order", 3),
    ("effective_from,bank_rate_percent\n2025-12-05,5.50\n2025-12-05,5.25\n",
     "bank-rate-file-order", 3),
])
def test_a_bad_file_names_the_rule_and_the_line(tmp_path: Path, content: str, rule: str,
                                                line: int | None) -> None:
    path = tmp_path / "rates.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_bank_rates(path)
    error = raised.value
    assert (error.field, error.rule) == ("bank_rate", rule)
    assert error.params["path"] == str(path)
    assert error.params.get("line") == line
    _assert_renders_everywhere(error)


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        load_bank_rates(tmp_path / "nope.csv")
    assert raised.value.rule == "bank-rate-file-unreadable"
    _assert_renders_everywhere(raised.value)


@pytest.mark.parametrize("entries", [
    (),
    ((date(2020, 1, 2), Decimal("5")), (date(2020, 1, 1), Decimal("6"))),
    ((date(2020, 1, 1), Decimal("5")), (date(2020, 1, 1), Decimal("6"))),
    ((date(2020, 1, 1), Decimal("0")),),
])
def test_a_table_built_in_code_must_be_sorted_unique_and_positive(
        entries: tuple[tuple[date, Decimal], ...]) -> None:
    with pytest.raises(ValueError):
        BankRateTable(entries)
