"""The desk's attachment check over a mapped envelope file (crypto/mapped.py) gives the
same verdicts, and the same content, as the streamed check of the same bytes."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import mmap
import os
import threading
from pathlib import Path
from typing import BinaryIO

import pytest
from satchel.crypto import age, envelope, mapped
from satchel.crypto.errors import IntegrityError
from satchel.crypto.manifest import AttachmentEntry
from satchel.crypto.padding import padme

DESK = age.generate_identity()
SIZE = envelope.PARALLEL_HASH_FROM + 3 * envelope.CHUNK + 123  # big enough for threads
DAMAGES = ["none", "ciphertext", "envelope hash", "content hash", "size", "trailing data",
           "truncated", "padding"]


def _sealed(damage: str) -> tuple[bytes, bytes, AttachmentEntry]:
    """(content, envelope bytes, manifest entry) with `damage` done to one of them."""
    content = os.urandom(SIZE)
    tail = b"\x01" if damage == "padding" else b"\x00"
    out = io.BytesIO()
    plaintext = content + tail * (padme(SIZE) - SIZE)
    age.encrypt(io.BytesIO(plaintext), out, [age.to_recipient(DESK)])
    data = bytearray(out.getvalue())
    if damage == "ciphertext":
        data[len(data) // 2] ^= 1
    elif damage == "trailing data":
        data += b"\x00"
    elif damage == "truncated":
        del data[-1000:]
    entry = AttachmentEntry(
        name="a.bin", media_type="application/octet-stream", size=SIZE,
        sha256=hashlib.sha256(content).hexdigest(),
        envelope_sha256=hashlib.sha256(data).hexdigest(), scrubbed=False)
    if damage == "envelope hash":
        entry = dataclasses.replace(entry, envelope_sha256="0" * 64)
    elif damage == "content hash":
        entry = dataclasses.replace(entry, sha256="0" * 64)
    elif damage == "size":
        entry = dataclasses.replace(entry, size=SIZE - 1)
    return content, bytes(data), entry


def _verdict(src: io.RawIOBase | io.BufferedIOBase, entry: AttachmentEntry) -> tuple[str, bytes]:
    sink = io.BytesIO()
    try:
        envelope.check_attachment(src, entry, [DESK], sink)  # type: ignore[arg-type]
    except (IntegrityError, age.PayloadError) as e:
        return f"{type(e).__name__}: {e}", sink.getvalue()
    return "ok", sink.getvalue()


@pytest.mark.parametrize("damage", DAMAGES)
def test_mapped_and_streamed_checks_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    # Small steps, so each reader of the mapping drops pages the other may still need.
    monkeypatch.setattr(mapped, "PIECE", 1 << 20)
    monkeypatch.setattr(mapped, "DROP_STEP", 1 << 20)
    content, data, entry = _sealed(damage)
    path = tmp_path / "a.age"
    path.write_bytes(data)
    maps: list[mmap.mmap | None] = []

    def recording(stream: BinaryIO) -> mmap.mmap | None:
        maps.append(mapped.map_stream(stream))
        return maps[-1]

    monkeypatch.setattr(envelope, "map_stream", recording)
    threads = threading.active_count()
    streamed = _verdict(io.BytesIO(data), entry)
    with path.open("rb", buffering=0) as f:
        from_map = _verdict(f, entry)
        at_end = f.tell() == len(data)
    assert maps[0] is None and maps[1] is not None  # one check of each kind
    assert from_map[0] == streamed[0]
    if damage == "none":
        assert from_map == ("ok", content) == streamed
        assert at_end  # read to the end, as a stream is
    else:
        assert from_map[0] != "ok"
        assert content.startswith(from_map[1])  # only authenticated content, in order
    assert threading.active_count() == threads  # every helper thread has stopped


def test_mapped_check_starts_where_the_stream_stands(tmp_path: Path) -> None:
    content, data, entry = _sealed("none")
    path = tmp_path / "bundle"
    path.write_bytes(b"x" * 5000 + data)
    with path.open("rb") as f:
        f.seek(5000)
        assert _verdict(f, entry) == ("ok", content)


def test_only_regular_files_are_mapped(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as pipe, os.fdopen(write_end, "wb"):
        assert mapped.map_stream(pipe) is None
    assert mapped.map_stream(io.BytesIO(b"abc")) is None
    (tmp_path / "empty").write_bytes(b"")
    with (tmp_path / "empty").open("rb") as f:
        assert mapped.map_stream(f) is None
