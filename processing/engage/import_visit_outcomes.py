"""lpt:importvisitoutcomes - the visit GeoPackages back from the phones into the workspace, checked row by row."""
import glob
import os
from datetime import datetime, timezone
from typing import NamedTuple

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
        for path in given:
            if os.path.isdir(path):
                raise LptInputError(self.tr("{path} is a folder, not a GeoPackage").format(path=path), "INPUT",
                                    self.tr("give the folder as FOLDER (Or a folder of returned GeoPackages), or "
                                            "name its .gpkg files in INPUT."))
        folder = (self.parameterAsFile(parameters, "FOLDER", context) or "").strip()
        if folder:
            given += self._in_folder(folder)
        if not given:
            raise LptInputError(self.tr("no returned visit list given"), "INPUT",
                                self.tr("give the GeoPackage(s) from the phones, or their folder."))
        return list(dict.fromkeys(given))

    def _in_folder(self, folder):
        """The returned visit lists (visits_*.gpkg) in ``folder`` and its subfolders; a clear error when none."""
        if not os.path.isdir(folder):
            raise LptInputError(self.tr("not a folder"), folder,
                                self.tr("give the folder holding the returned GeoPackages."))
        found = sorted(glob.glob(os.path.join(folder, "**", "visits_*.gpkg"), recursive=True))
        if not found:
            raise LptInputError(self.tr("the folder holds no returned visit list (no visits_*.gpkg file in it or "
                                        "its subfolders)"), folder,
                                self.tr("give the folder the phones' GeoPackages were copied into."))
        return found

    def run_algorithm(self, parameters, context, feedback):
        import pandas as pd
        paths = self.files(parameters, context)
        dist = self.parameterAsDouble(parameters, "MAX_DISTANCE", context)
        now = pd.Timestamp.now(tz="UTC")
        read, accepted, rejects, added, done = 0, 0, [], 0, []
        with self.open_workspace(parameters, context) as store:
            for i, path in enumerate(paths):
                if feedback.isCanceled():
                    break
                got = self._one_file(store, path, dist, now, done)
                read, accepted, added = read + got.read, accepted + got.accepted, added + got.added
                rejects += [got.visits, got.targets]
                done.append(path)
                self._log(feedback, path, got)
                feedback.setProgress(100 * (i + 1) / len(paths))
        rej = pd.concat(rejects, ignore_index=True) if rejects else pd.DataFrame()
        dest = self.write_output(parameters, context, feedback, "REJECTS", rej)
        return {"REJECTS": dest, "READ": read, "ACCEPTED": accepted, "REJECTED": read - accepted, "ADDED": added}

    def _log(self, feedback, path, got):
        """The file's counts: visits read = accepted + rejected; target postcodes changed on the phone apart."""
        feedback.pushInfo(self.tr("{0}: {1:,} visits read, {2:,} accepted ({3:,} new edits), {4:,} "
                                  "rejected").format(path, got.read, got.accepted, got.added, len(got.visits)))
        if len(got.targets):
            feedback.pushInfo(self.tr("{0}: {1:,} target postcodes moved, added or renamed on the phone (listed "
                                      "with the rejects; ignored: the stored list is kept)").format(
                                          path, len(got.targets)))

    def _one_file(self, store, path, dist, now, done):
        """One file, all or nothing: an error on it (the workspace's too) names it and the files stored before it
        (the store's own message would say nothing was written)."""
        try:
            return self._one(store, path, dist, now)
        except LptInputError as exc:
            if exc.path == path and not done:           # the file itself refused, nothing stored: said as it is
                raise
            said = self.tr("none of the visits of {path} were stored ({error})").format(
                path=path, error=str(LptInputError(exc.message, exc.path)))
            if done:
                said = self.tr("{0}; the visits of the files before it were stored: {1}").format(said, "; ".join(done))
            raise LptInputError(said, path, exc.fix) from None

    def _one(self, store, path, dist, now):
        """The counts and rejects of one returned file; its new edits stored in one transaction, after the visits
        stored so far are read inside it (two imports of one file never both add it)."""
        import pandas as pd
        from ...core.engage import visit_outcomes as V
        from ...core.io.visit_package import read_package
        from ...core.engage.setups import setup_row
        meta, visits, pkg_targets = read_package(path)
        row = setup_row(store, meta["setup_id"])
        dates = {k: _day(row.get(k)) for k in ("start_date", "end_date")}       # the window visits fall in
        targets = store.read_table("lpt_setup_targets", where={"setup_id": [meta["setup_id"]]})
        narrowed = store.narrowed("lpt_setup_targets")
        checked = V.check(visits, {**meta, **dates}, targets, path, now, dist, narrowed)
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with store.transaction():
            stored = store.read_table("lpt_visit_outcomes", where={"setup_id": [meta["setup_id"]]})
            new, clash = V.new_rows(checked.accepted, stored, path)
            if len(new):
                store.append_rows("lpt_visit_outcomes", V.outcome_rows(new, os.path.basename(path), stamp))
        moved = V.moved_targets(pkg_targets, targets, path, narrowed=narrowed)
        rejected = pd.concat([checked.rejects, clash], ignore_index=True).assign(layer="visits")
        return FileResult(len(visits), len(checked.accepted) - len(clash), len(new), rejected,
                          moved.assign(layer="target_postcodes"))


class FileResult(NamedTuple):
    read: int
    accepted: int
    added: int
    visits: "object"             # the rejected visits (one row each, with its reason)
    targets: "object"            # the target postcodes changed on the phone (not visits: counted apart)


def _day(value) -> str:
    """A stored set-up date as YYYY-MM-DD ('' when none or unreadable: an older set-up may hold 20240301)."""
    import pandas as pd
    if value is None or pd.isna(value) or not str(value).strip():
        return ""
    day = pd.to_datetime(str(value).strip(), errors="coerce")
    return "" if pd.isna(day) else day.strftime("%Y-%m-%d")
