"""The desk pulls envelopes from the coalition inbox (the client of satchel.sync.inbox.desk).

`pull(vault, connect, inbox_id)` logs in (POST /desk/challenge; the desk signs
nonce || inbox id under "desk-auth" with `vault.device_key`; POST /desk/session), lists
the envelopes after the cursor it last finished, and for each one:
- larger than `max_size`: refused before any byte is fetched;
- refused by an earlier pull (recorded by desk_store.discard): skipped;
- the desk already holds it (same SHA-256, e.g. it came by USB first): checked again;
- otherwise download it in Range requests of at most CHUNK bytes into
  satchel.client.desk.store.receive (via "tor"), which checks the hash before anything
  is stored (fsynced), then opens it. A cut connection resumes from the last byte
  written; after `max_resumes` cuts the download fails and receive() removes the partial
  file, so nothing partial is ever stored.
Only an envelope durably stored that opened as a submission or an attachment envelope
for this desk is acknowledged. Anything else ("not-for-this-desk", "rejected",
"too-large") is recorded with its reason, deleted here and left unacknowledged on the
inbox, which keeps it until every listed desk due to fetch it has acknowledged it.

Contract: the only connection is `connect` (a SOCKS stream over Tor in production);
memory is bounded by CHUNK plus one listing page; every failure is an InboxError
(satchel.sync.transport.errors) or `LoginRefused`; an envelope whose bytes do not match its
hash is reported "damaged" and left on the inbox unacknowledged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from satchel.client.desk.store import (
    KEPT,
    Received,
    check_held,
    discard,
    has_envelope,
    receive,
    refusal,
)
from satchel.client.progress import Progress, no_progress
from satchel.client.vault.vault import Vault
from satchel.crypto.hashing import SHA256_RE
from satchel.crypto.keys import b64url
from satchel.sync.protocol import DEFAULT_MAX_UPLOAD, DESK_AUTH_CONTEXT, auth_message
from satchel.sync.transport.errors import (
    ConnectionCut,
    InboxError,
    InboxProtocolError,
    InboxRejected,
)
from satchel.sync.transport.http import Connector, HttpConnection, Response

CHUNK = 1 << 20
MAX_LIST_BYTES = 1 << 20
_SMALL = 16 * 1024
_NONCE_RE = re.compile(r"[0-9a-f]{64}")
_MAX_SIZE = 1 << 40
MAX_ENVELOPE = DEFAULT_MAX_UPLOAD  # `desk pull --max-size` defaults to what the inbox takes


class LoginRefused(InboxError):
    """The inbox did not accept this desk's key: it is not in the inbox's directory."""

    def __init__(self, status: int) -> None:
        super().__init__(
            f"the inbox refused this desk's login (HTTP {status}); check that the coalition "
            "directory published on the inbox lists this desk's signing key"
        )
        self.status = status


@dataclass(frozen=True)
class PullOutcome:
    sha256: str
    status: str  # desk_store.receive's status, or "failed" (download broke; not stored)
    reason: str = ""

    def to_json(self) -> dict[str, str]:
        return {"sha256": self.sha256, "status": self.status, "reason": self.reason}


@dataclass(frozen=True)
class _Listed:
    sha256: str
    size: int
    cursor: int


def _cursor_key(inbox_id: str) -> str:
    return f"pull_cursor:{inbox_id}"


def pull(
    vault: Vault,
    connect: Connector,
    inbox_id: str,
    *,
    progress: Progress = no_progress,
    timeout: float = 60.0,
    max_resumes: int = 5,
    max_size: int = MAX_ENVELOPE,
    on_outcome: Callable[[PullOutcome], None] | None = None,
) -> list[PullOutcome]:
    """Fetch, check and store every envelope the inbox holds; acknowledge what passed.

    `progress` is called with each envelope's sha256 as its label; `on_outcome` hears
    each envelope's outcome as soon as it is known.
    """
    with HttpConnection(connect, inbox_id, timeout) as http:
        token = login(http, vault, inbox_id)
        auth = [("Authorization", f"Bearer {token}")]
        raw = vault.get_meta(_cursor_key(inbox_id))
        after = int(raw.decode()) if raw else 0
        outcomes: list[PullOutcome] = []
        while page := _list(http, auth, after):
            for item in page:
                outcome = _take(vault, http, auth, item, progress, max_resumes, max_size)
                outcomes.append(outcome)
                if on_outcome is not None:
                    on_outcome(outcome)
                if outcome.status in ("damaged", "failed"):
                    continue  # the cursor stays put, so the next pull retries it
                if item.cursor > after and _all_done(outcomes):
                    after = item.cursor
                    with vault.transaction():
                        vault.set_meta(_cursor_key(inbox_id), str(after).encode())
            after = max(after, page[-1].cursor)
    return outcomes


def _all_done(outcomes: list[PullOutcome]) -> bool:
    return all(o.status not in ("damaged", "failed") for o in outcomes)


def login(http: HttpConnection, vault: Vault, inbox_id: str) -> str:
    """Challenge-response login; the bearer token."""
    r = http.request("POST", "/desk/challenge", [], max_body=_SMALL)
    doc = _json_object(_ok(r), "challenge")
    nonce = doc.get("nonce")
    if not isinstance(nonce, str) or not _NONCE_RE.fullmatch(nonce):
        raise InboxProtocolError("challenge without a valid nonce")
    # Sign the inbox id we expect, not the one the server names: a relaying impostor
    # cannot turn our signature into a login elsewhere.
    key = vault.device_key
    signature = key.sign(DESK_AUTH_CONTEXT, auth_message(bytes.fromhex(nonce), inbox_id))
    body = json.dumps({"key": key.public.text, "nonce": nonce,
                       "signature": b64url(signature)}).encode()
    r = http.send_stream("POST", "/desk/session", [("Content-Type", "application/json")],
                         length=len(body), chunks=[body], on_sent=lambda _n: None,
                         max_body=_SMALL)
    if r.status in (401, 403):
        raise LoginRefused(r.status)
    token = _json_object(_ok(r), "session").get("token")
    if not isinstance(token, str) or not token or len(token) > 512 or not token.isprintable():
        raise InboxProtocolError("session without a valid token")
    return token


def _list(http: HttpConnection, auth: list[tuple[str, str]], after: int) -> list[_Listed]:
    r = http.request("GET", f"/desk/envelopes?after={after}", auth, max_body=MAX_LIST_BYTES)
    try:
        rows = json.loads(_ok(r).body)
    except (ValueError, RecursionError):  # RecursionError: a hostile inbox nests too deep
        raise InboxProtocolError("envelope list is not JSON") from None
    if not isinstance(rows, list):
        raise InboxProtocolError("envelope list is not a list")
    listed = [_entry(row) for row in rows]
    if any(item.cursor <= after for item in listed):
        raise InboxProtocolError("envelope list goes backwards")
    return listed


def _entry(row: Any) -> _Listed:
    if not isinstance(row, dict):
        raise InboxProtocolError("envelope list entry is not an object")
    sha, size, cursor = row.get("sha256"), row.get("size"), row.get("cursor")
    if not isinstance(sha, str) or not SHA256_RE.fullmatch(sha):
        raise InboxProtocolError("envelope list entry without a valid sha256")
    for value in (size, cursor):
        if type(value) is not int or not 0 <= value < _MAX_SIZE:
            raise InboxProtocolError("envelope list entry without a valid size or cursor")
    assert isinstance(size, int) and isinstance(cursor, int)
    return _Listed(sha, size, cursor)


def _take(vault: Vault, http: HttpConnection, auth: list[tuple[str, str]], item: _Listed,
          progress: Progress, max_resumes: int, max_size: int) -> PullOutcome:
    if item.size > max_size:
        checked = Received(item.sha256, "too-large",
                           f"{item.size} bytes, over this desk's limit of {max_size} bytes")
    elif (known := refusal(vault, item.sha256)) and known[0] != "too-large":
        return PullOutcome(item.sha256, *known)  # refused before: not fetched again
    elif has_envelope(vault, item.sha256):
        checked = check_held(vault, item.sha256)
    else:
        try:
            checked = _fetch(vault, http, auth, item, progress, max_resumes)
        except InboxError as e:
            return PullOutcome(item.sha256, "failed", str(e))
        if checked.status == "damaged":
            return PullOutcome(item.sha256, "damaged", checked.reason)
    if checked.status not in ("duplicate", *KEPT):
        # Not acknowledged, so the inbox keeps it for the desk it is for; not kept here.
        discard(vault, checked)
    else:
        _ack(http, auth, item.sha256)
    return PullOutcome(item.sha256, checked.status, checked.reason)


def _fetch(vault: Vault, http: HttpConnection, auth: list[tuple[str, str]], item: _Listed,
           progress: Progress, max_resumes: int) -> Received:
    def write(f: BinaryIO) -> None:
        _download(http, auth, item, f, progress, max_resumes)

    return receive(vault, item.sha256, item.size, write, via="tor")


def _download(http: HttpConnection, auth: list[tuple[str, str]], item: _Listed,
              f: BinaryIO, progress: Progress, max_resumes: int) -> None:
    """Write the envelope's bytes to `f` in bounded Range requests, resuming after cuts."""
    done, cuts = 0, 0
    while done < item.size:
        stop = min(done + CHUNK, item.size)
        try:
            data = _range(http, auth, item, done, stop)
        except ConnectionCut:
            cuts += 1
            if cuts > max_resumes:
                raise
            continue  # HttpConnection reconnects on the next request
        f.write(data)
        done += len(data)
        progress(item.sha256, done, item.size)


def _range(http: HttpConnection, auth: list[tuple[str, str]], item: _Listed,
           start: int, stop: int) -> bytes:
    r = http.request("GET", f"/desk/envelopes/{item.sha256}",
                     [*auth, ("Range", f"bytes={start}-{stop - 1}")], max_body=CHUNK)
    if r.status == 206:
        if r.header("content-range") != f"bytes {start}-{stop - 1}/{item.size}":
            raise InboxProtocolError("Content-Range does not match the range asked for")
    elif not (r.status == 200 and start == 0 and stop == item.size):
        raise _rejected(r)
    if not r.body or len(r.body) > stop - start:
        raise InboxProtocolError("range reply of the wrong length")
    return r.body


def _ack(http: HttpConnection, auth: list[tuple[str, str]], sha256: str) -> None:
    r = http.request("POST", f"/desk/envelopes/{sha256}/ack", auth, max_body=_SMALL)
    # 404: the inbox already deleted it (acknowledged earlier, then purged); nothing to do.
    if r.status not in (200, 204, 404):
        raise _rejected(r)


def _ok(r: Response) -> Response:
    if r.status != 200:
        raise _rejected(r)
    return r


def _rejected(r: Response) -> InboxRejected:
    text = r.body[:200].decode("utf-8", "replace").strip()
    return InboxRejected(r.status, "".join(c if c.isprintable() else "?" for c in text)
                         or "no reason given")


def _json_object(r: Response, what: str) -> dict[str, Any]:
    try:
        doc = json.loads(r.body)
    except (ValueError, RecursionError):
        raise InboxProtocolError(f"{what} reply is not JSON") from None
    if not isinstance(doc, dict):
        raise InboxProtocolError(f"{what} reply is not a JSON object")
    return doc

