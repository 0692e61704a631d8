"""The sandbox page in headless Chromium (Debian's package), as a person uses it:
onboarding as a retailer, adding an invoice, listing it; a screenshot is kept in
``tests/artifacts/``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from tests.utils.server import served

CHROMIUM = os.environ.get("BAKAYA_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


@pytest.fixture
def server(database_url: str) -> Iterator[str]:
    with served(database_url) as base:
        yield base


def _say(page: Page, text: str, expect_text: str) -> None:
    page.fill("#retailer-text", text)
    page.click("#retailer-send")
    expect(page.locator("#retailer-log")).to_contain_text(expect_text, timeout=20_000)


def test_a_person_onboards_adds_an_invoice_and_lists_it(server: str) -> None:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: scripts/setup.sh installs chromium"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(server + "/sandbox")
            expect(page.locator("h1")).to_have_text("Bakaya sandbox")
            _say(page, "hello", "Welcome to Bakaya")
            _say(page, "3", "Udyam registration number")
            _say(page, "UDYAM-TN-02-0012345", "registered on Udyam")
            _say(page, "10 Jan 2024", "Micro")
            _say(page, "micro", "Manufacturing")
            _say(page, "manufacturing", "business name")
            _say(page, "Lakshmi Textiles", "UPI id")
            _say(page, "skip", "Reply YES")
            _say(page, "yes", "All set, Lakshmi Textiles!")
            _say(page, "INV-42 to 33AAACR5055K1ZE Rs 1,20,000 on 3 Oct, 30 days credit",
                 "buyer's name")
            _say(page, "Ravi Stores", "mobile number")
            page.fill("#buyer-phone", "+919876543210")
            _say(page, "+919876543210", "receive (accept)")
            _say(page, "same", "Payment due by")
            _say(page, "yes", "Saved invoice INV-42")
            _say(page, "show pending", "INV-42 - Ravi Stores")
            expect(page.locator("#retailer-log")).to_contain_text("₹1,20,000.00")
            page.screenshot(path=str(ARTIFACTS / "sandbox_onboarding_to_pending.png"),
                            full_page=True)
        finally:
            browser.close()
    assert (ARTIFACTS / "sandbox_onboarding_to_pending.png").stat().st_size > 10_000
