"""The extraction agent with a model configured (the real ChatOpenAI client against a
scripted local server): proposals fill only what the rules read unsurely, and only after
the validators pass them; a model that fails changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.language_models import BaseChatModel

from agents.extraction import extract_invoice
from agents.llm import make_chat_model
from bakaya.runtime import model_endpoint
from bakaya.settings import Settings
from tests.utils.fake_openai import ScriptedModel, scripted_openai_server
from tests.utils.invoice_docs import invoice_pdf, simple_invoice

# A total with no label at all: the rules can only guess it.
UNLABELLED = [line for line in simple_invoice() if not line.startswith("Total")] + \
    ["1,18,000.00"]


@pytest.fixture
def model() -> Iterator[tuple[BaseChatModel, ScriptedModel]]:
    with scripted_openai_server() as (base_url, scripted):
        settings = Settings(openai_base_url=base_url, openai_api_key="test-key",
                            llm_timeout_seconds=3, database_url="postgresql://unused")
        chat = make_chat_model(model_endpoint(settings))
        assert chat is not None
        yield chat, scripted


def _answer(**fields: Any) -> str:
    return json.dumps({"gstin_seller": None, "gstin_buyer": None, "invoice_number": None,
                       "invoice_date": None, "total": None, "udyam": None, **fields})


def test_a_proposal_shown_in_the_text_fills_an_unsure_field(
        model: tuple[BaseChatModel, ScriptedModel]) -> None:
    chat, scripted = model
    without = extract_invoice([invoice_pdf(UNLABELLED)])
    assert without.fields["total"].confidence < 0.8
    scripted.replies = [_answer(total="118000.00", invoice_number="WRONG-1")]
    read = extract_invoice([invoice_pdf(UNLABELLED)], chat_model=chat)
    assert (read.fields["total"].value, read.fields["total"].source) == ("118000.00", "model")
    assert read.fields["total"].confidence >= 0.8
    # a field the rules read surely is not the model's to change
    assert read.fields["invoice_number"].value == "TN-1045"
    assert read.fields["invoice_number"].source == "text-layer"
    assert "TN-1045" in scripted.requests[0]["messages"][0]["content"]


def test_invalid_or_unseen_proposals_are_not_believed(
        model: tuple[BaseChatModel, ScriptedModel]) -> None:
    chat, scripted = model
    lines = [line for line in UNLABELLED if not line.startswith("GSTIN:")]  # no buyer GSTIN
    scripted.replies = [_answer(total="99000.00", gstin_buyer="27AAPFU0939F1ZW",
                                udyam="UDYAM-XX-00-0000000")]
    read = extract_invoice([invoice_pdf(lines)], chat_model=chat)
    assert read.fields["gstin_buyer"].value is None  # wrong check character: refused
    assert read.fields["udyam"].value is None
    # a total the text does not show stays below the threshold: it is asked
    assert read.fields["total"].confidence < 0.8


@pytest.mark.parametrize("mode", ["garbage", "error"])
def test_a_failing_model_leaves_the_rules_reading(
        model: tuple[BaseChatModel, ScriptedModel], mode: str) -> None:
    chat, scripted = model
    scripted.mode = mode
    read = extract_invoice([invoice_pdf(UNLABELLED)], chat_model=chat)
    plain = extract_invoice([invoice_pdf(UNLABELLED)])
    assert read.to_json() == plain.to_json()
