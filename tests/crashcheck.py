"""The crash loop's invariants, checked by the parent after every kill.

- every vault opens (and SQLite's quick_check says ok);
- no report is lost or duplicated: a committed report is still in the reporter's vault,
  or was erased after delivery; a sealed report keeps the one set of envelopes it was
  sealed into (sealing again would make a second submission);
- the inbox holds each envelope once: one row, one file, whose SHA-256 is its name;
- every delivered envelope (reporter) and every carried receipt (courier) has a receipt
  that verifies against the directory and names that envelope;
- every erased report had all of its envelopes delivered (at the inbox or the desk).
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from crashkit import Homes
from satchel.client.coalition import current_directory
from satchel.client.outbox.delivery import receipt_envelope
from satchel.client.vault.vault import Vault

SETTLE_SECONDS = 10.0


@dataclass
class Ledger:
    """What the parent knows from the pipe and from earlier checks."""

    committed: set[str] = field(default_factory=set)
    sealed: dict[str, frozenset[str]] = field(default_factory=dict)  # report -> envelopes
    submission: dict[str, str] = field(default_factory=dict)  # report -> submission id
    hashed: set[str] = field(default_factory=set)  # inbox files already checked
    figures: Counter[str] = field(default_factory=Counter)


def _open(home: Path, passphrase: bytes) -> Vault:
    vault = Vault.open(home, passphrase)
    assert vault.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok", home
    return vault


def _rows_and_files(store: Path) -> tuple[list[str], set[str]]:
    db = sqlite3.connect(f"file:{store / 'inbox.db'}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in db.execute("SELECT sha256 FROM envelopes")]
    finally:
        db.close()
    return rows, {p.name for p in (store / "envelopes").iterdir()}


def inbox_envelopes(inbox_home: Path, ledger: Ledger) -> set[str]:
    """The inbox's stored envelopes, each held once (row, file and hash agree).

    A killed sender's last chunk may still be completing on the inbox, which moves the
    file into place before it commits the row: wait (bounded) for that to settle."""
    store = inbox_home / "store"
    deadline = time.monotonic() + SETTLE_SECONDS
    rows, files = _rows_and_files(store)
    while set(rows) != files and time.monotonic() < deadline:
        time.sleep(0.01)  # polling the inbox's files: it has no event to wait on
        rows, files = _rows_and_files(store)
    assert len(rows) == len(set(rows)), "an envelope is listed twice by the inbox"
    assert set(rows) == files, f"inbox rows and files differ: {set(rows) ^ files}"
    for sha in files - ledger.hashed:
        digest = hashlib.sha256((store / "envelopes" / sha).read_bytes()).hexdigest()
        assert digest == sha, f"the inbox's file {sha} holds other bytes"
        ledger.hashed.add(sha)
    return files


def _check_receipts(vault: Vault, rows: list[tuple[str, bytes]]) -> None:
    directory = current_directory(vault)
    for sha, data in rows:
        named, vouched = receipt_envelope(bytes(data), directory)
        assert (named, vouched) == (sha, True), f"the receipt held for {sha} does not verify"


def _reporter(vault: Vault, ledger: Ledger, delivered_at: set[str]) -> None:
    reports = {r[0]: r[1] for r in vault.conn.execute("SELECT id, submission_id FROM reports")}
    envelopes: dict[str, set[str]] = {}
    for rid, sha in vault.conn.execute("SELECT report_id, sha256 FROM envelopes"):
        envelopes.setdefault(rid, set()).add(sha)
    for rid, shas in envelopes.items():
        assert ledger.sealed.setdefault(rid, frozenset(shas)) == shas, f"{rid} sealed twice"
        ledger.submission[rid] = reports[rid]
    # A kill between create_report's commit and its line on the pipe: seen here instead.
    ledger.committed |= reports.keys()
    for rid in ledger.committed - reports.keys():  # erased: only after delivery
        assert rid in ledger.sealed, f"report {rid} was lost before it was ever sealed"
        missing = ledger.sealed[rid] - delivered_at
        assert not missing, f"report {rid} was erased before {sorted(missing)} arrived"
    rows = vault.conn.execute(
        "SELECT e.sha256, r.receipt FROM envelopes e LEFT JOIN receipts r "
        "ON r.envelope_sha256 = e.sha256 WHERE e.state = 'delivered'").fetchall()
    assert all(r[1] is not None for r in rows), "a delivered envelope has no receipt"
    _check_receipts(vault, rows)
    ledger.figures["reports held"] = len(reports)
    ledger.figures["reports erased"] = len(ledger.committed - reports.keys())


def check(homes: Homes, inbox_home: Path, ledger: Ledger) -> None:
    """Every invariant, after one kill."""
    at_inbox = inbox_envelopes(inbox_home, ledger)
    desk = _open(homes.desk, homes.passphrase)
    try:
        at_desk = {r[0] for r in desk.conn.execute("SELECT sha256 FROM desk_envelopes")}
        ids = [r[0] for r in desk.conn.execute("SELECT submission_id FROM submissions")]
        assert len(ids) == len(set(ids)), "the desk holds a report twice"
    finally:
        desk.lock()
    courier = _open(homes.courier, homes.passphrase)
    try:
        _check_receipts(courier, courier.conn.execute(
            "SELECT envelope_sha256, receipt FROM receipts").fetchall())
    finally:
        courier.lock()
    reporter = _open(homes.reporter, homes.passphrase)
    try:
        _reporter(reporter, ledger, at_inbox | at_desk)
    finally:
        reporter.lock()
    ledger.figures["at inbox"], ledger.figures["at desk"] = len(at_inbox), len(at_desk)
