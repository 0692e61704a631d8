"""Signing documents the product issues (demand notices, filing packs) with Ed25519.

A notice is evidence: whoever receives the PDF must be able to check that it is
the one the retailer approved, byte for byte. The document's SHA-256 and an
Ed25519 signature over that digest are recorded with a timestamp (and in the
audit chain); :func:`verify_document` checks a file against the record. A
one-byte change gives another digest, and the check fails.

The private key lives in a file outside the database (``0600``, created on
first use): a copy of the database alone cannot forge a signature. The public
key is recorded with every signature, so a record stays checkable after the
key is rotated. docs/legal-conventions.md "Signed notices".
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

__all__ = ["DocumentSignature", "digest", "load_signing_key", "sign_document",
           "verify_document"]

#: What is signed: a fixed label and the document's SHA-256 digest, so a signature
#: made for a document can never be replayed as a signature of anything else.
_CONTEXT = b"bakaya-document-v1:"


@dataclass(frozen=True)
class DocumentSignature:
    """The record of one signed document: its digest, the signature over it, the
    public key that checks it (raw 32 bytes, base64) and when it was signed."""

    sha256: str  # 64 lower-case hex digits
    signature: str  # base64 of the 64-byte Ed25519 signature
    public_key: str  # base64 of the raw 32-byte public key
    key_id: str  # the first 16 hex digits of the public key's SHA-256
    signed_at: datetime

    def to_json_dict(self) -> dict[str, str]:
        return {"sha256": self.sha256, "signature": self.signature,
                "public_key": self.public_key, "key_id": self.key_id,
                "signed_at": self.signed_at.isoformat()}


def digest(data: bytes) -> str:
    """The SHA-256 of ``data``, in hex."""
    return hashlib.sha256(data).hexdigest()


def load_signing_key(path: Path) -> Ed25519PrivateKey:
    """The Ed25519 key at ``path`` (PEM, PKCS#8); generated and written with mode 0600
    the first time, in a directory created for it. An unreadable or foreign key file is
    an error, never silently replaced: notices signed with it must stay verifiable."""
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"{path} does not hold an Ed25519 private key")
        return key
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    # O_EXCL: two processes starting at once must not both write a key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return load_signing_key(path)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return key


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign_document(data: bytes, key: Ed25519PrivateKey, signed_at: datetime) -> DocumentSignature:
    """Sign ``data``: its SHA-256, and an Ed25519 signature over that digest."""
    if signed_at.tzinfo is None:
        raise ValueError("signed_at must be timezone-aware")
    sha = digest(data)
    public = _raw_public(key.public_key())
    return DocumentSignature(
        sha256=sha,
        signature=base64.b64encode(key.sign(_CONTEXT + bytes.fromhex(sha))).decode("ascii"),
        public_key=base64.b64encode(public).decode("ascii"),
        key_id=hashlib.sha256(public).hexdigest()[:16],
        signed_at=signed_at,
    )


def verify_document(data: bytes, sha256: str, signature: str, public_key: str) -> bool:
    """True when ``data`` has the recorded digest and the signature over that digest is
    good for the recorded public key; any change to the file, the digest or the
    signature gives False."""
    if digest(data) != sha256.lower():
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(base64.b64decode(signature, validate=True),
                   _CONTEXT + bytes.fromhex(sha256.lower()))
    except (InvalidSignature, ValueError):
        return False
    return True
