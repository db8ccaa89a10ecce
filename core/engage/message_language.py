"""A message in English, in Welsh, or in both - Welsh first, then English, as Welsh public bodies send them.

Each language has its own template (:mod:`core.engage.message_templates`); the figures' sentences (the crime
change, the months) are made again in each language, so the Welsh part never carries English sentences and the
English part never Welsh ones, whatever language QGIS runs in."""
from __future__ import annotations

from typing import Callable, Dict, Tuple

from ..i18n import in_language
from . import messages as M
from .message_templates import languages_of

SEPARATOR = "<p>---</p>"           # between the Welsh and the English text (GSM-7, so an SMS stays GSM-7)


def render_message(name: str, language: str, area_of: Callable[[], Dict], **extra) -> Tuple[str, str]:
    """(subject, HTML body) of template ``name`` in ``language``: 'en', 'cy' or 'cy+en' (bilingual: the Welsh
    subject / the English subject, the Welsh body, then the English body). ``area_of()`` makes the area's figures
    (:func:`core.engage.messages.area_context`) and is called once per language. ``extra`` as for
    :func:`core.engage.messages.render_template`; it never holds personal data."""
    parts = []
    for lang in languages_of(language):
        with in_language(lang):
            parts.append(M.render_template(name, area_of(), lang, **extra))
    subject = " / ".join(s for s, _ in parts)
    body = f"\n{SEPARATOR}\n".join(b for _, b in parts)
    return subject, body
