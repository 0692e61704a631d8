"""Reminder schedule: buyer reminders before the due date, the notice after, retailer alerts."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tools.due_date import compute_due_date
from tools.schedule import (
    DEADLINE_ALERT_DAYS_BEFORE_DUE,
    FINAL_REMINDER_DAYS_BEFORE_DUE,
    FIRST_REMINDER_DAYS_BEFORE_DUE,
    NOTICE_DAYS_AFTER_DUE,
    OVERDUE_ALERT_DAYS_AFTER_DUE,
    SECOND_REMINDER_DAYS_BEFORE_DUE,
    ReminderStage,
    reminder_schedule,
)

OFFSETS = {
    ReminderStage.FIRST_REMINDER: -FIRST_REMINDER_DAYS_BEFORE_DUE,
    ReminderStage.SECOND_REMINDER: -SECOND_REMINDER_DAYS_BEFORE_DUE,
    ReminderStage.FINAL_REMINDER: -FINAL_REMINDER_DAYS_BEFORE_DUE,
    ReminderStage.NOTICE: NOTICE_DAYS_AFTER_DUE,
    ReminderStage.DEADLINE_ALERT: -DEADLINE_ALERT_DAYS_BEFORE_DUE,
    ReminderStage.OVERDUE_ALERT: OVERDUE_ALERT_DAYS_AFTER_DUE,
}
RETAILER_STAGES = {ReminderStage.DEADLINE_ALERT, ReminderStage.OVERDUE_ALERT}


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
    }
    assert [a.stage for a in schedule] == [
        ReminderStage.FIRST_REMINDER, ReminderStage.SECOND_REMINDER,
        ReminderStage.DEADLINE_ALERT, ReminderStage.FINAL_REMINDER,
        ReminderStage.NOTICE, ReminderStage.OVERDUE_ALERT,
    ]


def test_with_the_15_day_default_a_reminder_on_the_delivery_day_is_dropped() -> None:
    accepted = date(2026, 3, 1)
    schedule = reminder_schedule(compute_due_date(accepted))
    stages = {a.stage: (a.on - accepted).days for a in schedule}
    assert ReminderStage.FIRST_REMINDER not in stages  # would be day 0
    assert stages == {ReminderStage.SECOND_REMINDER: 10, ReminderStage.DEADLINE_ALERT: 12,
                      ReminderStage.FINAL_REMINDER: 14, ReminderStage.NOTICE: 16,
                      ReminderStage.OVERDUE_ALERT: 16}


def test_due_on_acceptance_leaves_only_the_notice_and_the_overdue_alert() -> None:
    schedule = reminder_schedule(compute_due_date(date(2026, 3, 1), agreed_days=0))
    assert [(a.stage, a.on) for a in schedule] == [
        (ReminderStage.NOTICE, date(2026, 3, 2)),
        (ReminderStage.OVERDUE_ALERT, date(2026, 3, 2)),
    ]


def test_stage_values_are_the_stored_names() -> None:
    assert [s.value for s in ReminderStage] == [
        "first_reminder", "second_reminder", "final_reminder", "notice", "deadline_alert",
        "overdue_alert"]


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
    for stage, offset in OFFSETS.items():
        falls_after_acceptance = due.due_date + timedelta(days=offset) > due.accepted_on
        assert (stage in kept) == falls_after_acceptance
    assert {ReminderStage.NOTICE, ReminderStage.OVERDUE_ALERT} <= kept
    buyer = [a.stage for a in schedule if a.audience == "buyer"]
    assert buyer == [s for s in ReminderStage if s in buyer and s not in RETAILER_STAGES]
