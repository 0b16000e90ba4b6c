"""The session player's core: a session as timed steps, and a clock-free state machine."""
