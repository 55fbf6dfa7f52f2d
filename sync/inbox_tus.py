"""tus 1.0.0 (core + creation + termination) upload endpoints of the inbox.

- `OPTIONS /uploads/` advertises Tus-Version, Tus-Extension and Tus-Max-Size.
- `POST /uploads/` needs `Upload-Length` and `Upload-Metadata` with the key `sha256`
  (64 lowercase hex digits, base64-encoded): 201 + Location. If that envelope is
  already stored the new upload is born complete (the 201 carries
  `Upload-Offset` = `Upload-Length`, and so does HEAD) and its receipt is the old one.
- `HEAD` gives the committed offset; `PATCH` appends a streamed body at exactly that
  offset. Bytes are written as they arrive; when the connection is cut what arrived is
  fsynced and counted, so the client resumes from there.
- When the last byte arrives the whole upload is hashed: a mismatch answers 460 and
  nothing is kept; a match stores the envelope and signs its receipt.

Errors: 412 wrong Tus-Resumable, 400 malformed headers or metadata, 413 larger than
allowed, 415 wrong Content-Type, 404 unknown upload, 409 offset mismatch, 423 another
PATCH is running on this upload, 503 too many open uploads, 507 disk failure.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import anyio
import anyio.to_thread
from satchel.sync.inbox_store import (
    HashMismatch,
    OffsetMismatch,
    StoreError,
    UnknownUpload,
    UploadState,
    UploadWriter,
    check_sha256,
)
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

if TYPE_CHECKING:
    from satchel.sync.inbox_app import InboxState

TUS_VERSION = "1.0.0"
EXTENSIONS = "creation,termination"
_OCTETS = "application/offset+octet-stream"
_MAX_DIGITS = 19


def _reply(status: int, text: str = "", **headers: str) -> Response:
    out = {"Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store"}
    out.update({k.replace("_", "-"): v for k, v in headers.items()})
    body = (text + "\n") if text and status >= 400 else ""
    return Response(body, status, headers=out, media_type="text/plain" if body else None)


def _uint(raw: str | None) -> int | None:
    if raw is None or not raw.isdigit() or len(raw) > _MAX_DIGITS:
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


def _close_quietly(writer: UploadWriter) -> int | None:
    try:
        return writer.close()
    except OSError:
        return None


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
            Tus_Max_Size=str(self.cfg.max_upload_size),
        )

    def _creation_headers(self, request: Request) -> tuple[int, str]:
        length = _uint(request.headers.get("upload-length"))
        if length is None:
            raise _Refused(400, "Upload-Length missing or malformed (no deferred length)")
        if length > self.cfg.max_upload_size:
            raise _Refused(413, "upload larger than Tus-Max-Size")
        if request.headers.get("content-length", "0") != "0":
            raise _Refused(400, "creation-with-upload is not supported: POST without a body")
        try:
            meta = parse_metadata(request.headers.get("upload-metadata", ""))
            return length, check_sha256(meta.get("sha256", ""))
        except ValueError as exc:
            raise _Refused(400, f"{exc}: Upload-Metadata needs sha256 (64 lowercase hex)") from None

    @_handler
    async def create(self, request: Request) -> Response:
        length, sha256 = self._creation_headers(request)
        known = await anyio.to_thread.run_sync(self.store.find_envelope, sha256)
        if known is not None and known.size != length:
            raise _Refused(400, "Upload-Length differs from the stored envelope with this hash")
        if known is None:
            open_now = await anyio.to_thread.run_sync(self.store.count_open_uploads)
            if open_now >= self.cfg.max_open_uploads:
                raise _Refused(503, "too many uploads in progress; retry later", Retry_After="60")
        upload_id = secrets.token_hex(16)
        up = await anyio.to_thread.run_sync(
            self.store.create_upload, upload_id, length, sha256, self.state.clock()
        )
        extra = {"Upload_Offset": str(up.committed)} if up.done else {}
        return _reply(201, Location=f"/uploads/{upload_id}", **extra)

    @_handler
    async def head(self, request: Request) -> Response:
        upload_id = request.path_params["upload_id"]
        running = self.state.busy.get(upload_id)
        if running is not None:
            # After a cut the client asks at once, often before this side has seen the
            # cut: let the dying PATCH commit so the answer is the real offset.
            with anyio.move_on_after(self.cfg.head_wait):
                await running.wait()
        up = await anyio.to_thread.run_sync(self.store.get_upload, upload_id)
        if up is None:
            return _reply(404)
        return _reply(200, Upload_Offset=str(up.committed), Upload_Length=str(up.length))

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
        if offset != up.committed:
            raise _Refused(409, "Upload-Offset does not match", Upload_Offset=str(up.committed))
        return offset, up

    @_handler
    async def patch(self, request: Request) -> Response:
        upload_id = request.path_params["upload_id"]
        if upload_id in self.state.busy:
            raise _Refused(423, "another request is writing this upload; retry later")
        done = self.state.busy[upload_id] = anyio.Event()  # no await since the check
        try:
            offset, up = await self._patchable(request, upload_id)
            body_len = _uint(request.headers.get("content-length"))
            if up.done and body_len == 0:
                return _reply(204, Upload_Offset=str(up.committed))
            if up.done or (body_len is not None and offset + body_len > up.length):
                raise _Refused(413, "body goes past Upload-Length")
            return await self._append(request, upload_id, offset, up.length)
        finally:
            del self.state.busy[upload_id]
            done.set()

    async def _append(self, request: Request, upload_id: str, offset: int, length: int) -> Response:
        try:
            writer = await anyio.to_thread.run_sync(
                self.store.open_append, upload_id, offset, self.state.clock()
            )
        except OffsetMismatch as exc:
            return _reply(409, "Upload-Offset does not match", Upload_Offset=str(exc.committed))
        except UnknownUpload:
            return _reply(404)
        status = 507
        try:
            status = await self._receive(request, writer, length)
        except OSError:
            pass
        finally:
            # Even when the server is shutting down, what arrived is made durable.
            with anyio.CancelScope(shield=True):
                committed = await anyio.to_thread.run_sync(_close_quietly, writer)
        if committed is None:
            return _reply(507, "the inbox could not store the upload")
        if status != 204:
            return _reply(status, "the inbox could not take this body")
        if committed < length:
            return _reply(204, Upload_Offset=str(committed))
        return await self._complete(upload_id, committed)

    async def _receive(self, request: Request, writer: UploadWriter, length: int) -> int:
        """Copy the body to disk in bounded buffers; the status to answer with."""
        buf = bytearray()
        since_commit = 0
        try:
            async for chunk in request.stream():
                if writer.offset + len(buf) + len(chunk) > length:
                    await anyio.to_thread.run_sync(writer.write, bytes(buf))
                    return 413
                buf += chunk
                if len(buf) >= self.cfg.write_buffer:
                    await anyio.to_thread.run_sync(writer.write, bytes(buf))
                    since_commit += len(buf)
                    buf.clear()
                    if since_commit >= self.cfg.commit_interval:
                        await anyio.to_thread.run_sync(writer.commit)
                        since_commit = 0
        except ClientDisconnect:
            pass  # keep what arrived: the client resumes from the committed offset
        if buf:
            await anyio.to_thread.run_sync(writer.write, bytes(buf))
        return 204

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
