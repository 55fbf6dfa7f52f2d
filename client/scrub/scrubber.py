"""Metadata scrubbing of attachments, in memory or streamed, never through a temp file.

`scrub(src, name, size=...)` detects the type from the magic bytes and returns a
`ScrubResult` whose `chunks()` yields the cleaned bytes. The contract:

- Plaintext never touches the disk. Images and documents are rewritten in memory, up to
  `max_in_memory` bytes; ISO BMFF video (MP4, MOV, M4A) is streamed: only the box
  headers and the `moov` box are read into memory, the media data is copied through
  in chunks, and metadata boxes are overwritten in place by `free` boxes of the same
  size, so every sample offset stays valid.
- `scrub` never refuses an attachment: dropping a report's evidence because its file
  is odd would be worse than a warning. A type it does not know, a file it cannot
  parse, a file too large for memory, all come back unchanged with `scrubbed=False`
  and a one-sentence `reason`, for the UI to warn about.
- `removed` lists what was taken out, in words ("EXIF GPS", "XMP", "PDF Info author");
  `warnings` lists what could not be taken out although it may identify someone.
- `source`, when set, is the stream whose remaining bytes are the cleaned bytes as they
  are (a file passed through unchanged), so a caller may read it in its own buffers
  instead of calling `chunks()`: the same bytes without a copy per chunk.
- `chunks()` may be called once. It raises `ScrubError` only if the source changes
  under it (it gets shorter while streaming).

What each format loses and keeps is documented in docs/scrubbing.md.
"""

from __future__ import annotations

import mimetypes
import re
import struct
from collections.abc import Callable, Iterator
from typing import BinaryIO

from satchel.client.errors import SatchelError
from satchel.client.scrub import docs as scrub_docs
from satchel.client.scrub import image as scrub_image
from satchel.client.scrub import video as scrub_video

CHUNK = 1 << 20
HEAD = 4096
DEFAULT_MAX_IN_MEMORY = 256 * 2**20

OOXML_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
ODF_PREFIX = "application/vnd.oasis.opendocument."
ODF_EXTENSIONS = {
    ".odt": ODF_PREFIX + "text",
    ".ods": ODF_PREFIX + "spreadsheet",
    ".odp": ODF_PREFIX + "presentation",
    ".odg": ODF_PREFIX + "graphics",
}
BMFF_TYPES = {"video/mp4", "video/quicktime", "audio/mp4"}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_QT_TOP_BOXES = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}

_MAGIC = [
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
    (b"fLaC", "audio/flac"),
    (b"OggS", "audio/ogg"),
    (b"\x1aE\xdf\xa3", "video/webm"),
    (b"ID3", "audio/mpeg"),
]
_RIFF_TYPES = {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}

InMemory = Callable[[bytes], tuple[bytes, list[str]]]


class ScrubError(SatchelError):
    """The source changed while it was being scrubbed."""


class ScrubResult:
    """The outcome of `scrub`: what the file is, what was removed, and the cleaned bytes."""

    def __init__(
        self,
        media_type: str,
        scrubbed: bool,
        removed: list[str],
        produce: Callable[[], Iterator[bytes]],
        *,
        reason: str = "",
        warnings: list[str] | None = None,
        source: BinaryIO | None = None,
    ) -> None:
        self.media_type = media_type
        self.scrubbed = scrubbed
        self.removed = list(dict.fromkeys(removed))
        self.reason = reason
        self.warnings = list(warnings or [])
        self.source = source
        self._produce: Callable[[], Iterator[bytes]] | None = produce

    def chunks(self) -> Iterator[bytes]:
        """The cleaned bytes, in chunks of at most 1 MiB; may be called only once."""
        if self._produce is None:
            raise ScrubError("The scrubbed attachment was already read; scrub it again.")
        produce, self._produce = self._produce, None
        return produce()

    def __repr__(self) -> str:
        return (
            f"ScrubResult(media_type={self.media_type!r}, scrubbed={self.scrubbed}, "
            f"removed={self.removed!r}, reason={self.reason!r})"
        )


def scrub(
    src: BinaryIO, name: str, *, size: int, max_in_memory: int = DEFAULT_MAX_IN_MEMORY
) -> ScrubResult:
    """Scrub the attachment read from `src` (positioned at its start) named `name`.

    `size` is the source's length in bytes; it decides between memory and streaming.
    """
    seekable = src.seekable()
    start = src.tell() if seekable else 0
    head = src.read(HEAD)
    if seekable:
        src.seek(start)
    media_type = sniff_media_type(head, name)
    prefix = b"" if seekable else head

    if media_type in BMFF_TYPES and seekable:
        return _scrub_bmff(src, start, media_type, max_in_memory)
    handler = _in_memory_handler(media_type)
    if handler is None:
        return _passthrough(src, prefix, media_type, _unsupported_reason(media_type))
    if size > max_in_memory:
        return _passthrough(
            src, prefix, media_type,
            f"The file is larger than {max_in_memory} bytes, the limit for scrubbing in memory.",
        )
    data = prefix + src.read(max_in_memory + 1 - len(prefix))
    if len(data) > max_in_memory:
        return _passthrough(
            src, data, media_type,
            f"The file is larger than {max_in_memory} bytes, the limit for scrubbing in memory.",
        )
    try:
        cleaned, removed = handler(data)
    except ValueError as e:
        return _passthrough(src, data, media_type, f"It could not be scrubbed: {e}.")
    return ScrubResult(media_type, True, removed, lambda: _from_bytes(cleaned))


def sniff_media_type(head: bytes, name: str) -> str:
    """The media type from the first bytes of a file (64 are enough, 4096 are better).

    The name's extension only tells apart formats whose magic is shared (a zip is a
    .docx only if it is called one) or absent (plain text).
    """
    ext = _extension(name)
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    found = _sniff_container(head, ext)
    if found is not None:
        return found
    if _looks_textual(head):
        guess = mimetypes.guess_type("x" + ext)[0]
        return guess if guess and guess.startswith("text/") else "text/plain"
    return "application/octet-stream"


def _sniff_container(head: bytes, ext: str) -> str | None:
    if head[:4] == b"RIFF":
        return _RIFF_TYPES.get(head[8:12], "application/octet-stream")
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    if head[4:8] == b"ftyp":
        return _bmff_type(head)
    if head[4:8] in _QT_TOP_BOXES and ext in (".mov", ".mp4", ".m4v", ".qt"):
        return "video/quicktime"
    if head[:4] == b"PK\x03\x04":
        return _zip_type(head, ext)
    return None


def _extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > name.replace("\\", "/").rfind("/") else ""


def _bmff_type(head: bytes) -> str:
    brand = head[8:12]
    if brand in _AVIF_BRANDS:
        return "image/avif"
    if brand in _HEIF_BRANDS:
        return "image/heic"
    if brand == b"qt  ":
        return "video/quicktime"
    if brand in (b"M4A ", b"M4B ", b"M4P "):
        return "audio/mp4"
    return "video/mp4"


def _zip_type(head: bytes, ext: str) -> str:
    # An ODF package stores `mimetype` first, uncompressed, so its type is in the head.
    if head[30:38] == b"mimetype":
        length = struct.unpack_from("<I", head, 18)[0]
        declared = head[38 : 38 + length].decode("ascii", "replace")
        if 38 + length <= len(head) and declared.startswith(ODF_PREFIX) and re.fullmatch(
            r"[a-z0-9.+-]+/[a-z0-9.+-]+", declared
        ):
            return declared
        if ext in ODF_EXTENSIONS:
            return ODF_EXTENSIONS[ext]
    return OOXML_TYPES.get(ext, "application/zip")


def _looks_textual(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        # A multi-byte character cut by the end of the head is still text.
        return e.start >= len(head) - 3
    return True


def _in_memory_handler(media_type: str) -> InMemory | None:
    handlers: dict[str, InMemory] = {
        "image/jpeg": scrub_image.scrub_jpeg,
        "image/png": scrub_image.scrub_png,
        "image/webp": scrub_image.scrub_webp,
        "application/pdf": scrub_docs.scrub_pdf,
    }
    if media_type in OOXML_TYPES.values():
        return scrub_docs.scrub_ooxml
    if media_type.startswith(ODF_PREFIX):
        return scrub_docs.scrub_odf
    if media_type in BMFF_TYPES:
        return scrub_video.scrub_bmff_bytes
    return handlers.get(media_type)


def _unsupported_reason(media_type: str) -> str:
    if media_type in ("image/heic", "image/avif"):
        return ("Removing metadata from HEIC/AVIF photos is not supported yet; "
                "convert the photo to JPEG before attaching it.")
    if media_type == "application/x-ole-storage":
        return ("Old Microsoft Office files keep their author inside the file and are "
                "not scrubbed; save the document as PDF or .docx first.")
    return f"Satchel has no metadata scrubber for {media_type} files."


def _scrub_bmff(src: BinaryIO, start: int, media_type: str, max_in_memory: int) -> ScrubResult:
    try:
        plan = scrub_video.plan_bmff(src, start, max_in_memory)
    except ValueError as e:
        src.seek(start)
        return _passthrough(src, b"", media_type, f"It could not be scrubbed: {e}.")

    def produce() -> Iterator[bytes]:
        try:
            yield from scrub_video.stream_plan(src, start, plan)
        except scrub_video.SourceChanged as e:
            raise ScrubError(f"{e}; attach the file again.") from None

    return ScrubResult(media_type, True, plan.removed, produce, warnings=plan.warnings)


def _passthrough(src: BinaryIO, prefix: bytes, media_type: str, reason: str) -> ScrubResult:
    def produce() -> Iterator[bytes]:
        yield from _from_bytes(prefix)
        while chunk := src.read(CHUNK):
            yield chunk

    source = None if prefix else src
    return ScrubResult(media_type, False, [], produce, reason=reason, source=source)


def _from_bytes(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for i in range(0, len(view), CHUNK):
        yield bytes(view[i : i + CHUNK])
