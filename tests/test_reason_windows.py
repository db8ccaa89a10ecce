"""A reason citing survey answers says their window (the survey months to the period's end): the briefing's page
of local figures counts the answers of the insight's period, so '31% of 420 answers in the area' beside 'Local
priorities from 73 survey answers' read as a contradiction."""
import sqlite3

import pandas as pd

from test_setups import linked_ws  # noqa: F401
from test_plugin_processing import imported  # noqa: F401


def test_survey_reasons_say_their_window(linked_ws):  # noqa: F811
    _, _, folder = linked_ws
    con = sqlite3.connect(folder / "ps.gpkg")
    table = con.execute("select table_name from gpkg_contents where data_type = 'features'").fetchone()[0]
    df = pd.read_sql(f'select * from "{table}"', con)
    reasons = pd.concat([df[c] for c in df.columns if c.startswith("reason")]).dropna().astype(str)
    survey = reasons[reasons.str.contains("answers")]
    assert len(survey) > 0
    assert survey.str.contains("answers in 12 months|answers in the area in 12 months").all(), survey.head()
