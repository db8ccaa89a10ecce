"""The WORKSPACE parameter: a GeoPackage file, or a PostGIS workspace named by a connection - ``pg:NAME`` (a
PostgreSQL connection saved in QGIS, its credentials from QGIS's authentication configuration), ``service=NAME``
(pg_service.conf) or ``postgresql://host/dbname`` - never a password.  The optional WORKSPACE of the import
algorithms: the accepted rows (and the rejects, with their reasons) also go into the workspace, with the import's
provenance."""
import os

from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterDefinition, QgsProcessingParameterFile

KEY = "WORKSPACE"
ALLOW_SHRINK = "ALLOW_SHRINK"
# the picker shows GeoPackages; "All files (*)" lets a connection name through QGIS's check of the extension
FILTER = "GeoPackage (*.gpkg);;All files (*)"


def workspace_parameter(description: str, optional: bool = False, key: str = KEY) -> QgsProcessingParameterFile:
    """A WORKSPACE parameter that takes a .gpkg file or a connection name (``pg:NAME``, ``service=NAME``...)."""
    _register_connections()
    return QgsProcessingParameterFile(key, description, optional=optional, fileFilter=FILTER)


def _register_connections() -> None:
    """QGIS saved connections (``pg:NAME``) resolved through QGIS for core (light: no psycopg imported)."""
    from ..qgisio.connection import register
    register()


def add_workspace_parameter(alg) -> None:
    alg.addParameter(workspace_parameter(QCoreApplication.translate(
        "LptAlgorithm", "Also import into this workspace (GeoPackage, created if new; or a PostGIS connection: "
        "pg:NAME, service=NAME)"), optional=True))
    shrink = QgsProcessingParameterBoolean(ALLOW_SHRINK, QCoreApplication.translate(
        "LptAlgorithm", "Store it in the workspace even if it accepts nothing or less than half the rows it "
        "replaces (explicit override)"), defaultValue=False, optional=True)
    shrink.setFlags(shrink.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    alg.addParameter(shrink)


def workspace_of(alg, parameters, context) -> str:
    if alg.parameterDefinition(KEY) is None:
        return ""
    return (alg.parameterAsFile(parameters, KEY, context) or "").strip()


def save(alg, parameters, context, feedback, table, df, kind, sources, read, rejected, rejects=None, notes=()):
    """Store ``df`` as ``table`` of the workspace (if one is given); returns the workspace path or ''."""
    path = workspace_of(alg, parameters, context)
    if not path:
        return ""
    from ..core.store import workspace
    from .table_styles import table_style_qml
    if isinstance(sources, str):
        sources = [sources]
    files = []
    for s in sources:
        if os.path.isdir(s):
            files += sorted(os.path.join(s, f) for f in os.listdir(s) if f.lower().endswith(".csv"))
        else:
            files.append(s)
    allow = alg.parameterDefinition(ALLOW_SHRINK) is not None and alg.parameterAsBool(parameters, ALLOW_SHRINK,
                                                                                       context)
    with workspace.open_store(path) as store:
        info = workspace.save_import(store, table, df, kind, files, read, rejected, rejects, notes,
                                     allow_shrink=allow, style_qml=table_style_qml(table))
    extra = ""
    if "members_gone" in info:
        extra = QCoreApplication.translate("LptAlgorithm", "; superseding the previous export: {0:,} members gone, "
                                           "{1:,} newly opted out").format(info["members_gone"], info["newly_opted_out"])
    if info.get("crime_force") and table == "crimes":
        extra += QCoreApplication.translate("LptAlgorithm", "; the workspace holds {0} crimes of {1}").format(
            info["crime_source"], info["crime_force"])
    if info.get("months_replaced"):
        extra += QCoreApplication.translate("LptAlgorithm", "; months replaced: {0}").format(
            ", ".join(info["months_replaced"]))
    feedback.pushInfo(QCoreApplication.translate("LptAlgorithm", "Workspace {0}: table {1} now has {2:,} rows "
                                                 "(import {3}){4}").format(said(path), table, info["rows"],
                                                                          info["import_id"], extra))
    return path


def said(path: str) -> str:
    """How a workspace is named in messages: a connection by its service or host/database/user only."""
    from ..core.store.postgis_conn import is_postgres, label_of
    return label_of(path) if is_postgres(path) else path


def output_or_workspace(alg, parameters, context, output: str = "OUTPUT") -> str:
    """'' when the import keeps its rows somewhere: its ``output`` layer, the workspace, or both; otherwise why not
    (an import with neither would read, check and throw away).  OUTPUT is optional so that an import into a
    workspace - a force's monthly load into PostGIS - need not also write every row to a file."""
    if parameters.get(output) not in (None, "") or workspace_of(alg, parameters, context):
        return ""
    return QCoreApplication.translate(
        "LptAlgorithm", "Give '{0}' ({1}), a workspace ({2}), or both: with neither, the import would keep nothing.") \
        .format(alg.parameterDefinition(output).description(), output, KEY)


def check_at_the_door(alg, parameters, context) -> None:
    """Open (or create) the workspace before any reading, so that a wrong path fails before outputs are written."""
    path = workspace_of(alg, parameters, context)
    if path:
        from ..core.store import workspace
        refuse_outputs_onto(alg, parameters, path, context)
        workspace.open_store(path).close()


def refuse_outputs_onto(alg, parameters, path: str, context=None) -> None:
    """An output that is the workspace (in any spelling: a path, a layer of it, an ogr: URI), an input or another
    workspace: one clear error before anything is written (see :mod:`.destinations`)."""
    from .destinations import check_destinations
    check_destinations(alg, parameters, context, workspace=path)
