"""The agent graph: START -> router -> one flow node -> END, one run per inbound message.

Multi-turn flows keep their place in the state (``flow``, ``step``, ``draft``),
which the PostgreSQL checkpointer persists per conversation thread, so a
restart in the middle of a flow resumes it. A flow that prepares something for the
retailer's approval (a demand notice) is followed by an approval node that pauses the
graph with ``interrupt()``; the conversation's next message resumes it
(channels/conversations.py), and a message that is no answer goes on to the router.
"""

from __future__ import annotations

import hashlib
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agents.deps import AgentDeps
from agents.flows.registry import APPROVALS, FLOWS
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
    nodes = {flow.name: flow.build(deps) for flow in FLOWS}
    graph = StateGraph(ConversationState, context_schema=TurnContext)
    graph.add_node("router", build_router(deps))
    for waits, build in dict(APPROVALS.values()).items():
        graph.add_node(waits, build(deps), destinations=("router", waits, END))
        graph.add_edge(waits, END)
    for name, node in nodes.items():
        graph.add_node(name, node)
        if name in APPROVALS:
            waits, _ = APPROVALS[name]
            graph.add_conditional_edges(
                name, lambda state, waits=waits: waits if state.get("approval") else END,
                [waits, END])
        else:
            graph.add_edge(name, END)
    graph.add_edge(START, "router")
    graph.add_conditional_edges("router", lambda state: state["route"], list(nodes))
    return graph.compile(checkpointer=checkpointer)
