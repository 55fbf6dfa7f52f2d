"""Helpers shared by the bundle tests: items from bytes, reading everything, index surgery."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

from satchel.sync.bundle import BundleEntryError, BundleItem, ReadResult, read_bundle
from satchel.sync.bundle.format import BUNDLE_DIR, INDEX_NAME, canonical_line, split_index
from satchel.sync.bundle.seal import decode_index_file, encode_index_file


def item(data: bytes, kind: str = "envelope") -> BundleItem:
    return BundleItem(kind, hashlib.sha256(data).hexdigest(), len(data),
                      lambda: io.BytesIO(data))


def read_all(stick: Path, **kw: object) -> list[tuple[ReadResult, bytes | None]]:
    """Read every entry; copy the ready ones; a BundleEntryError leaves None."""
    out: list[tuple[ReadResult, bytes | None]] = []
    for res in read_bundle(stick, **kw):  # type: ignore[arg-type]
        data = None
        if res.status == "ready":
            sink = io.BytesIO()
            with contextlib.suppress(BundleEntryError):
                res.copy_to(sink)
                data = sink.getvalue()
        out.append((res, data))
    return out


def by_status(results: list[tuple[ReadResult, bytes | None]]) -> dict[str, list[ReadResult]]:
    groups: dict[str, list[ReadResult]] = {}
    for res, _ in results:
        groups.setdefault(res.status, []).append(res)
    return groups


def bundle_dir(stick: Path) -> Path:
    return stick / BUNDLE_DIR


def index_entries(stick: Path) -> list[dict[str, object]]:
    data = (bundle_dir(stick) / INDEX_NAME).read_bytes()
    _header, lines = split_index(decode_index_file(data, None))
    return [json.loads(line) for line in lines]


def rewrite_index(stick: Path, mutate: Callable[[list[dict[str, object]]],
                                                 list[dict[str, object]]]) -> None:
    """Replace a plain bundle's index entries by mutate(entries), as a hostile stick might."""
    entries = mutate(index_entries(stick))
    header = {"date": "2025-01-01", "entries": len(entries), "format": "satchel-bundle",
              "version": 1}
    doc = canonical_line(header) + b"".join(canonical_line(e) for e in entries)
    (bundle_dir(stick) / INDEX_NAME).write_bytes(encode_index_file(doc, None))


def part_names(entry: dict[str, object]) -> list[str]:
    parts = entry["parts"]
    assert isinstance(parts, list)
    return [p["name"] for p in parts]


def files_on_stick(stick: Path) -> set[str]:
    return set(os.listdir(bundle_dir(stick)))


@contextlib.contextmanager
def tmpfs(where: Path, options: str) -> Iterator[bool]:
    """Mount a small tmpfs at `where`; yields False when this sandbox cannot mount."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount(where: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(where)], check=True)
