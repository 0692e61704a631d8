"""The state of one conversation, persisted by the LangGraph checkpointer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, TypedDict

from langgraph.runtime import Runtime
from langgraph.types import Command

from store.unit_of_work import UnitOfWork

#: What a turn is about: typed text, a voice transcript, a document or photo (with its
#: attachments), or a timer the product set.
EVENT_KINDS = ("text", "transcript", "document", "timer")
#: What an attachment is, in or out.
ATTACHMENT_KINDS = ("image", "pdf", "audio", "file")


class Attachment(TypedDict):
    kind: str  # one of ATTACHMENT_KINDS
    url: str
    content_type: str


def attachment(url: str, content_type: str) -> Attachment:
    """An attachment, its kind read from its content type."""
    kind = ("image" if content_type.startswith("image/")
            else "pdf" if content_type == "application/pdf"
            else "audio" if content_type.startswith("audio/") else "file")
    return {"kind": kind, "url": url, "content_type": content_type}


class Turn(TypedDict, total=False):
    """The event this turn answers (set by the runner, never by a node)."""

    message_id: int
    kind: str  # one of EVENT_KINDS (older checkpoints: absent, meaning "text")
    text: str
    attachments: list[Attachment]  # what came with it (a photo, a PDF, a voice note)
    # a voice note's transcript as heard: {"text", "language", "duration_s",
    # "confidence", "heard"}, or {"error": rule, "params", "heard": False}
    heard: dict[str, Any]
    channel: str
    sender: str
    today: str  # ISO date in IST, from the product clock
    now: str  # ISO timestamp (aware), from the product clock


class ConversationState(TypedDict, total=False):
    turn: Turn
    # A store.models.Party value, kept a plain str: the checkpointer stores an enum
    # member with its class path, a str as itself.
    party: str
    retailer_id: int | None
    language: str  # ta | hi | en
    flow: str | None  # the flow in progress, e.g. "add_invoice"
    step: str | None  # what that flow asked last
    draft: dict[str, Any]  # what the flow has collected so far
    route: str  # where the router sends this turn
    understood: dict[str, Any]  # the router's reading of this turn
    replies: list[str]  # what to say to the sender, in order
    outbound: list[dict[str, str]]  # messages to others: {"to", "channel", "text"}
    attachments: list[Attachment]  # sent with the last reply (e.g. a UPI QR code image)
    # what the graph waits for the retailer to approve (a drafted notice's id, version,
    # digest, reference and step); set, the graph pauses after the flow
    approval: dict[str, Any] | None
    last_message_id: int  # the last inbound message fully handled


@dataclass(frozen=True)
class TurnContext:
    """What the runner gives each turn, outside the persisted state: the turn's unit of
    work (the ledger changes and the replies of one turn commit together)."""

    uow: UnitOfWork


class Node(Protocol):
    """A node of the graph: reads the state and the turn's unit of work, returns an update
    (or a ``Command`` that also says which node runs next)."""

    def __call__(self, state: ConversationState, *,
                 runtime: Runtime[TurnContext]) -> dict[str, Any] | Command[str]: ...
