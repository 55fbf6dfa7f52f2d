"""Reports and their attachments in the vault: create, list, show, erase.

A report's words (title, kind, when, where, service, affected people, body) are one
canonical JSON document stored only inside SQLCipher and, once sealed, inside the
envelope. Attachments are blobs of age ciphertext written once at ingest.
"""

import json
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from satchel.client.coalition import current_directory
from satchel.client.errors import SatchelError, UsageError
from satchel.client.outbox.machine import State, report_state
from satchel.client.progress import Progress
from satchel.client.reports.ingest import Ingested, ingest_file
from satchel.client.vault.vault import Vault
from satchel.client.vault.wipe import wipe_file
from satchel.crypto.directory import DEFAULT_KINDS
from satchel.crypto.encoding import canonical

MAX_TITLE = 500


@dataclass(frozen=True)
class ReportInput:
    title: str
    body: str = ""
    kind: str = "other"
    when: str = ""
    where: str = ""
    service: str = ""
    people: str = ""
    attachments: Sequence[Path] = field(default_factory=tuple)
    keep_metadata: bool = False


def create_report(vault: Vault, spec: ReportInput, progress: Progress) -> str:
    """Ingest every attachment, then record the report in one transaction; return its id."""
    _check(vault, spec)
    directory = current_directory(vault)
    recipients = list(directory.recipients) if directory else []
    done: list[Ingested] = []
    try:
        for path in spec.attachments:
            done.append(
                ingest_file(vault, path, recipients, keep_metadata=spec.keep_metadata,
                            progress=progress)
            )
        report_id = secrets.token_hex(8)
        now = int(time.time())
        with vault.transaction() as db:
            db.execute(
                "INSERT INTO reports(id, created_at, state, document, title, updated_at) "
                "VALUES(?, ?, ?, ?, ?, ?)",
                (report_id, now, State.DRAFT.value, canonical(_document(spec)), spec.title, now),
            )
            for position, item in enumerate(done):
                _insert_attachment(db, report_id, position, item)
    except BaseException:
        for item in done:
            wipe_file(vault.blob_path(item.blob))
        raise
    return report_id


def _check(vault: Vault, spec: ReportInput) -> None:
    if vault.role != "reporter":
        raise UsageError(f"Only a reporter vault writes reports; this one is a {vault.role}.")
    if not spec.title.strip() or len(spec.title) > MAX_TITLE:
        raise UsageError("A report needs a title of 1 to 500 characters.")
    directory = current_directory(vault)
    kinds = [k.id for k in directory.kinds] if directory else [k.id for k in DEFAULT_KINDS]
    if spec.kind not in kinds:
        raise UsageError(f"Unknown kind {spec.kind!r}; choose one of: {', '.join(kinds)}.")
    for path in spec.attachments:
        if not path.is_file():
            raise UsageError(f"The attachment {path} is not a readable file.")


def _document(spec: ReportInput) -> dict[str, Any]:
    return {
        "v": 1,
        "title": spec.title,
        "body": spec.body,
        "kind": spec.kind,
        "when": spec.when,
        "where": spec.where,
        "service": spec.service,
        "people": spec.people,
    }


def _insert_attachment(db: Any, report_id: str, position: int, item: Ingested) -> None:
    db.execute(
        "INSERT INTO attachments(id, report_id, position, name, media_type, size, sha256, "
        "scrubbed, removed, vault_header, blob) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
        (
            secrets.token_hex(8), report_id, position, item.name, item.media_type,
            item.size, item.sha256, int(item.scrubbed), json.dumps(list(item.removed)),
            item.vault_header, item.blob,
        ),
    )


def list_reports(vault: Vault) -> list[dict[str, Any]]:
    """Every report as {id, title, state, created_at, attachments}."""
    counts = dict(
        vault.conn.execute("SELECT report_id, COUNT(*) FROM attachments GROUP BY report_id")
    )
    rows = vault.conn.execute(
        "SELECT id, title, state, created_at FROM reports ORDER BY created_at, id"
    )
    return [
        {
            "id": rid,
            "title": title,
            "state": state,
            "created_at": created,
            "attachments": counts.get(rid, 0),
        }
        for rid, title, state, created in rows
    ]


def show_report(vault: Vault, report_id: str) -> dict[str, Any]:
    """One report with its body, words and attachment details."""
    row = vault.conn.execute(
        "SELECT document, state, created_at FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    if row is None:
        raise SatchelError(f"No report {report_id} in this vault; see `satchel report list`.")
    doc = json.loads(row[0])
    attachments = [
        {"name": n, "media_type": m, "size": s, "sha256": h, "scrubbed": bool(sc),
         "removed": json.loads(r)}
        for n, m, s, h, sc, r in vault.conn.execute(
            "SELECT name, media_type, size, sha256, scrubbed, removed FROM attachments "
            "WHERE report_id = ? ORDER BY position",
            (report_id,),
        )
    ]
    return {
        "id": report_id,
        "title": doc["title"],
        "state": row[1],
        "created_at": row[2],
        "attachments": attachments,
        "body": doc["body"],
        **{k: doc[k] for k in ("kind", "when", "where", "service", "people")},
    }


def erase_report(vault: Vault, report_id: str) -> None:
    """Delete a report, its attachments and envelopes, leaving no row or tombstone."""
    blobs = [
        r[0]
        for r in vault.conn.execute(
            "SELECT blob FROM attachments WHERE report_id = ? "
            "UNION SELECT blob FROM envelopes WHERE report_id = ?",
            (report_id, report_id),
        )
    ]
    with vault.transaction() as db:
        db.execute(
            "DELETE FROM receipts WHERE envelope_sha256 IN "
            "(SELECT sha256 FROM envelopes WHERE report_id = ?)",
            (report_id,),
        )
        db.execute("DELETE FROM envelopes WHERE report_id = ?", (report_id,))
        db.execute("DELETE FROM attachments WHERE report_id = ?", (report_id,))
        db.execute("DELETE FROM reports WHERE id = ?", (report_id,))
    for blob in blobs:
        wipe_file(vault.blob_path(blob))
    vault.conn.execute("PRAGMA incremental_vacuum")


def refresh_report_state(db: Any, report_id: str, now: int) -> State:
    """Re-derive a sealed report's state from its envelopes, in the caller's transaction."""
    states = [State(s) for (s,) in db.execute(
        "SELECT state FROM envelopes WHERE report_id = ?", (report_id,))]
    state = report_state(states)
    db.execute("UPDATE reports SET state = ?, updated_at = ? WHERE id = ?",
               (state.value, now, report_id))
    return state
