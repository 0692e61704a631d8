"""The document store: blobs by reference, encrypted at rest with AES-256-GCM under the
deployment's key and bound to their reference; written once; refs checked; the key file
made on first use; the same behaviour on the local disk and on S3 (moto)."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto import mock_aws

from store.documents import DocumentStore, LocalBackend, S3Backend, load_document_key

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
PLAINTEXT = b"%PDF-1.7 invoice 118000"
MAGIC = b"BKYENC1\n"
REF = "notices/BKY-7-2027-0001-v2.pdf"
BAD_REFS = ("../x", "notices/../../etc", "UPPER/x", "a/b/c/d/e")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- the local backend ---------------------------------------------------------------------

def test_round_trip_is_encrypted_on_disk_and_private(tmp_path: Path) -> None:
    root = tmp_path / "documents"
    store = DocumentStore(root, key=KEY)
    ref = store.put("notices", "BKY-7-2027-0001-v2.pdf", PLAINTEXT)
    assert ref == REF
    assert store.get(ref) == PLAINTEXT
    assert store.exists(ref)
    on_disk = (root / ref).read_bytes()
    assert PLAINTEXT not in on_disk
    assert b"invoice 118000" not in on_disk
    assert on_disk.startswith(MAGIC)
    # magic, 12-byte nonce, ciphertext of the same length, 16-byte tag
    assert len(on_disk) == len(MAGIC) + 12 + len(PLAINTEXT) + 16
    assert _mode(root / ref) == 0o600
    assert _mode(root / "notices") == 0o700
    # no temporary file is left behind by the atomic write
    assert sorted(p.name for p in (root / "notices").iterdir()) == ["BKY-7-2027-0001-v2.pdf"]


def test_the_same_bytes_encrypt_differently_each_time(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path, key=KEY)
    store.put("notices", "a.pdf", PLAINTEXT)
    store.put("notices", "b.pdf", PLAINTEXT)
    # a fresh nonce per blob: equal documents are not recognisable on disk
    assert (tmp_path / "notices/a.pdf").read_bytes() != (tmp_path / "notices/b.pdf").read_bytes()


def test_putting_the_same_bytes_again_is_a_no_op(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path, key=KEY)
    ref = store.put("notices", "n.pdf", PLAINTEXT)
    before = (tmp_path / ref).read_bytes()
    assert store.put("notices", "n.pdf", PLAINTEXT) == ref
    assert (tmp_path / ref).read_bytes() == before  # not rewritten (same nonce)
    with pytest.raises(FileExistsError):
        store.put("notices", "n.pdf", PLAINTEXT + b" changed")
    assert store.get(ref) == PLAINTEXT


def test_a_blob_moved_to_another_ref_does_not_open(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path, key=KEY)
    ref = store.put("notices", "n.pdf", PLAINTEXT)
    (tmp_path / ref).rename(tmp_path / "notices/other.pdf")
    assert store.exists("notices/other.pdf")
    with pytest.raises(ValueError, match="does not open"):
        store.get("notices/other.pdf")
    with pytest.raises(FileNotFoundError):
        store.get(ref)


def test_a_copied_blob_under_another_folder_does_not_open(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path, key=KEY)
    ref = store.put("notices", "n.pdf", PLAINTEXT)
    (tmp_path / "filings").mkdir()
    (tmp_path / "filings/n.pdf").write_bytes((tmp_path / ref).read_bytes())
    with pytest.raises(ValueError):
        store.get("filings/n.pdf")
    assert store.get(ref) == PLAINTEXT  # the original still opens


def test_another_key_cannot_open_a_blob(tmp_path: Path) -> None:
    ref = DocumentStore(tmp_path, key=KEY).put("notices", "n.pdf", PLAINTEXT)
    other = DocumentStore(tmp_path, key=OTHER_KEY)
    with pytest.raises(ValueError, match="does not open"):
        other.get(ref)
    # nor can it overwrite it through put: the bytes it reads back do not open
    with pytest.raises(ValueError):
        other.put("notices", "n.pdf", PLAINTEXT)


def test_a_tampered_blob_does_not_open(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path, key=KEY)
    ref = store.put("notices", "n.pdf", PLAINTEXT)
    blob = bytearray((tmp_path / ref).read_bytes())
    blob[-1] ^= 0x01
    (tmp_path / ref).write_bytes(bytes(blob))
    with pytest.raises(ValueError):
        store.get(ref)


def test_a_file_kept_before_encryption_is_still_read(tmp_path: Path) -> None:
    ref = DocumentStore(tmp_path).put("notices", "old.pdf", PLAINTEXT)
    assert (tmp_path / ref).read_bytes() == PLAINTEXT  # written as it is
    keyed = DocumentStore(tmp_path, key=KEY)
    assert keyed.get(ref) == PLAINTEXT
    assert keyed.put("notices", "old.pdf", PLAINTEXT) == ref  # same bytes: a no-op
    assert (tmp_path / ref).read_bytes() == PLAINTEXT


def test_an_encrypted_blob_needs_the_key(tmp_path: Path) -> None:
    ref = DocumentStore(tmp_path, key=KEY).put("notices", "n.pdf", PLAINTEXT)
    with pytest.raises(ValueError, match="no document key"):
        DocumentStore(tmp_path).get(ref)


@pytest.mark.parametrize("ref", BAD_REFS)
def test_bad_refs_are_refused(tmp_path: Path, ref: str) -> None:
    store = DocumentStore(tmp_path / "documents", key=KEY)
    folder, _, name = ref.rpartition("/")
    with pytest.raises(ValueError, match="not a document reference"):
        store.put(folder, name, PLAINTEXT)
    with pytest.raises(ValueError, match="not a document reference"):
        store.get(ref)
    assert store.exists(ref) is False
    # nothing was written anywhere, inside the store or beside it
    assert list(tmp_path.rglob("*")) == []


def test_bad_refs_do_not_reach_files_outside_the_store(tmp_path: Path) -> None:
    (tmp_path / "secret").write_bytes(b"outside")
    store = DocumentStore(tmp_path / "documents")
    (tmp_path / "documents/notices").mkdir(parents=True)
    with pytest.raises(ValueError):
        store.get("notices/../../secret")
    assert store.exists("notices/../../secret") is False


def test_good_refs_of_up_to_three_levels(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path, key=KEY)
    ref = store.put("invoices/7/3f", "a1.jpg", b"\xff\xd8 jpeg")
    assert ref == "invoices/7/3f/a1.jpg"
    assert store.get(ref) == b"\xff\xd8 jpeg"
    assert store.exists(ref)
    assert not store.exists("invoices/7/3f/missing.jpg")
    with pytest.raises(FileNotFoundError):
        store.get("invoices/7/3f/missing.jpg")


# -- the document key ----------------------------------------------------------------------

def test_the_document_key_is_made_once_and_private(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "documents.key"
    key = load_document_key(path)
    assert len(key) == 32
    assert path.read_bytes() == key
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert load_document_key(path) == key  # the same key after
    other = load_document_key(tmp_path / "keys" / "another.key")
    assert other != key  # random, not derived from anything fixed
    # the key it made opens what it sealed, across store instances
    ref = DocumentStore(tmp_path / "d", key=key).put("notices", "n.pdf", PLAINTEXT)
    assert DocumentStore(tmp_path / "d", key=load_document_key(path)).get(ref) == PLAINTEXT


@pytest.mark.parametrize("size", [0, 16, 31, 33, 64])
def test_a_key_file_of_the_wrong_length_is_refused(tmp_path: Path, size: int) -> None:
    path = tmp_path / "documents.key"
    path.write_bytes(b"k" * size)
    with pytest.raises(ValueError, match="32-byte"):
        load_document_key(path)
    assert path.read_bytes() == b"k" * size  # left as it was, not replaced


# -- S3 (moto) -----------------------------------------------------------------------------

BUCKET = "bakaya-documents"


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Any]:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-south-1")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    with mock_aws():
        client = boto3.client("s3", region_name="ap-south-1")
        client.create_bucket(Bucket=BUCKET,
                             CreateBucketConfiguration={"LocationConstraint": "ap-south-1"})
        yield client


def test_s3_round_trip_is_encrypted_under_the_prefix(s3: Any) -> None:
    store = DocumentStore(S3Backend(s3, BUCKET, prefix="bakaya"), key=KEY)
    ref = store.put("notices", "BKY-7-2027-0001-v2.pdf", PLAINTEXT)
    assert ref == REF
    assert store.get(ref) == PLAINTEXT
    assert store.exists(ref)
    keys = [item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert keys == ["bakaya/" + REF]
    body = s3.get_object(Bucket=BUCKET, Key="bakaya/" + REF)["Body"].read()
    assert PLAINTEXT not in body
    assert body.startswith(MAGIC)


def test_s3_written_once_and_bound_to_its_ref(s3: Any) -> None:
    store = DocumentStore(S3Backend(s3, BUCKET, prefix="/bakaya/"), key=KEY)
    ref = store.put("notices", "n.pdf", PLAINTEXT)
    assert store.put("notices", "n.pdf", PLAINTEXT) == ref
    with pytest.raises(FileExistsError):
        store.put("notices", "n.pdf", b"other bytes")
    blob = s3.get_object(Bucket=BUCKET, Key="bakaya/" + ref)["Body"].read()
    s3.put_object(Bucket=BUCKET, Key="bakaya/notices/moved.pdf", Body=blob)
    with pytest.raises(ValueError):
        store.get("notices/moved.pdf")
    with pytest.raises(ValueError):
        DocumentStore(S3Backend(s3, BUCKET, prefix="bakaya"), key=OTHER_KEY).get(ref)


def test_s3_missing_refs(s3: Any) -> None:
    store = DocumentStore(S3Backend(s3, BUCKET, prefix="bakaya"), key=KEY)
    assert store.exists("notices/missing.pdf") is False
    with pytest.raises(FileNotFoundError):
        store.get("notices/missing.pdf")
    for ref in BAD_REFS:
        assert store.exists(ref) is False
    assert s3.list_objects_v2(Bucket=BUCKET).get("KeyCount") == 0


def test_s3_without_a_prefix(s3: Any) -> None:
    store = DocumentStore(S3Backend(s3, BUCKET), key=KEY)
    ref = store.put("filings", "pack.zip", PLAINTEXT)
    assert [item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET)["Contents"]] == [ref]
    assert store.get(ref) == PLAINTEXT


def test_local_backend_is_what_a_path_means(tmp_path: Path) -> None:
    store = DocumentStore(tmp_path)
    assert isinstance(store.backend, LocalBackend)
    assert store.backend.root == tmp_path


def test_a_name_ending_in_a_newline_is_no_reference(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a document reference"):
        DocumentStore(tmp_path, key=KEY).put("notices", "x\n", PLAINTEXT)


def test_every_folder_the_store_creates_is_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    DocumentStore(home / "documents", key=KEY).put("invoices/7", "a.jpg", PLAINTEXT)
    load_document_key(home / "keys" / "documents.key")
    for folder in (home, home / "documents", home / "documents" / "invoices",
                   home / "documents" / "invoices" / "7", home / "keys"):
        assert _mode(folder) == 0o700, folder
