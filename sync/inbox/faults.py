"""Failures of shared storage that the inbox answers with a retry hint, not a crash.

`StorageUnavailable`: the metadata database or the object store cannot be reached (503
with Retry-After; nothing was recorded that did not happen, so the client resumes from
the committed offset). `UploadBusy`: another request, maybe on another instance, holds
the upload's write lease (423; the client asks HEAD and retries).
"""

from __future__ import annotations

from satchel.sync.inbox.store import OffsetMismatch

RETRY_AFTER = 30


class StorageUnavailable(OSError):
    """The metadata database or the object store cannot be reached; retry later."""


class UploadBusy(OffsetMismatch):
    """Another request (maybe on another instance) is writing this upload; retry later."""
