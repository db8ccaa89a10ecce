"""lpt:setupdatabase - a force's shared PostGIS workspace created or upgraded (schema ``lpt``, the same versioned
migrations as a GeoPackage), with its roles and row-level security."""
from qgis.core import QgsProcessingOutputString, QgsProcessingParameterBoolean

from ...core.errors import LptInputError
from ..algorithm import LptAlgorithm
from ..catalogue import QT_TRANSLATE_NOOP
from ..workspace_param import workspace_parameter


class SetupDatabase(LptAlgorithm):
    NAME = "setupdatabase"
    DISPLAY = "Set up the workspace database (PostGIS)"
    GROUP, GROUP_ID = "Import", "import"
    HELP = QT_TRANSLATE_NOOP("LptAlgorithm",
            "Creates or upgrades a force's shared workspace in a PostgreSQL/PostGIS database: the schema lpt with "
            "every table a GeoPackage workspace has (imports, rejects, set-ups, targets, visit outcomes, audit), "
            "by the same versioned migrations; then, with SECURITY, the roles lpt_analyst (everything), "
            "lpt_supervisor (the rows, set-ups and reports of their areas) and lpt_officer (their assigned areas "
            "only, aggregate insight, no member contact fields except their areas' key contacts, audited), the "
            "area assignments table lpt.lpt_assignments the analyst maintains, row-level security on members, "
            "responses, links, visits, set-ups and outcomes, and an append-only audit. Run it as the database "
            "administrator; running it again changes nothing. WORKSPACE names the connection: pg:NAME (a "
            "PostgreSQL connection saved in QGIS, its password in QGIS's authentication configuration), "
            "service=NAME (pg_service.conf) or postgresql://host/database - never a password.")
    BASIC = ("WORKSPACE", "SECURITY")
    PARAM_HELP = {"SECURITY": QT_TRANSLATE_NOOP("LptAlgorithm", "Also create the roles, grants and row-level "
                                                "security (needs a role that may create roles).")}
    EXAMPLE = "qgis_process.bin run lpt:setupdatabase -- WORKSPACE=service=lpt SECURITY=true"

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        ws = workspace_parameter(self.tr("Workspace database (pg:NAME, service=NAME or postgresql://host/db)"))
        ws.setDefaultValue("service=lpt")
        self.addParameter(ws)
        self.addParameter(QgsProcessingParameterBoolean("SECURITY", self.tr("Create roles and row-level security"),
                                                        defaultValue=True))
        for key, label in (("SCHEMA_VERSION", "Schema version"), ("SECURITY_VERSION", "Security version"),
                           ("ROLES", "Roles")):
            self.addOutput(QgsProcessingOutputString(key, self.tr(label)))

    def run_algorithm(self, parameters, context, feedback):
        from ...core.store.postgis_conn import is_postgres, label_of
        name = (self.parameterAsFile(parameters, "WORKSPACE", context) or "").strip()
        if not is_postgres(name):
            raise LptInputError(self.tr("lpt:setupdatabase sets up a PostGIS workspace; a GeoPackage workspace needs "
                                        "no set-up"), "WORKSPACE",
                                self.tr("give pg:NAME, service=NAME or postgresql://host/database."))
        from ...core.store.postgis_setup import setup_database
        feedback.pushInfo(self.tr("Setting up {0}…").format(label_of(name)))
        info = setup_database(name, self.parameterAsBool(parameters, "SECURITY", context))
        if info.get("joined"):
            feedback.pushInfo(self.tr("Your role {0} may create roles but is not a superuser: it was made a member of "
                                      "lpt_analyst, which owns the workspace's tables (it now sees every row)."
                                      ).format(info["joined"]))
        feedback.pushInfo(self.tr("Schema version {0}; security version {1}; roles: {2}").format(
            info["schema_version"], info["security_version"] or "-", ", ".join(info["roles"]) or "-"))
        return {"SCHEMA_VERSION": info["schema_version"], "SECURITY_VERSION": info["security_version"],
                "ROLES": ",".join(info["roles"])}
