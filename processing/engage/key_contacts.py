"""lpt:keycontacts - key contacts and advisory-group members of chosen areas: personal data, written only when
explicitly confirmed, to a CSV file (never a layer of a shared project), each export recorded in the audit."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString)

from ...core.errors import LptInputError
from ..catalogue import QT_TRANSLATE_NOOP
from .base import LoopAlgorithm

CONFIRM = "CONFIRM_PERSONAL_DATA"   # core.engage.key_contacts.CONFIRM (tests check they agree)


class KeyContacts(LoopAlgorithm):
    NAME = "keycontacts"
    DISPLAY = "Key contacts (personal data)"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Lists the key contacts and advisory-group members of the areas you choose, with their groups, area, "
            "street and the contact fields the workspace holds (name, email, phone: only there when members were "
            "imported with 'Keep contact fields'). This is personal data: it is written only when you tick "
            "'I need this personal data for my role', to a CSV file (not a layer, so that it is not added to a "
            "shared project), and every export is recorded in the workspace's audit (when, who, which areas, how "
            "many rows; never who was listed). If the audit cannot be written, no file is written. Members who "
            "opted out, or whose status is unknown, never appear. Groups are matched as message audiences match "
            "them (case, spaces and aliases such as 'Independent Advisory Group' = IAG ignored; a group no member "
            "has is an error listing the groups present). Share the file only with the officers of those areas and "
            "delete it when it is no longer needed.")
    BASIC = ("WORKSPACE", "AREA_CODES", "GROUPS", "KEY_CONTACTS", CONFIRM)
    PARAM_HELP = {
        "AREA_CODES": QT_TRANSLATE_NOOP("LptAlgorithm", "Codes of the workspace's areas, comma separated, e.g. "
                                        "E05011541. Required unless ALL_AREAS."),
        "ALL_AREAS": QT_TRANSLATE_NOOP("LptAlgorithm", "Every area of the workspace: an explicit choice, never the "
                                       "default."),
        "GROUPS": QT_TRANSLATE_NOOP("LptAlgorithm", "Groups whose members are listed, separated by | or ; (e.g. "
                                    "IAG|Key individual). Blank: the advisory groups (IAG, Key individual) where "
                                    "members have them."),
        "KEY_CONTACTS": QT_TRANSLATE_NOOP("LptAlgorithm", "Also list members flagged as key contacts, whatever their "
                                          "groups."),
        CONFIRM: QT_TRANSLATE_NOOP("LptAlgorithm", "Must be ticked (true): you confirm that your role needs this "
                                     "personal data. Nothing is written otherwise."),
    }

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        self.add_workspace()
        self.addParameter(QgsProcessingParameterString("AREA_CODES", self.tr("Area codes (comma separated)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterBoolean("ALL_AREAS", self.tr(
            "All areas of the workspace (instead of area codes)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString("GROUPS", self.tr("Groups (blank: advisory groups)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterBoolean("KEY_CONTACTS", self.tr(
            "Include members flagged as key contacts"), defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean(CONFIRM, self.tr(
            "I need this personal data for my role (required to write it; the export is audited)"),
            defaultValue=False))
        self.add_max_distance()
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", self.tr("Key contacts (CSV)"),
                                                                "CSV (*.csv)"))
        self.addOutput(QgsProcessingOutputNumber("ROWS", self.tr("Contacts written")))
        self.addOutput(QgsProcessingOutputNumber("AUDIT_ID", self.tr("Audit row")))

    def spec(self, parameters, context):
        from ...core.engage import key_contacts as K
        return K.ContactsSpec(
            area_codes=K.parse_list(self.parameterAsString(parameters, "AREA_CODES", context)),
            all_areas=self.parameterAsBool(parameters, "ALL_AREAS", context),
            groups=K.parse_list(self.parameterAsString(parameters, "GROUPS", context)),
            key_contacts=self.parameterAsBool(parameters, "KEY_CONTACTS", context),
            confirm=self.parameterAsBool(parameters, CONFIRM, context))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """No confirmation, or no area: refused at the door, before the workspace is opened."""
        try:
            self.spec(parameters, context).check()
        except LptInputError as exc:
            return False, str(exc)
        return super().checkParameterValues(parameters, context)

    def run_algorithm(self, parameters, context, feedback):
        from ...core.engage import key_contacts as K
        spec = self.spec(parameters, context)
        spec.check()                                 # again: processing.run may skip checkParameterValues
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not path:
            raise LptInputError(self.tr("no output file given"), "OUTPUT", self.tr("give a CSV file name."))
        with self.open_workspace(parameters, context) as store:
            self.link_first(store, parameters, context, feedback)
            if feedback.isCanceled():
                raise LptInputError(self.tr("cancelled before anything was written"), "", "")
            res = K.export(store, spec, path, self.user())
        feedback.setProgress(100)
        self._report(res, feedback)
        return {"OUTPUT": res["path"], "ROWS": res["n_rows"], "AUDIT_ID": res["audit_id"]}

    def _report(self, res, feedback) -> None:
        from ...core.engage.key_contacts import NOT_IMPORTED
        from ...core.i18n import tr as core_tr
        feedback.pushInfo(self.tr("{0:,} key contact(s) of {1} written to {2} (groups: {3}{4}); recorded as audit "
                                  "row {5}").format(res["n_rows"], ", ".join(res["area_codes"]), res["path"],
                                                    ", ".join(res["groups"]),
                                                    self.tr(", and key contacts") if res["key_contacts"] else "",
                                                    res["audit_id"]))
        if res["not_listed_consent"]:
            feedback.pushInfo(self.tr("{0:,} member record(s) of those groups are not listed: opted out or of "
                                      "unknown status").format(res["not_listed_consent"]))
        if res["contact_fields"]:
            feedback.pushInfo(self.tr("Contact fields written: {0}").format(", ".join(res["contact_fields"])))
            if res.get("unreachable"):
                feedback.pushWarning(self.tr("{0:,} of the rows have no email or phone in the members table: they are "
                                             "listed with their street, to be reached at the door or through the "
                                             "alert platform").format(res["unreachable"]))
        else:
            feedback.pushWarning(self.tr("Contacts were not imported: {0}").format(core_tr(NOT_IMPORTED)))
        feedback.pushInfo(self.tr("This file holds personal data: share it only with the officers of these areas "
                                  "and delete it when it is no longer needed."))
