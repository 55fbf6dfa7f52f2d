"""Resumable envelope uploads to a Satchel inbox (tus 1.0.0 core + creation-with-upload).

`upload()` sends one envelope and returns the inbox's signed receipt bytes. Each HTTP
request over Tor costs a round trip of a few hundred milliseconds, so:
- a small envelope (at most INLINE_MAX bytes) goes whole in the creating POST (tus
  creation-with-upload), and the inbox answers that POST with the receipt in its body:
  one request. An envelope the inbox already holds is answered the same way (it dedups
  by hash), so a re-send needs no question first;
- a larger envelope first asks `GET /receipts/<sha256>` (an envelope the inbox already
  holds is not sent again), then creates the upload with a POST carrying its first
  INLINE_MAX bytes (the Location is handed to `on_location` at once so the outbox can
  persist it and resume after a restart by passing it back as `upload_url`), sends the
  rest in PATCHes of at most PATCH_MAX bytes, two pipelined (the next written while the
  previous one's 204 is awaited), and after a cut asks the inbox (HEAD) how much it
  committed and continues from there, the first resume PATCH holding its body back
  until the inbox says `100 Continue` (the inbox may still be settling the cut one and
  refuse it). Then it fetches the receipt.
  Why PATCH_MAX: over Tor, whatever is written is taken at once by the kernel's and
  tor's buffers, and only the inbox's 204 says what arrived; so the client never has
  more than two PATCH bodies unanswered, and a cut costs at most those and a few request
  heads: under one CHUNK (issue 15). Pipelining keeps the answers off the critical path.
An inbox that refuses a POST body (before creation-with-upload) gets a bare POST instead.
Passing `http` reuses one kept-open connection across envelopes (see sync/service/uplink
for when isolation allows it).

Contract:
- The connection comes from `connect` (SOCKS over Tor in production); nothing here opens
  a network connection of its own.
- The receipt is returned unverified: verifying it against the pinned receipt keys is
  the caller's job (the outbox calls satchel.crypto.receipt.verify_receipt), because
  only the caller knows the pinned directory.
- The local envelope is only ever read; a failure never alters or deletes it.
- Every failure is an `InboxError` (see satchel.sync.transport.errors); the server's answers
  are checked (offsets within what was sent and the declared length, bounded replies).
"""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO

from satchel.crypto.hashing import SHA256_RE
from satchel.sync.protocol import TUS_VERSION
from satchel.sync.transport.errors import (
    ConnectionCut,
    InboxProtocolError,
    InboxRejected,
    InboxUnreachable,
)
from satchel.sync.transport.http import Connector, HttpConnection, Response
from satchel.sync.transport.source import EnvelopeSource, Reader, read_chunks

CHUNK = 1 << 20  # the read and write unit, and what a cut may cost (issue 15)

MAX_RECEIPT_BYTES = 64 * 1024
MAX_DIRECTORY_BYTES = 1 << 20
_SMALL_BODY = 16 * 1024
_PATH_RE = re.compile(r"/uploads/[A-Za-z0-9_.~-]{1,128}")
_RETRY_PAUSE = 0.25
# A 423 means the inbox is alive and still settling the PATCH a cut interrupted; over a
# loaded onion circuit that can take seconds, so it gets time, not a handful of tries.
LOCKED_PATIENCE = 30.0
_MAX_PAUSE = 2.0
INLINE_MAX = 256 * 1024  # sent in the POST: what a cut before the Location may waste
# Only the inbox's 204 says which bytes arrived, so at most _PIPELINE PATCHes of at most
# PATCH_MAX each are written and unanswered: a cut costs at most CHUNK less _HEAD_ROOM of
# body, and the room is for the request heads (about 250 bytes each, counted as re-sent
# too: an envelope of up to ~120 MiB stays within one CHUNK). Two in flight so that the
# wait for one answer overlaps the sending of the next PATCH.
_HEAD_ROOM = 64 * 1024
_PIPELINE = 2
PATCH_MAX = (CHUNK - _HEAD_ROOM) // _PIPELINE
_OCTETS = ("Content-Type", "application/offset+octet-stream")
_Body = tuple[Iterator[bytes], Callable[[int], None]]


@dataclass(frozen=True)
class UploadResult:
    receipt: bytes
    upload_url: str
    bytes_sent: int
    already_stored: bool


def upload(
    connect: Connector,
    host: str,
    envelope: EnvelopeSource,
    size: int,
    sha256: str,
    *,
    upload_url: str | None = None,
    on_location: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    timeout: float = 60.0,
    max_resumes: int = 5,
    http: HttpConnection | None = None,
) -> UploadResult:
    """Upload `size` bytes of `envelope` (declared hash `sha256`); return the receipt.

    With `http`, requests go over that connection (left open for the next envelope) and
    `connect`, `host` and `timeout` are those it was made with.
    """
    if not SHA256_RE.fullmatch(sha256):
        raise ValueError("sha256 must be 64 lowercase hex digits")
    if size < 0:
        raise ValueError("size cannot be negative")
    def run(conn: HttpConnection) -> UploadResult:
        return _upload_on(conn, envelope, size, sha256, upload_url, on_location, on_progress,
                          max_resumes)

    if http is None:
        with HttpConnection(connect, host, timeout) as conn:
            return run(conn)
    try:
        return run(http)
    except (ConnectionCut, InboxRejected) as e:
        if isinstance(e, InboxRejected) and e.status != 429:
            raise
        # The inbox closed the kept-open connection while idle, or this connection made
        # its quota of uploads (429 "open a new one"): once more on a new connection.
        http.close()
        return run(http)


def _upload_on(
    http: HttpConnection, envelope: EnvelopeSource, size: int, sha256: str,
    upload_url: str | None, on_location: Callable[[str], None] | None,
    on_progress: Callable[[int, int], None] | None, max_resumes: int,
) -> UploadResult:
    if upload_url is not None or size > INLINE_MAX:
        stored = _get_receipt(http, sha256)
        if stored is not None:
            return UploadResult(stored, upload_url or "", 0, True)
    run = _Upload(http, envelope, size, sha256, on_progress or (lambda _d, _t: None))
    url, offset = run.locate(upload_url, on_location or (lambda _u: None))
    already = offset == size and run.bytes_sent == 0  # an older inbox answers so
    run.send_all(url, offset, max_resumes)
    receipt = run.receipt if run.receipt is not None else _get_receipt(http, sha256)
    if receipt is None:
        raise InboxProtocolError("upload finished but the inbox has no receipt for it")
    return UploadResult(receipt, url, run.bytes_sent, already)


def fetch_receipt(
    connect: Connector, host: str, sha256: str, *, timeout: float = 60.0
) -> bytes | None:
    """The inbox's signed receipt for `sha256`, or None if it does not hold it (yet)."""
    if not SHA256_RE.fullmatch(sha256):
        raise ValueError("sha256 must be 64 lowercase hex digits")
    with HttpConnection(connect, host, timeout) as http:
        return _get_receipt(http, sha256)


def fetch_directory(connect: Connector, host: str, *, timeout: float = 60.0) -> bytes | None:
    """The inbox's current signed coalition directory bytes, or None if it has none."""
    with HttpConnection(connect, host, timeout) as http:
        r = http.request("GET", "/directory", [], max_body=MAX_DIRECTORY_BYTES)
    return _body_or_none(r)


def _get_receipt(http: HttpConnection, sha256: str) -> bytes | None:
    r = http.request("GET", f"/receipts/{sha256}", [], max_body=MAX_RECEIPT_BYTES)
    return _body_or_none(r)


def _body_or_none(r: Response) -> bytes | None:
    if r.status == 200:
        return r.body
    if r.status == 404:
        return None
    raise _rejected(r)


def _rejected(r: Response) -> InboxRejected:
    text = r.body[:200].decode("utf-8", "replace")
    reason = "".join(c if c.isprintable() else "?" for c in text) or "no reason given"
    return InboxRejected(r.status, reason)


def _int_header(r: Response, name: str) -> int:
    raw = r.header(name)
    # isascii: str.isdigit() also accepts digits such as "\u00b9" that int() refuses.
    if raw is None or not raw.isascii() or not raw.isdigit() or len(raw) > 19:
        raise InboxProtocolError(f"missing or malformed {name}")
    return int(raw)


@dataclass
class _Upload:
    """One upload attempt's state: where the server is, how much this call sent."""

    http: HttpConnection
    envelope: EnvelopeSource
    size: int
    sha256: str
    on_progress: Callable[[int, int], None]
    bytes_sent: int = 0
    high_water: int = 0  # the furthest offset any of our bytes reached
    receipt: bytes | None = None  # given by the inbox with the last byte
    # After a cut the inbox may still hold the cut request and refuse the next PATCH
    # (409/423); until a PATCH is taken, bodies wait for `100 Continue` so a refusal
    # costs no body (over Tor, one that was written is taken by tor's buffers and lost).
    resumed: bool = False
    locked_at: float | None = None  # when the inbox first answered 423 since our last progress
    ahead: list[int] = field(default_factory=list)  # end offsets of PATCHes unanswered

    def headers(self, *extra: tuple[str, str]) -> list[tuple[str, str]]:
        return [("Tus-Resumable", TUS_VERSION), *extra]

    def locate(self, url: str | None, on_location: Callable[[str], None]) -> tuple[str, int]:
        """Resume a remembered upload if the inbox still has it, else create one."""
        if url is not None and _PATH_RE.fullmatch(url):
            offset = self.head(url, trust_beyond_sent=True)
            if offset is not None:
                self.resumed = True
                return url, offset
        return self.create(on_location)

    def create(self, on_location: Callable[[str], None]) -> tuple[str, int]:
        meta = "sha256 " + base64.b64encode(self.sha256.encode()).decode()
        headers = self.headers(("Upload-Length", str(self.size)), ("Upload-Metadata", meta))
        first = min(self.size, INLINE_MAX)
        r = self.send("POST", "/uploads/", headers, 0, first) if first else None
        if r is None or r.status == 400:  # an inbox without creation-with-upload
            first = 0
            r = self.http.request("POST", "/uploads/", headers, max_body=_SMALL_BODY)
        if r.status != 201:
            raise _rejected(r)
        location = r.header("location") or ""
        path = re.sub(r"^https?://[^/]+", "", location)
        if not _PATH_RE.fullmatch(path):
            raise InboxProtocolError("missing or malformed Location")
        on_location(path)
        offset = _int_header(r, "Upload-Offset") if r.header("upload-offset") else 0
        if offset not in (0, self.size) and offset > first:
            raise InboxProtocolError("a new upload's offset is beyond the bytes sent")
        self.high_water = max(self.high_water, offset)
        if offset == self.size and r.body:
            self.receipt = r.body
        return path, offset

    def head(self, url: str, *, trust_beyond_sent: bool = False) -> int | None:
        """The committed offset, or None if the inbox no longer has this upload."""
        r = self.http.request("HEAD", url, self.headers(), max_body=0)
        if r.status in (404, 410):
            return None
        if r.status != 200:
            raise _rejected(r)
        length = _int_header(r, "Upload-Length")
        offset = _int_header(r, "Upload-Offset")
        if length != self.size:
            if trust_beyond_sent:
                return None  # a remembered URL for something else: start afresh
            raise InboxProtocolError("Upload-Length differs from the envelope size")
        self.check_offset(offset, trust_beyond_sent=trust_beyond_sent)
        return offset

    def check_offset(self, offset: int, *, trust_beyond_sent: bool = False) -> None:
        if offset > self.size:
            raise InboxProtocolError("Upload-Offset beyond the envelope size")
        if offset > self.high_water and not trust_beyond_sent:
            raise InboxProtocolError("Upload-Offset beyond the bytes sent")
        self.high_water = max(self.high_water, offset)

    def send_all(self, url: str, offset: int, max_resumes: int) -> None:
        """PATCH until the inbox holds every byte, resuming after cuts."""
        failures = 0
        while offset < self.size:
            try:
                r, end = self.next_answer(url, offset)
            except ConnectionCut as exc:
                failures += 1
                if failures > max_resumes:
                    raise InboxUnreachable(f"upload interrupted too often: {exc}") from None
                offset = self.resume_offset(url, failures)
                continue
            if r.status == 204:
                # The inbox took a PATCH: it has settled, so the next one need not wait.
                self.locked_at, self.resumed = None, False
                new = _int_header(r, "Upload-Offset")
                if new < offset:
                    raise InboxProtocolError("Upload-Offset went backwards")
                self.check_offset(new)
                failures = 0 if new > offset else failures + 1
                offset = new
                if new != end:  # took less than that PATCH held: those behind it are void
                    self.drop_ahead()
            elif r.status == 423 and self.settling():
                # Our previous, cut request still holds the upload: wait for it to settle.
                offset = self.resume_offset(url, failures + 1)
            elif r.status in (409, 423):
                failures += 1
                if failures > max_resumes:
                    raise _rejected(r)
                offset = self.resume_offset(url, failures)
            else:
                raise _rejected(r)
            if failures > max_resumes:
                raise InboxProtocolError("the inbox accepts no bytes")

    def settling(self) -> bool:
        """Whether a 423 is still worth waiting out (LOCKED_PATIENCE since the first one)."""
        now = time.monotonic()
        if self.locked_at is None:
            self.locked_at = now
        return now - self.locked_at < LOCKED_PATIENCE

    def next_answer(self, url: str, offset: int) -> tuple[Response, int]:
        """The answer to the oldest PATCH in flight and where its body ended; keeps
        _PIPELINE PATCHes written (one, waiting for `100 Continue`, after a cut)."""
        if self.resumed:
            end = min(self.size, offset + PATCH_MAX)
            headers = self.headers(("Upload-Offset", str(offset)))  # send adds the type
            return self.send("PATCH", url, headers, offset, end - offset,
                             expect_continue=True), end
        while len(self.ahead) < _PIPELINE and (start := self.ahead[-1] if self.ahead
                                                else offset) < self.size:
            end = min(self.size, start + PATCH_MAX)
            with self.body(start, end - start) as (chunks, sent):
                self.http.write_request(
                    "PATCH", url, self.headers(("Upload-Offset", str(start)), _OCTETS),
                    length=end - start, chunks=chunks, on_sent=sent)
            self.ahead.append(end)
        try:
            return self.http.read_next(MAX_RECEIPT_BYTES), self.ahead.pop(0)
        except ConnectionCut:
            self.ahead.clear()
            raise

    def drop_ahead(self) -> None:
        """Forget the PATCHes written behind a refused or short one (they are void)."""
        if self.ahead:
            self.http.close()
            self.ahead.clear()

    def resume_offset(self, url: str, attempt: int) -> int:
        self.drop_ahead()
        time.sleep(min(_MAX_PAUSE, _RETRY_PAUSE * attempt))
        self.resumed = True
        offset = self.head(url)
        if offset is None:
            raise InboxRejected(410, "the inbox dropped the partial upload; send it again")
        return offset

    def send(self, method: str, url: str, headers: list[tuple[str, str]], offset: int,
             length: int, *, expect_continue: bool = False) -> Response:
        """Send envelope bytes [offset, offset + length) as the body of one request."""
        with self.body(offset, length) as (chunks, sent):
            return self.http.send_stream(
                method, url, [*headers, _OCTETS], length=length, chunks=chunks, on_sent=sent,
                max_body=MAX_RECEIPT_BYTES, expect_continue=expect_continue)

    @contextmanager
    def body(self, offset: int, length: int) -> Iterator[_Body]:
        """Envelope bytes [offset, offset + length) and the callback counting them sent."""
        base = self.bytes_sent

        def sent(n: int) -> None:
            self.bytes_sent += n
            self.on_progress(min(offset + self.bytes_sent - base, self.size), self.size)

        def chunks(f: BinaryIO) -> Iterator[bytes]:
            reached = offset
            for block in read_chunks(f, offset, length, CHUNK):
                # A chunk may reach the server in part even when sending it fails.
                reached += len(block)
                self.high_water = max(self.high_water, reached)
                yield block

        with Reader(self.envelope) as f:
            yield chunks(f), sent
