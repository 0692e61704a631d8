"""The agent graph: START -> router -> one flow node -> END, one run per inbound message.

Multi-turn flows keep their place in the state (``flow``, ``step``, ``draft``),
which the PostgreSQL checkpointer persists per conversation thread, so a
restart in the middle of a flow resumes it.
"""

from __future__ import annotations

import hashlib
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agents.deps import AgentDeps
from agents.flows.buyer_messages import build_buyer_message
from agents.flows.buyers import build_buyer_lookup
from agents.flows.conversation import (
    build_cancel,
    build_change_language,
    build_help,
    build_not_understood,
)
from agents.flows.invoices import build_add_invoice, build_invoice_detail, build_list_pending
from agents.flows.onboarding import build_onboarding
from agents.flows.payments import build_mark_paid
from agents.router import build_router
from agents.state import ConversationState, TurnContext

#: The compiled graph: conversation state in and out, the turn's context beside it.
ConversationGraph = CompiledStateGraph[ConversationState, TurnContext, ConversationState,
                                       ConversationState]


def thread_key(tenant: str, channel: str, address: str) -> str:
    """The checkpoint thread of one conversation: a hash, so no phone number is stored in it."""
    return hashlib.sha256(f"{tenant}\x1f{channel}\x1f{address}".encode()).hexdigest()


def build_graph(deps: AgentDeps,
                checkpointer: BaseCheckpointSaver[Any] | None) -> ConversationGraph:
    nodes = {
        "onboarding": build_onboarding(deps),
        "add_invoice": build_add_invoice(deps),
        "list_pending": build_list_pending(deps),
        "invoice_detail": build_invoice_detail(deps),
        "mark_paid": build_mark_paid(deps),
        "buyer_lookup": build_buyer_lookup(deps),
        "change_language": build_change_language(deps),
        "help": build_help(deps),
        "cancel": build_cancel(deps),
        "not_understood": build_not_understood(deps),
        "buyer_message": build_buyer_message(deps),
    }
    graph = StateGraph(ConversationState, context_schema=TurnContext)
    graph.add_node("router", build_router(deps))
    for name, node in nodes.items():
        graph.add_node(name, node)
        graph.add_edge(name, END)
    graph.add_edge(START, "router")
    graph.add_conditional_edges("router", lambda state: state["route"], list(nodes))
    return graph.compile(checkpointer=checkpointer)
