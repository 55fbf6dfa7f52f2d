"""No plaintext at rest, no core dumps, no secrets in messages (issue 15 item 2).

Every role's whole CLI flow (reporter: report, send, export, import; courier: carry;
desk: import, verify, export) runs with TMPDIR, HOME and the XDG cache/config folders
pointed at folders of this test. Afterwards the vaults, the sticks, the temp folder, the
home and the XDG folders are scanned for the report's marker strings, for any file whose
SHA-256 is an attachment's (original or scrubbed), and for image bytes (JPEG or PNG
magic anywhere in a file: a thumbnail or a cached copy): the target is 0 hits. The
desk's evidence folder is left out: it is the plaintext the desk asked for.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from clientkit import SATCHEL, World, cli_env, gps_jpeg, make_world, satchel
from plainkit import scan

TITLE = "MARKER-TITLE-5c1e9a Checkpoint"
BODY = "MARKER-BODY-0b7d44 what the witness saw"
NOTES = b"MARKER-NOTES-a83f10 names and times\n"


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    out = {n: tmp_path / "env" / n for n in ("tmp", "home", "cache", "config", "data")}
    for p in out.values():
        p.mkdir(parents=True)
    for var, key in (("TMPDIR", "tmp"), ("HOME", "home"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        monkeypatch.setenv(var, str(out[key]))
    return out


def run_every_role(world: World) -> tuple[set[str], Path]:
    """The reporter, courier and desk flows; returns the attachment hashes and evidence."""
    photo, notes, body = (world.root / "in" / n for n in ("photo.jpg", "notes.txt", "body.txt"))
    photo.parent.mkdir()
    gps_jpeg(photo)
    notes.write_bytes(NOTES)
    body.write_text(BODY)
    world.reporter_cmd("report", "new", "--title", TITLE, "--body-file", body,
                       "--attach", photo, "--attach", notes, "--kind", "other")
    world.reporter_cmd("send", "--all")
    courier = world.root / "courier"
    world.as_(courier, "init", "--role", "courier", "--directory", world.directory,
              "--accept-root", world.root_fingerprint)
    sticks = [world.root / f"stick{i}" for i in range(4)]
    for s in sticks:
        s.mkdir()
    world.reporter_cmd("export", sticks[0])
    world.as_(courier, "import", sticks[0])
    world.as_(courier, "export", sticks[1])
    world.desk_cmd("import", sticks[1])
    (result,) = world.desk_cmd("desk", "verify").json()
    assert result["verified"], result["reasons"]
    evidence = world.root / "evidence"
    world.desk_cmd("desk", "export", result["id"], evidence)
    world.desk_cmd("export", sticks[2])
    world.as_(courier, "import", sticks[2])
    world.as_(courier, "export", sticks[3])
    world.reporter_cmd("import", sticks[3])
    assert world.reporter_cmd("report", "list").json() == []
    hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in (photo, notes)}
    hashes |= {hashlib.sha256(p.read_bytes()).hexdigest()
               for p in (evidence / "attachments").iterdir()}
    return hashes, evidence


def test_no_plaintext_at_rest_after_every_role(tmp_path: Path, places: dict[str, Path]) -> None:
    world = make_world(tmp_path / "w")
    hashes, evidence = run_every_role(world)
    markers = [TITLE.encode(), BODY.encode(), NOTES.strip()]
    assert scan([evidence], markers, hashes), "the scan must find the evidence's plaintext"
    folders = [world.reporter, world.desk, world.root / "courier", world.inbox,
               *(world.root / f"stick{i}" for i in range(4)), *places.values()]
    assert scan(folders, markers, hashes) == []


def test_the_cli_process_cannot_dump_core(tmp_path: Path) -> None:
    """The CLI sets RLIMIT_CORE to 0 at start: read from /proc while it waits on a FIFO."""
    fifo = tmp_path / "pass"
    os.mkfifo(fifo)
    proc = subprocess.Popen([SATCHEL, "--home", str(tmp_path / "v"), "--passphrase-file",
                             str(fifo), "init", "--role", "reporter"], env=cli_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with fifo.open("wb") as w:  # opens once the CLI opens the FIFO: it has started
            limits = Path(f"/proc/{proc.pid}/limits").read_text()
            w.write(b"a test passphrase that is long enough 1\n")
        core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
        assert core.split()[4:6] == ["0", "0"], core
    finally:
        proc.wait(timeout=120)


def test_disable_core_dumps_also_clears_dumpable() -> None:
    code = ("import ctypes, resource; from satchel.client.coredump import disable_core_dumps; "
            "assert disable_core_dumps(); libc = ctypes.CDLL(None); "
            "print(libc.prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split(maxsplit=1)
    assert out == ["0", "(0, 0)\n"]


def test_failing_runs_never_print_the_passphrase_or_report_fields(tmp_path: Path) -> None:
    world = make_world(tmp_path / "w")
    secret = world.passphrase().decode()
    body = tmp_path / "body.txt"
    body.write_text(BODY)
    wrong = tmp_path / "wrong"
    wrong.write_text("MARKER-WRONG-PASSPHRASE-77\n")
    runs = [
        satchel("report", "list", home=world.reporter, passfile=wrong, expect=3),
        world.reporter_cmd("report", "new", "--title", TITLE, "--body-file", body,
                           "--attach", tmp_path / "missing.jpg", expect=2),
        world.reporter_cmd("import", tmp_path / "no-stick", expect=1),
        world.desk_cmd("desk", "export", "MARKER-NO-SUCH-ID", tmp_path / "ev", expect=1),
    ]
    world.reporter_cmd("report", "new", "--title", TITLE, "--body-file", body)
    runs.append(world.reporter_cmd("sync", "--tor-socks", "127.0.0.1:9", "--once", expect=5))
    for run in runs:
        text = run.out + run.err
        for needle in (secret, "MARKER-WRONG-PASSPHRASE", TITLE, BODY):
            assert needle not in text, (needle, run.err)
