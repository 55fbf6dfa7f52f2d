"""The encrypted vault: one directory holding `keyslots`, `vault.db` and `blobs/`.

Key hierarchy: passphrase -> Argon2id (limits stored in each slot) -> key-encryption key
-> unwraps a random 32-byte master key -> sub-keys (`database` for SQLCipher, opened with
the raw key so SQLCipher's own passphrase KDF never runs). Attachment and envelope blobs
are age ciphertext, so they need no key of their own here. Changing the passphrase
rewraps the master key only. Locking closes the database and zeroes the master key.
"""

import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from satchel.client import schema
from satchel.client.errors import LockedError, SatchelError, UsageError
from satchel.client.fsutil import atomic_write, fsync_dir
from satchel.crypto import age
from satchel.crypto.errors import IntegrityError, WrongPassphraseError
from satchel.crypto.keys import SigningKey
from satchel.crypto.keyslots import KdfParams, KeySlots, SlotKind, calibrate, derive_subkey

ROLES = ("reporter", "courier", "desk")
KEYSLOTS = "keyslots"
DATABASE = "vault.db"
BLOBS = "blobs"
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

    def __init__(self, home: Path, master_key: bytearray, conn: Any) -> None:
        self.home = home
        self._master = master_key
        self._conn: Any = conn
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
        master = bytearray(secrets.token_bytes(32))
        slots = KeySlots.create(passphrase, bytes(master), params)
        vault = cls(home, master, _connect(home, master))
        with vault.transaction():
            vault.set_meta("role", role.encode())
            vault.set_meta("device_seed", SigningKey.generate().seed)
            vault.set_meta("identity", age.generate_identity().encode())
        atomic_write(home / KEYSLOTS, slots.serialize())
        fsync_dir(home)
        return vault

    @classmethod
    def open(cls, home: Path, passphrase: bytes) -> "Vault":
        try:
            data = (home / KEYSLOTS).read_bytes()
        except FileNotFoundError:
            raise LockedError(f"No vault at {home}; create one with `satchel init`.") from None
        try:
            unlocked = KeySlots.parse(data).unlock(passphrase)
        except WrongPassphraseError:
            raise LockedError("Wrong passphrase; the vault stays locked.") from None
        except IntegrityError:
            raise LockedError(
                "The vault's key slots are damaged or destroyed; it cannot be opened."
            ) from None
        master = bytearray(unlocked.master_key)
        if unlocked.kind == SlotKind.DURESS:
            from satchel.client.duress import enter_duress

            return enter_duress(cls, home, master, data, passphrase, unlocked.index)
        return cls(home, master, _connect(home, master))

    def lock(self) -> None:
        """Close the database and zero the master key; the object is unusable after."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        for i in range(len(self._master)):
            self._master[i] = 0

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
        seed = self.get_meta("device_seed")
        if seed is None:
            raise SatchelError("The vault has no device key; it is damaged.")
        return SigningKey.from_seed(seed)

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

    def change_passphrase(self, new_passphrase: bytes, params: KdfParams) -> None:
        """Rewrap the master key under a new passphrase; no data is re-encrypted."""
        slots = KeySlots.parse((self.home / KEYSLOTS).read_bytes())
        slots.set_slot(0, new_passphrase, bytes(self._master), SlotKind.NORMAL, params)
        atomic_write(self.home / KEYSLOTS, slots.serialize())


def _connect(home: Path, master: bytearray) -> Any:
    key = derive_subkey(bytes(master), "database")
    conn = sqlcipher3.connect(
        str(home / DATABASE), isolation_level=None, check_same_thread=False
    )
    # SQLCipher would print its own errors to stderr; ours are one sentence.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("PRAGMA cipher_memory_security = ON")
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


def destroy(home: Path) -> None:
    """Panic: destroy the key slots first (crypto-shredding), then remove everything else."""
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
        (home / name).unlink(missing_ok=True)
    shutil.rmtree(home / BLOBS, ignore_errors=True)
    fsync_dir(home)
