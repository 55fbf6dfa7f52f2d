"""The fast ingest path (issue 16): sealing in place, hashing on a helper thread.

Speed itself is measured in bench/bench_ingest.py; these tests hold the fast path to the
same bytes as the plain one: a payload does not depend on how its writes were split, and
every ingest route (file as is, scrubber pass-through, scrubbed stream) hashes and
encrypts exactly the bytes the vault gets back, across many blocks.
"""

from __future__ import annotations

import hashlib
import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from satchel.client.blockio import ChunkReader
from satchel.client.outbox.envelope_io import open_envelope
from satchel.client.progress import no_progress
from satchel.client.reports import ingest
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.age._stream import CHUNK_SIZE, ENC_CHUNK_SIZE
from satchel.crypto.keyslots import KdfParams
from scrubkit import jpeg_sample, mp4_sample

KEY, NONCE = bytes(range(16)), bytes(range(16, 32))
SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 16 * CHUNK_SIZE,
         16 * CHUNK_SIZE + 1, 35 * CHUNK_SIZE + 7]


def _payload(data: bytes, cuts: list[int]) -> bytes:
    out = io.BytesIO()
    writer = age.PayloadWriter(out, KEY, nonce=NONCE)
    start = 0
    for cut in [*cuts, len(data)]:
        assert writer.write(memoryview(data)[start:cut]) == cut - start
        start = cut
    writer.close()
    return out.getvalue()


@pytest.mark.parametrize("size", SIZES)
def test_payload_bytes_do_not_depend_on_how_writes_are_split(size: int) -> None:
    rng = random.Random(size)
    data = rng.randbytes(size)
    whole = _payload(data, [])
    edges = sorted({min(size, c) for c in (1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1)})
    random_cuts = sorted(rng.sample(range(size + 1), min(size + 1, 20)))
    for cuts in (edges, random_cuts, list(range(0, size, 4099))):
        assert _payload(data, cuts) == whole
    identity = age.generate_identity()
    header = age.make_header(KEY, [age.to_recipient(identity)])
    out = io.BytesIO()
    age.decrypt(io.BytesIO(header + whole), out, [identity])
    assert out.getvalue() == data
    # One whole chunk per 64 KiB and a final one: the STREAM layout, nothing more.
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(whole) == 16 + size + 16 * chunks


def test_each_chunk_reaches_the_sink_as_soon_as_it_is_sealed() -> None:
    # While it is still in the CPU cache: writing 16 sealed chunks at once cost the
    # kernel 3x the time per GiB to copy them (bench/bench_ingest.py, issue 16).
    sizes: list[int] = []

    class Recorder(io.BytesIO):
        def write(self, data: object) -> int:
            sizes.append(len(memoryview(data)))  # type: ignore[arg-type]
            return super().write(data)  # type: ignore[arg-type]

    sink = Recorder()
    writer = age.PayloadWriter(sink, KEY, nonce=NONCE)
    writer.write(bytes(35 * CHUNK_SIZE + 7))
    writer.close()
    assert sizes == [16] + [ENC_CHUNK_SIZE] * 35 + [7 + 16]
    assert sink.getvalue() == _payload(bytes(35 * CHUNK_SIZE + 7), [])


def test_chunk_reader_fills_whole_views_across_chunk_edges() -> None:
    chunks = [b"ab", b"", b"cdefg", b"h"]
    reader = ChunkReader(iter(chunks))
    view = memoryview(bytearray(3))
    got = []
    while n := reader.readinto(view):
        got.append(bytes(view[:n]))
    assert got == [b"abc", b"def", b"gh"]


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v", "reporter", b"a passphrase long enough",
                     KdfParams.insecure_for_tests())
    yield v
    v.lock()


def _stored(vault: Vault, report: str) -> tuple[bytes, int, str]:
    header, blob, size, sha = vault.conn.execute(
        "SELECT vault_header, blob, size, sha256 FROM attachments WHERE report_id = ?",
        (report,),
    ).fetchone()
    out = io.BytesIO()
    with open_envelope(bytes(header), vault.blob_path(blob)) as src:
        age.decrypt(src, out, [vault.identity])
    return out.getvalue(), size, sha


@pytest.mark.parametrize(("name", "keep"), [("raw.bin", True), ("raw.bin", False),
                                            ("clip.mp4", False), ("photo.jpg", False)])
def test_every_ingest_route_hashes_and_encrypts_all_blocks(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, keep: bool
) -> None:
    # Small blocks make a modest file cross many of them, with the read-ahead thread on.
    monkeypatch.setattr(ingest, "BLOCK", 3 * CHUNK_SIZE + 5)
    if name.endswith(".mp4"):
        data = mp4_sample(random.randbytes(40 * CHUNK_SIZE + 3))
    elif name.endswith(".jpg"):
        data = jpeg_sample()
    else:
        data = random.randbytes(40 * CHUNK_SIZE + 3)
    path = tmp_path / name
    path.write_bytes(data)
    report = create_report(vault, ReportInput(title="t", attachments=(path,), keep_metadata=keep),
                           no_progress)
    plain, size, sha = _stored(vault, report)
    assert hashlib.sha256(plain[:size]).hexdigest() == sha
    assert not any(plain[size:])  # the rest is Padmé padding, zeros only
    if name.endswith(".bin"):
        assert plain[:size] == data
    else:  # scrubbed: metadata gone, so the bytes differ from the source
        assert plain[:size] != data and size > 0
