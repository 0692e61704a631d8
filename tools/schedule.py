"""When to remind the buyer and alert the retailer about one invoice.

The dates hang off the s.15 due date (:mod:`tools.due_date`): three reminders
to the buyer before it, a notice the day interest starts (s.16, the day after
the due date), and alerts to the retailer. For the longest period the law
allows (45 days from acceptance, s.15) the buyer hears on days 30, 40 and 44
and gets the notice on day 46.

After the notice the chase goes on until the invoice is settled: an overdue
reminder every N days (the retailer's cadence, 3 to 30 days, 7 by default),
each firmer than the last (:func:`overdue_firmness`), and the retailer is told
the next step 15, 30 and 45 days after the due date (a demand notice, then a
reference to the Micro and Small Enterprises Facilitation Council, s.18). The
cadence is not in the plan: each overdue reminder is scheduled when the one
before it goes out (:func:`next_overdue_reminder_on`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from tools.due_date import DueDate
from tools.errors import InputError

__all__ = [
    "DEADLINE_ALERT_DAYS_BEFORE_DUE",
    "ESCALATION_ALERT_DAYS_AFTER_DUE",
    "FINAL_REMINDER_DAYS_BEFORE_DUE",
    "FIRST_REMINDER_DAYS_BEFORE_DUE",
    "NOTICE_DAYS_AFTER_DUE",
    "OVERDUE_ALERT_DAYS_AFTER_DUE",
    "OVERDUE_REMINDER_DAYS_DEFAULT",
    "OVERDUE_REMINDER_DAYS_MAX",
    "OVERDUE_REMINDER_DAYS_MIN",
    "SECOND_REMINDER_DAYS_BEFORE_DUE",
    "Audience",
    "OverdueFirmness",
    "ReminderStage",
    "ScheduledAction",
    "next_overdue_reminder_on",
    "overdue_firmness",
    "reminder_schedule",
    "validate_overdue_reminder_days",
]

FIRST_REMINDER_DAYS_BEFORE_DUE = 15
SECOND_REMINDER_DAYS_BEFORE_DUE = 5
FINAL_REMINDER_DAYS_BEFORE_DUE = 1
#: The notice goes out on the day s.16 interest starts to run.
NOTICE_DAYS_AFTER_DUE = 1
DEADLINE_ALERT_DAYS_BEFORE_DUE = 3
OVERDUE_ALERT_DAYS_AFTER_DUE = 1
#: Days after the due date on which the retailer is told the next step: a demand notice
#: (15), the notice again, firmer (30), a Facilitation Council reference (45).
ESCALATION_ALERT_DAYS_AFTER_DUE = (15, 30, 45)
#: Days between overdue reminders, unless the retailer chose otherwise (3 to 30).
OVERDUE_REMINDER_DAYS_DEFAULT = 7
OVERDUE_REMINDER_DAYS_MIN = 3
OVERDUE_REMINDER_DAYS_MAX = 30


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
    #: Every N days after the notice, until the invoice is settled (not in the plan:
    #: each is scheduled when the one before it goes out).
    OVERDUE_REMINDER = "overdue_reminder"
    DEADLINE_ALERT = "deadline_alert"
    OVERDUE_ALERT = "overdue_alert"
    OVERDUE_ALERT_15 = "overdue_alert_15"
    OVERDUE_ALERT_30 = "overdue_alert_30"
    OVERDUE_ALERT_45 = "overdue_alert_45"


class OverdueFirmness(StrEnum):
    """How firmly the k-th overdue reminder speaks; the values are the drafting stages."""

    REMINDER = "overdue_reminder"
    FIRM = "overdue_firm"
    FINAL = "overdue_final"


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
    *((ReminderStage(f"overdue_alert_{days}"), days, Audience.RETAILER)
      for days in ESCALATION_ALERT_DAYS_AFTER_DUE),
)
_STAGE_ORDER = {stage: index for index, stage in enumerate(ReminderStage)}


def reminder_schedule(due: DueDate) -> tuple[ScheduledAction, ...]:
    """The reminders, notice and alerts for an invoice, sorted by date.

    To the buyer: first reminder 15 days before the due date, second 5 days
    before, final 1 day before, and the notice 1 day after (the day s.16
    interest starts). To the retailer: a deadline alert 3 days before the due
    date, an overdue alert 1 day after, and the next-step alerts 15, 30 and 45
    days after. With 45 days from acceptance (the s.15 maximum) the buyer's
    dates are days 30, 40, 44 and 46. The overdue reminders after the notice
    are not here (:func:`next_overdue_reminder_on`).

    A pre-due reminder or deadline alert that would fall on or before the
    acceptance date is dropped: a reminder on the day of delivery is no
    reminder, and one before it makes no sense. With a short credit period
    (15 days by default, or 0 days when due on acceptance) some or all of
    them therefore disappear; the notice and the alerts after the due date
    always remain.
    Actions on the same day keep the order of :class:`ReminderStage`.
    """
    actions = [
        ScheduledAction(stage=stage, on=due.due_date + timedelta(days=offset), audience=audience)
        for stage, offset, audience in _PLAN
    ]
    # Post-due actions are after the due date, hence after acceptance: always kept.
    kept = [a for a in actions if a.on > due.accepted_on]
    return tuple(sorted(kept, key=lambda a: (a.on, _STAGE_ORDER[a.stage])))


def next_overdue_reminder_on(last_sent_on: date, cadence_days: int, *,
                             not_before: date | None = None) -> date:
    """The day of the next overdue reminder: ``cadence_days`` after the last one went out.

    After the notice (the day s.16 interest starts) the buyer is reminded every
    ``cadence_days`` days until the invoice is paid, written off or disputed.
    ``not_before`` keeps a shortened cadence from falling in the past (a cadence
    changed from 14 to 3 days, ten days after the last reminder, reminds on
    ``not_before``, not a week ago).
    """
    validate_overdue_reminder_days(cadence_days)
    day = last_sent_on + timedelta(days=cadence_days)
    return max(day, not_before) if not_before is not None else day


def overdue_firmness(ordinal: int) -> OverdueFirmness:
    """How firm the ``ordinal``-th overdue reminder is (the notice is the 1st).

    The 1st keeps the overdue reminder's wording; the 2nd and 3rd are firmer;
    from the 4th on the reminder is the firmest, saying what the supplier may do
    next (a Section 18 reference for a supplier Section 16 protects).
    """
    if ordinal < 1:
        raise ValueError(f"overdue reminders are counted from 1, not {ordinal}")
    if ordinal == 1:
        return OverdueFirmness.REMINDER
    return OverdueFirmness.FIRM if ordinal <= 3 else OverdueFirmness.FINAL


def validate_overdue_reminder_days(value: object) -> int:
    """The retailer's cadence of overdue reminders, in days: a whole number from 3 to 30.

    Fewer than 3 days reads as harassment to a buyer; more than 30 lets a month
    of s.16 interest pass unmentioned. Accepts an int or its digits as text;
    anything else raises :class:`InputError` (field ``overdue_reminder_days``,
    rule ``overdue-reminder-days-invalid``).
    """
    days: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        days = value
    elif isinstance(value, str) and re.fullmatch(r"[0-9]{1,4}", value.strip()):
        days = int(value.strip())
    if days is None or not OVERDUE_REMINDER_DAYS_MIN <= days <= OVERDUE_REMINDER_DAYS_MAX:
        raise InputError("overdue_reminder_days", "overdue-reminder-days-invalid",
                         value=str(value), min=OVERDUE_REMINDER_DAYS_MIN,
                         max=OVERDUE_REMINDER_DAYS_MAX)
    return days
