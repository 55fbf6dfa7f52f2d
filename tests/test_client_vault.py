"""The vault's life: passphrase change, panic, duress, auto-lock, erase after delivery."""

from __future__ import annotations

from pathlib import Path

import pytest
from clientkit import make_world, new_report, satchel
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.autolock import AutoLock
from satchel.client.vault.vault import Vault
from satchel.crypto.keyslots import KdfParams

PASS = b"the reporter passphrase 1"


def _reporter(tmp_path: Path) -> tuple[Path, Path]:
    home, passfile = tmp_path / "vault", tmp_path / "pass"
    passfile.write_bytes(PASS + b"\n")
    satchel("init", "--role", "reporter", home=home, passfile=passfile)
    return home, passfile


def test_passphrase_change_old_fails_new_works_data_intact(tmp_path: Path) -> None:
    home, passfile = _reporter(tmp_path)
    rid = satchel("report", "new", "--title", "kept", home=home, passfile=passfile).json()["id"]
    newfile = tmp_path / "new"
    newfile.write_bytes(b"a brand new passphrase 2\n")
    satchel("passphrase", "change", "--new-passphrase-file", newfile, home=home, passfile=passfile)
    satchel("status", home=home, passfile=passfile, expect=3)
    listed = satchel("report", "list", home=home, passfile=newfile).json()
    assert [(r["id"], r["title"]) for r in listed] == [(rid, "kept")]


def test_panic_destroys_everything(tmp_path: Path) -> None:
    home, passfile = _reporter(tmp_path)
    note = tmp_path / "n.txt"
    note.write_text("x\n")
    satchel("report", "new", "--title", "t", "--attach", note, home=home, passfile=passfile)
    satchel("panic", "--yes", home=home, passfile=passfile)
    leftovers = [p.name for p in home.iterdir()] if home.exists() else []
    assert not [n for n in leftovers if n in ("keyslots", "blobs") or n.startswith("vault.db")]
    satchel("status", home=home, passfile=passfile, expect=3)


def test_panic_without_yes_and_without_terminal_refuses(tmp_path: Path) -> None:
    home, passfile = _reporter(tmp_path)
    satchel("panic", home=home, passfile=passfile, expect=2, stdin=b"destroy\n")
    satchel("status", home=home, passfile=passfile)


def test_duress_passphrase_opens_empty_vault_and_kills_the_real_one(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    new_report(world, "the real one")
    duress = tmp_path / "duress"
    duress.write_bytes(b"please do not hurt me 3\n")
    world.reporter_cmd("passphrase", "duress", "--duress-passphrase-file", duress)
    status = satchel("status", home=world.reporter, passfile=duress).json()
    assert status["role"] == "reporter" and status["counts"] == {}
    assert status["device_fingerprint"] != world.fingerprint
    assert satchel("report", "list", home=world.reporter, passfile=duress).json() == []
    world.reporter_cmd("status", expect=3)
    assert satchel("report", "list", home=world.reporter, passfile=duress).json() == []


def test_duress_passphrase_must_differ(tmp_path: Path) -> None:
    home, passfile = _reporter(tmp_path)
    satchel("passphrase", "duress", "--duress-passphrase-file", passfile,
            home=home, passfile=passfile, expect=2)


def test_autolock_locks_after_idle_and_zeroes_the_key(tmp_path: Path) -> None:
    now = [1000.0]
    vault = Vault.create(tmp_path / "v", "reporter", PASS, KdfParams.insecure_for_tests())
    master = vault._master  # the bytearray the vault promises to zero on lock
    lock = AutoLock(vault, idle_seconds=60, clock=lambda: now[0])
    now[0] += 59
    assert lock.check() is False
    vault.get_meta("role")  # use resets the idle timer
    now[0] += 59
    assert lock.check() is False and lock.seconds_left() == 1
    now[0] += 1
    assert lock.check() is True
    assert vault.locked and master == bytearray(len(master)) and len(master) == 32
    with pytest.raises(Exception, match="locked"):
        vault.get_meta("role")


def test_erase_after_delivery_leaves_no_row_and_no_blob(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    new_report(world)
    vault = Vault.open(world.reporter, world.passphrase())
    try:
        create_report(vault, ReportInput(title="api made"), lambda *a: None)
    finally:
        vault.lock()
    world.reporter_cmd("send", "--all")
    stick, back = tmp_path / "stick", tmp_path / "back"
    stick.mkdir()
    back.mkdir()
    world.reporter_cmd("export", stick)
    world.desk_cmd("import", stick)
    world.desk_cmd("export", back)
    world.reporter_cmd("import", back)
    assert world.reporter_cmd("report", "list").json() == []
    vault = Vault.open(world.reporter, world.passphrase())
    try:
        for table in ("reports", "attachments", "envelopes", "receipts"):
            assert vault.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    finally:
        vault.lock()
    assert list((world.reporter / "blobs").iterdir()) == []
