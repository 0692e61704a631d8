"""Udyam registration number: the MSME registration a supplier needs for Chapter V rights.

Format (docs/legal-conventions.md "Identifiers"; Ministry of MSME notification S.O. 2119(E),
26 June 2020, which opened the Udyam portal on 1 July 2020)::

    UDYAM-KR-03-0012345
          |  |  +- serial, 7 digits
          |  +---- district number, 2 digits (the portal's own numbering per
          |        state; any two digits are accepted, none is hard-coded)
          +------- state letters, from the portal's own list (below)

There is no check digit, so only the shape and the state letters can be checked;
whether the number exists is for the Udyam portal's verification page.

The state letters are the Udyam portal's, inherited from Udyog Aadhaar: KR
Karnataka, OD Odisha, TS Telangana, CG Chhattisgarh, UK Uttarakhand. They are
not vehicle or ISO codes, so KA, OR, TG, CT and UT are rejected with a hint to
the portal's code rather than silently rewritten (an identifier on a legal notice
must be what the certificate says).

Not confirmed against the portal (no public list is published): the letters for
the merged UT of Dadra and Nagar Haveli and Daman and Diu (DD is seen on issued
certificates, DN was Dadra and Nagar Haveli's Udyog Aadhaar code: both are
accepted), and LA Ladakh / LD Lakshadweep, which follow the same convention.
Extend :data:`UDYAM_STATES` if the portal shows another code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from tools.errors import InputError

__all__ = ["UDYAM_STATES", "udyam_state", "validate_udyam"]

#: State letters of the Udyam portal -> state or UT name.
UDYAM_STATES: Mapping[str, str] = MappingProxyType(
    {
        "AN": "Andaman and Nicobar Islands",
        "AP": "Andhra Pradesh",
        "AR": "Arunachal Pradesh",
        "AS": "Assam",
        "BR": "Bihar",
        "CG": "Chhattisgarh",
        "CH": "Chandigarh",
        "DD": "Dadra and Nagar Haveli and Daman and Diu",
        "DL": "Delhi",
        "DN": "Dadra and Nagar Haveli and Daman and Diu",
        "GA": "Goa",
        "GJ": "Gujarat",
        "HP": "Himachal Pradesh",
        "HR": "Haryana",
        "JH": "Jharkhand",
        "JK": "Jammu and Kashmir",
        "KL": "Kerala",
        "KR": "Karnataka",
        "LA": "Ladakh",
        "LD": "Lakshadweep",
        "MH": "Maharashtra",
        "ML": "Meghalaya",
        "MN": "Manipur",
        "MP": "Madhya Pradesh",
        "MZ": "Mizoram",
        "NL": "Nagaland",
        "OD": "Odisha",
        "PB": "Punjab",
        "PY": "Puducherry",
        "RJ": "Rajasthan",
        "SK": "Sikkim",
        "TN": "Tamil Nadu",
        "TR": "Tripura",
        "TS": "Telangana",
        "UK": "Uttarakhand",
        "UP": "Uttar Pradesh",
        "WB": "West Bengal",
    }
)

# Codes people type from vehicle plates or ISO 3166-2:IN, and the portal's code.
_LOOKALIKE_CODES: Mapping[str, str] = MappingProxyType(
    {"KA": "KR", "OR": "OD", "TG": "TS", "CT": "CG", "UT": "UK", "UA": "UK", "PD": "PY"}
)

# Separators are forgiven (spaces, hyphens, none); the parts are not.
_UDYAM = re.compile(r"UDYAM[\s\-]*([A-Z]{2})[\s\-]*([0-9]{2})[\s\-]*([0-9]{7})")


def validate_udyam(value: str) -> str:
    """The Udyam number as ``UDYAM-XX-NN-NNNNNNN``, or :class:`InputError` (field ``udyam_number``).

    Rule ``udyam-format``: "UDYAM", 2 letters, 2 digits, 7 digits, in that order
    (case, spaces and hyphens between the parts are forgiven). Rule
    ``udyam-state``: the letters are a state code of the Udyam portal
    (:data:`UDYAM_STATES`). Source: docs/legal-conventions.md "Identifiers"; S.O. 2119(E) (2020).
    """
    text = value.strip().upper()
    match = _UDYAM.fullmatch(text)
    if match is None:
        raise InputError("udyam_number", "udyam-format", value=value.strip())
    state, district, serial = match.groups()
    normalised = f"UDYAM-{state}-{district}-{serial}"
    if state not in UDYAM_STATES:
        raise InputError(
            "udyam_number",
            "udyam-state",
            udyam_number=normalised,
            state=state,
            suggestion=_LOOKALIKE_CODES.get(state, "none"),
        )
    return normalised


def udyam_state(value: str) -> str:
    """The state or UT a Udyam number was registered in (raises like :func:`validate_udyam`)."""
    return UDYAM_STATES[validate_udyam(value)[6:8]]
