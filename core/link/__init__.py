"""core.link: see README (Architecture)."""
