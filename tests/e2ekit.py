"""Helpers shared by the end-to-end tests: a coalition world built with the real
`satchel` command line (run as `python -m satchel.ui.cli.main`), reporters holding a
sealed report, reading a child process's output lines, and the inbox served on loopback or as an onion."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

SATCHEL = [sys.executable, "-m", "satchel.ui.cli.main"]
ENV = {**os.environ, "SATCHEL_INSECURE_FAST_KDF": "1"}


@dataclass
class World:
    root: Path
    passfile: Path
    coalition_key: Path
    directory: Path
    onion: str
    receipt_key: str
    desk_entry: str
    recipient: str

    def home(self, name: str) -> Path:
        return self.root / name

    @property
    def fingerprint(self) -> str:
        """The coalition root's fingerprint, which a new vault must confirm to pin it."""
        from satchel.crypto.keys import VerifyKey

        return VerifyKey.from_text(self.coalition_key.with_name("root.pub").read_text().strip()
                                   ).fingerprint


def run(world_or_pass: Path, home: Path | None, *args: str, ok: bool = True) -> Any:
    argv = [*SATCHEL, "--passphrase-file", str(world_or_pass), "--json"]
    argv += ["--home", str(home)] if home is not None else []
    done = subprocess.run([*argv, *args], capture_output=True, text=True, env=ENV,
                          timeout=300, check=False)
    if ok:
        assert done.returncode == 0, f"satchel {' '.join(args)}: {done.stderr}"
        return json.loads(done.stdout) if done.stdout.strip() else None
    return done


def setup_world(root: Path) -> World:
    """Coalition, desk and inbox homes made with the real CLI; the inbox publishes the
    directory and the desk imports it (reporters come with `new_reporter`)."""
    passfile = root / "pass"
    passfile.write_text("e2e test passphrase\n")
    fingerprint = run(passfile, None, "coalition", "init", "--out", str(root / "coalition"))[
        "fingerprint"]
    desk = root / "desk"
    run(passfile, desk, "init", "--role", "desk")
    ident = run(passfile, desk, "desk", "identity")
    inbox = run(passfile, root / "inbox", "inbox", "init")
    world = World(root, passfile, root / "coalition" / "root.key", root / "directory",
                  inbox["onion"], inbox["receipt_key"],
                  ident["directory_entry"].replace("NAME=", "desk=", 1), ident["recipient"])
    make_directory(world, world.receipt_key, world.directory, serial=100)
    run(passfile, root / "inbox", "inbox", "directory", str(world.directory),
        "--root", str(root / "coalition" / "root.pub"))
    run(passfile, desk, "directory", "import", str(world.directory), "--accept-root", fingerprint)
    return world


def make_directory(world: World, receipt_key: str, out: Path, serial: int) -> None:
    run(world.passfile, None, "coalition", "directory", "--root", str(world.coalition_key),
        "--recipient", world.recipient, "--inbox", f"{world.onion}={receipt_key}",
        "--desk", world.desk_entry, "--serial", str(serial), "--out", str(out))


def new_reporter(world: World, name: str, directory: Path, *,
                 attachment: Path | None = None) -> Path:
    """A reporter vault holding one sealed report (a small note, or `attachment`)."""
    home = world.home(name)
    run(world.passfile, home, "init", "--role", "reporter", "--directory", str(directory),
        "--accept-root", world.fingerprint)
    body = world.root / f"{name}.body"
    body.write_text("What happened, in the reporter's words.\n")
    if attachment is None:
        attachment = world.root / f"{name}.txt"
        attachment.write_text("notes from the scene\n")
    run(world.passfile, home, "report", "new", "--title", "E2E", "--body-file", str(body),
        "--attach", str(attachment), "--kind", "other")
    run(world.passfile, home, "send", "--all")
    return home


def read_lines(stream: Any, out: queue.Queue[str]) -> None:
    """Feed a child's output lines to `out` (run it in a thread)."""
    for line in stream:
        out.put(line)


def report_count(world: World, home: Path) -> int:
    return len(run(world.passfile, home, "report", "list"))


@contextmanager
def onion_inbox(world: World, control: tuple[str, int], *extra: str) -> Iterator[str]:
    """`satchel inbox serve` (with `extra` arguments) publishing the world's inbox through
    the tor whose control port is `control`; yields what it wrote to stderr by the time it
    was listening, and stops it on leaving."""
    host, port = control
    server = subprocess.Popen(
        [*SATCHEL, "--home", str(world.home("inbox")), "--passphrase-file", str(world.passfile),
         "inbox", "serve", "--tor-control", f"{host}:{port}", "--listen", "127.0.0.1:0",
         *extra],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=ENV)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=read_lines, args=(server.stderr, lines), daemon=True).start()
    try:
        seen = ""
        while "Inbox listening" not in seen:
            try:
                seen += lines.get(timeout=180)
            except queue.Empty:
                pytest.fail(f"the inbox did not start (exit {server.poll()}): {seen}")
        yield seen
    finally:
        server.terminate()
        server.wait(10)


@contextmanager
def inbox_process(world: World) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """`satchel inbox serve` on a loopback port, no onion: the process and its port."""
    proc = subprocess.Popen(
        [*SATCHEL, "--home", str(world.home("inbox")), "--passphrase-file", str(world.passfile),
         "inbox", "serve", "--no-onion", "--listen", "127.0.0.1:0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    assert proc.stderr is not None
    try:
        line = proc.stderr.readline().decode()
        assert "Inbox listening on 127.0.0.1:" in line, line
        yield proc, int(line.rsplit(":", 1)[1])
    finally:
        proc.terminate()
        proc.wait(30)
