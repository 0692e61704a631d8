"""The deterministic retailer-command router: contract, must-pass examples, dev-set accuracy.

The dev set (data/retailer_commands.yaml) is scored as a whole: intent accuracy
>= 0.90 overall and >= 0.85 per language, slot exact-match >= 0.85 on items
that have slots. Each item is also checked on its own for the contract (known
intent, language and slot names, slot types), never for its label, so one
wrong label does not fail the suite. The held-out set is only checked for shape
here; its accuracy is reported by tests/benchmarks/bench_retailer_commands.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from agents.retailer_commands import (
    INTENT_SLOTS,
    SLOT_NAMES,
    ParsedCommand,
    RetailerIntent,
    cadence_days,
    detect_language,
    understand_command,
)
from tools.errors import InputError
from tools.gstin import check_gstin, repair_ocr_gstin
from tools.money import parse_amount

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 20)


def _load(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return loaded


DEV = _load("retailer_commands.yaml")
HELDOUT = _load("retailer_commands_heldout.yaml")
DEV_ITEMS: list[dict[str, Any]] = DEV["items"]


def _parse(item: dict[str, Any], today: date) -> ParsedCommand:
    return understand_command(item["text"], today, item.get("hint"))


@pytest.fixture(scope="module")
def dev_results() -> list[tuple[dict[str, Any], ParsedCommand]]:
    return [(item, _parse(item, DEV["today"])) for item in DEV_ITEMS]


# --- the data sets --------------------------------------------------------------------

@pytest.mark.parametrize("data", [DEV, HELDOUT], ids=["dev", "heldout"])
def test_data_sets_are_well_formed(data: dict[str, Any]) -> None:
    assert isinstance(data["today"], date)
    for item in data["items"]:
        assert set(item) <= {"text", "intent", "language", "slots", "hint", "buyer_name"}
        RetailerIntent(item["intent"])
        assert item["language"] in ("ta", "hi", "en")
        assert set(item["slots"]) <= INTENT_SLOTS[RetailerIntent(item["intent"])], item
    texts = [item["text"] for item in data["items"]]
    assert len(texts) == len(set(texts))


def test_dev_set_covers_every_intent_and_language() -> None:
    assert len(DEV_ITEMS) >= 180
    intents = Counter(item["intent"] for item in DEV_ITEMS)
    assert all(intents[intent.value] >= 12 for intent in RetailerIntent), intents
    assert intents["other"] >= 20
    languages = Counter(item["language"] for item in DEV_ITEMS)
    assert min(languages.values()) >= 0.28 * len(DEV_ITEMS), languages


def test_heldout_set_is_large_enough_and_disjoint_from_dev() -> None:
    assert len(HELDOUT["items"]) >= 45
    dev_texts = {item["text"] for item in DEV_ITEMS}
    assert not dev_texts & {item["text"] for item in HELDOUT["items"]}


# --- every dev item keeps the contract ---------------------------------------------------

@pytest.mark.parametrize("item", DEV_ITEMS, ids=lambda item: item["text"][:40])
def test_dev_item_parses_to_the_contract(item: dict[str, Any]) -> None:
    parsed = _parse(item, DEV["today"])
    payload = parsed.to_json()
    assert set(payload) == {"intent", "language", "slots"}
    intent = RetailerIntent(payload["intent"])
    assert payload["language"] in ("ta", "hi", "en")
    assert set(payload["slots"]) <= INTENT_SLOTS[intent] <= set(SLOT_NAMES)
    slots = payload["slots"]
    if "amount" in slots:
        _assert_amount_contract(slots["amount"])
    if "date" in slots:
        date.fromisoformat(slots["date"])
    if "agreed_days" in slots:
        assert isinstance(slots["agreed_days"], int)
    if "language" in slots:
        assert slots["language"] in ("ta", "hi", "en")
    if "gstin" in slots:
        assert re.fullmatch(r"[0-9A-Z]{15}", slots["gstin"])
    if "enabled" in slots:
        assert isinstance(slots["enabled"], bool)


def _assert_amount_contract(amount: str) -> None:
    """Rupees with two decimals, or a figure as written that parse_amount refuses."""
    if re.fullmatch(r"[0-9]+\.[0-9]{2}", amount):
        return
    with pytest.raises(InputError):
        parse_amount(amount)


# --- aggregate accuracy on the dev set ------------------------------------------------------

def test_dev_intent_accuracy_overall_and_per_language(
        dev_results: list[tuple[dict[str, Any], ParsedCommand]]) -> None:
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for item, parsed in dev_results:
        for key in ("all", item["language"]):
            total[key] += 1
            right[key] += parsed.intent.value == item["intent"]
    accuracy = {key: right[key] / total[key] for key in total}
    assert accuracy["all"] >= 0.90, accuracy
    assert all(accuracy[lang] >= 0.85 for lang in ("ta", "hi", "en")), accuracy


def test_dev_language_accuracy(dev_results: list[tuple[dict[str, Any], ParsedCommand]]) -> None:
    right = sum(parsed.language == item["language"] for item, parsed in dev_results)
    assert right / len(dev_results) >= 0.90


def test_dev_slot_exact_match(dev_results: list[tuple[dict[str, Any], ParsedCommand]]) -> None:
    with_slots = [(item, parsed) for item, parsed in dev_results if item["slots"]]
    right = sum(parsed.slots == item["slots"] for item, parsed in with_slots)
    assert right / len(with_slots) >= 0.85, f"{right}/{len(with_slots)}"


def test_dev_buyer_names(dev_results: list[tuple[dict[str, Any], ParsedCommand]]) -> None:
    named = [(item, parsed) for item, parsed in dev_results if "buyer_name" in item]
    right = sum(parsed.buyer_name == item["buyer_name"] for item, parsed in named)
    assert right / len(named) >= 0.80


# --- must-pass examples ---------------------------------------------------------------------

def _command(text: str, today: date = TODAY, hint: str | None = None) -> dict[str, Any]:
    return understand_command(text, today, hint).to_json()


def test_add_invoice_example_from_the_brief() -> None:
    assert _command("INV-42 to 33AAACR5055K1ZE Rs 1,20,000 on 3 Oct, 30 days credit") == {
        "intent": "add_invoice",
        "language": "en",
        "slots": {"invoice_number": "INV-42", "gstin": "33AAACR5055K1ZE",
                  "amount": "120000.00", "date": "2026-10-03", "agreed_days": 30},
    }


def test_year_less_invoice_date_in_january_is_last_year() -> None:
    parsed = _command("INV-42 to 33AAACR5055K1ZE Rs 1,20,000 on 3 Oct, 30 days credit",
                      today=date(2026, 1, 10))
    assert parsed["slots"]["date"] == "2025-10-03"


@pytest.mark.parametrize(
    ("text", "intent", "language"),
    [
        ("mera pending dikhao", "list_pending", "hi"),
        ("nilluvai kaattu", "list_pending", "ta"),
        ("show pending", "list_pending", "en"),
        ("shw pendng", "list_pending", "en"),
        ("sab pending bill dikao", "list_pending", "hi"),
        ("pending kya hai?", "list_pending", "hi"),
        ("बकाया दिखाओ", "list_pending", "hi"),
        ("நிலுவை காட்டு", "list_pending", "ta"),
        ("help", "help", "en"),
        ("madad", "help", "hi"),
        ("सहायता चाहिए", "help", "hi"),
        ("உதவி", "help", "ta"),
        ("cancel", "cancel", "en"),
        ("rehne do", "cancel", "hi"),
        ("ரத்து", "cancel", "ta"),
        ("hi", "other", "en"),
        ("namaste", "other", "hi"),
        ("வணக்கம்", "other", "ta"),
        ("thanks", "other", "en"),
    ],
)
def test_must_pass_intents_and_languages(text: str, intent: str, language: str) -> None:
    parsed = _command(text)
    assert (parsed["intent"], parsed["language"], parsed["slots"]) == (intent, language, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INV-42 ka status", {"intent": "invoice_detail", "language": "hi",
                              "slots": {"invoice_number": "INV-42"}}),
        ("INV-9 pending?", {"intent": "invoice_detail", "language": "en",
                            "slots": {"invoice_number": "INV-9"}}),
        ("what about invoice #42", {"intent": "invoice_detail", "language": "en",
                                    "slots": {"invoice_number": "42"}}),
        ("B/2026/17 details", {"intent": "invoice_detail", "language": "en",
                               "slots": {"invoice_number": "B/2026/17"}}),
        ("INV-42 paid 50000 UTR 1234567890 on 5 Nov",
         {"intent": "mark_paid", "language": "en",
          "slots": {"invoice_number": "INV-42", "amount": "50000.00", "date": "2026-11-05",
                    "reference": "1234567890"}}),
        ("INV-90 ka paisa aaya kya?", {"intent": "invoice_detail", "language": "hi",
                                       "slots": {"invoice_number": "INV-90"}}),
        ("INV-77 ku 60000 vanthuduchu", {"intent": "mark_paid", "language": "ta",
                                         "slots": {"invoice_number": "INV-77",
                                                   "amount": "60000.00"}}),
        ("who is 27AAPFU0939F1ZV", {"intent": "buyer_lookup", "language": "en",
                                    "slots": {"gstin": "27AAPFU0939F1ZV"}}),
        ("Tamil mein baat karo", {"intent": "change_language", "language": "hi",
                                  "slots": {"language": "ta"}}),
        ("switch to Hindi", {"intent": "change_language", "language": "en",
                             "slots": {"language": "hi"}}),
        ("ஆங்கிலம்", {"intent": "change_language", "language": "ta",
                      "slots": {"language": "en"}}),
        ("हिंदी", {"intent": "change_language", "language": "hi", "slots": {"language": "hi"}}),
        ("Hindi news dikhao", {"intent": "other", "language": "hi", "slots": {}}),
    ],
)
def test_must_pass_commands(text: str, expected: dict[str, Any]) -> None:
    assert _command(text) == expected


def test_buyer_name_is_an_attribute_not_a_slot() -> None:
    parsed = understand_command("Ravi Stores ka record", TODAY)
    assert (parsed.intent, parsed.language, parsed.buyer_name) == (
        RetailerIntent.BUYER_LOOKUP, "hi", "Ravi Stores")
    assert parsed.to_json() == {"intent": "buyer_lookup", "language": "hi", "slots": {}}


def test_buyer_names_in_indic_script_keep_their_vowel_signs_and_viramas() -> None:
    assert understand_command("ஸ்ரீ முருகன் டிரேடர்ஸ் விவரம்", TODAY).buyer_name == (
        "ஸ்ரீ முருகன் டிரேடர்ஸ்")
    assert understand_command("गुप्ता स्टोर का खाता दिखाओ", TODAY).buyer_name == "गुप्ता स्टोर"


def test_typed_gstin_is_kept_as_written_never_repaired() -> None:
    # O for 0 is an OCR confusion; typed, it is the retailer's typo: the flow says so.
    typed = _command("add INV-12 33AAACR5O55K1ZE 5000 today")
    assert typed["slots"]["gstin"] == "33AAACR5O55K1ZE"
    assert not check_gstin("33AAACR5O55K1ZE").valid
    assert repair_ocr_gstin("33AAACR5O55K1ZE") == "33AAACR5055K1ZE"  # still there, for OCR
    kept = _command("INV-13 27aapfu0939f1zw 7000 3 Nov add")
    assert kept["slots"]["gstin"] == "27AAPFU0939F1ZW"  # wrong check character: flow rejects


def test_amount_forms_become_two_decimal_rupees() -> None:
    for text, amount in [("INV-1 paid Rs 1.2 lakh", "120000.00"),
                         ("INV-1 paid 75k", "75000.00"),
                         ("INV-1 ka 40 hazar mila", "40000.00"),
                         ("INV-1 paid ₹१,२०,०००", "120000.00"),
                         ("INV-1 paid Rs.15000/-", "15000.00")]:
        assert _command(text)["slots"]["amount"] == amount, text


def test_bare_figure_after_bill_with_amount_particle_is_the_amount() -> None:
    assert _command("naya bill 5000 ka Ravi Stores ko")["slots"] == {"amount": "5000.00"}
    assert _command("bill no 556 ka detail dikhao")["slots"] == {"invoice_number": "556"}


def test_language_hint_decides_only_when_the_message_does_not() -> None:
    assert _command("INV-65", hint="ta")["language"] == "ta"
    assert _command("INV-65", hint="hi-IN")["language"] == "hi"
    assert _command("INV-65", hint="fr")["language"] == "en"
    assert _command("INV-65")["language"] == "en"
    assert _command("show pending", hint="ta")["language"] == "en"
    assert _command("mera pending dikhao", hint="ta")["language"] == "hi"
    assert detect_language("பில் 1123 விவரம்", "hi") == "ta"


def test_words_with_vowel_signs_and_viramas_are_read_whole() -> None:
    # क्या and ஸ்ரீ split under \w; read whole, क्या is a question word here.
    assert _command("INV-90 का पैसा आया क्या")["intent"] == "invoice_detail"
    assert _command("INV-90 का पैसा आया")["intent"] == "mark_paid"


def test_parsed_command_is_frozen() -> None:
    parsed = understand_command("help", TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.intent = RetailerIntent.CANCEL  # type: ignore[misc]


def test_long_messages_are_read_quickly() -> None:
    import time

    started = time.perf_counter()
    understand_command("INV-1/2/3/4/5/6/7/8/9/" * 300 + " 1," * 2000, TODAY)
    assert time.perf_counter() - started < 2.0


# --- a bare number: the invoice or the amount ---------------------------------------------

@pytest.mark.parametrize(("text", "intent", "slots"), [
    ("1045 full paid", "mark_paid", {"invoice_number": "1045"}),
    ("1043 ka 20000 aa gaya", "mark_paid", {"invoice_number": "1043", "amount": "20000.00"}),
    ("501 का 100000 मिला UTR 412345678901 4 दिसंबर", "mark_paid",
     {"invoice_number": "501", "amount": "100000.00", "reference": "412345678901",
      "date": "2025-12-04"}),
    ("bill 318 ka payment aa gaya", "mark_paid", {"invoice_number": "318"}),
    ("4410 bill ku 40,000 GPay la vanthuchu", "mark_paid",
     {"invoice_number": "4410", "amount": "40000.00"}),
    ("77-க்கு 5000 வந்தது", "mark_paid", {"invoice_number": "77", "amount": "5000.00"}),
    ("received Rs 20,000 against 1043", "mark_paid",
     {"invoice_number": "1043", "amount": "20000.00"}),
    ("1043 status", "invoice_detail", {"invoice_number": "1043"}),
    ("status of 501", "invoice_detail", {"invoice_number": "501"}),
    ("501 का स्टेटस", "invoice_detail", {"invoice_number": "501"}),
    ("77 enna nilai", "invoice_detail", {"invoice_number": "77"}),
    ("77 நிலை என்ன", "invoice_detail", {"invoice_number": "77"}),
])
def test_a_number_next_to_an_invoice_word_or_particle_is_the_invoice(
        text: str, intent: str, slots: dict[str, Any]) -> None:
    parsed = _command(text)
    assert (parsed["intent"], parsed["slots"]) == (intent, slots)


def test_a_figure_with_currency_unit_or_amount_word_stays_the_amount() -> None:
    assert _command("naya bill 5000 ka Ravi Stores ko")["slots"] == {"amount": "5000.00"}
    assert _command("5000 ka bill banao Ravi Stores ko")["slots"] == {"amount": "5000.00"}
    assert _command("INV-4 ka Rs 500 ka payment mila")["slots"] == {
        "invoice_number": "INV-4", "amount": "500.00"}
    assert _command("received 25000")["slots"] == {"amount": "25000.00"}
    # A round sum of thousands before a particle, with no other figure, is a sum.
    assert _command("25000 ka payment mila")["slots"] == {"amount": "25000.00"}
    assert _command("2000 ka 5000 aa gaya")["slots"] == {"invoice_number": "2000",
                                                         "amount": "5000.00"}
    assert _command("15 bills pending")["intent"] == "list_pending"


# --- amounts in words and amounts the flow must refuse -----------------------------------------

@pytest.mark.parametrize(("text", "amount"), [
    ("INV-5 paid ek lakh bees hazaar", "120000.00"),
    ("INV-5 ka do lakh mil gaya", "200000.00"),
    ("INV-5 ka sava lakh aa gaya", "125000.00"),
    ("INV-5 ka dedh lakh aa gaya", "150000.00"),
    ("INV-5 ka paanch hazaar jama hua", "5000.00"),
    ("INV-5 க்கு ஒரு லட்சம் வந்தது", "100000.00"),
    ("INV-5 paid Rs 1 lakh 20 thousand", "120000.00"),
    ("INV-5 paid 1.2 lakh", "120000.00"),
    ("INV-5 paid 75k", "75000.00"),
])
def test_amounts_in_words_and_units(text: str, amount: str) -> None:
    assert _command(text)["slots"]["amount"] == amount


@pytest.mark.parametrize(("text", "intent", "amount", "rule"), [
    ("INV-5 paid Rs -5000", "mark_paid", "-5000", "amount-not-positive"),
    ("INV-5 paid Rs 0", "mark_paid", "0", "amount-not-positive"),
    ("INV-5 ka ₹-2000 mila", "mark_paid", "-2000", "amount-not-positive"),
    ("INV-5 paid Rs 0.001", "mark_paid", "0.001", "amount-invalid"),
    ("add INV-5 Rs 5000.555 today", "add_invoice", "5000.555", "amount-invalid"),
    ("INV-5 33AAACR5055K1ZE Rs 0.001 3 Oct", "add_invoice", "0.001", "amount-invalid"),
])
def test_an_amount_the_flow_refuses_keeps_the_intent_and_is_given_as_written(
        text: str, intent: str, amount: str, rule: str) -> None:
    """Never 5000 for "Rs -5000", never a status lookup: the flow's parse_amount refuses."""
    parsed = _command(text)
    assert (parsed["intent"], parsed["slots"]["amount"]) == (intent, amount)
    with pytest.raises(InputError) as refused:
        parse_amount(parsed["slots"]["amount"])
    assert refused.value.rule == rule


def test_a_hyphen_after_the_currency_word_is_a_separator_not_a_sign() -> None:
    assert _command("INV-5 paid amt-5000")["slots"]["amount"] == "5000.00"
    assert _command("INV-5 paid Rs.15000/-")["slots"]["amount"] == "15000.00"


# --- dates ---------------------------------------------------------------------------------------

def test_payment_dates_are_in_the_past_in_any_script() -> None:
    assert _command("INV-43 ka 9000 kal mila")["slots"]["date"] == "2026-11-19"
    assert _command("INV-46 का ₹3000 3 अक्टूबर को मिला")["slots"]["date"] == "2026-10-03"
    assert _command("INV-47 க்கு 8000 அக்டோபர் 15 அன்று வந்தது")["slots"]["date"] == "2026-10-15"


def test_a_day_of_a_tamil_calendar_month_is_its_gregorian_date() -> None:
    # Karthigai began on 17 November 2026 (the sun entered Vrischika on the 16th, after
    # sunset); a payment date is in the past
    parsed = _command("INV-49 க்கு 6000 கார்த்திகை 2 அன்று வந்தது")
    assert parsed["slots"] == {"invoice_number": "INV-49", "amount": "6000.00",
                               "date": "2026-11-18"}


# --- pending, language, Tamil payment words ----------------------------------------------------

@pytest.mark.parametrize("text", ["who has not paid me", "how much money is stuck", "overdue list",
                                  "kitna paisa baaki hai", "kisne paisa nahi diya",
                                  "யார் யார் பணம் தரல"])
def test_pending_asked_without_the_word(text: str) -> None:
    assert _command(text)["intent"] == "list_pending"


def test_a_payment_said_not_to_have_come_is_no_payment() -> None:
    assert _command("INV-42 ka paisa nahi mila")["intent"] == "invoice_detail"
    assert _command("INV-42 not paid yet")["intent"] == "invoice_detail"


@pytest.mark.parametrize(("text", "language"), [
    ("send in English", "en"), ("write in Hindi", "hi"), ("hindi mein likho", "hi"),
    ("tamil la anuppu", "ta"), ("தமிழ்ல அனுப்பு", "ta")])
def test_language_change_phrased_as_send_or_write(text: str, language: str) -> None:
    assert _command(text)["slots"] == {"language": language}


@pytest.mark.parametrize("text", ["INV-77 settle aachu", "INV-77 kuduthutaanga",
                                  "INV-77 கொடுத்துட்டாங்க", "INV-77 பணம் வந்துடுச்சு",
                                  "INV-77 vandhachu"])
def test_colloquial_tamil_for_payment_received(text: str) -> None:
    assert _command(text) == {"intent": "mark_paid", "language": "ta",
                              "slots": {"invoice_number": "INV-77"}}


# --- reminders and the daily summary ---------------------------------------------------------

@pytest.mark.parametrize(("text", "intent", "slots"), [
    ("stop reminders for 77", "pause_reminders", {"invoice_number": "77"}),
    ("77 ka reminder band karo", "pause_reminders", {"invoice_number": "77"}),
    ("77 க்கு நினைவூட்டல் நிறுத்து", "pause_reminders", {"invoice_number": "77"}),
    ("don't send reminders again for INV-9", "pause_reminders", {"invoice_number": "INV-9"}),
    ("resume reminders for 77", "resume_reminders", {"invoice_number": "77"}),
    ("77 ka reminder fir se chalu karo", "resume_reminders", {"invoice_number": "77"}),
    ("77 நினைவூட்டல் மீண்டும் தொடங்கு", "resume_reminders", {"invoice_number": "77"}),
    ("daily summary off", "daily_summary", {"enabled": False}),
    ("roz ka summary band karo", "daily_summary", {"enabled": False}),
    ("daily summary chahiye", "daily_summary", {"enabled": True}),
    ("தினசரி சுருக்கம் வேண்டாம்", "daily_summary", {"enabled": False}),
    ("daily summary", "daily_summary", {}),
])
def test_reminder_and_summary_controls(text: str, intent: str, slots: dict[str, Any]) -> None:
    parsed = _command(text)
    assert (parsed["intent"], parsed["slots"]) == (intent, slots)


def test_a_payment_with_stop_reminders_is_the_payment() -> None:
    assert _command("INV-42 ka paisa mil gaya, reminder band karo")["intent"] == "mark_paid"


def test_stop_alone_still_cancels() -> None:
    assert _command("stop")["intent"] == "cancel"
    assert _command("band karo")["intent"] == "cancel"


@pytest.mark.parametrize(("text", "intent"), [
    ("who hasnt paid me", "list_pending"), ("who havent paid yet", "list_pending")])
def test_contractions_typed_without_the_apostrophe_read_as_written_with_it(
        text: str, intent: str) -> None:
    with_apostrophe = understand_command(text.replace("nt ", "n't "), date(2026, 11, 20))
    assert understand_command(text, date(2026, 11, 20)).intent.value == intent
    assert with_apostrophe.intent.value == intent


# --- credit periods in words, invoices settled whole, the second reading's slots -------------

def _rules(text: str) -> dict[str, Any]:
    return understand_command(text, TODAY, second_reading=False).to_json()


@pytest.mark.parametrize(("text", "days"), [
    ("naya bill 41 rs 900 credit thirty days", 30),
    ("naya bill 41 rs 900 साठ दिन का टाइम", 60),
    ("naya bill 41 rs 900 nabbe din ka udhar", 90),
    ("puthu bill 41 rs 900 muppathu naal kedu", 30),
    ("புது பில் 41 ரூ 900 இருபத்தைந்து நாள் கெடு", 25),
    ("naya bill 41 rs 900 kedu 30 nal", 30),
    ("naya bill 41 rs 900 net 21", 21),
    ("add bill 41 rs 900 net fifteen", 15),
    ("add bill 41 rs 900 credit 1 month", 30),  # a month of credit is 30 days
    ("grand sweets ku invoice 41 amt 900 oru maasam credit kudunga", 30),
    ("Agarwal Pharma ko bill no 41 rs 900, udhar 2 mahine", 60),
    ("जैन मेडिकल बिल 41, रकम 900, नेट 21", 21),
    ("नया बिल 41 राशि 900 उधार की मुद्दत 30 दिन।", 30),
])
def test_a_credit_period_may_be_counted_in_words_or_after_a_credit_word(
        text: str, days: int) -> None:
    assert _rules(text)["slots"]["agreed_days"] == days


@pytest.mark.parametrize("text", ["add bill 64 rs 7000 credit 1 lakh",
                                  "time 5 baje bill 65 add karo rs 500"])
def test_a_count_not_of_days_or_before_time_alone_is_no_credit_period(text: str) -> None:
    assert "agreed_days" not in _rules(text)["slots"]


def test_a_count_in_words_that_is_no_count_does_not_hide_the_next() -> None:
    slots = _rules("புது பில் 3321 தொகை ஐம்பத்தைந்தாயிரம் முப்பது நாள் கெடு")["slots"]
    assert (slots["amount"], slots["agreed_days"]) == ("55000.00", 30)


@pytest.mark.parametrize(("text", "slots"), [
    ("1009 settled", {"invoice_number": "1009"}),
    ("mark 5561 as paid", {"invoice_number": "5561"}),
    ("556 payment zala, full amount recieved", {"invoice_number": "556"}),
    ("20000 cleared", {"amount": "20000.00"}),  # a round sum stays the amount
    ("12500 received", {"amount": "12500.00"}),  # money is received, invoices settled
])
def test_a_lone_figure_in_an_invoice_settled_whole_is_the_invoice(
        text: str, slots: dict[str, Any]) -> None:
    assert _rules(text) == {"intent": "mark_paid", "language": "en", "slots": slots}


def test_a_new_invoice_with_two_bare_figures_names_the_invoice_then_the_amount() -> None:
    assert _rules("invce add 2207 23AAKFS2231B1Z9 37500")["slots"] == {
        "invoice_number": "2207", "gstin": "23AAKFS2231B1Z9", "amount": "37500.00"}
    # the later figure smaller: no reading of the invoice from it
    assert _rules("add 37500 kal 2207")["slots"] == {"amount": "37500.00", "date": "2026-11-19"}


@pytest.mark.parametrize(("text", "amount"), [
    ("பில் 2231 மூவாயிரம் இல்ல இல்ல முப்பதாயிரம் போடுங்க", "30000.00"),
    ("bill 42 add karo 5000 nahi nahi 50000", "50000.00"),
    ("INV 778 40k sorry 45k received today", "45000.00"),
])
def test_an_amount_taken_back_gives_way_to_the_one_said_after(text: str, amount: str) -> None:
    assert _rules(text)["slots"]["amount"] == amount


@pytest.mark.parametrize(("text", "date_"), [
    ("INV-552 ka 12000 mila november pandrah ko", "2026-11-15"),
    ("4471 பில்லுக்கு 9000 வந்துச்சு நவம்பர் பத்து அன்னைக்கு", "2026-11-10"),
    ("add bill 6631 for rs 9,800 dated yesterdy", "2026-11-19"),
])
def test_a_day_in_words_after_the_month_and_a_mistyped_day_word_are_dates(
        text: str, date_: str) -> None:
    assert _rules(text)["slots"]["date"] == date_


def test_an_invoice_number_may_have_letter_parts_before_its_figures() -> None:
    assert _rules("payment received against MUM-TX-118 Rs 20,000")["slots"] == {
        "invoice_number": "MUM-TX-118", "amount": "20000.00"}
    assert _rules("new bill INV/RK/2026/5, 12k")["slots"]["invoice_number"] == "INV/RK/2026/5"


def test_a_credit_period_at_the_end_of_a_sentence() -> None:
    assert _rules("Add invoice 5590, Rs 8000, net 45.")["slots"]["agreed_days"] == 45


def test_a_refused_language_is_not_the_one_asked_for() -> None:
    assert _rules("bhai Tamil me mat bhejo, Hindi me bhejo")["slots"] == {"language": "hi"}
    assert _rules("Tamil mat bhejo")["slots"] == {"language": "ta"}


@pytest.mark.parametrize("intent", ["invoice_detail", "pause_reminders", "resume_reminders"])
def test_a_bare_number_is_the_invoice_whatever_decided_the_intent(
        intent: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second reading may move "other" to an intent that takes an invoice number and
    no amount: a bare number is then that invoice, not a sum."""
    monkeypatch.setattr("agents.retailer_commands.second_opinion",
                        lambda reader, text, rules_intent: intent)
    for text, number in (("any news on 4521", "4521"), ("1187 என்ன ஆச்சு?", "1187"),
                         ("hold 77 for now", "77")):
        parsed = understand_command(text, TODAY)
        assert (parsed.intent.value, parsed.slots) == (intent, {"invoice_number": number})
    assert understand_command("Rs 500 ka kya", TODAY).slots == {}  # a marked sum is no invoice


@pytest.mark.parametrize(("text", "slots"), [
    ("bill number two two four one ka payment aa gaya",
     {"invoice_number": "2241"}),
    ("बिल नंबर दो सौ पंद्रह का पचास हजार मिला", {"invoice_number": "215", "amount": "50000.00"}),
    ("ஆயிரத்து இருநூத்தி பத்து பில்லுக்கு பணம் வந்துச்சு", {"invoice_number": "1210"}),
    ("bill four five one status", {"invoice_number": "451"}),
])
def test_an_invoice_number_said_in_words_is_its_figures(text: str,
                                                       slots: dict[str, str]) -> None:
    assert _command(text)["slots"] == slots


def test_a_round_sum_in_words_after_bill_stays_the_amount() -> None:
    parsed = _command("naya bill INV-88 pachas hazaar ka")
    assert parsed["slots"]["amount"] == "50000.00"
    assert parsed["slots"]["invoice_number"] == "INV-88"


@pytest.mark.parametrize(("text", "expected"), [
    # a bank credit SMS pasted with the invoice: the payment, its reference, the invoice;
    # not the masked account number
    ("Rs.1,00,000.00 credited to A/c XX7731 on 30-11-26 by IMPS Ref 633412098871. Avl Bal "
     "Rs 3,42,118.20 -- idhu 3321 bill ku",
     {"intent": "mark_paid", "slots": {"invoice_number": "3321", "amount": "100000.00",
                                       "date": "2026-11-30", "reference": "633412098871"}}),
    ("utr SBIN326324567812 for 1043 rs 5000 received",
     {"intent": "mark_paid", "slots": {"invoice_number": "1043", "amount": "5000.00",
                                       "reference": "SBIN326324567812"}}),
    ("bhaiya 2231 wale bill ke 5 hazaar mile phonepe pe, customer ka number 9876543210",
     {"intent": "mark_paid", "slots": {"invoice_number": "2231", "amount": "5000.00"}}),
    ("3390 paid", {"intent": "mark_paid", "slots": {"invoice_number": "3390"}}),
    ("66 no. bill clear ho gaya", {"intent": "mark_paid", "slots": {"invoice_number": "66"}}),
    ("recvd 5012 payment in full, chq 002341 dt 28/11",
     {"intent": "mark_paid", "slots": {"invoice_number": "5012", "date": "2026-11-28",
                                       "reference": "002341"}}),
    ("partial payment 25k on invoice 6120, rest next week",
     {"intent": "mark_paid", "slots": {"invoice_number": "6120", "amount": "25000.00"}}),
    ("velmurugan agencies oda 1190 bill la oru latchathu pathinanjaayiram rupa vanthachu "
     "neft la nethu",
     {"intent": "mark_paid", "slots": {"invoice_number": "1190", "amount": "115000.00",
                                       "date": "2026-12-02"}}),
    ("Got part pmt 15,500 from metro pharma for 5521, bal pending. their accts guy Ramesh "
     "9845012345 confirmed",
     {"intent": "mark_paid", "slots": {"invoice_number": "5521", "amount": "15500.00"}}),
    ("Rs 30000 credited to your a/c XX9012 on 02/12/2026 by UPI/CR/433902117765/KAVYA AGEN "
     "-- idhu 2288 bill ku vandha part payment, entry podunga",
     {"intent": "mark_paid", "slots": {"invoice_number": "2288", "amount": "30000.00",
                                       "date": "2026-12-02", "reference": "433902117765"}}),
    ("இன்னைக்கு சிவா ஏஜென்சி பணம் போட்டாங்க, 4410 பில் க்ளோஸ் பண்ணுங்க, ரூ.75,000",
     {"intent": "mark_paid", "slots": {"invoice_number": "4410", "amount": "75000.00",
                                       "date": "2026-12-03"}}),
    ("addinvoice 5521 for metro pharma amt 9,800 dt 2/12 credit 15days",
     {"intent": "add_invoice", "slots": {"invoice_number": "5521", "amount": "9800.00",
                                         "date": "2026-12-02", "agreed_days": 15}}),
    ("selvam agenciesku invoice4521 amt12500.50 nethu potten 20days",
     {"intent": "add_invoice", "slots": {"invoice_number": "4521", "amount": "12500.50",
                                         "date": "2026-12-02", "agreed_days": 20}}),
    ("Invoice entry: buyer - Shree Krishna Packaging, amt 3,45,000 incl GST, inv date 1st "
     "Dec, due in one month. Inv # SKP-556",
     {"intent": "add_invoice", "slots": {"invoice_number": "SKP-556", "amount": "345000.00",
                                         "date": "2026-12-01", "agreed_days": 30}}),
    # the total a bill says, not its parts
    ("add bill 556 amount 86,000 plus GST total 1,01,480",
     {"intent": "add_invoice", "slots": {"invoice_number": "556", "amount": "101480.00"}}),
    ("Invoice for Green Leaf Cafe: Rs 88,000 + Rs 15,840 GST = Rs 1,03,840 total. Inv 4412. "
     "1st Dec.", {"intent": "add_invoice", "slots": {"invoice_number": "4412",
                                                     "amount": "103840.00",
                                                     "date": "2026-12-01"}}),
    ("bill raised to shree balaji distributors for two lakh fifteen thousand on november "
     "twenty fifth invoice number BT440 net fifteen",
     {"intent": "add_invoice", "slots": {"invoice_number": "BT440", "amount": "215000.00",
                                         "date": "2026-11-25", "agreed_days": 15}}),
])
def test_payments_and_bills_as_shopkeepers_paste_and_say_them(
        text: str, expected: dict[str, Any]) -> None:
    read = understand_command(text, date(2026, 12, 3), second_reading=False).to_json()
    assert {"intent": read["intent"], "slots": read["slots"]} == expected


@pytest.mark.parametrize(("text", "intent"), [
    ("reminder kaise band karu batao", "help"),  # how to, not the thing itself
    ("payment vanthatha epdi record panrathu", "help"),
    ("ये बॉट क्या क्या करता है", "help"),
    ("kaise ho bhai", "other"),
    ("Lakshmi agencies eppadi payment pannuvaanga", "buyer_lookup"),
    ("sakthi traders evlo baaki vachirukanga", "buyer_lookup"),
    ("सबका आउटस्टैंडिंग एक साथ दिखाओ", "list_pending"),
    ("शर्मा पैकेजिंग को अभी मैसेज मत भेजो, पार्टी नाराज़ है", "pause_reminders"),
    ("ok start chasing SS-2026-0555 again", "resume_reminders"),
    ("டெய்லி ரிப்போர்ட் வேண்டாம், ஆஃப் பண்ணு", "daily_summary"),
    ("Forwarded: शुभ दीपावली आपको और आपके परिवार को ढेर सारी शुभकामनाएं", "other"),
    ("இந்த பாட் என்னென்ன பண்ணும்?", "help"),
    ("kaun kaun payment nhi diya abhi tak", "list_pending"),
    ("ponni rice mill kitta evlo pending", "buyer_lookup"),
    ("bills of saraf jute", "buyer_lookup"),
    ("tiruttani murugan stores ku reminder malli podu", "resume_reminders"),
])
def test_intents_of_unseen_phrasings(text: str, intent: str) -> None:
    assert _rules(text)["intent"] == intent


def test_the_second_reading_keeps_a_payment_with_its_reference_and_invoice() -> None:
    text = ("Dear Customer, your a/c no. XXXXXXXX4521 is credited by Rs.45,000.00 on "
            "02-Dec-26 (IMPS Ref no 633709112233). -> inv 2231")
    assert understand_command(text, date(2026, 12, 3)).to_json()["slots"] == {
        "invoice_number": "2231", "amount": "45000.00", "date": "2026-12-02",
        "reference": "633709112233"}


# --- a demand notice, the ODR filing, how often reminders go -----------------------------

@pytest.mark.parametrize(("text", "language", "slots"), [
    ("notice", "en", {}),
    ("notice INV-1045", "en", {"invoice_number": "INV-1045"}),
    ("prepare the demand notice for 1045", "en", {"invoice_number": "1045"}),
    ("send legal notice to Sharma Traders", "en", {}),
    ("Send demand notice to 27AAPFU0939F1ZV for bill 778", "en",
     {"invoice_number": "778", "gstin": "27AAPFU0939F1ZV"}),
    ("1045 ka notice bhejo", "hi", {"invoice_number": "1045"}),
    ("नोटिस बनाओ INV-1045", "hi", {"invoice_number": "INV-1045"}),
    ("कानूनी नोटिस भेजो", "hi", {}),
    ("bhai INV-778 pe notis bhejna hai", "hi", {"invoice_number": "INV-778"}),
    ("நோட்டீஸ் INV-1045", "ta", {"invoice_number": "INV-1045"}),
    ("1045 க்கு legal notice அனுப்புங்க", "ta", {"invoice_number": "1045"}),
    ("notice anuppunga sharma ku", "ta", {}),
    ("பில் 4410-க்கு லீகல் நோட்டீஸ் ரெடி பண்ணுங்க", "ta", {"invoice_number": "4410"}),
])
def test_a_demand_notice_asked_for(text: str, language: str, slots: dict[str, Any]) -> None:
    for second_reading in (False, True):
        parsed = understand_command(text, TODAY, second_reading=second_reading).to_json()
        assert parsed == {"intent": "request_notice", "language": language, "slots": slots}


def test_the_buyer_a_notice_is_for_is_a_name_not_a_slot() -> None:
    parsed = understand_command("send legal notice to Sharma Traders", TODAY)
    assert (parsed.intent, parsed.buyer_name, parsed.slots) == (
        RetailerIntent.REQUEST_NOTICE, "Sharma Traders", {})


@pytest.mark.parametrize(("text", "language", "slots"), [
    ("ODR status?", "en", {}),
    ("samadhaan case status", "en", {}),
    ("filing status INV-1045", "en", {"invoice_number": "INV-1045"}),
    ("my application number is UP/LKO/2026/0001234", "en",
     {"application_number": "UP/LKO/2026/0001234"}),
    ("application no MSEFC/TN/2026/567 filed", "en", {"application_number": "MSEFC/TN/2026/567"}),
    ("has the council replied on 5521?", "en", {"invoice_number": "5521"}),
    ("ODR par case ka kya hua", "hi", {}),
    ("मेरा आवेदन संख्या UP/LKO/2026/0001234 है", "hi",
     {"application_number": "UP/LKO/2026/0001234"}),
    ("बिल 556 का ओडीआर स्टेटस", "hi", {"invoice_number": "556"}),
    ("சமாதான் கேஸ் என்ன ஆச்சு", "ta", {}),
    ("filing pannitten, application number TN/CHN/2026/00881", "ta",
     {"application_number": "TN/CHN/2026/00881"}),
    ("விண்ணப்ப எண் TN/MDU/2026/01177", "ta", {"application_number": "TN/MDU/2026/01177"}),
    ("4410 bill ku ODR file pannitten", "ta", {"invoice_number": "4410"}),
])
def test_the_odr_filing_asked_after_or_reported(text: str, language: str,
                                                slots: dict[str, Any]) -> None:
    for second_reading in (False, True):
        parsed = understand_command(text, TODAY, second_reading=second_reading).to_json()
        assert parsed == {"intent": "filing_status", "language": language, "slots": slots}


def test_an_odr_number_without_its_word_is_the_application_in_a_filing_message() -> None:
    assert _rules("samadhaan pe TN/CHN/2026/00881 file kiya")["slots"] == {
        "application_number": "TN/CHN/2026/00881"}
    # elsewhere the same shape is an invoice number, as written
    assert _rules("new bill TN/CHN/2026/00881 rs 5000")["slots"]["invoice_number"] == (
        "TN/CHN/2026/00881")


def test_a_year_in_a_filing_message_is_no_invoice() -> None:
    assert _rules("filed on samadhaan in 2026, any update?")["slots"] == {}
    assert _rules("has the council replied on 5521?")["slots"] == {"invoice_number": "5521"}


@pytest.mark.parametrize(("text", "language", "days"), [
    ("remind overdue buyers every 3 days", "en", 3),
    ("reminder every two weeks", "en", 14),
    ("send reminders weekly to overdue parties", "en", 7),
    ("remind them once a week", "en", 7),
    ("fortnightly reminders please", "en", 14),
    ("set reminder gap 10 days", "en", 10),
    ("overdue reminder har 10 din", "hi", 10),
    ("har hafte yaad dilao", "hi", 7),
    ("हर 3 दिन में रिमाइंडर भेजो", "hi", 3),
    ("reminder 5 din me ek baar bhejo", "hi", 5),
    ("reminder mahine me ek baar", "hi", 30),
    ("ஒவ்வொரு 5 நாளுக்கும் ஒரு தடவை நினைவூட்டு", "ta", 5),
    ("vaaram oru thadava remind pannunga", "ta", 7),
    ("ரெண்டு வாரத்துக்கு ஒரு தடவை நினைவூட்டல் அனுப்புங்க", "ta", 14),
    ("anju naalukku oru thadava reminder anuppunga", "ta", 5),
])
def test_how_often_overdue_buyers_are_reminded(text: str, language: str, days: int) -> None:
    for second_reading in (False, True):
        parsed = understand_command(text, TODAY, second_reading=second_reading).to_json()
        assert parsed == {"intent": "set_reminder_cadence", "language": language,
                          "slots": {"days": days}}


def test_reminder_frequency_asked_without_the_days_has_no_days() -> None:
    assert _command("reminder frequency") == {"intent": "set_reminder_cadence",
                                              "language": "en", "slots": {}}


@pytest.mark.parametrize(("text", "days"), [
    ("7", 7), ("10 din", 10), ("paanch", 5), ("ஏழு நாள்", 7), ("weekly", 7),
    ("every 2 weeks", 14), ("har hafte", 7), ("sure", None), ("", None)])
def test_the_answer_to_how_many_days(text: str, days: int | None) -> None:
    assert cadence_days(text) == days


@pytest.mark.parametrize(("text", "intent", "slots"), [
    # "notice" does not take reminders, lists, payments or status from their readers
    ("pause reminders for INV-42 till further notice", "pause_reminders",
     {"invoice_number": "INV-42"}),
    ("hold all reminders till further notice", "pause_reminders", {}),
    ("stop reminders for 2231, I'll send the notice myself", "pause_reminders",
     {"invoice_number": "2231"}),
    ("resume reminders for 77", "resume_reminders", {"invoice_number": "77"}),
    ("who needs a notice? show all overdue", "list_pending", {}),
    ("1045 ka payment aa gaya, notice ki zarurat nahi", "mark_paid", {"invoice_number": "1045"}),
    ("INV-1045 status?", "invoice_detail", {"invoice_number": "INV-1045"}),
    ("INV-1045 notice status?", "invoice_detail", {"invoice_number": "INV-1045"}),
    ("1045 பில் நிலை என்ன", "invoice_detail", {"invoice_number": "1045"}),
    ("how do I send a legal notice", "help", {}),
    ("notice mat bhejo", "other", {}),
    # a day count with no reminder word, or a reminder paused, is no cadence
    ("daily reminder band karo", "pause_reminders", {}),
    ("summary har hafte bhejo", "daily_summary", {"enabled": True}),
    ("ஒவ்வொரு நாளும் ரிப்போர்ட் அனுப்புங்க", "daily_summary", {"enabled": True}),
    ("INV-42 to 33AAACR5055K1ZE Rs 1,20,000 on 3 Oct, 30 days credit", "add_invoice",
     {"invoice_number": "INV-42", "gstin": "33AAACR5055K1ZE", "amount": "120000.00",
      "date": "2026-10-03", "agreed_days": 30}),
    # "in case" is no ODR case
    ("in case you forgot, INV-1045 status?", "invoice_detail", {"invoice_number": "INV-1045"}),
])
def test_the_new_intents_do_not_take_other_messages(text: str, intent: str,
                                                    slots: dict[str, Any]) -> None:
    parsed = _command(text)
    assert (parsed["intent"], parsed["slots"]) == (intent, slots)
