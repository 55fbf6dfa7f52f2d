"""The writer of one upload in the PostgreSQL + S3 store (see satchel.sync.inbox.store_postgres).

An instance writes an upload only while it holds the upload's lease (a random token and
an expiry on the database clock, taken with a compare-and-set on the committed offset),
so two instances appending to one upload at once cannot both succeed: the second is
refused with `UploadBusy` (tus 423). Bytes gather in a buffer of less than one part
(the committed part of it lives in `uploads.tail`); each full part goes to S3 at once
under a part number drawn from the row, so a writer that lost its lease can never
overwrite a part someone else recorded. `commit` records the new parts, the tail and the
offset in one transaction, only if the lease and the offset are still as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from satchel.sync.inbox.faults import StorageUnavailable
from satchel.sync.inbox.objects_s3 import PART_SIZE
from satchel.sync.inbox.store import UploadState, WriterBase

if TYPE_CHECKING:
    from satchel.sync.inbox.store_postgres import PostgresStore


@dataclass
class Lease:
    token: str
    multipart: str
    key: str
    tail: bytes


class PartWriter(WriterBase):
    def __init__(self, store: PostgresStore, state: UploadState, lease: Lease, now: int) -> None:
        super().__init__(state)
        self._store = store
        self._lease = lease
        self._now = now
        self._tail = bytearray(lease.tail)
        self._pending: list[tuple[int, str]] = []
        self._hasher: Any = store.take_hasher(state.upload_id, state.committed)
        self._committed_hasher = None if self._hasher is None else self._hasher.copy()
        self._broken = False

    def write(self, data: bytes) -> None:
        self._check_room(data)
        if self._broken:
            raise StorageUnavailable("an earlier part of this request was not stored")
        self._tail += data
        if self._hasher is not None:
            self._hasher.update(data)
        self._offset += len(data)
        try:
            while len(self._tail) >= PART_SIZE:
                number = self._store.next_part(self._state.upload_id, self._lease.token)
                etag = self._store.objects.put_part(self._lease.key, self._lease.multipart,
                                                    number, bytes(self._tail[:PART_SIZE]))
                self._pending.append((number, etag))
                del self._tail[:PART_SIZE]
        except BaseException:
            # What this writer holds can no longer be recorded consistently: it keeps
            # the last commit only, and the client resumes from there.
            self._broken = True
            raise

    def commit(self) -> int:
        if self._broken:
            raise StorageUnavailable("the object store failed; resume from the last offset")
        if self._offset != self._committed:
            self._store.record(self._state.upload_id, self._lease.token, self._committed,
                               self._offset, self._pending, bytes(self._tail), self._now)
            self._pending = []
            self._committed = self._offset
            self._committed_hasher = None if self._hasher is None else self._hasher.copy()
        return self._committed

    def close(self) -> int:
        if self._broken:
            return self.discard()
        try:
            committed = self.commit()
            self._store.hashers.keep(self._state.upload_id, committed, self._hasher)
            return committed
        finally:
            self._store.release(self._state.upload_id, self._lease.token)

    def discard(self) -> int:
        """Drop what was written since the last commit; the committed offset stays."""
        try:
            self._store.hashers.keep(self._state.upload_id, self._committed,
                                     self._committed_hasher)
            return self._committed
        finally:
            self._store.release(self._state.upload_id, self._lease.token)
