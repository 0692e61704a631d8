"""Who may claim Section 16 interest: micro or small, not a trader, registered by the supply."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest

from prompts import LANGUAGES
from tools.eligibility import (
    Activity,
    EnterpriseType,
    IneligibilityReason,
    assess_eligibility,
)
from tools.errors import InputError

SUPPLY = date(2026, 3, 1)
SCRIPTS = {"hi": r"[\u0900-\u097F]", "ta": r"[\u0B80-\u0BFF]", "en": r"[A-Za-z]"}
REGISTRATIONS = {"before": date(2024, 1, 10), "same day": SUPPLY, "after": date(2026, 3, 2),
                 "unknown": None}


@pytest.mark.parametrize(("kind", "activity", "registered", "section16", "reasons"), [
    ("micro", "manufacturing", "before", True, ()),
    ("small", "services", "before", True, ()),
    ("micro", "services", "same day", True, ()),
    ("medium", "manufacturing", "before", False, ("medium-enterprise",)),
    ("micro", "trading", "before", False, ("trader",)),
    ("small", "manufacturing", "after", False, ("registered-after-supply",)),
    ("small", "manufacturing", "unknown", False, ("registration-date-unknown",)),
    ("medium", "trading", "after", False,
     ("medium-enterprise", "trader", "registered-after-supply")),
])
def test_eligibility_matrix(kind: str, activity: str, registered: str, section16: bool,
                            reasons: tuple[str, ...]) -> None:
    result = assess_eligibility(EnterpriseType(kind), Activity(activity),
                                REGISTRATIONS[registered], SUPPLY)
    assert result.section16 is section16
    assert result.reasons == reasons


@pytest.mark.parametrize(("kind", "activity", "registered"), list(itertools.product(
    EnterpriseType, Activity, REGISTRATIONS)))
def test_section16_only_for_micro_or_small_non_traders_registered_by_the_supply(
        kind: EnterpriseType, activity: Activity, registered: str) -> None:
    result = assess_eligibility(kind, activity, REGISTRATIONS[registered], SUPPLY)
    expected = (kind in (EnterpriseType.MICRO, EnterpriseType.SMALL)
                and activity is not Activity.TRADING and registered in ("before", "same day"))
    assert result.section16 is expected
    assert result.section16 is (not result.reasons)


def test_strings_from_storage_or_the_cli_are_accepted() -> None:
    result = assess_eligibility(" Micro", "MANUFACTURING", date(2024, 1, 1), SUPPLY)
    assert result.section16 and result.enterprise_type is EnterpriseType.MICRO
    assert result.activity is Activity.MANUFACTURING


def test_unknown_type_or_activity_is_not_assumed_to_qualify() -> None:
    result = assess_eligibility(None, None, date(2024, 1, 1), SUPPLY)
    assert not result.section16
    assert result.reasons == ("enterprise-type-unknown", "activity-unknown")


@pytest.mark.parametrize(("kind", "activity", "field"), [
    ("tiny", "manufacturing", "enterprise_type"),
    ("micro", "retail", "activity"),
])
def test_an_unknown_choice_is_an_input_error(kind: str, activity: str, field: str) -> None:
    with pytest.raises(InputError) as raised:
        assess_eligibility(kind, activity, None, SUPPLY)
    assert (raised.value.field, raised.value.rule) == (field, "choice-invalid")
    assert "micro" in raised.value.render("en") or "trading" in raised.value.render("en")


@pytest.mark.parametrize("reason", list(IneligibilityReason))
def test_every_reason_is_explained_in_each_language(reason: IneligibilityReason) -> None:
    result = assess_eligibility("medium", "trading", date(2026, 4, 1), SUPPLY)
    unknown = assess_eligibility(None, None, None, SUPPLY)
    messages = {r: (result, i) for i, r in enumerate(result.reasons)}
    messages.update({r: (unknown, i) for i, r in enumerate(unknown.reasons)})
    unregistered = assess_eligibility("micro", "services", None, SUPPLY, registered=False)
    messages.update({r: (unregistered, i) for i, r in enumerate(unregistered.reasons)})
    assessed, index = messages[reason]
    for language in LANGUAGES:
        text = assessed.messages(language)[index]
        assert re.search(SCRIPTS[language], text), text
    if reason is IneligibilityReason.REGISTERED_AFTER_SUPPLY:
        # Dates as people write them in each language, never ISO.
        assert "1 अप्रैल 2026" in assessed.messages("hi")[index]
        assert "1 ஏப்ரல் 2026" in assessed.messages("ta")[index]
        assert "1 April 2026" in assessed.messages("en")[index]
        assert "2026-04-01" not in "".join(assessed.messages(lang)[index] for lang in LANGUAGES)
        assert "1 மார்ச் 2026" in assessed.messages("ta")[index]


def test_a_business_without_udyam_is_told_it_is_not_registered_not_that_a_date_is_missing(
) -> None:
    result = assess_eligibility("micro", "manufacturing", None, SUPPLY, registered=False)
    assert result.reasons == ("not-registered",) and not result.section16
    for language in ("en", "hi", "ta"):
        [message] = result.messages(language)
        assert "Udyam" in message and re.search(SCRIPTS[language], message)
