"""Verification of submissions at the desk.

For each submission, every check runs again from the stored ciphertext: the outer
decryption, the manifest signature, the recipient binding (this desk's recipient must be
in the signed set, so a report signed for others and re-encrypted to us fails), the report
hash, and for every attachment its envelope hash, size, SHA-256 and presence; then the
signing device's status in the registry (trust on first use: "new" verifies but is
marked; "revoked" fails). Each failure is a reason in words.
"""

import json
from collections.abc import Sequence
from typing import Any, BinaryIO, cast

from satchel.client.desk.document import read_report_doc
from satchel.client.errors import SatchelError
from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.envelope import check_attachment, open_report
from satchel.crypto.errors import IntegrityError, WrongKeyError
from satchel.crypto.keys import VerifyKey
from satchel.crypto.manifest import AttachmentEntry

_SMALL_BATCH = 500
REASONS = {
    "manifest signature": "the manifest signature is not valid",
    "recipient binding": "the report was signed for other recipients and re-encrypted",
    "report hash": "the report text does not match its signed hash",
    "report document": "the signed report document is not a JSON object (report document)",
}


class _NullSink:
    def write(self, data: bytes) -> int:
        return len(data)


def submission_ids(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT id FROM submissions ORDER BY received_at, id")]


def verify_submission(vault: Vault, submission_id: str) -> dict[str, Any]:
    """Verify one submission and record the outcome; see `verify_submissions`."""
    return verify_submissions(vault, [submission_id])[0]


def verify_submissions(vault: Vault, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Verify each submission and record every outcome in ONE transaction.

    SQLCipher runs with synchronous=FULL, so each commit is an fsync: committing once per
    batch instead of once per submission is what makes verifying thousands fast. An
    unknown id raises SatchelError before anything is recorded.
    """
    stored = _stored(vault, ids)
    keys = _DeskKeys(vault)
    results = [_verify(vault, keys, i, stored[i][0], stored[i][1]) for i in ids]
    # Record only what changed: re-verifying an unchanged desk writes nothing.
    changes = [
        (int(r["verified"]), json.dumps(r["reasons"]), r["id"])
        for r in results
        if (int(r["verified"]), json.dumps(r["reasons"])) != stored[r["id"]][2:]
    ]
    if changes:
        with vault.transaction() as db:
            db.executemany("UPDATE submissions SET verified = ?, reasons = ? WHERE id = ?", changes)
    return results


class _DeskKeys:
    """The desk's identity (parsed once), recipient and device registry, read once per batch."""

    def __init__(self, vault: Vault) -> None:
        self.identities = [age.parse_identity(vault.identity)]
        self.recipient = vault.recipient
        self.devices: dict[str, str] = {
            str(k): str(s) for k, s in vault.conn.execute("SELECT public_key, status FROM devices")
        }
        self.fingerprints: dict[str, str] = {}

    def fingerprint(self, public_key: str) -> str:
        if public_key not in self.fingerprints:
            self.fingerprints[public_key] = VerifyKey.from_text(public_key).fingerprint
        return self.fingerprints[public_key]


def _stored(vault: Vault, ids: Sequence[str]) -> dict[str, tuple[str, str, int | None, str]]:
    """Each submission's envelope blob, signer and recorded outcome, read in one query."""
    wanted = set(ids)
    query = ("SELECT s.id, e.blob, s.signer, s.verified, s.reasons FROM submissions s "
             "JOIN desk_envelopes e ON e.sha256 = s.envelope_sha256")
    params: tuple[str, ...] = ()
    if len(wanted) <= _SMALL_BATCH:  # a few ids: look them up; many: one scan
        query += f" WHERE s.id IN ({','.join('?' * len(wanted))})"
        params = tuple(wanted)
    found = {
        str(sid): (str(blob), str(signer), verified, str(reasons))
        for sid, blob, signer, verified, reasons in vault.conn.execute(query, params)
        if sid in wanted
    }
    for submission_id in ids:
        if submission_id not in found:
            raise SatchelError(
                f"No submission {submission_id} at this desk; see `satchel desk verify`."
            )
    return found


def _verify(vault: Vault, keys: _DeskKeys, submission_id: str, blob: str,
            signer: str) -> dict[str, Any]:
    reasons: list[str] = []
    title, attachments = "", []
    try:
        with vault.blob_path(blob).open("rb") as f:
            opened = open_report(f, keys.identities, keys.recipient)
        title = str(read_report_doc(opened.report_doc).get("title", ""))
        signer = opened.manifest.device
        attachments = [_check_one(vault, keys, entry, reasons)
                       for entry in opened.manifest.attachments]
    except WrongKeyError:
        reasons.append("none of this desk's keys opens the report envelope")
    except IntegrityError as e:
        reasons.append(REASONS.get(e.what, f"the report envelope failed a check ({e.what})"))
    status = keys.devices.get(signer, "new")
    if status == "revoked":
        reasons.append("signed by a revoked device")
    return {
        "id": submission_id,
        "verified": not reasons,
        "signer_fingerprint": keys.fingerprint(signer),
        "device_status": status,
        "reasons": reasons,
        "title": title,
        "attachments": attachments,
    }


def _check_one(vault: Vault, keys: _DeskKeys, entry: AttachmentEntry,
               reasons: list[str]) -> dict[str, Any]:
    info: dict[str, Any] = {"name": entry.name, "media_type": entry.media_type,
                            "size": entry.size, "sha256": entry.sha256, "verified": False}
    row = vault.conn.execute(
        "SELECT blob FROM desk_envelopes WHERE sha256 = ?", (entry.envelope_sha256,)
    ).fetchone()
    if row is None:
        reasons.append(f"attachment {entry.name!r} is missing")
        return info
    try:
        with vault.blob_path(row[0]).open("rb") as f:
            check_attachment(f, entry, keys.identities, cast(BinaryIO, _NullSink()))
    except (IntegrityError, WrongKeyError) as e:
        what = e.what if isinstance(e, IntegrityError) else "decryption"
        reasons.append(f"attachment {entry.name!r} was altered or damaged ({what})")
        return info
    info["verified"] = True
    return info

