"""Metadata removal for PDF, Office Open XML (docx, xlsx, pptx) and ODF (odt, ods, odp).

Each function takes the whole file as bytes and returns `(cleaned, removed)`, working
only on in-memory buffers: pikepdf reads from and saves to BytesIO, zipfile reads and
writes BytesIO. Anything that does not parse raises ValueError with a short reason,
and the caller keeps the file unchanged.

Document properties are replaced by empty ones rather than edited: no XML from the
attachment is parsed, so a hostile file cannot reach an XML parser through here.
Photos embedded in a document (word/media/, Pictures/...) are scrubbed like attached
photos. Zip entries are rewritten with a fixed timestamp and no extra fields (which
can hold owner ids and exact times).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable

import pikepdf
from satchel.client.scrub import image as scrub_image

_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
# Entries are unpacked one at a time; these bound a zip bomb's memory and CPU cost.
_MAX_ENTRY = 256 << 20
_MAX_TOTAL = 1 << 30
_CORE_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    b'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'docPropsVTypes"/>'
)
_CUSTOM_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-'
    b'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'docPropsVTypes"/>'
)
_ODF_META = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="{version}">'
    "<office:meta/></office:document-meta>"
)
_IMAGE_SCRUBBERS: dict[str, Callable[[bytes], tuple[bytes, list[str]]]] = {
    ".jpg": scrub_image.scrub_jpeg,
    ".jpeg": scrub_image.scrub_jpeg,
    ".png": scrub_image.scrub_png,
    ".webp": scrub_image.scrub_webp,
}
_ZIP_ERRORS = (
    zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, OSError,
)

Rewriter = Callable[[str, bytes], tuple[bytes, list[str]]]


def scrub_pdf(data: bytes) -> tuple[bytes, list[str]]:
    """Remove /Info, every /Metadata XMP stream and /PieceInfo; write a fresh /ID."""
    out = io.BytesIO()
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            removed = _strip_pdf(pdf)
            pdf.save(out, fix_metadata_version=False, deterministic_id=True)
    except pikepdf.PasswordError:
        raise ValueError("the PDF is protected by a password") from None
    except (pikepdf.PdfError, pikepdf.DataDecodingError, OSError) as e:
        raise ValueError(f"the PDF could not be parsed ({type(e).__name__})") from None
    return out.getvalue(), removed


def _strip_pdf(pdf: pikepdf.Pdf) -> list[str]:
    removed: list[str] = []
    info = pdf.trailer.get("/Info")
    if isinstance(info, pikepdf.Dictionary):
        removed += [f"PDF Info {str(key)[1:].lower()}" for key in info]
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]
    # The old /ID links this file to its other copies; qpdf writes a new one.
    if "/ID" in pdf.trailer:
        del pdf.trailer["/ID"]
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            continue
        if "/Metadata" in obj:
            del obj["/Metadata"]
            removed.append("XMP")
        if "/PieceInfo" in obj:
            del obj["/PieceInfo"]
            removed.append("PDF PieceInfo (application private data)")
    return removed


def scrub_ooxml(data: bytes) -> tuple[bytes, list[str]]:
    """Empty docProps/core.xml, app.xml and custom.xml; scrub embedded photos."""
    blanks = {
        "docProps/core.xml": _CORE_XML,
        "docProps/app.xml": _APP_XML,
        "docProps/custom.xml": _CUSTOM_XML,
    }

    def rewrite(name: str, content: bytes) -> tuple[bytes, list[str]]:
        if name in blanks:
            fields = _element_names(content)
            return blanks[name], [f"document properties ({name}): {f}" for f in fields]
        return _scrub_embedded_image(name, content)

    return _rewrite_zip(data, rewrite, required="[Content_Types].xml")


def scrub_odf(data: bytes) -> tuple[bytes, list[str]]:
    """Empty meta.xml (creator, dates, generator, user fields); scrub embedded photos."""

    def rewrite(name: str, content: bytes) -> tuple[bytes, list[str]]:
        if name == "META-INF/manifest.xml" and b"encryption-data" in content:
            raise ValueError("the document is protected by a password")
        if name == "meta.xml":
            version = re.search(rb'office:version="([0-9.]{1,8})"', content)
            meta = _ODF_META.format(version=version.group(1).decode() if version else "1.2")
            return meta.encode(), [f"document properties (meta.xml): {f}"
                                   for f in _element_names(content)]
        return _scrub_embedded_image(name, content)

    return _rewrite_zip(data, rewrite, required="mimetype")


def _element_names(xml: bytes) -> list[str]:
    """The local names of the property elements in a properties file, for `removed`."""
    names = re.findall(rb"<(?:[\w.-]+:)?([\w.-]+)[\s/>]", xml)
    # The first two are the root and its container (ODF) or the root alone (OOXML).
    skip = {b"coreProperties", b"Properties", b"document-meta", b"meta"}
    return list(dict.fromkeys(n.decode() for n in names if n not in skip))


def _scrub_embedded_image(name: str, content: bytes) -> tuple[bytes, list[str]]:
    dot = name.rfind(".")
    scrubber = _IMAGE_SCRUBBERS.get(name[dot:].lower()) if dot >= 0 else None
    if scrubber is None:
        return content, []
    try:
        cleaned, removed = scrubber(content)
    except ValueError:
        return content, []  # not the image its name says; a document may hold anything
    return cleaned, [f"embedded image {name}: {what}" for what in removed]


def _rewrite_zip(data: bytes, rewrite: Rewriter, *, required: str) -> tuple[bytes, list[str]]:
    """Copy every entry of a zip, in order, through `rewrite`, with neutral zip headers."""
    out = io.BytesIO()
    removed: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zin:
            infos = zin.infolist()
            names = [i.filename for i in infos]
            if len(set(names)) != len(names):
                raise ValueError("the archive names one entry twice")
            if required not in names:
                raise ValueError(f"the archive has no {required}")
            sizes = [i.file_size for i in infos]
            if max(sizes, default=0) > _MAX_ENTRY or sum(sizes) > _MAX_TOTAL:
                raise ValueError("the archive unpacks to too many bytes to scrub in memory")
            with zipfile.ZipFile(out, "w") as zout:
                for info in infos:
                    content, what = rewrite(info.filename, zin.read(info))
                    removed += what
                    zout.writestr(_neutral_info(info), content)
    except _ZIP_ERRORS as e:
        raise ValueError(f"the archive could not be read ({type(e).__name__})") from None
    if any(i.date_time != _ZIP_EPOCH or i.extra or i.comment for i in infos):
        removed.append("zip entry timestamps and extra fields")
    return out.getvalue(), removed


def _neutral_info(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    new = zipfile.ZipInfo(info.filename, date_time=_ZIP_EPOCH)
    # ODF requires `mimetype` stored uncompressed; everything else is deflated as before.
    stored = info.filename == "mimetype" or info.compress_type == zipfile.ZIP_STORED
    new.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    new.external_attr = 0o644 << 16 if not info.is_dir() else (0o755 << 16) | 0x10
    new.create_system = 3
    return new
