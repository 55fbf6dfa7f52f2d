"""More desk and reporter behaviour through the real CLI: alerts, several desks, an
envelope for another desk, hostile attachment names, keep-delivered, remove-original,
a damaged vault, and an attachment that is not a regular file."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from clientkit import World, make_world, satchel
from satchel.client.desk.export import safe_name


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    os.environ["SATCHEL_INSECURE_FAST_KDF"] = "1"
    return make_world(tmp_path_factory.mktemp("world"))


def _send(world: World, reporter: Path, stick: Path, *attach: Path, title: str = "Report",
          where: str = "Kabul, Kabul Province, Afghanistan", kind: str = "blocking") -> str:
    body = stick.parent / f"{stick.name}.body"
    body.write_text("MARKER-BODY free text that must never reach an alert\n")
    args: list[str | Path] = ["report", "new", "--title", title, "--body-file", body,
                              "--kind", kind, "--when", "2026-11-20", "--where", where,
                              "--service", "ExampleNet"]
    for a in attach:
        args += ["--attach", a]
    rid = world.as_(reporter, *args).json()["id"]
    world.as_(reporter, "send", rid)
    stick.mkdir(exist_ok=True)
    world.as_(reporter, "export", stick)
    return str(rid)


def test_alerts_are_de_identified(world: World, tmp_path: Path) -> None:
    _send(world, world.reporter, tmp_path / "stick", title="MARKER-TITLE shutdown")
    world.desk_cmd("import", tmp_path / "stick")
    world.desk_cmd("desk", "verify")
    out = tmp_path / "alerts.csv"
    world.desk_cmd("desk", "alerts", "--since", "2026-01-01", "--out", out)
    text = out.read_text() + out.with_suffix(".json").read_text()
    for secret in ("MARKER", world.fingerprint, "ed25519:", "Kabul,"):
        assert secret not in text
    rows = list(csv.DictReader(out.open()))
    assert rows and set(rows[0]) == {"title", "kind", "date", "region", "country", "service",
                                     "verification", "count"}
    row = next(r for r in rows if r["kind"] == "blocking")
    assert (row["country"], row["region"], row["date"]) == ("Afghanistan", "Kabul Province",
                                                            "2026-11-20")
    assert row["verification"] == "verified" and int(row["count"]) >= 1
    assert json.loads(out.with_suffix(".json").read_text())[0]["kind"]


def test_two_desks_each_open_the_same_envelope(world: World, tmp_path: Path) -> None:
    desk2, recipient2 = world.new_desk("desk2")
    both = world.make_directory(tmp_path / "both", [world.recipient, recipient2], serial=2000)
    reporter = tmp_path / "reporter"
    world.as_(reporter, "init", "--role", "reporter", "--directory", both,
              "--accept-root", world.root_fingerprint)
    world.as_(desk2, "directory", "import", both, "--accept-root", world.root_fingerprint)
    _send(world, reporter, tmp_path / "stick")
    for desk in (world.desk, desk2):
        world.as_(desk, "import", tmp_path / "stick")
        results = world.as_(desk, "desk", "verify").json()
        assert any(r["verified"] and r["title"] == "Report" for r in results)


def test_an_envelope_for_another_desk_is_not_a_submission(world: World, tmp_path: Path) -> None:
    _other, other_recipient = world.new_desk("other")
    only_other = world.make_directory(tmp_path / "other", [other_recipient], serial=3000)
    reporter = tmp_path / "reporter"
    world.as_(reporter, "init", "--role", "reporter", "--directory", only_other,
              "--accept-root", world.root_fingerprint)
    _send(world, reporter, tmp_path / "stick")
    before = len(world.desk_cmd("desk", "verify").json())
    results = world.desk_cmd("import", tmp_path / "stick").json()
    assert any(r.get("status") == "not-for-this-desk" for r in results)
    assert len(world.desk_cmd("desk", "verify").json()) == before


def test_hostile_attachment_names_are_sanitised(world: World, tmp_path: Path) -> None:
    assert safe_name("../../etc/passwd", 0) == "00-passwd"
    assert safe_name("a\x00b\x1b[31mc.txt", 1) == "01-a_b_[31mc.txt"
    assert safe_name("..", 2) == "02-attachment"
    long = safe_name("x" * 500 + ".jpeg", 3)
    assert len(long) <= 110 and long.endswith(".jpeg")
    weird = tmp_path / "in" / "\x07bell\u202egnp.exe .txt"
    weird.parent.mkdir()
    weird.write_text("MARKER hostile name\n")
    _send(world, world.reporter, tmp_path / "stick", weird)
    world.desk_cmd("import", tmp_path / "stick")
    sid = world.desk_cmd("desk", "verify").json()[-1]["id"]
    world.desk_cmd("desk", "export", sid, tmp_path / "evidence")
    names = [p.name for p in (tmp_path / "evidence" / "attachments").iterdir()]
    assert len(names) == 1 and "\x07" not in names[0] and "/" not in names[0]


def test_keep_delivered_keeps_the_report(world: World, tmp_path: Path) -> None:
    reporter = tmp_path / "reporter"
    world.as_(reporter, "init", "--role", "reporter", "--directory", world.directory,
              "--accept-root", world.root_fingerprint)
    world.as_(reporter, "settings", "keep-delivered", "on")
    rid = _send(world, reporter, tmp_path / "stick")
    world.desk_cmd("import", tmp_path / "stick")
    (tmp_path / "back").mkdir()
    world.desk_cmd("export", tmp_path / "back")
    world.as_(reporter, "import", tmp_path / "back")
    reports = world.as_(reporter, "report", "list").json()
    assert [(r["id"], r["state"]) for r in reports] == [(rid, "delivered")]


def test_remove_original_overwrites_and_deletes_the_source(world: World, tmp_path: Path) -> None:
    src = tmp_path / "photo.txt"
    src.write_text("MARKER original\n")
    world.reporter_cmd("report", "new", "--title", "t", "--attach", src, "--remove-original")
    assert not src.exists()


def test_an_attachment_that_is_not_a_file_is_refused(world: World, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    world.reporter_cmd("report", "new", "--title", "t", "--attach", fifo, expect=2)


def test_a_damaged_vault_database_says_so(world: World, tmp_path: Path) -> None:
    home = tmp_path / "vault"
    world.as_(home, "init", "--role", "reporter")
    db = home / "vault.db"
    data = bytearray(db.read_bytes())
    for i in range(0, len(data), 512):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    run = satchel("status", home=home, passfile=world.passfile, expect=3)
    assert "damaged" in run.err


def test_damaged_key_slots_say_so(world: World, tmp_path: Path) -> None:
    home = tmp_path / "vault"
    world.as_(home, "init", "--role", "reporter")
    (home / "keyslots").write_bytes(b"not key slots")
    run = satchel("status", home=home, passfile=world.passfile, expect=3)
    assert "damaged" in run.err
