"""Insight for one period at street, area and force level (aggregates only).

Members are counted as they stood at the end of the period (registered by
then; opted out by then or active).  Crimes count by police.uk month, survey
responses by submitted date.  Survey-derived figures (mean trust and
confidence, priority shares, demographic coverage) are suppressed (NULL) when
fewer than ``suppress_below`` people stand behind them, so that no aggregate
discloses one person's answer.  No personal field (name, contact, member id)
appears in any output of this module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..config import config_path, read_config_csv
from ..io.vocab import DEMOGRAPHIC_FIELDS, POLICE_UK_CATEGORIES
from ..errors import LptInputError
from ..i18n import tr
from ..link.link import LinkInputs, Links
from ..link.scope import _rows, household_estimates

CRIME_FIELDS = {  # police.uk category -> output field (short enough for any format)
    "Anti-social behaviour": "c_asb", "Bicycle theft": "c_bicycle", "Burglary": "c_burglary",
    "Criminal damage and arson": "c_damage", "Drugs": "c_drugs", "Other crime": "c_other",
    "Other theft": "c_oth_theft", "Possession of weapons": "c_weapons", "Public order": "c_pub_order",
    "Robbery": "c_robbery", "Shoplifting": "c_shoplift", "Theft from the person": "c_person",
    "Vehicle crime": "c_vehicle", "Violence and sexual offences": "c_violence",
}
assert set(CRIME_FIELDS) == set(POLICE_UK_CATEGORIES)
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Period:
    start: str   # YYYY-MM, inclusive
    end: str     # YYYY-MM, inclusive
    label: str = ""

    def __post_init__(self):
        for v in (self.start, self.end):
            if not MONTH_RE.match(str(v)):
                raise LptInputError(tr("period month '{month}' is not YYYY-MM").format(month=v), "PERIOD",
                                    tr("write months like 2024-01."))
        if self.start > self.end:
            raise LptInputError(tr("period starts ({start}) after it ends ({end})").format(start=self.start, end=self.end),
                                "PERIOD", tr("swap start and end."))

    @property
    def start_date(self) -> pd.Timestamp:
        return pd.Timestamp(self.start + "-01")

    @property
    def end_date(self) -> pd.Timestamp:
        return (pd.Period(self.end, freq="M").end_time).normalize()

    @property
    def months(self) -> int:
        return (pd.Period(self.end, freq="M") - pd.Period(self.start, freq="M")).n + 1

    @property
    def name(self) -> str:
        return self.label or (self.start if self.start == self.end else f"{self.start}..{self.end}")


MAX_HARM_WEIGHT = 100_000.0


def load_harm_weights(path: str = "") -> Dict[str, float]:
    """crime type -> harm weight, each a finite number from 0 to MAX_HARM_WEIGHT; else one clear error."""
    p = path or config_path("harm_weights.csv")
    df = read_config_csv(p, ("crime_type", "weight"), "harm weights")
    w = pd.to_numeric(df.weight.str.strip(), errors="coerce")
    bad = w.isna() | ~np.isfinite(w) | (w < 0) | (w > MAX_HARM_WEIGHT)
    if bad.any():
        i = int(np.flatnonzero(bad.values)[0])
        raise LptInputError(tr("row {row}, column weight: '{value}' for '{crime_type}' is not a number from 0 to "
                               "{limit:,.0f}").format(row=i + 2, value=df.weight.iat[i], crime_type=df.crime_type.iat[i],
                                                      limit=MAX_HARM_WEIGHT),
                            p, tr("give every crime type a weight in that range."))
    dup = df.crime_type.str.strip().duplicated()
    if dup.any():
        raise LptInputError(tr("crime type '{crime_type}' is listed twice").format(crime_type=df.crime_type[dup].iat[0]),
                            p, tr("list each type once."))
    return dict(zip(df.crime_type.str.strip(), w.astype(float)))


def weighted_median(values: pd.Series, weights: pd.Series) -> float:
    ok = values.notna() & weights.notna() & (weights > 0)
    if not ok.any():
        return np.nan
    v, w = values[ok].values, weights[ok].values
    o = np.argsort(v, kind="stable")
    cw = np.cumsum(w[o])
    return float(v[o][np.searchsorted(cw, cw[-1] / 2.0)])


def grouped_weighted_median(keys: pd.Series, values: pd.Series, weights: pd.Series) -> pd.Series:
    """Weighted median of ``values`` per key (the lower median, as :func:`weighted_median`), vectorised."""
    d = pd.DataFrame({"k": keys.values, "v": values.values, "w": weights.values})
    d = d[d.v.notna() & d.w.notna() & (d.w > 0)]
    if d.empty:
        return pd.Series(dtype=float)
    d = d.sort_values(["k", "v"], kind="stable")
    cw = d.groupby("k", observed=True).w.cumsum()
    half = d.groupby("k", observed=True).w.transform("sum") / 2.0
    return d[cw >= half].groupby("k", observed=True).v.first()


@dataclass
class Insight:
    period: Period
    streets: pd.DataFrame    # one row per street_id (+ geometry)
    areas: pd.DataFrame      # one row per area_code (+ geometry)
    force: pd.DataFrame      # one row
    reconciliation: Dict[str, int]


def _member_state(m: pd.DataFrame, p: Period) -> pd.DataFrame:
    reg = pd.to_datetime(m.registered, errors="coerce")
    opt = pd.to_datetime(m.opted_out.replace("", None), errors="coerce")
    m = m.assign(_reg=reg <= p.end_date, _new=(reg >= p.start_date) & (reg <= p.end_date))
    m["_out"] = m._reg & opt.notna() & (opt <= p.end_date)
    m["_active"] = m._reg & ~m._out
    return m[m._reg]


def _household_estimates(links: Links) -> pd.Series:
    """Households per postcode: the LSOA's Census 2021 households shared equally among its postcodes (shared
    before the scope left any postcode out, when the links were narrowed to a scope)."""
    if "households" in links.postcodes:
        return links.postcodes.households
    return household_estimates(links)


def _months_within(month: pd.Series, start: str, end: str) -> np.ndarray:
    """start <= month <= end (YYYY-MM text; NULL is outside), tested once per distinct month."""
    codes, months = pd.factorize(month.values)
    ok = np.array([start <= m <= end for m in np.asarray(months, dtype=object)], dtype=bool)
    return ok[codes] & (codes >= 0) if len(ok) else np.zeros(len(month), dtype=bool)


def _answers(priorities: pd.Series):
    """(code of each response's priorities text, -1 when it names none; the distinct texts)."""
    codes, texts = pd.factorize(priorities)
    texts = np.asarray(texts, dtype=object)
    none = np.flatnonzero(texts == "")
    if len(none):                                  # '' named nothing: no code
        codes = np.where(codes == none[0], -1, codes)
    return codes, texts


def _force(n: int) -> pd.Categorical:
    """The one 'force' unit as a key column (categorical: grouped on codes like streets and areas)."""
    return pd.Categorical.from_codes(np.zeros(n, dtype=np.int8), categories=["force"])


def _codes(col: pd.Series, cats: pd.Index, seen: Optional[dict] = None) -> np.ndarray:
    """Position of each value in ``cats`` (-1 when absent), via the categorical codes when there are some
    (``seen`` keeps the category positions for frames that share their categories)."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        key = id(col.cat.categories)
        if seen is None or key not in seen:
            pos = cats.get_indexer(col.cat.categories.astype(str))
            if seen is not None:
                seen[key] = (col.cat.categories, pos)     # the index is kept alive: its id stays its own
        else:
            pos = seen[key][1]
        codes = col.cat.codes.values
        return np.where(codes >= 0, pos[np.maximum(codes, 0)], -1)
    return cats.get_indexer(col.astype(str).values)


def _count(k: np.ndarray, n: int, where: Optional[np.ndarray] = None) -> np.ndarray:
    """Rows per code 0..n-1 (only the rows ``where`` is true)."""
    return np.bincount(k if where is None else k[where.astype(bool)], minlength=n)


def _sum(k: np.ndarray, n: int, v: np.ndarray) -> np.ndarray:
    """Sum of the non-NaN values per code; NaN where a code has none (pandas' min_count=1)."""
    v = np.asarray(v, float)
    ok = ~np.isnan(v)
    total = np.bincount(k[ok], weights=v[ok], minlength=n).astype(float)
    total[np.bincount(k[ok], minlength=n) == 0] = np.nan
    return total


def _count_distinct(k: np.ndarray, codes: np.ndarray, n: int) -> np.ndarray:
    """Distinct values per key code, the values given as factorised codes (-1 = NULL, not counted)."""
    ok = codes >= 0
    base = max(int(codes.max()) + 1, 1) if len(codes) else 1
    pairs = pd.unique(k[ok].astype(np.int64) * base + codes[ok])       # by hash: no sort needed to count
    return np.bincount(pairs // base, minlength=n)


def _named_priorities(units: np.ndarray, answers: np.ndarray, counts: np.ndarray, texts: np.ndarray,
                      key: str) -> pd.DataFrame:
    """Responses naming each priority per unit (``key``, cat, n), from the count of each distinct answer text per
    unit: each text split at '|' once, not once per unit."""
    parts = [str(t).split("|") for t in texts]
    sizes = np.array([len(p) for p in parts], dtype=np.int64)
    flat = np.array([x for p in parts for x in p], dtype=object)
    first = np.cumsum(sizes) - sizes                      # where each text's priorities start in ``flat``
    each = sizes[answers]
    row = np.repeat(np.arange(len(answers)), each)
    nth = np.arange(int(each.sum())) - np.repeat(np.cumsum(each) - each, each)
    ex = pd.DataFrame({key: units[row], "cat": flat[first[answers][row] + nth], "n": counts[row]})
    return ex.groupby([key, "cat"], observed=True).n.sum().reset_index()


def _aggregate(key: str, m: pd.DataFrame, s: pd.DataFrame, c: pd.DataFrame, pc: pd.DataFrame,
               weights: Dict[str, float], suppress: int, keys: pd.Index, texts: np.ndarray) -> pd.DataFrame:
    """One row per key: counts, rates, means, top priorities (``texts``: the answers ``s._answer`` codes),
    crimes by type, coverage, classification."""
    # group on integer positions in ``keys``: fast, and no label alignment between categoricals and strings
    cats = pd.Index(keys).astype(str)
    frames, seen = [], {}
    for df in (m, s, c, pc):
        k = _codes(df[key], cats, seen)
        df = df.copy(deep=False)          # the key column replaced, no other copied
        df[key] = k
        frames.append(df if len(k) == 0 or k.min() >= 0 else df[k >= 0])
    m, s, c, pc = frames
    n = len(cats)
    out = pd.DataFrame(index=pd.RangeIndex(n))
    mk = m[key].values
    out["members"] = _count(mk, n)
    out["active"] = _count(mk, n, m._active.values)
    out["opted_out"] = _count(mk, n, m._out.values)
    out["new_members"] = _count(mk, n, m._new.values)
    out["households"] = _sum(pc[key].values, n, pc.households.values)
    out["reg_rate"] = 100.0 * out.active / out.households.where(out.households > 0)
    sk = s[key].values
    out["responses"] = _count(sk, n)
    out["respondents"] = _count_distinct(sk, s._respondent.values, n)
    out["resp_rate"] = 100.0 * out.respondents.where(out.responses > 0) / out.active.where(out.active > 0)
    for f in ("trust", "confidence"):
        v = s[f].to_numpy(float)
        ok = ~np.isnan(v)
        cnt = _count(sk[ok], n)
        out[f"{f}_n"] = cnt
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = pd.Series(np.bincount(sk[ok], weights=v[ok], minlength=n).astype(float) / cnt)
        out[f"{f}_mean"] = mean.where(cnt >= max(suppress, 1)).round(2)
    answer = s._answer.values                      # code of the response's priorities text (-1: none named)
    named = answer >= 0
    out["prio_n"] = _count(sk, n, named)
    if named.any():
        # count each distinct answer string once per unit, then split the (few) distinct strings
        pairs, counts = np.unique(sk[named].astype(np.int64) * len(texts) + answer[named], return_counts=True)
        cnt = _named_priorities(pairs // len(texts), pairs % len(texts), counts, texts, key)
        cnt = cnt.sort_values([key, "n", "cat"], ascending=[True, False, True])
        cnt["rank"] = cnt.groupby(key, observed=True).cumcount() + 1
        for r in (1, 2, 3):
            top = cnt[cnt["rank"] == r].set_index(key)
            out[f"prio{r}"] = top.cat
            out[f"prio{r}_pct"] = (100.0 * top.n / out.prio_n.reindex(top.index)).round(1)
        small = out.prio_n.fillna(0) < suppress
        for r in (1, 2, 3):
            out.loc[small, f"prio{r}"] = None
            out.loc[small, f"prio{r}_pct"] = np.nan
    else:
        for r in (1, 2, 3):
            out[f"prio{r}"], out[f"prio{r}_pct"] = None, np.nan
    ck = c[key].values
    out["crimes"] = _count(ck, n)
    types = pd.Index(list(CRIME_FIELDS))
    tcode = _codes(c.crime_type, types)
    known = tcode >= 0
    ct = np.bincount(ck[known] * len(types) + tcode[known], minlength=n * len(types)).reshape(n, len(types))
    for j, fld in enumerate(CRIME_FIELDS.values()):
        out[fld] = ct[:, j]
    out["harm"] = sum(out[fld] * weights.get(cat, 0.0) for cat, fld in CRIME_FIELDS.items()).astype(float)
    active = m._active.values
    n_act = _count(mk[active], n)
    for f in DEMOGRAPHIC_FIELDS:
        with np.errstate(divide="ignore", invalid="ignore"):
            pct = pd.Series(100.0 * _count(mk[active], n, m[f"_has_{f}"].values[active]) / n_act)
        out[f"cov_{f}"] = pct.where((n_act >= suppress) & (n_act > 0)).round(1)
    # dominant classification and deprivation of the households in the unit
    if "oac" in pc and pc.oac.ne("").any():
        w = pc[pc.oac != ""].groupby([key, "oac"], observed=True).households.sum(min_count=1).fillna(0).reset_index()
        w = w.sort_values([key, "households", "oac"], ascending=[True, False, True]).drop_duplicates(key)
        out["oac_supergroup"] = w.set_index(key).oac
    if "acorn" in pc and pc.acorn.ne("").any():
        w = pc[pc.acorn != ""].groupby([key, "acorn"], observed=True).size().rename("n").reset_index()
        w = w.sort_values([key, "n", "acorn"], ascending=[True, False, True]).drop_duplicates(key)
        out["acorn_category"] = w.set_index(key).acorn
    if "imd_decile" in pc:
        d = pc.dropna(subset=["imd_decile"])
        wts = d.households.fillna(1.0)
        out["imd_decile"] = grouped_weighted_median(d[key], d.imd_decile, wts)
    counts = ["members", "active", "opted_out", "new_members", "responses", "respondents", "trust_n",
              "confidence_n", "prio_n", "crimes", *CRIME_FIELDS.values()]
    for col in counts:                  # most are bincounts already: only the aligned ones are converted
        if out[col].dtype != np.int64:
            out[col] = out[col].fillna(0).astype(np.int64)
    out["harm"] = out.harm.fillna(0.0)
    out.index = pd.Index(keys, name=keys.name)
    return out


def _linked(key: str, keys: pd.Index, *frames):
    """The rows linked to a unit: those whose ``key`` is not ''.  Rows of any other value outside ``keys`` are
    dropped by :func:`_aggregate` anyway, so the frames are only filtered (copied) when '' is itself a key."""
    if "" not in keys:
        return frames
    return tuple(df[df[key] != ""] for df in frames)


def insight(links: Links, inp: LinkInputs, period: Period, suppress_below: int = 5) -> Insight:
    """Aggregate the linked records for ``period``."""
    import shapely
    weights = inp.harm_weights if inp.harm_weights is not None else load_harm_weights()
    mcols = ["member_id", "registered", "opted_out", "street_id", "area_code", *DEMOGRAPHIC_FIELDS]
    m = _member_state(links.members[mcols], period)
    m = m.assign(force=_force(len(m)), **{f"_has_{f}": m[f].values != "" for f in DEMOGRAPHIC_FIELDS})
    sub = pd.to_datetime(links.surveys.submitted, errors="coerce")
    scols = ["member_id", "street_id", "area_code", "trust", "confidence", "priorities"]
    s = _rows(links.surveys, ((sub >= period.start_date) & (sub <= period.end_date)).values, scols)
    answer, texts = _answers(s.priorities)
    s = s.assign(force=_force(len(s)), _respondent=pd.factorize(s.member_id)[0], _answer=answer)  # codes
    within = _months_within(links.crimes.month, period.start, period.end)
    c = _rows(links.crimes, cols=["street_id", "area_code", "crime_type"])    # the crime ids are not copied
    c = c if within.all() else c[within]        # the whole period given: no second copy of 450,000 rows
    c = c.assign(force=_force(len(c)))
    pc = links.postcodes.assign(households=_household_estimates(links), force=_force(len(links.postcodes)))
    info = links.lsoa_info
    if "imd_decile" in info:
        pc["imd_decile"] = pc.lsoa21.map(info.imd_decile)
    if "lsoa_oac_supergroup" in info:
        pc["oac"] = pc.lsoa21.map(info.lsoa_oac_supergroup).fillna("").astype(str)
    if inp.oac is not None and "oa21" in pc and (inp.oac.level == "OA").any():
        oa = inp.oac[inp.oac.level == "OA"].set_index("area_code").supergroup
        by_oa = pc.oa21.map(oa)
        pc["oac"] = by_oa.where(by_oa.notna(), pc.get("oac", "")).fillna("").astype(str)
    if inp.acorn is not None and len(inp.acorn):
        pc["acorn"] = pc.index.map(inp.acorn.set_index("postcode").acorn_category).fillna("").astype(str)

    streets = inp.streets.assign(street_id=inp.streets.street_id.astype(str))
    street_keys = pd.Index(sorted(streets.street_id.unique()), name="street_id")
    st = _aggregate("street_id", *_linked("street_id", street_keys, m, s, c, pc), weights, suppress_below,
                    street_keys, texts)
    first = streets.sort_values("segment_id").drop_duplicates("street_id").set_index("street_id")
    st.insert(0, "name", first.name.reindex(st.index).fillna(""))
    st["length_m"] = streets.groupby("street_id").length_m.sum() if "length_m" in streets else np.nan
    st["crimes_per_km"] = (1000.0 * st.crimes / st.length_m.where(st.length_m > 0)).round(2)
    order = streets.sort_values(["street_id", "segment_id"])
    gidx = pd.Index(street_keys).get_indexer(order.street_id)
    st["geometry"] = shapely.multilinestrings(order.geometry.values, indices=gidx)
    st = st.reset_index()

    areas = inp.areas.sort_values("area_code")
    area_keys = pd.Index(areas.area_code.values, name="area_code")
    # households and IMD per area from the LSOAs that best fit it, when LSOA polygons were given
    ar = _aggregate("area_code", *_linked("area_code", area_keys, m, s, c, pc), weights, suppress_below, area_keys,
                    texts)
    if "area_code" in info and "households" in info:
        fit = info[info.area_code != ""]
        ar["households"] = fit.groupby("area_code").households.sum(min_count=1).reindex(ar.index)
        ar["population"] = fit.groupby("area_code").population.sum(min_count=1).reindex(ar.index) \
            if "population" in fit else np.nan
        ar["reg_rate"] = 100.0 * ar.active / ar.households.where(ar.households > 0)
        if "imd_decile" in fit:
            ar["imd_decile"] = grouped_weighted_median(fit.area_code, fit.imd_decile,
                                                       fit.households.fillna(1.0)).reindex(ar.index)
    ar.insert(0, "area_name", areas.set_index("area_code").area_name.reindex(ar.index))
    ar["geometry"] = areas.geometry.values
    ar = ar.reset_index()

    fo = _aggregate("force", m, s, c, pc, weights, suppress_below, pd.Index(["force"], name="force"), texts)
    if "households" in info:             # the households of the areas analysed, not of every LSOA of the census
        fo["households"] = ar.households.sum(min_count=1)
        fo["reg_rate"] = 100.0 * fo.active / fo.households.where(fo.households > 0)
    rec = {"crimes": len(c), "crimes_in_areas": int(ar.crimes.sum()), "crimes_outside_areas": int((c.area_code == "").sum()),
           "crimes_on_streets": int(st.crimes.sum()), "crimes_no_street": int((c.street_id == "").sum()),
           "members": len(m), "members_in_areas": int(ar.members.sum()),
           "members_outside": int((m.area_code == "").sum()),
           "responses": len(s), "responses_in_areas": int(ar.responses.sum()),
           "responses_outside": int((s.area_code == "").sum())}
    for k, v in rec.items():
        fo[k] = v
    fo.insert(0, "period", period.name)
    fo["start"], fo["end"], fo["months"] = period.start, period.end, period.months
    fo = fo.reset_index(drop=True)
    return Insight(period, st, ar, fo, rec)
