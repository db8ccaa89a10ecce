"""Synthetic training and demo data on real geography.

Forces cannot share real member data, so the demo, the tests and the benchmark
use members, survey answers and door-knock visits generated here on REAL
postcodes, with demographics drawn from the REAL Census 2021 mix of each LSOA,
confidence that falls with deprivation and local crime, and registration
levels like Humberside's (212,824 houses visited, 59,000+ registered).

Everything is driven by one seeded ``numpy.random.Generator``: the same inputs
and seed give the same files, byte for byte.  Contact details are fictitious
(``example.org`` addresses; Ofcom's drama range 07700 900000-900999).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd

from .config import priority_crime_types
from .io.safe_csv import write_csv

AGE_BANDS = ["16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"]
AGE_P = [0.05, 0.12, 0.17, 0.20, 0.20, 0.16, 0.10]
BLANK_SHARE = {"age_band": 0.30, "gender": 0.22, "ethnic_group": 0.45, "religion": 0.55,
               "main_language": 0.50, "disability": 0.60}
OTHER_LANGUAGES_WHITE = ["Polish", "Romanian", "Lithuanian", "Latvian", "Russian", "Portuguese"]
OTHER_LANGUAGES = ["Arabic", "Kurdish", "Urdu", "Bengali", "Tigrinya", "Farsi", "Chinese", "Punjabi", "Somali"]
FIRST = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Grace", "Sophie", "Emily", "Jack", "Oliver",
         "Harry", "George", "Noah", "Charlie", "Jacob", "Thomas", "James", "William", "Mohammed", "Aisha", "Fatima",
         "Omar", "Zofia", "Jakub", "Andrei", "Ioana", "Priya", "Arjun", "Chen", "Mei", "Kwame", "Ama", "Susan",
         "David", "Margaret", "Peter", "Linda", "Stephen"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan",
        "Ahmed", "Hussain", "Nowak", "Kowalski", "Popescu", "Patel", "Singh", "Wang", "Mensah", "Atkinson",
        "Marshall", "Sykes", "Dawson", "Holmes"]
CONCERNS = {
    "anti-social behaviour": ["Groups of youths gathering outside the shops at night",
                              "Noise and nuisance late at night", "Fireworks being thrown in the street"],
    "drugs": ["Drug dealing in the alley behind the houses", "People using drugs in the park",
              "Cars coming and going at all hours, I think drugs are being sold"],
    "speeding": ["Cars speeding past the school", "Off-road bikes racing on the field",
                 "Nobody keeps to the 20 limit"],
    "burglary": ["There have been break-ins on our street", "Sheds are being broken into"],
    "vehicle crime": ["Cars broken into overnight", "Catalytic converters stolen"],
    "violence": ["Fights outside the pub at weekends", "I don't feel safe walking home"],
    "criminal damage": ["Graffiti and smashed bus shelters", "Wheelie bins set on fire"],
    "theft": ["Shoplifting at the local shop", "Bikes stolen from gardens"],
    "public order": ["Street drinking near the shops"],
    "fraud": ["Older neighbours targeted by doorstep scams"],
    "parking": ["Parking on the pavement blocks the footpath"],
}
BASE_PRIORITY = {"anti-social behaviour": 0.26, "speeding": 0.18, "drugs": 0.15, "burglary": 0.09,
                 "vehicle crime": 0.07, "violence": 0.07, "criminal damage": 0.06, "theft": 0.04,
                 "public order": 0.02, "fraud": 0.02, "parking": 0.03, "robbery": 0.01}
VISIT_OUTCOMES = ["registered", "no answer", "declined", "already registered", "leaflet left"]
LIKERT_WORDS = {1: "Strongly disagree", 2: "Disagree", 3: "Neither agree nor disagree", 4: "Agree",
                5: "Strongly agree"}


@dataclass
class SynthConfig:
    members: int = 12000
    seed: int = 20241231
    first_wave: str = "2023-Q1"
    last_wave: str = "2024-Q4"
    start: str = "2016-01-01"        # platform launch
    today: str = "2024-12-31"        # fixed, so output does not depend on the clock
    response_rate: float = 0.22      # per active member per wave
    opt_out_share: float = 0.07
    door_knock_share: float = 0.55   # members signed up on the doorstep
    conversion: float = 59000 / 212824  # Humberside: registrations per house visited
    dirty_share: float = 0.003       # rows with realistic faults (typo postcodes, bad dates) for training
    include_contacts: bool = True


@dataclass
class Geography:
    """Real inputs: postcodes with their LSOA, and per-LSOA Census, deprivation and crime."""
    postcodes: pd.DataFrame            # postcode, easting, northing, lsoa
    households: pd.Series              # lsoa -> households (Census 2021 TS011 total)
    ethnic: pd.DataFrame               # lsoa x ethnic group shares (rows sum to 1)
    religion: pd.DataFrame             # lsoa x religion shares
    imd_decile: pd.Series              # lsoa -> IMD decile (1 most deprived)
    crime_rate: Optional[pd.Series] = None          # lsoa -> crimes per 1,000 households
    crime_mix: Optional[pd.DataFrame] = None        # lsoa x priority category shares


def assign_lsoa(postcodes: pd.DataFrame, lsoa_codes, lsoa_wkb) -> pd.Series:
    """LSOA code of each postcode centroid (point in polygon, shapely STRtree); '' outside."""
    from .spatial import require_shapely2
    shapely = require_shapely2()
    polys = shapely.from_wkb(list(lsoa_wkb))
    tree = shapely.STRtree(polys)
    pts = shapely.points(postcodes.easting.values, postcodes.northing.values)
    pi, gi = tree.query(pts, predicate="intersects")
    out = np.full(len(pts), "", dtype=object)
    codes = np.asarray(list(lsoa_codes), dtype=object)
    first = pd.Series(gi).groupby(pi).first()
    out[first.index.values] = codes[first.values]
    return pd.Series(out, index=postcodes.index)


def shares(long: pd.DataFrame, drop: Tuple[str, ...] = ()) -> pd.DataFrame:
    """Census long table (area_code, category, count) -> area x category shares."""
    t = long[~long.category.isin(drop)].pivot_table(index="area_code", columns="category", values="count",
                                                    aggfunc="sum", fill_value=0)
    return t.div(t.sum(axis=1).replace(0, 1), axis=0)


def crime_mix_by_lsoa(crimes: pd.DataFrame, households: pd.Series) -> Tuple[pd.Series, pd.DataFrame]:
    """From police.uk rows (lsoa, crime_type): crimes per 1,000 households and priority-category mix."""
    type_to_cat = {t: cat for cat, types in priority_crime_types().items() for t in types}
    c = crimes.assign(cat=crimes.crime_type.map(type_to_cat).fillna("other"))
    counts = c.groupby("lsoa").size()
    rate = (counts / households.reindex(counts.index)).replace([np.inf], np.nan) * 1000
    mix = c.pivot_table(index="lsoa", columns="cat", values="crime_type", aggfunc="size", fill_value=0)
    mix = mix.div(mix.sum(axis=1), axis=0)
    return rate.dropna(), mix


def _waves(first: str, last: str) -> List[Tuple[str, pd.Timestamp, pd.Timestamp]]:
    p0 = pd.Period(first.replace("-", ""), freq="Q")
    p1 = pd.Period(last.replace("-", ""), freq="Q")
    return [(f"{p.year}-Q{p.quarter}", p.start_time, p.end_time.normalize()) for p in pd.period_range(p0, p1, freq="Q")]


def _draw_categorical(rng, probs: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """One draw per row of ``probs`` (n x k), vectorised by inverse CDF."""
    cdf = np.cumsum(probs, axis=1)
    cdf[:, -1] = 1.0
    u = rng.random(len(probs))[:, None]
    return labels[(u > cdf).sum(axis=1)]


def generate(geo: Geography, cfg: SynthConfig, progress=None) -> Dict[str, pd.DataFrame]:
    """Return {'members', 'surveys', 'visits'} DataFrames in the platform's export layout."""
    progress = progress or (lambda f: None)
    rng = np.random.default_rng(cfg.seed)
    pcs = geo.postcodes[geo.postcodes.lsoa != ""].reset_index(drop=True)
    lsoas = np.array(sorted(pcs.lsoa.unique()))
    hh = geo.households.reindex(lsoas).fillna(geo.households.median()).values
    dec = geo.imd_decile.reindex(lsoas).fillna(5).values.astype(float)
    rate = geo.crime_rate.reindex(lsoas).fillna(geo.crime_rate.median()).values if geo.crime_rate is not None \
        else np.zeros(len(lsoas))
    rate_z = (rate - rate.mean()) / (rate.std() or 1.0)

    # -------- members per LSOA: households x propensity (affluent register more online;
    # door-knock campaigns target deprived areas)
    online = 0.6 + 0.08 * dec
    doorstep = 1.6 - 0.1 * dec
    w = hh * ((1 - cfg.door_knock_share) * online + cfg.door_knock_share * doorstep)
    n = int(cfg.members)
    m_lsoa_idx = rng.choice(len(lsoas), size=n, p=w / w.sum())
    # postcode within the LSOA: uniform among its postcodes
    pcs_by = pcs.groupby("lsoa").indices
    starts = {k: v for k, v in pcs_by.items()}
    pc_idx = np.empty(n, dtype=int)
    for li in np.unique(m_lsoa_idx):
        sel = np.flatnonzero(m_lsoa_idx == li)
        cand = starts[lsoas[li]]
        pc_idx[sel] = cand[rng.integers(0, len(cand), size=len(sel))]
    m_pc = pcs.postcode.values[pc_idx]
    progress(15)

    # -------- registration dates: growth since launch, denser in recent years
    t0, t1 = pd.Timestamp(cfg.start), pd.Timestamp(cfg.today)
    span = (t1 - t0).days
    reg = t0 + pd.to_timedelta(np.floor(span * rng.random(n) ** 0.7).astype(int), unit="D")
    source = np.where(rng.random(n) < cfg.door_knock_share, "door-knock",
                      rng.choice(["online", "event", "referral"], size=n, p=[0.75, 0.15, 0.10]))
    opted = rng.random(n) < cfg.opt_out_share
    opt_days = ((t1 - reg).days.values * rng.random(n)).astype(int)
    opt_date = np.where(opted, (reg + pd.to_timedelta(opt_days, unit="D")).strftime("%Y-%m-%d"), "")

    # -------- demographics from the LSOA's real Census 2021 mix
    def draw_from(table: pd.DataFrame) -> np.ndarray:
        t = table.reindex(lsoas).fillna(table.mean()).values
        return _draw_categorical(rng, t[m_lsoa_idx], np.asarray(table.columns, dtype=object))
    ethnic = draw_from(geo.ethnic)
    religion = draw_from(geo.religion)
    age = rng.choice(AGE_BANDS, size=n, p=AGE_P)
    gender = rng.choice(["Female", "Male", "Other"], size=n, p=[0.53, 0.46, 0.01])
    white = pd.Series(ethnic).str.startswith("White").values
    lang = np.where(white, np.where(rng.random(n) < 0.94, "English", rng.choice(OTHER_LANGUAGES_WHITE, size=n)),
                    np.where(rng.random(n) < 0.62, "English", rng.choice(OTHER_LANGUAGES, size=n)))
    disability = np.where(rng.random(n) < 0.18, "Yes", "No")
    demo = {"age_band": age, "gender": gender, "ethnic_group": ethnic, "religion": religion,
            "main_language": lang, "disability": disability}
    for k, v in demo.items():
        demo[k] = np.where(rng.random(n) < BLANK_SHARE[k], "", v)
    progress(30)

    # -------- groups and key contacts
    d_m = dec[m_lsoa_idx]
    groups = [[] for _ in range(n)]
    for name, p in (("IAG", 0.004 + 0.004 * (~white)), ("Neighbourhood Watch", 0.02 + 0.009 * d_m),
                    ("Community Association", np.full(n, 0.03)), ("Residents Association", 0.035 - 0.003 * d_m),
                    ("Faith Group", 0.005 + 0.02 * (~white))):
        for i in np.flatnonzero(rng.random(n) < p):
            groups[i].append(name)
    groups_s = np.array(["; ".join(g) for g in groups], dtype=object)
    in_group = groups_s != ""
    key = rng.random(n) < np.where(in_group, 0.15, 0.004)

    ids = np.array([f"M{i:07d}" for i in rng.permutation(n) + 1], dtype=object)
    first = rng.choice(FIRST, size=n)
    last = rng.choice(LAST, size=n)
    members = pd.DataFrame({
        "Member ID": ids, "Postcode": m_pc, "Registration Date": reg.strftime("%Y-%m-%d"),
        "Status": np.where(opted, "Opted out", "Active"), "Opt-out Date": opt_date,
        "Age Band": demo["age_band"], "Gender": demo["gender"], "Ethnic Group": demo["ethnic_group"],
        "Religion": demo["religion"], "Main Language": demo["main_language"], "Disability": demo["disability"],
        "Groups": groups_s, "Key Contact": np.where(key, "Yes", "No"), "Source": source})
    if cfg.include_contacts:
        members["Name"] = pd.Series(first) + " " + pd.Series(last)
        members["Email"] = (pd.Series(first).str.lower() + "." + pd.Series(last).str.lower() +
                            pd.Series(rng.integers(1, 999, size=n)).astype(str) + "@example.org")
        members["Phone"] = "07700 900" + pd.Series(rng.integers(0, 1000, size=n)).astype(str).str.zfill(3)
    progress(45)

    # -------- survey waves: confidence falls with deprivation and local crime
    member_effect = rng.normal(0, 0.55, size=n)
    latent_base = 3.35 + 0.11 * (d_m - 5.5) - 0.22 * rate_z[m_lsoa_idx] + member_effect
    mix = geo.crime_mix.reindex(lsoas).fillna(0) if geo.crime_mix is not None else None
    pri_labels = np.array(list(BASE_PRIORITY), dtype=object)
    base_p = np.array(list(BASE_PRIORITY.values()))
    if mix is not None:
        local = mix.reindex(columns=pri_labels, fill_value=0).values
        pri_p_lsoa = 0.55 * base_p[None, :] / base_p.sum() + 0.45 * local
    else:
        pri_p_lsoa = np.tile(base_p / base_p.sum(), (len(lsoas), 1))
    pri_p_lsoa = pri_p_lsoa / pri_p_lsoa.sum(axis=1, keepdims=True)
    reg_ts = reg.values
    opt_ts = pd.to_datetime(pd.Series(opt_date).replace("", None)).values
    rows = []
    resp_counter = 0
    waves = _waves(cfg.first_wave, cfg.last_wave)
    for wi, (wave, ws, we) in enumerate(waves):
        active = (reg_ts <= np.datetime64(we)) & (pd.isna(opt_ts) | (opt_ts > np.datetime64(ws)))
        older = np.isin(demo["age_band"], ["55-64", "65-74", "75+"])
        p = cfg.response_rate * np.where(older, 1.25, 0.9)
        resp = np.flatnonzero(active & (rng.random(n) < p))
        k = len(resp)
        if not k:
            continue
        latent = latent_base[resp] + rng.normal(0, 0.7, size=k)
        conf = np.clip(np.rint(latent), 1, 5).astype(int)
        trust = np.clip(np.rint(latent + 0.2 + rng.normal(0, 0.5, size=k)), 1, 5).astype(int)
        dk = rng.random(k) < 0.04
        days = (we - ws).days
        sub = ws + pd.to_timedelta(rng.integers(0, days + 1, size=k), unit="D")
        npick = rng.choice([0, 1, 2, 3], size=k, p=[0.08, 0.37, 0.35, 0.20])
        probs = pri_p_lsoa[m_lsoa_idx[resp]]
        picks = [_draw_categorical(rng, probs, pri_labels) for _ in range(3)]
        pri = []
        for j in range(k):
            chosen = []
            for t in range(npick[j]):
                c = picks[t][j]
                if c not in chosen:
                    chosen.append(c)
            pri.append("; ".join(chosen))
        first_pri = np.array([x.split("; ")[0] if x else "" for x in pri], dtype=object)
        concern = np.where(rng.random(k) < 0.4,
                           [rng.choice(CONCERNS[c]) if c in CONCERNS else "" for c in first_pri], "")
        rows.append(pd.DataFrame({
            "Response ID": [f"R{resp_counter + j + 1:08d}" for j in range(k)],
            "Member ID": ids[resp], "Submitted": sub.strftime("%d/%m/%Y"), "Wave": wave,
            "Trust in police": np.where(dk, "Don't know", pd.Series(trust).map(LIKERT_WORDS).values),
            "Confidence in local police": np.where(dk, "", conf.astype(str)),
            "Local priorities": pri, "Concern": concern}))
        resp_counter += k
        progress(45 + 40 * (wi + 1) / len(waves))
    surveys = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame()

    # -------- door-knock visits: houses visited, ~28% register (Humberside)
    dk_members = np.flatnonzero(source == "door-knock")
    n_visits = int(len(dk_members) / cfg.conversion)
    v_lsoa = rng.choice(len(lsoas), size=n_visits, p=(hh * (1.7 - 0.1 * dec)) / (hh * (1.7 - 0.1 * dec)).sum())
    v_pc = np.empty(n_visits, dtype=object)
    for li in np.unique(v_lsoa):
        sel = np.flatnonzero(v_lsoa == li)
        cand = starts[lsoas[li]]
        v_pc[sel] = pcs.postcode.values[cand[rng.integers(0, len(cand), size=len(sel))]]
    outcome = rng.choice(VISIT_OUTCOMES[1:], size=n_visits, p=[0.55, 0.25, 0.08, 0.12])
    v_date = t0 + pd.to_timedelta(rng.integers(0, span, size=n_visits), unit="D")
    v_member = np.full(n_visits, "", dtype=object)
    take = rng.choice(n_visits, size=min(len(dk_members), n_visits), replace=False)
    outcome[take] = "registered"
    v_member[take] = ids[dk_members[:len(take)]]
    v_pc[take] = m_pc[dk_members[:len(take)]]
    v_date = np.asarray(v_date.strftime("%Y-%m-%d"), dtype=object)
    v_date[take] = members["Registration Date"].values[dk_members[:len(take)]]
    visits = pd.DataFrame({"Visit ID": [f"V{i:08d}" for i in range(1, n_visits + 1)], "Date": v_date,
                           "Postcode": v_pc, "Household Ref": [f"H{x:09d}" for x in rng.integers(0, 10**9, n_visits)],
                           "Team": rng.choice(["NPT North", "NPT East", "NPT West", "NPT Central"], size=n_visits),
                           "Outcome": outcome, "Member ID": v_member}).sort_values(["Date", "Visit ID"])
    progress(95)

    # -------- training faults: a few rows with the mistakes real exports have
    if cfg.dirty_share > 0 and n > 50:
        k = max(1, int(n * cfg.dirty_share))
        bad = rng.choice(n, size=k, replace=False)
        kinds = rng.integers(0, 3, size=k)
        pcs_bad = members.loc[bad[kinds == 0], "Postcode"].str.replace(" ", "").str.slice(0, 3) + " ZZ"
        members.loc[bad[kinds == 0], "Postcode"] = pcs_bad
        members.loc[bad[kinds == 1], "Registration Date"] = "31/02/2020"
        members.loc[bad[kinds == 2], "Member ID"] = ""
    return {"members": members, "surveys": surveys, "visits": visits.reset_index(drop=True)}


def write(outputs: Dict[str, pd.DataFrame], folder: str) -> Dict[str, str]:
    os.makedirs(folder, exist_ok=True)
    paths = {}
    for k, df in outputs.items():
        p = os.path.join(folder, f"{k}.csv")
        write_csv(df, p)
        paths[k] = p
    return paths


def load_geography(postcodes_path: str, lsoa_codes, lsoa_wkb, ethnic_path: str, religion_path: str,
                   households_path: str, imd_path: str, crime_paths=None, lad: str = "") -> Geography:
    """Assemble :class:`Geography` from published files, each read through its validating reader."""
    from .io.census import CensusReader
    from .io.classification import ImdReader
    from .io.crime import PoliceUkReader
    from .io.postcodes import postcode_reader
    pcr = postcode_reader(postcodes_path).read().accepted
    if lad and "lad" in pcr and (pcr.lad == lad).any():
        pcr = pcr[pcr.lad == lad]
    pcr = pcr[pcr.terminated == ""] if "terminated" in pcr else pcr
    pcs = pcr[["postcode", "easting", "northing"]].reset_index(drop=True)
    pcs["lsoa"] = assign_lsoa(pcs, lsoa_codes, lsoa_wkb)
    eth = CensusReader(ethnic_path).read().extra["long"]
    rel = CensusReader(religion_path).read().extra["long"]
    hh_long = CensusReader(households_path).read().extra["long"]
    households = hh_long.groupby("area_code").total.first()
    imd = ImdReader(imd_path).read().accepted.set_index("lsoa_code").imd_decile
    rate = mix = None
    if crime_paths:
        cr = PoliceUkReader(crime_paths).read().accepted
        cr = cr.rename(columns={"lsoa_code": "lsoa"})
        rate, mix = crime_mix_by_lsoa(cr[cr.lsoa.isin(households.index)], households)
    return Geography(postcodes=pcs, households=households, ethnic=shares(eth),
                     religion=shares(rel, drop=("Not answered",)), imd_decile=imd, crime_rate=rate, crime_mix=mix)
