"""What the wizard collected, and the client calls that turn it into a vault.

`create_vault` is what `satchel init --role R --directory F` followed by
`satchel passphrase duress` does, in one job on the worker pool.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from satchel.client.coalition import import_directory, root_fingerprint
from satchel.client.errors import UsageError
from satchel.client.vault.duress import set_duress
from satchel.client.vault.vault import Vault, kdf_params_for_new_vault

MAX_DIRECTORY_BYTES = 1 << 20


@dataclass(frozen=True)
class VaultPlan:
    role: str
    passphrase: bytes
    directory: bytes | None = None
    accept_root: str | None = None  # the root fingerprint the person confirmed
    duress: bytes | None = None

    def __repr__(self) -> str:  # never print a passphrase
        return f"VaultPlan(role={self.role!r}, directory={self.directory is not None})"


@dataclass(frozen=True)
class DirectoryPreview:
    """A directory file read and checked against the root it names, before it is pinned."""

    data: bytes
    root_fingerprint: str


def preview_directory(path: Path) -> DirectoryPreview:
    """Read a signed coalition directory and check its signature (runs on the worker)."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_DIRECTORY_BYTES + 1)
    except OSError as e:
        raise UsageError(f"Cannot read the directory file: {e.strerror}; choose it again.") from None
    if len(data) > MAX_DIRECTORY_BYTES:
        raise UsageError("This file is too large to be a coalition directory; choose another.")
    return DirectoryPreview(data, root_fingerprint(data))


def create_vault(home: Path, plan: VaultPlan) -> Vault:
    """Create the vault, pin the directory, set the duress passphrase; return it unlocked."""
    vault = Vault.create(home, plan.role, plan.passphrase, kdf_params_for_new_vault())
    try:
        if plan.directory is not None:
            import_directory(vault, plan.directory, accept_root=plan.accept_root)
        if plan.duress is not None:
            set_duress(vault, plan.duress)
    except BaseException:
        vault.lock()
        raise
    return vault
