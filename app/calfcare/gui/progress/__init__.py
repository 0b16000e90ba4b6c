"""Progress: the log's history, charts and editing past entries."""
