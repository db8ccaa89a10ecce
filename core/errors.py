"""Errors raised by the domain layer.

``LptInputError`` is a *fatal* input problem (missing required column,
unreadable file, wrong delimiter, unknown CRS...).  Its message always names
the file and says how to fix it.  Row-level problems are never raised: they go
to the rejects table (see :mod:`core.result`).
"""
from .i18n import tr


class LptInputError(ValueError):
    """A fatal, user-fixable problem with an input file or parameter."""

    def __init__(self, message: str, path: str = "", fix: str = ""):
        self.path = path
        self.fix = fix
        self.message = message
        text = message
        if path and path not in message:
            text = tr("{path}: {message}").format(path=path, message=message)
        if fix:
            text = tr("{message} Fix: {fix}").format(message=sentence(text), fix=fix)
        super().__init__(text)


def sentence(text: str) -> str:
    """``text`` ended with a full stop, unless it ends with one already (or with '!' or '?')."""
    text = text.rstrip()
    return text if not text or text.endswith((".", "!", "?")) else text + "."


class LptCancelled(Exception):
    """Raised when the user cancels a long-running step."""
