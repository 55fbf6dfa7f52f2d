"""Saving the queued envelopes to a stick: the same calls as `satchel export`.

TODO(sync/service): sync/ is being reworked into long-lived sessions; when the stick
export session lands, make `export_to_stick` drive it (with its events) instead. The
workspace receives this function injected (`StickExport`), so tests and the shell can
swap it without touching the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from satchel.client.errors import SatchelError
from satchel.client.progress import Progress
from satchel.client.vault.vault import Vault
from satchel.sync.bundle.carry import export_items, mark_exported

StickExport = Callable[[Vault, Path, Progress], int]


def export_to_stick(vault: Vault, folder: Path, progress: Progress) -> int:
    """Write every queued envelope to `folder`; mark them exported; return how many."""
    from satchel.sync.bundle import BundleError, write_bundle

    items = export_items(vault)
    try:
        report = write_bundle(folder, items, on_progress=lambda d, t: progress("Saving", d, t))
    except BundleError as e:
        raise SatchelError(str(e)) from None
    done = [r.sha256 for r in report.results if r.status in ("written", "present", "duplicate")]
    mark_exported(vault, done)
    failed = [r for r in report.results if r.status == "failed"]
    if failed:
        raise SatchelError(f"{len(failed)} item(s) could not be saved: {failed[0].reason}")
    return len(done)
