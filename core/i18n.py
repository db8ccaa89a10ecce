"""One way to translate every user-facing string, ``core/`` included, while ``core/`` stays free of Qt.

``core/`` marks a sentence with ``tr("...")``. The text is looked up under the context ``core`` in whatever
lookup the plugin installs (``QCoreApplication.translate``, which reads ``i18n/lpt_<locale>.qm``); with none
installed (tests, scripts, a plain Python) it comes back as written. Values go in named placeholders filled
*after* the lookup, so a translation can move them::

    tr("{n} row(s) rejected: {reason}").format(n=n, reason=why)

Rules (``scripts/translations.py`` extracts what follows them into ``i18n/lpt_cy.ts``):
- the argument of ``tr`` is one string literal (implicit concatenation of literals is fine), never an f-string
  or a variable - the extractor cannot see those and the lookup would never match;
- data stays data: column names, codes, file names, SQL and values written into tables are not marked;
- templates (``resources/templates/*.j2``) mark text with ``{{ _("...") }}`` and get ``_`` = :func:`tr`.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Dict, Iterator, Optional

CONTEXT = "core"
_lookup: Optional[Callable[[str, str], str]] = None
_languages: Dict[str, Callable[[str, str], str]] = {}


def install(lookup: Optional[Callable[[str, str], str]]) -> None:
    """Use ``lookup(context, text) -> text`` from now on (``None``: untranslated)."""
    global _lookup
    _lookup = lookup


def register_language(lang: str, lookup: Callable[[str, str], str]) -> None:
    """Make ``lookup`` the one :func:`in_language` uses for ``lang`` (e.g. the Welsh .qm, whatever QGIS runs in)."""
    _languages[lang] = lookup


@contextmanager
def in_language(lang: str) -> Iterator[None]:
    """Within the block, :func:`tr` answers in ``lang``: English (the source) is no lookup; a language not
    registered keeps the current lookup. For text written in a language other than the user's (a message sent
    in Welsh and English)."""
    global _lookup
    saved = _lookup
    _lookup = None if lang == "en" else _languages.get(lang, saved)
    try:
        yield
    finally:
        _lookup = saved


def tr(text: str) -> str:
    """``text`` in the user's language, or as written when no translation is installed or known."""
    if _lookup is None:
        return text
    return _lookup(CONTEXT, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the Qt side's marker (pylupdate5)
    """Marks a literal for ``pylupdate5`` under ``context`` (plugin, processing, qgisio, dialogs); returns it."""
    return text


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - marks a literal kept in a table, translated where shown
    """Marks a literal for extraction where it is defined; call :func:`tr` on it where it is shown."""
    return text
