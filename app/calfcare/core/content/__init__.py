"""The cited content library: sources, exercises, causes, red flags and rules."""

from calfcare.core.content.library import ContentLibrary, load_library

__all__ = ["ContentLibrary", "load_library"]
