"""PDF, docx and odt scrubbing: properties gone, documents still open, content kept."""

from __future__ import annotations

import io
import zipfile

import pikepdf
from PIL import Image
from scrubkit import GPS_IFD, ODT_TYPE, docx_sample, jpeg_sample, odt_sample, pdf_sample, run


def test_pdf_loses_info_and_xmp_and_still_opens() -> None:
    original = pdf_sample()
    result, out = run(original, "leak.pdf")
    assert result.scrubbed and result.media_type == "application/pdf"
    assert {"PDF Info author", "PDF Info producer", "XMP"} <= set(result.removed)
    assert b"MARKER-" not in out
    with pikepdf.open(io.BytesIO(out)) as pdf:
        assert len(pdf.pages) == 1
        assert "/Metadata" not in pdf.Root
        assert "/Author" not in pdf.trailer.get("/Info", {})
        assert bytes(pdf.trailer.ID[0]) not in original


def test_encrypted_pdf_passes_through_with_a_reason() -> None:
    original = pdf_sample(encryption=pikepdf.Encryption(owner="o", user="secret"))
    result, out = run(original, "locked.pdf")
    assert not result.scrubbed and out == original and "password" in result.reason


def test_pdf_over_the_memory_limit_passes_through() -> None:
    original = pdf_sample()
    result, out = run(original, "big.pdf", max_in_memory=1000)
    assert not result.scrubbed and out == original and "1000 bytes" in result.reason


def test_docx_loses_core_and_app_properties_and_embedded_photo_gps() -> None:
    original = docx_sample(jpeg_sample())
    result, out = run(original, "statement.docx")
    assert result.scrubbed and result.media_type.endswith("wordprocessingml.document")
    with zipfile.ZipFile(io.BytesIO(out)) as z:
        assert z.testzip() is None
        assert z.namelist() == zipfile.ZipFile(io.BytesIO(original)).namelist()
        assert z.read("word/document.xml") == b"<w:document>the report text</w:document>"
        contents = b"".join(z.read(n) for n in z.namelist())
        photo = Image.open(io.BytesIO(z.read("word/media/image1.jpeg")))
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in z.infolist())
    assert b"MARKER-" not in contents
    assert GPS_IFD not in photo.getexif()
    assert "document properties (docProps/core.xml): creator" in result.removed
    assert "document properties (docProps/app.xml): Company" in result.removed
    assert "embedded image word/media/image1.jpeg: EXIF GPS" in result.removed


def test_odt_loses_meta_and_keeps_mimetype_first_and_stored() -> None:
    original = odt_sample()
    result, out = run(original, "statement.odt")
    assert result.scrubbed and result.media_type == ODT_TYPE.decode()
    assert out[30:38] == b"mimetype" and out[38 : 38 + len(ODT_TYPE)] == ODT_TYPE
    with zipfile.ZipFile(io.BytesIO(out)) as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert z.read("content.xml") == zipfile.ZipFile(io.BytesIO(original)).read("content.xml")
        meta = z.read("meta.xml")
        contents = b"".join(z.read(n) for n in z.namelist())
    assert b"MARKER-" not in contents
    assert b'office:version="1.3"' in meta
    assert {"document properties (meta.xml): initial-creator",
            "document properties (meta.xml): user-defined"} <= set(result.removed)


def test_password_protected_odt_passes_through() -> None:
    data = _rezip_with(odt_sample(), "META-INF/manifest.xml", b"<manifest:encryption-data/>")
    result, out = run(data, "locked.odt")
    assert not result.scrubbed and out == data and "password" in result.reason


def test_zip_that_is_not_an_office_document_is_not_scrubbed() -> None:
    data = docx_sample(b"")
    result, out = run(data, "archive.zip")
    assert result.media_type == "application/zip" and not result.scrubbed and out == data


def test_corrupt_docx_passes_through() -> None:
    data = docx_sample(jpeg_sample())[:-40]
    result, out = run(data, "broken.docx")
    assert not result.scrubbed and out == data and "archive" in result.reason


def _rezip_with(data: bytes, name: str, content: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(buf, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, content if info.filename == name else zin.read(info))
    return buf.getvalue()
