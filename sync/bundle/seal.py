"""How a payload (an index document or an envelope part) becomes the bytes of a stick file.

Without a transport passphrase a data file is the payload followed by random padding up
to padme(len); the index is INDEX_MAGIC, a u64 length, the document and random padding.
With a passphrase, Argon2id (fixed parameters, see KDF_*) turns the passphrase and a
16-byte random salt, stored as the first bytes of the index file, into two keys; every
file's padded payload is then a libsodium secretstream (XChaCha20-Poly1305) in
CHUNK-byte chunks, padded with zeros inside the encryption, so every byte on the stick
is indistinguishable from random. Memory is bounded by one chunk on both sides.
Layouts: docs/spec.md section 12.
"""

from __future__ import annotations

import io
import os
import struct
from typing import BinaryIO, Protocol

import nacl.bindings as sodium
import nacl.exceptions
import nacl.pwhash
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from satchel.client.blockio import readinto_exact
from satchel.crypto.padding import padme
from satchel.sync.bundle.format import BundlePassphraseError, BundleReadError

INDEX_MAGIC = b"satchel-bundle-index-v1\n"
SALT_LEN = 16
CHUNK = 256 << 10
HEADER_LEN = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
TAG_LEN = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
KDF_OPSLIMIT = 3  # libsodium's MODERATE Argon2id limits, fixed by format version 1
KDF_MEMLIMIT = 256 << 20
AD_INDEX = b"satchel-bundle/1 index"
AD_DATA = b"satchel-bundle/1 data"
_LEN = struct.Struct(">Q")


class TransportKeys:
    """The two keys one passphrase and salt give: one for the index, one for data files."""

    def __init__(self, passphrase: bytes, salt: bytes) -> None:
        if not passphrase:
            raise BundlePassphraseError("The transport passphrase is empty: give a real one.")
        okm = nacl.pwhash.argon2id.kdf(64, passphrase, salt, opslimit=KDF_OPSLIMIT,
                                       memlimit=KDF_MEMLIMIT)
        self.salt = salt
        self.index_key = okm[:32]
        self.data_key = okm[32:]


def sealed_size(payload_len: int, sealed: bool) -> int:
    """The stick length of a data file whose true payload is payload_len bytes."""
    padded = padme(payload_len)
    if not sealed:
        return padded
    return HEADER_LEN + padded + TAG_LEN * max(1, -(-padded // CHUNK))


class ByteSink(Protocol):
    """Where a PayloadWriter puts its bytes: a binary file, or a wrapper around one."""

    def write(self, data: bytes | bytearray | memoryview, /) -> int: ...


class PadSource:
    """Fast random padding: a ChaCha20 keystream under a fresh random key."""

    def __init__(self) -> None:
        cipher = Cipher(algorithms.ChaCha20(os.urandom(32), os.urandom(16)), mode=None)
        self._enc = cipher.encryptor()

    def take(self, n: int) -> bytes:
        return self._enc.update(bytes(n))


class PayloadWriter:
    """Writes one file's payload, then its padding; seals it if given a key."""

    def __init__(self, f: ByteSink, key: bytes | None, ad: bytes) -> None:
        self._f = f
        self._ad = ad
        self._written = 0
        self._buf = bytearray()
        self._state: sodium.crypto_secretstream_xchacha20poly1305_state | None = None
        if key is not None:
            self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
            f.write(sodium.crypto_secretstream_xchacha20poly1305_init_push(self._state, key))

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self._written += len(data)
        if self._state is None:
            self._f.write(data)
            return
        # Keep at least one byte back so the last chunk can carry the FINAL tag; whole
        # chunks go straight from `data`, so large writes are not copied through _buf.
        view = memoryview(data)
        if self._buf and len(self._buf) + len(view) > CHUNK:
            take = CHUNK - len(self._buf)
            self._buf += view[:take]
            view = view[take:]
            self._push(bytes(self._buf), 0)
            self._buf.clear()
        while len(view) > CHUNK:
            self._push(bytes(view[:CHUNK]), 0)
            view = view[CHUNK:]
        self._buf += view

    def finish(self) -> None:
        """Pad to padme(payload length) and close the stream."""
        pad = padme(self._written) - self._written
        if self._state is None:
            source = PadSource()
            while pad:
                step = min(pad, 1 << 20)
                self._f.write(source.take(step))
                pad -= step
            return
        while pad:
            step = min(pad, CHUNK)
            self.write(bytes(step))
            pad -= step
        self._push(bytes(self._buf), TAG_FINAL)
        self._buf.clear()

    def _push(self, chunk: bytes, tag: int) -> None:
        assert self._state is not None
        self._f.write(sodium.crypto_secretstream_xchacha20poly1305_push(
            self._state, chunk, self._ad, tag))


class PayloadReader:
    """Reads a data file's true bytes (at most `size`), opening the seal if keyed.

    Raises ValueError on a chunk that does not authenticate; callers turn it into a
    per-entry failure. Reading stops at `size` bytes: the padding is never needed.
    """

    def __init__(self, f: BinaryIO, key: bytes | None, size: int) -> None:
        self._f = f
        self._left = size
        self._buf = memoryview(b"")
        self._state: sodium.crypto_secretstream_xchacha20poly1305_state | None = None
        if key is not None:
            header = f.read(HEADER_LEN)
            if len(header) != HEADER_LEN:
                raise ValueError("the sealed file is truncated")
            self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
            sodium.crypto_secretstream_xchacha20poly1305_init_pull(self._state, header, key)

    def readinto(self, view: memoryview) -> int:
        """Fill view with true bytes; fewer only at `size`, or where the data ends early."""
        want = min(len(view), self._left)
        if self._state is None:
            got = readinto_exact(self._f, view[:want])
        else:
            got = 0
            while got < want:
                if not self._buf:
                    self._buf = memoryview(self._pull())
                    if not self._buf:
                        break
                take = min(want - got, len(self._buf))
                view[got:got + take] = self._buf[:take]
                self._buf = self._buf[take:]
                got += take
        self._left -= got
        return got

    def _pull(self) -> bytes:
        assert self._state is not None
        c = self._f.read(CHUNK + TAG_LEN)
        if not c:
            return b""
        try:
            m, _tag = sodium.crypto_secretstream_xchacha20poly1305_pull(self._state, c, AD_DATA)
        except nacl.exceptions.CryptoError as e:
            raise ValueError("a sealed chunk does not authenticate") from e
        return bytes(m)


def encode_index_file(doc: bytes, keys: TransportKeys | None) -> bytes:
    """The complete bytes of index.sat for the index document `doc`."""
    sink = io.BytesIO()
    if keys is not None:
        sink.write(keys.salt)
    writer = PayloadWriter(sink, keys.index_key if keys else None, AD_INDEX)
    writer.write(INDEX_MAGIC + _LEN.pack(len(doc)) + doc)
    writer.finish()
    return sink.getvalue()


def index_is_plain(data: bytes) -> bool:
    return data.startswith(INDEX_MAGIC)


def index_salt(data: bytes) -> bytes:
    if len(data) < SALT_LEN + HEADER_LEN + TAG_LEN:
        raise BundleReadError("The bundle index is truncated: export the bundle again.")
    return data[:SALT_LEN]


def decode_index_file(data: bytes, keys: TransportKeys | None) -> bytes:
    """The index document inside index.sat; raises BundleReadError/BundlePassphraseError."""
    if index_is_plain(data):
        body = data
    elif keys is None:
        raise BundlePassphraseError(
            "This bundle is protected by a transport passphrase (or its index is damaged): "
            "give the transport passphrase.")
    else:
        body = _open_index(data, keys)
    damaged = BundleReadError("The bundle index is damaged: export the bundle again.")
    if not index_is_plain(body) or len(body) < len(INDEX_MAGIC) + _LEN.size:
        raise damaged
    (n,) = _LEN.unpack_from(body, len(INDEX_MAGIC))
    start = len(INDEX_MAGIC) + _LEN.size
    if start + n > len(body):
        raise damaged
    return body[start:start + n]


def _open_index(data: bytes, keys: TransportKeys) -> bytes:
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    pos = SALT_LEN + HEADER_LEN
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(
        state, data[SALT_LEN:pos], keys.index_key)
    out: list[bytes] = []
    tag = 0
    while pos < len(data) and tag != TAG_FINAL:
        c = data[pos:pos + CHUNK + TAG_LEN]
        try:
            m, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, c, AD_INDEX)
        except nacl.exceptions.CryptoError:
            if not out:
                raise BundlePassphraseError(
                    "The transport passphrase is wrong (or the bundle index is damaged): "
                    "try again.") from None
            raise BundleReadError("The bundle index is damaged: export it again.") from None
        out.append(bytes(m))
        pos += len(c)
    if tag != TAG_FINAL or pos != len(data):
        raise BundleReadError("The bundle index is truncated or damaged: export it again.")
    return b"".join(out)
