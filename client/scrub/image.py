"""Lossless metadata removal for JPEG, PNG and WebP, by walking their segment structure.

Each function takes the whole file as bytes and returns `(cleaned, removed)`; pixel data
is copied byte for byte, never decoded or re-encoded. Anything that does not parse
raises ValueError with a short reason, and the caller keeps the file unchanged.

JPEG orientation: dropping EXIF would turn portrait photos sideways, so when the removed
EXIF held an orientation other than "normal", a minimal EXIF block carrying only that
one tag is written back (32 bytes, no other field).
"""

from __future__ import annotations

import struct

_SOI, _EOI, _SOS = 0xD8, 0xD9, 0xDA
_STANDALONE = {0x01, *range(0xD0, 0xD8)}
_EXIF = b"Exif\x00\x00"
_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXT = b"http://ns.adobe.com/xmp/extension/\x00"
_TAG_ORIENTATION, _TAG_MAKE, _TAG_MODEL, _TAG_GPS = 0x0112, 0x010F, 0x0110, 0x8825


def scrub_jpeg(data: bytes) -> tuple[bytes, list[str]]:
    """Drop APP1 (EXIF, XMP), APP13 (IPTC), COM, maker APPn and trailing data; keep ICC."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("no JPEG start-of-image marker")
    out: list[bytes] = [data[:2]]
    removed: list[str] = []
    orientation = 1
    pos = 2
    while True:
        marker, pos = _next_marker(data, pos)
        if marker == _EOI:
            out.append(b"\xff\xd9")
            break
        if marker in _STANDALONE:
            out.append(bytes((0xFF, marker)))
            continue
        if pos + 2 > len(data):
            raise ValueError("JPEG segment header is truncated")
        end = pos + struct.unpack_from(">H", data, pos)[0]
        if end < pos + 2 or end > len(data):
            raise ValueError("JPEG segment runs past the end of the file")
        if marker == _SOS:
            scan_end = _scan_end(data, end)
            out.append(data[pos - 2 : scan_end])
            pos = scan_end
            continue
        what = _jpeg_segment_removal(marker, data[pos + 2 : end])
        if what is None:
            out.append(data[pos - 2 : end])
        else:
            removed.extend(what)
            if marker == 0xE1 and data[pos + 2 : pos + 8] == _EXIF:
                orientation = _exif_ifd0(data[pos + 8 : end]).get(_TAG_ORIENTATION, orientation)
        pos = end
    if pos < len(data):
        removed.append(f"{len(data) - pos} bytes after the end of the JPEG image")
    if 2 <= orientation <= 8:
        at = 2 if len(out) > 1 and out[1][4:9] == b"JFIF\x00" else 1
        out.insert(at, _minimal_exif(orientation))
        removed = ["EXIF (all tags but orientation)" if w == "EXIF" else w for w in removed]
    return b"".join(out), removed


def _next_marker(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data) or data[pos] != 0xFF:
        raise ValueError("JPEG segment structure is broken or truncated")
    while pos < len(data) and data[pos] == 0xFF:  # fill bytes may precede any marker
        pos += 1
    if pos >= len(data):
        raise ValueError("JPEG ends inside a marker")
    return data[pos], pos + 1


def _scan_end(data: bytes, pos: int) -> int:
    """The offset of the first marker after entropy-coded data starting at `pos`."""
    while True:
        i = data.find(b"\xff", pos)
        if i < 0 or i + 1 >= len(data):
            raise ValueError("JPEG image data is truncated (no end-of-image marker)")
        nxt = data[i + 1]
        if nxt != 0x00 and not 0xD0 <= nxt <= 0xD7:
            return i
        pos = i + 2


# (marker, payload prefix, what removing it takes away or None to keep); first match wins.
_JPEG_RULES: list[tuple[int, bytes, str | None]] = [
    (0xE0, b"JFIF\x00", None),
    (0xE0, b"", "APP0 segment (JFIF thumbnail)"),
    (0xE1, _XMP, "XMP"),
    (0xE1, _XMP_EXT, "XMP"),
    (0xE1, b"", "APP1 segment"),
    # A colour profile describes a standard colour space, not a person or a device.
    (0xE2, b"ICC_PROFILE\x00", None),
    (0xE2, b"MPF\x00", "MPF multi-picture index"),
    (0xE2, b"", "APP2 segment"),
    (0xED, b"", "Photoshop/IPTC (APP13)"),
    (0xEE, b"Adobe", None),  # colour transform flag, needed to decode CMYK/YCCK
    (0xEE, b"", "APP14 segment"),
    (0xFE, b"", "JPEG comment"),
]


def _jpeg_segment_removal(marker: int, payload: bytes) -> list[str] | None:
    """What removing this segment takes away, or None to keep it."""
    if marker == 0xE1 and payload.startswith(_EXIF):
        return _describe_exif(_exif_ifd0(payload[6:]))
    for rule_marker, prefix, what in _JPEG_RULES:
        if rule_marker == marker and payload.startswith(prefix):
            return None if what is None else [what]
    if 0xE3 <= marker <= 0xEF:
        return [f"APP{marker - 0xE0} segment (maker data)"]
    return None


def _describe_exif(tags: dict[int, int]) -> list[str]:
    what = ["EXIF"]
    if _TAG_GPS in tags:
        what.append("EXIF GPS")
    if _TAG_MAKE in tags or _TAG_MODEL in tags:
        what.append("EXIF camera make and model")
    return what


def _exif_ifd0(tiff: bytes) -> dict[int, int]:
    """IFD0 tags of a TIFF/EXIF block, each mapped to its first SHORT value (or 0).

    Damaged EXIF yields what could be read: it is only used to describe what was
    removed and to carry the orientation over.
    """
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return {}
    ifd = struct.unpack_from(order + "I", tiff, 4)[0]
    if ifd + 2 > len(tiff):
        return {}
    count = struct.unpack_from(order + "H", tiff, ifd)[0]
    tags: dict[int, int] = {}
    for i in range(count):
        at = ifd + 2 + 12 * i
        if at + 12 > len(tiff):
            break
        tag, kind = struct.unpack_from(order + "HH", tiff, at)
        tags[tag] = struct.unpack_from(order + "H", tiff, at + 8)[0] if kind == 3 else 0
    return tags


def _minimal_exif(orientation: int) -> bytes:
    tiff = b"MM\x00*" + struct.pack(">I", 8)
    tiff += struct.pack(">HHHIHHI", 1, _TAG_ORIENTATION, 3, 1, orientation, 0, 0)
    payload = _EXIF + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


# PNG: critical chunks are always kept; ancillary chunks only if known to carry no
# personal data. Unknown ancillary chunks are safe to drop by the PNG specification.
_PNG_SIG = b"\x89PNG\r\n\x1a\n"
_PNG_KEEP = {
    b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"cICP", b"mDCV", b"cLLI", b"bKGD",
    b"hIST", b"tRNS", b"pHYs", b"sPLT", b"acTL", b"fcTL", b"fdAT",
}
_PNG_NAMES = {
    b"eXIf": "EXIF",
    b"tEXt": "PNG tEXt text",
    b"zTXt": "PNG zTXt compressed text",
    b"iTXt": "PNG iTXt international text",
    b"tIME": "PNG tIME modification time",
    b"caBX": "PNG caBX (C2PA content credentials)",
}


def scrub_png(data: bytes) -> tuple[bytes, list[str]]:
    """Drop eXIf, text, time and unknown ancillary chunks; kept chunks stay byte-identical."""
    if not data.startswith(_PNG_SIG):
        raise ValueError("no PNG signature")
    out = [_PNG_SIG]
    removed: list[str] = []
    pos = len(_PNG_SIG)
    while True:
        if pos + 8 > len(data):
            raise ValueError("PNG is truncated (no IEND chunk)")
        length, ctype = struct.unpack_from(">I4s", data, pos)
        end = pos + 12 + length
        if end > len(data) or not ctype.isalpha():
            raise ValueError("PNG chunk is truncated or malformed")
        if ctype[:1].isupper() or ctype in _PNG_KEEP:
            out.append(data[pos:end])
        elif ctype == b"iTXt" and data[pos + 8 : pos + 26] == b"XML:com.adobe.xmp\x00":
            removed.append("XMP")
        else:
            removed.append(_PNG_NAMES.get(ctype, f"PNG {ctype.decode()} chunk"))
        pos = end
        if ctype == b"IEND":
            break
    if pos < len(data):
        removed.append(f"{len(data) - pos} bytes after the end of the PNG image")
    return b"".join(out), removed


_WEBP_KEEP = {b"VP8X", b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


def scrub_webp(data: bytes) -> tuple[bytes, list[str]]:
    """Drop the EXIF and XMP chunks (and unknown ones), fix the VP8X flags and RIFF size."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ValueError("no RIFF/WEBP header")
    riff_end = 8 + struct.unpack_from("<I", data, 4)[0]
    if riff_end > len(data) or riff_end < 12:
        raise ValueError("WebP is truncated")
    body: list[bytes] = []
    removed: list[str] = []
    pos = 12
    while pos < riff_end:
        if pos + 8 > riff_end:
            raise ValueError("WebP chunk header is truncated")
        fourcc, length = struct.unpack_from("<4sI", data, pos)
        end = pos + 8 + length + (length & 1)
        if end > riff_end:
            raise ValueError("WebP chunk runs past the end of the file")
        if fourcc == b"VP8X" and length >= 1:
            flags = data[pos + 8] & ~(_VP8X_EXIF | _VP8X_XMP)
            body.append(data[pos : pos + 8] + bytes((flags,)) + data[pos + 9 : end])
        elif fourcc in _WEBP_KEEP:
            body.append(data[pos:end])
        else:
            names = {b"EXIF": "EXIF", b"XMP ": "XMP"}
            removed.append(names.get(fourcc, f"WebP {fourcc.decode('latin-1')!r} chunk"))
        pos = end
    if riff_end < len(data):
        removed.append(f"{len(data) - riff_end} bytes after the end of the WebP image")
    joined = b"".join(body)
    return b"RIFF" + struct.pack("<I", 4 + len(joined)) + b"WEBP" + joined, removed
