"""Section 16 interest: monthly rests at three times the Bank Rate, part payments, conventions.

Expected figures are computed here independently of the engine, with Decimal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from prompts import LANGUAGES
from tools.bank_rate import BankRateTable, constant_rate, load_bank_rates
from tools.due_date import DueDate, compute_due_date
from tools.errors import InputError
from tools.interest import (
    InterestBasis,
    InterestPolicy,
    InterestQuote,
    PartialMonth,
    Payment,
    RateMode,
    add_months,
    compute_interest,
)

PAISA = Decimal("0.01")
ZERO = Decimal(0)
LAKH = Decimal("100000")
AT_5_50 = constant_rate(Decimal("5.50"))
SCRIPTS = {"hi": r"[\u0900-\u097F]", "ta": r"[\u0B80-\u0BFF]", "en": r"[A-Za-z]"}
# 45 days from 1 January 2026: due 15 February, interest from 16 February.
DUE_45 = compute_due_date(date(2026, 1, 1), agreed_days=45)


def paisa(value: Decimal) -> Decimal:
    return value.quantize(PAISA, rounding=ROUND_HALF_UP)


def compounded(principal: Decimal, bank_rate: Decimal, months: int) -> Decimal:
    """P * (1 + 3 * rate / 12) ** m, the s.16 balance after m monthly rests, exactly."""
    with localcontext() as context:
        context.prec = 100
        return principal * (1 + 3 * bank_rate / 100 / 12) ** months


def quote(principal: Decimal | int, due: DueDate, as_of: date, *,
          payments: Sequence[Payment] = (), bank_rates: BankRateTable = AT_5_50,
          rate_mode: RateMode = RateMode.FLOATING,
          partial_month: PartialMonth = PartialMonth.PERIOD_FRACTION,
          complete_months_only: bool = False, **options: object) -> InterestQuote:
    policy = InterestPolicy(bank_rates=bank_rates, rate_mode=rate_mode,
                            partial_month=PartialMonth.IGNORED if complete_months_only
                            else partial_month)
    return compute_interest(Decimal(principal), due, as_of, policy=policy,
                            payments=payments, **options)  # type: ignore[arg-type]


# -- calendar --------------------------------------------------------------------------------

def test_add_months_clamps_to_the_month_end_from_the_anchor() -> None:
    anchor = date(2026, 1, 31)
    assert [add_months(anchor, k) for k in range(5)] == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30),
        date(2026, 5, 31)]
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 14) == date(2028, 1, 15)


@settings(deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)),
       st.integers(min_value=0, max_value=120))
def test_add_months_moves_whole_months_and_keeps_the_day_where_it_can(anchor: date,
                                                                     k: int) -> None:
    moved = add_months(anchor, k)
    assert (moved.year * 12 + moved.month) - (anchor.year * 12 + anchor.month) == k
    assert moved.day == anchor.day or (moved.day < anchor.day
                                       and (moved + timedelta(days=1)).day == 1)


# -- the docs/legal-conventions.md figures --------------------------------------------------

def test_three_months_at_bank_rate_5_50_on_one_lakh() -> None:
    # 16.5% a year = 1.375% a month; 1,00,000 * (1.01375^3 - 1) = 4,181.98 (DOMAIN: Rs 4,182).
    expected = paisa(compounded(LAKH, Decimal("5.50"), 3) - LAKH)
    assert expected == Decimal("4181.98")
    result = quote(LAKH, DUE_45, date(2026, 5, 15))
    assert (result.months_complete, result.days_overdue) == (3, 89)
    assert result.interest == expected
    assert result.total_due == Decimal("104181.98")
    assert round(result.interest) == 4182


def test_twelve_months_at_bank_rate_5_50_on_one_lakh() -> None:
    expected = paisa(compounded(LAKH, Decimal("5.50"), 12) - LAKH)
    assert expected == Decimal("17806.81")
    result = quote(LAKH, DUE_45, date(2027, 2, 15))
    assert result.months_complete == 12 and result.interest == expected
    assert round(result.interest) == 17807


def test_interest_counts_from_the_day_after_the_due_date() -> None:
    assert quote(LAKH, DUE_45, DUE_45.due_date).interest == 0
    one_day = quote(LAKH, DUE_45, DUE_45.interest_from)
    assert one_day.days_overdue == 1 and one_day.months_complete == 0
    # The first period runs 16 February - 15 March: 28 days, one of them elapsed.
    assert one_day.interest == paisa(LAKH * Decimal("0.165") / 12 / 28)
    actual = quote(LAKH, DUE_45, DUE_45.interest_from, partial_month=PartialMonth.ACTUAL_365)
    assert actual.interest == paisa(LAKH * Decimal("0.165") / 365)
    before = quote(LAKH, DUE_45, date(2026, 1, 20))
    assert (before.days_overdue, before.interest, before.total_due) == (0, ZERO, LAKH)


def test_the_partial_month_accrues_its_fraction_of_the_monthly_rate_on_the_compounded_balance(
        ) -> None:
    as_of = date(2026, 5, 25)  # 3 rests (15 Mar, 15 Apr, 15 May) and 10 of 31 days
    balance = compounded(LAKH, Decimal("5.50"), 3)
    expected = paisa(balance * (1 + Decimal("0.165") / 12 * 10 / 31) - LAKH)
    result = quote(LAKH, DUE_45, as_of)
    assert result.interest == expected
    assert (result.convention.partial_month, result.convention.day_count) == ("pro-rata",
                                                                             "period")
    rows = result.periods
    assert [r.complete for r in rows] == [True, True, True, False]
    assert (rows[-1].start, rows[-1].end, rows[-1].days) == (date(2026, 5, 16), as_of, 10)
    assert rows[-1].opening_balance == paisa(balance)


def test_the_partial_month_may_accrue_actual_over_365_instead() -> None:
    as_of = date(2026, 5, 25)
    balance = compounded(LAKH, Decimal("5.50"), 3)
    result = quote(LAKH, DUE_45, as_of, partial_month=PartialMonth.ACTUAL_365)
    assert result.interest == paisa(balance * (1 + Decimal("0.165") * 10 / 365) - LAKH)
    assert result.convention.day_count == "actual/365"


@pytest.mark.parametrize("due_on", [date(2026, 1, 31), date(2026, 2, 15), date(2026, 4, 30)])
def test_what_is_owed_grows_into_each_monthly_rest_and_never_dips_at_it(due_on: date) -> None:
    due = compute_due_date(due_on - timedelta(days=15))
    totals = [quote(LAKH, due, due.due_date + timedelta(days=n)).total_due for n in range(400)]
    steps = [b - a for a, b in zip(totals, totals[1:], strict=False)]
    assert all(step >= 0 for step in steps)
    # The day of a rest adds one day's share like any other, not a jump.
    assert max(steps) < LAKH * Decimal("0.165") / 12 / 27 * Decimal("1.2")


def test_complete_months_only_ignores_the_partial_month() -> None:
    result = quote(LAKH, DUE_45, date(2026, 6, 14), complete_months_only=True)
    assert result.months_complete == 3
    assert result.interest == Decimal("4181.98")
    assert result.convention.partial_month == "ignored"
    assert all(row.complete for row in result.periods)


def test_periods_follow_month_ends_from_a_month_end_due_date() -> None:
    due = compute_due_date(date(2026, 1, 16))  # due 31 January
    result = quote(LAKH, due, date(2026, 5, 31))
    assert [(r.start, r.end, r.days) for r in result.periods] == [
        (date(2026, 2, 1), date(2026, 2, 28), 28),
        (date(2026, 3, 1), date(2026, 3, 31), 31),
        (date(2026, 4, 1), date(2026, 4, 30), 30),
        (date(2026, 5, 1), date(2026, 5, 31), 31),
    ]
    assert result.interest == paisa(compounded(LAKH, Decimal("5.50"), 4) - LAKH)


@settings(deadline=None)
@given(
    principal=st.integers(min_value=1, max_value=10**11).map(lambda p: Decimal(p) / 100),
    bank_rate=st.integers(min_value=100, max_value=1500).map(lambda r: Decimal(r) / 100),
    accepted=st.dates(min_value=date(2019, 1, 1), max_value=date(2030, 12, 31)),
    agreed=st.none() | st.integers(min_value=0, max_value=45),
    months=st.integers(min_value=0, max_value=60),
    extra_days=st.integers(min_value=0, max_value=27),
)
def test_complete_months_interest_is_exactly_the_compound_formula(
        principal: Decimal, bank_rate: Decimal, accepted: date, agreed: int | None,
        months: int, extra_days: int) -> None:
    due = compute_due_date(accepted, agreed_days=agreed)
    as_of = add_months(due.due_date, months) + timedelta(days=extra_days)
    assume(months == 0 or add_months(due.due_date, months + 1) > as_of)
    result = quote(principal, due, as_of, bank_rates=constant_rate(bank_rate),
                   complete_months_only=True)
    assert result.months_complete == months
    assert result.interest == paisa(compounded(principal, bank_rate, months) - principal)
    if extra_days == 0:  # nothing after the last rest: the default convention agrees
        assert quote(principal, due, as_of, bank_rates=constant_rate(bank_rate)).interest \
            == result.interest


# -- properties --------------------------------------------------------------------------------

dates_2019_2029 = st.dates(min_value=date(2019, 1, 1), max_value=date(2029, 12, 31))
amounts = st.integers(min_value=1, max_value=10**10).map(lambda p: Decimal(p) / 100)
tables = st.sampled_from([AT_5_50, constant_rate(Decimal("6.75")), load_bank_rates()])


@settings(deadline=None)
@given(principal=amounts, accepted=dates_2019_2029, agreed=st.none() | st.integers(0, 60),
       first=st.integers(0, 800), more=st.integers(0, 400), table=tables,
       mode=st.sampled_from(RateMode), partial=st.sampled_from(PartialMonth))
def test_interest_never_decreases_as_time_passes(principal: Decimal, accepted: date,
                                                agreed: int | None, first: int, more: int,
                                                table: BankRateTable, mode: RateMode,
                                                partial: PartialMonth) -> None:
    due = compute_due_date(accepted, agreed_days=agreed)
    earlier = quote(principal, due, accepted + timedelta(days=first), bank_rates=table,
                    rate_mode=mode, partial_month=partial)
    later = quote(principal, due, accepted + timedelta(days=first + more), bank_rates=table,
                  rate_mode=mode, partial_month=partial)
    assert later.interest >= earlier.interest
    assert later.total_due >= earlier.total_due


@settings(deadline=None, max_examples=300)
@given(scenario=st.deferred(lambda: scenarios()), more=st.integers(0, 400), table=tables,
       mode=st.sampled_from(RateMode),
       partial=st.sampled_from([PartialMonth.PERIOD_FRACTION, PartialMonth.IGNORED]),
       section16=st.booleans())
def test_total_owed_never_decreases_as_time_passes_for_a_fixed_set_of_payments(
        scenario: tuple[Decimal, DueDate, date, list[Payment]], more: int,
        table: BankRateTable, mode: RateMode, partial: PartialMonth, section16: bool) -> None:
    """Payments fixed (all made by the earlier day): waiting never lowers what is owed,
    under the default partial-month rule and complete months only (actual/365 can: see
    the next test)."""
    principal, due, as_of, payments = scenario
    options: dict[str, object] = {"bank_rates": table, "rate_mode": mode,
                                  "partial_month": partial, "section16": section16,
                                  "contractual_annual_rate": Decimal("18")}
    earlier = quote(principal, due, as_of, payments=payments, **options)  # type: ignore[arg-type]
    later = quote(principal, due, as_of + timedelta(days=more), payments=payments,
                  **options)  # type: ignore[arg-type]
    assert later.total_due >= earlier.total_due
    assert later.interest_accrued >= earlier.interest_accrued
    assert later.credit == earlier.credit or earlier.total_due == 0


def test_actual_365_can_lower_what_is_owed_when_a_month_completes_after_a_payment() -> None:
    """Why actual/365 is a setting and not the default: day 1 of a period accrues
    16.5%/365 while unfinished, but only 1/31 of 1.375% once the 31-day period is
    complete; a payment on day 1 leaves that day's interest as nearly all there is."""
    due = compute_due_date(date(2020, 1, 1))  # due 16 January 2020
    payment = [Payment(date(2020, 1, 17), Decimal("409.18"))]
    policy = {"bank_rates": AT_5_50, "partial_month": PartialMonth.ACTUAL_365}
    day_one = quote(Decimal("409.25"), due, date(2020, 1, 17), payments=payment, **policy)
    at_rest = quote(Decimal("409.25"), due, date(2020, 2, 16), payments=payment, **policy)
    assert at_rest.total_due < day_one.total_due
    default_one = quote(Decimal("409.25"), due, date(2020, 1, 17), payments=payment)
    default_rest = quote(Decimal("409.25"), due, date(2020, 2, 16), payments=payment)
    assert default_rest.total_due >= default_one.total_due


@settings(deadline=None)
@given(small=amounts, extra=amounts, accepted=dates_2019_2029, days=st.integers(0, 800),
       table=tables, mode=st.sampled_from(RateMode))
def test_interest_never_decreases_with_the_principal(small: Decimal, extra: Decimal,
                                                     accepted: date, days: int,
                                                     table: BankRateTable,
                                                     mode: RateMode) -> None:
    due = compute_due_date(accepted, agreed_days=30)
    as_of = accepted + timedelta(days=days)
    low = quote(small, due, as_of, bank_rates=table, rate_mode=mode)
    high = quote(small + extra, due, as_of, bank_rates=table, rate_mode=mode)
    assert high.interest >= low.interest


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Decimal, DueDate, date, list[Payment]]:
    accepted = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31)))
    due = compute_due_date(accepted, agreed_days=draw(st.none() | st.integers(0, 45)))
    as_of = accepted + timedelta(days=draw(st.integers(0, 600)))
    principal = draw(st.integers(100, 10**9).map(lambda p: Decimal(p) / 100))
    payments = draw(st.lists(st.builds(
        Payment,
        paid_on=st.integers(0, (as_of - accepted).days).map(
            lambda d: accepted + timedelta(days=d)),
        amount=st.integers(1, 10**9).map(lambda p: Decimal(p) / 100),
    ), max_size=4))
    return principal, due, as_of, payments


@settings(deadline=None)
@given(scenario=scenarios(), table=tables, mode=st.sampled_from(RateMode),
       partial=st.sampled_from(PartialMonth))
def test_the_statement_always_adds_up(scenario: tuple[Decimal, DueDate, date, list[Payment]],
                                      table: BankRateTable, mode: RateMode,
                                      partial: PartialMonth) -> None:
    principal, due, as_of, payments = scenario
    result = quote(principal, due, as_of, payments=payments, bank_rates=table,
                   rate_mode=mode, partial_month=partial)
    amounts_shown = (result.interest, result.interest_accrued, result.interest_paid,
                     result.paid_total, result.principal_outstanding, result.total_due,
                     result.credit)
    assert all(a >= 0 and a == a.quantize(PAISA) for a in amounts_shown)
    assert result.total_due == result.principal_outstanding + result.interest
    assert result.principal + result.interest_accrued == (
        result.paid_total - result.credit + result.total_due)
    assert result.interest_paid == result.interest_accrued - result.interest
    assert result.paid_total == sum((p.amount for p in payments), Decimal(0))
    assert result.principal_outstanding <= result.principal
    if result.credit > 0:
        assert result.total_due == 0
    for applied in result.payments:
        assert applied.to_interest + applied.to_principal + applied.to_credit == applied.amount


@settings(deadline=None)
@given(scenario=scenarios(), table=tables, mode=st.sampled_from(RateMode),
       day=st.integers(0, 600), amount=st.integers(1, 10**9).map(lambda p: Decimal(p) / 100),
       section16=st.booleans())
def test_an_extra_payment_cuts_total_due_by_at_least_its_amount(
        scenario: tuple[Decimal, DueDate, date, list[Payment]], table: BankRateTable,
        mode: RateMode, day: int, amount: Decimal, section16: bool) -> None:
    """What is exactly true of adding a payment p to any list of payments.

    The total due never goes up; it falls by at least p (or to zero), since p is
    credited in full and also stops the interest on what it paid off. It can
    fall by more than p, so "never by more than p" is not a property (see the
    next test); it falls by exactly p when p is paid on the as-of day itself.
    """
    principal, due, as_of, payments = scenario
    paid_on = min(due.invoice_date + timedelta(days=day), as_of)
    options: dict[str, object] = {"bank_rates": table, "rate_mode": mode,
                                  "section16": section16,
                                  "contractual_annual_rate": Decimal("18")}
    without = quote(principal, due, as_of, payments=payments, **options)  # type: ignore[arg-type]
    extra = Payment(paid_on=paid_on, amount=amount)
    with_it = quote(principal, due, as_of, payments=[*payments, extra], **options)  # type: ignore[arg-type]
    assert with_it.total_due <= without.total_due
    assert with_it.total_due <= max(Decimal(0), without.total_due - amount)
    assert with_it.credit >= without.credit
    if paid_on == as_of:
        assert with_it.total_due == max(Decimal(0), without.total_due - amount)


def test_an_early_payment_cuts_total_due_by_more_than_its_amount() -> None:
    without = quote(LAKH, DUE_45, date(2027, 2, 15))
    early = quote(LAKH, DUE_45, date(2027, 2, 15),
                  payments=[Payment(date(2026, 3, 15), Decimal("50000"))])
    assert without.total_due - early.total_due > Decimal("50000")


@settings(deadline=None)
@given(scenario=scenarios(), table=tables)
def test_the_order_payments_are_given_in_does_not_matter(
        scenario: tuple[Decimal, DueDate, date, list[Payment]], table: BankRateTable) -> None:
    principal, due, as_of, payments = scenario
    forward = quote(principal, due, as_of, payments=payments, bank_rates=table)
    backward = quote(principal, due, as_of, payments=payments[::-1], bank_rates=table)
    assert (forward.total_due, forward.interest, forward.credit) == (
        backward.total_due, backward.interest, backward.credit)


# -- part payments -----------------------------------------------------------------------------

def test_a_payment_clears_interest_first_then_principal() -> None:
    as_of = date(2026, 5, 15)  # 3 months: interest 4,181.98
    small = quote(LAKH, DUE_45, as_of, payments=[Payment(as_of, Decimal("1000"))])
    assert small.principal_outstanding == LAKH
    assert small.interest == Decimal("3181.98")
    assert small.payments[0].to_interest == Decimal("1000.00")
    large = quote(LAKH, DUE_45, as_of, payments=[Payment(as_of, Decimal("10000"))])
    assert large.interest == 0
    assert large.principal_outstanding == LAKH - (Decimal("10000") - Decimal("4181.98"))
    assert (large.payments[0].to_interest, large.payments[0].to_principal) == (
        Decimal("4181.98"), Decimal("5818.02"))


def test_a_payment_inside_a_complete_month_splits_it_pro_rata_by_days() -> None:
    # Due 15 Feb 2026; month 1 is 16 Feb - 15 Mar (28 days). Pay 50,000 on 1 Mar (14 days in).
    result = quote(LAKH, DUE_45, date(2026, 3, 15),
                   payments=[Payment(date(2026, 3, 1), Decimal("50000"))])
    monthly = Decimal("0.165") / 12
    first = LAKH * monthly * 14 / 28
    principal_after = LAKH - (Decimal("50000") - first)
    second = principal_after * monthly * 14 / 28
    assert result.interest == paisa(second)
    assert result.interest_accrued == paisa(first + second)
    assert result.principal_outstanding == paisa(principal_after + second) - paisa(second)


def test_a_payment_inside_the_partial_month_splits_its_fraction_by_days() -> None:
    # Period 16 Feb - 15 Mar (28 days); as of 28 Feb, 13 of them; 20,000 paid on the 5th.
    result = quote(LAKH, DUE_45, date(2026, 2, 28),
                   payments=[Payment(date(2026, 2, 20), Decimal("20000"))])
    monthly = Decimal("0.165") / 12
    first = LAKH * monthly * 5 / 28
    principal_after = LAKH - (Decimal("20000") - first)
    assert result.interest_accrued == paisa(first + principal_after * monthly * 8 / 28)


def test_a_payment_inside_the_partial_month_accrues_actual_over_365() -> None:
    result = quote(LAKH, DUE_45, date(2026, 2, 28), partial_month=PartialMonth.ACTUAL_365,
                   payments=[Payment(date(2026, 2, 20), Decimal("20000"))])
    annual = Decimal("0.165")
    first = LAKH * annual * 5 / 365
    principal_after = LAKH - (Decimal("20000") - first)
    assert result.interest_accrued == paisa(first + principal_after * annual * 8 / 365)


def test_a_payment_by_the_due_date_reduces_the_principal_directly() -> None:
    as_of = date(2026, 8, 1)
    paid = quote(LAKH, DUE_45, as_of, payments=[Payment(date(2026, 2, 15), Decimal("30000"))])
    smaller = quote(Decimal("70000"), DUE_45, as_of)
    assert (paid.interest, paid.total_due) == (smaller.interest, smaller.total_due)
    assert paid.payments[0].to_principal == Decimal("30000")


def test_paying_more_than_is_owed_leaves_a_credit() -> None:
    result = quote(LAKH, DUE_45, date(2026, 6, 1),
                   payments=[Payment(date(2026, 5, 15), Decimal("110000"), "UTR-9")])
    assert (result.total_due, result.principal_outstanding, result.interest) == (ZERO,) * 3
    assert result.credit == Decimal("110000") - Decimal("104181.98")
    assert result.payments[0].to_credit == result.credit
    assert result.payments[0].reference == "UTR-9"


def test_no_interest_accrues_once_everything_is_paid() -> None:
    paid = [Payment(date(2026, 5, 15), Decimal("104181.98"))]
    then = quote(LAKH, DUE_45, date(2026, 5, 15), payments=paid)
    later = quote(LAKH, DUE_45, date(2027, 5, 15), payments=paid)
    assert then.total_due == later.total_due == 0


# -- floating and frozen rates -----------------------------------------------------------------

RISING = BankRateTable(((date(2020, 1, 1), Decimal("5.00")), (date(2020, 3, 1), Decimal("6.00"))))


def test_floating_rates_take_the_bank_rate_in_force_when_each_month_starts() -> None:
    due = compute_due_date(date(2020, 1, 1), agreed_days=14)  # due 15 Jan; months from 16th
    result = quote(LAKH, due, date(2020, 5, 15), bank_rates=RISING)
    assert [r.bank_rate for r in result.periods] == [Decimal("5.00"), Decimal("5.00"),
                                                     Decimal("6.00"), Decimal("6.00")]
    assert [r.annual_rate for r in result.periods] == [Decimal("15.00"), Decimal("15.00"),
                                                       Decimal("18.00"), Decimal("18.00")]
    with localcontext() as context:
        context.prec = 100
        balance = LAKH * (1 + Decimal("0.15") / 12) ** 2 * (1 + Decimal("0.18") / 12) ** 2
    assert result.interest == paisa(balance - LAKH)
    assert result.convention.rate_mode == RateMode.FLOATING


def test_frozen_rates_keep_the_bank_rate_of_the_day_interest_starts() -> None:
    due = compute_due_date(date(2020, 1, 1), agreed_days=14)
    result = quote(LAKH, due, date(2020, 5, 15), bank_rates=RISING, rate_mode=RateMode.FROZEN)
    assert {r.bank_rate for r in result.periods} == {Decimal("5.00")}
    assert result.interest == paisa(compounded(LAKH, Decimal("5.00"), 4) - LAKH)
    floating = quote(LAKH, due, date(2020, 5, 15), bank_rates=RISING)
    assert floating.interest > result.interest


def test_a_month_starting_on_the_day_of_a_change_takes_the_new_rate() -> None:
    due = compute_due_date(date(2020, 1, 16))  # due 31 Jan; month 2 starts 1 March
    result = quote(LAKH, due, date(2020, 3, 31), bank_rates=RISING)
    assert [(r.start, r.bank_rate) for r in result.periods] == [
        (date(2020, 2, 1), Decimal("5.00")), (date(2020, 3, 1), Decimal("6.00"))]


def test_the_shipped_history_floats_across_the_december_2025_cut() -> None:
    due = compute_due_date(date(2025, 10, 1), agreed_days=45)  # due 15 Nov 2025
    result = quote(LAKH, due, date(2026, 2, 15), bank_rates=load_bank_rates())
    assert [r.bank_rate for r in result.periods] == [Decimal("5.75"), Decimal("5.50"),
                                                     Decimal("5.50")]
    frozen = quote(LAKH, due, date(2026, 2, 15), bank_rates=load_bank_rates(),
                   rate_mode=RateMode.FROZEN)
    assert frozen.interest == paisa(compounded(LAKH, Decimal("5.75"), 3) - LAKH)


# -- when Section 16 does not apply ------------------------------------------------------------

def test_a_contractual_rate_is_simple_interest_actual_over_365() -> None:
    result = quote(LAKH, DUE_45, date(2026, 5, 15), section16=False,
                   contractual_annual_rate=Decimal("18"))
    assert result.basis is InterestBasis.CONTRACTUAL
    assert result.interest == paisa(LAKH * Decimal("0.18") * 89 / 365)
    assert result.convention.compounding == "simple"
    assert all(r.bank_rate is None and r.annual_rate == 18 for r in result.periods)


def test_contractual_interest_takes_payments_to_interest_first() -> None:
    result = quote(LAKH, DUE_45, date(2026, 5, 15), section16=False,
                   contractual_annual_rate=Decimal("18"),
                   payments=[Payment(date(2026, 3, 17), Decimal("10000"))])
    first = LAKH * Decimal("0.18") * 30 / 365  # 16 Feb - 17 Mar
    principal_after = LAKH - (Decimal("10000") - first)
    assert result.payments[0].to_interest == paisa(first)
    assert result.interest == paisa(principal_after * Decimal("0.18") * 59 / 365)


def test_without_section16_or_a_contract_rate_there_is_no_interest() -> None:
    result = quote(LAKH, DUE_45, date(2027, 5, 15), section16=False,
                   payments=[Payment(date(2026, 4, 1), Decimal("25000"))])
    assert result.basis is InterestBasis.NONE
    assert (result.interest, result.total_due) == (ZERO, Decimal("75000"))
    assert result.periods == ()


# -- output ------------------------------------------------------------------------------------

def test_the_json_form_has_two_decimal_amounts_iso_dates_and_the_convention() -> None:
    due = compute_due_date(date(2026, 1, 1), agreed_days=90)
    data = quote(LAKH, due, date(2026, 5, 20),
                 payments=[Payment(date(2026, 4, 1), Decimal("5000"))]).to_json_dict()
    json.dumps(data)
    assert data["due_date"] == "2026-02-15" and data["interest_from"] == "2026-02-16"
    assert (data["days_overdue"], data["months_complete"]) == (94, 3)
    for key in ("interest", "interest_accrued", "paid_total", "principal_outstanding",
                "total_due", "credit", "principal"):
        assert re.fullmatch(r"[0-9]+\.[0-9]{2}", data[key]), key
    assert Decimal(data["total_due"]) == Decimal(data["principal_outstanding"]) + Decimal(
        data["interest"])
    assert data["basis"] == "section16"
    assert data["convention"] == {"rate_mode": "floating", "compounding": "monthly-rests",
                                  "partial_month": "pro-rata", "day_count": "period",
                                  "appropriation": "interest-first"}
    assert data["periods"][0] == {
        "start": "2026-02-16", "end": "2026-03-15", "days": 28, "complete": True,
        "bank_rate": "5.50", "annual_rate": "16.50", "opening_balance": "100000.00",
        "interest": "1375.00"}
    assert data["payments"][0]["paid_on"] == "2026-04-01"
    assert data["advisories"] == [{"rule": "credit-period-capped",
                                   "message_id": "warning-credit-period-capped",
                                   "params": {"agreed_days": 90, "cap": 45}}]


def test_period_rows_are_contiguous_and_add_up_to_the_interest() -> None:
    result = quote(LAKH, DUE_45, date(2027, 3, 3), bank_rates=load_bank_rates())
    rows = result.periods
    assert rows[0].start == DUE_45.interest_from and rows[-1].end == date(2027, 3, 3)
    for before, after in zip(rows, rows[1:], strict=False):
        assert after.start == before.end + timedelta(days=1)
    for row in rows:
        assert row.days == (row.end - row.start).days + 1
    assert sum(r.days for r in rows) == result.days_overdue
    assert abs(sum(r.interest for r in rows) - result.interest) <= Decimal("0.005") * len(rows)


# -- bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("principal", "as_of", "payments", "field", "rule"), [
    ("0", date(2026, 5, 1), [], "principal", "amount-not-positive"),
    ("-5", date(2026, 5, 1), [], "principal", "amount-not-positive"),
    ("100.005", date(2026, 5, 1), [], "principal", "amount-invalid"),
    ("NaN", date(2026, 5, 1), [], "principal", "amount-invalid"),
    ("100", date(2025, 12, 31), [], "as_of", "as-of-before-invoice"),
    ("100", date(2026, 5, 1), [Payment(date(2026, 5, 2), Decimal("10"))], "payment",
     "payment-after-as-of"),
    ("100", date(2026, 5, 1), [Payment(date(2025, 12, 1), Decimal("10"))], "payment",
     "payment-before-invoice"),
    ("100", date(2026, 5, 1), [Payment(date(2026, 2, 1), Decimal("0"))], "payment",
     "amount-not-positive"),
    ("100", date(2026, 5, 1), [Payment(date(2026, 2, 1), Decimal("-10"))], "payment",
     "amount-not-positive"),
])
def test_bad_input_names_the_field_and_rule_in_every_language(
        principal: str, as_of: date, payments: list[Payment], field: str, rule: str) -> None:
    with pytest.raises(InputError) as raised:
        compute_interest(Decimal(principal), DUE_45, as_of, policy=InterestPolicy(AT_5_50),
                         payments=payments)
    error = raised.value
    assert (error.field, error.rule) == (field, rule)
    for language in LANGUAGES:
        assert re.search(SCRIPTS[language], error.render(language))
    for key, value in error.params.items():
        if key.endswith(("as_of", "paid_on", "invoice_date")):
            assert str(value) in error.render("ta")


def test_money_is_never_a_float() -> None:
    with pytest.raises(TypeError):
        compute_interest(100.0, DUE_45, date(2026, 5, 1), policy=InterestPolicy(AT_5_50))  # type: ignore[arg-type]


def test_whole_rupees_may_be_given_as_int() -> None:
    result = compute_interest(100000, DUE_45, date(2026, 5, 15), policy=InterestPolicy(AT_5_50),  # type: ignore[arg-type]
                              payments=[Payment(date(2026, 5, 15), 1000)])  # type: ignore[arg-type]
    assert result.interest == Decimal("3181.98") and isinstance(result.principal, Decimal)


def test_a_contract_rate_must_be_a_positive_percentage() -> None:
    with pytest.raises(InputError) as raised:
        quote(LAKH, DUE_45, date(2026, 5, 1), section16=False,
              contractual_annual_rate=Decimal("0"))
    assert (raised.value.field, raised.value.rule) == ("contract_rate", "rate-invalid")


def test_a_day_before_the_bank_rate_history_is_an_error() -> None:
    due = compute_due_date(date(2018, 5, 1))
    with pytest.raises(InputError) as raised:
        quote(LAKH, due, date(2018, 9, 1), bank_rates=load_bank_rates())
    assert (raised.value.field, raised.value.rule) == ("bank_rate", "bank-rate-unknown")
