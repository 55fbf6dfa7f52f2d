"""InboxConfig: the limits and timings of one inbox, a plain frozen value.

Its own module so that the limiter, the routes and the app can all name it without
importing one another (the app builds on them all).
"""

from __future__ import annotations

from dataclasses import dataclass

from satchel.sync.protocol import DEFAULT_MAX_UPLOAD

GiB = 1 << 30
MiB = 1 << 20


@dataclass(frozen=True)
class InboxConfig:
    """Limits and timings of one inbox; times in seconds, sizes in bytes."""

    inbox_id: str  # the onion address named in receipts
    max_upload_size: int = DEFAULT_MAX_UPLOAD
    # Upload limits (satchel.sync.inbox.limits; docs/inbox-api.md "Limits"). Global,
    # because behind an onion service every client is Tor's loopback connection.
    max_open_uploads: int = 64  # unfinished uploads at once
    max_pending_bytes: int = 64 * GiB  # their declared lengths, summed
    connection_uploads: int = 4  # uploads one connection (one Tor stream) may create
    connection_bytes: int = 8 * GiB  # declared bytes one connection may create
    window: int = 3600  # the time window of the two limits below
    window_uploads: int = 1000  # uploads created per window
    window_bytes: int = 256 * GiB  # declared bytes created per window
    upload_expiry: int = 24 * 3600  # an upload idle this long expires (410, then deleted)
    acked_retention: int = 24 * 3600  # an acknowledged envelope is deleted after this
    purge_interval: float = 600.0
    write_buffer: int = MiB  # bytes gathered before one disk write
    commit_interval: int = 16 * MiB  # bytes between fsyncs inside one PATCH
    head_wait: float = 2.0  # HEAD waits this long for a running PATCH to settle
    challenge_ttl: int = 120
    session_ttl: int = 3600
    max_challenges: int = 1024
    max_sessions: int = 256
    list_limit: int = 1000
    coalition_root: str | None = None  # pin for reading desks out of the directory
