"""Inbox instances over the shared PostgreSQL + S3 store, served by uvicorn on loopback."""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import secrets
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import psycopg
import pytest
import storekit
import uvicorn
from satchel.crypto.keys import SigningKey
from satchel.sync.inbox.app import InboxConfig, create_app
from satchel.sync.inbox.objects_s3 import S3Objects, parse_s3_url
from satchel.sync.inbox.sessions import PgSessions
from satchel.sync.inbox.store_postgres import PostgresStore
from starlette.applications import Starlette

ONION = "exampleinboxaddressxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion"
MiB = 1 << 20


@dataclass
class Shared:
    """One fresh database and bucket on the session's servers."""

    metadata: str
    objects: str
    pg: storekit.Postgres
    s3: storekit.SeaweedS3
    key: SigningKey = field(default_factory=SigningKey.generate)

    def store(self, wall: Callable[[], float] | None = None, timeout: float = 10.0) -> PostgresStore:
        return PostgresStore(self.metadata, S3Objects(parse_s3_url(self.objects)), wall=wall,
                             timeout=timeout)


@contextlib.contextmanager
def shared_storage(pg: storekit.Postgres, s3: storekit.SeaweedS3,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[Shared]:
    for name, value in s3.env().items():
        monkeypatch.setenv(name, value)
    name = "t" + secrets.token_hex(6)
    with psycopg.connect(pg.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    try:
        yield Shared(pg.url.rsplit("/", 1)[0] + "/" + name, s3.url(name), pg, s3)
    finally:
        # Nothing outlives the test: a kept bucket holds volume slots the next test needs.
        pg.drop_database(name)
        s3.drop_bucket(name)


@dataclass
class Instance:
    store: PostgresStore
    app: Starlette
    port: int = 0

    def http(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def connect(self) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=30)


def instance(shared: Shared, config: InboxConfig | None = None,
             wall: Callable[[], float] | None = None) -> Instance:
    store = shared.store(wall)
    app = create_app(config or InboxConfig(inbox_id=ONION), store, shared.key, lambda: None,
                     clock=store.clock, sessions=PgSessions(store))
    return Instance(store, app)


@contextlib.contextmanager
def serving(box: Instance) -> Iterator[Instance]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    box.port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(box.app, log_level="warning", access_log=False))
    started = threading.Event()
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        started.wait(0.01)
    try:
        yield box
    finally:
        server.should_exit = True
        thread.join(15)
        listener.close()
        box.store.close()


def envelope(size: int) -> tuple[bytes, str]:
    data = os.urandom(size)
    return data, hashlib.sha256(data).hexdigest()


TUS = {"Tus-Resumable": "1.0.0"}


def create(box: Instance, size: int, sha: str) -> str:
    conn = box.http()
    meta = "sha256 " + __import__("base64").b64encode(sha.encode()).decode()
    conn.request("POST", "/uploads/", headers={**TUS, "Upload-Length": str(size),
                                               "Upload-Metadata": meta, "Content-Length": "0"})
    r = conn.getresponse()
    r.read()
    assert r.status == 201, r.status
    return str(r.getheader("Location"))


def patch(box: Instance, url: str, offset: int, body: bytes) -> http.client.HTTPResponse:
    conn = box.http()
    conn.request("PATCH", url, body=body, headers={
        **TUS, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"})
    r = conn.getresponse()
    r.read()
    return r


def head_offset(box: Instance, url: str) -> int:
    conn = box.http()
    conn.request("HEAD", url, headers=TUS)
    r = conn.getresponse()
    r.read()
    assert r.status == 200, r.status
    return int(r.getheader("Upload-Offset") or -1)


def receipt(box: Instance, sha: str) -> bytes | None:
    conn = box.http()
    conn.request("GET", f"/receipts/{sha}")
    r = conn.getresponse()
    body = r.read()
    return body if r.status == 200 else None


def stored_count(shared: Shared, sha: str) -> int:
    with psycopg.connect(shared.metadata) as conn:
        row = conn.execute("SELECT count(*) FROM envelopes WHERE sha256=%s", (sha,)).fetchone()
    return int(row[0]) if row else 0
