"""UPI payment links and their QR codes, for the payment details of a demand notice.

Link format (NPCI "UPI Linking Specifications"; docs/legal-conventions.md "Identifiers")::

    upi://pay?pa=<vpa>&pn=<payee name>&am=<amount>&cu=INR&tn=<note>&tr=<reference>

Values are percent-encoded (``urllib.parse.quote``: a space is ``%20``, never
``+``, which some UPI apps show literally). The ``@`` of the VPA is left as is:
NPCI's examples write it bare and some apps do not decode ``%40`` in ``pa``.
Absent values are left out, never sent as the string "null".
"""

from __future__ import annotations

import io
import re
import unicodedata
from decimal import Decimal
from urllib.parse import quote

import segno

from tools.errors import InputError
from tools.money import to_paisa

__all__ = [
    "NOTE_MAX_LENGTH",
    "REFERENCE_MAX_LENGTH",
    "upi_payment_link",
    "upi_qr_png",
    "validate_vpa",
]

NOTE_MAX_LENGTH = 50  # docs/legal-conventions.md: tn <= 50 characters
REFERENCE_MAX_LENGTH = 35  # NPCI linking spec: tr up to 35 characters
_VPA = re.compile(r"[a-z0-9][a-z0-9._\-]{1,255}@[a-z][a-z0-9]{1,63}")
_REFERENCE = re.compile(rf"[A-Za-z0-9._/\-]{{1,{REFERENCE_MAX_LENGTH}}}")


def validate_vpa(vpa: str) -> str:
    """A UPI id (VPA) ``name@handle``, trimmed and lower-cased; InputError otherwise."""
    address = vpa.strip().lower()
    if not _VPA.fullmatch(address):
        raise InputError("upi_id", "upi-id-invalid", value=vpa.strip())
    return address


def upi_payment_link(
    vpa: str,
    payee_name: str,
    amount: Decimal,
    note: str,
    reference: str | None = None,
) -> str:
    """A ``upi://pay`` link that opens any UPI app with payee, amount and note filled in.

    Rules (docs/legal-conventions.md "Identifiers"; NPCI UPI Linking Specifications):

    * ``pa``: the VPA, ``name@handle`` (letters, digits, ``. _ -`` before the
      ``@``; a handle of letters and digits after it), lower-cased; otherwise
      :class:`InputError` (field ``upi_id``, rule ``upi-id-invalid``).
    * ``am``: exactly 2 decimals, rounded half up to the paisa; it must be more
      than zero, otherwise InputError (field ``amount``, rule ``amount-not-positive``;
      ``amount-invalid`` for NaN or infinity).
    * ``cu``: always ``INR``, the only currency UPI takes.
    * ``tn``: the note, at most 50 characters, cut back so as not to split a
      letter from its vowel sign or virama (हिन्दी, தமிழ்).
    * ``tr``: the reference, 1-35 of ``A-Z a-z 0-9 . _ / -``; otherwise
      InputError (field ``reference``, rule ``upi-reference-invalid``).
    * ``pn``, ``tn`` and ``tr`` are left out when empty or None.
    """
    address = validate_vpa(vpa)
    if not amount.is_finite():
        raise InputError("amount", "amount-invalid", value=str(amount))
    if to_paisa(amount) <= 0:
        raise InputError("amount", "amount-not-positive", value=str(amount))
    ref = (reference or "").strip()
    if ref and not _REFERENCE.fullmatch(ref):
        raise InputError(
            "reference", "upi-reference-invalid", value=ref, max_length=REFERENCE_MAX_LENGTH
        )
    params: list[tuple[str, str]] = [
        ("pa", quote(address, safe="@")),
        ("pn", quote(payee_name.strip(), safe="")),
        ("am", f"{to_paisa(amount):.2f}"),
        ("cu", "INR"),
        ("tn", quote(_truncate(note.strip(), NOTE_MAX_LENGTH), safe="")),
        ("tr", quote(ref, safe="")),
    ]
    return "upi://pay?" + "&".join(f"{key}={value}" for key, value in params if value)


def upi_qr_png(link: str, scale: int = 8) -> bytes:
    """The link as a QR code PNG (segno; error correction M, 4-module quiet zone).

    ``scale`` is the size of one module in pixels. Raises ValueError unless
    ``link`` is a ``upi://`` link, so a QR of something else is never printed
    on a notice as "pay here".
    """
    if not link.startswith("upi://"):
        raise ValueError("not a upi:// link")
    qr = segno.make_qr(link, error="m")
    out = io.BytesIO()
    qr.save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = limit
    # Step back over combining marks (matras, nukta, virama) and over a letter
    # that a virama joins to the next one, so no half syllable is left.
    while cut > 0 and (
        unicodedata.category(text[cut]).startswith("M") or _is_virama(text[cut - 1])
    ):
        cut -= 1
    return text[:cut].rstrip()


def _is_virama(char: str) -> bool:
    return unicodedata.combining(char) == 9  # canonical combining class 9 = virama
