"""Key slots: Argon2id + XChaCha20-Poly1305 wrapping of the vault master key."""

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from satchel.crypto.errors import IntegrityError, WrongPassphraseError
from satchel.crypto.keyslots import (
    FILE_SIZE,
    PARAMS_SIZE,
    SLOT_SIZE,
    KdfParams,
    KeySlots,
    SlotKind,
    calibrate,
    derive_subkey,
)

PARAMS = KdfParams.insecure_for_tests()
MASTER = bytes(range(32))


def test_create_unlock_round_trip():
    slots = KeySlots.parse(KeySlots.create(b"passphrase", MASTER, PARAMS).serialize())
    unlocked = slots.unlock(b"passphrase")
    assert (unlocked.kind, unlocked.master_key, unlocked.index) == (SlotKind.NORMAL, MASTER, 0)
    assert len(slots.serialize()) == FILE_SIZE
    assert MASTER.hex() not in repr(unlocked)


def test_wrong_passphrase_is_its_own_error():
    slots = KeySlots.create(b"passphrase", MASTER, PARAMS)
    with pytest.raises(WrongPassphraseError):
        slots.unlock(b"Passphrase")
    with pytest.raises(WrongPassphraseError):
        slots.unlock(b"")


def test_duress_slot_and_passphrase_change():
    slots = KeySlots.create(b"normal", MASTER, PARAMS)
    decoy = os.urandom(32)
    slots.set_slot(1, b"duress", decoy, SlotKind.DURESS, PARAMS)
    assert slots.unlock(b"duress").kind == SlotKind.DURESS
    assert slots.unlock(b"duress").master_key == decoy
    slots.set_slot(0, b"new normal", MASTER, SlotKind.NORMAL, PARAMS)
    with pytest.raises(WrongPassphraseError):
        slots.unlock(b"normal")
    assert slots.unlock(b"new normal").master_key == MASTER
    assert slots.unlock(b"duress").master_key == decoy


def test_a_duress_slot_is_not_visible_in_the_file():
    plain = KeySlots.create(b"normal", MASTER, PARAMS).serialize()
    with_duress = KeySlots.create(b"normal", MASTER, PARAMS)
    with_duress.set_slot(1, b"duress", os.urandom(32), SlotKind.DURESS, PARAMS)
    data = with_duress.serialize()
    assert len(plain) == len(data)
    # Same prefix and limits in both; everything after the limits is salt, nonce and
    # AEAD output in one case and random bytes in the other.
    second = slice(FILE_SIZE - SLOT_SIZE, FILE_SIZE - SLOT_SIZE + PARAMS_SIZE)
    assert plain[second] == data[second]
    assert plain[: FILE_SIZE - 2 * SLOT_SIZE] == data[: FILE_SIZE - 2 * SLOT_SIZE]


def test_destroy_slot_shreds_the_key():
    slots = KeySlots.create(b"normal", MASTER, PARAMS)
    before = slots.serialize()
    slots.destroy_slot(0)
    assert len(slots.serialize()) == len(before)
    with pytest.raises(WrongPassphraseError):
        slots.unlock(b"normal")
    with pytest.raises(ValueError):
        slots.destroy_slot(2)


@pytest.mark.parametrize("cut", [0, 1, FILE_SIZE - 1, FILE_SIZE + 1])
def test_parse_refuses_wrong_length(cut):
    data = KeySlots.create(b"pw", MASTER, PARAMS).serialize()
    data = data[:cut] if cut <= FILE_SIZE else data + b"\x00"
    with pytest.raises(IntegrityError, match="key slots"):
        KeySlots.parse(data)


def test_parse_refuses_other_magic_and_version():
    data = bytearray(KeySlots.create(b"pw", MASTER, PARAMS).serialize())
    for i in (0, 16, 17):
        bad = bytearray(data)
        bad[i] ^= 0x02
        with pytest.raises(IntegrityError, match="key slots"):
            KeySlots.parse(bytes(bad))


def _flip(blob: bytes, i: int, mask: int) -> bytes:
    return blob[:i] + bytes([blob[i] ^ mask]) + blob[i + 1 :]


SLOT0 = FILE_SIZE - 2 * SLOT_SIZE
SLOT1 = FILE_SIZE - SLOT_SIZE


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_single_byte_flip_never_unlocks(data):
    blob = KeySlots.create(b"pw", MASTER, PARAMS).serialize()
    # Flipped limits may ask for gigabytes of Argon2id memory; they are tested below.
    i = data.draw(
        st.integers(0, len(blob) - 1).filter(
            lambda j: not (SLOT0 <= j < SLOT0 + PARAMS_SIZE or SLOT1 <= j < SLOT1 + PARAMS_SIZE)
        )
    )
    tampered = _flip(blob, i, data.draw(st.integers(1, 255)))
    if i >= SLOT1:
        # Slot 1 is random filler: changing it changes nothing anyone can check.
        assert KeySlots.parse(tampered).unlock(b"pw").master_key == MASTER
        return
    # Slot 0 is in use: any change to it fails its AEAD, which is indistinguishable from a
    # wrong passphrase by design (a used slot must look like a random one).
    with pytest.raises((IntegrityError, WrongPassphraseError)):
        KeySlots.parse(tampered).unlock(b"pw")


def test_tampered_limits_never_unlock():
    blob = KeySlots.create(b"pw", MASTER, PARAMS).serialize()
    more_passes = _flip(blob, SLOT0 + 3, 0x02)  # opslimit 1 -> 3: the AD no longer matches
    with pytest.raises(WrongPassphraseError):
        KeySlots.parse(more_passes).unlock(b"pw")
    for i in range(SLOT0, SLOT0 + PARAMS_SIZE):
        for mask in (0x01, 0x80):
            tampered = _flip(blob, i, mask)
            try:
                params = KeySlots.parse(tampered).params(0)
            except IntegrityError:
                continue  # out of range or not a multiple of 1024: malformed
            assert params != PARAMS


@pytest.mark.parametrize(
    ("ops", "mem", "error"),
    [(0, 8192, ValueError), (1, 8191, ValueError), (1, 8192 + 1, ValueError),
     (2000, 8192, ValueError), (1, 5 << 30, ValueError), (True, 8192, TypeError),
     (1.0, 8192, TypeError)],
)
def test_kdf_params_are_checked_at_the_edge(ops, mem, error):
    with pytest.raises(error):
        KdfParams(opslimit=ops, memlimit=mem)


def test_kdf_params_are_keyword_only():
    with pytest.raises(TypeError):
        KdfParams(1, 8192)  # type: ignore[misc]


def test_calibrate_keeps_memory_and_gives_valid_limits():
    params = calibrate(target_seconds=0.05, memlimit=8 << 20)
    assert params.memlimit == 8 << 20
    assert params.opslimit >= 1
    slots = KeySlots.create(b"pw", MASTER, params)
    assert KeySlots.parse(slots.serialize()).params(0) == params


def test_subkeys_are_separated_by_label():
    a = derive_subkey(MASTER, "database")
    assert a == derive_subkey(MASTER, "database")
    assert a != derive_subkey(MASTER, "blobs")
    assert len(derive_subkey(MASTER, "blobs", 64)) == 64
    with pytest.raises(ValueError):
        derive_subkey(MASTER, "Database")
