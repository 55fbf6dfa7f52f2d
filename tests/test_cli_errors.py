"""Exit codes and one-sentence errors (CONTRACT.md), and the desk's refusals, in words.

`clientkit.satchel` checks every run for tracebacks and every failure for exactly one
stderr line starting with "satchel:".
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from bundlekit import item
from clientkit import World, bundle_files, flip_byte, make_world, new_report, satchel
from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.envelope import seal_report
from satchel.crypto.keys import SigningKey
from satchel.sync.bundle import write_bundle


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """One coalition for the read-only checks (each test below leaves it as it found it)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SATCHEL_INSECURE_FAST_KDF", "1")
        return make_world(tmp_path_factory.mktemp("errors"))


@pytest.fixture
def fresh(tmp_path: Path) -> World:
    return make_world(tmp_path)


def test_wrong_passphrase_exits_3(world: World) -> None:
    wrong = world.root / "wrong"
    wrong.write_bytes(b"not the passphrase\n")
    run = satchel("status", home=world.reporter, passfile=wrong, expect=3)
    assert "passphrase" in run.err.lower()


def test_missing_vault_exits_3(world: World) -> None:
    satchel("status", home=world.root / "nowhere", passfile=world.passfile, expect=3)


def test_init_over_existing_vault_exits_2_and_leaves_it(world: World) -> None:
    before = {p.name: p.read_bytes() for p in world.reporter.iterdir() if p.is_file()}
    world.as_(world.reporter, "init", "--role", "reporter", expect=2)
    after = {p.name: p.read_bytes() for p in world.reporter.iterdir() if p.is_file()}
    assert after == before
    world.reporter_cmd("status")


def test_directory_signed_by_another_root_exits_4(world: World, tmp_path: Path) -> None:
    other = World(**{**world.__dict__, "coalition": tmp_path / "other"})
    satchel("coalition", "init", "--out", other.coalition, passfile=world.passfile)
    forged = other.make_directory(tmp_path / "forged", [world.recipient], serial=5000)
    run = world.reporter_cmd("directory", "import", forged, expect=4)
    assert "root" in run.err.lower() or "sign" in run.err.lower()


def test_older_directory_exits_4(world: World, tmp_path: Path) -> None:
    older = world.make_directory(tmp_path / "older", [world.recipient], serial=10)
    world.reporter_cmd("directory", "import", older, expect=4)
    assert world.reporter_cmd("status").json()["directory_serial"] == 1000


def test_unknown_kind_exits_2(world: World) -> None:
    run = world.reporter_cmd("report", "new", "--title", "t", "--kind", "no-such-kind", expect=2)
    assert "kind" in run.err


@pytest.mark.parametrize("make_bad", ["missing", "directory"])
def test_unreadable_attachment_is_refused_and_nothing_stored(
    world: World, tmp_path: Path, make_bad: str
) -> None:
    bad = tmp_path / "gone.jpg"
    if make_bad == "directory":
        bad.mkdir()
    good = tmp_path / "ok.txt"
    good.write_text("fine\n")
    blobs_before = sorted((world.reporter / "blobs").iterdir())
    run = world.reporter_cmd("report", "new", "--title", "t", "--attach", good,
                             "--attach", bad, expect=2)
    assert "gone.jpg" in run.err
    assert world.reporter_cmd("report", "list").json() == []
    assert sorted((world.reporter / "blobs").iterdir()) == blobs_before


def _report_on_stick(world: World) -> Path:
    """A new report, sealed and exported by the reporter onto a new stick."""
    new_report(world)
    world.reporter_cmd("send", "--all")
    stick = world.root / "stick"
    stick.mkdir()
    world.reporter_cmd("export", stick)
    return stick


def test_tampered_file_on_stick_fails_but_good_files_are_taken(fresh: World) -> None:
    stick = _report_on_stick(fresh)
    files = bundle_files(stick)
    assert len(files) == 3
    victim = max(files, key=lambda p: p.stat().st_size)
    flip_byte(victim, victim.stat().st_size // 2)
    run = fresh.desk_cmd("import", stick, expect=4)
    assert "damaged or refused" in run.err
    outcomes = run.json()
    assert sum(o["status"] == "failed" for o in outcomes) == 1, outcomes
    assert fresh.desk_cmd("status").json()["counts"]["envelopes"] == 2


def _drop_attachment(desk: Path, passfile: Path, how: str) -> None:
    vault = Vault.open(desk, passfile.read_bytes().rstrip(b"\n"))
    try:
        rows = vault.conn.execute(
            "SELECT sha256, blob, size FROM desk_envelopes WHERE sha256 NOT IN "
            "(SELECT envelope_sha256 FROM submissions) ORDER BY size DESC").fetchall()
        sha, blob, _ = rows[0]
        if how == "missing":
            with vault.transaction() as db:
                db.execute("DELETE FROM desk_envelopes WHERE sha256 = ?", (sha,))
            vault.blob_path(blob).unlink()
        else:
            flip_byte(vault.blob_path(blob), 200)
    finally:
        vault.lock()


@pytest.mark.parametrize("how", ["missing", "tampered"])
def test_verify_fails_in_words_when_an_attachment_is_missing_or_altered(
    fresh: World, how: str
) -> None:
    stick = _report_on_stick(fresh)
    fresh.desk_cmd("import", stick)
    _drop_attachment(fresh.desk, fresh.passfile, how)
    result = fresh.desk_cmd("desk", "verify", expect=4).json()[0]
    assert result["verified"] is False
    word = "missing" if how == "missing" else "altered"
    assert any(word in reason for reason in result["reasons"]), result["reasons"]
    out = fresh.root / "evidence"
    fresh.desk_cmd("desk", "export", result["id"], out, expect=4)


def test_device_registry_new_trusted_revoked(fresh: World) -> None:
    stick = _report_on_stick(fresh)
    fresh.desk_cmd("import", stick)
    first = fresh.desk_cmd("desk", "verify").json()[0]
    assert first["verified"] is True and first["device_status"] == "new"
    fresh.desk_cmd("desk", "devices", "trust", fresh.fingerprint, "--label", "field-7")
    devices = fresh.desk_cmd("desk", "devices").json()
    assert [(d["status"], d["label"]) for d in devices] == [("trusted", "field-7")]
    trusted = fresh.desk_cmd("desk", "verify").json()[0]
    assert trusted["verified"] is True and trusted["device_status"] == "trusted"
    fresh.desk_cmd("desk", "devices", "revoke", fresh.fingerprint)
    revoked = fresh.desk_cmd("desk", "verify", expect=4).json()[0]
    assert revoked["verified"] is False and revoked["device_status"] == "revoked"
    assert any("revoked" in r for r in revoked["reasons"])


def test_report_signed_for_others_and_reencrypted_fails_recipient_binding(world: World) -> None:
    """Desk A (a legitimate recipient) re-encrypts a report to desk B: B must refuse it."""
    desk_a = age.generate_identity()
    sealed = io.BytesIO()
    seal_report(sealed, b'{"title": "x", "v": 1}', [], SigningKey.generate(),
                [age.to_recipient(desk_a)])
    plaintext = io.BytesIO()
    age.decrypt(io.BytesIO(sealed.getvalue()), plaintext, [desk_a])
    home_b, recipient_b = world.new_desk("desk-b")
    forged = io.BytesIO()
    age.encrypt(io.BytesIO(plaintext.getvalue()), forged, [recipient_b])
    stick = world.root / "forged-stick"
    stick.mkdir()
    write_bundle(stick, [item(forged.getvalue())])
    run = world.as_(home_b, "import", stick, expect=4)
    outcome = [o for o in run.json() if o["kind"] == "envelope"]
    assert outcome[0]["status"] == "rejected" and "recipient binding" in outcome[0]["reason"]
    assert world.as_(home_b, "desk", "verify").json() == []
