"""Choosing the inbox's storage from `inbox serve --metadata URL --objects URL`.

Neither flag: the embedded SqliteFileStore under HOME/store, one instance. Both flags:
PostgreSQL metadata and S3 objects shared by every instance (docs/operations.md), with
the database's clock and desk sessions in the database. One without the other is
refused: local files cannot be shared, and a shared database cannot name local files.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from satchel.sync.inbox.sessions import DeskSessions
from satchel.sync.inbox.store import InboxStore
from satchel.sync.inbox.store_sqlite import SqliteFileStore


@dataclass
class Backend:
    store: InboxStore
    clock: Callable[[], int]
    sessions: DeskSessions | None
    close: Callable[[], None]


def open_backend(home: Path | None, metadata: str | None, objects: str | None) -> Backend:
    """ValueError (what to fix) for bad URLs; OSError when a service cannot be reached."""
    if metadata is None and objects is None:
        if home is None:
            raise ValueError("Give --home for the local store, or --metadata and --objects.")
        local = SqliteFileStore(home / "store")
        return Backend(local, lambda: int(time.time()), None, local.close)
    if metadata is None or objects is None:
        raise ValueError("Give both --metadata postgresql://... and --objects s3://... "
                         "(several instances share both), or neither for local storage.")
    from satchel.sync.inbox.objects_s3 import S3Objects, parse_s3_url
    from satchel.sync.inbox.pg_schema import check_metadata_url
    from satchel.sync.inbox.sessions import PgSessions
    from satchel.sync.inbox.store_postgres import PostgresStore

    where = parse_s3_url(objects)
    check_metadata_url(metadata)
    shared = PostgresStore(metadata, S3Objects(where))
    return Backend(shared, shared.clock, PgSessions(shared), shared.close)
