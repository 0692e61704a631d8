"""Payment reminders to a buyer: approved-template variables and a free-text version.

docs/messaging.md "Messaging rules": a reminder sent outside WhatsApp's 24-hour
window must be an approved template with variables (Utility category, citing
one invoice), Indian SMS must match a DLT-registered template, and email and
in-window WhatsApp take free text. :func:`draft_reminder` yields all of them
for one invoice at one stage:

* Template variables are always computed from :class:`ReminderFacts`:
  amounts by :func:`tools.money.format_inr`, dates by
  :func:`tools.dates.format_date`, in the buyer's language. The templates are
  data: ``prompts/templates/whatsapp_reminders.yaml`` and ``sms_dlt.yaml``.
* The free text is assembled from ``prompts/<lang>/reminders.ftl`` with the
  tone, salutation and closing :func:`agents.cultural_adaptation.adapt`
  chooses. When a chat model is given it may propose a more natural wording
  (``prompts/llm/reminder_free_text.md``); that text is used only if
  :func:`validate_draft` finds no problem in it. "The LLM proposes, the tools
  decide": any wrong, missing or invented figure, the wrong script, another
  invoice or a legal claim the supplier cannot make sends it back to the
  template text.

Section 16 interest and Income-tax s.43B(h) are stated only in a firm
reminder from a supplier Section 16 protects (``facts.section16``: a micro or
small enterprise, not a trader, registered before the supply; see
:mod:`tools.eligibility`). A trader's or a medium enterprise's reminder
mentions neither.

Overdue reminders grow firmer (:func:`tools.schedule.overdue_firmness`):
``overdue_reminder`` first, ``overdue_firm`` for the 2nd and 3rd, then
``overdue_final``, which says the supplier may refer the matter to the Micro
and Small Enterprises Facilitation Council under s.18 (only from a supplier
Section 16 protects; anyone else's says they may take further steps to
recover the amount).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from langchain_core.language_models import BaseChatModel

from agents.cultural_adaptation import Adaptation, Tone, adapt
from prompts import LANGUAGES, render
from tools.date_phrases import find_date_spans, normalise_text
from tools.dates import format_date
from tools.festivals import normalise_region
from tools.money import format_inr

__all__ = [
    "DRAFT_STAGES",
    "INCOME_TAX_ACT_2025_FROM",
    "MAX_FREE_TEXT_CHARS",
    "SMS_VARIABLE_MAX_CHARS",
    "TEMPLATE_KEYS",
    "ReminderDraft",
    "ReminderFacts",
    "SmsTemplate",
    "TemplateDataError",
    "WhatsAppTemplate",
    "draft_reminder",
    "load_sms_templates",
    "load_whatsapp_templates",
    "template_free_text",
    "template_key",
    "validate_draft",
]

log = logging.getLogger("bakaya.agents.reminder_drafting")

_PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
_MODEL_PROMPT = _PROMPTS / "llm" / "reminder_free_text.md"
DEFAULT_WHATSAPP_TEMPLATES = _PROMPTS / "templates" / "whatsapp_reminders.yaml"
DEFAULT_SMS_TEMPLATES = _PROMPTS / "templates" / "sms_dlt.yaml"

#: The stages a reminder can be drafted for. The first three come from the
#: schedule (:class:`tools.schedule.ReminderStage`, whose values they share);
#: ``overdue_reminder``, ``overdue_firm`` and ``overdue_final`` follow up after the
#: due date, each firmer (:class:`tools.schedule.OverdueFirmness`), and
#: ``promise_follow_up`` after a buyer promised to pay.
DRAFT_STAGES: tuple[str, ...] = ("first_reminder", "second_reminder", "final_reminder",
                                 "overdue_reminder", "promise_follow_up", "overdue_firm",
                                 "overdue_final")
_PRE_DUE_STAGES = frozenset(DRAFT_STAGES[:3])
_OVERDUE_STAGES = frozenset({"overdue_reminder", "overdue_firm", "overdue_final"})

#: One approved template per key and language in each YAML file.
TEMPLATE_KEYS: tuple[str, ...] = (
    "first_reminder", "second_reminder", "final_reminder", "overdue_reminder",
    "overdue_reminder_no_interest", "promise_follow_up", "promise_follow_up_with_interest",
    "overdue_firm", "overdue_firm_no_interest", "overdue_final", "overdue_final_no_interest",
)
_VARIABLE_NAMES = frozenset({"buyer_name", "retailer_name", "invoice_number", "amount",
                             "due_date", "interest", "total", "payment_link",
                             "reference", "pay_by"})

#: Twilio splits longer messages (docs/messaging.md "Messaging rules"); a reminder is one message.
MAX_FREE_TEXT_CHARS = 1600
#: DLT operators cap each {#var#} value at 30 characters.
SMS_VARIABLE_MAX_CHARS = 30
#: The Income-tax Act 2025 applies from this day (docs/legal-conventions.md "Escalation"); the
#: firm reminder cites it next to s.43B(h) of the 1961 Act.
INCOME_TAX_ACT_2025_FROM = date(2026, 4, 1)
# Years a legal citation in a firm reminder may name: MSMED Act 2006,
# Income-tax Acts 1961 and 2025.
_LEGAL_YEARS = frozenset({1961, 2006, 2025})

_LANGUAGE_NAMES = {"en": "English", "hi": "Hindi", "ta": "Tamil"}
_SCRIPT_NAMES = {"en": "Latin", "hi": "Devanagari", "ta": "Tamil"}
_REGISTER = {
    "en": "Use polite, plain business English.",
    "hi": "Address the buyer as आप (never तुम); greet a firm 'नमस्कार <name>,' (जी only after a "
          "person's name). Everyday words: रिमाइंडर, आख़िरी तारीख, '... तक चुकाना है'.",
    "ta": "Use the respectful plural (தாங்கள், நீங்கள்) and greet the buyer "
          "'<name> அவர்களுக்கு வணக்கம்,'. Everyday words: நினைவூட்டல், கடைசி தேதி.",
}
_TONE_WORDS: dict[Tone, str] = {
    "soft": "warm and gentle (a long-standing buyer who always pays on time)",
    "standard": "polite and businesslike",
    "firm": "firm, factual and respectful",
}


# --- facts and draft -----------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderFacts:
    """Everything a reminder may say, computed by ``tools/`` before drafting.

    ``days_overdue`` is ``max(0, as_of - due_date)`` in days; ``interest`` and
    ``total_due`` are the interest up to ``as_of`` and principal plus
    interest, both given or both None (None: no interest is claimed, e.g. a
    trader without a contractual rate, or not yet due). ``section16``: the
    supplier may claim MSMED Act s.16 interest on this supply. The payment
    counts are over the last 12 months. Inconsistent facts raise ValueError.
    """

    stage: str
    language: str
    buyer_name: str
    retailer_name: str
    invoice_number: str
    amount: Decimal
    due_date: date
    as_of: date
    days_overdue: int
    interest: Decimal | None
    total_due: Decimal | None
    section16: bool
    payment_link: str | None
    buyer_region: str | None
    paid_on_time_count: int
    paid_late_count: int
    relationship_months: int
    #: What is left of the invoice amount after part payments (None: nothing paid yet).
    balance: Decimal | None = None
    #: The demand notice served for the invoice: its reference and the day (None: none).
    notice_served: tuple[str, date] | None = None

    def __post_init__(self) -> None:
        if self.stage not in DRAFT_STAGES:
            raise ValueError(f"unknown reminder stage {self.stage!r}: one of {DRAFT_STAGES}")
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown language {self.language!r}: one of {LANGUAGES}")
        for name in ("buyer_name", "retailer_name", "invoice_number"):
            if not str(getattr(self, name)).strip():
                raise ValueError(f"{name} is empty")
        _check_money(self.amount, "amount", positive=True)
        if self.balance is not None:
            _check_money(self.balance, "balance", positive=True)
            if self.balance > self.amount:
                raise ValueError("the balance cannot exceed the invoice amount")
        if (self.interest is None) != (self.total_due is None):
            raise ValueError("interest and total_due are given together or not at all")
        if self.interest is not None and self.total_due is not None:
            _check_money(self.interest, "interest", positive=False)
            _check_money(self.total_due, "total_due", positive=True)
        if self.days_overdue != max(0, (self.as_of - self.due_date).days):
            raise ValueError(f"days_overdue {self.days_overdue} does not match due date "
                             f"{self.due_date} and as-of date {self.as_of}")
        if self.stage in _OVERDUE_STAGES and self.days_overdue == 0:
            raise ValueError("an overdue reminder needs a due date before the as-of date")
        if min(self.paid_on_time_count, self.paid_late_count, self.relationship_months) < 0:
            raise ValueError("payment-history counts cannot be negative")
        if self.payment_link is not None and (not self.payment_link
                                              or any(c.isspace() for c in self.payment_link)):
            raise ValueError("payment_link must be a link without spaces, or None")
        normalise_region(self.buyer_region)

    @property
    def part_paid(self) -> bool:
        """Part of the invoice was paid: reminders ask for the balance, not the amount."""
        return self.balance is not None and self.balance != self.amount

    @property
    def interest_applies(self) -> bool:
        """Interest is running and claimed: overdue, with an interest figure."""
        return self.days_overdue > 0 and self.interest is not None

    @property
    def cites_section18(self) -> bool:
        """The firmest overdue reminder from a supplier Section 16 protects: it says the
        supplier may refer the matter to the Facilitation Council (s.18)."""
        return self.stage == "overdue_final" and self.section16


def _check_money(value: Decimal, name: str, *, positive: bool) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValueError(f"{name} must be a finite Decimal (money is never float)")
    if value < 0 or (positive and value == 0):
        raise ValueError(f"{name} must be {'positive' if positive else 'zero or more'}: {value}")


@dataclass(frozen=True)
class ReminderDraft:
    """A reminder ready for every channel.

    ``whatsapp_variables`` is what Twilio's ``ContentVariables`` wants
    (``json.dumps`` it): keys ``"1"``, ``"2"``, ... for ``whatsapp_template_id``
    (a ``ContentSid``). ``sms_variables`` fill the DLT template's ``{#var#}`` in
    order. ``free_text`` is the email body and the in-window WhatsApp text;
    ``source`` says whether it is the template text or the model's validated
    wording.
    """

    stage: str
    language: str
    tone: Tone
    whatsapp_template_id: str
    whatsapp_variables: dict[str, str]
    whatsapp_preview: str
    sms_template_id: str
    sms_header: str
    sms_variables: list[str]
    sms_text: str
    email_subject: str
    free_text: str
    source: Literal["template", "model"]


# --- approved templates --------------------------------------------------------------------


class TemplateDataError(ValueError):
    """A template file that does not hold what the senders rely on."""


@dataclass(frozen=True)
class WhatsAppTemplate:
    """One approved WhatsApp template (Twilio Content API)."""

    key: str
    language: str
    content_sid: str
    name: str
    category: str
    body: str
    variables: tuple[str, ...]

    def fill(self, values: Mapping[str, str]) -> tuple[dict[str, str], str]:
        """``ContentVariables`` (``{"1": ...}``) and the body as the buyer will read it."""
        numbered = {str(index): values[name] for index, name in enumerate(self.variables, 1)}
        preview = re.sub(r"\{\{(\d+)\}\}", lambda m: numbered[m.group(1)], self.body)
        return numbered, preview


@dataclass(frozen=True)
class SmsTemplate:
    """One DLT-registered SMS template."""

    key: str
    language: str
    template_id: str
    header: str
    category: str
    content_type: str
    body: str
    variables: tuple[str, ...]

    def fill(self, values: Mapping[str, str]) -> tuple[list[str], str]:
        """The ``{#var#}`` values in order and the SMS as sent."""
        filled = [values[name] for name in self.variables]
        parts = self.body.split("{#var#}")
        text = parts[0] + "".join(value + part for value, part in zip(filled, parts[1:],
                                                                       strict=True))
        return filled, text


def load_whatsapp_templates(path: Path | None = None) -> Mapping[tuple[str, str], WhatsAppTemplate]:
    """The approved WhatsApp templates by (template key, language); checked on load.

    Every key of :data:`TEMPLATE_KEYS` (another file than the reminders': each of its
    own keys) in en, hi and ta; ``content_sid`` shaped
    like a Twilio Content SID (``HX`` + 32 hex digits); category ``UTILITY``;
    the body numbers its variables ``{{1}}``... ``{{n}}`` in order of
    appearance, one per listed variable, and neither starts nor ends with one
    (WhatsApp rules). Anything else raises :class:`TemplateDataError`.
    """
    return _load_whatsapp(path or DEFAULT_WHATSAPP_TEMPLATES)


def load_sms_templates(path: Path | None = None) -> Mapping[tuple[str, str], SmsTemplate]:
    """The DLT SMS templates by (template key, language); checked on load.

    Every key of :data:`TEMPLATE_KEYS` in en, hi and ta; a 19-digit
    ``template_id``; a 6-letter header; one ``{#var#}`` per listed variable.
    Anything else raises :class:`TemplateDataError`.
    """
    return _load_sms(path or DEFAULT_SMS_TEMPLATES)


@cache
def _load_whatsapp(path: Path) -> Mapping[tuple[str, str], WhatsAppTemplate]:
    templates: dict[tuple[str, str], WhatsAppTemplate] = {}
    for key, language, entry, where in _entries(path):
        body = _text(entry, "body", where)
        variables = _variables(entry, where)
        numbers = re.findall(r"\{\{(\d+)\}\}", body)
        if numbers != [str(i) for i in range(1, len(variables) + 1)]:
            raise TemplateDataError(f"{where}: the body must number its {len(variables)} "
                                    f"variables once each, in order; it has {numbers}")
        if body.lstrip().startswith("{{") or body.rstrip().endswith("}}"):
            raise TemplateDataError(f"{where}: a body may not start or end with a variable")
        sid = _text(entry, "content_sid", where)
        if not re.fullmatch(r"HX[0-9a-f]{32}", sid):
            raise TemplateDataError(f"{where}: content_sid {sid!r} is not HX + 32 hex digits")
        category = _text(entry, "category", where)
        if category != "UTILITY":
            raise TemplateDataError(f"{where}: payment reminders are UTILITY templates")
        templates[key, language] = WhatsAppTemplate(
            key=key, language=language, content_sid=sid, name=_text(entry, "name", where),
            category=category, body=body, variables=variables)
    return templates


@cache
def _load_sms(path: Path) -> Mapping[tuple[str, str], SmsTemplate]:
    templates: dict[tuple[str, str], SmsTemplate] = {}
    for key, language, entry, where in _entries(path):
        body = _text(entry, "body", where)
        variables = _variables(entry, where)
        if body.count("{#var#}") != len(variables):
            raise TemplateDataError(f"{where}: the body has {body.count('{#var#}')} {{#var#}} "
                                    f"for {len(variables)} variables")
        template_id = _text(entry, "template_id", where)
        if not re.fullmatch(r"[0-9]{19}", template_id):
            raise TemplateDataError(f"{where}: template_id {template_id!r} is not 19 digits")
        header = _text(entry, "header", where)
        if not re.fullmatch(r"[A-Z]{6}", header):
            raise TemplateDataError(f"{where}: header {header!r} is not 6 capital letters")
        content_type = _text(entry, "content_type", where)
        if content_type not in ("text", "unicode"):
            raise TemplateDataError(f"{where}: content_type is text or unicode")
        templates[key, language] = SmsTemplate(
            key=key, language=language, template_id=template_id, header=header,
            category=_text(entry, "category", where), content_type=content_type, body=body,
            variables=variables)
    return templates


def _entries(path: Path) -> list[tuple[str, str, Mapping[str, Any], str]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise TemplateDataError(f"{path}: cannot be read as YAML ({error})") from error
    templates = data.get("templates") if isinstance(data, dict) else None
    if not isinstance(templates, dict):
        raise TemplateDataError(f"{path}: no 'templates' mapping")
    entries: list[tuple[str, str, Mapping[str, Any], str]] = []
    # The reminders' files hold every reminder key; another file (the document templates)
    # holds its own keys, each in every language.
    keys = TEMPLATE_KEYS if path in (DEFAULT_WHATSAPP_TEMPLATES, DEFAULT_SMS_TEMPLATES) \
        else tuple(str(k) for k in templates)
    for key in keys:
        for language in LANGUAGES:
            by_language = templates.get(key)
            entry = by_language.get(language) if isinstance(by_language, dict) else None
            where = f"{path.name} {key}.{language}"
            if not isinstance(entry, dict):
                raise TemplateDataError(f"{where}: missing")
            entries.append((key, language, entry, where))
    return entries


def _text(entry: Mapping[str, Any], name: str, where: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise TemplateDataError(f"{where}: '{name}' must be a non-empty string")
    return value


def _variables(entry: Mapping[str, Any], where: str) -> tuple[str, ...]:
    names = entry.get("variables")
    if (not isinstance(names, list) or not names
            or not all(isinstance(n, str) and n in _VARIABLE_NAMES for n in names)):
        raise TemplateDataError(f"{where}: variables must list names from "
                                f"{sorted(_VARIABLE_NAMES)}")
    return tuple(names)


def template_key(facts: ReminderFacts) -> str:
    """Which approved template fits ``facts``.

    A pre-due stage drafted after the due date (a send held back past it by
    quiet hours or festivals) becomes the overdue reminder. Overdue reminders
    and promise follow-ups take the variant with interest and total when
    interest applies, and the one without otherwise; the firmest overdue
    reminder takes its variant with interest (and the Section 18 sentence)
    only from a supplier Section 16 protects: anyone else's is the neutral one.
    """
    stage = _text_stage(facts)
    if stage == "overdue_final":
        return "overdue_final" if facts.cites_section18 and facts.interest_applies \
            else "overdue_final_no_interest"
    if stage in _OVERDUE_STAGES:
        return stage if facts.interest_applies else f"{stage}_no_interest"
    if stage == "promise_follow_up":
        return "promise_follow_up_with_interest" if facts.interest_applies else "promise_follow_up"
    return stage


def _text_stage(facts: ReminderFacts) -> str:
    if facts.stage in _PRE_DUE_STAGES and facts.days_overdue > 0:
        return "overdue_reminder"
    return facts.stage


# --- the deterministic draft -----------------------------------------------------------------


def _values(facts: ReminderFacts) -> dict[str, str]:
    """Every variable's text, formatted by tools/ in the buyer's language."""
    language = facts.language
    values = {
        "buyer_name": facts.buyer_name.strip(),
        "retailer_name": facts.retailer_name.strip(),
        "invoice_number": facts.invoice_number.strip(),
        # After a part payment the buyer is asked for the balance, with the invoice
        # amount beside it so the two are not confused.
        "amount": (render("reminder-amount-balance", language,
                          balance=format_inr(facts.balance, language, chat=True),
                          amount=format_inr(facts.amount, language, chat=True))
                   if facts.part_paid and facts.balance is not None
                   else format_inr(facts.amount, language, chat=True)),
        "due_date": _date_text(facts.due_date, language),
        "as_of": _date_text(facts.as_of, language),
        "payment_link": facts.payment_link or _fixed_text("reminder-payment-details-none",
                                                          language),
    }
    if facts.interest is not None and facts.total_due is not None:
        values["interest"] = format_inr(facts.interest, language, chat=True)
        values["total"] = format_inr(facts.total_due, language, chat=True)
    return values


# The monitor drafts thousands of reminders a second: what is the same for every one of
# them is worked out once (the catalog is loaded once per process).
@cache
def _fixed_text(message_id: str, language: str) -> str:
    """A catalog message without placeholders, in ``language``."""
    return render(message_id, language)


@lru_cache(maxsize=4096)
def _date_text(day: date, language: str) -> str:
    return format_date(day, language)


def _one_line(value: str) -> str:
    # WhatsApp rejects variable values with newlines, tabs or runs of spaces.
    return " ".join(value.split())


def _sms_value(name: str, value: str, language: str, facts: ReminderFacts) -> str:
    if name == "amount" and facts.part_paid and facts.balance is not None:
        value = format_inr(facts.balance, language, chat=True)  # a DLT variable: a figure only
    if language == "en" and name in ("amount", "interest", "total"):
        value = value.replace("₹", "Rs.")  # keeps English SMS in the GSM-7 alphabet
    return _one_line(value)[:SMS_VARIABLE_MAX_CHARS].rstrip()


def template_free_text(facts: ReminderFacts, adaptation: Adaptation | None = None) -> str:
    """The free text from ``prompts/<lang>/reminders.ftl``: the deterministic version.

    Salutation; the stage's body (the soft body for a soft first reminder);
    interest so far and the total once interest applies; the demand notice served, if one
    was; for a firm reminder
    from a Section 16 supplier the s.16 and s.43B(h) paragraphs; for the
    firmest overdue reminder what the supplier may do next (a Section 18
    reference, or further steps); the payment link; what to do if already
    paid; the closing.
    """
    return _free_text(facts, adaptation or adapt(facts), _values(facts))


def _free_text(facts: ReminderFacts, chosen: Adaptation, values: Mapping[str, str]) -> str:
    params: dict[str, Any] = {
        "buyer": values["buyer_name"], "retailer": values["retailer_name"],
        "invoice": values["invoice_number"], "amount": values["amount"],
        "due_date": values["due_date"], "as_of": values["as_of"], "days": facts.days_overdue,
    }
    stage = _text_stage(facts)
    body_id = f"reminder-body-{stage.replace('_', '-')}"
    if stage == "first_reminder" and chosen.tone == "soft":
        body_id += "-soft"
    paragraphs = [chosen.salutation, render(body_id, facts.language, **params)]
    if facts.interest_applies:
        paragraphs.append(render("reminder-interest-so-far", facts.language,
                                 as_of=values["as_of"], interest=values["interest"],
                                 total=values["total"]))
    if facts.notice_served is not None and facts.days_overdue > 0:
        reference, served_on = facts.notice_served
        paragraphs.append(render("reminder-notice-served", facts.language,
                                 reference=reference,
                                 date=_date_text(served_on, facts.language)))
    if chosen.cite_section16:
        running = "running" if facts.days_overdue > 0 else "upcoming"
        paragraphs.append(_fixed_text(f"reminder-legal-section16-{running}", facts.language))
        paragraphs.append(_fixed_text("reminder-legal-43bh", facts.language))
    if stage == "overdue_final":
        paragraphs.append(_fixed_text("reminder-legal-section18" if facts.cites_section18
                                      else "reminder-further-steps", facts.language))
    if facts.payment_link:
        paragraphs.append(render("reminder-payment-link", facts.language,
                                 payment_link=facts.payment_link))
    paragraphs.append(_fixed_text("reminder-already-paid", facts.language))
    paragraphs.append(chosen.closing)
    return "\n\n".join(paragraphs)


def _email_subject(facts: ReminderFacts, values: Mapping[str, str]) -> str:
    stage = _text_stage(facts).replace("_", "-")
    return render(f"reminder-subject-{stage}", facts.language, invoice=values["invoice_number"],
                  amount=values["amount"], due_date=values["due_date"])


def draft_reminder(facts: ReminderFacts, *, chat_model: BaseChatModel | None = None
                   ) -> ReminderDraft:
    """The reminder for ``facts`` on every channel (module docstring).

    Template variables and the email subject are always deterministic. The
    free text is the template text, unless ``chat_model`` is given and its
    proposal passes :func:`validate_draft`; a rejected proposal or a model
    error is logged (problem codes only, never the text) and the template
    text is used.
    """
    adaptation = adapt(facts)
    values = _values(facts)
    key = template_key(facts)
    whatsapp = load_whatsapp_templates()[key, facts.language]
    sms = load_sms_templates()[key, facts.language]
    whatsapp_variables, whatsapp_preview = whatsapp.fill(
        {name: _one_line(value) for name, value in values.items()})
    sms_variables, sms_text = sms.fill(
        {name: _sms_value(name, value, facts.language, facts)
         for name, value in values.items()})
    free_text = _free_text(facts, adaptation, values)
    source: Literal["template", "model"] = "template"
    if chat_model is not None:
        proposed = _model_free_text(chat_model, facts, adaptation, free_text)
        if proposed is not None:
            free_text, source = proposed, "model"
    return ReminderDraft(
        stage=facts.stage, language=facts.language, tone=adaptation.tone,
        whatsapp_template_id=whatsapp.content_sid, whatsapp_variables=whatsapp_variables,
        whatsapp_preview=whatsapp_preview, sms_template_id=sms.template_id,
        sms_header=sms.header, sms_variables=sms_variables, sms_text=sms_text,
        email_subject=_email_subject(facts, values), free_text=free_text, source=source)


# --- the model's proposal --------------------------------------------------------------------


def _model_free_text(chat_model: BaseChatModel, facts: ReminderFacts, adaptation: Adaptation,
                     template_text: str) -> str | None:
    event = {"stage": facts.stage, "language": facts.language}
    try:
        reply = chat_model.invoke(_model_prompt(facts, adaptation, template_text))
        content = reply.content if isinstance(reply.content, str) else "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in reply.content)
        text = _clean_model_text(content)
    except Exception as error:  # noqa: BLE001 - any model failure falls back to the template
        log.warning(json.dumps({"event": "reminder_model_failed", **event,
                                "reason": type(error).__name__}))
        return None
    problems = validate_draft(text, facts)
    if problems:
        log.warning(json.dumps({"event": "reminder_model_text_rejected", **event,
                                "problems": sorted({p.split(":")[0] for p in problems})}))
        return None
    log.info(json.dumps({"event": "reminder_model_text_used", **event}))
    return text


def _model_prompt(facts: ReminderFacts, adaptation: Adaptation, template_text: str) -> str:
    values = _values(facts)
    lines = [f"- Buyer: {values['buyer_name']}", f"- Supplier: {values['retailer_name']}",
             f"- Invoice number: {values['invoice_number']}", f"- Amount: {values['amount']}",
             f"- Due date: {values['due_date']}", f"- Today: {values['as_of']}"]
    if facts.interest_applies:
        lines += [f"- Days overdue: {facts.days_overdue}",
                  f"- Interest so far (up to today): {values['interest']}",
                  f"- Total now due: {values['total']}"]
    if facts.payment_link:
        lines.append(f"- Payment link: {facts.payment_link}")
    if adaptation.cite_section16:
        legal_rule = ("Keep the draft's statements about Section 16 of the MSMED Act, 2006 and "
                      "Section 43B(h) of the Income-tax Act, 1961 (and the Income-tax Act, "
                      "2025) with the same meaning; mention no other law.")
        if facts.cites_section18:
            legal_rule += (" Keep the statement that the supplier may refer the matter to the "
                           "Micro and Small Enterprises Facilitation Council under Section 18 "
                           "of the MSMED Act, 2006, with the same meaning.")
    else:
        legal_rule = ("Do not mention any law, section, legal right, tax rule or interest "
                      "that the draft does not mention.")
    return _MODEL_PROMPT.read_text(encoding="utf-8").format(
        language_name=_LANGUAGE_NAMES[facts.language], script=_SCRIPT_NAMES[facts.language],
        tone=_TONE_WORDS[adaptation.tone], register=_REGISTER[facts.language],
        legal_rule=legal_rule, facts="\n".join(lines), draft=template_text)


def _clean_model_text(content: str) -> str:
    text = content.strip()
    fenced = re.fullmatch(r"```[a-zA-Z]*\n?(.*?)\n?```", text, re.S)
    if fenced:
        text = fenced.group(1).strip()
    text = text.removeprefix("<<<").removesuffix(">>>").strip()
    for opening, closing in (('"', '"'), ("'", "'"), ("“", "”")):
        if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
            text = text[1:-1].strip()
    return text


# --- validation ------------------------------------------------------------------------------


def _norm(words: Sequence[str]) -> str:
    return "|".join(re.escape(normalise_text(w)) for w in sorted(words, key=len, reverse=True))


_DEVANAGARI = ("\u0900", "\u097f")
# Share of letters (names, invoice number and link aside) in the language's own
# script: the template texts are above 0.98; a few English words ("UPI") are fine,
# an English paragraph is not.
_MIN_SCRIPT_SHARE = 0.85
_TAMIL = ("\u0b80", "\u0bff")

_CURRENCY_WORDS = ("₹", "rs.", "rs", "inr", "rupees", "rupee", "रु.", "रु", "रुपये", "रुपए",
                   "ரூ.", "ரூ", "ரூபாய்")
_UNIT_FACTORS = {
    **dict.fromkeys(("thousand", "k", "हज़ार", "हजार", "ஆயிரம்"), 1_000),
    **dict.fromkeys(("lakh", "lakhs", "lac", "lacs", "लाख", "லட்சம்"), 100_000),
    **dict.fromkeys(("crore", "crores", "cr", "करोड़", "करोड", "கோடி"), 10_000_000),
}
_UNIT_OF = {normalise_text(word): factor for word, factor in _UNIT_FACTORS.items()}
_RATE_SUFFIXES = ("%", "percent", "per cent", "प्रतिशत", "சதவீத")
_AMOUNT_SUFFIXES = ("/-", "rupees", "रुपये", "रुपए", "ரூபாய்")
_MONEY = re.compile(
    rf"(?:(?<![a-z])(?P<prefix>{_norm(_CURRENCY_WORDS)})\s*|(?<![0-9a-z.,/#₹\-]))"
    r"(?P<number>[0-9](?:[0-9]|,(?=[0-9]))*(?:\.[0-9]+)?)(?![0-9])"
    rf"(?:\s*(?P<unit>{_norm(list(_UNIT_FACTORS))})(?![a-z]))?"
    rf"(?:\s*(?P<suffix>{_norm(_RATE_SUFFIXES + _AMOUNT_SUFFIXES)}))?"
)
_INDIAN_GROUPING = re.compile(r"[0-9]{1,3}|[0-9]{1,2}(?:,[0-9]{2})*,[0-9]{3}")
_DAY_WORDS = _norm(("days", "day", "din", "दिन", "दिनों", "நாட்கள்", "நாள்"))
_DAY_COUNT = re.compile(rf"(?<![0-9.,])(?P<count>[0-9]{{1,4}})\s*(?:{_DAY_WORDS})")
_YEARLESS_RULES = frozenset({"numeric-dm", "day-month", "month-day"})
_DAY_ONLY_RULES = frozenset({"day-word"})
# A bare ordinal ("our 2nd reminder") is not a date in a written reminder.
_IGNORED_DATE_RULES = frozenset({"ordinal-day"})
_INVOICE_WORDS = ("invoice", "inv", "bill", "बिल", "इनवॉइस", "चालान", "பில்", "விலைப்பட்டியல்",
                  "இன்வாய்ஸ்")
_OTHER_INVOICE_AFTER_WORD = re.compile(
    rf"(?:{_norm(_INVOICE_WORDS)})(?:\s*(?:no\.?|number|नंबर|संख्या|எண்))?\s*[:#.]?\s*"
    r"(?P<number>[0-9]+)(?![0-9])")
_TOKEN = re.compile(r"(?<![a-z0-9])[a-z0-9]+(?:[/#\-_.][a-z0-9]+)*")
_GSTIN = re.compile(r"(?<![a-z0-9])[0-9]{2}[a-z]{5}[0-9]{4}[a-z][1-9a-z]z[0-9a-z](?![a-z0-9])")
_URL = re.compile(r"(?:https?://|upi://|www\.)\S+")
_PLACEHOLDER = re.compile(r"\{\{\s*\w+\s*\}\}|\{\s*\$\w+\s*\}|\{#var#\}|"
                          r"\[(?:buyer|supplier|retailer|customer|name|amount|date|invoice)[^\]]*\]",
                          re.I)
_SECTION_WORDS = _norm(("section", "sections", "sec.", "sec", "s.", "धारा", "பிரிவு",
                        "பிரிவுகள்"))
_SECTION = re.compile(rf"(?<![a-z])(?:{_SECTION_WORDS})\s*"
                      r"(?P<ref>[0-9]+[a-z]?(?:\s*\(\s*[a-z]\s*\))?)")
_SECTION16 = re.compile(rf"(?<![a-z])(?:{_SECTION_WORDS})\s*16(?![0-9])")
_SECTION18 = re.compile(rf"(?<![a-z])(?:{_SECTION_WORDS})\s*18(?![0-9])")
_S43BH = re.compile(r"43\s*-?\s*b\s*\(\s*h\s*\)")


def _words(words: Sequence[str]) -> re.Pattern[str]:
    # Latin words need edges ("court" is not "courteous"); Indic ones are matched as written.
    return re.compile(rf"(?<![a-z])(?:{_norm(words)})(?![a-z])")


_LAW_WORDS = _words(("43b", "act", "acts", "msmed", "msme act", "एमएसएमईडी", "income-tax",
                     "income tax", "आयकर", "अधिनियम", "வருமான வரி", "சட்டம்", "சட்டத்தின்",
                     "samadhaan", "समाधान", "odr", "facilitation council", "msefc"))
_THREATS = _words(("legal action", "court", "courts", "police", "lawyer", "lawyers", "advocate",
                   "legal proceedings", "sue", "blacklist", "blacklisted", "cibil",
                   "कानूनी कार्रवाई", "अदालत", "पुलिस", "वकील", "मुकदमा", "சட்ட நடவடிக்கை",
                   "நீதிமன்ற", "காவல்", "வழக்கறிஞர்"))
_INTEREST_WORDS = _words(("interest", "ब्याज", "வட்டி"))
_RATE_SUFFIX_SET = frozenset(normalise_text(w) for w in _RATE_SUFFIXES)


def validate_draft(text: str, facts: ReminderFacts) -> list[str]:
    """Problems in a proposed free text for ``facts``; an empty list means it may be sent.

    Each problem is a code, optionally with ``": detail"``:

    * ``empty``, ``too-long`` (over :data:`MAX_FREE_TEXT_CHARS`), ``placeholder-left``.
    * Required: ``invoice-number-missing``, ``amount-missing``, ``due-date-missing``,
      ``buyer-name-missing``, ``payment-link-missing`` (when there is a link), and
      once interest applies ``interest-missing`` and ``total-missing``. Amounts may be
      written ``₹1,20,000.00``, ``Rs 1,20,000``, ``1,20,000`` or ``1.2 lakh``; the due
      date in the language's own words (``3 October 2026``, ``3 अक्टूबर 2026``,
      ``3 அக்டோபர், 2026``) or as ``03/10/2026``.
    * Every money-like number (with ₹/Rs/रु/ரூ, a unit such as lakh, a grouping comma,
      decimals or five digits or more) must be the amount, the interest or the total:
      ``unknown-amount``; grouping must be Indian (``1,20,000``): ``amount-not-indian-grouping``;
      no percentage at all: ``unknown-rate``. Every date must be the due date, the day
      after it (interest starts), the as-of date or 1 April 2026 (Income-tax Act 2025):
      ``unknown-date``; bare years likewise or a cited Act's year: ``unknown-year``; a
      count of days must be the days overdue or the days left: ``unknown-day-count``.
    * ``wrong-script``: at least 85% of the letters of a Hindi text Devanagari and of a
      Tamil text Tamil script, and none of the other one (names, the invoice number and
      the link aside); an English text has neither.
    * ``other-invoice-number``, ``gstin-not-allowed``, ``unknown-link``: no other
      invoice, party identifier or link.
    * Legal claims: a reminder that does not cite Section 16 (any but a firm one from a
      Section 16 supplier) may mention no law (``legal-reference-not-allowed``) and no
      interest unless interest applies (``interest-not-applicable``); one that does must
      keep ``section16-missing``/``section43bh-missing`` and cite nothing else
      (``unknown-legal-reference``), except that the firmest overdue reminder
      (``overdue_final``) must also keep Section 18 (``section18-missing``). Never
      ``threatening-language``.
    """
    if not text.strip():
        return ["empty"]
    adaptation = adapt(facts)
    values = _values(facts)
    problems: list[str] = []
    if len(text) > MAX_FREE_TEXT_CHARS:
        problems.append(f"too-long: {len(text)} characters")
    if _PLACEHOLDER.search(text):
        problems.append("placeholder-left")

    masked = normalise_text(text)
    if facts.payment_link:
        masked, found = _mask(masked, facts.payment_link)
        if not found:
            problems.append("payment-link-missing")
    masked, found = _mask(masked, values["invoice_number"])
    if not found:
        problems.append("invoice-number-missing")
    masked, found = _mask(masked, values["buyer_name"])
    if not found:
        problems.append("buyer-name-missing")
    masked, _ = _mask(masked, values["retailer_name"])
    problems += _script_problems(masked, facts.language)
    if _URL.search(masked):
        problems.append("unknown-link")
    problems += _legal_problems(masked, facts, adaptation)

    masked, date_problems, due_found = _date_problems(masked, facts)
    problems += date_problems
    if not due_found:
        problems.append("due-date-missing")
    for match in _DAY_COUNT.finditer(masked):
        allowed_counts = {facts.days_overdue, max(0, (facts.due_date - facts.as_of).days)}
        if int(match["count"]) not in allowed_counts:
            problems.append(f"unknown-day-count: {match.group(0).strip()}")
    masked, money_problems, amounts = _money_problems(masked, facts)
    problems += money_problems
    if facts.amount not in amounts:
        problems.append("amount-missing")
    if facts.part_paid and facts.balance not in amounts:
        problems.append("balance-missing")
    if facts.interest_applies:
        if facts.interest not in amounts:
            problems.append("interest-missing")
        if facts.total_due not in amounts:
            problems.append("total-missing")
    problems += _other_party_problems(masked)
    return problems


def _mask(text: str, needle: str) -> tuple[str, bool]:
    """``text`` with every occurrence of ``needle`` blanked out (same length), and whether found."""
    target = normalise_text(needle).strip()
    if not target or target not in text:
        return text, False
    return text.replace(target, " " * len(target)), True


def _script_problems(text: str, language: str) -> list[str]:
    counts = {"deva": 0, "tamil": 0, "latin": 0}
    for char in text:
        if not (unicodedata.category(char)[0] == "L" or unicodedata.category(char) in ("Mn", "Mc")):
            continue
        if _DEVANAGARI[0] <= char <= _DEVANAGARI[1]:
            counts["deva"] += 1
        elif _TAMIL[0] <= char <= _TAMIL[1]:
            counts["tamil"] += 1
        else:
            counts["latin"] += 1
    total = sum(counts.values()) or 1
    wrong = {
        "en": counts["deva"] + counts["tamil"] > 0,
        "hi": counts["tamil"] > 0 or counts["deva"] / total < _MIN_SCRIPT_SHARE,
        "ta": counts["deva"] > 0 or counts["tamil"] / total < _MIN_SCRIPT_SHARE,
    }[language]
    return ["wrong-script"] if wrong else []


def _legal_problems(text: str, facts: ReminderFacts, adaptation: Adaptation) -> list[str]:
    problems = []
    if _THREATS.search(text):
        problems.append("threatening-language")
    if adaptation.cite_section16:
        if not _SECTION16.search(text):
            problems.append("section16-missing")
        if not _S43BH.search(text):
            problems.append("section43bh-missing")
        if facts.cites_section18 and not _SECTION18.search(text):
            problems.append("section18-missing")
        cited = ("16", "43b(h)", "43b", "18") if facts.cites_section18 else ("16", "43b(h)", "43b")
        for match in _SECTION.finditer(text):
            reference = re.sub(r"\s+", "", match["ref"])
            if reference not in cited:
                problems.append(f"unknown-legal-reference: {match.group(0).strip()}")
    else:
        if _LAW_WORDS.search(text) or _SECTION.search(text) or _S43BH.search(text):
            problems.append("legal-reference-not-allowed")
        if not facts.interest_applies and _INTEREST_WORDS.search(text):
            problems.append("interest-not-applicable")
    return problems


def _date_problems(text: str, facts: ReminderFacts) -> tuple[str, list[str], bool]:
    allowed = {facts.due_date, facts.due_date + timedelta(days=1), facts.as_of,
               INCOME_TAX_ACT_2025_FROM}
    problems: list[str] = []
    due_found = False
    for span in find_date_spans(text, facts.as_of, prefer="future"):
        if span.rule in _IGNORED_DATE_RULES:
            continue
        phrase = text[span.start:span.end]
        yearless = span.rule in _YEARLESS_RULES and not re.search(r"[12][0-9]{3}", phrase)
        if span.rule in _DAY_ONLY_RULES:
            ok = span.value.day in {d.day for d in allowed}
            is_due = False
        elif yearless:
            ok = (span.value.month, span.value.day) in {(d.month, d.day) for d in allowed}
            is_due = (span.value.month, span.value.day) == (facts.due_date.month,
                                                            facts.due_date.day)
        else:
            ok = span.value in allowed
            is_due = span.value == facts.due_date
        due_found = due_found or is_due
        if not ok:
            problems.append(f"unknown-date: {phrase.strip()}")
        text = text[:span.start] + " " * (span.end - span.start) + text[span.end:]
    return text, problems, due_found


def _money_problems(text: str, facts: ReminderFacts) -> tuple[str, list[str], set[Decimal]]:
    allowed: set[Decimal] = {facts.amount}
    if facts.balance is not None:
        allowed.add(facts.balance)
    if facts.interest_applies and facts.interest is not None and facts.total_due is not None:
        allowed |= {facts.interest, facts.total_due}
    allowed_years = ({d.year for d in (facts.due_date, facts.as_of, INCOME_TAX_ACT_2025_FROM)}
                     | _LEGAL_YEARS)
    problems: list[str] = []
    found: set[Decimal] = set()
    for match in _MONEY.finditer(text):
        number, unit, suffix = match["number"], match["unit"], match["suffix"] or ""
        shown = match.group(0).strip()
        if suffix in _RATE_SUFFIX_SET:
            problems.append(f"unknown-rate: {shown}")
            continue
        digits = number.replace(",", "").split(".")[0]
        money_like = bool(match["prefix"] or unit or suffix or "," in number or "." in number
                          or len(digits) >= 5)
        if not money_like:
            year = int(digits)
            if len(digits) == 4 and 1900 <= year <= 2099 and year not in allowed_years:
                problems.append(f"unknown-year: {digits}")
            continue
        if "," in number and not _INDIAN_GROUPING.fullmatch(number.split(".")[0]):
            problems.append(f"amount-not-indian-grouping: {shown}")
        value = Decimal(number.replace(",", "")) * _UNIT_OF.get(unit or "", 1)
        if value in allowed:  # Decimal equality: 120000 == 120000.00
            found.add(value)
        else:
            problems.append(f"unknown-amount: {shown}")
        text = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return text, problems, found


def _other_party_problems(text: str) -> list[str]:
    problems = [f"gstin-not-allowed: {m.group(0)}" for m in _GSTIN.finditer(text)]
    text = _GSTIN.sub(" ", text)
    text = _S43BH.sub(" ", _SECTION.sub(" ", text))
    for match in _OTHER_INVOICE_AFTER_WORD.finditer(text):
        problems.append(f"other-invoice-number: {match['number']}")
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        has_digit = any(c.isdigit() for c in token)
        has_letter_or_mark = any(c.isalpha() for c in token) or any(c in "/#-_" for c in token)
        if not (has_digit and has_letter_or_mark):
            continue
        if re.fullmatch(r"[0-9]+(?:st|nd|rd|th|x)", token):
            continue  # "2nd reminder", "3x the bank rate"
        problems.append(f"other-invoice-number: {token}")
    return problems
