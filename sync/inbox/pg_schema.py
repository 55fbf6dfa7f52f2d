"""The inbox's PostgreSQL metadata: connection from a URL, schema migrations, the clock.

- `--metadata postgresql://USER@HOST:PORT/DB[?passfile=FILE]`: the password comes from
  the passfile named there or from PGPASSFILE (~/.pgpass), never from the URL or argv.
- Migrations are numbered steps recorded in `schema_version`; every instance runs
  `migrate` at start under a transaction-scoped advisory lock, so two instances starting
  at once apply each step once, and an instance refuses a schema newer than it knows.
- One clock for every instance: the database's. Upload expiry, receipt times, desk
  challenges and sessions are compared across instances, so a skewed machine clock must
  not expire another instance's upload or session. `DbClock` keeps the offset between
  the database's clock and this machine's, refreshed every minute.
- The part buffer: S3 parts must be at least 5 MiB, tus PATCH bodies can be any size.
  The bytes of an upload not yet in a full part (less than one part) are kept in
  `uploads.tail` in the database, committed together with the offset, so any instance
  can resume the upload and a restart loses nothing acknowledged. A local spool would
  tie the upload to one machine; memory would lose acknowledged bytes.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import psycopg
import psycopg_pool
from satchel.sync.inbox.faults import StorageUnavailable

SCHEMA_VERSION = 1
_LOCK_ID = 0x5A7C4E1  # advisory lock held while migrating
RECONNECT_SECONDS = 5.0  # see open_pool
_V1 = (
    """CREATE TABLE uploads(
        id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, length BIGINT NOT NULL,
        committed BIGINT NOT NULL DEFAULT 0, done BOOLEAN NOT NULL DEFAULT FALSE,
        created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
        multipart TEXT, parts JSONB NOT NULL DEFAULT '[]', next_part INTEGER NOT NULL DEFAULT 0,
        tail BYTEA NOT NULL DEFAULT '', lease TEXT, lease_until BIGINT NOT NULL DEFAULT 0)""",
    """CREATE TABLE envelopes(
        cursor BIGSERIAL PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, size BIGINT NOT NULL,
        stored_at BIGINT NOT NULL, receipt BYTEA NOT NULL, acked_at BIGINT,
        object_key TEXT NOT NULL)""",
    """CREATE TABLE acks(sha256 TEXT NOT NULL, desk TEXT NOT NULL, acked_at BIGINT NOT NULL,
        PRIMARY KEY(sha256, desk))""",
    "CREATE TABLE desks(key TEXT PRIMARY KEY, listed_since BIGINT NOT NULL)",
    "CREATE TABLE desk_challenges(nonce BYTEA PRIMARY KEY, expires BIGINT NOT NULL)",
    """CREATE TABLE desk_sessions(token_hash BYTEA PRIMARY KEY, desk TEXT NOT NULL,
        expires BIGINT NOT NULL, created BIGSERIAL)""",
    # Deleted objects whose delete failed: the purge retries them.
    "CREATE TABLE doomed_objects(key TEXT PRIMARY KEY, multipart TEXT)",
)
MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1,)


def check_metadata_url(text: str) -> str:
    """The URL, if it names PostgreSQL without a password; ValueError saying what to fix."""
    parts = urlsplit(text)
    unknown = set(parse_qs(parts.query)) - {"passfile", "sslmode", "connect_timeout"}
    if parts.scheme not in ("postgresql", "postgres") or not parts.path.strip("/") or unknown:
        raise ValueError(f"--metadata {text!r} must look like postgresql://USER@HOST:PORT/DB"
                         "[?passfile=FILE].")
    if parts.password is not None:
        raise ValueError("Put no password in --metadata: name a file with ?passfile=FILE "
                         "or set PGPASSFILE.")
    return text


def open_pool(url: str, *, size: int = 8, timeout: float = 10.0) -> psycopg_pool.ConnectionPool:
    """A pool whose connections are checked before use, so a restarted database is
    reconnected to instead of failing every later request.

    The pool retries a lost connection with a doubling delay (1, 2, 4, 8 s...); left
    unbounded, an outage of a minute would keep the inbox away for about another minute
    after the database returned. Each retry series gives up after RECONNECT_SECONDS, and
    the next request starts a new one at once, so attempts stay at most ~2 s apart."""
    pool: psycopg_pool.ConnectionPool = psycopg_pool.ConnectionPool(
        check_metadata_url(url), min_size=1, max_size=size, timeout=timeout, open=False,
        check=psycopg_pool.ConnectionPool.check_connection, kwargs={"autocommit": True},
        reconnect_timeout=RECONNECT_SECONDS)
    try:
        pool.open(wait=True, timeout=timeout)
    except psycopg_pool.PoolTimeout:
        pool.close()
        raise StorageUnavailable("the metadata database cannot be reached") from None
    return pool


def migrate(conn: psycopg.Connection) -> None:
    """Apply every missing step of MIGRATIONS; StorageUnavailable-free ValueError if newer."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_ID,))
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)")
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        version = int(row[0]) if row and row[0] is not None else 0
        if version > SCHEMA_VERSION:
            raise ValueError(f"The inbox database has schema version {version}, newer than "
                             f"this Satchel reads ({SCHEMA_VERSION}); run the newer Satchel.")
        for number, steps in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in steps:
                conn.execute(statement.encode())
            conn.execute("INSERT INTO schema_version VALUES(%s)", (number,))


class DbClock:
    """The database's time in whole seconds, from the local clock plus a measured offset."""

    REFRESH = 60.0

    def __init__(self, query: Callable[[], float], wall: Callable[[], float] = time.time) -> None:
        self._query = query
        self._wall = wall
        self._lock = threading.Lock()
        self._offset = 0.0
        self._measured = -self.REFRESH
        self.refresh()

    def refresh(self) -> None:
        before = self._wall()
        db_now = self._query()
        after = self._wall()
        with self._lock:
            self._offset = db_now - (before + after) / 2
            self._measured = time.monotonic()

    def __call__(self) -> int:
        if time.monotonic() - self._measured > self.REFRESH:
            with contextlib.suppress(OSError):  # keep the last offset while the db is away
                self.refresh()
        return int(self._wall() + self._offset)
