"""Sending queued envelopes to the coalition inbox over Tor, and taking the receipts.

For each envelope that is due: outbox event upload_start (committed), a tus upload, the
receipt verified against the inbox keys pinned from the directory, then the receipt
event (which erases a delivered report). Any failure is event upload_failed with a
backoff for that envelope alone; the envelope is never altered. Reporters and couriers
both use this (a courier is an uplink for envelopes it carries). Fail closed: the only
way out is `connectors`, SOCKS streams through Tor.

Isolation is per pass, not per envelope: one pass's envelopes share one isolation token
(one circuit) and one kept-open connection. A new onion circuit per envelope costs
seconds (a rendezvous each) and bought little: the envelopes of one pass reach the
inbox within the same minute from the same Tor client, so the inbox can group them by
timing anyway, and a burst of rendezvous circuits is itself a pattern for a local
observer. Each pass draws a fresh random token, so separate sessions still share no
circuit with each other, nor with anything else on the same Tor (the desk, a browser).
"""

import contextlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from satchel.client.coalition import first_inbox, import_directory, require_directory
from satchel.client.errors import SatchelError
from satchel.client.outbox.delivery import apply_receipt
from satchel.client.outbox.envelope_io import open_envelope
from satchel.client.outbox.machine import Event, InvalidTransition, State, next_state
from satchel.client.progress import Progress
from satchel.client.reports.store import refresh_report_state
from satchel.client.vault.vault import Vault
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import VerifyKey
from satchel.crypto.receipt import verify_receipt
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import EnvelopeOutcome, EnvelopeProgress, Listener, ignore
from satchel.sync.service.scheduler import backoff
from satchel.sync.transport.errors import InboxError
from satchel.sync.transport.http import Connector, HttpConnection
from satchel.sync.transport.tus import fetch_directory, upload

ConnectorFactory = Callable[[str], Connector]
"""Given an isolation token (one per pass), a way to open a stream to the inbox."""
UPLOAD_TIMEOUT = 60.0


@dataclass(frozen=True)
class UploadOutcome:
    sha256: str
    status: str  # delivered | erased | stored | failed | skipped
    reason: str = ""
    integrity: bool = False  # failed because a receipt or reply did not verify

    def to_json(self) -> dict[str, str]:
        return {"sha256": self.sha256, "status": self.status, "reason": self.reason}


def due_envelopes(vault: Vault, now: int, *, everything: bool) -> list[tuple[Any, ...]]:
    rows = vault.conn.execute(
        "SELECT sha256, size, header, blob, state, upload_url, attempts FROM envelopes "
        "WHERE state IN (?,?,?) AND (? OR next_attempt_at <= ?) ORDER BY received_at",
        (State.QUEUED.value, State.EXPORTED.value, State.UPLOADING.value, everything, now),
    ).fetchall()
    return list(rows)


def _event(vault: Vault, sha: str, event: Event, **fields: Any) -> None:
    """Apply one outbox event to an envelope (and its report) in one transaction."""
    with vault.transaction() as db:
        row = db.execute("SELECT state, report_id FROM envelopes WHERE sha256 = ?",
                         (sha,)).fetchone()
        if row is None:
            return
        new = next_state(State(row[0]), event)
        sets = ", ".join(f"{k} = ?" for k in fields)
        db.execute(f"UPDATE envelopes SET state = ?{', ' + sets if sets else ''} "  # noqa: S608
                   "WHERE sha256 = ?", (new.value, *fields.values(), sha))
        if row[1] is not None:
            refresh_report_state(db, row[1], int(time.time()))


def send_one(vault: Vault, row: tuple[Any, ...], host: str, http: HttpConnection,
             pinned: list[VerifyKey], progress: Progress) -> UploadOutcome:
    sha, size, header, blob, state, url, attempts = row
    if State(state) != State.UPLOADING:
        _event(vault, sha, Event.UPLOAD_START)

    def remember(location: str) -> None:
        with vault.transaction() as db:
            db.execute("UPDATE envelopes SET upload_url = ? WHERE sha256 = ?", (location, sha))

    try:
        result = upload(
            http.connect, host, lambda: open_envelope(bytes(header), vault.blob_path(blob)),
            size, sha, upload_url=url, on_location=remember,
            on_progress=lambda d, t: progress("Uploading", d, t), http=http,
        )
        verify_receipt(result.receipt, pinned, expected_sha256=sha)
    except (InboxError, IntegrityError, OSError) as e:
        reason = e.what if isinstance(e, IntegrityError) else str(e)
        delay = int(backoff(attempts + 1))
        _event(vault, sha, Event.UPLOAD_FAILED, attempts=attempts + 1,
               next_attempt_at=int(time.time()) + delay, last_error=reason[:300])
        return UploadOutcome(sha, "failed", reason, integrity=isinstance(e, IntegrityError))
    outcome = apply_receipt(vault, result.receipt)
    return UploadOutcome(sha, outcome.status, outcome.reason)


def sync_once(vault: Vault, connectors: ConnectorFactory, listener: Listener = ignore,
              cancel: CancelToken | None = None, *, everything: bool = True) -> list[UploadOutcome]:
    """One pass: fetch a newer directory, then upload every due envelope.

    Each envelope's progress and outcome go to `listener`; `cancel` is checked between
    envelopes and between chunks, and a stopped upload keeps its tus URL to resume.
    """
    stop = cancel or CancelToken()
    host = first_inbox(vault).onion
    connect = connectors(f"pass-{secrets.token_hex(8)}")  # see the module docstring
    refresh_directory(vault, lambda _token: connect, host)
    pinned = [VerifyKey.from_text(i.receipt_key) for i in require_directory(vault).inboxes]
    with HttpConnection(connect, host, UPLOAD_TIMEOUT) as http:
        return _send_due(vault, host, http, pinned, listener, stop, everything=everything)


def _send_due(vault: Vault, host: str, http: HttpConnection, pinned: list[VerifyKey],
              listener: Listener, stop: CancelToken, *, everything: bool) -> list[UploadOutcome]:
    outcomes = []
    for row in due_envelopes(vault, int(time.time()), everything=everything):
        stop.check()
        sha = row[0]

        def progress(label: str, done: int, total: int, sha: str = sha) -> None:
            stop.check()
            listener(EnvelopeProgress(sha, done, total))

        try:
            outcome = send_one(vault, row, host, http, pinned, progress)
        except InvalidTransition as e:
            outcome = UploadOutcome(sha, "skipped", str(e))
        listener(EnvelopeOutcome(sha, outcome.status, outcome.reason))
        outcomes.append(outcome)
    return outcomes


def refresh_directory(vault: Vault, connectors: ConnectorFactory, host: str) -> None:
    try:
        data = fetch_directory(connectors("directory"), host)
    except InboxError:
        return
    if data is not None and data != vault.get_meta("directory"):
        # Not newer, or not signed by our root: keep the one we hold.
        with contextlib.suppress(SatchelError):
            import_directory(vault, data)


_WAITING = (State.QUEUED.value, State.EXPORTED.value, State.UPLOADING.value)


def pending(vault: Vault) -> bool:
    """Whether any envelope still waits for delivery."""
    row = vault.conn.execute(
        "SELECT COUNT(*) FROM envelopes WHERE state IN (?,?,?)", _WAITING).fetchone()
    return bool(row[0])


def next_due(vault: Vault) -> float:
    """When the next waiting envelope may be tried (unix seconds)."""
    row = vault.conn.execute(
        "SELECT MIN(next_attempt_at) FROM envelopes WHERE state IN (?,?,?)", _WAITING).fetchone()
    return float(row[0] or 0)
