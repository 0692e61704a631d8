"""How a reminder speaks to this buyer: tone, salutation and closing.

Indian business correspondence is relationship first. A long-standing buyer
who has always paid on time gets a soft first reminder; the final reminder
and anything after the due date are firm (factual, never threatening). The
register follows the language: Hindi addresses the buyer as "aap" with "ji"
after the name, Tamil uses the respectful plural (தாங்கள், "<name>
அவர்களுக்கு"), English is plainly polite. Every word comes from
``prompts/<lang>/reminders.ftl``; this module only chooses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from prompts import render

__all__ = [
    "GOOD_HISTORY_MIN_MONTHS",
    "GOOD_HISTORY_MIN_ON_TIME",
    "Adaptation",
    "Tone",
    "adapt",
    "has_good_payment_history",
    "tone_for",
]

Tone = Literal["soft", "standard", "firm"]

#: Paid on time at least this many times (and never late) in the last 12 months...
GOOD_HISTORY_MIN_ON_TIME = 3
#: ...or bought for at least this many months without a late payment.
GOOD_HISTORY_MIN_MONTHS = 12

_FIRM_STAGES = frozenset({"final_reminder", "overdue_reminder", "overdue_firm",
                          "overdue_final"})


@dataclass(frozen=True)
class Adaptation:
    """The cultural choices for one reminder, with the text they produce.

    ``cite_section16``: the reminder states the buyer's exposure under MSMED
    Act s.16 and Income-tax s.43B(h); only a firm reminder from a supplier
    that Section 16 protects does.
    """

    language: str
    tone: Tone
    salutation: str
    closing: str
    good_history: bool
    cite_section16: bool


def has_good_payment_history(paid_on_time_count: int, paid_late_count: int,
                             relationship_months: int) -> bool:
    """A buyer worth a soft first reminder.

    No late payment in the last 12 months, and either at least
    :data:`GOOD_HISTORY_MIN_ON_TIME` invoices paid on time in that period or a
    relationship of at least :data:`GOOD_HISTORY_MIN_MONTHS` months. The
    counts are the caller's, over the last 12 months.
    """
    if paid_late_count > 0:
        return False
    return (paid_on_time_count >= GOOD_HISTORY_MIN_ON_TIME
            or relationship_months >= GOOD_HISTORY_MIN_MONTHS)


def tone_for(stage: str, days_overdue: int, good_history: bool) -> Tone:
    """The tone of a reminder at ``stage``.

    Firm: the final reminder, the overdue reminders (each later one says more
    firmly what follows, in its own words), and any reminder sent after the
    due date (``days_overdue`` > 0, e.g. a promise that was not kept). Soft:
    the first reminder to a buyer with a good payment history. Standard:
    everything else.
    """
    if stage in _FIRM_STAGES or days_overdue > 0:
        return "firm"
    if stage == "first_reminder" and good_history:
        return "soft"
    return "standard"


class BuyerFacts(Protocol):
    """What adaptation reads of a reminder's facts (``ReminderFacts`` has all of it)."""

    @property
    def stage(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def buyer_name(self) -> str: ...
    @property
    def retailer_name(self) -> str: ...
    @property
    def days_overdue(self) -> int: ...
    @property
    def section16(self) -> bool: ...
    @property
    def paid_on_time_count(self) -> int: ...
    @property
    def paid_late_count(self) -> int: ...
    @property
    def relationship_months(self) -> int: ...


def adapt(facts: BuyerFacts) -> Adaptation:
    """Tone, salutation and closing for the reminder ``facts`` describe.

    Rules: :func:`has_good_payment_history` and :func:`tone_for`. The
    salutation and closing are ``reminder-salutation-<tone>`` and
    ``reminder-closing-<tone>`` in the buyer's language ("Dear <name>,",
    "आदरणीय <name> जी,", "மதிப்பிற்குரிய <name> அவர்களுக்கு, வணக்கம்.").
    """
    good_history = has_good_payment_history(facts.paid_on_time_count, facts.paid_late_count,
                                            facts.relationship_months)
    tone = tone_for(facts.stage, facts.days_overdue, good_history)
    return Adaptation(
        language=facts.language,
        tone=tone,
        salutation=render(f"reminder-salutation-{tone}", facts.language,
                          buyer=facts.buyer_name.strip()),
        closing=render(f"reminder-closing-{tone}", facts.language,
                       retailer=facts.retailer_name.strip()),
        good_history=good_history,
        cite_section16=facts.section16 and tone == "firm",
    )
