"""What a retailer's message asks for: the model proposes, the rules check.

:func:`understand` returns an intent, the message's language and slots. When a
chat model is configured it is asked first; its answer is kept only if it is
valid JSON with a known intent and language and every slot passes the same
validators the flows use. Anything else (garbage, a timeout, an error) is
logged and the deterministic reading is used.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from agents.llm import ask_for_object
from agents.retailer_commands import SLOT_NAMES, RetailerIntent, understand_command
from prompts import LANGUAGES
from tools.dates import parse_iso_date
from tools.errors import InputError
from tools.gstin import validate_gstin
from tools.money import parse_amount

__all__ = ["SLOT_NAMES", "Understood", "understand"]

log = logging.getLogger("bakaya.agents.understanding")

_PROMPT = (Path(__file__).resolve().parents[1] / "prompts" / "llm" / "retailer_router.md")


@dataclass(frozen=True)
class Understood:
    intent: str
    language: str
    slots: dict[str, Any] = field(default_factory=dict)
    buyer_name: str | None = None
    source: str = "rules"  # rules | model
    guessed: bool = False  # the intent is the second reading's, not the rules'

    def to_json(self) -> dict[str, Any]:
        return {"intent": self.intent, "language": self.language, "slots": dict(self.slots)}


def understand(text: str, today: date, *, language_hint: str | None = None,
               chat_model: BaseChatModel | None = None) -> Understood:
    rules = understand_command(text, today, language_hint)
    deterministic = Understood(intent=str(rules.intent), language=rules.language,
                               slots=dict(rules.slots), buyer_name=rules.buyer_name,
                               guessed=rules.guessed)
    if chat_model is None:
        return deterministic
    try:
        proposed = _ask_model(chat_model, text, today)
        return _validated(proposed, deterministic)
    except Exception as error:  # noqa: BLE001 - any model failure falls back
        log.warning(json.dumps({"event": "model_output_rejected", "reason": type(error).__name__,
                                "detail": str(error)[:200]}))
        return deterministic


def _ask_model(chat_model: BaseChatModel, text: str, today: date) -> dict[str, Any]:
    prompt = _PROMPT.read_text(encoding="utf-8").format(today=today.isoformat(), text=text)
    return ask_for_object(chat_model, prompt)


def _validated(data: dict[str, Any], deterministic: Understood) -> Understood:
    intent = data.get("intent")
    if intent not in {i.value for i in RetailerIntent}:
        raise ValueError(f"unknown intent {intent!r}")
    language = data.get("language")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    raw_slots = data.get("slots") or {}
    if not isinstance(raw_slots, dict):
        raise ValueError("slots is not an object")
    slots: dict[str, Any] = {}
    for name, value in raw_slots.items():
        if value in (None, ""):
            continue
        if name not in SLOT_NAMES:
            raise ValueError(f"unknown slot {name!r}")
        slots[name] = _check_slot(name, value)
    return Understood(intent=intent, language=language, slots=slots,
                      buyer_name=deterministic.buyer_name, source="model")


def _check_slot(name: str, value: Any) -> Any:
    """The same validators as the flows: a slot the tools reject is a bad answer."""
    try:
        if name == "gstin":
            return validate_gstin(str(value))
        if name == "amount":
            return f"{parse_amount(str(value), 'amount'):.2f}"
        if name == "date":
            return parse_iso_date(str(value), "date").isoformat()
        if name == "agreed_days":
            days = int(value)
            if not 0 <= days <= 3650:
                raise ValueError("agreed_days out of range")
            return days
        if name == "language":
            if value not in LANGUAGES:
                raise ValueError("unknown language")
            return value
        if name == "enabled":  # daily_summary: on or off, a JSON boolean and nothing else
            if not isinstance(value, bool):
                raise ValueError("enabled is not a boolean")
            return value
        if name == "days":  # set_reminder_cadence: a whole number; the flow checks the range
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("days is not an integer")
            return value
        if name == "application_number":  # as written, upper case, like the rules read it
            value = str(value).upper()
        text = str(value).strip()
        if not text or len(text) > 64:
            raise ValueError(f"bad {name}")
        return text
    except (InputError, TypeError) as error:
        raise ValueError(f"slot {name} rejected: {error}") from error
