"""End to end over the private Tor network: reporter -> onion inbox -> desk, and the faults.

The real `satchel` command line runs as subprocesses (the inbox server too); only the
audit-hook test runs the send session in-process, to watch every socket.connect it makes.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2ekit import (
    World,
    make_directory,
    new_reporter,
    onion_inbox,
    report_count,
    run,
    setup_world,
)
from satchel.crypto.keys import SigningKey
from satchel.sync.tor.testnet import PrivateTorNetwork


@pytest.fixture(scope="module")
def world(tor_network: PrivateTorNetwork, tmp_path_factory: pytest.TempPathFactory,
          ) -> Iterator[World]:
    w = setup_world(tmp_path_factory.mktemp("e2e"))
    with onion_inbox(w, tor_network.onion_control) as seen:
        assert f"Inbox published at {w.onion}" in seen
        yield w


def socks(net: PrivateTorNetwork) -> str:
    return "{}:{}".format(*net.client_socks)


@pytest.mark.tor
def test_report_reaches_desk_over_tor_and_usb_once(world: World,
                                                   tor_network: PrivateTorNetwork) -> None:
    reporter = new_reporter(world, "reporter", world.directory)
    stick = world.root / "stick"
    stick.mkdir()
    run(world.passfile, reporter, "export", str(stick))  # the same submission, by USB too
    outcomes = run(world.passfile, reporter, "sync", "--once", "--tor-socks", socks(tor_network))
    assert outcomes and all(o["status"] in ("erased", "delivered") for o in outcomes), outcomes
    assert report_count(world, reporter) == 0  # erased after the verified receipt

    desk = world.home("desk")
    pulled = run(world.passfile, desk, "desk", "pull", "--once", "--tor-socks",
                 socks(tor_network))
    assert sorted(o["status"] for o in pulled).count("submission") == 1, pulled
    verified = run(world.passfile, desk, "desk", "verify")
    assert len(verified) == 1 and verified[0]["verified"] is True
    reporter_fpr = verified[0]["signer_fingerprint"]

    run(world.passfile, desk, "import", str(stick))
    again = run(world.passfile, desk, "desk", "verify")
    assert [v["signer_fingerprint"] for v in again] == [reporter_fpr]  # stored once
    repeat = run(world.passfile, desk, "desk", "pull", "--once", "--tor-socks",
                 socks(tor_network))
    assert all(o["status"] == "duplicate" for o in repeat)


@pytest.mark.tor
def test_forged_receipt_keeps_envelope_queued(world: World,
                                              tor_network: PrivateTorNetwork) -> None:
    # The reporter pins a receipt key the real inbox does not hold (a newer directory,
    # so the inbox's own copy does not replace it): every receipt looks forged.
    forged = world.root / "forged-directory"
    make_directory(world, SigningKey.generate().public.text, forged, serial=200)
    reporter = new_reporter(world, "forged-reporter", forged)
    done = run(world.passfile, reporter, "sync", "--once", "--tor-socks", socks(tor_network),
               ok=False)
    assert done.returncode == 4  # an integrity failure, not an unreachable inbox
    assert "does not verify" in done.stderr and len(done.stderr.splitlines()) == 1
    outcomes = json.loads(done.stdout)
    assert outcomes and all(o["status"] == "failed" for o in outcomes)
    assert all(o["reason"] == "receipt signer" for o in outcomes)  # not a pinned inbox key
    assert report_count(world, reporter) == 1


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_tor_down_sync_fails_closed(tmp_path: Path) -> None:
    world = setup_world(tmp_path)
    reporter = new_reporter(world, "reporter", world.directory)
    done = run(world.passfile, reporter, "sync", "--once", "--tor-socks",
               f"127.0.0.1:{_dead_port()}", ok=False)
    assert done.returncode == 5
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("satchel: ")
    assert report_count(world, reporter) == 1


def test_tor_down_connects_only_to_socks_port(tmp_path: Path) -> None:
    from satchel.client.errors import UnreachableError
    from satchel.client.vault.vault import Vault
    from satchel.sync.service.cancel import CancelToken
    from satchel.sync.service.events import ignore
    from satchel.sync.service.route import Route
    from satchel.sync.service.sending import send
    from satchel.sync.tor.manager import TorSettings

    world = setup_world(tmp_path)
    reporter = new_reporter(world, "reporter", world.directory)
    port = _dead_port()
    seen: list[Any] = []
    recording = threading.Event()

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event == "socket.connect" and recording.is_set():
            seen.append(args[1])

    sys.addaudithook(hook)  # cannot be removed: the event gates it to this test
    vault = Vault.open(reporter, world.passfile.read_text().strip().encode())

    route = Route(TorSettings(mode="socks", socks=f"127.0.0.1:{port}", bootstrap_timeout=5))
    try:
        recording.set()
        with pytest.raises(UnreachableError):
            send(vault, route, ignore, CancelToken(), once=True)
    finally:
        recording.clear()
        vault.lock()
    assert seen and all(address == ("127.0.0.1", port) for address in seen)
