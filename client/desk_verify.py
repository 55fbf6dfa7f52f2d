"""Verification of submissions at the desk.

For each submission, every check runs again from the stored ciphertext: the outer
decryption, the manifest signature, the recipient binding (this desk's recipient must be
in the signed set, so a report signed for others and re-encrypted to us fails), the report
hash, and for every attachment its envelope hash, size, SHA-256 and presence; then the
signing device's status in the registry (trust on first use: "new" verifies but is
marked; "revoked" fails). Each failure is a reason in words.
"""

import json
from typing import Any, BinaryIO, cast

from satchel.client.errors import SatchelError
from satchel.client.vault import Vault
from satchel.crypto.envelope import check_attachment, open_report
from satchel.crypto.errors import IntegrityError, WrongKeyError
from satchel.crypto.keys import VerifyKey
from satchel.crypto.manifest import AttachmentEntry

REASONS = {
    "manifest signature": "the manifest signature is not valid",
    "recipient binding": "the report was signed for other recipients and re-encrypted",
    "report hash": "the report text does not match its signed hash",
}


class _NullSink:
    def write(self, data: bytes) -> int:
        return len(data)


def submission_ids(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT id FROM submissions ORDER BY received_at, id")]


def verify_submission(vault: Vault, submission_id: str) -> dict[str, Any]:
    row = vault.conn.execute(
        "SELECT s.envelope_sha256, e.blob, s.signer FROM submissions s "
        "JOIN desk_envelopes e ON e.sha256 = s.envelope_sha256 WHERE s.id = ?",
        (submission_id,),
    ).fetchone()
    if row is None:
        raise SatchelError(f"No submission {submission_id} at this desk; see `satchel desk verify`.")
    reasons: list[str] = []
    title, attachments, signer = "", [], str(row[2])
    try:
        with vault.blob_path(row[1]).open("rb") as f:
            opened = open_report(f, [vault.identity], vault.recipient)
        title = json.loads(opened.report_doc).get("title", "")
        signer = opened.manifest.device
        attachments = [_check_one(vault, entry, reasons) for entry in opened.manifest.attachments]
    except WrongKeyError:
        reasons.append("none of this desk's keys opens the report envelope")
    except IntegrityError as e:
        reasons.append(REASONS.get(e.what, f"the report envelope failed a check ({e.what})"))
    status = _device_status(vault, signer)
    if status == "revoked":
        reasons.append("signed by a revoked device")
    result = {
        "id": submission_id,
        "verified": not reasons,
        "signer_fingerprint": VerifyKey.from_text(signer).fingerprint,
        "device_status": status,
        "reasons": reasons,
        "title": title,
        "attachments": attachments,
    }
    with vault.transaction() as db:
        db.execute("UPDATE submissions SET verified = ?, reasons = ? WHERE id = ?",
                   (int(not reasons), json.dumps(reasons), submission_id))
    return result


def _check_one(vault: Vault, entry: AttachmentEntry, reasons: list[str]) -> dict[str, Any]:
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
            check_attachment(f, entry, [vault.identity], cast(BinaryIO, _NullSink()))
    except (IntegrityError, WrongKeyError) as e:
        what = e.what if isinstance(e, IntegrityError) else "decryption"
        reasons.append(f"attachment {entry.name!r} was altered or damaged ({what})")
        return info
    info["verified"] = True
    return info


def _device_status(vault: Vault, public_key: str) -> str:
    row = vault.conn.execute(
        "SELECT status FROM devices WHERE public_key = ?", (public_key,)
    ).fetchone()
    return str(row[0]) if row else "new"
