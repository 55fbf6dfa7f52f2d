"""Several inbox instances behind one onion address, with Onionbalance.

The front is an ordinary inbox home (`satchel inbox init`): its onion key is the address
the coalition directory lists, its receipt key the one reporters pin. `make_instances`
turns it into N back-end homes, each with

- its own instance onion key, new, sealed under the passphrase like every inbox key;
- a copy of the front's sealed receipt key, pinned root and published directory, so every
  instance signs the same receipts and serves the same directory;
- `ob_config` (`MasterOnionAddress <front>`): `inbox serve` then publishes the instance as
  an Onionbalance back-end and names the front address in receipts and desk logins.

Not copied: the front's onion key. It stays on the front machine, so a seized back-end
cannot publish descriptors for the coalition's address. The front home lists the
instances in `instances`, one address a line.

`run_front` runs Onionbalance (a separate program, Debian or PyPI `onionbalance`) against
a tor's control port. Onionbalance reads its key and configuration from files; both are
handed over as memfd files (`/proc/self/fd/N`, in memory only), so the front key is never
written to disk in the clear.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from satchel.client.fsutil import atomic_write
from satchel.crypto.keys import SigningKey, seal_secret
from satchel.crypto.keyslots import KdfParams
from satchel.crypto.onion import onion_address
from satchel.sync.inbox.keys import (
    DIRECTORY_FILE,
    OB_CONFIG,
    ONION_KEY,
    RECEIPT_KEY,
    ROOT_FILE,
    load_keys,
)
from satchel.sync.tor.onion_instance import ob_config_text

INSTANCES_FILE = "instances"


def make_instances(front: Path, passphrase: bytes, params: KdfParams, out: Path,
                   count: int) -> list[tuple[Path, str]]:
    """Create `count` back-end homes under `out`; return (home, instance address) pairs.

    WrongPassphraseError/IntegrityError if the front's keys do not open, FileExistsError
    if a back-end home exists, ValueError for a count below 1.
    """
    if count < 1:
        raise ValueError("Give at least one instance (--instances N).")
    keys = load_keys(front, passphrase)  # also proves the passphrase before writing
    made = []
    for number in range(1, count + 1):
        home = out / f"instance-{number}"
        home.mkdir(mode=0o700, parents=True)
        instance = SigningKey.generate()
        atomic_write(home / ONION_KEY, seal_secret(instance.seed, passphrase, params))
        for name in (RECEIPT_KEY, ROOT_FILE, DIRECTORY_FILE):
            if (front / name).exists():
                atomic_write(home / name, (front / name).read_bytes())
        atomic_write(home / OB_CONFIG, ob_config_text(keys.onion_address).encode())
        made.append((home, onion_address(instance.public.raw)))
    listed = instances(front)
    atomic_write(front / INSTANCES_FILE,
                 "".join(f"{a}\n" for a in [*listed, *(a for _h, a in made)]).encode())
    return made


def instances(front: Path) -> list[str]:
    """The back-end addresses listed in the front home."""
    try:
        text = (front / INSTANCES_FILE).read_text()
    except FileNotFoundError:
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def onionbalance_config(key_file: str, addresses: Iterable[str]) -> str:
    """Onionbalance's config.yaml (JSON is YAML) for one front service."""
    service = {"key": key_file, "instances": [{"address": a} for a in addresses]}
    return json.dumps({"services": [service]}, indent=2) + "\n"


def front_key_pem(key: SigningKey) -> bytes:
    """The front key in Onionbalance's own format (unencrypted PKCS#8 PEM)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(key.seed).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())


def onionbalance_command() -> list[str]:
    """How to run Onionbalance: the one beside this Python, else on PATH (LookupError)."""
    beside = Path(sys.executable).parent / "onionbalance"
    found = str(beside) if beside.exists() else shutil.which("onionbalance")
    if found is None:
        raise LookupError("onionbalance")
    return [found]


def start_front(key: SigningKey, addresses: list[str], control: tuple[str, int] | str, *,
                testnet: bool = False) -> subprocess.Popen[bytes]:
    """Start Onionbalance publishing `key`'s address over `addresses`; the caller waits.

    `control` is a tor's control port (host, port) or unix socket path. LookupError if
    Onionbalance is not installed, ValueError if no instance is given.
    """
    if not addresses:
        raise ValueError("The front lists no instances; create them with `inbox balance`.")
    key_fd = _memfd("front-key", front_key_pem(key))
    config_fd = _memfd("onionbalance", onionbalance_config(
        f"/proc/self/fd/{key_fd}", addresses).encode())
    where = (["--socket", control] if isinstance(control, str)
             else ["--ip", control[0], "--port", str(control[1]), "--socket", os.devnull])
    argv = [*onionbalance_command(), "-c", f"/proc/self/fd/{config_fd}", *where,
            "-v", "warning", *(["--is-testnet"] if testnet else [])]
    try:
        return subprocess.Popen(argv, stdin=subprocess.DEVNULL, pass_fds=(key_fd, config_fd))
    finally:
        os.close(key_fd)  # the child holds its own copies
        os.close(config_fd)


def _memfd(name: str, data: bytes) -> int:
    fd = os.memfd_create(name, 0)  # inheritable: the child opens it as /proc/self/fd/N
    os.write(fd, data)
    return fd
