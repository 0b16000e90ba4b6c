"""The PDF's language (/Lang in its catalog), which Qt's PDF writer has no setting for.

Added as an incremental update, the way PDF editors change a file: the catalog
is written again with /Lang at the end, followed by a one-entry cross-reference
section whose trailer points back to the original (/Prev). Bytes Qt wrote are
left as they were, so nothing in them can be broken by the change.
"""

from __future__ import annotations

import re

LANGUAGE = "en"  # every word CalfCare prints is English

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.DOTALL)


def _entry(trailer: bytes, key: bytes) -> bytes | None:
    found = re.search(rb"/" + key + rb"\s+(\[[^\]]*\]|\d+\s+\d+\s+R|\d+)", trailer)
    return found.group(1) if found else None


def with_language(pdf: bytes, language: str = LANGUAGE) -> bytes:
    """``pdf`` with ``/Lang`` set on its catalog; ValueError if it is not a PDF Qt wrote."""
    end = _STARTXREF.search(pdf)
    trailers = _TRAILER.findall(pdf)
    if end is None or not trailers:
        raise ValueError("not a complete PDF (no trailer or startxref)")
    trailer = trailers[-1]
    root, size = _entry(trailer, b"Root"), _entry(trailer, b"Size")
    if root is None or size is None:
        raise ValueError("the PDF's trailer names no catalog (/Root) or /Size")
    number = int(root.split()[0])
    catalog = re.search(rb"(?<!\d)%d 0 obj\s*<<(.*?)>>\s*endobj" % number, pdf, re.DOTALL)
    if catalog is None:
        raise ValueError("the PDF's catalog object was not found")
    body = re.sub(rb"/Lang\s*\([^)]*\)", b"", catalog.group(1)).rstrip()
    lang = language.encode("ascii")
    update = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offset = len(update)
    update += b"%d 0 obj\n<<%s\n/Lang (%s)\n>>\nendobj\n" % (number, body, lang)
    xref = len(update)
    update += b"xref\n%d 1\n%010d 00000 n \n" % (number, offset)
    extra = b"".join(
        b"/%s %s\n" % (key, value)
        for key in (b"Info", b"ID")
        if (value := _entry(trailer, key)) is not None
    )
    update += b"trailer\n<<\n/Size %s\n/Root %s\n%s/Prev %s\n>>\n" % (
        size,
        root,
        extra,
        end.group(1),
    )
    update += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(update)
