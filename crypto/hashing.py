"""SHA-256 on a helper thread, so hashing a big stream overlaps the caller's own work.

hashlib releases the GIL while it hashes a buffer larger than 2 KiB (measured in
bench/bench_ingest.py --gil), so a digest fed from the caller's thread runs on the other
core while the caller decrypts the next block: checking an attachment hashes both its
ciphertext and its plaintext, and that is where the time went.

`Sha256Thread.update` copies what it is given into one of `depth` + 1 reused buffers
(so the caller may pass a view of its own reused buffer and overwrite it at once), hands
a buffer to the thread only once it is full (few, long hash calls: each wake-up of a
thread costs a scheduling delay on a busy machine) and the thread hands each buffer
back once hashed; when none is free, `update` waits, so
memory stays bounded and a slow hash slows the caller instead of growing a queue. A
copy into warm memory costs far less than a fresh `bytes` per block: those were new
pages from the kernel every time (a page fault per 4 KiB), which cost more than the
hash itself (bench/bench_desk.py, check_attachment). Use it as a context manager:
leaving the block always stops the thread. `InlineSha256` has the same interface for
inputs too small to be worth a thread.

`HashingWriter` sits in front of a writer and hashes (and counts) exactly what passes.
"""

from __future__ import annotations

import hashlib
import queue
import re
import threading
from types import TracebackType
from typing import Any, Protocol

# A SHA-256 digest as every format, route and store names it: 64 lowercase hex digits.
SHA256_RE = re.compile(r"[0-9a-f]{64}")


class Writable(Protocol):
    def write(self, data: bytes | memoryview, /) -> Any: ...


class HashingWriter:
    """Forwards writes to `dst`, feeding exactly the bytes written to `digest` (its own
    SHA-256) and to each of `also` that is not None, and counting them in `count`."""

    def __init__(self, dst: Writable, *also: Any) -> None:
        self._dst = dst
        self.digest = hashlib.sha256()
        self._digests = (self.digest, *(d for d in also if d is not None))
        self.count = 0

    def write(self, data: bytes | memoryview) -> int:
        for digest in self._digests:
            digest.update(data)
        self._dst.write(data)
        self.count += len(data)
        return len(data)


class InlineSha256:
    """The same interface as Sha256Thread, hashing in the caller's thread."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()

    def update(self, data: bytes | memoryview) -> None:
        self._digest.update(data)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()

    def __enter__(self) -> InlineSha256:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        return None


class Sha256Thread(InlineSha256):
    """SHA-256 of the bytes given to `update`, in order, computed on a helper thread."""

    def __init__(self, depth: int = 4, block: int = 1 << 20) -> None:
        super().__init__()
        self._block = block
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        for _ in range(depth + 1):  # depth waiting, one being hashed
            self._free.put(bytearray(block))
        self._queue: queue.SimpleQueue[tuple[bytearray, int] | None] = queue.SimpleQueue()
        self._buf: bytearray | None = None  # being filled by update
        self._fill = 0
        self._thread = threading.Thread(target=self._run, name="sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            buf, n = item
            self._digest.update(memoryview(buf)[:n])
            self._free.put(buf)

    def update(self, data: bytes | memoryview) -> None:
        # Fills one whole buffer before handing it over: one hand-over (and one wake-up
        # of the thread) per `block` bytes, however small the caller's pieces are.
        view = memoryview(data).cast("B")
        while view:
            if self._buf is None:
                self._buf, self._fill = self._free.get(), 0
            n = min(len(view), self._block - self._fill)
            self._buf[self._fill : self._fill + n] = view[:n]
            self._fill += n
            view = view[n:]
            if self._fill == self._block:
                self._hand_over()

    def _hand_over(self) -> None:
        if self._buf is not None:
            if self._fill:
                self._queue.put((self._buf, self._fill))
            else:
                self._free.put(self._buf)
        self._buf = None

    def hexdigest(self) -> str:
        self._hand_over()
        self._stop()
        return self._digest.hexdigest()

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def __enter__(self) -> Sha256Thread:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop()
