"""Overlapped block I/O for big streams (ingest, bundles): read ahead on a thread, flush early.

Contract:
- `ReadAhead(readinto, limit)` reads up to `limit` bytes on one helper thread into
  DEPTH reused buffers of BLOCK bytes, so the caller hashes and writes one block while
  the next is read (hashlib, file reads and writes all release the GIL on large
  buffers). Iterating yields memoryviews in stream order; each is valid only until the
  next one is asked for, so a consumer must not keep it. Iteration stops at `limit`
  bytes or when `readinto` returns 0 (a short source: the caller checks the total). An
  exception raised by `readinto` is raised again in the consumer. Leaving the `with`
  block stops the thread and waits for it, whatever happened. Memory: DEPTH * BLOCK.
  A source no longer than one block is read inline, without a thread.
- `ChunkReader(chunks)` turns an iterator of byte chunks (a scrubber's output) into a
  readinto that fills the whole view unless the chunks run out, so it can feed ReadAhead.
- `Writeback(f)` wraps a file being written: every WRITEBACK_STEP bytes it asks the
  kernel to start writing the new range to the disk now (posix_fadvise DONTNEED starts
  writeback of dirty pages on Linux), so the caller's final fsync does not stall on the
  whole file and reading overlaps writing on the disk. It is a hint only: durability
  still comes from the caller's fsync, and a sink without a file descriptor (BytesIO)
  is written to unchanged.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import BinaryIO

BLOCK = 1 << 20
DEPTH = 4
WRITEBACK_STEP = 8 << 20

_Item = tuple[bytearray, int] | BaseException | None


class ReadAhead:
    """Blocks of a stream, read on a helper thread ahead of the consumer (see above)."""

    def __init__(self, readinto: Callable[[memoryview], int], limit: int, *,
                 block: int = BLOCK, depth: int = DEPTH) -> None:
        self._readinto = readinto
        self._limit = limit
        self._block = min(block, max(limit, 1))
        self._free: queue.SimpleQueue[bytearray | None] = queue.SimpleQueue()
        self._full: queue.SimpleQueue[_Item] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._depth = depth
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Iterator[memoryview]:
        if self._limit <= self._block:
            return self._inline()
        for _ in range(self._depth):
            self._free.put(bytearray(self._block))
        self._thread = threading.Thread(target=self._run, name="block-read", daemon=True)
        self._thread.start()
        return self._blocks()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._thread is not None:
            self._stop.set()
            self._free.put(None)  # wakes the thread if it waits for a buffer
            self._thread.join()

    def _inline(self) -> Iterator[memoryview]:
        # Small payloads (receipts, small envelopes) are not worth a thread each.
        buf = bytearray(self._block)
        n = self._readinto(memoryview(buf)[:self._limit]) if self._limit else 0
        if n:
            yield memoryview(buf)[:n]

    def _blocks(self) -> Iterator[memoryview]:
        while True:
            item = self._full.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            buf, n = item
            yield memoryview(buf)[:n]
            self._free.put(buf)

    def _run(self) -> None:
        left = self._limit
        try:
            while left and not self._stop.is_set():
                buf = self._free.get()
                if buf is None or self._stop.is_set():
                    return
                n = self._readinto(memoryview(buf)[:min(left, len(buf))])
                if not n:
                    break
                self._full.put((buf, n))
                left -= n
        except BaseException as e:  # handed to the consumer, which raises it
            self._full.put(e)
            return
        self._full.put(None)


class ChunkReader:
    """readinto over an iterator of chunks: fills each view as far as the chunks go."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = memoryview(b"")

    def readinto(self, view: memoryview) -> int:
        got = 0
        while got < len(view):
            if not self._pending:
                chunk = next(self._chunks, None)
                if chunk is None:
                    break
                self._pending = memoryview(chunk)
            n = min(len(view) - got, len(self._pending))
            view[got : got + n] = self._pending[:n]
            self._pending = self._pending[n:]
            got += n
        return got


class Writeback:
    """A write-only wrapper that starts the disk writeback of `f` as it goes (see above)."""

    def __init__(self, f: BinaryIO) -> None:
        self._f = f
        self._fd: int | None
        try:
            self._fd = f.fileno()
        except (OSError, ValueError):  # io.UnsupportedOperation: not a real file
            self._fd = None
        self._pos = self._flushed = f.tell() if self._fd is not None else 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        n = self._f.write(data)
        self._pos += len(data)
        if self._fd is not None and self._pos - self._flushed >= WRITEBACK_STEP:
            self._f.flush()
            try:
                os.posix_fadvise(self._fd, self._flushed, self._pos - self._flushed,
                                 os.POSIX_FADV_DONTNEED)
            except OSError:  # a hint the file system may not take; fsync still decides
                self._fd = None
            self._flushed = self._pos
        return n


def readinto_exact(f: BinaryIO, view: memoryview) -> int:
    """Fill `view` from `f` unless the stream ends first; the number of bytes read."""
    readinto: Callable[[memoryview], int | None] | None = getattr(f, "readinto", None)
    got = 0
    while got < len(view):
        if readinto is not None:
            n = readinto(view[got:]) or 0
        else:  # a BinaryIO without readinto: one copy more
            data = f.read(len(view) - got)
            n = len(data)
            view[got:got + n] = data
        if not n:
            break
        got += n
    return got
