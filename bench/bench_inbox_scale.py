"""Uploads per second and goodput of the shared-storage inbox (PostgreSQL + S3) on loopback,
with one instance and with two, in the same run: the ratio shows how it scales.

Each instance is its own process (`satchel inbox`'s app over PostgresStore), so each has its
own interpreter and its peak RSS (VmHWM) is its own. PostgreSQL and SeaweedFS run on
loopback (tests/storekit.py). Clients are threads running Satchel's tus client, spread
round-robin over the instances. The peer is the same uploads to one embedded
(SQLite + files) inbox, measured in the same run.

    .venv/bin/python bench/bench_inbox_scale.py [--uploads 48] [--kib 512] [--clients 8]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import storekit
from benchkit import inbox_process, peak_rss_mib
from satchel.sync.transport.tus import upload

ONION = "exampleinboxaddressxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion"
_CHILD = """
import socket, sys, uvicorn
from satchel.crypto.keys import SigningKey
from satchel.sync.inbox.app import InboxConfig, create_app
from satchel.sync.inbox.backends import open_backend
backend = open_backend(None, sys.argv[1], sys.argv[2])
app = create_app(InboxConfig(inbox_id=sys.argv[3], window_uploads=10**6, max_open_uploads=10**4),
                 backend.store, SigningKey.generate(), lambda: None, clock=backend.clock,
                 sessions=backend.sessions)
sock = socket.socket(); sock.bind(("127.0.0.1", 0)); sock.listen(128)
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[sock])
"""


@contextlib.contextmanager
def shared_instance(metadata: str, objects: str, env: dict[str, str]) -> Iterator[tuple[int, int]]:
    child = subprocess.Popen([sys.executable, "-c", _CHILD, metadata, objects, ONION],
                             stdout=subprocess.PIPE, text=True, env={**os.environ, **env})
    assert child.stdout is not None
    try:
        yield child.pid, int(child.stdout.readline())
    finally:
        child.terminate()
        child.wait(30)


def run_clients(ports: list[int], envelopes: list[bytes], clients: int) -> float:
    """Seconds to upload every envelope, `clients` at a time, round-robin over ports."""
    todo = list(enumerate(envelopes))
    lock = threading.Lock()

    def worker() -> None:
        while True:
            with lock:
                if not todo:
                    return
                i, data = todo.pop()
            port = ports[i % len(ports)]
            sha = hashlib.sha256(data).hexdigest()
            upload(lambda p=port: socket.create_connection(("127.0.0.1", p), timeout=60),
                   ONION, io.BytesIO(data), len(data), sha)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def _fresh(pg: storekit.Postgres, s3: storekit.SeaweedS3, name: str) -> tuple[str, str]:
    import psycopg

    with psycopg.connect(pg.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    return pg.url.rsplit("/", 1)[0] + "/" + name, s3.url(name)


def report(label: str, seconds: float, n: int, size: int, rss: list[float]) -> float:
    rate = n / seconds
    print(f"{label:<26} {rate:8.1f} uploads/s {n * size / seconds / 2**20:8.1f} MiB/s "
          f"peak RSS {' + '.join(f'{r:.0f}' for r in rss)} MiB")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--uploads", type=int, default=48)
    ap.add_argument("--kib", type=int, default=512)
    ap.add_argument("--clients", type=int, default=8)
    args = ap.parse_args()
    size = args.kib * 1024
    batches = [[os.urandom(size) for _ in range(args.uploads)] for _ in range(3)]
    with tempfile.TemporaryDirectory() as tmp, storekit.postgres() as pg, \
            storekit.seaweed(Path(tmp) / "s3") as s3:
        with inbox_process(Path(tmp) / "embedded") as peer:
            base = report("embedded (peer)", run_clients([peer.port], batches[0], args.clients),
                          args.uploads, size, [peak_rss_mib(peer.pid)])
        meta, objs = _fresh(pg, s3, "one")
        with shared_instance(meta, objs, s3.env()) as (pid, port):
            one = report("shared, 1 instance", run_clients([port], batches[1], args.clients),
                         args.uploads, size, [peak_rss_mib(pid)])
        meta, objs = _fresh(pg, s3, "two")
        with shared_instance(meta, objs, s3.env()) as a, shared_instance(meta, objs, s3.env()) as b:
            two = report("shared, 2 instances", run_clients([a[1], b[1]], batches[2], args.clients),
                         args.uploads, size, [peak_rss_mib(a[0]), peak_rss_mib(b[0])])
    print(f"ratio 2 instances / 1 instance: {two / one:.2f}; 1 shared / embedded: {one / base:.2f}")


if __name__ == "__main__":
    main()
