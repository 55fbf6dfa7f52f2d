"""Secrets in buffers we own: Argon2id and XChaCha20-Poly1305 into bytearrays, and zeroing.

PyNaCl's high-level bindings return immutable `bytes`, which Python never wipes: a master
key unwrapped that way stays on the heap until the memory is reused. These helpers call
the same libsodium functions through PyNaCl's cffi module, writing into a `bytearray` the
caller owns and zeroes with `zero`. `burn` overwrites an immutable bytes/str in place: it
is for the few copies an outside API forces on us (HKDF output, the SQLCipher key
statement) and refuses any object someone else may share. What Python still cannot
promise is written in docs/threat-model.md ("Keys in memory").
"""

from __future__ import annotations

import ctypes
import sys

from nacl._sodium import ffi, lib  # type: ignore[import-not-found]  # PyNaCl's cffi module

_ABYTES = 16
_BYTES_DATA = sys.getsizeof(b"") - 1  # offset of ob_sval in a bytes object
_STR_DATA = sys.getsizeof("") - 1  # offset of the data of a compact ASCII str


def zero(buf: bytearray) -> None:
    """Overwrite `buf` with zeros (libsodium's memzero, which the compiler cannot elide)."""
    if buf:
        lib.sodium_memzero(ffi.from_buffer(buf), len(buf))


def pwhash_into(passphrase: bytes, salt: bytes, opslimit: int, memlimit: int) -> bytearray | None:
    """Argon2id v1.3 -> 32 bytes in a new bytearray; None if libsodium refuses (memory)."""
    out = bytearray(32)
    rc = lib.crypto_pwhash(
        ffi.from_buffer(out), len(out), passphrase, len(passphrase), salt,
        opslimit, memlimit, lib.crypto_pwhash_alg_argon2id13(),
    )
    if rc != 0:
        zero(out)
        return None
    return out


def aead_seal(key: bytes | bytearray, nonce: bytes, plaintext: bytes | bytearray,
              ad: bytes) -> bytes:
    """XChaCha20-Poly1305-IETF; key and plaintext may be buffers we own."""
    out = bytearray(len(plaintext) + _ABYTES)
    clen = ffi.new("unsigned long long *")
    lib.crypto_aead_xchacha20poly1305_ietf_encrypt(
        ffi.from_buffer(out), clen, ffi.from_buffer(plaintext), len(plaintext), ad, len(ad),
        ffi.NULL, nonce, ffi.from_buffer(key),
    )
    return bytes(out)  # ciphertext is not secret


def aead_open_into(key: bytes | bytearray, nonce: bytes, ciphertext: bytes,
                   ad: bytes) -> bytearray | None:
    """Open into a new bytearray; None when the tag does not verify."""
    if len(ciphertext) < _ABYTES:
        return None
    out = bytearray(len(ciphertext) - _ABYTES)
    mlen = ffi.new("unsigned long long *")
    rc = lib.crypto_aead_xchacha20poly1305_ietf_decrypt(
        ffi.from_buffer(out), mlen, ffi.NULL, ciphertext, len(ciphertext), ad, len(ad),
        nonce, ffi.from_buffer(key),
    )
    if rc != 0:
        zero(out)
        return None
    return out


def burn(value: bytes | str) -> None:
    """Overwrite an immutable bytes or ASCII str that only the caller holds.

    Best effort by design: anything interned, shared or not plain ASCII is left alone
    (changing a shared object would corrupt other code), and copies Python made earlier
    are out of reach.
    """
    # getrefcount sees the caller's name, this argument and its own argument.
    if len(value) < 16 or sys.getrefcount(value) > 3:
        return
    if type(value) is bytes:
        ctypes.memset(id(value) + _BYTES_DATA, 0, len(value))
    elif type(value) is str and value.isascii():
        ctypes.memset(id(value) + _STR_DATA, 0x30, len(value))  # "0"s keep it valid ASCII
