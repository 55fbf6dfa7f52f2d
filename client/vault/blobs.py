"""Writing a blob into the vault durably: `.part` name, write, fsync, rename, fsync dir.

A crash leaves at most a `.part` file, which `ingest.collect_garbage` removes at the next
unlock; a blob under its final name is always complete. The caller records the blob in
the database afterwards, in its own transaction.
"""

import hashlib
import os
from collections.abc import Callable
from typing import BinaryIO

from satchel.client.errors import IntegrityFailure
from satchel.client.fsutil import fsync_dir
from satchel.client.vault.vault import Vault

CHUNK = 1 << 20


def write_blob(
    vault: Vault, fill: Callable[[BinaryIO], None], *, expect_sha256: str | None = None
) -> str:
    """Create a new blob filled by `fill(file)`; return its name.

    With `expect_sha256`, the written bytes are hashed again from disk and the blob is
    discarded (IntegrityFailure) unless they match.
    """
    name = vault.new_blob_name()
    final = vault.blob_path(name)
    part = final.with_name(name + ".part")
    try:
        with part.open("xb") as f:
            fill(f)
            f.flush()
            os.fsync(f.fileno())
        if expect_sha256 is not None and _hash_file(part) != expect_sha256:
            raise IntegrityFailure("The envelope's bytes do not match its hash; it was not kept.")
        os.replace(part, final)
        fsync_dir(final.parent)  # the new name is durable before anyone relies on it
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return name


def _hash_file(path: "os.PathLike[str]") -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
