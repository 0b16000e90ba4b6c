"""Settings: sound, theme, paper and reminders."""
