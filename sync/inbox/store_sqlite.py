"""SqliteFileStore: the inbox's embedded InboxStore (see satchel.sync.inbox.store).

Metadata lives in root/inbox.db (SQLite, WAL, synchronous=FULL); bytes live in
root/partial/<upload id> while they arrive and in root/envelopes/<sha256> once verified.
One lock serialises database access; hashing and file copying run outside it. A running
SHA-256 per upload is kept in memory so completing an upload does not re-read it; after a
restart the committed prefix is re-hashed once.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from satchel.crypto.hashing import SHA256_RE
from satchel.sync.inbox import acks as inbox_acks
from satchel.sync.inbox.store import (
    CHUNK,
    SELECT_ENVELOPES,
    UPLOAD_ID_RE,
    HasherCache,
    HashMismatch,
    OffsetMismatch,
    PurgeResult,
    StoredEnvelope,
    StoreError,
    UnknownEnvelope,
    UnknownUpload,
    UploadState,
    UploadWriter,
    WriterBase,
    check_new_upload,
    check_sha256,
    check_upload_id,
    envelope_from_row,
    stored_envelope,
    upload_to_complete,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS uploads(
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    length INTEGER NOT NULL,
    committed INTEGER NOT NULL,
    done INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS envelopes(
    cursor INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    stored_at INTEGER NOT NULL,
    receipt BLOB NOT NULL,
    acked_at INTEGER
);
"""


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _FileWriter(WriterBase):
    """Appends to a partial file; the store records the offset only after fsync."""

    def __init__(self, store: SqliteFileStore, state: UploadState, now: int) -> None:
        super().__init__(state)
        self._store = store
        self._now = now
        path = store.partial_path(state.upload_id)
        self._file: BinaryIO = open(path, "r+b")  # noqa: SIM115 - closed in close()
        # Bytes past the committed offset were never acknowledged: drop them.
        self._file.truncate(state.committed)
        self._file.seek(state.committed)
        self._hasher = store.take_hasher(state.upload_id, state.committed, self._file)
        # The hash as of the committed offset, so discarding a chunk needs no re-read.
        self._committed_hasher = self._hasher.copy()

    def write(self, data: bytes) -> None:
        self._check_room(data)
        self._file.write(data)
        self._hasher.update(data)
        self._offset += len(data)

    def commit(self) -> int:
        if self._offset != self._committed:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._store.record_offset(self._state.upload_id, self._offset, self._now)
            self._committed = self._offset
            self._committed_hasher = self._hasher.copy()
        return self._committed

    def close(self) -> int:
        try:
            committed = self.commit()
            self._store.hashers.keep(self._state.upload_id, committed, self._hasher)
            return committed
        finally:
            self._file.close()

    def discard(self) -> int:
        """Drop what was written since the last commit; the committed offset stays."""
        try:
            self._file.truncate(self._committed)
            self._store.hashers.keep(self._state.upload_id, self._committed,
                                     self._committed_hasher)
            return self._committed
        finally:
            self._file.close()


class SqliteFileStore:
    """Embedded store: SQLite (WAL) metadata, files under root/partial and root/envelopes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._partial = root / "partial"
        self._envelopes = root / "envelopes"
        for d in (root, self._partial, self._envelopes):
            d.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(root / "inbox.db", check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        inbox_acks.migrate(self._db)
        self.hashers = HasherCache()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def partial_path(self, upload_id: str) -> Path:
        return self._partial / check_upload_id(upload_id)

    def envelope_path(self, sha256: str) -> Path:
        return self._envelopes / check_sha256(sha256)

    # -- uploads ---------------------------------------------------------------------------

    def create_upload(self, upload_id: str, length: int, sha256: str, now: int) -> UploadState:
        check_new_upload(upload_id, length, sha256)
        # Always an empty upload, even for an envelope already stored: a standard tus
        # client sends from offset 0, and completion answers with the stored receipt.
        with self._lock:
            self.partial_path(upload_id).touch(mode=0o600, exist_ok=False)
            self._db.execute(
                "INSERT INTO uploads VALUES(?,?,?,?,?,?,?)",
                (upload_id, sha256, length, 0, 0, now, now),
            )
        return UploadState(upload_id, sha256, length, 0, False, now)

    def get_upload(self, upload_id: str) -> UploadState | None:
        if not UPLOAD_ID_RE.fullmatch(upload_id):
            return None
        with self._lock:
            row = self._db.execute(
                "SELECT id, sha256, length, committed, done, updated_at FROM uploads WHERE id=?",
                (upload_id,),
            ).fetchone()
        return None if row is None else UploadState(
            row[0], row[1], row[2], row[3], bool(row[4]), row[5])

    def open_append(self, upload_id: str, offset: int, now: int) -> UploadWriter:
        state = self.get_upload(upload_id)
        if state is None:
            raise UnknownUpload("no such upload")
        if state.done or offset != state.committed:
            raise OffsetMismatch(state.committed)
        return _FileWriter(self, state, now)

    def record_offset(self, upload_id: str, committed: int, now: int) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE uploads SET committed=?, updated_at=? WHERE id=?",
                (committed, now, upload_id),
            )

    def take_hasher(self, upload_id: str, offset: int, f: BinaryIO) -> Any:
        cached = self.hashers.take(upload_id, offset)
        if cached is not None:
            return cached
        # No running hash (server restarted): rehash the committed prefix once.
        hasher = hashlib.sha256()
        f.seek(0)
        remaining = offset
        while remaining:
            block = f.read(min(CHUNK, remaining))
            if not block:
                raise StoreError("a partial upload is shorter than its committed offset")
            hasher.update(block)
            remaining -= len(block)
        return hasher

    def complete_upload(
        self, upload_id: str, now: int, sign: Callable[[str, int], bytes]
    ) -> StoredEnvelope:
        state = upload_to_complete(self, upload_id)
        if isinstance(state, StoredEnvelope):
            return state
        path = self.partial_path(upload_id)
        with open(path, "rb") as f:
            digest = self.take_hasher(upload_id, state.length, f).hexdigest()
        if digest != state.sha256:
            self.delete_upload(upload_id)
            raise HashMismatch("the uploaded bytes do not match the declared SHA-256")
        with self._lock:
            self._finish(state, path, now, sign)
        return stored_envelope(self, state.sha256)

    def _finish(
        self, state: UploadState, path: Path, now: int, sign: Callable[[str, int], bytes]
    ) -> None:
        """Move verified bytes into place; the caller holds the lock."""
        known = self._db.execute(
            "SELECT 1 FROM envelopes WHERE sha256=?", (state.sha256,)
        ).fetchone()
        if known is None:
            target = self.envelope_path(state.sha256)
            os.replace(path, target)
            _fsync_dir(self._envelopes)
            _fsync_dir(self._partial)
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT INTO envelopes(sha256, size, stored_at, receipt) VALUES(?,?,?,?)",
                    (state.sha256, state.length, now, sign(state.sha256, now)),
                )
                self._db.execute("UPDATE uploads SET done=1 WHERE id=?", (state.upload_id,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        else:
            path.unlink(missing_ok=True)
            self._db.execute("UPDATE uploads SET done=1 WHERE id=?", (state.upload_id,))

    def delete_upload(self, upload_id: str) -> bool:
        if not UPLOAD_ID_RE.fullmatch(upload_id):
            return False
        self.hashers.forget(upload_id)
        with self._lock:
            cur = self._db.execute("DELETE FROM uploads WHERE id=?", (upload_id,))
            self.partial_path(upload_id).unlink(missing_ok=True)
        return cur.rowcount > 0

    def count_open_uploads(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT count(*) FROM uploads WHERE done=0").fetchone()
        return int(row[0])

    def open_totals(self, active_since: int) -> tuple[int, int]:
        """Unfinished uploads touched after `active_since`: how many, declared bytes."""
        with self._lock:
            row = self._db.execute(
                "SELECT count(*), coalesce(sum(length), 0) FROM uploads "
                "WHERE done=0 AND updated_at>?", (active_since,)
            ).fetchone()
        return int(row[0]), int(row[1])

    # -- envelopes -------------------------------------------------------------------------

    def find_envelope(self, sha256: str) -> StoredEnvelope | None:
        if not SHA256_RE.fullmatch(sha256):
            return None
        with self._lock:
            row = self._db.execute(SELECT_ENVELOPES + "WHERE sha256=?", (sha256,)).fetchone()
        return None if row is None else envelope_from_row(row)

    def list_envelopes(self, after: int, limit: int) -> list[StoredEnvelope]:
        with self._lock:
            rows = self._db.execute(
                SELECT_ENVELOPES + "WHERE cursor>? ORDER BY cursor LIMIT ?", (after, limit)
            ).fetchall()
        return [envelope_from_row(r) for r in rows]

    def read_range(self, sha256: str, start: int, stop: int) -> Iterator[bytes]:
        """Bytes [start, stop) of a stored envelope, in chunks; raises before yielding."""
        try:
            f = open(self.envelope_path(sha256), "rb")  # noqa: SIM115 - closed by _chunks
        except (FileNotFoundError, ValueError) as exc:
            raise UnknownEnvelope("no such envelope") from exc
        return _chunks(f, start, stop)

    def acknowledge(self, sha256: str, desk: str, now: int) -> bool:
        if not SHA256_RE.fullmatch(sha256):
            return False
        with self._lock:
            return inbox_acks.acknowledge(self._db, sha256, desk, now)

    def set_desks(self, desks: Mapping[str, int]) -> None:
        with self._lock:
            inbox_acks.set_desks(self._db, desks)

    def purge(
        self, now: int, *, acked_retention: int, upload_expiry: int, busy: Collection[str] = ()
    ) -> PurgeResult:
        """Delete envelopes every desk due has acknowledged (satchel.sync.inbox.acks) for
        `acked_retention`, and uploads idle too long."""
        with self._lock:
            gone = inbox_acks.purgeable(self._db, now - acked_retention)
            stale = [
                r[0]
                for r in self._db.execute(
                    "SELECT id FROM uploads WHERE updated_at<=?", (now - upload_expiry,)
                )
                if r[0] not in busy
            ]
        for sha in gone:
            with self._lock:
                self._db.execute("DELETE FROM envelopes WHERE sha256=?", (sha,))
                inbox_acks.forget(self._db, sha)
                self.envelope_path(sha).unlink(missing_ok=True)
        for upload_id in stale:
            self.delete_upload(upload_id)
        self._drop_orphans(busy)
        return PurgeResult(envelopes=len(gone), uploads=len(stale))

    def _drop_orphans(self, busy: Collection[str]) -> None:
        """Partial files without an upload row (left by a crash) are removed."""
        with self._lock:
            known = {r[0] for r in self._db.execute("SELECT id FROM uploads WHERE done=0")}
            for path in self._partial.iterdir():
                if path.name not in known and path.name not in busy:
                    path.unlink(missing_ok=True)


def _chunks(f: BinaryIO, start: int, stop: int) -> Iterator[bytes]:
    with f:
        f.seek(start)
        remaining = stop - start
        while remaining > 0:
            block = f.read(min(CHUNK, remaining))
            if not block:
                return
            remaining -= len(block)
            yield block
