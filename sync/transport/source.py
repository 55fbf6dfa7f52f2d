"""Reading the local envelope an upload sends: in blocks, from any offset.

The source is a stream or a callable that opens one (a file opened per request, so a
resumed or pipelined request reads from its own offset); a given stream is never closed
here, an opened one always is. The envelope is only ever read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from satchel.sync.transport.errors import InboxError

EnvelopeSource = BinaryIO | Callable[[], BinaryIO]


class LocalEnvelopeError(InboxError):
    """The local envelope is shorter than its declared size (nothing was changed)."""


class Reader:
    """Opens the envelope source for reading without taking ownership of a given stream."""

    def __init__(self, source: EnvelopeSource) -> None:
        self._source = source
        self._opened: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        if callable(self._source):
            self._opened = self._source()
            return self._opened
        return self._source

    def __exit__(self, *exc: object) -> None:
        if self._opened is not None:
            self._opened.close()


def read_chunks(f: BinaryIO, offset: int, length: int, block: int) -> Iterator[bytes]:
    """Bytes [offset, offset + length) of `f` in pieces of at most `block` bytes."""
    f.seek(offset)
    remaining = length
    while remaining:
        piece = f.read(min(block, remaining))
        if not piece:
            raise LocalEnvelopeError("the envelope file is shorter than its recorded size")
        remaining -= len(piece)
        yield piece
