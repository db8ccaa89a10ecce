"""A police.uk download as it unpacks: a folder per month, with outcomes and stop-and-search files beside the
street files. The street files are read at any depth; the other two kinds are skipped and named in the log."""
import shutil

import pytest

from _paths import DEMO


def _download(tmp_path):
    root = tmp_path / "police-download"
    for month in ("2024-01", "2024-02"):
        (root / month).mkdir(parents=True)
        shutil.copy(DEMO / "crime" / f"{month}-hull-street.csv", root / month / f"{month}-humberside-street.csv")
        (root / month / f"{month}-humberside-outcomes.csv").write_text(
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type\n"
            f"abc,{month},Humberside Police,Humberside Police,-0.33,53.74,On or near X,E01012782,Hull 002A,"
            "Unable to prosecute suspect\n", encoding="utf-8")
        (root / month / f"{month}-humberside-stop-and-search.csv").write_text("Type,Date\nPerson search,x\n",
                                                                             encoding="utf-8")
    (root / "README.txt").write_text("police.uk", encoding="utf-8")
    return root


def test_month_folders_are_read_and_other_police_files_skipped_by_name(lpt_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        text = ""

        def pushInfo(self, info):  # noqa: N802
            Log.text += info + "\n"
    root = _download(tmp_path)
    got = processing.run("lpt:importpolicecrime", {"FOLDER": str(root), "OUTPUT": str(tmp_path / "c.gpkg")},
                         feedback=Log())
    want = processing.run("lpt:importpolicecrime", {
        "INPUT": ";".join(str(DEMO / "crime" / f"{m}-hull-street.csv") for m in ("2024-01", "2024-02")),
        "OUTPUT": str(tmp_path / "d.gpkg")})
    assert (got["READ"], got["ACCEPTED"]) == (want["READ"], want["ACCEPTED"]) and got["READ"] > 5000
    assert Log.text.count("skipped") == 4 and "2024-02-humberside-outcomes.csv" in Log.text


def test_a_folder_of_only_outcomes_is_refused_naming_them(lpt_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    root = _download(tmp_path)
    for p in root.rglob("*-street.csv"):
        p.unlink()
    with pytest.raises(QgsProcessingException, match="no street-level crime CSV files.*outcomes.csv"):
        processing.run("lpt:importpolicecrime", {"FOLDER": str(root), "OUTPUT": str(tmp_path / "c.gpkg")})


def test_months_written_otherwise_are_read_and_said(tmp_path):
    from local_priority_targeting.core.io.crime import PoliceUkReader
    src = (DEMO / "crime" / "2024-01-hull-street.csv").read_text(encoding="utf-8-sig").splitlines()
    rows = [src[0]] + [r.replace(",2024-01,", ",01/2024,", 1) if i % 2 else r for i, r in enumerate(src[1:41])]
    p = tmp_path / "odd.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    res = PoliceUkReader(str(p)).read()
    assert set(res.accepted.month) == {"2024-01"} and res.n_accepted + res.n_rejected == 40
    assert any("20 rows give the month otherwise" in n and "'01/2024' as 2024-01" in n for n in res.notes)
