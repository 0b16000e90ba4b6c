"""The window's shell: the app object, main window, theme, store and single instance."""
