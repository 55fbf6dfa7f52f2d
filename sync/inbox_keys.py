"""The inbox's directory: its receipt signing key and onion service key, passphrase-sealed.

A seized inbox must not let anyone forge receipts (a forged receipt would make reporters
erase undelivered reports), so both keys are sealed under the operator's passphrase
with the same construction as the coalition root key; `inbox serve` asks for it.
"""

from dataclasses import dataclass
from pathlib import Path

from satchel.client.fsutil import atomic_write
from satchel.crypto.keys import SigningKey, open_secret, seal_secret
from satchel.crypto.keyslots import KdfParams
from satchel.crypto.onion import onion_address

RECEIPT_KEY = "receipt.key"
ONION_KEY = "onion.key"


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
