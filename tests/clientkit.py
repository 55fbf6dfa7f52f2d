"""Helpers shared by the client and CLI tests: run the real `satchel` script, build a coalition."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

SATCHEL = str(Path(sys.executable).with_name("satchel"))
PASSPHRASE = b"a test passphrase that is long enough 1\n"


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["SATCHEL_INSECURE_FAST_KDF"] = "1"
    env.pop("SATCHEL_DEBUG", None)
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
    return env


def satchel(*args: str | Path, passfile: Path | None = None, home: Path | None = None,
            expect: int = 0, as_json: bool = True, stdin: bytes | None = None,
            cwd: Path | None = None) -> Run:
    """Run `satchel [--home H] [--passphrase-file F] [--json] ARGS`; check the exit code.

    Every run must be free of tracebacks; every failing run must end with exactly one
    line on stderr, starting with "satchel:" (CONTRACT.md)."""
    argv: list[str] = [SATCHEL]
    if home is not None:
        argv += ["--home", str(home)]
    if passfile is not None:
        argv += ["--passphrase-file", str(passfile)]
    if as_json:
        argv.append("--json")
    argv += [str(a) for a in args]
    proc = subprocess.run(argv, input=stdin, capture_output=True, env=cli_env(), timeout=300,
                          cwd=cwd, check=False)
    run = Run(proc.returncode, proc.stdout.decode(), proc.stderr.decode())
    assert "Traceback" not in run.out + run.err, run.err
    assert run.code == expect, f"satchel {' '.join(argv[1:])} exited {run.code}: {run.err}"
    if expect != 0:
        lines = run.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("satchel: "), run.err
    return run


@dataclass
class World:
    """A coalition with one desk, one inbox and one reporter, all in `root`."""

    root: Path
    passfile: Path
    coalition: Path
    directory: Path
    desk: Path
    desk_id: Path
    recipient: str
    inbox: Path
    reporter: Path
    fingerprint: str
    inbox_spec: str

    def passphrase(self) -> bytes:
        return self.passfile.read_bytes().rstrip(b"\n")

    @property
    def root_fingerprint(self) -> str:
        """The coalition root's fingerprint, as `coalition init` prints it."""
        from satchel.crypto.keys import VerifyKey

        return VerifyKey.from_text((self.coalition / "root.pub").read_text().strip()).fingerprint

    def as_(self, home: Path, *args: str | Path, expect: int = 0) -> Run:
        return satchel(*args, home=home, passfile=self.passfile, expect=expect)

    def reporter_cmd(self, *args: str | Path, expect: int = 0) -> Run:
        return self.as_(self.reporter, *args, expect=expect)

    def desk_cmd(self, *args: str | Path, expect: int = 0) -> Run:
        return self.as_(self.desk, *args, expect=expect)

    def make_directory(self, out: Path, recipients: list[str], serial: int | None = None) -> Path:
        args: list[str | Path] = ["coalition", "directory", "--root", self.coalition / "root.key",
                                  "--inbox", self.inbox_spec, "--out", out]
        for r in recipients:
            args += ["--recipient", r]
        if serial is not None:
            args += ["--serial", str(serial)]
        satchel(*args, passfile=self.passfile)
        return out

    def new_desk(self, name: str) -> tuple[Path, str]:
        """Another desk vault (not in the directory); returns its home and recipient."""
        home = self.root / name
        self.as_(home, "init", "--role", "desk")
        return home, self.as_(home, "desk", "identity").json()["recipient"]


def make_world(root: Path) -> World:
    """The contract's set-up: coalition init, desk, inbox, directory, reporter."""
    root.mkdir(parents=True, exist_ok=True)
    passfile = root / "pass"
    passfile.write_bytes(PASSPHRASE)
    coalition, desk, inbox, reporter = (root / n for n in ("coalition", "desk", "inbox", "reporter"))
    satchel("coalition", "init", "--out", coalition, passfile=passfile)
    satchel("init", "--role", "desk", home=desk, passfile=passfile)
    desk_id = root / "desk.id"
    satchel("desk", "identity", "--export", desk_id, home=desk, passfile=passfile)
    recipient = subprocess.run([age_tool("age-keygen"), "-y", str(desk_id)], capture_output=True,
                               check=True, text=True).stdout.strip()
    info = satchel("inbox", "init", home=inbox, passfile=passfile).json()
    world = World(root, passfile, coalition, root / "directory", desk, desk_id, recipient, inbox,
                  reporter, "", f"{info['onion']}={info['receipt_key']}")
    world.make_directory(world.directory, [recipient], serial=1000)
    world.as_(desk, "directory", "import", world.directory, "--accept-root", world.root_fingerprint)
    world.as_(reporter, "init", "--role", "reporter", "--directory", world.directory,
              "--accept-root", world.root_fingerprint)
    world.fingerprint = world.as_(reporter, "status").json()["device_fingerprint"]
    return world


def age_tool(name: str) -> str:
    path = shutil.which(name)
    assert path is not None, f"{name} is not installed (Debian package age)"
    return path


def bundle_files(stick: Path) -> list[Path]:
    """The data files of the bundle on a stick (not its index)."""
    return sorted(p for p in (stick / "satchel-bundle").iterdir() if p.name != "index.sat")


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x01
    path.write_bytes(bytes(data))


def gps_jpeg(path: Path) -> None:
    """A small JPEG whose EXIF names a place (GPS IFD), as a phone camera writes it."""
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (48.0, 51.0, 24.0)
    gps[3], gps[4] = "E", (2.0, 21.0, 3.0)
    image.save(path, "JPEG", exif=exif)


def exif_of(data: bytes) -> dict[int, object]:
    return dict(Image.open(io.BytesIO(data)).getexif())


def new_report(world: World, title: str = "Checkpoint beating") -> str:
    body = world.root / "body.txt"
    body.write_text("What happened, in the reporter's words.\n")
    photo, notes = world.root / "photo.jpg", world.root / "notes.txt"
    gps_jpeg(photo)
    notes.write_text("names and times\n")
    assert 0x8825 in exif_of(photo.read_bytes())
    run = world.reporter_cmd("report", "new", "--title", title, "--body-file", body,
                             "--attach", photo, "--attach", notes, "--kind", "other")
    return str(run.json()["id"])


def stick_to_desk(world: World) -> None:
    """Seal every report and carry the envelopes to the desk on a stick (root/stick)."""
    world.reporter_cmd("send", "--all")
    stick = world.root / "stick"
    stick.mkdir()
    world.reporter_cmd("export", stick)
    world.desk_cmd("import", stick)


def receipts_back(world: World) -> None:
    """Carry the desk's receipts back to the reporter on a second stick (root/back)."""
    back = world.root / "back"
    back.mkdir()
    world.desk_cmd("export", back)
    world.reporter_cmd("import", back)
