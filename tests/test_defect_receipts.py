"""Issue 10, items 1, 3 and 14: nothing is erased that was not delivered, a hostile stick
cannot fake what is already on it, and a stick carries each receipt only while needed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from bundlekit import (
    bundle_dir,
    files_on_stick,
    index_entries,
    item,
    part_names,
    read_all,
    rewrite_index,
)
from clientkit import World, make_world
from satchel.crypto.encoding import read_document, sign_document
from satchel.crypto.keys import SigningKey
from satchel.crypto.receipt import sign_receipt, verify_receipt
from satchel.sync.bundle import write_bundle


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path)


def _report_with_video(world: World) -> str:
    """A sealed report whose attachment (random bytes, like a video) is its own envelope."""
    body, video = world.root / "body.txt", world.root / "video.bin"
    body.write_text("What the video shows.\n")
    video.write_bytes(os.urandom(300_000))
    rid = world.reporter_cmd("report", "new", "--title", "Raid", "--body-file", body,
                             "--attach", video, "--kind", "other").json()["id"]
    world.reporter_cmd("send", "--all")
    return str(rid)


def _stick(world: World, name: str) -> Path:
    path = world.root / name
    path.mkdir()
    return path


def _envelopes(stick: Path) -> dict[str, int]:
    """sha256 -> size of every envelope listed on a stick."""
    return {str(e["sha256"]): int(str(e["size"])) for e in index_entries(stick)
            if e["kind"] == "envelope"}


def _receipt_count(stick: Path) -> int:
    return sum(1 for e in index_entries(stick) if e["kind"] == "receipt")


def test_a_lost_attachment_is_not_erased_and_is_carried_again(world: World) -> None:
    rid = _report_with_video(world)
    stick = _stick(world, "stick1")
    world.reporter_cmd("export", stick)
    sent = _envelopes(stick)
    assert len(sent) == 2
    video_sha = max(sent, key=lambda sha: sent[sha])
    # The stick loses the video's file (deleted, full stick, FAT32 error).
    video_entry = next(e for e in index_entries(stick) if e["sha256"] == video_sha)
    for name in part_names(video_entry):
        (bundle_dir(stick) / name).unlink()
    world.desk_cmd("import", stick, expect=4)

    back = _stick(world, "back1")
    world.desk_cmd("export", back)
    world.reporter_cmd("import", back)
    reports = world.reporter_cmd("report", "list").json()
    assert [r["id"] for r in reports] == [rid], "the report was erased without its video"
    shown = world.reporter_cmd("report", "show", rid).json()
    assert [a["name"] for a in shown["attachments"]] == ["video.bin"]

    again = _stick(world, "stick2")
    world.reporter_cmd("export", again)
    assert set(_envelopes(again)) == {video_sha}, "only the missing envelope is carried again"
    world.desk_cmd("import", again)
    back2 = _stick(world, "back2")
    world.desk_cmd("export", back2)
    world.reporter_cmd("import", back2)
    assert world.reporter_cmd("report", "list").json() == []


def _forge_entry(stick: Path, real: bytes, decoy: bytes, part_size: int) -> None:
    """Make the stick's index claim `real` is there, over files holding `decoy`: right
    names and sizes, wrong bytes."""
    write_bundle(stick, [item(decoy)], part_size=part_size)
    real_sha = hashlib.sha256(real).hexdigest()

    def swap(entries: list[dict[str, object]]) -> list[dict[str, object]]:
        (entry,) = entries
        parts = entry["parts"]
        assert isinstance(parts, list)
        if len(parts) == 1:  # a one-part entry carries the whole hash twice
            parts[0]["sha256"] = real_sha
        return [{**entry, "sha256": real_sha, "parts": parts}]

    rewrite_index(stick, swap)


@pytest.mark.parametrize("part_size", [8192, 2048])
def test_export_checks_entries_already_on_the_stick_by_hash(tmp_path: Path,
                                                             part_size: int) -> None:
    real, decoy = os.urandom(5000), os.urandom(5000)
    _forge_entry(tmp_path, real, decoy, part_size)
    report = write_bundle(tmp_path, [item(real)], part_size=part_size)
    assert [r.status for r in report.results] == ["written"]
    got = {res.sha256: data for res, data in read_all(tmp_path)}
    assert got == {hashlib.sha256(real).hexdigest(): real}


def test_an_intact_entry_is_still_not_written_again(tmp_path: Path) -> None:
    data = os.urandom(3000)
    for passphrase in (None, b"transport words"):
        stick = tmp_path / str(passphrase is None)
        stick.mkdir()
        write_bundle(stick, [item(data)], passphrase=passphrase, part_size=1024)
        before = files_on_stick(stick)
        report = write_bundle(stick, [item(data)], passphrase=passphrase, part_size=1024)
        assert [r.status for r in report.results] == ["present"]
        assert files_on_stick(stick) == before


def _receipts(stick: Path) -> set[str]:
    return {str(e["sha256"]) for e in index_entries(stick) if e["kind"] == "receipt"}


def test_each_receipt_is_carried_until_the_other_side_has_it(world: World) -> None:
    courier = world.root / "courier"
    world.as_(courier, "init", "--role", "courier", "--directory", world.directory,
              "--accept-root", world.root_fingerprint)
    _report_with_video(world)
    lost = _stick(world, "to-courier")
    world.reporter_cmd("export", lost)
    world.as_(courier, "import", lost)
    onward = _stick(world, "to-desk")
    world.as_(courier, "export", onward)
    world.desk_cmd("import", onward)

    first, again = _stick(world, "desk1"), _stick(world, "desk2")
    world.desk_cmd("export", first)
    world.desk_cmd("export", again)
    signed = _receipts(first)
    assert len(signed) == 2 and _receipts(again) == set(), "a desk re-signed its receipts"

    world.as_(courier, "import", first)
    back, later = _stick(world, "courier1"), _stick(world, "courier2")
    world.as_(courier, "export", back)
    world.as_(courier, "export", later)
    assert _receipts(back) == signed and _receipts(later) == set()

    # The stick `back` never reaches the reporter, who sends its envelopes again: both the
    # courier and the desk see that the reporter lacks the receipts and carry them again.
    resent = _stick(world, "resent")
    world.reporter_cmd("export", resent)
    world.as_(courier, "import", resent)
    world.desk_cmd("import", resent)
    from_courier, from_desk = _stick(world, "courier3"), _stick(world, "desk3")
    world.as_(courier, "export", from_courier)
    world.desk_cmd("export", from_desk)
    assert _receipts(from_courier) == signed and _receipts(from_desk) == signed
    world.reporter_cmd("import", from_courier)
    assert world.reporter_cmd("report", "list").json() == []


def test_an_inbox_receipt_shows_only_the_day() -> None:
    key = SigningKey.from_seed(b"\x07" * 32)
    sha = hashlib.sha256(b"an envelope").hexdigest()
    data = sign_receipt(key, sha, "x.onion", 1700000123)  # 2023-11-14 22:15:23 UTC
    body = read_document(data, "receipt").verify([key.public])
    assert body == {"v": 2, "envelope_sha256": sha, "inbox": "x.onion",
                    "stored_day": "2023-11-14"}
    assert verify_receipt(data, [key.public], sha).stored_at == 1699920000
    # Receipts signed before (version 1, exact seconds) are still read.
    old = sign_document(key, "receipt", {"v": 1, "envelope_sha256": sha, "inbox": "x.onion",
                                         "stored_at": 1700000123})
    assert verify_receipt(old, [key.public], sha).stored_at == 1700000123
