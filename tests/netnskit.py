"""A network namespace whose only way out is a Tor client's SOCKS and control ports.

Layout (chosen so that a leak would be SEEN, not merely fail):

    namespace:  lo 127.0.0.1:{socks,control}  <- socat -> veth 10.231.N.2
    host:       veth 10.231.N.1:{socks,control} <- socat -> 127.0.0.1:{socks,control} (tor)

The private Tor network and its client tor stay outside, on the host's loopback. Inside,
socat listens on 127.0.0.1 at the same port numbers as the client tor (Satchel accepts
only loopback Tor addresses, and tor reports its SOCKS address by number over the
control port), and relays to the host end of a veth pair, where a second socat relays to
the tor itself. The namespace has a default route through the veth, so a direct
connection or a DNS query from the app would leave as a packet that tcpdump captures,
and the host does not forward what arrives on that veth (forwarding=0), so no such
packet goes further than this machine. IPv6 is off on both ends and the neighbours are
static, so the kernel itself sends nothing (no router solicitations, no ARP): every
packet captured was sent because of a program in the namespace.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

TOOLS = ("ip", "tcpdump", "socat")
_PACKET = re.compile(r"\bIP6? (\S+)\.(\d+) > (\S+)\.(\d+):")


def _sh(*argv: str) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True, timeout=30).stdout


def why_no_namespace() -> str | None:
    """Why this machine cannot run the namespace test, or None if it can."""
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        return f"{', '.join(missing)} not installed (scripts/bootstrap installs them)"
    probe = f"satchel-probe-{secrets.token_hex(3)}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True,
                          check=False)
    if made.returncode != 0:
        return f"cannot create a network namespace (needs CAP_NET_ADMIN): {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], check=False)
    return None


@dataclass
class Namespace:
    name: str
    host_ip: str
    ns_ip: str
    ports: tuple[int, ...] = ()
    children: list[subprocess.Popen[str]] = field(default_factory=list)

    def argv(self, *argv: str) -> list[str]:
        """`argv` run inside the namespace."""
        return ["ip", "netns", "exec", self.name, *argv]

    def start(self, argv: list[str], ready: str) -> subprocess.Popen[str]:
        """Start a helper and wait for the line that says it is ready (no sleeping)."""
        proc = subprocess.Popen(argv, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                text=True)
        assert proc.stderr is not None
        seen = ""
        while ready not in seen:
            line = proc.stderr.readline()
            if not line:
                raise RuntimeError(f"{argv[0]} stopped before it was ready: {seen}")
            seen += line
        self.children.append(proc)
        return proc

    def allowed(self, ip: str, port: int) -> bool:
        return port in self.ports and ip in ("127.0.0.1", self.host_ip, self.ns_ip)


def _veth(name: str, host: str, inside: str, subnet: int) -> tuple[str, str]:
    host_ip, ns_ip = f"10.231.{subnet}.1", f"10.231.{subnet}.2"
    _sh("ip", "link", "add", host, "type", "veth", "peer", "name", inside)
    _sh("ip", "link", "set", inside, "netns", name)
    _sh("sysctl", "-qw", f"net.ipv6.conf.{host}.disable_ipv6=1")
    _sh("sysctl", "-qw", f"net.ipv4.conf.{host}.forwarding=0")
    for key in ("all", "default"):
        _sh("ip", "netns", "exec", name, "sysctl", "-qw", f"net.ipv6.conf.{key}.disable_ipv6=1")
    _sh("ip", "addr", "add", f"{host_ip}/30", "dev", host)
    _sh("ip", "netns", "exec", name, "ip", "addr", "add", f"{ns_ip}/30", "dev", inside)
    host_mac = Path(f"/sys/class/net/{host}/address").read_text().strip()
    ns_mac = _sh("ip", "netns", "exec", name, "cat", f"/sys/class/net/{inside}/address").strip()
    _sh("ip", "neigh", "replace", ns_ip, "lladdr", ns_mac, "dev", host, "nud", "permanent")
    _sh("ip", "netns", "exec", name, "ip", "neigh", "replace", host_ip, "lladdr", host_mac,
        "dev", inside, "nud", "permanent")
    _sh("ip", "link", "set", host, "up")
    for dev in ("lo", inside):
        _sh("ip", "netns", "exec", name, "ip", "link", "set", dev, "up")
    _sh("ip", "netns", "exec", name, "ip", "route", "add", "default", "via", host_ip)
    return host_ip, ns_ip


@contextmanager
def tor_only_namespace(tor_ports: tuple[int, ...]) -> Iterator[Namespace]:
    """A namespace reaching only 127.0.0.1:`tor_ports` (relayed to the host's tor)."""
    tag = secrets.token_hex(3)
    name = f"satchel-{tag}"
    _sh("ip", "netns", "add", name)
    try:
        host_ip, ns_ip = _veth(name, f"sh{tag}", f"sn{tag}", 1 + int(tag, 16) % 250)
        ns = Namespace(name, host_ip, ns_ip, tor_ports)
        with ExitStack() as stack:
            stack.callback(_stop_all, ns)
            for port in tor_ports:
                ns.start(["socat", "-d", "-d", f"TCP-LISTEN:{port},bind={host_ip},fork,reuseaddr",
                          f"TCP:127.0.0.1:{port}"], "listening on")
                ns.start(ns.argv("socat", "-d", "-d",
                                 f"TCP-LISTEN:{port},bind=127.0.0.1,fork,reuseaddr",
                                 f"TCP:{host_ip}:{port}"), "listening on")
            yield ns
    finally:
        subprocess.run(["ip", "netns", "del", name], check=False)


def _stop_all(ns: Namespace) -> None:
    for proc in ns.children:
        proc.terminate()
        proc.wait(10)


@contextmanager
def capture(ns: Namespace, pcap: Path) -> Iterator[Path]:
    """tcpdump on every interface of the namespace, from before the block to after it."""
    # --immediate-mode: without it the kernel hands packets over in blocks, and the last
    # block before SIGINT would never be written.
    proc = ns.start(ns.argv("tcpdump", "-i", "any", "-nn", "--immediate-mode", "-U", "-w", str(pcap)),
                    "listening on")
    try:
        yield pcap
    finally:
        proc.send_signal(signal.SIGINT)  # tcpdump flushes and closes the file on SIGINT
        proc.wait(30)
        ns.children.remove(proc)


@dataclass
class Packets:
    total: int = 0
    tor: int = 0
    outside: list[str] = field(default_factory=list)
    dns: list[str] = field(default_factory=list)


def classify(ns: Namespace, pcap: Path) -> Packets:
    """Every captured packet: to or from the Tor ports, or outside (DNS counted apart)."""
    out = Packets()
    lines = _sh("tcpdump", "-nn", "-r", str(pcap)).splitlines() if os.path.getsize(pcap) else []
    for line in lines:
        out.total += 1
        m = _PACKET.search(line)
        ends = [] if m is None else [(m[1], int(m[2])), (m[3], int(m[4]))]
        if any(port == 53 for _, port in ends):
            out.dns.append(line)
        if any(ns.allowed(ip, port) for ip, port in ends):
            out.tor += 1
        else:
            out.outside.append(line)
    return out
