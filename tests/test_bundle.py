"""Bundle round trips: kinds, split parts, appending, resuming, passphrase, privacy."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from bundlekit import bundle_dir, by_status, files_on_stick, index_entries, item, read_all
from satchel.crypto.padding import padme
from satchel.sync.bundle import (
    INDEX_NAME,
    BundlePassphraseError,
    BundleReadError,
    read_bundle,
    write_bundle,
)
from satchel.sync.bundle.format import NAME_RE

MIB = 1 << 20
PASS = b"correct horse battery staple"


def payloads() -> list[tuple[bytes, str]]:
    return [(os.urandom(5000), "envelope"), (os.urandom(3 * MIB + 17), "envelope"),
            (os.urandom(300), "receipt"), (os.urandom(900), "directory"),
            (b"age-encryption.org/v1\n" + os.urandom(2000), "envelope")]


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[bytes, str]]]:
    """One passphrase bundle shared by the tests that read it (Argon2id takes ~1 s)."""
    stick = tmp_path_factory.mktemp("sealed")
    data = payloads()
    write_bundle(stick, [item(d, k) for d, k in data], passphrase=PASS, part_size=MIB)
    return stick, data


def test_round_trip_plain_with_split_parts(tmp_path: Path) -> None:
    data = payloads()
    progress: list[tuple[int, int]] = []
    report = write_bundle(tmp_path, [item(d, k) for d, k in data], part_size=MIB,
                          on_progress=lambda done, total: progress.append((done, total)))
    assert [r.status for r in report.results] == ["written"] * 5
    assert report.index_written and report.bytes_written == sum(len(d) for d, _ in data)
    assert progress[-1] == (report.bytes_written, report.bytes_written)
    assert len(report.results[1].files) == 4  # 3 MiB + 17 bytes at 1 MiB a part
    results = read_all(tmp_path)
    got = {res.sha256: (res.kind, blob) for res, blob in results}
    assert {r.status for r, _ in results} == {"ok"}
    for (d, k), r in zip(data, report.results, strict=True):
        assert got[r.sha256] == (k, d)


def test_files_are_padded_and_randomly_named(tmp_path: Path) -> None:
    data = os.urandom(1000)
    report = write_bundle(tmp_path, [item(data)])
    (name,) = report.results[0].files
    assert NAME_RE.fullmatch(name)
    on_stick = (bundle_dir(tmp_path) / name).read_bytes()
    assert len(on_stick) == padme(1000) and on_stick[:1000] == data
    assert (bundle_dir(tmp_path) / INDEX_NAME).stat().st_size == padme(
        (bundle_dir(tmp_path) / INDEX_NAME).stat().st_size)


def test_index_holds_only_hashes_sizes_parts_and_a_day(tmp_path: Path) -> None:
    write_bundle(tmp_path, [item(os.urandom(100)), item(os.urandom(2 * MIB))], part_size=MIB)
    for entry in index_entries(tmp_path):
        assert set(entry) == {"kind", "sha256", "size", "parts"}
    raw = (bundle_dir(tmp_path) / INDEX_NAME).read_bytes()
    header = raw.split(b"\n")[1]
    assert re.fullmatch(rb'.*\{"date":"\d{4}-\d\d-\d\d","entries":2,.*', header)


def test_append_is_idempotent_and_merges(tmp_path: Path) -> None:
    a, b, c = os.urandom(100), os.urandom(200), os.urandom(300)
    write_bundle(tmp_path, [item(a), item(b)])
    before = files_on_stick(tmp_path)
    report = write_bundle(tmp_path, [item(b), item(c), item(c)])
    assert [r.status for r in report.results] == ["present", "written", "duplicate"]
    assert len(files_on_stick(tmp_path) - before) == 1
    assert sorted(blob for _, blob in read_all(tmp_path)) == sorted([a, b, c])


def test_known_entries_are_skipped_without_reading(tmp_path: Path) -> None:
    a, b = os.urandom(100), os.urandom(200)
    report = write_bundle(tmp_path, [item(a), item(b)])
    have = report.results[0].sha256
    os.unlink(bundle_dir(tmp_path) / report.results[0].files[0])  # would fail if read
    groups = by_status(read_all(tmp_path, known=lambda sha: sha == have))
    assert [r.sha256 for r in groups["known"]] == [have]
    assert [r.sha256 for r in groups["ok"]] == [report.results[1].sha256]


def test_interrupted_export_is_cleaned_up_and_resumed(tmp_path: Path) -> None:
    a, b = os.urandom(100), os.urandom(200)
    write_bundle(tmp_path, [item(a)])
    leftovers = {".xyz.0123456789abcdef.tmp", "a" * 26 + ".sat"}
    for name in leftovers:
        (bundle_dir(tmp_path) / name).write_bytes(b"partial")
    ignored = by_status(read_all(tmp_path))["ignored"]
    assert sorted(r.files[0] for r in ignored) == sorted(leftovers)
    report = write_bundle(tmp_path, [item(a), item(b)])
    assert sorted(report.removed) == sorted(leftovers)
    assert [r.status for r in report.results] == ["present", "written"]
    assert sorted(blob for _, blob in read_all(tmp_path)) == sorted([a, b])


def test_source_not_matching_its_hash_is_not_exported(tmp_path: Path) -> None:
    good, bad = item(os.urandom(100)), item(os.urandom(2 * MIB))
    lying = type(bad)(bad.kind, bad.sha256, bad.size, lambda: io.BytesIO(os.urandom(2 * MIB)))
    short = type(bad)(bad.kind, "0" * 64, 10, lambda: io.BytesIO(b"123"))
    report = write_bundle(tmp_path, [lying, good, short], part_size=MIB)
    assert [r.status for r in report.results] == ["failed", "written", "failed"]
    assert "does not match its hash" in report.results[0].reason
    assert "shorter than recorded" in report.results[2].reason
    assert files_on_stick(tmp_path) == {INDEX_NAME, *report.results[1].files}


def test_missing_bundle_or_index_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BundleReadError, match="no Satchel bundle"):
        read_bundle(tmp_path)
    bundle_dir(tmp_path).mkdir()
    with pytest.raises(BundleReadError, match="has no index: its export did not finish"):
        read_bundle(tmp_path)


def test_round_trip_with_passphrase(sealed: tuple[Path, list[tuple[bytes, str]]]) -> None:
    stick, data = sealed
    results = read_all(stick, passphrase=PASS)
    assert {r.status for r, _ in results} == {"ok"}
    assert sorted(blob for _, blob in results if blob is not None) == sorted(d for d, _ in data)
    assert {r.kind for r, _ in results} == {"envelope", "receipt", "directory"}


def test_passphrase_bundle_shows_no_structure(
        sealed: tuple[Path, list[tuple[bytes, str]]]) -> None:
    stick, _ = sealed
    for name in files_on_stick(stick):
        blob = (bundle_dir(stick) / name).read_bytes()
        for marker in (b"age-encryption.org", b"satchel", b'"sha256"', b"envelope"):
            assert marker not in blob, (name, marker)
    index = (bundle_dir(stick) / INDEX_NAME).read_bytes()
    with pytest.raises(ValueError):
        index.decode("utf-8")


def test_wrong_or_missing_passphrase_is_a_clear_error(
        sealed: tuple[Path, list[tuple[bytes, str]]]) -> None:
    stick, _ = sealed
    with pytest.raises(BundlePassphraseError, match="transport passphrase is wrong"):
        read_bundle(stick, passphrase=b"not it")
    with pytest.raises(BundlePassphraseError, match="give the transport passphrase"):
        read_bundle(stick)


def test_flipped_byte_in_sealed_file_fails_that_entry_only(tmp_path: Path) -> None:
    a, b = os.urandom(5000), os.urandom(7000)
    report = write_bundle(tmp_path, [item(a), item(b)], passphrase=PASS)
    victim = bundle_dir(tmp_path) / report.results[0].files[0]
    blob = bytearray(victim.read_bytes())
    blob[100] ^= 1
    victim.write_bytes(bytes(blob))
    groups = by_status(read_all(tmp_path, passphrase=PASS))
    assert [r.sha256 for r in groups["ok"]] == [report.results[1].sha256]
    assert "does not authenticate" in groups["failed"][0].reason
