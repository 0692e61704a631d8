"""The flows, in one place: each flow's graph node, the intents that start it, whether
it keeps the conversation for its questions, and the short answers its steps take.

Adding a flow is its module, its catalog messages and one line here; the router and
the graph read this registry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from langgraph.runtime import Runtime

from agents.deps import AgentDeps
from agents.flows.buyer_messages import build_buyer_message
from agents.flows.buyers import build_buyer_lookup
from agents.flows.conversation import (
    build_cancel,
    build_change_language,
    build_help,
    build_not_heard,
    build_not_understood,
)
from agents.flows.documents import IMPORT_FLOW, build_document, build_import_file
from agents.flows.escalation import (
    APPROVAL,
    build_filing_status,
    build_notice_approval,
    build_request_notice,
    build_set_reminder_cadence,
)
from agents.flows.forms import Form, FormTurn, run_form
from agents.flows.invoices import ADD_INVOICE, build_invoice_detail, build_list_pending
from agents.flows.onboarding import build_onboarding
from agents.flows.payments import MARK_PAID
from agents.flows.reminder_controls import (
    build_daily_summary,
    build_pause_reminders,
    build_resume_reminders,
)
from agents.state import ConversationState, Node, TurnContext


@dataclass(frozen=True)
class Flow:
    name: str  # the graph node, and the flow's name in the conversation state
    build: Callable[[AgentDeps], Node]
    intents: tuple[str, ...] = ()  # the router's intents that start it
    keeps_conversation: bool = False  # its questions are answered in the next messages
    short_answers: Mapping[str, frozenset[str]] = field(default_factory=dict)
    form: Form | None = None  # a form's slots say what answers its questions
    #: for a flow that is no form: step -> the slots that, read alone in a message,
    #: answer its question ("INV-1045" answers "which invoice?", not a status lookup)
    answered_by: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: steps whose answer is free text (an address): anything but cancel or help answers
    free_text: frozenset[str] = frozenset()


def form_flow(form: Form, intents: tuple[str, ...]) -> Flow:
    """A retailer's form as a flow: its node runs the form engine."""

    def build(deps: AgentDeps) -> Node:
        def node(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
            retailer_id = state["retailer_id"]
            assert retailer_id is not None
            return run_form(form, FormTurn(state, runtime.context.uow, deps, retailer_id))

        return node

    return Flow(form.name, build, intents, keeps_conversation=True,
                short_answers=form.short_answer_steps(), form=form)


FLOWS: tuple[Flow, ...] = (
    Flow("onboarding", build_onboarding, keeps_conversation=True,
         short_answers={"consent": frozenset({"yes_no"}), "upi": frozenset({"skip"}),
                        "udyam": frozenset({"none"})}),
    form_flow(ADD_INVOICE, ("add_invoice",)),
    Flow("list_pending", build_list_pending, ("list_pending",)),
    Flow("invoice_detail", build_invoice_detail, ("invoice_detail",), keeps_conversation=True),
    form_flow(MARK_PAID, ("mark_paid",)),
    Flow("buyer_lookup", build_buyer_lookup, ("buyer_lookup",), keeps_conversation=True),
    Flow("pause_reminders", build_pause_reminders, ("pause_reminders",),
         keeps_conversation=True),
    Flow("resume_reminders", build_resume_reminders, ("resume_reminders",),
         keeps_conversation=True),
    Flow("daily_summary", build_daily_summary, ("daily_summary",)),
    Flow("request_notice", build_request_notice, ("request_notice",), keeps_conversation=True,
         answered_by={"invoice_number": frozenset({"invoice_number"})},
         free_text=frozenset({"retailer_address", "buyer_address"})),
    Flow("filing_status", build_filing_status, ("filing_status",), keeps_conversation=True,
         short_answers={"udyam_confirm": frozenset({"yes_no"})},
         answered_by={"application_invoice": frozenset({"invoice_number"})}),
    Flow("set_reminder_cadence", build_set_reminder_cadence, ("set_reminder_cadence",),
         keeps_conversation=True),
    Flow("change_language", build_change_language, ("change_language",),
         keeps_conversation=True),
    Flow("help", build_help, ("help",)),
    Flow("cancel", build_cancel, ("cancel",)),
    Flow("not_understood", build_not_understood, ("other",)),
    # a voice note that could not be heard surely enough to act on
    Flow("not_heard", build_not_heard),
    Flow("buyer_message", build_buyer_message, keeps_conversation=True),
    # a photo, PDF or export the retailer sent (the router sends every file here)
    Flow("document", build_document),
    Flow(IMPORT_FLOW, build_import_file, keeps_conversation=True,
         short_answers={"confirm": frozenset({"yes_no"})}),
)
BY_NAME: Mapping[str, Flow] = {f.name: f for f in FLOWS}
#: intent -> the flow it starts
ROUTES: Mapping[str, str] = {intent: f.name for f in FLOWS for intent in f.intents}
#: node -> the node that waits for the retailer's approval of what it prepared (it runs
#: when the node's update sets ``approval``)
APPROVALS: Mapping[str, tuple[str, Callable[[AgentDeps], Node]]] = {
    "request_notice": (APPROVAL, build_notice_approval),
    "filing_status": (APPROVAL, build_notice_approval)}
#: flows whose questions are answered in the next messages
CONVERSATIONAL: frozenset[str] = frozenset(f.name for f in FLOWS if f.keeps_conversation)
