"""Admission limits for new uploads, and reading them from an operator's limits file.

Behind an onion service every request arrives from Tor's loopback connection: the inbox
cannot tell one client from another. So the limits that bound resources are global
(unfinished uploads and their declared bytes, uploads and bytes created per time
window); the per-connection limit bounds what one TCP connection, i.e. one Tor stream,
may create before it must open another, which keeps one naive or greedy client from
taking every slot at once. docs/inbox-api.md says what each limit protects and what it
cannot (a flooder with many streams still spends the window's budget: Tor's onion
service DoS defences are the per-client layer).

All state is in memory and event-loop confined: `reserve` checks and records in one
synchronous step, so concurrent creations cannot both pass a limit meant for one.
"""

from __future__ import annotations

import dataclasses
import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from satchel.sync.inbox.config import InboxConfig

# The InboxConfig fields an operator may set in a limits file (positive integers).
LIMIT_FIELDS = (
    "max_upload_size", "max_open_uploads", "max_pending_bytes", "upload_expiry",
    "connection_uploads", "connection_bytes", "window", "window_uploads", "window_bytes",
)


class LimitsError(ValueError):
    """The operator's limits file is unreadable or invalid; the message says what to fix."""


@dataclass(frozen=True)
class Refusal:
    status: int  # 503 the inbox is full now; 429 a rate limit
    text: str
    retry_after: int


@dataclass
class _Tally:
    since: int
    uploads: int = 0
    bytes: int = 0


class UploadLimiter:
    """Counts creations per connection and per time window; see the module docstring."""

    def __init__(self, config: InboxConfig, clock: Callable[[], int]) -> None:
        self.cfg = config
        self.clock = clock
        self._recent: deque[tuple[int, int]] = deque()  # (created at, declared bytes)
        self._window_bytes = 0
        self._connections: dict[str, _Tally] = {}
        self._creating = _Tally(0)  # reserved, not yet in the store

    def reserve(self, connection: str, length: int, open_uploads: int,
                open_bytes: int) -> Refusal | None:
        """Admit a creation of `length` bytes (recording it) or say why not."""
        now = self.clock()
        self._forget(now)
        cfg = self.cfg
        if open_uploads + self._creating.uploads >= cfg.max_open_uploads or (
                open_bytes + self._creating.bytes + length > cfg.max_pending_bytes):
            return Refusal(503, "the inbox holds too many unfinished uploads; retry later", 60)
        wait = self._recent[0][0] + cfg.window - now if self._recent else cfg.window
        if (len(self._recent) >= cfg.window_uploads
                or self._window_bytes + length > cfg.window_bytes):
            return Refusal(429, "the inbox takes no more uploads this hour; retry later", wait)
        tally = self._connections.get(connection) or _Tally(now)
        if tally.uploads >= cfg.connection_uploads or (
                tally.bytes + length > cfg.connection_bytes):
            return Refusal(429, "too many uploads on this connection; open a new one", 1)
        tally.uploads += 1
        tally.bytes += length
        self._connections[connection] = tally
        self._recent.append((now, length))
        self._window_bytes += length
        self._creating.uploads += 1
        self._creating.bytes += length
        return None

    def created(self, length: int) -> None:
        """The reserved upload is now in the store (or failed): stop counting it twice."""
        self._creating.uploads -= 1
        self._creating.bytes -= length

    def _forget(self, now: int) -> None:
        horizon = now - self.cfg.window
        while self._recent and self._recent[0][0] <= horizon:
            self._window_bytes -= self._recent.popleft()[1]
        # A peer address is reused by a later connection; after a window it starts afresh.
        for key in [k for k, t in self._connections.items() if t.since <= horizon]:
            del self._connections[key]


def load_limits(path: Path, config: InboxConfig) -> InboxConfig:
    """`config` with the limits set in the JSON object at `path`; LimitsError if invalid."""
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LimitsError(f"The limits file {path} cannot be read as JSON ({exc}); "
                         "fix it or leave --limits out.") from None
    if not isinstance(raw, dict):
        raise LimitsError(f"The limits file {path} must hold one JSON object.")
    for key, value in raw.items():
        if key not in LIMIT_FIELDS:
            raise LimitsError(f"Unknown limit {key!r} in {path}; known limits: "
                             f"{', '.join(LIMIT_FIELDS)}.")
        if type(value) is not int or value <= 0:
            raise LimitsError(f"The limit {key!r} in {path} must be a positive integer.")
    return dataclasses.replace(config, **raw)
