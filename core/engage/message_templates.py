"""Which message templates there are, and their titles (read from each template's first line).

Standard library only: the Processing algorithm and the message dock list the templates when QGIS starts."""
from __future__ import annotations

import os
import re
from typing import List, Tuple

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEMPLATE_DIR = os.path.join(PLUGIN_DIR, "resources", "templates")
MESSAGE_TEMPLATES = ["you_said_we_did", "appeal_for_information", "survey_invitation", "crime_prevention_advice"]


def template_list() -> List[Tuple[str, str]]:
    """(name, title) of the message templates in resources/templates."""
    out = []
    for name in MESSAGE_TEMPLATES:
        with open(os.path.join(TEMPLATE_DIR, f"{name}.html.j2"), encoding="utf-8") as fh:
            m = re.search(r"title:\s*(.+?)\s*-#}", fh.read())
        out.append((name, m.group(1) if m else name))
    return out
