"""The open formats carry the plan's version date, never the clock (as the Word report does).

LibreOffice stamps its PDF with the time of the run in three places: the document information
(/CreationDate), the XMP metadata (xmp:CreateDate, which PDF/A requires to equal it) and the
header of the sRGB colour profile of the PDF/A output intent (written by Little CMS); the
document /ID is a hash of that time. Each date is set to the version date at noon UTC, in the
format LibreOffice wrote, with pikepdf (qpdf), and the /ID becomes a hash of the content, so
the file stays a valid PDF/A-2b (the structure, fonts and metadata packet are kept as they
are). The ODT's meta.xml already holds the report's dates (from its core properties); its zip
entries get the version date, as the .docx's do. In a SOURCE_DATE_EPOCH-like spirit: the same
plan gives the same bytes (tests/exporters/test_open_formats.py).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile

# LibreOffice writes /CreationDate(D:20261130082212Z') and <xmp:CreateDate>2026-11-30T08:22:12Z
_INFO_DATE = re.compile(r"^D:\d{14}")
_XMP_DATE = re.compile(
    rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"
)
_ICC_SIGNATURE = b"acsp"  # bytes 36-39 of an ICC profile header; its date is at 24-35


def moment(date: dt.date) -> dt.datetime:
    """The time the open formats are stamped with: the version date at noon UTC (the .docx
    core properties say the same noon)."""
    return dt.datetime(date.year, date.month, date.day, 12, 0, 0, tzinfo=dt.UTC)


def stamp_pdf(data: bytes, when: dt.datetime) -> bytes:
    import pikepdf

    info_date = when.strftime("D:%Y%m%d%H%M%S")
    xmp_date = when.strftime("%Y-%m-%dT%H:%M:%S").encode("ascii")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = pdf.trailer.get("/Info")
        if isinstance(info, pikepdf.Dictionary):
            for key in ("/CreationDate", "/ModDate"):
                value = info.get(key)
                if value is not None:
                    text = str(value)
                    info[key] = pikepdf.String(_INFO_DATE.sub(info_date, text, count=1))
        metadata = pdf.Root.get("/Metadata")
        if isinstance(metadata, pikepdf.Stream):
            packet = metadata.read_bytes()
            stamped = _XMP_DATE.sub(lambda m: m.group(1) + xmp_date, packet)
            if stamped != packet:
                metadata.write(stamped)
        for intent in pdf.Root.get("/OutputIntents", pikepdf.Array()):
            profile = intent.get("/DestOutputProfile")
            if not isinstance(profile, pikepdf.Stream):
                continue
            icc = bytearray(profile.read_bytes())
            if len(icc) >= 128 and icc[36:40] == _ICC_SIGNATURE:
                icc[24:36] = struct.pack(
                    ">6H", when.year, when.month, when.day, when.hour, when.minute, when.second
                )
                if any(icc[84:100]):  # a profile ID: the MD5 of the header and data
                    icc[84:100] = _profile_id(icc)
                profile.write(bytes(icc))
        if "/DocChecksum" in pdf.trailer:
            # LibreOffice's own key (not in ISO 32000), an MD5 over the dated file
            del pdf.trailer["/DocChecksum"]
        if "/ID" in pdf.trailer:
            # made of the clock; qpdf keeps an existing first half, so both are made anew
            del pdf.trailer["/ID"]
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


def _profile_id(icc: bytearray) -> bytes:
    """ICC.1:2010 7.2.18: the MD5 of the profile with its flags, rendering intent and ID
    fields set to zero."""
    import hashlib

    copy = bytearray(icc)
    copy[44:48] = bytes(4)
    copy[64:68] = bytes(4)
    copy[84:100] = bytes(16)
    return hashlib.md5(bytes(copy)).digest()


_MANIFEST = "META-INF/manifest.xml"
_FULL_PATH = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}full-path"


def stamp_zip(data: bytes, stamp: tuple[int, int, int, int, int, int]) -> bytes:
    """An ODF package with every entry dated `stamp` and with the same compression, the
    `mimetype` entry first (and stored, as ODF requires), the others in the order of their
    names, without the empty folders its manifest does not name: LibreOffice writes some
    of its empty `Configurations2/` folders (toolbar/, statusbar/, ...) in one run and not in
    the next, and in an order that varies from run to run. A zip needs no folder entries;
    the folders the manifest names are kept."""
    from xml.etree import ElementTree

    source = zipfile.ZipFile(io.BytesIO(data))
    named: set[str] = set()
    if _MANIFEST in source.namelist():
        manifest = ElementTree.fromstring(source.read(_MANIFEST))
        named = {entry.get(_FULL_PATH, "") for entry in manifest}
    kept = [
        info
        for info in source.infolist()
        if not (info.is_dir() and info.file_size == 0 and info.filename not in named)
    ]
    entries = sorted(kept, key=lambda i: (i.filename != "mimetype", i.filename))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in entries:
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = info.compress_type
            entry.create_system = 0
            entry.external_attr = 0
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
