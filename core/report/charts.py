"""Geometry of the small charts the HTML reports draw as inline SVG (the template draws, this measures)."""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence

import pandas as pd

OUTCOME_COLOURS = {"registered": "#2a9d8f", "surveyed": "#43aa8b", "already_registered": "#8ab17d",
                   "declined": "#9b2226", "not_in": "#e9c46a", "no_access": "#adb5bd"}


def stacked_bars(rows: pd.DataFrame, label: str, parts: Sequence[str], colours: Dict[str, str],
                 width: int = 640, height: int = 180, names: Optional[Dict[str, str]] = None) -> dict:
    """Bars of ``rows`` (one per row, labelled by column ``label``) stacked by ``parts``: rectangles with their
    value, a y-axis maximum and tick labels, in pixels of a ``width`` x ``height`` plot; a rectangle's title names
    its part by ``names`` (the part's label as shown) where given."""
    names = names or {}
    n = max(len(rows), 1)
    top = max(float(rows[list(parts)].sum(axis=1).max()) if len(rows) else 0.0, 1.0)
    step = width / n
    bar = min(step * 0.7, 48)
    rects: List[dict] = []
    for i, (_, r) in enumerate(rows.iterrows()):
        y = height
        for p in parts:
            h = height * float(r[p]) / top
            if h > 0:
                rects.append({"x": round(i * step + (step - bar) / 2, 1), "y": round(y - h, 1), "w": round(bar, 1),
                              "h": round(h, 1), "fill": colours[p], "title": f"{r[label]}: {int(r[p])} {names.get(p, p)}"})
            y -= h
    ticks = [{"x": round(i * step + step / 2, 1), "text": str(r[label])} for i, (_, r) in enumerate(rows.iterrows())]
    return {"rects": rects, "ticks": ticks, "max": int(top), "width": width, "height": height}
