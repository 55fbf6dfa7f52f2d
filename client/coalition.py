"""The coalition directory held by a vault: import (pin the root on explicit consent) and read.

A directory is accepted only if it is signed by the pinned coalition root and newer than
the one held. A vault with no root pins one only when the user confirmed that root's
fingerprint (`accept_root`): otherwise any stick or file could choose the recipients,
the inbox and the receipt keys for it.
"""

import time

from satchel.client.errors import IntegrityFailure, SatchelError, UsageError
from satchel.client.vault.vault import Vault
from satchel.crypto.directory import Directory, Inbox, verify_directory
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import VerifyKey


class RootNotConfirmed(UsageError):
    """The vault has no pinned root and the user did not confirm this directory's root."""

    def __init__(self, message: str, fingerprint: str) -> None:
        super().__init__(message)
        self.fingerprint = fingerprint


def same_fingerprint(typed: str, fingerprint: str) -> bool:
    """Whether a fingerprint the user typed names `fingerprint` (case, spaces, dashes aside)."""
    def bare(text: str) -> str:
        return "".join(text.upper().replace("-", " ").split())

    return bare(typed) == bare(fingerprint)


def root_fingerprint(data: bytes) -> str:
    """The fingerprint of the root that signed this directory (checked self-signed)."""
    try:
        return verify_directory(data, None, None, None).root_key.fingerprint
    except IntegrityError as e:
        raise IntegrityFailure(f"The coalition directory was refused: {e.what}.") from None


def is_pinned(vault: Vault) -> bool:
    return vault.get_meta("directory_root") is not None


def import_directory(
    vault: Vault, data: bytes, *, accept_root: str | None = None, now: int | None = None
) -> Directory:
    """Verify and store a signed directory; raise IntegrityFailure (exit 4) otherwise.

    A vault without a root pins this directory's root only if `accept_root` is its
    fingerprint; otherwise RootNotConfirmed (exit 2) names the fingerprint to check.
    """
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
    if pinned is None:
        check_confirmed(directory.root_key.fingerprint, accept_root)
    with vault.transaction():
        vault.set_meta("directory", data)
        if pinned is None:
            vault.set_meta("directory_root", directory.root.encode())
    return directory


def check_confirmed(fingerprint: str, accept_root: str | None) -> None:
    """RootNotConfirmed unless the user accepted exactly this root fingerprint."""
    if accept_root is None:
        raise RootNotConfirmed(
            f"This vault trusts no coalition root yet: check that {fingerprint} is the root "
            f"fingerprint the coalition gave you, then run again with --accept-root "
            f"'{fingerprint}'.", fingerprint)
    if not same_fingerprint(accept_root, fingerprint):
        raise RootNotConfirmed(
            f"The directory is signed by the root {fingerprint}, not the one you accepted; "
            "nothing was pinned, ask the coalition for its root fingerprint.", fingerprint)


def current_directory(vault: Vault) -> Directory | None:
    """The directory this vault holds, verified again against the pinned root."""
    data = vault.get_meta("directory")
    pinned = vault.get_meta("directory_root")
    if data is None or pinned is None:
        return None
    return verify_directory(data, VerifyKey.from_text(pinned.decode()), None, None)


def expiry_note(directory: Directory | None, now: int | None = None) -> str:
    """'' while `directory` is current; else a sentence naming its expiry and the way out."""
    if directory is None or directory.expires > (int(time.time()) if now is None else now):
        return ""
    day = time.strftime("%Y-%m-%d", time.gmtime(directory.expires))
    return (f"The coalition directory expired on {day}; get a fresh one with `satchel sync`, "
            "from a courier's stick with `satchel import`, or from the coalition with "
            "`satchel directory import FILE`.")


def require_fresh_directory(vault: Vault) -> Directory:
    """The directory to seal to: held and not expired, else exit 4 saying how to renew it.
    An expired directory may name recipients or keys the coalition has since withdrawn."""
    directory = require_directory(vault)
    note = expiry_note(directory)
    if note:
        raise IntegrityFailure(note)
    return directory


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
