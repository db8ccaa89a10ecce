"""Crime readers: police.uk street-level CSVs and a generic force extract.

police.uk files are read exactly as downloaded (one file, several, or a folder
of monthly files; LSOA 2011 or 2021 codes).  Both readers add British National
Grid ``easting``/``northing`` so later steps work in metres.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Set

import numpy as np
import pandas as pd

from .columns import ColumnSpec
from .vocab import POLICE_UK_CATEGORIES
from .geo import in_bng_bounds, parse_crs, to_bng
from .reader import WHOLE_ROW, RowChecker, TableReader
from .plausible import area_of_use, outside_area_of_use, swapped, zero_grid
from .result import ImportResult
from .validate import (LSOA_RE, POLICE_UK_FIRST, checked_dates, checked_number, is_blank, iso_text, parse_month,
                       reject_implausible_dates)
from ..i18n import tr

_CAT_LOOKUP = {c.lower(): c for c in POLICE_UK_CATEGORIES}
_CAT_LOOKUP.update({"anti social behaviour": "Anti-social behaviour", "antisocial behaviour": "Anti-social behaviour",
                    "violent crime": "Violence and sexual offences", "public disorder and weapons": "Public order",
                    "criminal damage & arson": "Criminal damage and arson",
                    "violence & sexual offences": "Violence and sexual offences"})

POLICE_UK_SPECS = [
    ColumnSpec("crime_id", ("Crime ID",), False, "blank for anti-social behaviour", "dfa40ce31503..."),
    ColumnSpec("month", (), True, "YYYY-MM", "2024-01"),
    ColumnSpec("reported_by", ("Reported by",), False, "", "Humberside Police"),
    ColumnSpec("falls_within", ("Falls within",), False, "", "Humberside Police"),
    ColumnSpec("longitude", ("lon", "long"), True, "WGS84", "-0.336"),
    ColumnSpec("latitude", ("lat",), True, "WGS84", "53.745"),
    ColumnSpec("location", (), False, "'On or near <street>'", "On or near Spring Bank"),
    ColumnSpec("lsoa_code", ("LSOA code",), False, "2011 or 2021 LSOA", "E01012800"),
    ColumnSpec("lsoa_name", ("LSOA name",), False, "", "Kingston upon Hull 019C"),
    ColumnSpec("crime_type", ("Crime type", "category"), True, "one of 14 police.uk types", "Burglary"),
    ColumnSpec("outcome", ("Last outcome category", "last outcome"), False, "", "Under investigation"),
    ColumnSpec("context", (), False, "", ""),
]

LOCATION_PREFIX = re.compile(r"^\s*on or near\s+", re.I)


def street_from_location(loc: pd.Series) -> pd.Series:
    """'On or near Spring Bank' -> 'Spring Bank'; other text unchanged."""
    return loc.str.replace(LOCATION_PREFIX, "", regex=True).str.strip()


class PoliceUkReader(TableReader):
    kind = "police.uk crimes"
    specs = POLICE_UK_SPECS
    key_columns = ("crime_id", "lsoa_code")
    # police.uk Crime IDs are not unique: the same id is published for different places or outcomes, and such
    # records are kept (``id_shared`` counts them).  A row that repeats an earlier row exactly (same Crime ID and
    # every field) is the same crime published twice: it is rejected, naming the row it repeats.  Anti-social
    # behaviour rows have no id: identical ones are separate incidents and are kept.
    unique_key = WHOLE_ROW
    unique_requires = "crime_id"

    @property
    def duplicate_label(self) -> str:
        return tr("exact duplicate of an earlier crime (same Crime ID and every field)")

    def __init__(self, paths, lsoa11_codes: Optional[Set[str]] = None,
                 lsoa21_codes: Optional[Set[str]] = None, **kw):
        super().__init__(paths, **kw)
        self.lsoa11 = set(lsoa11_codes or ())
        self.lsoa21 = set(lsoa21_codes or ())
        self._vintage_votes: Dict[str, List[int]] = {}
        self._id_hashes: List[np.ndarray] = []
        self._other_months: Dict[str, str] = {}      # a month written otherwise than YYYY-MM -> what it was read as
        self._other_rows = 0

    def output_columns(self) -> List[str]:
        return ["crime_id", "month", "crime_type", "location", "street", "lsoa_code", "lsoa_name",
                "outcome", "context", "reported_by", "falls_within", "longitude", "latitude",
                "easting", "northing", "lsoa_vintage"]

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        month = parse_month(df.month)
        chk.reject(month.isna(), "month", tr("not a month (police.uk uses YYYY-MM)"))
        self._note_other_months(df.month, month)
        reject_implausible_dates(chk, month, "month", tr("month"), earliest=POLICE_UK_FIRST)
        for col in ("longitude", "latitude"):
            chk.reject(is_blank(df[col]), col, tr("no location (police.uk publishes some records without one)"))
        lon = checked_number(chk, "longitude", tr("longitude is not a number"), thousands=False)
        lat = checked_number(chk, "latitude", tr("latitude is not a number"), thousands=False)
        swapped = lon.between(49, 61) & lat.between(-9, 2.5)
        if swapped.any():                              # the value shown: both, built for these rows only
            chk.reject(swapped, "longitude", tr("longitude and latitude look swapped"),
                       df.longitude.astype(str) + ", " + df.latitude.astype(str))
        chk.reject(~lon.between(-9, 2.5), "longitude",
                   tr("longitude is outside Great Britain (-9 to 2.5 degrees east; WGS84 expected)"))
        chk.reject(~lat.between(49, 61), "latitude",
                   tr("latitude is outside Great Britain (49 to 61 degrees north; WGS84 expected)"))
        ctype = df.crime_type.str.strip().str.lower().map(_CAT_LOOKUP)
        chk.reject(ctype.isna(), "crime_type", tr("not a police.uk crime type"))
        code = df.lsoa_code.str.strip().str.upper()
        chk.reject((code != "") & ~code.str.match(LSOA_RE), "lsoa_code", tr("not an LSOA code (E01... or W01...)"))
        df["crime_type"] = ctype
        df["month"] = iso_text(month, "M")
        df["lsoa_code"] = code
        df["street"] = street_from_location(df.location)
        e, n = to_bng(lon.fillna(0).values, lat.fillna(0).values, "EPSG:4326")
        df["longitude"], df["latitude"] = lon, lat
        df["easting"], df["northing"] = np.round(e, 1), np.round(n, 1)
        live = chk.live
        f = df["__file"].iloc[0] if len(df) else ""
        votes = self._vintage_votes.setdefault(f, [0, 0])
        if self.lsoa11 or self.lsoa21:
            codes = live.lsoa_code
            votes[0] += int((codes.isin(self.lsoa11) & ~codes.isin(self.lsoa21)).sum())
            votes[1] += int((codes.isin(self.lsoa21) & ~codes.isin(self.lsoa11)).sum())
            df["lsoa_vintage"] = _vintage(votes)
        else:
            df["lsoa_vintage"] = "unknown"

    def _check_unique(self, chk: RowChecker, src) -> None:
        """Exact repeats rejected (see the class); then the ids of the records kept, for ``id_shared``."""
        super()._check_unique(chk, src)
        ids = chk.live.crime_id[chk.live.crime_id != ""]
        self._id_hashes.append(pd.util.hash_pandas_object(ids, index=False).values)

    def _note_other_months(self, text: pd.Series, month: pd.Series) -> None:
        """Months written otherwise than police.uk's YYYY-MM ('01/2024', '2024-01-15'): read, and said in a note."""
        other = month.notna() & ~text.str.strip().str.match(r"^\d{4}-\d{2}$")
        if other.any():
            self._other_rows += int(other.sum())
            seen = pd.DataFrame({"t": text[other].str.strip(), "m": month[other].dt.strftime("%Y-%m")})
            for t, m in seen.drop_duplicates("t").head(3).itertuples(index=False):
                self._other_months.setdefault(t, m)

    def finish(self, result: ImportResult) -> None:
        if self._other_rows:
            shown = ", ".join(tr("'{text}' as {month}").format(text=t, month=m)
                              for t, m in list(self._other_months.items())[:3])
            self.notes.append(tr("{n:,} rows give the month otherwise than police.uk's YYYY-MM; read {shown}").format(
                n=self._other_rows, shown=shown))
        result.extra["lsoa_vintage"] = {f: _vintage(v) for f, v in self._vintage_votes.items()}
        allh = np.concatenate(self._id_hashes) if self._id_hashes else np.empty(0, dtype="uint64")
        _, counts = np.unique(allh, return_counts=True)
        shared = int(counts[counts > 1].sum())
        result.extra["id_shared"] = shared
        if shared:
            self.notes.append(tr("{n:,} records share a Crime ID with another record; police.uk publishes "
                                 "such ids for different places or outcomes, so they are kept").format(n=shared))
        if len(result.accepted):
            result.extra["months"] = sorted(result.accepted.month.unique())


def _vintage(votes) -> str:
    v11, v21 = votes
    return "2021" if v21 > v11 else ("2011" if v11 > v21 else "either")


FORCE_SPECS = [
    ColumnSpec("crime_id", ("id", "crime id", "crime reference", "crime ref", "urn", "occurrence id",
                            "incident id", "crn"), True, "", "HU/24/000123"),
    ColumnSpec("date", ("committed date", "offence date", "occurred", "date committed", "crime date",
                        "recorded date", "start date"), True, "", "14/01/2024"),
    ColumnSpec("category", ("offence category", "offence type", "crime type", "ho class", "offence",
                            "crime category"), True, "", "Burglary - Residential"),
    ColumnSpec("x", ("easting", "lon", "longitude", "x coord", "xcoord", "grid x", "map x"), True, "", "509944"),
    ColumnSpec("y", ("northing", "lat", "latitude", "y coord", "ycoord", "grid y", "map y"), True, "", "428177"),
    ColumnSpec("location", ("street", "address area", "location text", "beat"), False,
               "street or area text (no house numbers)", "Spring Bank"),
]


class ForceCrimeReader(TableReader):
    """A force's own crime extract: id, date, offence category, x/y in a CRS the user picks."""
    kind = "force crimes"
    specs = FORCE_SPECS
    unique_key = "crime_id"

    def __init__(self, paths, crs: str = "EPSG:27700", **kw):
        super().__init__(paths, **kw)
        self.crs = parse_crs(crs, self.paths[0])
        self.crs_text = self.crs.to_string()
        self.geographic = self.crs.is_geographic
        self.unknown: Dict[str, int] = {}        # offence categories no rule maps, with their crimes

    def output_columns(self) -> List[str]:
        return ["crime_id", "date", "month", "category", "crime_type", "location", "x", "y", "easting", "northing"]

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        chk.reject(is_blank(df.crime_id), "crime_id", tr("crime id is blank"))
        d = checked_dates(chk, df.date, "date", tr("offence date"))
        chk.reject(is_blank(df.category), "category", tr("offence category is blank"))
        grouped = not self.geographic                            # '509,944' is an easting; '-0,336' no longitude
        x = checked_number(chk, "x", tr("x is not a number"), thousands=grouped)
        y = checked_number(chk, "y", tr("y is not a number"), thousands=grouped)
        xy = df.x.astype(str) + ", " + df.y.astype(str)          # shown as the value of a coordinate reject
        if self.geographic:
            chk.reject(x.between(49, 61) & y.between(-9, 2.5), "x", tr("x (longitude) and y (latitude) look swapped"),
                       xy)
            chk.reject(~x.between(-180, 180), "x", tr("x is not a longitude (-180 to 180 degrees)"))
            chk.reject(~y.between(-90, 90), "y", tr("y is not a latitude (-90 to 90 degrees)"))
        else:
            chk.reject(pd.Series(zero_grid(x, y), index=df.index), "x",
                       tr("x (easting) or y (northing) is 0, or the point lies within 1 km of the grid's origin: a "
                          "missing grid reference written as 0, or longitude/latitude given as metres"), xy)
        e, n = to_bng(x.fillna(0).values, y.fillna(0).values, self.crs_text)
        inside = pd.Series(in_bng_bounds(e, n), index=df.index)
        chk.reject(~inside, "x", tr("point (x, y) falls outside Great Britain in {crs}").format(crs=self.crs_text), xy)
        self._reject_implausible(chk, x, y, xy)
        df["date"] = iso_text(d)
        df["month"] = iso_text(d, "M")
        self._crime_types(chk)
        df["x"], df["y"] = x, y
        df["easting"], df["northing"] = np.round(e, 1), np.round(n, 1)

    def _crime_types(self, chk: RowChecker) -> None:
        """The police.uk type of each offence category (the category kept as the file has it)."""
        from .crime_categories import map_categories
        live = chk.alive.values
        types, unknown = map_categories(chk.df.category.where(live, "").astype(str))
        chk.df["crime_type"] = types
        for c, n in unknown.items():
            self.unknown[c] = self.unknown.get(c, 0) + n

    def finish(self, result: ImportResult) -> None:
        from .crime_categories import unknown_note
        note = unknown_note(self.unknown)
        if note:
            result.notes.append(note)

    def _reject_implausible(self, chk: RowChecker, x: pd.Series, y: pd.Series, xy: pd.Series) -> None:
        """x/y outside the CRS's area of use, or (projected) easting and northing swapped."""
        w, s, e, n, name = area_of_use(self.crs_text)
        out = pd.Series(outside_area_of_use(x.values, y.values, self.crs_text), index=x.index)
        text = tr("x and y lie outside the area where {crs} is defined ({name}: longitude {w:g} to {e:g}, "
                  "latitude {s:g} to {n:g}); are x and y swapped?") if self.geographic else \
            tr("x and y lie outside the area where {crs} is defined ({name}: longitude {w:g} to {e:g}, "
               "latitude {s:g} to {n:g})")
        chk.reject(out & x.notna() & y.notna(), "x", text.format(crs=self.crs_text, name=name, w=w, e=e, s=s, n=n), xy)
        if not self.geographic:
            live = chk.alive.values
            sw = pd.Series(swapped(x.values, y.values, live), index=x.index)
            chk.reject(sw, "x", tr("x (easting) and y (northing) look swapped: the point lies far from the file's "
                                   "other records and, swapped, among them"), xy)
