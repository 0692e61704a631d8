"""One interest policy everywhere: under each interest setting, one invoice shows the
same total in the chat, in the buyer's reminder, from the HTTP API and from the CLI.

The invoice spans a Bank Rate cut (5.75% from 6 June 2025, 5.50% from 5 December
2025), has a part payment, and is looked at nine days into a 28-day monthly
period, so that every setting gives a different figure: a caller that ignored
the setting would show another amount.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from store.db import transaction
from store.ledger import add_buyer, add_invoice, record_payment, register_retailer
from tests.utils.harness import running_product
from tools.money import format_inr

BAKAYA = str(Path(sys.executable).with_name("bakaya"))
RETAILER = "+919840012345"
BUYER = "+919876543210"
INVOICE_DATE = "2025-05-01"  # 45 days: due 15 June 2025, interest from 16 June
PAYMENT = ("2025-09-01", "20000")
AS_OF = "2026-02-24"  # nine days into the period 16 Feb - 15 Mar 2026

# setting -> (Settings field values, the same as environment variables)
SETTINGS: dict[str, dict[str, Any]] = {
    "default": {},
    "frozen": {"interest_rate_mode": "frozen"},
    "actual-365": {"interest_partial_month": "actual-365"},
    "complete-months-only": {"interest_complete_months_only": True},
}


def _env(values: dict[str, Any]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BAKAYA_INTEREST_")}
    env.update({f"BAKAYA_{k.upper()}": str(v).lower() if isinstance(v, bool) else str(v)
                for k, v in values.items()})
    return env


def _cli_total(values: dict[str, Any]) -> Decimal:
    result = subprocess.run(
        [BAKAYA, "quote", "--principal", "100000", "--accepted", INVOICE_DATE,
         "--agreed-days", "45", "--as-of", AS_OF, "--payment", ":".join(PAYMENT), "--json"],
        capture_output=True, text=True, env=_env(values), timeout=120)
    assert result.returncode == 0, result.stderr
    return Decimal(json.loads(result.stdout)["total_due"])


@pytest.mark.parametrize("setting", list(SETTINGS))
def test_chat_reminder_api_and_cli_show_the_same_total(setting: str, engine: Engine,
                                                       database_url: str) -> None:
    values = SETTINGS[setting]
    with running_product(engine, database_url, today=AS_OF, **values) as product:
        policy = product.runtime.deps.interest_policy
        with transaction(engine) as session:
            retailer = register_retailer(
                session, phone=RETAILER, name="Lakshmi Textiles", language="en",
                udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
                enterprise_type="micro", activity="manufacturing",
                consent_at=datetime(2025, 1, 1, tzinfo=UTC))
            buyer = add_buyer(session, retailer.id, name="Ravi Stores",
                              gstin="33AAACR5055K1ZE", phone=BUYER, language="en")
            invoice = add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-77",
                                  invoice_date=date.fromisoformat(INVOICE_DATE),
                                  amount="100000", agreed_days=45)
            record_payment(session, retailer.id, invoice.id,
                           paid_on=date.fromisoformat(PAYMENT[0]), amount=PAYMENT[1],
                           reference="UTR 5501", today=date.fromisoformat(AS_OF),
                           policy=policy, now=product.clock.now())

        api = product.client.post("/api/quote", json={
            "principal": "100000", "accepted": INVOICE_DATE, "agreed_days": 45,
            "as_of": AS_OF, "payments": [{"date": PAYMENT[0], "amount": PAYMENT[1]}]})
        assert api.status_code == 200, api.text
        total = Decimal(api.json()["total_due"])
        shown = format_inr(total, "en")

        detail = product.send(RETAILER, "show INV-77")
        assert any(shown in reply for reply in detail), (shown, detail)
        pending = product.send(RETAILER, "pending")
        assert any(shown in reply for reply in pending), (shown, pending)

        product.runtime.due_jobs["reminders"](product.clock.now())
        product.runtime.jobs.drain()
        reminders = [row.body for row in product.outbox(BUYER)]
        # An SMS (DLT template) writes "Rs.90,770.26", WhatsApp and email "₹90,770.26".
        assert reminders and shown.removeprefix("₹") in reminders[-1], (shown, reminders)

    assert _cli_total(values) == total
    if values:  # the setting changes the figure, so a caller that ignored it would differ
        assert total != _cli_total({})

