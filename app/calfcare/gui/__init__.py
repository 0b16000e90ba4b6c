"""The desktop app (PySide6). It shows and edits; the core does the thinking."""
