"""The desk pull API: challenge-response login, listing, ranged download, ack, retention."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import anyio
import pytest
from inboxkit import DESK_KEY, ONION, Inbox, make_directory, serving
from satchel.crypto.keys import SigningKey, b64url
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.inbox.desk import parse_range
from satchel.sync.protocol import DESK_AUTH_CONTEXT as CONTEXT
from satchel.sync.protocol import auth_message
from satchel.sync.transport.tus import upload


@pytest.fixture(scope="module")
def box(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Inbox]:
    config = InboxConfig(inbox_id=ONION, acked_retention=3600)
    with serving(Inbox(tmp_path_factory.mktemp("desk"), config, make_directory())) as b:
        yield b


def call(box: Inbox, method: str, path: str, body: object = None,
         token: str | None = None, **headers: str) -> tuple[int, dict[str, str], bytes]:
    c = box.http()
    h = dict(headers)
    if token is not None:
        h["Authorization"] = f"Bearer {token}"
    data = None if body is None else json.dumps(body).encode()
    c.request(method, path, body=data, headers=h)
    r = c.getresponse()
    return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()


def login(box: Inbox, key: SigningKey, *, signer: SigningKey | None = None,
          inbox_id: str = ONION) -> tuple[int, str | None]:
    status, _, raw = call(box, "POST", "/desk/challenge")
    assert status == 200
    nonce = bytes.fromhex(json.loads(raw)["nonce"])
    sig = (signer or key).sign(CONTEXT, auth_message(nonce, inbox_id))
    status, _, raw = call(box, "POST", "/desk/session",
                          {"key": key.public.text, "nonce": nonce.hex(), "signature": b64url(sig)})
    return status, json.loads(raw)["token"] if status == 200 else None


def stored(box: Inbox, size: int) -> tuple[bytes, str]:
    data = os.urandom(size)
    sha = hashlib.sha256(data).hexdigest()
    path = box.root / f"src-{sha[:8]}"
    path.write_bytes(data)
    upload(box.connect, ONION, lambda: path.open("rb"), size, sha)
    return data, sha


def test_listed_desk_key_logs_in_and_pulls(box: Inbox) -> None:
    data, sha = stored(box, 300_000)
    status, token = login(box, DESK_KEY)
    assert status == 200 and token
    status, _, raw = call(box, "GET", "/desk/envelopes?after=0", token=token)
    rows = json.loads(raw)
    mine = next(r for r in rows if r["sha256"] == sha)
    assert mine["size"] == len(data) and mine["stored_at"] == box.clock.now
    status, _, raw = call(box, "GET", f"/desk/envelopes?after={mine['cursor']}", token=token)
    assert all(r["cursor"] > mine["cursor"] for r in json.loads(raw))
    status, _, body = call(box, "GET", f"/desk/envelopes/{sha}", token=token)
    assert status == 200 and body == data
    status, h, body = call(box, "GET", f"/desk/envelopes/{sha}", token=token, Range="bytes=10-99")
    assert status == 206 and body == data[10:100]
    assert h["content-range"] == f"bytes 10-99/{len(data)}"
    status, _, body = call(box, "GET", f"/desk/envelopes/{sha}", token=token, Range="bytes=-5")
    assert status == 206 and body == data[-5:]
    status, h, _ = call(box, "GET", f"/desk/envelopes/{sha}", token=token,
                        Range=f"bytes={len(data)}-")
    assert status == 416 and h["content-range"] == f"bytes */{len(data)}"


def test_acknowledged_envelope_is_deleted_after_retention(box: Inbox) -> None:
    _, sha = stored(box, 1000)
    _, token = login(box, DESK_KEY)
    assert call(box, "POST", f"/desk/envelopes/{sha}/ack", token=token)[0] == 204
    assert call(box, "POST", f"/desk/envelopes/{'0' * 64}/ack", token=token)[0] == 404
    cfg = box.config
    box.store.purge(box.clock.now + 3599, acked_retention=3600, upload_expiry=cfg.upload_expiry)
    assert (box.root / "envelopes" / sha).exists()
    box.store.purge(box.clock.now + 3600, acked_retention=3600, upload_expiry=cfg.upload_expiry)
    assert not (box.root / "envelopes" / sha).exists()
    assert call(box, "GET", f"/receipts/{sha}")[0] == 404
    assert call(box, "GET", f"/desk/envelopes/{sha}", token=token)[0] == 404


def test_unlisted_key_and_bad_signatures_are_refused(box: Inbox) -> None:
    assert login(box, SigningKey.generate()) == (403, None)
    assert login(box, DESK_KEY, signer=SigningKey.generate()) == (403, None)
    assert login(box, DESK_KEY, inbox_id="another.onion") == (403, None)
    status, _, _ = call(box, "POST", "/desk/session", {"key": DESK_KEY.public.text})
    assert status == 400


def test_nonce_is_single_use(box: Inbox) -> None:
    _, _, raw = call(box, "POST", "/desk/challenge")
    nonce = bytes.fromhex(json.loads(raw)["nonce"])
    doc = {"key": DESK_KEY.public.text, "nonce": nonce.hex(),
           "signature": b64url(DESK_KEY.sign(CONTEXT, auth_message(nonce, ONION)))}
    assert call(box, "POST", "/desk/session", doc)[0] == 200
    assert call(box, "POST", "/desk/session", doc)[0] == 403


def test_desk_endpoints_need_a_valid_token(box: Inbox) -> None:
    sha = "0" * 64
    for method, path in (("GET", "/desk/envelopes"), ("GET", f"/desk/envelopes/{sha}"),
                         ("POST", f"/desk/envelopes/{sha}/ack")):
        assert call(box, method, path)[0] == 401
        assert call(box, method, path, token="forged")[0] == 401
    _, token = login(box, DESK_KEY)
    box.clock.now += box.config.session_ttl
    assert call(box, "GET", "/desk/envelopes", token=token)[0] == 401


def test_removing_desk_from_directory_revokes_sessions(tmp_path: Path) -> None:
    with serving(Inbox(tmp_path, InboxConfig(inbox_id=ONION), make_directory())) as b:
        _, token = login(b, DESK_KEY)
        assert call(b, "GET", "/desk/envelopes", token=token)[0] == 200
        b.directory = None
        assert call(b, "GET", "/desk/envelopes", token=token)[0] == 401


@pytest.mark.parametrize(("header", "size", "expected"), [
    (None, 10, (0, 10)), ("bytes=0-0", 10, (0, 1)), ("bytes=5-", 10, (5, 10)),
    ("bytes=-3", 10, (7, 10)), ("bytes=-30", 10, (0, 10)), ("bytes=8-100", 10, (8, 10)),
    ("bytes=10-", 10, None), ("bytes=-0", 10, None), ("bytes=-", 10, None),
    ("bytes=1-2,4-5", 10, None), ("items=0-1", 10, None), ("bytes=5-2", 10, None),
    ("bytes=\u0661-", 10, None), ("bytes=-\u0663", 10, None),
])
def test_parse_range(header: str | None, size: int, expected: tuple[int, int] | None) -> None:
    assert parse_range(header, size) == expected


def test_challenges_are_bounded(tmp_path: Path) -> None:
    config = InboxConfig(inbox_id=ONION, max_challenges=2)
    with serving(Inbox(tmp_path, config)) as b:
        assert [call(b, "POST", "/desk/challenge")[0] for _ in range(3)] == [200, 200, 503]
        b.clock.now += config.challenge_ttl
        assert call(b, "POST", "/desk/challenge")[0] == 200


@pytest.mark.parametrize("after", ["\u00b9", "1\u00b2", "\u0661", "-1", "x", "9" * 20])
def test_a_listing_cursor_that_is_not_ascii_digits_is_400(box: Inbox, after: str) -> None:
    """"\u00b9".isdigit() is true but int() refuses it; "\u0661" int() reads as 1: all 400."""
    _, token = login(box, DESK_KEY)
    status, _, raw = call(box, "GET", f"/desk/envelopes?after={quote(after)}", token=token)
    assert (status, raw) == (400, b"after must be a cursor (a non-negative integer)\n")


def _disconnecting(box: Inbox, path: str, first: bytes) -> list[dict[str, object]]:
    """Call the inbox app as uvicorn would for a client that sends `first` of a longer
    body and then goes away (the crash loop's killed desk did this); what it sent back."""
    events = iter([{"type": "http.request", "body": first, "more_body": True},
                   {"type": "http.disconnect"}])
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return next(events)

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "", "client": ("127.0.0.1", 1),
             "server": ("127.0.0.1", 80), "headers": [(b"content-length", b"100")]}
    anyio.run(box.app, scope, receive, send)
    return sent


def test_a_desk_that_leaves_mid_login_is_no_server_error(box: Inbox) -> None:
    sent = _disconnecting(box, "/desk/session", b'{"key": "')
    assert not [m for m in sent if m.get("status") == 500], sent
