"""ISO BMFF (MP4/MOV) scrubbing: metadata boxes become padding in place, mdat streams."""

from __future__ import annotations

import hashlib
import io
import struct
import tracemalloc
from pathlib import Path

import pytest
from satchel.client.scrub.scrubber import ScrubError, scrub
from scrubkit import XYZ, box, mp4_sample, run, top_boxes

UUID_XMP = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")



def stco_offset(data: bytes) -> int:
    at = data.index(b"stco")
    return int(struct.unpack_from(">I", data, at + 12)[0])


@pytest.mark.parametrize("moov_last", [False, True])
def test_mp4_metadata_becomes_padding_and_offsets_stay_valid(moov_last: bool) -> None:
    original = mp4_sample(moov_last=moov_last)
    result, out = run(original, "clip.mp4")
    assert result.scrubbed and result.media_type == "video/mp4"
    assert XYZ not in out and b"MARKER-" not in out
    assert b"udta" not in out and b"meta" not in out and b"\xa9xyz" not in out
    assert {"MP4 user data (udta)", "MP4 metadata (meta)",
            "MP4 creation and modification times"} <= set(result.removed)
    assert len(out) == len(original)
    assert [(o, s) for o, _, s in top_boxes(out)] == [(o, s) for o, _, s in top_boxes(original)]
    mdat = next((o, s) for o, t, s in top_boxes(original) if t == b"mdat")
    assert out[mdat[0] : mdat[0] + mdat[1]] == original[mdat[0] : mdat[0] + mdat[1]]
    assert stco_offset(out) == stco_offset(original) == mdat[0] + 8
    for btype in (b"mvhd", b"tkhd"):
        at = out.index(btype) + 8
        assert out[at : at + 8] == bytes(8)


def test_top_level_xmp_uuid_and_free_padding_are_zeroed() -> None:
    xmp = box(b"uuid", UUID_XMP + b"<x:xmpmeta>MARKER-XMP</x:xmpmeta>")
    extra = xmp + box(b"free", b"MARKER-OLD")
    original = mp4_sample() + extra
    result, out = run(original, "clip.mp4")
    assert result.scrubbed and "XMP" in result.removed
    assert b"MARKER-" not in out and len(out) == len(original)
    assert out[-len(extra) :] == box(b"free", bytes(16 + 33)) + box(b"free", bytes(10))


def test_largesize_mdat_and_quicktime_brand() -> None:
    payload = b"frame" * 100
    mdat = struct.pack(">I4sQ", 1, b"mdat", 16 + len(payload)) + payload
    original = box(b"ftyp", b"qt  \x00\x00\x00\x00qt  ") + mdat + mp4_sample()[28:]
    result, out = run(original, "clip.mov")
    assert result.media_type == "video/quicktime" and result.scrubbed
    assert out[: len(original) - len(mp4_sample()) + 28] == original[: len(mdat) + 20]
    assert XYZ not in out


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d[:-10],  # mdat cut short
        lambda d: struct.pack(">I", 0xFFFFFF) + d[4:],  # ftyp size overruns
        lambda d: d.replace(b"moov", b"moo_"),  # no moov
    ],
)
def test_malformed_mp4_passes_through_unchanged_with_a_reason(damage: object) -> None:
    assert callable(damage)
    data = damage(mp4_sample())
    result, out = run(data, "clip.mp4")
    assert not result.scrubbed and out == data and result.reason.startswith("It could not")


class Pipe(io.BytesIO):
    """A source that cannot seek, like a pipe."""

    def seekable(self) -> bool:
        return False


def test_unseekable_mp4_is_scrubbed_in_memory() -> None:
    original = mp4_sample(moov_last=True)
    result = scrub(Pipe(original), "clip.mp4", size=len(original))
    out = b"".join(result.chunks())
    assert result.scrubbed and XYZ not in out and len(out) == len(original)


def test_source_shrinking_while_streaming_is_a_scrub_error(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(mp4_sample(b"x" * 3_000_000, moov_last=True))
    with path.open("rb") as src:
        result = scrub(src, path.name, size=path.stat().st_size)
        with path.open("r+b") as f:
            f.truncate(2_000_000)
        with pytest.raises(ScrubError, match="attach the file again"):
            b"".join(result.chunks())
    with pytest.raises(ScrubError):
        result.chunks()


def test_64_mib_mdat_streams_in_bounded_memory(tmp_path: Path) -> None:
    block = hashlib.sha256(b"seed").digest() * (1 << 15)  # 1 MiB
    path = tmp_path / "big.mp4"
    header = mp4_sample(b"", moov_last=False)
    ftyp_moov, mdat_header = header[:-8], struct.pack(">I4s", 8 + 64 * len(block), b"mdat")
    with path.open("wb") as f:
        f.write(ftyp_moov + mdat_header)
        for _ in range(64):
            f.write(block)
    size = path.stat().st_size
    expected_mdat = hashlib.sha256(mdat_header + block * 64).hexdigest()
    tracemalloc.start()
    try:
        with path.open("rb") as src:
            result = scrub(src, path.name, size=size, max_in_memory=8 << 20)
            digest, seen = hashlib.sha256(), 0
            for chunk in result.chunks():
                start = max(0, len(ftyp_moov) - seen)
                digest.update(chunk[start:])
                seen += len(chunk)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.scrubbed and seen == size
    assert digest.hexdigest() == expected_mdat
    assert peak < 4 << 20, f"peak {peak} bytes for a {size}-byte file"
