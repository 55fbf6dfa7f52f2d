"""The USB bundle's on-stick format: names, the index document, errors, result records.

A bundle is the folder `satchel-bundle/` holding data files named by NAME_RE (26
random lowercase base32 characters + ".sat") and the index `index.sat`. The byte
layouts are in docs/spec.md section 12; this module owns the index document (canonical
JSON lines) and its validation. Everything read from a stick is hostile until
checked here: a malformed entry becomes a per-entry failure, never an exception that
stops the other entries.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from satchel.crypto.errors import IntegrityError, WrongPassphraseError
from satchel.crypto.hashing import SHA256_RE

BUNDLE_DIR = "satchel-bundle"
INDEX_NAME = "index.sat"
FORMAT_NAME = "satchel-bundle"
FORMAT_VERSION = 1
KINDS = ("envelope", "receipt", "directory")
NAME_RE = re.compile(r"[a-z2-7]{26}\.sat")

GIB = 1 << 30
MAX_FILE_SIZE = 4 * GIB - 1  # FAT32's limit, for every file on the stick
DEFAULT_PART_SIZE = 2 * GIB
MAX_PART_SIZE = 2 * GIB  # padded and sealed, a 2 GiB part stays far below MAX_FILE_SIZE
DEFAULT_MAX_INDEX_BYTES = 64 << 20


class BundleError(Exception):
    """Base of every bundle error; str(e) is one sentence saying what to do."""


class BundleWriteError(BundleError):
    """Writing a bundle failed; the stick's previous index is still valid."""

    def __init__(self, message: str, *, errno: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno
        self.report: object | None = None  # the partial WriteReport, set by the writer


class BundleReadError(BundleError):
    """The bundle as a whole cannot be read (no index, index damaged or too large)."""


class BundlePassphraseError(BundleError, WrongPassphraseError):
    """The transport passphrase is missing or wrong."""


class BundleEntryError(BundleError, IntegrityError):
    """One entry failed its checks; the other entries are unaffected."""


def random_name() -> str:
    """A fresh data file name: 130 random bits, portable to FAT32/exFAT, case-free."""
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii").lower()[:26] + ".sat"


def today() -> str:
    """The bundle date: day granularity only, in UTC so no time zone leaks either."""
    return datetime.now(UTC).strftime("%Y-%m-%d")


def canonical_line(obj: object) -> bytes:
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return text.encode("ascii") + b"\n"


@dataclass(frozen=True, slots=True)
class Part:
    name: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size}


@dataclass(frozen=True, slots=True)
class IndexEntry:
    kind: str
    sha256: str
    size: int
    parts: tuple[Part, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "parts": [p.to_json() for p in self.parts],
            "sha256": self.sha256,
            "size": self.size,
        }


@dataclass(frozen=True, slots=True)
class Malformed:
    """An index line that failed validation; `line` is its 1-based entry number."""

    line: int
    reason: str
    sha256: str = ""


def encode_index(entries: list[IndexEntry], date: str) -> bytes:
    """The index document: a header line, then one line per entry sorted by sha256.

    Sorting by hash keeps the order from telling anyone which report came first.
    """
    header = {"date": date, "entries": len(entries), "format": FORMAT_NAME,
              "version": FORMAT_VERSION}
    lines = [canonical_line(header)]
    lines += [canonical_line(e.to_json()) for e in sorted(entries, key=lambda e: e.sha256)]
    return b"".join(lines)


def split_index(doc: bytes) -> tuple[dict[str, object], list[bytes]]:
    """Check the header line and return it with the (still unparsed) entry lines."""
    lines = doc.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    try:
        header = json.loads(lines[0]) if lines else None
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than json follows
        header = None
    if (not isinstance(header, dict) or header.get("format") != FORMAT_NAME
            or not isinstance(header.get("date"), str)):
        raise BundleReadError("The bundle index is damaged (bad header): "
                              "ask the sender to export the bundle again.")
    if header.get("version") != FORMAT_VERSION:
        raise BundleReadError(f"The bundle uses format version {header.get('version')!r}, "
                              "which this Satchel does not know: update Satchel.")
    return header, lines[1:]


def _is_size(v: object, limit: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= limit


def _parse_part(obj: object) -> Part | str:
    if not isinstance(obj, dict) or set(obj) != {"name", "sha256", "size"}:
        return "a part record is malformed"
    name, size, sha = obj["name"], obj["size"], obj["sha256"]
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        # Catches "..", "/", absolute paths, NUL, Unicode look-alikes: only our own names pass.
        return f"the index names an unsafe file {name!r:.80}; refused"
    if not _is_size(size, MAX_FILE_SIZE):
        return f"part {name} has an impossible size"
    if not isinstance(sha, str) or not SHA256_RE.fullmatch(sha):
        return f"part {name} has a malformed sha256"
    return Part(name, size, sha)


def parse_entry(raw: bytes, number: int) -> IndexEntry | Malformed:  # noqa: PLR0911
    """Validate one entry line; never raises."""
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError):
        return Malformed(number, f"index entry {number} is not valid JSON")
    if not isinstance(obj, dict) or set(obj) != {"kind", "parts", "sha256", "size"}:
        return Malformed(number, f"index entry {number} is malformed")
    sha, kind, size, parts_raw = obj["sha256"], obj["kind"], obj["size"], obj["parts"]
    if not isinstance(sha, str) or not SHA256_RE.fullmatch(sha):
        return Malformed(number, f"index entry {number} has a malformed sha256")
    if kind not in KINDS:
        return Malformed(number, f"index entry {number} has an unknown kind", sha)
    if not isinstance(parts_raw, list) or not parts_raw or not _is_size(size, 1 << 62):
        return Malformed(number, f"index entry {number} has no parts or a bad size", sha)
    parts: list[Part] = []
    for p in parts_raw:
        parsed = _parse_part(p)
        if isinstance(parsed, str):
            return Malformed(number, parsed, sha)
        parts.append(parsed)
    if sum(p.size for p in parts) != size:
        return Malformed(number, f"index entry {number}: its parts do not add up to its size", sha)
    if len(parts) == 1 and parts[0].sha256 != sha:
        return Malformed(number, f"index entry {number}: its only part has another hash", sha)
    return IndexEntry(str(kind), sha, size, tuple(parts))


def iter_entries(lines: list[bytes]) -> Iterator[IndexEntry | Malformed]:
    """Parse entry lines lazily, so a large index never exists as a large object graph."""
    for number, raw in enumerate(lines, start=1):
        yield parse_entry(raw, number)


@dataclass
class WriteResult:
    """What happened to one item given to write_bundle."""

    kind: str
    sha256: str
    size: int
    status: str  # written | present | duplicate | failed
    files: list[str] = field(default_factory=list)
    reason: str = ""

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "sha256": self.sha256, "size": self.size,
                "status": self.status, "files": list(self.files), "reason": self.reason}


@dataclass
class WriteReport:
    """The outcome of write_bundle: one WriteResult per item, plus housekeeping."""

    bundle_dir: str
    results: list[WriteResult] = field(default_factory=list)
    bytes_written: int = 0
    removed: list[str] = field(default_factory=list)  # leftovers of interrupted exports
    index_written: bool = False

    def to_json(self) -> dict[str, object]:
        return {"bundle_dir": self.bundle_dir, "bytes_written": self.bytes_written,
                "index_written": self.index_written, "removed": list(self.removed),
                "results": [r.to_json() for r in self.results]}
