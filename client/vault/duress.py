"""The duress passphrase: unlocking with it silently destroys the real vault.

Setting one (`satchel passphrase duress`) wraps a second, fresh master key in the slot that
did not unlock the vault, under the file's one set of Argon2id limits, and prepares the
vault it will open: a decoy database under the duress key with the same role and
coalition directory, a fresh device key and no reports. The decoy is stored as an
ordinary-looking blob whose name only the duress key can compute.

Unlocking with the duress passphrase costs what a normal unlock costs (the same Argon2id
runs, no extra one: the slot is rewrapped under the key-encryption key the unlock derived).
It overwrites every other slot in place (the real data becomes undecryptable at once),
moves the real database and blobs aside by rename and puts the decoy in place; shredding
what was moved aside happens off the unlocking thread. It protects against a coerced
unlock by someone who has no earlier copy of the disk; it does not protect against
forensic comparison with an earlier image, or against a coercer who knows Satchel has this
feature (docs/threat-model.md).
"""

import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from satchel.client.fsutil import fsync_dir
from satchel.client.vault.keyslot_file import read_slots, write_in_place
from satchel.client.vault.wipe import wipe_file
from satchel.crypto.keyslots import (
    SLOT_COUNT,
    KeySlots,
    SlotKind,
    UnlockedSlot,
    derive_subkey_into,
)
from satchel.crypto.secretmem import zero

if TYPE_CHECKING:
    from satchel.client.vault.vault import Vault

# What the decoy copies from the real vault: enough to look like the same vault in use.
DECOY_META = ("role", "directory", "directory_root")
DECOY_NAME_META = "duress_decoy"


def set_duress(vault: "Vault", duress_passphrase: bytes) -> None:
    """Put a fresh duress key in the slot that did not unlock `vault` (replacing any
    earlier duress key there), with a decoy vault ready for it. It takes the key-slot
    file's one set of Argon2 limits: differing limits would show that a duress slot exists.
    """
    from satchel.client.vault.vault import new_key

    slots = read_slots(vault.home)
    spare = next(i for i in range(SLOT_COUNT) if i != vault.slot)
    duress_master = new_key()
    try:
        name = _build_decoy(vault, duress_master)
        slots.set_slot(spare, duress_passphrase, duress_master, SlotKind.DURESS)
        write_in_place(vault.home, slots)
    finally:
        zero(duress_master)
    old = vault.get_meta(DECOY_NAME_META)
    with vault.transaction():
        vault.set_meta(DECOY_NAME_META, name.encode())
    if old is not None and old.decode() != name:
        wipe_file(vault.blob_path(old.decode()))


def decoy_name(master: bytearray) -> str:
    """The decoy's blob name: 32 hex like every blob, known only to the duress key."""
    derived = derive_subkey_into(master, "decoy-name")
    try:
        return derived[:16].hex()
    finally:
        zero(derived)


def _build_decoy(vault: "Vault", master: bytearray) -> str:
    from satchel.client.vault.vault import Vault, connect, fill_identities

    name = decoy_name(master)
    path = vault.blob_path(name)
    wipe_file(path)
    decoy = Vault(vault.home, bytearray(master), connect(path, master))
    try:
        with decoy.transaction():
            for key in DECOY_META:
                value = vault.get_meta(key)
                if value is not None:
                    decoy.set_meta(key, value)
            # A fresh device key: the real one would let a coercer sign as this reporter.
            fill_identities(decoy)
    finally:
        decoy.lock()  # closing checkpoints the WAL into the one file
    return name


def enter_duress(
    cls: "type[Vault]", home: Path, slots: KeySlots, unlocked: UnlockedSlot
) -> "Vault":
    """Shred the real key slots, put the decoy in place, and open it.

    The duress slot becomes an ordinary slot, so later unlocks simply open the decoy.
    `unlocked.master_key` passes to the returned vault, which zeroes it on lock.
    """
    from satchel.client.vault.vault import BLOBS, DATABASE, SHRED, connect, fill_identities

    for other in range(SLOT_COUNT):
        if other != unlocked.index:
            slots.destroy_slot(other)
    slots.rewrap(unlocked, SlotKind.NORMAL)
    write_in_place(home, slots)
    # Renames only (constant time whatever the vault holds); the shredding is started by
    # Vault.open on another thread, as after every unlock.
    shred = home / SHRED
    shred.mkdir(mode=0o700, exist_ok=True)
    for name in (DATABASE, DATABASE + "-wal", DATABASE + "-shm", BLOBS):
        if (home / name).exists():
            os.replace(home / name, shred / secrets.token_hex(16))
    (home / BLOBS).mkdir(mode=0o700)
    prepared = _find_decoy(shred, decoy_name(unlocked.master_key))
    if prepared is not None:
        os.replace(prepared, home / DATABASE)
    fsync_dir(home)
    vault = cls(home, unlocked.master_key, connect(home / DATABASE, unlocked.master_key),
                unlocked.index)
    if vault.get_meta("role") is None:  # a duress slot from before decoys were prepared
        with vault.transaction():
            vault.set_meta("role", b"reporter")
            fill_identities(vault)
    return vault


def _find_decoy(shred: Path, name: str) -> Path | None:
    for moved in shred.iterdir():
        candidate = moved / name
        if moved.is_dir() and candidate.is_file():
            return candidate
    return None
