"""The plugin's CSV writer: every text cell that would start a formula is neutralised, numbers are written as
pandas writes them with float_format '%.15g' (the writer formats float columns itself, a column at a time), and
the frame given is not changed."""
import io

import numpy as np
import pandas as pd

from local_priority_targeting.core.io.safe_csv import write_csv


def _frame():
    rng = np.random.default_rng(7)
    n = 2000
    text = rng.choice(np.array(["=SUM(A1)", "+44 1482", "-3", "@cmd", "\tx", "\rx", "plain", "Café £", ""],
                               dtype=object), n)
    text[::17] = None
    floats = rng.normal(500000, 30000, n).round(2)
    floats[::13] = np.nan
    floats[:6] = [np.inf, -np.inf, -0.0, 1e20, 0.1 + 0.2, 1 / 3]
    df = pd.DataFrame({"record_id": text, "easting": floats,
                       "small": (rng.random(n) / 3).astype(np.float32),
                       "kind": pd.Categorical(rng.choice(["=a", "b", "-c"], n)),
                       "count": rng.integers(-5, 5, n), "flag": rng.random(n) > 0.5})
    df.insert(2, "easting_again", floats)
    return df.rename(columns={"easting_again": "easting"})        # a repeated column name is written twice


def _reference(df):
    """What the writer must write: each dangerous text cell prefixed with a quote, pandas' own %.15g floats."""
    out = df.copy()
    for i in range(out.shape[1]):
        col = out.iloc[:, i]
        if col.dtype == object or isinstance(col.dtype, pd.CategoricalDtype):
            col = col.astype(object)
            bad = np.array([isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") for v in col])
            out.isetitem(i, col.where(~bad, "'" + col.astype(str)))
    buf = io.StringIO()
    out.to_csv(buf, index=False, float_format="%.15g")
    return buf.getvalue()


def test_written_csv_equals_pandas_float_format_with_cells_neutralised(tmp_path):
    df = _frame()
    before = df.copy()
    path = write_csv(df, str(tmp_path / "out.csv"))
    with open(path, encoding="utf-8", newline="") as fh:
        written = fh.read()
    assert written == _reference(df)
    assert "'=SUM(A1)" in written and "'-3" in written and "'=a" in written and ",inf," in written
    assert ",-0," in written and "1e+20" in written and "0.3," in written       # numbers are not neutralised
    pd.testing.assert_frame_equal(df, before)                                  # the caller's frame unchanged


def test_appending_to_an_open_file_writes_the_same_rows(tmp_path):
    df = _frame()
    buf = io.StringIO()
    write_csv(df.iloc[:700], buf)
    write_csv(df.iloc[700:], buf, header=False)
    assert buf.getvalue() == _reference(df)


def test_text_of_any_column_type_and_the_header_are_neutralised(tmp_path):
    """Not only object columns: pandas' string type, the reader's undecoded ids (LazyText) and a column name from
    a user's file reach a CSV neutralised."""
    from local_priority_targeting.core.io.lazy_text import LazyText
    ids = LazyText(np.array([b"=cmd()", b"", b"+1", b"ok"]), np.array([False, True, False, False]))
    df = pd.DataFrame({"id": pd.Series(ids), "s": pd.Series(["@x", None, "-2", "y"], dtype="string"),
                       "=HYPERLINK(1)": [1, 2, 3, 4]})
    written = open(write_csv(df, str(tmp_path / "o.csv")), encoding="utf-8").read()
    assert written.splitlines() == ["id,s,'=HYPERLINK(1)", "'=cmd(),'@x,1", ",,2", "'+1,'-2,3", "ok,y,4"]
