"""Reminder schedule: buyer reminders before the due date, the notice after, retailer alerts,
and the overdue reminders that follow the notice (cadence and firmness)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.due_date import compute_due_date
from tools.errors import InputError
from tools.schedule import (
    DEADLINE_ALERT_DAYS_BEFORE_DUE,
    FINAL_REMINDER_DAYS_BEFORE_DUE,
    FIRST_REMINDER_DAYS_BEFORE_DUE,
    NOTICE_DAYS_AFTER_DUE,
    OVERDUE_ALERT_DAYS_AFTER_DUE,
    SECOND_REMINDER_DAYS_BEFORE_DUE,
    OverdueFirmness,
    ReminderStage,
    next_overdue_reminder_on,
    overdue_firmness,
    reminder_schedule,
    validate_overdue_reminder_days,
)

OFFSETS = {
    ReminderStage.FIRST_REMINDER: -FIRST_REMINDER_DAYS_BEFORE_DUE,
    ReminderStage.SECOND_REMINDER: -SECOND_REMINDER_DAYS_BEFORE_DUE,
    ReminderStage.FINAL_REMINDER: -FINAL_REMINDER_DAYS_BEFORE_DUE,
    ReminderStage.NOTICE: NOTICE_DAYS_AFTER_DUE,
    ReminderStage.DEADLINE_ALERT: -DEADLINE_ALERT_DAYS_BEFORE_DUE,
    ReminderStage.OVERDUE_ALERT: OVERDUE_ALERT_DAYS_AFTER_DUE,
    ReminderStage.OVERDUE_ALERT_15: 15,
    ReminderStage.OVERDUE_ALERT_30: 30,
    ReminderStage.OVERDUE_ALERT_45: 45,
}
RETAILER_STAGES = {ReminderStage.DEADLINE_ALERT, ReminderStage.OVERDUE_ALERT,
                   ReminderStage.OVERDUE_ALERT_15, ReminderStage.OVERDUE_ALERT_30,
                   ReminderStage.OVERDUE_ALERT_45}
AFTER_DUE_ALERTS = [ReminderStage.OVERDUE_ALERT_15, ReminderStage.OVERDUE_ALERT_30,
                    ReminderStage.OVERDUE_ALERT_45]


def test_45_days_from_acceptance_reminds_on_days_30_40_44_and_notices_on_day_46() -> None:
    accepted = date(2026, 1, 1)
    schedule = reminder_schedule(compute_due_date(accepted, agreed_days=45))
    day = {(a.stage, a.audience): (a.on - accepted).days for a in schedule}
    assert day == {
        (ReminderStage.FIRST_REMINDER, "buyer"): 30,
        (ReminderStage.SECOND_REMINDER, "buyer"): 40,
        (ReminderStage.DEADLINE_ALERT, "retailer"): 42,
        (ReminderStage.FINAL_REMINDER, "buyer"): 44,
        (ReminderStage.NOTICE, "buyer"): 46,
        (ReminderStage.OVERDUE_ALERT, "retailer"): 46,
        (ReminderStage.OVERDUE_ALERT_15, "retailer"): 60,
        (ReminderStage.OVERDUE_ALERT_30, "retailer"): 75,
        (ReminderStage.OVERDUE_ALERT_45, "retailer"): 90,
    }
    assert [a.stage for a in schedule] == [
        ReminderStage.FIRST_REMINDER, ReminderStage.SECOND_REMINDER,
        ReminderStage.DEADLINE_ALERT, ReminderStage.FINAL_REMINDER,
        ReminderStage.NOTICE, ReminderStage.OVERDUE_ALERT, *AFTER_DUE_ALERTS,
    ]


def test_with_the_15_day_default_a_reminder_on_the_delivery_day_is_dropped() -> None:
    accepted = date(2026, 3, 1)
    schedule = reminder_schedule(compute_due_date(accepted))
    stages = {a.stage: (a.on - accepted).days for a in schedule}
    assert ReminderStage.FIRST_REMINDER not in stages  # would be day 0
    assert stages == {ReminderStage.SECOND_REMINDER: 10, ReminderStage.DEADLINE_ALERT: 12,
                      ReminderStage.FINAL_REMINDER: 14, ReminderStage.NOTICE: 16,
                      ReminderStage.OVERDUE_ALERT: 16, ReminderStage.OVERDUE_ALERT_15: 30,
                      ReminderStage.OVERDUE_ALERT_30: 45, ReminderStage.OVERDUE_ALERT_45: 60}


def test_due_on_acceptance_leaves_only_the_notice_and_the_alerts_after_the_due_date() -> None:
    schedule = reminder_schedule(compute_due_date(date(2026, 3, 1), agreed_days=0))
    assert [(a.stage, a.on) for a in schedule] == [
        (ReminderStage.NOTICE, date(2026, 3, 2)),
        (ReminderStage.OVERDUE_ALERT, date(2026, 3, 2)),
        (ReminderStage.OVERDUE_ALERT_15, date(2026, 3, 16)),
        (ReminderStage.OVERDUE_ALERT_30, date(2026, 3, 31)),
        (ReminderStage.OVERDUE_ALERT_45, date(2026, 4, 15)),
    ]


def test_stage_values_are_the_stored_names() -> None:
    assert [s.value for s in ReminderStage] == [
        "first_reminder", "second_reminder", "final_reminder", "notice", "overdue_reminder",
        "deadline_alert", "overdue_alert", "overdue_alert_15", "overdue_alert_30",
        "overdue_alert_45"]


@settings(deadline=None)
@given(
    invoice=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 1, 1)),
    delay=st.integers(min_value=0, max_value=30),
    agreed=st.none() | st.integers(min_value=0, max_value=120),
)
def test_every_action_sits_at_its_offset_after_acceptance_in_date_order(
        invoice: date, delay: int, agreed: int | None) -> None:
    due = compute_due_date(invoice, accepted_on=invoice + timedelta(days=delay),
                           agreed_days=agreed)
    schedule = reminder_schedule(due)
    dates = [a.on for a in schedule]
    assert dates == sorted(dates)
    assert len({a.stage for a in schedule}) == len(schedule)
    for action in schedule:
        assert action.on == due.due_date + timedelta(days=OFFSETS[action.stage])
        assert action.on > due.accepted_on
        assert action.audience == ("retailer" if action.stage in RETAILER_STAGES else "buyer")
    kept = {a.stage for a in schedule}
    assert ReminderStage.OVERDUE_REMINDER not in kept  # scheduled as each one goes out
    for stage, offset in OFFSETS.items():
        falls_after_acceptance = due.due_date + timedelta(days=offset) > due.accepted_on
        assert (stage in kept) == falls_after_acceptance
    assert {ReminderStage.NOTICE, ReminderStage.OVERDUE_ALERT, *AFTER_DUE_ALERTS} <= kept
    buyer = [a.stage for a in schedule if a.audience == "buyer"]
    assert buyer == [s for s in ReminderStage if s in buyer and s not in RETAILER_STAGES]


# --- after the notice: the cadence and how firm each overdue reminder is ----------------------

def test_the_next_overdue_reminder_falls_a_cadence_after_the_last_one() -> None:
    assert next_overdue_reminder_on(date(2026, 2, 20), 7) == date(2026, 2, 27)
    assert next_overdue_reminder_on(date(2026, 2, 20), 3) == date(2026, 2, 23)
    assert next_overdue_reminder_on(date(2026, 2, 20), 30) == date(2026, 3, 22)
    # a shorter cadence chosen late never reminds in the past
    assert next_overdue_reminder_on(date(2026, 2, 20), 3, not_before=date(2026, 3, 1)) == \
        date(2026, 3, 1)
    assert next_overdue_reminder_on(date(2026, 2, 20), 14, not_before=date(2026, 2, 25)) == \
        date(2026, 3, 6)


def test_each_overdue_reminder_is_firmer_the_notice_first_then_firm_then_final() -> None:
    assert [overdue_firmness(k) for k in range(1, 9)] == [
        OverdueFirmness.REMINDER, OverdueFirmness.FIRM, OverdueFirmness.FIRM,
        *[OverdueFirmness.FINAL] * 5]
    assert [f.value for f in OverdueFirmness] == ["overdue_reminder", "overdue_firm",
                                                  "overdue_final"]
    with pytest.raises(ValueError):
        overdue_firmness(0)


@pytest.mark.parametrize(("value", "days"), [(3, 3), (7, 7), (30, 30), ("14", 14), (" 5 ", 5)])
def test_a_cadence_of_3_to_30_days_is_accepted(value: object, days: int) -> None:
    assert validate_overdue_reminder_days(value) == days


@pytest.mark.parametrize("value", [2, 31, 0, -7, "2", "31", "seven", "7.5", 7.0, "", None,
                                   True, "७"])
def test_any_other_cadence_is_refused_with_a_readable_error(value: object) -> None:
    with pytest.raises(InputError) as refused:
        validate_overdue_reminder_days(value)
    assert refused.value.field == "overdue_reminder_days"
    assert refused.value.rule == "overdue-reminder-days-invalid"
    for language in ("en", "hi", "ta"):
        text = refused.value.render(language)
        assert "3" in text and "30" in text
    with pytest.raises(InputError):
        next_overdue_reminder_on(date(2026, 2, 20), 2)
