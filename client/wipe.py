"""Best-effort overwrite before unlink.

On SSDs, flash translation layers and copy-on-write or journaling file systems keep old
blocks, so overwriting cannot promise the bytes are gone (docs/threat-model.md). Blobs
are ciphertext under keys that are dropped with the rows that held them, which is the
protection that counts; the overwrite only helps on simple magnetic or FAT media.
"""

import os
from pathlib import Path

CHUNK = 1 << 20


def wipe_file(path: Path) -> None:
    """Overwrite the file with zeros, fsync, then unlink; silent if it is already gone."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
    except OSError:
        path.unlink(missing_ok=True)
        return
    try:
        remaining = os.fstat(fd).st_size
        zeros = bytes(min(CHUNK, remaining))
        while remaining > 0:
            remaining -= os.write(fd, zeros[: min(CHUNK, remaining)])
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)
