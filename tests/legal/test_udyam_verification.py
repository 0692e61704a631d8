"""Which Udyam details differ from what a verification service holds."""

from __future__ import annotations

from datetime import date

from agents.udyam_verification import UdyamRecord, udyam_differences
from store.models import Activity, EnterpriseType, Retailer


def _retailer() -> Retailer:
    return Retailer(phone="+919840012345", name="Lakshmi Textiles (P) Ltd.",
                    udyam_number="UDYAM-TN-02-0012345", udyam_registered_on=date(2024, 1, 10),
                    enterprise_type=EnterpriseType.SMALL, activity=Activity.MANUFACTURING)


RECORD = UdyamRecord("UDYAM-TN-02-0012345", "LAKSHMI TEXTILES P LTD", "small", "manufacturing",
                     date(2024, 1, 10))


def test_matching_details_differ_in_nothing() -> None:
    assert udyam_differences(_retailer(), RECORD) == ()


def test_each_differing_detail_is_named() -> None:
    other = UdyamRecord("UDYAM-TN-02-0012345", "Lakshmi Traders", "micro", "trading",
                        date(2025, 3, 1))
    assert udyam_differences(_retailer(), other) == (
        "name", "category", "activity", "registered_on")


def test_a_number_udyam_does_not_hold_is_unknown() -> None:
    assert udyam_differences(_retailer(), None) == ("unknown",)
