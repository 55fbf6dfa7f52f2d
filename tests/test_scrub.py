"""The scrub API: type sniffing, pass-through of what it cannot clean, no temp files,
and no exception other than a result for any damaged input (fuzzed)."""

from __future__ import annotations

import builtins
import io
import os
import struct
import tempfile
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from satchel.client.scrub.scrubber import ScrubError, scrub, sniff_media_type
from scrubkit import (
    box,
    docx_sample,
    jpeg_sample,
    mp4_sample,
    odt_sample,
    pdf_sample,
    png_sample,
    run,
    webp_sample,
)


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "x.png", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", "x", "image/png"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8X", "x", "image/webp"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "x", "audio/wav"),
        (b"%PDF-1.7\n", "x.txt", "application/pdf"),
        (box(b"ftyp", b"isom\x00\x00\x00\x00"), "x", "video/mp4"),
        (box(b"ftyp", b"qt  \x00\x00\x00\x00"), "x", "video/quicktime"),
        (box(b"ftyp", b"M4A \x00\x00\x00\x00"), "x", "audio/mp4"),
        (box(b"ftyp", b"heic\x00\x00\x00\x00"), "x.jpg", "image/heic"),
        (box(b"ftyp", b"avif\x00\x00\x00\x00"), "x", "image/avif"),
        (b"PK\x03\x04" + bytes(26), "Report.DOCX",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (b"PK\x03\x04" + bytes(26), "x.zip", "application/zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "x.doc", "application/x-ole-storage"),
        (b"ID3\x04", "x.mp3", "audio/mpeg"),
        (b"plain words \xc3", "notes.txt", "text/plain"),
        (b"a,b\n1,2\n", "t.csv", "text/csv"),
        (b"\x00\x01\x02garbage", "x.jpg", "application/octet-stream"),
    ],
)
def test_sniff_media_type(head: bytes, name: str, expected: str) -> None:
    assert sniff_media_type(head, name) == expected


def test_sniff_reads_the_odf_type_from_its_first_64_bytes() -> None:
    assert sniff_media_type(odt_sample()[:64], "x.odt") == "application/vnd.oasis.opendocument.text"
    assert sniff_media_type(odt_sample(), "noext") == "application/vnd.oasis.opendocument.text"


@pytest.mark.parametrize(
    ("data", "name", "words"),
    [
        (os.urandom(5000), "blob.bin", "no metadata scrubber"),
        (b"meeting notes\n" * 100, "notes.txt", "no metadata scrubber"),
        (box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic") + b"MARKER", "IMG.HEIC", "HEIC"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old.doc", "Office"),
    ],
)
def test_unknown_or_unsupported_types_pass_through_unchanged(
    data: bytes, name: str, words: str
) -> None:
    result, out = run(data, name)
    assert not result.scrubbed and out == data and result.removed == []
    assert words in result.reason and result.reason.endswith(".")


def test_chunks_can_be_read_only_once() -> None:
    result = scrub(io.BytesIO(b"x" * 10), "x.txt", size=10)
    assert b"".join(result.chunks()) == b"x" * 10
    with pytest.raises(ScrubError, match="already read"):
        result.chunks()


def test_large_unseekable_image_passes_through_unchanged() -> None:
    data = jpeg_sample()

    class Pipe(io.BytesIO):
        def seekable(self) -> bool:
            return False

    result = scrub(Pipe(data), "p.jpg", size=len(data), max_in_memory=len(data) - 1)
    assert not result.scrubbed and b"".join(result.chunks()) == data


SAMPLES: list[tuple[Callable[[], bytes], str]] = [
    (jpeg_sample, "a.jpg"), (png_sample, "a.png"), (webp_sample, "a.webp"),
    (pdf_sample, "a.pdf"), (lambda: docx_sample(jpeg_sample()), "a.docx"),
    (odt_sample, "a.odt"), (mp4_sample, "a.mp4"),
]


def test_nothing_is_written_to_disk_while_scrubbing(monkeypatch: pytest.MonkeyPatch) -> None:
    samples = [(make(), name) for make, name in SAMPLES]
    real_open, real_os_open = builtins.open, os.open

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("scrub tried to create a temporary file")

    def read_only_open(file: Any, mode: str = "r", *a: Any, **k: Any) -> Any:
        if any(c in mode for c in "wax+"):
            raise AssertionError(f"scrub tried to open {file!r} for writing")
        return real_open(file, mode, *a, **k)

    def read_only_os_open(path: Any, flags: int, *a: Any, **k: Any) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise AssertionError(f"scrub tried to open {path!r} for writing")
        return real_os_open(path, flags, *a, **k)

    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile",
                 "SpooledTemporaryFile", "TemporaryDirectory"):
        monkeypatch.setattr(tempfile, name, refuse)
    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr(os, "open", read_only_os_open)
    for data, name in samples:
        result, out = run(data, name)
        assert result.scrubbed, (name, result.reason)
        assert b"MARKER-" not in out


FUZZ_SAMPLES = [
    (make(), name) for make, name in SAMPLES if name[-3:] in ("jpg", "png", "ebp", "mp4")
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(FUZZ_SAMPLES) - 1), st.integers(0, 1 << 20),
       st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=6))
def test_damaged_files_give_a_result_never_an_exception(
    which: int, cut: int, flips: list[tuple[int, int]]
) -> None:
    original, name = FUZZ_SAMPLES[which]
    data = bytearray(original[: max(1, cut % (len(original) + 1))])
    for at, value in flips:
        data[at % len(data)] = value
    result, out = run(bytes(data), name)
    if not result.scrubbed:
        assert out == bytes(data) and result.reason
    elif name.endswith("mp4"):
        assert len(out) == len(data)


def test_scrubbed_mp4_keeps_box_layout_under_size_field_damage() -> None:
    data = bytearray(mp4_sample())
    struct.pack_into(">I", data, 28 + 8, 3)  # mvhd claims 3 bytes: smaller than its header
    result, out = run(bytes(data), "x.mp4")
    assert not result.scrubbed and out == bytes(data)
