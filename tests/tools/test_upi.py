"""UPI payment links (encoding, limits, no "null") and their QR codes, decoded back with zxing."""

from __future__ import annotations

import io
from decimal import Decimal
from urllib.parse import parse_qsl, urlsplit

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from tools.errors import InputError
from tools.upi import upi_payment_link, upi_qr_png


def _decode_qr(png: bytes) -> list[str]:
    # QR codes only: a reader told to find anything may also "see" a 1-D barcode
    # in the module pattern, which a UPI app never would.
    return [result.text for result in zxingcpp.read_barcodes(
        Image.open(io.BytesIO(png)), formats=zxingcpp.BarcodeFormat.QRCode)]


def test_link_has_params_in_order_and_percent_encoded() -> None:
    link = upi_payment_link(
        "lakshmi.traders@okicici",
        "Sri Lakshmi Traders & Sons",
        Decimal("120000.5"),
        "Invoice INV/2026/014",
        "INV-2026-014",
    )
    assert link == (
        "upi://pay?pa=lakshmi.traders@okicici&pn=Sri%20Lakshmi%20Traders%20%26%20Sons"
        "&am=120000.50&cu=INR&tn=Invoice%20INV%2F2026%2F014&tr=INV-2026-014"
    )


def test_absent_values_are_left_out_never_null() -> None:
    link = upi_payment_link("9876543210@ybl", "", Decimal("1"), "  ", None)
    assert link == "upi://pay?pa=9876543210@ybl&am=1.00&cu=INR"
    assert "null" not in link.lower()
    assert "None" not in link


def test_vpa_is_trimmed_and_lower_cased() -> None:
    link = upi_payment_link(" Shop.Name@OKSBI ", "Shop", Decimal("10"), "x")
    assert link.startswith("upi://pay?pa=shop.name@oksbi&")


def test_amount_always_has_two_decimals_rounded_half_up() -> None:
    assert "&am=500.00&" in upi_payment_link("a.b@upi", "A", Decimal("500"), "x")
    assert "&am=0.01&" in upi_payment_link("a.b@upi", "A", Decimal("0.005"), "x")
    assert "&am=4182.47&" in upi_payment_link("a.b@upi", "A", Decimal("4182.4650"), "x")


def test_note_is_cut_to_fifty_characters() -> None:
    link = upi_payment_link("a.b@upi", "A", Decimal("1"), "x" * 80)
    assert dict(parse_qsl(urlsplit(link).query))["tn"] == "x" * 50


def test_note_in_hindi_is_not_cut_inside_a_syllable() -> None:
    note = "क" * 48 + "क्षि" + " बकाया"
    tn = dict(parse_qsl(urlsplit(upi_payment_link("a.b@upi", "A", Decimal("1"), note)).query))["tn"]
    assert tn == "क" * 48


def test_indian_scripts_are_utf8_percent_encoded() -> None:
    link = upi_payment_link("a.b@upi", "ஸ்ரீ லட்சுமி", Decimal("1"), "बकाया भुगतान")
    assert "pn=%E0%AE%B8%E0%AF%8D%E0%AE%B0%E0%AF%80%20" in link
    params = dict(parse_qsl(urlsplit(link).query))
    assert params["pn"] == "ஸ்ரீ லட்சுமி"
    assert params["tn"] == "बकाया भुगतान"


@pytest.mark.parametrize(
    "vpa", ["", "shop", "shop@", "@okicici", "shop@ok icici", "sh op@okicici", "a@b@c", "s@1bank"]
)
def test_malformed_vpa_is_upi_id_invalid(vpa: str) -> None:
    with pytest.raises(InputError) as raised:
        upi_payment_link(vpa, "A", Decimal("1"), "x")
    assert (raised.value.field, raised.value.rule) == ("upi_id", "upi-id-invalid")
    assert "name@bank" in str(raised.value)
    assert "UPI" in raised.value.render("hi") and "UPI" in raised.value.render("ta")


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-5"), Decimal("0.004")])
def test_amount_must_be_positive(amount: Decimal) -> None:
    with pytest.raises(InputError) as raised:
        upi_payment_link("a.b@upi", "A", amount, "x")
    assert (raised.value.field, raised.value.rule) == ("amount", "amount-not-positive")


def test_nan_amount_is_invalid() -> None:
    with pytest.raises(InputError) as raised:
        upi_payment_link("a.b@upi", "A", Decimal("NaN"), "x")
    assert raised.value.rule == "amount-invalid"


@pytest.mark.parametrize("reference", ["x" * 36, "INV 14", "INV#14", "बिल14"])
def test_reference_outside_spec_is_refused(reference: str) -> None:
    with pytest.raises(InputError) as raised:
        upi_payment_link("a.b@upi", "A", Decimal("1"), "x", reference)
    assert (raised.value.field, raised.value.rule) == ("reference", "upi-reference-invalid")
    assert "35" in raised.value.render("ta")


def test_qr_png_decodes_back_to_the_exact_link() -> None:
    link = upi_payment_link(
        "lakshmi.traders@okicici",
        "ஸ்ரீ லட்சுமி டிரேடர்ஸ்",
        Decimal("1234567.89"),
        "बिल INV/2026/014 का बकाया",
        "INV-2026-014",
    )
    png = upi_qr_png(link)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert _decode_qr(png) == [link]


def test_qr_scale_sets_module_size() -> None:
    link = upi_payment_link("a.b@upi", "A", Decimal("1"), "x")
    small, large = (
        Image.open(io.BytesIO(upi_qr_png(link, scale=4))),
        Image.open(io.BytesIO(upi_qr_png(link, scale=8))),
    )
    assert large.size[0] == 2 * small.size[0]


def test_qr_refuses_what_is_not_a_upi_link() -> None:
    with pytest.raises(ValueError):
        upi_qr_png("https://example.com/pay")


_NAME = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30
)


@settings(deadline=None, max_examples=40)
@given(
    name=_NAME,
    note=_NAME,
    amount=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2),
    reference=st.one_of(st.none(), st.from_regex(r"[A-Za-z0-9._/\-]{1,35}", fullmatch=True)),
)
def test_link_params_parse_back_and_qr_round_trips(
    name: str, note: str, amount: Decimal, reference: str | None
) -> None:
    link = upi_payment_link("shop.name@okaxis", name, amount, note, reference)
    assert " " not in link and "+" not in link.split("?", 1)[1].replace("%2B", "")
    params = dict(parse_qsl(urlsplit(link).query))
    assert params["pa"] == "shop.name@okaxis"
    assert params["am"] == f"{amount:.2f}"
    assert params["cu"] == "INR"
    assert params.get("pn", "") == name.strip()
    assert len(params.get("tn", "")) <= 50
    assert params.get("tr") == (reference or None)
    assert _decode_qr(upi_qr_png(link, scale=3)) == [link]
