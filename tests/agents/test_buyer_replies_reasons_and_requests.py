"""The buyer-reply rules added after the fifteenth and sixteenth blind sets: leave asked
to pay later, a reason to wait, past payments with a past day, opt-in after a mistaken
stop, a promise that complains of too many reminders, orders never placed, charges
made twice, which invoice, short promises. Phrased unlike the blind sets, in the three
languages where the rule applies; rules only, unless the test is about the second
reading."""

from __future__ import annotations

from datetime import date

import pytest

from agents.buyer_replies import understand_buyer_reply

TODAY = date(2026, 12, 17)  # a Thursday


def _read(text: str) -> tuple[str, date | None]:
    reply = understand_buyer_reply(text, TODAY, second_reading=False)
    return reply.intent.value, reply.promised_date


@pytest.mark.parametrize(("text", "expected"), [
    ("would it be ok if I clear it on Monday", date(2026, 12, 21)),
    ("can we pay on the 28th instead?", date(2026, 12, 28)),
    ("25 tarikh ko kar du chalega?", date(2026, 12, 25)),
    ("शुक्रवार को भेज दूं क्या? चलेगा?", date(2026, 12, 18)),
    ("naalaikku anuppalama sir?", date(2026, 12, 18)),
    ("24am thethi kattalama anna?", date(2026, 12, 24)),
])
def test_leave_asked_to_pay_on_a_day_asks_for_time_with_the_day(text: str,
                                                                 expected: date) -> None:
    assert _read(text) == ("more_time", expected)


def test_leave_asked_without_a_day_is_no_request_for_time() -> None:
    assert _read("can I pay by cheque?")[0] != "more_time"


def test_an_assured_day_with_ok_va_stays_a_promise() -> None:
    assert _read("thingakizhamai kandippa anuppuren, ok va?") == (
        "promise_to_pay", date(2026, 12, 21))


def test_leave_asked_on_a_day_is_sure_over_the_second_reading() -> None:
    reply = understand_buyer_reply("would it be fine if we transfer on Tuesday", TODAY)
    assert (reply.intent.value, reply.promised_date) == ("more_time", date(2026, 12, 22))


@pytest.mark.parametrize(("text", "expected"), [
    ("stock is not selling this month, will pay on 28th", date(2026, 12, 28)),
    ("बैलेंस कम है, 30 तारीख को भेज दूंगा", date(2026, 12, 30)),
    ("accountant leave la irukkar, 24am thethi anuppuren", date(2026, 12, 24)),
    ("சரக்கு விற்கல, மாசக் கடைசில அனுப்புறேன்", date(2026, 12, 31)),
    ("mera munshi chutti pe hai, month end tak karenge", date(2026, 12, 31)),
])
def test_a_reason_to_wait_and_a_later_day_asks_for_time(text: str, expected: date) -> None:
    assert _read(text) == ("more_time", expected)


def test_a_reason_to_wait_with_an_assurance_stays_a_promise() -> None:
    assert _read("balance kam hai par 30 ko pakka kar dunga") == (
        "promise_to_pay", date(2026, 12, 30))


@pytest.mark.parametrize("text", [
    "our director is abroad, payment will be released once he returns",
    "munim ji leave pe hain, wapas aane ke baad payment karenge",
    "owner ooruku poirukkar, vanthathum panam anuppuvom",
])
def test_a_reason_to_wait_for_whoever_pays_to_return_asks_for_time(text: str) -> None:
    assert _read(text) == ("more_time", None)


def test_waiting_for_a_return_to_talk_asks_no_time() -> None:
    assert _read("முதலாளி ஊர்ல இல்ல, வந்ததும் பேசுறேன்")[0] == "other"


def test_a_reason_to_wait_and_a_vague_later_time_asks_for_time() -> None:
    assert _read("ghar mein shaadi hai, agle hafte dekhte hain") == ("more_time", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("makar sankranti ke din pakka de denge", date(2027, 1, 15)),
    ("will clear everything by new year's day", date(2027, 1, 1)),
    ("please wait till republic day", date(2027, 1, 26)),
    ("சங்கராந்திக்கு கண்டிப்பா அனுப்புறேன்", date(2027, 1, 15)),
])
def test_a_festival_or_new_years_day_is_the_promised_date(text: str, expected: date) -> None:
    assert _read(text)[1] == expected


@pytest.mark.parametrize("text", [
    "cash de aaya tha somvar ko, aapke ladke ne liya",
    "பணம் செவ்வாய்க்கிழமையே அனுப்பியாச்சு சார்",
    "transferred it on Monday itself",
])
def test_a_payment_made_on_a_past_day_is_a_claim(text: str) -> None:
    assert _read(text) == ("claims_paid", None)


def test_a_tamil_past_payment_is_sure_over_the_second_reading() -> None:
    reply = understand_buyer_reply("GPay பண்ணியாச்சு நேத்தே சார்", TODAY)
    assert reply.intent.value == "claims_paid"


@pytest.mark.parametrize("text", [
    "galti se STOP bhej diya tha, reminder wapas add karo",
    "தவறுதலா stop பண்ணிட்டேன், மீண்டும் அனுப்புங்க",
    "someone in our office unsubscribed by mistake, please add our number back",
    "please add me back to the reminders",
])
def test_asking_to_be_added_back_opts_in(text: str) -> None:
    assert _read(text)[0] == "opt_in"


@pytest.mark.parametrize("text", [
    "will clear it tomorrow, stop sending so many messages",
    "kal kar denge, itne saare message mat bhejo",
    "naalaikku anuppuren, ivlo message anuppatheenga",
])
def test_a_promise_that_complains_of_too_many_reminders_is_the_promise(text: str) -> None:
    assert _read(text)[0] == "promise_to_pay"


@pytest.mark.parametrize("text", [
    "stop sending reminders, I will pay tomorrow", "stop sending messages",
])
def test_a_stop_without_too_many_stays_an_opt_out(text: str) -> None:
    assert _read(text)[0] == "opt_out"


@pytest.mark.parametrize("text", [
    "who placed this order? we never asked for it",
    "ye maal kisne mangwaya, humne to mangaya hi nahi",
    "naanga order podave illa sir",
    "हमने ये आर्डर दिया ही नहीं",
    "tax charged twice on this invoice",
    "GST rendu thadava pottirukeenga",
    "बिल में जीएसटी दो बार लगा है",
])
def test_an_order_never_placed_or_a_charge_made_twice_is_a_dispute(text: str) -> None:
    assert _read(text)[0] == "dispute"


@pytest.mark.parametrize("text", [
    "kaunsa invoice hai ye? bill number batao",
    "what is the invoice number?",
    "எந்த இன்வாய்ஸ் பத்தி சொல்றீங்க?",
])
def test_which_invoice_or_its_number_asks_for_the_invoice(text: str) -> None:
    assert _read(text)[0] == "invoice_copy"


@pytest.mark.parametrize("text", [
    "wrong number, I don't know of any bill",
    "ராங் நம்பர் சார், எந்த பில்லும் எனக்கு தெரியாது",
])
def test_a_wrong_number_asks_for_no_invoice(text: str) -> None:
    assert _read(text)[0] == "other"


@pytest.mark.parametrize(("text", "expected"), [
    ("paying now", TODAY),
    ("haan kar deta hu sir", None),
    ("bhej dete hai bhai", None),
])
def test_short_promises_in_the_present(text: str, expected: date | None) -> None:
    assert _read(text) == ("promise_to_pay", expected)


def test_what_the_buyer_used_to_do_is_no_promise() -> None:
    assert _read("pehle hamesha time pe kar deta tha")[0] != "promise_to_pay"


@pytest.mark.parametrize(("text", "expected"), [
    ("28 ko pakka bhej denge, bill ki copy bhejo", date(2026, 12, 28)),
    ("will definitely pay on 28th, send me the invoice pdf", date(2026, 12, 28)),
    ("28am thethi kandippa anuppuren, bill copy anuppunga", date(2026, 12, 28)),
])
def test_an_assured_dated_promise_with_a_copy_request_stays_a_promise(text: str,
                                                                       expected: date) -> None:
    assert _read(text) == ("promise_to_pay", expected)


@pytest.mark.parametrize("text", [
    "new stock vandhucha? rate enna", "did you get the goods we returned?",
    "naya maal aaya kya? rate kya hai",
])
def test_asking_whether_goods_came_is_no_claim_of_payment(text: str) -> None:
    assert _read(text)[0] != "claims_paid"
