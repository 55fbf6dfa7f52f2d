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

PIECE = 8 << 20  # hashed per call: long calls, yet pages are dropped soon behind
DROP_STEP = 16 << 20  # pages unmapped at a time behind a reader (a page multiple)


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


class DropBehind:
    """Unmaps, DROP_STEP at a time, the pages of a mapping that one reader has passed.
    Mapped pages count in the process's resident memory until unmapped (a whole
    envelope's worth otherwise). Each reader drops behind itself and neither waits for
    the other: a page another reader still needs stays in the page cache and is mapped
    again by a page fault, never read wrong (the file is not written while mapped)."""

    def __init__(self, mapping: mmap.mmap) -> None:
        self._mapping = mapping
        self._dropped = 0

    def passed(self, offset: int) -> None:
        """The reader needs nothing before `offset` any more."""
        upto = offset // DROP_STEP * DROP_STEP
        if upto > self._dropped:
            self._mapping.madvise(mmap.MADV_DONTNEED, self._dropped, upto - self._dropped)
            self._dropped = upto


class Sha256Behind:
    """SHA-256 of `data` computed on a helper thread, started on entering the `with`.
    `hexdigest()` waits for it; leaving the block stops it (between pieces) and waits.
    `passed(n)` is called once the first n bytes are hashed."""

    def __init__(self, data: memoryview, passed: Callable[[int], object] = int) -> None:
        self._data = data
        self._passed = passed
        self._digest = hashlib.sha256()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sha256-map", daemon=True)

    def _run(self) -> None:
        for at in range(0, len(self._data), PIECE):
            if self._stop.is_set():
                return
            self._digest.update(self._data[at : at + PIECE])
            self._passed(min(at + PIECE, len(self._data)))

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
