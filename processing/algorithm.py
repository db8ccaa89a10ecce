"""The base of every algorithm (:class:`LptAlgorithm`): naming, help, parameter checks at the door,
domain errors as one clear message (no traceback reaches the user), progress and cancel, and the
QML style of each output loaded once the algorithm has finished."""
from __future__ import annotations
import gc
import math
import os
import sys
import traceback
from typing import Any, Dict, Tuple
from qgis.core import (QgsCoordinateReferenceSystem, QgsFields, QgsMessageLog, Qgis, QgsProcessingAlgorithm,
                       QgsProcessingException, QgsProcessingUtils, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from ..core.errors import LptCancelled, LptInputError
from ..qgisio.legend_words import translate_legend
from .styling import CHOROPLETHS, graduate
from .help import COMMON_HELP, PLUGIN_DIR, readme_url
from .outputs import NeutralisingSink, OutputWriter, _is_spreadsheet


STYLE_DIR = os.path.join(PLUGIN_DIR, "resources", "styles")
ICON = os.path.join(PLUGIN_DIR, "resources", "icons", "lpt.svg")

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

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """Numbers first, with their range (QGIS says only 'Incorrect parameter value for ALPHA')."""
        try:
            self.check_numbers(parameters, context)
            self.check_file_inputs(parameters)
        except LptInputError as exc:
            return False, str(exc)
        missing = self.missing_layer_file(parameters)
        if missing:
            return False, missing
        return super().checkParameterValues(parameters, context)

    def missing_layer_file(self, parameters) -> str:
        """A layer given as a file that is not there (or not readable) is said so, naming it and the parameter (QGIS
        says only 'Incorrect parameter value for AREA_INSIGHT')."""
        from ..qgisio.layers import input_problem
        for d in self.parameterDefinitions():
            if d.type() in ("source", "vector", "layer", "raster"):
                problem = input_problem(parameters.get(d.name()), self.tr("a layer for {0} ({1})").format(
                    d.description(), d.name()), layer=True)
                if problem:
                    return problem
        return ""

    def check_file_inputs(self, parameters) -> None:
        """A file input's name ends as its filter says (QGIS says only 'Incorrect parameter value for INPUT' when
        members.xlsx or a police.uk zip is given where a CSV is read)."""
        for d in self.parameterDefinitions():
            given = parameters.get(d.name())
            if d.type() != "file" or d.behavior() != d.File or not isinstance(given, str) or not given.strip():
                continue
            if "*.*" in (d.fileFilter() or "") or d.checkValueIsAcceptable(given):
                continue
            wanted = _endings(d.fileFilter())
            for path in (p.strip() for p in given.split(";") if p.strip()):
                if wanted and not any(path.endswith("." + w) for w in wanted):
                    raise LptInputError(self.tr("{0} ({1}) reads {2}, and this file's name does not end .{3}; nothing "
                                                "was read or written").format(d.description(), d.name(),
                                                                              d.fileFilter(), wanted[0]), path,
                                        self.tr("give a file whose name ends .{0}, in lower case (save a "
                                                "spreadsheet as CSV UTF-8).").format(wanted[0]))

    def check_numbers(self, parameters, context) -> None:
        """Every number parameter is a finite number within its range (QGIS lets NaN through its own check)."""
        for d in self.parameterDefinitions():
            given = parameters.get(d.name())
            if d.type() not in ("number", "distance", "duration", "scale") or given is None:
                continue
            lo, hi = d.minimum(), d.maximum()
            span = self.tr("from {0:g} to {1:g}").format(lo, hi) if hi < 1e300 else \
                self.tr("of at least {0:g}").format(lo)
            try:
                v = float(given) if isinstance(given, str) else self.parameterAsDouble(parameters, d.name(), context)
            except ValueError:
                v = math.nan
            if not math.isfinite(v) or v < lo or v > hi:
                raise LptInputError(self.tr("{0} is {1!r}: it must be a finite number {2}").format(
                    d.description(), given, span), d.name(), self.tr("correct the parameter."))

    def check_layer_types(self, parameters, context) -> None:
        """A layer given where the parameter takes only points, lines or polygons has that geometry (qgis_process
        and processing.run do not check it: a point layer as PATCH gave figures for an empty patch)."""
        from qgis.core import QgsProcessing
        kinds = {QgsProcessing.TypeVectorPoint: QgsWkbTypes.PointGeometry,
                 QgsProcessing.TypeVectorLine: QgsWkbTypes.LineGeometry,
                 QgsProcessing.TypeVectorPolygon: QgsWkbTypes.PolygonGeometry}
        for d in self.parameterDefinitions():
            wanted = {kinds[t] for t in d.dataTypes() if t in kinds} if d.type() in ("source", "vector") else set()
            if not wanted or len(wanted) < len(d.dataTypes()) or parameters.get(d.name()) is None:
                continue
            src = self._layer_of(d, parameters, context)
            got = QgsWkbTypes.geometryType(src.wkbType()) if src is not None else QgsWkbTypes.UnknownGeometry
            takes_text = self.tr(" or ").join({QgsWkbTypes.PointGeometry: self.tr("a point layer"),
                                               QgsWkbTypes.LineGeometry: self.tr("a line layer"),
                                               QgsWkbTypes.PolygonGeometry: self.tr("a polygon layer")}[w]
                                              for w in sorted(wanted))
            if got == QgsWkbTypes.NullGeometry:           # a CSV or a table: said so, not "no CRS"
                given = parameters.get(d.name())
                raise LptInputError(self.tr("{0} ({1}) is a table without geometry: it takes {2}; nothing was read "
                                            "or written").format(d.description(), d.name(), takes_text),
                                    given if isinstance(given, str) else src.sourceName(),
                                    self.tr("choose {0}.").format(takes_text))
            if got in kinds.values() and got not in wanted:
                names = {QgsWkbTypes.PointGeometry: self.tr("a point layer"),
                         QgsWkbTypes.LineGeometry: self.tr("a line layer"),
                         QgsWkbTypes.PolygonGeometry: self.tr("a polygon layer")}
                takes = self.tr(" or ").join(names[w] for w in sorted(wanted))
                raise LptInputError(self.tr("{0} ({1}) is {2}: it takes {3}; nothing was read or written").format(
                    d.description(), d.name(), names[got], takes), src.sourceName(),
                    self.tr("choose {0}.").format(takes))

    REQUIRED_FIELDS: dict = {}      # layer parameter -> the fields it must have (an output of another algorithm)

    def _layer_of(self, d, parameters, context):
        """The layer a source or vector-layer parameter names (None when none)."""
        if d.type() == "vector":
            return self.parameterAsVectorLayer(parameters, d.name(), context)
        return self.parameterAsSource(parameters, d.name(), context)

    def check_required_fields(self, parameters, context) -> None:
        """A layer given for a parameter that takes another algorithm's output has that output's fields (a hot
        places layer given as PRIORITY_AREAS made a pack of junk pages)."""
        for key, fields in self.REQUIRED_FIELDS.items():
            d = self.parameterDefinition(key)
            if d is None or parameters.get(key) in (None, ""):
                continue
            lyr = self._layer_of(d, parameters, context)
            missing = _missing_fields(lyr, fields) if lyr is not None else []
            if missing:
                name = lyr.name() if hasattr(lyr, "name") else lyr.sourceName()
                raise LptInputError(self.tr("{0} ({1}) lacks the field(s) {2}: it is not that output; nothing was "
                                            "read or written").format(d.description(), key, ", ".join(missing)), name,
                                    self.tr("give {0} the layer the algorithm named in its label wrote.").format(key))

    def check_fields(self, parameters, context) -> None:
        """A field named for a layer is one of that layer's fields (qgis_process and processing.run take any name:
        NAME_FIELD=nosuch imported nothing and said rc=0)."""
        for d in self.parameterDefinitions():
            if d.type() != "field" or not parameters.get(d.name()) or not d.parentLayerParameterName():
                continue
            src = self.parameterAsSource(parameters, d.parentLayerParameterName(), context)
            if src is None:
                continue
            missing = _missing_fields(src, self.parameterAsFields(parameters, d.name(), context))
            if missing:
                raise LptInputError(self.tr("{0} ({1}): the layer has no field {2} (its fields: {3}); nothing was "
                                            "read or written").format(d.description(), d.name(), ", ".join(
                                                repr(m) for m in missing), ", ".join(src.fields().names())),
                                    src.sourceName(),
                                    self.tr("choose one of the layer's fields, or leave {0} empty.").format(d.name()))

    def check_file_types(self, parameters, context) -> None:
        """A file output ends as its filter says (REPORT=r.csv wrote HTML into a .csv file)."""
        for d in self.destinationParameterDefinitions():
            if d.type() != "fileDestination" or parameters.get(d.name()) is None:
                continue
            wanted = [e.lower() for e in _endings(d.fileFilter())]
            path = self.parameterAsFileOutput(parameters, d.name(), context)
            if wanted and path and os.path.splitext(path)[1].lstrip(".").lower() not in wanted:
                raise LptInputError(self.tr("{0} ({1}) writes {2}, but the file name does not end .{3}; nothing was "
                                            "read or written").format(d.description(), d.name(), d.fileFilter(),
                                                                      wanted[0]),
                                    path, self.tr("give a file name ending .{0}.").format(wanted[0]))

    def check_destinations(self, parameters, context) -> None:
        """No output may overwrite an input, address a workspace or share a file another output replaces
        (:mod:`.destinations`): refused before anything is read or written."""
        from .destinations import check_destinations
        check_destinations(self, parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        gc.freeze()     # what lives now (QGIS, the modules) is not scanned again by each full collection of the run
        if self.STYLES:
            # the styles saved into GeoPackage outputs (postProcessAlgorithm) name their owner, which QGIS learns
            # once per process by forking `whoami`: forked now, before the run's data, it costs ~5 ms, not ~25
            from qgis.core import QgsApplication
            QgsApplication.userLoginName()
        try:
            return self._process(parameters, context, feedback)
        finally:
            gc.unfreeze()

    def check_names(self, parameters) -> None:
        """Every parameter given is one of the algorithm's (qgis_process and processing.run pass any name: a
        misspelt AREA_CODES= was ignored and the whole force's pack written)."""
        import difflib
        known = [d.name() for d in self.parameterDefinitions()]
        unknown = sorted(k for k in parameters if k not in known)
        if not unknown:
            return
        hints = [self.tr("{0} (did you mean {1}?)").format(k, ", ".join(difflib.get_close_matches(k, known, 2)))
                 if difflib.get_close_matches(k, known, 2) else k for k in unknown]
        raise LptInputError(self.tr("{0} takes no parameter {1}; nothing was read or written").format(
            self.NAME, "; ".join(hints)), ", ".join(unknown),
            self.tr("its parameters are {0}.").format(", ".join(known)))

    def _process(self, parameters, context, feedback):
        try:
            self.check_names(parameters)
            self.check_numbers(parameters, context)
            self.check_layer_types(parameters, context)
            self.check_fields(parameters, context)
            self.check_required_fields(parameters, context)
            self.check_file_types(parameters, context)
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
                translate_legend(layer)
                if key in CHOROPLETHS:
                    graduate(layer, *CHOROPLETHS[key])
                layer.triggerRepaint()
                if layer.providerType() == "ogr" and layer.source().split("|")[0].lower().endswith(".gpkg"):
                    layer.saveStyleToDatabase(os.path.splitext(qml)[0], "Local Priority Targeting", True, "")
        return {}


def _endings(file_filter: str) -> list:
    """The file endings a Qt file filter names ('CSV (*.csv *.txt)' -> ['csv', 'txt']), as written."""
    import re
    return re.findall(r"\*\.(\w+)", file_filter or "")


def _missing_fields(layer, fields) -> list:
    """The names in ``fields`` that ``layer`` lacks (case-insensitive, as QGIS looks fields up)."""
    have = {n.lower() for n in layer.fields().names()}
    return [f for f in fields if f.lower() not in have]
