"""Whether a supplier may claim Section 16 interest on a supply.

MSMED Act 2006 Chapter V (ss.15-24) protects a "supplier" (s.2(n)): a micro or
small enterprise that has filed its memorandum, today a Udyam registration.
A medium enterprise has no Chapter V rights. Since the Ministry of MSME's 2021
office memoranda, retail and wholesale traders (NIC 45-47) may hold a Udyam
number for priority-sector lending only and get no delayed-payment rights
(docs/legal-conventions.md "Who is protected"). The registration must be in place on or before
the supply. A trader (or anyone else not covered) can still remind and claim a
contractual late-payment rate, which :mod:`tools.interest` handles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from prompts import render
from tools.dates import format_date
from tools.errors import InputError

__all__ = ["Activity", "EnterpriseType", "Eligibility", "IneligibilityReason",
           "assess_eligibility"]


class EnterpriseType(StrEnum):
    """The Udyam category (investment and turnover limits).

    See docs/legal-conventions.md "Classification".
    """

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"


class Activity(StrEnum):
    """What the enterprise does, as asked at onboarding."""

    MANUFACTURING = "manufacturing"
    SERVICES = "services"
    TRADING = "trading"


class IneligibilityReason(StrEnum):
    """Why Section 16 does not apply; each value is a rule id (``eligibility-<rule>`` message)."""

    MEDIUM_ENTERPRISE = "medium-enterprise"
    TRADER = "trader"
    REGISTERED_AFTER_SUPPLY = "registered-after-supply"
    REGISTRATION_DATE_UNKNOWN = "registration-date-unknown"
    NOT_REGISTERED = "not-registered"
    ENTERPRISE_TYPE_UNKNOWN = "enterprise-type-unknown"
    ACTIVITY_UNKNOWN = "activity-unknown"


@dataclass(frozen=True)
class Eligibility:
    """The answer: ``section16`` is True only when ``reasons`` is empty.

    ``reasons`` lists every rule that fails (not just the first), as rule ids;
    the other fields are the facts assessed, kept to fill in the messages.
    """

    section16: bool
    reasons: tuple[IneligibilityReason, ...]
    enterprise_type: EnterpriseType | None = None
    activity: Activity | None = None
    udyam_registered_on: date | None = None
    supply_date: date | None = None

    def messages(self, language: str = "en") -> tuple[str, ...]:
        """Each reason explained in ``language`` (ta, hi or en), from ``prompts/``."""
        params = {
            "registered_on": format_date(self.udyam_registered_on, language)
            if self.udyam_registered_on else "-",
            "supply_date": format_date(self.supply_date, language) if self.supply_date else "-",
        }
        return tuple(render(f"eligibility-{reason}", language, **params)
                     for reason in self.reasons)


def assess_eligibility(
    enterprise_type: EnterpriseType | str | None,
    activity: Activity | str | None,
    udyam_registered_on: date | None,
    supply_date: date,
    *,
    registered: bool = True,
) -> Eligibility:
    """Whether ss.15-16 apply to a supply, and if not, every reason why.

    Section 16 applies only if the supplier is a micro or small enterprise
    (s.2(n); medium: ``medium-enterprise``), is not a trader (2021 office
    memoranda: ``trader``) and was registered on Udyam on or before the supply
    date (``registered-after-supply``; no date: ``registration-date-unknown``; no
    Udyam number at all, ``registered=False``: ``not-registered``).
    An unknown category or activity (None) cannot be assumed to qualify
    (``enterprise-type-unknown``, ``activity-unknown``). Strings are accepted
    for the two choices; one that is not a known value raises
    :class:`InputError` (fields ``enterprise_type`` / ``activity``, rule
    ``choice-invalid``).
    """
    kind = _choice(EnterpriseType, enterprise_type, "enterprise_type")
    work = _choice(Activity, activity, "activity")
    reasons: list[IneligibilityReason] = []
    if kind is None:
        reasons.append(IneligibilityReason.ENTERPRISE_TYPE_UNKNOWN)
    elif kind is EnterpriseType.MEDIUM:
        reasons.append(IneligibilityReason.MEDIUM_ENTERPRISE)
    if work is None:
        reasons.append(IneligibilityReason.ACTIVITY_UNKNOWN)
    elif work is Activity.TRADING:
        reasons.append(IneligibilityReason.TRADER)
    if not registered:
        reasons.append(IneligibilityReason.NOT_REGISTERED)
    elif udyam_registered_on is None:
        reasons.append(IneligibilityReason.REGISTRATION_DATE_UNKNOWN)
    elif udyam_registered_on > supply_date:
        reasons.append(IneligibilityReason.REGISTERED_AFTER_SUPPLY)
    return Eligibility(section16=not reasons, reasons=tuple(reasons), enterprise_type=kind,
                       activity=work, udyam_registered_on=udyam_registered_on,
                       supply_date=supply_date)


_Choice = TypeVar("_Choice", EnterpriseType, Activity)


def _choice(kind: type[_Choice], value: _Choice | str | None, field: str) -> _Choice | None:
    if value is None:
        return None
    text = value.strip().lower()
    try:
        return kind(text)
    except ValueError:
        raise InputError(field, "choice-invalid", value=value,
                         allowed=", ".join(member.value for member in kind)) from None
