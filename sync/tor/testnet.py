"""A private Tor network on loopback, for tests and the offline demo.

`PrivateTorNetwork(workdir).start(timeout)` builds and runs, with the
system's `tor` and `tor-gencert`, three directory authorities, four non-exit
relays, an onion-service host and a client, all with `TestingTorNetwork 1`
and bound to 127.0.0.1 on random free ports. It returns once the client and
the onion host have both bootstrapped to 100 %. Onion services need no exit
relays, so none exists: nothing in this network can reach the Internet.

What callers use:
- `client_socks`, `client_control`: the client tor's SOCKS and control
  ports (cookie authentication);
- `onion_control`: the onion host's control port, for ADD_ONION;
- `torrc_for_client()`: the torrc lines a Satchel-launched tor needs to
  join this network (`satchel sync --launch-tor --torrc-extra FILE`);
- `stop()`: ends every tor process; also run on exceptions, on leaving the
  `with` block and at interpreter exit. Each tor also carries
  `__OwningControllerProcess`, so it exits by itself if this process dies.

The settings follow chutney's torrc templates; `VanguardsLiteEnabled 0`
avoids circuits that stall for about 20 s in a network this small. The
20 s voting interval is chutney's too: Onionbalance's `--is-testnet` mode
hard-codes it to derive the onion-service time period (24 votes) and so the
HSDirs and blinded keys of the descriptors it publishes.
"""

from __future__ import annotations

import atexit
import os
import secrets
import socket
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Self

import stem  # type: ignore[import-untyped]
import stem.connection  # type: ignore[import-untyped]
import stem.control  # type: ignore[import-untyped]
from satchel.sync.tor.errors import TorError
from satchel.sync.tor.process import (
    ProgressCallback,
    TorProcess,
    spawn_tor,
    start_process,
    wait_for_bootstrap,
)

_COMMON = """TestingTorNetwork 1
AssumeReachable 1
PathsNeededToBuildCircuits 0.67
TestingDirAuthVoteExit *
TestingDirAuthVoteGuard *
TestingDirAuthVoteHSDir *
TestingMinExitFlagThreshold 0
V3AuthNIntervalsValid 2
VanguardsLiteEnabled 0
OutboundBindAddress 127.0.0.1
ClientUseIPv6 0
ShutdownWaitLength 0
ProtocolWarnings 1
SafeLogging 0
"""
_AUTHORITY = """AuthoritativeDirectory 1
V3AuthoritativeDirectory 1
TestingV3AuthInitialVotingInterval 5
V3AuthVotingInterval 20
TestingV3AuthInitialVoteDelay 2
V3AuthVoteDelay 2
TestingV3AuthInitialDistDelay 2
V3AuthDistDelay 2
"""
_CLIENT_JOIN = ("TestingTorNetwork", "PathsNeededToBuildCircuits", "VanguardsLiteEnabled")


@dataclass
class _Node:
    name: str
    role: str  # "authority", "relay", "onion" or "client"
    directory: Path
    or_port: int = 0
    dir_port: int = 0
    control_port: int = 0
    socks_port: int = 0
    process: subprocess.Popen[bytes] | TorProcess | None = None
    # Client and onion host: stem takes ownership of a tor whose
    # __OwningControllerProcess is our pid, so this connection keeps it alive.
    controller: stem.control.Controller | None = None


def _free_ports(count: int) -> list[int]:
    """Pick `count` distinct free loopback ports (kept bound until all are chosen)."""
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _run(argv: list[str], stdin: str = "") -> str:
    result = subprocess.run(argv, input=stdin.encode(), capture_output=True, check=False)
    if result.returncode != 0:
        raise TorError(
            f"{argv[0]} failed: {result.stderr.decode(errors='replace').strip()[-300:]}"
        )
    return result.stdout.decode()


class PrivateTorNetwork:
    """Three authorities, four relays, an onion host and a client on loopback."""

    def __init__(
        self,
        workdir: Path,
        *,
        relays: int = 4,
        tor_cmd: str = "tor",
        gencert_cmd: str = "tor-gencert",
    ) -> None:
        self.workdir = Path(workdir)
        self.tor_cmd = tor_cmd
        self.gencert_cmd = gencert_cmd
        self.bootstrap_seconds = 0.0
        names = [("authority", f"auth{i}") for i in range(3)]
        names += [("relay", f"relay{i}") for i in range(relays)]
        names += [("onion", "onionhost"), ("client", "client")]
        self._nodes = [_Node(name, role, self.workdir / name) for role, name in names]
        self._dir_authority_lines: list[str] = []
        self._started = False

    @property
    def client_socks(self) -> tuple[str, int]:
        return ("127.0.0.1", self._node("client").socks_port)

    @property
    def client_control(self) -> tuple[str, int]:
        return ("127.0.0.1", self._node("client").control_port)

    @property
    def onion_control(self) -> tuple[str, int]:
        return ("127.0.0.1", self._node("onion").control_port)

    def torrc_for_client(self) -> str:
        """Torrc lines that make another tor a client of this network."""
        lines = [line for line in _COMMON.splitlines() if line.startswith(_CLIENT_JOIN)]
        return "\n".join(lines + self._dir_authority_lines) + "\n"

    def start(self, timeout: float = 120.0, on_progress: ProgressCallback | None = None) -> Self:
        """Build and run the network; return once client and onion host bootstrapped.
        `on_progress(percent, summary)` hears the client tor's bootstrap (the demo window
        shows it), from a stem thread."""
        if self._started:
            raise TorError("This private Tor network is already running.")
        self._started = True
        atexit.register(self.stop)
        began = time.monotonic()
        try:
            self._assign_ports()
            # Key generation (RSA-3072 in tor-gencert) dominates set-up: run it in parallel.
            with ThreadPoolExecutor(3) as pool:
                self._dir_authority_lines = list(pool.map(self._make_authority, self._nodes[:3]))
            for node in self._nodes:
                self._launch(node, timeout)
            deadline = began + timeout
            for role in ("client", "onion"):
                self._await_bootstrap(self._node(role), max(1.0, deadline - time.monotonic()),
                                      on_progress if role == "client" else None)
        except BaseException:
            self.stop()
            raise
        self.bootstrap_seconds = time.monotonic() - began
        return self

    def stop(self) -> None:
        """Terminate every tor of this network (idempotent)."""
        for node in self._nodes:
            if node.controller is not None:
                node.controller.close()
                node.controller = None
            proc, node.process = node.process, None
            if isinstance(proc, TorProcess):
                proc.terminate()
            elif proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        atexit.unregister(self.stop)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _node(self, role: str) -> _Node:
        return next(node for node in self._nodes if node.role == role)

    def _assign_ports(self) -> None:
        ports = iter(_free_ports(2 * len(self._nodes)))
        for node in self._nodes:
            node.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            if node.role in ("authority", "relay"):
                node.or_port, node.dir_port = next(ports), next(ports)
            else:
                node.control_port = next(ports)
                node.socks_port = next(ports) if node.role == "client" else 0

    def _make_authority(self, node: _Node) -> str:
        """Create the authority's keys; return its DirAuthority line."""
        keys = node.directory / "keys"
        keys.mkdir(mode=0o700, exist_ok=True)
        _run(
            [
                self.gencert_cmd, "--create-identity-key", "-m", "12",
                "-a", f"127.0.0.1:{node.dir_port}",
                "-i", str(keys / "authority_identity_key"),
                "-s", str(keys / "authority_signing_key"),
                "-c", str(keys / "authority_certificate"),
                "--passphrase-fd", "0",
            ],
            stdin=secrets.token_hex(16) + "\n",
        )
        cert = (keys / "authority_certificate").read_text()
        v3ident = next(ln.split()[1] for ln in cert.splitlines() if ln.startswith("fingerprint "))
        listed = _run(
            [
                self.tor_cmd, "--defaults-torrc", os.devnull, "--list-fingerprint",
                "--DataDirectory", str(node.directory), "--Nickname", node.name,
                "--ORPort", "1", "--DirAuthority", "x 127.0.0.1:1 " + "f" * 40,
            ]
        )
        fingerprint = "".join(listed.strip().splitlines()[-1].split()[1:])
        return (
            f"DirAuthority {node.name} orport={node.or_port} no-v2 v3ident={v3ident} "
            f"127.0.0.1:{node.dir_port} {fingerprint}"
        )

    def _torrc(self, node: _Node) -> str:
        lines = [
            _COMMON.rstrip("\n"),
            f"DataDirectory {node.directory}",
            f"Nickname {node.name}",
            f"ContactInfo {node.name}@satchel-testnet.invalid",
            f"Log notice file {node.directory / 'notice.log'}",
            f"__OwningControllerProcess {os.getpid()}",
            *self._dir_authority_lines,
        ]
        if node.role in ("authority", "relay"):
            lines += [
                "SocksPort 0",
                "Address 127.0.0.1",
                f"ORPort 127.0.0.1:{node.or_port}",
                f"DirPort 127.0.0.1:{node.dir_port}",
                "ExitRelay 0",
                "ExitPolicy reject *:*",
            ]
            if node.role == "authority":
                lines.append(_AUTHORITY.rstrip("\n"))
        else:
            lines += [
                "Log notice stdout",
                f"ControlPort 127.0.0.1:{node.control_port}",
                "CookieAuthentication 1",
                f"SocksPort 127.0.0.1:{node.socks_port}" if node.socks_port else "SocksPort 0",
            ]
        return "\n".join(lines) + "\n"

    def _launch(self, node: _Node, timeout: float) -> None:
        torrc = node.directory / "torrc"
        torrc.write_text(self._torrc(node))
        if node.role in ("onion", "client"):
            # Recorded as a bare child first: an interrupt at any point leaves stop()
            # something to terminate.
            node.process = spawn_tor(self.tor_cmd, torrc, timeout,
                                     on_start=lambda p: setattr(node, "process", p))
            return
        start_process([self.tor_cmd, "--defaults-torrc", os.devnull, "-f", str(torrc)],
                      capture=False, on_start=lambda p: setattr(node, "process", p))

    def _await_bootstrap(self, node: _Node, timeout: float,
                         on_progress: ProgressCallback | None = None) -> None:
        try:
            node.controller = stem.control.Controller.from_port("127.0.0.1", node.control_port)
            node.controller.authenticate()
            wait_for_bootstrap(node.controller, timeout, on_progress or (lambda _p, _s: None))
        except (stem.SocketError, stem.connection.AuthenticationFailure) as exc:
            raise TorError(f"The {node.name} tor's control port failed: {exc}") from exc
