"""The tray icon and in-window reminders."""
