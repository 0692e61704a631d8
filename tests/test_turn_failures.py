"""A turn that fails never blocks a conversation.

It is tried again a bounded number of times; a turn that fails part-way leaves
nothing behind (its ledger writes roll back with it) and, when a later try
succeeds, its effects happen once. A turn that keeps failing is set aside with
its error, the sender is told in their language, the conversation goes on, and
an operator lists and retries it from the CLI.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from agents.graph import ConversationGraph
from prompts import render
from store.db import transaction
from store.ledger import register_retailer
from store.models import Invoice, Message
from tests.utils.harness import Product, running_product

BAKAYA = str(Path(sys.executable).with_name("bakaya"))
RETAILER = "+919840012345"


class FailingGraph:
    """The real graph, failing after a real run when a turn's text matches: the turn's
    ledger writes have happened in its unit of work when the failure comes."""

    def __init__(self, graph: ConversationGraph, text: str, times: int) -> None:
        self.graph, self.text, self.times, self.calls = graph, text, times, 0

    def invoke(self, state: dict[str, Any], config: Any, **options: Any) -> Any:
        values = self.graph.invoke(state, config, **options)  # type: ignore[arg-type]
        if state["turn"]["text"] == self.text:
            self.calls += 1
            if self.calls <= self.times:
                raise RuntimeError(f"injected failure {self.calls}")
        return values

    def __getattr__(self, name: str) -> Any:
        return getattr(self.graph, name)


def _register(engine: Engine, language: str = "en") -> None:
    with transaction(engine) as session:
        register_retailer(session, phone=RETAILER, name="Lakshmi Textiles", language=language,
                          udyam_number="UDYAM-TN-02-0012345",
                          udyam_registered_on=date(2024, 1, 10), enterprise_type="micro",
                          activity="manufacturing", consent_at=None)


def _fail_on(product: Product, text: str, times: int) -> FailingGraph:
    failing = FailingGraph(product.runtime.service.graph, text, times)
    product.runtime.service.graph = failing  # type: ignore[assignment]
    return failing


def _invoices(engine: Engine) -> int:
    with transaction(engine) as session:
        return int(session.execute(select(func.count()).select_from(Invoice)).scalar_one())


def _start_invoice(product: Product) -> None:
    for text in ("INV-42 to 33AAACR5055K1ZE Rs 1,20,000 on 3 Oct, 30 days credit",
                 "Ravi Stores", "98765 43210", "same"):
        product.send(RETAILER, text)


def test_a_turn_that_fails_once_is_retried_and_its_writes_happen_once(
        engine: Engine, database_url: str) -> None:
    _register(engine)
    with running_product(engine, database_url) as product:
        _start_invoice(product)
        failing = _fail_on(product, "yes", times=1)
        replies = product.send(RETAILER, "yes")
        assert failing.calls == 2
        assert [r for r in replies if "Saved invoice" in r] == [replies[0]], replies
        assert "Saved invoice INV-42" in replies[0]
        assert _invoices(engine) == 1  # the failed try's invoice was rolled back
        assert "Nothing is pending" not in " ".join(product.send(RETAILER, "pending"))


def test_a_turn_that_keeps_failing_is_set_aside_and_the_conversation_goes_on(
        engine: Engine, database_url: str) -> None:
    _register(engine, language="hi")
    with running_product(engine, database_url) as product:
        _start_invoice(product)
        failing = _fail_on(product, "yes", times=100)
        replies = product.send(RETAILER, "yes")
        assert failing.calls == 3
        assert replies == [render("turn-failed", "hi")]
        assert _invoices(engine) == 0
        # The flow the failed turn was in is over; the next message is answered.
        help_reply = product.send(RETAILER, "help")
        assert help_reply and render("help-text", "hi")[:20] in help_reply[0]
        with transaction(engine) as session:
            kept = session.execute(select(Message).where(
                Message.set_aside_at.is_not(None))).scalar_one()
            assert (kept.body, kept.turn_attempts, kept.status) == ("yes", 3, "set_aside")
            assert "injected failure 3" in (kept.turn_error or "")
            kept_id = kept.id

    env = {**os.environ, "DATABASE_URL": database_url}
    listed = subprocess.run([BAKAYA, "messages", "set-aside", "--json"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)["messages"]
    assert (row["id"], row["from"], row["text"], row["attempts"]) == (kept_id, RETAILER,
                                                                        "yes", 3)
    # The cause is gone (no failing graph in the CLI's process): the retry runs the turn.
    retried = subprocess.run([BAKAYA, "messages", "retry", str(kept_id), "--json"],
                             capture_output=True, text=True, env=env, timeout=120)
    assert retried.returncode == 0, retried.stderr
    with transaction(engine) as session:
        message = session.get(Message, kept_id)
        assert message is not None and message.set_aside_at is None
        assert message.processed_at is not None
    again = subprocess.run([BAKAYA, "messages", "retry", str(kept_id)], capture_output=True,
                           text=True, env=env, timeout=120)
    assert again.returncode == 2 and "Traceback" not in again.stderr


def test_an_amount_beyond_what_the_ledger_holds_is_refused_before_confirmation(
        engine: Engine, database_url: str) -> None:
    _register(engine, language="ta")
    with running_product(engine, database_url) as product:
        for text in ("add invoice INV-9", "33AAACR5055K1ZE", "Ravi Stores", "98765 43210"):
            product.send(RETAILER, text)
        refused = product.send(RETAILER, "10,00,00,00,00,000")
        assert any(re.search(r"₹10,00,00,00,000(?![.\d])", reply) for reply in refused), refused
        assert any(render("invoice-ask-amount", "ta")[:15] in reply for reply in refused)
        for text in ("50000", "3 Oct", "same", "30"):
            product.send(RETAILER, text)
        saved = product.send(RETAILER, "yes")
        assert _invoices(engine) == 1, saved
        with transaction(engine) as session:
            assert session.execute(select(Message).where(
                Message.set_aside_at.is_not(None))).first() is None


def test_a_second_claim_of_a_udyam_number_is_refused_recorded_and_the_flow_goes_on(
        engine: Engine, database_url: str) -> None:
    _register(engine)  # holds UDYAM-TN-02-0012345
    stranger = "+919876500011"
    with running_product(engine, database_url) as product:
        for text in ("hi", "2"):
            product.send(stranger, text)
        refused = product.send(stranger, "UDYAM-TN-02-0012345")
        assert refused and "UDYAM-TN-02-0012345" in refused[0], refused
        assert render("onboarding-ask-udyam", "hi") in refused[-1]
        for text in ("NONE", "1", "manufacturing", "Murugan Traders", "skip", "haan"):
            replies = product.send(stranger, text)
        assert replies and "Murugan Traders" in replies[0], replies
    with transaction(engine) as session:
        from store.models import AuditEntry, Retailer

        claims = session.execute(select(AuditEntry).where(
            AuditEntry.action == "udyam.claim_refused")).scalars().all()
        assert len(claims) == 1 and stranger not in str(claims[0].details)
        newcomer = session.execute(select(Retailer).where(
            Retailer.phone == stranger)).scalar_one()
        assert newcomer.udyam_number is None


def test_saving_an_invoice_for_a_buyer_without_contact_says_no_reminder_will_go(
        engine: Engine, database_url: str) -> None:
    _register(engine, language="hi")
    with running_product(engine, database_url) as product:
        for text in ("INV-5 to 33AAACR5055K1ZE Rs 40,000 on 3 Oct, 30 days credit",
                     "Ravi Stores", "skip", "same"):
            product.send(RETAILER, text)
        saved = product.send(RETAILER, "haan")
    assert render("invoice-reminders-none-no-contact", "hi", buyer="Ravi Stores") in saved
    assert not any(render("invoice-reminders-planned", "hi", dates="")[:10] in r
                   for r in saved[1:]), saved
