"""Documents the product keeps: those it issues (signed demand notices, filing packs)
and those retailers send (invoice photos, PDFs, exports), as blobs.

A document is written once and named by a reference the database keeps
(``notices/BKY-7-2027-0001-v2.pdf``, ``invoices/7/3f2a...e1.jpg``); its bytes never
change after they are written (a notice's SHA-256 is what its signature covers).

Where the blobs live is a backend: a local directory under the deployment's home
(the default; files private to the product's user, 0600) or an S3-compatible object
store (AWS S3, MinIO, Ceph...) chosen by settings. Either way each blob is encrypted
at rest with AES-256-GCM under the deployment's document key, its reference bound in
as associated data (a blob moved to another name no longer opens). A file written
before encryption was configured is still read as it is.
"""

from __future__ import annotations

import os
import re
import secrets
import tempfile
from pathlib import Path
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = ["BlobBackend", "DocumentStore", "LocalBackend", "S3Backend", "load_document_key"]

_REF = re.compile(r"[a-z]+(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,200}){1,3}")
#: The first bytes of an encrypted blob (then a 12-byte nonce, then ciphertext and tag).
_MAGIC = b"BKYENC1\n"
_NONCE_BYTES = 12
KEY_BYTES = 32


class BlobBackend(Protocol):
    """Where blobs are kept: bytes by reference, written whole, never changed."""

    def write(self, ref: str, data: bytes) -> None: ...
    def read(self, ref: str) -> bytes: ...  # FileNotFoundError when absent
    def exists(self, ref: str) -> bool: ...


class LocalBackend:
    """Blobs as files under ``root`` (0600 files in 0700 folders), written atomically."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, ref: str, data: bytes) -> None:
        path = self.root / ref
        _private_folder(path.parent)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(temp, 0o600)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def read(self, ref: str) -> bytes:
        return (self.root / ref).read_bytes()

    def exists(self, ref: str) -> bool:
        return (self.root / ref).is_file()


class S3Backend:
    """Blobs as objects of an S3-compatible bucket, under an optional key prefix.

    ``client`` is a boto3 S3 client (its endpoint, region and credentials come from the
    settings or boto3's usual environment).
    """

    def __init__(self, client: Any, bucket: str, prefix: str = "") -> None:
        self.client = client
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""

    def write(self, ref: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=self.prefix + ref, Body=data)

    def read(self, ref: str) -> bytes:
        try:
            reply = self.client.get_object(Bucket=self.bucket, Key=self.prefix + ref)
        except self.client.exceptions.NoSuchKey:
            raise FileNotFoundError(ref) from None
        return bytes(reply["Body"].read())

    def exists(self, ref: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self.prefix + ref)
        except self.client.exceptions.ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True


def _private_folder(folder: Path) -> None:
    """``folder`` and every parent it needs, created 0700 (mkdir's mode covers only the
    last one)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        created.mkdir(mode=0o700, exist_ok=True)


def load_document_key(path: Path) -> bytes:
    """The deployment's document key from ``path``, created there (0600) on first use."""
    if not path.exists():
        _private_folder(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(KEY_BYTES))
    key = path.read_bytes()
    if len(key) != KEY_BYTES:
        raise ValueError(f"{path} does not hold a {KEY_BYTES}-byte document key")
    return key


class DocumentStore:
    """Documents by reference, in a backend, encrypted when a key is given."""

    def __init__(self, backend: BlobBackend | Path, *, key: bytes | None = None) -> None:
        self.backend: BlobBackend = LocalBackend(backend) if isinstance(backend, Path) \
            else backend
        self._cipher = AESGCM(key) if key is not None else None

    @staticmethod
    def _checked(ref: str) -> str:
        if not _REF.fullmatch(ref) or ".." in ref:
            raise ValueError(f"not a document reference: {ref!r}")
        return ref

    def put(self, folder: str, name: str, data: bytes) -> str:
        """Keep ``data`` as ``folder/name`` and return that reference. Writing the same
        bytes again is a no-op; other bytes under a kept name are refused."""
        ref = self._checked(f"{folder}/{name}")
        if self.backend.exists(ref):
            if self.get(ref) != data:
                raise FileExistsError(f"{ref} is kept already with other content")
            return ref
        self.backend.write(ref, self._sealed(ref, data))
        return ref

    def get(self, ref: str) -> bytes:
        """The document's bytes (FileNotFoundError when none is kept under ``ref``)."""
        return self._opened(ref, self.backend.read(self._checked(ref)))

    def exists(self, ref: str) -> bool:
        try:
            return self.backend.exists(self._checked(ref))
        except ValueError:
            return False

    def _sealed(self, ref: str, data: bytes) -> bytes:
        if self._cipher is None:
            return data
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return _MAGIC + nonce + self._cipher.encrypt(nonce, data, ref.encode())

    def _opened(self, ref: str, stored: bytes) -> bytes:
        if not stored.startswith(_MAGIC):
            return stored  # kept before encryption was configured
        if self._cipher is None:
            raise ValueError(f"{ref} is encrypted and no document key is configured")
        body = stored[len(_MAGIC):]
        try:
            return self._cipher.decrypt(body[:_NONCE_BYTES], body[_NONCE_BYTES:], ref.encode())
        except InvalidTag:
            raise ValueError(f"{ref} does not open with this deployment's key") from None
