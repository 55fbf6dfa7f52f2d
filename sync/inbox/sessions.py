"""Where the desk API keeps its login challenges and sessions (satchel.sync.inbox.desk).

`MemorySessions` (one instance: a restart logs every desk out) and `PgSessions` (several
instances share the PostgreSQL metadata database: a desk that logs in through one
instance is served by any). Both bound how many are held and expire them by the caller's
clock. A session is stored under the SHA-256 of its token, so whoever reads the
database cannot act as a desk.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from satchel.sync.inbox.store_postgres import PostgresStore

T = TypeVar("T")


class DeskSessions(Protocol):
    def add_challenge(self, nonce: bytes, expires: int, now: int, limit: int) -> bool: ...
    def take_challenge(self, nonce: bytes, now: int) -> bool: ...
    def add_session(self, token: str, desk: str, expires: int, limit: int) -> None: ...
    def session(self, token: str, now: int) -> str | None: ...
    def drop_session(self, token: str) -> None: ...


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    def run(self: MemorySessions, *args: Any) -> T:
        with self._lock:
            return method(self, *args)

    return run


def _token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


class MemorySessions:
    """In this process; the desk handlers call it from worker threads, hence the lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._nonces: OrderedDict[bytes, int] = OrderedDict()
        self._sessions: OrderedDict[bytes, tuple[str, int]] = OrderedDict()

    def add_challenge(self, nonce: bytes, expires: int, now: int, limit: int) -> bool:
        while self._nonces and next(iter(self._nonces.values())) <= now:
            self._nonces.popitem(last=False)
        if len(self._nonces) >= limit:
            return False
        self._nonces[nonce] = expires
        return True

    def take_challenge(self, nonce: bytes, now: int) -> bool:
        expires = self._nonces.pop(nonce, None)  # single use, even when the login fails
        return expires is not None and expires > now

    def add_session(self, token: str, desk: str, expires: int, limit: int) -> None:
        while len(self._sessions) >= limit:
            self._sessions.popitem(last=False)
        self._sessions[_token_hash(token)] = (desk, expires)

    def session(self, token: str, now: int) -> str | None:
        found = self._sessions.get(_token_hash(token))
        if found is None or found[1] <= now:
            self._sessions.pop(_token_hash(token), None)
            return None
        return found[0]

    @_locked
    def drop_session(self, token: str) -> None:
        self._sessions.pop(_token_hash(token), None)


class PgSessions:
    """Challenges and sessions in the shared metadata database."""

    def __init__(self, store: PostgresStore) -> None:
        self._store = store

    def add_challenge(self, nonce: bytes, expires: int, now: int, limit: int) -> bool:
        with self._store.db() as conn, conn.transaction():
            conn.execute("DELETE FROM desk_challenges WHERE expires<=%s", (now,))
            # Serialise the count-then-insert across instances.
            conn.execute("LOCK TABLE desk_challenges IN SHARE ROW EXCLUSIVE MODE")
            row = conn.execute("SELECT count(*) FROM desk_challenges").fetchone()
            if row is None or int(row[0]) >= limit:
                return False
            conn.execute("INSERT INTO desk_challenges VALUES(%s,%s)", (nonce, expires))
        return True

    def take_challenge(self, nonce: bytes, now: int) -> bool:
        with self._store.db() as conn:
            row = conn.execute("DELETE FROM desk_challenges WHERE nonce=%s RETURNING expires",
                               (nonce,)).fetchone()
        return row is not None and int(row[0]) > now

    def add_session(self, token: str, desk: str, expires: int, limit: int) -> None:
        with self._store.db() as conn, conn.transaction():
            conn.execute("LOCK TABLE desk_sessions IN SHARE ROW EXCLUSIVE MODE")
            conn.execute("DELETE FROM desk_sessions WHERE created IN (SELECT created FROM "
                         "desk_sessions ORDER BY created DESC OFFSET %s)", (max(limit - 1, 0),))
            conn.execute("INSERT INTO desk_sessions(token_hash, desk, expires) VALUES(%s,%s,%s)",
                         (_token_hash(token), desk, expires))

    def session(self, token: str, now: int) -> str | None:
        with self._store.db() as conn:
            row = conn.execute("SELECT desk, expires FROM desk_sessions WHERE token_hash=%s",
                               (_token_hash(token),)).fetchone()
        if row is None or int(row[1]) <= now:
            self.drop_session(token)
            return None
        return str(row[0])

    def drop_session(self, token: str) -> None:
        with self._store.db() as conn:
            conn.execute("DELETE FROM desk_sessions WHERE token_hash=%s", (_token_hash(token),))
