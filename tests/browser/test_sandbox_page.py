"""The sandbox page in headless Chromium (Debian's package), as a person uses it, in each
language: onboarding as a retailer, adding an invoice, listing it. One screenshot per
language is kept in ``tests/artifacts/`` (``sandbox_en.png``, ``sandbox_hi.png``,
``sandbox_ta.png``), and Devanagari and Tamil must be drawn as glyphs, not as empty boxes:
scripts/setup.sh installs fonts-noto-core for them."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from prompts import render
from tests.utils.server import served

CHROMIUM = os.environ.get("BAKAYA_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
SENTINEL = "\x00"

# What a retailer types, turn by turn, and the message each turn must answer with (its
# fixed wording in the conversation's language). Hindi and Tamil are typed in their scripts.
TURNS: dict[str, list[tuple[str, str]]] = {
    "en": [("hello", "onboarding-welcome"), ("3", "onboarding-ask-udyam"),
           ("UDYAM-TN-02-0012345", "onboarding-ask-udyam-date"),
           ("10 Jan 2024", "onboarding-ask-enterprise-type"), ("micro", "onboarding-ask-activity"),
           ("manufacturing", "onboarding-ask-name"), ("Lakshmi Textiles", "onboarding-ask-upi"),
           ("skip", "onboarding-ask-consent"), ("yes", "onboarding-done"),
           ("INV-42 to 33AAACR5055K1ZE Rs 1,20,000 on 3 Oct, 30 days credit",
            "invoice-ask-buyer-name"),
           ("Ravi Stores", "invoice-ask-buyer-phone"),
           ("+919876543210", "invoice-ask-accepted-on"), ("same", "invoice-confirm"),
           ("yes", "invoice-saved"), ("show pending", "pending-line")],
    "hi": [("नमस्ते", "onboarding-welcome"), ("हिंदी", "onboarding-ask-udyam"),
           ("UDYAM-TN-02-0012345", "onboarding-ask-udyam-date"),
           ("10 जनवरी 2024", "onboarding-ask-enterprise-type"),
           ("सूक्ष्म", "onboarding-ask-activity"), ("विनिर्माण", "onboarding-ask-name"),
           ("Lakshmi Textiles", "onboarding-ask-upi"), ("बाद में", "onboarding-ask-consent"),
           ("हाँ", "onboarding-done"),
           ("नया बिल INV-42 33AAACR5055K1ZE 1,20,000 रुपये 3 अक्टूबर 30 दिन उधार",
            "invoice-ask-buyer-name"),
           ("Ravi Stores", "invoice-ask-buyer-phone"), ("9876543210", "invoice-ask-accepted-on"),
           ("वही", "invoice-confirm"), ("हाँ", "invoice-saved"),
           ("मेरा बकाया दिखाओ", "pending-line")],
    "ta": [("வணக்கம்", "onboarding-welcome"), ("தமிழ்", "onboarding-ask-udyam"),
           ("UDYAM-TN-02-0012345", "onboarding-ask-udyam-date"),
           ("10 ஜனவரி 2024", "onboarding-ask-enterprise-type"),
           ("குறு", "onboarding-ask-activity"), ("உற்பத்தி", "onboarding-ask-name"),
           ("Lakshmi Textiles", "onboarding-ask-upi"), ("பிறகு", "onboarding-ask-consent"),
           ("ஆம்", "onboarding-done"),
           ("INV-42 33AAACR5055K1ZE க்கு 1,20,000 பில் அக்டோபர் 3, 30 நாள் கடன்",
            "invoice-ask-buyer-name"),
           ("Ravi Stores", "invoice-ask-buyer-phone"), ("98765 43210", "invoice-ask-accepted-on"),
           ("அதே", "invoice-confirm"), ("சரி", "invoice-saved"),
           ("நிலுவை காட்டு", "pending-line")],
}

# Draws ``sample`` on a canvas in the font the chat log uses, then the same number of code
# points that no font draws (U+0378, unassigned; U+E000, private use): a script without a
# font comes out as those same empty boxes, pixel for pixel.
GLYPH_PROBE = """(sample) => {
  const style = getComputedStyle(document.querySelector('#retailer-log .msg'));
  const font = style.fontSize + ' ' + style.fontFamily;
  const count = [...sample].length;
  const draw = (text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 1600; canvas.height = 64;
    const context = canvas.getContext('2d');
    context.font = font; context.textBaseline = 'top'; context.fillStyle = '#000';
    context.fillText(text, 4, 16);
    const alpha = context.getImageData(0, 0, canvas.width, canvas.height).data
      .filter((_, index) => index % 4 === 3);
    return {width: context.measureText(text).width, alpha};
  };
  const differing = (a, b) => a.alpha.reduce((n, value, i) => n + (value !== b.alpha[i]), 0);
  const text = draw(sample);
  const unassigned = draw('\\u0378'.repeat(count));
  const privateUse = draw('\\uE000'.repeat(count));
  return {font, ink: text.alpha.filter((value) => value > 0).length, width: text.width,
          boxesWidth: unassigned.width, vsUnassigned: differing(text, unassigned),
          vsPrivateUse: differing(text, privateUse)};
}"""
SCRIPTS = {"hi": re.compile(r"[\u0900-\u097F]"), "ta": re.compile(r"[\u0B80-\u0BFF]")}


@pytest.fixture
def server(database_url: str) -> Iterator[str]:
    with served(database_url) as base:
        yield base


def fixed_text(message_id: str, language: str) -> str:
    """The longest fixed part of a message (the text between its placeholders)."""
    names = set(re.findall(r"\$([a-z_]+)", "".join(
        path.read_text(encoding="utf-8")
        for path in (Path(__file__).resolve().parents[2] / "prompts" / "en").glob("*.ftl")
        if re.search(rf"^{re.escape(message_id)} =", path.read_text(encoding="utf-8"), re.M))))
    rendered = render(message_id, language, **{name: SENTINEL for name in names})
    parts = [line.strip() for part in rendered.split(SENTINEL) for line in part.splitlines()]
    return max(parts, key=len)


def _say(page: Page, text: str, expect_text: str) -> None:
    page.fill("#retailer-text", text)
    page.click("#retailer-send")
    expect(page.locator("#retailer-log")).to_contain_text(expect_text, timeout=20_000)


@pytest.mark.parametrize("language", ["en", "hi", "ta"])
def test_a_person_onboards_adds_an_invoice_and_lists_it(server: str, language: str) -> None:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: scripts/setup.sh installs chromium"
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / f"sandbox_{language}.png"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{server}/sandbox?lang={language}")
            expect(page.locator("h1")).to_have_text(render("sandbox-title", language))
            for text, message_id in TURNS[language]:
                _say(page, text, fixed_text(message_id, language))
            log = page.locator("#retailer-log")
            expect(log).to_contain_text("Bakaya")  # the brand in Latin letters in every language
            expect(log).to_contain_text("INV-42 - Ravi Stores")
            expect(log).to_contain_text("₹1,20,000")
            assert "₹1,20,000.00" not in log.inner_text()  # whole rupees in chat
            glyphs = _glyph_report(page, language)
            page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    assert screenshot.stat().st_size > 10_000
    if glyphs is not None:
        assert glyphs["ink"] > 0, glyphs
        assert glyphs["vsUnassigned"] > glyphs["ink"] // 4, glyphs
        assert glyphs["vsPrivateUse"] > glyphs["ink"] // 4, glyphs


def _glyph_report(page: Page, language: str) -> dict[str, Any] | None:
    """How the last reply's first line in Devanagari or Tamil is drawn (None for English)."""
    if language not in SCRIPTS:
        return None
    # The probe itself: code points no font has are all boxes, the same pixels as the reference.
    boxes: dict[str, Any] = page.evaluate(GLYPH_PROBE, "\u0378\u0379\u0378\u0379")
    assert boxes["vsUnassigned"] == 0 and boxes["vsPrivateUse"] == 0, boxes
    lines = page.locator("#retailer-log .msg").last.inner_text().splitlines()
    sample = next(line for line in lines if SCRIPTS[language].search(line))
    report: dict[str, Any] = page.evaluate(GLYPH_PROBE, sample)
    return {"sample": sample, **report}


def test_a_photo_attached_on_the_page_is_read(server: str, tmp_path: Path) -> None:
    from tests.utils.invoice_docs import invoice_pdf, photo_of, simple_invoice

    photo = tmp_path / "IMG_20261014.jpg"
    photo.write_bytes(photo_of(invoice_pdf(simple_invoice("INV-77")), rotate=90))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{server}/sandbox?lang=en")
            for text, message_id in TURNS["en"][:9]:  # onboarded
                _say(page, text, fixed_text(message_id, "en"))
            expect(page.locator(".attach").first).to_have_attribute(
                "title", render("sandbox-attach", "en"))
            page.set_input_files("#retailer-file", str(photo))
            log = page.locator("#retailer-log")
            expect(log).to_contain_text("📎 IMG_20261014.jpg", timeout=20_000)
            expect(log).to_contain_text(render("document-read", "en", pages=1), timeout=30_000)
            expect(log).to_contain_text(fixed_text("invoice-ask-buyer-name", "en"))
            # the form goes on from the photo: the invoice number came from it
            _say(page, "Lakshmi Stores", fixed_text("invoice-ask-buyer-phone", "en"))
            _say(page, "skip", fixed_text("invoice-ask-accepted-on", "en"))
            _say(page, "same", fixed_text("invoice-ask-agreed-days", "en"))
            _say(page, "none", "Invoice INV-77 to Lakshmi Stores (27AAPFU0939F1ZV)")
        finally:
            browser.close()


# What a retailer says into the page's microphone, in each language.
SPOKEN = {"en": "show my pending payments", "hi": "मेरा पेंडिंग बताओ",
          "ta": "என் பெண்டிங் லிஸ்ட் சொல்லு"}


# Three retailers, one per language, each with the page's microphone playing their clip.
PHONES = {"en": "+919840012345", "hi": "+919840012346", "ta": "+919840012347"}


def test_a_voice_note_recorded_on_the_page_is_heard_and_answered(
        database_url: str, tmp_path: Path) -> None:
    """Chromium's fake microphone plays an espeak-ng clip; the page records it with
    MediaRecorder (WebM/Opus), sends it, and shows the answer in the retailer's language;
    a heard note is answered with a voice note the page can play. One clip per language."""

    from store.db import make_engine, transaction
    from store.ledger import register_retailer
    from tests.utils.speech import spoken_wav
    from tools.audio import read_audio

    engine = make_engine(database_url)
    with transaction(engine) as session:
        for language, phone in PHONES.items():
            register_retailer(session, phone=phone, name=f"Lakshmi Textiles {language}",
                              language=language, udyam_number=None, udyam_registered_on=None,
                              enterprise_type="micro", activity="manufacturing",
                              consent_at=None)
    engine.dispose()
    with served(database_url, BAKAYA_VOICE_REPLIES="espeak") as server, \
            sync_playwright() as playwright:
        for language, phone in PHONES.items():
            clip = tmp_path / f"clip-{language}.wav"
            clip.write_bytes(spoken_wav(SPOKEN[language], language))
            seconds = read_audio(clip.read_bytes()).duration_s
            flags = [*CHROMIUM_FLAGS, "--use-fake-ui-for-media-stream",
                     "--use-fake-device-for-media-stream",
                     f"--use-file-for-fake-audio-capture={clip}%noloop"]
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=flags)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(f"{server}/sandbox?lang={language}")
                page.fill("#retailer-phone", phone)
                page.dispatch_event("#retailer-phone", "change")
                _record_and_check(page, language, seconds)
            finally:
                browser.close()


def _record_and_check(page: Page, language: str, seconds: float) -> None:
    record = page.locator("#retailer-record")
    expect(record).to_have_attribute("title", render("sandbox-record", language))
    record.click()
    expect(record).to_have_class(re.compile(r"\bon\b"))
    page.wait_for_timeout(int(seconds * 1000) + 800)
    record.click()  # stop: the note is sent
    log = page.locator("#retailer-log")
    expect(log).to_contain_text("🎤 " + render("sandbox-voice-note", language),
                                timeout=20_000)
    expect(log.locator(".msg.out audio")).to_have_count(1)  # your own note plays
    heard = fixed_text("voice-note-heard", language)
    unheard = render("voice-note-not-heard", language)
    answer = log.locator(".msg.in").filter(
        has_text=re.compile(f"{re.escape(heard)}|{re.escape(unheard)}"))
    expect(answer).to_have_count(1, timeout=30_000)
    if language == "en":  # the embedded model hears English espeak-ng surely
        expect(answer).to_contain_text("pending")
        expect(log.locator(".msg.in audio")).to_have_count(1)
