"""The inbox served by uvicorn on loopback, driven by the tus client and by raw HTTP."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn
from netkit import WrappedSocket
from satchel.crypto.directory import Desk, Directory, sign_directory
from satchel.crypto.keys import SigningKey
from satchel.crypto.receipt import verify_receipt
from satchel.sync.inbox.app import InboxConfig, create_app
from satchel.sync.inbox.store import SqliteFileStore, UploadState
from satchel.sync.transport.errors import InboxRejected, InboxUnreachable
from satchel.sync.transport.tus import CHUNK, fetch_directory, fetch_receipt, upload

MiB = 1 << 20
ONION = "exampleinboxaddressxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion"


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000

    def __call__(self) -> int:
        return self.now


class Inbox:
    def __init__(self, root: Path, config: InboxConfig, directory: bytes | None = None) -> None:
        self.root = root
        self.store = SqliteFileStore(root)
        self.key = SigningKey.generate()
        self.clock = Clock()
        self.directory = directory
        self.config = config
        self.app = create_app(config, self.store, self.key, lambda: self.directory,
                              clock=self.clock)
        self.port = 0

    def connect(self) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=10)

    def http(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)


@contextlib.contextmanager
def serving(inbox: Inbox) -> Iterator[Inbox]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    inbox.port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(inbox.app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield inbox
    finally:
        server.should_exit = True
        thread.join(10)
        listener.close()
        inbox.store.close()


DESK_KEY = SigningKey.generate()


def make_directory() -> bytes:
    root = SigningKey.generate()
    d = Directory(serial=1, issued=1, expires=4_000_000_000, root=root.public.text,
                  recipients=("age1" + "q" * 58,),
                  desks=(Desk("desk", "age1" + "q" * 58, DESK_KEY.public.text),))
    return sign_directory(root, d)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Inbox]:
    config = InboxConfig(inbox_id=ONION, max_upload_size=64 * MiB, commit_interval=2 * MiB)
    with serving(Inbox(tmp_path_factory.mktemp("inbox"), config, make_directory())) as box:
        yield box


def envelope(size: int) -> tuple[bytes, str]:
    data = os.urandom(size)
    return data, hashlib.sha256(data).hexdigest()


def write_file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "envelope.age"
    path.write_bytes(data)
    return path


def tus(**extra: str) -> dict[str, str]:
    return {"Tus-Resumable": "1.0.0", **extra}


def meta(sha256: str) -> str:
    return "filename ZS5hZ2U=,sha256 " + base64.b64encode(sha256.encode()).decode()


def post(box: Inbox, length: int, metadata: str, **extra: str) -> http.client.HTTPResponse:
    c = box.http()
    c.request("POST", "/uploads/", headers=tus(**{"Upload-Length": str(length),
                                                  "Upload-Metadata": metadata, **extra}))
    return c.getresponse()


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
    assert [e.sha256 for e in inbox.store.list_envelopes(0, 10_000)].count(sha) == 1
    assert second.upload_url == ""  # the receipt was asked first: no upload was created


class DyingSocket(WrappedSocket):
    """A loopback connection that breaks after `budget` bytes were sent through it."""

    def __init__(self, sock: socket.socket, budget: int, counter: list[int]) -> None:
        super().__init__(sock)
        self._budget = budget
        self._counter = counter

    def sendall(self, data: bytes, /) -> None:
        if len(data) > self._budget:
            self._sock.sendall(data[: self._budget])
            self._counter[0] += self._budget
            self._sock.close()
            raise BrokenPipeError("connection cut by the test")
        self._sock.sendall(data)
        self._budget -= len(data)
        self._counter[0] += len(data)


def dying_factory(box: Inbox, budgets: list[int], counter: list[int]) -> Callable[[], DyingSocket]:
    def connect() -> DyingSocket:
        budget = budgets.pop(0) if budgets else 1 << 62
        return DyingSocket(box.connect(), budget, counter)

    return connect


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
    assert [e.sha256 for e in inbox.store.list_envelopes(0, 10_000)].count(sha) == 1
    assert (inbox.root / "envelopes" / sha).read_bytes() == data


def wait_for_offset(box: Inbox, url: str, ok: Callable[[int], bool]) -> UploadState:
    """The upload once the server has taken in what a cut connection delivered."""
    deadline = time.monotonic() + 10
    while True:
        up = box.store.get_upload(url.rsplit("/", 1)[1])
        assert up is not None
        if ok(up.committed):
            return up
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_resume_with_remembered_url_after_restart(inbox: Inbox, tmp_path: Path) -> None:
    data, sha = envelope(6 * MiB)
    path = write_file(tmp_path, data)
    urls: list[str] = []
    with pytest.raises(InboxUnreachable):
        upload(dying_factory(inbox, [4 * MiB, 0], [0]), ONION, path.open("rb"), len(data), sha,
               on_location=urls.append, max_resumes=0)
    # The server commits every 2 MiB and, at the cut, all that arrived (4 MiB less headers).
    held = wait_for_offset(inbox, urls[0], lambda n: n > 3 * MiB)
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


def patch(box: Inbox, url: str, offset: int, body: bytes) -> http.client.HTTPResponse:
    c = box.http()
    c.request("PATCH", url, body=body, headers=tus(**{
        "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"}))
    return c.getresponse()


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
    time.sleep(0.3)  # let the server start the first PATCH
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
