"""The standard tus client from PyPI (tuspy) against the real inbox on loopback.

Issue 10 item 17: any standard tus client can talk to the inbox: chunked uploads with
the checksum extension, resuming after a cut connection, re-sending an envelope the
inbox already stores, and refusal of bytes that do not match their declared hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from inboxkit import ONION, Inbox, envelope, serving, write_file
from satchel.crypto.receipt import verify_receipt
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.transport.tus import fetch_receipt
from tusclient.client import TusClient
from tusclient.exceptions import TusCommunicationError
from tusclient.uploader import Uploader

MiB = 1 << 20


class Sha256Uploader(Uploader):
    """tuspy sends sha1 checksums by default; the inbox offers sha256 only."""

    CHECKSUM_ALGORITHM_PAIR = ("sha256", hashlib.sha256)


class LyingUploader(Uploader):
    """Sends a sha256 Upload-Checksum of other bytes than the chunk's."""

    CHECKSUM_ALGORITHM_PAIR = ("sha256", lambda chunk: hashlib.sha256(chunk + b"!"))


@pytest.fixture(scope="module")
def box(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Inbox]:
    config = InboxConfig(inbox_id=ONION, max_upload_size=64 * MiB, commit_interval=MiB)
    with serving(Inbox(tmp_path_factory.mktemp("inbox"), config)) as b:
        yield b


def uploader(url: str, path: Path, sha: str, cls: type[Uploader] = Sha256Uploader,
             **kw: Any) -> Uploader:
    return cls(file_path=str(path), client=TusClient(url), metadata={"sha256": sha},
               retry_delay=0, **kw)


def stored(b: Inbox, sha: str) -> bytes:
    return (b.root / "envelopes" / sha).read_bytes()


def test_chunked_upload_with_checksums(box: Inbox, tmp_path: Path) -> None:
    data, sha = envelope(3 * MiB + 17)
    up = uploader(f"http://127.0.0.1:{box.port}/uploads/", write_file(tmp_path, data), sha,
                  chunk_size=256 * 1024, upload_checksum=True)
    up.upload()
    assert up.offset == len(data)
    assert stored(box, sha) == data
    receipt = fetch_receipt(box.connect, ONION, sha)
    assert receipt is not None
    verify_receipt(receipt, [box.key.public], sha)


def test_re_upload_of_a_stored_envelope_gets_the_same_receipt(box: Inbox, tmp_path: Path) -> None:
    data, sha = envelope(MiB + 5)
    path = write_file(tmp_path, data)
    url = f"http://127.0.0.1:{box.port}/uploads/"
    uploader(url, path, sha, chunk_size=MiB).upload()
    first = fetch_receipt(box.connect, ONION, sha)
    box.clock.now += 3600
    again = uploader(url, path, sha, chunk_size=MiB)
    again.upload()  # the old inbox answered this PATCH at offset 0 with 409
    assert again.offset == len(data)
    assert fetch_receipt(box.connect, ONION, sha) == first
    assert [e.sha256 for e in box.store.list_envelopes(0, 10_000)].count(sha) == 1


def test_wrong_hash_is_refused_and_nothing_kept(box: Inbox, tmp_path: Path) -> None:
    data, _ = envelope(300_000)
    lie = hashlib.sha256(b"other bytes").hexdigest()
    up = uploader(f"http://127.0.0.1:{box.port}/uploads/", write_file(tmp_path, data), lie,
                  chunk_size=100_000)
    with pytest.raises(TusCommunicationError) as err:
        up.upload()
    assert err.value.status_code == 460
    assert not (box.root / "envelopes" / lie).exists()
    assert fetch_receipt(box.connect, ONION, lie) is None


def test_wrong_chunk_checksum_is_refused(box: Inbox, tmp_path: Path) -> None:
    data, sha = envelope(200_000)
    up = uploader(f"http://127.0.0.1:{box.port}/uploads/", write_file(tmp_path, data), sha,
                  LyingUploader, chunk_size=100_000, upload_checksum=True)
    with pytest.raises(TusCommunicationError) as err:
        up.upload()
    assert err.value.status_code == 460
    assert up.get_offset() == 0  # the refused chunk was not kept


class CuttingProxy:
    """A loopback TCP proxy that cuts the connection carrying client byte `cut_at`, once."""

    def __init__(self, target: int, cut_at: int) -> None:
        self.target = target
        self.budget = cut_at
        self.forwarded = 0
        self.cuts = 0
        self.lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _upstream(self, n: int) -> int:
        """How many of `n` client bytes may pass; 0 after the cut point."""
        with self.lock:
            allowed = n if self.budget < 0 else min(n, self.budget)
            if self.budget >= 0:
                self.budget -= allowed
            self.forwarded += allowed
            return allowed

    def _pump(self, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        try:
            while data := src.recv(65536):
                n = self._upstream(len(data)) if upstream else len(data)
                dst.sendall(data[:n])
                if upstream and (n < len(data) or self.budget == 0):
                    with self.lock:
                        self.budget, self.cuts = -1, self.cuts + 1
                    break
        except OSError:
            pass
        for s in (src, dst):
            # shutdown, not only close: a close leaves the socket open while the other
            # pump thread still blocks in recv on it, and the inbox would see no cut.
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def close(self) -> None:
        self.listener.close()


def test_resume_after_a_cut_connection(box: Inbox, tmp_path: Path) -> None:
    data, sha = envelope(6 * MiB)
    proxy = CuttingProxy(box.port, cut_at=2 * MiB + 12345)
    try:
        up = uploader(f"http://127.0.0.1:{proxy.port}/uploads/", write_file(tmp_path, data),
                      sha, chunk_size=len(data), retries=3)
        up.upload()
    finally:
        proxy.close()
    assert proxy.cuts == 1
    assert stored(box, sha) == data
    # It resumed from what the inbox kept at the cut instead of sending everything again.
    assert proxy.forwarded < len(data) + 2 * MiB
