"""core.report: see README (Architecture)."""
