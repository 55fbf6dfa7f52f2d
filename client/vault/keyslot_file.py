"""The vault's `keyslots` file on disk: read it, unlock it, and overwrite it in place.

The file is never replaced by rename: a replaced file's old inode would still hold the old
slot (a passphrase that was changed, a real key that duress "destroyed") until the blocks
are reused, and carving tools find it. Every write opens the same file, writes the same
number of bytes at offset 0 and fsyncs. What flash storage may still keep after that is in
docs/threat-model.md ("Key slots on disk").
"""

import os
from pathlib import Path

from satchel.client.errors import IntegrityFailure, LockedError
from satchel.client.fsutil import fsync_dir
from satchel.crypto.errors import IntegrityError, WrongPassphraseError
from satchel.crypto.keyslots import FILE_SIZE, KeySlots, UnlockedSlot

KEYSLOTS = "keyslots"


def read_slots(home: Path) -> KeySlots:
    """Parse the key-slot file; every check on it happens here, before any Argon2id run."""
    try:
        data = (home / KEYSLOTS).read_bytes()
    except FileNotFoundError:
        raise LockedError(f"No vault at {home}; create one with `satchel init`.") from None
    try:
        return KeySlots.parse(data)
    except IntegrityError as e:
        if e.what == "key slot limits":
            raise IntegrityFailure(
                "The vault's key slots ask for Argon2id limits Satchel never writes, so the "
                "file was altered; it was not opened (restore it from a backup)."
            ) from None
        raise LockedError(
            "The vault's key slots are damaged or destroyed; it cannot be opened."
        ) from None


def unlock_slots(home: Path, passphrase: bytes) -> tuple[KeySlots, UnlockedSlot]:
    """Open the slot `passphrase` fits; a version-1 file is migrated in place first."""
    slots = read_slots(home)
    try:
        unlocked = slots.unlock(passphrase)
    except WrongPassphraseError:
        raise LockedError("Wrong passphrase; the vault stays locked.") from None
    except IntegrityError:
        raise LockedError(
            "The vault's key slots are damaged or destroyed; it cannot be opened."
        ) from None
    if slots.version == 1:
        slots.migrate(unlocked)
        write_in_place(home, slots)
    return slots, unlocked


def unlock_file(home: Path, passphrase: bytes) -> UnlockedSlot:
    """`unlock_slots` for callers that only need the key (the caller wipes it)."""
    return unlock_slots(home, passphrase)[1]


def write_in_place(home: Path, slots: KeySlots) -> None:
    """Overwrite the existing file's bytes (same inode) and fsync them."""
    data = slots.serialize()
    fd = os.open(home / KEYSLOTS, os.O_WRONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        if os.fstat(fd).st_size != FILE_SIZE:
            raise LockedError("The vault's key slots are damaged or destroyed; it cannot be opened.")
        _write_all(fd, data)
    finally:
        os.close(fd)


def create_file(home: Path, slots: KeySlots) -> None:
    """Write a new key-slot file (O_EXCL: never over an existing one) and make it durable."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(home / KEYSLOTS, flags, 0o600)
    try:
        _write_all(fd, slots.serialize())
    finally:
        os.close(fd)
    fsync_dir(home)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    offset = 0
    while offset < len(data):
        offset += os.pwrite(fd, view[offset:], offset)
    os.fsync(fd)
