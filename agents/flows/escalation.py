"""Escalation past reminders: a demand notice asked for, the MSME ODR (Samadhaan) filing,
and how often overdue buyers are reminded.

Three small nodes, one per intent of the router (``request_notice``, ``filing_status``,
``set_reminder_cadence``); their sentences are in ``prompts/<lang>/escalation.ftl``.
What each does:

* a demand notice (MSMED Act 2006, ss.15-16) is drafted for the retailer's approval
  before anything reaches the buyer; :func:`draft_notice` is where the drafting goes
  (``agents/legal_drafting.py``, docs/architecture.md);
* the application number of a reference to the Facilitation Council under s.18 (made
  through the MSME ODR portal) is acknowledged, not yet stored;
* the days between reminders to overdue buyers are saved (3 to 30) and said back.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agents.deps import AgentDeps
from agents.flows.common import ask, done, error_text, say, text, today
from agents.retailer_commands import cadence_days
from agents.state import ConversationState, Node, TurnContext
from store.models import Invoice
from store.repositories import OPEN_STATUSES
from store.unit_of_work import UnitOfWork
from tools.errors import InputError

NOTICE, FILING, CADENCE = "request_notice", "filing_status", "set_reminder_cadence"


def _understood(state: ConversationState) -> dict[str, Any]:
    return dict(state.get("understood") or {})


def _slots(state: ConversationState) -> dict[str, Any]:
    return dict(_understood(state).get("slots") or {})


# --- request_notice ---------------------------------------------------------------------

def build_request_notice(deps: AgentDeps) -> Node:
    """The invoice the notice is for (asked when the message names none), then
    :func:`draft_notice`. A closed invoice (paid, written off) gets no notice."""

    def request_notice(state: ConversationState, *,
                       runtime: Runtime[TurnContext]) -> dict[str, Any]:
        retailer_id = state["retailer_id"]
        assert retailer_id is not None
        uow = runtime.context.uow
        # An answer to "which invoice?" may be read as a number ("INV-1045") or be one.
        number = str(_slots(state).get("invoice_number") or "")
        if not number and state.get("flow") == NOTICE:
            number = text(state)
        if not number:
            buyer = _understood(state).get("buyer_name")
            return ask(NOTICE, "invoice_number", {},
                       say(state, "escalation-notice-ask-which-buyer", buyer=buyer) if buyer
                       else say(state, "escalation-notice-ask-which"))
        invoice = uow.invoices(retailer_id).by_number(number)
        if invoice is None:
            return done(say(state, "invoice-not-found", number=number))
        if invoice.status not in OPEN_STATUSES:
            status = say(state, f"status-{invoice.status.value.replace('_', '-')}")
            return done(say(state, "escalation-notice-invoice-closed", number=invoice.number,
                            status=status))
        return draft_notice(state, uow, retailer_id, invoice)

    return request_notice


def draft_notice(state: ConversationState, uow: UnitOfWork, retailer_id: int,
                 invoice: Invoice) -> dict[str, Any]:
    """Draft the demand notice for ``invoice`` and put it before the retailer.

    For now it only says that the notice will be drafted for approval; the drafting
    (agents/legal_drafting.py: the notice PDF, its approval, its sending) replaces this
    body. Nothing reaches the buyer before the retailer approves.
    """
    return done(say(state, "escalation-notice-will-be-drafted", number=invoice.number,
                    buyer=invoice.buyer.name))


# --- filing_status -------------------------------------------------------------------------

def build_filing_status(deps: AgentDeps) -> Node:
    """An application number given ("application no MSEFC/TN/2026/567") is acknowledged
    with the number; a question without one is told that no filing is recorded yet."""

    def filing_status(state: ConversationState, *,
                      runtime: Runtime[TurnContext]) -> dict[str, Any]:
        number = _slots(state).get("application_number")
        if number:
            return done(say(state, "escalation-filing-application-noted", number=number))
        return done(say(state, "escalation-filing-none-yet"))

    return filing_status


# --- set_reminder_cadence ----------------------------------------------------------------

def build_set_reminder_cadence(deps: AgentDeps) -> Node:
    """The days between reminders to overdue buyers, saved (3 to 30; pending overdue
    reminders move to the new cadence) and said back; asked when the message gives none
    ("reminder frequency") or gives less than a day."""

    def set_reminder_cadence(state: ConversationState, *,
                             runtime: Runtime[TurnContext]) -> dict[str, Any]:
        days = _slots(state).get("days")
        if days is None and state.get("flow") == CADENCE:
            days = cadence_days(text(state))  # the answer: "7", "10 din", "weekly"
        if not isinstance(days, int) or days < 1:
            return ask(CADENCE, "days", {}, say(state, "escalation-cadence-ask"))
        retailer_id = state["retailer_id"]
        assert retailer_id is not None
        try:
            runtime.context.uow.set_overdue_reminder_days(retailer_id, days, today=today(state),
                                                          actor="retailer")
        except InputError as error:  # outside 3-30 days: said why, nothing changed
            return done(error_text(state, error))
        return done(say(state, "escalation-cadence-set", days=days))

    return set_reminder_cadence
