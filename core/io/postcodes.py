"""Postcode lookups as published: ONS Postcode Directory / NSPL and OS Code-Point Open.

Both give a British National Grid centroid per postcode; ONSPD/NSPL may also
carry OA/LSOA/ward/LAD codes, which are kept when present.  Postcodes are
normalised (case, spaces) to the 'pcds' form ('HU1 1AA').
"""
from __future__ import annotations

from typing import List

import numpy as np
import pandas as pd

from .columns import ColumnSpec
from .geo import in_bng_bounds
from .plausible import swapped, zero_grid
from .reader import RowChecker, TableReader
from .validate import PC_PATTERN, is_blank, normalise_postcode, to_number
from ..i18n import tr

ONSPD_SPECS = [
    ColumnSpec("postcode", ("pcds", "pcd", "pcd7", "pcd8", "pcd2", "postcode"), True, "", "HU1 1AA"),
    ColumnSpec("easting", ("oseast1m", "east1m", "x"), True, "metres, EPSG:27700", "510027"),
    ColumnSpec("northing", ("osnrth1m", "north1m", "y"), True, "metres, EPSG:27700", "428807"),
    ColumnSpec("quality", ("osgrdind", "positional quality", "pq"), False, "9 = no grid ref", "1"),
    ColumnSpec("terminated", ("doterm", "date of termination"), False, "YYYYMM if terminated", ""),
    ColumnSpec("oa11", ("oa11", "oa11cd"), False),
    ColumnSpec("lsoa11", ("lsoa11", "lsoa11cd"), False),
    ColumnSpec("oa21", ("oa21", "oa21cd"), False),
    ColumnSpec("lsoa21", ("lsoa21", "lsoa21cd"), False),
    ColumnSpec("ward", ("osward", "wd", "ward code", "wardcd"), False),
    ColumnSpec("lad", ("laua", "oslaua", "lad", "ladcd", "local authority"), False),
]

CODEPOINT_COLUMNS = ["PC", "PQ", "EA", "NO", "CY", "RH", "LH", "CC", "DC", "WC"]
CODEPOINT_SPECS = [
    ColumnSpec("postcode", ("PC",), True), ColumnSpec("quality", ("PQ",), True),
    ColumnSpec("easting", ("EA",), True), ColumnSpec("northing", ("NO",), True),
    ColumnSpec("country", ("CY",), False), ColumnSpec("nhs_region", ("RH",), False),
    ColumnSpec("nhs_ha", ("LH",), False), ColumnSpec("county", ("CC",), False),
    ColumnSpec("lad", ("DC",), False), ColumnSpec("ward", ("WC",), False),
]

OUTPUT = ["postcode", "easting", "northing", "quality", "terminated", "oa11", "lsoa11", "oa21", "lsoa21",
          "ward", "lad"]


class _PostcodeBase(TableReader):
    unique_key = "postcode"
    key_has_own_form = True            # normalise_postcode: case, spaces and every other character ignored

    def output_columns(self) -> List[str]:
        return OUTPUT

    def _common(self, chk: RowChecker) -> None:
        df = chk.df
        chk.reject(is_blank(df.postcode), "postcode", tr("postcode is blank"))
        pc, ok = normalise_postcode(df.postcode)
        chk.reject(~ok, "postcode", tr("not a valid UK postcode"))
        df["postcode"] = pc
        e, n = to_number(df.easting), to_number(df.northing)
        chk.reject(is_blank(df.easting) | is_blank(df.northing), "easting", tr("no grid reference"))
        chk.reject(e.isna(), "easting", tr("easting is not a number"))
        chk.reject(n.isna(), "northing", tr("northing is not a number"))
        chk.reject((e == 0) & (n == 0), "easting", tr("no grid reference (0,0)"))
        en = df.easting.astype(str) + ", " + df.northing.astype(str)
        chk.reject(pd.Series(zero_grid(e, n), index=df.index), "easting",
                   tr("easting or northing is 0, or within 1 km of the grid's origin: a missing grid reference"), en)
        chk.reject(pd.Series(swapped(e.values, n.values, chk.alive.values), index=df.index), "easting",
                   tr("easting and northing look swapped: the point lies far from the file's other postcodes and, "
                      "swapped, among them"), en)
        chk.reject(~pd.Series(in_bng_bounds(e.values, n.values), index=df.index), "easting",
                   tr("grid reference outside Great Britain"))
        df["easting"], df["northing"] = e, n


class OnspdReader(_PostcodeBase):
    """ONS Postcode Directory, National Statistics Postcode Lookup, or any pcd/east/north table."""
    kind = "postcodes (ONSPD/NSPL)"
    specs = ONSPD_SPECS

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        chk.reject(df.quality.str.strip() == "9", "quality", tr("no grid reference (osgrdind 9)"))
        self._common(chk)


def _codepoint_is_data(first_row) -> bool:
    compact = "".join(ch for ch in str(first_row[0]).upper() if ch.isalnum()) if first_row else ""
    return bool(PC_PATTERN.match(compact))


class CodePointReader(_PostcodeBase):
    """OS Code-Point Open: headerless CSV, documented column order PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC."""
    kind = "postcodes (Code-Point Open)"
    specs = CODEPOINT_SPECS
    header_names = CODEPOINT_COLUMNS

    def headerless_test(self, first_row) -> bool:
        return _codepoint_is_data(first_row)

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        chk.reject(df.quality.str.strip() == "90", "quality", tr("no coordinates (positional quality 90)"))
        self._common(chk)
        for c in ("terminated", "oa11", "lsoa11", "oa21", "lsoa21"):
            df[c] = ""


def sniff_postcode_format(path: str) -> str:
    """'codepoint' when the first row is data (Code-Point Open has no header), else 'onspd'."""
    from .csvsource import open_csv
    src = open_csv(path, header_names=CODEPOINT_COLUMNS, headerless_test=_codepoint_is_data)
    return "codepoint" if not src.has_header else "onspd"


def postcode_reader(paths, fmt: str = "auto", **kw) -> _PostcodeBase:
    from .csvsource import expand_paths
    first = expand_paths(paths)[0]
    if fmt == "auto":
        fmt = sniff_postcode_format(first)
    return CodePointReader(paths, **kw) if fmt == "codepoint" else OnspdReader(paths, **kw)
