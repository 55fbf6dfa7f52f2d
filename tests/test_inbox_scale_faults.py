"""Faults of the shared inbox storage, each ending with no loss, no envelope stored twice
and a clear answer to the client: the database restarted mid-upload, the object store
down, two instances appending to one upload at once, clocks that disagree."""

from __future__ import annotations

import socket
import threading
import time

import anyio
import pytest
from satchel.sync.inbox.app import InboxConfig, InboxState, purge_once
from satchel.sync.inbox.faults import StorageUnavailable, UploadBusy
from satchel.sync.inbox.objects_s3 import PART_SIZE
from scalekit import (
    ONION,
    TUS,
    MiB,
    Shared,
    create,
    envelope,
    head_offset,
    instance,
    patch,
    receipt,
    serving,
    stored_count,
)

pytestmark = pytest.mark.timeout(300)



def _status(box: object, method: str, url: str) -> tuple[int, str | None]:
    conn = box.http()  # type: ignore[attr-defined]
    conn.request(method, url, headers=TUS)
    r = conn.getresponse()
    r.read()
    return r.status, r.getheader("Retry-After")


def test_database_restarted_mid_upload(shared: Shared) -> None:
    data, sha = envelope(PART_SIZE + 2 * MiB)
    half = PART_SIZE // 2 + 3
    with serving(instance(shared)) as a:
        url = create(a, len(data), sha)
        assert patch(a, url, 0, data[:half]).status == 204
        shared.pg.stop("immediate")
        try:
            # While it is down: 503 with a retry hint, not a crash or a wrong offset.
            assert _status(a, "HEAD", url) == (503, "30")
            assert patch(a, url, half, data[half:]).status in (503, 507)
        finally:
            shared.pg.start()
        assert head_offset(a, url) == half  # what was acknowledged survived
        assert patch(a, url, half, data[half:]).status == 204
        assert receipt(a, sha) is not None
        assert b"".join(a.store.read_range(sha, 0, len(data))) == data
    assert stored_count(shared, sha) == 1


def test_a_long_lost_database_is_used_again_as_soon_as_it_returns(shared: Shared) -> None:
    """However long the outage, the first query once the database is back is answered within
    the pool's wait: an unbounded reconnection backoff (1, 3, 7, 15, 31 s...) would leave
    the inbox refusing for about as long again after an outage of 18 s."""
    store = shared.store(timeout=3.0)
    assert store.count_open_uploads() == 0
    shared.pg.stop("immediate")
    try:
        # The outage's length is the fault under test: a client keeps asking throughout it.
        ends = time.monotonic() + 18
        while time.monotonic() < ends:
            with pytest.raises(StorageUnavailable):
                store.count_open_uploads()
    finally:
        shared.pg.start()
    assert store.count_open_uploads() == 0
    store.close()


def test_object_store_unavailable(shared: Shared) -> None:
    data, sha = envelope(2 * PART_SIZE + MiB)
    first = PART_SIZE + MiB
    with serving(instance(shared)) as a:
        url = create(a, len(data), sha)
        assert patch(a, url, 0, data[:first]).status == 204
        shared.s3.stop()
        try:
            refused = patch(a, url, first, data[first:])
            assert refused.status in (503, 507)
            assert head_offset(a, url) == first  # nothing recorded that S3 did not take
            _, other_sha = envelope(10)
            conn = a.http()
            conn.request("POST", "/uploads/", headers={**TUS, "Upload-Length": "10",
                         "Upload-Metadata": "sha256 " + _b64(other_sha), "Content-Length": "0"})
            r = conn.getresponse()
            r.read()
            assert r.status == 503
        finally:
            shared.s3.start()
        assert patch(a, url, first, data[first:]).status == 204
        assert b"".join(a.store.read_range(sha, 0, len(data))) == data
    assert stored_count(shared, sha) == 1


def _b64(text: str) -> str:
    import base64

    return base64.b64encode(text.encode()).decode()


def test_two_instances_appending_at_once(shared: Shared) -> None:
    """A PATCH holds the upload on A; B refuses a second writer with 423 and keeps the
    offset; the store refuses a second lease directly too."""
    data, sha = envelope(PART_SIZE + 5 * MiB)
    with serving(instance(shared)) as a, serving(instance(shared)) as b:
        url = create(a, len(data), sha)
        slow = socket.create_connection(("127.0.0.1", a.port), timeout=30)
        head = (f"PATCH {url} HTTP/1.1\r\nHost: x\r\nTus-Resumable: 1.0.0\r\n"
                f"Upload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\n"
                f"Content-Length: {len(data)}\r\n\r\n").encode()
        slow.sendall(head + data[:MiB])
        upload_id = url.rsplit("/", 1)[1]
        deadline = time.monotonic() + 20
        while not _leased(b, upload_id) and time.monotonic() < deadline:
            threading.Event().wait(0.05)  # waiting for A to take the lease, bounded
        assert patch(b, url, 0, data).status == 423
        with pytest.raises(UploadBusy):
            b.store.open_append(upload_id, 0, 1)
        slow.sendall(data[MiB:])
        reply = slow.recv(4096)
        slow.close()
        assert reply.startswith(b"HTTP/1.1 204")
        assert receipt(b, sha) is not None
        assert b"".join(b.store.read_range(sha, 0, len(data))) == data
    assert stored_count(shared, sha) == 1


def _leased(box: object, upload_id: str) -> bool:
    row = box.store._one("SELECT lease FROM uploads WHERE id=%s", (upload_id,))  # type: ignore[attr-defined]
    return row is not None and row[0] is not None


def test_clock_skew_between_instances(shared: Shared) -> None:
    """A's machine clock is two hours ahead, past the one-hour expiry: it neither refuses
    nor purges B's live upload, and receipts carry the database's time."""
    config = InboxConfig(inbox_id=ONION, upload_expiry=3600)
    data, sha = envelope(3 * MiB)
    ahead = instance(shared, config, wall=lambda: time.time() + 7200)
    with serving(ahead) as a, serving(instance(shared, config)) as b:
        assert abs(a.store.clock() - b.store.clock()) <= 2
        url = create(b, len(data), sha)
        assert patch(b, url, 0, data[:MiB]).status == 204
        state = InboxState(config, a.store, shared.key, lambda: None, a.store.clock)
        anyio.run(purge_once, state)
        assert head_offset(a, url) == MiB
        assert patch(a, url, MiB, data[MiB:]).status == 204
        stored = b.store.find_envelope(sha)
        assert stored is not None and abs(stored.stored_at - time.time()) < 60
    assert stored_count(shared, sha) == 1
