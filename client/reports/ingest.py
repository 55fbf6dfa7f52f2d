"""Ingest of one attachment: read, scrub, hash and encrypt once, as a stream.

The plaintext goes from the source file through the scrubber straight into an age
payload writer; nothing is buffered beyond a few blocks (images and documents that must
be rewritten are scrubbed in memory by `scrub`). Two cores share the work: a helper
thread reads (and scrubs) each 4 MiB block and hashes it, while the caller's thread
seals the previous block in place and writes it; hashlib, ChaCha20-Poly1305 and file
I/O all release the GIL on large buffers (measured in bench/bench_ingest.py --gil).
A file that needs no rewriting is read with readinto into reused buffers, never copied.
The payload is sealed with a fresh file key whose header names the vault's own recipient
and the coalition's recipients, so sending later only rewrites the small header, never
the payload. The ciphertext goes to a `.part` file that becomes a blob by rename after
fsync; a crash leaves only a `.part` file or an unreferenced blob, which
`collect_garbage` removes at the next unlock.
"""

import functools
import hashlib
import os
import secrets
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from satchel.client.blockio import UNLIMITED, ChunkReader, ReadAhead, Writeback, readinto_exact
from satchel.client.errors import SatchelError
from satchel.client.progress import Progress
from satchel.client.scrub.scrubber import ScrubResult, scrub, sniff_media_type
from satchel.client.vault.blobs import write_blob
from satchel.client.vault.vault import Vault
from satchel.client.vault.wipe import wipe_file
from satchel.crypto import age
from satchel.crypto.padding import write_padding

BLOCK = 4 << 20  # per read and hash call: big enough that each releases the GIL for long
# Every table with a `blob` column naming a file in blobs/.
BLOB_TABLES = ("attachments", "envelopes", "desk_envelopes")


@dataclass(frozen=True)
class Ingested:
    name: str
    media_type: str
    size: int
    sha256: str
    scrubbed: bool
    removed: tuple[str, ...]
    vault_header: bytes
    blob: str


def ingest_file(
    vault: Vault,
    path: Path,
    recipients: Sequence[str],
    *,
    keep_metadata: bool,
    progress: Progress,
) -> Ingested:
    """Encrypt the file at `path` into a new blob; the caller records it in the database."""
    try:
        src = path.open("rb")
    except OSError as e:
        raise SatchelError(f"Cannot read the attachment {path.name}: {e.strerror}.") from None
    with src:
        size = os.fstat(src.fileno()).st_size
        if keep_metadata:
            head = src.read(64)
            src.seek(0)
            media_type, scrubbed = sniff_media_type(head, path.name), False
            removed: tuple[str, ...] = ()
            # One byte beyond the size: a file that grows while read is caught below.
            reader: Callable[[memoryview], int] = src.readinto
            limit = size + 1
        else:
            result = scrub(src, path.name, size=size)
            media_type, scrubbed = result.media_type, result.scrubbed
            removed = tuple(result.removed)
            reader, limit = _scrubbed_reader(result)
        file_key = secrets.token_bytes(16)
        header = age.make_header(file_key, [vault.recipient, *recipients])
        payload = _Payload(file_key, _guarded(reader, path.name), limit, size, progress)
        try:
            blob = write_blob(vault, payload)
        except OSError as e:
            raise SatchelError(
                f"Cannot write to the vault: {e.strerror}; free some space."
            ) from None
        written, digest = payload.written, payload.digest.hexdigest()
        if (keep_metadata and written != size) or os.fstat(src.fileno()).st_size != size:
            wipe_file(vault.blob_path(blob))
            raise SatchelError(
                f"The attachment {path.name} changed while it was read; add it again."
            )
    return Ingested(attachment_name(path.name), media_type, written, digest, scrubbed, removed, header, blob)


def attachment_name(raw: str) -> str:
    """The name recorded for an attachment: no path, control or bidi characters, <= 255 bytes.

    The manifest refuses anything else, and a name is shown to the desk, so it must not
    be able to hide its real extension (right-to-left override) or move the terminal.
    """
    name = unicodedata.normalize("NFC", raw).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        "_" if ch == "\x7f" or ord(ch) < 32 or unicodedata.category(ch) == "Cf" else ch
        for ch in name
    ).strip()
    if name in {"", ".", ".."}:
        name = "attachment"
    while len(name.encode()) > 255:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:-1] + dot + ext) if dot and stem else name[:-1]
    return name


def _scrubbed_reader(result: ScrubResult) -> tuple[Callable[[memoryview], int], int]:
    """A readinto for the cleaned bytes, and how many to read at most (no bound: a
    scrubbed stream's length is known only at its end)."""
    if result.source is not None:  # unchanged bytes: read them straight into our buffers
        return functools.partial(readinto_exact, result.source), UNLIMITED
    return ChunkReader(result.chunks()).readinto, UNLIMITED


def _guarded(readinto: Callable[[memoryview], int], name: str) -> Callable[[memoryview], int]:
    """The source's readinto; a read error becomes a sentence about the attachment."""

    def read(view: memoryview) -> int:
        try:
            return readinto(view)
        except OSError as e:
            raise SatchelError(f"Cannot read the attachment {name}: {e.strerror}.") from None

    return read


class _Payload:
    """Fills a blob: the age payload of the source, hashed and counted, then padding."""

    def __init__(
        self, file_key: bytes, readinto: Callable[[memoryview], int], limit: int,
        expected: int, progress: Progress,
    ) -> None:
        self._file_key = file_key
        self._readinto = readinto
        self._limit = limit
        self._expected = expected
        self._progress = progress
        self.digest = hashlib.sha256()
        self.written = 0

    def _read_and_hash(self, view: memoryview) -> int:
        # Runs on the read-ahead thread, so hashing overlaps sealing on the other core.
        n = self._readinto(view)
        self.digest.update(view[:n])
        return n

    def __call__(self, f: BinaryIO) -> None:
        writer = age.PayloadWriter(Writeback(f), self._file_key)
        with ReadAhead(self._read_and_hash, self._limit, block=BLOCK) as blocks:
            for block in blocks:
                writer.write(block)
                self.written += len(block)
                self._progress("Encrypting attachment", self.written, self._expected)
        write_padding(writer.write, self.written)  # so the ciphertext size leaks little
        writer.close()


def collect_garbage(vault: Vault) -> int:
    """Remove `.part` files and blobs no row references (left by a crash); return count."""
    referenced = {
        row[0]
        for table in BLOB_TABLES
        for row in vault.conn.execute(f"SELECT blob FROM {table}")  # noqa: S608
    }
    decoy = vault.get_meta("duress_decoy")  # the vault a duress passphrase opens
    if decoy is not None:
        referenced.add(decoy.decode())
    removed = 0
    for entry in (vault.home / "blobs").iterdir():
        if entry.name not in referenced:
            entry.unlink(missing_ok=True)
            removed += 1
    return removed
