"""Indian mobile numbers: one canonical form (E.164) for storage, WhatsApp and SMS.

Rule (TRAI National Numbering Plan 2003, mobile series; docs/messaging.md "Messaging rules"):
an Indian mobile number is 10 digits starting 6, 7, 8 or 9, after country code
+91. Written forms seen in practice: ``98765 43210``, ``098765-43210``,
``(+91) 98765 43210``, ``919876543210``, ``0091 98765 43210`` and Twilio's
WhatsApp address ``whatsapp:+919876543210``.
"""

from __future__ import annotations

import re
import unicodedata

from tools.errors import InputError

__all__ = ["mask_phone", "normalise_indian_mobile"]

_WHATSAPP_PREFIX = "whatsapp:"
_SEPARATORS = re.compile(r"[\s\-()\[\].]")
_MOBILE = re.compile(r"[6-9][0-9]{9}")


def normalise_indian_mobile(value: str) -> str:
    """The number as E.164 ``+91XXXXXXXXXX``, else InputError (field ``phone``, ``phone-invalid``).

    Accepts spaces, hyphens, dots and brackets; a ``whatsapp:`` prefix; a
    leading ``+91``, ``0091``, ``91`` (only when 12 digits remain) or trunk
    ``0``; and digits in any script (Devanagari, Tamil). The rest must be 10
    digits starting 6-9 (TRAI numbering plan). The error does not echo the
    number, so it is safe to log.
    """
    text = value.strip()
    if text.lower().startswith(_WHATSAPP_PREFIX):
        text = text[len(_WHATSAPP_PREFIX) :]
    text = _ascii_digits(_SEPARATORS.sub("", text))
    if text.startswith("+"):
        if not text.startswith("+91"):
            raise _invalid()
        text = text[3:]
    elif text.startswith("0091"):
        text = text[4:]
    elif len(text) == 12 and text.startswith("91"):
        text = text[2:]
    if len(text) == 11 and text.startswith("0"):
        text = text[1:]
    if not _MOBILE.fullmatch(text):
        raise _invalid()
    return f"+91{text}"


def mask_phone(e164: str) -> str:
    """The number with all but the last 4 digits hidden, for logs: ``+91******3210``.

    docs/architecture.md "Conventions": logs never hold full phone numbers. Anything that does not
    normalise is masked the same way (all but its last 4 characters).
    """
    try:
        number = normalise_indian_mobile(e164)
    except InputError:
        text = e164.strip()
        return "*" * len(text) if len(text) <= 4 else "*" * (len(text) - 4) + text[-4:]
    return f"+91{'*' * 6}{number[-4:]}"


def _ascii_digits(text: str) -> str:
    # Hindi and Tamil keyboards type their own digits (९, ௯); the number is the same.
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def _invalid() -> InputError:
    return InputError("phone", "phone-invalid")
