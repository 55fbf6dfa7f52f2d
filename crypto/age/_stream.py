"""The age payload: a 16-byte nonce, then STREAM-sealed 64 KiB chunks.

The payload key is HKDF-SHA256(ikm = file key, salt = nonce, info = "payload").
Chunk i is ChaCha20-Poly1305 with nonce = i as 11 big-endian bytes || last flag
(0x01 on the final chunk only). Every chunk but the last holds exactly 64 KiB; the
last may be full, or short, and is empty only when the whole payload is empty.

The reader never releases a byte before its chunk authenticated, and stops at the
first failure: a bad tag, a truncated stream (no chunk flagged last), an empty final
chunk after others, or any data after the final chunk. Plaintext of chunks that
authenticated before the failure is released first, then PayloadError is raised,
which is what the C2SP testkit checks.

Speed: the writer seals whole chunks in place from the caller's buffer and writes each as
soon as it is sealed (still in the CPU cache for the kernel's copy); the reader opens 16
chunks (1 MiB) per read; both use encrypt_into/decrypt_into into reused memory.
Memory stays near 2 MiB per stream whatever the size.
"""

from __future__ import annotations

import io
import os
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from satchel.crypto.age._errors import HeaderError, PayloadError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENC_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
_BATCH = 16  # chunks the reader opens per read
_MAX_COUNTER = 1 << 88


def _payload_aead(file_key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload")
    return ChaCha20Poly1305(hkdf.derive(file_key))


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _readinto(src: BinaryIO, view: memoryview) -> int:
    readinto = getattr(src, "readinto", None)
    if readinto is not None:
        return int(readinto(view) or 0)
    data = src.read(len(view))
    view[: len(data)] = data
    return len(data)


class Sink(Protocol):
    """Where a PayloadWriter puts its bytes: a binary file, or a wrapper around one."""

    def write(self, data: bytes | memoryview, /) -> object: ...


class PayloadWriter:
    """Writes the payload nonce and STREAM chunks of everything written to ``dst``.

    The final chunk is written by close(). Leaving a ``with`` block by an exception
    does not write it, so an interrupted payload can never pass as a complete one.
    write() seals whole chunks straight from the caller's buffer (no copy); only the
    last, at most one chunk of it, waits in the writer, because a full chunk may be
    sealed as non-final only once at least one more plaintext byte is known to follow.
    """

    def __init__(self, dst: Sink, file_key: bytes, nonce: bytes | None = None) -> None:
        nonce = os.urandom(NONCE_SIZE) if nonce is None else nonce
        if len(file_key) != 16 or len(nonce) != NONCE_SIZE:
            raise ValueError("the file key and the payload nonce are 16 bytes each")
        self._dst = dst
        self._aead = _payload_aead(file_key, nonce)
        self._tail = memoryview(bytearray(CHUNK_SIZE))
        self._out = memoryview(bytearray(ENC_CHUNK_SIZE))
        self._fill = 0
        self._counter = 0
        self._closed = False
        dst.write(nonce)

    def _seal(self, view: memoryview, final: bool) -> None:
        """Seal ``view`` as chunks (all full but the final one), each written to dst as
        soon as it is sealed."""
        # One chunk per write: written right after sealing, it is still in the CPU cache
        # when the kernel copies it into the page cache; 16 at once (1 MiB, the size of L2
        # here) cost 3x the kernel time per GiB (2.7-4.5 against 0.8-0.9 CPU-s,
        # bench/bench_ingest.py child), more than the 15 system calls saved.
        start, end = 0, len(view)
        while True:
            stop = min(start + CHUNK_SIZE, end)
            if self._counter >= _MAX_COUNTER:
                raise PayloadError("the payload is too long for age's STREAM counter")
            size = stop - start + TAG_SIZE
            self._aead.encrypt_into(_chunk_nonce(self._counter, final and stop == end),
                                    view[start:stop], None, self._out[:size])
            self._counter += 1
            self._dst.write(self._out[:size])
            start = stop
            if start == end:
                return

    def write(self, data: ReadableBuffer) -> int:
        if self._closed:
            raise ValueError("write to a closed PayloadWriter")
        view = memoryview(data).cast("B")
        if not view:
            return 0
        done = 0
        if self._fill:  # complete the waiting chunk first
            done = min(CHUNK_SIZE - self._fill, len(view))
            self._tail[self._fill : self._fill + done] = view[:done]
            self._fill += done
            if done == len(view):
                return done
            self._seal(self._tail, final=False)
            self._fill = 0
        # Seal every whole chunk that has at least one byte after it, in place.
        whole = (len(view) - done - 1) // CHUNK_SIZE * CHUNK_SIZE
        if whole:
            self._seal(view[done : done + whole], final=False)
            done += whole
        rest = len(view) - done
        self._tail[:rest] = view[done:]
        self._fill = rest
        return len(view)

    def write_from(self, src: BinaryIO) -> int:
        """Encrypt everything left in ``src``, read in 1 MiB blocks into one reused buffer."""
        if self._closed:
            raise ValueError("write to a closed PayloadWriter")
        block = memoryview(bytearray(_BATCH * CHUNK_SIZE))
        total = 0
        while n := _readinto(src, block):
            self.write(block[:n])
            total += n
        return total

    def close(self) -> None:
        """Seal the final chunk (empty only if nothing was ever written)."""
        if self._closed:
            return
        self._closed = True
        self._seal(self._tail[: self._fill], final=True)
        self._fill = 0

    def __enter__(self) -> PayloadWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self._closed = True


class PayloadReader(io.RawIOBase):
    """A readable stream of the authenticated plaintext of the payload in ``src``."""

    def __init__(self, src: BinaryIO, file_key: bytes) -> None:
        super().__init__()
        nonce = bytearray(NONCE_SIZE)
        got = 0
        while got < NONCE_SIZE and (n := _readinto(src, memoryview(nonce)[got:])):
            got += n
        if got < NONCE_SIZE:
            raise HeaderError("the age file is truncated before the payload nonce")
        self._src = src
        self._aead = _payload_aead(file_key, bytes(nonce))
        # Start with room for one chunk: most payloads (reports, receipts) fit in one,
        # and zero-filling 2 MiB per open would dominate opening them. `_grow` moves to
        # full batches once a payload turns out to be longer.
        self._in = memoryview(bytearray(ENC_CHUNK_SIZE + 1))
        self._pos = self._end = 0
        self._eof = False
        self._out = memoryview(bytearray(CHUNK_SIZE))
        self._out_pos = self._out_end = 0
        self._counter = 0
        self._done = False
        self._error: PayloadError | None = None

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        if self._eof:  # everything is in _in already (or the source ended): nothing to move
            return
        left = self._end - self._pos
        if self._pos:
            self._in[:left] = bytes(self._in[self._pos : self._end])
            self._pos, self._end = 0, left
        while self._end < len(self._in):
            n = _readinto(self._src, self._in[self._end :])
            if not n:
                self._eof = True
                break
            self._end += n

    def _open_chunk(self, size: int, at_end: bool, out: int) -> bool:
        """Open the chunk at in[pos:pos+size] into out[out:]; return its last flag."""
        if size < TAG_SIZE:
            raise PayloadError("the age payload ends in a truncated chunk")
        if at_end and size == TAG_SIZE and self._counter:
            raise PayloadError("the age payload's final chunk is empty after other chunks")
        src = self._in[self._pos : self._pos + size]
        dst = self._out[out : out + size - TAG_SIZE]
        # A full chunk is normally followed by more; try the likelier flag first.
        flags = [at_end, not at_end] if size == ENC_CHUNK_SIZE else [True]
        for last in flags:
            try:
                self._aead.decrypt_into(_chunk_nonce(self._counter, last), src, None, dst)
            except InvalidTag:
                continue
            return last
        raise PayloadError(f"age payload chunk {self._counter} failed authentication")

    def _grow(self) -> None:
        left = bytes(self._in[self._pos : self._end])
        self._in = memoryview(bytearray(_BATCH * ENC_CHUNK_SIZE + 1))
        self._in[: len(left)] = left
        self._pos, self._end = 0, len(left)
        self._out = memoryview(bytearray(_BATCH * CHUNK_SIZE))

    def _next_batch(self) -> None:
        """Authenticate as many chunks as the buffer holds into out[0:out_end]."""
        if self._counter and len(self._out) < _BATCH * CHUNK_SIZE:
            self._grow()
        self._fill()
        out = 0
        try:
            while not self._done and out + CHUNK_SIZE <= len(self._out):
                avail = self._end - self._pos
                if not self._eof and avail <= ENC_CHUNK_SIZE:
                    break
                if avail == 0:
                    raise PayloadError("the age payload is truncated (no final chunk)")
                size = min(avail, ENC_CHUNK_SIZE)
                at_end = self._eof and avail == size
                last = self._open_chunk(size, at_end, out)
                self._counter += 1
                self._pos += size
                out += size - TAG_SIZE
                if last:
                    self._done = True
                    if not at_end:
                        raise PayloadError("the age payload has trailing data after its end")
                elif at_end:
                    raise PayloadError("the age payload is truncated (no final chunk)")
        except PayloadError as e:
            self._error = e
            self._done = True
        self._out_pos, self._out_end = 0, out

    def read_rest_from(self, rest: memoryview, block: int) -> None:
        """Open the rest of the payload straight from `rest` (all of it, e.g. a mapped
        file) in `block`-byte batches: chunks are no longer copied into the reader first."""
        self._in, self._pos, self._end, self._eof = rest, 0, len(rest), True
        self._out = memoryview(bytearray(max(block, _BATCH * CHUNK_SIZE)))

    def _pending(self) -> memoryview | None:
        """Released-but-unread plaintext, or None at the end; raises a pending error."""
        while self._out_pos == self._out_end:
            if self._error is not None:
                raise self._error
            if self._done:
                return None
            self._next_batch()
        return self._out[self._out_pos : self._out_end]

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        pending = self._pending()
        if pending is None or not view:
            return 0
        n = min(len(view), len(pending))
        view[:n] = pending[:n]
        self._out_pos += n
        return n

    def copy_to(self, dst: Sink) -> int:
        """Write all authenticated plaintext to ``dst``; return how many bytes."""
        total = 0
        while (pending := self._pending()) is not None:
            dst.write(pending)
            total += len(pending)
            self._out_pos = self._out_end
        return total
