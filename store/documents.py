"""Documents the product issues (signed demand notices, filing packs), kept as files.

A document is written once under the deployment's home (``<home>/documents``) and
named by a reference the database keeps (``notices/BKY-7-2027-0001-v2.pdf``); the
bytes never change after they are written, because their SHA-256 is what a
signature covers. Files are private to the product's user (0600).
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

__all__ = ["DocumentStore"]

_REF = re.compile(r"^[a-z]+/[A-Za-z0-9][A-Za-z0-9._-]{0,200}$")


class DocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, ref: str) -> Path:
        if not _REF.match(ref) or ".." in ref:
            raise ValueError(f"not a document reference: {ref!r}")
        return self.root / ref

    def put(self, folder: str, name: str, data: bytes) -> str:
        """Keep ``data`` as ``folder/name`` and return that reference. Writing the same
        bytes again is a no-op; other bytes under a kept name are refused."""
        ref = f"{folder}/{name}"
        path = self._path(ref)
        if path.exists():
            if path.read_bytes() != data:
                raise FileExistsError(f"{ref} is kept already with other content")
            return ref
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(temp, 0o600)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return ref

    def get(self, ref: str) -> bytes:
        return self._path(ref).read_bytes()

    def exists(self, ref: str) -> bool:
        try:
            return self._path(ref).is_file()
        except ValueError:
            return False
