"""Every bundle fault ends in one clear message, the good entries still import, and a
failed export never leaves a half-written file under a final name."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path
from typing import Any

import pytest
from bundlekit import (
    bundle_dir,
    by_status,
    files_on_stick,
    index_entries,
    item,
    part_names,
    read_all,
    remount,
    rewrite_index,
    tmpfs,
)
from satchel.sync.bundle import (
    INDEX_NAME,
    BundleEntryError,
    BundleReadError,
    BundleWriteError,
    read_bundle,
    write_bundle,
)
from satchel.sync.bundle.format import canonical_line

MIB = 1 << 20


def three(stick: Path) -> tuple[list[bytes], list[dict[str, Any]]]:
    """A bundle of a small envelope, a split one (3 parts) and a receipt."""
    data = [os.urandom(4000), os.urandom(2 * MIB + 5), os.urandom(300)]
    report = write_bundle(stick, [item(data[0]), item(data[1]), item(data[2], "receipt")],
                          part_size=MIB)
    assert all(r.status == "written" for r in report.results)
    by_sha = {e["sha256"]: e for e in index_entries(stick)}
    return data, [by_sha[r.sha256] for r in report.results]


def assert_others_ok(stick: Path, data: list[bytes], bad: int, status: str = "failed",
                     **kw: Any) -> str:
    """Entries other than `bad` import intact; return the bad entry's reason."""
    results = read_all(stick, **kw)
    good = sorted(d for i, d in enumerate(data) if i != bad)
    assert sorted(blob for _, blob in results if blob is not None) == good
    (failed,) = by_status(results)[status]
    # One clear sentence-like reason on one line, never a raw exception text.
    assert failed.reason and "\n" not in failed.reason and "Errno" not in failed.reason
    assert failed.reason.endswith(("refused", ")", "stick", "hostile")), failed.reason
    return failed.reason


def test_truncated_file(tmp_path: Path) -> None:
    data, entries = three(tmp_path)
    os.truncate(bundle_dir(tmp_path) / part_names(entries[0])[0], 1000)
    assert "truncated (1000 of" in assert_others_ok(tmp_path, data, 0)


def test_flipped_byte(tmp_path: Path) -> None:
    data, entries = three(tmp_path)
    victim = bundle_dir(tmp_path) / part_names(entries[1])[1]
    with open(victim, "r+b") as f:
        f.seek(12345)
        byte = f.read(1)
        f.seek(12345)
        f.write(bytes([byte[0] ^ 0x40]))
    assert "does not match its hash" in assert_others_ok(tmp_path, data, 1)


def test_missing_part_of_split_envelope(tmp_path: Path) -> None:
    data, entries = three(tmp_path)
    os.unlink(bundle_dir(tmp_path) / part_names(entries[1])[2])
    assert "is missing from the stick" in assert_others_ok(tmp_path, data, 1)


def test_duplicated_files(tmp_path: Path) -> None:
    data, entries = three(tmp_path)
    copy = "c" * 26 + ".sat"
    src = bundle_dir(tmp_path) / part_names(entries[0])[0]
    (bundle_dir(tmp_path) / copy).write_bytes(src.read_bytes())
    twin = dict(entries[0], parts=[dict(entries[0]["parts"][0], name=copy)])
    rewrite_index(tmp_path, lambda es: [*es, twin])
    results = read_all(tmp_path)
    assert sorted(blob for _, blob in results if blob is not None) == sorted(data)
    (dup,) = by_status(results)["duplicate"]
    assert dup.sha256 == entries[0]["sha256"] and "read once" in dup.reason


def test_index_lists_absent_files(tmp_path: Path) -> None:
    data, _ = three(tmp_path)
    ghost = {"kind": "envelope", "sha256": "ab" * 32, "size": 10,
             "parts": [{"name": "g" * 26 + ".sat", "sha256": "ab" * 32, "size": 10}]}
    rewrite_index(tmp_path, lambda es: [*es, ghost])
    reason = assert_others_ok(tmp_path, [*data, b"ghost"], 3)
    assert reason == f"file {'g' * 26}.sat is missing from the stick"


def test_files_absent_from_index_are_ignored(tmp_path: Path) -> None:
    three(tmp_path)
    for name in ("stray.txt", "q" * 26 + ".sat", "\x1b[31mevil"):
        (bundle_dir(tmp_path) / name).write_bytes(b"x")
    ignored = by_status(read_all(tmp_path))["ignored"]
    assert sorted(r.files[0] for r in ignored) == ["\\x1b[31mevil", "q" * 26 + ".sat",
                                                   "stray.txt"]
    assert {r.reason for r in ignored} == {"not listed in the index; ignored"}


@pytest.mark.parametrize("name", ["../../etc/passwd", "..", "/etc/passwd",
                                  "/tmp/" + "a" * 26 + ".sat", "sub/" + "a" * 26 + ".sat",
                                  "A" * 26 + ".sat", "a" * 26 + ".sat\x00"])
def test_unsafe_names_in_index(tmp_path: Path, name: str) -> None:
    data, entries = three(tmp_path)

    def poison(es: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for e in es:
            if e["sha256"] == entries[0]["sha256"]:
                e["parts"][0]["name"] = name
        return es

    rewrite_index(tmp_path, poison)
    assert "names an unsafe file" in assert_others_ok(tmp_path, data, 0)


def test_symlinks_are_refused(tmp_path: Path) -> None:
    data, entries = three(tmp_path)
    target = tmp_path / "secret"
    target.write_bytes(b"not yours")
    victim = bundle_dir(tmp_path) / part_names(entries[0])[0]
    victim.unlink()
    victim.symlink_to(target)
    assert "is a symbolic link; refused" in assert_others_ok(tmp_path, data, 0)


def test_symlinked_bundle_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    data, _ = three(tmp_path / "real")
    assert sorted(blob for _, blob in read_all(tmp_path / "real") if blob) == sorted(data)
    (tmp_path / "via").mkdir()
    link = bundle_dir(tmp_path / "via")
    link.symlink_to(bundle_dir(tmp_path / "real"), target_is_directory=True)
    # The link is real and leads to a good bundle: only the link itself is refused.
    assert link.is_symlink() and (link / INDEX_NAME).is_file()
    with pytest.raises(BundleReadError, match=r"is not a folder \(a symbolic link"):
        read_bundle(tmp_path / "via")


def test_symlinked_index_is_refused(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    three(tmp_path / "real")
    index = bundle_dir(tmp_path / "real") / INDEX_NAME
    index.rename(tmp_path / "index")
    index.symlink_to(tmp_path / "index")
    assert index.is_symlink() and index.read_bytes() == (tmp_path / "index").read_bytes()
    with pytest.raises(BundleReadError, match="The bundle index is a symbolic link; refused"):
        read_bundle(tmp_path / "real")


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    data, entries = three(tmp_path)
    victim = bundle_dir(tmp_path) / part_names(entries[2])[0]
    victim.unlink()
    os.mkfifo(victim)
    assert "not a regular file" in assert_others_ok(tmp_path, data, 2)


def test_million_entry_index_is_refused_unread(tmp_path: Path) -> None:
    bundle_dir(tmp_path).mkdir()
    line = canonical_line({"kind": "envelope", "parts": [
        {"name": "a" * 26 + ".sat", "sha256": "0" * 64, "size": 1}], "sha256": "0" * 64,
        "size": 1})
    header = {"date": "2025-01-01", "entries": 10**6, "format": "satchel-bundle",
              "version": 1}
    with open(bundle_dir(tmp_path) / INDEX_NAME, "wb") as f:
        f.write(b"satchel-bundle-index-v1\n" + (len(line) * 10**6).to_bytes(8, "big"))
        f.write(canonical_line(header))
        for _ in range(100):
            f.write(line * 10**4)
    with pytest.raises(BundleReadError, match="over the 67108864-byte limit: it is damaged"):
        read_bundle(tmp_path)


def test_large_index_under_the_limit_is_streamed(tmp_path: Path) -> None:
    three(tmp_path)
    ghosts = [{"kind": "receipt", "sha256": f"{i:064x}", "size": 1,
               "parts": [{"name": "b" * 26 + ".sat", "sha256": f"{i:064x}", "size": 1}]}
              for i in range(1, 50_001)]
    rewrite_index(tmp_path, lambda es: es + ghosts)
    results = read_bundle(tmp_path)
    first = next(results)  # entries come one at a time, not after parsing all of them
    rest = [first, *results]
    assert len(rest) == 50_003
    groups = by_status([(r, None) for r in rest])
    assert len(groups["ready"]) == 3
    assert "missing from the stick" in groups["failed"][0].reason
    assert "claimed by two index entries" in groups["failed"][1].reason


def test_file_growing_while_read(tmp_path: Path) -> None:
    data, entries = three(tmp_path)
    victim = bundle_dir(tmp_path) / part_names(entries[1])[0]

    class GrowingSink(io.BytesIO):
        def write(self, b: Any) -> int:
            with open(victim, "ab") as f:  # the stick appends while we read
                f.write(os.urandom(len(b)))
            return super().write(b)

    for res in read_bundle(tmp_path):
        if res.sha256 == entries[1]["sha256"]:
            sink = GrowingSink()
            with pytest.raises(BundleEntryError, match="changed while being read"):
                res.copy_to(sink)
            assert len(sink.getvalue()) <= MIB  # read at most the indexed size
            assert res.status == "failed"
        else:
            sink = io.BytesIO()
            res.copy_to(sink)
            assert sink.getvalue() in data


def test_stick_removed_mid_write(tmp_path: Path) -> None:
    """Pulled before the cache reached it: a data file is cut short after writing."""
    data, entries = three(tmp_path)
    os.truncate(bundle_dir(tmp_path) / part_names(entries[1])[1], 0)
    assert "truncated (0 of" in assert_others_ok(tmp_path, data, 1)


def test_missing_destination_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BundleWriteError, match="There is no folder"):
        write_bundle(tmp_path / "absent", [item(b"x")])


def test_io_error_while_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """EIO from the stick at fsync (a fake: a real failing device is not available)."""
    old = os.urandom(500)
    write_bundle(tmp_path, [item(old)])
    before = {n: (bundle_dir(tmp_path) / n).read_bytes() for n in files_on_stick(tmp_path)}
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        if os.path.isfile(f"/proc/self/fd/{fd}"):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(BundleWriteError, match="input/output error") as caught:
        write_bundle(tmp_path, [item(os.urandom(MIB))])
    monkeypatch.undo()
    assert caught.value.errno == errno.EIO
    after = {n: (bundle_dir(tmp_path) / n).read_bytes() for n in files_on_stick(tmp_path)}
    assert after == before  # no temp file, no half file, the old index untouched
    assert [blob for _, blob in read_all(tmp_path)] == [old]


def test_full_stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    with tmpfs(stick, "size=1m") as mounted:
        if not mounted:  # fallback where mount is impossible: ENOSPC faked at fsync
            stick.mkdir(exist_ok=True)
            write_bundle(stick, [item(b"first" * 100)])
            monkeypatch.setattr(os, "fsync", _raise(errno.ENOSPC))
        else:
            write_bundle(stick, [item(b"first" * 100)])
        before = files_on_stick(stick)
        with pytest.raises(BundleWriteError, match="The stick is full") as caught:
            write_bundle(stick, [item(b"second" * 100), item(os.urandom(2 * MIB))])
        monkeypatch.undo()
        assert caught.value.errno == errno.ENOSPC
        report = caught.value.report
        statuses = [r.status for r in report.results]  # type: ignore[attr-defined]
        after = files_on_stick(stick)
        assert not [n for n in after if n.endswith(".tmp")]
        blobs = sorted(blob for _, blob in read_all(stick) if blob is not None)
        if mounted:  # the small one finished before the stick filled up and was kept
            assert statuses == ["written"] and len(after - before) == 1
            assert blobs == sorted([b"first" * 100, b"second" * 100])
        else:
            assert after == before and blobs == [b"first" * 100]


def test_read_only_stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    with tmpfs(stick, "size=2m") as mounted:
        stick.mkdir(exist_ok=True)
        write_bundle(stick, [item(b"kept" * 10)])
        if mounted:
            remount(stick, "ro")
        else:  # fallback where mount is impossible: EROFS faked at file creation
            real_open = os.open
            monkeypatch.setattr(os, "open", lambda p, flags, *a, **k: (
                _raise(errno.EROFS)(p) if flags & os.O_CREAT else real_open(p, flags, *a, **k)))
        before = files_on_stick(stick)
        with pytest.raises(BundleWriteError, match="The stick is read-only") as caught:
            write_bundle(stick, [item(b"new" * 10)])
        monkeypatch.undo()
        assert caught.value.errno == errno.EROFS
        assert files_on_stick(stick) == before
        assert [blob for _, blob in read_all(stick)] == [b"kept" * 10]


def _raise(code: int) -> Any:
    def fail(*_args: Any) -> None:
        raise OSError(code, os.strerror(code))
    return fail
