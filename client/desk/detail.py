"""One submission in full for the desk's detail view, and its attachments from memory.

`submission_detail` reads the stored report document and signed manifest (no decryption:
they were opened and checked at receipt). `read_attachment` decrypts one attachment into
memory, checking its size and hash against the signed manifest, so the window can show an
image without any plaintext file; `save_attachment` is the explicit "Save a copy": it
writes into a folder the person chose, and leaves nothing behind if a check fails.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from satchel.client.desk.export import safe_name
from satchel.client.errors import IntegrityFailure, SatchelError, UsageError
from satchel.client.vault.vault import Vault
from satchel.crypto.envelope import check_attachment
from satchel.crypto.errors import IntegrityError, WrongKeyError
from satchel.crypto.keys import VerifyKey
from satchel.crypto.manifest import AttachmentEntry, decode_manifest

FIELDS = ("title", "kind", "when", "where", "service", "people")
PREVIEW_LIMIT = 64 * 2**20  # larger attachments are saved, not shown


@dataclass(frozen=True)
class SubmissionDetail:
    id: str
    received_at: int
    fields: dict[str, str]  # FIELDS, from the signed report document
    body: str
    desk_state: str
    tags: tuple[str, ...]
    notes: str
    verified: bool | None
    reasons: tuple[str, ...]
    device_status: str
    signer_fingerprint: str
    recipients: tuple[str, ...]
    envelope_sha256: str
    report_sha256: str
    attachments: tuple[AttachmentEntry, ...]


def submission_detail(vault: Vault, submission_id: str) -> SubmissionDetail:
    row = vault.conn.execute(
        "SELECT s.received_at, s.report_doc, s.manifest, s.desk_state, s.tags, s.notes, "
        "s.verified, s.reasons, COALESCE(d.status, 'new'), s.envelope_sha256 "
        "FROM submissions s LEFT JOIN devices d ON d.public_key = s.signer WHERE s.id = ?",
        (submission_id,)).fetchone()
    if row is None:
        raise SatchelError(f"No submission {submission_id} at this desk.")
    at, doc_bytes, manifest_bytes, state, tags, notes, verified, reasons, status, env = row
    doc = json.loads(doc_bytes)
    manifest = decode_manifest(bytes(manifest_bytes))
    return SubmissionDetail(
        str(submission_id), int(at), {f: str(doc.get(f, "") or "") for f in FIELDS},
        str(doc.get("body", "") or ""), str(state), tuple(json.loads(tags)), str(notes),
        None if verified is None else bool(verified), tuple(json.loads(reasons)), str(status),
        VerifyKey.from_text(manifest.device).fingerprint, tuple(manifest.recipients),
        str(env), manifest.report_sha256, tuple(manifest.attachments))


def _entry(vault: Vault, submission_id: str, index: int) -> tuple[AttachmentEntry, str]:
    row = vault.conn.execute("SELECT manifest FROM submissions WHERE id = ?",
                             (submission_id,)).fetchone()
    if row is None:
        raise SatchelError(f"No submission {submission_id} at this desk.")
    attachments = decode_manifest(bytes(row[0])).attachments
    if not 0 <= index < len(attachments):
        raise UsageError(f"Submission {submission_id} has no attachment {index + 1}.")
    entry = attachments[index]
    blob = vault.conn.execute("SELECT blob FROM desk_envelopes WHERE sha256 = ?",
                              (entry.envelope_sha256,)).fetchone()
    if blob is None:
        raise IntegrityFailure(f"The attachment {entry.name!r} has not arrived at this desk yet; "
                               "pull again or import the stick it travels on.")
    return entry, str(blob[0])


def _decrypt(vault: Vault, entry: AttachmentEntry, blob: str, sink: BinaryIO) -> None:
    try:
        with vault.blob_path(blob).open("rb") as f:
            check_attachment(f, entry, [vault.identity], sink)
    except (IntegrityError, WrongKeyError):
        raise IntegrityFailure(f"The attachment {entry.name!r} was altered or damaged; "
                               "it cannot be shown or saved.") from None


def read_attachment(vault: Vault, submission_id: str, index: int,
                    limit: int = PREVIEW_LIMIT) -> bytes:
    """The checked content of one attachment, in memory only."""
    entry, blob = _entry(vault, submission_id, index)
    if entry.size > limit:
        raise UsageError(f"The attachment {entry.name!r} is too large to show here; "
                         "use \"Save a copy\" to open it.")
    sink = io.BytesIO()
    _decrypt(vault, entry, blob, sink)
    return sink.getvalue()


def save_attachment(vault: Vault, submission_id: str, index: int, folder: Path) -> Path:
    """Write one checked attachment into `folder` under a safe name; return its path."""
    entry, blob = _entry(vault, submission_id, index)
    if not folder.is_dir():
        raise UsageError(f"There is no folder {folder}; choose another.")
    target = folder / safe_name(entry.name, index + 1)
    try:
        with target.open("xb") as out:
            _decrypt(vault, entry, blob, out)
    except FileExistsError:
        raise UsageError(f"{target} exists already; choose another folder.") from None
    except BaseException:
        target.unlink(missing_ok=True)  # content streams as it decrypts: leave nothing
        raise
    return target
