"""Golden conversations (``tests/conversations/*.yaml``), turn by turn, through the real
app: each message is a Twilio-signed webhook, processed by the worker, and the
replies are read from the outbox.

A turn may check:
* ``expect``: message ids from ``prompts/`` whose fixed wording must appear in
  the replies (placeholders are not compared, so the same check works in any
  language);
* ``contains`` / ``absent``: literal text that must (not) appear;
* ``intent``: what the router understood.
``after`` checks the ledger at the end.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import Engine, select

from prompts import render
from store.db import transaction
from store.ledger import add_buyer, add_invoice, record_payment, register_retailer
from store.models import Invoice, Payment, Retailer
from tests.utils.harness import Product, running_product
from tools.bank_rate import load_bank_rates
from tools.interest import InterestPolicy

CONVERSATIONS = sorted((Path(__file__).parent / "conversations").glob("*.yaml"))
SENTINEL = "\x00"


def fragments(message_id: str, language: str) -> list[str]:
    """The fixed parts of a message (what is left between its placeholders)."""
    source = Path(__file__).resolve().parents[1] / "prompts" / language
    names: set[str] = set()
    for path in source.glob("*.ftl"):
        found = re.search(rf"^{re.escape(message_id)} =(.*?)(?=^\S|\Z)", path.read_text(), re.M
                          | re.S)
        if found:
            names |= set(re.findall(r"\$([a-z_]+)", found.group(1)))
    text = render(message_id, language, **{n: SENTINEL for n in names})
    return [part.strip() for part in text.split(SENTINEL) if len(part.strip()) >= 3]


def seed(engine: Engine, given: dict[str, Any], today: date) -> None:
    if not given:
        return
    with transaction(engine) as session:
        r = given["retailer"]
        retailer = register_retailer(
            session, phone=r["phone"], name=r.get("name", "Lakshmi Textiles"),
            language=r.get("language", "en"), udyam_number=r.get("udyam", "UDYAM-TN-02-0012345"),
            udyam_registered_on=date.fromisoformat(r.get("udyam_registered_on", "2024-01-10")),
            enterprise_type=r.get("enterprise_type", "micro"),
            activity=r.get("activity", "manufacturing"), consent_at=None)
        retailer.address = r.get("address")
        buyers = {}
        for b in given.get("buyers", []):
            buyers[b["name"]] = add_buyer(session, retailer.id, name=b["name"],
                                          gstin=b.get("gstin"), phone=b.get("phone"),
                                          email=b.get("email"), address=b.get("address")).id
        for inv in given.get("invoices", []):
            invoice = add_invoice(session, retailer.id, buyer_id=buyers[inv["buyer"]],
                                  number=inv["number"],
                                  invoice_date=date.fromisoformat(inv["date"]),
                                  amount=str(inv["amount"]), agreed_days=inv.get("days"))
            for p in inv.get("payments", []):
                record_payment(session, retailer.id, invoice.id,
                               paid_on=date.fromisoformat(p["date"]), amount=str(p["amount"]),
                               reference=p["reference"], today=today,
                               policy=InterestPolicy(load_bank_rates()), now=_now(today))


def _now(day: date) -> Any:
    from datetime import UTC, datetime
    return datetime(day.year, day.month, day.day, 6, tzinfo=UTC)


def check_after(engine: Engine, after: dict[str, Any]) -> None:
    with transaction(engine) as session:
        for expected in after.get("invoices", []):
            invoice = session.execute(select(Invoice).where(
                Invoice.number == expected["number"])).scalar_one()
            for key in ("due_date", "accepted_on", "invoice_date"):
                if key in expected:
                    assert getattr(invoice, key).isoformat() == str(expected[key]), key
            if "principal" in expected:
                assert invoice.principal == Decimal(str(expected["principal"]))
            if "status" in expected:
                assert invoice.status.value == expected["status"]
            if "agreed_days" in expected:
                assert invoice.agreed_credit_days == expected["agreed_days"]
        if "invoice_count" in after:
            assert len(session.execute(select(Invoice)).all()) == after["invoice_count"]
        if "payment_count" in after:
            assert len(session.execute(select(Payment)).all()) == after["payment_count"]
        for expected in after.get("retailers", []):
            retailer = session.execute(select(Retailer).where(
                Retailer.phone == expected["phone"])).scalar_one()
            for key, value in expected.items():
                actual = getattr(retailer, key)
                actual = getattr(actual, "value", actual)
                assert str(actual) == str(value), (key, actual, value)


@pytest.mark.parametrize("path", CONVERSATIONS, ids=[p.stem for p in CONVERSATIONS])
def test_golden_conversation(path: Path, engine: Engine, database_url: str) -> None:
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    language = spec["language"]
    today = date.fromisoformat(str(spec.get("today", "2026-10-10")))
    seed(engine, spec.get("given") or {}, today)
    sender = spec.get("phone") or (spec.get("given") or {}).get("retailer", {}).get("phone")
    with running_product(engine, database_url, today=today.isoformat()) as product:
        for number, turn in enumerate(spec["turns"], start=1):
            _run_turn(product, sender, language, turn, f"{path.stem} turn {number}")
    check_after(engine, spec.get("after") or {})


def _run_turn(product: Product, sender: str, language: str, turn: dict[str, Any],
              where: str) -> None:
    replies = product.send(turn.get("from", sender), str(turn["say"]),
                           channel=turn.get("channel", "whatsapp"))
    joined = "\n".join(replies)
    assert replies, f"{where}: no reply"
    for message_id in turn.get("expect", []):
        lang = turn.get("reply_language", language)
        for fragment in fragments(message_id, lang):
            assert fragment in joined, f"{where}: expected {message_id} ({fragment!r}) in\n{joined}"
    for text in turn.get("contains", []):
        assert str(text) in joined, f"{where}: expected {text!r} in\n{joined}"
    for text in turn.get("absent", []):
        assert str(text) not in joined, f"{where}: did not expect {text!r} in\n{joined}"
