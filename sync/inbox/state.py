"""InboxState: what every inbox handler needs, held by the app for its lifetime.

Its own module so that the tus and desk routes can take it without importing the app
that assembles them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import anyio
from satchel.crypto.keys import SigningKey
from satchel.crypto.receipt import sign_receipt
from satchel.sync.inbox.config import InboxConfig
from satchel.sync.inbox.limits import UploadLimiter
from satchel.sync.inbox.store import InboxStore


@dataclass
class InboxState:
    """What every handler needs; held by the app for its lifetime."""

    config: InboxConfig
    store: InboxStore
    receipt_key: SigningKey
    directory: Callable[[], bytes | None]
    clock: Callable[[], int]

    def __post_init__(self) -> None:
        # Uploads with a PATCH in progress, each with the event set when it ends. The
        # event loop is single-threaded, so check-and-insert without an await is the lock.
        self.busy: dict[str, anyio.Event] = {}
        self.limiter = UploadLimiter(self.config, self.clock)

    def sign(self, sha256: str, stored_at: int) -> bytes:
        return sign_receipt(self.receipt_key, sha256, self.config.inbox_id, stored_at)
