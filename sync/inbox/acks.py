"""Per-desk acknowledgements in the inbox's SQLite store, and which envelopes may go.

Reporters erase their copy once the inbox's receipt verifies, so the inbox may hold the
only copy until every desk that should fetch it has. Rules (docs/inbox-api.md):

- An acknowledgement names the desk signing key that sent it (`acks` table).
- `desks` mirrors the desks listed in the inbox's current coalition directory, each
  with `listed_since`: the `issued` time of the first directory seen listing it (never
  later than the inbox saw it, so the rule below errs towards keeping).
- An envelope is deleted once the retention has passed since the last acknowledgement,
  when at least one listed desk acknowledged it and so did every listed desk whose
  listing began no later than the envelope was stored. A desk added later cannot open
  older envelopes, so it is not waited for; a desk removed from the directory is no
  longer waited for either.
- Stores of schema version 0 had one inbox-wide `envelopes.acked_at`; it does not say
  which desk fetched the envelope, so it never counts towards deletion.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from satchel.sync.inbox.store import StoreError

SCHEMA_VERSION = 1
_V1 = (
    """CREATE TABLE acks(
        sha256 TEXT NOT NULL,
        desk TEXT NOT NULL,
        acked_at INTEGER NOT NULL,
        PRIMARY KEY(sha256, desk)
    )""",
    "CREATE TABLE desks(key TEXT PRIMARY KEY, listed_since INTEGER NOT NULL)",
)

# Envelopes every required desk acknowledged, the last of them at or before the cutoff.
PURGEABLE = """
SELECT e.sha256 FROM envelopes e
WHERE EXISTS (SELECT 1 FROM acks a JOIN desks d ON d.key = a.desk WHERE a.sha256 = e.sha256)
  AND NOT EXISTS (
    SELECT 1 FROM desks d WHERE d.listed_since <= e.stored_at AND NOT EXISTS (
        SELECT 1 FROM acks a WHERE a.sha256 = e.sha256 AND a.desk = d.key))
  AND NOT EXISTS (
    SELECT 1 FROM acks a JOIN desks d ON d.key = a.desk
    WHERE a.sha256 = e.sha256 AND a.acked_at > ?)
"""


def migrate(db: sqlite3.Connection) -> None:
    """Bring the store's schema to SCHEMA_VERSION; refuse a newer one."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"this inbox store has schema version {version}, newer than this Satchel "
            f"reads ({SCHEMA_VERSION}); run the Satchel version that wrote it"
        )
    if version < 1:
        # One transaction (not executescript, which would commit half-way).
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _V1:
                db.execute(statement)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


def acknowledge(db: sqlite3.Connection, sha256: str, desk: str, now: int) -> bool:
    """Record `desk`'s acknowledgement; False if the envelope is not held."""
    if db.execute("SELECT 1 FROM envelopes WHERE sha256=?", (sha256,)).fetchone() is None:
        return False
    db.execute("INSERT OR IGNORE INTO acks VALUES(?,?,?)", (sha256, desk, now))
    # Kept for the listing's "acked" flag: some desk has acknowledged it.
    db.execute("UPDATE envelopes SET acked_at=? WHERE sha256=? AND acked_at IS NULL",
               (now, sha256))
    return True


def set_desks(db: sqlite3.Connection, desks: Mapping[str, int]) -> None:
    """Mirror the listed desks (key -> the listing directory's `issued` time)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        known = {row[0] for row in db.execute("SELECT key FROM desks")}
        for key in known - desks.keys():
            db.execute("DELETE FROM desks WHERE key=?", (key,))
        # A desk already listed keeps its first listing time.
        db.executemany("INSERT OR IGNORE INTO desks VALUES(?,?)", list(desks.items()))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def purgeable(db: sqlite3.Connection, cutoff: int) -> list[str]:
    return [row[0] for row in db.execute(PURGEABLE, (cutoff,))]


def forget(db: sqlite3.Connection, sha256: str) -> None:
    """Drop the acknowledgements of an envelope being deleted."""
    db.execute("DELETE FROM acks WHERE sha256=?", (sha256,))
