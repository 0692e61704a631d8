"""Phone calls through Twilio Voice: the caller speaks, Twilio's speech recognition hears
it in the caller's language, the conversation answers, a voice says the answer.

* ``POST /twilio/voice`` (the number's voice webhook): a known caller (a retailer, or
  someone who chose before) is greeted in their language; anyone else chooses by keypad
  or by saying it (1 Tamil, 2 Hindi, 3 English, each offered in its own language).
* Each turn is a ``<Gather input="speech dtmf">`` in ``ta-IN``, ``hi-IN`` or ``en-IN``;
  what Twilio heard (``SpeechResult``) goes to the same conversation as any message
  (:meth:`ConversationService.handle_now`, the caller's voice conversation), and the
  replies are said with ``<Say>`` (amounts the Indian way, lists as sentences:
  :func:`tools.spoken.spoken_text`), then the next question is asked. A document a
  reply carries (a demand notice) goes to the caller on WhatsApp.
* Nothing heard, or heard with little confidence, is asked again; a goodbye ("bye",
  "bas itna hi", "நன்றி") or silence after "anything else?" ends the call.

Every request's ``X-Twilio-Signature`` is checked as for messages (403 otherwise).
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Mapping
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from twilio.twiml.voice_response import Gather, VoiceResponse

from agents.answers import is_goodbye
from channels.conversations import ConversationService
from channels.inbound_rules import MAX_TEXT, TWILIO_FIELDS, check_inbound, storable_text
from channels.messages import InboundMessage
from channels.twilio import caller_address
from prompts import render
from store.clock import Clock
from store.db import transaction
from store.models import Channel, Conversation
from store.repositories import RetailerRepository
from tools.errors import InputError
from tools.spoken import spoken_text

__all__ = ["DEFAULT_VOICES", "SPEECH_LANGUAGES", "build_voice_router"]

#: Twilio's speech recognition and voices, per conversation language.
SPEECH_LANGUAGES: Mapping[str, str] = {"ta": "ta-IN", "hi": "hi-IN", "en": "en-IN"}
DEFAULT_VOICES: Mapping[str, str] = {"ta": "Google.ta-IN-Standard-A",
                                     "hi": "Google.hi-IN-Standard-A",
                                     "en": "Google.en-IN-Standard-A"}
#: The keypad's language choices, in the order they are offered.
_BY_DIGIT = {"1": "ta", "2": "hi", "3": "en"}
_BY_WORD = {"tamil": "ta", "தமிழ்": "ta", "hindi": "hi", "हिंदी": "hi", "हिन्दी": "hi",
            "english": "en", "इंग्लिश": "en", "ஆங்கிலம்": "en"}
#: Below this recognition confidence what was heard is asked again, never acted on.
MIN_CONFIDENCE = 0.3
_PREFIX = "/twilio/voice"


def build_voice_router(service: ConversationService, clock: Clock, *,
                       verified_form: Callable[[Request], Awaitable[Mapping[str, str]]],
                       voices: Mapping[str, str] = DEFAULT_VOICES) -> APIRouter:
    """The voice webhooks; ``verified_form`` checks the request's Twilio signature."""
    router = APIRouter(prefix=_PREFIX)

    def say(node: VoiceResponse | Gather, text: str, language: str) -> None:
        node.say(text, language=SPEECH_LANGUAGES[language], voice=voices.get(language))

    def listen(response: VoiceResponse, language: str, turn: int, *prompts: str) -> None:
        gather = Gather(input="speech dtmf", language=SPEECH_LANGUAGES[language],
                        speech_timeout="auto", timeout=6, num_digits=1,
                        action=f"{_PREFIX}/turn?" + urlencode({"lang": language, "n": turn}),
                        method="POST", action_on_empty_result=True)
        for prompt in prompts:
            say(gather, prompt, language)
        response.append(gather)

    def twiml(response: VoiceResponse) -> Response:
        return Response(content=str(response), media_type="application/xml")

    def choose_language(response: VoiceResponse) -> None:
        gather = Gather(input="dtmf speech", num_digits=1, timeout=6,
                        language="en-IN", action=f"{_PREFIX}/language", method="POST",
                        hints="Tamil, Hindi, English")
        for digit, language in _BY_DIGIT.items():
            say(gather, render("voice-choose-language", language, digit=digit), language)
        response.append(gather)
        response.redirect(f"{_PREFIX}/language", method="POST")  # nothing pressed: ask again

    def greeted(language: str | None) -> Response:
        """The greeting and first question in ``language``, or the language menu."""
        response = VoiceResponse()
        if language is None:
            choose_language(response)
        else:
            listen(response, language, 1, render("voice-greeting", language))
        return twiml(response)

    @router.post("")
    async def call(request: Request) -> Response:
        form = await verified_form(request)
        caller = caller_address(form)
        return greeted(await run_in_threadpool(_caller_language, service, caller))

    @router.post("/language")
    async def language_chosen(request: Request) -> Response:
        form = await verified_form(request)
        said = (form.get("Digits") or form.get("SpeechResult") or "").strip().lower()
        return greeted(_BY_DIGIT.get(said) or _BY_WORD.get(said.rstrip(".")))

    @router.post("/turn")
    async def turn(request: Request) -> Response:
        form = await verified_form(request)
        language = request.query_params.get("lang", "en")
        if language not in SPEECH_LANGUAGES:
            raise HTTPException(status_code=400, detail="unknown language")
        number = request.query_params.get("n", "1")
        turn_number = int(number) if number.isdigit() and len(number) < 5 else 1
        heard = (form.get("SpeechResult") or form.get("Digits") or "").strip()
        confidence = _confidence(form.get("Confidence"))
        response = VoiceResponse()
        if not heard:
            if turn_number > 1:  # silence after "anything else?": the call is over
                say(response, render("voice-goodbye", language), language)
                response.hangup()
            else:  # asked once more; silence again ends the call
                listen(response, language, turn_number + 1,
                       render("voice-not-heard", language))
            return twiml(response)
        if is_goodbye(heard):
            say(response, render("voice-goodbye", language), language)
            response.hangup()
            return twiml(response)
        if confidence < MIN_CONFIDENCE or len(heard) > MAX_TEXT or not storable_text(heard):
            listen(response, language, turn_number, render("voice-not-heard", language))
            return twiml(response)
        message = InboundMessage(
            channel=Channel.VOICE, sender=caller_address(form), recipient=form.get("To", ""),
            text=heard, provider_id=_turn_id(form.get("CallSid", ""), turn_number),
            received_at=clock.now())
        try:
            check_inbound(message, TWILIO_FIELDS, text_required=True)
        except InputError:
            raise HTTPException(status_code=400, detail="not a caller this product serves"
                                ) from None
        replies = await run_in_threadpool(service.handle_now, message)
        for reply in replies:
            if reply.to == message.sender:
                say(response, spoken_text(reply.text, language), language)
        listen(response, language, turn_number + 1, render("voice-anything-else", language))
        say(response, render("voice-goodbye", language), language)
        response.hangup()
        return twiml(response)

    return router


def _confidence(value: str | None) -> float:
    try:
        return float(value) if value not in (None, "") else 1.0
    except ValueError:
        return 0.0


def _turn_id(call_sid: str, turn: int) -> str:
    """The turn's message id: the call and the turn's number (a retried request is the
    same turn, handled once)."""
    return "V" + hashlib.sha256(f"{call_sid}\x1f{turn}".encode()).hexdigest()[:40]


def _caller_language(service: ConversationService, caller: str) -> str | None:
    """The language a caller speaks: a retailer's own, else the one chosen on an earlier
    call, else None (asked)."""
    with transaction(service.engine) as session:
        retailer = RetailerRepository(session).by_phone(caller)
        if retailer is not None:
            return retailer.language.value
        chosen = session.execute(select(Conversation.language).where(
            Conversation.channel == Channel.VOICE, Conversation.address == caller)
        ).scalar_one_or_none()
        return chosen.value if chosen is not None else None
