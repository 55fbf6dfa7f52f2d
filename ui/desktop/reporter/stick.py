"""Saving the queued envelopes to a stick: the session `satchel export` drives too.

The workspace runs `save_to_stick` as a job on the worker pool: it drives
`satchel.sync.service.stick.export_to_stick`, turning its `JobProgress` events into the
workspace's progress bar, and stops at the next item when the token is cancelled (a
lock), keeping what was written. An item that could not be written is one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from satchel.client.progress import Progress
from satchel.client.vault.vault import Vault
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import Event, JobProgress
from satchel.sync.service.stick import WRITTEN, check_export, export_to_stick

StickExport = Callable[[Vault, Path, Progress, CancelToken], int]


def save_to_stick(vault: Vault, folder: Path, progress: Progress, cancel: CancelToken) -> int:
    """Write every queued envelope to `folder`; mark them exported; return how many."""
    def listener(event: Event) -> None:
        if isinstance(event, JobProgress):
            progress("Saving", event.done, event.total)

    report = export_to_stick(vault, folder, listener, cancel)
    check_export(report)
    return sum(1 for r in report.results if r.status in WRITTEN)
