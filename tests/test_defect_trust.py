"""Issue 10, trust decisions (items 8-12): each test reproduced its defect on the code
before the fix."""

from __future__ import annotations

import hashlib
import io
import json
import time
from pathlib import Path

import pytest
from clientkit import World, make_world, receipts_back, satchel, stick_to_desk
from satchel.client.coalition import import_directory
from satchel.client.errors import IntegrityFailure
from satchel.client.outbox.delivery import apply_receipt
from satchel.client.outbox.sealing import seal
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.directory import Directory, Inbox, sign_directory
from satchel.crypto.encoding import canonical
from satchel.crypto.envelope import open_report, seal_report
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import KEY_PREFIX, SigningKey, VerifyKey, b64url
from satchel.crypto.keyslots import KdfParams
from satchel.crypto.manifest import verify_manifest
from satchel.crypto.receipt import sign_receipt
from satchel.sync.bundle import write_bundle
from satchel.sync.bundle.carry import import_entry
from satchel.sync.bundle.write import BundleItem
from satchel.sync.inbox.keys import directory_trust, published_directory

P = 2**255 - 19

# The eight points of order dividing 8, as RFC 8032 encodes them (libsodium's blocklist).
SMALL_ORDER = [
    bytes.fromhex("0100000000000000000000000000000000000000000000000000000000000000"),
    bytes.fromhex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    bytes.fromhex("0000000000000000000000000000000000000000000000000000000000000000"),
    bytes.fromhex("0000000000000000000000000000000000000000000000000000000000000080"),
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"),
]
IDENTITY = SMALL_ORDER[0]
UNIVERSAL_SIGNATURE = b"\x01" + bytes(63)  # R = identity, s = 0: valid under A = identity


def _non_canonical() -> list[bytes]:
    """Encodings with y >= p (the same points as y - p), and -0 (x = 0 with the sign bit)."""
    out = [(P + y).to_bytes(32, "little") for y in (0, 1)]  # y = p, y = p + 1 (identity)
    out += [(y).to_bytes(32, "little") for y in range(P + 2, 2**255)]
    out.append((1 | (1 << 255)).to_bytes(32, "little"))  # identity with x's sign bit set
    return out


# --- item 11: small-order and non-canonical Ed25519 public keys --------------------------


def test_identity_key_with_the_universal_signature_is_refused() -> None:
    with pytest.raises(IntegrityError):
        key = VerifyKey.from_raw(IDENTITY)
        key.verify("manifest", b"any message at all", UNIVERSAL_SIGNATURE)
        key.verify("manifest", b"another message", UNIVERSAL_SIGNATURE)


@pytest.mark.parametrize("raw", SMALL_ORDER + _non_canonical(), ids=lambda r: r.hex()[:8] + r.hex()[-4:])
def test_small_order_and_non_canonical_keys_are_refused(raw: bytes) -> None:
    with pytest.raises(IntegrityError):
        VerifyKey.from_raw(raw)
    with pytest.raises(IntegrityError):
        VerifyKey.from_text(KEY_PREFIX + b64url(raw))


def test_real_keys_still_parse() -> None:
    for _ in range(50):
        key = SigningKey.generate().public
        assert VerifyKey.from_raw(key.raw) == key
        assert VerifyKey.from_text(key.text) == key


def test_manifest_signed_by_the_identity_point_does_not_verify() -> None:
    """`desk verify` said "verified" for a manifest 'signed' by the identity key."""
    body = canonical({"v": 1, "submission_id": "0" * 32, "created": 1,
                      "device": KEY_PREFIX + b64url(IDENTITY),
                      "recipients": [age.to_recipient(age.generate_identity())],
                      "report_sha256": "0" * 64, "attachments": []})
    with pytest.raises(IntegrityError):
        verify_manifest(body, UNIVERSAL_SIGNATURE)


# --- item 8: silent root pinning --------------------------------------------------------


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path)


def _stick_with(path: Path, *directories: bytes) -> Path:
    """A stick carrying only these directories (what a hostile courier could hand over)."""
    items = [BundleItem("directory", hashlib.sha256(d).hexdigest(), len(d),
                        lambda d=d: io.BytesIO(d)) for d in directories]  # type: ignore[misc]
    path.mkdir()
    write_bundle(path, items)
    return path


def _hostile_directory(world: World, tmp_path: Path) -> tuple[Path, str]:
    other = World(**{**world.__dict__, "coalition": tmp_path / "hostile"})
    satchel("coalition", "init", "--out", other.coalition, passfile=world.passfile)
    return other.make_directory(tmp_path / "hostile.dir", [world.recipient], serial=9000), \
        other.root_fingerprint


def test_unpinned_vault_ignores_a_directory_on_a_stick(world: World, tmp_path: Path) -> None:
    hostile, fp = _hostile_directory(world, tmp_path)
    stick = _stick_with(tmp_path / "stick", hostile.read_bytes())
    fresh = tmp_path / "fresh"
    world.as_(fresh, "init", "--role", "reporter")
    run = world.as_(fresh, "import", stick)
    [outcome] = run.json()
    assert outcome["status"] == "ignored"
    assert fp in outcome["reason"] and "--accept-root" in outcome["reason"]
    assert fp in run.err  # said on stderr too, not only in the JSON
    assert world.as_(fresh, "status").json()["directory_serial"] is None


def test_import_accept_root_pins_only_the_confirmed_root(world: World, tmp_path: Path) -> None:
    hostile, hostile_fp = _hostile_directory(world, tmp_path)
    stick = _stick_with(tmp_path / "stick", hostile.read_bytes(), world.directory.read_bytes())
    fresh = tmp_path / "fresh"
    world.as_(fresh, "init", "--role", "reporter")
    typed = world.root_fingerprint.lower().replace(" ", "-")  # grouping and case do not matter
    outcomes = world.as_(fresh, "import", stick, "--accept-root", typed).json()
    assert sorted(o["status"] for o in outcomes) == ["accepted", "ignored"]
    assert world.as_(fresh, "status").json()["directory_serial"] == 1000
    assert hostile_fp != world.root_fingerprint


def test_directory_import_shows_the_root_and_checks_accept_root(world: World,
                                                               tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    world.as_(fresh, "init", "--role", "reporter")
    wrong = "AAAA " * 7 + "AAAA"
    world.as_(fresh, "directory", "import", world.directory, "--accept-root", wrong, expect=2)
    assert world.as_(fresh, "status").json()["directory_serial"] is None
    # Naming the file is the user's decision; the root is shown to compare out of band.
    run = world.as_(fresh, "directory", "import", world.directory)
    assert world.root_fingerprint in run.err  # grouped, as printed by `coalition init`
    assert world.as_(fresh, "status").json()["directory_serial"] == 1000


def test_init_with_a_directory_shows_the_root_and_refuses_a_wrong_one(world: World,
                                                                     tmp_path: Path) -> None:
    refused = tmp_path / "refused"
    wrong = "AAAA " * 7 + "AAAA"
    world.as_(refused, "init", "--role", "reporter", "--directory", world.directory,
              "--accept-root", wrong, expect=2)
    assert not (refused / "keyslots").exists()
    fresh = tmp_path / "fresh"
    run = world.as_(fresh, "init", "--role", "reporter", "--directory", world.directory)
    assert world.root_fingerprint in run.err


# --- item 9: directory expiry ------------------------------------------------------------

DAY = 86400


class Coalition:
    """A root, a desk recipient and an inbox receipt key; signs directories on demand."""

    def __init__(self) -> None:
        self.root = SigningKey.generate()
        self.recipient = age.to_recipient(age.generate_identity())
        self.receipt = SigningKey.generate()

    def directory(self, serial: int, issued: int, expires: int) -> bytes:
        return sign_directory(self.root, Directory(
            serial=serial, issued=issued, expires=expires, root=self.root.public.text,
            recipients=(self.recipient,), inboxes=(Inbox("inbox.onion", self.receipt.public.text),)))


def _reporter(tmp_path: Path, coalition: Coalition, directory: bytes, now: int) -> Vault:
    vault = Vault.create(tmp_path / "reporter", "reporter", b"pass", KdfParams.insecure_for_tests())
    import_directory(vault, directory, accept_root=coalition.root.public.fingerprint, now=now)
    return vault


def _draft(vault: Vault) -> str:
    return create_report(vault, ReportInput(title="t", body="b"), lambda *a: None)


def test_sealing_to_an_expired_directory_is_refused(tmp_path: Path) -> None:
    now = int(time.time())
    coalition = Coalition()
    expired = coalition.directory(1, now - 10 * DAY, now - DAY)
    vault = _reporter(tmp_path, coalition, expired, now - 2 * DAY)  # valid when it came
    report = _draft(vault)
    with pytest.raises(IntegrityFailure) as e:
        seal(vault, [report], lambda *a: None)
    assert e.value.exit_code == 4
    day = time.strftime("%Y-%m-%d", time.gmtime(now - DAY))
    assert day in str(e.value) and "satchel sync" in str(e.value)
    assert vault.conn.execute("SELECT state FROM reports").fetchone()[0] == "draft"
    # A courier's stick brings a fresh one; then sealing works.
    fresh = coalition.directory(2, now, now + 30 * DAY)
    result = import_entry(vault, "directory", hashlib.sha256(fresh).hexdigest(), len(fresh),
                          lambda sink: sink.write(fresh))
    assert result["status"] == "accepted"
    assert seal(vault, [report], lambda *a: None) == [report]


def test_receipt_checked_against_an_expired_directory_is_flagged(tmp_path: Path) -> None:
    now = int(time.time())
    coalition = Coalition()
    vault = _reporter(tmp_path, coalition, coalition.directory(1, now, now + DAY), now)
    report = _draft(vault)
    seal(vault, [report], lambda *a: None)
    # Time passes: the newest directory the vault could get has expired since.
    later = coalition.directory(2, now - 10 * DAY, now - DAY)
    import_directory(vault, later, now=now - 2 * DAY)
    sha = vault.conn.execute("SELECT sha256 FROM envelopes WHERE kind = 'report'").fetchone()[0]
    outcome = apply_receipt(vault, sign_receipt(coalition.receipt, sha, "inbox.onion", now))
    assert outcome.status in ("delivered", "erased")
    assert "expired" in outcome.reason
    assert time.strftime("%Y-%m-%d", time.gmtime(now - DAY)) in outcome.reason


# --- item 10: the inbox pins the coalition root ----------------------------------------


def _pinned_inbox(world: World, tmp_path: Path) -> Path:
    inbox = tmp_path / "pinned-inbox"
    world.as_(inbox, "inbox", "init", "--root", world.coalition / "root.pub")
    world.as_(inbox, "inbox", "directory", world.directory)
    return inbox


def test_inbox_refuses_a_directory_from_another_root(world: World, tmp_path: Path) -> None:
    inbox = _pinned_inbox(world, tmp_path)
    hostile, _ = _hostile_directory(world, tmp_path)
    run = world.as_(inbox, "inbox", "directory", hostile, expect=4)
    assert "root" in run.err
    assert (inbox / "directory").read_bytes() == world.directory.read_bytes()


def test_inbox_refuses_an_older_or_expired_directory(world: World, tmp_path: Path) -> None:
    inbox = _pinned_inbox(world, tmp_path)
    older = world.make_directory(tmp_path / "older", [world.recipient], serial=999)
    world.as_(inbox, "inbox", "directory", older, expect=4)
    coalition = Coalition()
    now = int(time.time())
    expired = tmp_path / "expired"
    expired.write_bytes(coalition.directory(5000, now - 10 * DAY, now - DAY))
    other = tmp_path / "other-inbox"
    other.mkdir()
    (other / "root.pub").write_text(coalition.root.public.text + "\n")
    world.as_(other / "inbox", "inbox", "init", "--root", other / "root.pub")
    world.as_(other / "inbox", "inbox", "directory", expired, expect=4)
    assert not (other / "inbox" / "directory").exists()
    newer = world.make_directory(tmp_path / "newer", [world.recipient], serial=1001)
    world.as_(inbox, "inbox", "directory", newer)
    assert (inbox / "directory").read_bytes() == newer.read_bytes()


def test_inbox_without_a_pinned_root_publishes_nothing(world: World, tmp_path: Path) -> None:
    """`world.inbox` was set up without --root: publishing needs the root pinned first."""
    run = world.as_(world.inbox, "inbox", "directory", world.directory, expect=2)
    assert "--root" in run.err
    assert not (world.inbox / "directory").exists()
    world.as_(world.inbox, "inbox", "directory", world.directory,
              "--root", world.coalition / "root.pub")
    assert published_directory(world.inbox) == world.directory.read_bytes()


def test_desk_login_uses_only_the_pinned_verified_directory(world: World, tmp_path: Path) -> None:
    inbox = _pinned_inbox(world, tmp_path)
    hostile, _ = _hostile_directory(world, tmp_path)
    # Someone with write access to the folder swaps the file behind the operator's back.
    (inbox / "directory").write_bytes(hostile.read_bytes())
    assert published_directory(inbox) is None  # neither served nor used for desk login
    root, reader = directory_trust(inbox)
    assert reader() is None
    assert root == VerifyKey.from_text((world.coalition / "root.pub").read_text().strip()).text


# --- item 12: the evidence export holds no delivery secret ---------------------------------


def test_evidence_holds_no_delivery_secret_and_still_verifies(world: World) -> None:
    body = world.root / "body.txt"
    body.write_text("What happened.\n")
    world.reporter_cmd("report", "new", "--title", "Raid", "--body-file", body)
    stick_to_desk(world)
    evidence = world.root / "evidence"
    [result] = world.desk_cmd("desk", "verify").json()
    assert result["verified"], result["reasons"]
    world.desk_cmd("desk", "export", result["id"], evidence)
    report = (evidence / "report.json").read_bytes()
    everything = b"".join(p.read_bytes() for p in evidence.rglob("*") if p.is_file()
                          and p.parent.name != "envelopes")
    assert b"delivery_secret" not in everything and b"secret" not in report
    manifest = json.loads((evidence / "manifest.json").read_bytes())
    assert hashlib.sha256(report).hexdigest() == manifest["report_sha256"]
    # The desk still proves delivery: its receipt brings the reporter's report home.
    receipts_back(world)
    assert world.reporter_cmd("report", "list").json() == []


def test_version_2_envelope_carries_the_secret_beside_the_report() -> None:
    identity = age.generate_identity()
    device, secret, doc = SigningKey.generate(), bytes(range(32)), b'{"title":"x","v":1}'
    out = io.BytesIO()
    seal_report(out, doc, [], device, [age.to_recipient(identity)], delivery_secret=secret)
    opened = open_report(io.BytesIO(out.getvalue()), [identity])
    assert (opened.report_doc, opened.delivery_secret) == (doc, secret)
    # A version 1 envelope (secret inside the signed document) still opens.
    old = io.BytesIO()
    legacy = b'{"delivery_secret":"' + secret.hex().encode() + b'","v":1}'
    seal_report(old, legacy, [], device, [age.to_recipient(identity)])
    opened = open_report(io.BytesIO(old.getvalue()), [identity])
    assert (opened.report_doc, opened.delivery_secret) == (legacy, secret)


def test_envelope_vectors_hold_both_versions() -> None:
    vectors = json.loads((Path(__file__).parent / "vectors" / "envelope.json").read_text())
    for name in ("report", "report_v2"):
        opened = open_report(io.BytesIO(bytes.fromhex(vectors[name]["envelope"])),
                             [vectors["identity"]])
        assert opened.report_doc.hex() == vectors[name].get("report_doc", vectors["report_doc"])
    assert bytes.fromhex(vectors["report_v2"]["plaintext"]).startswith(b"SATCHEL-SUBMISSION/2\n")
    assert opened.delivery_secret is not None
    assert opened.delivery_secret.hex() == vectors["report_v2"]["delivery_secret"]
