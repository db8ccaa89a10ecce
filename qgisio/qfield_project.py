"""The QGIS project QField opens offline beside a visit-list GeoPackage (core/io/visit_package.py).

Every layer is in the package's GeoPackage, named by a relative path, so the folder can be copied to a phone
as it is.  The visits layer carries the form: a UUID per visit, the set-up id, the postcode (from the set-up's
list, the nearest one by default), the outcome from a value list, the date, the officer, a short note with a
warning not to record personal data, and when it was last edited.
"""
import os

from .legend_words import translate_legend
from qgis.core import (QgsCoordinateReferenceSystem, QgsDefaultValue, QgsEditorWidgetSetup, QgsFieldConstraints,
                       QgsProject, QgsRectangle, QgsVectorLayer)


NOTE_WARNING = "Note (no names, phone numbers, emails or other personal data; 200 characters)"
LONG_NUMBER = r"[0-9][0-9 ]{5,}[0-9]"
LAYERS = (("context_areas", "Areas", "areas.qml"), ("target_streets", "Target streets", "setup_streets.qml"),
          ("target_postcodes", "Postcodes to knock", "setup_postcodes.qml"), ("visits", "Visits", "visits.qml"))


def _widget(layer, field, kind, config=None):
    layer.setEditorWidgetSetup(layer.fields().indexOf(field), QgsEditorWidgetSetup(kind, config or {}))


def _default(layer, field, expression, on_update=False):
    layer.setDefaultValueDefinition(layer.fields().indexOf(field), QgsDefaultValue(expression, on_update))


def _constraint(layer, field, expression, description, hard):
    i = layer.fields().indexOf(field)
    layer.setConstraintExpression(i, expression, description)
    layer.setFieldConstraint(i, QgsFieldConstraints.ConstraintExpression,
                             QgsFieldConstraints.ConstraintStrengthHard if hard
                             else QgsFieldConstraints.ConstraintStrengthSoft)


def _read_only(layer, *fields):
    cfg = layer.editFormConfig()
    for f in fields:
        cfg.setReadOnly(layer.fields().indexOf(f), True)
    layer.setEditFormConfig(cfg)


def visit_form(layer, setup_id: str, postcodes, tr=lambda s: s) -> None:
    """The outcome form: value lists where a value is chosen, defaults for what the phone knows.  Aliases come
    first: in QGIS 3.22 setting an alias resets the field's editor widget."""
    from ..core.store.schema import OUTCOMES
    from ..core.store.schema import OUTCOME_LABELS
    for f, alias in (("outcome", "Outcome"), ("visit_date", "Date"), ("officer", "Officer"), ("note", NOTE_WARNING)):
        layer.setFieldAlias(layer.fields().indexOf(f), tr(alias))
    _default(layer, "visit_id", "uuid()")
    _default(layer, "setup_id", f"'{setup_id}'" if setup_id.isalnum() else "''")
    pid = postcodes.id()                  # expressions name the layer by id: its title is translated
    _default(layer, "postcode", f"array_first(overlay_nearest('{pid}', \"postcode\"))")
    _default(layer, "street_id", f"attribute(get_feature('{pid}', 'postcode', \"postcode\"), 'street_id')",
             on_update=True)
    _default(layer, "visit_date", "to_date(now())")
    _default(layer, "officer", "@user_full_name")
    _default(layer, "edited_at", "now()", on_update=True)
    _widget(layer, "outcome", "ValueMap", {"map": [{tr(OUTCOME_LABELS[o]): o} for o in OUTCOMES]})
    _widget(layer, "postcode", "ValueRelation", {"Layer": pid, "LayerName": postcodes.name(),
                                                 "Key": "postcode", "Value": "postcode", "OrderByValue": True,
                                                 "AllowNull": False})
    _widget(layer, "visit_date", "DateTime", {"field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
                                              "calendar_popup": True, "allow_null": False})
    _widget(layer, "note", "TextEdit", {"IsMultiline": True})
    _widget(layer, "fid", "Hidden")
    _read_only(layer, "visit_id", "setup_id", "street_id", "edited_at")
    for f in ("outcome", "postcode", "visit_date"):
        layer.setFieldConstraint(layer.fields().indexOf(f), QgsFieldConstraints.ConstraintNotNull,
                                 QgsFieldConstraints.ConstraintStrengthHard)
    _constraint(layer, "note", "length(coalesce(\"note\", '')) <= 200", tr("at most 200 characters"), True)
    _constraint(layer, "note", f"not regexp_match(coalesce(\"note\", ''), '{LONG_NUMBER}') and "
                               "not regexp_match(coalesce(\"note\", ''), '@')",
                tr("this looks like a phone number or an email: do not record personal data"), False)


def _layer(gpkg: str, name: str, title: str, qml: str, style_dir: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", title, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"{gpkg}: layer {name} is not valid")
    path = os.path.join(style_dir, qml)
    if os.path.exists(path):
        layer.loadNamedStyle(path)
        translate_legend(layer)
    return layer


def write_project(folder: str, gpkg_name: str, project_name: str, setup_id: str, title: str, style_dir: str,
                  tr=lambda s: s) -> str:
    """``folder/project_name.qgs`` showing the package's layers (relative paths), the map on the set-up."""
    gpkg = os.path.join(folder, gpkg_name)
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    project.setTitle(title)
    project.writeEntry("Paths", "/Absolute", False)
    layers = [_layer(gpkg, name, tr(label), qml, style_dir) for name, label, qml in LAYERS]
    visit_form(layers[-1], setup_id, layers[2], tr)
    for layer in layers:
        project.addMapLayer(layer)
    extent = QgsRectangle(layers[2].extent())
    extent.combineExtentWith(layers[1].extent())
    extent.scale(1.15)
    project.viewSettings().setDefaultViewExtent(_reference(extent, project))
    path = os.path.join(folder, project_name + ".qgs")
    if not project.write(path):
        raise RuntimeError(f"{path}: {project.error()}")
    return path


def _reference(extent, project):
    from qgis.core import QgsReferencedRectangle
    return QgsReferencedRectangle(extent, project.crs())
