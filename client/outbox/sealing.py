"""Sealing: turn a draft report into signed envelopes addressed to the coalition.

Each attachment's envelope is its stored payload with a new age header naming exactly
the directory's recipients (the vault's own stanza is dropped); the payload is only read
to hash it, never rewritten. The report envelope carries the signed manifest binding the
report, every attachment and the recipient set. Everything becomes visible in one
transaction, so a crash before it leaves the report a draft and an unreferenced blob.
"""

import hashlib
import json
import secrets
import time
from collections.abc import Iterable
from typing import BinaryIO

from satchel.client.coalition import require_fresh_directory
from satchel.client.errors import SatchelError
from satchel.client.outbox.machine import Event, InvalidTransition, State, next_state
from satchel.client.progress import Progress
from satchel.client.vault.blobs import write_blob
from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.encoding import canonical
from satchel.crypto.envelope import SealedReport, seal_report
from satchel.crypto.manifest import AttachmentEntry

READ_CHUNK = 1 << 20


def seal(vault: Vault, report_ids: Iterable[str], progress: Progress) -> list[str]:
    """Seal each draft report and queue its envelopes; return the ids sealed."""
    directory = require_fresh_directory(vault)
    recipients = sorted(directory.recipients)
    sealed = []
    for report_id in report_ids:
        _seal_one(vault, report_id, recipients, progress)
        sealed.append(report_id)
    return sealed


def draft_ids(vault: Vault) -> list[str]:
    return [
        r[0]
        for r in vault.conn.execute(
            "SELECT id FROM reports WHERE state = ? ORDER BY created_at, id", (State.DRAFT.value,)
        )
    ]


def _seal_one(vault: Vault, report_id: str, recipients: list[str], progress: Progress) -> None:
    row = vault.conn.execute(
        "SELECT state, document FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    if row is None:
        raise SatchelError(f"No report {report_id} in this vault; see `satchel report list`.")
    try:
        next_state(State(row[0]), Event.SEAL)
    except InvalidTransition:
        raise SatchelError(f"Report {report_id} is already sealed ({row[0]}).") from None
    envelopes, entries = _attachment_envelopes(vault, report_id, recipients, progress)
    secret = secrets.token_bytes(32)
    # The secret travels beside the signed document (envelope version 2), never in it:
    # evidence built from the document can then be shared without it.
    doc = json.loads(row[1])
    sealed: list[SealedReport] = []

    def fill(f: BinaryIO) -> None:
        sealed.append(seal_report(f, canonical(doc), entries, vault.device_key, recipients,
                                  delivery_secret=secret))

    try:
        blob = write_blob(vault, fill)
    except OSError as e:
        raise SatchelError(f"Cannot write to the vault: {e.strerror}; free some space.") from None
    result = sealed[0]
    size = vault.blob_path(blob).stat().st_size
    envelopes.append(("report", b"", blob, size, result.envelope_sha256))
    _commit(vault, report_id, envelopes, secret, result.manifest.submission_id)


def _attachment_envelopes(
    vault: Vault, report_id: str, recipients: list[str], progress: Progress
) -> tuple[list[tuple[str, bytes, str, int, str]], list[AttachmentEntry]]:
    envelopes = []
    entries = []
    rows = vault.conn.execute(
        "SELECT name, media_type, size, sha256, scrubbed, vault_header, blob "
        "FROM attachments WHERE report_id = ? ORDER BY position",
        (report_id,),
    ).fetchall()
    for name, media_type, size, sha256, scrubbed, vault_header, blob in rows:
        header = age.rewrap_header(bytes(vault_header), [vault.identity], recipients)
        env_size, env_sha = _hash_envelope(header, vault, blob, progress)
        envelopes.append(("attachment", header, blob, env_size, env_sha))
        entries.append(
            AttachmentEntry(
                name=name, media_type=media_type, size=size, sha256=sha256,
                envelope_sha256=env_sha, scrubbed=bool(scrubbed),
            )
        )
    return envelopes, entries


def _hash_envelope(header: bytes, vault: Vault, blob: str, progress: Progress) -> tuple[int, str]:
    digest = hashlib.sha256(header)
    total = len(header)
    path = vault.blob_path(blob)
    expected = path.stat().st_size
    with path.open("rb") as f:
        while chunk := f.read(READ_CHUNK):
            digest.update(chunk)
            total += len(chunk)
            progress("Sealing", total, expected)
    return total, digest.hexdigest()


def _commit(
    vault: Vault,
    report_id: str,
    envelopes: list[tuple[str, bytes, str, int, str]],
    secret: bytes,
    submission_id: str,
) -> None:
    now = int(time.time())
    with vault.transaction() as db:
        for kind, header, blob, size, sha in envelopes:
            db.execute(
                "INSERT INTO envelopes(sha256, report_id, kind, header, blob, size, state, "
                "received_at) VALUES(?,?,?,?,?,?,?,?)",
                (sha, report_id, kind, header, blob, size, State.QUEUED.value, now),
            )
        db.execute(
            "UPDATE reports SET state = ?, submission_id = ?, delivery_secret = ?, "
            "updated_at = ? WHERE id = ?",
            (State.QUEUED.value, submission_id, secret, now, report_id),
        )
