"""The duress passphrase: unlocking with it silently destroys the real vault.

Setting one (`satchel passphrase duress`) wraps a second, fresh master key in a spare
key slot. Key slots are all the same size and unused ones are random, so the file does
not show whether a duress slot exists. Unlocking with the duress passphrase overwrites
every other slot with random bytes (the real data becomes undecryptable at once), deletes
the real database and blobs, and opens a new, empty reporter vault under the duress key.
It protects against a coerced unlock by someone who has no earlier copy of the disk; it
does not protect against forensic comparison with an earlier image, against someone who
watches the vault shrink, or against a coercer who knows Satchel has this feature
(docs/threat-model.md).
"""

import secrets
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from satchel.client.fsutil import atomic_write, fsync_dir
from satchel.crypto.keyslots import SLOT_COUNT, KdfParams, KeySlots, SlotKind

if TYPE_CHECKING:
    from satchel.client.vault import Vault

DURESS_SLOT = 1


def set_duress(vault: "Vault", duress_passphrase: bytes, params: KdfParams) -> None:
    """Put a fresh duress key in the spare slot (replacing any earlier duress key)."""
    path = vault.home / "keyslots"
    slots = KeySlots.parse(path.read_bytes())
    slots.set_slot(DURESS_SLOT, duress_passphrase, secrets.token_bytes(32), SlotKind.DURESS, params)
    atomic_write(path, slots.serialize())


def enter_duress(
    cls: "type[Vault]", home: Path, master: bytearray, data: bytes, passphrase: bytes, index: int
) -> "Vault":
    """Shred the real vault, then open an empty one under the duress master key.

    The duress slot becomes an ordinary slot, so later unlocks simply open the new vault.
    """
    from satchel.client.vault import BLOBS, DATABASE, _connect

    slots = KeySlots.parse(data)
    for other in range(SLOT_COUNT):
        if other != index:
            slots.destroy_slot(other)
    slots.set_slot(index, passphrase, bytes(master), SlotKind.NORMAL, slots.params(index))
    atomic_write(home / "keyslots", slots.serialize())
    for name in (DATABASE, DATABASE + "-wal", DATABASE + "-shm"):
        (home / name).unlink(missing_ok=True)
    shutil.rmtree(home / BLOBS, ignore_errors=True)
    (home / BLOBS).mkdir(mode=0o700)
    fsync_dir(home)
    vault = cls(home, master, _connect(home, master))
    if vault.get_meta("role") is None:
        from satchel.crypto import age
        from satchel.crypto.keys import SigningKey

        with vault.transaction():
            vault.set_meta("role", b"reporter")
            vault.set_meta("device_seed", SigningKey.generate().seed)
            vault.set_meta("identity", age.generate_identity().encode())
    return vault
