"""Column matching: canonical field names, aliases and user overrides.

Source files name their columns in many ways ("Member ID", "member_id",
"MEMBERID").  Matching is case-, space- and punctuation-insensitive: a header is
reduced to its lower-case letters and digits before comparison.  Each reader
declares a list of :class:`ColumnSpec`; the user can override any of them with a
mapping string ``canonical=Source column;other=Other column``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence

from ..errors import LptInputError
from ..i18n import tr


def norm_name(name: str) -> str:
    """Reduce a column name to lower-case letters and digits."""
    return re.sub(r"[^0-9a-z]", "", str(name).lower())


@dataclass(frozen=True)
class ColumnSpec:
    key: str                      # canonical name used in outputs
    aliases: Sequence[str] = ()   # other accepted header spellings
    required: bool = False
    description: str = ""
    example: str = ""

    def candidates(self) -> List[str]:
        return [norm_name(self.key)] + [norm_name(a) for a in self.aliases]


def parse_column_map(text: Optional[str], specs: Iterable[ColumnSpec] = (), path: str = "") -> Dict[str, str]:
    """Parse ``"postcode=Post Code; member_id=ID"`` into a dict.

    Unknown canonical names are a fatal error so that a typo is not ignored.
    """
    mapping: Dict[str, str] = {}
    if not text or not str(text).strip():
        return mapping
    known = {s.key for s in specs}
    for part in re.split(r"[;\n]", str(text)):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise LptInputError(
                tr("column mapping entry '{entry}' has no '='").format(entry=part), path,
                tr("write entries as canonical=Source column, separated by ';'."))
        key, src = (p.strip() for p in part.split("=", 1))
        if known and key not in known:
            raise LptInputError(
                tr("column mapping names unknown field '{field}'").format(field=key), path,
                tr("use one of: {fields}.").format(fields=", ".join(sorted(known))))
        mapping[key] = src
    return mapping


@dataclass
class ColumnMatch:
    """Result of matching a header against specs: canonical key -> source header."""
    mapping: Dict[str, str] = field(default_factory=dict)
    unused: List[str] = field(default_factory=list)


def match_columns(header: Sequence[str], specs: Sequence[ColumnSpec],
                  overrides: Optional[Dict[str, str]] = None, path: str = "") -> ColumnMatch:
    """Match ``header`` to ``specs``; raise :class:`LptInputError` if a required column is missing."""
    overrides = overrides or {}
    by_norm: Dict[str, str] = {}
    for h in header:
        by_norm.setdefault(norm_name(h), h)
    result = ColumnMatch()
    taken = set()
    for spec in specs:
        src = None
        if spec.key in overrides:
            wanted = overrides[spec.key]
            src = by_norm.get(norm_name(wanted))
            if src is None:
                raise LptInputError(
                    tr("column mapping says {key}='{wanted}' but there is no such column "
                       "(columns present: {columns})").format(key=spec.key, wanted=wanted,
                                                              columns=", ".join(map(str, header))), path,
                    tr("correct the column mapping."))
        else:
            for cand in spec.candidates():
                if cand in by_norm and by_norm[cand] not in taken:
                    src = by_norm[cand]
                    break
        if src is not None:
            result.mapping[spec.key] = src
            taken.add(src)
        elif spec.required:
            raise LptInputError(
                tr("required column '{key}' not found (accepted names: {names}; columns present: {columns})").format(
                    key=spec.key, names=", ".join([spec.key, *spec.aliases]), columns=", ".join(map(str, header))),
                path,
                tr("rename the column or map it, e.g. COLUMN_MAP '{key}=<your column name>'.").format(key=spec.key))
    result.unused = [h for h in header if h not in taken]
    return result
