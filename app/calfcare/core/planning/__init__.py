"""Planning: from a profile (and later a log) to a personal week.

``calfcare.core.planning.week.build_week`` is the entry point; the other modules
each hold one part of it.
"""
