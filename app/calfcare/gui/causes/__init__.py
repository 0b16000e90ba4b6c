"""Why it hurts: the likely causes of the runner's calf pain."""
