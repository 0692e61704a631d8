"""The state of one conversation, persisted by the LangGraph checkpointer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, TypedDict

from langgraph.runtime import Runtime

from store.unit_of_work import UnitOfWork


class Turn(TypedDict):
    """The inbound message this turn answers (set by the runner, never by a node)."""

    message_id: int
    text: str
    channel: str
    sender: str
    today: str  # ISO date in IST, from the product clock
    now: str  # ISO timestamp (aware), from the product clock


class ConversationState(TypedDict, total=False):
    turn: Turn
    party: str  # retailer | buyer | stranger
    retailer_id: int | None
    language: str  # ta | hi | en
    flow: str | None  # the flow in progress, e.g. "add_invoice"
    step: str | None  # what that flow asked last
    draft: dict[str, Any]  # what the flow has collected so far
    route: str  # where the router sends this turn
    understood: dict[str, Any]  # the router's reading of this turn
    replies: list[str]  # what to say to the sender, in order
    outbound: list[dict[str, str]]  # messages to others: {"to", "channel", "text"}
    media: list[str]  # image URLs sent with the last reply (e.g. a UPI QR code)
    last_message_id: int  # the last inbound message fully handled


@dataclass(frozen=True)
class TurnContext:
    """What the runner gives each turn, outside the persisted state: the turn's unit of
    work (the ledger changes and the replies of one turn commit together)."""

    uow: UnitOfWork


class Node(Protocol):
    """A node of the graph: reads the state and the turn's unit of work, returns an update."""

    def __call__(self, state: ConversationState, *,
                 runtime: Runtime[TurnContext]) -> dict[str, Any]: ...
