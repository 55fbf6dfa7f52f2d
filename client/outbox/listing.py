"""What the outbox holds, read-only: each sealed envelope with its report and size.

The window shows a report's upload progress from envelope events (which carry only a
hash), so it needs to know which report each envelope belongs to and how big it is.
"""

from __future__ import annotations

from satchel.client.vault.vault import Vault


def envelopes_by_sha(vault: Vault) -> dict[str, tuple[str, int]]:
    """Envelope sha256 -> (report id, size) for every envelope of a report in this vault.

    Envelopes a courier carries belong to no report here and are left out."""
    rows = vault.conn.execute(
        "SELECT sha256, report_id, size FROM envelopes WHERE report_id IS NOT NULL").fetchall()
    return {sha: (str(rid), int(size)) for sha, rid, size in rows}
