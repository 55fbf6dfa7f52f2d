"""Ed25519 signing keys with domain separation, their text form, fingerprints, and the
passphrase-protected secret file that holds the coalition root key.

Every signature in Satchel is over ``b"satchel/v1/" + context + b"\\x00" + message``, so a
signature made for one purpose (a receipt) can never be replayed as another (a directory).
Contexts are short lowercase ASCII names; see docs/spec.md for the list.

Public keys travel as ``ed25519:`` + base64url without padding of the 32 raw bytes.
People compare keys by `fingerprint`: 160 bits of SHA-256 in eight groups of four base32
characters, the same string on every screen and in every printout.

`seal_secret` / `open_secret` protect a small secret (the root key's seed) under a
passphrase with the same Argon2id + XChaCha20-Poly1305 construction as the vault's key
slots; the file layout is in docs/spec.md ("Root key file").
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import re
import struct
from collections.abc import Callable
from os import urandom

import nacl.bindings as sodium
import nacl.exceptions
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from satchel.crypto.ed25519_point import is_acceptable_public_key
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keyslots import (
    KdfParams,
    aead_open,
    aead_seal,
    derive_kek,
    pack_params,
    unpack_params,
)

SIGNATURE_SIZE = 64
KEY_PREFIX = "ed25519:"
_CONTEXT_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_FINGERPRINT_LABEL = b"satchel/v1/fingerprint\x00"
_B64URL_RE = re.compile(r"[A-Za-z0-9_-]*")

SECRET_MAGIC = b"SATCHEL-SECRET/1"
_SALT_SIZE = 16
_NONCE_SIZE = 24
_TAG_SIZE = 16


def b64url(data: bytes) -> str:
    """base64url without padding: the one text form of bytes in Satchel documents."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str, what: str) -> bytes:
    """Strict inverse of `b64url`: refuses padding, other alphabets and non-zero spare bits,
    so every byte string has exactly one accepted text form."""
    if not isinstance(text, str) or not _B64URL_RE.fullmatch(text) or len(text) % 4 == 1:
        raise IntegrityError(what)
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise IntegrityError(what) from None
    if b64url(raw) != text:
        raise IntegrityError(what)
    return raw


def signed_message(context: str, message: bytes) -> bytes:
    """The bytes an Ed25519 signature actually covers (domain separation)."""
    if not _CONTEXT_RE.fullmatch(context):
        raise ValueError(f"signature context {context!r} is not a short lowercase name")
    return b"satchel/v1/" + context.encode("ascii") + b"\x00" + message


class VerifyKey:
    """An Ed25519 public key. Compares and hashes by its raw bytes."""

    __slots__ = ("_key", "_raw")

    def __init__(self, key: Ed25519PublicKey) -> None:
        self._key = key
        self._raw = key.public_bytes(Encoding.Raw, PublicFormat.Raw)

    @classmethod
    def from_raw(cls, raw: bytes) -> VerifyKey:
        # Every key Satchel parses (device, desk, root, inbox) comes through here: refuse
        # small-order and non-canonical points, against which forged signatures verify.
        if not isinstance(raw, bytes) or not is_acceptable_public_key(raw):
            raise IntegrityError("ed25519 public key")
        try:
            return cls(Ed25519PublicKey.from_public_bytes(raw))
        except ValueError:
            raise IntegrityError("ed25519 public key") from None

    @classmethod
    def from_text(cls, text: str) -> VerifyKey:
        if not isinstance(text, str) or not text.startswith(KEY_PREFIX):
            raise IntegrityError("ed25519 public key")
        return _verify_key_from_text(text)

    @property
    def raw(self) -> bytes:
        return self._raw

    @property
    def text(self) -> str:
        return KEY_PREFIX + b64url(self._raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self._raw)

    def verify(self, context: str, message: bytes, signature: bytes) -> None:
        """Raise IntegrityError("signature") unless `signature` is ours over `message`."""
        if len(signature) != SIGNATURE_SIZE:
            raise IntegrityError("signature")
        # libsodium, not OpenSSL: about 1.5x faster per verify (desk verify does one per
        # submission), and stricter only on signatures no honest signer makes (small-order
        # R, non-canonical S).
        try:
            sodium.crypto_sign_open(signature + signed_message(context, message), self._raw)
        except nacl.exceptions.BadSignatureError:
            raise IntegrityError("signature") from None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VerifyKey) and other._raw == self._raw

    def __hash__(self) -> int:
        return hash(self._raw)

    def __repr__(self) -> str:
        return f"VerifyKey({self.text!r})"


@functools.lru_cache(maxsize=4096)
def _verify_key_from_text(text: str) -> VerifyKey:
    # Public keys only: a desk checks the same few device and inbox keys thousands of
    # times; VerifyKey is immutable, so sharing one instance is safe.
    return VerifyKey.from_raw(unb64url(text[len(KEY_PREFIX) :], "ed25519 public key"))


class SigningKey:
    """An Ed25519 private key. `seed` is the 32-byte secret; keep it in the vault."""

    __slots__ = ("_key",)

    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_seed(cls, seed: bytes) -> SigningKey:
        if not isinstance(seed, bytes) or len(seed) != 32:
            raise ValueError("an Ed25519 seed is exactly 32 bytes")
        return cls(Ed25519PrivateKey.from_private_bytes(seed))

    @property
    def seed(self) -> bytes:
        return self._key.private_bytes_raw()

    @property
    def public(self) -> VerifyKey:
        return VerifyKey(self._key.public_key())

    def sign(self, context: str, message: bytes) -> bytes:
        return self._key.sign(signed_message(context, message))

    def __repr__(self) -> str:
        return f"SigningKey(public={self.public.text!r})"


@functools.lru_cache(maxsize=4096)
def fingerprint(public_raw: bytes) -> str:
    """SHA-256(label || key), first 20 bytes, base32: 'ABCD EFGH ...' (8 groups of 4)."""
    # Cached: public keys only, and a desk names the same few devices in every submission.
    digest = hashlib.sha256(_FINGERPRINT_LABEL + public_raw).digest()[:20]
    text = base64.b32encode(digest).decode("ascii")
    return " ".join(text[i : i + 4] for i in range(0, 32, 4))


def seal_secret(
    secret: bytes,
    passphrase: bytes,
    params: KdfParams,
    *,
    randbytes: Callable[[int], bytes] = urandom,
) -> bytes:
    """Encrypt `secret` under `passphrase`: magic || params || salt || nonce || AEAD."""
    salt = randbytes(_SALT_SIZE)
    nonce = randbytes(_NONCE_SIZE)
    header = SECRET_MAGIC + struct.pack(">H", len(secret)) + pack_params(params) + salt + nonce
    kek = derive_kek(passphrase, salt, params)
    return header + aead_seal(kek, nonce, secret, header)


def open_secret(data: bytes, passphrase: bytes) -> bytes:
    """Inverse of `seal_secret`. IntegrityError("secret file") if malformed,
    WrongPassphraseError if the passphrase (or a tampered header) does not open it."""
    fixed = len(SECRET_MAGIC) + 2 + 12 + _SALT_SIZE + _NONCE_SIZE
    if len(data) < fixed or not data.startswith(SECRET_MAGIC):
        raise IntegrityError("secret file")
    at = len(SECRET_MAGIC)
    (length,) = struct.unpack_from(">H", data, at)
    if len(data) != fixed + length + _TAG_SIZE:
        raise IntegrityError("secret file")
    params = unpack_params(data[at + 2 : at + 14], "secret file")
    salt = data[at + 14 : at + 14 + _SALT_SIZE]
    nonce = data[at + 14 + _SALT_SIZE : fixed]
    kek = derive_kek(passphrase, salt, params)
    return aead_open(kek, nonce, data[fixed:], data[:fixed])
