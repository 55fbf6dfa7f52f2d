"""Two inbox instances behind one onion address on the private Tor network.

Real everything: the session's loopback Tor network, PostgreSQL and SeaweedFS; one tor
per back-end and one for the front, as on separate machines; `satchel inbox serve` and
`satchel inbox front` (which runs Onionbalance) as child processes. Reporters upload to
the front address only; one back-end (its inbox and its tor) is killed in the middle of
an upload, and every envelope still arrives, once, with a receipt naming the front.
"""

from __future__ import annotations

import io
import queue
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import stem.control  # type: ignore[import-untyped]
import storekit
from e2ekit import ENV, SATCHEL, read_lines, run
from satchel.crypto.keys import VerifyKey
from satchel.crypto.receipt import verify_receipt
from satchel.sync.tor.manager import TorConnection, TorSettings, connect
from satchel.sync.tor.socks import SocksError, socks5_connect
from satchel.sync.tor.testnet import PrivateTorNetwork
from satchel.sync.transport.errors import InboxError, InboxUnreachable
from satchel.sync.transport.tus import UploadResult, upload
from scalekit import MiB, Shared, envelope, stored_count

pytestmark = [pytest.mark.tor, pytest.mark.timeout(600)]


def _tor(network: PrivateTorNetwork, data_dir: Path) -> TorConnection:
    settings = TorSettings(mode="launch", data_dir=data_dir,
                           torrc_extra=network.torrc_for_client(), bootstrap_timeout=180)
    return connect(settings, lambda _p, _s: None)


def _control(tor: TorConnection) -> str:
    host, port = tor.controller.get_listeners(stem.control.Listener.CONTROL)[0]
    return f"{host}:{port}"


class Child:
    """A `satchel` child process whose output lines are read on a thread."""

    def __init__(self, passfile: Path, home: Path, *args: str, env: dict[str, str]) -> None:
        argv = [*SATCHEL, "--passphrase-file", str(passfile), "--home", str(home), *args]
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=read_lines, args=(self.proc.stdout, self.lines),
                         daemon=True).start()

    def wait_for(self, text: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        seen = []
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                break
            seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no {text!r} from {self.proc.args}: {''.join(seen)}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(30)



def _reachable(socks: tuple[str, int], onion: str, deadline: float) -> None:
    """Wait until an HTTP answer comes back from `onion` (the front's descriptor is out)."""
    last: Exception | None = None
    attempt = 0
    while time.monotonic() < deadline:
        attempt += 1
        try:
            with socks5_connect(socks, onion, 80, isolation=f"probe-{attempt}",
                                timeout=60) as sock:
                sock.sendall(b"GET /directory HTTP/1.0\r\nHost: inbox\r\n\r\n")
                if sock.recv(12).startswith(b"HTTP/1."):
                    return
        except (SocksError, OSError) as exc:
            last = exc  # tor already waited for the descriptor; ask again
    raise AssertionError(f"{onion} never answered through Tor: {last}")


def _send(socks: tuple[str, int], onion: str, data: bytes, sha: str, tag: str,
          on_progress: Callable[[int, int], None] | None = None) -> UploadResult:
    """What a reporter's send does: retry the whole upload on a failed connection."""
    for attempt in range(6):
        def dial(isolation: str = f"{tag}-{attempt}") -> socket.socket:
            try:
                return socks5_connect(socks, onion, 80, isolation=isolation, timeout=90)
            except SocksError as e:  # as TorSession.connectors does: an unreachable inbox
                raise InboxUnreachable(str(e)) from None

        try:
            return upload(dial, onion, io.BytesIO(data), len(data), sha, timeout=90,
                          on_progress=on_progress, max_resumes=8)
        except InboxError:
            if attempt == 5:
                raise
    raise AssertionError("unreachable")


def test_uploads_through_one_front_survive_a_killed_back_end(
        tor_network: PrivateTorNetwork, shared: Shared, s3_server: storekit.SeaweedS3,
        tmp_path: Path) -> None:
    passfile = tmp_path / "pass"
    passfile.write_text("balance over tor\n")
    front = tmp_path / "front"
    info = run(passfile, front, "inbox", "init")
    front_onion, receipt_key = info["onion"], VerifyKey.from_text(info["receipt_key"])
    made = run(passfile, front, "inbox", "balance", "--instances", "2", "--out",
               str(tmp_path / "backs"))["instances"]
    with ThreadPoolExecutor(3) as pool:
        tors = list(pool.map(lambda n: _tor(tor_network, tmp_path / n), ["ta", "tb", "tf"]))
    env = {**ENV, **s3_server.env()}
    children: list[Child] = []
    try:
        for entry, tor in zip(made, tors, strict=False):
            child = Child(passfile, Path(entry["home"]), "inbox", "serve", "--tor-control",
                          _control(tor), "--metadata", shared.metadata, "--objects",
                          shared.objects, env=env)
            children.append(child)
            assert front_onion in child.wait_for("Inbox published", 180)
        children.append(Child(passfile, front, "inbox", "front", "--tor-control",
                              _control(tors[2]), "--testing-network", env=env))
        socks = tor_network.client_socks
        _reachable(socks, front_onion, time.monotonic() + 300)
        sent: list[tuple[str, UploadResult]] = []
        for number in range(2):
            data, sha = envelope(64 * 1024 + number)
            sent.append((sha, _send(socks, front_onion, data, sha, f"before-{number}")))
        killed = threading.Event()

        def kill_a(done: int, total: int) -> None:
            if done > total // 3 and not killed.is_set():
                killed.set()
                children[0].kill()
                tors[0].close()

        data, sha = envelope(3 * MiB)
        sent.append((sha, _send(socks, front_onion, data, sha, "during", kill_a)))
        assert killed.is_set()
        for number in range(2):
            data, sha = envelope(96 * 1024 + number)
            sent.append((sha, _send(socks, front_onion, data, sha, f"after-{number}")))
        for sha, result in sent:
            receipt = verify_receipt(result.receipt, [receipt_key], sha)
            assert receipt.inbox == front_onion  # the address reporters know
            assert stored_count(shared, sha) == 1
    finally:
        for child in children:
            child.kill()
        for tor in tors:
            tor.close()

