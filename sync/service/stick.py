"""Stick sessions: export a role's items to a USB stick, import a stick into a vault.

`satchel export` / `satchel import` and the window's stick actions drive these. What
each role carries is decided in satchel.sync.bundle.carry; the bundle format does the
durable, hostile-stick-proof I/O. Progress goes to the `Listener` as `JobProgress`, and
each item's outcome as an `EnvelopeOutcome`. Cancelling between items keeps what is
done: an export marks only what it wrote, an import keeps only entries that passed
their checks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from satchel.client.errors import IntegrityFailure, LockedError, SatchelError
from satchel.client.vault.vault import Vault
from satchel.crypto.errors import IntegrityError
from satchel.sync.bundle import (
    BundleError,
    BundlePassphraseError,
    BundleReadError,
    ReadResult,
    WriteReport,
    read_bundle,
    write_bundle,
)
from satchel.sync.bundle.carry import export_items, import_entry, known, mark_exported
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import EnvelopeOutcome, JobProgress, Listener

WRITTEN = ("written", "present", "duplicate")
FAILED_IMPORT = ("failed", "damaged", "rejected")


def export_to_stick(vault: Vault, folder: Path, listener: Listener, cancel: CancelToken,
                    *, passphrase: bytes | None = None) -> WriteReport:
    """Write what this vault carries to `folder`; mark as exported only what was written."""
    def progress(done: int, total: int) -> None:
        cancel.check()
        listener(JobProgress(done, total))

    try:
        report = write_bundle(folder, export_items(vault), passphrase=passphrase,
                              on_progress=progress)
    except BundleError as e:
        raise SatchelError(str(e)) from None
    mark_exported(vault, [r.sha256 for r in report.results if r.status in WRITTEN])
    for r in report.results:
        listener(EnvelopeOutcome(r.sha256, r.status, r.reason))
    return report


def check_export(report: WriteReport) -> None:
    """Raise (exit 1) when an item could not be written; what was written stays marked."""
    failed = [r for r in report.results if r.status == "failed"]
    if failed:
        raise SatchelError(f"{len(failed)} item(s) could not be exported: {failed[0].reason}")


def import_from_stick(vault: Vault, folder: Path, listener: Listener, cancel: CancelToken,
                      *, passphrase: bytes | None = None,
                      accept_root: str | None = None) -> list[dict[str, Any]]:
    """Take every entry of the bundle in `folder` that passes its checks; one dict each."""
    def progress(done: int, total: int) -> None:
        cancel.check()
        listener(JobProgress(done, total))

    outcomes = []
    try:
        for result in read_bundle(folder, passphrase=passphrase,
                                  known=lambda sha: known(vault, sha), on_progress=progress):
            outcome = _take(vault, result, accept_root)
            listener(EnvelopeOutcome(result.sha256, outcome["status"], outcome.get("reason", "")))
            outcomes.append(outcome)
    except BundlePassphraseError:
        raise LockedError("The transport passphrase is missing or wrong for this stick.") from None
    except BundleReadError as e:
        raise SatchelError(str(e)) from None
    return outcomes


def check_import(outcomes: list[dict[str, Any]]) -> None:
    """Raise exit 4 when any entry on the stick was damaged or refused (the rest were taken)."""
    failed = [o for o in outcomes if o["status"] in FAILED_IMPORT]
    if failed:
        raise IntegrityFailure(
            f"{len(failed)} item(s) on the stick were damaged or refused; the rest were taken."
        )


def _take(vault: Vault, result: ReadResult, accept_root: str | None) -> dict[str, Any]:
    base: dict[str, Any] = result.to_json()
    if result.status != "ready":
        return base
    try:
        outcome = import_entry(vault, result.kind, result.sha256, result.size, result.copy_to,
                               accept_root=accept_root)
    except IntegrityError as e:
        return {**base, "status": "failed", "reason": str(e)}
    return {**base, **outcome}
