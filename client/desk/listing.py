"""The desk's submissions as pages: filtered and sorted in SQL, read a page at a time.

The window's submissions list asks for one page at a time (`list_submissions` with an
offset and a limit) and for the count that matches the filter, so 10,000 submissions never
sit in memory at once. Filters and sort keys are fixed SQL fragments chosen by name, never
text from the caller. Each row carries what verification at a glance needs: the recorded
outcome and reasons, and the signing device's status in the registry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from satchel.client.errors import SatchelError, UsageError
from satchel.client.vault.vault import Vault

_DOC = "CAST(s.report_doc AS TEXT)"
SORT_KEYS = {
    "received": "s.received_at",
    "kind": f"json_extract({_DOC}, '$.kind')",
    "state": "s.desk_state",
    "device": "d.fingerprint",
    "verification": "COALESCE(s.verified, -1)",
}
VERIFICATION = {"verified": "s.verified = 1", "failed": "s.verified = 0",
                "unchecked": "s.verified IS NULL"}
_FROM = "FROM submissions s LEFT JOIN devices d ON d.public_key = s.signer"


@dataclass(frozen=True)
class SubmissionQuery:
    """Which submissions, in which order; None (or "") means any."""

    state: str | None = None
    kind: str | None = None
    device: str | None = None  # the signer's fingerprint, as the registry spells it
    since: int | None = None  # received at or after (Unix seconds)
    until: int | None = None  # received before
    verification: str | None = None  # verified, failed, unchecked
    sort: str = "received"
    descending: bool = True


@dataclass(frozen=True)
class SubmissionRow:
    id: str
    received_at: int
    title: str
    kind: str
    desk_state: str
    verified: bool | None  # None: not checked yet
    reasons: tuple[str, ...]
    device_status: str  # new, trusted, revoked
    fingerprint: str
    device_label: str


@dataclass(frozen=True)
class Device:
    fingerprint: str
    status: str
    label: str
    first_seen: int
    public_key: str


def _where(query: SubmissionQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for value, clause in ((query.state, "s.desk_state = ?"),
                          (query.kind, f"json_extract({_DOC}, '$.kind') = ?"),
                          (query.device, "d.fingerprint = ?"),
                          (query.since, "s.received_at >= ?"),
                          (query.until, "s.received_at < ?")):
        if value is not None and value != "":
            clauses.append(clause)
            params.append(value)
    if query.verification:
        if query.verification not in VERIFICATION:
            raise UsageError(f"Unknown verification filter {query.verification!r}.")
        clauses.append(VERIFICATION[query.verification])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(query: SubmissionQuery) -> str:
    if query.sort not in SORT_KEYS:
        raise UsageError(f"Unknown sort key {query.sort!r}; use one of {', '.join(SORT_KEYS)}.")
    direction = "DESC" if query.descending else "ASC"
    # The id breaks ties, so pages never overlap or skip a row.
    return f" ORDER BY {SORT_KEYS[query.sort]} {direction}, s.id {direction}"


def count_submissions(vault: Vault, query: SubmissionQuery) -> int:
    where, params = _where(query)
    return int(vault.conn.execute(f"SELECT COUNT(*) {_FROM}{where}", params).fetchone()[0])


def list_submissions(vault: Vault, query: SubmissionQuery, offset: int,
                     limit: int) -> list[SubmissionRow]:
    """One page of submissions matching `query`, in its order."""
    where, params = _where(query)
    sql = (f"SELECT s.id, s.received_at, json_extract({_DOC}, '$.title'), "
           f"json_extract({_DOC}, '$.kind'), s.desk_state, s.verified, s.reasons, "
           f"COALESCE(d.status, 'new'), COALESCE(d.fingerprint, ''), COALESCE(d.label, '') "
           f"{_FROM}{where}{_order(query)} LIMIT ? OFFSET ?")
    rows = vault.conn.execute(sql, [*params, max(0, limit), max(0, offset)])
    return [SubmissionRow(str(i), int(at), str(title or ""), str(kind or ""), str(state),
                          None if verified is None else bool(verified),
                          tuple(json.loads(reasons)), str(status), str(fp), str(label))
            for i, at, title, kind, state, verified, reasons, status, fp, label in rows]


def ids_matching(vault: Vault, query: SubmissionQuery) -> list[str]:
    """Every id matching `query` (e.g. not checked yet, or signed by one device), in order."""
    where, params = _where(query)
    return [str(i) for (i,) in vault.conn.execute(f"SELECT s.id {_FROM}{where}{_order(query)}",
                                                  params)]


def filter_choices(vault: Vault) -> tuple[list[str], list[Device]]:
    """The kinds seen in submissions and the registered devices, for the filter menus."""
    kinds = [str(k) for (k,) in vault.conn.execute(
        "SELECT DISTINCT json_extract(CAST(report_doc AS TEXT), '$.kind') AS k "
        "FROM submissions WHERE k IS NOT NULL ORDER BY k")]
    return kinds, list_devices(vault)


def list_devices(vault: Vault) -> list[Device]:
    """The device registry, in the order devices were first seen."""
    return [Device(str(f), str(s), str(lbl), int(at), str(k)) for k, f, s, lbl, at in
            vault.conn.execute("SELECT public_key, fingerprint, status, label, first_seen "
                               "FROM devices ORDER BY first_seen, fingerprint")]


def set_triage(vault: Vault, submission_id: str, *, state: str | None = None,
               tags: list[str] | None = None, add_tags: list[str] | None = None,
               notes: str | None = None) -> list[str]:
    """Set a submission's desk state, tags (replace or add) and notes; return its tags."""
    from satchel.client.desk.store import DESK_STATES

    if state is not None and state not in DESK_STATES:
        raise UsageError(f"Unknown desk state {state!r}; use one of {', '.join(DESK_STATES)}.")
    row = vault.conn.execute("SELECT tags FROM submissions WHERE id = ?",
                             (submission_id,)).fetchone()
    if row is None:
        raise SatchelError(f"No submission {submission_id} at this desk.")
    kept = set(json.loads(row[0])) if tags is None else set()
    new_tags = sorted({t.strip() for t in (tags or []) + (add_tags or []) if t.strip()} | kept)
    with vault.transaction() as db:
        db.execute("UPDATE submissions SET desk_state = COALESCE(?, desk_state), tags = ?, "
                   "notes = COALESCE(?, notes) WHERE id = ?",
                   (state, json.dumps(new_tags), notes, submission_id))
    return new_tags
