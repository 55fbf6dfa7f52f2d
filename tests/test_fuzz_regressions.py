"""Regression tests for the crashes the fuzz harnesses (tests/fuzz/) found: each input
that once raised an undocumented exception, driven through the real component."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest
from inboxkit import ONION, Inbox, envelope, meta, post, serving, tus
from satchel.client.desk.alerts import incidents
from satchel.client.desk.store import receive
from satchel.client.desk.verify import submission_ids, verify_submission
from satchel.client.vault.vault import Vault
from satchel.crypto.envelope import seal_report
from satchel.crypto.keys import SigningKey
from satchel.crypto.keyslots import KdfParams
from satchel.sync.bundle.format import BundleReadError, Malformed, parse_entry, split_index
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.transport.errors import InboxProtocolError
from satchel.sync.transport.pull import pull
from satchel.sync.transport.tus import upload

DEEP = b"[" * 5000 + b"]" * 5000  # deeper than json's recursion limit


def test_non_ascii_upload_checksum_is_400_not_500(tmp_path: Path) -> None:
    """Found by tus_headers: a latin-1 byte in Upload-Checksum raised ValueError (500)."""
    with serving(Inbox(tmp_path / "inbox", InboxConfig(inbox_id=ONION))) as box:
        data, sha = envelope(100)
        r = post(box, len(data), meta(sha))
        url = r.getheader("Location") or ""
        c = box.http()
        c.request("PATCH", url, body=data, headers=tus(**{
            "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream",
            "Upload-Checksum": "sha256 \u00e9t\u00e9"}))
        reply = c.getresponse()
        assert reply.status == 400, reply.read()


def test_deeply_nested_bundle_index_is_a_read_error() -> None:
    with pytest.raises(BundleReadError):
        split_index(DEEP + b"\n")
    assert isinstance(parse_entry(DEEP, 1), Malformed)


_PEERS: list[socket.socket] = []


def _hostile_inbox(replies: bytes) -> socket.socket:
    """A connection whose peer says `replies` and stops talking (but still listens, so
    requests go through): the only way to have an inbox say this."""
    ours, theirs = socket.socketpair()
    theirs.sendall(replies)
    theirs.shutdown(socket.SHUT_WR)
    _PEERS.append(theirs)
    return ours


def _http(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body


def test_deeply_nested_pull_reply_is_a_protocol_error(tmp_path: Path) -> None:
    desk = Vault.create(tmp_path / "desk", "desk", b"pw", KdfParams.insecure_for_tests())
    replies = _http(b'{"nonce":"' + b"ab" * 32 + b'"}') + _http(b'{"token":"t"}') + _http(DEEP)
    with pytest.raises(InboxProtocolError):
        pull(desk, lambda: _hostile_inbox(replies), ONION, timeout=5.0)
    with pytest.raises(InboxProtocolError):
        pull(desk, lambda: _hostile_inbox(_http(DEEP)), ONION, timeout=5.0)


@pytest.mark.parametrize("doc", [b"[]", b"not json", b'"text"', DEEP])
def test_a_signed_report_document_that_is_not_an_object_fails_verification(
        tmp_path: Path, doc: bytes) -> None:
    """Any device can sign: a document that is not a JSON object is a failed check."""
    desk = Vault.create(tmp_path / "desk", "desk", b"pw", KdfParams.insecure_for_tests())
    sink = io.BytesIO()
    sealed = seal_report(sink, doc, [], SigningKey.generate(), [desk.recipient],
                         delivery_secret=bytes(32))
    data = sink.getvalue()
    received = receive(desk, sealed.envelope_sha256, len(data), lambda f: f.write(data), via="usb")
    assert received.status == "submission"
    (sid,) = submission_ids(desk)
    result = verify_submission(desk, sid)
    assert not result["verified"]
    assert any("report document" in r for r in result["reasons"])
    assert [row["verification"] for row in incidents(desk, None)] == ["failed"]


def _reply(status: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    head = "".join(f"{k}: {v}\r\n" for k, v in {**headers, "Content-Length": str(len(body))}.items())
    return f"HTTP/1.1 {status}\r\n{head}\r\n".encode("latin-1") + body  # as the client decodes


def test_a_unicode_digit_offset_from_the_inbox_is_a_protocol_error() -> None:
    """Found by upload_replies: "15\u00b9".isdigit() is true but int() refuses it."""
    data, sha = envelope(100)  # small: one creating POST carries it, answered with an offset
    replies = _reply("201 Created", {"Tus-Resumable": "1.0.0", "Location": "/uploads/a",
                                     "Upload-Offset": "15\u00b9"})
    with pytest.raises(InboxProtocolError):
        upload(lambda: _hostile_inbox(replies), ONION, io.BytesIO(data), len(data), sha,
               timeout=5.0, max_resumes=0)


@pytest.mark.parametrize("header", ["Upload-Length", "Upload-Offset"])
def test_a_unicode_digit_length_or_offset_is_400(tmp_path: Path, header: str) -> None:
    with serving(Inbox(tmp_path / "inbox", InboxConfig(inbox_id=ONION))) as box:
        data, sha = envelope(100)
        if header == "Upload-Length":
            assert post(box, 0, meta(sha), **{"Upload-Length": "1\u00b2"}).status == 400
            return
        url = post(box, len(data), meta(sha)).getheader("Location") or ""
        c = box.http()
        c.request("PATCH", url, body=data, headers=tus(**{
            "Upload-Offset": "0\u00b2", "Content-Type": "application/offset+octet-stream"}))
        assert c.getresponse().status == 400
