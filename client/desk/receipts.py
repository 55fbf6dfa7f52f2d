"""The receipts a desk sends back on a stick: each signed once, only for what it holds.

A desk receipt lets the reporter erase its only copy, so the desk signs one only for an
envelope it holds (received over USB: one pulled from the inbox was already receipted
there) and that passed its checks. A report envelope passed them when it was received:
the submission row exists only if it opened with this desk's key and its signature,
recipient binding and report hash held. An attachment envelope must decrypt to the size
and SHA-256 its signed manifest names. A lost or damaged envelope gets no receipt, so the
reporter keeps it queued and carries it again; its receipt is signed when it arrives.

Each receipt is signed once and kept in the `receipts` table with `carry` = 1 until an
export put it on a stick (issue 10 item 14: a desk no longer re-signs the whole history
at every export); `transfer.resend_receipt` sets it again when the envelope comes back,
which shows the reporter never got it.
"""

import os
import time
from collections.abc import Iterator

from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.desk_receipt import sign_desk_receipt
from satchel.crypto.envelope import check_attachment
from satchel.crypto.errors import IntegrityError, WrongKeyError
from satchel.crypto.manifest import AttachmentEntry, decode_manifest


def issue_receipts(vault: Vault) -> int:
    """Sign and store a receipt for every checked envelope that has none; return how many."""
    held = {str(sha): (str(blob), int(at)) for sha, blob, at in vault.conn.execute(
        "SELECT sha256, blob, received_at FROM desk_envelopes WHERE via = 'usb'")}
    signed = {str(sha) for (sha,) in vault.conn.execute("SELECT envelope_sha256 FROM receipts")}
    key = vault.device_key
    identities = [age.parse_identity(vault.identity)]
    fresh: list[tuple[str, bytes, int]] = []
    for sha, entry, secret in _unreceipted(vault, held, signed):
        blob, received_at = held[sha]
        if entry is None or _attachment_ok(vault, blob, entry, identities):
            day = time.strftime("%Y-%m-%d", time.gmtime(received_at))
            fresh.append((sha, sign_desk_receipt(key, secret, sha, day), received_at))
    if fresh:
        with vault.transaction() as db:
            db.executemany("INSERT OR IGNORE INTO receipts(envelope_sha256, receipt, "
                           "received_at, carry) VALUES(?,?,?,1)", fresh)
    return len(fresh)


def _unreceipted(vault: Vault, held: dict[str, tuple[str, int]],
                 signed: set[str]) -> Iterator[tuple[str, AttachmentEntry | None, bytes]]:
    """(envelope hash, its manifest entry or None for the report envelope, delivery secret)
    for each held envelope of each submission that has no receipt yet."""
    rows = vault.conn.execute(
        "SELECT envelope_sha256, manifest, delivery_secret FROM submissions")
    for report_sha, manifest_bytes, secret_hex in rows:
        if not secret_hex:
            continue
        pairs: list[tuple[str, AttachmentEntry | None]] = [(str(report_sha), None)]
        pairs += [(a.envelope_sha256, a)
                  for a in decode_manifest(bytes(manifest_bytes)).attachments]
        for sha, entry in pairs:
            if sha in held and sha not in signed:
                yield sha, entry, bytes.fromhex(secret_hex)


def _attachment_ok(vault: Vault, blob: str, entry: AttachmentEntry,
                   identities: list[age.X25519Identity]) -> bool:
    try:
        with vault.blob_path(blob).open("rb") as f, open(os.devnull, "wb") as sink:
            check_attachment(f, entry, identities, sink)
    except (IntegrityError, WrongKeyError, OSError):
        return False
    return True
