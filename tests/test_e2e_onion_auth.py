"""An inbox published with client authorisation: a client without the key cannot reach
it (exit 5, nothing lost); with the key handed to its Tor, the report is delivered."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2ekit import new_reporter, onion_inbox, report_count, run, setup_world
from satchel.sync.tor.onion_auth import ClientKeyPair, OnionAuthError, parse_private
from satchel.sync.tor.testnet import PrivateTorNetwork


def test_key_pairs_and_their_checks() -> None:
    pair = ClientKeyPair.generate()
    assert len(pair.public) == 52 and pair.public.isupper()
    assert parse_private(pair.private + "\n") == pair.private
    for bad in ("", "x25519:short", pair.public, pair.private + "\nSocksPort 9999"):
        with pytest.raises(OnionAuthError):
            parse_private(bad)


@pytest.mark.tor
def test_only_a_client_with_the_key_reaches_the_inbox(tmp_path: Path,
                                                     tor_network: PrivateTorNetwork) -> None:
    world = setup_world(tmp_path)
    pair = run(world.passfile, None, "inbox", "client-key")
    with onion_inbox(world, tor_network.onion_control, "--client-auth", pair["public"]):
        reporter = new_reporter(world, "reporter", world.directory)
        control = "{}:{}".format(*tor_network.client_control)
        refused = run(world.passfile, reporter, "sync", "--once", "--tor-control", control,
                      ok=False)
        assert refused.returncode == 5, refused.stderr
        assert len(refused.stderr.splitlines()) == 1
        assert report_count(world, reporter) == 1  # nothing lost

        keyfile = tmp_path / "onion-auth"
        keyfile.write_text(pair["private"] + "\n")
        outcomes = run(world.passfile, reporter, "sync", "--once", "--tor-control", control,
                       "--onion-auth-file", str(keyfile))
        assert outcomes and all(o["status"] in ("erased", "delivered") for o in outcomes)
        assert report_count(world, reporter) == 0
