"""Forms: the one engine for flows that collect fields, ask for what is missing, show a
confirmation and save only on YES.

A form is data (:class:`Form`): its slots in the order they are asked and, per slot
(:class:`Slot`), the parser that validates an answer with the tools (raising
:class:`~tools.errors.InputError` with a localised reason), the catalog id of its
question, the short answers it takes ("skip", "none", "same": the router must not
read them as commands), what fills it from the router's reading when the flow
starts, and the field it is named by in a correction. Then the confirmation text,
the save and the message when the person says NO.

At the confirmation a person may correct one field instead of answering YES or NO
("amount 80000", "change date to 5 Nov", "रकम 80000 करो", "தொகையை 80000 ஆக
மாற்று"): the words that name a field are data (``form_fields.yaml``); the rest of
the message goes through that slot's parser, fields that depended on it are asked
again, and the confirmation is shown anew. Nothing is saved before YES.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from agents.answers import is_none, is_same, is_skip, normalise, yes_no
from agents.deps import AgentDeps
from agents.flows.common import ask, done, error_text, say, text
from agents.state import ConversationState
from store.unit_of_work import UnitOfWork
from tools.errors import InputError

CONFIRM = "confirm"
_FIELDS_FILE = Path(__file__).with_name("form_fields.yaml")
#: Short answers a slot may take, and how each is recognised.
SHORT_ANSWERS: Mapping[str, Callable[[str], bool]] = {
    "skip": is_skip, "none": is_none, "same": is_same}
# A Tamil field word takes a case ending ("தொகையை", "தேதியை"): this many letters at most.
_TAMIL_ENDING = 3


@dataclass(frozen=True)
class FormTurn:
    """One turn of a form: the conversation state, the turn's unit of work, the deps."""

    state: ConversationState
    uow: UnitOfWork
    deps: AgentDeps
    retailer_id: int

    def say(self, message_id: str, **params: Any) -> str:
        return say(self.state, message_id, **params)


#: Validates ``value`` for the slot and returns a new draft (raises InputError).
Parser = Callable[[FormTurn, dict[str, Any], str], dict[str, Any]]


@dataclass(frozen=True)
class Slot:
    name: str  # the step the conversation waits on while it is asked
    parse: Parser
    question: str  # catalog id of the question
    key: str | None = None  # the draft key that shows it is answered (default: ``name``)
    filled: Callable[[dict[str, Any]], bool] | None = None  # overrides ``key``
    prefill: Callable[[dict[str, Any]], object] | None = None  # from the router's reading
    short_answers: frozenset[str] = frozenset()  # of SHORT_ANSWERS
    field: str | None = None  # the field words that name it (default: ``name``)
    resets: tuple[str, ...] = ()  # draft keys to forget when it is corrected
    takes: tuple[str, ...] = ()  # the router's slots an answer to it may carry
    question_params: Callable[[FormTurn, dict[str, Any]], dict[str, Any]] | None = None

    def is_filled(self, draft: dict[str, Any]) -> bool:
        if self.filled is not None:
            return self.filled(draft)
        return (self.key or self.name) in draft


@dataclass(frozen=True)
class Form:
    name: str  # the flow's name (and graph node)
    slots: tuple[Slot, ...]
    #: The confirmation (without the YES/NO question), and the draft with anything it
    #: computed for the save.
    summary: Callable[[FormTurn, dict[str, Any]], tuple[dict[str, Any], str]]
    save: Callable[[FormTurn, dict[str, Any]], list[str]]  # InputError ends the form
    discarded: str  # catalog id said on NO
    #: Fills the draft from the whole first message after the slots (e.g. "full").
    start: Callable[[FormTurn, dict[str, Any]], dict[str, Any]] | None = None
    #: Rules across fields, before anything is asked: the draft, and problems to say.
    check: Callable[[FormTurn, dict[str, Any]], tuple[dict[str, Any], list[str]]] | None = None
    _by_name: dict[str, Slot] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {s.name: s for s in self.slots})

    def slot(self, name: str) -> Slot | None:
        return self._by_name.get(name)

    def short_answer_steps(self) -> dict[str, frozenset[str]]:
        """step -> the short answers it takes (the confirmation takes yes/no)."""
        steps = {s.name: s.short_answers for s in self.slots if s.short_answers}
        return {**steps, CONFIRM: frozenset({"yes_no"})}


def answers(form: Form, turn: FormTurn, step: str | None, message: str,
            read: Mapping[str, Any]) -> bool:
    """Whether ``message`` answers the form's question at ``step`` (the router asks
    before letting a different command take over a form in progress). ``read`` is what
    the router read in it: a message carrying what this question does not take ("77
    status" while a name is asked) is a command, not an answer."""
    if step == CONFIRM:
        return yes_no(message) is not None or _parses_as_correction(form, turn, message)
    slot = form.slot(step or "")
    if slot is None:
        return False
    if any(SHORT_ANSWERS[k](message) for k in slot.short_answers if k in SHORT_ANSWERS):
        return True
    if not set(read) <= set(slot.takes):
        return _parses_as_correction(form, turn, message)
    try:  # parsers only read (the draft they return is dropped here)
        slot.parse(turn, dict(turn.state.get("draft") or {}), message)
    except InputError:
        return _parses_as_correction(form, turn, message)
    return True


def _parses_as_correction(form: Form, turn: FormTurn, message: str) -> bool:
    correction = read_correction(form, message)
    if correction is None:
        return False
    slot, value = correction
    try:
        slot.parse(turn, _forget(dict(turn.state.get("draft") or {}), slot), value)
    except InputError:
        return False
    return True


def understood_slot(name: str) -> Callable[[dict[str, Any]], object]:
    """A slot's prefill: the router's reading of ``name`` in the first message."""
    return lambda understood: (understood.get("slots") or {}).get(name)


def run_form(form: Form, turn: FormTurn) -> dict[str, Any]:
    """One turn of ``form``: start it, take the answer to its question, or confirm."""
    state = turn.state
    if state.get("flow") != form.name:
        return _start(form, turn)
    draft = dict(state.get("draft") or {})
    step = state.get("step") or ""
    if step == CONFIRM:
        return _at_confirmation(form, turn, draft)
    slot = form.slot(step)
    if slot is None:  # a step this form no longer has (an older conversation): start over
        return _start(form, turn)
    try:
        draft = slot.parse(turn, draft, text(state))
    except InputError as error:
        # Not an answer to this question: perhaps a correction of an earlier field
        # ("change date to 5 Nov" while the phone number is asked).
        correction = read_correction(form, text(state))
        if correction is None or correction[0] is slot:
            return _next(form, turn, draft, [error_text(state, error)])
        return _corrected(form, turn, draft, *correction)
    return _next(form, turn, draft, [])


def _start(form: Form, turn: FormTurn) -> dict[str, Any]:
    understood = turn.state.get("understood") or {}
    draft: dict[str, Any] = {}
    problems: list[str] = []
    for slot in form.slots:
        # a slot an earlier one filled keeps that value (a known GSTIN brings its name)
        value = slot.prefill(understood) if slot.prefill and not slot.is_filled(draft) else None
        if value in (None, ""):
            continue
        try:
            draft = slot.parse(turn, draft, str(value))
        except InputError as error:
            problems.append(error_text(turn.state, error))
    if form.start is not None:
        draft = form.start(turn, draft)
    return _next(form, turn, draft, problems)


def _next(form: Form, turn: FormTurn, draft: dict[str, Any],
          before: list[str]) -> dict[str, Any]:
    if form.check is not None:
        draft, problems = form.check(turn, draft)
        before = [*before, *problems]
    for slot in form.slots:
        if not slot.is_filled(draft):
            params = slot.question_params(turn, draft) if slot.question_params else {}
            return ask(form.name, slot.name, draft, *before, turn.say(slot.question, **params))
    try:
        draft, summary = form.summary(turn, draft)
    except InputError as error:  # fields that do not fit together: say why and stop
        return done(*before, error_text(turn.state, error))
    return ask(form.name, CONFIRM, draft, *before, summary + "\n" + turn.say("confirm-yes-no"))


def _at_confirmation(form: Form, turn: FormTurn, draft: dict[str, Any]) -> dict[str, Any]:
    message = text(turn.state)
    answer = yes_no(message)
    if answer is True:
        try:
            return done(*form.save(turn, draft))
        except InputError as error:
            return done(error_text(turn.state, error))
    if answer is False:
        return done(turn.say(form.discarded))
    correction = read_correction(form, message)
    if correction is None:
        return ask(form.name, CONFIRM, draft, turn.say("confirm-yes-no-or-change"))
    return _corrected(form, turn, draft, *correction)


def _corrected(form: Form, turn: FormTurn, draft: dict[str, Any], slot: Slot,
               value: str) -> dict[str, Any]:
    """One field corrected (its dependants forgotten, so asked again), then on."""
    try:
        corrected = slot.parse(turn, _forget(draft, slot), value)
    except InputError as error:  # the draft stays as it was
        step = turn.state.get("step") or CONFIRM
        if step == CONFIRM:
            return ask(form.name, CONFIRM, draft, error_text(turn.state, error),
                       turn.say("confirm-yes-no-or-change"))
        return _next(form, turn, draft, [error_text(turn.state, error)])
    return _next(form, turn, corrected, [])


def _forget(draft: dict[str, Any], slot: Slot) -> dict[str, Any]:
    return {k: v for k, v in draft.items() if k not in slot.resets}


# -- reading a correction -------------------------------------------------------------------

@dataclass(frozen=True)
class _FieldWords:
    fields: dict[str, tuple[tuple[str, ...], ...]]  # field -> phrases (word tuples)
    fillers: frozenset[str]


@cache
def _field_words() -> _FieldWords:
    data = yaml.safe_load(_FIELDS_FILE.read_text(encoding="utf-8"))
    fields = {name: tuple(sorted({tuple(normalise(str(p)).split()) for p in phrases},
                                 key=len, reverse=True))
              for name, phrases in data["fields"].items()}
    return _FieldWords(fields, frozenset(normalise(str(w)) for w in data["fillers"]))


def _word_matches(word: str, entry: str) -> bool:
    if word == entry:
        return True
    tamil = bool(re.match(r"[\u0b80-\u0bff]", entry))
    return tamil and word.startswith(entry) and len(word) - len(entry) <= _TAMIL_ENDING


def _phrase_at(words: list[str], start: int, phrase: tuple[str, ...]) -> bool:
    return start + len(phrase) <= len(words) and all(
        _word_matches(words[start + i], p) for i, p in enumerate(phrase))


def read_correction(form: Form, message: str) -> tuple[Slot, str] | None:
    """The slot a message at the confirmation corrects and the new value, or None.

    The longest field phrase of the form's slots names the field; filler words
    ("change", "to", "karo", "மாற்று") around the rest are dropped. With no field
    word, or no value left, it is not a correction.
    """
    vocabulary = _field_words()
    tokens = message.split()
    words = [normalise(t) for t in tokens]
    best: tuple[int, int, Slot] | None = None  # (length, start, slot)
    for slot in form.slots:
        for phrase in vocabulary.fields.get(slot.field or slot.name, ()):
            for start in range(len(words)):
                if _phrase_at(words, start, phrase) and (best is None or len(phrase) > best[0]):
                    best = (len(phrase), start, slot)
    if best is None:
        return None
    length, start, slot = best
    rest = [(t, w) for i, (t, w) in enumerate(zip(tokens, words, strict=True))
            if not start <= i < start + length and w]
    while rest and rest[0][1] in vocabulary.fillers:
        rest.pop(0)
    while rest and rest[-1][1] in vocabulary.fillers:
        rest.pop()
    value = " ".join(t for t, _ in rest).strip(" :=-")
    return (slot, value) if value else None


def short_answer(steps: Mapping[str, frozenset[str]], step: str | None, message: str) -> bool:
    """Whether ``message`` is a short answer the ``step`` takes (so not a command)."""
    kinds = steps.get(step or "", frozenset())
    if "yes_no" in kinds and yes_no(message) is not None:
        return True
    return any(SHORT_ANSWERS[k](message) for k in kinds if k in SHORT_ANSWERS)
