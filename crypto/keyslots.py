"""Passphrase key slots: passphrase -> Argon2id -> key-encryption key -> master key.

A key-slot file holds exactly `SLOT_COUNT` slots of identical size. A slot in use wraps a
random 32-byte master key together with a kind byte (normal or duress) under
XChaCha20-Poly1305, keyed by Argon2id of the passphrase with the salt and limits stored in
that slot. A slot not in use is random bytes (with the limits of a slot in use copied in),
so nobody holding the file can tell whether a duress slot exists. Changing a passphrase
rewraps the master key; destroying the slots destroys every copy of the master key, which
is how a panic wipe crypto-shreds the vault in an instant.

`unlock` runs the KDF and the AEAD for every slot every time, so neither the result nor the
time taken says which slot matched. It costs `SLOT_COUNT` Argon2id runs: calibrate with that
in mind. Byte layout: docs/spec.md ("Key slots"); vectors: tests/vectors/keyslots.json.
Sub-keys (database key, blob keys) come from the master key through `derive_subkey`.
"""

from __future__ import annotations

import enum
import re
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from os import urandom

import nacl.bindings
import nacl.exceptions
import nacl.pwhash.argon2id
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from satchel.crypto.errors import CryptoError, IntegrityError, WrongPassphraseError

MAGIC = b"SATCHEL-KEYSLOTS"
VERSION = 1
SLOT_COUNT = 2
MASTER_KEY_SIZE = 32
SALT_SIZE = 16
NONCE_SIZE = 24
TAG_SIZE = 16
PARAMS_SIZE = 12  # opslimit u32be || memlimit u64be
SLOT_SIZE = PARAMS_SIZE + SALT_SIZE + NONCE_SIZE + 1 + MASTER_KEY_SIZE + TAG_SIZE
_PREFIX_SIZE = len(MAGIC) + 2
FILE_SIZE = _PREFIX_SIZE + SLOT_COUNT * SLOT_SIZE

# Bounds on the limits a file may ask for: libsodium's minimum, and ceilings that keep a
# hostile key-slot file from hanging the app for hours or asking for terabytes.
OPSLIMIT_MIN = nacl.pwhash.argon2id.OPSLIMIT_MIN
OPSLIMIT_MAX = 1024
MEMLIMIT_MIN = nacl.pwhash.argon2id.MEMLIMIT_MIN
MEMLIMIT_MAX = 4 << 30
_LABEL_RE = re.compile(r"[a-z0-9][a-z0-9./-]{0,63}")


class SlotKind(enum.IntEnum):
    NORMAL = 1
    DURESS = 2


@dataclass(frozen=True, kw_only=True)
class KdfParams:
    """Argon2id limits, always passed to libsodium explicitly and stored in every slot.

    opslimit is the number of passes, memlimit the memory in bytes (a multiple of 1024).
    """

    opslimit: int
    memlimit: int

    def __post_init__(self) -> None:
        for name, value, low, high in (
            ("opslimit", self.opslimit, OPSLIMIT_MIN, OPSLIMIT_MAX),
            ("memlimit", self.memlimit, MEMLIMIT_MIN, MEMLIMIT_MAX),
        ):
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"{name} must be an int")
            if not low <= value <= high:
                raise ValueError(f"{name} must be between {low} and {high}, not {value}")
        if self.memlimit % 1024:
            raise ValueError("memlimit must be a multiple of 1024 bytes")

    @classmethod
    def insecure_for_tests(cls) -> KdfParams:
        """libsodium's minimum (1 pass, 8 KiB): instant and offers no protection at all.
        Only for tests and test vectors; never for a real vault or key file."""
        return cls(opslimit=OPSLIMIT_MIN, memlimit=MEMLIMIT_MIN)


def calibrate(target_seconds: float = 0.75, memlimit: int = 256 << 20) -> KdfParams:
    """Limits for which one Argon2id run takes about `target_seconds` on this machine.

    Memory is fixed (memory hardness is what hurts attackers most); the number of passes is
    scaled from one timed single-pass run, and is never below 1.
    """
    probe = KdfParams(opslimit=1, memlimit=memlimit)
    start = time.perf_counter()
    derive_kek(b"calibration", bytes(SALT_SIZE), probe)
    elapsed = max(time.perf_counter() - start, 1e-6)
    passes = int(target_seconds / elapsed)
    return KdfParams(opslimit=min(max(passes, 1), OPSLIMIT_MAX), memlimit=memlimit)


def derive_kek(passphrase: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id (v1.3) -> 32-byte key-encryption key."""
    try:
        return nacl.bindings.crypto_pwhash_alg(
            32, passphrase, salt, params.opslimit, params.memlimit, nacl.pwhash.argon2id.ALG
        )
    except nacl.exceptions.RuntimeError:
        raise CryptoError(
            f"Argon2id could not get {params.memlimit >> 20} MiB of memory; close other "
            "programs and try again."
        ) from None


def aead_seal(key: bytes, nonce: bytes, plaintext: bytes, ad: bytes) -> bytes:
    return nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, ad, nonce, key)


def aead_open(key: bytes, nonce: bytes, ciphertext: bytes, ad: bytes) -> bytes:
    """XChaCha20-Poly1305 open; WrongPassphraseError when the tag does not verify (under a
    passphrase-derived key that is what a wrong passphrase looks like)."""
    try:
        return nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, ad, nonce, key)
    except nacl.exceptions.CryptoError:
        raise WrongPassphraseError("The passphrase is wrong.") from None


def pack_params(params: KdfParams) -> bytes:
    return struct.pack(">IQ", params.opslimit, params.memlimit)


def unpack_params(data: bytes, what: str) -> KdfParams:
    opslimit, memlimit = struct.unpack(">IQ", data)
    try:
        return KdfParams(opslimit=opslimit, memlimit=memlimit)
    except ValueError:
        raise IntegrityError(what) from None


def derive_subkey(master_key: bytes, label: str, length: int = 32) -> bytes:
    """HKDF-SHA256(master, info=b"satchel/v1/subkey/" + label): one key per purpose."""
    if not _LABEL_RE.fullmatch(label):
        raise ValueError(f"sub-key label {label!r} is not a short lowercase name")
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=length,
        salt=None,
        info=b"satchel/v1/subkey/" + label.encode("ascii"),
    )
    return hkdf.derive(master_key)


@dataclass(frozen=True)
class UnlockedSlot:
    kind: SlotKind
    master_key: bytes = field(repr=False)
    index: int


class KeySlots:
    """The slots of one key-slot file. Mutable: `set_slot`/`destroy_slot`, then `serialize`."""

    def __init__(self, slots: list[bytes]) -> None:
        if len(slots) != SLOT_COUNT or any(len(s) != SLOT_SIZE for s in slots):
            raise ValueError("wrong number or size of key slots")
        self._slots = list(slots)

    @classmethod
    def create(
        cls,
        passphrase: bytes,
        master_key: bytes,
        params: KdfParams,
        *,
        kind: SlotKind = SlotKind.NORMAL,
        randbytes: Callable[[int], bytes] = urandom,
    ) -> KeySlots:
        """Slot 0 wraps `master_key` under `passphrase`; the others are random."""
        first = _wrap(0, passphrase, master_key, kind, params, randbytes=randbytes)
        rest = [_random_slot(params, randbytes) for _ in range(1, SLOT_COUNT)]
        return cls([first, *rest])

    @classmethod
    def parse(cls, data: bytes) -> KeySlots:
        if len(data) != FILE_SIZE or data[:_PREFIX_SIZE] != _prefix():
            raise IntegrityError("key slots")
        slots = [
            data[_PREFIX_SIZE + i * SLOT_SIZE : _PREFIX_SIZE + (i + 1) * SLOT_SIZE]
            for i in range(SLOT_COUNT)
        ]
        for slot in slots:
            unpack_params(slot[:PARAMS_SIZE], "key slots")
        return cls(slots)

    def serialize(self) -> bytes:
        return _prefix() + b"".join(self._slots)

    def params(self, index: int) -> KdfParams:
        return unpack_params(self._slots[index][:PARAMS_SIZE], "key slots")

    def unlock(self, passphrase: bytes) -> UnlockedSlot:
        """The first slot `passphrase` opens; WrongPassphraseError if it opens none.

        Every slot is tried, whatever the outcome, so timing does not tell which matched.
        """
        found: list[UnlockedSlot] = []
        for index, slot in enumerate(self._slots):
            opened = _try_unwrap(index, slot, passphrase)
            if opened is not None:
                found.append(opened)
        if not found:
            raise WrongPassphraseError("The passphrase is wrong.")
        return found[0]

    def set_slot(
        self,
        index: int,
        passphrase: bytes,
        master_key: bytes,
        kind: SlotKind,
        params: KdfParams,
        *,
        randbytes: Callable[[int], bytes] = urandom,
    ) -> None:
        """Overwrite slot `index` with `master_key` wrapped under `passphrase`."""
        self._check_index(index)
        self._slots[index] = _wrap(
            index, passphrase, master_key, kind, params, randbytes=randbytes
        )

    def destroy_slot(self, index: int, *, randbytes: Callable[[int], bytes] = urandom) -> None:
        """Replace slot `index` with random bytes (keeping its limits, so it looks alike)."""
        self._check_index(index)
        self._slots[index] = _random_slot(self.params(index), randbytes)

    def _check_index(self, index: int) -> None:
        if not 0 <= index < SLOT_COUNT:
            raise ValueError(f"slot index must be 0..{SLOT_COUNT - 1}")


def _prefix() -> bytes:
    return MAGIC + bytes([VERSION, SLOT_COUNT])


def _slot_ad(index: int, slot_header: bytes) -> bytes:
    # Binds the file version, the slot position and the slot's limits, salt and nonce.
    return _prefix() + bytes([index]) + slot_header


def _wrap(
    index: int,
    passphrase: bytes,
    master_key: bytes,
    kind: SlotKind,
    params: KdfParams,
    *,
    randbytes: Callable[[int], bytes],
) -> bytes:
    if len(master_key) != MASTER_KEY_SIZE:
        raise ValueError("the master key is exactly 32 bytes")
    salt = randbytes(SALT_SIZE)
    nonce = randbytes(NONCE_SIZE)
    header = pack_params(params) + salt + nonce
    kek = derive_kek(passphrase, salt, params)
    plaintext = bytes([SlotKind(kind)]) + master_key
    return header + aead_seal(kek, nonce, plaintext, _slot_ad(index, header))


def _random_slot(params: KdfParams, randbytes: Callable[[int], bytes]) -> bytes:
    return pack_params(params) + randbytes(SLOT_SIZE - PARAMS_SIZE)


def _try_unwrap(index: int, slot: bytes, passphrase: bytes) -> UnlockedSlot | None:
    header = slot[: PARAMS_SIZE + SALT_SIZE + NONCE_SIZE]
    params = unpack_params(slot[:PARAMS_SIZE], "key slots")
    salt = slot[PARAMS_SIZE : PARAMS_SIZE + SALT_SIZE]
    nonce = slot[PARAMS_SIZE + SALT_SIZE : len(header)]
    kek = derive_kek(passphrase, salt, params)
    try:
        plaintext = aead_open(kek, nonce, slot[len(header) :], _slot_ad(index, header))
    except WrongPassphraseError:
        return None
    if plaintext[0] not in (SlotKind.NORMAL, SlotKind.DURESS):
        # Authentic but of a kind this version does not know: refuse rather than guess.
        raise IntegrityError("key slot kind")
    return UnlockedSlot(SlotKind(plaintext[0]), plaintext[1:], index)
