"""The encrypted vault: one directory holding `keyslots`, `vault.db` and `blobs/`.

Key hierarchy: passphrase -> Argon2id (limits stored in each slot) -> key-encryption key
-> unwraps a random 32-byte master key -> sub-keys (`database` for SQLCipher, opened with
the raw key so SQLCipher's own passphrase KDF never runs). Attachment and envelope blobs
are age ciphertext, so they need no key of their own here. Changing the passphrase
rewraps the master key only. Locking closes the database and zeroes the master key.
"""

import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from satchel.client.errors import LockedError, SatchelError, UsageError
from satchel.client.fsutil import fsync_dir
from satchel.client.vault import schema
from satchel.client.vault.keyslot_file import (
    KEYSLOTS,
    create_file,
    read_slots,
    unlock_slots,
    write_in_place,
)
from satchel.client.vault.wipe import shred_tree, start_shredding, wipe_file
from satchel.crypto import age
from satchel.crypto.keys import SigningKey
from satchel.crypto.keyslots import KdfParams, KeySlots, SlotKind, calibrate, derive_subkey_into
from satchel.crypto.secretmem import burn, zero

ROLES = ("reporter", "courier", "desk")
DATABASE = "vault.db"
BLOBS = "blobs"
SHRED = ".shred"  # what a duress unlock set aside, shredded off the unlocking thread
FAST_KDF_ENV = "SATCHEL_INSECURE_FAST_KDF"


def kdf_params_for_new_vault() -> KdfParams:
    """Calibrated Argon2id limits, or the insecure minimum when the test switch is set."""
    if os.environ.get(FAST_KDF_ENV) == "1":
        return KdfParams.insecure_for_tests()
    # Unlock tries every slot, so each slot gets half of the ~0.8 s unlock budget.
    return calibrate(target_seconds=0.4)


def vault_exists(home: Path) -> bool:
    return (home / KEYSLOTS).exists() or (home / DATABASE).exists()


class Vault:
    """An unlocked vault. Use `Vault.create` or `Vault.open`; `lock()` when done."""

    def __init__(self, home: Path, master_key: bytearray, conn: Any, slot: int = 0) -> None:
        self.home = home
        self._master = master_key
        self._conn: Any = conn
        # The key slot this vault was unlocked with: passphrase change rewraps it, and a
        # duress passphrase goes into another one.
        self.slot = slot
        self._seed = bytearray()
        self._cleanup: threading.Thread | None = None
        self.clock: Callable[[], float] = time.monotonic
        self.last_used = self.clock()

    # -- opening and closing -------------------------------------------------

    @classmethod
    def create(cls, home: Path, role: str, passphrase: bytes, params: KdfParams) -> "Vault":
        if role not in ROLES:
            raise UsageError(f"Unknown role {role!r}; choose reporter, courier or desk.")
        if vault_exists(home):
            raise UsageError(f"A vault already exists at {home}; choose another --home.")
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        (home / BLOBS).mkdir(exist_ok=True, mode=0o700)
        master = new_key()
        slots = KeySlots.create(passphrase, master, params)
        vault = cls(home, master, connect(home / DATABASE, master))
        with vault.transaction():
            vault.set_meta("role", role.encode())
            fill_identities(vault)
        create_file(home, slots)
        return vault

    @classmethod
    def open(cls, home: Path, passphrase: bytes) -> "Vault":
        slots, unlocked = unlock_slots(home, passphrase)
        try:
            if unlocked.kind == SlotKind.DURESS:
                from satchel.client.vault.duress import enter_duress

                vault = enter_duress(cls, home, slots, unlocked)
            else:
                vault = cls(home, unlocked.master_key, connect(home / DATABASE, unlocked.master_key),
                            unlocked.index)
        except BaseException:
            unlocked.wipe()
            raise
        finally:
            zero(unlocked.kek)
        # Both paths end alike: whatever a duress unlock (now or an interrupted earlier one)
        # set aside is shredded off the unlocking thread, so unlocks cost the same.
        vault._cleanup = start_shredding(home / SHRED)
        return vault

    def lock(self) -> None:
        """Close the database and zero the keys this object owns; it is unusable after."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        for buf in self.secret_buffers():
            zero(buf)

    def twin(self) -> "Vault":
        """A second connection to this unlocked vault, for a session on another thread.

        One SQLCipher connection must not carry two threads' transactions at once, so a
        long-lived session gets its own; it owns a copy of the master key, and whoever
        holds it locks it when the session ends."""
        master = bytearray(self._master)
        return Vault(self.home, master, connect(self.home / DATABASE, master), self.slot)

    def secret_buffers(self) -> list[bytearray]:
        """The buffers holding key material that `lock` zeroes (docs/threat-model.md)."""
        return [self._master, self._seed]

    def wait_for_cleanup(self) -> None:
        """Block until shredding set aside by a duress unlock has finished."""
        if self._cleanup is not None:
            self._cleanup.join()

    @property
    def locked(self) -> bool:
        return self._conn is None

    # -- database -------------------------------------------------------------

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise LockedError("The vault is locked; unlock it with its passphrase.")
        self.last_used = self.clock()
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One SQLCipher transaction: everything inside commits together or not at all."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def get_meta(self, key: str) -> bytes | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return bytes(row[0]) if row else None

    def set_meta(self, key: str, value: bytes) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def delete_meta(self, key: str) -> None:
        self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    # -- identities -----------------------------------------------------------

    @property
    def role(self) -> str:
        return (self.get_meta("role") or b"").decode()

    @property
    def device_key(self) -> SigningKey:
        if not self._seed:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'device_seed'").fetchone()
            if row is None:
                raise SatchelError("The vault has no device key; it is damaged.")
            value = row[0]
            del row
            self._seed[:] = value
            burn(value)
        seed = bytes(self._seed)
        try:
            return SigningKey.from_seed(seed)
        finally:
            burn(seed)

    @property
    def identity(self) -> str:
        """The vault's own age identity: it can open every blob this vault wrote."""
        return (self.get_meta("identity") or b"").decode()

    @property
    def recipient(self) -> str:
        return age.to_recipient(self.identity)

    # -- blobs ----------------------------------------------------------------

    def blob_path(self, name: str) -> Path:
        if not name or "/" in name or name.startswith("."):
            raise SatchelError("A blob name in the vault is malformed; the vault is damaged.")
        return self.home / BLOBS / name

    @staticmethod
    def new_blob_name() -> str:
        return secrets.token_hex(16)

    # -- passphrase -------------------------------------------------------------

    def change_passphrase(self, new_passphrase: bytes) -> None:
        """Rewrap the master key under a new passphrase in the slot that unlocked this vault
        (after a duress event that is not slot 0), under the file's one set of limits, and
        overwrite the file in place; no data is re-encrypted."""
        slots = read_slots(self.home)
        slots.set_slot(self.slot, new_passphrase, self._master, SlotKind.NORMAL)
        write_in_place(self.home, slots)


def new_key() -> bytearray:
    """32 random bytes in a buffer we own (never an immutable bytes copy)."""
    key = bytearray(32)
    key[:] = os.urandom(32)  # the temporary is short-lived; see docs/threat-model.md
    return key


def fill_identities(vault: Vault) -> None:
    """A fresh device signing key and age identity (inside the caller's transaction)."""
    vault.set_meta("device_seed", SigningKey.generate().seed)
    vault.set_meta("identity", age.generate_identity().encode())


def connect(path: Path, master: bytearray) -> Any:
    """Open the SQLCipher database at `path` under the master key's `database` sub-key."""
    conn = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False,
        # A cached statement would keep the key statement (and its text) alive.
        cached_statements=0,
    )
    # SQLCipher would print its own errors to stderr; ours are one sentence. Memory
    # security first, so SQLCipher wipes what it frees from the key statement on.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA cipher_memory_security = ON")
    _set_key(conn, master)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlcipher3.DatabaseError:
        conn.close()
        raise LockedError("The vault database is damaged or not this vault's; it cannot be opened.") from None
    if version == 0:
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        schema.migrate(conn, version)
    except RuntimeError as e:  # a vault from a newer Satchel
        conn.close()
        raise SatchelError(str(e)) from None
    return conn


def _set_key(conn: Any, master: bytearray) -> None:
    # sqlcipher3 takes the raw key only as SQL text, so one str copy is unavoidable: it is
    # built from buffers we own and burnt right after use.
    key = derive_subkey_into(master, "database")
    text = bytearray(b"PRAGMA key = \"x'") + bytearray(64) + bytearray(b"'\"")
    for i, byte in enumerate(key):
        text[16 + 2 * i : 18 + 2 * i] = _HEX[byte]
    zero(key)
    statement = text.decode("ascii")
    zero(text)
    try:
        conn.execute(statement).close()
    finally:
        burn(statement)


_HEX = [b"%02x" % i for i in range(256)]


def destroy(home: Path) -> None:
    """Panic: destroy the key slots first (crypto-shredding), then overwrite and remove
    everything else (best effort on flash: docs/threat-model.md)."""
    slots = home / KEYSLOTS
    if slots.exists():
        size = slots.stat().st_size
        with slots.open("r+b") as f:
            f.write(secrets.token_bytes(size))
            f.flush()
            os.fsync(f.fileno())
        slots.unlink()
        fsync_dir(home)
    for name in (DATABASE, DATABASE + "-wal", DATABASE + "-shm"):
        wipe_file(home / name)
    shred_tree(home / BLOBS)
    shred_tree(home / SHRED)
    fsync_dir(home)
