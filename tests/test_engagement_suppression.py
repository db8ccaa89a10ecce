"""Secondary suppression in lpt:engagementreport: its three layers are linked by sums a reader can form - an area's
months add up to its AREA_RATES total, a month's areas add up to the month's messages in PER_MESSAGE, the messages'
replies add up to MATCHED - so a small count hidden in one row could be had back by subtracting the shown rows from
a total.  Here an analyst's realistic quarter of messages (ward-wide alerts, a force-wide survey, follow-ups to a
few members of one street) and replies is reported, the written layers are read back as a reader would, and every
hidden count those sums pin down exactly (a linear-algebra attacker, independent of the plugin's method) must not
be a small count of people."""
import numpy as np
import pandas as pd
import pytest

from test_plugin_processing import imported  # noqa: F401  (module fixture: the demo chain imported)

BELOW = 5
WARDS = ("E05011541", "E05011529", "E05011534")


def _null(v) -> bool:
    return v is None or (hasattr(v, "isNull") and v.isNull()) or (isinstance(v, float) and np.isnan(v))


def _read(path, columns) -> pd.DataFrame:
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(str(path), "x", "ogr")
    assert lyr.isValid(), path
    return pd.DataFrame([[np.nan if _null(f[c]) else f[c] for c in columns] for f in lyr.getFeatures()],
                        columns=columns)


def pinned(pm: pd.DataFrame, pa: pd.DataFrame, ar: pd.DataFrame, matched: int) -> dict:
    """Every hidden (empty) count the published sums determine exactly: {(layer, column, row): value}.

    The equations a reader can write: per area of AREA_RATES, its PER_AREA months add up to its total; per month,
    its PER_AREA areas add up to its PER_MESSAGE messages (a message's month is its date's); the messages' replies
    add up to MATCHED.  A hidden count is determined when it is the same in every solution: its entry is zero in
    every vector of the null space of the equations restricted to the hidden counts."""
    out = {}
    months = pm.created.astype(str).str[:7].to_numpy()
    for col in ("recipients", "repliers", "replies"):
        cells = [("PER_MESSAGE", k, v) for k, v in enumerate(pm[col])]
        eqs = []
        if col == "replies":
            eqs.append(({("PER_MESSAGE", k): 1.0 for k in range(len(pm))}, float(matched)))
        else:
            cells += [("PER_AREA", i, v) for i, v in enumerate(pa[col])]
            cells += [("AREA_RATES", j, v) for j, v in enumerate(ar[col])]
            for j, a in enumerate(ar.area_code):
                row = {("PER_AREA", i): 1.0 for i in np.flatnonzero(pa.area_code.to_numpy() == a)}
                row[("AREA_RATES", j)] = -1.0
                eqs.append((row, 0.0))
            for m in sorted(set(pa.month)):
                row = {("PER_AREA", i): 1.0 for i in np.flatnonzero(pa.month.to_numpy() == m)}
                row.update({("PER_MESSAGE", k): -1.0 for k in np.flatnonzero(months == m)})
                eqs.append((row, 0.0))
        index = {(t, r): n for n, (t, r, _) in enumerate(cells)}
        values = np.array([np.nan if pd.isna(v) else float(v) for *_, v in cells])
        a = np.zeros((len(eqs), len(cells)))
        b = np.array([rhs for _, rhs in eqs])
        for r, (row, _) in enumerate(eqs):
            for key, coef in row.items():
                a[r, index[key]] = coef
        hidden = np.flatnonzero(np.isnan(values))
        if not len(hidden):
            continue
        shown = ~np.isnan(values)
        rhs = b - a[:, shown] @ values[shown]
        ah = a[:, hidden]
        _, s, vt = np.linalg.svd(ah)
        null = vt[int((s > 1e-9).sum()):]
        solution = np.linalg.lstsq(ah, rhs, rcond=None)[0]
        for n, c in enumerate(hidden):
            if not len(null) or np.abs(null[:, n]).max() < 1e-9:
                out[(cells[c][0], col, cells[c][1])] = round(float(solution[n]), 6)
    return out


@pytest.fixture(scope="module")
def quarter(imported, tmp_path_factory):  # noqa: F811
    """A message log of January-April 2024 and its replies: ward-wide alerts to three wards, a force-wide survey to
    a sample, and follow-ups to 3 to 7 members of one street in a ward that had its ward-wide alert the same month;
    about one recipient in eight replies, some twice."""
    import shapely
    from qgis.core import QgsVectorLayer
    from local_priority_targeting.core.engage.message_log import MessageLog
    from local_priority_targeting.core.engage.messages import Message
    t = tmp_path_factory.mktemp("quarter")
    members = _read(imported["MEMBERS"], ["member_id", "postcode", "status"])
    pcs = QgsVectorLayer(imported["POSTCODES"], "p", "ogr")
    point = {f["postcode"]: shapely.from_wkb(bytes(f.geometry().asWkb())) for f in pcs.getFeatures()}
    wards = QgsVectorLayer(imported["AREAS"], "w", "ogr")
    polygon = {f["area_code"]: shapely.from_wkb(bytes(f.geometry().asWkb())) for f in wards.getFeatures()}
    active = members[members.status == "active"]
    ward_of = {}
    for m, pc in zip(active.member_id, active.postcode):
        for code in WARDS:
            if pc in point and polygon[code].contains(point[pc]):
                ward_of[m] = code
    in_ward = {code: sorted(m for m, c in ward_of.items() if c == code) for code in WARDS}
    assert all(len(v) >= 40 for v in in_ward.values()), {k: len(v) for k, v in in_ward.items()}
    rng = np.random.default_rng(26)
    everyone = sorted(active.member_id)
    a, b, c = (in_ward[w] for w in WARDS)
    plan = [("2024-01-09", "ward", WARDS[0], a), ("2024-01-23", "street", WARDS[0], a[:3]),
            ("2024-02-06", "ward", WARDS[1], b), ("2024-02-13", "ward", WARDS[2], c),
            ("2024-02-27", "street", WARDS[1], b[5:12]),
            ("2024-03-05", "survey", "", list(rng.choice(everyone, 600, replace=False))),
            ("2024-03-19", "street", WARDS[2], c[:4]), ("2024-04-02", "ward", WARDS[0], a),
            ("2024-04-16", "street", WARDS[0], a[10:16])]
    replies = []
    with MessageLog.open(log_path=str(t / "log.gpkg")) as log:
        for n, (day, kind, code, ids) in enumerate(plan):
            msg = Message(area_label=code or "Hull", channel="email", subject=f"{kind} {n}", body="Thank you.",
                          author="analyst", message_id=f"MSG-Q{n:02d}", created=f"{day}T09:00:00+00:00")
            log.export(msg, ids, str(t / "out"), area_codes=[code] if code else [])
            rate = 0.34 if kind == "street" else 0.12
            for m in ids:
                if rng.random() < rate:
                    twice = rng.random() < 0.2
                    replies += [(m, msg.message_id, f"{day} {10 + k}:30", "thanks") for k in range(1 + twice)]
    path = t / "replies.csv"
    pd.DataFrame(replies, columns=["Member ID", "Message ID", "Reply time", "Reply text"]).to_csv(path, index=False)
    return {"LOG": str(t / "log.gpkg"), "REPLIES": str(path), "dir": t, "plan": plan}


def test_no_small_count_comes_back_from_the_written_layers(run_alg, imported, quarter):  # noqa: F811
    t = quarter["dir"]
    res = run_alg("lpt:engagementreport", dict(
        MEMBERS=imported["MEMBERS"], POSTCODES=imported["POSTCODES"], AREAS=imported["AREAS"], LOG=quarter["LOG"],
        REPLIES=quarter["REPLIES"], PER_MESSAGE=str(t / "pm.gpkg"), PER_AREA=str(t / "pa.gpkg"),
        AREA_RATES=str(t / "ar.gpkg"), UNMATCHED="TEMPORARY_OUTPUT"))
    pm = _read(res["PER_MESSAGE"], ["message_id", "created", "recipients", "repliers", "replies", "reply_rate"])
    pa = _read(res["PER_AREA"], ["area_code", "month", "recipients", "repliers", "reply_rate"])
    ar = _read(res["AREA_RATES"], ["area_code", "recipients", "repliers", "reply_rate"])
    pm["area_code"] = ""
    assert len(pm) == len(quarter["plan"]) and res["MATCHED"] == res["ACCEPTED"] > 100
    # the primary suppression is there: the street follow-ups' small counts are empty, big ones shown
    sizes = {f"MSG-Q{n:02d}": len(ids) for n, (*_, ids) in enumerate(quarter["plan"])}
    small = [k for k, v in sizes.items() if v < BELOW]
    assert small and pm.set_index("message_id").recipients[small].isna().all()
    assert pm.recipients.notna().sum() >= len(pm) - len(small) - 2
    # nothing shown is small; a rate is never shown beside an empty count
    for df in (pm, pa, ar):
        for c in ("recipients", "repliers", "replies"):
            if c in df:
                v = df[c].dropna()
                assert not ((v > 0) & (v < BELOW)).any(), (c, v[(v > 0) & (v < BELOW)])
        assert df.reply_rate[df.recipients.isna() | df.repliers.isna()].isna().all()
    # the attack: no hidden count the sums pin down is a small count of people
    found = pinned(pm, pa, ar, res["MATCHED"])
    given_back = {k: v for k, v in found.items() if 0 < v < BELOW}
    assert not given_back, f"small counts given back by subtraction: {given_back}"
    hidden = sum(int(df[c].isna().sum()) for df in (pm, pa, ar) for c in ("recipients", "repliers", "replies")
                 if c in df)
    assert hidden > len(small)                                      # secondary cells were hidden too


def test_the_attacker_finds_what_one_total_gives_back():
    """The attacker itself: one small area-month beside its area's total and a month total is found."""
    pm = pd.DataFrame({"created": ["2024-01-05", "2024-02-05"], "recipients": [43.0, 50.0], "repliers": [9.0, 14.0],
                       "replies": [np.nan, 11.0]})
    pa = pd.DataFrame({"area_code": ["A", "B", "A", "B"], "month": ["2024-01", "2024-01", "2024-02", "2024-02"],
                       "recipients": [np.nan, 40.0, 20.0, 30.0], "repliers": [0.0, 9.0, 6.0, 8.0]})
    ar = pd.DataFrame({"area_code": ["A", "B"], "recipients": [23.0, 70.0], "repliers": [6.0, 17.0]})
    found = pinned(pm, pa, ar, 14)
    assert found == {("PER_AREA", "recipients", 0): 3.0, ("PER_MESSAGE", "replies", 0): 3.0}


def test_the_report_protects_every_layer_together():
    """core: a small message beside a ward-wide one of the same month (PER_MESSAGE against PER_AREA's month), a
    small area-month, one message's small replies against MATCHED - each gets a partner hidden, the cheapest
    that closes it into a cycle, and nothing shown changes."""
    from local_priority_targeting.core.analyse.secondary import protect_engagement
    pm = pd.DataFrame({"message_id": ["M1", "M2", "M3", "M4"], "created": ["2024-01-09", "2024-01-23", "2024-02-06",
                                                                        "2024-02-20"],
                       "recipients": [300, 3, 120, 80], "repliers": [30, 1, 14, 9], "replies": [36, 2, 15, 9]})
    pm["reply_rate"] = (100.0 * pm.repliers / pm.recipients).round(2)
    pa = pd.DataFrame({"area_code": ["A", "A", "B", "C"], "month": ["2024-01", "2024-02", "2024-02", "2024-02"],
                       "recipients": [303, 40, 90, 70], "repliers": [31, 6, 9, 8]})
    pa["reply_rate"] = (100.0 * pa.repliers / pa.recipients).round(2)
    ar = pd.DataFrame({"area_code": ["A", "B", "C"], "recipients": [343, 90, 70], "repliers": [37, 9, 8]})
    ar["reply_rate"] = (100.0 * ar.repliers / ar.recipients).round(2)
    spm, spa, sar = protect_engagement(pm, pa, ar, BELOW)
    # M2's 3 recipients: closed into a cycle through ward A's two months and February's smaller message (a cost of
    # 303 + 40 + 3 x 80, below January's ward-wide 3 x 300); its 2 replies: the smallest other message's, M4's 9
    assert spm.recipients.isna().tolist() == [False, True, False, True]
    assert spa.recipients.isna().tolist() == [True, True, False, False] and sar.recipients.notna().all()
    assert spm.replies.isna().tolist() == [False, True, False, True]
    assert pinned(spm, spa, sar, int(pm.replies.sum())) == {}
    for before, after in ((pm, spm), (pa, spa), (ar, sar)):
        for c in ("recipients", "repliers", "replies"):
            if c in before:
                shown = after[c].notna()
                assert (after[c][shown].astype(int) == before[c][shown]).all()
        assert after.reply_rate[after.recipients.isna() | after.repliers.isna()].isna().all()
