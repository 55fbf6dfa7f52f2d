"""PostgresStore: the inbox's InboxStore for several instances (see satchel.sync.inbox.store).

Metadata (uploads and offsets, envelopes and receipts, acknowledgements, desks, desk
challenges and sessions) lives in PostgreSQL (satchel.sync.inbox.pg_schema); bytes live in
S3-compatible object storage (satchel.sync.inbox.objects_s3), one multipart upload per tus
upload. Any instance can continue or complete any upload: the committed offset, the S3
parts recorded so far and the buffered tail are all in the database.

- No envelope stored twice: `envelopes.sha256` is unique; of two uploads of one envelope
  completing at once, the second finds the first's row, deletes its own object and
  answers with the first's receipt.
- The running SHA-256 of an upload is kept in this process while it writes; an upload
  resumed or completed on another instance is hashed by reading its object back once.
- Database or object store down: `StorageUnavailable` (an OSError) and nothing is
  recorded that did not happen; the client resumes from the committed offset.
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets
from collections.abc import Callable, Collection, Iterator, Mapping
from typing import Any

import psycopg
import psycopg.types.json
import psycopg_pool
from satchel.crypto.hashing import SHA256_RE
from satchel.sync.inbox import acks as inbox_acks
from satchel.sync.inbox import store as inbox_store
from satchel.sync.inbox.faults import StorageUnavailable, UploadBusy
from satchel.sync.inbox.objects_s3 import S3Objects
from satchel.sync.inbox.pg_schema import DbClock, migrate, open_pool
from satchel.sync.inbox.pg_writer import Lease, PartWriter
from satchel.sync.inbox.store import (
    SELECT_ENVELOPES,
    UPLOAD_ID_RE,
    HasherCache,
    PurgeResult,
    StoredEnvelope,
    UploadState,
    UploadWriter,
    check_new_upload,
    envelope_from_row,
    stored_envelope,
    upload_to_complete,
)

LEASE_SECONDS = 120  # a writer renews it at every commit; a dead instance's lease lapses


class PostgresStore:
    """Shared store of several inbox instances: PostgreSQL metadata, S3 objects."""

    def __init__(self, metadata_url: str, objects: S3Objects, *,
                 wall: Callable[[], float] | None = None, pool_size: int = 8,
                 timeout: float = 10.0) -> None:
        self.objects = objects
        self._pool: psycopg_pool.ConnectionPool = open_pool(metadata_url, size=pool_size,
                                                            timeout=timeout)
        with self.db() as conn:
            migrate(conn)
        self.clock = DbClock(self._db_time) if wall is None else DbClock(self._db_time, wall)
        self.hashers = HasherCache()

    def close(self) -> None:
        self._pool.close()

    @contextlib.contextmanager
    def db(self) -> Iterator[psycopg.Connection[Any]]:
        """A pooled connection; a lost database becomes StorageUnavailable."""
        try:
            with self._pool.connection() as conn:
                yield conn
        except (psycopg.OperationalError, psycopg_pool.PoolTimeout):
            raise StorageUnavailable("the metadata database cannot be reached") from None

    def _db_time(self) -> float:
        with self.db() as conn:
            row = conn.execute("SELECT extract(epoch FROM clock_timestamp())").fetchone()
        return float(row[0]) if row else 0.0

    def _one(self, sql: str, args: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        with self.db() as conn:
            cur = conn.execute(sql.encode(), args)
            return cur.fetchone() if cur.description is not None else None

    # -- uploads ---------------------------------------------------------------------------

    def create_upload(self, upload_id: str, length: int, sha256: str, now: int) -> UploadState:
        check_new_upload(upload_id, length, sha256)
        multipart = self.objects.begin(f"uploads/{upload_id}")
        self._one("INSERT INTO uploads(id, sha256, length, created_at, updated_at, multipart) "
                  "VALUES(%s,%s,%s,%s,%s,%s) RETURNING id",
                  (upload_id, sha256, length, now, now, multipart))
        return UploadState(upload_id, sha256, length, 0, False, now)

    def get_upload(self, upload_id: str) -> UploadState | None:
        if not UPLOAD_ID_RE.fullmatch(upload_id):
            return None
        row = self._one("SELECT id, sha256, length, committed, done, updated_at FROM uploads "
                        "WHERE id=%s", (upload_id,))
        return None if row is None else UploadState(row[0], row[1], row[2], row[3], row[4], row[5])

    def _lease(self, upload_id: str, offset: int | None) -> Lease:
        """Take the upload's lease (at `offset`, if given); UploadBusy / OffsetMismatch."""
        token = secrets.token_hex(16)
        row = self._one(
            "UPDATE uploads SET lease=%s, lease_until=%s WHERE id=%s AND NOT done "
            "AND (%s::bigint IS NULL OR committed=%s) AND (lease IS NULL OR lease_until<%s) "
            "RETURNING multipart, tail",
            (token, self.clock() + LEASE_SECONDS, upload_id, offset, offset, self.clock()))
        if row is not None:
            return Lease(token, row[0], f"uploads/{upload_id}", bytes(row[1]))
        state = self.get_upload(upload_id)
        if state is None:
            raise inbox_store.UnknownUpload("no such upload")
        if state.done or (offset is not None and offset != state.committed):
            raise inbox_store.OffsetMismatch(state.committed)
        raise UploadBusy(state.committed)

    def open_append(self, upload_id: str, offset: int, now: int) -> UploadWriter:
        lease = self._lease(upload_id, offset)
        state = self.get_upload(upload_id)
        if state is None:
            raise inbox_store.UnknownUpload("no such upload")
        return PartWriter(self, state, lease, now)

    def next_part(self, upload_id: str, token: str) -> int:
        row = self._one("UPDATE uploads SET next_part=next_part+1 WHERE id=%s AND lease=%s "
                        "RETURNING next_part", (upload_id, token))
        if row is None:
            raise UploadBusy(-1)  # the lease lapsed and another writer took the upload
        return int(row[0])

    def record(self, upload_id: str, token: str, old: int, new: int,
               parts: list[tuple[int, str]], tail: bytes, now: int) -> None:
        """Move the offset from `old` to `new` with its parts and tail, if still leased."""
        row = self._one(
            "UPDATE uploads SET committed=%s, updated_at=%s, tail=%s, parts=parts || %s, "
            "lease_until=%s WHERE id=%s AND lease=%s AND committed=%s RETURNING 1",
            (new, now, tail, psycopg.types.json.Jsonb(parts), self.clock() + LEASE_SECONDS,
             upload_id, token, old))
        if row is None:
            raise UploadBusy(old)

    def release(self, upload_id: str, token: str) -> None:
        self._one("UPDATE uploads SET lease=NULL, lease_until=0 WHERE id=%s AND lease=%s",
                  (upload_id, token))

    def take_hasher(self, upload_id: str, offset: int) -> Any:
        """The running hash at `offset`, or a new one at 0; None if unknown here."""
        cached = self.hashers.take(upload_id, offset)
        if cached is not None:
            return cached
        return hashlib.sha256() if offset == 0 else None

    def complete_upload(self, upload_id: str, now: int,
                        sign: Callable[[str, int], bytes]) -> StoredEnvelope:
        state = upload_to_complete(self, upload_id)
        if isinstance(state, StoredEnvelope):
            return state
        lease = self._lease(upload_id, state.length)
        try:
            self._assemble(state, lease)
            if self._digest(state, lease.key) != state.sha256:
                self.delete_upload(upload_id, held=True)
                raise inbox_store.HashMismatch("the uploaded bytes do not match the declared SHA-256")
            self._store_envelope(state, lease.key, now, sign)
        finally:
            self.release(upload_id, lease.token)
        return stored_envelope(self, state.sha256)

    def _assemble(self, state: UploadState, lease: Lease) -> None:
        """Join the recorded parts and the tail into the upload's object."""
        row = self._one("SELECT parts, next_part FROM uploads WHERE id=%s", (state.upload_id,))
        if row is None:
            raise inbox_store.UnknownUpload("no such upload")
        parts = [(int(n), str(e)) for n, e in row[0]]
        if not parts:  # at most one part's worth: one plain object
            self.objects.put(lease.key, lease.tail)
            self.objects.abort(lease.key, lease.multipart)
            return
        if lease.tail:
            number = self.next_part(state.upload_id, lease.token)
            parts.append((number, self.objects.put_part(lease.key, lease.multipart, number,
                                                        lease.tail)))
        if not self.objects.exists(lease.key, state.length):  # not joined by an earlier try
            self.objects.finish(lease.key, lease.multipart, parts)

    def _digest(self, state: UploadState, key: str) -> str:
        hasher = self.take_hasher(state.upload_id, state.length)
        if hasher is None or state.length == 0:
            # Written (partly) on another instance: hash the stored object once.
            hasher = hashlib.sha256()
            for block in self.objects.read_range(key, 0, state.length):
                hasher.update(block)
        return str(hasher.hexdigest())

    def _store_envelope(self, state: UploadState, key: str, now: int,
                        sign: Callable[[str, int], bytes]) -> None:
        with self.db() as conn, conn.transaction():
            row = conn.execute(
                "INSERT INTO envelopes(sha256, size, stored_at, receipt, object_key) "
                "VALUES(%s,%s,%s,%s,%s) ON CONFLICT (sha256) DO NOTHING RETURNING cursor",
                (state.sha256, state.length, now, sign(state.sha256, now), key)).fetchone()
            conn.execute("UPDATE uploads SET done=TRUE, tail='' WHERE id=%s", (state.upload_id,))
        if row is None:  # stored by another upload meanwhile: keep one copy only
            self._delete_object(key, None)

    def _delete_object(self, key: str, multipart: str | None) -> None:
        try:
            if multipart is not None:
                self.objects.abort(key, multipart)
            self.objects.delete(key)
        except StorageUnavailable:
            self._one("INSERT INTO doomed_objects VALUES(%s,%s) ON CONFLICT DO NOTHING "
                      "RETURNING 1", (key, multipart))

    def delete_upload(self, upload_id: str, *, held: bool = False) -> bool:
        if not UPLOAD_ID_RE.fullmatch(upload_id):
            return False
        self.hashers.forget(upload_id)
        row = self._one("DELETE FROM uploads WHERE id=%s AND (%s OR lease IS NULL OR "
                        "lease_until<%s) RETURNING multipart, done",
                        (upload_id, held, self.clock()))
        if row is None:
            return False
        if not row[1]:  # a stored envelope's object belongs to the envelope now
            self._delete_object(f"uploads/{upload_id}", row[0])
        return True

    def count_open_uploads(self) -> int:
        row = self._one("SELECT count(*) FROM uploads WHERE NOT done")
        return int(row[0]) if row else 0

    def open_totals(self, active_since: int) -> tuple[int, int]:
        row = self._one("SELECT count(*), coalesce(sum(length), 0) FROM uploads "
                        "WHERE NOT done AND updated_at>%s", (active_since,))
        return (int(row[0]), int(row[1])) if row else (0, 0)

    # -- envelopes -------------------------------------------------------------------------

    def find_envelope(self, sha256: str) -> StoredEnvelope | None:
        if not SHA256_RE.fullmatch(sha256):
            return None
        row = self._one(SELECT_ENVELOPES + "WHERE sha256=%s", (sha256,))
        return None if row is None else envelope_from_row(row)

    def list_envelopes(self, after: int, limit: int) -> list[StoredEnvelope]:
        with self.db() as conn:
            rows = conn.execute((SELECT_ENVELOPES + "WHERE cursor>%s ORDER BY cursor LIMIT %s")
                                .encode(), (after, limit)).fetchall()
        return [envelope_from_row(r) for r in rows]

    def read_range(self, sha256: str, start: int, stop: int) -> Iterator[bytes]:
        row = self._one("SELECT object_key FROM envelopes WHERE sha256=%s", (sha256,))
        if row is None:
            raise inbox_store.UnknownEnvelope("no such envelope")
        return self.objects.read_range(row[0], start, stop)

    def acknowledge(self, sha256: str, desk: str, now: int) -> bool:
        if not SHA256_RE.fullmatch(sha256):
            return False
        with self.db() as conn, conn.transaction():
            if conn.execute("SELECT 1 FROM envelopes WHERE sha256=%s", (sha256,)).fetchone() is None:
                return False
            conn.execute("INSERT INTO acks VALUES(%s,%s,%s) ON CONFLICT DO NOTHING",
                         (sha256, desk, now))
            conn.execute("UPDATE envelopes SET acked_at=%s WHERE sha256=%s AND acked_at IS NULL",
                         (now, sha256))
        return True

    def set_desks(self, desks: Mapping[str, int]) -> None:
        with self.db() as conn, conn.transaction():
            conn.execute("DELETE FROM desks WHERE NOT (key = ANY(%s))", (list(desks),))
            for key, since in desks.items():  # a desk already listed keeps its first time
                conn.execute("INSERT INTO desks VALUES(%s,%s) ON CONFLICT DO NOTHING", (key, since))

    def purge(self, now: int, *, acked_retention: int, upload_expiry: int,
              busy: Collection[str] = ()) -> PurgeResult:
        """As SqliteFileStore.purge; uploads another instance holds a lease on are kept."""
        with self.db() as conn:
            gone = conn.execute(inbox_acks.PURGEABLE.replace("?", "%s").encode(),
                                (now - acked_retention,)).fetchall()
            stale = [r[0] for r in conn.execute(
                "SELECT id FROM uploads WHERE updated_at<=%s", (now - upload_expiry,))
                if r[0] not in busy]
            doomed = conn.execute("SELECT key, multipart FROM doomed_objects").fetchall()
        for (sha,) in gone:
            with self.db() as conn, conn.transaction():
                row = conn.execute("DELETE FROM envelopes WHERE sha256=%s RETURNING object_key",
                                   (sha,)).fetchone()
                conn.execute("DELETE FROM acks WHERE sha256=%s", (sha,))
            if row is not None:
                self._delete_object(row[0], None)
        dropped = sum(self.delete_upload(upload_id) for upload_id in stale)
        for key, multipart in doomed:
            self._one("DELETE FROM doomed_objects WHERE key=%s RETURNING 1", (key,))
            self._delete_object(key, multipart)
        return PurgeResult(envelopes=len(gone), uploads=dropped)
