"""lpt:importvisitoutcomes - the visit GeoPackages back from the phones into the workspace, checked row by row."""
import glob
import os
from datetime import datetime, timezone

from qgis.core import (QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterDistance,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFile, QgsProcessingParameterString)

from ...core.errors import LptInputError
from ..catalogue import QT_TRANSLATE_NOOP
from .base import LoopAlgorithm


class ImportVisitOutcomes(LoopAlgorithm):
    NAME = "importvisitoutcomes"
    DISPLAY = "Import visit outcomes"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Reads the visit-list GeoPackages back from the phones (files separated by ';', or every .gpkg of a "
            "folder) into the workspace's visit outcomes. Each visit is checked: a visit id that is not a UUID, "
            "a visit of another set-up, an outcome outside the list, a postcode not on the set-up's list, a date "
            "that cannot be read or lies in the future, or a point recorded more than MAX_DISTANCE from its "
            "postcode is a rejected row with its reason. A note holding what looks like a phone number or an "
            "email has it replaced by [removed], one starting a formula is neutralised; both are flagged. The "
            "same visit edited twice keeps both edits and the newest counts; importing a file again adds "
            "nothing; nothing stored is removed.")
    BASIC = ("WORKSPACE", "INPUT", "FOLDER")
    STYLES = {"REJECTS": "rejects.qml"}

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_workspace()
        self.addParameter(QgsProcessingParameterString("INPUT", self.tr(
            "Returned visit-list GeoPackage(s), separated by ';'"), optional=True))
        self.addParameter(QgsProcessingParameterFile("FOLDER", self.tr("Or a folder of returned GeoPackages"),
                                                     behavior=QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterDistance("MAX_DISTANCE", self.tr(
            "Furthest a visit may be recorded from its postcode"), defaultValue=300.0, minValue=10, maxValue=5000))
        self.addParameter(QgsProcessingParameterFeatureSink("REJECTS", self.tr("Rejected visits"),
                                                            QgsProcessing.TypeVector, optional=True,
                                                            createByDefault=True))
        for key, label in (("READ", "Visits read"), ("ACCEPTED", "Visits accepted"),
                           ("REJECTED", "Visits rejected"), ("ADDED", "Visit edits added to the workspace")):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def files(self, parameters, context):
        given = [p.strip() for p in (self.parameterAsString(parameters, "INPUT", context) or "").split(";")
                 if p.strip()]
        folder = (self.parameterAsFile(parameters, "FOLDER", context) or "").strip()
        if folder:
            if not os.path.isdir(folder):
                raise LptInputError(self.tr("not a folder"), folder,
                                    self.tr("give the folder holding the returned GeoPackages."))
            given += sorted(glob.glob(os.path.join(folder, "**", "visits_*.gpkg"), recursive=True))
        if not given:
            raise LptInputError(self.tr("no returned visit list given"), "INPUT",
                                self.tr("give the GeoPackage(s) from the phones, or their folder."))
        return list(dict.fromkeys(given))

    def run_algorithm(self, parameters, context, feedback):
        import pandas as pd
        paths = self.files(parameters, context)
        dist = self.parameterAsDouble(parameters, "MAX_DISTANCE", context)
        now = pd.Timestamp.now(tz="UTC")
        read, accepted, rejects, added = 0, 0, [], 0
        with self.open_workspace(parameters, context) as store:
            for i, path in enumerate(paths):
                if feedback.isCanceled():
                    break
                n, ok, rej, new = self._one(store, path, dist, now)
                read, accepted, added = read + n, accepted + ok, added + new
                rejects.append(rej)
                feedback.pushInfo(self.tr("{0}: {1:,} visits read, {2:,} accepted ({3:,} new edits), {4:,} "
                                          "rejected").format(path, n, ok, new, len(rej)))
                feedback.setProgress(100 * (i + 1) / len(paths))
        rej = pd.concat(rejects, ignore_index=True) if rejects else pd.DataFrame()
        dest = self.write_output(parameters, context, feedback, "REJECTS", rej)
        return {"REJECTS": dest, "READ": read, "ACCEPTED": accepted, "REJECTED": read - accepted, "ADDED": added}

    def _one(self, store, path, dist, now):
        """(read, accepted, rejects, added) for one returned file; its new edits stored in one transaction."""
        from ...core.engage import visit_outcomes as V
        import pandas as pd
        from ...core.io.visit_package import read_package
        from ...core.engage.setups import setup_row
        meta, visits, pkg_targets = read_package(path)
        row = setup_row(store, meta["setup_id"])
        dates = {k: _day(row.get(k)) for k in ("start_date", "end_date")}       # the window visits fall in
        targets = store.read_table("lpt_setup_targets", where={"setup_id": [meta["setup_id"]]})
        checked = V.check(visits, {**meta, **dates}, targets, path, now, dist)
        stored = store.read_table("lpt_visit_outcomes", where={"setup_id": [meta["setup_id"]]})
        new, clash = V.new_rows(checked.accepted, stored, path)
        moved = V.moved_targets(pkg_targets, targets, path)
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with store.transaction():
            if len(new):
                store.append_rows("lpt_visit_outcomes", V.outcome_rows(new, os.path.basename(path), stamp))
        rej = pd.concat([r.assign(layer=layer) for r, layer in ((checked.rejects, "visits"), (clash, "visits"),
                                                                 (moved, "target_postcodes"))], ignore_index=True)
        return len(visits), len(checked.accepted) - len(clash), rej, len(new)


def _day(value) -> str:
    """A stored set-up date as YYYY-MM-DD ('' when none or unreadable: an older set-up may hold 20240301)."""
    import pandas as pd
    if value is None or pd.isna(value) or not str(value).strip():
        return ""
    day = pd.to_datetime(str(value).strip(), errors="coerce")
    return "" if pd.isna(day) else day.strftime("%Y-%m-%d")
