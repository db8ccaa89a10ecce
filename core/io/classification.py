"""Socio-economic classification and deprivation readers.

* CACI Acorn by postcode (category / group / type, with names when given);
* ONS Output Area Classification 2021 by OA (supergroup / group / subgroup),
  also accepted at LSOA level (dominant subgroup);
* English Indices of Deprivation 2019 (LSOA 2011) and 2025 (LSOA 2021), as
  MHCLG publishes them or as tidy tables (``IMD_decile``, ``IMD_rank``...);
* the ONS LSOA 2011 -> 2021 lookup (LSOA11CD, LSOA21CD, CHGIND).
"""
from __future__ import annotations

from typing import List

import numpy as np
import pandas as pd

from .columns import ColumnSpec
from .reader import RowChecker, TableReader
from .validate import LSOA_RE, OA_RE, is_blank, normalise_postcode, to_number, whole_number_text
from ..i18n import tr

# ---------------------------------------------------------------- Acorn
ACORN_SPECS = [
    ColumnSpec("postcode", ("pcds", "pcd", "post code"), True, "", "HU5 2LS"),
    ColumnSpec("acorn_category", ("acorn category", "category", "category code"), True, "1-7", "5"),
    ColumnSpec("acorn_group", ("acorn group", "group", "group code"), False, "letter", "O"),
    ColumnSpec("acorn_type", ("acorn type", "type", "type code"), False, "number", "48"),
    ColumnSpec("acorn_category_name", ("acorn category name", "category name", "category description"), False),
    ColumnSpec("acorn_group_name", ("acorn group name", "group name", "group description"), False),
    ColumnSpec("acorn_type_name", ("acorn type name", "type name", "type description"), False),
]


class AcornReader(TableReader):
    """CACI Acorn by postcode (licensed data: users load their own file)."""
    kind = "Acorn"
    specs = ACORN_SPECS
    unique_key = "postcode"
    key_has_own_form = True            # normalise_postcode

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        pc, ok = normalise_postcode(df.postcode)
        chk.reject(~ok, "postcode", tr("not a valid UK postcode"))
        cat = to_number(df.acorn_category)
        chk.reject(~cat.between(1, 7) | (cat != cat.round()), "acorn_category", tr("Acorn category is not 1-7"))
        grp = df.acorn_group.str.strip().str.upper()
        chk.reject((grp != "") & ~grp.str.match(r"^[A-Z]$"), "acorn_group", tr("Acorn group is not a letter A-Z"))
        typ = to_number(df.acorn_type)
        chk.reject(~is_blank(df.acorn_type) & (~typ.between(1, 70) | (typ != typ.round())), "acorn_type",
                   tr("Acorn type is not a number 1-70"))
        df["postcode"] = pc
        df["acorn_category"] = whole_number_text(cat)
        df["acorn_group"] = grp
        df["acorn_type"] = whole_number_text(typ)


# ---------------------------------------------------------------- OAC 2021
OAC_SUPERGROUPS = {  # ONS 2021 OAC supergroup names
    "1": "Retired Professionals", "2": "Suburbanites & Peri-Urbanites",
    "3": "Multicultural & Educated Urbanites", "4": "Low-Skilled Migrant & Student Communities",
    "5": "Ethnically Diverse Suburban Professionals", "6": "Baseline UK",
    "7": "Semi- & Un-Skilled Workforce", "8": "Legacy Communities",
}

OAC_SPECS = [
    ColumnSpec("area_code", ("Geography_Code", "oa21cd", "oa21_code", "oa code", "output area", "oa",
                             "geography code", "lsoa21cd", "lsoa21_code"), True, "OA21 (or LSOA21)", "E00064333"),
    ColumnSpec("supergroup", ("supergroup code", "supergroup", "sprgrp"), True, "1-8", "6"),
    ColumnSpec("group", ("group code", "group", "grp"), True, "e.g. 6b", "6b"),
    ColumnSpec("subgroup", ("subgroup code", "subgroup", "subgrp"), False, "e.g. 6b3", "6b3"),
    ColumnSpec("supergroup_name", ("supergroup name",), False),
    ColumnSpec("group_name", ("group name",), False),
    ColumnSpec("subgroup_name", ("subgroup name",), False),
]


class OacReader(TableReader):
    kind = "Output Area Classification 2021"
    specs = OAC_SPECS
    unique_key = "area_code"

    def output_columns(self) -> List[str]:
        return [s.key for s in self.specs] + ["level"]

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        code = df.area_code.str.upper()
        is_oa, is_lsoa = code.str.match(OA_RE), code.str.match(LSOA_RE)
        chk.reject(~(is_oa | is_lsoa), "area_code", tr("not an Output Area (E00...) or LSOA (E01...) code"))
        sg, g, sub = df.supergroup.str.strip(), df.group.str.strip().str.lower(), df.subgroup.str.strip().str.lower()
        chk.reject(~sg.str.match(r"^[1-8]$"), "supergroup", tr("supergroup is not 1-8"))
        chk.reject(~g.str.match(r"^[1-8][a-d]$") | (g.str[0] != sg), "group",
                   tr("group is not like '6b' within its supergroup"))
        chk.reject((sub != "") & (~sub.str.match(r"^[1-8][a-d][1-4]$") | (sub.str[:2] != g)), "subgroup",
                   tr("subgroup is not like '6b3' within its group"))
        df["area_code"], df["group"], df["subgroup"] = code, g, sub
        df["level"] = is_oa.map({True: "OA", False: "LSOA"})
        df["supergroup_name"] = df.supergroup_name.where(df.supergroup_name != "", sg.map(OAC_SUPERGROUPS).fillna(""))


# ---------------------------------------------------------------- IMD / IoD
_DOMAINS = ["income", "employment", "education", "health", "crime", "housing", "environment"]
MAX_RANK = 40_000       # England has 33,755 LSOAs (2021), Wales 1,917: a rank above this is not a rank
_DOMAIN_ALIASES = {
    "income": ("Income",), "employment": ("Employment",),
    "education": ("Education", "Education, Skills and Training"),
    "health": ("Health", "Health Deprivation and Disability"),
    "crime": ("Crime",),
    "housing": ("Housing_and_Access", "Housing_and_Services", "Barriers to Housing and Services"),
    "environment": ("Environment", "Living Environment"),
}


def _imd_specs() -> List[ColumnSpec]:
    specs = [
        ColumnSpec("lsoa_code", ("lsoa11_code", "lsoa21_code", "LSOA code (2011)", "LSOA code (2021)", "lsoa11cd",
                                 "lsoa21cd", "lsoa code", "lsoa"), True, "", "E01012756"),
        ColumnSpec("imd_decile", ("IMD_decile", "Index of Multiple Deprivation (IMD) Decile",
                                  "Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)",
                                  "imd decile"), True, "1 = most deprived", "4"),
        ColumnSpec("imd_rank", ("IMD_rank", "Index of Multiple Deprivation (IMD) Rank",
                                "Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)"), False,
                   "1 = most deprived", "11457"),
        ColumnSpec("imd_score", ("IMD_score", "Index of Multiple Deprivation (IMD) Score"), False),
    ]
    for d in _DOMAINS:
        al = _DOMAIN_ALIASES[d]
        specs.append(ColumnSpec(f"{d}_decile", tuple(f"{a}_decile" for a in al) + tuple(
            f"{a} Decile (where 1 is most deprived 10% of LSOAs)" for a in al) + tuple(f"{a} Domain Decile (where 1 is most deprived 10% of LSOAs)" for a in al), False))
    return specs


def _optional(chk: RowChecker, column: str, not_a_number: str) -> pd.Series:
    """An optional column's numbers (NaN where blank); text that is not a finite number is rejected."""
    blank = is_blank(chk.df[column])
    v = to_number(chk.df[column])
    chk.reject(~blank & (v.isna() | ~np.isfinite(v.fillna(0))), column, not_a_number)
    return v.where(~blank & np.isfinite(v.fillna(0)))


class ImdReader(TableReader):
    """English Indices of Deprivation: edition '2019' (LSOA 2011) or '2025' (LSOA 2021) or 'auto'."""
    kind = "Indices of Deprivation"
    specs = _imd_specs()
    unique_key = "lsoa_code"

    def __init__(self, paths, edition: str = "auto", **kw):
        super().__init__(paths, **kw)
        self.edition = edition

    def output_columns(self) -> List[str]:
        return [s.key for s in self.specs] + ["edition", "lsoa_vintage"]

    def open(self, path):
        src = super().open(path)
        if self.edition == "auto":
            h = " ".join(src.header).lower()
            self._file_edition = "2025" if ("2021" in h or "lsoa21" in h or "housing_and_services" in h) else \
                ("2019" if ("2011" in h or "lsoa11" in h) else "")
        else:
            self._file_edition = self.edition
        return src

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        code = df.lsoa_code.str.upper().str.strip()
        chk.reject(~code.str.match(LSOA_RE), "lsoa_code", tr("not an LSOA code (E01... or W01...)"))
        dec = to_number(df.imd_decile)
        chk.reject(~dec.between(1, 10) | (dec != dec.round()), "imd_decile", tr("IMD decile is not 1-10"))
        rank = _optional(chk, "imd_rank", tr("IMD rank is not a number"))
        chk.reject(rank.notna() & ~((rank >= 1) & (rank <= MAX_RANK) & (rank == rank.round())), "imd_rank",
                   tr("IMD rank is not a whole number from 1 to {most:,} (the number of LSOAs)").format(most=MAX_RANK))
        df["imd_score"] = _optional(chk, "imd_score", tr("IMD score is not a number"))
        for d in _DOMAINS:
            v = _optional(chk, f"{d}_decile", tr("{domain} decile is not a number").format(domain=d))
            chk.reject(v.notna() & ~(v.between(1, 10) & (v == v.round())), f"{d}_decile",
                       tr("{domain} decile is not a whole number from 1 to 10").format(domain=d))
            df[f"{d}_decile"] = v.where(v.between(1, 10) & (v == v.round())).astype("Int64")   # numbers, not text
        df["lsoa_code"] = code
        df["imd_decile"] = dec.where(dec.between(1, 10) & (dec == dec.round())).astype("Int64")  # a whole number
        df["imd_rank"] = rank
        ed = self._file_edition or "unknown"
        df["edition"] = ed
        df["lsoa_vintage"] = {"2019": "2011", "2025": "2021"}.get(ed, "unknown")


# ---------------------------------------------------------------- LSOA lookup
LOOKUP_SPECS = [
    ColumnSpec("lsoa11_code", ("LSOA11CD", "lsoa11"), True, "", "E01012782"),
    ColumnSpec("lsoa21_code", ("LSOA21CD", "lsoa21"), True, "", "E01012782"),
    ColumnSpec("change", ("CHGIND", "change_code", "change indicator"), False, "U/S/M/X", "U"),
    ColumnSpec("lsoa11_name", ("LSOA11NM",), False), ColumnSpec("lsoa21_name", ("LSOA21NM",), False),
    ColumnSpec("lad_code", ("LAD22CD", "ltla22_code", "lad code"), False),
    ColumnSpec("lad_name", ("LAD22NM", "ltla22_name", "lad name"), False),
]


class LsoaLookupReader(TableReader):
    """ONS LSOA (2011) to LSOA (2021) lookup: U unchanged, S split, M merged, X irregular."""
    kind = "LSOA 2011-2021 lookup"
    specs = LOOKUP_SPECS
    unique_key = ("lsoa11_code", "lsoa21_code")

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        for c in ("lsoa11_code", "lsoa21_code"):
            df[c] = df[c].str.upper()
            chk.reject(~df[c].str.match(LSOA_RE), c, tr("not an LSOA code (E01... or W01...)"))
        ch = df.change.str.upper().str.strip()
        chk.reject((ch != "") & ~ch.isin(["U", "S", "M", "X"]), "change", tr("change indicator is not U, S, M or X"))
        df["change"] = ch
        # a repeated pair is rejected by the engine (unique_key), naming the first row, in any chunk
