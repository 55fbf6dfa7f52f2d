"""Reading passphrases: from a file, from stdin, or from a prompt that does not echo.

A passphrase never comes from argv or the environment, and never appears in a message.
"""

import getpass
import sys
from pathlib import Path

from satchel.client.errors import LockedError, UsageError

MAX_PASSPHRASE_BYTES = 4096


def read_passphrase(source: str | None, *, prompt: str, confirm: bool = False) -> bytes:
    """Read a passphrase from `source` ("-" = stdin, a path) or prompt without echo."""
    if source is None:
        return _prompt(prompt, confirm)
    try:
        if source == "-":
            raw = sys.stdin.buffer.readline(MAX_PASSPHRASE_BYTES + 1)
        else:
            with Path(source).open("rb") as f:
                raw = f.readline(MAX_PASSPHRASE_BYTES + 1)
    except OSError as e:
        raise UsageError(f"Cannot read the passphrase file: {e.strerror}; check the path.") from None
    return _clean(raw)


def _clean(raw: bytes) -> bytes:
    if len(raw) > MAX_PASSPHRASE_BYTES:
        raise UsageError("The passphrase is longer than 4096 bytes; use a shorter one.")
    value = raw.rstrip(b"\r\n")
    if not value:
        raise LockedError("The passphrase is empty; give the vault's passphrase.")
    return value


def _prompt(prompt: str, confirm: bool) -> bytes:
    if not sys.stdin.isatty():
        raise UsageError(
            "No terminal to ask for the passphrase; use --passphrase-file FILE (or - for stdin)."
        )
    first = getpass.getpass(prompt).encode()
    if confirm and getpass.getpass("Repeat the passphrase: ").encode() != first:
        raise UsageError("The two passphrases differ; run the command again.")
    return _clean(first)
