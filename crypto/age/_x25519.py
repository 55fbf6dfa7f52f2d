"""The age X25519 recipient type: key strings, and wrapping the file key to a stanza.

A stanza is ``-> X25519 <ephemeral share>`` with a 32-byte body: the 16-byte file
key sealed by ChaCha20-Poly1305 (zero nonce) under
HKDF-SHA256(ikm = X25519(eph, recipient), salt = share || recipient,
info = "age-encryption.org/v1/X25519").

Unwrapping follows the Go reference: stanzas of other types are skipped; an X25519
stanza with other than exactly one argument, a share that is not canonical base64
of 32 bytes, a share that yields the all-zero shared secret, or a body that is not
32 bytes is a HeaderError; a body that fails authentication just means "not for
this identity".
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from satchel.crypto.age import _bech32
from satchel.crypto.age._errors import HeaderError, KeyFormatError
from satchel.crypto.age._header import Stanza, b64decode, b64encode

STANZA_TYPE = "X25519"
FILE_KEY_SIZE = 16
_KEY_SIZE = 32
_LABEL = b"age-encryption.org/v1/X25519"
_RECIPIENT_HRP = "age"
_IDENTITY_HRP = "AGE-SECRET-KEY-"
_ZERO_NONCE = bytes(12)


def _wrapping_key(shared: bytes, share: bytes, recipient: bytes) -> ChaCha20Poly1305:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=share + recipient, info=_LABEL)
    return ChaCha20Poly1305(key.derive(shared))


def _decode_key(text: str, hrp: str, what: str) -> bytes:
    try:
        got_hrp, data = _bech32.decode(text)
    except ValueError as e:
        raise KeyFormatError(f"malformed age {what}: {e}") from None
    if got_hrp != hrp or len(data) != _KEY_SIZE:
        raise KeyFormatError(f"not an age X25519 {what} (expected {hrp}1...)")
    return data


@functools.lru_cache(maxsize=4096)
def _decode_recipient(text: str) -> bytes:
    # Public keys only (never identities: a cache must not keep secrets alive). The same
    # few coalition recipients are parsed for every manifest a desk verifies.
    return _decode_key(text, _RECIPIENT_HRP, "recipient")


class X25519Recipient:
    """A public key that files can be encrypted to (``age1...``)."""

    def __init__(self, public: bytes) -> None:
        if len(public) != _KEY_SIZE:
            raise KeyFormatError("an X25519 public key is 32 bytes")
        self.public = bytes(public)

    @classmethod
    def parse(cls, text: str) -> X25519Recipient:
        return cls(_decode_recipient(text))

    def __str__(self) -> str:
        return _bech32.encode(_RECIPIENT_HRP, self.public)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other.public == self.public

    def __hash__(self) -> int:
        return hash(self.public)

    def wrap(self, file_key: bytes, *, ephemeral_secret: bytes | None = None) -> Stanza:
        """Seal ``file_key`` to this recipient; ``ephemeral_secret`` is a seam for vectors."""
        if len(file_key) != FILE_KEY_SIZE:
            raise ValueError("an age file key is 16 bytes")
        secret = os.urandom(_KEY_SIZE) if ephemeral_secret is None else ephemeral_secret
        eph = X25519PrivateKey.from_private_bytes(secret)
        share = eph.public_key().public_bytes_raw()
        try:
            shared = eph.exchange(X25519PublicKey.from_public_bytes(self.public))
        except ValueError:
            raise KeyFormatError("the age recipient is a low-order point") from None
        body = _wrapping_key(shared, share, self.public).encrypt(_ZERO_NONCE, file_key, None)
        return Stanza(STANZA_TYPE, (b64encode(share).decode("ascii"),), body)


class X25519Identity:
    """A secret key that opens files encrypted to its recipient (``AGE-SECRET-KEY-1...``)."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) != _KEY_SIZE:
            raise KeyFormatError("an X25519 secret key is 32 bytes")
        self._secret = bytes(secret)
        self._key = X25519PrivateKey.from_private_bytes(self._secret)
        self.recipient = X25519Recipient(self._key.public_key().public_bytes_raw())

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(_KEY_SIZE))

    @classmethod
    def parse(cls, text: str) -> X25519Identity:
        return cls(_decode_key(text, _IDENTITY_HRP, "identity"))

    def __str__(self) -> str:
        return _bech32.encode(_IDENTITY_HRP, self._secret)

    def __repr__(self) -> str:
        # Never print the secret, even in a traceback.
        return f"X25519Identity(recipient={self.recipient})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """The file key from the first stanza addressed to this identity, or None."""
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            file_key = self._unwrap_one(stanza)
            if file_key is not None:
                return file_key
        return None

    def _unwrap_one(self, stanza: Stanza) -> bytes | None:
        if len(stanza.args) != 1:
            raise HeaderError("an X25519 stanza must have exactly one argument")
        share = b64decode(stanza.args[0].encode("ascii"))
        if len(share) != _KEY_SIZE:
            raise HeaderError("an X25519 stanza share must be 32 bytes")
        try:
            shared = self._key.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:
            raise HeaderError("an X25519 stanza share is a low-order point") from None
        if len(stanza.body) != FILE_KEY_SIZE + 16:
            raise HeaderError("an X25519 stanza body must hold a 16-byte file key")
        aead = _wrapping_key(shared, share, self.recipient.public)
        try:
            return aead.decrypt(_ZERO_NONCE, stanza.body, None)
        except InvalidTag:
            return None
