"""Dialogs and dock widgets (Qt). They call ``core`` and Processing; no domain logic lives here.

The message dock (issue #5) and the campaign planner will live in this package.
"""
