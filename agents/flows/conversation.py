"""Conversation-level turns: change language, help, cancel, and what was not understood."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agents.answers import choice
from agents.deps import AgentDeps
from agents.flows.common import ask, done, language, say, text
from agents.flows.onboarding import LANGUAGE_WORDS, language_menu
from agents.state import ConversationState, Node, TurnContext
from prompts import LANGUAGES, Language
from tools.audio import AUDIO_FIELD
from tools.errors import InputError

FLOW = "change_language"


def build_change_language(deps: AgentDeps) -> Node:
    def change_language(state: ConversationState, *,
                        runtime: Runtime[TurnContext]) -> dict[str, Any]:
        if state.get("flow") == FLOW:
            picked = choice(text(state), LANGUAGE_WORDS)
        else:
            picked = (state.get("understood") or {}).get("slots", {}).get("language")
        if picked not in LANGUAGES:
            return ask(FLOW, "language", {}, say(state, "language-ask") + "\n" + language_menu())
        retailer_id = state.get("retailer_id")
        if retailer_id:
            runtime.context.uow.retailers.update(retailer_id, language=Language(picked))
        return done(say({**state, "language": picked}, "language-changed"), language=picked)

    return change_language


def build_help(deps: AgentDeps) -> Node:
    def help_node(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        return done(say(state, "help-text"))

    return help_node


def build_cancel(deps: AgentDeps) -> Node:
    def cancel(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        key = "cancelled" if state.get("flow") else "nothing-to-cancel"
        return done(say(state, key))

    return cancel


def build_not_heard(deps: AgentDeps) -> Node:
    """A voice note that could not be heard (or not surely enough to act on): say so and
    why, and leave any flow in progress where it was."""
    def not_heard(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        heard = state["turn"].get("heard") or {}
        rule = heard.get("error")
        if rule == "voice-note-unavailable":
            return {"replies": [say(state, "voice-note-unavailable")]}
        if rule:
            return {"replies": [InputError(AUDIO_FIELD, rule, heard.get("message_id"),
                                           **heard.get("params", {})).render(language(state))]}
        if heard.get("heard"):  # heard, but not surely enough for a confirmation
            return {"replies": [say(state, "voice-note-confirm-unsure",
                                    text=str(heard.get("text", ""))[:200])]}
        return {"replies": [say(state, "voice-note-not-heard")]}

    return not_heard


def build_not_understood(deps: AgentDeps) -> Node:
    def not_understood(state: ConversationState, *,
                       runtime: Runtime[TurnContext]) -> dict[str, Any]:
        return done(say(state, "not-understood"), say(state, "help-text"))

    return not_understood
