"""The fixed vocabularies of the inputs - police.uk crime categories, members' demographic fields - in a module of
their own: the analyses need them without importing the readers (and their imports) at the start of a run."""

POLICE_UK_CATEGORIES = [
    "Anti-social behaviour", "Bicycle theft", "Burglary", "Criminal damage and arson", "Drugs",
    "Other crime", "Other theft", "Possession of weapons", "Public order", "Robbery", "Shoplifting",
    "Theft from the person", "Vehicle crime", "Violence and sexual offences",
]
DEMOGRAPHIC_FIELDS = ["age_band", "gender", "ethnic_group", "religion", "main_language", "disability"]
