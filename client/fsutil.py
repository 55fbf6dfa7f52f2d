"""Durable writes: a file appears under its final name complete, or not at all.

Contract:
- `AtomicFile(path)` is a context manager yielding a binary file open on a temporary
  name in the same directory as `path` (so the final rename never crosses a file
  system). On a clean exit the data is flushed, fsynced, renamed over `path` with
  os.replace, and the directory is fsynced so the rename itself survives a power cut.
- On any error (in the caller's block, or in flush/fsync/rename, e.g. ENOSPC that
  only shows at fsync), the temporary file is removed, nothing appears under `path`,
  any previous file there is untouched, and the error propagates unchanged.
- `atomic_write(path, data)` does the above for a bytes value.
- `fsync_dir(path)` makes the creation, rename or removal of entries in `path` durable.

Temporary names are `.<final name>.<random>.tmp`; they are created with O_EXCL and
O_NOFOLLOW, so an existing file or a planted symlink is never written through.
New files get mode 0o600 unless told otherwise: Satchel's files are nobody else's.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

TEMP_SUFFIX = ".tmp"


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """Fsync the directory `path`, so the entries created or renamed in it are durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name_for(final_name: str) -> str:
    """The temporary name AtomicFile uses for `final_name` (random, hidden, same folder)."""
    return f".{final_name}.{secrets.token_hex(8)}{TEMP_SUFFIX}"


class AtomicFile:
    """Write a file under a temporary name; rename it into place only on success."""

    def __init__(self, path: str | os.PathLike[str], *, mode: int = 0o600) -> None:
        self.path = Path(path)
        self.temp_path = self.path.with_name(temp_name_for(self.path.name))
        self._mode = mode
        self._file: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        fd = os.open(self.temp_path, flags, self._mode)
        try:
            self._file = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self._discard()
            raise
        return self._file

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        f = self._file
        assert f is not None, "AtomicFile used without entering it"
        self._file = None
        if exc_type is not None:
            self._close_quietly(f)
            self._discard()
            return
        try:
            f.flush()
            os.fsync(f.fileno())
            f.close()
            os.replace(self.temp_path, self.path)
        except BaseException:
            self._close_quietly(f)
            self._discard()
            raise
        fsync_dir(self.path.parent)

    @staticmethod
    def _close_quietly(f: BinaryIO) -> None:
        # The original error matters more than a second one from close (e.g. EIO twice).
        with contextlib.suppress(OSError):
            f.close()

    def _discard(self) -> None:
        try:
            os.unlink(self.temp_path)
        except FileNotFoundError:
            pass
        except OSError:
            # A removed or failing stick may refuse even this; the caller's error says why.
            pass


def atomic_write(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o600) -> None:
    """Durably replace the file at `path` with `data` (see the module docstring)."""
    with AtomicFile(path, mode=mode) as f:
        f.write(data)
