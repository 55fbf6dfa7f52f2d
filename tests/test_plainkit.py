"""The plaintext scanner itself (tests/plainkit.py): it must find real images and must not
call ciphertext an image (a bare 3-byte JPEG start turns up by chance about once in 16 MiB
of ciphertext, which once failed the no-plaintext test on a SQLCipher database)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from plainkit import scan


def _jpeg(exif: bool) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", (16, 16), (200, 30, 30))
    if exif:
        info = Image.Exif()
        info[0x010E] = "a thumbnail"  # ImageDescription
        image.save(out, "JPEG", exif=info.tobytes())
    else:
        image.save(out, "JPEG")
    return out.getvalue()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 16)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("image", [_jpeg(False), _jpeg(True), _png()], ids=["jfif", "exif", "png"])
def test_an_image_inside_a_file_is_a_hit(tmp_path: Path, image: bytes) -> None:
    (tmp_path / "cache.bin").write_bytes(b"\x00" * 1000 + image + b"\x00" * 1000)
    assert len(scan([tmp_path], [], set())) == 1


def test_a_chance_jpeg_start_in_ciphertext_is_not_a_hit(tmp_path: Path) -> None:
    noise = bytes(range(256)) * 64
    (tmp_path / "vault.db").write_bytes(noise[:5000] + b"\xff\xd8\xff" + noise[:5000])
    assert scan([tmp_path], [], set()) == []
