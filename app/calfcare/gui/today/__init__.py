"""Today: the day's sessions, their details and the warning page."""
