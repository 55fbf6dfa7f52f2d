"""Reading a USB bundle from a stick that may be damaged or hostile.

Contract of read_bundle:
- It opens SRC_DIR/satchel-bundle and its index at once: a missing, oversized (over
  max_index_bytes; the index is then not read at all), damaged or wrongly keyed index
  raises BundleReadError / BundlePassphraseError before anything is yielded.
- It then yields one ReadResult per index entry, in index order, and finally one per
  file in the folder that no entry claims (status "ignored"). A problem with one entry
  never stops the others.
- Before an entry is yielded "ready", its parts are checked without reading them:
  safe names only (NAME_RE: no "..", "/", absolute paths), present, regular files
  (symlinks, FIFOs, devices and folders are refused), long enough. Entries whose
  sha256 the caller already has (`known`) are "known" and never read; an sha256 listed
  twice is read once, the later entries are "duplicate".
- `ReadResult.copy_to(sink)` streams the entry's bytes to sink in bounded memory,
  joining parts, and checks every part's size and sha256, the whole sha256, and that no
  file changed while it was read. It reads at most the indexed size of each part. On
  any failure it raises BundleEntryError and the result becomes "failed": bytes already
  written to sink are then garbage, and the caller must discard them (write into a
  temporary file, keep it only if copy_to returns). The stick is read ahead on a helper
  thread (satchel.client.blockio.ReadAhead) and the sink is given memoryviews it must not keep, as
  for any binary file; if the sink is a real file, the kernel is asked to start writing
  its new bytes early, so the caller's fsync is short (a hint: the fsync is still needed).
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TypeVar, cast

from satchel.client.blockio import ReadAhead, Writeback
from satchel.client.fsutil import TEMP_SUFFIX
from satchel.crypto.hashing import HashingWriter
from satchel.sync.bundle.format import (
    BUNDLE_DIR,
    DEFAULT_MAX_INDEX_BYTES,
    INDEX_NAME,
    BundleEntryError,
    BundleReadError,
    IndexEntry,
    Malformed,
    Part,
    iter_entries,
    split_index,
)
from satchel.sync.bundle.seal import (
    PayloadReader,
    TransportKeys,
    decode_index_file,
    index_is_plain,
    index_salt,
    sealed_size,
)

_T = TypeVar("_T")
_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


class _Progress:
    def __init__(self, callback: Callable[[int, int], None] | None, total: int) -> None:
        self.callback, self.total, self.done = callback, total, 0

    def advance(self, n: int) -> None:
        self.done += n
        if self.callback is not None:
            self.callback(min(self.done, self.total), self.total)


@dataclass
class _Source:
    bundle: Path
    data_key: bytes | None
    parts: tuple[Part, ...]
    sha256: str
    progress: _Progress


@dataclass
class ReadResult:
    """What was found for one index entry or one unlisted file; JSON-able."""

    kind: str  # envelope | receipt | directory | file (unlisted)
    sha256: str
    size: int
    status: str  # ready | ok | known | duplicate | failed | ignored
    files: list[str]
    reason: str = ""
    _source: _Source | None = field(default=None, repr=False, compare=False)

    def copy_to(self, sink: BinaryIO) -> None:
        """Stream the verified bytes to sink; BundleEntryError if any check fails."""
        if self._source is None or self.status not in ("ready", "ok"):
            raise BundleEntryError(f"Entry {self.sha256 or self.files} is {self.status}; "
                                   "there is nothing to copy.")
        try:
            _copy(self._source, sink)
        except BundleEntryError as e:
            self.status, self.reason = "failed", str(e)
            raise
        self.status = "ok"

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "sha256": self.sha256, "size": self.size,
                "status": self.status, "files": list(self.files), "reason": self.reason}


def read_bundle(
    src_dir: Path,
    *,
    passphrase: bytes | None = None,
    max_index_bytes: int = DEFAULT_MAX_INDEX_BYTES,
    known: Callable[[str], bool] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Iterator[ReadResult]:
    """Open the bundle in SRC_DIR and return an iterator over its entries (see above)."""
    bundle = Path(src_dir) / BUNDLE_DIR
    try:
        dfd = os.open(bundle, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as e:
        raise BundleReadError(_dir_reason(bundle, e)) from None
    try:
        data = _read_index(dfd, bundle, max_index_bytes)
        keys = None
        if passphrase is not None and not index_is_plain(data):
            keys = TransportKeys(passphrase, index_salt(data))
        _header, lines = split_index(decode_index_file(data, keys))
        listing = set(os.listdir(dfd))
    except OSError as e:
        raise BundleReadError(f"The bundle in {bundle} could not be read ({e.strerror}): "
                              "check the stick and try again.") from None
    finally:
        os.close(dfd)
    progress = _Progress(on_progress, _total_size(lines))
    return _results(bundle, keys.data_key if keys else None, lines, listing, known=known,
                    progress=progress)


def _dir_reason(bundle: Path, e: OSError) -> str:
    if e.errno == errno.ENOENT:
        return f"There is no Satchel bundle in {bundle.parent}: choose the stick's folder."
    if e.errno in (errno.ELOOP, errno.ENOTDIR):
        return f"{bundle} is not a folder (a symbolic link or a file); refused."
    return f"{bundle} could not be opened ({e.strerror}): check the stick and try again."


def _read_index(dfd: int, bundle: Path, limit: int) -> bytes:
    try:
        fd = os.open(INDEX_NAME, _OPEN_FLAGS, dir_fd=dfd)
    except FileNotFoundError:
        raise BundleReadError(f"The bundle in {bundle} has no index: its export did not "
                              "finish; export it again.") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise BundleReadError("The bundle index is a symbolic link; refused.") from None
        raise
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise BundleReadError("The bundle index is not a regular file; refused.")
        if st.st_size > limit:
            raise BundleReadError(
                f"The bundle index is {st.st_size} bytes, over the {limit}-byte limit: it is "
                "damaged or hostile and was not read; nothing was imported.")
        data = f.read(limit + 1)
    if len(data) > limit:
        raise BundleReadError("The bundle index grew while being read; refused.")
    return data


def _total_size(lines: list[bytes]) -> int:
    total = 0
    for raw in lines:
        try:
            size = json.loads(raw).get("size")
        except (ValueError, AttributeError):
            continue
        if isinstance(size, int):
            total += max(size, 0)
    return total


def _results(bundle: Path, key: bytes | None, lines: list[bytes], listing: set[str], *,
             known: Callable[[str], bool] | None, progress: _Progress) -> Iterator[ReadResult]:
    seen: set[str] = set()
    claimed: set[str] = set()
    for entry in iter_entries(lines):
        if isinstance(entry, Malformed):
            yield ReadResult("", entry.sha256, 0, "failed", [], entry.reason)
            continue
        res = ReadResult(entry.kind, entry.sha256, entry.size, "ready",
                         [p.name for p in entry.parts])
        if entry.sha256 in seen:
            res.status, res.reason = "duplicate", "listed again in the index; read once"
        elif known is not None and known(entry.sha256):
            res.status, res.reason = "known", "already imported"
        else:
            reason = _check_parts(bundle, entry, listing, claimed, key is not None)
            if reason:
                res.status, res.reason = "failed", reason
            else:
                res._source = _Source(bundle, key, entry.parts, entry.sha256, progress)
        if res.status in ("ready", "known"):
            seen.add(entry.sha256)
        claimed.update(res.files)
        if res.status != "ready":
            progress.advance(entry.size)
        yield res
    for name in sorted(listing - claimed - {INDEX_NAME}):
        temp = name.startswith(".") and name.endswith(TEMP_SUFFIX)
        why = ("an unfinished file of an interrupted export" if temp
               else "not listed in the index")
        yield ReadResult("file", "", 0, "ignored", [_printable(name)], why + "; ignored")


def _printable(name: str) -> str:
    # Names on a hostile stick may hold terminal escapes; never echo them raw.
    return name.encode("unicode_escape").decode("ascii")[:200]


def _check_parts(bundle: Path, entry: IndexEntry, listing: set[str],  # noqa: PLR0911
                 claimed: set[str], sealed: bool) -> str:
    for i, part in enumerate(entry.parts):
        if part.name in claimed or part.name in (p.name for p in entry.parts[:i]):
            return f"file {part.name} is claimed by two index entries; refused"
        if part.name not in listing:
            return f"file {part.name} is missing from the stick"
        try:
            st = os.lstat(bundle / part.name)
        except OSError as e:
            return f"file {part.name} could not be examined ({e.strerror})"
        if stat.S_ISLNK(st.st_mode):
            return f"file {part.name} is a symbolic link; refused"
        if not stat.S_ISREG(st.st_mode):
            return f"file {part.name} is not a regular file (a device, FIFO or folder); refused"
        need = sealed_size(part.size, sealed)
        if st.st_size < need:
            return f"file {part.name} is truncated ({st.st_size} of {need} bytes)"
    return ""


class _Discard(io.RawIOBase):
    """A sink that keeps nothing (and has no fileno, so no writeback hints)."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return len(data)


def holds_entry(bundle: Path, data_key: bytes | None, entry: IndexEntry) -> bool:
    """Whether the files of `entry` hold exactly its bytes, checked as an import checks
    them (every part's hash and the whole hash). A writer asks this before it trusts an
    entry already on the stick: right names and sizes prove nothing (issue 10 item 3)."""
    source = _Source(bundle, data_key, entry.parts, entry.sha256, _Progress(None, entry.size))
    try:
        _copy(source, cast(BinaryIO, _Discard()))
    except BundleEntryError:
        return False
    return True


def _copy(src: _Source, sink: BinaryIO) -> None:
    whole = hashlib.sha256() if len(src.parts) > 1 else None
    out = Writeback(sink)
    for part in src.parts:
        _copy_part(src, part, out, whole)
    if whole is not None and whole.hexdigest() != src.sha256:
        raise BundleEntryError(f"the joined parts of {src.sha256} do not match its hash")


def _open_part(bundle: Path, name: str) -> int:
    dfd = os.open(bundle, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        return os.open(name, _OPEN_FLAGS, dir_fd=dfd)
    finally:
        os.close(dfd)


def _guard(name: str, step: Callable[[], _T]) -> _T:
    """Run one read step, turning stick faults into a per-entry error."""
    try:
        return step()
    except ValueError:
        raise BundleEntryError(f"file {name} is damaged or was altered "
                               "(it does not authenticate)") from None
    except OSError as e:
        raise BundleEntryError(f"file {name} could not be read ({e.strerror})") from None


def _copy_part(src: _Source, part: Part, out: Writeback, whole: hashlib._Hash | None) -> None:
    try:
        fd = _open_part(src.bundle, part.name)
    except OSError as e:
        raise BundleEntryError(f"file {part.name} could not be opened ({e.strerror})") from None
    with os.fdopen(fd, "rb") as f:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            raise BundleEntryError(f"file {part.name} is not a regular file; refused")
        reader = _guard(part.name, lambda: PayloadReader(f, src.data_key, part.size))
        # Sink errors are the caller's own (its disk) and propagate unchanged; the
        # read-ahead thread reads the next block while this one is hashed and written.
        with ReadAhead(lambda view: _guard(part.name, lambda: reader.readinto(view)),
                       part.size) as blocks:
            sink = HashingWriter(out, whole)
            for block in blocks:
                sink.write(block)
                src.progress.advance(len(block))
        got = sink.count
        after = os.fstat(fd)
    if got != part.size:
        raise BundleEntryError(f"file {part.name} is truncated ({got} of {part.size} bytes)")
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
        raise BundleEntryError(f"file {part.name} changed while being read; the stick is "
                               "faulty or hostile")
    if sink.digest.hexdigest() != part.sha256:
        raise BundleEntryError(f"file {part.name} does not match its hash in the index "
                               "(damaged or altered bytes)")
