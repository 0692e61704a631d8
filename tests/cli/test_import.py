"""`bakaya import FILE --retailer PHONE [--dry-run] --json`, checked from outside: the
contract's keys, nothing written on a dry run, every valid invoice saved with its
reminders, the same file imported twice changing nothing."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from sqlalchemy import Engine, func, select

from store.models import AuditEntry, Buyer, Invoice, InvoiceAction
from tests.cli.test_parse_and_chat import run

RETAILER = "9840012345"
EXPORT = """\ufeffSales Register - Sri Murugan Traders,,,,,
1-Oct-2026 to 31-Oct-2026,,,,,
,,,,,
Invoice No,Date,Party Name,GSTIN/UIN,Grand Total,Status
INV-101,03-10-2026,Ravi Stores,33AAACR5055K1ZE,"1,18,000.00",
INV-102,5/10/2026,Cash Sale,URP,"2,360",
INV-103,07.10.2026,Ravi Stores,33AAACR5055K1ZE,"₹ 59,000/-",
INV-104,08-10-2026,Kumar Agencies,33AAACR5055K1ZX,500,
INV-105,09-10-2026,Kumar Agencies,,"4,720",Cancelled
,,Total,,"1,84,580",
"""


def _import(path: Path, database_url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return run("import", str(path), "--retailer", RETAILER, *extra,
               env={"DATABASE_URL": database_url})


def _count(engine: Engine, model: type) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def test_import_dry_run_then_import_then_the_same_file_again(
        tmp_path: Path, engine: Engine, database_url: str) -> None:
    added = run("retailer", "add", "--phone", RETAILER, "--name", "Sri Murugan Traders",
                "--consent", env={"DATABASE_URL": database_url})
    assert added.returncode == 0, added.stderr
    export = tmp_path / "sales.csv"
    export.write_text(EXPORT, encoding="utf-8")
    expected = {
        "invoices": [
            {"invoice_number": "INV-101", "gstin_buyer": "33AAACR5055K1ZE",
             "buyer_name": "Ravi Stores", "invoice_date": "2026-10-03", "total": "118000.00"},
            {"invoice_number": "INV-102", "gstin_buyer": None, "buyer_name": "Cash Sale",
             "invoice_date": "2026-10-05", "total": "2360.00"},
            {"invoice_number": "INV-103", "gstin_buyer": "33AAACR5055K1ZE",
             "buyer_name": "Ravi Stores", "invoice_date": "2026-10-07", "total": "59000.00"},
        ],
        "skipped": [{"row": 8, "reason": "invalid-gstin"}, {"row": 9, "reason": "cancelled"}],
    }

    dry = _import(export, database_url, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout) == expected
    assert _count(engine, Invoice) == 0 and _count(engine, Buyer) == 0

    first = _import(export, database_url, "--json")
    assert json.loads(first.stdout) == expected
    assert _count(engine, Invoice) == 3 and _count(engine, Buyer) == 2
    actions = _count(engine, InvoiceAction)
    assert actions > 0  # reminders scheduled as for an invoice typed in chat

    again = _import(export, database_url, "--lang", "hi")
    assert again.returncode == 0, again.stderr
    assert "कोई नया बिल नहीं जोड़ा गया" in again.stdout and "3 बिल पहले से खाते में थे" in again.stdout
    assert "पंक्ति 8: GSTIN सही नहीं है" in again.stdout
    assert _count(engine, Invoice) == 3 and _count(engine, InvoiceAction) == actions
    with engine.connect() as conn:
        imports = conn.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "invoices.imported")).scalar_one()
    assert imports == 1


def test_a_file_that_is_no_export_is_refused_in_the_users_language(
        tmp_path: Path, database_url: str) -> None:
    picture = tmp_path / "bill.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = _import(picture, database_url, "--json", "--lang", "ta")
    assert result.returncode == 2
    error = json.loads(result.stdout)["error"]
    assert error["field"] == "import_file" and "Tally XML" in error["message"]
    assert "கோப்பு" in error["message"]


def test_a_number_already_in_the_ledger_with_other_details_is_reported_not_changed(
        tmp_path: Path, engine: Engine, database_url: str) -> None:
    run("retailer", "add", "--phone", RETAILER, "--name", "Sri Murugan Traders", "--consent",
        env={"DATABASE_URL": database_url})
    first, second = tmp_path / "oct.csv", tmp_path / "oct-again.csv"
    first.write_text(EXPORT, encoding="utf-8")
    second.write_text(EXPORT.replace('"1,18,000.00"', '"1,20,000.00"'), encoding="utf-8")
    assert _import(first, database_url, "--json").returncode == 0
    again = _import(second, database_url, "--json")
    assert {"row": 5, "reason": "invoice-exists"} in json.loads(again.stdout)["skipped"]
    with engine.connect() as conn:
        kept = conn.execute(select(Invoice.principal).where(Invoice.number == "INV-101"))
        assert [str(p) for p in kept.scalars()] == ["118000.00"]


def test_a_missing_file_is_refused_in_the_users_language(tmp_path: Path,
                                                          database_url: str) -> None:
    result = _import(tmp_path / "nowhere.csv", database_url, "--lang", "hi")
    assert result.returncode == 2
    assert "फ़ाइल" in result.stdout + result.stderr
