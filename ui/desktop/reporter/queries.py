"""What the workspace reads in one job, from client/ functions (no SQL here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from satchel.client.coalition import current_directory
from satchel.client.outbox.listing import envelopes_by_sha
from satchel.client.reports.store import list_reports
from satchel.client.scrub.scrubber import scrub
from satchel.client.vault.vault import Vault
from satchel.crypto.directory import DEFAULT_KINDS, ReportKind


@dataclass(frozen=True)
class Snapshot:
    """What the workspace shows, read in one job."""

    reports: list[dict[str, object]]
    envelopes: dict[str, tuple[str, int]]  # envelope sha256 -> (report id, size)


def snapshot(vault: Vault) -> Snapshot:
    return Snapshot(list_reports(vault), envelopes_by_sha(vault))


def report_kinds(vault: Vault) -> tuple[ReportKind, ...]:
    directory = current_directory(vault)
    return directory.kinds if directory else DEFAULT_KINDS


@dataclass(frozen=True)
class ScrubCheck:
    scrubbed: bool
    removed: tuple[str, ...]
    reason: str


def check_metadata(path: Path) -> ScrubCheck:
    """What scrubbing will do to `path`, found by scrubbing it in memory and dropping it."""
    with path.open("rb") as f:
        size = path.stat().st_size
        result = scrub(f, path.name, size=size)
    return ScrubCheck(result.scrubbed, tuple(result.removed), result.reason)
