"""Each scrub sample (tests/scrubkit.py) really carries the metadata the scrub tests
expect to see removed: otherwise a "scrubbed" verdict would prove nothing."""

from __future__ import annotations

import io

from PIL import Image
from scrubkit import GPS_IFD, XYZ, jpeg_sample, mp4_sample, pdf_sample, png_sample, top_boxes, webp_sample


def test_jpeg_sample_carries_gps_xmp_iptc_and_comment() -> None:
    data = jpeg_sample()
    img = Image.open(io.BytesIO(data))
    assert img.getexif().get_ifd(GPS_IFD)[2] == (12.0, 34.0, 56.0)
    for marker in (b"MARKER-XMP", b"MARKER-COMMENT", b"MARKER-IPTC", b"MARKER-MAKE"):
        assert marker in data


def test_png_and_webp_samples_carry_exif_and_xmp() -> None:
    for data in (png_sample(), webp_sample()):
        assert Image.open(io.BytesIO(data)).getexif().get_ifd(GPS_IFD)
        assert b"MARKER-XMP" in data


def test_pdf_and_mp4_samples_carry_their_markers() -> None:
    assert b"MARKER-AUTHOR" in pdf_sample() and b"MARKER-XMP-CREATOR" in pdf_sample()
    mp4 = mp4_sample()
    assert XYZ in mp4 and b"MARKER-APPLE-MODEL" in mp4
    assert [t for _, t, _ in top_boxes(mp4)] == [b"ftyp", b"moov", b"mdat"]
