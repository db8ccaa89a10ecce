"""Parameters shared by lpt:linkcommunity, lpt:compareperiods and lpt:prioritystreets, their reading into
LinkInputs, and the scope (the areas analysed: every area given, AREA_CODES or a PATCH)."""
from __future__ import annotations
import gc
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING
from dataclasses import fields

from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import (QgsProcessing, QgsProcessingParameterDistance, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber, QgsProcessingParameterString)

from ...core.errors import LptInputError
from ..catalogue import QT_TRANSLATE_NOOP
from ...qgisio.layers import frame_from_source

if TYPE_CHECKING:
    from ...core.link.link import LinkInputs

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
# ids looked at only for the records that do not link: read, but decoded only for those (core/io/lazy_text)
UNDECODED = {"CRIMES": ("crime_id",), "SURVEYS": ("response_id",)}


def add_link_parameters(alg):
    from ..workspace_param import workspace_parameter
    alg.addParameter(workspace_parameter(QCoreApplication.translate(
        "LptAlgorithm", "Workspace (GeoPackage or PostGIS connection pg:NAME / service=NAME; instead of the layers "
        "below)"), optional=True))
    for key, label, typ, optional, _, _ in SOURCES:
        # required unless a workspace is given (checked when the algorithm runs)
        alg.addParameter(QgsProcessingParameterFeatureSource(key, alg.tr(label), [typ], optional=True))
    alg.addParameter(QgsProcessingParameterFile("HARM_WEIGHTS", QCoreApplication.translate("LptAlgorithm", "Harm weights (crime_type,weight); default "
                                                "shipped table"), optional=True, fileFilter="CSV (*.csv)"))
    alg.addParameter(QgsProcessingParameterDistance("MAX_DISTANCE", QCoreApplication.translate("LptAlgorithm", "Maximum distance to a street"),
                                                    defaultValue=150.0, minValue=1, maxValue=5000))
    alg.addParameter(QgsProcessingParameterNumber("SUPPRESS_BELOW", QCoreApplication.translate("LptAlgorithm", "Suppress counts of people, and figures "
                                                  "based on fewer than this many people"), defaultValue=5, minValue=1,
                                                  maxValue=1000))
    alg.addParameter(QgsProcessingParameterString("AREA_CODES", QCoreApplication.translate(
        "LptAlgorithm", "Only these areas (codes, comma separated; blank = every area given)"), optional=True))
    alg.addParameter(QgsProcessingParameterFeatureSource("PATCH", QCoreApplication.translate(
        "LptAlgorithm", "Only this patch (polygon layer)"), [QgsProcessing.TypeVectorPolygon], optional=True))


def link_inputs(alg, parameters, context, feedback) -> LinkInputs:
    """The link inputs from the workspace (``WORKSPACE``) or from the layer parameters."""
    harm_path = alg.parameterAsFile(parameters, "HARM_WEIGHTS", context) or ""
    ws = workspace_path(alg, parameters, context)
    if ws:
        from ...core.analyse.insight import load_harm_weights
        harm = load_harm_weights(harm_path)
        from ...core.link.stored import load_inputs
        from ...core.store import workspace
        from ..workspace_param import refuse_outputs_onto, said
        refuse_outputs_onto(alg, parameters, ws)
        feedback.pushInfo(QCoreApplication.translate("LptAlgorithm", "Reading the workspace {0}…").format(said(ws)))
        with workspace.open_store(ws, create=False) as store:
            return load_inputs(store, harm)
    frames, sources, layers = {}, {}, {}
    for key, label, _, optional, required, geom in SOURCES:
        src = alg.parameterAsSource(parameters, key, context)
        if src is None and not optional:
            raise LptInputError(QCoreApplication.translate("LptAlgorithm", "{0} is required (or give a WORKSPACE)").format(label), key,
                                QCoreApplication.translate("LptAlgorithm", "choose the layer."))
        sources[key] = src
        layers[key] = whole_layer(alg, parameters, key, context) if src is not None else None
    with ThreadPoolExecutor(2) as pool:      # GDAL reads the next layer while Python decodes this one
        reads = _prefetch(feedback, sources, layers, pool)
        # pandas, shapely and the analyses are imported while GDAL fetches (only that part overlaps: decoding and
        # importing both hold the GIL); then what lives is left out of the run's later full collections
        from ...core.link.inputs import inputs_from_frames
        from ...core.analyse.insight import load_harm_weights
        harm = load_harm_weights(harm_path)
        gc.freeze()
        for key, label, _, optional, required, geom in SOURCES:
            src = sources[key]
            if src is None:
                frames[key] = None
                continue
            feedback.pushInfo(QCoreApplication.translate("LptAlgorithm", "Reading {0}…").format(label.split(" (")[0]))
            frames[key] = frame_from_source(src, context, feedback, geometry=geom, required=required, label=label,
                                            allow_empty=optional, layer=layers[key],
                                            xy=key in ("CRIMES", "POSTCODES"), prefetched=reads.get(key))
            if feedback.isCanceled():
                raise LptInputError(QCoreApplication.translate("LptAlgorithm", "cancelled"), key, "")
    return inputs_from_frames(frames, harm)


def _prefetch(feedback, sources, layers, pool) -> dict:
    """Start the columnar reads of the layers GDAL can read whole (planned here, on the main thread)."""
    from ...qgisio.columnar import plan, read_planned
    reads = {}
    big_first = sorted(SOURCES, key=lambda src: src[0] != "CRIMES")   # the longest read starts now, members next
    for key, _, _, _, _, geom in big_first:
        layer = layers[key]
        p = plan(layer, [f.name() for f in sources[key].fields()], geom, UNDECODED.get(key, ())) \
            if layer is not None else None
        if p is not None:
            reads[key] = pool.submit(read_planned, p, feedback.isCanceled).result
    return reads


def whole_layer(alg, parameters, key, context):
    """The layer behind a parameter when it is read whole (no 'selected features only'), else None."""
    from qgis.core import QgsProcessingFeatureSourceDefinition
    value = parameters.get(key)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit not in (-1, None)):
        return None
    try:
        return alg.parameterAsVectorLayer(parameters, key, context)
    except Exception:  # noqa: BLE001 - not resolvable as a layer: read through the source
        return None


def workspace_path(alg, parameters, context) -> str:
    if alg.parameterDefinition("WORKSPACE") is None:
        return ""
    return (alg.parameterAsFile(parameters, "WORKSPACE", context) or "").strip()


def linked(alg, parameters, context, feedback, inp):
    """Links narrowed to the scope (the areas analysed); ``inp`` is narrowed to it too, in place, so that every
    figure the caller makes from (links, inp) is for the scope.  What was left out is said in the log."""
    from ...core.link.link import LinkInputs
    from ...core.link import scope as S
    links = _all_links(alg, parameters, context, feedback, inp)
    sc = S.define(inp, area_codes(alg, parameters, context), patch_polygon(alg, parameters, context, feedback))
    narrowed, links = S.apply(inp, links, sc)
    for f in fields(LinkInputs):
        setattr(inp, f.name, getattr(narrowed, f.name))
    feedback.pushInfo(QCoreApplication.translate("LptAlgorithm", "Areas analysed: {0}; left out: "
                                                 "{1:,} crimes (all months), {2:,} streets, {3:,} member records (any date)").format(
        sc.name, len(sc.crimes_out), sc.streets_out, sc.members_out))
    return links


def area_codes(alg, parameters, context):
    if alg.parameterDefinition("AREA_CODES") is None:
        return None
    import re
    import unicodedata
    from ...core.io.text import visible
    text = alg.parameterAsString(parameters, "AREA_CODES", context) or ""
    codes = [c for c in re.split(r"[,;\s]+", unicodedata.normalize("NFKC", visible(text))) if c]
    if text.strip() and not codes:               # ',,' is not 'every area'
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "AREA_CODES is {0!r}: it names no area code")
                            .format(text), "AREA_CODES", QCoreApplication.translate(
                                "LptAlgorithm", "give codes separated by commas (E05011525, E05011526), or leave it "
                                                "blank for every area."))
    return codes or None


def patch_polygon(alg, parameters, context, feedback):
    """The union of the PATCH layer's polygons (EPSG:27700), or None."""
    if alg.parameterDefinition("PATCH") is None:
        return None
    src = alg.parameterAsSource(parameters, "PATCH", context)
    if src is None:
        return None
    import shapely
    df = frame_from_source(src, context, feedback, geometry=True)
    if df.geometry.isna().all():
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "the patch layer has no polygon"), "PATCH",
                            QCoreApplication.translate("LptAlgorithm", "draw or choose a polygon."))
    return shapely.union_all(df.geometry.dropna().values)


def _all_links(alg, parameters, context, feedback, inp):
    """Links: stored in the workspace (computed once; only what is new is linked), or computed now."""
    from ...core.link.link import link
    dist = alg.parameterAsDouble(parameters, "MAX_DISTANCE", context)
    ws = workspace_path(alg, parameters, context)
    if ws:
        from ...core.link.cache import describe, ensure_links
        from ...core.store import workspace
        with workspace.open_store(ws, create=False) as store:
            links, stats = ensure_links(store, inp, dist, progress=lambda f: feedback.setProgress(0.4 * f))
        feedback.pushInfo(QCoreApplication.translate("LptAlgorithm", "Links from the workspace: {0}").format(
            describe(stats)))
        return links
    feedback.pushInfo(QCoreApplication.translate("LptAlgorithm", "Linking…"))
    return link(inp, dist, progress=lambda f: feedback.setProgress(0.4 * f), is_cancelled=feedback.isCanceled)
