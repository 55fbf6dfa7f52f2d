"""Storage behind the inbox: partial uploads, stored envelopes, receipts.

Contract of every `InboxStore` (the embedded `SqliteFileStore` in satchel.sync.inbox.store_sqlite,
which builds on this module and so is not re-exported from it; a PostgreSQL + S3 backend
can implement the same Protocol):

- An upload is created with an id, a declared length and a declared SHA-256. Bytes are
  appended at the committed offset only (`OffsetMismatch` otherwise); `commit()` makes
  them durable before the committed offset moves, so a crash or a cut connection keeps
  exactly what was acknowledged and a resumed upload continues from there.
- `complete_upload` hashes the whole upload. On a mismatch the upload and its bytes are
  deleted (`HashMismatch`): nothing unverified is kept. On a match the bytes move into
  place atomically (fsync, os.replace, fsync of the directories) and the receipt made by
  the caller's `sign` callback is stored in the same transaction as the envelope row, so
  a stored envelope always has its receipt. An envelope already stored is never stored
  twice: a new upload of it is an ordinary empty upload (standard tus clients send from
  offset 0), and on completion it is verified and answered with the existing receipt.
- A writer's bytes count only once committed: `discard()` drops what it wrote since the
  last commit (a chunk whose Upload-Checksum did not match, or was cut short).
- Acknowledgements are per desk (the desk's signing key); `set_desks` mirrors the desks
  of the current directory, and `purge` deletes an envelope only once every listed desk
  due to fetch it has acknowledged it (rules in satchel.sync.inbox.acks).
- Memory is bounded: bytes go to disk as they arrive and are read back in chunks.
- Ids and hashes are validated here too, because they become file names.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from satchel.crypto.hashing import SHA256_RE

CHUNK = 1 << 20
UPLOAD_ID_RE = re.compile(r"[0-9a-f]{32}")
# The envelope columns in the order envelope_from_row reads them (both backends' schemas).
SELECT_ENVELOPES = "SELECT sha256, size, stored_at, cursor, receipt, acked_at FROM envelopes "

class StoreError(Exception):
    """Base of the inbox store's errors."""


class UnknownUpload(StoreError):
    """No upload with this id (never created, expired, terminated or refused)."""


class UnknownEnvelope(StoreError):
    """No stored envelope with this hash."""


class OffsetMismatch(StoreError):
    """Bytes were offered at an offset other than the committed one."""

    def __init__(self, committed: int) -> None:
        super().__init__(f"the upload's committed offset is {committed}")
        self.committed = committed


class HashMismatch(StoreError):
    """The uploaded bytes do not hash to the declared SHA-256; nothing was kept."""


@dataclass(frozen=True)
class UploadState:
    upload_id: str
    sha256: str
    length: int
    committed: int
    done: bool
    touched: int = 0  # last creation or append (unix seconds): expiry counts from here


@dataclass(frozen=True)
class StoredEnvelope:
    sha256: str
    size: int
    stored_at: int
    cursor: int
    receipt: bytes
    acked: bool


@dataclass(frozen=True)
class PurgeResult:
    envelopes: int
    uploads: int


class UploadWriter(Protocol):
    """Appends to one upload; `commit` makes the bytes durable and moves the offset."""

    @property
    def offset(self) -> int: ...
    def write(self, data: bytes) -> None: ...
    def commit(self) -> int: ...
    def close(self) -> int: ...
    def discard(self) -> int: ...


class InboxStore(Protocol):
    def create_upload(self, upload_id: str, length: int, sha256: str, now: int) -> UploadState: ...
    def get_upload(self, upload_id: str) -> UploadState | None: ...
    def open_append(self, upload_id: str, offset: int, now: int) -> UploadWriter: ...
    def complete_upload(
        self, upload_id: str, now: int, sign: Callable[[str, int], bytes]
    ) -> StoredEnvelope: ...
    def delete_upload(self, upload_id: str) -> bool: ...
    def count_open_uploads(self) -> int: ...
    def open_totals(self, active_since: int) -> tuple[int, int]: ...
    def find_envelope(self, sha256: str) -> StoredEnvelope | None: ...
    def list_envelopes(self, after: int, limit: int) -> list[StoredEnvelope]: ...
    def read_range(self, sha256: str, start: int, stop: int) -> Iterator[bytes]: ...
    def acknowledge(self, sha256: str, desk: str, now: int) -> bool: ...
    def set_desks(self, desks: Mapping[str, int]) -> None: ...
    def purge(
        self, now: int, *, acked_retention: int, upload_expiry: int, busy: Collection[str] = ()
    ) -> PurgeResult: ...


def envelope_from_row(row: tuple[Any, ...]) -> StoredEnvelope:
    """A StoredEnvelope from a row selected with SELECT_ENVELOPES."""
    return StoredEnvelope(sha256=row[0], size=row[1], stored_at=row[2], cursor=row[3],
                          receipt=bytes(row[4]), acked=row[5] is not None)


def stored_envelope(store: InboxStore, sha256: str) -> StoredEnvelope:
    """The stored envelope, or UnknownEnvelope if it was purged meanwhile."""
    found = store.find_envelope(sha256)
    if found is None:
        raise UnknownEnvelope("the envelope is no longer held")
    return found


def upload_to_complete(store: InboxStore, upload_id: str) -> UploadState | StoredEnvelope:
    """The fully committed upload to verify, or the envelope it already became (a
    completion retried after a lost answer gets the same receipt)."""
    state = store.get_upload(upload_id)
    if state is None:
        raise UnknownUpload("no such upload")
    if state.done:
        return stored_envelope(store, state.sha256)
    if state.committed != state.length:
        raise OffsetMismatch(state.committed)
    return state


def check_new_upload(upload_id: str, length: int, sha256: str) -> None:
    """Refuse a malformed id, hash or length before anything is created."""
    check_upload_id(upload_id)
    check_sha256(sha256)
    if length < 0:
        raise ValueError("an upload length cannot be negative")


class HasherCache:
    """The running SHA-256 of each upload being written in this process, with the offset
    it has reached, so completing an upload does not read its bytes again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hashers: dict[str, tuple[int, Any]] = {}

    def take(self, upload_id: str, offset: int) -> Any | None:
        """The running hash at exactly `offset` (removed from the cache), else None."""
        with self._lock:
            cached = self._hashers.pop(upload_id, None)
        return cached[1] if cached is not None and cached[0] == offset else None

    def keep(self, upload_id: str, offset: int, hasher: Any) -> None:
        with self._lock:
            self._hashers[upload_id] = (offset, hasher)

    def forget(self, upload_id: str) -> None:
        with self._lock:
            self._hashers.pop(upload_id, None)


class WriterBase:
    """What every UploadWriter shares: the offset reached and the declared length that
    no write may pass."""

    def __init__(self, state: UploadState) -> None:
        self._state = state
        self._offset = self._committed = state.committed

    @property
    def offset(self) -> int:
        return self._offset

    def _check_room(self, data: bytes) -> None:
        if self._offset + len(data) > self._state.length:
            raise ValueError("more bytes than the declared Upload-Length")


def check_sha256(value: str) -> str:
    if not SHA256_RE.fullmatch(value):
        raise ValueError("an envelope hash must be 64 lowercase hex digits")
    return value


def check_upload_id(value: str) -> str:
    if not UPLOAD_ID_RE.fullmatch(value):
        raise UnknownUpload("malformed upload id")
    return value


__all__ = [
    "CHUNK", "SELECT_ENVELOPES", "HashMismatch", "HasherCache", "InboxStore", "OffsetMismatch",
    "PurgeResult", "StoreError", "StoredEnvelope", "UnknownEnvelope", "UnknownUpload",
    "UploadState", "UploadWriter", "WriterBase", "check_new_upload", "check_sha256",
    "check_upload_id", "envelope_from_row", "stored_envelope", "upload_to_complete",
]
