"""Census 2021 tables by OA, LSOA or MSOA, long or wide, as published.

* long: one row per area x category (``lsoa21_code, ethnic_group, n``...);
* wide: one row per area, one column per category (Nomis bulk CSVs such as
  ``geography code, Ethnic group: Total: All usual residents, ...``, or coded
  columns like ``ts0300001`` decoded with the column-metadata file).

The accepted records keep the input rows; ``result.extra['long']`` is the tidy
table every later step uses: area_code, geography, topic, category, count,
total, share.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from .columns import ColumnSpec, norm_name
from .csvsource import open_csv
from ..errors import LptInputError
from .reader import RowChecker, TableReader
from .result import ImportResult
from ..config import read_config_csv
from .validate import geography_of_code, is_blank, to_number
from ..i18n import tr

CODE_ALIASES = ("geography code", "geography_code", "lsoa21_code", "lsoa21cd", "oa21_code", "oa21cd", "oa",
                "msoa21_code", "msoa21cd", "lsoa11cd", "lsoa11_code", "lsoa code", "area code", "mnemonic",
                "area_code", "code")
COUNT_NAMES = {"n", "count", "observation", "observations", "value", "obs", "count_value"}
SKIP_NAMES = {"date", "geography", "geographyname", "name", "lsoa21name", "msoa21name", "oa21name", "prop",
              "proportion", "share", "percentage", "percent"}


def decode_metadata(path: str) -> Dict[str, str]:
    """Column-code -> variable name map from a Census table metadata CSV (new_names, Variable_Name)."""
    md = read_config_csv(path, (), tr("Census metadata"))
    cols = {norm_name(c): c for c in md.columns}
    code_c = cols.get("newnames") or cols.get("code") or cols.get("columncode")
    name_c = cols.get("variablename") or cols.get("name")
    if not code_c or not name_c:
        raise LptInputError(tr("metadata file needs columns new_names and Variable_Name"), path,
                            tr("use the table metadata CSV published with the tables."))
    return dict(zip(md[code_c].str.strip(), md[name_c].str.strip()))


def clean_category(name: str) -> str:
    """'Religion: Christian; measures: Value' -> 'Christian'."""
    n = re.sub(r";\s*measures:.*$", "", str(name)).strip()
    if ":" in n:
        n = n.split(":")[-1].strip()
    return n


def parent_columns(columns: List[str], names: Dict[str, str]) -> set:
    """Columns whose category has sub-categories in the table ('Main language is not English' above 'Main
    language is not English: Can speak English well'): their counts are subtotals."""
    full = {h: str(names.get(h, h)).strip() for h in columns}
    return {h for h, n in full.items() if any(o != h and m.startswith(n + ":") for o, m in full.items())}


class CensusReader(TableReader):
    kind = "Census 2021"
    specs: List[ColumnSpec] = []

    def __init__(self, paths, topic: str = "", metadata_path: str = "", **kw):
        super().__init__(paths, **kw)
        self.topic = topic
        self.metadata = decode_metadata(metadata_path) if metadata_path else {}
        first = open_csv(self.paths[0], self.delimiter, self.encoding)
        self.header = first.header                # as read: after any 'sep=' line, in the file's own encoding
        self._layout(first.header)

    def _layout(self, header: List[str]) -> None:
        normed = {norm_name(h): h for h in header}
        override = self.column_map.get("area_code")
        code_col = override or next((normed[norm_name(a)] for a in CODE_ALIASES if norm_name(a) in normed), None)
        if code_col is None:
            raise LptInputError(tr("no area code column found (columns present: {columns})").format(
                columns=", ".join(header)), self.paths[0], tr("map it, e.g. COLUMN_MAP 'area_code=geography code'."))
        count_col = self.column_map.get("count") or next((h for h in header if norm_name(h) in COUNT_NAMES), None)
        rest = [h for h in header if h != code_col and h != count_col and norm_name(h) not in SKIP_NAMES
                and not norm_name(h).startswith("proportion")]
        if count_col:
            self.layout = "long"
            totals = [h for h in rest if norm_name(h).startswith("total")]
            cat = self.column_map.get("category") or next((h for h in rest if h not in totals), None)
            if cat is None:
                raise LptInputError(tr("long table has a count column but no category column"), self.paths[0],
                                    tr("map it, e.g. COLUMN_MAP 'category=ethnic_group'."))
            self.topic = self.topic or cat
            self.unique_key = ("area_code", "category")
            self.specs = [ColumnSpec("area_code", (code_col,), True), ColumnSpec("category", (cat,), True),
                          ColumnSpec("count", (count_col,), True),
                          ColumnSpec("total", tuple(totals[:1]), False)]
            self.value_cols: List[str] = []
        else:
            self.layout = "wide"
            names = {h: self.metadata.get(h, h) for h in rest}
            total = next((h for h in rest if "total" in names[h].lower()), None)
            self.value_cols = [h for h in rest if h != total]
            if not self.value_cols:
                raise LptInputError(tr("wide table has no category columns"), self.paths[0],
                                    tr("check the file is a Census table."))
            self.total_col = total
            self.category_names = {h: clean_category(names[h]) for h in self.value_cols}
            self.parents = parent_columns(self.value_cols, names)
            if not self.topic:
                first = names[self.value_cols[0]]
                self.topic = first.split(":")[0].strip() if ":" in first else "census"
            self.unique_key = "area_code"
            self.specs = [ColumnSpec("area_code", (code_col,), True)] + \
                ([ColumnSpec("total", (total,), False)] if total else []) + \
                [ColumnSpec(f"v{i}", (h,), True) for i, h in enumerate(self.value_cols)]
        self.column_map = {s.key: s.aliases[0] for s in self.specs if s.aliases}

    def output_columns(self) -> List[str]:
        return [s.key for s in self.specs]

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        code = df.area_code.str.upper().str.strip()
        geo = code.map(geography_of_code)
        chk.reject(~geo.isin(["OA", "LSOA", "MSOA", "WARD", "LAD"]), "area_code",
                   tr("not an OA, LSOA, MSOA, ward or LAD code"))
        df["area_code"] = code
        vcols = ["count"] if self.layout == "long" else [f"v{i}" for i in range(len(self.value_cols))]
        raw = {c: df[c].copy() for c in vcols + (["total"] if "total" in df else [])}    # the file's own text
        if self.layout == "long" and "category" in df:
            chk.reject(is_blank(df.category), "category", tr("category is blank"))
        for c in raw:
            self._check_count(chk, c, raw[c])
        if "total" in df and self.layout == "long":
            chk.reject(df.total.notna() & (df["count"] > df.total * 1.001 + 1), "count",
                       tr("count is larger than the area's total"), raw["count"])
        if "total" in df and self.layout == "wide":
            leaves = [c for c, h in zip(vcols, self.value_cols) if h not in self.parents]
            s = df[leaves].sum(axis=1)          # a parent category is the sum of its sub-categories: not again
            chk.reject(df.total.notna() & (s > df.total * 1.001 + 1), self.total_col or "total",
                       tr("categories add up to more than the total"), raw["total"])

    def _check_count(self, chk: RowChecker, c: str, raw: pd.Series) -> None:
        """A count: a whole, finite, non-negative number (the total may be blank); the column holds numbers after."""
        df = chk.df
        v = to_number(raw)
        label = c if self.layout == "long" or c == "total" else self.value_cols[int(c[1:])]
        blank_ok = c == "total"
        chk.reject(~(blank_ok & is_blank(raw)) & v.isna(), label, tr("count is not a number"), raw)
        chk.reject(v.notna() & ~np.isfinite(v), label, tr("count is not a finite number"), raw)
        chk.reject(v < 0, label, tr("count is negative"), raw)
        chk.reject(np.isfinite(v) & (v != v.round()), label, tr("count is not a whole number"), raw)
        df[c] = v

    def finish(self, result: ImportResult) -> None:
        acc = result.accepted
        if self.layout == "long":
            long = pd.DataFrame({"area_code": acc.area_code, "category": acc.category.astype(str),
                                 "count": acc["count"].astype(float),
                                 "total": acc["total"] if "total" in acc else np.nan})
            if long.total.isna().all():
                long["total"] = long.groupby("area_code")["count"].transform("sum")
        else:
            vcols = [f"v{i}" for i in range(len(self.value_cols))]
            long = acc.melt(id_vars=["area_code"] + (["total"] if "total" in acc else []), value_vars=vcols,
                            var_name="vcol", value_name="count")
            long["category"] = long.vcol.map({f"v{i}": self.category_names[h] for i, h in enumerate(self.value_cols)})
            if "total" not in long or long.total.isna().all():       # the sum of the leaves, parents not again
                parent = long.vcol.isin({f"v{i}" for i, h in enumerate(self.value_cols) if h in self.parents})
                long["total"] = long["count"].where(~parent, 0).groupby(long.area_code).transform("sum")
            long = long.drop(columns="vcol")
        long["total"] = long["total"].astype(float)
        long["geography"] = long.area_code.map(geography_of_code)
        long["topic"] = self.topic
        long["share"] = np.where(long.total > 0, long["count"] / long.total, np.nan)
        result.extra["long"] = long[["area_code", "geography", "topic", "category", "count", "total", "share"]] \
            .reset_index(drop=True)
        result.extra["layout"] = self.layout
