"""#29 Crime and response ids read from a layer are left undecoded (core/io/lazy_text) and decoded only for the
rows that are looked at: every use gives exactly what the decoded column gives."""
import numpy as np
import pandas as pd
import pytest

VALUES = ["C1", "", "Rue de l'Église – Ŵ", "a" * 64, "C1", "x"]


def _pair():
    """The same batches read eagerly (str objects) and lazily, with NULLs (masked) among them."""
    from local_priority_targeting.core.io.arrow import column
    rng = np.random.default_rng(3)
    rows = [VALUES[i] for i in rng.integers(0, len(VALUES), 3000)]
    parts = np.array_split(np.arange(len(rows)), 3)
    batches = [np.ma.masked_array(np.array([rows[i].encode("utf-8") for i in p]), mask=p % 7 == 0) for p in parts]
    eager = column([b.copy() for b in batches])
    lazy = column([b.copy() for b in batches], lazy=True)
    return eager, lazy


def test_undecoded_ids_read_as_the_decoded_column():
    from local_priority_targeting.core.io.lazy_text import LazyText, is_lazy
    eager, lazy = _pair()
    assert isinstance(lazy, LazyText) and eager.dtype == object
    assert list(lazy.astype(object)) == list(eager) and eager[0] is None and lazy[0] is None
    assert lazy[3] == eager[3] and lazy[np.int64(3)] == eager[3]
    s, e = pd.Series(lazy), pd.Series(eager)
    assert is_lazy(s) and not is_lazy(e)
    assert (s.isna() == e.isna()).all() and s.isna().sum() == len(s[::7])
    # the ways the link uses it: rows taken by mask and by position, a column of a new frame, concatenated
    ok = np.arange(len(s)) % 3 == 0
    assert list(s.values[ok].astype(object)) == list(e.values[ok])
    pos = np.array([5, 2, 2, 999, 0])
    assert list(s.values[pos].astype(object)) == list(e.values[pos])
    assert list(s[ok]) == list(e[ok]) and list(s.iloc[pos]) == list(e.iloc[pos])
    r, q = s.reindex([0, 1, 5000]), e.reindex([0, 1, 5000])            # a row that is not there is NULL
    assert list(r.isna()) == list(q.isna()) == [True, False, True] and r[1] == q[1]
    mixed = pd.concat([pd.DataFrame({"record_id": s.iloc[:4]}), pd.DataFrame({"record_id": ["m1", None]})])
    assert mixed.record_id.dtype == object and list(mixed.record_id) == list(e.iloc[:4]) + ["m1", None]
    assert list(pd.concat([s, s]).astype(object)) == list(e) * 2
    assert list(s.astype(str)) == list(e.astype(str))                     # NULL -> 'None', as for object text
    assert list(s == "C1") == list(e == "C1") and (s == "C1").sum() > 0
    assert list(s.copy().astype(object)) == list(e)
    empty = s.iloc[:0]
    assert len(empty) == 0 and list(empty.astype(object)) == []


def test_a_null_id_is_blank_for_the_link_as_before():
    """The link inputs read a NULL crime id as '' (then listed as 'row N'): the undecoded column does the same."""
    from local_priority_targeting.core.link.inputs import _text
    eager, lazy = _pair()
    a, b = _text(pd.Series(eager)), _text(pd.Series(lazy))
    assert list(b.astype(object)) == list(a) and (a == "").sum() >= len(a[::7])


# through lpt:linkcommunity on Hull's layers: test_plugin_processing.py::test_linkcommunity_lists_the_same_unmatched_ids_with_the_ids_undecoded


def _same(a, b) -> bool:
    """Equal value by value, NULL (None or NaN) matching NULL."""
    a, b = list(a), list(b)
    return len(a) == len(b) and all((pd.isna(x) and pd.isna(y)) if pd.isna(x) or pd.isna(y) else x == y
                                    for x, y in zip(a, b))


def test_the_other_pandas_operations_give_what_the_decoded_column_gives():
    """Beyond what the link uses today: filling, masking, replacing, counting and pandas' string methods work on the
    undecoded column as on the decoded one (a NULL may come back as None where pandas writes NaN); a value that is
    not text is refused, not turned into text."""
    eager, lazy = _pair()
    s, e = pd.Series(lazy), pd.Series(eager)
    long = "much longer than any value read " * 3
    ops = [lambda x: x.fillna(""), lambda x: x.fillna(long), lambda x: x.where(x != "C1"),
           lambda x: x.mask(x == "x", "y"), lambda x: x.replace("C1", long), lambda x: x.str.len(),
           lambda x: x.str.startswith("Rue"), lambda x: x.str.upper(), lambda x: x.combine_first(pd.Series("n", x.index)),
           lambda x: x.astype(str), lambda x: x.isin(["x", "C1"]), lambda x: x.sort_values(kind="stable")]
    for i, op in enumerate(ops):
        assert _same(op(s), op(e)), i
    assert s.value_counts().to_dict() == e.value_counts().to_dict()
    assert s.value_counts(dropna=False).sum() == len(s)
    assert s.nunique() == e.nunique() and _same(s.unique(), e.unique()) and _same(s.drop_duplicates(), e.drop_duplicates())
    with pytest.raises(TypeError, match="text or NULL"):
        s.fillna(0)
    untouched = s.copy()
    s.fillna("filled")
    assert _same(s, untouched)                    # fillna gives a new column: the read one is not written into


def test_nulls_comparisons_and_grouping_behave_as_the_decoded_column():
    """What a review found different, each silently: NULL compared equal to NULL and to None; to_numpy() put
    pandas' internal 'no default' marker where a value is NULL; replace() with a dict under pandas 1.5 replaced
    the wrong rows once a NULL came before them; groupby(...).agg(list) turned each list into its text."""
    eager, lazy = _pair()
    s, e = pd.Series(lazy), pd.Series(eager)
    for op in (lambda x: x == None, lambda x: x != None, lambda x: x == x, lambda x: x != x,    # noqa: E711
               lambda x: x != "C1", lambda x: x < "b", lambda x: x >= "x"):
        assert list(op(s)) == list(op(e))
    assert list(s.to_numpy()) == list(e.to_numpy()) and s.to_numpy()[0] is None
    firsts = e.dropna().unique()[:3]
    swap = {firsts[0]: "A", firsts[1]: "B", firsts[2]: "C"}
    assert _same(s.replace(swap), e.replace(swap)) and (s.replace(swap) == "C").sum() == (e == firsts[2]).sum() > 0
    assert _same(s.replace(list(swap), "Z"), e.replace(list(swap), "Z"))
    g = np.arange(len(s)) % 3
    assert s.groupby(g).agg(list).tolist() == e.groupby(g).agg(list).tolist()
    assert s.dropna().min() == e.dropna().min() and s.dropna().max() == e.dropna().max()
    assert _same(s.reindex([0, 1, len(s) + 5], fill_value=np.nan), e.reindex([0, 1, len(s) + 5]))
    with pytest.raises(ValueError, match="Lengths must match"):
        s.values == ["a", "b"]                                                  # noqa: B015
    with pytest.raises(ValueError, match="NUL"):
        s.copy().values[1] = "b\x00"


def test_a_wider_value_set_through_a_slice_leaves_the_parent_as_it_was():
    from local_priority_targeting.core.io.lazy_text import LazyText
    parent = LazyText(np.array([b"xx", b"", b"yy"]), np.array([False, True, False]))
    view = parent[0:2]
    view[1] = "a value longer than the width"
    assert list(parent.astype(object)) == ["xx", None, "yy"]
    assert list(view.astype(object)) == ["xx", "a value longer than the width"]
