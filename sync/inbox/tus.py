"""tus 1.0.0 (core + creation + creation-with-upload + termination + checksum + expiration).

- `OPTIONS /uploads/` advertises Tus-Version, Tus-Extension, Tus-Max-Size and
  Tus-Checksum-Algorithm (sha256).
- `POST /uploads/` needs `Upload-Length` and `Upload-Metadata` with the key `sha256`
  (64 lowercase hex digits, base64-encoded): 201 + Location + Upload-Expires. Creation is
  plain tus even when that envelope is already stored: a standard client sends it from
  offset 0, and at the end gets the stored receipt (Satchel's own client asks
  `GET /receipts/<sha256>` first and sends nothing). The limits of inbox_limits apply.
- creation-with-upload: a POST body (`application/offset+octet-stream`) is taken as a
  PATCH at offset 0 would be, and 201 gives `Upload-Offset`; if it completes the upload,
  the 201's body is the signed receipt (the one held already, for a re-send): one request.
- `HEAD` gives the committed offset; `PATCH` appends a streamed body at exactly that
  offset. Bytes are written as they arrive; when the connection is cut what arrived is
  fsynced and counted, so the client resumes from there. A PATCH with `Upload-Checksum`
  counts only if the whole body matches it (460 and nothing kept otherwise, or if cut).
- An upload idle for `upload_expiry` seconds is gone (410), before the purge deletes it.
- When the last byte arrives the whole upload is hashed: a mismatch answers 460 and
  nothing is kept; a match stores the envelope and signs its receipt.

Errors: 412 wrong Tus-Resumable, 400 malformed headers, metadata or checksum, 413 larger
than allowed, 415 wrong Content-Type, 404 unknown upload, 409 offset mismatch, 410
expired, 423 another PATCH is running on this upload, 429 a rate limit, 460 checksum or
hash mismatch, 503 the inbox is full of unfinished uploads, 507 disk failure.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from collections.abc import Awaitable, Callable
from email.utils import formatdate
from typing import TYPE_CHECKING

import anyio
import anyio.to_thread
from satchel.sync.inbox.faults import UploadBusy
from satchel.sync.inbox.store import (
    HashMismatch,
    OffsetMismatch,
    StoreError,
    UnknownUpload,
    UploadState,
    UploadWriter,
    check_sha256,
)
from satchel.sync.protocol import TUS_VERSION
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

if TYPE_CHECKING:
    from satchel.sync.inbox.state import InboxState

EXTENSIONS = "creation,creation-with-upload,termination,checksum,expiration"
CHECKSUM_ALGORITHM = "sha256"
_OCTETS = "application/offset+octet-stream"
_MAX_DIGITS = 19


def _headers(headers: dict[str, str]) -> dict[str, str]:
    out = {"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store"}
    out.update({k.replace("_", "-"): v for k, v in headers.items()})
    return out


def _reply(status: int, text: str = "", **headers: str) -> Response:
    out = _headers(headers)
    body = (text + "\n") if text and status >= 400 else ""
    return Response(body, status, headers=out, media_type="text/plain" if body else None)


def _uint(raw: str | None) -> int | None:
    # isascii: str.isdigit() also accepts digits such as "\u00b2" that int() refuses.
    if raw is None or not raw.isascii() or not raw.isdigit() or len(raw) > _MAX_DIGITS:
        return None
    return int(raw)


def parse_metadata(raw: str) -> dict[str, str]:
    """tus Upload-Metadata: comma-separated "key base64value" pairs; ValueError if bad."""
    out: dict[str, str] = {}
    for pair in raw.split(","):
        parts = pair.strip().split(" ")
        key = parts[0]
        if not key or len(parts) > 2 or key in out or not key.isascii():
            raise ValueError("malformed Upload-Metadata")
        try:
            value = base64.b64decode(parts[1], validate=True) if len(parts) == 2 else b""
            out[key] = value.decode("ascii")
        except (binascii.Error, UnicodeDecodeError):
            raise ValueError("Upload-Metadata value is not base64 ASCII") from None
    return out


def _settle_quietly(writer: UploadWriter, keep: bool) -> int | None:
    """Commit (keep) or drop what the writer took since its last commit; None on failure."""
    try:
        return writer.close() if keep else writer.discard()
    except OSError:
        return None


def _http_date(when: int) -> str:
    return formatdate(when, usegmt=True)


def _connection(request: Request) -> str:
    """The peer address: behind Tor, one loopback connection per Tor stream."""
    client = request.client
    return f"{client.host}:{client.port}" if client is not None else ""


class _Refused(Exception):
    """Raised by the checks below; the handler answers with `response`."""

    def __init__(self, status: int, text: str = "", **headers: str) -> None:
        super().__init__(text)
        self.response = _reply(status, text, **headers)


def _handler(
    method: Callable[[_Tus, Request], Awaitable[Response]],
) -> Callable[[_Tus, Request], Awaitable[Response]]:
    """Check Tus-Resumable first, and turn a _Refused into its response."""

    async def run(self: _Tus, request: Request) -> Response:
        try:
            if request.headers.get("tus-resumable") != TUS_VERSION:
                raise _Refused(412, "unsupported Tus-Resumable", Tus_Version=TUS_VERSION)
            return await method(self, request)
        except _Refused as refused:
            return refused.response

    return run


def tus_routes(state: InboxState) -> list[BaseRoute]:
    tus = _Tus(state)
    return [
        Route("/uploads/", tus.options, methods=["OPTIONS"]),
        Route("/uploads/", tus.create, methods=["POST"]),
        Route("/uploads/{upload_id}", tus.head, methods=["HEAD"]),
        Route("/uploads/{upload_id}", tus.patch, methods=["PATCH"]),
        Route("/uploads/{upload_id}", tus.delete, methods=["DELETE"]),
    ]


class _Tus:
    def __init__(self, state: InboxState) -> None:
        self.state = state
        self.store = state.store
        self.cfg = state.config

    async def options(self, request: Request) -> Response:
        return _reply(
            204, Tus_Version=TUS_VERSION, Tus_Extension=EXTENSIONS,
            Tus_Max_Size=str(self.cfg.max_upload_size), Tus_Checksum_Algorithm=CHECKSUM_ALGORITHM,
        )

    def _creation_headers(self, request: Request) -> tuple[int, str]:
        length = _uint(request.headers.get("upload-length"))
        if length is None:
            raise _Refused(400, "Upload-Length missing or malformed (no deferred length)")
        if length > self.cfg.max_upload_size:
            raise _Refused(413, "upload larger than Tus-Max-Size")
        if _has_body(request) and request.headers.get("content-type") != _OCTETS:
            raise _Refused(415, f"a POST body needs Content-Type {_OCTETS}")
        if (_uint(request.headers.get("content-length")) or 0) > length:
            raise _Refused(413, "body goes past Upload-Length")
        try:
            meta = parse_metadata(request.headers.get("upload-metadata", ""))
            return length, check_sha256(meta.get("sha256", ""))
        except ValueError as exc:
            raise _Refused(400, f"{exc}: Upload-Metadata needs sha256 (64 lowercase hex)") from None

    def _expires(self, up: UploadState) -> dict[str, str]:
        """The Upload-Expires header of an unfinished upload (expiration extension)."""
        return {} if up.done else {"Upload_Expires": _http_date(up.touched + self.cfg.upload_expiry)}

    def _check_live(self, up: UploadState) -> None:
        # Expired uploads are refused at once, whenever the purge gets to deleting them.
        if not up.done and self.state.clock() >= up.touched + self.cfg.upload_expiry:
            raise _Refused(410, "the upload expired; create a new one")

    @_handler
    async def create(self, request: Request) -> Response:
        length, sha256 = self._creation_headers(request)
        expected = _checksum(request.headers.get("upload-checksum"))  # before creating
        known = await anyio.to_thread.run_sync(self.store.find_envelope, sha256)
        if known is not None and known.size != length:
            raise _Refused(400, "Upload-Length differs from the stored envelope with this hash")
        count, pending = await anyio.to_thread.run_sync(
            self.store.open_totals, self.state.clock() - self.cfg.upload_expiry)
        refusal = self.state.limiter.reserve(_connection(request), length, count, pending)
        if refusal is not None:
            raise _Refused(refusal.status, refusal.text, Retry_After=str(refusal.retry_after))
        upload_id = secrets.token_hex(16)
        try:
            up = await anyio.to_thread.run_sync(
                self.store.create_upload, upload_id, length, sha256, self.state.clock()
            )
        finally:
            self.state.limiter.created(length)
        location = f"/uploads/{upload_id}"
        if not _has_body(request):
            return _reply(201, Location=location, **self._expires(up))
        return await self._create_with_upload(request, up, location, expected)

    async def _create_with_upload(self, request: Request, up: UploadState, location: str,
                                  expected: bytes | None) -> Response:
        """Take a POST's body as a PATCH at offset 0; answer 201, with the receipt if done."""
        done = self.state.busy[up.upload_id] = anyio.Event()  # a HEAD after a cut waits
        try:
            taken = await self._append(request, up, expected)
        finally:
            del self.state.busy[up.upload_id]
            done.set()
        if taken.status_code != 204:
            return taken
        offset = taken.headers["upload-offset"]
        if int(offset) < up.length:
            return _reply(201, Location=location, Upload_Offset=offset, **self._expires(up))
        stored = await anyio.to_thread.run_sync(self.store.find_envelope, up.sha256)
        return Response(stored.receipt if stored else b"", 201, media_type="application/octet-stream",
                        headers=_headers({"Location": location, "Upload_Offset": offset}))

    async def _settle(self, upload_id: str) -> None:
        """Let a PATCH still running here finish (up to head_wait): after a cut the client
        asks or resends at once, often before this side saw the cut (a slow fsync)."""
        running = self.state.busy.get(upload_id)
        if running is not None:
            with anyio.move_on_after(self.cfg.head_wait):
                await running.wait()

    @_handler
    async def head(self, request: Request) -> Response:
        upload_id = request.path_params["upload_id"]
        await self._settle(upload_id)
        up = await anyio.to_thread.run_sync(self.store.get_upload, upload_id)
        if up is None:
            return _reply(404)
        self._check_live(up)
        return _reply(200, Upload_Offset=str(up.committed), Upload_Length=str(up.length),
                      **self._expires(up))

    @_handler
    async def delete(self, request: Request) -> Response:
        upload_id = request.path_params["upload_id"]
        if upload_id in self.state.busy:
            raise _Refused(423, "the upload is being written; retry later")
        gone = await anyio.to_thread.run_sync(self.store.delete_upload, upload_id)
        return _reply(204 if gone else 404)

    async def _patchable(self, request: Request, upload_id: str) -> tuple[int, UploadState]:
        if request.headers.get("content-type") != _OCTETS:
            raise _Refused(415, f"Content-Type must be {_OCTETS}")
        offset = _uint(request.headers.get("upload-offset"))
        if offset is None:
            raise _Refused(400, "Upload-Offset missing or malformed")
        up = await anyio.to_thread.run_sync(self.store.get_upload, upload_id)
        if up is None:
            raise _Refused(404)
        self._check_live(up)
        if offset != up.committed:
            raise _Refused(409, "Upload-Offset does not match", Upload_Offset=str(up.committed))
        return offset, up

    @_handler
    async def patch(self, request: Request) -> Response:
        upload_id = request.path_params["upload_id"]
        await self._settle(upload_id)
        if upload_id in self.state.busy:
            raise _Refused(423, "another request is writing this upload; retry later")
        done = self.state.busy[upload_id] = anyio.Event()  # no await since the check
        try:
            offset, up = await self._patchable(request, upload_id)
            expected = _checksum(request.headers.get("upload-checksum"))
            body_len = _uint(request.headers.get("content-length"))
            if up.done and body_len == 0:
                return _reply(204, Upload_Offset=str(up.committed))
            if up.done or (body_len is not None and offset + body_len > up.length):
                raise _Refused(413, "body goes past Upload-Length")
            return await self._append(request, up, expected)
        finally:
            del self.state.busy[upload_id]
            done.set()

    async def _append(self, request: Request, up: UploadState, expected: bytes | None) -> Response:
        now = self.state.clock()
        try:
            writer = await anyio.to_thread.run_sync(
                self.store.open_append, up.upload_id, up.committed, now
            )
        except UploadBusy:
            return _reply(423, "another request is writing this upload; retry later")
        except OffsetMismatch as exc:
            return _reply(409, "Upload-Offset does not match", Upload_Offset=str(exc.committed))
        except UnknownUpload:
            return _reply(404)
        committed, status = await self._take_body(request, writer, up.length, expected)
        return await self._answer(up, committed, status, now)

    async def _answer(self, up: UploadState, committed: int | None, status: int,
                      now: int) -> Response:
        """The reply to a PATCH whose body was taken; completes a full upload."""
        if committed is None:
            return _reply(507, "the inbox could not store the upload")
        if status == 460:
            return _reply(460, "the body does not match Upload-Checksum; it was not kept",
                          Upload_Offset=str(committed))
        if status != 204:
            return _reply(status, "the inbox could not take this body")
        if committed < up.length:
            return _reply(204, Upload_Offset=str(committed),
                          Upload_Expires=_http_date(now + self.cfg.upload_expiry))
        return await self._complete(up.upload_id, committed)

    async def _take_body(self, request: Request, writer: UploadWriter, length: int,
                         expected: bytes | None) -> tuple[int | None, int]:
        """Receive the body and settle the writer: (committed offset or None, status)."""
        # Without a checksum every byte that arrived counts; with one, only a verified body.
        status, keep = 507, expected is None
        try:
            status, keep = await self._receive(request, writer, length, expected)
        except OSError:
            pass
        finally:
            # Even when the server is shutting down, what arrived is made durable.
            with anyio.CancelScope(shield=True):
                committed = await anyio.to_thread.run_sync(_settle_quietly, writer, keep)
        return committed, status

    async def _receive(self, request: Request, writer: UploadWriter, length: int,
                       expected: bytes | None) -> tuple[int, bool]:
        """Copy the body to disk in bounded buffers: (status to answer, keep the bytes)."""
        buf = bytearray()
        since_commit = 0
        body = hashlib.sha256() if expected is not None else None
        try:
            async for chunk in request.stream():
                if writer.offset + len(buf) + len(chunk) > length:
                    await anyio.to_thread.run_sync(writer.write, bytes(buf))
                    return 413, body is None
                buf += chunk
                if body is not None:
                    body.update(chunk)
                if len(buf) >= self.cfg.write_buffer:
                    await anyio.to_thread.run_sync(writer.write, bytes(buf))
                    since_commit += len(buf)
                    buf.clear()
                    # A checksummed body commits only once it is verified, at the end.
                    if since_commit >= self.cfg.commit_interval and body is None:
                        await anyio.to_thread.run_sync(writer.commit)
                        since_commit = 0
        except ClientDisconnect:
            # Keep what arrived (the client resumes from the committed offset), unless it
            # was checksummed: an incomplete body cannot be verified.
            if body is not None:
                return 204, False
        if buf:
            await anyio.to_thread.run_sync(writer.write, bytes(buf))
        if body is not None and body.digest() != expected:
            return 460, False
        return 204, True

    async def _complete(self, upload_id: str, committed: int) -> Response:
        try:
            await anyio.to_thread.run_sync(
                self.store.complete_upload, upload_id, self.state.clock(), self.state.sign
            )
        except HashMismatch:
            return _reply(460, "the bytes do not match the declared sha256; nothing was kept")
        except (StoreError, OSError):
            return _reply(507, "the inbox could not store the upload")
        return _reply(204, Upload_Offset=str(committed))


def _has_body(request: Request) -> bool:
    """Whether a request carries a body (creation-with-upload), by its framing headers."""
    framing = request.headers
    return "transfer-encoding" in framing or framing.get("content-length", "0") != "0"


def _checksum(raw: str | None) -> bytes | None:
    """The digest of an `Upload-Checksum: sha256 <base64>` header, None if absent."""
    if raw is None:
        return None
    algorithm, _, value = raw.strip().partition(" ")
    try:
        digest = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):  # ValueError: a non-ASCII (latin-1) header byte
        digest = b""
    if algorithm != CHECKSUM_ALGORITHM or len(digest) != hashlib.sha256().digest_size:
        raise _Refused(400, "Upload-Checksum must be sha256 and a base64 digest")
    return digest
