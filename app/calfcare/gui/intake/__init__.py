"""The intake wizard: the questions CalfCare asks on first run and when answers are edited."""
