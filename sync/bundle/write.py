"""Writing envelopes, receipts and directories to a USB bundle, durably and idempotently.

Contract of write_bundle:
- Every data file is written under a temporary name, fsynced, renamed, and the folder
  fsynced; the index is written the same way only after the files it lists, so a file
  under a final name is always complete and an indexed entry always has all its parts.
- Writing into a folder that already holds a bundle merges into its index: an entry
  already there, whose files read back to its hashes, is not written again. Leftovers of an
  interrupted export (temporary files, data files no index lists) are removed first.
- The index is also rewritten every `checkpoint_bytes`, so an export cut short keeps
  what it finished; running it again completes it.
- A full, read-only, failing or removed stick raises BundleWriteError (one sentence, its
  errno, and the partial WriteReport): the temporary file is gone, no half-written file
  is under a final name, and the previous index is still valid.
- Each source is read ahead on a helper thread while the previous block is hashed and
  written, and each data file's writeback starts as it is written (satchel.client.blockio), so the
  per-file fsync does not stall; memory stays bounded by a few 1 MiB buffers.
- An item whose source is unreadable or does not match its declared size and sha256 is
  reported as failed in the WriteReport and leaves nothing behind; the others go on.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import functools
import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from satchel.client.blockio import ReadAhead, Writeback, readinto_exact
from satchel.client.fsutil import TEMP_SUFFIX, AtomicFile, atomic_write, fsync_dir
from satchel.crypto.hashing import SHA256_RE, HashingWriter
from satchel.sync.bundle.format import (
    BUNDLE_DIR,
    DEFAULT_MAX_INDEX_BYTES,
    DEFAULT_PART_SIZE,
    INDEX_NAME,
    KINDS,
    MAX_PART_SIZE,
    NAME_RE,
    BundleWriteError,
    IndexEntry,
    Malformed,
    Part,
    WriteReport,
    WriteResult,
    encode_index,
    iter_entries,
    random_name,
    split_index,
    today,
)
from satchel.sync.bundle.read import holds_entry
from satchel.sync.bundle.seal import (
    AD_DATA,
    SALT_LEN,
    PayloadWriter,
    TransportKeys,
    decode_index_file,
    encode_index_file,
    index_is_plain,
    index_salt,
    sealed_size,
)

DEFAULT_CHECKPOINT_BYTES = 256 << 20
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleItem:
    """One thing to carry: its kind, the sha256 and size it must have, and a way to read it."""

    kind: str
    sha256: str
    size: int
    opener: Callable[[], BinaryIO]


class _SourceError(Exception):
    """The vault side of one item failed; that item is skipped, the export goes on."""


def write_bundle(
    dest_dir: Path,
    items: Iterable[BundleItem],
    *,
    passphrase: bytes | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    on_progress: Progress | None = None,
    checkpoint_bytes: int = DEFAULT_CHECKPOINT_BYTES,
) -> WriteReport:
    """Write `items` into DEST_DIR/satchel-bundle (see the module docstring)."""
    if not 1 <= part_size <= MAX_PART_SIZE:
        raise ValueError(f"part_size must be between 1 and {MAX_PART_SIZE}")
    todo = list(items)
    for item in todo:
        if item.kind not in KINDS or not SHA256_RE.fullmatch(item.sha256) or item.size < 0:
            raise ValueError(f"not a valid bundle item: {item.kind!r} {item.sha256!r}")
    if not Path(dest_dir).is_dir():
        raise BundleWriteError(f"There is no folder {dest_dir}: choose the stick's folder.",
                               errno=errno.ENOENT)
    bundle = Path(dest_dir) / BUNDLE_DIR
    report = WriteReport(str(bundle))
    writer = _Writer(bundle, passphrase, part_size, report)
    try:
        writer.open()
        total = sum(i.size for i in todo)
        done, since_index = 0, 0
        for item in todo:
            tick = functools.partial(_tick_from, on_progress, done, total)
            result = writer.write_item(item, tick)
            report.results.append(result)
            done += item.size
            _tick(on_progress, done, total)
            if result.status == "written":
                report.bytes_written += item.size
                since_index += item.size
                if since_index >= checkpoint_bytes:
                    writer.write_index()
                    since_index = 0
        writer.write_index()
    except OSError as e:
        writer.salvage()
        err = _write_error(e, bundle)
        err.report = report
        raise err from e
    finally:
        writer.close()
    return report


def _tick_from(on_progress: Progress | None, base: int, total: int, n: int) -> None:
    _tick(on_progress, base + n, total)


def _tick(on_progress: Progress | None, done: int, total: int) -> None:
    if on_progress is not None:
        on_progress(done, total)


def _write_error(e: OSError, bundle: Path) -> BundleWriteError:
    where = str(bundle)
    messages = {
        errno.ENOSPC: "The stick is full: free some space or use a larger stick, then export "
                      "again (the bundle already on it is still valid).",
        errno.EDQUOT: "The stick's quota is used up: free some space, then export again.",
        errno.EROFS: "The stick is read-only: slide its write-protect switch or remount it "
                     "writable, then export again.",
        errno.EIO: "The stick could not be written (input/output error): it may have been "
                   "removed or be failing; reinsert it or use another, then export again.",
        errno.ENOENT: f"The folder {where} disappeared while writing: the stick may have "
                      "been removed; reinsert it and export again.",
        errno.EACCES: f"Satchel may not write to {where}: check the folder's permissions.",
        errno.EPERM: f"Satchel may not write to {where}: check the folder's permissions.",
    }
    message = messages.get(e.errno or 0) or (
        f"Writing the bundle to {where} failed ({e.strerror or e}); export again.")
    return BundleWriteError(message, errno=e.errno)


class _Writer:
    def __init__(self, bundle: Path, passphrase: bytes | None, part_size: int,
                 report: WriteReport) -> None:
        self.dir = bundle
        self.passphrase = passphrase
        self.part_size = part_size
        self.report = report
        self.keys: TransportKeys | None = None
        self.entries: dict[str, IndexEntry] = {}
        self.new: dict[str, IndexEntry] = {}
        self.unindexed: dict[str, IndexEntry] = {}
        self.replaced: list[Part] = []  # files of entries that failed the check, rewritten
        self._dfd: int | None = None

    def open(self) -> None:
        with contextlib.suppress(FileExistsError):
            os.mkdir(self.dir, 0o700)
        self._dfd = os.open(self.dir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        try:
            fcntl.flock(self._dfd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BundleWriteError(f"Another export is writing to {self.dir}: wait for it "
                                   "to finish.") from None
        self._load_index()
        self._remove_leftovers()

    def close(self) -> None:
        if self._dfd is not None:
            os.close(self._dfd)  # also releases the lock
            self._dfd = None

    def _load_index(self) -> None:
        data = _read_regular(self.dir / INDEX_NAME, DEFAULT_MAX_INDEX_BYTES)
        if data is None:
            if self.passphrase is not None:
                self.keys = TransportKeys(self.passphrase, os.urandom(SALT_LEN))
            return
        if index_is_plain(data) and self.passphrase is not None:
            raise BundleWriteError(
                f"{self.dir} already holds a bundle written without a transport passphrase: "
                "export without one, or into another folder.")
        if not index_is_plain(data) and self.passphrase is not None:
            self.keys = TransportKeys(self.passphrase, index_salt(data))
        _header, lines = split_index(decode_index_file(data, self.keys))
        for entry in iter_entries(lines):
            if isinstance(entry, Malformed):
                raise BundleWriteError(f"The bundle index in {self.dir} is damaged "
                                       f"({entry.reason}): move that folder away and export "
                                       "again.")
            self.entries[entry.sha256] = entry

    def _remove_leftovers(self) -> None:
        claimed = {p.name for e in self.entries.values() for p in e.parts}
        for name in sorted(os.listdir(self.dir)):
            ours = (name.startswith(".") and name.endswith(TEMP_SUFFIX)) or (
                NAME_RE.fullmatch(name) is not None and name not in claimed)
            if ours and stat.S_ISREG(os.lstat(self.dir / name).st_mode):
                os.unlink(self.dir / name)
                self.report.removed.append(name)
        if self.report.removed:
            fsync_dir(self.dir)

    def _intact(self, entry: IndexEntry) -> bool:
        for part in entry.parts:
            try:
                st = os.lstat(self.dir / part.name)
            except FileNotFoundError:
                return False
            want = sealed_size(part.size, self.keys is not None)
            if not stat.S_ISREG(st.st_mode) or st.st_size != want:
                return False
        # Names and sizes are easy to fake on a hostile stick; only the bytes' hashes
        # show the item is really there (issue 10 item 3).
        return holds_entry(self.dir, self.keys.data_key if self.keys else None, entry)

    def write_item(self, item: BundleItem, progress: Callable[[int], None]) -> WriteResult:
        res = WriteResult(item.kind, item.sha256, item.size, "written")
        old = self.entries.get(item.sha256)
        if old is not None and (item.sha256 in self.new or self._intact(old)):
            res.status = "duplicate" if item.sha256 in self.new else "present"
            res.files = [p.name for p in old.parts]
            return res
        parts: list[Part] = []
        try:
            parts = self._copy_item(item, progress)
        except _SourceError as e:
            res.status, res.reason = "failed", str(e)
            return res
        if old is not None:
            self.replaced.extend(old.parts)
        entry = IndexEntry(item.kind, item.sha256, item.size, tuple(parts))
        self.entries[item.sha256] = self.new[item.sha256] = self.unindexed[item.sha256] = entry
        res.files = [p.name for p in parts]
        return res

    def _copy_item(self, item: BundleItem, progress: Callable[[int], None]) -> list[Part]:
        sizes = [min(self.part_size, item.size - off)
                 for off in range(0, item.size, self.part_size)] or [0]
        whole = hashlib.sha256() if len(sizes) > 1 else None
        parts: list[Part] = []
        try:
            src = _call_source(item.opener)
            with src:
                offset = 0
                for n in sizes:
                    parts.append(self._write_part(src, n, whole, progress, offset))
                    offset += n
                if _read_source(src, 1):
                    raise _SourceError(f"The vault's copy of {item.sha256} is longer than "
                                       "recorded; it was not exported.")
            digest = whole.hexdigest() if whole is not None else parts[0].sha256
            if digest != item.sha256:
                raise _SourceError(f"The vault's copy of {item.sha256} does not match its "
                                   "hash; it was not exported.")
        except BaseException:
            for p in parts:
                _unlink_quietly(self.dir / p.name)
            raise
        return parts

    def _write_part(self, src: BinaryIO, n: int, whole: hashlib._Hash | None,
                    progress: Callable[[int], None], offset: int) -> Part:
        name = random_name()
        # The read-ahead thread fills the next block while this one is hashed and written.
        with AtomicFile(self.dir / name) as f, \
                ReadAhead(functools.partial(_readinto_source, src), n) as blocks:
            w = PayloadWriter(Writeback(f), self.keys.data_key if self.keys else None, AD_DATA)
            sink = HashingWriter(w, whole)
            for block in blocks:
                sink.write(block)
                progress(offset + sink.count)
            if sink.count != n:
                raise _SourceError("The vault's copy of an item is shorter than recorded; "
                                   "it was not exported.")
            w.finish()
        return Part(name, n, sink.digest.hexdigest())

    def write_index(self) -> None:
        doc = encode_index(list(self.entries.values()), today())
        atomic_write(self.dir / INDEX_NAME, encode_index_file(doc, self.keys))
        self.unindexed.clear()
        # Only now does no index name them; a crash before leaves them to the next export.
        for part in self.replaced:
            _unlink_quietly(self.dir / part.name)
        self.replaced.clear()
        self.report.index_written = True

    def salvage(self) -> None:
        """After a write error: keep what was finished if the index still fits, else tidy."""
        if not self.unindexed or self._dfd is None:
            return
        try:
            self.write_index()
        except OSError:
            for entry in self.unindexed.values():
                for p in entry.parts:
                    _unlink_quietly(self.dir / p.name)


def _call_source(opener: Callable[[], BinaryIO]) -> BinaryIO:
    try:
        return opener()
    except OSError as e:
        raise _SourceError(f"An item could not be opened in the vault ({e.strerror}); "
                           "it was not exported.") from e


def _read_source(src: BinaryIO, n: int) -> bytes:
    try:
        return src.read(n)
    except OSError as e:
        raise _SourceError(f"An item could not be read from the vault ({e.strerror}); "
                           "it was not exported.") from e


def _readinto_source(src: BinaryIO, view: memoryview) -> int:
    try:
        return readinto_exact(src, view)
    except OSError as e:
        raise _SourceError(f"An item could not be read from the vault ({e.strerror}); "
                           "it was not exported.") from e


def _unlink_quietly(path: Path) -> None:
    # A failing stick may refuse; the next export removes the leftover.
    with contextlib.suppress(OSError):
        os.unlink(path)


def _read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of an existing regular file, None if absent; refuses anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise BundleWriteError(f"{path} is a symbolic link: remove it and export "
                                   "again.") from None
        raise
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            raise BundleWriteError(f"{path} is not a bundle index: move the folder away "
                                   "and export again.")
        return f.read(limit + 1)
