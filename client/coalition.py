"""The coalition directory held by a vault: import (pin the root on first use) and read.

A directory is accepted only if it is signed by the pinned coalition root and newer than
the one held; the first import pins the root it is signed by.
"""

import time

from satchel.client.errors import IntegrityFailure, SatchelError, UsageError
from satchel.client.vault import Vault
from satchel.crypto.directory import Directory, Inbox, verify_directory
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import VerifyKey


def import_directory(vault: Vault, data: bytes, *, now: int | None = None) -> Directory:
    """Verify and store a signed directory; raise IntegrityFailure (exit 4) otherwise."""
    pinned = vault.get_meta("directory_root")
    held = current_directory(vault)
    try:
        directory = verify_directory(
            data,
            VerifyKey.from_text(pinned.decode()) if pinned else None,
            held.serial if held else None,
            int(time.time()) if now is None else now,
        )
    except IntegrityError as e:
        raise IntegrityFailure(f"The coalition directory was refused: {e.what}.") from None
    with vault.transaction():
        vault.set_meta("directory", data)
        if pinned is None:
            vault.set_meta("directory_root", directory.root.encode())
    return directory


def current_directory(vault: Vault) -> Directory | None:
    """The directory this vault holds, verified again against the pinned root."""
    data = vault.get_meta("directory")
    pinned = vault.get_meta("directory_root")
    if data is None or pinned is None:
        return None
    return verify_directory(data, VerifyKey.from_text(pinned.decode()), None, None)


def require_directory(vault: Vault) -> Directory:
    directory = current_directory(vault)
    if directory is None:
        raise UsageError(
            "This vault has no coalition directory; import one with `satchel directory import`."
        )
    return directory


def first_inbox(vault: Vault) -> Inbox:
    """The inbox to use: the first the directory lists (SatchelError if it lists none)."""
    inboxes = require_directory(vault).inboxes
    if not inboxes:
        raise SatchelError("The coalition directory lists no inbox; use a USB courier.")
    return inboxes[0]
