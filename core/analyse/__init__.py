"""core.analyse: see README (Architecture)."""
