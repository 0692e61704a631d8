"""The state of one conversation, persisted by the LangGraph checkpointer."""

from __future__ import annotations

from typing import Any, Protocol, TypedDict


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


class Node(Protocol):
    """A node of the graph: reads the state, returns an update (LangGraph's node shape)."""

    def __call__(self, state: ConversationState) -> dict[str, Any]: ...
