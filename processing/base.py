"""Shared plumbing of the Processing algorithms.

* :class:`LptAlgorithm` turns domain errors into ``QgsProcessingException``
  (no Python traceback reaches the user; the traceback of an unexpected error
  goes to the QGIS message log), bridges progress and cancel, and loads the
  QML style of each output once the algorithm has finished.
* :class:`CsvImportAlgorithm` is the common shape of every CSV import: INPUT,
  COLUMN_MAP, DELIMITER, ENCODING -> OUTPUT, REJECTS and the counts READ,
  ACCEPTED, REJECTED.
"""
from __future__ import annotations

import math
import os
import re
import sys
import traceback
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

import numpy as np

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsField, QgsFields,
                       QgsGeometry, QgsMessageLog, Qgis, QgsPointXY, QgsProcessing, QgsProcessingAlgorithm,
                       QgsProcessingException, QgsProcessingOutputLayerDefinition, QgsProperty,
                       QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
                       QgsProcessingParameterString, QgsProcessingUtils, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core.errors import LptCancelled, LptInputError
from ..core.io.safe_csv import neutralise_value, write_csv
from .styling import CHOROPLETHS, graduate
from .catalogue import QT_TRANSLATE_NOOP

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLE_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")
ICON = os.path.join(PLUGIN_DIR, "resources", "icons", "lpt.svg")
BNG = QgsCoordinateReferenceSystem("EPSG:27700")

DELIMITER_OPTIONS = ["auto", "comma", "semicolon", "tab", "pipe"]
ENCODING_OPTIONS = ["auto", "utf-8", "cp1252"]
REJECT_FIELDS = [("file", QVariant.String), ("row", QVariant.LongLong), ("column", QVariant.String),
                 ("value", QVariant.String), ("reason", QVariant.String)]


COMMON_HELP = {
    "COLUMN_MAP": QT_TRANSLATE_NOOP("LptAlgorithm", "Only when your columns have other names: canonical=Your column; "
                                    "e.g. member_id=Subscriber Ref; postcode=Home Postcode"),
    "DELIMITER": QT_TRANSLATE_NOOP("LptAlgorithm", "auto detects comma, semicolon, tab or pipe from the header line"),
    "ENCODING": QT_TRANSLATE_NOOP("LptAlgorithm", "auto reads UTF-8 (with or without BOM), UTF-16 and Windows-1252 (Excel)"),
    "MAX_DISTANCE": QT_TRANSLATE_NOOP("LptAlgorithm", "A postcode or crime point further than this from every street segment links to no street"),
    "SUPPRESS_BELOW": QT_TRANSLATE_NOOP("LptAlgorithm", "Survey figures based on fewer people are left empty, so no one can be singled out"),
    "HARM_WEIGHTS": QT_TRANSLATE_NOOP("LptAlgorithm", "A CSV crime_type,weight (0 to 100,000) to replace the shipped indicative weights"),
    "PERIOD_START": QT_TRANSLATE_NOOP("LptAlgorithm", "First month, YYYY-MM; blank = the first month of the crime data"),
    "PERIOD_END": QT_TRANSLATE_NOOP("LptAlgorithm", "Last month, YYYY-MM; blank = the last month of the crime data"),
    "W": QT_TRANSLATE_NOOP("LptAlgorithm", "How much this component counts in the score (0 = ignored, 1 = as shipped)"),
    "RULES": QT_TRANSLATE_NOOP("LptAlgorithm", "A CSV rule_id,condition,action; a condition only compares fields (see README, Recommended actions)"),
    "AREA_CODES": QT_TRANSLATE_NOOP("LptAlgorithm", "Comma-separated area codes, e.g. E05011541,E05011529; blank = every area"),
    "AUDIENCE": QT_TRANSLATE_NOOP("LptAlgorithm", "Sets such as: include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=75+"),
    "LOG": QT_TRANSLATE_NOOP("LptAlgorithm", "The GeoPackage that records every export (created if it does not exist)"),
    "VISITS": QT_TRANSLATE_NOOP("LptAlgorithm", "Door-knock visits: streets without a recent visit score higher on engagement"),
    "TOP_N": QT_TRANSLATE_NOOP("LptAlgorithm", "How many of the top streets to list (report) or to message (exportmessage)"),
    "GI_DISTANCE": QT_TRANSLATE_NOOP("LptAlgorithm", "Segments within this distance of each other are neighbours in the hot-street (Gi*) test"),
    "ALPHA": QT_TRANSLATE_NOOP("LptAlgorithm", "A result is significant when its false-discovery-rate q-value is below this"),
    "VISIT_MONTHS": QT_TRANSLATE_NOOP("LptAlgorithm", "A door-knock visit counts as recent for this many months"),
    "PATCH": QT_TRANSLATE_NOOP("LptAlgorithm", "Analyse only what lies in these polygons (e.g. a team's patch): streets by their midpoint, crimes and members by their point"),
    "TITLE": QT_TRANSLATE_NOOP("LptAlgorithm", "Title of the HTML briefing"),
    "INCLUDE_MEMBERS": QT_TRANSLATE_NOOP("LptAlgorithm", "Writes member ids and postcode points: personal data, only when you need them"),
    "INCLUDE_IDS": QT_TRANSLATE_NOOP("LptAlgorithm", "Lists personal ids in the unmatched table: only when you need to correct the source records"),
    "AREA_MODE": QT_TRANSLATE_NOOP("LptAlgorithm", "Who is in the area: the whole force, the codes below, a polygon layer, or the top priority streets"),
    "TEMPLATE": QT_TRANSLATE_NOOP("LptAlgorithm", "The message template; it is filled with aggregate figures of the area only"),
    "WHAT_WAS_DONE": QT_TRANSLATE_NOOP("LptAlgorithm", "For 'you said, we did': what the team did, in one sentence"),
    "TEAM": QT_TRANSLATE_NOOP("LptAlgorithm", "Who signs the message, e.g. Hull Central Neighbourhood Policing Team"),
    "BODY": QT_TRANSLATE_NOOP("LptAlgorithm", "Your final text; blank = the filled template"),
    "CHANNEL": QT_TRANSLATE_NOOP("LptAlgorithm", "email or SMS (SMS shows the number of characters and segments in the log)"),
    "MIN_AUDIENCE": QT_TRANSLATE_NOOP("LptAlgorithm", "A message to fewer people is always blocked, so that nobody is singled out"),
    "FREQUENCY_DAYS": QT_TRANSLATE_NOOP("LptAlgorithm", "Recipients who already had a message within this many days are counted"),
    "ALLOW_RECENT": QT_TRANSLATE_NOOP("LptAlgorithm", "Without it, the export is blocked when some recipients already had a message recently"),
    "OUTPUT_FOLDER": QT_TRANSLATE_NOOP("LptAlgorithm", "Where the recipients CSV and message JSON for the alert platform are written"),
    "AUTHOR": QT_TRANSLATE_NOOP("LptAlgorithm", "Recorded in the message log"),
    "MEMBERS": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import alert-platform members (or any table with member_id, postcode, status)"),
    "SURVEYS": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import survey responses"),
    "CRIMES": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import police.uk crime or Import force crime extract"),
    "POSTCODES": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import postcode lookup"),
    "STREETS": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import streets or Approximate streets from police.uk points"),
    "AREAS": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Import areas (wards, beats or neighbourhoods)"),
    "LSOA21": QT_TRANSLATE_NOOP("LptAlgorithm", "LSOA 2021 polygons: postcode to LSOA, and the Census best fit"),
    "IMD": QT_TRANSLATE_NOOP("LptAlgorithm", "Indices of Deprivation, output of Import classification or deprivation"),
    "LSOA_LOOKUP": QT_TRANSLATE_NOOP("LptAlgorithm", "The LSOA 2011 to 2021 lookup, needed with IMD 2019 (LSOA 2011 codes)"),
    "HOUSEHOLDS": QT_TRANSLATE_NOOP("LptAlgorithm", "Census households by LSOA 2021, output of Import Census (e.g. TS011)"),
    "POPULATION": QT_TRANSLATE_NOOP("LptAlgorithm", "Census population by LSOA 2021, output of Import Census (e.g. TS021)"),
    "OAC": QT_TRANSLATE_NOOP("LptAlgorithm", "Output Area Classification, output of Import classification or deprivation"),
    "ACORN": QT_TRANSLATE_NOOP("LptAlgorithm", "Acorn by postcode, output of Import classification or deprivation"),
    "ETHNIC": QT_TRANSLATE_NOOP("LptAlgorithm", "Census ethnic group by LSOA 2021, output of Import Census (TS021)"),
    "AREA_LAYER": QT_TRANSLATE_NOOP("LptAlgorithm", "Any polygon layer; only its selected features when some are selected"),
    "PRIORITY_STREETS": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Priority streets: its top TOP_N streets' residents"),
    "INSIGHT": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Link community data (area insight): fills the message with figures"),
    "CHANGE": QT_TRANSLATE_NOOP("LptAlgorithm", "Output of Compare periods (area change): the change in crime for the message"),
}
HOMEPAGE = "https://github.com/local-priority-targeting/local_priority_targeting"
HELP_HEADINGS = {"importstreets": "Streets and areas", "importareas": "Streets and areas",
                 "streetsfromcrime": "Streets and areas", "generatedemodata": "Demo and training data",
                 "importvisits": "Priority streets (`lpt:prioritystreets`)"}


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a README heading."""
    import re
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def readme_url(name: str) -> str:
    """README section of an algorithm: the heading naming lpt:<name>, or the one listed in HELP_HEADINGS."""
    heading = HELP_HEADINGS.get(name, "")
    if not heading:
        try:
            with open(os.path.join(PLUGIN_DIR, "README.md"), encoding="utf-8") as fh:
                heading = next((l.lstrip("#").strip() for l in fh if l.startswith("#") and f"lpt:{name}`" in l), "")
        except OSError:
            heading = ""
    return f"{HOMEPAGE}#{github_anchor(heading)}" if heading else HOMEPAGE


def make_fields(spec: Iterable[Tuple[str, Any]]) -> QgsFields:
    fields = QgsFields()
    for name, typ in spec:
        fields.append(QgsField(name, typ))
    return fields


def qvariant_of(dtype) -> Any:
    kind = getattr(dtype, "kind", "O")
    if kind in "iu":
        return QVariant.LongLong
    if kind == "f":
        return QVariant.Double
    if kind == "b":
        return QVariant.Bool
    return QVariant.String


def fields_of(df, exclude=("geometry",)) -> List[Tuple[str, Any]]:
    return [(c, qvariant_of(df[c].dtype)) for c in df.columns if c not in exclude and not c.startswith("__")]


def _clean(v):
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item"):
        v = v.item()
        if isinstance(v, float) and math.isnan(v):
            return None
    return v


def _column_values(s) -> list:
    """A column as Python values, NULL for NaN/None, converted once per column (not per cell)."""
    kind = s.dtype.kind
    if kind == "f":
        return [None if v != v else v for v in s.tolist()]
    if kind in "iub":
        return s.tolist()
    return [v if isinstance(v, str) else _clean(v) for v in s.tolist()]


def write_frame(sink, df, columns: List[str], geometry: Optional[Callable[[Any], QgsGeometry]] = None,
                feedback=None) -> int:
    """Append DataFrame rows to a feature sink. ``geometry(row_tuple)`` builds the geometry."""
    if sink is None or df is None or len(df) == 0:
        return 0
    feats = []
    values = zip(*[_column_values(df[c]) for c in columns])
    geoms = geometry(df) if geometry else None
    for i, row in enumerate(values):
        f = QgsFeature()
        f.setAttributes(list(row))
        if geoms is not None:
            f.setGeometry(geoms[i])
        feats.append(f)
        if len(feats) >= 20000:
            if feedback is not None and feedback.isCanceled():
                raise LptCancelled()
            sink.addFeatures(feats, QgsFeatureSink.FastInsert)
            feats = []
    if feats:
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
    return len(df)


def point_geoms(xcol: str = "easting", ycol: str = "northing"):
    def build(df):
        return [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in zip(df[xcol].values, df[ycol].values)]
    return build


def wkb_geoms(col: str = "geometry", multi: bool = False):
    import shapely

    def build(df):
        out = []
        vals = [g if isinstance(g, shapely.Geometry) else None for g in df[col].values]   # NaN -> null geometry
        for w in shapely.to_wkb(vals):
            g = QgsGeometry()
            if w is not None:
                g.fromWkb(w)
            if multi:
                g.convertToMultiType()
            out.append(g)
        return out
    return build


GPKG_TYPES = {QgsWkbTypes.Point: "POINT", QgsWkbTypes.LineString: "LINESTRING",
              QgsWkbTypes.MultiLineString: "MULTILINESTRING", QgsWkbTypes.MultiPolygon: "MULTIPOLYGON"}


def direct_path(value) -> str:
    """The file an output is to be written to when core's writers can write it themselves: a plain
    ``.gpkg`` or ``.csv`` path with no layer name or creation options; '' otherwise."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):      # what the dialogs pass
        options = dict(value.createOptions or {})
        if set(options) - {"fileEncoding"} or \
                str(options.get("fileEncoding", "UTF-8")).upper() not in ("UTF-8", "UTF8", "SYSTEM"):
            return ""
        if value.sink.propertyType() != QgsProperty.StaticProperty:
            return ""
        value = value.sink.staticValue()
    if not isinstance(value, str) or "|" in value:
        return ""
    if re.match(r"[A-Za-z][\w+.-]*:", value) and not re.match(r"[A-Za-z]:[\\/]", value):
        return ""                                   # memory:, ogr:, postgres: ... (not a Windows drive)
    return value if value.lower().endswith((".gpkg", ".csv")) and os.path.isdir(
        os.path.dirname(os.path.abspath(value))) else ""


def _is_spreadsheet(value) -> bool:
    """Whether a sink parameter value names a CSV/spreadsheet file (read without side effects: QGIS's
    parameterAsOutputLayer would also schedule the destination for loading)."""
    sink = getattr(value, "sink", None)
    if sink is not None:
        value = sink.staticValue()
    d = str(value or "").split("|")[0].lower()
    return d.endswith((".csv", ".txt", ".xlsx", ".xls", ".ods", ".tsv"))


class NeutralisingSink:
    """A feature sink writing a spreadsheet file: text cells that would start a formula are quoted (OWASP)."""

    def __init__(self, sink):
        self._sink = sink

    def addFeatures(self, feats, flags=QgsFeatureSink.FastInsert):  # noqa: N802 - QGIS API name
        for f in feats:
            f.setAttributes([neutralise_value(v) for v in f.attributes()])
        return self._sink.addFeatures(feats, flags)

    def addFeature(self, feat, flags=QgsFeatureSink.FastInsert):  # noqa: N802
        return self.addFeatures([feat], flags)

    def __getattr__(self, name):
        return getattr(self._sink, name)


class OutputWriter:
    """Rows to the output ``key``, frame by frame.  A plain .gpkg or .csv file is written in batches by core's
    writers (a GeoPackage table named after the file, as QGIS names it; CSV cells neutralised); any other
    destination (memory, a layer in an existing GeoPackage, PostGIS) goes through a QGIS feature sink, created
    with the first frame's fields.  ``wkb``: the geometry type (None = a table); the geometry is the frame's
    ``geometry`` column (shapely), or its easting/northing with ``points``."""

    def __init__(self, alg, parameters, context, feedback, key, wkb=None, multi=False, points=False):
        self.alg, self.parameters, self.context, self.feedback, self.key = alg, parameters, context, feedback, key
        self.wkb, self.multi, self.points = wkb, multi, points
        self.path = direct_path(parameters.get(key))
        if self.path and not (self.path.lower().endswith(".csv") or wkb is None or wkb in GPKG_TYPES):
            self.path = ""
        self.dest, self.sink, self.file, self.cols = None, None, None, None

    def write(self, df, columns: Optional[List[str]] = None) -> None:
        """Append ``df`` (its ``columns``; default: all but geometry and __private ones, as at the first call)."""
        if self.cols is None:
            self.cols = list(columns) if columns is not None else \
                [c for c in df.columns if c != "geometry" and not str(c).startswith("__")]
            lower = [str(c).lower() for c in self.cols]
            if len(set(lower)) < len(lower) or {"fid", "geom"} & set(lower):
                self.path = ""          # names SQLite would confuse: QGIS's writer maps or refuses them
        if self.feedback is not None and self.feedback.isCanceled():
            self.abort()
            raise LptCancelled()
        if not self.path:
            return self._to_sink(df)
        if self.dest is None:                       # QGIS loads it when run in the GUI
            self.dest = self.alg.parameterAsOutputLayer(self.parameters, self.key, self.context)
        if self.dest.lower().endswith(".csv"):
            if self.file is None:
                self.file = SafeCsvFile(self.dest)
            return self.file.write(df[self.cols])
        if self.file is None:
            from ..core.store.geopackage import LayerFileWriter
            name = os.path.splitext(os.path.basename(self.dest))[0]
            self.file = LayerFileWriter(self.dest, name, GPKG_TYPES.get(self.wkb) if self.wkb is not None else None)
        self.file.append(df[self.cols].assign(geometry=self._geometries(df)) if self.wkb is not None else
                         df[self.cols])

    def _geometries(self, df):
        from ..core.store import gpkg
        if self.points:
            import shapely
            x, y = df["easting"].to_numpy(float), df["northing"].to_numpy(float)
            g = shapely.points(x, y)
            g[~(np.isfinite(x) & np.isfinite(y))] = None
            return g
        return gpkg.as_multi(df["geometry"].values) if self.multi else df["geometry"].values

    def _to_sink(self, df) -> None:
        if self.dest is None:
            self.sink, self.dest = self.alg.sink(
                self.parameters, self.context, self.key, make_fields(fields_of(df[self.cols])),
                self.wkb if self.wkb is not None else QgsWkbTypes.NoGeometry, BNG if self.wkb is not None else None)
            self.dest = self.dest or ""
        geoms = None
        if self.wkb is not None:
            geoms = point_geoms() if self.points else wkb_geoms(multi=self.multi)
        write_frame(self.sink, df, self.cols, geoms, self.feedback)

    def finish(self) -> str:
        if self.file is not None:
            self.file.close()
            self.file = None
        if self.path and self.dest:
            self.alg._dest_ids[self.key] = self.dest
        return self.dest or None

    def abort(self) -> None:
        if self.file is not None:
            self.file.abort()
            self.file = None


class SafeCsvFile:
    """A CSV output written frame by frame under a temporary name (cells neutralised), put in place on close."""

    def __init__(self, path: str):
        import uuid                        # a short temporary name: the output may have the longest legal one
        self.path = path
        self.tmp = os.path.join(os.path.dirname(os.path.abspath(path)), f".lpt-{uuid.uuid4().hex[:16]}.part.csv")
        try:
            self.fh = open(self.tmp, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise LptInputError(f"cannot write the output ({exc.strerror})", path,
                                "choose a writable folder and a file name of at most 255 bytes.") from exc
        self.header = True

    def write(self, df) -> None:
        write_csv(df, self.fh, header=self.header)
        self.header = False

    def close(self) -> str:
        self.fh.close()
        try:
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self.abort()
            raise LptInputError(f"cannot write the output ({exc.strerror})", self.path,
                                "choose a writable folder and a file name of at most 255 bytes.") from exc
        return self.path

    def abort(self) -> None:
        self.fh.close()
        if os.path.exists(self.tmp):
            os.remove(self.tmp)


def failure(message: str) -> QgsProcessingException:
    """The exception that stops a run, its message shown once. qgis_process prints an exception's text three times
    (its message-log hook, then ERROR: and the log again from reportError), so there the message is written once
    here and the exception carries none; Desktop and processing.run get it in the exception as usual."""
    from qgis.core import QgsApplication
    if message and QgsApplication.platform() == "qgis_process":
        sys.stderr.write(f"ERROR:\t{message}\n")
        sys.stderr.flush()
        return QgsProcessingException("")
    return QgsProcessingException(message)


class LptAlgorithm(QgsProcessingAlgorithm):
    """Base class: naming, help, error handling and output styles."""

    NAME = ""
    DISPLAY = ""
    GROUP = "Import"
    GROUP_ID = "import"
    HELP = ""
    STYLES: Dict[str, str] = {}   # output parameter -> QML file in resources/styles

    def __init__(self):
        super().__init__()
        self._dest_ids: Dict[str, str] = {}

    def tr(self, text: str) -> str:
        """pylupdate5 files ``self.tr("...")`` under the class it is written in, and marked labels under
        'LptAlgorithm': look the text up in this class's context, then in each base class's."""
        for cls in type(self).__mro__:
            if cls is QgsProcessingAlgorithm:
                break
            t = QCoreApplication.translate(cls.__name__, text)
            if t != text:
                return t
        return text

    def createInstance(self):
        return self.__class__()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return self.tr(self.DISPLAY)

    def group(self) -> str:
        return self.tr(self.GROUP)

    def groupId(self) -> str:
        return self.GROUP_ID

    BASIC: Tuple[str, ...] = ()     # parameters shown by default; when set, every other input is Advanced
    ADVANCED: Tuple[str, ...] = ()  # or: these inputs are Advanced
    PARAM_HELP: Dict[str, str] = {}  # parameter -> a plain-words tooltip, also listed in the help panel
    EXAMPLE = ""                    # a qgis_process example (built by examples.py when blank)

    def addParameter(self, definition, createOutput=True):  # noqa: N802 - QGIS API name
        name = definition.name()
        if (self.BASIC and name not in self.BASIC or name in self.ADVANCED) and not definition.isDestination():
            definition.setFlags(definition.flags() | definition.FlagAdvanced)
        text = self.PARAM_HELP.get(name) or COMMON_HELP.get(name.split("_")[0] if name.startswith("W_") else name)
        if text:
            definition.setHelp(self.tr(text))
        return super().addParameter(definition, createOutput)

    def shortDescription(self) -> str:  # noqa: N802
        return self.tr(self.HELP).split(". ")[0].rstrip(".") + "."

    def shortHelpString(self) -> str:  # noqa: N802
        """What it does, each input and output in plain words, and an example (the dialog's help panel)."""
        import html
        items = []
        for d in self.parameterDefinitions():
            if d.isDestination():
                continue
            extra = f": {html.escape(d.help())}" if d.help() else ""
            opt = self.tr(" (optional)") if d.flags() & d.FlagOptional else ""
            items.append(f"<li><b>{html.escape(d.description())}</b>{opt}{extra}</li>")
        outs = [f"<li><b>{html.escape(d.description())}</b></li>" for d in self.parameterDefinitions()
                if d.isDestination()] + [f"<li>{html.escape(o.description())}</li>" for o in self.outputDefinitions()
                                         if self.parameterDefinition(o.name()) is None]
        return (f"<p>{html.escape(self.tr(self.HELP))}</p><h3>{self.tr('Inputs')}</h3><ul>{''.join(items)}</ul>"
                f"<h3>{self.tr('Outputs')}</h3><ul>{''.join(outs)}</ul><h3>{self.tr('Example')}</h3>"
                f"<p><code>{html.escape(self.example())}</code></p>")

    def example(self) -> str:
        """A qgis_process command that runs: every required input and default output (see examples.py)."""
        if self.EXAMPLE:
            return self.EXAMPLE
        from .examples import example
        return example(self)

    def helpUrl(self) -> str:  # noqa: N802
        return readme_url(self.NAME)

    def icon(self):
        return QIcon(ICON)

    # ------------------------------------------------------------------ run
    def run_algorithm(self, parameters, context, feedback) -> Dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def check_numbers(self, parameters, context) -> None:
        """Every number parameter is finite and within its range (QGIS lets NaN through its own check)."""
        for d in self.parameterDefinitions():
            if d.type() not in ("number", "distance", "duration", "scale") or parameters.get(d.name()) is None:
                continue
            v = self.parameterAsDouble(parameters, d.name(), context)
            lo, hi = d.minimum(), d.maximum()
            if not math.isfinite(v) or v < lo or v > hi:
                span = f"from {lo:g} to {hi:g}" if hi < 1e300 else f"of at least {lo:g}"
                raise LptInputError(f"{d.description()} is {parameters.get(d.name())!r}: it must be a finite number "
                                    f"{span}", d.name(), "correct the parameter.")

    def check_destinations(self, parameters, context) -> None:
        """No output may overwrite an input, address a workspace or share a file another output replaces
        (:mod:`.destinations`): refused before anything is read or written."""
        from .destinations import check_destinations
        check_destinations(self, parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        try:
            self.check_numbers(parameters, context)
            self.check_destinations(parameters, context)
            return self.run_algorithm(parameters, context, feedback)
        except LptInputError as exc:
            raise failure(str(exc))
        except LptCancelled:
            raise failure(self.tr("Cancelled by the user."))
        except QgsProcessingException as exc:
            raise failure(str(exc))
        except MemoryError:
            raise failure(self.tr("Not enough memory. Try a smaller extract or a smaller scale."))
        except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback in the dialog or terminal
            log = self._log_traceback()
            raise failure(
                self.tr("Unexpected error in {0}: {1}: {2}. The details are in {3}; please report them.")
                .format(self.NAME, type(exc).__name__, exc, log))

    def _log_traceback(self) -> str:
        """Append the traceback to lpt_errors.log in the QGIS profile folder (not to the screen); return its path."""
        from datetime import datetime
        from qgis.core import QgsApplication
        folder = QgsApplication.qgisSettingsDirPath() or os.path.expanduser("~")
        path = os.path.join(folder, "lpt_errors.log")
        try:
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {self.NAME}\n{traceback.format_exc()}\n")
        except OSError:
            QgsMessageLog.logMessage(traceback.format_exc(), "Local Priority Targeting", Qgis.Info)
            return self.tr("the QGIS log panel")
        return path

    ALWAYS_CREATE = ("REJECTS", "COVERAGE")   # optional in the dialog, but never skipped

    def sink(self, parameters, context, key: str, fields: QgsFields, wkb=QgsWkbTypes.NoGeometry, crs=None):
        if key in self.ALWAYS_CREATE and parameters.get(key) in (None, ""):
            # rejects are never silently dropped: a run that names no rejects output gets a temporary one
            parameters = dict(parameters)
            parameters[key] = "TEMPORARY_OUTPUT"
        sink, dest = self.parameterAsSink(parameters, key, context, fields, wkb,
                                          crs if crs is not None else QgsCoordinateReferenceSystem())
        if sink is not None and _is_spreadsheet(parameters.get(key)):
            sink = NeutralisingSink(sink)
        if sink is None and parameters.get(key) not in (None, "", "TEMPORARY_OUTPUT") and \
                self.parameterDefinition(key) is not None and not \
                (self.parameterDefinition(key).flags() & self.parameterDefinition(key).FlagOptional):
            raise QgsProcessingException(self.invalidSinkError(parameters, key))
        if dest:
            self._dest_ids[key] = dest
        return sink, dest

    def write_output(self, parameters, context, feedback, key: str, df, wkb=None, multi: bool = False) -> str:
        """Write a frame to the output ``key`` (see :class:`OutputWriter`); returns its destination."""
        w = OutputWriter(self, parameters, context, feedback, key, wkb, multi)
        try:
            w.write(df)
        except BaseException:
            w.abort()                      # no half file, no temporary file left behind
            raise
        return w.finish()

    def postProcessAlgorithm(self, context, feedback):
        for key, qml in self.STYLES.items():
            dest = self._dest_ids.get(key)
            if not dest:
                continue
            layer = QgsProcessingUtils.mapLayerFromString(dest, context)
            path = os.path.join(STYLE_DIR, qml)
            if isinstance(layer, QgsVectorLayer) and os.path.exists(path):
                layer.loadNamedStyle(path)
                if key in CHOROPLETHS:
                    graduate(layer, *CHOROPLETHS[key])
                layer.triggerRepaint()
                if layer.providerType() == "ogr" and layer.source().split("|")[0].lower().endswith(".gpkg"):
                    layer.saveStyleToDatabase(os.path.splitext(qml)[0], "Local Priority Targeting", True, "")
        return {}


class CsvImportAlgorithm(LptAlgorithm):
    """INPUT, COLUMN_MAP, DELIMITER, ENCODING -> OUTPUT (+ REJECTS) with READ/ACCEPTED/REJECTED."""

    INPUT = "INPUT"
    COLUMN_MAP = "COLUMN_MAP"
    DELIMITER = "DELIMITER"
    ENCODING = "ENCODING"
    OUTPUT = "OUTPUT"
    REJECTS = "REJECTS"
    OUTPUT_LABEL = "Accepted records"
    FILE_FILTER = "CSV files (*.csv *.txt);;All files (*.*)"
    POINTS = False          # OUTPUT is a point layer in EPSG:27700 built from easting/northing
    ADVANCED = ("COLUMN_MAP", "DELIMITER", "ENCODING")
    STYLES = {"REJECTS": "rejects.qml"}

    def add_input(self):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Input CSV file"),
                                                     fileFilter=self.tr(self.FILE_FILTER)))

    def add_extra(self):
        """Hook: algorithm-specific parameters."""

    def initAlgorithm(self, config=None):
        self.add_input()
        self.add_extra()
        self.addParameter(QgsProcessingParameterString(
            self.COLUMN_MAP, self.tr("Column mapping (canonical=Your column; ...)"), optional=True, multiLine=False))
        self.addParameter(QgsProcessingParameterEnum(self.DELIMITER, self.tr("Delimiter"), DELIMITER_OPTIONS,
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(self.ENCODING, self.tr("Encoding"), ENCODING_OPTIONS,
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr(self.OUTPUT_LABEL),
            QgsProcessing.TypeVectorPoint if self.POINTS else QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTS, self.tr("Rejected rows"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))
        if self.WORKSPACE_TABLE:
            from .workspace_param import add_workspace_parameter
            add_workspace_parameter(self)
        self.add_outputs()
        for key, label in (("READ", "Rows read"), ("ACCEPTED", "Rows accepted"), ("REJECTED", "Rows rejected")):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def add_outputs(self):
        """Hook: extra sinks or outputs."""

    def reader_kwargs(self, parameters, context, feedback) -> Dict[str, Any]:
        return dict(
            column_map=self.parameterAsString(parameters, self.COLUMN_MAP, context),
            delimiter=DELIMITER_OPTIONS[self.parameterAsEnum(parameters, self.DELIMITER, context)],
            encoding=ENCODING_OPTIONS[self.parameterAsEnum(parameters, self.ENCODING, context)],
            progress=feedback.setProgress, is_cancelled=feedback.isCanceled)

    INPUT_WHAT = "a CSV file"

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """An unreadable INPUT named, with what was expected (QGIS says only "Incorrect parameter value")."""
        from .layers import input_problem
        msg = input_problem(parameters.get(self.INPUT), self.tr(self.INPUT_WHAT), several=True)
        return (False, msg) if msg else super().checkParameterValues(parameters, context)

    def input_paths(self, parameters, context):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise LptInputError("no input file given", "INPUT", "choose a CSV file.")
        return path

    def make_reader(self, parameters, context, feedback):  # pragma: no cover - abstract
        raise NotImplementedError

    def after(self, reader, result_counts, parameters, context, feedback, results):
        """Hook: extra outputs once all chunks are written (``reader.finish`` has run)."""

    def run_algorithm(self, parameters, context, feedback):
        reader = self.make_reader(parameters, context, feedback)
        out_cols = reader.output_columns()
        from ..core.io.result import ImportResult, empty_rejects
        sink = rej_sink = None
        dest = rej_dest = None
        n_read = n_acc = n_rej = 0
        extra_cols: List[str] = []
        accepted_parts, rejected_parts = [], []
        from .workspace_param import check_at_the_door, workspace_of
        to_workspace = bool(self.WORKSPACE_TABLE and workspace_of(self, parameters, context))
        if to_workspace:
            check_at_the_door(self, parameters, context)
        try:
            for acc, rej in reader.iter_chunks():
                if sink is None:
                    extra_cols = [c for c in self.extra_output_columns() if c not in out_cols]
                    sink = OutputWriter(self, parameters, context, feedback, self.OUTPUT,
                                        QgsWkbTypes.Point if self.POINTS else None, points=self.POINTS)
                    rej_sink = OutputWriter(self, parameters, context, feedback, self.REJECTS)
                acc = self.transform_chunk(acc)
                for c in extra_cols:
                    if c not in acc:
                        acc[c] = None
                acc = acc.rename(columns={"__file": "source_file", "__row": "source_row"})
                cols = out_cols + extra_cols + ["source_file", "source_row"]
                sink.write(acc, cols)
                rej_sink.write(rej, ["file", "row", "column", "value", "reason"])
                if self.KEEP_ACCEPTED or to_workspace:
                    accepted_parts.append(acc)
                if to_workspace:
                    rejected_parts.append(rej)
            if sink is None:
                raise LptInputError("nothing was read", str(reader.paths[0]), "check the file.")
            dest, rej_dest = sink.finish(), rej_sink.finish()
        except BaseException:
            for w in (sink, rej_sink):
                if w is not None:
                    w.abort()             # a failed or cancelled import leaves no half or temporary file
            raise
        import pandas as pd
        result = ImportResult(reader.kind, pd.concat(accepted_parts, ignore_index=True) if accepted_parts else
                              pd.DataFrame(), empty_rejects(), reader.stats, reader.notes)
        reader.finish(result)
        n_read, n_acc, n_rej = result.read, result.n_accepted, result.n_rejected
        for st in reader.stats:
            feedback.pushInfo(self.tr("{0}: {1} encoding, {2} delimiter; read {3:,}, accepted {4:,}, rejected {5:,}")
                              .format(os.path.basename(st.path), st.encoding, repr(st.delimiter), st.read,
                                      st.accepted, st.rejected))
        for note in reader.notes:
            feedback.pushWarning(note)
        feedback.pushInfo(self.tr("{0}: read {1:,} = accepted {2:,} + rejected {3:,}").format(
            reader.kind, n_read, n_acc, n_rej))
        if n_rej:
            feedback.pushWarning(self.tr("{0:,} rows were rejected: see the 'Rejected rows' table for file, row, "
                                         "column, value and reason.").format(n_rej))
        results = {self.OUTPUT: dest, self.REJECTS: rej_dest, "READ": n_read, "ACCEPTED": n_acc, "REJECTED": n_rej}
        self.after(reader, result, parameters, context, feedback, results)
        if to_workspace:
            from .workspace_param import save
            rejects = pd.concat(rejected_parts, ignore_index=True) if rejected_parts else None
            results["WORKSPACE"] = save(self, parameters, context, feedback,
                                        self.workspace_table(parameters, context), result.accepted, reader.kind,
                                        reader.paths, n_read, n_rej, rejects, reader.notes)
        return results

    WORKSPACE_TABLE = ""    # workspace table this import writes to ('' = none)

    def workspace_table(self, parameters, context) -> str:
        return self.WORKSPACE_TABLE

    KEEP_ACCEPTED = False   # keep accepted chunks in memory for ``after`` (small tables only)

    def extra_output_columns(self) -> List[str]:
        return []

    def transform_chunk(self, acc):
        return acc
