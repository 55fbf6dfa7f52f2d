"""Read-only look-ups the window needs and client/ does not offer yet.

TODO(client): move `envelope_map` into client/outbox (a reporter's envelopes with their
report and size), so the window holds no SQL at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from satchel.client.coalition import current_directory
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
    rows = vault.conn.execute("SELECT sha256, report_id, size FROM envelopes").fetchall()
    return Snapshot(list_reports(vault), {sha: (rid, size) for sha, rid, size in rows})


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
