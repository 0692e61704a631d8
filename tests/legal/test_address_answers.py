"""An address typed as an answer, the way people type it: the buyer's name and the word
"address" before it are not part of it."""

from __future__ import annotations

import pytest

from agents.flows.escalation import bare_address


@pytest.mark.parametrize(("typed", "name", "address"), [
    ("ravi stores address 8 mela masi veedhi madurai 625001", "Ravi Stores",
     "8 mela masi veedhi madurai 625001"),
    ("Address: 45 Mount Road, Chennai 600006", None, "45 Mount Road, Chennai 600006"),
    ("Ravi Stores ka pata hai 12 MG Road Lucknow 226001", "Ravi Stores",
     "12 MG Road Lucknow 226001"),
    ("முகவரி 8, மேல மாசி வீதி, மதுரை 625001", "Ravi Stores", "8, மேல மாசி வீதி, மதுரை 625001"),
    ("पता: 14, सदर बाज़ार, लखनऊ 226001", None, "14, सदर बाज़ार, लखनऊ 226001"),
    ("12 Gandhi Road, Chennai 600002", None, "12 Gandhi Road, Chennai 600002"),
    ("Ravi Stores", "Ravi Stores", "Ravi Stores"),  # nothing else: kept as typed
])
def test_the_address_is_what_follows_the_name_and_the_word(typed: str, name: str | None,
                                                           address: str) -> None:
    assert bare_address(typed, name) == address
