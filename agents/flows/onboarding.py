"""Onboarding a retailer: language, Udyam number and date, enterprise type, activity,
business name, UPI id (optional) and consent to the terms.

A medium enterprise or a trader is told plainly, at the step where it shows,
which statutory protections do not apply (MSMED Act ss.15-18 cover micro and
small suppliers registered before the supply; traders are excluded since the
2021 office memoranda) and what the product still does for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from langgraph.runtime import Runtime

from agents.answers import choice, is_none, is_skip, yes_no
from agents.deps import AgentDeps
from agents.flows.common import ask, day, done, error_text, language, now, say, text, today
from agents.retailer_commands import understand_command
from agents.state import ConversationState, Node, TurnContext
from prompts import LANGUAGES, render
from store.unit_of_work import UnitOfWork
from tools.date_phrases import extract_date
from tools.errors import InputError
from tools.phone import mask_phone
from tools.udyam import validate_udyam
from tools.upi import validate_vpa

log = logging.getLogger("agents.onboarding")
FLOW = "onboarding"

LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "ta": ("tamil", "தமிழ்", "ta", "tamizh", "thamizh", "तमिल"),
    "hi": ("hindi", "हिंदी", "हिन्दी", "hi", "இந்தி", "hindee"),
    "en": ("english", "en", "angrezi", "अंग्रेज़ी", "अंग्रेजी", "ஆங்கிலம்", "aangilam"),
}
ENTERPRISE_WORDS: dict[str, tuple[str, ...]] = {
    "micro": ("micro", "सूक्ष्म", "sukshma", "குறு", "kuru"),
    "small": ("small", "लघु", "laghu", "chhota", "சிறு", "siru"),
    "medium": ("medium", "मध्यम", "madhyam", "நடுத்தர", "naduthara"),
}
ACTIVITY_WORDS: dict[str, tuple[str, ...]] = {
    "manufacturing": ("manufacturing", "manufacturer", "विनिर्माण", "निर्माण", "nirmaan",
                      "उत्पादन", "utpadan", "मैन्युफैक्चरिंग", "உற்பத்தி", "urpathi"),
    "services": ("services", "service", "सेवा", "seva", "சேவை", "sevai"),
    "trading": ("trading", "trader", "व्यापार", "vyapar", "vyapari", "வர்த்தகம்", "vartagam",
                "வியாபாரம்", "viyabaram"),
}


def language_menu() -> str:
    return "\n".join(render("onboarding-language-option", lang, number=str(i))
                     for i, lang in enumerate(LANGUAGES, start=1))


def build_onboarding(deps: AgentDeps) -> Node:
    def onboarding(state: ConversationState, *, runtime: Runtime[TurnContext]) -> dict[str, Any]:
        draft: dict[str, Any] = dict(state.get("draft") or {})
        step = state.get("step") if state.get("flow") == FLOW else None
        if step is None:
            guessed = understand_command(text(state), today(state), state.get("language")).language
            first: ConversationState = {**state, "language": guessed}
            return ask(FLOW, "language", {},
                       say(first, "onboarding-welcome") + "\n" + language_menu(),
                       language=guessed, party="stranger")
        handler = _STEPS[step]
        return handler(runtime.context.uow, state, draft)

    return onboarding


def _language(uow: UnitOfWork, state: ConversationState, draft: dict[str, Any]) -> dict[str, Any]:
    picked = choice(text(state), {k: LANGUAGE_WORDS[k] for k in LANGUAGES})
    if picked is None:
        return ask(FLOW, "language", draft, say(state, "onboarding-language-again") + "\n"
                   + language_menu())
    chosen: ConversationState = {**state, "language": picked}
    return ask(FLOW, "udyam", {**draft, "language": picked},
               say(chosen, "onboarding-ask-udyam"), language=picked)


def _udyam(uow: UnitOfWork, state: ConversationState, draft: dict[str, Any]) -> dict[str, Any]:
    if is_none(text(state)):
        return ask(FLOW, "enterprise_type", {**draft, "udyam_number": None},
                   say(state, "onboarding-no-udyam"), say(state, "onboarding-ask-enterprise-type"))
    try:
        number = validate_udyam(text(state))
    except InputError as error:
        return ask(FLOW, "udyam", draft, error_text(state, error),
                   say(state, "onboarding-ask-udyam"))
    holder = uow.retailers.by_udyam(number)
    if holder is not None:
        # Until Udyam numbers are verified, a second claim is refused, kept in the audit
        # log for the operator, and logged as a warning (the number is masked).
        uow.audit(actor="stranger", action="udyam.claim_refused", entity="retailer",
                  entity_id=holder.id, retailer_id=holder.id,
                  details={"udyam_number": number,
                           "claimed_by": mask_phone(state["turn"]["sender"])},
                  now=now(state))
        log.warning('{"event": "udyam_claim_refused", "retailer_id": %d, "claimed_by": "%s"}',
                    holder.id, mask_phone(state["turn"]["sender"]))
        claimed = InputError("udyam_number", "udyam-already-registered", number=number)
        return ask(FLOW, "udyam", draft, error_text(state, claimed),
                   say(state, "onboarding-ask-udyam"))
    return ask(FLOW, "udyam_date", {**draft, "udyam_number": number},
               say(state, "onboarding-ask-udyam-date"))


def _udyam_date(uow: UnitOfWork, state: ConversationState,
                draft: dict[str, Any]) -> dict[str, Any]:
    registered = extract_date(text(state), today(state), prefer="past")
    if registered is None or registered > today(state):
        return ask(FLOW, "udyam_date", draft, say(state, "onboarding-date-not-understood"),
                   say(state, "onboarding-ask-udyam-date"))
    return ask(FLOW, "enterprise_type", {**draft, "udyam_registered_on": registered.isoformat()},
               say(state, "onboarding-udyam-date-noted", date=day(state, registered)),
               say(state, "onboarding-ask-enterprise-type"))


def _enterprise_type(uow: UnitOfWork, state: ConversationState,
                     draft: dict[str, Any]) -> dict[str, Any]:
    picked = choice(text(state), ENTERPRISE_WORDS)
    if picked is None:  # say why the question comes again
        return ask(FLOW, "enterprise_type", draft,
                   say(state, "choice-not-understood", value=text(state)[:40]),
                   say(state, "onboarding-ask-enterprise-type"))
    replies = [say(state, "onboarding-medium-not-protected")] if picked == "medium" else []
    return ask(FLOW, "activity", {**draft, "enterprise_type": picked}, *replies,
               say(state, "onboarding-ask-activity"))


def _activity(uow: UnitOfWork, state: ConversationState, draft: dict[str, Any]) -> dict[str, Any]:
    picked = choice(text(state), ACTIVITY_WORDS)
    if picked is None:
        return ask(FLOW, "activity", draft,
                   say(state, "choice-not-understood", value=text(state)[:40]),
                   say(state, "onboarding-ask-activity"))
    replies = [say(state, "onboarding-trader-not-protected")] if picked == "trading" else []
    return ask(FLOW, "name", {**draft, "activity": picked}, *replies,
               say(state, "onboarding-ask-name"))


def _name(uow: UnitOfWork, state: ConversationState, draft: dict[str, Any]) -> dict[str, Any]:
    name = text(state)
    if not name or len(name) > 200:
        return ask(FLOW, "name", draft, say(state, "onboarding-ask-name"))
    if not any(ch.isalpha() for ch in name) or yes_no(name) is not None or is_skip(name):
        refused = InputError("name", "business-name-not-a-name", value=name[:40])
        return ask(FLOW, "name", draft, error_text(state, refused),
                   say(state, "onboarding-ask-name"))
    return ask(FLOW, "upi", {**draft, "name": name}, say(state, "onboarding-ask-upi"))


def _upi(uow: UnitOfWork, state: ConversationState, draft: dict[str, Any]) -> dict[str, Any]:
    if is_skip(text(state)) or is_none(text(state)):
        return ask(FLOW, "consent", {**draft, "upi_id": None}, say(state, "onboarding-ask-consent"))
    try:
        upi_id = validate_vpa(text(state))
    except InputError as error:
        return ask(FLOW, "upi", draft, error_text(state, error), say(state, "onboarding-ask-upi"))
    return ask(FLOW, "consent", {**draft, "upi_id": upi_id}, say(state, "onboarding-ask-consent"))


def _consent(uow: UnitOfWork, state: ConversationState, draft: dict[str, Any]) -> dict[str, Any]:
    answer = yes_no(text(state))
    if answer is None:
        return ask(FLOW, "consent", draft, say(state, "onboarding-ask-consent"))
    if answer is False:
        return ask(FLOW, "consent", draft, say(state, "onboarding-consent-needed"))
    from datetime import date as date_type

    try:
        with uow.atomic():
            retailer = uow.register_retailer(
                phone=state["turn"]["sender"], name=draft["name"],
                language=language(state), udyam_number=draft.get("udyam_number"),
                udyam_registered_on=(date_type.fromisoformat(draft["udyam_registered_on"])
                                     if draft.get("udyam_registered_on") else None),
                enterprise_type=draft.get("enterprise_type"), activity=draft.get("activity"),
                consent_at=now(state), upi_id=draft.get("upi_id"), actor="retailer")
            retailer_id = retailer.id
    except InputError as error:
        return done(error_text(state, error))
    return done(say(state, "onboarding-done", name=draft["name"]), say(state, "help-text"),
                party="retailer", retailer_id=retailer_id)


_STEPS: dict[str, Callable[[UnitOfWork, ConversationState, dict[str, Any]], dict[str, Any]]] = {
    "language": _language,
    "udyam": _udyam,
    "udyam_date": _udyam_date,
    "enterprise_type": _enterprise_type,
    "activity": _activity,
    "name": _name,
    "upi": _upi,
    "consent": _consent,
}
