"""A file mapped into memory, and SHA-256 of a mapped file on a helper thread.

The desk's full attachment check reads each envelope twice, once to hash its bytes and
once to decrypt them. Over a mapping neither pass copies anything: hashlib hashes the
mapped pages and ChaCha20-Poly1305 opens chunks straight from them, both with the GIL
released, so the hash runs on the other core while this thread decrypts
(bench/bench_desk.py, check_attachment). A stream that is not a regular file (a pipe,
a BytesIO) cannot be mapped: `map_stream` returns None and the caller reads it instead.

The mapping is read-only and private. A file truncated while mapped would fault the
process (SIGBUS); the desk maps only its own stored envelopes, which are written once
and never shortened in place.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import stat
import threading
from collections.abc import Callable
from types import TracebackType
from typing import BinaryIO

PIECE = 8 << 20  # hashed per call: long calls, yet the other reader is seldom far behind
DROP_STEP = 16 << 20  # pages unmapped at a time behind both readers (a page multiple)
LEAD = 32 << 20  # how far one reader may run ahead of the other (resident memory)
FINISHED = 1 << 62


def map_stream(stream: BinaryIO) -> mmap.mmap | None:
    """A read-only mapping of the regular file behind `stream` (from offset 0), or None
    when there is none (no file descriptor, not a regular file, or empty)."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
        return None
    mapping = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    mapping.madvise(mmap.MADV_SEQUENTIAL)  # read-ahead in big steps, pages dropped behind
    return mapping


class Pace:
    """Keeps the readers of a mapping within LEAD bytes of each other and unmaps the pages
    all of them have passed. Mapped pages count in the process's resident memory until
    unmapped (a whole envelope's worth otherwise); they stay in the page cache, so an
    early guess costs a page fault, never a wrong byte. A reader that stops (done or
    failed) calls `finish`, so the others never wait for it."""

    def __init__(self, mapping: mmap.mmap, readers: int) -> None:
        self._mapping = mapping
        self._at = [0] * readers
        self._dropped = 0
        self._moved = threading.Condition()

    def passed(self, reader: int, offset: int) -> None:
        """Reader number `reader` needs nothing before `offset` any more; waits while it
        is more than LEAD bytes ahead of the slowest."""
        with self._moved:
            self._at[reader] = offset
            self._moved.notify_all()
            upto = min(self._at) // DROP_STEP * DROP_STEP
            if upto > self._dropped:
                self._mapping.madvise(mmap.MADV_DONTNEED, self._dropped, upto - self._dropped)
                self._dropped = upto
            self._moved.wait_for(lambda: self._at[reader] - min(self._at) <= LEAD)

    def finish(self, reader: int) -> None:
        with self._moved:
            self._at[reader] = FINISHED
            self._moved.notify_all()


class Sha256Behind:
    """SHA-256 of `data` computed on a helper thread, started on entering the `with`.
    `hexdigest()` waits for it; leaving the block stops it (between pieces) and waits.
    `passed(n)` is called once the first n bytes are hashed (it may wait), `finished()`
    when the thread ends."""

    def __init__(self, data: memoryview, passed: Callable[[int], object] = int,
                 finished: Callable[[], object] = tuple) -> None:
        self._data = data
        self._passed, self._finished = passed, finished
        self._digest = hashlib.sha256()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sha256-map", daemon=True)

    def _run(self) -> None:
        try:
            for at in range(0, len(self._data), PIECE):
                if self._stop.is_set():
                    return
                self._digest.update(self._data[at : at + PIECE])
                self._passed(min(at + PIECE, len(self._data)))
        finally:
            self._finished()

    def hexdigest(self) -> str:
        self._thread.join()
        return self._digest.hexdigest()

    def __enter__(self) -> Sha256Behind:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()
