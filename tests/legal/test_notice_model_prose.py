"""A configured model may reword a notice's paragraphs; a paragraph that loses or changes
a number is not used, and the whole is used only while every mandatory element of the
notice survives (through the real ChatOpenAI client against a scripted server)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from agents.legal_drafting import reworded
from agents.llm import make_chat_model
from bakaya.runtime import model_endpoint
from bakaya.settings import Settings
from tests.utils.fake_openai import ScriptedModel, scripted_openai_server
from tools.bank_rate import load_bank_rates
from tools.demand_notice import (
    DemandNotice,
    NoticeInvoice,
    NoticeKind,
    NoticeParty,
    missing_elements,
    notice_document,
)
from tools.due_date import compute_due_date
from tools.interest import InterestPolicy, compute_interest

AS_OF = date(2026, 12, 5)
POLICY = InterestPolicy(bank_rates=load_bank_rates())


def _notice() -> DemandNotice:
    day = date(2026, 7, 1)
    quote = compute_interest(Decimal("85000"), compute_due_date(day, agreed_days=30), AS_OF,
                             policy=POLICY)
    return DemandNotice(
        reference="BKY-1-2026-0001", kind=NoticeKind.SECTION16,
        supplier=NoticeParty("Lakshmi Textiles", "12 Gandhi Road, Chennai 600002",
                             "33AAAAR6720M1ZG", "UDYAM-TN-02-0012345", "micro",
                             date(2024, 1, 10)),
        buyer=NoticeParty("Ravi Stores", "45 Mount Road, Chennai 600006", "33AACCR5055K1ZE"),
        invoices=(NoticeInvoice("INV-501", day, day, 30, quote),), as_of=AS_OF,
        place="Chennai")


@pytest.fixture
def server() -> Iterator[tuple[str, ScriptedModel]]:
    with scripted_openai_server() as running:
        yield running


def _model(base_url: str) -> Any:
    settings = Settings(openai_base_url=base_url, openai_api_key="test-key",
                        database_url="postgresql://unused")
    return make_chat_model(model_endpoint(settings))


def _paragraph(prompt: str) -> str:
    found = re.search(r"Paragraph:\s*<<<(.*?)>>>", prompt, re.S)
    assert found, prompt
    return found.group(1)


def test_a_rewording_that_keeps_every_number_is_used(
        server: tuple[str, ScriptedModel]) -> None:
    base_url, model = server
    model.responder = lambda prompt: "<<<Kindly note: " + _paragraph(prompt) + ">>>"
    notice = _notice()
    document = notice_document(notice, "en")
    better, used = reworded(document, notice, _model(base_url))
    assert used
    assert better.text() != document.text() and "Kindly note:" in better.text()
    assert missing_elements(better.text(), notice, "en") == ()


def test_a_rewording_that_changes_a_figure_is_not_used(
        server: tuple[str, ScriptedModel]) -> None:
    base_url, model = server
    # every paragraph's amounts rounded away: each paragraph fails its own check
    model.responder = lambda prompt: "<<<" + re.sub(r"\d", "9", _paragraph(prompt)) + ">>>"
    notice = _notice()
    document = notice_document(notice, "en")
    kept, used = reworded(document, notice, _model(base_url))
    assert not used and kept == document


def test_a_model_error_keeps_the_template(server: tuple[str, ScriptedModel]) -> None:
    base_url, model = server
    model.mode = "error"
    notice = _notice()
    document = notice_document(notice, "ta")
    assert reworded(document, notice, _model(base_url)) == (document, False)
