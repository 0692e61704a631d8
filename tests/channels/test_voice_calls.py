"""Phone calls through Twilio Voice, with signed requests: the caller is greeted in their
language (or chooses it by keypad), says what they want, hears the answer the Indian
way (amounts in lakh and thousand, no digit strings with commas), and the call goes on
until they say goodbye."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from store.db import transaction
from store.ledger import add_buyer, add_invoice, register_retailer
from store.models import Message, OutboxEntry
from tests.utils.harness import BUSINESS_NUMBER, Product, running_product

RETAILER = "+919840012345"
STRANGER = "+919811122233"
_calls = itertools.count(1)


def _seed(engine: Engine, language: str) -> None:
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name="Lakshmi Textiles", language=language,
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", gstin="33AAACR5055K1ZE")
        add_invoice(session, retailer.id, buyer_id=buyer.id, number="INV-42",
                    invoice_date=date(2026, 9, 3), amount="120000", agreed_days=30)


@pytest.fixture
def call_sid() -> str:
    return f"CA{next(_calls):032d}"


def _post(product: Product, path: str, caller: str, call_sid: str, **fields: str) -> Any:
    params = {"CallSid": call_sid, "AccountSid": "AC" + "0" * 32, "From": caller,
              "To": BUSINESS_NUMBER, "CallStatus": "in-progress", **fields}
    response = product.signed_post(path, params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/xml")
    return ElementTree.fromstring(response.text)  # valid XML, or this fails


def _said(twiml: Any) -> list[str]:
    return [say.text or "" for say in twiml.iter("Say")]


def _gather(twiml: Any) -> Any:
    [gather] = list(twiml.iter("Gather"))
    return gather


def _turn_path(gather: Any) -> str:
    return str(gather.get("action"))


@pytest.fixture
def product(engine: Engine, database_url: str, request: pytest.FixtureRequest
            ) -> Iterator[Product]:
    _seed(engine, getattr(request, "param", "en"))
    with running_product(engine, database_url, today="2026-11-20") as running:
        yield running


@pytest.mark.parametrize(("product", "language", "asked", "greeting", "total_words"), [
    ("en", "en", "show my pending payments", "Welcome to Bakaya", "1 lakh"),
    ("hi", "hi", "मेरा बकाया बताओ", "Bakaya में आपका स्वागत है", "1 लाख"),
    ("ta", "ta", "என் நிலுவை காட்டு", "Bakaya-க்கு வரவேற்கிறோம்", "1 லட்சத்து"),
], indirect=["product"])
def test_a_retailer_hears_their_pending_dues_in_their_language(
        product: Product, call_sid: str, language: str, asked: str, greeting: str,
        total_words: str) -> None:
    start = _post(product, "/twilio/voice", RETAILER, call_sid)
    gather = _gather(start)
    assert gather.get("language") == {"en": "en-IN", "hi": "hi-IN", "ta": "ta-IN"}[language]
    assert gather.get("input") == "speech dtmf"
    assert greeting in _said(start)[0]
    answer = _post(product, _turn_path(gather), RETAILER, call_sid, SpeechResult=asked,
                   Confidence="0.91")
    spoken = " ".join(_said(answer))
    assert "INV-42" in spoken and total_words in spoken
    assert "₹" not in spoken and "1,20,000" not in spoken  # said, not spelled out
    # the call goes on: the next question, in the same language, then a goodbye ends it
    follow = _gather(answer)
    assert follow.get("language") == gather.get("language")
    assert _turn_path(follow) != _turn_path(gather)
    bye = _post(product, _turn_path(follow), RETAILER, call_sid, SpeechResult="bye",
                Confidence="0.9")
    assert list(bye.iter("Hangup"))
    # spoken answers are not sent as messages to anyone
    with transaction(product.runtime.engine) as session:
        assert session.execute(select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.status != "local")).scalar_one() == 0


def test_an_unknown_caller_chooses_a_language_by_keypad(product: Product,
                                                        call_sid: str) -> None:
    menu = _post(product, "/twilio/voice", STRANGER, call_sid)
    said = _said(menu)
    assert said == ["தமிழுக்கு 1 அழுத்துங்கள்.", "हिंदी के लिए 2 दबाएँ।", "For English, press 3."]
    assert _gather(menu).get("input") == "dtmf speech"
    chosen = _post(product, "/twilio/voice/language", STRANGER, call_sid, Digits="2")
    assert _gather(chosen).get("language") == "hi-IN"
    assert "स्वागत" in _said(chosen)[0]
    again = _post(product, "/twilio/voice/language", STRANGER, call_sid, Digits="9")
    assert _said(again) == said  # not a choice: the menu again


def test_unheard_or_unsure_speech_is_asked_again_and_never_acted_on(
        product: Product, call_sid: str) -> None:
    path = _turn_path(_gather(_post(product, "/twilio/voice", RETAILER, call_sid)))
    unsure = _post(product, path, RETAILER, call_sid, SpeechResult="mark INV-42 paid",
                   Confidence="0.12")
    assert "could not hear" in _said(unsure)[0]
    empty = _post(product, path, RETAILER, call_sid, SpeechResult="", Confidence="0")
    assert "could not hear" in _said(empty)[0]
    with transaction(product.runtime.engine) as session:
        assert session.execute(select(func.count()).select_from(Message)).scalar_one() == 0


def test_a_forged_call_is_refused(product: Product, call_sid: str) -> None:
    params = {"CallSid": call_sid, "From": RETAILER, "To": BUSINESS_NUMBER}
    response = product.signed_post("/twilio/voice", params, signature="forged")
    assert response.status_code == 403


def test_with_twilio_sending_spoken_answers_are_not_sent(engine: Engine, database_url: str,
                                                         call_sid: str) -> None:
    from channels.twilio import TwilioSender
    from tests.utils.fake_twilio import fake_twilio

    _seed(engine, "en")
    with fake_twilio() as (client, fake):
        sender = TwilioSender("AC" + "1" * 32, "t", whatsapp_from=BUSINESS_NUMBER,
                              sms_from=None, client=client)
        with running_product(engine, database_url, today="2026-11-20",
                             sender=sender) as product:
            path = _turn_path(_gather(_post(product, "/twilio/voice", RETAILER, call_sid)))
            answer = _post(product, path, RETAILER, call_sid, SpeechResult="show pending",
                           Confidence="0.9")
            assert "INV-42" in " ".join(_said(answer))
            product.runtime.jobs.drain()
    assert fake.sent == []  # the answer was the call itself
    with transaction(engine) as session:
        statuses = session.execute(select(OutboxEntry.status)).scalars().all()
    assert statuses and set(statuses) == {"local"}


def test_the_voice_is_a_setting(engine: Engine, database_url: str, call_sid: str) -> None:
    _seed(engine, "hi")
    with running_product(engine, database_url, voice_names="hi=Polly.Aditi") as product:
        greeting = _post(product, "/twilio/voice", RETAILER, call_sid)
    [say] = list(greeting.iter("Say"))
    assert say.get("voice") == "Polly.Aditi" and say.get("language") == "hi-IN"


def _call(product: Product, call_sid: str, *said: str) -> list[Any]:
    """One call: the greeting, then each sentence said (heard surely); the TwiML answers."""
    path = _turn_path(_gather(_post(product, "/twilio/voice", RETAILER, call_sid)))
    answers = []
    for sentence in said:
        answer = _post(product, path, RETAILER, call_sid, SpeechResult=sentence,
                       Confidence="0.9")
        answers.append(answer)
        path = _turn_path(_gather(answer))
    return answers


@pytest.mark.parametrize(("product", "said", "heard"), [
    ("en", ["how much do people owe me in total", "INV-42 status", "who is 33AAACR5055K1ZE",
            "stop reminders for INV-42", "start reminders for INV-42 again"],
     ["1 lakh 22 thousand 597 rupees", "INV-42", "Ravi Stores", "INV-42", "INV-42"]),
    ("hi", ["मेरा टोटल कितना बाकी है", "INV-42 का स्टेटस", "33AAACR5055K1ZE कौन है",
            "INV-42 के रिमाइंडर रोक दो", "INV-42 के रिमाइंडर फिर से चालू करो"],
     ["1 लाख 22 हज़ार 597 रुपये", "INV-42", "Ravi Stores", "INV-42", "INV-42"]),
    ("ta", ["மொத்தம் எவ்வளவு பாக்கி வரணும்", "INV-42 ஸ்டேட்டஸ் என்ன",
            "33AAACR5055K1ZE யார்", "INV-42 ரிமைண்டர் நிறுத்து",
            "INV-42 ரிமைண்டர் மறுபடியும் ஆரம்பி"],
     ["1 லட்சத்து 22 ஆயிரத்து 597 ரூபாய்", "INV-42", "Ravi Stores", "INV-42", "INV-42"]),
], indirect=["product"])
def test_a_caller_asks_totals_status_a_buyer_and_pauses_and_resumes_reminders(
        product: Product, call_sid: str, said: list[str], heard: list[str]) -> None:
    answers = _call(product, call_sid, *said)
    for sentence, answer, expected in zip(said, answers, heard, strict=True):
        spoken = " ".join(_said(answer))
        assert expected in spoken, (sentence, spoken)
        assert "₹" not in spoken, spoken
    with transaction(product.runtime.engine) as session:
        paused = session.execute(select(func.count()).select_from(Message).where(
            Message.body == said[3])).scalar_one()
    assert paused == 1  # each sentence became one turn of the conversation


def test_a_notice_asked_for_on_a_call_is_approved_by_voice_and_sent_by_whatsapp(
        product: Product, call_sid: str) -> None:
    answers = _call(product, call_sid, "send me the legal notice for INV-42",
                    "12 Gandhi Road, Chennai 600002", "45 Mount Road, Chennai 600006",
                    "approve")
    assert "INV-42" in " ".join(_said(answers[2]))  # read out for approval first
    with transaction(product.runtime.engine) as session:
        whatsapp = session.execute(select(OutboxEntry).where(
            OutboxEntry.channel == "whatsapp", OutboxEntry.to_address == RETAILER)
        ).scalars().all()
        assert any(m["content_type"] == "application/pdf" for row in whatsapp
                   for m in row.media or []), [row.body for row in whatsapp]
