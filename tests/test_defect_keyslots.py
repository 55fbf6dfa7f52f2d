"""Issue 10, items 4-7: key slots on disk, slot logic after duress, duress detectability,
keys in memory. Real vaults in tmp_path; the only instrumentation counts Argon2id runs and
file removals on the unlocking thread (structural stand-ins for "takes as long")."""

import hashlib
import json
import os
import struct
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from satchel.client.errors import IntegrityFailure, LockedError
from satchel.client.vault.duress import set_duress
from satchel.client.vault.vault import BLOBS, DATABASE, KEYSLOTS, Vault, destroy
from satchel.crypto import keyslots
from satchel.crypto.keyslots import FILE_SIZE, KdfParams, SlotKind

PARAMS = KdfParams.insecure_for_tests()
VECTORS = Path(__file__).resolve().parent / "vectors"


def _vault(home: Path, role: str = "reporter", pw: bytes = b"real") -> Vault:
    return Vault.create(home, role, pw, PARAMS)


def _reopen(home: Path, pw: bytes) -> Vault:
    vault = Vault.open(home, pw)
    vault.wait_for_cleanup()
    return vault


def _opens(home: Path, pw: bytes) -> bool:
    try:
        _reopen(home, pw).lock()
    except LockedError:
        return False
    return True


# -- item 4: slots are overwritten in place; the file is random-looking -------------------


def _chunks(data: bytes, size: int = 24) -> set[bytes]:
    return {data[i : i + size] for i in range(0, len(data) - size + 1)}


def test_passphrase_change_overwrites_the_slot_in_place(tmp_path: Path) -> None:
    home = tmp_path / "v"
    vault = _vault(home)
    path = home / KEYSLOTS
    inode, before = path.stat().st_ino, path.read_bytes()
    vault.change_passphrase(b"new")
    vault.lock()
    after = path.read_bytes()
    assert path.stat().st_ino == inode  # same file: no stale inode keeps the old slot
    assert len(after) == len(before) == FILE_SIZE
    # Nothing of the old slot survives in the file (24-byte windows: salt, nonce, AEAD).
    assert not _chunks(before[:120]) & _chunks(after)
    assert _opens(home, b"new") and not _opens(home, b"real")


def test_key_slot_file_has_no_magic_and_no_structure(tmp_path: Path) -> None:
    home = tmp_path / "v"
    vault = _vault(home)
    plain = (home / KEYSLOTS).read_bytes()
    set_duress(vault, b"duress")
    vault.lock()
    with_duress = (home / KEYSLOTS).read_bytes()
    for data in (plain, with_duress):
        assert len(data) == FILE_SIZE
        assert b"SATCHEL" not in data and b"KEYSLOTS" not in data
        # v1 stored limits in clear (runs of zero bytes); random bytes have no such runs.
        assert b"\x00\x00\x00" not in data
    assert not [n for n in os.listdir(home) if n.endswith(".tmp")]


def test_set_duress_and_duress_unlock_write_in_place(tmp_path: Path) -> None:
    home = tmp_path / "v"
    vault = _vault(home)
    inode = (home / KEYSLOTS).stat().st_ino
    real_slot = (home / KEYSLOTS).read_bytes()
    set_duress(vault, b"duress")
    vault.lock()
    assert (home / KEYSLOTS).stat().st_ino == inode
    _reopen(home, b"duress").lock()
    assert (home / KEYSLOTS).stat().st_ino == inode
    # The real slot (written at creation) is gone from the file, not just unreferenced.
    assert not _chunks(real_slot) & _chunks((home / KEYSLOTS).read_bytes())
    assert not _opens(home, b"real")


def test_version_1_file_is_read_and_migrated_in_place(tmp_path: Path) -> None:
    v1 = json.loads((VECTORS / "keyslots_v1.json").read_text())
    home = tmp_path / "v"
    home.mkdir()
    path = home / KEYSLOTS
    path.write_bytes(bytes.fromhex(v1["with_duress"]))
    inode = path.stat().st_ino
    from satchel.client.vault.keyslot_file import unlock_file

    opened = unlock_file(home, v1["passphrase"].encode())
    assert bytes(opened.master_key).hex() == v1["master_key"]
    data = path.read_bytes()
    assert path.stat().st_ino == inode and b"SATCHEL" not in data and len(data) == FILE_SIZE
    duress = unlock_file(home, v1["duress_passphrase"].encode())
    assert (duress.kind, bytes(duress.master_key).hex()) == (
        SlotKind.DURESS, v1["duress_master_key"])


def test_panic_overwrites_database_and_blobs_before_unlinking(tmp_path: Path) -> None:
    home = tmp_path / "v"
    vault = _vault(home)
    (home / BLOBS / "a").write_bytes(b"ciphertext that should not survive" * 100)
    vault.lock()
    held = {name: os.open(home / name, os.O_RDONLY)
            for name in (KEYSLOTS, DATABASE, f"{BLOBS}/a")}
    before = {name: os.pread(fd, 1 << 20, 0) for name, fd in held.items()}
    destroy(home)
    try:
        for name, fd in held.items():
            after = os.pread(fd, 1 << 20, 0)
            assert after != before[name], name
            assert not _chunks(before[name], 32) & _chunks(after, 32), name
    finally:
        for fd in held.values():
            os.close(fd)


# -- item 5: operations act on the slot that unlocked the vault ----------------------------


def _decoy(home: Path) -> Vault:
    """A vault at `home` (passphrase b"real") with a duress slot, opened with b"coerced"."""
    vault = _vault(home)
    set_duress(vault, b"coerced")
    vault.lock()
    return _reopen(home, b"coerced")


def test_change_after_duress_makes_the_coerced_passphrase_stop_working(tmp_path: Path) -> None:
    home = tmp_path / "v"
    decoy = _decoy(home)
    decoy.change_passphrase(b"fresh")
    decoy.lock()
    assert not _opens(home, b"coerced")
    assert _opens(home, b"fresh")
    assert not _opens(home, b"real")


def test_set_duress_after_duress_keeps_the_live_slot(tmp_path: Path) -> None:
    home = tmp_path / "v"
    decoy = _decoy(home)
    decoy.set_meta("marker", b"kept")
    set_duress(decoy, b"second")
    decoy.lock()
    again = _reopen(home, b"coerced")  # the live slot survived
    assert again.get_meta("marker") == b"kept"
    again.lock()
    assert _reopen(home, b"second").get_meta("marker") is None  # the new duress works


def test_change_keeps_a_duress_passphrase(tmp_path: Path) -> None:
    home = tmp_path / "v"
    vault = _vault(home)
    set_duress(vault, b"duress")
    vault.change_passphrase(b"new")
    vault.lock()
    assert not _opens(home, b"real")
    opened = _reopen(home, b"new")
    assert opened.role == "reporter"
    opened.lock()
    assert _opens(home, b"duress") and not _opens(home, b"new")


# -- item 6: duress is not detectable --------------------------------------------------------


@contextmanager
def _counting() -> Iterator[dict[str, int]]:
    """Count Argon2id runs, and file removals done on this thread (the unlocking one)."""
    counts = {"kdf": 0, "remove": 0}
    real = keyslots.derive_kek
    me = threading.get_ident()
    active = [True]

    def kdf(*args, **kwargs):  # type: ignore[no-untyped-def]
        counts["kdf"] += 1
        return real(*args, **kwargs)

    def hook(event: str, _args: object) -> None:
        if active[0] and threading.get_ident() == me and event in (
                "os.remove", "os.rmdir", "shutil.rmtree"):
            counts["remove"] += 1

    sys.addaudithook(hook)  # audit hooks cannot be removed; `active` switches it off
    keyslots.derive_kek = kdf
    try:
        yield counts
    finally:
        keyslots.derive_kek = real
        active[0] = False


def test_duress_unlock_does_the_same_work_as_a_normal_one(tmp_path: Path) -> None:
    home = tmp_path / "v"
    vault = _vault(home)
    for i in range(30):
        (home / BLOBS / f"{i:032x}").write_bytes(os.urandom(256))
    set_duress(vault, b"duress")
    vault.lock()
    with _counting() as normal:
        Vault.open(home, b"real").lock()
    with _counting() as duress:
        opened = Vault.open(home, b"duress")
    opened.wait_for_cleanup()
    opened.lock()
    assert normal["kdf"] == duress["kdf"] == keyslots.SLOT_COUNT
    assert duress["remove"] == normal["remove"] == 0  # no per-file deletion on the hot path
    assert not [p for p in (home / BLOBS).iterdir()]


def test_every_slot_carries_the_same_limits(tmp_path: Path) -> None:
    home = tmp_path / "v"
    created = KdfParams(opslimit=2, memlimit=16 << 10)
    vault = Vault.create(home, "reporter", b"real", created)
    set_duress(vault, b"duress")
    vault.change_passphrase(b"new")
    vault.lock()
    slots = keyslots.KeySlots.parse((home / KEYSLOTS).read_bytes())
    assert slots.params == created
    assert slots.unlock(b"duress").kind == SlotKind.DURESS


@pytest.mark.parametrize("role", ["reporter", "desk", "courier"])
def test_the_duress_vault_looks_plausible(tmp_path: Path, role: str) -> None:
    home = tmp_path / "v"
    vault = _vault(home, role)
    with vault.transaction():
        vault.set_meta("directory", b"signed directory bytes")
        vault.set_meta("directory_root", b"ed25519:root")
        vault.set_meta("secret-real-thing", b"x")
    set_duress(vault, b"duress")
    real_fp = vault.device_key.public.fingerprint
    vault.lock()
    decoy = _reopen(home, b"duress")
    assert decoy.role == role
    assert decoy.get_meta("directory") == b"signed directory bytes"
    assert decoy.get_meta("directory_root") == b"ed25519:root"
    assert decoy.get_meta("secret-real-thing") is None
    assert decoy.device_key.public.fingerprint != real_fp  # the real signing key is not handed over
    decoy.lock()


# -- item 7: keys in memory, absurd limits ---------------------------------------------------


def test_lock_zeroes_the_buffers_the_vault_owns(tmp_path: Path) -> None:
    vault = _vault(tmp_path / "v")
    _ = vault.device_key
    buffers = vault.secret_buffers()
    assert buffers and all(any(b) for b in buffers)
    vault.lock()
    assert all(not any(b) for b in buffers)


def test_absurd_limits_are_refused_before_any_work(tmp_path: Path) -> None:
    home = tmp_path / "v"
    _vault(home).lock()
    data = (home / KEYSLOTS).read_bytes()
    # docs/spec.md: limits = bytes 16..28 XOR SHAKE-256(label || bytes 0..16)[0:12].
    mask = hashlib.shake_256(b"satchel/v2/keyslots/limits" + data[:16]).digest(12)
    absurd = struct.pack(">IQ", 1024, 4 << 30)
    forged = data[:16] + bytes(a ^ b for a, b in zip(absurd, mask, strict=True)) + data[28:]
    (home / KEYSLOTS).write_bytes(forged)
    with _counting() as counts, pytest.raises(IntegrityFailure) as err:
        Vault.open(home, b"real")
    assert counts["kdf"] == 0
    assert err.value.exit_code == 4 and "limits" in str(err.value)
