"""The retailer's controls over chasing: pause or resume a buyer's reminders for one
invoice, and turn the daily summary on or off.

A buyer's dispute pauses that invoice's reminders (:mod:`agents.flows.buyer_messages`);
"resume reminders for 77" starts them again, and the stage missed meanwhile is taken
again now (the monitor sends it at the next allowed hour). Every change is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime

from agents.deps import AgentDeps
from agents.flows.common import ask, done, now, say, text
from agents.state import ConversationState, Node, TurnContext
from store.models import Invoice, InvoiceStatus
from store.repositories import OPEN_STATUSES
from store.unit_of_work import UnitOfWork

PAUSE, RESUME, SUMMARY = "pause_reminders", "resume_reminders", "daily_summary"


def _slots(state: ConversationState) -> dict[str, Any]:
    return dict((state.get("understood") or {}).get("slots") or {})


def _invoice_asked(flow: str, state: ConversationState, uow: UnitOfWork,
                   retailer_id: int) -> Invoice | dict[str, Any]:
    """The invoice the message names (or the answer to "which invoice?"), or the reply."""
    number = text(state) if state.get("flow") == flow \
        else str(_slots(state).get("invoice_number") or "")
    if not number:
        return ask(flow, "invoice_number", {}, say(state, "invoice-ask-which"))
    invoice = uow.invoices(retailer_id).by_number(number)
    if invoice is None:
        return done(say(state, "invoice-not-found", number=number))
    if invoice.status not in OPEN_STATUSES:
        return done(say(state, "reminders-invoice-closed", number=invoice.number,
                        status=say(state, f"status-{invoice.status.value.replace('_', '-')}")))
    return invoice


#: What a control does to the invoice it names: the update to return.
_Act = Callable[[ConversationState, UnitOfWork, int, Invoice], dict[str, Any]]


def _invoice_control(flow: str, act: _Act) -> Callable[[AgentDeps], Node]:
    def build(deps: AgentDeps) -> Node:
        def node(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
            retailer_id = state["retailer_id"]
            assert retailer_id is not None
            uow = runtime.context.uow
            found = _invoice_asked(flow, state, uow, retailer_id)
            return act(state, uow, retailer_id, found) if isinstance(found, Invoice) else found

        return node

    return build


def _pause(state: ConversationState, uow: UnitOfWork, retailer_id: int,
           invoice: Invoice) -> dict[str, Any]:
    if invoice.reminders_paused_at is not None:
        return done(say(state, "reminders-already-paused", number=invoice.number))
    moment = now(state)
    uow.actions.pause_reminders(invoice, moment, "retailer")
    uow.audit(actor="retailer", action="reminders.paused", entity="invoice",
              entity_id=invoice.id, retailer_id=retailer_id, now=moment)
    return done(say(state, "reminders-paused", number=invoice.number))


def _resume(state: ConversationState, uow: UnitOfWork, retailer_id: int,
            invoice: Invoice) -> dict[str, Any]:
    if invoice.reminders_paused_at is None and invoice.status != InvoiceStatus.DISPUTE_FILED:
        return done(say(state, "reminders-not-paused", number=invoice.number))
    moment = now(state)
    missed = uow.actions.resume_reminders(invoice, moment)
    uow.audit(actor="retailer", action="reminders.resumed", entity="invoice",
              entity_id=invoice.id, retailer_id=retailer_id, now=moment,
              details={"retaken_stage": missed})
    replies = [say(state, "reminders-resumed", number=invoice.number)]
    if missed is not None:
        replies.append(say(state, "reminders-resumed-missed", buyer=invoice.buyer.name))
    return done(*replies)


build_pause_reminders = _invoice_control(PAUSE, _pause)
build_resume_reminders = _invoice_control(RESUME, _resume)


def build_daily_summary(deps: AgentDeps) -> Node:
    def daily_summary(state: ConversationState, *,
                      runtime: Runtime[TurnContext]) -> dict[str, Any]:
        retailer_id = state["retailer_id"]
        assert retailer_id is not None
        uow = runtime.context.uow
        retailer = uow.retailers.get(retailer_id)
        assert retailer is not None
        enabled = _slots(state).get("enabled")
        if not isinstance(enabled, bool):  # "daily summary": say how it is and how to change
            return done(say(state, "summary-is-on" if retailer.daily_summary
                            else "summary-is-off"))
        if enabled == retailer.daily_summary:
            return done(say(state, "summary-turned-on" if enabled else "summary-turned-off"))
        uow.retailers.update(retailer_id, daily_summary=enabled)
        uow.audit(actor="retailer", action="daily_summary." + ("on" if enabled else "off"),
                  entity="retailer", entity_id=retailer_id, retailer_id=retailer_id,
                  now=now(state))
        return done(say(state, "summary-turned-on" if enabled else "summary-turned-off"))

    return daily_summary
