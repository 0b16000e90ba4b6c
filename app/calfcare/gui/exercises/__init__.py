"""Exercises: the list of exercises in the plan and each one's detail."""
