"""The desk's pull API: challenge-response login, list, download (with Range), ack.

Login: `POST /desk/challenge` returns a single-use random nonce; the desk signs
nonce || inbox id (UTF-8) with its Ed25519 signing key under the context "desk-auth" and
sends `POST /desk/session` {"key", "nonce", "signature"}. The key must be a desk signing
key listed in the current coalition directory; the answer is a bearer token. Every
authenticated request checks again that the key is still listed, so removing a desk
from the directory locks it out at once. Nonces, sessions and the parsed directory
live in a DeskSessions (satchel.sync.inbox.sessions): in memory for one instance (a
restart logs every desk out), in the shared database for several. An acknowledgement is recorded for
the session's desk key, and the desks of each new directory are handed to the store,
which deletes an envelope only once every listed desk due has acknowledged it
(satchel.sync.inbox.acks). Wire format: docs/inbox-api.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from typing import TYPE_CHECKING

import anyio.to_thread
from satchel.crypto.directory import verify_directory
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import VerifyKey, unb64url
from satchel.sync.inbox.sessions import DeskSessions, MemorySessions
from satchel.sync.inbox.store import InboxStore, StoredEnvelope
from satchel.sync.protocol import DESK_AUTH_CONTEXT, auth_message
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

if TYPE_CHECKING:
    from satchel.sync.inbox.state import InboxState

MAX_JSON = 4096
# ASCII: \d alone also matches other scripts' digits, which a Range header never holds.
_RANGE_RE = re.compile(r"bytes=(\d{0,19})-(\d{0,19})", re.ASCII)


class DeskAuth:
    """Nonces, sessions and the desk keys of the current directory."""

    def __init__(self, state: InboxState, sessions: DeskSessions | None = None) -> None:
        self.state = state
        self.sessions: DeskSessions = MemorySessions() if sessions is None else sessions
        self._parsed: tuple[bytes, frozenset[str]] = (b"", frozenset())

    def desk_keys(self) -> frozenset[str]:
        data = self.state.directory()
        if data is None:
            return frozenset()
        digest = hashlib.sha256(data).digest()
        if self._parsed[0] != digest:
            root = self.state.config.coalition_root
            try:
                pinned = None if root is None else VerifyKey.from_text(root)
                d = verify_directory(data, pinned, None, None)
                listed = {desk.signing_key: d.issued for desk in d.desks}
            except IntegrityError:
                listed = {}
            # The store decides from this which desks an envelope waits for (inbox_acks).
            self.state.store.set_desks(listed)
            self._parsed = (digest, frozenset(listed))
        return self._parsed[1]

    def challenge(self) -> bytes | None:
        now = self.state.clock()
        nonce = secrets.token_bytes(32)
        cfg = self.state.config
        if not self.sessions.add_challenge(nonce, now + cfg.challenge_ttl, now,
                                           cfg.max_challenges):
            return None
        return nonce

    def login(self, key_text: str, nonce: bytes, signature: bytes) -> str | None:
        now = self.state.clock()
        # Single use, even when the login fails.
        if not self.sessions.take_challenge(nonce, now) or key_text not in self.desk_keys():
            return None
        try:
            VerifyKey.from_text(key_text).verify(
                DESK_AUTH_CONTEXT, auth_message(nonce, self.state.config.inbox_id), signature
            )
        except IntegrityError:
            return None
        token = secrets.token_urlsafe(32)
        cfg = self.state.config
        self.sessions.add_session(token, key_text, now + cfg.session_ttl, cfg.max_sessions)
        return token

    def desk_of(self, request: Request) -> str | None:
        """The signing key of the request's valid session, or None."""
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            return None
        key_text = self.sessions.session(token, self.state.clock())
        if key_text is None:
            return None
        if key_text not in self.desk_keys():
            self.sessions.drop_session(token)
            return None
        return key_text

    def authorized(self, request: Request) -> bool:
        return self.desk_of(request) is not None


def _cursor(text: str) -> int | None:
    """A listing cursor: at most 19 ASCII digits, else None."""
    # isascii: str.isdigit() also accepts "\u00b9", which int() refuses (was a 500).
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 19 else None


def _login_fields(doc: dict[str, object] | None) -> tuple[str, str, str] | None:
    """A login body's key, nonce and signature; None unless all three are strings."""
    key, nonce, sig = (doc or {}).get("key"), (doc or {}).get("nonce"), (doc or {}).get("signature")
    if isinstance(key, str) and isinstance(nonce, str) and isinstance(sig, str):
        return key, nonce, sig
    return None


async def _small_json(request: Request) -> dict[str, object] | None:
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_JSON:
                return None
    except ClientDisconnect:  # the desk went away mid-body (killed): no one to answer
        return None
    try:
        value = json.loads(bytes(body))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _unauthorized() -> Response:
    return Response("log in: POST /desk/challenge then /desk/session\n", 401,
                    headers={"WWW-Authenticate": "Bearer"})


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """[start, stop) for one `bytes=` range; (0, size) without a header; None if unusable."""
    if header is None:
        return 0, size
    m = _RANGE_RE.fullmatch(header.strip())
    if m is None or (not m[1] and not m[2]):
        return None
    if not m[1]:  # suffix range: the last N bytes
        n = int(m[2])
        return (max(size - n, 0), size) if n > 0 and size > 0 else None
    start = int(m[1])
    stop = min(int(m[2]) + 1, size) if m[2] else size
    return (start, stop) if start < stop else None


async def _ranged(store: InboxStore, found: StoredEnvelope, header: str | None) -> Response:
    """The envelope, or the one range asked for, streamed from the store."""
    span = parse_range(header, found.size)
    if span is None:
        return Response("", 416, headers={"Content-Range": f"bytes */{found.size}"})
    chunks = await anyio.to_thread.run_sync(store.read_range, found.sha256, *span)
    headers = {"Content-Length": str(span[1] - span[0]), "Accept-Ranges": "bytes"}
    if header is not None:
        headers["Content-Range"] = f"bytes {span[0]}-{span[1] - 1}/{found.size}"
    return StreamingResponse(chunks, 200 if header is None else 206, headers=headers,
                             media_type="application/octet-stream")


def desk_routes(state: InboxState, auth: DeskAuth) -> list[BaseRoute]:
    store = state.store

    async def challenge(request: Request) -> Response:
        nonce = await anyio.to_thread.run_sync(auth.challenge)
        if nonce is None:
            return Response("too many pending logins; retry later\n", 503)
        return JSONResponse({"nonce": nonce.hex(), "inbox": state.config.inbox_id,
                             "context": DESK_AUTH_CONTEXT})

    async def session(request: Request) -> Response:
        fields = _login_fields(await _small_json(request))
        if fields is None:
            return Response("expected JSON {key, nonce, signature}\n", 400)
        key, nonce, sig = fields
        try:
            token = await anyio.to_thread.run_sync(
                auth.login, key, bytes.fromhex(nonce), unb64url(sig, "signature"))
        except (ValueError, IntegrityError):
            token = None
        if token is None:
            return Response("login refused\n", 403)
        return JSONResponse({"token": token, "expires_in": state.config.session_ttl})

    async def listing(request: Request) -> Response:
        if not await anyio.to_thread.run_sync(auth.authorized, request):
            return _unauthorized()
        after = _cursor(request.query_params.get("after", "0"))
        if after is None:
            return Response("after must be a cursor (a non-negative integer)\n", 400)
        rows = await anyio.to_thread.run_sync(store.list_envelopes, after, state.config.list_limit)
        return JSONResponse([{"sha256": r.sha256, "size": r.size, "stored_at": r.stored_at,
                              "cursor": r.cursor, "acked": r.acked} for r in rows])

    async def download(request: Request) -> Response:
        if not await anyio.to_thread.run_sync(auth.authorized, request):
            return _unauthorized()
        found = await anyio.to_thread.run_sync(store.find_envelope, request.path_params["sha"])
        if found is None:
            return Response("no such envelope\n", 404)
        return await _ranged(store, found, request.headers.get("range"))

    async def ack(request: Request) -> Response:
        desk = await anyio.to_thread.run_sync(auth.desk_of, request)
        if desk is None:
            return _unauthorized()
        ok = await anyio.to_thread.run_sync(
            store.acknowledge, request.path_params["sha"], desk, state.clock()
        )
        return Response(status_code=204 if ok else 404)

    return [
        Route("/desk/challenge", challenge, methods=["POST"]),
        Route("/desk/session", session, methods=["POST"]),
        Route("/desk/envelopes", listing, methods=["GET"]),
        Route("/desk/envelopes/{sha}", download, methods=["GET"]),
        Route("/desk/envelopes/{sha}/ack", ack, methods=["POST"]),
    ]
