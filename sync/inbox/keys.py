"""The inbox's directory: its receipt signing key and onion service key, passphrase-sealed,
the coalition root it trusts, and the coalition directory it publishes.

A seized inbox must not let anyone forge receipts (a forged receipt would make reporters
erase undelivered reports), so both keys are sealed under the operator's passphrase
with the same construction as the coalition root key; `inbox serve` asks for it.

The coalition root is pinned when the inbox is set up (`inbox init --root`); every
directory published afterwards must be signed by it, newer than the one published and
not expired, and the server serves (and lets desks log in from) only a directory that
verifies against it: whoever can write a file into the inbox's folder cannot choose
which desks may pull.
"""

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from satchel.client.fsutil import atomic_write
from satchel.crypto.directory import Directory, verify_directory
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import SigningKey, VerifyKey, open_secret, seal_secret
from satchel.crypto.keyslots import KdfParams
from satchel.crypto.onion import onion_address

RECEIPT_KEY = "receipt.key"
ONION_KEY = "onion.key"
_V3_ONION = re.compile("[a-z2-7]{56}\\.onion")
ROOT_FILE = "coalition-root.pub"
DIRECTORY_FILE = "directory"
# In an Onionbalance back-end's home (made by `inbox balance`): the front's address.
OB_CONFIG = "ob_config"


@dataclass(frozen=True)
class InboxKeys:
    receipt: SigningKey
    onion: SigningKey

    @property
    def onion_address(self) -> str:
        return onion_address(self.onion.public.raw)


def create_keys(home: Path, passphrase: bytes, params: KdfParams) -> InboxKeys:
    if (home / RECEIPT_KEY).exists():
        raise FileExistsError(f"An inbox already exists at {home}")
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    keys = InboxKeys(SigningKey.generate(), SigningKey.generate())
    atomic_write(home / ONION_KEY, seal_secret(keys.onion.seed, passphrase, params))
    atomic_write(home / RECEIPT_KEY, seal_secret(keys.receipt.seed, passphrase, params))
    return keys


def load_keys(home: Path, passphrase: bytes) -> InboxKeys:
    """WrongPassphraseError / IntegrityError from the crypto layer if they do not open."""
    return InboxKeys(
        SigningKey.from_seed(open_secret((home / RECEIPT_KEY).read_bytes(), passphrase)),
        SigningKey.from_seed(open_secret((home / ONION_KEY).read_bytes(), passphrase)),
    )


def front_address(home: Path) -> str | None:
    """The Onionbalance front this home is a back-end of (its `ob_config`), if any.

    ValueError if the file is not one `MasterOnionAddress <v3 address>` line.
    """
    try:
        words = (home / OB_CONFIG).read_text().split()
    except FileNotFoundError:
        return None
    if len(words) != 2 or words[0] != "MasterOnionAddress" or not _V3_ONION.fullmatch(words[1]):
        raise ValueError(f"{home / OB_CONFIG} must hold one line "
                         "'MasterOnionAddress <front>.onion'; write it again with `inbox balance`.")
    return words[1]


def pin_root(home: Path, key_text: str) -> VerifyKey:
    """Pin the coalition root (IntegrityError if not a key, FileExistsError if one is)."""
    key = VerifyKey.from_text(key_text.strip())
    if (home / ROOT_FILE).exists():
        raise FileExistsError(f"{home / ROOT_FILE} exists")
    atomic_write(home / ROOT_FILE, (key.text + "\n").encode())
    return key


def pinned_root(home: Path) -> VerifyKey | None:
    try:
        text = (home / ROOT_FILE).read_text()
    except FileNotFoundError:
        return None
    return VerifyKey.from_text(text.strip())


def published_directory(home: Path) -> bytes | None:
    """The published directory, only if it verifies against the pinned root."""
    root = pinned_root(home)
    try:
        data = (home / DIRECTORY_FILE).read_bytes()
    except FileNotFoundError:
        return None
    if root is None:
        return None
    try:
        verify_directory(data, root, None, None)
    except IntegrityError:
        return None
    return data


def publish_directory(home: Path, data: bytes, *, now: int | None = None) -> Directory:
    """Verify `data` (pinned root, newer serial, not expired) and publish it.

    LookupError when no root is pinned; IntegrityError (and its DirectoryNotNewerError,
    DirectoryExpiredError) when the directory is refused.
    """
    root = pinned_root(home)
    if root is None:
        raise LookupError("no coalition root pinned")
    held = published_directory(home)
    held_serial = verify_directory(held, root, None, None).serial if held else None
    directory = verify_directory(data, root, held_serial, int(time.time()) if now is None else now)
    atomic_write(home / DIRECTORY_FILE, data)
    return directory


def directory_trust(home: Path) -> tuple[str | None, Callable[[], bytes | None]]:
    """What `inbox serve` needs: the pinned root (for desk login) and a reader that yields
    the published directory only while it verifies against that root."""
    root = pinned_root(home)
    return (root.text if root else None), lambda: published_directory(home)
