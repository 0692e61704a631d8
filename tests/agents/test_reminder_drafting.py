"""Reminder drafts: template variables from the facts, free text that states them right.

The model may reword the free text; its proposal is used only when
validate_draft finds nothing wrong, and a trader's reminder never claims
Section 16 interest or cites s.43B(h).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from langchain_core.language_models import BaseChatModel
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatResult

from agents.cultural_adaptation import adapt, has_good_payment_history
from agents.reminder_drafting import (
    DRAFT_STAGES,
    MAX_FREE_TEXT_CHARS,
    SMS_VARIABLE_MAX_CHARS,
    TEMPLATE_KEYS,
    ReminderFacts,
    draft_reminder,
    load_sms_templates,
    load_whatsapp_templates,
    template_free_text,
    template_key,
    validate_draft,
)
from prompts import LANGUAGES, render
from tools.schedule import ReminderStage

LINK = ("upi://pay?pa=meena@okaxis&pn=Meena%20Textiles&am=120000.00&cu=INR"
        "&tn=Invoice%20INV-2026-042")
DUE = date(2026, 10, 3)
SCRIPT = {"hi": re.compile(r"[\u0900-\u097F]"), "ta": re.compile(r"[\u0B80-\u0BFF]")}
# Chat amounts: whole rupees without ".00", paise when there are any.
AMOUNT, INTEREST, TOTAL = "₹1,20,000", "₹1,653.21", "₹1,21,653.21"
DUE_TEXT = {"en": "3 October 2026", "hi": "3 अक्टूबर 2026", "ta": "3 அக்டோபர் 2026"}
LEGAL = re.compile(r"Section 16|धारा 16|பிரிவு 16|43B|MSMED|एमएसएमईडी|Income-tax|आयकर|வருமான வரி")


def make_facts(**changes: Any) -> ReminderFacts:
    facts = ReminderFacts(
        stage="first_reminder", language="en", buyer_name="Ravi Traders",
        retailer_name="Meena Textiles", invoice_number="INV-2026-042", amount=Decimal("120000"),
        due_date=DUE, as_of=date(2026, 9, 18), days_overdue=0, interest=None, total_due=None,
        section16=True, payment_link=LINK, buyer_region="TN", paid_on_time_count=0,
        paid_late_count=0, relationship_months=2)
    return replace(facts, **changes)


def overdue(**changes: Any) -> ReminderFacts:
    base: dict[str, Any] = {"stage": "overdue_reminder", "as_of": date(2026, 11, 2),
                            "days_overdue": 30, "interest": Decimal("1653.21"),
                            "total_due": Decimal("121653.21")}
    return make_facts(**(base | changes))


ALL_FACTS = [
    make_facts(stage=stage, language=language, **extra)
    for language in LANGUAGES
    for stage in ("first_reminder", "second_reminder", "final_reminder", "promise_follow_up")
    for extra in ({}, {"section16": False}, {"payment_link": None}, {"paid_on_time_count": 4})
] + [
    overdue(language=language, stage=stage, **extra)
    for language in LANGUAGES
    for stage in ("overdue_reminder", "promise_follow_up", "second_reminder", "overdue_firm",
                  "overdue_final")
    for extra in ({}, {"section16": False}, {"section16": False, "interest": None,
                                             "total_due": None})
]


def _id(facts: ReminderFacts) -> str:
    return (f"{facts.language}-{facts.stage}-{facts.days_overdue}d-"
            f"{'s16' if facts.section16 else 'trader'}-{'int' if facts.interest else 'noint'}")


# --- drafts state the facts, in every language -------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_a_first_reminder_states_invoice_amount_and_due_date_on_every_channel(
        language: str) -> None:
    draft = draft_reminder(make_facts(language=language))
    for text in (draft.whatsapp_preview, draft.free_text, draft.email_subject):
        assert "INV-2026-042" in text and AMOUNT in text and DUE_TEXT[language] in text, text
        assert AMOUNT + ".00" not in text, text
    assert "INV-2026-042" in draft.sms_text and DUE_TEXT[language] in draft.sms_text
    assert draft.whatsapp_template_id.startswith("HX") and len(draft.whatsapp_template_id) == 34
    assert re.fullmatch(r"[0-9]{19}", draft.sms_template_id) and draft.sms_header == "BAKAYA"
    assert draft.source == "template"
    if language != "en":
        for text in (draft.whatsapp_preview, draft.sms_text, draft.free_text,
                     draft.email_subject):
            assert SCRIPT[language].search(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_overdue_reminder_states_interest_so_far_and_the_total(language: str) -> None:
    draft = draft_reminder(overdue(language=language))
    for text in (draft.whatsapp_preview, draft.free_text):
        assert INTEREST in text and TOTAL in text and DUE_TEXT[language] in text, text
    sms = draft.sms_text.replace("Rs.", "₹") if language == "en" else draft.sms_text
    assert INTEREST in sms and TOTAL in sms and DUE_TEXT[language] in sms
    assert "30" in draft.free_text  # days overdue
    variables = draft.whatsapp_variables
    assert sorted(variables, key=int) == [str(n) for n in range(1, 9)]
    assert {AMOUNT, INTEREST, TOTAL, LINK, "INV-2026-042"} <= set(variables.values())


def test_whatsapp_variables_are_what_twilio_content_variables_want() -> None:
    draft = draft_reminder(make_facts(buyer_name="Ravi\nTraders  & Sons", language="hi"))
    assert list(draft.whatsapp_variables) == ["1", "2", "3", "4", "5", "6"]
    assert draft.whatsapp_variables["1"] == "Ravi Traders & Sons"
    assert all("\n" not in v and "    " not in v for v in draft.whatsapp_variables.values())
    assert json.loads(json.dumps(draft.whatsapp_variables)) == draft.whatsapp_variables
    assert "{{" not in draft.whatsapp_preview and "{#var#}" not in draft.sms_text


def test_without_a_payment_link_the_template_says_as_per_the_invoice() -> None:
    assert "Payment details: as per the invoice." in draft_reminder(
        make_facts(payment_link=None)).whatsapp_preview
    assert "बिल के अनुसार" in draft_reminder(
        make_facts(payment_link=None, language="hi")).whatsapp_variables["6"]


def test_sms_variables_fit_dlt_limits_and_english_sms_avoids_the_rupee_sign() -> None:
    long_name = "Sri Venkateswara Agencies and General Traders Private Limited"
    draft = draft_reminder(overdue(buyer_name=long_name))
    assert all(len(value) <= SMS_VARIABLE_MAX_CHARS for value in draft.sms_variables)
    assert draft.sms_variables[0] == long_name[:SMS_VARIABLE_MAX_CHARS].rstrip()
    assert "₹" not in draft.sms_text and "Rs.1,20,000 " in draft.sms_text
    assert "₹1,20,000," in draft_reminder(overdue(language="ta")).sms_text


@pytest.mark.parametrize("facts", ALL_FACTS, ids=_id)
def test_the_template_free_text_passes_its_own_validation(facts: ReminderFacts) -> None:
    draft = draft_reminder(facts)
    assert validate_draft(draft.free_text, facts) == []
    assert len(draft.free_text) <= MAX_FREE_TEXT_CHARS


def test_a_pre_due_stage_sent_after_the_due_date_uses_the_overdue_template() -> None:
    late = overdue(stage="second_reminder")
    assert template_key(late) == "overdue_reminder"
    assert template_key(replace(late, interest=None, total_due=None)) == (
        "overdue_reminder_no_interest")
    assert template_key(overdue(stage="promise_follow_up")) == "promise_follow_up_with_interest"
    assert template_key(make_facts(stage="promise_follow_up")) == "promise_follow_up"
    assert "was due on" in draft_reminder(late).free_text


def test_stages_of_the_schedule_are_accepted_as_they_are() -> None:
    facts = make_facts(stage=ReminderStage.FINAL_REMINDER)
    assert draft_reminder(facts).tone == "firm"
    assert set(DRAFT_STAGES) >= {ReminderStage.FIRST_REMINDER, ReminderStage.SECOND_REMINDER}


@pytest.mark.parametrize(("changes", "message"), [
    ({"stage": "notice"}, "stage"),
    ({"language": "fr"}, "language"),
    ({"amount": 120000.0}, "Decimal"),
    ({"amount": Decimal("0")}, "positive"),
    ({"interest": Decimal("10")}, "together"),
    ({"days_overdue": 3}, "days_overdue"),
    ({"stage": "overdue_reminder"}, "overdue"),
    ({"buyer_name": "  "}, "buyer_name"),
    ({"payment_link": "upi://pay?pa=a b"}, "payment_link"),
    ({"buyer_region": "Tamil Nadu"}, "region"),
])
def test_inconsistent_facts_are_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_facts(**changes)


# --- register and tone -----------------------------------------------------------------------

def test_hindi_greets_a_firm_plainly_and_tamil_uses_the_respectful_form() -> None:
    # Buyers are mostly firms: "नमस्कार <firm>," (जी only after a person's name).
    hindi = adapt(make_facts(language="hi"))
    assert hindi.salutation == "नमस्कार Ravi Traders,"
    assert "आप" in draft_reminder(make_facts(language="hi")).free_text
    tamil = adapt(make_facts(language="ta"))
    assert tamil.salutation == "Ravi Traders அவர்களுக்கு வணக்கம்,"
    assert "தங்களுக்கு" in draft_reminder(make_facts(language="ta")).free_text
    assert adapt(make_facts()).salutation == "Dear Ravi Traders,"
    assert adapt(make_facts()).closing.endswith("Meena Textiles")


@pytest.mark.parametrize(("on_time", "late", "months", "good"), [
    (3, 0, 1, True), (2, 0, 11, False), (0, 0, 12, True), (10, 1, 36, False), (0, 0, 0, False),
])
def test_good_payment_history(on_time: int, late: int, months: int, good: bool) -> None:
    assert has_good_payment_history(on_time, late, months) is good


def test_a_first_reminder_to_a_good_buyer_is_soft_and_otherwise_standard() -> None:
    soft = make_facts(paid_on_time_count=3)
    assert adapt(soft).tone == "soft"
    assert "gentle reminder" in template_free_text(soft)
    assert adapt(make_facts(relationship_months=24)).tone == "soft"
    assert adapt(make_facts(relationship_months=24, paid_late_count=1)).tone == "standard"
    assert adapt(make_facts()).tone == "standard"
    assert adapt(make_facts(stage="second_reminder", paid_on_time_count=9)).tone == "standard"


def test_the_final_reminder_and_everything_overdue_are_firm() -> None:
    assert adapt(make_facts(stage="final_reminder", paid_on_time_count=9)).tone == "firm"
    assert adapt(overdue()).tone == "firm"
    assert adapt(overdue(stage="promise_follow_up")).tone == "firm"
    assert adapt(make_facts(stage="promise_follow_up")).tone == "standard"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_firm_reminder_from_a_section_16_supplier_cites_section_16_and_43b_h(
        language: str) -> None:
    final, late = make_facts(stage="final_reminder", language=language), overdue(language=language)
    for facts in (final, late):
        text = draft_reminder(facts).free_text
        assert re.search(r"Section 16|धारा 16|பிரிவு 16", text)
        assert "43B(h)" in text and "1961" in text and "2025" in text
    assert not LEGAL.search(draft_reminder(make_facts(language=language)).free_text)


@pytest.mark.parametrize("facts", [f for f in ALL_FACTS if not f.section16], ids=_id)
def test_a_trader_or_medium_suppliers_reminder_never_mentions_section_16_or_43b_h(
        facts: ReminderFacts) -> None:
    draft = draft_reminder(facts)
    for text in (draft.free_text, draft.whatsapp_preview, draft.sms_text, draft.email_subject):
        assert not LEGAL.search(text), text


# --- the validator --------------------------------------------------------------------------

GOOD_EN = ("Dear Ravi Traders, a friendly note: invoice INV-2026-042 for ₹1,20,000.00 is due on "
           "3 October 2026. Pay here: " + LINK + " Thanks, Meena Textiles")
GOOD_HI = ("नमस्कार Ravi Traders, बिल INV-2026-042, ₹1,20,000.00, "
           "3 अक्टूबर 2026 तक चुकाना है। पेमेंट: " + LINK + " धन्यवाद, Meena Textiles")
GOOD_TA = ("Ravi Traders அவர்களுக்கு வணக்கம், பில் எண் INV-2026-042, தொகை ₹1,20,000.00, "
           "3 அக்டோபர் 2026-க்குள் செலுத்த வேண்டும். லிங்க்: " + LINK
           + " நன்றி, Meena Textiles")
GOOD_OVERDUE = ("Dear Ravi Traders, invoice INV-2026-042 for ₹1,20,000.00 was due on "
                "3 October 2026 and is 30 days overdue. Interest up to 2 November 2026: "
                "₹1,653.21. Total now due: ₹1,21,653.21. Pay: " + LINK + " Meena Textiles")


@pytest.mark.parametrize(("language", "text"), [("en", GOOD_EN), ("hi", GOOD_HI),
                                                ("ta", GOOD_TA)])
def test_a_correct_text_in_each_language_passes(language: str, text: str) -> None:
    assert validate_draft(text, make_facts(language=language)) == []


@pytest.mark.parametrize("variant", [
    GOOD_EN.replace("₹1,20,000.00", "Rs 1,20,000"),
    GOOD_EN.replace("₹1,20,000.00", "Rs. 1,20,000.00"),
    GOOD_EN.replace("₹1,20,000.00", "1,20,000"),
    GOOD_EN.replace("₹1,20,000.00", "₹1.2 lakh"),
    GOOD_EN.replace("3 October 2026", "03/10/2026"),
    GOOD_EN.replace("3 October 2026", "October 3, 2026"),
    GOOD_EN.replace("3 October 2026", "3rd October"),
    "This is our 2nd reminder. " + GOOD_EN,
])
def test_other_correct_ways_of_writing_amount_and_date_pass(variant: str) -> None:
    assert validate_draft(variant, make_facts()) == []


def test_indian_digits_and_spelling_variants_pass_in_hindi() -> None:
    facts = make_facts(language="hi")
    assert validate_draft(GOOD_HI.replace("₹1,20,000.00", "₹१,२०,०००.००"), facts) == []
    assert validate_draft(GOOD_HI.replace("अक्टूबर", "अक्तूबर"), facts) == []


def _codes(problems: list[str]) -> set[str]:
    return {problem.split(":")[0] for problem in problems}


@pytest.mark.parametrize(("text", "expected"), [
    (GOOD_EN.replace("₹1,20,000.00", "₹1,25,000.00"), {"unknown-amount", "amount-missing"}),
    (GOOD_EN.replace(" for ₹1,20,000.00", ""), {"amount-missing"}),
    (GOOD_EN.replace("₹1,20,000.00", "₹120,000.00"), {"amount-not-indian-grouping"}),
    (GOOD_EN.replace("3 October 2026", "5 October 2026"), {"unknown-date", "due-date-missing"}),
    (GOOD_EN.replace(" is due on 3 October 2026", ""), {"due-date-missing"}),
    (GOOD_EN.replace("INV-2026-042", "your invoice", 1), {"invoice-number-missing"}),
    (GOOD_EN.replace("Ravi Traders", "Kumar Stores"), {"buyer-name-missing"}),
    (GOOD_EN.replace(LINK, "upi://pay?pa=fraud@okaxis"), {"payment-link-missing",
                                                         "unknown-link"}),
    (GOOD_EN + " Invoice INV-2026-043 is also pending.", {"other-invoice-number"}),
    (GOOD_EN + " Bill no. 4411 is also pending.", {"other-invoice-number"}),
    (GOOD_EN + " Our GSTIN is 33AAAAR6720M1ZG.", {"gstin-not-allowed"}),
    (GOOD_EN + " Interest of ₹1,500 will be added.", {"interest-not-applicable",
                                                      "unknown-amount"}),
    (GOOD_EN + " Late payment attracts 18% interest.", {"interest-not-applicable",
                                                        "unknown-rate"}),
    (GOOD_EN + " Please pay by tomorrow.", {"unknown-date"}),
    (GOOD_EN + " Please pay within 7 days.", {"unknown-date"}),
    (GOOD_EN + " Call 9876543210.", {"unknown-amount"}),
    (GOOD_EN + " Otherwise we will take legal action in court.", {"threatening-language"}),
    (GOOD_EN + " Under Section 16 of the MSMED Act you owe interest.",
     {"legal-reference-not-allowed", "interest-not-applicable"}),
    (GOOD_EN + " Regards, [Supplier Name]", {"placeholder-left"}),
    (GOOD_EN + " Balance: {{4}}", {"placeholder-left"}),
    ("   ", {"empty"}),
    (GOOD_EN + " thanks" * 300, {"too-long"}),
])
def test_the_validator_names_each_problem(text: str, expected: set[str]) -> None:
    assert _codes(validate_draft(text, make_facts())) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("hi", GOOD_EN), ("ta", GOOD_EN), ("ta", GOOD_HI), ("hi", GOOD_TA), ("en", GOOD_HI),
    ("hi", "Ravi Traders ji, bill INV-2026-042 ka ₹1,20,000.00 bhugtan 3 अक्टूबर 2026 ko dena "
           "hai. " + LINK),
])
def test_the_validator_rejects_the_wrong_script(language: str, text: str) -> None:
    assert "wrong-script" in _codes(validate_draft(text, make_facts(language=language)))


def test_once_overdue_interest_and_total_are_required_and_checked() -> None:
    facts = overdue(section16=False)
    assert validate_draft(GOOD_OVERDUE, facts) == []
    without = GOOD_OVERDUE.replace(" Interest up to 2 November 2026: ₹1,653.21.", "")
    assert _codes(validate_draft(without, facts)) == {"interest-missing"}
    invented = GOOD_OVERDUE.replace("₹1,653.21", "₹2,000.00")
    assert _codes(validate_draft(invented, facts)) == {"unknown-amount", "interest-missing"}
    wrong_total = GOOD_OVERDUE.replace("₹1,21,653.21", "₹1,22,000.00")
    assert _codes(validate_draft(wrong_total, facts)) == {"unknown-amount", "total-missing"}
    assert _codes(validate_draft(GOOD_OVERDUE.replace("30 days", "35 days"), facts)) == {
        "unknown-day-count"}


def test_a_trader_without_interest_may_not_mention_interest_at_all() -> None:
    facts = overdue(section16=False, interest=None, total_due=None)
    text = GOOD_OVERDUE.replace(" Interest up to 2 November 2026: ₹1,653.21. Total now due: "
                                "₹1,21,653.21.", "")
    assert validate_draft(text, facts) == []
    assert _codes(validate_draft(GOOD_OVERDUE, facts)) == {"interest-not-applicable",
                                                           "unknown-amount"}


def test_a_firm_section_16_text_must_keep_its_legal_points_and_cite_nothing_else() -> None:
    facts = overdue()
    text = template_free_text(facts)
    assert validate_draft(text, facts) == []
    dropped = re.sub(r"\n\nPlease also note.*?actually paid\.", "", text, flags=re.S)
    assert _codes(validate_draft(dropped, facts)) == {"section43bh-missing"}
    extra = text + "\n\nSee also Section 138 of the Negotiable Instruments Act."
    assert _codes(validate_draft(extra, facts)) == {"unknown-legal-reference"}
    rate = text.replace("three times the RBI bank rate", "16.5% a year")
    assert _codes(validate_draft(rate, facts)) == {"unknown-rate"}


SECTION_18 = re.compile(r"Section 18|धारा 18|பிரிவு 18|Sec\. 18")


@pytest.mark.parametrize("language", LANGUAGES)
def test_overdue_reminders_grow_firmer_and_only_the_last_names_the_council(
        language: str) -> None:
    drafts = {stage: draft_reminder(overdue(language=language, stage=stage))
              for stage in ("overdue_reminder", "overdue_firm", "overdue_final")}
    assert len({d.free_text for d in drafts.values()}) == 3
    assert len({d.whatsapp_template_id for d in drafts.values()}) == 3
    assert len({d.email_subject for d in drafts.values()}) == 3
    for stage, draft in drafts.items():
        assert draft.tone == "firm"
        for text in (draft.free_text, draft.whatsapp_preview):
            assert "INV-2026-042" in text and AMOUNT in text, text
            assert INTEREST in text and TOTAL in text, text
            assert bool(SECTION_18.search(text)) is (stage == "overdue_final"), text
        assert bool(SECTION_18.search(draft.sms_text)) is (stage == "overdue_final")
        assert TOTAL in draft.sms_text or TOTAL.replace("₹", "Rs.") in draft.sms_text
    assert template_key(overdue(stage="overdue_firm")) == "overdue_firm"
    assert template_key(overdue(stage="overdue_final")) == "overdue_final"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_trader_or_medium_suppliers_final_reminder_says_further_steps(language: str) -> None:
    for changes in ({"section16": False},
                    {"section16": False, "interest": None, "total_due": None}):
        facts = overdue(language=language, stage="overdue_final", **changes)
        assert template_key(facts) == "overdue_final_no_interest"
        draft = draft_reminder(facts)
        assert render("reminder-further-steps", language) in draft.free_text
        for text in (draft.free_text, draft.whatsapp_preview, draft.sms_text):
            assert not SECTION_18.search(text) and "MSEFC" not in text, text


def test_the_firmest_section_16_text_must_keep_section_18_and_the_others_may_not_cite_it() -> None:
    final = overdue(stage="overdue_final")
    text = template_free_text(final)
    assert validate_draft(text, final) == []
    dropped = text.replace(render("reminder-legal-section18", "en"), "")
    assert _codes(validate_draft(dropped, final)) == {"section18-missing"}
    firm = overdue(stage="overdue_firm")
    assert validate_draft(template_free_text(firm), firm) == []
    cited = template_free_text(firm) + "\n\n" + render("reminder-legal-section18", "en")
    assert _codes(validate_draft(cited, firm)) == {"unknown-legal-reference"}
    trader = overdue(stage="overdue_final", section16=False)
    cited = template_free_text(trader) + "\n\n" + render("reminder-legal-section18", "en")
    assert _codes(validate_draft(cited, trader)) == {"legal-reference-not-allowed"}


def test_an_overdue_stage_needs_the_due_date_passed() -> None:
    for stage in ("overdue_firm", "overdue_final"):
        with pytest.raises(ValueError, match="due date before"):
            make_facts(stage=stage)


# --- the model proposes, the validator decides ------------------------------------------------

class BrokenChatModel(BaseChatModel):
    """A model whose every call fails, like a timeout or a refused connection."""

    @property
    def _llm_type(self) -> str:
        return "broken"

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: Any = None, **kwargs: Any) -> ChatResult:
        raise TimeoutError("the model did not answer")


MODEL_HI = ("नमस्कार Ravi Traders,\n\nआशा है आप स्वस्थ हैं। बिल INV-2026-042 के "
            "₹1,20,000 3 अक्टूबर 2026 तक चुकाने हैं। कृपया समय पर भुगतान करें: "
            + LINK + "\n\nसादर,\nMeena Textiles")


def test_a_valid_model_text_is_used(caplog: pytest.LogCaptureFixture) -> None:
    model = FakeListChatModel(responses=[f"```\n{MODEL_HI}\n```"])
    facts = make_facts(language="hi")
    with caplog.at_level(logging.INFO, logger="bakaya.agents.reminder_drafting"):
        draft = draft_reminder(facts, chat_model=model)
    assert (draft.source, draft.free_text) == ("model", MODEL_HI)
    template = draft_reminder(facts)
    assert draft.whatsapp_variables == template.whatsapp_variables
    assert draft.sms_text == template.sms_text and draft.email_subject == template.email_subject
    assert "reminder_model_text_used" in caplog.text


def test_a_model_text_with_a_wrong_amount_falls_back_to_the_template(
        caplog: pytest.LogCaptureFixture) -> None:
    model = FakeListChatModel(responses=[MODEL_HI.replace("₹1,20,000", "₹1,02,000")])
    facts = make_facts(language="hi")
    with caplog.at_level(logging.WARNING, logger="bakaya.agents.reminder_drafting"):
        draft = draft_reminder(facts, chat_model=model)
    assert draft.source == "template"
    assert draft.free_text == template_free_text(facts)
    record = json.loads(caplog.records[-1].getMessage())
    assert record["event"] == "reminder_model_text_rejected"
    assert record["problems"] == ["amount-missing", "unknown-amount"]
    assert "Ravi" not in caplog.text  # codes only, never the message


@pytest.mark.parametrize("reply", [
    MODEL_HI.replace("नमस्कार Ravi Traders", "Dear Ravi Traders").replace(
        "आशा है आप स्वस्थ हैं।", "Hope you are well. Please note:").replace(
        "कृपया समय पर भुगतान करें", "Kindly pay on time"),
    "Dear Ravi Traders, invoice INV-2026-042 for ₹1,20,000.00 is due on 3 October 2026.",
    MODEL_HI + "\n\nकृपया ध्यान दें: देर होने पर MSMED एक्ट की धारा 16 के तहत ब्याज लगेगा।",
    "",
])
def test_a_model_text_that_fails_validation_is_not_used(reply: str) -> None:
    facts = make_facts(language="hi")
    draft = draft_reminder(facts, chat_model=FakeListChatModel(responses=[reply]))
    assert draft.source == "template"
    assert draft.free_text == template_free_text(facts)


def test_a_failing_model_falls_back_to_the_template(caplog: pytest.LogCaptureFixture) -> None:
    facts = overdue(language="ta")
    with caplog.at_level(logging.WARNING, logger="bakaya.agents.reminder_drafting"):
        draft = draft_reminder(facts, chat_model=BrokenChatModel())
    assert draft.source == "template" and draft.free_text == template_free_text(facts)
    assert json.loads(caplog.records[-1].getMessage())["reason"] == "TimeoutError"


def test_the_model_is_shown_the_facts_and_the_rules() -> None:
    seen: list[str] = []

    class RecordingModel(FakeListChatModel):
        def _call(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> str:
            seen.append(str(messages[0].content))
            return super()._call(messages, *args, **kwargs)

    facts = overdue(language="ta", section16=False)
    draft_reminder(facts, chat_model=RecordingModel(responses=["x"]))
    prompt = seen[0]
    assert "Tamil" in prompt and "INV-2026-042" in prompt and "₹1,21,653.21" in prompt
    assert template_free_text(facts) in prompt
    assert "Do not mention any law" in prompt


# --- template data ---------------------------------------------------------------------------

def test_every_template_exists_in_every_language_and_fits_the_channel_rules() -> None:
    whatsapp, sms = load_whatsapp_templates(), load_sms_templates()
    for key in TEMPLATE_KEYS:
        for language in LANGUAGES:
            approved = whatsapp[key, language]
            assert approved.category == "UTILITY"
            assert {"invoice_number", "amount", "due_date"} <= set(approved.variables)
            registered = sms[key, language]
            assert {"invoice_number", "amount", "due_date"} <= set(registered.variables)
            if "interest" in key or key == "overdue_reminder":
                expects_interest = not key.endswith("no_interest")
                assert ("interest" in approved.variables) is expects_interest
                assert ("total" in registered.variables) is expects_interest
            if language != "en":
                assert SCRIPT[language].search(approved.body)
                assert SCRIPT[language].search(registered.body)
    assert len({t.content_sid for t in whatsapp.values()}) == len(whatsapp)
    assert len({t.template_id for t in sms.values()}) == len(sms)
