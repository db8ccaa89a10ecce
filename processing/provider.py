"""The Processing provider ``lpt`` (Local Priority Targeting)."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .base import ICON
from .compare_periods import ComparePeriods
from .engagement_report import EngagementReport
from .export_message import ExportMessage
from .generate_demo import GenerateDemoData
from .import_areas import ImportAreas
from .import_census import ImportCensus
from .import_classification import ImportClassification
from .import_force_crime import ImportForceCrime
from .import_members import ImportMembers
from .import_police_crime import ImportPoliceCrime
from .import_postcodes import ImportPostcodes
from .import_streets import ImportStreets
from .import_surveys import ImportSurveys
from .import_visits import ImportVisits
from .link_community import LinkCommunity
from .priority_streets import PriorityStreets
from .streets_from_crime import StreetsFromCrime

ALGORITHMS = [ImportMembers, ImportSurveys, ImportPoliceCrime, ImportForceCrime, ImportPostcodes,
              ImportClassification, ImportCensus, ImportStreets, ImportAreas, StreetsFromCrime, GenerateDemoData,
              LinkCommunity, ComparePeriods, ImportVisits, PriorityStreets, ExportMessage, EngagementReport]


class LptProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "lpt"

    def name(self) -> str:
        return "Local Priority Targeting"

    def longName(self) -> str:
        return self.name()

    def icon(self):
        return QIcon(ICON)

    def loadAlgorithms(self):
        for alg in ALGORITHMS:
            self.addAlgorithm(alg())
