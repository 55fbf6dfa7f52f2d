"""Key slots: Argon2id + XChaCha20-Poly1305 wrapping of the vault master key."""

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from satchel.crypto.errors import IntegrityError, WrongPassphraseError
from satchel.crypto.keyslots import (
    FILE_SIZE,
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
    slots.set_slot(1, b"duress", decoy, SlotKind.DURESS)
    assert slots.unlock(b"duress").kind == SlotKind.DURESS
    assert slots.unlock(b"duress").master_key == decoy
    slots.set_slot(0, b"new normal", MASTER, SlotKind.NORMAL)
    with pytest.raises(WrongPassphraseError):
        slots.unlock(b"normal")
    assert slots.unlock(b"new normal").master_key == MASTER
    assert slots.unlock(b"duress").master_key == decoy


def test_a_duress_slot_is_not_visible_in_the_file():
    plain = KeySlots.create(b"normal", MASTER, PARAMS).serialize()
    with_duress = KeySlots.create(b"normal", MASTER, PARAMS)
    with_duress.set_slot(1, b"duress", os.urandom(32), SlotKind.DURESS)
    data = with_duress.serialize()
    # Same size, no clear header, and one set of limits for every slot.
    assert len(plain) == len(data) == FILE_SIZE
    assert not plain.startswith(b"SATCHEL") and not data.startswith(b"SATCHEL")
    assert KeySlots.parse(plain).params == KeySlots.parse(data).params == PARAMS


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


def _flip(blob: bytes, i: int, mask: int) -> bytes:
    return blob[:i] + bytes([blob[i] ^ mask]) + blob[i + 1 :]


HEADER = 28  # limits salt (16) and masked limits (12)
SLOT0 = HEADER
SLOT1 = HEADER + SLOT_SIZE


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_single_byte_flip_never_unlocks(data):
    blob = KeySlots.create(b"pw", MASTER, PARAMS).serialize()
    # Flipped limits may ask for gigabytes of Argon2id memory; they are tested below.
    i = data.draw(st.integers(HEADER, len(blob) - 1))
    tampered = _flip(blob, i, data.draw(st.integers(1, 255)))
    if i >= SLOT1:
        # Slot 1 and the padding are random filler: changing them changes nothing.
        assert KeySlots.parse(tampered).unlock(b"pw").master_key == MASTER
        return
    # Slot 0 is in use: any change to it fails its AEAD, which is indistinguishable from a
    # wrong passphrase by design (a used slot must look like a random one).
    with pytest.raises((IntegrityError, WrongPassphraseError)):
        KeySlots.parse(tampered).unlock(b"pw")


def test_tampered_limits_never_unlock():
    blob = KeySlots.create(b"pw", MASTER, PARAMS).serialize()
    for i in range(HEADER):
        for mask in (0x01, 0x80):
            tampered = _flip(blob, i, mask)
            try:
                slots = KeySlots.parse(tampered)
            except IntegrityError as e:
                assert e.what == "key slot limits"  # out of range: refused before any KDF
                continue
            assert slots.params != PARAMS
            with pytest.raises(WrongPassphraseError):  # the AD binds the limits
                slots.unlock(b"pw")


@pytest.mark.parametrize(
    ("ops", "mem", "error"),
    [(0, 8192, ValueError), (1, 8191, ValueError), (1, 8192 + 1, ValueError),
     (2000, 8192, ValueError), (1, 5 << 30, ValueError), (64, 1 << 30, ValueError),
     (65, 8192, ValueError), (True, 8192, TypeError),
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
    assert KeySlots.parse(slots.serialize()).params == params


def test_subkeys_are_separated_by_label():
    a = derive_subkey(MASTER, "database")
    assert a == derive_subkey(MASTER, "database")
    assert a != derive_subkey(MASTER, "blobs")
    assert len(derive_subkey(MASTER, "blobs", 64)) == 64
    with pytest.raises(ValueError):
        derive_subkey(MASTER, "Database")
