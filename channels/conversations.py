"""Inbound messages: store first, process later, once, in order.

``receive`` stores a message (and its conversation) before anything else, so
it is never lost; a message whose provider id was seen before is recognised
and not stored or processed again. ``process_conversation`` runs the agent
graph for every unprocessed message of one conversation, oldest first,
holding a PostgreSQL advisory lock on the conversation so two workers never
interleave one sender's messages. Each turn is one unit of work: its ledger
changes, its replies (to the outbox) and the message's processed mark commit
together; a turn that did not commit runs again from the state before it.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.types import Command
from sqlalchemy import Engine, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from agents.graph import ConversationGraph, thread_key
from agents.state import Attachment, Turn, TurnContext, attachment
from channels.messages import InboundMessage
from channels.voice_notes import VoiceNotes, is_audio, spoken_ref
from prompts import normalise_language, render
from store.clock import Clock
from store.db import transaction
from store.inbound import Inbound, InboundJob, Stored, receive
from store.models import (
    Channel,
    Conversation,
    Direction,
    Message,
    MessageStatus,
    OutboxEntry,
    Party,
)
from store.notifications import reply
from store.unit_of_work import UnitOfWork
from tools.dates import today_ist

log = logging.getLogger("channels.conversations")

_LOCK_NAMESPACE = 7346221902  # advisory lock class for "one conversation at a time"
#: A turn is tried this many times (with backoff between tries) before its message is set aside.
MAX_TURN_ATTEMPTS = 3
TURN_RETRY_BASE_SECONDS = 0.2


class ConversationService:
    def __init__(self, engine: Engine, graph: ConversationGraph, clock: Clock,
                 tenant: str = "bakaya", local_outbox: bool = True,
                 voice_notes: VoiceNotes | None = None) -> None:
        self.engine = engine
        # Hears voice notes and speaks the answers (None: a voice note is answered
        # "I cannot listen to voice notes at the moment").
        self.voice_notes = voice_notes
        # Without a provider the outbox row is the delivery itself.
        self.local_outbox = local_outbox
        self.graph = graph
        self.clock = clock
        self.tenant = tenant

    # -- store first ----------------------------------------------------------------------

    def inbound(self, message: InboundMessage) -> Inbound:
        """The message as the store keeps it (its conversation's thread key computed)."""
        return Inbound(channel=message.channel, address=message.sender,
                       thread_key=thread_key(self.tenant, message.channel.value,
                                             message.sender),
                       provider_id=message.provider_id, body=message.text,
                       media=[{"url": m.url, "content_type": m.content_type}
                              for m in message.media],
                       received_at=message.received_at)

    def receive(self, message: InboundMessage, job: InboundJob | None = None) -> Stored:
        """Store the message (and its conversation), and queue ``job`` for it, at once;
        a retried delivery is recognised and neither stored nor queued again."""
        return receive(self.engine, self.inbound(message), job)

    def handle_now(self, message: InboundMessage) -> list[Reply]:
        """Store the message, run its turn (and any earlier unhandled ones of the sender)
        now, and return what it answered: the synchronous way in, for the sandbox page,
        ``bakaya chat`` and a voice call, which wait for the answer."""
        stored = self.receive(message)
        if not stored.duplicate:
            self.process_conversation(stored.conversation_id)
        return replies_to(self.engine, stored.message_id)

    # -- process later, once, in order ----------------------------------------------------

    def process_conversation(self, conversation_id: int) -> list[int]:
        """Handle every unprocessed inbound message of the conversation, oldest first.

        Returns the ids of the inbound messages handled by this call.
        """
        handled: list[int] = []
        with self.engine.connect() as lock_conn:
            lock_conn.execute(text("SELECT pg_advisory_lock(:ns, :id)"),
                              {"ns": _LOCK_NAMESPACE % 2**31, "id": conversation_id})
            try:
                while (message_id := self._next_unprocessed(conversation_id)) is not None:
                    self._hear(message_id)
                    self._handle_with_retries(message_id)
                    handled.append(message_id)
            finally:
                lock_conn.execute(text("SELECT pg_advisory_unlock(:ns, :id)"),
                                  {"ns": _LOCK_NAMESPACE % 2**31, "id": conversation_id})
                lock_conn.commit()
        return handled

    def unprocessed_conversations(self) -> list[int]:
        """Conversations with stored but unhandled messages (e.g. after a crash)."""
        with transaction(self.engine) as session:
            return list(session.execute(
                select(Message.conversation_id).where(
                    Message.direction == Direction.INBOUND, Message.processed_at.is_(None))
                .distinct()).scalars())

    def _next_unprocessed(self, conversation_id: int) -> int | None:
        with transaction(self.engine) as session:
            return session.execute(
                select(Message.id).where(Message.conversation_id == conversation_id,
                                         Message.direction == Direction.INBOUND,
                                         Message.processed_at.is_(None))
                .order_by(Message.id).limit(1)).scalar()

    def _hear(self, message_id: int) -> None:
        """A voice note is heard once, before its turn, outside the turn's transaction:
        its transcript (or why it could not be heard) is kept on the message."""
        with transaction(self.engine) as session:
            message = session.get(Message, message_id)
            assert message is not None
            media = [m for m in message.media or [] if is_audio(m)]
            if not media or message.transcript is not None:
                return
            conversation = session.get(Conversation, message.conversation_id)
            assert conversation is not None
            language = _language_of(session, conversation)
        heard = self.voice_notes.hear(media, language) if self.voice_notes is not None \
            else {"error": "voice-note-unavailable", "params": {}, "heard": False}
        with transaction(self.engine) as session:
            message = session.get(Message, message_id, with_for_update=True)
            assert message is not None
            if message.transcript is None:
                message.transcript = heard

    def _handle_with_retries(self, message_id: int) -> None:
        """A turn that raises is tried again, a bounded number of times with backoff;
        then its message is set aside with the error (kept, never lost), the sender is
        told, and the conversation goes on with the next message."""
        while True:
            try:
                self._handle(message_id)
                return
            except Exception as error:  # noqa: BLE001 - any failure of a turn is contained
                attempts = self._turn_failed(message_id, error)
                log.warning('{"event": "turn_failed", "message_id": %d, "attempt": %d, '
                            '"error": "%s"}', message_id, attempts, type(error).__name__)
                if attempts >= MAX_TURN_ATTEMPTS:
                    self._set_aside(message_id)
                    return
                time.sleep(TURN_RETRY_BASE_SECONDS * 2 ** (attempts - 1)
                           * (1 + random.random() / 2))

    def _turn_failed(self, message_id: int, error: Exception) -> int:
        with transaction(self.engine) as session:
            message = session.get(Message, message_id, with_for_update=True)
            assert message is not None
            message.turn_attempts += 1
            message.turn_error = f"{type(error).__name__}: {error}"[:2000]
            return message.turn_attempts

    def _set_aside(self, message_id: int) -> None:
        """Mark the message handled-with-error, reply with the localised apology, and end
        whatever flow the failed turn was in (its state is rolled back to before it)."""
        with transaction(self.engine) as session:
            message = session.get(Message, message_id, with_for_update=True)
            assert message is not None
            conversation = session.get(Conversation, message.conversation_id)
            assert conversation is not None
            language = normalise_language(_language_of(session, conversation))
            config = self._turn_config(conversation.thread_key, message_id)
            now = self.clock.now()
            turn = _turn(message, conversation, now)
            apology = render("turn-failed", language)
            self.graph.update_state(config, {"turn": turn, "flow": None, "step": None,
                                             "draft": {}, "replies": [apology], "outbound": [],
                                             "attachments": []}, as_node="cancel")
            values = {"party": conversation.party, "replies": [apology]}
            self._record_turn(session, message, conversation, values)
            message.status, message.set_aside_at = MessageStatus.SET_ASIDE, now
            log.error('{"event": "message_set_aside", "message_id": %d}', message_id)

    def set_aside_messages(self) -> list[tuple[Message, str]]:
        """Messages whose turn kept failing, with who sent them, oldest first."""
        with transaction(self.engine) as session:
            return [(message, address) for message, address in session.execute(
                select(Message, Conversation.address)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(Message.set_aside_at.is_not(None)).order_by(Message.id)).tuples()]

    def retry_set_aside(self, message_id: int) -> int | None:
        """Put a set-aside message back in its conversation's queue and process it now;
        returns the conversation id (None when there is no such set-aside message)."""
        with transaction(self.engine) as session:
            message = session.get(Message, message_id, with_for_update=True)
            if message is None or message.set_aside_at is None:
                return None
            message.processed_at = message.set_aside_at = message.turn_error = None
            message.turn_attempts, message.status = 0, MessageStatus.RECEIVED
            conversation_id = message.conversation_id
        self.process_conversation(conversation_id)
        return conversation_id

    def _handle(self, message_id: int) -> None:
        """One turn, one unit of work: what the graph writes to the ledger, the replies
        and the message's "processed" mark commit together, or none of them does."""
        with transaction(self.engine) as session:
            message = session.get(Message, message_id, with_for_update=True)
            assert message is not None
            if message.processed_at is not None:
                return
            conversation = session.get(Conversation, message.conversation_id)
            assert conversation is not None
            config = self._turn_config(conversation.thread_key, message_id)
            turn = _turn(message, conversation, self.clock.now())
            context = TurnContext(uow=UnitOfWork(session))
            # A graph waiting for the retailer's answer (a notice to approve) resumes
            # with this turn; otherwise the turn starts at the router.
            waiting = bool(self.graph.get_state(config).interrupts)
            values = self.graph.invoke(Command(resume=turn) if waiting else {"turn": turn},
                                       config, context=context)
            self._record_turn(session, message, conversation, values)

    def _spoken_answer(self, message: Message, conversation: Conversation,
                       values: dict[str, Any]) -> Attachment | None:
        """The answer to a voice note that was heard, said aloud (None otherwise)."""
        heard = message.transcript or {}
        if not heard.get("heard") or self.voice_notes is None or \
                conversation.channel not in (Channel.WHATSAPP,) or not values.get("replies"):
            return None
        language = normalise_language(values.get("language") or heard.get("language"))
        try:
            return self.voice_notes.speak(list(values["replies"]), language,
                                          spoken_ref(conversation.thread_key, message.id),
                                          self.clock.now())
        except Exception as error:  # noqa: BLE001 - the text answer goes regardless
            log.warning('{"event": "spoken_answer_failed", "error": "%s"}',
                        type(error).__name__)
            return None

    def _turn_config(self, thread: str, message_id: int) -> RunnableConfig:
        """Where this message's turn starts: the conversation's latest state, or, when
        the turn ran before without committing (the worker died, or it failed), the
        state before it: what that run wrote was rolled back, so it runs again from
        where the conversation really is."""
        config: RunnableConfig = {"configurable": {"thread_id": thread}}
        head = self.graph.get_state(config)
        if (head.values or {}).get("turn", {}).get("message_id") != message_id:
            return config
        for earlier in self.graph.get_state_history(config):
            # where a turn ended: finished, or waiting for an answer (an interrupt)
            if (not earlier.next or earlier.interrupts) and \
                    (earlier.values or {}).get("turn", {}).get("message_id") != message_id:
                return earlier.config
        checkpointer = self.graph.checkpointer
        assert isinstance(checkpointer, BaseCheckpointSaver)
        checkpointer.delete_thread(thread)  # this message was the conversation's first
        return config

    def _record_turn(self, session: Session, message: Message, conversation: Conversation,
                     values: dict[str, Any]) -> None:
        channel, sender = conversation.channel, conversation.address
        retailer_id = values.get("retailer_id") if values.get("party") == Party.RETAILER \
            else None
        conversation.party = values.get("party") or conversation.party
        conversation.retailer_id = retailer_id or conversation.retailer_id
        if values.get("language"):
            conversation.language = values["language"]
        replies = list(values.get("replies") or [])
        heard = message.transcript or {}
        answer = self._spoken_answer(message, conversation, values)
        spoken_answer = {"kind": answer["kind"], "url": answer["url"],
                         "content_type": answer["content_type"]} if answer else None
        if heard.get("heard") and replies and values.get("route") != "not_heard":
            # what was heard, so a mishearing shows
            replies[0] = render("voice-note-heard", normalise_language(
                values.get("language") or heard.get("language")),
                text=str(heard["text"])[:300]) + "\n\n" + replies[0]
        outgoing = [(sender, channel, reply) for reply in replies]
        attachments: list[dict[str, str]] = [
            {"kind": a["kind"], "url": a["url"], "content_type": a["content_type"]}
            for a in values.get("attachments") or []]
        outgoing += [(o["to"], Channel(o["channel"]), o["text"])
                     for o in values.get("outbound") or []]
        now = self.clock.now()  # the product's clock (the sandbox's, when it was moved)
        spoken = channel is Channel.VOICE
        for index, (to, out_channel, body) in enumerate(outgoing):
            # on a call the replies are spoken (the call's answer), never sent
            local = self.local_outbox or (spoken and out_channel is Channel.VOICE)
            sent_with = attachments if index == len(replies) - 1 and not spoken else []
            if index == 0 and spoken_answer is not None:
                # the spoken answer rides with the first reply; WhatsApp takes one file a
                # message, so a reply that already carries one gets it alone
                if not sent_with:
                    sent_with = [spoken_answer]
                else:
                    reply(session, conversation_id=message.conversation_id,
                          in_reply_to_id=message.id, retailer_id=retailer_id,
                          channel=out_channel, to=to, body=render(
                              "voice-note-spoken", normalise_language(values.get("language"))),
                          attachments=[spoken_answer], now=now, local=local)
            reply(session, conversation_id=message.conversation_id if to == sender
                  else self._conversation_for(session, out_channel, to),
                  in_reply_to_id=message.id, retailer_id=retailer_id, channel=out_channel,
                  to=to, body=body, attachments=sent_with, now=now, local=local)
        if spoken and attachments and replies:  # a document asked for on a call: WhatsApp
            reply(session, conversation_id=self._conversation_for(session, Channel.WHATSAPP,
                                                                  sender),
                  in_reply_to_id=message.id, retailer_id=retailer_id, channel=Channel.WHATSAPP,
                  to=sender, body=replies[-1], attachments=attachments, now=now,
                  local=self.local_outbox)
        message.processed_at = now
        message.status = MessageStatus.PROCESSED
        if retailer_id and message.retailer_id is None:
            message.retailer_id = retailer_id

    def _conversation_for(self, session: Any, channel: Channel, address: str) -> int:
        session.execute(
            insert(Conversation)
            .values(channel=channel, address=address,
                    thread_key=thread_key(self.tenant, channel.value, address),
                    party=Party.RETAILER)
            .on_conflict_do_nothing(index_elements=["channel", "address"]))
        return int(session.execute(select(Conversation.id).where(
            Conversation.channel == channel, Conversation.address == address)).scalar_one())


@dataclass(frozen=True)
class Reply:
    """One message a turn sent: to whom, on which channel, the text and its attachments."""

    to: str
    channel: Channel
    text: str
    attachments: tuple[Attachment, ...]
    created_at: datetime | None


def replies_to(engine: Engine, message_id: int) -> list[Reply]:
    """What the turn of inbound message ``message_id`` sent, in order."""
    with transaction(engine) as session:
        rows = session.execute(
            select(OutboxEntry).join(Message, Message.id == OutboxEntry.message_id)
            .where(Message.in_reply_to_id == message_id).order_by(OutboxEntry.id)).scalars()
        return [Reply(to=row.to_address, channel=row.channel, text=row.body,
                      attachments=tuple(attachment(m["url"], m.get("content_type", ""))
                                        for m in row.media or []),
                      created_at=row.created_at) for row in rows]


def _language_of(session: Session, conversation: Conversation) -> str | None:
    """The language to speak to (and hear) a sender in: a retailer's own setting, else
    the conversation's."""
    retailer = UnitOfWork(session).retailers.by_phone(conversation.address)
    if retailer is not None:
        return retailer.language.value
    return conversation.language.value if conversation.language else None


def _turn(message: Message, conversation: Conversation, now: datetime) -> Turn:
    """The turn's event, from the stored message: its kind, text and attachments."""
    attachments = [attachment(m["url"], m.get("content_type", "")) for m in message.media or []]
    turn: Turn = {"message_id": message.id, "kind": "text", "text": message.body,
                  "attachments": attachments, "channel": conversation.channel.value,
                  "sender": conversation.address, "today": today_ist(now).isoformat(),
                  "now": now.isoformat()}
    if any(a["kind"] in ("image", "pdf", "file") for a in attachments):
        turn["kind"] = "document"
    elif message.transcript is not None:  # a voice note: what it said is the text
        heard = message.transcript
        turn["kind"], turn["heard"] = "transcript", dict(heard)
        turn["text"] = str(heard.get("text", "")) if heard.get("heard") else ""
    return turn

