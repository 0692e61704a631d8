"""What every flow node needs: the turn's date, the language, and saying things."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from agents.state import ConversationState, Turn
from prompts import normalise_language, render
from tools.dates import format_date
from tools.errors import InputError
from tools.money import format_inr


def language(state: ConversationState) -> str:
    return normalise_language(state.get("language"))


def say(state: ConversationState, message_id: str, **params: Any) -> str:
    return render(message_id, language(state), **params)


def today(state: ConversationState) -> date:
    return date.fromisoformat(state["turn"]["today"])


def now(state: ConversationState) -> datetime:
    return datetime.fromisoformat(state["turn"]["now"])


def text(state: ConversationState) -> str:
    return state["turn"]["text"].strip()


def money(state: ConversationState, amount: Any) -> str:
    return format_inr(amount, language(state), chat=True)


def day(state: ConversationState, value: date | str) -> str:
    return format_date(date.fromisoformat(value) if isinstance(value, str) else value,
                       language(state))


def error_text(state: ConversationState, error: InputError) -> str:
    return error.render(language(state))


def unconfirmed(state: ConversationState, flow: str, draft: dict[str, Any],
                discarded_id: str) -> dict[str, Any] | None:
    """At a "reply YES to save" step: the reply for NO or an unclear answer, None for YES."""
    from agents.answers import yes_no

    answer = yes_no(text(state))
    if answer is None:
        return ask(flow, "confirm", draft, say(state, "confirm-yes-no"))
    if answer is False:
        return done(say(state, discarded_id))
    return None


def done(*replies: str, **update: Any) -> dict[str, Any]:
    """End the current flow with these replies."""
    return {"flow": None, "step": None, "draft": {}, "replies": list(replies), **update}


def ask(flow: str, step: str, draft: dict[str, Any], *replies: str,
        **update: Any) -> dict[str, Any]:
    """Stay in ``flow``, waiting for the answer to ``step``."""
    return {"flow": flow, "step": step, "draft": draft, "replies": list(replies), **update}


#: A voice note answering a confirmation (YES saves, APPROVE sends) must be heard at least
#: this surely (a voice note is acted on from 0.35: channels/voice_notes.py).
CONFIRM_CONFIDENCE = 0.6


def unsure_for_confirmation(turn: Turn) -> bool:
    """Whether the turn is a voice note not heard surely enough to confirm anything."""
    if turn.get("kind") != "transcript":
        return False
    heard = turn.get("heard") or {}
    return not heard.get("heard") or float(heard.get("confidence", 0)) < CONFIRM_CONFIDENCE

