"""When a buyer must pay a micro or small supplier, and when interest starts.

MSMED Act 2006 s.15: the buyer pays on or before the date agreed in writing,
which may not be more than 45 days from the day of acceptance; with no written
agreement, before the appointed day. s.2(b): the appointed day is the day after
15 days from acceptance. s.16: interest runs from the appointed day or, with an
agreement, from the day after the agreed date. Acceptance is the day of
delivery or of the service; docs/legal-conventions.md "Deadlines" takes the invoice date when
none is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tools.errors import Advisory, InputError

__all__ = [
    "DEFAULT_CREDIT_DAYS",
    "MAX_AGREED_CREDIT_DAYS",
    "DueDate",
    "compute_due_date",
]

#: s.15 proviso: a written agreement cannot give the buyer more than 45 days from acceptance.
MAX_AGREED_CREDIT_DAYS = 45
#: s.15 with s.2(b): with no written agreement, payment is due within 15 days of acceptance.
DEFAULT_CREDIT_DAYS = 15


@dataclass(frozen=True)
class DueDate:
    """The s.15 due date of one invoice and the s.16 day interest starts.

    ``agreed_days`` is what the parties agreed in writing, as given (None: no
    written agreement); ``credit_days_applied`` is what the law allows
    (the agreement capped at 45 days, or 15 days without one); ``due_date`` is
    ``accepted_on + credit_days_applied``, the last day to pay without interest;
    ``interest_from`` is the day after (the s.2(b) appointed day when there is
    no agreement).
    """

    invoice_date: date
    accepted_on: date
    agreed_days: int | None
    credit_days_applied: int
    due_date: date
    interest_from: date
    advisories: tuple[Advisory, ...] = ()


def compute_due_date(invoice_date: date, accepted_on: date | None = None,
                     agreed_days: int | None = None) -> DueDate:
    """The s.15 due date and s.16 interest start for an invoice.

    * Acceptance (s.2(b) read with s.15) defaults to the invoice date; it
      cannot be earlier (field ``accepted_on``, rule
      ``acceptance-before-invoice``).
    * A written agreement of ``agreed_days`` days runs from acceptance and is
      capped at 45 days (s.15 proviso); a longer agreement is capped with the
      advisory ``credit-period-capped``. 0 days means due on acceptance.
      Negative days: field ``agreed_days``, rule ``agreed-days-negative``.
    * No written agreement (``agreed_days=None``): 15 days from acceptance, so
      the s.2(b) appointed day is acceptance + 16.
    * Interest (s.16) runs from the day after the due date.
    """
    accepted = invoice_date if accepted_on is None else accepted_on
    if accepted < invoice_date:
        raise InputError("accepted_on", "acceptance-before-invoice",
                         accepted_on=accepted, invoice_date=invoice_date)
    advisories: tuple[Advisory, ...] = ()
    if agreed_days is None:
        credit_days = DEFAULT_CREDIT_DAYS
    elif agreed_days < 0:
        raise InputError("agreed_days", "agreed-days-negative", agreed_days=agreed_days)
    elif agreed_days > MAX_AGREED_CREDIT_DAYS:
        credit_days = MAX_AGREED_CREDIT_DAYS
        advisories = (Advisory("credit-period-capped",
                               {"agreed_days": agreed_days, "cap": MAX_AGREED_CREDIT_DAYS}),)
    else:
        credit_days = agreed_days
    due = accepted + timedelta(days=credit_days)
    return DueDate(
        invoice_date=invoice_date,
        accepted_on=accepted,
        agreed_days=agreed_days,
        credit_days_applied=credit_days,
        due_date=due,
        interest_from=due + timedelta(days=1),
        advisories=advisories,
    )
