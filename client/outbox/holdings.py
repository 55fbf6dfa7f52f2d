"""What a courier holds, as the courier may see it: a count and a total size, nothing else.

A courier carries envelopes it cannot open and receipts owed to their senders; the window
shows only how many items that is and how many bytes (padded ciphertext), never a hash,
a date or a name that could help guess what is carried.
"""

from __future__ import annotations

from dataclasses import dataclass

from satchel.client.outbox.machine import State
from satchel.client.vault.vault import Vault

CARRIED = (State.QUEUED.value, State.EXPORTED.value, State.UPLOADING.value)


@dataclass(frozen=True)
class Holdings:
    items: int
    size: int  # bytes


def holdings(vault: Vault) -> Holdings:
    """Envelopes still to pass on, plus receipts still owed to their senders."""
    envelopes, size = vault.conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM envelopes WHERE state IN (?,?,?)",
        CARRIED).fetchone()
    receipts, receipt_bytes = vault.conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(LENGTH(receipt)), 0) FROM receipts WHERE carry = 1"
    ).fetchone()
    return Holdings(int(envelopes) + int(receipts), int(size) + int(receipt_bytes))
