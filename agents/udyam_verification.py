"""Checking a retailer's Udyam details before a reference to the Facilitation Council.

Both portals log in with the Udyam number and check the enterprise against Udyam, and
only a micro or small manufacturer or service provider may file; a filing pack built
on wrong details wastes the retailer's time. A verification service can be plugged in
(:class:`UdyamVerifier`: the details Udyam holds for a number); the embedded default
has none, so the retailer is shown the details on record and confirms them against
the certificate. Either way the confirmation is recorded (when, and by what) and
audited; a service's answer also settles which retailer a Udyam number claimed twice
belongs to (the one whose details match).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from store.models import Retailer

__all__ = ["UdyamRecord", "UdyamVerifier", "udyam_differences"]


@dataclass(frozen=True)
class UdyamRecord:
    """What Udyam holds for a registration number."""

    udyam_number: str
    enterprise_name: str
    category: str  # micro, small, medium
    activity: str  # manufacturing, services, trading
    registered_on: date


class UdyamVerifier(Protocol):
    #: recorded as who confirmed the details
    name: str

    def lookup(self, udyam_number: str) -> UdyamRecord | None:
        """The details Udyam holds for ``udyam_number``; None when it holds none."""
        ...


def _name(value: str) -> str:
    return " ".join("".join(c for c in value.casefold() if c.isalnum() or c.isspace()).split())


def udyam_differences(retailer: Retailer, record: UdyamRecord | None) -> tuple[str, ...]:
    """Which of the retailer's details differ from Udyam's ("unknown" when Udyam holds no
    such number): the fields ``udyam_number``, ``name``, ``category``, ``activity``,
    ``registered_on``."""
    if record is None:
        return ("unknown",)
    differ = []
    if (retailer.udyam_number or "").upper() != record.udyam_number.upper():
        differ.append("udyam_number")
    if _name(retailer.name or "") != _name(record.enterprise_name):
        differ.append("name")
    if (retailer.enterprise_type.value if retailer.enterprise_type else None) != record.category:
        differ.append("category")
    if (retailer.activity.value if retailer.activity else None) != record.activity:
        differ.append("activity")
    if retailer.udyam_registered_on != record.registered_on:
        differ.append("registered_on")
    return tuple(differ)
