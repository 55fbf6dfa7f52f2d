"""Blocks of a big stream read ahead on a helper thread, so reading overlaps the caller's work.

Contract:
- `ReadAhead(readinto, limit)` reads up to `limit` bytes on one helper thread into
  DEPTH reused buffers of BLOCK bytes, so the caller hashes, seals or opens one block
  while the next is read (hashlib, ChaCha20-Poly1305 and file reads all release the GIL
  on large buffers; `readinto` may itself hash what it read, which then runs on the
  helper thread too). Iterating yields memoryviews in stream order; each is valid only
  until the next one is asked for, so a consumer must not keep it. Iteration stops at
  `limit` bytes or when `readinto` returns 0 (a short source: the caller checks the
  total). An exception raised by `readinto` is raised again in the consumer. Leaving the
  `with` block stops the thread and waits for it, whatever happened. Memory: DEPTH *
  BLOCK. A source no longer than one block is read inline, without a thread.
- `ChunkReader(chunks)` turns an iterator of byte chunks (a scrubber's output, or the
  blocks of a ReadAhead) into a raw stream whose readinto fills the whole view unless the
  chunks run out, so it can feed ReadAhead or an age reader.

Used by ingest and USB bundles (re-exported by satchel.client.blockio) and by the desk's
attachment check (satchel.crypto.envelope).
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Callable, Iterator
from types import TracebackType

BLOCK = 1 << 20
DEPTH = 4
UNLIMITED = 1 << 62  # a ReadAhead limit for a stream read to its end, whatever its length

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


class ChunkReader(io.RawIOBase):
    """readinto over an iterator of chunks: fills each view as far as the chunks go."""

    def __init__(self, chunks: Iterator[bytes] | Iterator[memoryview]) -> None:
        super().__init__()
        self._chunks: Iterator[bytes | memoryview] = chunks
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, view: memoryview) -> int:  # type: ignore[override]
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
