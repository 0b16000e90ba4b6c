"""The core: everything CalfCare knows and decides, with no Qt in it."""
