"""Shared fixtures. Qt is told to draw offscreen before anything can load it."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from calfcare.content.library import ContentLibrary, load_library


@pytest.fixture(scope="session")
def library() -> ContentLibrary:
    return load_library()
