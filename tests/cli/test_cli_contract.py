"""The ``bakaya`` command, run as a user runs it: names, flags, JSON keys, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

BAKAYA = str(Path(sys.executable).with_name("bakaya"))


def bakaya(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    full_env.update(env or {})
    return subprocess.run([BAKAYA, *args], capture_output=True, text=True, env=full_env,
                          timeout=120)


def quote_json(*args: str) -> dict[str, Any]:
    result = bakaya("quote", *args, "--json")
    assert result.returncode == 0, result.stderr
    payload: dict[str, Any] = json.loads(result.stdout)
    return payload


def test_quote_prints_the_contract_keys_with_two_decimal_amounts() -> None:
    q = quote_json("--principal", "100000", "--accepted", "2026-01-01", "--agreed-days", "45",
                   "--bank-rate", "5.5", "--as-of", "2026-05-15")
    for key in ("due_date", "interest_from", "days_overdue", "months_complete", "interest",
                "principal_outstanding", "total_due"):
        assert key in q, key
    assert q["due_date"] == "2026-02-15" and q["interest_from"] == "2026-02-16"
    # 16 Feb to 15 May inclusive: three whole months (add_months(due, 3) <= as-of)
    assert q["days_overdue"] == 89 and q["months_complete"] == 3
    for key in ("interest", "principal_outstanding", "total_due"):
        assert Decimal(q[key]).as_tuple().exponent == -2, q[key]
    assert Decimal(q["total_due"]) == Decimal(q["principal_outstanding"]) + Decimal(q["interest"])


def test_quote_three_complete_months_at_5_5_percent_matches_the_domain_figure() -> None:
    # docs/legal-conventions.md: Rs 1,00,000 overdue 3 months at 16.5% a year -> Rs 4,182.
    q = quote_json("--principal", "100000", "--accepted", "2026-01-01", "--agreed-days", "45",
                   "--bank-rate", "5.5", "--as-of", "2026-05-14", "--complete-months-only")
    assert q["months_complete"] == 2
    q = quote_json("--principal", "100000", "--accepted", "2026-01-01", "--agreed-days", "45",
                   "--bank-rate", "5.50", "--as-of", "2026-05-15", "--complete-months-only")
    assert q["months_complete"] == 3
    expected = (Decimal("100000") * (Decimal("1.01375") ** 3 - 1)).quantize(Decimal("0.01"))
    assert Decimal(q["interest"]) == expected == Decimal("4181.98")
    assert Decimal(q["interest"]).quantize(Decimal("1")) == 4182


def test_quote_partial_month_rules_and_the_convention_they_state() -> None:
    base = ("--principal", "100000", "--accepted", "2026-01-01", "--agreed-days", "45",
            "--bank-rate", "5.5", "--as-of", "2026-05-25")  # 3 rests and 10 of 31 days
    period = quote_json(*base)
    actual = quote_json(*base, "--partial-month", "actual-365")
    ignored = quote_json(*base, "--partial-month", "ignored")
    assert ignored == quote_json(*base, "--complete-months-only")
    balance = Decimal("100000") * Decimal("1.01375") ** 3
    assert Decimal(period["interest"]) == (balance * (1 + Decimal("0.01375") * 10 / 31)
                                           - 100000).quantize(Decimal("0.01"))
    assert Decimal(actual["interest"]) == (balance * (1 + Decimal("0.165") * 10 / 365)
                                           - 100000).quantize(Decimal("0.01"))
    assert Decimal(ignored["interest"]) == Decimal("4181.98")
    assert [(q["convention"]["partial_month"], q["convention"]["day_count"])
            for q in (period, actual, ignored)] == [("pro-rata", "period"),
                                                    ("pro-rata", "actual/365"),
                                                    ("ignored", "period")]
    text = bakaya("quote", *base, "--partial-month", "actual-365").stdout
    assert "annual rate × days ÷ 365" in text


def test_quote_with_payments_and_no_agreement() -> None:
    q = quote_json("--principal", "50000", "--accepted", "2026-03-01", "--as-of", "2026-06-30",
                   "--payment", "2026-04-01:10000", "--payment", "2026-05-01:5000")
    assert q["due_date"] == "2026-03-16" and q["interest_from"] == "2026-03-17"
    assert Decimal(q["principal_outstanding"]) < Decimal("50000")


def test_quote_capped_credit_period_warns() -> None:
    q = quote_json("--principal", "1000", "--accepted", "2026-01-01", "--agreed-days", "90",
                   "--as-of", "2026-01-02")
    assert q["due_date"] == "2026-02-15"
    assert any("45" in json.dumps(a) for a in q["advisories"])


@pytest.mark.parametrize("args, field", [
    (("--principal", "-5", "--accepted", "2026-01-01"), "principal"),
    (("--principal", "0", "--accepted", "2026-01-01"), "principal"),
    (("--principal", "abc", "--accepted", "2026-01-01"), "principal"),
    (("--principal", "100", "--accepted", "2026-13-45"), "accepted"),
    (("--principal", "100", "--accepted", "2026-01-01", "--payment", "2025-12-01:10"),
     "payment"),
    (("--principal", "100", "--accepted", "2026-01-01", "--payment", "2026-02-01:-10"),
     "payment"),
    (("--principal", "100", "--accepted", "2026-01-01", "--payment", "soon"), "payment"),
    (("--principal", "100", "--accepted", "2026-01-01", "--bank-rate", "-1"), "bank_rate"),
    (("--principal", "100", "--accepted", "2026-01-01", "--rate-mode", "sliding"), "rate_mode"),
    (("--principal", "100", "--accepted", "2026-01-01", "--partial-month", "weekly"),
     "partial_month"),
])
def test_quote_bad_input_names_the_field_and_exits_2(args: tuple[str, ...], field: str) -> None:
    result = bakaya("quote", *args, "--as-of", "2026-06-01", "--json")
    assert result.returncode == 2, result.stdout + result.stderr
    error = json.loads(result.stdout)["error"]
    assert error["field"] == field and error["rule"] and error["message"]
    assert "Traceback" not in result.stderr


def test_quote_errors_are_localised() -> None:
    result = bakaya("quote", "--principal", "0", "--accepted", "2026-01-01", "--as-of",
                    "2026-06-01", "--lang", "ta")
    assert result.returncode == 2
    assert any("\u0B80" <= ch <= "\u0BFF" for ch in result.stderr), result.stderr


def test_quote_human_output_uses_indian_grouping() -> None:
    result = bakaya("quote", "--principal", "1234567", "--accepted", "2026-01-01",
                    "--as-of", "2026-01-02", "--lang", "hi")
    assert result.returncode == 0, result.stderr
    assert "₹12,34,567.00" in result.stdout


def test_gstin_reports_each_value() -> None:
    result = bakaya("gstin", "27AAPFU0939F1ZV", "27AAPFU0939F1ZW", "12345", "--json")
    assert result.returncode == 1  # not all valid
    reports = json.loads(result.stdout)
    assert [r["valid"] for r in reports] == [True, False, False]
    for report in reports:
        assert set(report) >= {"gstin", "valid", "reason", "state_code", "pan"}
    assert reports[0]["state_code"] == "27" and reports[0]["pan"] == "AAPFU0939F"
    assert reports[0]["reason"] is None
    assert "check character should be V" in reports[1]["reason"]


def test_gstin_all_valid_exits_0() -> None:
    result = bakaya("gstin", "24AAQCA8719H1ZC", "29AABCR1718E1ZL", "33AAAAR6720M1ZG", "--json")
    assert result.returncode == 0, result.stdout


# -- commands that use the database ---------------------------------------------------------

def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ("retailers", "buyers", "invoices", "payments", "audit_log")}


@pytest.fixture
def book(database_url: str) -> dict[str, str]:
    env = {"DATABASE_URL": database_url}
    steps = [
        ("retailer", "add", "--phone", "98400 12345", "--name", "Lakshmi Textiles",
         "--udyam", "UDYAM-TN-02-0012345", "--udyam-registered", "2024-01-10",
         "--enterprise-type", "micro", "--activity", "manufacturing", "--consent"),
        ("buyer", "add", "--retailer", "+919840012345", "--name", "Ravi Stores",
         "--gstin", "33AAAAR6720M1ZG", "--phone", "9876543210"),
        ("invoice", "add", "--retailer", "9840012345", "--buyer-gstin", "33AAAAR6720M1ZG",
         "--number", "INV-42", "--amount", "1,20,000", "--invoice-date", "2026-10-03",
         "--agreed-days", "30"),
    ]
    for step in steps:
        result = bakaya(*step, "--json", env=env)
        assert result.returncode == 0, result.stdout + result.stderr
    return env


def test_invoice_add_fixes_the_due_date(book: dict[str, str], engine: Engine) -> None:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT due_date, interest_from, principal FROM invoices")).one()
    assert (str(row.due_date), str(row.interest_from), row.principal) == (
        "2026-11-02", "2026-11-03", Decimal("120000.00"))


@pytest.mark.parametrize("args, field", [
    (("invoice", "add", "--retailer", "9840012345", "--buyer-gstin", "33AAAAR6720M1ZH",
      "--number", "INV-43", "--amount", "100", "--invoice-date", "2026-10-03"), "gstin"),
    (("invoice", "add", "--retailer", "9840012345", "--buyer-gstin", "33AAAAR6720M1ZG",
      "--number", "INV-43", "--amount", "0", "--invoice-date", "2026-10-03"), "amount"),
    (("invoice", "add", "--retailer", "9840012345", "--buyer-gstin", "33AAAAR6720M1ZG",
      "--number", "INV-43", "--amount", "100", "--invoice-date", "3rd Oct"), "invoice_date"),
    (("invoice", "add", "--retailer", "9840012345", "--buyer-gstin", "33AAAAR6720M1ZG",
      "--number", "INV-43", "--amount", "100", "--invoice-date", "2026-10-03",
      "--accepted", "2026-10-01"), "accepted_on"),
    (("invoice", "add", "--retailer", "9840012345", "--buyer-gstin", "33AAAAR6720M1ZG",
      "--number", "INV-42", "--amount", "100", "--invoice-date", "2026-10-03"),
     "invoice_number"),
    (("payment", "add", "--retailer", "9840012345", "--invoice", "INV-42", "--date",
      "2026-10-01", "--amount", "100", "--reference", "UTR1", "--today", "2026-11-20"),
     "paid_on"),
    (("payment", "add", "--retailer", "9840012345", "--invoice", "INV-42", "--date",
      "2026-10-10", "--amount", "-100", "--reference", "UTR1", "--today", "2026-11-20"),
     "amount"),
    (("payment", "add", "--retailer", "9840012345", "--invoice", "INV-42", "--date",
      "2026-10-10", "--amount", "100", "--reference", " ", "--today", "2026-11-20"),
     "reference"),
    (("buyer", "add", "--retailer", "9840012345", "--name", "X", "--gstin",
      "27AAPFU0939F1ZW"), "gstin"),
    (("retailer", "add", "--phone", "12345", "--name", "X"), "phone"),
    (("retailer", "add", "--phone", "9840099999", "--name", "X", "--udyam", "UDYAM-XX-1"),
     "udyam_number"),
])
def test_bad_input_names_the_field_and_writes_nothing(book: dict[str, str], engine: Engine,
                                                      args: tuple[str, ...], field: str) -> None:
    before = _counts(engine)
    result = bakaya(*args, "--json", env=book)
    assert result.returncode == 2, result.stdout + result.stderr
    assert json.loads(result.stdout)["error"]["field"] == field
    assert "Traceback" not in result.stderr
    assert _counts(engine) == before


def test_a_part_payment_then_the_rest_closes_the_invoice(book: dict[str, str],
                                                        engine: Engine) -> None:
    first = bakaya("payment", "add", "--retailer", "9840012345", "--invoice", "INV-42",
                   "--date", "2026-10-20", "--amount", "20000", "--reference", "UTR-1",
                   "--today", "2026-10-25", "--json", env=book)
    assert json.loads(first.stdout)["invoice_status"] == "active"
    rest = bakaya("payment", "add", "--retailer", "9840012345", "--invoice", "inv-42",
                  "--date", "2026-10-30", "--amount", "100000", "--reference", "UTR-2",
                  "--today", "2026-10-30", "--json", env=book)
    assert json.loads(rest.stdout)["invoice_status"] == "paid", rest.stdout + rest.stderr


def test_audit_verify_passes_then_names_a_tampered_row(book: dict[str, str],
                                                       engine: Engine) -> None:
    ok = bakaya("audit", "verify", env=book)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        conn.execute(text("UPDATE audit_log SET details = '{}' WHERE seq = 2"))
    broken = bakaya("audit", "verify", env=book)
    assert broken.returncode == 1
    assert "2" in broken.stderr and "changed" in broken.stderr
    as_json = json.loads(bakaya("audit", "verify", "--json", env=book).stdout)
    assert as_json["first_broken_row"]["seq"] == 2 and as_json["intact"] is False
