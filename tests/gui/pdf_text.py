"""A printed PDF's text, read back with QtPdf, for tests of what went on paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument


def squeeze(text: str) -> str:
    """``text`` without whitespace: wrapped lines (and small type's split words) join up."""
    return "".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, squeezed."""
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    pages = [squeeze(doc.getAllText(p).text()) for p in range(doc.pageCount())]
    doc.close()
    return pages
