"""Streaming metadata removal for ISO BMFF files (MP4, MOV, M4A).

`plan_bmff` walks the top-level boxes by their headers, reads only `moov` into memory
(capped) and decides, byte range by byte range, what the output is; `stream_plan` then
copies the source through that plan in 1 MiB chunks. Metadata boxes are never cut
out: each is overwritten in place by a `free` box of the same size with a zeroed
payload, so the file keeps its length and every chunk offset (stco/co64) and every
fragment offset stays valid without touching the sample tables. `moov` may come
before or after `mdat`; it is rewritten in place either way.

What goes: `udta` (user data: QuickTime ©xyz location, camera make/model, Samsung and
Android tags), `meta` (Apple's location and device keys), 3GPP `loci`, XMP `uuid`
boxes, the payload of `free`/`skip` padding (editors leave old metadata in it), and
the creation and modification times of `mvhd`, `tkhd` and `mdhd`. Timed metadata
tracks (GoPro GPS, Apple `mebx`) keep their samples in `mdat`; they are reported as
warnings, not removed.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import SEEK_END, BytesIO
from typing import BinaryIO

CHUNK = 1 << 20
MOOV_CAP = 64 << 20
_MAX_DEPTH = 12
_ZEROS = bytes(CHUNK)
_XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")

_NEUTRALISE = {
    b"udta": "MP4 user data (udta)",
    b"meta": "MP4 metadata (meta)",
    b"\xa9xyz": "QuickTime location (\xa9xyz)",
    b"loci": "3GPP location (loci)",
}
_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts", b"mvex", b"dinf"}
_TIMED = {b"mvhd", b"tkhd", b"mdhd"}
_PADDING = {b"free", b"skip"}


class SourceChanged(Exception):
    """The source no longer matches the plan made from it."""


@dataclass(frozen=True)
class Segment:
    """A byte range of the source: copied, replaced by `data`, or turned into padding."""

    offset: int
    length: int
    kind: str  # "copy", "bytes" (data is the whole range) or "free" (data is the header)
    data: bytes = b""


@dataclass
class Plan:
    segments: list[Segment] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def plan_bmff(src: BinaryIO, start: int, max_in_memory: int) -> Plan:
    """Plan the scrub of the seekable ISO BMFF file that begins at `start` in `src`."""
    total = src.seek(0, SEEK_END) - start
    cap = min(MOOV_CAP, max_in_memory)
    plan = Plan()
    pos = 0
    saw_moov = False
    while pos < total:
        src.seek(start + pos)
        btype, hlen, size = _parse_header(src.read(16), total - pos)
        name = _neutralise_name(btype, src, start + pos + hlen)
        if btype == b"moov":
            if size > cap:
                raise ValueError(f"its moov box is larger than {cap} bytes")
            src.seek(start + pos)
            moov = bytearray(src.read(size))
            if len(moov) != size:
                raise ValueError("the file is shorter than its moov box")
            _clean_children(moov, hlen, size, plan, 1)
            plan.segments.append(Segment(pos, size, "bytes", bytes(moov)))
            saw_moov = True
        elif name is not None or btype in _PADDING:
            if name is not None:
                plan.removed.append(name)
            src.seek(start + pos)
            header = bytearray(src.read(hlen))
            header[4:8] = b"free"
            plan.segments.append(Segment(pos, size, "free", bytes(header)))
        else:
            plan.segments.append(Segment(pos, size, "copy"))
        pos += size
    if not saw_moov:
        raise ValueError("it has no moov box")
    return plan


def stream_plan(src: BinaryIO, start: int, plan: Plan) -> Iterator[bytes]:
    """Yield the scrubbed file; raise SourceChanged if the source got shorter."""
    for seg in plan.segments:
        if seg.kind == "bytes":
            view = memoryview(seg.data)
            for i in range(0, len(view), CHUNK):
                yield bytes(view[i : i + CHUNK])
        elif seg.kind == "free":
            yield seg.data
            left = seg.length - len(seg.data)
            while left > 0:
                yield _ZEROS[: min(CHUNK, left)]
                left -= CHUNK
        else:
            src.seek(start + seg.offset)
            left = seg.length
            while left > 0:
                chunk = src.read(min(CHUNK, left))
                if not chunk:
                    raise SourceChanged("The video got shorter while it was being scrubbed")
                left -= len(chunk)
                yield chunk


def scrub_bmff_bytes(data: bytes) -> tuple[bytes, list[str]]:
    """Scrub an ISO BMFF file held in memory (a source that cannot seek)."""
    src = BytesIO(data)
    plan = plan_bmff(src, 0, len(data) + 1)
    return b"".join(stream_plan(src, 0, plan)), plan.removed


def _parse_header(hdr: bytes, room: int) -> tuple[bytes, int, int]:
    """(type, header length, box size) of the box whose first bytes are `hdr`."""
    if len(hdr) < 8 or room < 8:
        raise ValueError("a box header is truncated")
    size, btype = struct.unpack_from(">I4s", hdr)
    hlen = 8
    if size == 1:
        if len(hdr) < 16 or room < 16:
            raise ValueError("a box header is truncated")
        size, hlen = struct.unpack_from(">Q", hdr, 8)[0], 16
    elif size == 0:  # extends to the end of its container
        size = room
    if size < hlen or size > room:
        raise ValueError(f"box {btype!r} runs past the end of its container")
    return btype, hlen, size


def _neutralise_name(btype: bytes, src: BinaryIO, payload_at: int) -> str | None:
    if btype in _NEUTRALISE:
        return _NEUTRALISE[btype]
    if btype == b"uuid":
        src.seek(payload_at)
        if src.read(16) == _XMP_UUID:
            return "XMP"
    return None


def _clean_children(buf: bytearray, start: int, end: int, plan: Plan, depth: int) -> None:
    """Neutralise metadata boxes among the children of the box spanning [start, end)."""
    if depth > _MAX_DEPTH:
        raise ValueError("its boxes are nested too deeply")
    pos = start
    while pos < end:
        if end - pos < 8 and not any(buf[pos:end]):
            break  # QuickTime allows a 32-bit zero terminator at the end of a list
        btype, hlen, size = _parse_header(bytes(buf[pos : pos + 16]), end - pos)
        body, box_end = pos + hlen, pos + size
        name = _NEUTRALISE.get(btype)
        if btype == b"uuid" and buf[body : body + 16] == _XMP_UUID:
            name = "XMP"
        if name is not None or btype in _PADDING:
            if name is not None:
                plan.removed.append(name)
            buf[pos + 4 : pos + 8] = b"free"
            buf[body:box_end] = bytes(box_end - body)
        elif btype in _TIMED:
            _zero_times(buf, body, box_end)
            plan.removed.append("MP4 creation and modification times")
        elif btype == b"hdlr" and buf[body + 8 : body + 12] == b"meta":
            plan.warnings.append(
                "The video has a timed metadata track (such as a GPS log); "
                "its samples were not removed."
            )
        elif btype in _CONTAINERS:
            _clean_children(buf, body, box_end, plan, depth + 1)
        pos = box_end


def _zero_times(buf: bytearray, body: int, end: int) -> None:
    # FullBox: version, 3 flag bytes, then creation and modification time (32 or 64 bit).
    width = 8 if body < end and buf[body] == 1 else 4
    if body + 4 + 2 * width > end:
        raise ValueError("a movie or track header is truncated")
    buf[body + 4 : body + 4 + 2 * width] = bytes(2 * width)
