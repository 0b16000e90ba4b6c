"""The Road back page: the recovery stages, the next gates and when to get help."""
