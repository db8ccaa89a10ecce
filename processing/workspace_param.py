"""The optional WORKSPACE parameter of the import algorithms: the accepted rows (and the rejects, with their
reasons) also go into the workspace GeoPackage, with the import's provenance."""
import os

from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import QgsProcessingParameterFile

KEY = "WORKSPACE"


def add_workspace_parameter(alg) -> None:
    alg.addParameter(QgsProcessingParameterFile(KEY, QCoreApplication.translate(
        "LptAlgorithm", "Also import into this workspace (GeoPackage; created if new)"), optional=True,
        fileFilter="GeoPackage (*.gpkg)"))


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
    if isinstance(sources, str):
        sources = [sources]
    files = []
    import os
    for s in sources:
        if os.path.isdir(s):
            files += sorted(os.path.join(s, f) for f in os.listdir(s) if f.lower().endswith(".csv"))
        else:
            files.append(s)
    with workspace.open_store(path) as store:
        info = workspace.save_import(store, table, df, kind, files, read, rejected, rejects, notes)
    extra = ""
    if "members_gone" in info:
        extra = QCoreApplication.translate("LptAlgorithm", "; superseding the previous export: {0:,} members gone, "
                                           "{1:,} newly opted out").format(info["members_gone"], info["newly_opted_out"])
    if info.get("months_replaced"):
        extra = QCoreApplication.translate("LptAlgorithm", "; months replaced: {0}").format(
            ", ".join(info["months_replaced"]))
    feedback.pushInfo(QCoreApplication.translate("LptAlgorithm", "Workspace {0}: table {1} now has {2:,} rows "
                                                 "(import {3}){4}").format(path, table, info["rows"],
                                                                          info["import_id"], extra))
    return path


def check_at_the_door(alg, parameters, context) -> None:
    """Open (or create) the workspace before any reading, so that a wrong path fails before outputs are written."""
    path = workspace_of(alg, parameters, context)
    if path:
        from ..core.store import workspace
        refuse_outputs_onto(alg, parameters, path)
        workspace.open_store(path).close()


def refuse_outputs_onto(alg, parameters, path: str) -> None:
    """An output file named as the workspace would replace it: one clear error before anything is written."""
    from ..core.errors import LptInputError
    from .base import direct_path
    for d in alg.destinationParameterDefinitions():
        value = parameters.get(d.name())
        out = direct_path(value) or (value if isinstance(value, str) else "")
        if out and os.path.abspath(out.split("|")[0]) == os.path.abspath(path):
            raise LptInputError(f"{d.name()} is the workspace itself: writing it would replace the workspace",
                                path, f"give {d.name()} another file name.")
