"""The report envelope and attachment envelopes: age files to the coalition's recipients.

Report envelope: an age v1 file whose plaintext is (version 2, written since issue 10)
    b"SATCHEL-SUBMISSION/2\\n" || u32be(len M) || M || S (64) || u32be(len R) || R
    || D (32) || zeros
where M is the canonical manifest, S the device's signature over it, R the report
document, D the delivery secret, and the zeros pad the plaintext to padme(length without
them). D sits beside the signed document, not in it, so evidence (R, M, S) can be handed
on without the secret that proves delivery. Version 1 (magic ".../1", no D, the secret
inside R) is still read. `open_report`
checks, in order and naming the failure: age decryption (age errors), framing and
padding ("envelope framing" / "envelope padding"), the manifest and its signature
("manifest" / "manifest signature"), the recipient binding ("recipient binding") and the
report hash ("report hash").

Attachment envelope: an age v1 file whose plaintext is the content followed by zeros up to
padme(size). `age -d` therefore prints the content plus padding; `head -c SIZE` (SIZE from
the manifest) recovers the file. Each is sealed once at ingest and referenced from the
manifest by the SHA-256 of the envelope file. Layout: docs/spec.md; vectors:
tests/vectors/envelope.json.
"""

from __future__ import annotations

import hashlib
import io
import json
import mmap
import secrets
import struct
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import BinaryIO, cast

from satchel.crypto import age
from satchel.crypto.errors import IntegrityError
from satchel.crypto.hashing import HashingWriter, InlineSha256, Sha256Thread
from satchel.crypto.keys import SIGNATURE_SIZE, SigningKey, fingerprint
from satchel.crypto.manifest import AttachmentEntry, Manifest, sign_manifest, verify_manifest
from satchel.crypto.mapped import DropBehind, Sha256Behind, map_stream
from satchel.crypto.padding import padme, write_padding
from satchel.crypto.readahead import UNLIMITED, ChunkReader, ReadAhead

MAGIC = b"SATCHEL-SUBMISSION/1\n"
MAGIC_V2 = b"SATCHEL-SUBMISSION/2\n"
SECRET_SIZE = 32
MAX_REPORT_PLAINTEXT = 64 << 20
CHUNK = 64 << 10
READ_BLOCK = 1 << 20  # per read when checking a small attachment
PARALLEL_HASH_FROM = 4 << 20  # smaller attachments are not worth two threads
CHECK_BLOCK = 4 << 20  # per read and per plaintext hash call when checking a big one
CHECK_DEPTH = 4  # blocks in flight per helper thread: 2 * (4 + 1) * 4 MiB at most
MAP_BLOCK, MAP_DEPTH = 1 << 20, 4  # mapped check: 4 MiB blocks or depth 8 were slower


@dataclass(frozen=True)
class SealedReport:
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    envelope_sha256: str


@dataclass(frozen=True)
class OpenedReport:
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    report_doc: bytes
    signer_fingerprint: str
    delivery_secret: bytes | None = None  # None for a version 1 envelope without one


@dataclass(frozen=True)
class SealedAttachment:
    size: int
    sha256: str
    envelope_sha256: str


def _read_hashing(src: BinaryIO, update: Callable[[memoryview], object]) -> Callable[[memoryview], int]:
    """A readinto for `src` that hands exactly the bytes read to `update` as it reads."""
    readinto = getattr(src, "readinto", None)

    def read(view: memoryview) -> int:
        if readinto is not None:  # straight into the caller's buffer, no new bytes per read
            n = int(readinto(view) or 0)
        else:
            data = src.read(len(view))
            n = len(data)
            view[:n] = data
        update(view[:n])
        return n

    return read


def _inline_blocks(readinto: Callable[[memoryview], int]) -> Iterator[memoryview]:
    """What ReadAhead yields, read in the caller's thread (for small attachments)."""
    block = memoryview(bytearray(READ_BLOCK))  # reused: no fresh pages per read
    while n := readinto(block):
        yield block[:n]


class _ContentCheck:
    """Receives the decrypted payload: the first `size` bytes are the content (hashed and
    passed to `sink`), the rest is padding, which must be all zeros."""

    def __init__(self, size: int, content: InlineSha256, sink: BinaryIO) -> None:
        self._size = size
        self._content = content
        self._sink = sink
        self.total = 0
        self.padding_ok = True

    def write(self, data: bytes | memoryview) -> int:
        chunk = memoryview(data)
        got = len(chunk)
        keep = max(0, min(got, self._size - self.total))
        if keep:
            self._content.update(chunk[:keep])
            self._sink.write(chunk[:keep])
        if keep < got:  # padding only: must be all zeros
            self.padding_ok = self.padding_ok and bytes(chunk[keep:]).count(0) == got - keep
        self.total += got
        return got


class _Passing:
    """Writes to `check`, then calls `after` (which marks how far decryption has got)."""

    def __init__(self, check: _ContentCheck, after: Callable[[], object]) -> None:
        self._check, self._after = check, after

    def write(self, data: bytes | memoryview) -> int:
        n = self._check.write(data)
        self._after()
        return n


def frame_report(manifest_bytes: bytes, signature: bytes, report_doc: bytes,
                 delivery_secret: bytes | None = None) -> bytes:
    """The padded age plaintext of a report envelope: version 2 with a delivery secret,
    version 1 (kept for vectors and tests of the old format) without."""
    if len(signature) != SIGNATURE_SIZE:
        raise ValueError("an Ed25519 signature is 64 bytes")
    if delivery_secret is not None and len(delivery_secret) != SECRET_SIZE:
        raise ValueError("a delivery secret is 32 bytes")
    body = b"".join(
        (
            MAGIC if delivery_secret is None else MAGIC_V2,
            struct.pack(">I", len(manifest_bytes)),
            manifest_bytes,
            signature,
            struct.pack(">I", len(report_doc)),
            report_doc,
            delivery_secret or b"",
        )
    )
    return body + bytes(padme(len(body)) - len(body))


def unframe_report(plaintext: bytes) -> tuple[bytes, bytes, bytes, bytes | None]:
    """(manifest bytes, signature, report document, delivery secret or None for version 1);
    IntegrityError on bad framing."""
    if not plaintext.startswith((MAGIC, MAGIC_V2)):
        raise IntegrityError("envelope framing")
    at = len(MAGIC)
    parts: list[bytes] = []
    v2 = plaintext.startswith(MAGIC_V2)
    for fixed in (None, SIGNATURE_SIZE, None, *((SECRET_SIZE,) if v2 else ())):
        if fixed is None:
            if at + 4 > len(plaintext):
                raise IntegrityError("envelope framing")
            (size,) = struct.unpack_from(">I", plaintext, at)
            at += 4
        else:
            size = fixed
        if at + size > len(plaintext):
            raise IntegrityError("envelope framing")
        parts.append(plaintext[at : at + size])
        at += size
    if len(plaintext) != padme(at) or plaintext[at:].count(0) != len(plaintext) - at:
        raise IntegrityError("envelope padding")
    return parts[0], parts[1], parts[2], parts[3] if v2 else None


def _sealing(
    dst: BinaryIO, recipients: Sequence[str], seams: age.Seams | None
) -> tuple[HashingWriter, age.EncryptWriter]:
    """An age writer to `recipients` over `dst`, and the hash of what it writes (the
    envelope's name)."""
    out = HashingWriter(dst)
    writer = age.EncryptWriter(out, recipients, seams=seams or age.Seams())  # type: ignore[arg-type]
    return out, writer


def seal_report(
    dst: BinaryIO,
    report_doc: bytes,
    attachments: Sequence[AttachmentEntry],
    device: SigningKey,
    recipients: Sequence[str],
    *,
    submission_id: str | None = None,
    created: int | None = None,
    seams: age.Seams | None = None,
    delivery_secret: bytes | None = None,
) -> SealedReport:
    """Sign a manifest for `report_doc` and `attachments` and write the report envelope,
    sealed to `recipients`, to `dst`: version 2 carrying `delivery_secret` beside the
    document (version 1 without one). The other keyword seams fix randomness for vectors."""
    ordered = sorted(set(recipients))
    manifest = Manifest(
        submission_id=secrets.token_hex(16) if submission_id is None else submission_id,
        created=int(time.time()) if created is None else created,
        device=device.public.text,
        recipients=tuple(ordered),
        report_sha256=hashlib.sha256(report_doc).hexdigest(),
        attachments=tuple(attachments),
    )
    manifest_bytes, signature = sign_manifest(device, manifest)
    out, writer = _sealing(dst, ordered, seams)
    writer.write(frame_report(manifest_bytes, signature, report_doc, delivery_secret))
    writer.close()
    return SealedReport(manifest, manifest_bytes, signature, out.digest.hexdigest())


def open_report(
    src: BinaryIO, identities: Sequence[age.IdentityLike], my_recipient: str | None = None
) -> OpenedReport:
    """Decrypt and verify a report envelope (see the module docstring for the checks).

    `my_recipient` is the recipient this desk expects to be addressed as; when None, the
    recipients of `identities` are used, and one of them must be in the signed set.
    Identities may be given parsed (`age.parse_identity`), which saves decoding them
    again when opening many envelopes.
    """
    plaintext = _read_all(age.DecryptReader(src, identities))
    manifest_bytes, signature, report_doc, secret = unframe_report(plaintext)
    manifest = verify_manifest(manifest_bytes, signature)
    mine = {my_recipient} if my_recipient else {age.to_recipient(i) for i in identities}
    if not mine & set(manifest.recipients):
        raise IntegrityError("recipient binding")
    if hashlib.sha256(report_doc).hexdigest() != manifest.report_sha256:
        raise IntegrityError("report hash")
    return OpenedReport(
        manifest=manifest,
        manifest_bytes=manifest_bytes,
        signature=signature,
        report_doc=report_doc,
        signer_fingerprint=fingerprint(manifest.device_key.raw),
        delivery_secret=secret if secret is not None else _legacy_secret(report_doc),
    )


def _legacy_secret(report_doc: bytes) -> bytes | None:
    """Version 1 kept the secret inside the (signed, hashed) report document."""
    try:
        doc = json.loads(report_doc)
        secret = bytes.fromhex(doc["delivery_secret"])
    except (ValueError, TypeError, KeyError):
        return None
    return secret if len(secret) == SECRET_SIZE else None


def _read_all(reader: age.DecryptReader) -> bytes:
    out = bytearray()
    while chunk := reader.read(CHUNK):
        out += chunk
        if len(out) > MAX_REPORT_PLAINTEXT:
            raise IntegrityError("envelope size")
    return bytes(out)


def seal_attachment(
    src: BinaryIO,
    dst: BinaryIO,
    recipients: Sequence[str],
    *,
    seams: age.Seams | None = None,
) -> SealedAttachment:
    """Stream `src` into a padded attachment envelope on `dst`, in bounded memory."""
    out, writer = _sealing(dst, sorted(set(recipients)), seams)
    content = hashlib.sha256()
    size = 0
    while chunk := src.read(CHUNK):
        writer.write(chunk)
        content.update(chunk)
        size += len(chunk)
    write_padding(writer.write, size)
    writer.close()
    return SealedAttachment(size, content.hexdigest(), out.digest.hexdigest())


def check_attachment(
    envelope_stream: BinaryIO,
    entry: AttachmentEntry,
    identities: Sequence[age.IdentityLike],
    sink: BinaryIO,
) -> None:
    """Decrypt an attachment envelope into `sink` and check it against `entry`.

    Checks, naming the failure: age decryption (age errors), "attachment envelope hash"
    (not the envelope the manifest names), "attachment size", "attachment padding",
    "attachment hash". `sink` receives content while it streams; it is valid only if this
    returns, so decrypt into something the caller discards on error.
    """
    mapping = map_stream(envelope_stream) if entry.size >= PARALLEL_HASH_FROM else None
    if mapping is not None:
        found = _check_mapped(mapping, envelope_stream, entry, identities, sink)
    else:
        found = _check_streamed(envelope_stream, entry, identities, sink)
    envelope_sha256, check, content_sha256 = found
    if envelope_sha256 != entry.envelope_sha256:
        raise IntegrityError("attachment envelope hash")
    if check.total != padme(entry.size):
        raise IntegrityError("attachment size")
    if not check.padding_ok:
        raise IntegrityError("attachment padding")
    if content_sha256 != entry.sha256:
        raise IntegrityError("attachment hash")


_Found = tuple[str, _ContentCheck, str]  # envelope SHA-256, what was decrypted, its SHA-256


def _check_mapped(mapping: mmap.mmap, stream: BinaryIO, entry: AttachmentEntry,
                  identities: Sequence[age.IdentityLike], sink: BinaryIO) -> _Found:
    # A mapped envelope is hashed on one helper thread straight from its pages while this
    # thread opens its chunks from the same pages and another hashes the plaintext: no
    # read() copies (crypto/mapped.py).
    # The mapping is not closed here: an age error's traceback still holds views of it
    # (closing would raise BufferError over it); it is unmapped with its last reference.
    start = stream.tell()
    data = memoryview(mapping)[start:]
    content = Sha256Thread(depth=MAP_DEPTH, block=MAP_BLOCK)
    check = _ContentCheck(entry.size, content, sink)
    behind_hash, behind_decrypt = DropBehind(mapping), DropBehind(mapping)
    with content, Sha256Behind(data, lambda n: behind_hash.passed(start + n)) as hashing:
        # Plaintext released so far is no longer than the ciphertext read: a safe mark.
        passing = _Passing(check, lambda: behind_decrypt.passed(start + check.total))
        age.decrypt_buffer(data, identities, block=MAP_BLOCK).copy_to(passing)
        found = hashing.hexdigest(), check, content.hexdigest()
    stream.seek(0, io.SEEK_END)  # read to the end, as the streamed check leaves it
    return found


def _check_streamed(envelope_stream: BinaryIO, entry: AttachmentEntry,
                    identities: Sequence[age.IdentityLike], sink: BinaryIO) -> _Found:
    # Big attachments use both cores: a helper thread reads the envelope in big blocks
    # and hashes each as it reads it (one pass over the file), this thread decrypts, and
    # another hashes the plaintext; hashlib, ChaCha20-Poly1305 and read() release the GIL
    # (bench/bench_ingest.py --gil). Blocks are big so the threads seldom wait on each
    # other: each hand-over costs a wake-up, which a busy machine delays.
    envelope_digest = hashlib.sha256()
    read = _read_hashing(envelope_stream, envelope_digest.update)
    if entry.size >= PARALLEL_HASH_FROM:
        blocks: AbstractContextManager[Iterator[memoryview]] = ReadAhead(
            read, UNLIMITED, block=CHECK_BLOCK, depth=CHECK_DEPTH)
        content: InlineSha256 = Sha256Thread(depth=CHECK_DEPTH, block=CHECK_BLOCK)
    else:
        blocks, content = nullcontext(_inline_blocks(read)), InlineSha256()
    check = _ContentCheck(entry.size, content, sink)
    with content, blocks as stream:
        age.DecryptReader(cast(BinaryIO, ChunkReader(stream)), identities).copy_to(check)
        for _ in stream:
            pass  # age refuses trailing data; hash whatever is left regardless
        return envelope_digest.hexdigest(), check, content.hexdigest()
