"""What each role puts on a USB stick and takes from one (the bundle format is sync's).

Export: a reporter writes its queued envelopes (they become "exported" and stay in the
outbox until a receipt arrives); a courier writes the envelopes it carries and the
receipts not yet carried; a desk writes the desk receipts not yet carried, signing one
once for each envelope it holds and checked (client/desk/receipts.py); every role but
the reporter adds the coalition directory it holds so updates travel too.
Import: a reporter applies receipts and directory updates; a courier stores envelopes
and receipts in its own vault; a desk stores and opens envelopes. An envelope that comes
back to a desk or courier holding its receipt shows the sender lacks that receipt, so it
is carried again (issue 10 item 14).
"""

import hashlib
import io
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from satchel.client.coalition import current_directory, import_directory
from satchel.client.desk.receipts import issue_receipts
from satchel.client.errors import SatchelError
from satchel.client.outbox.delivery import apply_receipt, receipt_envelope
from satchel.client.outbox.envelope_io import open_envelope
from satchel.client.outbox.machine import Event, InvalidTransition, State, next_state
from satchel.client.reports.store import refresh_report_state
from satchel.client.vault.blobs import write_blob
from satchel.client.vault.vault import Vault
from satchel.crypto.directory import Directory
from satchel.crypto.errors import IntegrityError
from satchel.sync.bundle.write import BundleItem


def _bytes_item(kind: str, data: bytes) -> BundleItem:
    return BundleItem(kind, hashlib.sha256(data).hexdigest(), len(data), lambda: io.BytesIO(data))


def _opener(header: bytes, path: Path) -> Callable[[], BinaryIO]:
    return lambda: open_envelope(header, path)


def export_items(vault: Vault) -> list[BundleItem]:
    items: list[BundleItem] = []
    if vault.role in ("reporter", "courier"):
        states = (State.QUEUED.value, State.EXPORTED.value, State.UPLOADING.value)
        rows = vault.conn.execute(
            "SELECT sha256, size, header, blob FROM envelopes WHERE state IN (?,?,?)", states
        ).fetchall()
        for sha, size, header, blob in rows:
            items.append(BundleItem("envelope", sha, size,
                                    _opener(bytes(header), vault.blob_path(blob))))
    if vault.role == "desk":
        issue_receipts(vault)
    if vault.role in ("courier", "desk"):
        # Only receipts the other side may still lack (see client/desk/receipts.py).
        for (data,) in vault.conn.execute("SELECT receipt FROM receipts WHERE carry = 1"):
            items.append(_bytes_item("receipt", bytes(data)))
    directory = vault.get_meta("directory")
    if directory is not None and vault.role != "reporter":
        items.append(_bytes_item("directory", directory))
    return items


def mark_exported(vault: Vault, shas: list[str]) -> None:
    """Written to the stick: queued envelopes become exported and carried receipts are no
    longer owed, in one transaction."""
    if not shas:
        return
    if vault.role != "reporter":
        _mark_receipts_carried(vault, set(shas))
        return
    now = int(time.time())
    with vault.transaction() as db:
        touched = set()
        for sha in shas:
            row = db.execute("SELECT state, report_id FROM envelopes WHERE sha256 = ?",
                             (sha,)).fetchone()
            if row is None:
                continue
            try:
                new = next_state(State(row[0]), Event.EXPORT)
            except InvalidTransition:
                continue
            db.execute("UPDATE envelopes SET state = ? WHERE sha256 = ?", (new.value, sha))
            touched.add(row[1])
        for report_id in touched:
            refresh_report_state(db, report_id, now)


def _mark_receipts_carried(vault: Vault, written: set[str]) -> None:
    # A bundle names a receipt by the hash of its bytes, the table by its envelope's.
    rows = vault.conn.execute("SELECT envelope_sha256, receipt FROM receipts WHERE carry = 1")
    carried = [(sha,) for sha, data in rows if hashlib.sha256(bytes(data)).hexdigest() in written]
    if carried:
        with vault.transaction() as db:
            db.executemany("UPDATE receipts SET carry = 0 WHERE envelope_sha256 = ?", carried)


def resend_receipt(vault: Vault, envelope_sha256: str) -> bytes | None:
    """An envelope came back on a stick: its sender lacks the receipt, so carry it again.

    Returns the receipt held for it, if any."""
    row = vault.conn.execute("SELECT receipt, carry FROM receipts WHERE envelope_sha256 = ?",
                             (envelope_sha256,)).fetchone()
    if row is None:
        return None
    if not row[1]:
        with vault.transaction() as db:
            db.execute("UPDATE receipts SET carry = 1 WHERE envelope_sha256 = ?",
                       (envelope_sha256,))
    return bytes(row[0])


def known(vault: Vault, sha: str) -> bool:
    """Whether an envelope is already held, so a re-import skips it without reading it.

    A desk or courier that holds it again owes its receipt: the sender would not resend
    it otherwise.
    """
    table = {"desk": "desk_envelopes"}.get(vault.role, "envelopes")
    query = f"SELECT 1 FROM {table} WHERE sha256 = ?"  # noqa: S608 - fixed table names
    held = vault.conn.execute(query, (sha,)).fetchone() is not None
    if held and vault.role in ("desk", "courier"):
        resend_receipt(vault, sha)
    return held


def import_entry(vault: Vault, kind: str, sha: str, size: int, read: Any,
                 *, accept_root: str | None = None) -> dict[str, Any]:
    """Take one verified bundle entry; `read(sink)` streams its bytes into `sink`.
    `accept_root` is the root fingerprint the user confirmed (an unpinned vault pins
    nothing without it)."""
    if kind == "directory":
        return _import_directory(vault, _read_small(read, size), accept_root)
    if kind == "receipt":
        if vault.role == "desk":
            return {"status": "ignored", "reason": "a desk does not take receipts"}
        return apply_receipt(vault, _read_small(read, size)).to_json()
    if vault.role == "desk":
        from satchel.client.desk.store import receive

        return receive(vault, sha, size, read, via="usb").to_json()
    if vault.role == "courier":
        return _courier_store(vault, sha, size, read)
    return {"status": "ignored", "reason": "a reporter does not carry others' envelopes"}


def _read_small(read: Any, size: int) -> bytes:
    if size > 16 * 2**20:
        raise SatchelError("A receipt or directory on the stick is implausibly large.")
    sink = io.BytesIO()
    read(sink)
    return sink.getvalue()


def _import_directory(vault: Vault, data: bytes, accept_root: str | None) -> dict[str, Any]:
    try:
        directory = import_directory(vault, data, accept_root=accept_root)
    except SatchelError as e:
        return {"status": "ignored", "reason": str(e)}
    return {"status": "accepted", "serial": directory.serial}


def _vouched(receipt: bytes, directory: Directory | None) -> bool:
    try:
        return receipt_envelope(receipt, directory)[1]
    except IntegrityError:  # signed by a key the current directory no longer pins
        return False


def _courier_store(vault: Vault, sha: str, size: int, read: Any) -> dict[str, Any]:
    receipt = resend_receipt(vault, sha)
    if receipt is not None and _vouched(receipt, current_directory(vault)):
        # Delivered already (the directory vouches for its receipt): carry the receipt
        # back to the sender, not the envelope onward.
        return {"status": "delivered", "reason": "its receipt is carried back instead"}
    blob = write_blob(vault, read)
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO envelopes(sha256, report_id, kind, header, blob, size, state, "
            "received_at) VALUES(?, NULL, 'carried', x'', ?, ?, ?, ?)",
            (sha, blob, size, State.QUEUED.value, int(time.time())),
        )
    return {"status": "stored"}
