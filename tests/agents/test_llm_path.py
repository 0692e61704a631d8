"""The LLM path through the real ChatOpenAI client against a scripted local server.

A valid model answer is used; garbage, an invalid slot, an HTTP error or a
timeout fall back to the deterministic reading, and a whole conversation
still completes correctly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, select

from agents.llm import make_chat_model
from agents.understanding import understand
from bakaya.runtime import model_endpoint
from bakaya.settings import Settings
from store.db import transaction
from store.ledger import register_retailer
from store.models import Invoice
from tests.utils.fake_openai import ScriptedModel, scripted_openai_server
from tests.utils.harness import running_product

TODAY = date(2026, 10, 10)
LINE = "INV-42 to 33AAACR5055K1ZE Rs 1,20,000 on 3 Oct, 30 days credit"


@pytest.fixture
def server() -> Iterator[tuple[str, ScriptedModel]]:
    with scripted_openai_server() as running:
        yield running


def _model(base_url: str, timeout: float = 2.0) -> object:
    settings = Settings(openai_base_url=base_url, openai_api_key="test-key",
                        llm_timeout_seconds=timeout, database_url="postgresql://unused")
    return make_chat_model(model_endpoint(settings))


def test_no_endpoint_configured_means_no_model() -> None:
    assert make_chat_model(model_endpoint(Settings(database_url="postgresql://unused"))) is None


def test_a_valid_model_answer_is_used(server: tuple[str, ScriptedModel]) -> None:
    base_url, model = server
    model.replies.append(json.dumps({"intent": "list_pending", "language": "hi", "slots": {}}))
    understood = understand("kya kya baaki hai mere", TODAY, chat_model=_model(base_url))
    assert (understood.intent, understood.language, understood.source) == (
        "list_pending", "hi", "model")
    assert len(model.requests) == 1
    sent = model.requests[0]
    assert "kya kya baaki hai mere" in json.dumps(sent["messages"], ensure_ascii=False)
    assert sent.get("max_tokens") or sent.get("max_completion_tokens")


def test_a_model_answer_for_the_daily_summary_keeps_its_boolean(
        server: tuple[str, ScriptedModel]) -> None:
    base_url, model = server
    model.replies.append(json.dumps({"intent": "daily_summary", "language": "en",
                                     "slots": {"enabled": False}}))
    understood = understand("daily summary off", TODAY, chat_model=_model(base_url))
    assert (understood.intent, understood.slots, understood.source) == (
        "daily_summary", {"enabled": False}, "model")


@pytest.mark.parametrize(("text", "answer"), [
    ("har hafte yaad dilao", {"intent": "set_reminder_cadence", "language": "hi",
                              "slots": {"days": 7}}),
    ("application no msefc/tn/2026/567 filed", {"intent": "filing_status", "language": "en",
                                                 "slots": {"application_number":
                                                           "MSEFC/TN/2026/567"}}),
    ("1045 ka notice bhejo", {"intent": "request_notice", "language": "hi",
                              "slots": {"invoice_number": "1045"}}),
])
def test_a_model_answer_for_the_escalation_intents_keeps_its_slots(
        server: tuple[str, ScriptedModel], text: str, answer: dict[str, object]) -> None:
    base_url, model = server
    sent = json.loads(json.dumps(answer))
    if "application_number" in sent["slots"]:
        sent["slots"]["application_number"] = "msefc/tn/2026/567"  # upper-cased on the way
    model.replies.append(json.dumps(sent))
    understood = understand(text, TODAY, chat_model=_model(base_url))
    assert (understood.to_json(), understood.source) == (answer, "model")


def test_the_model_answer_may_be_wrapped_in_prose(server: tuple[str, ScriptedModel]) -> None:
    base_url, model = server
    model.replies.append('Sure! {"intent": "help", "language": "en", "slots": {}} Hope it helps.')
    assert understand("what now", TODAY, chat_model=_model(base_url)).intent == "help"


@pytest.mark.parametrize("reply", [
    '{"intent": "delete_everything", "language": "en", "slots": {}}',
    '{"intent": "add_invoice", "language": "fr", "slots": {}}',
    '{"intent": "add_invoice", "language": "en", "slots": {"gstin": "33AAACR5055K1ZX"}}',
    '{"intent": "add_invoice", "language": "en", "slots": {"amount": "-5"}}',
    '{"intent": "add_invoice", "language": "en", "slots": {"retailer_id": 7}}',
    '{"intent": "mark_paid", "language": "en", "slots": {"date": "yesterday"}}',
    '{"intent": "daily_summary", "language": "en", "slots": {"enabled": "off"}}',
    '{"intent": "daily_summary", "language": "en", "slots": {"enabled": 0}}',
    '{"intent": "set_reminder_cadence", "language": "en", "slots": {"days": "7"}}',
    '{"intent": "set_reminder_cadence", "language": "en", "slots": {"days": true}}',
    "[1, 2, 3]",
    "no json here",
])
def test_invalid_model_output_falls_back_to_the_rules(server: tuple[str, ScriptedModel],
                                                      reply: str) -> None:
    base_url, model = server
    model.replies.append(reply)
    understood = understand(LINE, TODAY, chat_model=_model(base_url))
    assert understood.source == "rules"
    assert understood.intent == "add_invoice"
    assert understood.slots["gstin"] == "33AAACR5055K1ZE"
    assert understood.slots["amount"] == "120000.00"


@pytest.mark.parametrize("mode", ["garbage", "error", "timeout"])
def test_a_broken_model_falls_back_to_the_rules(server: tuple[str, ScriptedModel],
                                                mode: str) -> None:
    base_url, model = server
    model.mode = mode
    model.sleep_seconds = 2.0
    understood = understand(LINE, TODAY, chat_model=_model(base_url, timeout=0.5))
    assert understood.source == "rules" and understood.intent == "add_invoice"
    assert model.requests, "the model was not even asked"


@pytest.mark.parametrize("mode", ["script", "garbage", "error", "timeout"])
def test_a_conversation_completes_whatever_the_model_does(
        server: tuple[str, ScriptedModel], engine: Engine, database_url: str, mode: str) -> None:
    base_url, model = server
    model.mode = mode
    model.sleep_seconds = 1.5
    # A correct model reading for the first line, then nothing useful.
    model.replies.append(json.dumps({"intent": "add_invoice", "language": "en", "slots": {
        "invoice_number": "INV-42", "gstin": "33AAACR5055K1ZE", "amount": "120000.00",
        "date": "2026-10-03", "agreed_days": 30}}))
    with transaction(engine) as session:
        register_retailer(session, phone="+919840012345", name="Lakshmi Textiles",
                          language="en", udyam_number="UDYAM-TN-02-0012345",
                          udyam_registered_on=date(2024, 1, 10), enterprise_type="micro",
                          activity="manufacturing", consent_at=None)
    with running_product(engine, database_url, openai_base_url=base_url,
                         openai_api_key="test-key", llm_timeout_seconds=0.5) as product:
        for text in (LINE, "Ravi Stores", "9876543210", "same", "yes"):
            assert product.send("+919840012345", text)
    with transaction(engine) as session:
        invoice = session.execute(select(Invoice)).scalar_one()
        assert (invoice.number, str(invoice.due_date), str(invoice.principal)) == (
            "INV-42", "2026-11-02", "120000.00")
    assert model.requests, "the product never asked the model"
