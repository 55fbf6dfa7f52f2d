"""Faults: kill -9 at random points, a full disk, and no plaintext left anywhere on disk.

The kill loop forks the test process (satchel already imported, so an iteration costs
milliseconds, not an interpreter start); each child unlocks the one shared vault, then
ingests, seals and exports until SIGKILL lands 0-50 ms after it said it was ready.
SATCHEL_KILL_ITERATIONS sets the count (scripts/kill_loop.py runs 1,000).
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from clientkit import World, bundle_files, make_world, new_report, satchel
from satchel.client.desk import store as desk_store
from satchel.client.outbox import delivery
from satchel.client.outbox.delivery import apply_receipt
from satchel.client.outbox.envelope_io import open_envelope
from satchel.client.outbox.sealing import seal
from satchel.client.reports.ingest import collect_garbage
from satchel.client.reports.store import ReportInput, create_report, list_reports
from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.receipt import sign_receipt
from satchel.sync.bundle import write_bundle
from satchel.sync.bundle.carry import export_items, mark_exported
from satchel.sync.inbox.keys import load_keys
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.stick import import_from_stick


def _quiet(*_: object) -> None:
    return None


def _child(world: World, attachments: list[Path], sticks: Path, out: int) -> None:
    """Work until killed; report each committed report id on the pipe."""
    vault = Vault.open(world.reporter, world.passphrase())
    collect_garbage(vault)
    os.write(out, b"R\n")
    n = 0
    while True:
        spec = ReportInput(title=f"kill {n}", attachments=(attachments[n % len(attachments)],))
        rid = create_report(vault, spec, _quiet)
        os.write(out, f"C {rid}\n".encode())
        seal(vault, [rid], _quiet)
        stick = sticks / f"{os.getpid()}-{n}"
        stick.mkdir()
        report = write_bundle(stick, export_items(vault))
        mark_exported(vault, [r.sha256 for r in report.results if r.status == "written"])
        n += 1


def _one_iteration(world: World, attachments: list[Path], sticks: Path, rng: random.Random) -> list[str]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(read_end)
        try:
            _child(world, attachments, sticks, write_end)
        finally:
            os._exit(1)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        first = pipe.readline()
        assert first == b"R\n", f"the child could not unlock the vault: {first!r}"
        time.sleep(rng.uniform(0, 0.05))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        lines = pipe.read().decode().splitlines()
    assert os.WIFSIGNALED(status), "the child stopped by itself (it must only be killed)"
    return [line[2:] for line in lines if line.startswith("C ")]


def _check_attachments(vault: Vault) -> None:
    rows = vault.conn.execute("SELECT vault_header, blob, size, sha256 FROM attachments").fetchall()
    for header, blob, size, sha in rows:
        out = io.BytesIO()
        with open_envelope(bytes(header), vault.blob_path(blob)) as src:
            age.decrypt(src, out, [vault.identity])
        assert hashlib.sha256(out.getvalue()[:size]).hexdigest() == sha


def test_kill_at_random_points_loses_nothing(tmp_path: Path) -> None:
    iterations = int(os.environ.get("SATCHEL_KILL_ITERATIONS", "200"))
    world = make_world(tmp_path)
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    attachments = []
    for i, size in enumerate((1, 70_000, 1_100_000)):
        path = tmp_path / f"a{i}.bin"
        path.write_bytes(rng.randbytes(size))
        attachments.append(path)
    sticks = tmp_path / "sticks"
    sticks.mkdir()
    committed: list[str] = []
    for _ in range(iterations):
        committed += _one_iteration(world, attachments, sticks, rng)
    satchel("status", home=world.reporter, passfile=world.passfile)  # an unlock, by the CLI
    assert not [p for p in (world.reporter / "blobs").iterdir() if p.name.endswith(".part")]
    vault = Vault.open(world.reporter, world.passphrase())
    try:
        assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r["id"] for r in list_reports(vault)]
        assert len(ids) == len(set(ids))
        assert set(committed) <= set(ids)
        _check_attachments(vault)
    finally:
        vault.lock()


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB tmpfs, so a write runs out of space for real (needs root and mount)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs",
                           str(mount_point)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (mount: {proc.stderr.strip()})")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_full_disk_during_ingest_is_one_sentence_and_loses_nothing(
    tiny_fs: Path, tmp_path: Path
) -> None:
    home, passfile = tiny_fs / "vault", tmp_path / "pass"
    passfile.write_bytes(b"full disk passphrase 1\n")
    satchel("init", "--role", "reporter", home=home, passfile=passfile)
    small, big = tmp_path / "small.txt", tmp_path / "big.bin"
    small.write_text("earlier evidence\n")
    big.write_bytes(os.urandom(5 << 20))
    rid = satchel("report", "new", "--title", "earlier", "--attach", small,
                  home=home, passfile=passfile).json()["id"]
    run = satchel("report", "new", "--title", "too big", "--attach", big,
                  home=home, passfile=passfile, expect=1)
    assert "space" in run.err
    listed = satchel("report", "list", home=home, passfile=passfile).json()
    assert [(r["id"], r["attachments"]) for r in listed] == [(rid, 1)]
    assert not [p for p in (home / "blobs").iterdir() if p.name.endswith(".part")]


def test_export_to_a_full_stick_leaves_no_half_file(tiny_fs: Path, tmp_path: Path) -> None:
    world = make_world(tmp_path)
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(5 << 20))
    world.reporter_cmd("report", "new", "--title", "big", "--attach", big, "--keep-metadata")
    world.reporter_cmd("send", "--all")
    run = world.reporter_cmd("export", tiny_fs, expect=1)
    assert "space" in run.err or "full" in run.err
    bundle = tiny_fs / "satchel-bundle"
    if bundle.exists():
        assert not [p for p in bundle.iterdir() if p.name.startswith(".")]
        for path in bundle_files(tiny_fs):
            assert path.stat().st_size < (5 << 20)
    states = {r["state"] for r in world.reporter_cmd("report", "list").json()}
    assert states == {"queued"}


def _files_under(root: Path, since: float, skip: tuple[Path, ...]) -> Iterator[Path]:
    for dirpath, _, names in os.walk(root, onerror=lambda e: None):
        here = Path(dirpath)
        if any(here == s or s in here.parents for s in skip):
            continue
        for name in names:
            path = here / name
            try:
                st = path.lstat()
            except OSError:
                continue
            if path.is_file() and not path.is_symlink() and st.st_mtime >= since \
                    and st.st_size < (64 << 20):
                yield path


def test_no_plaintext_on_disk_outside_the_vault(tmp_path: Path) -> None:
    start = time.time() - 1
    marker = f"MARK{os.urandom(6).hex()}"
    world = make_world(tmp_path / "w")
    inputs, work = tmp_path / "inputs", tmp_path / "cwd"
    inputs.mkdir()
    work.mkdir()
    (inputs / "body").write_text(f"body {marker} body\n")
    (inputs / "notes.txt").write_text(f"attachment {marker} attachment\n" * 100)
    satchel("report", "new", "--title", f"title {marker}", "--body-file", inputs / "body",
            "--attach", inputs / "notes.txt", home=world.reporter, passfile=world.passfile,
            cwd=work)
    stick, back = tmp_path / "stick", tmp_path / "back"
    stick.mkdir()
    back.mkdir()
    for home, args in ((world.reporter, ("send", "--all")), (world.reporter, ("export", stick)),
                       (world.desk, ("import", stick)), (world.desk, ("desk", "verify")),
                       (world.desk, ("export", back)), (world.reporter, ("import", back))):
        satchel(*args, home=home, passfile=world.passfile, cwd=work)
    needle = marker.encode()
    places = (world.reporter, world.desk, stick, back, work, Path(tempfile.gettempdir()))
    hits = {
        str(path)
        for place in places
        for path in _files_under(place, start, skip=(inputs,))
        if needle in _read(path)
    }
    assert not hits


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def test_report_list_with_many_reports(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    vault = Vault.open(world.reporter, world.passphrase())
    try:
        made = {create_report(vault, ReportInput(title=f"r{i}"), _quiet) for i in range(200)}
    finally:
        vault.lock()
    listed = world.reporter_cmd("report", "list").json()
    assert {r["id"] for r in listed} == made and len(listed) == 200
    assert all(r["state"] == "draft" and r["attachments"] == 0 for r in listed)


def _delivered_then_killed(world: World) -> list[bytes]:
    """A sealed report whose receipts are taken by a child that kill -9s itself at the one
    instant the crash loop found: delivery committed, erasure not begun. The receipts."""
    new_report(world)
    world.reporter_cmd("send", "--all")
    keys = load_keys(world.inbox, world.passphrase())
    vault = Vault.open(world.reporter, world.passphrase())
    try:
        shas = [r[0] for r in vault.conn.execute("SELECT sha256 FROM envelopes")]
    finally:
        vault.lock()
    receipts = [sign_receipt(keys.receipt, sha, keys.onion_address, int(time.time()))
                for sha in shas]
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child dies by its own SIGKILL
        try:
            child = Vault.open(world.reporter, world.passphrase())
            delivery.erase_report = lambda *_: os.kill(os.getpid(), signal.SIGKILL)
            for receipt in receipts:
                apply_receipt(child, receipt)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status), "the child never reached the erasure"
    left = Vault.open(world.reporter, world.passphrase())  # not the CLI: it would erase it
    try:
        assert [r["state"] for r in list_reports(left)] == ["delivered"]
    finally:
        left.lock()
    return receipts


def test_a_report_delivered_but_killed_before_erasure_is_erased_at_the_next_unlock(
        tmp_path: Path) -> None:
    world = make_world(tmp_path)
    _delivered_then_killed(world)
    assert world.reporter_cmd("report", "list").json() == []
    vault = Vault.open(world.reporter, world.passphrase())
    try:
        assert vault.conn.execute("SELECT COUNT(*) FROM envelopes").fetchone()[0] == 0
        assert not list((world.reporter / "blobs").iterdir())
    finally:
        vault.lock()


def test_a_receipt_again_for_a_delivered_report_left_by_a_kill_erases_it(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    receipts = _delivered_then_killed(world)
    vault = Vault.open(world.reporter, world.passphrase())
    try:
        assert apply_receipt(vault, receipts[0]).status == "erased"
        assert not list_reports(vault)
    finally:
        vault.lock()


def test_a_desk_killed_while_opening_an_envelope_opens_it_at_the_next_import(
        tmp_path: Path) -> None:
    """Found by the crash loop: the held envelope's row committed before its submission
    row, so a kill between left an envelope every later import skipped as known."""
    world = make_world(tmp_path)
    new_report(world)
    world.reporter_cmd("send", "--all")
    stick = tmp_path / "stick"
    stick.mkdir()
    world.reporter_cmd("export", stick)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child dies by its own SIGKILL
        try:
            desk = Vault.open(world.desk, world.passphrase())
            real = desk_store.open_report

            def opened_then_killed(*args: Any) -> Any:
                real(*args)  # an attachment envelope raises here: the kill is the report's
                os.kill(os.getpid(), signal.SIGKILL)

            desk_store.open_report = opened_then_killed
            import_from_stick(desk, stick, _quiet, CancelToken())
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status), "the child never opened the report envelope"
    world.desk_cmd("import", stick)
    assert len(world.desk_cmd("desk", "verify").json()) == 1
