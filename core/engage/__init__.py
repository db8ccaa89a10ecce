"""core.engage: see README (Architecture)."""
