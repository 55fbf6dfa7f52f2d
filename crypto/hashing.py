"""SHA-256 on a helper thread, so hashing a big stream overlaps the caller's own work.

hashlib releases the GIL while it hashes a buffer larger than 2 KiB (measured in
bench/bench_ingest.py --gil), so a digest fed from the caller's thread runs on the other
core while the caller decrypts the next block: checking an attachment hashes both its
ciphertext and its plaintext, and that is where the time went.

`Sha256Thread` takes immutable `bytes` (the thread reads them later, so a reused buffer
would be hashed after it changed); at most `depth` blocks wait, so memory stays bounded
and a slow hash slows the caller instead of growing a queue. Use it as a context manager:
leaving the block always stops the thread. `InlineSha256` has the same interface for
inputs too small to be worth a thread.

`HashingWriter` sits in front of a writer and hashes (and counts) exactly what passes.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from types import TracebackType
from typing import Any, Protocol


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

    def update(self, data: bytes) -> None:
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

    def __init__(self, depth: int = 8) -> None:
        super().__init__()
        self._queue: queue.Queue[bytes | None] = queue.Queue(depth)
        self._thread = threading.Thread(target=self._run, name="sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            self._digest.update(data)

    def update(self, data: bytes) -> None:
        self._queue.put(data)

    def hexdigest(self) -> str:
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
