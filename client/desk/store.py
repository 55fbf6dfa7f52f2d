"""The desk's store: received envelopes, the submissions they hold, the device registry.

Every envelope received (over USB or from the inbox) is kept as the age ciphertext it
arrived as, deduplicated by its SHA-256, so the same submission arriving by Tor and by
USB is stored once. A report envelope is opened at once: its signed manifest, signature
and report document go into the submissions table (inside SQLCipher); the attachments stay
ciphertext until they are verified or exported. An envelope that does not open for this
desk can be refused with `discard`: its reason is recorded (`refusal`), its copy deleted.
"""

import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from satchel.client.errors import IntegrityFailure, SatchelError
from satchel.client.vault.blobs import write_blob
from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.envelope import open_report
from satchel.crypto.errors import IntegrityError, WrongKeyError

# Report envelopes are small (text); larger envelopes are attachments and are not opened
# at import, so a huge video is not decrypted twice.
MAX_REPORT_ENVELOPE = 64 * 2**20
CHUNK = 1 << 20
DESK_STATES = ("new", "in-review", "verified", "shared", "dismissed")
# What `receive` keeps as checked: a submission, or an attachment envelope for this desk.
KEPT = ("submission", "stored")
REFUSED = "refused_envelope:"  # meta key prefix of `discard`'s records


@dataclass(frozen=True)
class Received:
    sha256: str
    # "stored", "duplicate", "submission", "not-for-this-desk", "rejected", "damaged"
    status: str
    reason: str = ""

    def to_json(self) -> dict[str, str]:
        return {"sha256": self.sha256, "status": self.status, "reason": self.reason}


def has_envelope(vault: Vault, sha256: str) -> bool:
    return vault.conn.execute(
        "SELECT 1 FROM desk_envelopes WHERE sha256 = ?", (sha256,)
    ).fetchone() is not None


def receive(vault: Vault, sha256: str, size: int, write: Callable[[BinaryIO], None], via: str) -> Received:
    """Store one envelope written by `write` into a new blob, then try to open it."""
    if has_envelope(vault, sha256):
        return Received(sha256, "duplicate")
    try:
        blob = write_blob(vault, write, expect_sha256=sha256)
    except IntegrityFailure:
        return Received(sha256, "damaged", "its bytes do not match its hash")

    def hold(db: Any) -> None:
        db.execute(
            "INSERT INTO desk_envelopes(sha256, blob, size, received_at, via) VALUES(?,?,?,?,?)",
            (sha256, blob, size, int(time.time()), via),
        )
    return _check(vault, sha256, blob, size, hold)


def _check(vault: Vault, sha256: str, blob: str, size: int,
           hold: Callable[[Any], None] | None = None) -> Received:
    """Open a stored report envelope; of a larger one, check only that its header is ours.

    `hold` records a newly received envelope. A report's is recorded in the transaction
    that records its submission: were the envelope committed first, a kill between would
    leave one that every later import skips as known and no one ever opens.
    """
    if size > MAX_REPORT_ENVELOPE:
        checked = _check_header(vault, sha256, blob)
    else:
        checked = _open_submission(vault, sha256, blob, hold)
    if hold is not None and checked.status != "submission":
        with vault.transaction() as db:
            hold(db)
    return checked


def _check_header(vault: Vault, sha256: str, blob: str) -> Received:
    # Unwrapping the file key checks the header MAC: cheap, and proves it is for us.
    try:
        with vault.blob_path(blob).open("rb") as f:
            age.unwrap_file_key(age.read_header(f), [vault.identity])
    except WrongKeyError:
        return Received(sha256, "not-for-this-desk", "none of this desk's keys opens it")
    except IntegrityError as e:
        return Received(sha256, "rejected", f"not a valid envelope ({e.what})")
    return Received(sha256, "stored")


def check_held(vault: Vault, sha256: str) -> Received:
    """Check an envelope already held (it came by USB first) as `receive` checked it.

    "duplicate" when it passed (a submission, or an attachment envelope for this desk);
    otherwise the status and reason it fails with now.
    """
    if vault.conn.execute("SELECT 1 FROM submissions WHERE envelope_sha256 = ?",
                          (sha256,)).fetchone():
        return Received(sha256, "duplicate")
    blob, size = vault.conn.execute(
        "SELECT blob, size FROM desk_envelopes WHERE sha256 = ?", (sha256,)).fetchone()
    checked = _check(vault, sha256, blob, size)
    return Received(sha256, "duplicate") if checked.status in KEPT else checked


def discard(vault: Vault, refused: Received) -> None:
    """Record why an envelope was refused (`refusal`), then delete it if it is held."""
    note = json.dumps({"status": refused.status, "reason": refused.reason,
                       "at": int(time.time())}).encode()
    with vault.transaction() as db:
        row = db.execute("SELECT blob FROM desk_envelopes WHERE sha256 = ?",
                         (refused.sha256,)).fetchone()
        db.execute("DELETE FROM desk_envelopes WHERE sha256 = ?", (refused.sha256,))
        vault.set_meta(REFUSED + refused.sha256, note)
    if row is not None:  # ciphertext no key of ours opens: unlinking is enough
        vault.blob_path(row[0]).unlink(missing_ok=True)


def refusal(vault: Vault, sha256: str) -> tuple[str, str] | None:
    """(status, reason) recorded when `discard` refused this envelope, or None."""
    raw = vault.get_meta(REFUSED + sha256)
    if raw is None:
        return None
    note = json.loads(raw)
    return str(note["status"]), str(note["reason"])


def _open_submission(vault: Vault, sha256: str, blob: str,
                     hold: Callable[[Any], None] | None) -> Received:
    try:
        with vault.blob_path(blob).open("rb") as f:
            opened = open_report(f, [vault.identity], None)
    except WrongKeyError:
        return Received(sha256, "not-for-this-desk", "none of this desk's keys opens it")
    except IntegrityError as e:
        if e.what == "envelope framing":
            return Received(sha256, "stored")
        # It opened with our key but fails a report check (signature, recipient binding):
        # refuse it loudly, so the import reports a failure instead of a silent "stored".
        return Received(sha256, "rejected", f"not a valid submission ({e.what})")
    with vault.transaction() as db:
        if hold is not None:
            hold(db)
        db.execute(
            "INSERT OR IGNORE INTO submissions(id, envelope_sha256, submission_id, received_at, "
            "manifest, signature, report_doc, signer, delivery_secret) "
            "VALUES(?,?,?,?,?,?,?,?,?)",
            (
                secrets.token_hex(8), sha256, opened.manifest.submission_id, int(time.time()),
                opened.manifest_bytes, opened.signature, opened.report_doc,
                opened.manifest.device,
                opened.delivery_secret.hex() if opened.delivery_secret else None,
            ),
        )
    note_device(vault, opened.manifest.device)
    return Received(sha256, "submission")


def note_device(vault: Vault, public_key: str) -> None:
    """Trust on first use: an unknown signing device is recorded as "new"."""
    from satchel.crypto.keys import VerifyKey

    fingerprint = VerifyKey.from_text(public_key).fingerprint
    with vault.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO devices(public_key, fingerprint, status, first_seen) "
            "VALUES(?,?,?,?)",
            (public_key, fingerprint, "new", int(time.time())),
        )


def set_device_status(vault: Vault, fingerprint: str, status: str, label: str | None) -> None:
    """Enrol (trusted) or revoke a device by its fingerprint, compared out of band."""
    normalized = " ".join(fingerprint.upper().replace("-", " ").split())
    with vault.transaction() as db:
        cur = db.execute(
            "UPDATE devices SET status = ?, label = COALESCE(?, label) WHERE fingerprint = ?",
            (status, label, normalized),
        )
        if cur.rowcount == 0:
            raise SatchelError(
                f"No device with fingerprint {fingerprint} has sent anything to this desk yet."
            )


def desk_counts(vault: Vault) -> dict[str, int]:
    rows = vault.conn.execute("SELECT desk_state, COUNT(*) FROM submissions GROUP BY desk_state")
    counts = {state: n for state, n in rows}
    counts["envelopes"] = vault.conn.execute("SELECT COUNT(*) FROM desk_envelopes").fetchone()[0]
    return counts
