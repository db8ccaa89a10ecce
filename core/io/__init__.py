"""core.io: see README (Architecture)."""
