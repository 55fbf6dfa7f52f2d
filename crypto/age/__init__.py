"""age v1 file encryption (C2SP age), X25519 recipients only.

Use ``encrypt(src, dst, recipients)`` and ``decrypt(src, dst, identities)`` on
binary streams; recipients are ``age1...`` strings, identities
``AGE-SECRET-KEY-1...`` strings (or the parsed X25519Recipient / X25519Identity).
Both stream in bounded memory (about 2 MiB) whatever the size. The files are plain
age v1: ``age -d -i`` opens what ``encrypt`` writes, and ``decrypt`` opens what
``age -r`` writes.

Guarantees:
- decrypt never releases unauthenticated plaintext. Bytes reach ``dst`` (or a
  DecryptReader's caller) only after their 64 KiB chunk authenticated; if a later
  chunk fails, what was released is exactly the authenticated prefix and
  PayloadError is raised. Callers that must not act on a partial file should
  decrypt into a buffer or vault they can discard on error.
- Errors are typed and mirror the C2SP testkit outcomes: HeaderError (malformed
  header), NoIdentityMatchError (no identity opens any stanza), HMACError (header
  tampered), PayloadError (payload tampered, truncated or extended). The first
  three are raised before any plaintext is released.
- Parsing is as strict as the Go reference; see docs/spec.md section 11 for what is refused.

Seams for fixed vectors: a ``Seams`` (``file_key``, ``nonce``, ``ephemeral_secrets``)
passed as the keyword-only ``seams``; left out, each is fresh randomness. Never pass one
outside tests.

Not implemented: scrypt (passphrase) and post-quantum hybrid recipients, SSH keys,
plugins and ASCII armor. Stanzas of other types are skipped when decrypting.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, cast

from satchel.crypto.age._errors import (
    HeaderError,
    HMACError,
    KeyFormatError,
    NoIdentityMatchError,
    PayloadError,
)
from satchel.crypto.age._header import Header, Stanza, read_header, serialize_header, verify_mac
from satchel.crypto.age._stream import PayloadReader, PayloadWriter
from satchel.crypto.age._x25519 import FILE_KEY_SIZE, X25519Identity, X25519Recipient

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = [
    "DecryptReader",
    "EncryptWriter",
    "HMACError",
    "Header",
    "HeaderError",
    "KeyFormatError",
    "NoIdentityMatchError",
    "PayloadError",
    "PayloadWriter",
    "Seams",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "decrypt_buffer",
    "encrypt",
    "generate_identity",
    "make_header",
    "parse_identity",
    "parse_recipient",
    "read_header",
    "rewrap_header",
    "to_recipient",
    "unwrap_file_key",
]

RecipientLike = str | X25519Recipient
IdentityLike = str | X25519Identity


def parse_recipient(s: RecipientLike) -> X25519Recipient:
    """Validate an ``age1...`` string; raise KeyFormatError if it is not one."""
    return s if isinstance(s, X25519Recipient) else X25519Recipient.parse(s)


def parse_identity(s: IdentityLike) -> X25519Identity:
    """Validate an ``AGE-SECRET-KEY-1...`` string; raise KeyFormatError if it is not one."""
    return s if isinstance(s, X25519Identity) else X25519Identity.parse(s)


def generate_identity() -> str:
    """A fresh X25519 identity as ``AGE-SECRET-KEY-1...``."""
    return str(X25519Identity.generate())


def to_recipient(identity: IdentityLike) -> str:
    """The ``age1...`` recipient that ``identity`` opens."""
    return str(parse_identity(identity).recipient)


def make_header(
    file_key: bytes,
    recipients: Sequence[RecipientLike],
    *,
    ephemeral_secrets: Sequence[bytes] | None = None,
) -> bytes:
    """The full header (MAC line and LF included) wrapping ``file_key`` to each recipient."""
    if len(file_key) != FILE_KEY_SIZE:
        raise ValueError("an age file key is 16 bytes")
    parsed = [parse_recipient(r) for r in recipients]
    if not parsed:
        raise ValueError("an age file needs at least one recipient")
    if ephemeral_secrets is not None and len(ephemeral_secrets) != len(parsed):
        raise ValueError("give one ephemeral secret per recipient")
    secrets: list[bytes | None] = (
        list(ephemeral_secrets) if ephemeral_secrets is not None else [None] * len(parsed)
    )
    stanzas = [r.wrap(file_key, ephemeral_secret=s) for r, s in zip(parsed, secrets, strict=True)]
    return serialize_header(file_key, stanzas)


def unwrap_file_key(header: Header, identities: Sequence[IdentityLike]) -> bytes:
    """The file key, after checking the header MAC with it.

    Raises HeaderError for malformed stanzas, NoIdentityMatchError if no identity
    opens any stanza, HMACError if the MAC does not match.
    """
    parsed = [parse_identity(i) for i in identities]
    if not parsed:
        raise ValueError("give at least one age identity")
    # The spec lets an scrypt stanza only stand alone; a header mixing it with others
    # is malformed whatever identities we hold (testkit: scrypt_and_x25519).
    if len(header.stanzas) > 1 and any(s.type == "scrypt" for s in header.stanzas):
        raise HeaderError("an scrypt stanza must be the only stanza of an age header")
    for identity in parsed:
        file_key = identity.unwrap(header.stanzas)
        if file_key is not None:
            verify_mac(header, file_key)
            return file_key
    raise NoIdentityMatchError()


def rewrap_header(
    header_bytes: bytes,
    identities: Sequence[IdentityLike],
    recipients: Sequence[RecipientLike],
) -> bytes:
    """A new header for the same file key, addressed to ``recipients``.

    The payload that followed the old header stays valid unchanged behind the new
    one. ``header_bytes`` must be exactly one header, nothing after it.
    """
    src = io.BytesIO(header_bytes)
    header = read_header(src)
    if src.tell() != len(header_bytes):
        raise HeaderError("unexpected bytes after the age header")
    return make_header(unwrap_file_key(header, identities), recipients)


@dataclass(frozen=True)
class Seams:
    """The randomness of one age file, fixed so that test vectors are reproducible; a
    field left None is fresh randomness. Never use outside tests."""

    file_key: bytes | None = None
    nonce: bytes | None = None
    ephemeral_secrets: Sequence[bytes] | None = None


_FRESH = Seams()


class EncryptWriter(PayloadWriter):
    """A header to ``recipients`` followed by a PayloadWriter: write plaintext, then close."""

    def __init__(
        self, dst: BinaryIO, recipients: Sequence[RecipientLike], *, seams: Seams = _FRESH
    ) -> None:
        key = os.urandom(FILE_KEY_SIZE) if seams.file_key is None else seams.file_key
        dst.write(make_header(key, recipients, ephemeral_secrets=seams.ephemeral_secrets))
        super().__init__(dst, key, seams.nonce)

    def __enter__(self) -> EncryptWriter:
        return self


class DecryptReader(PayloadReader):
    """A readable stream of the plaintext of the age file in ``src``.

    Header, identity and MAC errors are raised by the constructor; PayloadError by
    read()/readinto() once the plaintext authenticated before the failure was read.
    """

    def __init__(self, src: BinaryIO, identities: Sequence[IdentityLike]) -> None:
        self.header = read_header(src)
        super().__init__(src, unwrap_file_key(self.header, identities))

    def __enter__(self) -> DecryptReader:
        super().__enter__()
        return self


class _ViewStream(io.RawIOBase):
    """A raw stream over bytes already in memory; `pos` says how far it was read."""

    def __init__(self, data: memoryview) -> None:
        super().__init__()
        self._data, self.pos = data, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        n = min(len(view), len(self._data) - self.pos)
        view[:n] = self._data[self.pos : self.pos + n]
        self.pos += n
        return n


def decrypt_buffer(data: memoryview, identities: Sequence[IdentityLike], *,
                   block: int) -> DecryptReader:
    """A DecryptReader over an age file already in memory (a mapped file): the payload's
    chunks are opened straight from `data`, `block` bytes of plaintext per batch, never
    copied into the reader first. Same checks and errors as over a stream."""
    src = _ViewStream(data)
    reader = DecryptReader(cast(BinaryIO, src), identities)
    reader.read_rest_from(data[src.pos :], block)
    return reader


def encrypt(
    src: BinaryIO, dst: BinaryIO, recipients: Sequence[RecipientLike], *, seams: Seams = _FRESH
) -> None:
    """Encrypt all of ``src`` to ``recipients`` as an age v1 file written to ``dst``."""
    writer = EncryptWriter(dst, recipients, seams=seams)
    writer.write_from(src)
    writer.close()


def decrypt(src: BinaryIO, dst: BinaryIO, identities: Sequence[IdentityLike]) -> int:
    """Decrypt the age file in ``src`` into ``dst``; return the plaintext bytes written."""
    reader = DecryptReader(src, identities)
    return reader.copy_to(dst)
