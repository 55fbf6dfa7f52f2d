"""Durable writes: complete under the final name, or nothing and no temp file left."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from satchel.client.fsutil import AtomicFile, atomic_write, fsync_dir


def test_atomic_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "keyslots"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["keyslots"]
    assert target.stat().st_mode & 0o777 == 0o600


def test_error_in_block_leaves_nothing_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "f"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), AtomicFile(target) as f:
        f.write(b"half")
        raise RuntimeError("boom")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["f"]


def test_fsync_failure_removes_the_temp_file(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        atomic_write(tmp_path / "f", b"data")
    assert os.listdir(tmp_path) == []


def test_planted_symlink_at_temp_name_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"intact")
    af = AtomicFile(tmp_path / "f")
    af.temp_path.symlink_to(victim)
    with pytest.raises(FileExistsError), af:
        pass
    assert victim.read_bytes() == b"intact"


def test_fsync_dir_accepts_a_folder_and_refuses_a_file(tmp_path: Path) -> None:
    fsync_dir(tmp_path)
    (tmp_path / "f").write_bytes(b"")
    with pytest.raises(NotADirectoryError):
        fsync_dir(tmp_path / "f")
