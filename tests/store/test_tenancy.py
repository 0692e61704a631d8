"""One retailer cannot read or change another's data through any repository function.

Each public method of each tenant-scoped repository is called by retailer B
with retailer A's ids; every one must behave as if the row did not exist, and
A's data must be unchanged afterwards. A method added later without a case
here fails ``test_every_repository_method_is_covered``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError

from store.db import transaction
from store.models import Channel, Direction, Invoice, InvoiceStatus
from store.repositories import (
    BuyerRepository,
    CommunicationRepository,
    ConversationRepository,
    InvoiceRepository,
    MessageRepository,
    NotFound,
    RetailerRepository,
)

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def _seed(engine: Engine) -> dict[str, int]:
    with transaction(engine) as s:
        a = RetailerRepository(s).add(phone="+919800000001", name="A Traders")
        b = RetailerRepository(s).add(phone="+919800000002", name="B Works")
        buyer = BuyerRepository(s, a.id).add(name="Ravi Stores", gstin="27AAPFU0939F1ZV",
                                             phone="+919811111111")
        invoice = InvoiceRepository(s, a.id).add(
            buyer_id=buyer.id, number="INV-1", invoice_date=date(2026, 1, 1),
            accepted_on=date(2026, 1, 1), agreed_credit_days=30, credit_days_applied=30,
            due_date=date(2026, 1, 31), interest_from=date(2026, 2, 1),
            principal=Decimal("120000.00"),
            document_refs=[{"ref": "received/1-ab.jpg", "sha256": "ab" * 32}])
        conv = ConversationRepository(s).get_or_create(
            channel=Channel.WHATSAPP, address="+919800000001", thread_key="k-a", retailer_id=a.id)
        message = MessageRepository(s, a.id).add(conversation=conv, direction=Direction.INBOUND,
                                                 body="show pending")
        b_buyer = BuyerRepository(s, b.id).add(name="B's buyer")
        return {"a": a.id, "b": b.id, "buyer": buyer.id, "invoice": invoice.id,
                "conversation": conv.id, "message": message.id, "b_buyer": b_buyer.id}


def _snapshot(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return [conn.execute(text(f"SELECT * FROM {t} ORDER BY id")).all()
                for t in ("buyers", "invoices", "payments", "messages",
                          "buyer_channel_preferences", "communications")]


def _absent(call: Callable[[], Any]) -> None:
    """The call either returns nothing or raises NotFound."""
    try:
        result = call()
    except NotFound:
        return
    assert result is None or result == [] or result == (), result


CASES: dict[str, Callable[[Any, dict[str, int]], None]] = {
    "BuyerRepository.get": lambda s, ids: _absent(
        lambda: BuyerRepository(s, ids["b"]).get(ids["buyer"])),
    "BuyerRepository.require": lambda s, ids: _absent(
        lambda: BuyerRepository(s, ids["b"]).require(ids["buyer"])),
    "BuyerRepository.by_gstin": lambda s, ids: _absent(
        lambda: BuyerRepository(s, ids["b"]).by_gstin("27AAPFU0939F1ZV")),
    "BuyerRepository.by_phone": lambda s, ids: _absent(
        lambda: BuyerRepository(s, ids["b"]).by_phone("+919811111111")),
    # B's unregistered buyer is not found from A's scope (the only one named so)
    "BuyerRepository.unregistered_named": lambda s, ids: _absent(
        lambda: BuyerRepository(s, ids["a"]).unregistered_named("B's buyer")),
    "BuyerRepository.search": lambda s, ids: _absent(
        lambda: list(BuyerRepository(s, ids["b"]).search("Ravi"))),
    "BuyerRepository.list": lambda s, ids: (
        None if [b.id for b in BuyerRepository(s, ids["b"]).list()] == [ids["b_buyer"]]
        else pytest.fail("B's list shows A's buyer")),
    "BuyerRepository.add": lambda s, ids: None,  # creates in B's own scope only (see below)
    "BuyerRepository.update_contact": lambda s, ids: _absent(
        lambda: BuyerRepository(s, ids["b"]).update_contact(ids["buyer"], phone="+919899999999")),
    "BuyerRepository.set_channel_preference": lambda s, ids: _absent(
        lambda: BuyerRepository(s, ids["b"]).set_channel_preference(
            ids["buyer"], Channel.SMS, opted_in=False, at=NOW, source="test")),
    "BuyerRepository.near_gstin": lambda s, ids: _absent(
        lambda: BuyerRepository(s, ids["b"]).near_gstin("33AAACR5055K1ZE")),
    "InvoiceRepository.get": lambda s, ids: _absent(
        lambda: InvoiceRepository(s, ids["b"]).get(ids["invoice"])),
    "InvoiceRepository.require": lambda s, ids: _absent(
        lambda: InvoiceRepository(s, ids["b"]).require(ids["invoice"], for_update=True)),
    "InvoiceRepository.by_number": lambda s, ids: _absent(
        lambda: InvoiceRepository(s, ids["b"]).by_number("INV-1")),
    "InvoiceRepository.by_exact_number": lambda s, ids: _absent(
        lambda: InvoiceRepository(s, ids["b"]).by_exact_number("INV-1")),
    "InvoiceRepository.by_document": lambda s, ids: _absent(
        lambda: InvoiceRepository(s, ids["b"]).by_document("ab" * 32)),
    "InvoiceRepository.list": lambda s, ids: _absent(
        lambda: list(InvoiceRepository(s, ids["b"]).list(buyer_id=ids["buyer"]))),
    "InvoiceRepository.pending": lambda s, ids: _absent(
        lambda: list(InvoiceRepository(s, ids["b"]).pending())),
    "InvoiceRepository.add": lambda s, ids: _absent(
        lambda: InvoiceRepository(s, ids["b"]).add(
            buyer_id=ids["buyer"], number="X-1", invoice_date=date(2026, 1, 1),
            accepted_on=date(2026, 1, 1), agreed_credit_days=None, credit_days_applied=15,
            due_date=date(2026, 1, 16), interest_from=date(2026, 1, 17),
            principal=Decimal("1.00"))),
    "InvoiceRepository.set_status": lambda s, ids: _absent(
        lambda: InvoiceRepository(s, ids["b"]).set_status(ids["invoice"], InvoiceStatus.PAID,
                                                          NOW)),
    "InvoiceRepository.add_payment": lambda s, ids: _absent(
        lambda: InvoiceRepository(s, ids["b"]).add_payment(
            ids["invoice"], paid_on=date(2026, 2, 1), amount=Decimal("1.00"), reference="x")),
    "InvoiceRepository.payments": lambda s, ids: _absent(
        lambda: InvoiceRepository(s, ids["b"]).payments(ids["invoice"])),
    "MessageRepository.get": lambda s, ids: _absent(
        lambda: MessageRepository(s, ids["b"]).get(ids["message"])),
    "MessageRepository.for_conversation": lambda s, ids: _absent(
        lambda: MessageRepository(s, ids["b"]).for_conversation(ids["conversation"])),
    "MessageRepository.add": lambda s, ids: _absent(
        lambda: MessageRepository(s, ids["b"]).add(
            conversation=ConversationRepository(s).get_or_create(
                channel=Channel.WHATSAPP, address="+919800000001", thread_key="k-a"),
            direction=Direction.OUTBOUND, body="leak?")),
    "CommunicationRepository.get": lambda s, ids: _absent(
        lambda: CommunicationRepository(s, ids["b"]).get(1)),
    "CommunicationRepository.for_invoice": lambda s, ids: _absent(
        lambda: CommunicationRepository(s, ids["b"]).for_invoice(ids["invoice"])),
}

TENANT_REPOSITORIES = (BuyerRepository, InvoiceRepository, MessageRepository,
                       CommunicationRepository)


def test_every_repository_method_is_covered() -> None:
    public = {f"{cls.__name__}.{name}" for cls in TENANT_REPOSITORIES
              for name, _ in inspect.getmembers(cls, inspect.isfunction)
              if not name.startswith("_")}
    assert public == set(CASES), public ^ set(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_other_retailers_rows_are_invisible_and_unchangeable(engine: Engine, case: str) -> None:
    ids = _seed(engine)
    before = _snapshot(engine)
    with transaction(engine) as session:
        CASES[case](session, ids)
    assert _snapshot(engine) == before


def test_a_retailer_sees_its_own_rows(engine: Engine) -> None:
    ids = _seed(engine)
    with transaction(engine) as s:
        assert BuyerRepository(s, ids["a"]).by_gstin("27AAPFU0939F1ZV") is not None
        assert InvoiceRepository(s, ids["a"]).by_number("inv-1") is not None
        assert [m.body for m in MessageRepository(s, ids["a"]).for_conversation(
            ids["conversation"])] == ["show pending"]


def test_buyer_add_writes_into_the_callers_scope_only(engine: Engine) -> None:
    ids = _seed(engine)
    with transaction(engine) as s:
        buyer = BuyerRepository(s, ids["b"]).add(name="Ravi Stores", gstin="27AAPFU0939F1ZV")
        assert buyer.retailer_id == ids["b"]
    with transaction(engine) as s:
        assert BuyerRepository(s, ids["a"]).by_gstin("27AAPFU0939F1ZV").id == ids["buyer"]


def test_the_database_refuses_an_invoice_linking_another_retailers_buyer(engine: Engine) -> None:
    ids = _seed(engine)
    with pytest.raises(IntegrityError), transaction(engine) as s:
        s.add(Invoice(retailer_id=ids["b"], buyer_id=ids["buyer"], number="SNEAK",
                      invoice_date=date(2026, 1, 1), accepted_on=date(2026, 1, 1),
                      credit_days_applied=15, due_date=date(2026, 1, 16),
                      interest_from=date(2026, 1, 17), principal=Decimal("5.00")))
        s.flush()
    with engine.connect() as conn:
        assert conn.execute(select(Invoice.id).where(Invoice.number == "SNEAK")).first() is None


def test_an_unregistered_buyer_is_found_by_name_in_its_own_scope(engine: Engine) -> None:
    ids = _seed(engine)
    with transaction(engine) as s:
        found = BuyerRepository(s, ids["b"]).unregistered_named("  b's BUYER ")
        assert found is not None and found.id == ids["b_buyer"]
        assert BuyerRepository(s, ids["a"]).unregistered_named("Ravi Stores") is None  # GSTIN


def test_a_document_is_found_in_its_own_retailers_ledger(engine: Engine) -> None:
    ids = _seed(engine)
    with transaction(engine) as s:
        found = InvoiceRepository(s, ids["a"]).by_document("ab" * 32)
        assert found is not None and found.id == ids["invoice"]
        assert InvoiceRepository(s, ids["a"]).by_document("cd" * 32) is None
