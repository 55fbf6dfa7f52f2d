"""What each role puts on a USB stick and takes from one (the bundle format is sync's).

Export: a reporter writes its queued envelopes (they become "exported" and stay in the
outbox until a receipt arrives); a courier writes the envelopes and receipts it carries;
a desk writes a signed desk receipt for every envelope it received, and every role adds
the coalition directory it holds so updates travel too.
Import: a reporter applies receipts and directory updates; a courier stores envelopes
and receipts in its own vault; a desk stores and opens envelopes.
"""

import hashlib
import io
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from satchel.client.blobs import write_blob
from satchel.client.coalition import import_directory
from satchel.client.delivery import apply_receipt
from satchel.client.envelope_io import open_envelope
from satchel.client.errors import SatchelError
from satchel.client.outbox import Event, InvalidTransition, State, next_state
from satchel.client.reports import refresh_report_state
from satchel.client.vault import Vault
from satchel.crypto.desk_receipt import sign_desk_receipt
from satchel.sync.bundle_write import BundleItem


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
    if vault.role == "courier":
        for (data,) in vault.conn.execute("SELECT receipt FROM receipts"):
            items.append(_bytes_item("receipt", bytes(data)))
    if vault.role == "desk":
        items.extend(_bytes_item("receipt", r) for r in desk_receipts(vault))
    directory = vault.get_meta("directory")
    if directory is not None and vault.role != "reporter":
        items.append(_bytes_item("directory", directory))
    return items


def desk_receipts(vault: Vault) -> Iterator[bytes]:
    """A signed desk receipt for every envelope of every submission received."""
    from satchel.crypto.manifest import decode_manifest

    key = vault.device_key
    rows = vault.conn.execute(
        "SELECT envelope_sha256, manifest, report_doc, received_at FROM submissions"
    ).fetchall()
    for env_sha, manifest_bytes, report_doc, received_at in rows:
        secret_hex = json.loads(report_doc).get("delivery_secret")
        if not secret_hex:
            continue
        secret = bytes.fromhex(secret_hex)
        day = time.strftime("%Y-%m-%d", time.gmtime(received_at))
        manifest = decode_manifest(bytes(manifest_bytes))
        for sha in [env_sha, *(a.envelope_sha256 for a in manifest.attachments)]:
            yield sign_desk_receipt(key, secret, sha, day)


def mark_exported(vault: Vault, shas: list[str]) -> None:
    """Written to the stick: queued envelopes become exported, in one transaction."""
    if vault.role != "reporter" or not shas:
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


def known(vault: Vault, sha: str) -> bool:
    """Whether an envelope is already held, so a re-import skips it without reading it."""
    table = {"desk": "desk_envelopes"}.get(vault.role, "envelopes")
    query = f"SELECT 1 FROM {table} WHERE sha256 = ?"  # noqa: S608 - fixed table names
    return vault.conn.execute(query, (sha,)).fetchone() is not None


def import_entry(vault: Vault, kind: str, sha: str, size: int, read: Any) -> dict[str, Any]:
    """Take one verified bundle entry; `read(sink)` streams its bytes into `sink`."""
    if kind == "directory":
        return _import_directory(vault, _read_small(read, size))
    if kind == "receipt":
        if vault.role == "desk":
            return {"status": "ignored", "reason": "a desk does not take receipts"}
        return apply_receipt(vault, _read_small(read, size)).to_json()
    if vault.role == "desk":
        from satchel.client.desk_store import receive

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


def _import_directory(vault: Vault, data: bytes) -> dict[str, Any]:
    try:
        directory = import_directory(vault, data)
    except SatchelError as e:
        return {"status": "ignored", "reason": str(e)}
    return {"status": "accepted", "serial": directory.serial}


def _courier_store(vault: Vault, sha: str, size: int, read: Any) -> dict[str, Any]:
    blob = write_blob(vault, read)
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO envelopes(sha256, report_id, kind, header, blob, size, state, "
            "received_at) VALUES(?, NULL, 'carried', x'', ?, ?, ?, ?)",
            (sha, blob, size, State.QUEUED.value, int(time.time())),
        )
    return {"status": "stored"}
