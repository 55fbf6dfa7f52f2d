"""Passphrase key slots: passphrase -> Argon2id -> key-encryption key -> master key.

A key-slot file (version 2) is 220 bytes that look random: no magic, the Argon2id limits
masked, then `SLOT_COUNT` slots of identical size, then random padding. Every slot uses the
file's one set of limits. A slot in use wraps a random 32-byte master key together with a
kind byte (normal or duress) under XChaCha20-Poly1305, keyed by Argon2id of the passphrase
with the slot's salt. A slot not in use is random bytes, so nobody holding the file can
tell whether a duress slot exists. Changing a passphrase rewraps the master key;
destroying the slots destroys every copy of the master key, which is how a panic wipe
crypto-shreds the vault in an instant. Version-1 files (clear magic, limits per slot) are
still read and `migrate` turns them into version 2. The file is rewritten in place by the
client (client/vault/keyslot_file.py), never replaced by rename.

`unlock` runs the KDF and the AEAD for every slot every time, so neither the result nor the
time taken says which slot matched. It costs `SLOT_COUNT` Argon2id runs: calibrate with that
in mind. Byte layout: docs/spec.md ("Key slots"); vectors: tests/vectors/keyslots.json.
Sub-keys (database key, blob keys) come from the master key through `derive_subkey`.
"""

from __future__ import annotations

import enum
import hashlib
import re
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from os import urandom

import nacl.pwhash.argon2id
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from satchel.crypto import secretmem
from satchel.crypto.errors import CryptoError, IntegrityError, WrongPassphraseError
from satchel.crypto.secretmem import aead_open_into, burn, pwhash_into, zero

# Version 1 began with this clear prefix; version 2 files have no magic at all. The AEAD's
# associated data still starts with it (a domain label), so a version-1 slot carries over.
V1_PREFIX = b"SATCHEL-KEYSLOTS\x01\x02"
VERSION = 2
SLOT_COUNT = 2
MASTER_KEY_SIZE = 32
SALT_SIZE = 16
NONCE_SIZE = 24
TAG_SIZE = 16
PARAMS_SIZE = 12  # opslimit u32be || memlimit u64be
LIMITS_SALT_SIZE = 16
SLOT_SIZE = SALT_SIZE + NONCE_SIZE + 1 + MASTER_KEY_SIZE + TAG_SIZE
_V1_SLOT_SIZE = PARAMS_SIZE + SLOT_SIZE
_HEADER_SIZE = LIMITS_SALT_SIZE + PARAMS_SIZE
FILE_SIZE = len(V1_PREFIX) + SLOT_COUNT * _V1_SLOT_SIZE  # both versions: 220 bytes
_PAD_SIZE = FILE_SIZE - _HEADER_SIZE - SLOT_COUNT * SLOT_SIZE
_LIMITS_MASK_LABEL = b"satchel/v2/keyslots/limits"

# Bounds on the limits a file may ask for: libsodium's minimum, and ceilings that keep a
# hostile key-slot file from hanging the app or exhausting memory. calibrate() stays
# well inside them (256 MiB, a few passes); MAX_WORK caps passes x memory.
OPSLIMIT_MIN = nacl.pwhash.argon2id.OPSLIMIT_MIN
OPSLIMIT_MAX = 64
MEMLIMIT_MIN = nacl.pwhash.argon2id.MEMLIMIT_MIN
MEMLIMIT_MAX = 1 << 30
MAX_WORK = 16 << 30
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
        if self.opslimit * self.memlimit > MAX_WORK:
            raise ValueError("opslimit x memlimit is more work than any Satchel file asks for")

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
    passes = min(int(target_seconds / elapsed), OPSLIMIT_MAX, MAX_WORK // memlimit)
    return KdfParams(opslimit=max(passes, 1), memlimit=memlimit)


def derive_kek(passphrase: bytes, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id (v1.3) -> 32-byte key-encryption key, in a buffer the caller zeroes."""
    kek = pwhash_into(passphrase, salt, params.opslimit, params.memlimit)
    if kek is None:
        raise CryptoError(
            f"Argon2id could not get {params.memlimit >> 20} MiB of memory; close other "
            "programs and try again."
        )
    return kek


def aead_seal(key: bytes | bytearray, nonce: bytes, plaintext: bytes | bytearray,
              ad: bytes) -> bytes:
    return secretmem.aead_seal(key, nonce, plaintext, ad)


def aead_open(key: bytes | bytearray, nonce: bytes, ciphertext: bytes, ad: bytes) -> bytes:
    """XChaCha20-Poly1305 open; WrongPassphraseError when the tag does not verify (under a
    passphrase-derived key that is what a wrong passphrase looks like)."""
    opened = aead_open_into(key, nonce, ciphertext, ad)
    if opened is None:
        raise WrongPassphraseError("The passphrase is wrong.")
    return bytes(opened)


def pack_params(params: KdfParams) -> bytes:
    return struct.pack(">IQ", params.opslimit, params.memlimit)


def unpack_params(data: bytes, what: str) -> KdfParams:
    opslimit, memlimit = struct.unpack(">IQ", data)
    try:
        return KdfParams(opslimit=opslimit, memlimit=memlimit)
    except ValueError:
        raise IntegrityError(what) from None


def derive_subkey(master_key: bytes | bytearray, label: str, length: int = 32) -> bytes:
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


def derive_subkey_into(master_key: bytearray, label: str) -> bytearray:
    """`derive_subkey` into a buffer the caller zeroes; the library's bytes copy is burnt."""
    derived = derive_subkey(master_key, label)
    out = bytearray(derived)
    burn(derived)
    return out


@dataclass(eq=False)
class UnlockedSlot:
    """What an unlock yields. The caller owns both buffers and zeroes them (`wipe`)."""

    kind: SlotKind
    master_key: bytearray = field(repr=False)
    index: int
    kek: bytearray = field(repr=False)

    def wipe(self) -> None:
        zero(self.master_key)
        zero(self.kek)


class KeySlots:
    """The slots of one key-slot file, all under the same limits. Mutable: `set_slot`,
    `rewrap`, `destroy_slot`, then `serialize` (always version 2)."""

    def __init__(self, params: list[KdfParams], slots: list[bytes], version: int = VERSION) -> None:
        if len(slots) != SLOT_COUNT or any(len(s) != SLOT_SIZE for s in slots):
            raise ValueError("wrong number or size of key slots")
        self._params = list(params)
        self._slots = list(slots)
        self.version = version
        # True once a version-1 migration had to drop a slot whose limits differed.
        self.dropped_slot = False

    @classmethod
    def create(
        cls,
        passphrase: bytes,
        master_key: bytes | bytearray,
        params: KdfParams,
        *,
        kind: SlotKind = SlotKind.NORMAL,
        randbytes: Callable[[int], bytes] = urandom,
    ) -> KeySlots:
        """Slot 0 wraps `master_key` under `passphrase`; the others are random."""
        slots = cls([params] * SLOT_COUNT, [randbytes(SLOT_SIZE) for _ in range(SLOT_COUNT)])
        slots.set_slot(0, passphrase, master_key, kind, randbytes=randbytes)
        return slots

    @classmethod
    def parse(cls, data: bytes) -> KeySlots:
        """Read version 2, or version 1 (recognised by its clear prefix; see `migrate`).

        IntegrityError("key slots") for a wrong size, IntegrityError("key slot limits")
        for limits out of bounds: both before any Argon2id work.
        """
        if len(data) != FILE_SIZE:
            raise IntegrityError("key slots")
        if data.startswith(V1_PREFIX):
            body = data[len(V1_PREFIX) :]
            raw = [body[i * _V1_SLOT_SIZE : (i + 1) * _V1_SLOT_SIZE] for i in range(SLOT_COUNT)]
            params = [unpack_params(s[:PARAMS_SIZE], "key slot limits") for s in raw]
            return cls(params, [s[PARAMS_SIZE:] for s in raw], version=1)
        packed = _xor_mask(data[LIMITS_SALT_SIZE:_HEADER_SIZE], data[:LIMITS_SALT_SIZE])
        common = unpack_params(packed, "key slot limits")
        slots = [
            data[_HEADER_SIZE + i * SLOT_SIZE : _HEADER_SIZE + (i + 1) * SLOT_SIZE]
            for i in range(SLOT_COUNT)
        ]
        return cls([common] * SLOT_COUNT, slots)

    def serialize(self, *, randbytes: Callable[[int], bytes] = urandom) -> bytes:
        """Version 2: masked limits, slots, padding. The limits salt and the padding are
        fresh at every write, so no byte but a kept slot's survives an overwrite."""
        limits_salt = randbytes(LIMITS_SALT_SIZE)
        masked = _xor_mask(pack_params(self.params), limits_salt)
        return limits_salt + masked + b"".join(self._slots) + randbytes(_PAD_SIZE)

    @property
    def params(self) -> KdfParams:
        """The limits every slot uses (a version-1 file must be migrated first)."""
        if any(p != self._params[0] for p in self._params):
            raise ValueError("a version-1 file with mixed limits: migrate it first")
        return self._params[0]

    def unlock(self, passphrase: bytes) -> UnlockedSlot:
        """The first slot `passphrase` opens; WrongPassphraseError if it opens none.

        Every slot is tried, whatever the outcome, so timing does not tell which matched.
        """
        found: UnlockedSlot | None = None
        for index, slot in enumerate(self._slots):
            opened = _try_unwrap(index, slot, self._params[index], passphrase)
            if opened is not None and found is None:
                found = opened
            elif opened is not None:
                opened.wipe()
        if found is None:
            raise WrongPassphraseError("The passphrase is wrong.")
        return found

    def migrate(self, unlocked: UnlockedSlot) -> None:
        """Make a version-1 file version 2 under the limits of the slot that opened.

        Another slot with the same limits carries over unchanged (the AEAD's associated
        data is the same in both versions); one with other limits cannot be rewrapped
        without its passphrase, so it becomes random and `dropped_slot` says so.
        """
        keep = self._params[unlocked.index]
        for index in range(SLOT_COUNT):
            if self._params[index] != keep:
                self._slots[index] = urandom(SLOT_SIZE)
                self.dropped_slot = True
        self._params = [keep] * SLOT_COUNT
        self.version = VERSION

    def set_slot(
        self,
        index: int,
        passphrase: bytes,
        master_key: bytes | bytearray,
        kind: SlotKind,
        *,
        randbytes: Callable[[int], bytes] = urandom,
    ) -> None:
        """Overwrite slot `index` with `master_key` wrapped under `passphrase` (one KDF)."""
        self._check_index(index)
        salt = randbytes(SALT_SIZE)
        kek = derive_kek(passphrase, salt, self.params)
        try:
            self._slots[index] = _seal(index, self.params, salt, kek, master_key, kind, randbytes)
        finally:
            zero(kek)

    def rewrap(
        self, unlocked: UnlockedSlot, kind: SlotKind, *, randbytes: Callable[[int], bytes] = urandom
    ) -> None:
        """Rewrap the slot that opened under the key-encryption key unlock already derived:
        a fresh nonce, the same salt, no Argon2id run (a duress unlock must cost no more)."""
        salt = self._slots[unlocked.index][:SALT_SIZE]
        self._slots[unlocked.index] = _seal(
            unlocked.index, self.params, salt, unlocked.kek, unlocked.master_key, kind, randbytes
        )

    def destroy_slot(self, index: int, *, randbytes: Callable[[int], bytes] = urandom) -> None:
        """Replace slot `index` with random bytes, which look like a slot in use."""
        self._check_index(index)
        self._slots[index] = randbytes(SLOT_SIZE)

    def _check_index(self, index: int) -> None:
        if not 0 <= index < SLOT_COUNT:
            raise ValueError(f"slot index must be 0..{SLOT_COUNT - 1}")


def _xor_mask(limits: bytes, limits_salt: bytes) -> bytes:
    # Not secrecy (anyone with the format can unmask): it keeps the limits from being a
    # recognisable run of small integers that a carving tool could search for.
    mask = hashlib.shake_256(_LIMITS_MASK_LABEL + limits_salt).digest(PARAMS_SIZE)
    return bytes(a ^ b for a, b in zip(limits, mask, strict=True))


def _slot_ad(index: int, params: KdfParams, salt: bytes, nonce: bytes) -> bytes:
    # Binds the slot position and its limits, salt and nonce (same bytes as version 1).
    return V1_PREFIX + bytes([index]) + pack_params(params) + salt + nonce


def _seal(
    index: int,
    params: KdfParams,
    salt: bytes,
    kek: bytearray,
    master_key: bytes | bytearray,
    kind: SlotKind,
    randbytes: Callable[[int], bytes],
) -> bytes:
    if len(master_key) != MASTER_KEY_SIZE:
        raise ValueError("the master key is exactly 32 bytes")
    nonce = randbytes(NONCE_SIZE)
    plaintext = bytearray([SlotKind(kind)]) + master_key
    try:
        return salt + nonce + aead_seal(kek, nonce, plaintext, _slot_ad(index, params, salt, nonce))
    finally:
        zero(plaintext)


def _try_unwrap(index: int, slot: bytes, params: KdfParams, passphrase: bytes) -> UnlockedSlot | None:
    salt = slot[:SALT_SIZE]
    nonce = slot[SALT_SIZE : SALT_SIZE + NONCE_SIZE]
    kek = derive_kek(passphrase, salt, params)
    plaintext = aead_open_into(
        kek, nonce, slot[SALT_SIZE + NONCE_SIZE :], _slot_ad(index, params, salt, nonce)
    )
    if plaintext is None:
        zero(kek)
        return None
    kind = plaintext[0]
    master = bytearray(plaintext[1:])
    zero(plaintext)
    if kind not in (SlotKind.NORMAL, SlotKind.DURESS):
        zero(master)
        zero(kek)
        # Authentic but of a kind this version does not know: refuse rather than guess.
        raise IntegrityError("key slot kind")
    return UnlockedSlot(SlotKind(kind), master, index, kek)
