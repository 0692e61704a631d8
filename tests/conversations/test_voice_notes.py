"""A retailer sends a voice note: heard, answered in text and spoken, never acted on unsure.

Through the sandbox API (audio attached with POST /sandbox/media) and a real database.
Two tests hear real speech with the embedded Whisper model (espeak-ng speaking); the
rest script what the recogniser hears (tests/utils/speech.py), to pin down what the
conversation does with a transcript it is sure or unsure of.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import Engine, select

from agents.speech import Transcript
from prompts import render
from store.db import transaction
from store.ledger import add_buyer, add_invoice, register_retailer
from store.models import LegalNotice, Message, Payment
from tests.utils.harness import Product, running_product
from tests.utils.speech import ScriptedTranscriber, spoken_wav
from tools.audio import read_audio, voice_note

RETAILER = "+919840012345"


def _register(engine: Engine, language: str) -> None:
    with transaction(engine) as session:
        retailer = register_retailer(
            session, phone=RETAILER, name="Sri Murugan Traders", language=language,
            udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
            enterprise_type="micro", activity="manufacturing", consent_at=None)
        buyer = add_buyer(session, retailer.id, name="Ravi Stores", gstin="33AAACR5055K1ZE",
                          phone="+919876543210")
        add_invoice(session, retailer.id, buyer_id=buyer.id, number="1043",
                    invoice_date=date(2026, 10, 3), amount="120000", agreed_days=30)


@pytest.fixture
def product(request: pytest.FixtureRequest, engine: Engine,
            database_url: str) -> Iterator[Product]:
    language = getattr(request, "param", "en")
    _register(engine, language)
    with running_product(engine, database_url, today="2026-11-20") as running:
        yield running


def _send(product: Product, audio: bytes = b"", text: str = "",
          content_type: str = "audio/ogg") -> list[dict[str, Any]]:
    media = []
    if audio or content_type:
        upload = product.client.post("/sandbox/media",
                                     files={"file": ("voice.ogg", audio, content_type)})
        assert upload.status_code == 200, upload.text
        media.append({"url": upload.json()["url"], "content_type": content_type})
    response = product.client.post("/sandbox/messages",
                                   json={"from": RETAILER, "text": text, "media": media})
    assert response.status_code == 200, response.text
    replies: list[dict[str, Any]] = response.json()["replies"]
    return replies


def _type(product: Product, text: str) -> list[str]:
    response = product.client.post("/sandbox/messages", json={"from": RETAILER, "text": text})
    assert response.status_code == 200, response.text
    return [reply["text"] for reply in response.json()["replies"]]


def _scripted(product: Product, *heard: tuple[str, float]) -> ScriptedTranscriber:
    fake = ScriptedTranscriber([Transcript(text, "en", 2.0, confidence)
                                for text, confidence in heard])
    service = product.runtime.service
    assert service.voice_notes is not None
    service.voice_notes = dataclasses.replace(service.voice_notes, transcriber=fake)
    return fake


def _a_note() -> bytes:
    return voice_note((0.3 * np.sin(np.linspace(0, 2000, 32000))).astype(np.float32))


def _payments(engine: Engine) -> int:
    with transaction(engine) as session:
        return len(session.execute(select(Payment)).scalars().all())


def test_a_spoken_question_is_heard_answered_and_spoken_back(product: Product,
                                                             engine: Engine) -> None:
    replies = _send(product, spoken_wav("show my pending payments", "en"), content_type="audio/wav")
    first = replies[0]
    assert first["text"].startswith("I heard: “"), first["text"]
    assert "pending" in first["text"].lower()
    assert "1043" in "\n".join(r["text"] for r in replies)  # the pending list, read as typed
    [spoken] = [a for r in replies for a in r["attachments"] if a["kind"] == "audio"]
    assert spoken["content_type"] == "audio/ogg"
    served = product.client.get(spoken["url"])
    assert served.status_code == 200
    assert served.headers["content-type"] == "audio/ogg"
    assert read_audio(served.content).duration_s > 2.0  # the answer, said aloud
    with transaction(engine) as session:
        kept = session.execute(select(Message.transcript).where(
            Message.transcript.is_not(None))).scalar_one()
    assert kept["heard"] is True and kept["language"] == "en"
    assert 0 < kept["confidence"] <= 1


@pytest.mark.parametrize("product", ["ta"], indirect=True)
def test_bad_audio_gets_its_reason_in_the_retailers_language_and_nothing_blocks(
        product: Product, engine: Engine, tmp_path: Path) -> None:
    ten_minutes = voice_note(np.zeros(16_000 * 600, dtype=np.float32))
    cases = {
        "audio-empty": b"",
        "audio-type": b"%PDF-1.4 not a sound at all",
        "audio-corrupt": _a_note()[:60],
        "audio-too-long": ten_minutes,
    }
    for rule, data in cases.items():
        started = time.perf_counter()
        replies = _send(product, data)
        assert time.perf_counter() - started < 10, rule
        texts = [r["text"] for r in replies]
        expected = render(f"error-{rule}", "ta", megabytes=16, minutes=2)
        assert texts == [expected], (rule, texts)
        assert not any(r["attachments"] for r in replies)
    # the conversation goes on, in Tamil
    assert _type(product, "help")[0] == render("help-text", "ta")
    assert _payments(engine) == 0


@pytest.mark.parametrize("product", ["hi"], indirect=True)
def test_an_unsure_transcript_is_never_acted_on_and_the_flow_stays(
        product: Product, engine: Engine) -> None:
    first = _type(product, "1043 paid 50000")[0]
    assert first == render("payment-ask-date", "hi")
    _scripted(product, ("mark invoice 1043 paid full", 0.2), ("", 0.0))
    for _ in range(2):
        replies = _send(product, _a_note())
        assert [r["text"] for r in replies] == [render("voice-note-not-heard", "hi")]
    # the payment's question is still open: a typed answer continues it
    assert _type(product, "5 Nov")[0] == render("payment-ask-reference", "hi")
    assert _payments(engine) == 0


def test_a_payment_said_by_voice_needs_a_sure_yes(product: Product, engine: Engine) -> None:
    _scripted(product, ("invoice 1043 paid 50000 on 5 November UTR 123456789012", 0.8),
              ("yes", 0.45), ("yes", 0.9))
    confirm = _send(product, _a_note())
    assert confirm[0]["text"].startswith("I heard: “invoice 1043 paid 50000")
    assert render("confirm-yes-no", "en") in confirm[-1]["text"]
    assert _payments(engine) == 0
    unsure_yes = _send(product, _a_note())
    assert [r["text"] for r in unsure_yes] == [render("voice-note-confirm-unsure", "en",
                                                      text="yes")]
    assert _payments(engine) == 0
    saved = _send(product, _a_note())
    assert saved[0]["text"].startswith("I heard: “yes”")
    assert _payments(engine) == 1


def test_without_a_voice_the_answer_still_goes_as_text(product: Product) -> None:
    service = product.runtime.service
    assert service.voice_notes is not None and service.voice_notes.speaker is not None
    service.voice_notes.speaker.engine = "off"
    _scripted(product, ("help", 0.9))
    replies = _send(product, _a_note())
    assert replies[0]["text"].endswith(render("help-text", "en"))
    assert not any(r["attachments"] for r in replies)


def test_a_whatsapp_voice_note_is_fetched_from_twilio_and_heard_by_the_worker(
        product: Product) -> None:
    """The signed webhook stores the note and acknowledges at once; the worker fetches it
    from Twilio's media URL, hears it and answers; a 10-minute note is refused the same
    way without holding the worker."""
    import httpx

    from channels.inbound_media import MediaFetcher

    notes = {"/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1":
             spoken_wav("show my pending payments", "en"),
             "/2010-04-01/Accounts/AC1/Messages/MM2/Media/ME2":
             voice_note(np.zeros(16_000 * 600, dtype=np.float32))}

    def twilio(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=notes[request.url.path],
                              headers={"Content-Type": "audio/ogg"})

    service = product.runtime.service
    assert service.voice_notes is not None
    service.voice_notes = dataclasses.replace(
        service.voice_notes, fetch=MediaFetcher(account_sid="AC1", auth_token="secret",
                                                transport=httpx.MockTransport(twilio)))
    for path, expected in zip(notes, ("I heard: “", render("error-audio-too-long", "en",
                                                           minutes=2)), strict=True):
        params = {**product.twilio_params(RETAILER, ""), "NumMedia": "1",
                  "MediaUrl0": "https://api.twilio.com" + path,
                  "MediaContentType0": "audio/ogg"}
        before = product.outbox_ids()
        started = time.perf_counter()
        response = product.signed_post("/twilio/whatsapp", params)
        assert response.status_code == 200
        product.runtime.jobs.drain()
        assert time.perf_counter() - started < 15
        new = [row for row in product.outbox(RETAILER) if row.id not in before]
        assert new and new[0].body.startswith(expected), [row.body for row in new]


def test_a_notice_is_approved_by_voice_only_when_heard_surely(product: Product,
                                                              engine: Engine) -> None:
    _type(product, "send the legal notice for 1043")
    _type(product, "12 Gandhi Road, Chennai 600002")
    shown = _type(product, "45 Mount Road, Chennai 600006")
    assert "1043" in shown[-1]
    _scripted(product, ("approve", 0.45), ("approve", 0.9))
    unsure = _send(product, _a_note())
    assert [r["text"] for r in unsure] == [render("voice-note-confirm-unsure", "en",
                                                  text="approve")]

    def approved() -> int:
        with transaction(engine) as session:
            return len(session.execute(select(LegalNotice).where(
                LegalNotice.approved_at.is_not(None))).scalars().all())

    assert approved() == 0
    _send(product, _a_note())
    assert approved() == 1
