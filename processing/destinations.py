"""The door check on where an algorithm writes: no output may overwrite an input, address a workspace, or
share a file another output replaces.

Every spelling of a destination is resolved to the file it writes: a plain path, ``path|layername=x``, an
``ogr:dbname='path' table="x"`` URI, an output definition from a dialog, a relative path, ``./``, a symlink,
another case on a case-insensitive disk, trailing spaces; then compared with each input (a file, each file of an
input folder, the file behind a layer) by :func:`os.path.samefile` when both exist, by the resolved path
otherwise.  Run before anything is read or written (:meth:`LptAlgorithm.processAlgorithm`).
"""
from __future__ import annotations

import os
import re
import sqlite3
from typing import Iterable, List, Optional, Tuple
from urllib.parse import unquote

from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import LptInputError

INPUT_TYPES = ("file", "source", "vector", "layer", "raster", "multilayer", "mesh", "pointcloud")
FILE_PROVIDERS = ("ogr", "gdal", "spatialite", "gpkg", "sqlite", "delimitedtext")
DBNAME = re.compile(r"dbname\s*=\s*(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|(\S+))")


def file_of(value) -> str:
    """The file a parameter value (text, output definition, feature source definition, layer) names; ''
    for a temporary or memory layer, a database, or nothing."""
    value = _static(value)
    if hasattr(value, "source") and callable(value.source):          # a map layer
        value = value.source()
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if text in ("", "TEMPORARY_OUTPUT") or text.startswith("memory:"):
        return ""
    if text.lower().startswith("file://"):
        return unquote(text[7:]).split("|")[0]
    scheme = re.match(r"^([A-Za-z][\w+.-]*):(?![\\/])", text)
    if scheme and not re.match(r"^[A-Za-z]:[\\/]", text):
        found = DBNAME.search(text) if scheme.group(1).lower() in FILE_PROVIDERS else None
        if not found:
            return ""
        return next(g for g in found.groups() if g is not None).replace("\\'", "'").replace('\\"', '"')
    return value.split("|")[0]            # as spelled (trailing spaces too: both spellings are compared)


def _static(value):
    """The text inside an output or feature-source definition (or a property holding a static value)."""
    for attr in ("sink", "source"):
        inner = getattr(value, attr, None)
        if inner is not None and hasattr(inner, "staticValue"):
            value = inner.staticValue()
    if hasattr(value, "staticValue"):
        value = value.staticValue()
    return value


def _spellings(path: str) -> List[str]:
    return list(dict.fromkeys(p for p in (path, path.strip()) if p))


def same_file(a: str, b: str) -> bool:
    """Whether two spellings name one file (the same inode when both exist; the same resolved path else)."""
    for x in _spellings(a):
        for y in _spellings(b):
            if os.path.exists(x) and os.path.exists(y):
                try:
                    if os.path.samefile(x, y):
                        return True
                except OSError:
                    pass
                continue
            if os.path.normcase(os.path.realpath(x)) == os.path.normcase(os.path.realpath(y)):
                return True
    return False


def input_files(alg, parameters, context) -> List[Tuple[str, str]]:
    """(parameter, file) for every file the inputs name: files, the files of folders, the files behind layers."""
    out = []
    for d in alg.parameterDefinitions():
        if d.isDestination() or d.type() not in INPUT_TYPES or parameters.get(d.name()) in (None, ""):
            continue
        for path in _input_paths(alg, parameters, context, d):
            out += [(d.name(), f) for f in _with_folder_files(path)]
    return out


def _input_paths(alg, parameters, context, d) -> List[str]:
    value = parameters.get(d.name())
    values = value if isinstance(value, (list, tuple)) else [value]
    paths = []
    for v in values:
        v = _static(v)
        if d.type() == "file" and isinstance(v, str):
            paths += [p for p in (v.split(";") if ";" in v and not os.path.exists(v) else [v]) if p.strip()]
            continue
        path = file_of(v)
        if isinstance(v, str) and context is not None and not os.path.exists(path.strip()):
            from qgis.core import QgsProcessingUtils                      # a layer (id or name) of the project
            layer = QgsProcessingUtils.mapLayerFromString(v, context, False)
            path = file_of(layer) if layer is not None else path
        if path:
            paths.append(path)
    return paths


def _with_folder_files(path: str) -> Iterable[str]:
    yield path
    folder = path.strip()
    if os.path.isdir(folder):                  # the files an input folder gives (its own, as the readers list)
        for name in sorted(os.listdir(folder)):
            yield os.path.join(folder, name)


def output_files(alg, parameters) -> List[Tuple[str, str, bool]]:
    """(parameter, file, replaces the whole file) for every output written to a file."""
    out = []
    for d in alg.destinationParameterDefinitions():
        if d.type() == "folderDestination":
            continue
        value = parameters.get(d.name())
        path = file_of(value)
        if path:
            text = str(_static(value) or "").strip()
            out.append((d.name(), path, "|" not in text and not re.match(r"^[A-Za-z][\w+.-]*:(?![\\/])", text)))
    return out


def is_workspace(path: str) -> bool:
    """Whether an existing file is a Local Priority Targeting workspace (read only; nothing created)."""
    for p in _spellings(path):
        if not os.path.isfile(p):
            continue
        from urllib.request import pathname2url        # only for a file that exists (the import takes 10-25 ms)
        try:
            con = sqlite3.connect(f"file:{pathname2url(os.path.abspath(p))}?mode=ro", uri=True, timeout=1)
            try:
                row = con.execute("SELECT value FROM lpt_meta WHERE key = 'kind'").fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            return False
        if not row:
            return False
        from ..core.store.base import KIND       # imports pandas: only for a file that could be one
        return row[0] == KIND
    return False


def check_destinations(alg, parameters, context, workspace: Optional[str] = None) -> None:
    """Refuse, before anything is read or written, an output that is an input's file, a workspace (the
    WORKSPACE given or any other), or the file another output replaces."""
    outputs = output_files(alg, parameters)
    if not outputs:
        return
    _check_folders(outputs)
    ws = workspace if workspace is not None else _workspace(alg, parameters, context)
    inputs = input_files(alg, parameters, context)
    for name, path, whole in outputs:
        if ws and same_file(path, ws) or is_workspace(path):
            mine = bool(ws) and same_file(path, ws)
            said = (QCoreApplication.translate("LptAlgorithm", "{0} is the workspace itself ({1}): writing it would "
                                               "replace or mix the workspace's tables (only an import's WORKSPACE "
                                               "parameter writes into a workspace); nothing was read or written")
                    if mine else
                    QCoreApplication.translate("LptAlgorithm", "{0} is a workspace ({1}): writing it would replace or "
                                               "mix the workspace's tables (only an import's WORKSPACE parameter "
                                               "writes into a workspace); nothing was read or written"))
            raise LptInputError(said.format(name, path), ws if mine else path,
                                QCoreApplication.translate("LptAlgorithm", "give {0} another file name, outside any "
                                                           "workspace.").format(name))
        for key, src in inputs:
            if same_file(path, src):
                raise LptInputError(QCoreApplication.translate("LptAlgorithm", "{0} names the input {1} ({2}): "
                                                               "writing it would overwrite what is read; nothing was "
                                                               "read or written").format(name, key, src), path,
                                    QCoreApplication.translate("LptAlgorithm", "give {0} another file name.").format(
                                        name))
    for i, (name, path, whole) in enumerate(outputs):
        for other, path2, whole2 in outputs[i + 1:]:
            if (whole or whole2) and same_file(path, path2):
                raise LptInputError(QCoreApplication.translate("LptAlgorithm", "{0} and {1} name the same file: one "
                                                               "would replace the other; nothing was read or "
                                                               "written").format(name, other), path,
                                    QCoreApplication.translate("LptAlgorithm", "give {0} and {1} different file "
                                                               "names.").format(name, other))


def _check_folders(outputs) -> None:
    """Each output's folder exists and can be written: refused now, not after minutes of reading."""
    for name, path, _ in outputs:
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise LptInputError(QCoreApplication.translate("LptAlgorithm", "{0}: the folder {1} does not exist; "
                                                           "nothing was read or written").format(name, folder), path,
                                QCoreApplication.translate("LptAlgorithm", "create the folder or choose another."))
        if not os.access(folder, os.W_OK):
            raise LptInputError(QCoreApplication.translate("LptAlgorithm", "{0}: the folder {1} cannot be written "
                                                           "to; nothing was read or written").format(name, folder),
                                path, QCoreApplication.translate("LptAlgorithm", "choose a folder you can write to."))


def _workspace(alg, parameters, context) -> str:
    if alg.parameterDefinition("WORKSPACE") is None:
        return ""
    return (alg.parameterAsFile(parameters, "WORKSPACE", context) or "").strip()
