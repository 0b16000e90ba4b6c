"""Logging from the app: entry dialogs, the morning check-in and recovering the log."""
