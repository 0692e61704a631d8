"""The router: who is writing, and what do they want?

A registered retailer's message is read (model first when configured, rules
always as the fallback) and sent to the flow it asks for; a flow in progress
keeps the conversation unless the person cancels, asks for help or changes
language. A known buyer goes to the buyer node; anyone else to onboarding.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime

from agents.buyer_replies import understand_buyer_reply
from agents.deps import AgentDeps
from agents.flows.buyer_messages import REPLY_WINDOW
from agents.flows.common import now, text, today, unsure_for_confirmation
from agents.flows.forms import CONFIRM, FormTurn, answers, read_correction, short_answer
from agents.flows.registry import BY_NAME, CONVERSATIONAL, ROUTES, Flow
from agents.state import ConversationState, Node, TurnContext
from agents.understanding import understand
from store.models import Party
from store.unit_of_work import UnitOfWork

# Intents that interrupt a flow in progress; anything else is an answer to it.
INTERRUPTS = frozenset({"cancel", "help"})
# What only a buyer answering a reminder says (not "other", not a question).
BUYER_ANSWERS = frozenset({"promise_to_pay", "more_time", "claims_paid", "dispute",
                           "opt_out", "opt_in"})


def _answers(flow: Flow, deps: AgentDeps, state: ConversationState, uow: UnitOfWork,
             retailer_id: int, read: dict[str, Any]) -> bool:
    """Whether the message answers the flow's question (a form checks with its slot's
    parser; another flow, with the slots that answer its step, read alone; a flow that
    asks for free text takes anything that is not a command)."""
    if flow.form is None:
        takes = flow.answered_by.get(state.get("step") or "", frozenset())
        return bool(read) and set(read) <= takes
    turn = FormTurn(state, uow, deps, retailer_id)
    return answers(flow.form, turn, state.get("step"), text(state), read)


def _unheard(state: ConversationState) -> bool:
    """Whether the turn is a voice note not heard surely enough to act on: not heard at
    all, or an answer to a confirmation heard less surely than a confirmation needs."""
    turn = state["turn"]
    if turn.get("kind") != "transcript":
        return False
    if not (turn.get("heard") or {}).get("heard"):
        return True
    return state.get("step") == CONFIRM and unsure_for_confirmation(turn)


def build_router(deps: AgentDeps) -> Node:
    route_turn = _build_routing(deps)

    def router(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        update = route_turn(state, runtime=runtime)
        if _unheard(state):  # said, never acted on: the flow in progress stays as it was
            kept = ("party", "retailer_id", "language", "replies", "outbound", "attachments",
                    "approval")
            return {**{k: v for k, v in update.items() if k in kept}, "route": "not_heard"}
        return update

    return router


def _build_routing(deps: AgentDeps) -> Callable[..., dict[str, Any]]:
    def router(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        sender = state["turn"]["sender"]
        update: dict[str, Any] = {"replies": [], "outbound": [], "attachments": [],
                                  "approval": None}
        uow = runtime.context.uow
        retailer = uow.retailers.by_phone(sender)
        is_buyer = retailer is None and uow.contacts.is_buyer(sender)
        retailer_language = retailer.language.value if retailer else None
        retailer_id = retailer.id if retailer else None
        if retailer_id is None:
            # a buyer who wrote before their first invoice was saved was greeted as a
            # stranger; unless they went on to register (past the language question),
            # their message now answers their supplier
            onboarding = state.get("flow") == "onboarding" and state.get("step") != "language"
            if is_buyer and not onboarding:
                if state.get("flow") == "onboarding":
                    update.update(flow=None, step=None, draft={})
                return {**update, "party": Party.BUYER.value, "route": "buyer_message"}
            return {**update, "party": Party.STRANGER.value, "route": "onboarding"}
        update.update(party=Party.RETAILER.value, retailer_id=retailer_id)
        if not state.get("language"):
            update["language"] = retailer_language
        flow = state.get("flow")
        if flow == "onboarding":  # registered elsewhere meanwhile: the flow is over
            flow = None
            update.update(flow=None, step=None, draft={})
        if state["turn"].get("kind") == "document":  # a photo, PDF or export
            return {**update, "route": "document"}
        understood = understand(text(state), today(state),
                                language_hint=state.get("language") or retailer_language,
                                chat_model=deps.chat_model)
        update["understood"] = {"intent": understood.intent, "language": understood.language,
                                "slots": understood.slots, "buyer_name": understood.buyer_name,
                                "source": understood.source}
        # A short answer inside a flow ("no", "skip", "வேண்டாம்") answers the
        # flow's question; it is not a command to cancel.
        if flow in CONVERSATIONAL:
            current = BY_NAME[flow]
            step = state.get("step")
            answered = short_answer(current.short_answers, step, text(state))
            if understood.intent in INTERRUPTS and not answered:
                return {**update, "route": ROUTES[understood.intent]}
            if step in current.free_text:  # an address: whatever it reads like
                return {**update, "route": flow}
            if understood.intent == "change_language" and understood.slots.get("language"):
                return {**update, "route": "change_language", "flow": None, "step": None}
            # A different command that does not answer the question ("501 status" while
            # an amount is asked) takes over: the unfinished flow is left, unsaved.
            # A message naming one of the form's fields ("amount lots") that only the
            # second reading took for a command corrects that field: the form answers
            # it, with its error when it is wrong.
            corrects = understood.guessed and current.form is not None and \
                read_correction(current.form, text(state)) is not None
            if understood.intent in ROUTES and understood.intent != "other" and \
                    understood.intent not in current.intents and not answered and \
                    not corrects and \
                    not _answers(current, deps, state, runtime.context.uow, retailer_id,
                                 understood.slots):
                return {**update, "route": ROUTES[understood.intent], "flow": None,
                        "step": None, "draft": {}}
            return {**update, "route": flow}
        # A retailer who is also someone's buyer, answering a reminder sent to them lately:
        # a message that reads as a buyer's answer ("will clear the dues by 10th") and
        # carries nothing of a command (no invoice, amount or date of their own) is one.
        if not understood.slots and understood.intent not in INTERRUPTS and \
                str(understand_buyer_reply(text(state), today(state)).intent) \
                in BUYER_ANSWERS and uow.contacts.reminded_since(
                    sender, now(state) - REPLY_WINDOW):
            return {**update, "party": Party.BUYER.value, "route": "buyer_message"}
        return {**update, "route": ROUTES.get(understood.intent, "not_understood")}

    return router
