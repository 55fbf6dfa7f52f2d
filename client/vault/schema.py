"""The vault database schema, versioned, with forward migrations.

`PRAGMA user_version` holds the schema version. Each migration is a list of statements run
in one transaction, so a crash mid-migration leaves the previous version intact.
auto_vacuum must be chosen before the first table exists, hence it is set in `vault`.
"""

from typing import Protocol

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: the first schema.
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
        """CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            created_at INTEGER NOT NULL,
            state TEXT NOT NULL,
            document BLOB NOT NULL,
            submission_id TEXT,
            delivery_secret BLOB,
            updated_at INTEGER NOT NULL
        )""",
        """CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            scrubbed INTEGER NOT NULL,
            removed TEXT NOT NULL,
            vault_header BLOB NOT NULL,
            blob TEXT NOT NULL
        )""",
        "CREATE INDEX attachments_by_report ON attachments(report_id, position)",
        """CREATE TABLE envelopes (
            sha256 TEXT PRIMARY KEY,
            report_id TEXT REFERENCES reports(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            header BLOB NOT NULL,
            blob TEXT NOT NULL,
            size INTEGER NOT NULL,
            state TEXT NOT NULL,
            upload_url TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            received_at INTEGER NOT NULL
        )""",
        "CREATE INDEX envelopes_by_report ON envelopes(report_id)",
        """CREATE TABLE receipts (
            envelope_sha256 TEXT PRIMARY KEY,
            receipt BLOB NOT NULL,
            received_at INTEGER NOT NULL
        )""",
    ),
    # 2: the desk's received envelopes, submissions and device registry.
    (
        """CREATE TABLE desk_envelopes (
            sha256 TEXT PRIMARY KEY,
            blob TEXT NOT NULL,
            size INTEGER NOT NULL,
            received_at INTEGER NOT NULL,
            via TEXT NOT NULL
        )""",
        """CREATE TABLE submissions (
            id TEXT PRIMARY KEY,
            envelope_sha256 TEXT NOT NULL UNIQUE,
            submission_id TEXT NOT NULL,
            received_at INTEGER NOT NULL,
            manifest BLOB NOT NULL,
            signature BLOB NOT NULL,
            report_doc BLOB NOT NULL,
            signer TEXT NOT NULL,
            desk_state TEXT NOT NULL DEFAULT 'new',
            tags TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            verified INTEGER,
            reasons TEXT NOT NULL DEFAULT '[]'
        )""",
        """CREATE TABLE devices (
            public_key TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            first_seen INTEGER NOT NULL
        )""",
    ),
    # 3: the title beside the document, and an index in list order, so listing 10,000
    # reports reads neither the documents nor sorts them.
    (
        "ALTER TABLE reports ADD COLUMN title TEXT NOT NULL DEFAULT ''",
        "UPDATE reports SET title = json_extract(CAST(document AS TEXT), '$.title')",
        "CREATE INDEX reports_in_order ON reports(created_at, id)",
    ),
    # 4: a receipt is carried only while the other side may lack it (issue 10 item 14):
    # `carry` is 1 until a stick took it, and 1 again when the envelope comes back.
    # A desk keeps the receipts it signed here too, so it signs each one once.
    (
        "ALTER TABLE receipts ADD COLUMN carry INTEGER NOT NULL DEFAULT 1",
    ),
    # 5: the desk keeps each submission's delivery secret (hex) beside its report document:
    # since envelope version 2 the secret is no longer inside the signed document (issue 10
    # item 12). Version 1 submissions get theirs copied out of the document.
    (
        "ALTER TABLE submissions ADD COLUMN delivery_secret TEXT",
        "UPDATE submissions SET delivery_secret = "
        "json_extract(CAST(report_doc AS TEXT), '$.delivery_secret')",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


class Connection(Protocol):
    def execute(self, sql: str, parameters: tuple[object, ...] = ..., /) -> object: ...


def migrate(conn: "Connection", current: int) -> int:
    """Bring the schema from version `current` to SCHEMA_VERSION; return the new version."""
    if current > SCHEMA_VERSION:
        raise RuntimeError(
            f"This vault has schema version {current}, newer than this Satchel "
            f"({SCHEMA_VERSION}); install a newer Satchel."
        )
    for version in range(current, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        for statement in MIGRATIONS[version]:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute("COMMIT")
    return SCHEMA_VERSION
