"""Nothing leaves outside Tor: the reporter's whole flow inside a network namespace.

The private Tor network, its client tor and the inbox's onion service run outside; the
namespace reaches only the client tor's SOCKS and control ports (netnskit explains the
relays and why a leak would be captured rather than merely fail). tcpdump captures every
interface in the namespace while the real `satchel` command line runs there: init, a
report with an attachment, seal, and a sync through the control port that delivers it.
Asserted: zero packets to anything but those two ports, and zero DNS packets. A control
connection to another port on the same veth and a DNS lookup show the capture would have
seen a leak.
Skips, saying why, where a namespace cannot be made.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2ekit import ENV, SATCHEL, World, onion_inbox, setup_world
from netnskit import Namespace, Packets, capture, classify, tor_only_namespace, why_no_namespace
from satchel.sync.tor.testnet import PrivateTorNetwork

pytestmark = pytest.mark.tor


@pytest.fixture(scope="module")
def published(tor_network: PrivateTorNetwork, tmp_path_factory: pytest.TempPathFactory,
              ) -> Iterator[World]:
    """A coalition whose inbox is published as an onion service on the private network."""
    reason = why_no_namespace()
    if reason:
        pytest.skip(f"no network namespace here, so no proof of no leak: {reason}")
    world = setup_world(tmp_path_factory.mktemp("netns"))
    with onion_inbox(world, tor_network.onion_control):
        yield world


def inside(ns: Namespace, world: World, home: Path, *args: str) -> str:
    """Run `satchel ARGS` in the namespace; its stdout (it must succeed)."""
    argv = ns.argv(*SATCHEL, "--passphrase-file", str(world.passfile), "--json",
                   "--home", str(home), *args)
    done = subprocess.run(argv, capture_output=True, text=True, env=ENV, timeout=300,
                          check=False)
    assert done.returncode == 0, f"satchel {' '.join(args)} in the namespace: {done.stderr}"
    return done.stdout


def _reporter_flow(ns: Namespace, world: World, control: int) -> str:
    home = world.home("reporter")
    photo, body = world.root / "photo.bin", world.root / "body.txt"
    photo.write_bytes(b"\xff\xd8 not really a photo " * 5000)
    body.write_text("What happened, in the reporter's words.\n")
    inside(ns, world, home, "init", "--role", "reporter", "--directory", str(world.directory),
           "--accept-root", world.fingerprint)
    inside(ns, world, home, "report", "new", "--title", "netns", "--body-file", str(body),
           "--attach", str(photo), "--kind", "other")
    inside(ns, world, home, "send", "--all")
    sent = inside(ns, world, home, "sync", "--once", "--tor-control", f"127.0.0.1:{control}")
    return sent + inside(ns, world, home, "report", "list")


def test_the_reporters_whole_flow_sends_nothing_but_to_tor(
        published: World, tor_network: PrivateTorNetwork, tmp_path: Path) -> None:
    control, socks = tor_network.client_control[1], tor_network.client_socks[1]
    with tor_only_namespace((control, socks)) as ns:
        with capture(ns, tmp_path / "flow.pcap") as pcap:
            said = _reporter_flow(ns, published, control)
        flow = classify(ns, pcap)
        with capture(ns, tmp_path / "control.pcap") as pcap:  # leaks, to see they are seen
            for probe in (["socat", "-u", "OPEN:/dev/null", f"TCP:{ns.host_ip}:9"],
                          ["getent", "hosts", "satchel-leak-probe.invalid"]):
                subprocess.run(ns.argv(*probe), check=False, capture_output=True, timeout=30)
        leak = classify(ns, pcap)
    print(f"packets: {flow.total} in all, {flow.tor} to or from Tor's ports, "
          f"{len(flow.outside)} elsewhere, {len(flow.dns)} DNS")
    assert '"erased"' in said and said.rstrip().endswith("[]"), said  # delivered, then erased
    assert flow.tor > 0, "nothing went through Tor: the flow did not run in the namespace"
    assert _nothing_else(flow), flow.outside[:10]
    assert leak.outside, "the capture did not see a connection to another port"
    assert leak.dns, "the capture did not see a DNS query"


def _nothing_else(packets: Packets) -> bool:
    return not packets.outside and not packets.dns
