"""CalfCare: a recovery and rehab planner for runners whose calves hurt."""

__version__ = "0.1.0"
