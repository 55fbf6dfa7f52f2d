"""Best-effort overwrite before unlink.

On SSDs, flash translation layers and copy-on-write or journaling file systems keep old
blocks, so overwriting cannot promise the bytes are gone (docs/threat-model.md). Blobs
are ciphertext under keys that are dropped with the rows that held them, which is the
protection that counts; the overwrite only helps on simple magnetic or FAT media.
"""

import contextlib
import os
import threading
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


def shred_tree(root: Path) -> None:
    """Overwrite every regular file under `root`, then remove the tree; never follows a
    symlink out of it. Silent about what is already gone."""
    try:
        entries = list(os.scandir(root))
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            shred_tree(path)
        elif entry.is_file(follow_symlinks=False):
            wipe_file(path)
        else:
            path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        root.rmdir()


_SHREDDING = threading.Lock()


def start_shredding(root: Path) -> threading.Thread | None:
    """`shred_tree(root)` on a background thread, if `root` exists.

    Not a daemon: the process waits for it at exit, so a command that unlocked under
    duress still finishes the job, while the unlock itself returns at once.
    """
    if not root.exists():
        return None

    def run() -> None:
        with _SHREDDING:
            shred_tree(root)

    thread = threading.Thread(target=run, name="satchel-shred")
    thread.start()
    return thread
