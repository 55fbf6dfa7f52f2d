"""Receipts coming back: verify them, advance the outbox, erase what was delivered.

A reporter accepts a receipt for one of its envelopes when it is either signed by an
inbox receipt key pinned from the coalition directory, or a desk receipt that is signed
by a desk key listed in the directory or proves decryption of that very submission
(crypto.desk_receipt). Only then does the envelope become delivered; when every envelope
of a report is delivered the report is erased (unless the vault keeps delivered reports).
A courier stores receipts to carry them onward and drops its copy of an envelope only on a
receipt it can verify against the directory.
"""

import time
from dataclasses import dataclass, replace
from typing import Any

from satchel.client.coalition import current_directory, expiry_note
from satchel.client.outbox.machine import Event, InvalidTransition, State, next_state
from satchel.client.reports.store import erase_report, refresh_report_state
from satchel.client.vault.vault import Vault
from satchel.client.vault.wipe import wipe_file
from satchel.crypto.desk_receipt import check_proof, read_desk_receipt
from satchel.crypto.directory import Directory
from satchel.crypto.encoding import parse_canonical
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import VerifyKey
from satchel.crypto.receipt import verify_receipt

KEEP_DELIVERED = "keep_delivered"


@dataclass(frozen=True)
class ReceiptOutcome:
    envelope_sha256: str
    status: str  # "delivered", "erased", "already", "unknown", "stored", "rejected"
    reason: str = ""

    def to_json(self) -> dict[str, str]:
        return {"envelope_sha256": self.envelope_sha256, "status": self.status,
                "reason": self.reason}


def _context(data: bytes) -> str:
    wrapper = parse_canonical(data, "receipt format")
    if not isinstance(wrapper, dict) or not isinstance(wrapper.get("context"), str):
        raise IntegrityError("receipt format")
    return str(wrapper["context"])


def receipt_envelope(data: bytes, directory: Directory | None) -> tuple[str, bool]:
    """(envelope hash, whether the directory vouches for the signer). Checks signatures."""
    if _context(data) == "receipt":
        pinned = [VerifyKey.from_text(i.receipt_key) for i in directory.inboxes] if directory else []
        return verify_receipt(data, pinned).envelope_sha256, True
    desk = read_desk_receipt(data)
    listed = directory is not None and any(
        VerifyKey.from_text(d.signing_key) == desk.signer for d in directory.desks
    )
    return desk.envelope_sha256, listed


def apply_receipt(vault: Vault, data: bytes) -> ReceiptOutcome:
    """Take one receipt; an outcome checked against an expired directory says so, since
    the keys it vouched with may have been withdrawn since."""
    outcome = _apply_receipt(vault, data)
    note = expiry_note(current_directory(vault))
    if note and outcome.status not in ("rejected", "unknown"):
        return replace(outcome, reason=" ".join(filter(None, (outcome.reason, note))))
    return outcome


def _apply_receipt(vault: Vault, data: bytes) -> ReceiptOutcome:
    directory = current_directory(vault)
    try:
        sha, vouched = receipt_envelope(data, directory)
    except IntegrityError as e:
        return ReceiptOutcome("", "rejected", f"not a valid receipt ({e.what})")
    if vault.role == "courier":
        return _courier_receipt(vault, data, sha, vouched)
    row = vault.conn.execute(
        "SELECT e.state, e.report_id, r.delivery_secret FROM envelopes e "
        "JOIN reports r ON r.id = e.report_id WHERE e.sha256 = ?", (sha,)
    ).fetchone()
    if row is None:
        return ReceiptOutcome(sha, "unknown", "no such envelope in this vault")
    state, report_id, secret = State(row[0]), row[1], row[2]
    if not vouched:
        try:
            check_proof(read_desk_receipt(data), bytes(secret))
        except IntegrityError:
            return ReceiptOutcome(sha, "rejected", "the desk receipt does not prove delivery")
    if state == State.DELIVERED:
        # A kill between the delivery's commit and the erasure leaves a delivered report.
        return ReceiptOutcome(sha, "erased" if _erase_if_done(vault, report_id) else "already")
    return _deliver(vault, sha, state, report_id, data)


def _erase_if_done(vault: Vault, report_id: str) -> bool:
    row = vault.conn.execute("SELECT state FROM reports WHERE id = ?", (report_id,)).fetchone()
    if row is None or row[0] != State.DELIVERED.value or vault.get_meta(KEEP_DELIVERED) is not None:
        return False
    erase_report(vault, report_id)
    return True


def erase_delivered(vault: Vault) -> int:
    """Erase every delivered report (unless the vault keeps them); how many were erased.

    Run at each unlock: erasure follows the delivery's commit, so a crash or kill between
    the two leaves a delivered report that no later receipt would otherwise remove."""
    ids = [r[0] for r in vault.conn.execute(
        "SELECT id FROM reports WHERE state = ?", (State.DELIVERED.value,))]
    return sum(_erase_if_done(vault, rid) for rid in ids)


def _deliver(vault: Vault, sha: str, state: State, report_id: str, data: bytes) -> ReceiptOutcome:
    try:
        new = next_state(state, Event.RECEIPT)
    except InvalidTransition as e:
        return ReceiptOutcome(sha, "rejected", str(e))
    now = int(time.time())
    with vault.transaction() as db:
        db.execute("UPDATE envelopes SET state = ? WHERE sha256 = ?", (new.value, sha))
        db.execute(
            "INSERT OR IGNORE INTO receipts(envelope_sha256, receipt, received_at) VALUES(?,?,?)",
            (sha, data, now),
        )
        report = refresh_report_state(db, report_id, now)
    if report == State.DELIVERED and vault.get_meta(KEEP_DELIVERED) is None:
        erase_report(vault, report_id)
        return ReceiptOutcome(sha, "erased")
    return ReceiptOutcome(sha, "delivered")


def _courier_receipt(vault: Vault, data: bytes, sha: str, vouched: bool) -> ReceiptOutcome:
    with vault.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO receipts(envelope_sha256, receipt, received_at) VALUES(?,?,?)",
            (sha, data, int(time.time())),
        )
        row: Any = db.execute("SELECT blob FROM envelopes WHERE sha256 = ?", (sha,)).fetchone()
        if vouched and row is not None:
            db.execute("DELETE FROM envelopes WHERE sha256 = ?", (sha,))
    if vouched and row is not None:
        wipe_file(vault.blob_path(row[0]))
    return ReceiptOutcome(sha, "stored")
