"""Which message templates there are, in which languages, and their titles (read from each template's first line).

Each template is written once per language: ``<name>.html.j2`` in English and ``<name>.cy.html.j2`` in Welsh, with
the same variables. A message is in English (``en``), Welsh (``cy``) or both, Welsh first then English (``cy+en``),
as Welsh public bodies send them; Welsh-speaking QGIS users get the bilingual message by default.

Standard library only: the Processing algorithm and the message dock list the templates when QGIS starts."""
from __future__ import annotations

import os
import re
from typing import List, Tuple

from ..errors import LptInputError
from ..i18n import QT_TR_NOOP, tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEMPLATE_DIR = os.path.join(PLUGIN_DIR, "resources", "templates")
MESSAGE_TEMPLATES = ["you_said_we_did", "appeal_for_information", "survey_invitation", "crime_prevention_advice"]
LANGUAGES = ["en", "cy", "cy+en"]
LANGUAGE_LABELS = [QT_TR_NOOP("English"), QT_TR_NOOP("Welsh (Cymraeg)"),
                   QT_TR_NOOP("Bilingual: Welsh first, then English")]


def default_language(locale: str) -> str:
    """The message language for a QGIS locale: bilingual (Welsh first) for Welsh, English otherwise."""
    return "cy+en" if str(locale or "").lower().startswith("cy") else "en"


def languages_of(language: str) -> List[str]:
    """The languages a message is written in, in order: 'cy+en' -> ['cy', 'en']."""
    parts = str(language or "en").split("+")
    if any(p not in ("en", "cy") for p in parts) or language not in LANGUAGES:
        raise LptInputError(tr("message language '{language}' is not en, cy or cy+en").format(language=language),
                            "LANGUAGE", tr("choose English, Welsh or bilingual."))
    return parts


def template_file(name: str, lang: str = "en") -> str:
    """The file name of template ``name`` in one language ('en' or 'cy')."""
    return f"{name}.html.j2" if lang == "en" else f"{name}.{lang}.html.j2"


def template_title(name: str, lang: str = "en") -> str:
    with open(os.path.join(TEMPLATE_DIR, template_file(name, lang)), encoding="utf-8") as fh:
        m = re.search(r"title:\s*(.+?)\s*-#}", fh.read())
    return m.group(1) if m else name


def template_list(language: str = "en") -> List[Tuple[str, str]]:
    """(name, title) of the message templates in resources/templates; a bilingual title is 'Welsh / English'."""
    langs = languages_of(language)
    return [(name, " / ".join(template_title(name, lang) for lang in langs)) for name in MESSAGE_TEMPLATES]
