"""Reading a stored envelope as one stream: its header (kept in the database), then its blob.

An attachment's envelope is never written out whole: the vault keeps the payload blob
once and the header for the coalition's recipients in its row, and this reader joins
them when the envelope is uploaded or exported.
"""

import io
from pathlib import Path
from typing import BinaryIO


class EnvelopeReader(io.RawIOBase):
    """A read-only binary stream of `header` followed by the bytes of the file at `path`."""

    def __init__(self, header: bytes, path: Path) -> None:
        super().__init__()
        self._header = header
        self._pos = 0
        self._file: io.BufferedReader = path.open("rb")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: "bytearray | memoryview") -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._pos < len(self._header):
            n = min(len(view), len(self._header) - self._pos)
            view[:n] = self._header[self._pos : self._pos + n]
            self._pos += n
            return n
        n = self._file.readinto(view)
        self._pos += n
        return n

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        # Resuming an upload starts at the inbox's offset, which may be inside either part.
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            offset += len(self._header) + self._file.seek(0, io.SEEK_END)
        if offset < 0:
            raise ValueError("negative seek position")
        self._pos = offset
        self._file.seek(max(0, offset - len(self._header)))
        return offset

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._file.close()
        super().close()


def open_envelope(header: bytes, path: Path) -> BinaryIO:
    """A buffered stream over the stored envelope."""
    return io.BufferedReader(EnvelopeReader(header, path), buffer_size=1 << 20)
