"""JPEG, PNG and WebP scrubbing: metadata gone, pixels and coded image data unchanged."""

from __future__ import annotations

import io
import struct

import pytest
from PIL import Image
from scrubkit import (
    GPS_IFD,
    jpeg_sample,
    png_chunks,
    png_sample,
    run,
    srgb_icc,
    webp_sample,
)


def jpeg_scan_data(data: bytes) -> bytes:
    """From the first SOS marker to the end of EOI, found by walking segment lengths."""
    pos = 2
    while data[pos + 1] != 0xDA:
        pos += 2 + struct.unpack_from(">H", data, pos + 2)[0]
    return data[pos : data.rindex(b"\xff\xd9") + 2]


@pytest.mark.parametrize("progressive", [False, True])
def test_jpeg_loses_exif_xmp_iptc_comment_and_keeps_image_data(progressive: bool) -> None:
    original = jpeg_sample(progressive=progressive)
    result, out = run(original, "photo.jpg")
    assert result.scrubbed and result.media_type == "image/jpeg" and result.reason == ""
    assert b"MARKER-" not in out
    for what in ("EXIF GPS", "EXIF camera make and model", "XMP", "Photoshop/IPTC (APP13)",
                 "JPEG comment", "APP11 segment (maker data)"):
        assert what in result.removed
    assert any("after the end" in r for r in result.removed)
    scrubbed, before = Image.open(io.BytesIO(out)), Image.open(io.BytesIO(original))
    assert GPS_IFD not in scrubbed.getexif()
    assert "xmp" not in scrubbed.info and "comment" not in scrubbed.info
    assert scrubbed.tobytes() == before.tobytes()
    assert jpeg_scan_data(out) == jpeg_scan_data(original)
    assert scrubbed.info["icc_profile"] == srgb_icc()


def test_jpeg_keeps_only_a_non_default_orientation() -> None:
    result, out = run(jpeg_sample(orientation=6), "p.jpg")
    assert dict(Image.open(io.BytesIO(out)).getexif()) == {0x0112: 6}
    assert "EXIF (all tags but orientation)" in result.removed
    _, plain = run(jpeg_sample(orientation=1), "p.jpg")
    assert b"Exif" not in plain and not Image.open(io.BytesIO(plain)).getexif()


def test_png_loses_text_exif_time_and_keeps_other_chunks_byte_identical() -> None:
    original = png_sample()
    result, out = run(original, "shot.png")
    assert result.scrubbed and result.media_type == "image/png"
    assert b"MARKER-" not in out and b"eXIf" not in out and b"tIME" not in out
    assert {"EXIF", "XMP", "PNG tEXt text", "PNG zTXt compressed text",
            "PNG tIME modification time"} <= set(result.removed)
    dropped = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}
    assert png_chunks(out) == [c for c in png_chunks(original) if c[4:8] not in dropped]
    scrubbed = Image.open(io.BytesIO(out))
    assert not scrubbed.getexif() and scrubbed.info["icc_profile"] == srgb_icc()
    assert scrubbed.tobytes() == Image.open(io.BytesIO(original)).tobytes()


def test_webp_loses_exif_and_xmp_with_flags_and_size_fixed() -> None:
    original = webp_sample()
    assert original[20] & 0x0C == 0x0C  # the sample's VP8X announces EXIF and XMP
    result, out = run(original, "img.webp")
    assert result.scrubbed and result.removed == ["EXIF", "XMP"]
    assert b"MARKER-" not in out and b"EXIF" not in out and b"XMP " not in out
    assert struct.unpack_from("<I", out, 4)[0] == len(out) - 8
    assert out[12:16] == b"VP8X" and out[20] & 0x0C == 0
    scrubbed = Image.open(io.BytesIO(out))
    assert not scrubbed.getexif() and scrubbed.info["icc_profile"] == srgb_icc()
    assert scrubbed.tobytes() == Image.open(io.BytesIO(original)).tobytes()


@pytest.mark.parametrize(
    ("sample", "name"), [(jpeg_sample, "a.jpg"), (png_sample, "a.png"), (webp_sample, "a.webp")]
)
def test_truncated_image_passes_through_unchanged_with_a_reason(sample: object, name: str) -> None:
    assert callable(sample)
    data = sample()[:1500]
    result, out = run(data, name)
    assert not result.scrubbed and out == data
    assert result.reason.startswith("It could not be scrubbed: ")
    assert result.reason.endswith(".") and result.removed == []


def test_media_type_comes_from_magic_not_extension() -> None:
    result, out = run(png_sample(), "looks-like.jpg")
    assert result.media_type == "image/png" and result.scrubbed and b"MARKER-" not in out
