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
