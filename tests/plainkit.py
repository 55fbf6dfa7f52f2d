"""Scanning folders for plaintext at rest (issue 15, "No plaintext at rest").

A hit is a file holding a marker string, a file whose SHA-256 is an attachment's, or
image bytes (a JPEG or PNG signature anywhere in a file: a thumbnail or a cached copy). The
CLI's flows (tests/test_no_plaintext.py) and the window's
(tests/desktop/test_window_no_plaintext.py) share it, so both look for the same things.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

# A JPEG's start with the JFIF or Exif segment every encoder here writes (libjpeg, Qt,
# Pillow, cameras), and PNG's 8-byte signature. The bare 3-byte JPEG start alone is no
# proof: it occurs by chance about once in 16 MiB of ciphertext.
MAGIC = re.compile(rb"\xff\xd8\xff(?:\xe0..JFIF\x00|\xe1..Exif\x00)|\x89PNG\r\n\x1a\n", re.DOTALL)


def files(folders: list[Path]) -> Iterator[Path]:
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                if path.is_file() and not path.is_symlink():
                    yield path


def scan(folders: list[Path], markers: list[bytes], hashes: set[str]) -> list[str]:
    """Every hit, as "path: what"; an empty list is the goal."""
    hits = []
    for path in files(folders):
        data = path.read_bytes()
        hits += [f"{path}: marker {m[:20]!r}" for m in markers if m in data]
        if hashlib.sha256(data).hexdigest() in hashes:
            hits.append(f"{path}: an attachment's bytes")
        hits += [f"{path}: image bytes {m.group()[:4]!r}" for m in MAGIC.finditer(data)][:1]
    return hits


def qt_history(folders: list[Path]) -> list[str]:
    """Qt's own settings files that name a file or folder (a file dialog's history or last
    visited place): each is a hit, since it says where the person looked."""
    return [f"{path}: {line.strip()[:80]}" for path in files(folders)
            if path.name in ("QtProject.conf", "Trolltech.conf")
            for line in path.read_text(errors="replace").splitlines()
            if "/" in line or "file:" in line]
