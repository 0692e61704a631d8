"""A buyer who answers a reminder by SMS gets answers that fit in two SMS parts, in
every language, with a long business name and a lakh-scale amount: the short SMS
wording, the UPI id in place of the payment link (docs/messaging.md)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine

from store.db import transaction
from store.ledger import add_buyer, add_invoice, register_retailer
from tests.agents.test_sms_length import LONG_NAME, MAX_PARTS, sms_parts
from tests.test_buyer_reply_actions import monitor
from tests.utils.harness import Product, running_product

RETAILER, BUYER = "+919840012345", "+919876543210"

#: What a buyer writes, per language: a payment link, a copy of the bill, a dispute.
ASKS = {
    "en": ("send your UPI id to pay", "send me the bill copy",
           "wrong rate charged and the goods came damaged"),
    "hi": ("UPI id bhejo payment karna hai", "bill ki copy bhejo",
           "rate galat lagaya hai aur maal kharab aaya"),
    "ta": ("UPI id அனுப்புங்க", "பில் காப்பி அனுப்புங்க",
           "ரேட் தப்பா போட்டிருக்கீங்க, சரக்கும் சேதமா வந்தது"),
}


@pytest.fixture(params=sorted(ASKS))
def product(request: pytest.FixtureRequest, engine: Engine,
            database_url: str) -> Iterator[tuple[Product, str]]:
    language = request.param
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name=LONG_NAME, language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None,
            upi_id="srivenkateswaraagencies@okaxis")
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", phone=BUYER,
                          language=language)
        add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-2026-0042",
                    invoice_date=date(2026, 1, 5), amount="1234567.89", agreed_days=45)
    monitor(engine, "2026-02-04")  # the first reminder went out
    with running_product(engine, database_url, today="2026-02-05") as product:
        yield product, language


def test_every_sms_answer_fits_two_parts(product: tuple[Product, str]) -> None:
    app, language = product
    link, copy, dispute = ASKS[language]
    for text in (link, copy, dispute):
        [answer] = app.send(BUYER, text, channel="sms")
        assert sms_parts(answer) <= MAX_PARTS, (text, len(answer), answer)
    [link_answer, copy_answer, dispute_answer] = [
        row.body for row in app.outbox(BUYER)[-3:]]
    assert "srivenkateswaraagencies@okaxis" in link_answer and "upi://" not in link_answer
    assert "INV-2026-0042" in copy_answer
    assert "INV-2026-0042" in dispute_answer


def test_whatsapp_keeps_the_full_link(product: tuple[Product, str]) -> None:
    app, language = product
    [answer] = app.send(BUYER, ASKS[language][0])
    assert "upi://pay?" in answer
