"""Section 16 interest: what a late buyer owes a micro or small supplier on a given day.

MSMED Act 2006 s.16: when the buyer fails to pay by the s.15 due date, the
buyer is liable, notwithstanding anything in any agreement, to pay compound
interest with monthly rests, from the appointed day (or the day after the
agreed date), at three times the Bank Rate notified by the RBI. s.17 makes the
buyer liable for the amount with that interest.

The statute is silent on the details; docs/legal-conventions.md fixes defaults, each of which a
quote states in its :class:`InterestConvention`:

* **Monthly rests anchored on the due date.** Period k covers the days after
  ``add_months(due_date, k - 1)`` up to and including ``add_months(due_date,
  k)`` (month ends clamp: a due date of 31 January rests on 28/29 February,
  31 March, 30 April...). Each complete period multiplies the balance
  (principal plus capitalised interest) by ``1 + 3 * rate / 12``.
* **Rate.** Floating by default: the Bank Rate in force on the first day of
  each period (as a 2024 Calcutta High Court judgment applied); or frozen at
  the rate in force on the day interest starts (:class:`RateMode`).
* **Partial last month** (:class:`PartialMonth`). By default the monthly
  rate times the fraction of that monthly period elapsed (days elapsed /
  days in the period), on the compounded balance, so what is owed grows
  smoothly into each rest and never dips at one. Settings: actual/365
  (``balance * 3 * rate * days / 365``), or ignored (complete months only).
* **Part payments** go to interest first (oldest first: capitalised interest,
  then the current month's), then to principal; any excess is a credit.
* **Days.** Interest "as of" a day includes that day, so on ``as_of`` it has
  run for ``as_of - due_date`` days; a payment on day d clears what has
  accrued up to and including d.

When Section 16 does not apply (:mod:`tools.eligibility`) the supplier may
still claim a rate agreed in the contract: simple interest at that annual rate,
actual/365, from the same day; otherwise no interest at all.

Everything is :class:`~decimal.Decimal` at 50 significant digits and rounded to
the paisa (half up) only in the quote. Pure: the Bank Rate table and the as-of
day are arguments; nothing reads the clock.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation, localcontext
from enum import StrEnum
from typing import Any, Literal

from tools.bank_rate import BankRateTable
from tools.due_date import DueDate
from tools.errors import Advisory, InputError
from tools.money import PAISA, to_paisa

__all__ = [
    "BANK_RATE_MULTIPLE",
    "DAYS_IN_YEAR",
    "AppliedPayment",
    "InterestBasis",
    "InterestConvention",
    "InterestPeriod",
    "InterestPolicy",
    "InterestQuote",
    "PartialMonth",
    "Payment",
    "RateMode",
    "add_months",
    "compute_interest",
]

#: s.16: interest at three times the Bank Rate.
BANK_RATE_MULTIPLE = 3
MONTHS_IN_YEAR = 12
#: docs/legal-conventions.md default day count for part months and contractual interest: actual/365.
DAYS_IN_YEAR = 365
_PRECISION = 50
_HUNDRED = Decimal(100)
_ZERO = Decimal(0)


class RateMode(StrEnum):
    """Which Bank Rate applies to a monthly period (not settled; default floating).

    See docs/legal-conventions.md "Interest".
    """

    FLOATING = "floating"  # the rate in force on the first day of each period
    FROZEN = "frozen"  # the rate in force on the day interest starts, throughout


class PartialMonth(StrEnum):
    """How the last, unfinished monthly period accrues (docs/legal-conventions.md: not settled)."""

    #: Default: monthly rate x days elapsed / days in that monthly period.
    PERIOD_FRACTION = "period-fraction"
    #: Annual rate x days elapsed / 365.
    ACTUAL_365 = "actual-365"
    #: Complete months only: the partial month bears no interest yet.
    IGNORED = "ignored"


@dataclass(frozen=True)
class InterestPolicy:
    """Every choice the statute leaves open, decided once for a deployment.

    Built from settings in one place and passed to every caller that quotes
    an invoice (chat, reminders, notices, API, CLI), so that all of them show
    the same figure for the same invoice on the same day.
    """

    bank_rates: BankRateTable
    rate_mode: RateMode = RateMode.FLOATING
    partial_month: PartialMonth = PartialMonth.PERIOD_FRACTION


class InterestBasis(StrEnum):
    """The legal ground for the interest in a quote."""

    SECTION16 = "section16"
    CONTRACTUAL = "contractual"
    NONE = "none"


@dataclass(frozen=True)
class Payment:
    """A payment by the buyer (amount in rupees, whole paise)."""

    paid_on: date
    amount: Decimal
    reference: str | None = None


@dataclass(frozen=True)
class InterestConvention:
    """How the interest was worked out, so a notice can state it."""

    rate_mode: RateMode | None
    compounding: Literal["monthly-rests", "simple", "none"]
    partial_month: Literal["pro-rata", "ignored", "not-applicable"]
    #: The day count of part months: "period" is days elapsed / days in that
    #: monthly period (s.16 default); contractual interest is always actual/365.
    day_count: Literal["period", "actual/365"] = "actual/365"
    appropriation: Literal["interest-first"] = "interest-first"

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "rate_mode": None if self.rate_mode is None else str(self.rate_mode),
            "compounding": self.compounding,
            "partial_month": self.partial_month,
            "day_count": self.day_count,
            "appropriation": self.appropriation,
        }


@dataclass(frozen=True)
class InterestPeriod:
    """One monthly period of the computation, as a notice shows it.

    ``start``..``end`` are the first and last days of interest in the period
    (both included); ``days`` counts them. ``complete`` is False for the
    partial last month. ``bank_rate`` is the RBI Bank Rate applied (None for
    contractual interest) and ``annual_rate`` the interest rate a year, both in
    percent. ``opening_balance`` is what bore interest at the start (principal
    plus capitalised interest; principal only for simple interest), and
    ``interest`` what accrued in the period, both rounded to the paisa.
    """

    start: date
    end: date
    days: int
    complete: bool
    bank_rate: Decimal | None
    annual_rate: Decimal
    opening_balance: Decimal
    interest: Decimal

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
            "complete": self.complete,
            "bank_rate": None if self.bank_rate is None else _percent(self.bank_rate),
            "annual_rate": _percent(self.annual_rate),
            "opening_balance": _money(self.opening_balance),
            "interest": _money(self.interest),
        }


@dataclass(frozen=True)
class AppliedPayment:
    """How one payment was appropriated: to interest, to principal, and any excess."""

    paid_on: date
    amount: Decimal
    reference: str | None
    to_interest: Decimal
    to_principal: Decimal
    to_credit: Decimal

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "paid_on": self.paid_on.isoformat(),
            "amount": _money(self.amount),
            "reference": self.reference,
            "to_interest": _money(self.to_interest),
            "to_principal": _money(self.to_principal),
            "to_credit": _money(self.to_credit),
        }


@dataclass(frozen=True)
class InterestQuote:
    """What the buyer owes on ``as_of``; every amount in rupees, rounded to the paisa.

    * ``interest``: interest outstanding; ``interest_accrued``: all interest
      that has accrued, including what payments cleared; ``interest_paid`` =
      ``interest_accrued - interest``.
    * ``total_due`` is the exact balance rounded to the paisa and
      ``principal_outstanding = total_due - interest``, so the two always add up.
    * ``credit``: what the buyer paid beyond everything owed.
    * The statement reconciles: ``principal + interest_accrued = paid_total -
      credit + total_due`` (amounts in whole paise).
    * ``days_overdue = max(0, as_of - due_date)``; ``months_complete`` is the
      number of complete monthly rests by ``as_of``.
    """

    principal: Decimal
    as_of: date
    due_date: date
    interest_from: date
    days_overdue: int
    months_complete: int
    interest: Decimal
    interest_accrued: Decimal
    interest_paid: Decimal
    paid_total: Decimal
    principal_outstanding: Decimal
    total_due: Decimal
    credit: Decimal
    basis: InterestBasis
    convention: InterestConvention
    periods: tuple[InterestPeriod, ...] = ()
    payments: tuple[AppliedPayment, ...] = ()
    advisories: tuple[Advisory, ...] = ()

    def to_json_dict(self) -> dict[str, Any]:
        """The quote for JSON: amounts as strings with two decimals, dates ISO."""
        return {
            "due_date": self.due_date.isoformat(),
            "interest_from": self.interest_from.isoformat(),
            "as_of": self.as_of.isoformat(),
            "days_overdue": self.days_overdue,
            "months_complete": self.months_complete,
            "principal": _money(self.principal),
            "interest": _money(self.interest),
            "interest_accrued": _money(self.interest_accrued),
            "interest_paid": _money(self.interest_paid),
            "paid_total": _money(self.paid_total),
            "principal_outstanding": _money(self.principal_outstanding),
            "total_due": _money(self.total_due),
            "credit": _money(self.credit),
            "basis": str(self.basis),
            "convention": self.convention.to_json_dict(),
            "periods": [p.to_json_dict() for p in self.periods],
            "payments": [p.to_json_dict() for p in self.payments],
            "advisories": [{"rule": a.rule, "message_id": a.message_id,
                            "params": {k: _plain(v) for k, v in a.params.items()}}
                           for a in self.advisories],
        }


def add_months(anchor: date, months: int) -> date:
    """``anchor`` moved by ``months`` calendar months, the day clamped to the month's end.

    Always computed from the anchor, never chained: from 31 January, 1 month
    is 28 (or 29) February and 2 months is 31 March.
    """
    index = anchor.year * MONTHS_IN_YEAR + anchor.month - 1 + months
    year, month = divmod(index, MONTHS_IN_YEAR)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor.day, last_day))


def compute_interest(
    principal: Decimal,
    due: DueDate,
    as_of: date,
    *,
    policy: InterestPolicy,
    payments: Sequence[Payment] = (),
    contractual_annual_rate: Decimal | None = None,
    section16: bool = True,
) -> InterestQuote:
    """Interest and balance on ``as_of`` for one invoice (MSMED Act ss.16-17).

    ``section16=True`` (the supplier qualifies, :mod:`tools.eligibility`):
    compound interest with monthly rests at three times the Bank Rate (s.16)
    from ``due.interest_from``, under the conventions in this module's
    docstring as ``policy`` decides them. ``section16=False``: simple interest
    at ``contractual_annual_rate`` percent a year, actual/365, from the same
    day (the policy's partial-month rule does not apply to it); with no such
    rate, no interest (``basis`` says which).

    Payments may be any number, on any days up to ``as_of``, in any order
    (same-day payments apply in the order given). One on or before the due
    date reduces the principal directly. Errors (:class:`InputError`):
    principal or payment not more than zero (rule ``amount-not-positive``) or
    not whole paise (``amount-invalid``); ``as_of`` before the invoice date
    (``as-of-before-invoice``); a payment before the invoice date
    (``payment-before-invoice``) or after ``as_of`` (``payment-after-as-of``);
    a contractual rate that is not a percentage between 0 and 100
    (``rate-invalid``); the Bank Rate unknown for a day (``bank-rate-unknown``).
    """
    principal = _money_in(principal, "principal")
    payments = [Payment(p.paid_on, _money_in(p.amount, "payment"), p.reference)
                for p in payments]
    if as_of < due.invoice_date:
        raise InputError("as_of", "as-of-before-invoice", as_of=as_of.isoformat(),
                         invoice_date=due.invoice_date.isoformat())
    for payment in payments:
        if payment.paid_on < due.invoice_date:
            raise InputError("payment", "payment-before-invoice",
                             paid_on=payment.paid_on.isoformat(),
                             invoice_date=due.invoice_date.isoformat())
        if payment.paid_on > as_of:
            raise InputError("payment", "payment-after-as-of", paid_on=payment.paid_on.isoformat(),
                             as_of=as_of.isoformat())
    if section16:
        basis = InterestBasis.SECTION16
        ignored = policy.partial_month is PartialMonth.IGNORED
        convention = InterestConvention(
            rate_mode=policy.rate_mode, compounding="monthly-rests",
            partial_month="ignored" if ignored else "pro-rata",
            day_count="actual/365" if policy.partial_month is PartialMonth.ACTUAL_365
            else "period")
    elif contractual_annual_rate is not None:
        rate = contractual_annual_rate
        if not isinstance(rate, Decimal) or not rate.is_finite() or not 0 < rate < _HUNDRED:
            raise InputError("contract_rate", "rate-invalid", value=str(rate))
        basis = InterestBasis.CONTRACTUAL
        convention = InterestConvention(rate_mode=None, compounding="simple",
                                        partial_month="not-applicable")
    else:
        basis = InterestBasis.NONE
        convention = InterestConvention(rate_mode=None, compounding="none",
                                        partial_month="not-applicable")

    with localcontext(Context(prec=_PRECISION, rounding=ROUND_HALF_EVEN)):
        ledger = _Ledger(principal)
        ordered = sorted(payments, key=lambda p: p.paid_on)  # stable: same-day order kept
        for payment in ordered:
            if payment.paid_on <= due.due_date:
                ledger.pay(payment)
        later = [p for p in ordered if p.paid_on > due.due_date]
        if basis is InterestBasis.SECTION16:
            periods = _run_section16(ledger, due, as_of, later, policy)
        elif basis is InterestBasis.CONTRACTUAL:
            assert contractual_annual_rate is not None
            periods = _run_simple(ledger, due, as_of, later, contractual_annual_rate)
        else:
            for payment in later:
                ledger.pay(payment)
            periods = ()
        return _quote(ledger, principal, due, as_of, basis, convention, periods)


class _Ledger:
    """The running balance: principal, capitalised and current-month interest, credit.

    Only ``principal + capitalised`` bears interest (s.16 monthly rests):
    interest of the current month joins it at the month's rest.
    """

    def __init__(self, principal: Decimal) -> None:
        self.principal = principal
        self.capitalised = _ZERO
        self.pending = _ZERO
        self.credit = _ZERO
        self.accrued = _ZERO
        self.applied: list[AppliedPayment] = []

    @property
    def interest_bearing(self) -> Decimal:
        return self.principal + self.capitalised

    def accrue(self, amount: Decimal) -> None:
        self.pending += amount
        self.accrued += amount

    def rest(self) -> None:
        """Monthly rest: the month's interest is added to the balance that bears interest."""
        self.capitalised += self.pending
        self.pending = _ZERO

    def pay(self, payment: Payment) -> None:
        """Interest first, oldest first (capitalised, then this month's), then principal."""
        left = payment.amount
        to_capitalised = min(left, self.capitalised)
        self.capitalised -= to_capitalised
        left -= to_capitalised
        to_pending = min(left, self.pending)
        self.pending -= to_pending
        left -= to_pending
        to_interest = to_capitalised + to_pending
        to_principal = min(left, self.principal)
        self.principal -= to_principal
        left -= to_principal
        self.credit += left
        shown_interest, shown_credit = to_paisa(to_interest), to_paisa(left)
        self.applied.append(AppliedPayment(
            paid_on=payment.paid_on, amount=payment.amount, reference=payment.reference,
            to_interest=shown_interest, to_principal=payment.amount - shown_interest - shown_credit,
            to_credit=shown_credit))


@dataclass(frozen=True)
class _Month:
    """One monthly period up to ``as_of``: interest days are ``after`` + 1 .. ``end``."""

    after: date
    rest_day: date
    end: date

    @property
    def complete(self) -> bool:
        return self.end == self.rest_day

    @property
    def length(self) -> int:
        """Days in the whole period, whether or not ``as_of`` reaches its end."""
        return (self.rest_day - self.after).days


def _months(due_date: date, as_of: date) -> Iterator[_Month]:
    """The monthly periods anchored on the due date, the last one cut at ``as_of``."""
    k = 1
    after = due_date
    while after < as_of:
        rest_day = add_months(due_date, k)
        end = min(rest_day, as_of)
        yield _Month(after=after, rest_day=rest_day, end=end)
        after = end
        k += 1


def _segments(month: _Month, payments: list[Payment]) -> list[tuple[int, Payment | None]]:
    """Split a month at the payments in it: (days of interest, payment due at the end).

    Takes the month's payments off the front of ``payments`` (sorted by date).
    A payment on day d follows the interest for day d.
    """
    segments: list[tuple[int, Payment | None]] = []
    cursor = month.after
    while payments and payments[0].paid_on <= month.end:
        payment = payments.pop(0)
        segments.append(((payment.paid_on - cursor).days, payment))
        cursor = payment.paid_on
    segments.append(((month.end - cursor).days, None))
    return segments


def _run_section16(ledger: _Ledger, due: DueDate, as_of: date, payments: Sequence[Payment],
                   policy: InterestPolicy) -> tuple[InterestPeriod, ...]:
    """s.16: compound interest with monthly rests, period by period up to ``as_of``.

    A period accrues ``3 * rate / 12`` on the interest-bearing balance, split
    pro rata by days (out of the days in that period) between payments within
    it; the partial last period does the same by default, so the interest of
    a period grows day by day up to exactly the monthly rate at its rest. With
    :attr:`PartialMonth.ACTUAL_365` the partial period accrues ``3 * rate *
    days / 365``; with :attr:`PartialMonth.IGNORED`, nothing. At each rest the
    period's interest is capitalised.
    """
    queue = list(payments)
    rows: list[InterestPeriod] = []
    for month in _months(due.due_date, as_of):
        if not month.complete and policy.partial_month is PartialMonth.IGNORED:
            for late in queue:  # the partial month bears no interest; payments still count
                ledger.pay(late)
            break
        first_day = month.after + timedelta(days=1)
        bank_rate = policy.bank_rates.rate_on(
            due.interest_from if policy.rate_mode is RateMode.FROZEN else first_day)
        annual = BANK_RATE_MULTIPLE * bank_rate / _HUNDRED
        monthly = annual / MONTHS_IN_YEAR
        opening = ledger.interest_bearing
        interest = _ZERO
        for days, payment in _segments(month, queue):
            if days == month.length:
                factor = monthly
            elif month.complete or policy.partial_month is PartialMonth.PERIOD_FRACTION:
                factor = monthly * days / month.length
            else:
                factor = annual * days / DAYS_IN_YEAR
            amount = ledger.interest_bearing * factor
            ledger.accrue(amount)
            interest += amount
            if payment is not None:
                ledger.pay(payment)
        if month.complete:
            ledger.rest()
        rows.append(InterestPeriod(
            start=first_day, end=month.end, days=(month.end - month.after).days,
            complete=month.complete, bank_rate=bank_rate, annual_rate=annual * _HUNDRED,
            opening_balance=to_paisa(opening), interest=to_paisa(interest)))
    return tuple(rows)


def _run_simple(ledger: _Ledger, due: DueDate, as_of: date, payments: Sequence[Payment],
                annual_rate: Decimal) -> tuple[InterestPeriod, ...]:
    """Contractual interest: simple, on the principal only, actual/365, shown by month."""
    queue = list(payments)
    rows: list[InterestPeriod] = []
    for month in _months(due.due_date, as_of):
        opening = ledger.principal
        interest = _ZERO
        for days, payment in _segments(month, queue):
            amount = ledger.principal * annual_rate / _HUNDRED * days / DAYS_IN_YEAR
            ledger.accrue(amount)
            interest += amount
            if payment is not None:
                ledger.pay(payment)
        rows.append(InterestPeriod(
            start=month.after + timedelta(days=1), end=month.end,
            days=(month.end - month.after).days, complete=month.complete, bank_rate=None,
            annual_rate=annual_rate, opening_balance=to_paisa(opening),
            interest=to_paisa(interest)))
    return tuple(rows)


def _quote(ledger: _Ledger, principal: Decimal, due: DueDate, as_of: date,
           basis: InterestBasis, convention: InterestConvention,
           periods: tuple[InterestPeriod, ...]) -> InterestQuote:
    interest = to_paisa(ledger.capitalised + ledger.pending)
    total_due = to_paisa(ledger.principal + ledger.capitalised + ledger.pending)
    paid_total = sum((p.amount for p in ledger.applied), _ZERO)
    interest_accrued = to_paisa(ledger.accrued)
    months = sum(1 for month in _months(due.due_date, as_of) if month.complete)
    return InterestQuote(
        principal=principal,
        as_of=as_of,
        due_date=due.due_date,
        interest_from=due.interest_from,
        days_overdue=max(0, (as_of - due.due_date).days),
        months_complete=months,
        interest=interest,
        interest_accrued=interest_accrued,
        interest_paid=interest_accrued - interest,
        paid_total=paid_total,
        principal_outstanding=total_due - interest,
        total_due=total_due,
        # Derived so that the statement reconciles to the paisa (see InterestQuote).
        credit=paid_total + total_due - principal - interest_accrued,
        basis=basis,
        convention=convention,
        periods=periods,
        payments=tuple(ledger.applied),
        advisories=due.advisories,
    )


def _money_in(amount: Decimal | int, field_name: str) -> Decimal:
    """A positive amount in whole paise, as Decimal (ints accepted, floats refused)."""
    if isinstance(amount, float):
        raise TypeError("amounts are never floats: pass a Decimal")
    if isinstance(amount, int) and not isinstance(amount, bool):
        amount = Decimal(amount)
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise InputError(field_name, "amount-invalid", value=str(amount))
    if amount <= 0:
        raise InputError(field_name, "amount-not-positive", value=str(amount))
    try:
        whole_paise = amount == amount.quantize(PAISA)
    except InvalidOperation:  # more digits than the decimal context holds
        whole_paise = False
    if not whole_paise:
        raise InputError(field_name, "amount-invalid", value=str(amount))
    return amount


def _money(amount: Decimal) -> str:
    return str(to_paisa(amount))


def _percent(rate: Decimal) -> str:
    # Two decimals as rates are published (5.50), more only if the rate has them.
    shown = rate.quantize(PAISA) if rate == rate.quantize(PAISA) else rate.normalize()
    return str(shown)


def _plain(value: Any) -> Any:
    return value if isinstance(value, (int, str, bool)) or value is None else str(value)
