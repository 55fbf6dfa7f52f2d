"""Helpers shared by the inbox, tus and desk-pull tests: a real inbox app served on
loopback (satchel.sync.inbox.thread, the same helper the demo and benches use), raw tus
requests, and waits on what the inbox's store has done, with deadlines and no sleeps."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.client
import io
import os
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from netkit import WrappedSocket
from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.directory import Desk, Directory, sign_directory
from satchel.crypto.envelope import seal_attachment
from satchel.crypto.keys import SigningKey
from satchel.sync.inbox.app import InboxConfig, create_app
from satchel.sync.inbox.store import UploadState, UploadWriter
from satchel.sync.inbox.store_sqlite import SqliteFileStore
from satchel.sync.inbox.thread import serve_in_thread
from satchel.sync.transport.tus import upload

MiB = 1 << 20
ONION = "exampleinboxaddressxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion"
DESK_KEY = SigningKey.generate()
WAIT_SECONDS = 10.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000

    def __call__(self) -> int:
        return self.now


class _WatchedWriter:
    """The store's own writer; tells the store's condition after every step."""

    def __init__(self, inner: UploadWriter, store: WatchedStore) -> None:
        self._inner, self._store = inner, store

    @property
    def offset(self) -> int:
        return self._inner.offset

    def write(self, data: bytes) -> None:
        self._inner.write(data)
        self._store.notify()

    def commit(self) -> int:
        return self._store.notify(self._inner.commit())

    def close(self) -> int:
        return self._store.notify(self._inner.close())

    def discard(self) -> int:
        return self._store.notify(self._inner.discard())


class WatchedStore(SqliteFileStore):
    """The real SQLite + files store; tests wait on `changed` for what the server did."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.changed = threading.Condition()
        self.opened: set[str] = set()  # uploads a PATCH has started writing

    def notify(self, value: int = 0) -> int:
        with self.changed:
            self.changed.notify_all()
        return value

    def open_append(self, upload_id: str, offset: int, now: int) -> UploadWriter:
        writer = _WatchedWriter(super().open_append(upload_id, offset, now), self)
        with self.changed:
            self.opened.add(upload_id)
            self.changed.notify_all()
        return writer

    def wait_for(self, ready: Callable[[], bool], what: str) -> None:
        with self.changed:
            assert self.changed.wait_for(ready, WAIT_SECONDS), f"the inbox never {what}"


class Inbox:
    def __init__(self, root: Path, config: InboxConfig, directory: bytes | None = None) -> None:
        self.root = root
        self.store = WatchedStore(root)
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
    """Serve `inbox` on loopback for the block; its store is closed after the server."""
    try:
        with serve_in_thread(inbox.app) as port:
            inbox.port = port
            yield inbox
    finally:
        inbox.store.close()


def make_directory() -> bytes:
    root = SigningKey.generate()
    d = Directory(serial=1, issued=1, expires=4_000_000_000, root=root.public.text,
                  recipients=("age1" + "q" * 58,),
                  desks=(Desk("desk", "age1" + "q" * 58, DESK_KEY.public.text),))
    return sign_directory(root, d)


def wait_for_offset(box: Inbox, url: str, ok: Callable[[int], bool]) -> UploadState:
    """The upload once the server has taken in what a cut connection delivered."""
    upload_id = url.rsplit("/", 1)[1]
    found: list[UploadState] = []

    def settled() -> bool:
        up = box.store.get_upload(upload_id)
        assert up is not None
        found[:] = [up]
        return ok(up.committed)

    box.store.wait_for(settled, "committed the expected offset")
    return found[0]


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


def patch(box: Inbox, url: str, offset: int, body: bytes) -> http.client.HTTPResponse:
    c = box.http()
    c.request("PATCH", url, body=body, headers=tus(**{
        "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"}))
    return c.getresponse()


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


def recipient_of(vault: Vault) -> str:
    return age.to_recipient(vault.identity)


def sealed(recipients: list[str], size: int = 5000) -> bytes:
    """A real attachment envelope addressed to `recipients`."""
    out = io.BytesIO()
    seal_attachment(io.BytesIO(os.urandom(size)), out, recipients)
    return out.getvalue()


def put(box: Inbox, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    upload(box.connect, ONION, lambda: io.BytesIO(data), len(data), sha)
    return sha


def stored_count(box: Inbox, sha: str) -> int:
    """How many times the inbox holds envelope `sha` (dedup means at most once)."""
    return [e.sha256 for e in box.store.list_envelopes(0, 10_000)].count(sha)

