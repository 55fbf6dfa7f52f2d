"""Onionbalance set-up: `inbox balance` makes sealed back-end homes of a front inbox,
Onionbalance itself accepts the configuration and key Satchel hands it, and a back-end
home publishes as an instance of the front (tests/test_inbox_balance_tor.py runs it all
on the private Tor network)."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2ekit import run
from satchel.crypto.keys import SigningKey
from satchel.crypto.onion import onion_address
from satchel.sync.inbox.balance import (
    INSTANCES_FILE,
    front_key_pem,
    instances,
    onionbalance_config,
)
from satchel.sync.inbox.keys import OB_CONFIG, ONION_KEY, RECEIPT_KEY, front_address, load_keys
from satchel.sync.inbox.server import serve

PASS = b"balance test passphrase"


@pytest.fixture
def front(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    passfile = tmp_path / "pass"
    passfile.write_bytes(PASS + b"\n")
    home = tmp_path / "front"
    info = run(passfile, home, "inbox", "init")
    return passfile, home, info


def test_balance_makes_sealed_back_end_homes_without_the_front_key(
        front: tuple[Path, Path, dict[str, str]], tmp_path: Path) -> None:
    passfile, home, info = front
    made = run(passfile, home, "inbox", "balance", "--instances", "2", "--out",
               str(tmp_path / "backs"))
    assert made["front"] == info["onion"]
    front_keys = load_keys(home, PASS)
    addresses = []
    for entry in made["instances"]:
        back = Path(entry["home"])
        keys = load_keys(back, PASS)  # every key sealed under the passphrase
        assert keys.onion_address == entry["onion"] != info["onion"]
        assert keys.receipt.public.raw == front_keys.receipt.public.raw  # same receipts
        assert keys.onion.seed not in (back / ONION_KEY).read_bytes()
        assert front_keys.onion.seed not in b"".join(
            p.read_bytes() for p in back.iterdir())  # the front key stays on the front
        assert front_address(back) == info["onion"]
        assert (back / RECEIPT_KEY).stat().st_mode & 0o077 == 0
        addresses.append(entry["onion"])
    assert instances(home) == addresses
    # More instances later are added to the list, never replacing it.
    more = run(passfile, home, "inbox", "balance", "--instances", "1", "--out",
               str(tmp_path / "more"))
    assert instances(home) == [*addresses, more["instances"][0]["onion"]]
    again = run(passfile, home, "inbox", "balance", "--instances", "1", "--out",
                str(tmp_path / "more"), ok=False)
    assert again.returncode == 2 and "choose an empty --out" in again.stderr


def test_balance_refuses_a_wrong_passphrase_and_no_instances(
        front: tuple[Path, Path, dict[str, str]], tmp_path: Path) -> None:
    _passfile, home, _info = front
    wrong = tmp_path / "wrong"
    wrong.write_text("not it\n")
    done = run(wrong, home, "inbox", "balance", "--instances", "1", "--out",
               str(tmp_path / "x"), ok=False)
    assert done.returncode == 3 and not (tmp_path / "x").exists()
    zero = run(_passfile, home, "inbox", "balance", "--instances", "0", "--out",
               str(tmp_path / "y"), ok=False)
    assert zero.returncode == 2 and not (home / INSTANCES_FILE).exists()


def test_front_without_instances_is_a_usage_error(
        front: tuple[Path, Path, dict[str, str]]) -> None:
    passfile, home, _info = front
    done = run(passfile, home, "inbox", "front", "--tor-control", "127.0.0.1:9", ok=False)
    assert done.returncode == 2 and "inbox balance" in done.stderr
    remote = run(passfile, home, "inbox", "front", "--tor-control", "192.0.2.1:9051", ok=False)
    assert remote.returncode == 2


def test_onionbalance_accepts_the_config_and_key_satchel_hands_it(tmp_path: Path) -> None:
    """Onionbalance's own loaders read the config and the PEM and find the front address."""
    from onionbalance.hs_v3.onionbalance import Onionbalance
    from onionbalance.hs_v3.service import OnionbalanceService

    key = SigningKey.generate()
    backs = [onion_address(SigningKey.generate().public.raw) for _ in range(2)]
    key_file = tmp_path / "key.pem"
    key_file.write_bytes(front_key_pem(key))
    config = tmp_path / "config.yaml"
    config.write_text(onionbalance_config(str(key_file), backs))
    balancer = Onionbalance()
    balancer.config_path = str(config)
    data = balancer.load_config_file()  # raises ConfigError on anything it dislikes
    assert [i["address"] for i in data["services"][0]["instances"]] == backs
    service = object.__new__(OnionbalanceService)
    service.is_priv_key_in_tor_format = False
    _priv, address = service._load_service_keys(data["services"][0], str(config))
    assert address == onion_address(key.public.raw)


def test_ob_config_must_name_one_v3_address(tmp_path: Path) -> None:
    (tmp_path / OB_CONFIG).write_text("MasterOnionAddress example.onion\n")
    with pytest.raises(ValueError, match="inbox balance"):
        front_address(tmp_path)
    assert front_address(tmp_path / "none") is None


def test_an_instance_refuses_client_authorisation(
        front: tuple[Path, Path, dict[str, str]], tmp_path: Path) -> None:
    passfile, home, _info = front
    made = run(passfile, home, "inbox", "balance", "--instances", "1", "--out",
               str(tmp_path / "b"))
    back = Path(made["instances"][0]["home"])
    with pytest.raises(ValueError, match="client-auth"):
        serve(back, load_keys(back, PASS), "127.0.0.1", 0, tor_control=None,
              say=lambda _s: None, client_auth=("A" * 52,))
