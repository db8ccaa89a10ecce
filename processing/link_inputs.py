"""Parameters shared by lpt:linkcommunity and lpt:compareperiods, and their reading into LinkInputs."""
import pandas as pd
from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import (QgsProcessing, QgsProcessingParameterDistance, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber)

from ..core.errors import LptInputError
from ..core.analyse.insight import load_harm_weights
from ..core.link.link import LinkInputs
from .catalogue import QT_TRANSLATE_NOOP
from .layers import frame_from_source

TABLE, POINT, LINE, POLY = (QgsProcessing.TypeVector, QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine,
                            QgsProcessing.TypeVectorPolygon)
# key, label, types, optional, required fields, with geometry
SOURCES = [
    ("MEMBERS", QT_TRANSLATE_NOOP("LptAlgorithm", "Members"), TABLE, False, ("member_id", "postcode", "registered"), False),
    ("SURVEYS", QT_TRANSLATE_NOOP("LptAlgorithm", "Survey responses"), TABLE, True, ("response_id", "member_id", "submitted"), False),
    ("CRIMES", QT_TRANSLATE_NOOP("LptAlgorithm", "Crimes"), POINT, False, (), True),
    ("POSTCODES", QT_TRANSLATE_NOOP("LptAlgorithm", "Postcodes"), POINT, False, ("postcode",), True),
    ("STREETS", QT_TRANSLATE_NOOP("LptAlgorithm", "Street segments"), LINE, False, (), True),
    ("AREAS", QT_TRANSLATE_NOOP("LptAlgorithm", "Areas"), POLY, False, ("area_code", "area_name"), True),
    ("LSOA21", QT_TRANSLATE_NOOP("LptAlgorithm", "LSOA 2021 polygons"), POLY, True, (), True),
    ("IMD", QT_TRANSLATE_NOOP("LptAlgorithm", "Indices of Deprivation"), TABLE, True, ("lsoa_code", "imd_decile"), False),
    ("LSOA_LOOKUP", QT_TRANSLATE_NOOP("LptAlgorithm", "LSOA 2011-2021 lookup"), TABLE, True, ("lsoa11_code", "lsoa21_code"), False),
    ("HOUSEHOLDS", QT_TRANSLATE_NOOP("LptAlgorithm", "Census households by LSOA 2021"), TABLE, True, ("area_code", "total"), False),
    ("POPULATION", QT_TRANSLATE_NOOP("LptAlgorithm", "Census population by LSOA 2021"), TABLE, True, ("area_code", "total"), False),
    ("OAC", QT_TRANSLATE_NOOP("LptAlgorithm", "Output Area Classification"), TABLE, True, ("area_code", "supergroup", "level"), False),
    ("ACORN", QT_TRANSLATE_NOOP("LptAlgorithm", "Acorn by postcode"), TABLE, True, ("postcode", "acorn_category"), False),
    ("VISITS", QT_TRANSLATE_NOOP("LptAlgorithm", "Door-knock visits"), TABLE, True, ("visit_id", "date", "postcode"), False),
    ("ETHNIC", QT_TRANSLATE_NOOP("LptAlgorithm", "Census ethnic group by LSOA 2021"), TABLE, True,
     ("area_code", "category", "count"), False),
]


def add_link_parameters(alg):
    for key, label, typ, optional, _, _ in SOURCES:
        alg.addParameter(QgsProcessingParameterFeatureSource(key, alg.tr(label), [typ], optional=optional))
    alg.addParameter(QgsProcessingParameterFile("HARM_WEIGHTS", QCoreApplication.translate("LptAlgorithm", "Harm weights (crime_type,weight); default "
                                                "shipped table"), optional=True, fileFilter="CSV (*.csv)"))
    alg.addParameter(QgsProcessingParameterDistance("MAX_DISTANCE", QCoreApplication.translate("LptAlgorithm", "Maximum distance to a street"),
                                                    defaultValue=150.0, minValue=1, maxValue=5000))
    alg.addParameter(QgsProcessingParameterNumber("SUPPRESS_BELOW", QCoreApplication.translate("LptAlgorithm", "Suppress survey figures based on fewer "
                                                  "than this many people"), defaultValue=5, minValue=1,
                                                  maxValue=1000))


def _streets(df: pd.DataFrame) -> pd.DataFrame:
    import shapely
    df = df[df.geometry.notna()].copy()
    if "segment_id" not in df:
        df["segment_id"] = range(1, len(df) + 1)
    if "street_id" not in df:
        df["street_id"] = df["name"].fillna("").astype(str) + "#" + df.segment_id.astype(str) if "name" in df else \
            df.segment_id.astype(str)
    if "name" not in df:
        df["name"] = ""
    df["name"] = df["name"].fillna("").astype(str)
    parts, idx = shapely.get_parts(df.geometry.values, return_index=True)
    out = df.iloc[idx].reset_index(drop=True)
    out["geometry"] = parts
    if len(parts) != len(df):
        out["segment_id"] = range(1, len(out) + 1)
    out["length_m"] = shapely.length(parts)
    return out


def link_inputs(alg, parameters, context, feedback) -> LinkInputs:
    import shapely
    frames = {}
    for key, label, _, optional, required, geom in SOURCES:
        src = alg.parameterAsSource(parameters, key, context)
        if src is None:
            if not optional:
                raise LptInputError(f"{label} is required", key, "choose the layer.")
            frames[key] = None
            continue
        feedback.pushInfo(QCoreApplication.translate("LptAlgorithm", "Reading {0}…").format(label.split(" (")[0]))
        frames[key] = frame_from_source(src, context, feedback, geometry=geom, required=required, label=label,
                                        allow_empty=optional)
        if feedback.isCanceled():
            raise LptInputError("cancelled", key, "")
    for key in ("CRIMES", "POSTCODES"):
        df = frames[key]
        df["easting"], df["northing"] = shapely.get_x(df.geometry.values), shapely.get_y(df.geometry.values)
    crimes = frames["CRIMES"]
    if "month" not in crimes:
        raise LptInputError("the crime layer has no 'month' field", "CRIMES", "use Import police.uk crime / force extract.")
    ctype = "crime_type" if "crime_type" in crimes else ("category" if "category" in crimes else None)
    if ctype is None:
        raise LptInputError("the crime layer has no crime_type or category field", "CRIMES", "")
    crimes = crimes.rename(columns={ctype: "crime_type"})
    for c in ("crime_id", "location"):
        if c not in crimes:
            crimes[c] = ""
    crimes[["crime_id", "month"]] = crimes[["crime_id", "month"]].fillna("").astype(str)
    m = frames["MEMBERS"].fillna({c: "" for c in frames["MEMBERS"].columns if frames["MEMBERS"][c].dtype == object})
    for c in ("status", "opted_out", "age_band", "gender", "ethnic_group", "religion", "main_language",
              "disability", "groups"):
        if c not in m:
            m[c] = ""
    s = frames["SURVEYS"]
    if s is None:
        s = pd.DataFrame(columns=["response_id", "member_id", "submitted", "wave", "trust", "confidence", "priorities"])
    else:
        for c in ("trust", "confidence"):
            s[c] = pd.to_numeric(s.get(c), errors="coerce")
        s["priorities"] = s.get("priorities", pd.Series("", index=s.index)).fillna("")
    areas = frames["AREAS"][frames["AREAS"].geometry.notna()].copy()
    areas["area_code"] = areas.area_code.astype(str)
    pcs = frames["POSTCODES"].fillna({c: "" for c in ("lsoa21", "lsoa11", "oa21") if c in frames["POSTCODES"]})
    census = None
    if frames["HOUSEHOLDS"] is not None:
        hh = frames["HOUSEHOLDS"].groupby("area_code").total.first()
        pop = frames["POPULATION"].groupby("area_code").total.first() if frames["POPULATION"] is not None else None
        census = pd.DataFrame({"lsoa21_code": hh.index, "households": hh.values,
                               "population": pop.reindex(hh.index).values if pop is not None else float("nan")})
    lsoa = None
    if frames["LSOA21"] is not None:
        l = frames["LSOA21"]
        code = next((c for c in ("lsoa21_code", "lsoa21cd", "LSOA21CD", "area_code") if c in l), None)
        if code is None:
            raise LptInputError("the LSOA 2021 layer has no lsoa21_code / LSOA21CD / area_code field", "LSOA21", "")
        lsoa = pd.DataFrame({"lsoa21_code": l[code].astype(str), "geometry": l.geometry})
    harm = alg.parameterAsFile(parameters, "HARM_WEIGHTS", context)
    return LinkInputs(members=m, postcodes=pcs, streets=_streets(frames["STREETS"]), areas=areas, crimes=crimes,
                      surveys=s, lsoa=lsoa, imd=frames["IMD"], lsoa_lookup=frames["LSOA_LOOKUP"], census=census,
                      oac=frames["OAC"], acorn=frames["ACORN"], harm_weights=load_harm_weights(harm or ""),
                      visits=frames["VISITS"], ethnic=frames["ETHNIC"])
