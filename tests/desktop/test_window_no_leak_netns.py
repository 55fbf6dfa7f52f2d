"""Nothing leaves outside Tor: the reporter WINDOW's whole flow inside a network namespace.

The CLI's flow is tests/test_no_leak_netns.py; this is the window's, with the same
namespace (tests/netnskit.py: its only way out is socat relays to the client tor's SOCKS
and control ports). The private Tor network, its client tor and the inbox, published as
an onion service, run outside. The real PySide6 window (offscreen) runs in a child
pytest inside the namespace (tests/desktop/windowflow_tor.py): the first-run wizard,
lock and unlock, connect through the control port, a report with a photo chosen in Qt's
file dialog, send, delivered.
tcpdump captures every interface of the namespace: zero packets to anything but the two
relayed ports and zero DNS. strace records every AF_INET/AF_INET6 socket the window's
process opens and every address it connects, binds or sends to, so a socket that never
got as far as a packet (Qt's network information, a font or DBus probe over TCP) is seen
too: each must be a connection to one of Tor's two ports (a probe with an unused IPv6
socket and a connection to port 9 shows the trace sees both). The inbox holding the report
and the window showing it delivered keep the test from passing vacuously; the CLI test's
probes show that this capture sees a stray connection and a DNS lookup.
Skips, saying why, where a namespace cannot be made.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from netnskit import Namespace, capture, classify, tor_only_namespace, why_no_namespace
from satchel.crypto.keys import SigningKey
from satchel.crypto.onion import onion_address
from satchel.sync.tor.testnet import PrivateTorNetwork
from sendkit import loopback_inbox, published
from windowflow import marker_jpeg

pytestmark = pytest.mark.tor

FLOW = Path(__file__).with_name("windowflow_tor.py")
_SOCKET = re.compile(r"\bsocket\((AF_INET6?),")
_ADDRESS = re.compile(r'sa_family=AF_INET6?, sin6?_port=htons\((\d+)\),'
                      r'.*?(?:inet_addr|inet_pton\(AF_INET6,) ?\("?([^"]+)"')
_CALL = re.compile(r"\b(connect|bind|sendto|sendmsg)\(")


@dataclass
class Sockets:
    opened: int = 0  # AF_INET/AF_INET6 sockets the process created
    named: list[tuple[str, str, int]] = field(default_factory=list)  # (call, ip, port)


def inet_calls(trace: Path) -> Sockets:
    """The IP sockets in an `strace -f` log, and every IP address a call named."""
    out = Sockets()
    for line in trace.read_text().splitlines():
        if _SOCKET.search(line):
            out.opened += 1
        call, address = _CALL.search(line), _ADDRESS.search(line)
        if call and address:
            out.named.append((call[1], address[2], int(address[1])))
    return out


def traced(ns: Namespace, trace: Path, argv: list[str], env: dict[str, str],
           ) -> subprocess.CompletedProcess[str]:
    """`argv` run in the namespace under strace, which logs its socket calls to `trace`."""
    # -s 0: the trace holds no bytes of what was sent, only who it was sent to.
    return subprocess.run(
        ns.argv("strace", "-f", "--seccomp-bpf", "-qq", "-s", "0", "-e", "signal=none",
                "-e", "trace=socket,connect,bind,sendto,sendmsg", "-o", str(trace), *argv),
        cwd=FLOW.parents[2], env=env, capture_output=True, text=True, timeout=500, check=False)


def run_window(ns: Namespace, control: int, env: dict[str, str], base: Path) -> Path:
    """The window's flow in the namespace under strace; the trace's path."""
    trace = base / "window.strace"
    env = dict(env, QT_QPA_PLATFORM="offscreen", SATCHEL_FLOW_CONTROL=f"127.0.0.1:{control}")
    child = traced(ns, trace, [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               "-p", "no:randomly", "--basetemp", str(base / "pytest"),
                               str(FLOW)], env)
    assert child.returncode == 0 and "1 passed" in child.stdout, \
        child.stdout[-4000:] + child.stderr[-2000:]
    return trace


def probe_strays(ns: Namespace, base: Path) -> Sockets:
    """An unused IPv6 socket and a connection to port 9: the trace must show both."""
    code = ("import socket; socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); "
            f"socket.socket().connect_ex(('{ns.host_ip}', 9))")
    traced(ns, base / "probe.strace", [sys.executable, "-c", code], dict(os.environ))
    return inet_calls(base / "probe.strace")


def test_the_windows_whole_flow_sends_nothing_but_to_tor(
        tor_network: PrivateTorNetwork, tmp_path: Path) -> None:
    reason = why_no_namespace() or (None if shutil.which("strace") else "strace not installed")
    if reason:
        pytest.skip(f"no network namespace here, so no proof of no leak: {reason}")
    control, socks = tor_network.client_control[1], tor_network.client_socks[1]
    key = SigningKey.generate()
    photo = marker_jpeg(tmp_path / "in" / "street.jpg")
    with loopback_inbox(tmp_path / "world", onion=onion_address(key.public.raw)) as world, \
            published(tor_network, key, world.inbox.port), \
            tor_only_namespace((control, socks)) as ns:
        directory = tmp_path / "coalition.directory"
        directory.write_bytes(world.inbox.directory)
        env = dict(os.environ, SATCHEL_FLOW_HOME=str(tmp_path / "vault"),
                   SATCHEL_FLOW_DIRECTORY=str(directory), SATCHEL_FLOW_PHOTO=str(photo))
        with capture(ns, tmp_path / "window.pcap") as pcap:
            trace = run_window(ns, control, env, tmp_path)
        flow = classify(ns, pcap)
        stored, relayed = world.stored(), world.relay.streams
        stray = probe_strays(ns, tmp_path)
    calls = inet_calls(trace)
    print(f"packets: {flow.total} in all, {flow.tor} to or from Tor's ports, "
          f"{len(flow.outside)} elsewhere, {len(flow.dns)} DNS; IP sockets opened: "
          f"{calls.opened}, addresses named: {len(calls.named)}")
    assert stored == 2 and relayed == 0, "the report and its photo, through Tor only"
    assert flow.tor > 0, "nothing went through Tor: the window did not run in the namespace"
    assert not flow.outside and not flow.dns, (flow.outside[:10], flow.dns[:10])
    tor = {("127.0.0.1", control), ("127.0.0.1", socks)}
    assert {(ip, port) for _, ip, port in calls.named} == tor, calls.named
    connects = [c for c in calls.named if c[0] == "connect"]
    assert calls.opened == len(connects), "an IP socket that was not a connection to Tor"
    assert stray.opened == 2 and stray.named == [("connect", ns.host_ip, 9)], stray
