"""The contract flow end to end through the real `satchel` script, by USB and via a courier."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from clientkit import World, age_tool, exif_of, make_world, new_report, receipts_back, stick_to_desk


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path)


def verify_one(world: World) -> dict[str, object]:
    results = world.desk_cmd("desk", "verify").json()
    assert len(results) == 1
    result: dict[str, object] = results[0]
    assert result["verified"] is True, result["reasons"]
    assert result["signer_fingerprint"] == world.fingerprint
    return result


def check_evidence_with_standard_tools(world: World, evidence: Path) -> None:
    """Follow README.txt in the evidence folder with sha256sum, openssl and age."""
    readme = (evidence / "README.txt").read_text()
    assert "sha256sum -c SHA256SUMS" in readme and "openssl pkeyutl" in readme
    subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=evidence, check=True)
    openssl = subprocess.run(
        ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "signer.pem", "-rawin",
         "-in", "manifest.signed", "-sigfile", "manifest.sig"],
        cwd=evidence, capture_output=True, text=True, check=True)
    assert "Signature Verified Successfully" in openssl.stdout
    manifest = json.loads((evidence / "manifest.json").read_text())
    for entry in manifest["attachments"]:
        out = subprocess.run(
            [age_tool("age"), "-d", "-i", str(world.desk_id),
             f"envelopes/{entry['envelope_sha256']}.age"],
            cwd=evidence, capture_output=True, check=True).stdout
        plain = out[: entry["size"]]
        assert out[entry["size"]:].count(0) == len(out) - entry["size"]
        assert hashlib.sha256(plain).hexdigest() == entry["sha256"]


def test_usb_flow_delivers_verifies_exports_and_erases(world: World) -> None:
    report_id = new_report(world)
    shown = world.reporter_cmd("report", "show", report_id).json()
    assert [a["name"] for a in shown["attachments"]] == ["photo.jpg", "notes.txt"]
    stick_to_desk(world)
    evidence = world.root / "evidence"
    result = verify_one(world)
    assert result["title"] == "Checkpoint beating"

    world.desk_cmd("desk", "export", result["id"], evidence)
    names = sorted(p.name for p in (evidence / "attachments").iterdir())
    assert names == ["00-photo.jpg", "01-notes.txt"]
    for name in ("report.json", "report.txt", "manifest.json", "manifest.sig",
                 "manifest.signed", "signer.pem", "SHA256SUMS", "verification.json"):
        assert (evidence / name).is_file(), name
    assert "reporter's words" in (evidence / "report.txt").read_text()
    photo = (evidence / "attachments" / "00-photo.jpg").read_bytes()
    assert 0x8825 not in exif_of(photo) and 0x010F not in exif_of(photo)
    assert (evidence / "attachments" / "01-notes.txt").read_text() == "names and times\n"
    check_evidence_with_standard_tools(world, evidence)

    receipts_back(world)
    assert world.reporter_cmd("report", "list").json() == []


def test_courier_carries_envelopes_and_receipts(world: World) -> None:
    courier = world.root / "courier"
    world.as_(courier, "init", "--role", "courier", "--directory", world.directory,
              "--accept-root", world.root_fingerprint)
    new_report(world, "Carried by hand")
    world.reporter_cmd("send", "--all")
    sticks = [world.root / f"stick{i}" for i in range(4)]
    for s in sticks:
        s.mkdir()
    world.reporter_cmd("export", sticks[0])
    world.as_(courier, "import", sticks[0])
    status = world.as_(courier, "status").json()
    assert status["counts"]["envelopes"] == 3
    assert status["counts"]["bytes"] > 0
    assert set(status["counts"]) == {"envelopes", "bytes"}
    assert "Carried" not in json.dumps(status)

    world.as_(courier, "export", sticks[1])
    world.desk_cmd("import", sticks[1])
    assert verify_one(world)["title"] == "Carried by hand"

    world.desk_cmd("export", sticks[2])
    world.as_(courier, "import", sticks[2])
    world.as_(courier, "export", sticks[3])
    world.reporter_cmd("import", sticks[3])
    assert world.reporter_cmd("report", "list").json() == []


def test_same_submission_by_usb_twice_and_via_courier_is_stored_once(world: World) -> None:
    courier = world.root / "courier"
    world.as_(courier, "init", "--role", "courier")
    new_report(world)
    world.reporter_cmd("send", "--all")
    stick, carried = world.root / "stick", world.root / "carried"
    stick.mkdir()
    carried.mkdir()
    world.reporter_cmd("export", stick)
    world.desk_cmd("import", stick)
    again = world.desk_cmd("import", stick).json()
    assert {o["status"] for o in again if o["kind"] == "envelope"} == {"known"}, again
    world.as_(courier, "import", stick)
    world.as_(courier, "export", carried)
    world.desk_cmd("import", carried)
    verify_one(world)
    counts = world.desk_cmd("status").json()["counts"]
    assert counts["envelopes"] == 3 and counts["new"] == 1, counts
