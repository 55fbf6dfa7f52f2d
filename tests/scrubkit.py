"""Sample files carrying identifying metadata, built in memory, for the scrub tests.

Every marker string planted here must be gone after scrubbing; tests/test_scrub_samples.py
proves each sample really carries what the scrub tests expect to see removed.
"""

from __future__ import annotations

import io
import struct
import zipfile

import pikepdf
from PIL import Image, ImageCms
from PIL.PngImagePlugin import PngInfo
from satchel.client.scrub.scrubber import ScrubResult, scrub

GPS_IFD = 0x8825
MARKERS = (b"MARKER-", b"+12.34-056.78/")
XYZ = b"+12.34-056.78/"



def run(data: bytes, name: str, **kw: int) -> tuple[ScrubResult, bytes]:
    """Scrub `data` as a file called `name`; the result and every byte it produced."""
    result = scrub(io.BytesIO(data), name, size=len(data), **kw)
    return result, b"".join(result.chunks())

def picture(mode: str = "RGB") -> Image.Image:
    img = Image.new(mode, (64, 48))
    img.putdata([((x * 7) % 256, (y * 5) % 256, (x * y) % 256)
                 for y in range(48) for x in range(64)])
    return img


def exif_with_gps(orientation: int = 6) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "MARKER-MAKE"
    exif[0x0110] = "MARKER-MODEL"
    exif[0x0112] = orientation
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (12.0, 34.0, 56.0)
    gps[3] = "E"
    gps[4] = (56.0, 7.0, 8.0)
    return exif


def srgb_icc() -> bytes:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return bytes(profile.tobytes())


def app_segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def jpeg_sample(*, orientation: int = 6, progressive: bool = False) -> bytes:
    """A JPEG with EXIF (GPS, make, model), XMP, a comment, IPTC, a maker APP11 and a
    trailer after EOI, plus an ICC profile that must survive."""
    buf = io.BytesIO()
    picture().save(
        buf, "JPEG", quality=90, exif=exif_with_gps(orientation).tobytes(),
        xmp=b"<x:xmpmeta><rdf:Description dc:creator='MARKER-XMP'/></x:xmpmeta>",
        comment=b"MARKER-COMMENT", icc_profile=srgb_icc(), progressive=progressive,
    )
    data = buf.getvalue()
    iptc = app_segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x10MARKER-IPTC-BYL")
    maker = app_segment(0xEB, b"JP\x00\x00MARKER-MAKERNOTE")
    return data[:2] + iptc + maker + data[2:] + b"MARKER-TRAILER"


def png_sample() -> bytes:
    info = PngInfo()
    info.add_text("Author", "MARKER-TEXT")
    info.add_text("Comment", "MARKER-ZTXT" * 20, zip=True)
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>MARKER-XMP</x:xmpmeta>")
    buf = io.BytesIO()
    picture().save(buf, "PNG", pnginfo=info, exif=exif_with_gps().tobytes(), icc_profile=srgb_icc())
    data = buf.getvalue()
    # tIME is not written by Pillow; put one before IEND by hand.
    time_chunk = png_chunk(b"tIME", struct.pack(">HBBBBB", 2024, 5, 6, 7, 8, 9))
    return data[:-12] + time_chunk + data[-12:]


def png_chunk(ctype: bytes, payload: bytes) -> bytes:
    import zlib

    crc = zlib.crc32(ctype + payload)
    return struct.pack(">I", len(payload)) + ctype + payload + struct.pack(">I", crc)


def png_chunks(data: bytes) -> list[bytes]:
    out, pos = [], 8
    while pos < len(data):
        length = struct.unpack_from(">I", data, pos)[0]
        out.append(data[pos : pos + 12 + length])
        pos += 12 + length
    return out


def webp_sample() -> bytes:
    buf = io.BytesIO()
    picture().save(
        buf, "WEBP", lossless=True, exif=exif_with_gps().tobytes(),
        xmp=b"<x:xmpmeta>MARKER-XMP</x:xmpmeta>", icc_profile=srgb_icc(),
    )
    return buf.getvalue()


def pdf_sample(**save: object) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["dc:creator"] = ["MARKER-XMP-CREATOR"]
    pdf.docinfo["/Author"] = "MARKER-AUTHOR"
    pdf.docinfo["/Producer"] = "MARKER-PRODUCER"
    buf = io.BytesIO()
    pdf.save(buf, compress_streams=False, **save)  # type: ignore[arg-type]
    return buf.getvalue()


def box(btype: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + btype + payload


def mp4_sample(mdat_payload: bytes = b"\x01\x02MDAT" * 1000, *, moov_last: bool = False) -> bytes:
    """ftyp, moov (mvhd, a trak whose stco points into mdat, udta with ©xyz, meta), mdat."""
    ftyp = box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41")

    def moov(chunk_offset: int) -> bytes:
        mvhd = box(b"mvhd", bytes(4) + struct.pack(">IIII", 0xAAAAAAAA, 0xBBBBBBBB, 1000, 5000)
                   + bytes(80))
        tkhd = box(b"tkhd", bytes(4) + struct.pack(">II", 0xCCCCCCCC, 0xDDDDDDDD) + bytes(72))
        hdlr = box(b"hdlr", bytes(8) + b"vide" + bytes(12) + b"VideoHandler\x00")
        stco = box(b"stco", bytes(4) + struct.pack(">II", 1, chunk_offset))
        trak = box(b"trak", tkhd + box(b"mdia", hdlr + box(b"minf", box(b"stbl", stco))))
        xyz = box(b"\xa9xyz", struct.pack(">HH", len(XYZ), 0x15C7) + XYZ)
        udta = box(b"udta", xyz + box(b"\xa9mak", b"MARKER-MAKE"))
        meta = box(b"meta", bytes(4) + box(b"keys", b"MARKER-APPLE-MODEL"))
        return box(b"moov", mvhd + trak + udta + meta)

    mdat = box(b"mdat", mdat_payload)
    size_of_moov = len(moov(0))
    if moov_last:
        return ftyp + mdat + moov(len(ftyp) + 8)
    return ftyp + moov(len(ftyp) + size_of_moov + 8) + mdat


def top_boxes(data: bytes) -> list[tuple[int, bytes, int]]:
    out, pos = [], 0
    while pos < len(data):
        size, btype = struct.unpack_from(">I4s", data, pos)
        out.append((pos, btype, size))
        pos += size
    return out


def docx_sample(image: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types/>')
        z.writestr("_rels/.rels", b'<?xml version="1.0"?><Relationships/>')
        z.writestr("word/document.xml", b"<w:document>the report text</w:document>")
        z.writestr("docProps/core.xml", (
            b'<?xml version="1.0"?><cp:coreProperties xmlns:cp="c" xmlns:dc="d">'
            b"<dc:creator>MARKER-CREATOR</dc:creator>"
            b"<cp:lastModifiedBy>MARKER-MODIFIER</cp:lastModifiedBy>"
            b"<dcterms:created>2024-05-06T07:08:09Z</dcterms:created></cp:coreProperties>"))
        z.writestr("docProps/app.xml",
                   b"<Properties><Company>MARKER-COMPANY</Company></Properties>")
        z.writestr("word/media/image1.jpeg", image)
    return buf.getvalue()


ODT_TYPE = b"application/vnd.oasis.opendocument.text"


def odt_sample() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODT_TYPE, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml",
                   b"<office:document-content>the report text</office:document-content>")
        z.writestr("meta.xml", (
            b'<?xml version="1.0"?><office:document-meta office:version="1.3"><office:meta>'
            b"<meta:initial-creator>MARKER-INITIAL</meta:initial-creator>"
            b"<dc:creator>MARKER-CREATOR</dc:creator><meta:generator>MARKER-GENERATOR</meta:generator>"
            b'<meta:user-defined meta:name="x">MARKER-USER</meta:user-defined>'
            b"</office:meta></office:document-meta>"))
        z.writestr("META-INF/manifest.xml", b"<manifest:manifest/>")
    return buf.getvalue()
