"""What a buyer's reply makes happen, through the real app: every reply is forwarded
to the retailer with its meaning; STOP closes the channel; a dispute pauses
reminders; a copy or a payment link is sent; a claimed payment changes nothing
but asks the retailer to confirm; a promise schedules a follow-up that day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import Engine, func, select

from agents.payment_monitor import MonitorDeps, run_monitor
from store.db import transaction
from store.ledger import add_buyer, add_invoice, register_retailer
from store.models import Communication, Invoice, InvoiceAction, Payment
from store.unit_of_work import unit_source
from tests.utils.harness import Product, running_product
from tools.bank_rate import load_bank_rates
from tools.dates import IST
from tools.festivals import FestivalCalendar
from tools.interest import InterestPolicy

RETAILER, BUYER = "+919840012345", "+919876543210"


def at(day: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(11), tzinfo=IST).astimezone(UTC)


def monitor(engine: Engine, day: str) -> None:
    run_monitor(unit_source(engine), at(day),
                MonitorDeps(interest_policy=InterestPolicy(load_bank_rates()),
                            festivals=FestivalCalendar.load()))


@pytest.fixture
def product(engine: Engine, database_url: str) -> Iterator[Product]:
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name="Lakshmi Textiles", language="en",
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None,
            upi_id="lakshmitex@okaxis")
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", phone=BUYER)
        add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-42",
                    invoice_date=date(2026, 1, 5), amount="120000", agreed_days=45)
    monitor(engine, "2026-02-04")  # the first reminder went out
    with running_product(engine, database_url, today="2026-02-05") as product:
        yield product


def last_to_retailer(product: Product) -> str:
    return product.outbox(RETAILER)[-1].body


def buyer_reminders(engine: Engine) -> int:
    with transaction(engine) as session:
        return int(session.execute(select(func.count()).select_from(Communication).where(
            Communication.recipient == BUYER)).scalar_one())


def test_stop_closes_the_channel(product: Product, engine: Engine) -> None:
    reply = product.send(BUYER, "STOP", channel="sms")  # opts out of that channel
    assert "START" in reply[0]
    assert "not to be messaged" in last_to_retailer(product)
    monitor(engine, "2026-02-14")  # second reminder day: SMS is closed now
    assert buyer_reminders(engine) == 1


def test_start_after_stop_opens_the_channel_again(product: Product, engine: Engine) -> None:
    product.send(BUYER, "STOP", channel="sms")
    product.clock._now += timedelta(hours=2)  # changed their mind later that day
    [reply] = product.send(BUYER, "START", channel="sms")
    assert "STOP" in reply  # how to end them again
    assert "again" in last_to_retailer(product)
    monitor(engine, "2026-02-14")  # second reminder day: SMS is open again
    assert buyer_reminders(engine) == 2


@pytest.mark.parametrize("request_in_words", [
    "please don't message me any more", "mujhe message mat karo",
    "இனி மெசேஜ் அனுப்ப வேண்டாம்"])
def test_a_request_in_words_ends_every_channel(product: Product, engine: Engine,
                                              request_in_words: str) -> None:
    """Asked on WhatsApp in words: no SMS the same day either (STOP alone would end only
    the channel it came on)."""
    product.send(BUYER, request_in_words, channel="whatsapp")
    assert "any more" in last_to_retailer(product)
    monitor(engine, "2026-02-14")
    assert buyer_reminders(engine) == 1
    with transaction(engine) as session:
        from store.models import BuyerChannelPreference

        closed = set(session.execute(select(BuyerChannelPreference.channel).where(
            BuyerChannelPreference.opted_out_at.is_not(None))).scalars())
    assert {c.value for c in closed} == {"whatsapp", "sms"}


def test_a_dispute_pauses_reminders_until_the_retailer_decides(product: Product,
                                                              engine: Engine) -> None:
    product.send(BUYER, "bill galat hai, 20 piece kam aaye the")
    assert "paused reminders" in last_to_retailer(product)
    monitor(engine, "2026-02-14")
    monitor(engine, "2026-02-18")
    assert buyer_reminders(engine) == 1
    with transaction(engine) as session:
        assert session.execute(select(Invoice.reminders_paused_at)).scalar() is not None


def test_a_claimed_payment_only_asks_the_retailer(product: Product, engine: Engine) -> None:
    product.send(BUYER, "paid yesterday UTR 452189763012")
    forwarded = last_to_retailer(product)
    assert "452189763012" in forwarded and "INV-42" in forwarded
    with transaction(engine) as session:
        assert session.execute(select(func.count()).select_from(Payment)).scalar_one() == 0
        assert session.execute(select(Invoice.status)).scalar().value == "active"


def test_copy_and_payment_link_are_the_buyers_own(product: Product) -> None:
    copy = product.send(BUYER, "please send the invoice copy")[0]
    assert "INV-42" in copy and "₹1,20,000" in copy and "₹1,20,000.00" not in copy
    link = product.send(BUYER, "send UPI id for payment")[0]
    assert "upi://pay?pa=lakshmitex@okaxis" in link and "am=120000.00" in link


def test_a_promise_is_followed_up_that_day(product: Product, engine: Engine) -> None:
    answer = product.send(BUYER, "will pay on 10 Feb")[0]
    assert "INV-42" in answer
    with transaction(engine) as session:
        follow_up = session.execute(select(InvoiceAction).where(
            InvoiceAction.stage == "promise_follow_up")).scalar_one()
    assert follow_up.due_at.astimezone(IST).date() == date(2026, 2, 10)
    monitor(engine, "2026-02-10")
    with transaction(engine) as session:
        stages = session.execute(select(Communication.stage).where(
            Communication.recipient == BUYER)).scalars().all()
    assert "promise_follow_up" in stages


def test_time_asked_until_a_day_is_followed_up_that_day(product: Product,
                                                       engine: Engine) -> None:
    """"Ghar mein shaadi hai, 2 hafte baad de dunga" asks for time; the day it names is
    told to the retailer and followed up, as a promise is."""
    answer = product.send(BUYER, "ghar mein shaadi hai, 2 hafte baad de dunga")[0]
    assert "19 फ़रवरी 2026" in answer and "INV-42" in answer  # answered in Hindi
    assert "until 19 February 2026" in last_to_retailer(product)
    with transaction(engine) as session:
        follow_up = session.execute(select(InvoiceAction).where(
            InvoiceAction.stage == "promise_follow_up")).scalar_one()
    assert follow_up.due_at.astimezone(IST).date() == date(2026, 2, 19)


def test_time_asked_without_a_day_schedules_nothing(product: Product, engine: Engine) -> None:
    product.send(BUYER, "thoda time chahiye bhai")
    assert "more time" in last_to_retailer(product)
    with transaction(engine) as session:
        assert session.execute(select(func.count()).select_from(InvoiceAction).where(
            InvoiceAction.stage == "promise_follow_up")).scalar_one() == 0


def test_the_payment_link_comes_with_its_qr_code(product: Product) -> None:
    import io
    from urllib.parse import urlsplit

    import zxingcpp
    from PIL import Image

    product.send(BUYER, "send UPI id for payment")
    row = product.outbox(BUYER)[-1]
    assert row.media, "no QR image attached"
    assert (row.media[0]["kind"], row.media[0]["content_type"]) == ("image", "image/png")
    url = row.media[0]["url"]
    image = product.client.get(url)
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(image.content)),
                                     formats=zxingcpp.BarcodeFormat.QRCode)
    assert decoded and decoded[0].text.startswith("upi://pay?pa=lakshmitex@okaxis")
    assert decoded[0].text in row.body
    # the endpoint draws only codes the product made
    forged = url.split("&s=")[0] + "&s=" + "0" * 32
    assert product.client.get(forged).status_code == 403
    assert urlsplit(url).path == "/media/upi-qr.png"


def test_resuming_after_a_dispute_sends_the_reminder_missed_meanwhile(
        product: Product, engine: Engine) -> None:
    product.send(BUYER, "bill galat hai, 20 piece kam aaye the")
    monitor(engine, "2026-02-14")  # the second reminder is skipped: paused
    assert buyer_reminders(engine) == 1
    product.clock.set_today("2026-02-15")
    replies = product.send(RETAILER, "resume reminders for INV-42")
    assert any("on again" in r for r in replies)
    assert any("missed" in r and "Ravi Stores" in r for r in replies)
    with transaction(engine) as session:
        assert session.execute(select(Invoice.reminders_paused_at)).scalar() is None
    monitor(engine, "2026-02-16")
    assert buyer_reminders(engine) == 2  # the missed stage, taken again
