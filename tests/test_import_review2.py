"""A police.uk outcomes or stop-and-search file named as INPUT of lpt:importpolicecrime is refused by its name before
anything is read: it failed on a missing column after the street files were read, and its fix said to map the column
(mapping 'Outcome type' as the crime type would have imported outcomes as crimes)."""
import shutil

import pytest

from _paths import DEMO


@pytest.mark.parametrize("kind", ["outcomes", "stop-and-search"])
def test_an_outcomes_or_stop_and_search_file_given_as_input_is_refused_by_name(lpt_plugin, tmp_path, kind):
    import processing
    from qgis.core import QgsProcessingException
    street = tmp_path / "2024-01-humberside-street.csv"
    shutil.copy(DEMO / "crime" / "2024-01-hull-street.csv", street)
    other = tmp_path / f"2024-01-humberside-{kind}.csv"
    other.write_text("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                     "Outcome type\nabc,2024-01,Humberside Police,Humberside Police,-0.33,53.74,On or near X,"
                     "E01012782,Hull 002A,Unable to prosecute suspect\n", encoding="utf-8")
    out = tmp_path / "c.gpkg"
    with pytest.raises(QgsProcessingException) as e:
        processing.run("lpt:importpolicecrime", {"INPUT": f"{street};{other}", "OUTPUT": str(out)})
    msg = str(e.value)
    assert other.name in msg and "not street-level crimes" in msg and "FOLDER" in msg, msg
    assert "COLUMN_MAP" not in msg and not out.exists()
