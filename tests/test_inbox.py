"""The inbox served by uvicorn on loopback, driven by the tus client and by raw HTTP."""

from __future__ import annotations

import base64
import hashlib
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from inboxkit import (
    ONION,
    Inbox,
    MiB,
    dying_factory,
    envelope,
    make_directory,
    meta,
    patch,
    post,
    serving,
    stored_count,
    tus,
    wait_for_offset,
    write_file,
)
from satchel.crypto.receipt import verify_receipt
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.transport.errors import InboxRejected, InboxUnreachable
from satchel.sync.transport.tus import CHUNK, fetch_directory, fetch_receipt, upload


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Inbox]:
    config = InboxConfig(inbox_id=ONION, max_upload_size=64 * MiB, commit_interval=2 * MiB)
    with serving(Inbox(tmp_path_factory.mktemp("inbox"), config, make_directory())) as box:
        yield box


def test_upload_stores_envelope_and_returns_verifiable_receipt(
    inbox: Inbox, tmp_path: Path
) -> None:
    data, sha = envelope(3 * MiB + 17)
    path = write_file(tmp_path, data)
    seen: list[str] = []
    progress: list[int] = []
    result = upload(inbox.connect, ONION, lambda: path.open("rb"), len(data), sha,
                    on_location=seen.append, on_progress=lambda d, t: progress.append(d))
    r = verify_receipt(result.receipt, [inbox.key.public], sha)
    day_start = inbox.clock.now - inbox.clock.now % 86400  # a receipt keeps the day only
    assert (r.envelope_sha256, r.inbox, r.stored_at) == (sha, ONION, day_start)
    assert seen == [result.upload_url] and not result.already_stored
    assert progress[-1] == len(data)
    assert (inbox.root / "envelopes" / sha).read_bytes() == data
    assert fetch_receipt(inbox.connect, ONION, sha) == result.receipt
    assert path.read_bytes() == data  # the client only reads


def test_second_upload_stores_nothing_and_returns_same_receipt(
    inbox: Inbox, tmp_path: Path
) -> None:
    data, sha = envelope(MiB)
    first = upload(inbox.connect, ONION, write_file(tmp_path, data).open("rb"), len(data), sha)
    inbox.clock.now += 50
    with (tmp_path / "envelope.age").open("rb") as f:
        second = upload(inbox.connect, ONION, f, len(data), sha)
    assert second.already_stored and second.bytes_sent == 0
    assert second.receipt == first.receipt
    assert stored_count(inbox, sha) == 1
    assert second.upload_url == ""  # the receipt was asked first: no upload was created


def test_resume_after_cut_resends_at_most_one_chunk(inbox: Inbox, tmp_path: Path) -> None:
    data, sha = envelope(12 * MiB)
    sent = [0]
    connect = dying_factory(inbox, [5 * MiB + 12345, 3 * MiB], sent)
    with write_file(tmp_path, data).open("rb") as f:
        result = upload(connect, ONION, f, len(data), sha)
    verify_receipt(result.receipt, [inbox.key.public], sha)
    assert result.bytes_sent <= len(data) + CHUNK
    # Everything that crossed the sockets: the envelope, at most one chunk again, and the
    # headers of a handful of requests.
    assert len(data) < sent[0] < len(data) + CHUNK + 16 * 1024
    assert stored_count(inbox, sha) == 1
    assert (inbox.root / "envelopes" / sha).read_bytes() == data


def test_resume_with_remembered_url_after_restart(inbox: Inbox, tmp_path: Path) -> None:
    data, sha = envelope(6 * MiB)
    path = write_file(tmp_path, data)
    urls: list[str] = []
    with pytest.raises(InboxUnreachable):
        upload(dying_factory(inbox, [4 * MiB, 0], [0]), ONION, path.open("rb"), len(data), sha,
               on_location=urls.append, max_resumes=0)
    # The server commits each PATCH and, at the cut, all that arrived (4 MiB less the
    # request heads, well under 16 KiB); wait for the cut one, not an earlier PATCH.
    held = wait_for_offset(inbox, urls[0], lambda n: n > 4 * MiB - 16 * 1024)
    assert held.committed < len(data)
    result = upload(inbox.connect, ONION, path.open("rb"), len(data), sha, upload_url=urls[0])
    assert result.upload_url == urls[0]
    assert result.bytes_sent == len(data) - held.committed
    verify_receipt(result.receipt, [inbox.key.public], sha)


def test_bytes_not_matching_declared_hash_are_refused_and_dropped(
    inbox: Inbox, tmp_path: Path
) -> None:
    data, _ = envelope(2 * MiB)
    lie = hashlib.sha256(b"something else").hexdigest()
    urls: list[str] = []
    with pytest.raises(InboxRejected) as err:
        upload(inbox.connect, ONION, write_file(tmp_path, data).open("rb"), len(data), lie,
               on_location=urls.append)
    assert err.value.status == 460 and not err.value.retryable
    assert inbox.store.get_upload(urls[0].rsplit("/", 1)[1]) is None
    assert not (inbox.root / "envelopes" / lie).exists()
    assert not (inbox.root / "partial" / urls[0].rsplit("/", 1)[1]).exists()
    assert fetch_receipt(inbox.connect, ONION, lie) is None


def test_oversize_wrong_version_and_options(inbox: Inbox) -> None:
    _, sha = envelope(10)
    assert post(inbox, 64 * MiB + 1, meta(sha)).status == 413
    c = inbox.http()
    c.request("POST", "/uploads/", headers={"Tus-Resumable": "0.2.2", "Upload-Length": "1",
                                            "Upload-Metadata": meta(sha)})
    r = c.getresponse()
    assert r.status == 412 and r.getheader("Tus-Version") == "1.0.0"
    c = inbox.http()
    c.request("OPTIONS", "/uploads/")
    r = c.getresponse()
    assert r.status == 204 and r.getheader("Tus-Max-Size") == str(64 * MiB)
    assert "creation" in (r.getheader("Tus-Extension") or "")


@pytest.mark.parametrize("metadata", [
    "", "filename ZS5hZ2U=", "sha256 not-base64!", "sha256 " + base64.b64encode(b"ab").decode(),
    "sha256 " + base64.b64encode(b"A" * 64).decode(),
    "sha256 {0},sha256 {0}".format(base64.b64encode(b"a" * 64).decode()),
    "sha256 a b",
])
def test_malformed_metadata_is_400(inbox: Inbox, metadata: str) -> None:
    assert post(inbox, 10, metadata).status == 400


def create(box: Inbox, length: int) -> str:
    r = post(box, length, meta(envelope(8)[1]))
    assert r.status == 201
    return r.getheader("Location") or ""


def test_wrong_offset_is_409_and_wrong_type_415(inbox: Inbox) -> None:
    url = create(inbox, 100)
    assert patch(inbox, url, 5, b"x" * 10).status == 409
    assert patch(inbox, url, 0, b"x" * 10).status == 204
    r = patch(inbox, url, 0, b"x" * 10)
    assert r.status == 409 and r.getheader("Upload-Offset") == "10"
    assert patch(inbox, url, 10, b"x" * 91).status == 413
    c = inbox.http()
    c.request("PATCH", url, body=b"x", headers=tus(**{"Upload-Offset": "10",
                                                      "Content-Type": "text/plain"}))
    assert c.getresponse().status == 415
    assert patch(inbox, "/uploads/" + "0" * 32, 0, b"x").status == 404


def test_concurrent_patch_on_same_upload_is_refused(inbox: Inbox) -> None:
    url = create(inbox, 1000)
    first = inbox.connect()
    first.sendall(f"PATCH {url} HTTP/1.1\r\nHost: x\r\nTus-Resumable: 1.0.0\r\n"
                  "Upload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\n"
                  "Content-Length: 1000\r\n\r\n".encode() + b"y" * 400)
    upload_id = url.rsplit("/", 1)[1]
    inbox.store.wait_for(lambda: upload_id in inbox.store.opened, "started the first PATCH")
    assert patch(inbox, url, 0, b"z" * 10).status == 423
    first.close()
    wait_for_offset(inbox, url, lambda n: n == 400)
    assert patch(inbox, url, 400, b"y" * 600).status == 460  # hash is of other bytes


def test_too_many_open_uploads_is_503(tmp_path: Path) -> None:
    config = InboxConfig(inbox_id=ONION, max_open_uploads=2)
    with serving(Inbox(tmp_path, config)) as box:
        create(box, 10)
        create(box, 10)
        r = post(box, 10, meta(envelope(8)[1]))
        assert r.status == 503 and r.getheader("Retry-After")
        assert fetch_directory(box.connect, ONION) is None


def test_abandoned_upload_expires(inbox: Inbox) -> None:
    url = create(inbox, 100)
    assert patch(inbox, url, 0, b"x" * 30).status == 204
    upload_id = url.rsplit("/", 1)[1]
    assert (inbox.root / "partial" / upload_id).stat().st_size == 30
    cfg = inbox.config
    inbox.store.purge(inbox.clock.now + cfg.upload_expiry - 1,
                      acked_retention=cfg.acked_retention, upload_expiry=cfg.upload_expiry)
    assert inbox.store.get_upload(upload_id) is not None
    inbox.store.purge(inbox.clock.now + cfg.upload_expiry,
                      acked_retention=cfg.acked_retention, upload_expiry=cfg.upload_expiry)
    assert inbox.store.get_upload(upload_id) is None
    assert not (inbox.root / "partial" / upload_id).exists()
    c = inbox.http()
    c.request("HEAD", url, headers=tus())
    assert c.getresponse().status == 404


def test_termination_deletes_partial_upload(inbox: Inbox) -> None:
    url = create(inbox, 100)
    c = inbox.http()
    c.request("DELETE", url, headers=tus())
    assert c.getresponse().status == 204
    assert not (inbox.root / "partial" / url.rsplit("/", 1)[1]).exists()


def raw_exchange(sock: socket.socket, request: bytes) -> tuple[str, dict[str, str], bytes]:
    """One hand-written HTTP/1.1 exchange on a kept-open socket (Content-Length bodies)."""
    sock.sendall(request)
    buf = b""
    while b"\r\n\r\n" not in buf:
        buf += sock.recv(4096)
    head, _, rest = buf.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (x.split(":", 1) for x in lines[1:])}
    want = 0 if request.startswith(b"HEAD") else int(headers.get("content-length", "0"))
    while len(rest) < want:
        rest += sock.recv(4096)
    return lines[0], headers, rest


def test_standard_tus_client_sequence_by_hand(inbox: Inbox) -> None:
    data, sha = envelope(5000)
    md = base64.b64encode(sha.encode()).decode()
    s = inbox.connect()
    status, h, _ = raw_exchange(s, b"OPTIONS /uploads/ HTTP/1.1\r\nHost: inbox\r\n\r\n")
    assert status.startswith("HTTP/1.1 204") and h["tus-version"] == "1.0.0"
    status, h, _ = raw_exchange(s, (
        "POST /uploads/ HTTP/1.1\r\nHost: inbox\r\nTus-Resumable: 1.0.0\r\n"
        f"Content-Length: 0\r\nUpload-Length: 5000\r\nUpload-Metadata: sha256 {md}\r\n\r\n"
    ).encode())
    assert status.startswith("HTTP/1.1 201") and h["tus-resumable"] == "1.0.0"
    url = h["location"]
    for offset, piece in ((0, data[:2000]), (2000, data[2000:])):
        status, h, _ = raw_exchange(s, (
            f"PATCH {url} HTTP/1.1\r\nHost: inbox\r\nTus-Resumable: 1.0.0\r\n"
            f"Content-Type: application/offset+octet-stream\r\nUpload-Offset: {offset}\r\n"
            f"Content-Length: {len(piece)}\r\n\r\n").encode() + piece)
        assert status.startswith("HTTP/1.1 204")
        assert h["upload-offset"] == str(offset + len(piece))
    status, h, _ = raw_exchange(
        s, f"HEAD {url} HTTP/1.1\r\nHost: inbox\r\nTus-Resumable: 1.0.0\r\n\r\n".encode())
    assert h["upload-offset"] == h["upload-length"] == "5000"
    assert h["cache-control"] == "no-store"
    status, _, body = raw_exchange(
        s, f"GET /receipts/{sha} HTTP/1.1\r\nHost: inbox\r\n\r\n".encode())
    assert status.startswith("HTTP/1.1 200")
    verify_receipt(body, [inbox.key.public], sha)
    s.close()


def test_directory_is_served(inbox: Inbox) -> None:
    assert fetch_directory(inbox.connect, ONION) == inbox.directory
