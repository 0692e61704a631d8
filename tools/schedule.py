"""When to remind the buyer and alert the retailer about one invoice.

The dates hang off the s.15 due date (:mod:`tools.due_date`): three reminders
to the buyer before it, a notice the day interest starts (s.16, the day after
the due date), and two alerts to the retailer. For the longest period the law
allows (45 days from acceptance, s.15) the buyer hears on days 30, 40 and 44
and gets the notice on day 46.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from tools.due_date import DueDate

__all__ = [
    "DEADLINE_ALERT_DAYS_BEFORE_DUE",
    "FINAL_REMINDER_DAYS_BEFORE_DUE",
    "FIRST_REMINDER_DAYS_BEFORE_DUE",
    "NOTICE_DAYS_AFTER_DUE",
    "OVERDUE_ALERT_DAYS_AFTER_DUE",
    "SECOND_REMINDER_DAYS_BEFORE_DUE",
    "Audience",
    "ReminderStage",
    "ScheduledAction",
    "reminder_schedule",
]

FIRST_REMINDER_DAYS_BEFORE_DUE = 15
SECOND_REMINDER_DAYS_BEFORE_DUE = 5
FINAL_REMINDER_DAYS_BEFORE_DUE = 1
#: The notice goes out on the day s.16 interest starts to run.
NOTICE_DAYS_AFTER_DUE = 1
DEADLINE_ALERT_DAYS_BEFORE_DUE = 3
OVERDUE_ALERT_DAYS_AFTER_DUE = 1


class Audience(StrEnum):
    """Who hears a scheduled action."""

    BUYER = "buyer"
    RETAILER = "retailer"


class ReminderStage(StrEnum):
    """A step in chasing one invoice, in the order the steps normally happen."""

    FIRST_REMINDER = "first_reminder"
    SECOND_REMINDER = "second_reminder"
    FINAL_REMINDER = "final_reminder"
    NOTICE = "notice"
    DEADLINE_ALERT = "deadline_alert"
    OVERDUE_ALERT = "overdue_alert"


@dataclass(frozen=True)
class ScheduledAction:
    """One message to send: which stage, on which day, to whom."""

    stage: ReminderStage
    on: date
    audience: Audience


# Offset in days from the due date (negative: before it), and who hears it.
_PLAN: tuple[tuple[ReminderStage, int, Audience], ...] = (
    (ReminderStage.FIRST_REMINDER, -FIRST_REMINDER_DAYS_BEFORE_DUE, Audience.BUYER),
    (ReminderStage.SECOND_REMINDER, -SECOND_REMINDER_DAYS_BEFORE_DUE, Audience.BUYER),
    (ReminderStage.FINAL_REMINDER, -FINAL_REMINDER_DAYS_BEFORE_DUE, Audience.BUYER),
    (ReminderStage.NOTICE, NOTICE_DAYS_AFTER_DUE, Audience.BUYER),
    (ReminderStage.DEADLINE_ALERT, -DEADLINE_ALERT_DAYS_BEFORE_DUE, Audience.RETAILER),
    (ReminderStage.OVERDUE_ALERT, OVERDUE_ALERT_DAYS_AFTER_DUE, Audience.RETAILER),
)
_STAGE_ORDER = {stage: index for index, stage in enumerate(ReminderStage)}


def reminder_schedule(due: DueDate) -> tuple[ScheduledAction, ...]:
    """The reminders, notice and alerts for an invoice, sorted by date.

    To the buyer: first reminder 15 days before the due date, second 5 days
    before, final 1 day before, and the notice 1 day after (the day s.16
    interest starts). To the retailer: a deadline alert 3 days before the due
    date and an overdue alert 1 day after. With 45 days from acceptance (the
    s.15 maximum) the buyer's dates are days 30, 40, 44 and 46.

    A pre-due reminder or deadline alert that would fall on or before the
    acceptance date is dropped: a reminder on the day of delivery is no
    reminder, and one before it makes no sense. With a short credit period
    (15 days by default, or 0 days when due on acceptance) some or all of
    them therefore disappear; the notice and the overdue alert always remain.
    Actions on the same day keep the order of :class:`ReminderStage`.
    """
    actions = [
        ScheduledAction(stage=stage, on=due.due_date + timedelta(days=offset), audience=audience)
        for stage, offset, audience in _PLAN
    ]
    # Post-due actions are after the due date, hence after acceptance: always kept.
    kept = [a for a in actions if a.on > due.accepted_on]
    return tuple(sorted(kept, key=lambda a: (a.on, _STAGE_ORDER[a.stage])))
