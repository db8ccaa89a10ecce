"""A text column kept as the fixed-width UTF-8 bytes GDAL read, decoded only where values are used.

For id columns whose values are only looked at for a few rows - the crime ids and response ids of the records
that do not link - decoding all of them made 450,000 + 240,000 Python str objects per run for nothing.  Anything
that needs the values as Python objects (``astype(object)``, ``to_numpy()``, comparisons, a CSV or a layer) gets
exactly what decoding the whole column would have given: str, and None for NULL."""
from __future__ import annotations

import operator

import numpy as np
import pandas as pd
from pandas.api.extensions import ExtensionArray, ExtensionDtype, no_default, take

try:        # pandas' own string methods for object arrays (``.str``): they work on the decoded values
    from pandas.core.strings.object_array import ObjectStringArrayMixin as _StringMethods
except ImportError:     # pragma: no cover - a pandas without it: no ``.str`` on these columns
    class _StringMethods:
        pass


class LazyTextDtype(ExtensionDtype):
    name = "lpt_lazy_text"
    type = str
    kind = "O"
    na_value = None

    @classmethod
    def construct_array_type(cls):
        return LazyText


class LazyText(_StringMethods, ExtensionArray):
    """``raw``: fixed-width bytes (numpy 'S'); ``nulls``: True where the value is NULL (None).  Values set into it
    (``fillna``, ``where``, ``mask``, ``replace``) must be text or NULL: anything else is refused, not turned into
    text."""

    decodes = 0          # values decoded so far in this process (whole arrays and single values): for the tests

    def __init__(self, raw: np.ndarray, nulls: np.ndarray = None):
        self._raw = np.asarray(raw)
        if self._raw.dtype.kind != "S":
            raise TypeError("LazyText holds fixed-width bytes")
        self._nulls = np.zeros(len(self._raw), bool) if nulls is None else np.asarray(nulls, dtype=bool)

    # -------------------------------------------------------------- what pandas needs
    @property
    def dtype(self):
        return LazyTextDtype()

    def __len__(self) -> int:
        return len(self._raw)

    def __getitem__(self, item):
        if np.ndim(item) == 0 and not isinstance(item, slice) and item is not Ellipsis:
            LazyText.decodes += 1
            return None if self._nulls[item] else self._raw[item].decode("utf-8")
        item = pd.api.indexers.check_array_indexer(self, item) if not isinstance(item, slice) else item
        return LazyText(self._raw[item], self._nulls[item])

    def decoded(self) -> np.ndarray:
        """The values as an object array of str (None for NULL), as a whole-column decode gives."""
        LazyText.decodes += len(self._raw)
        out = np.empty(len(self._raw), dtype=object)
        out[:] = [v.decode("utf-8") for v in self._raw.tolist()]
        out[self._nulls] = None
        return out

    def __array__(self, dtype=None):
        out = self.decoded()
        return out if dtype is None or np.dtype(dtype) == object else out.astype(dtype)

    def to_numpy(self, dtype=None, copy=False, na_value=no_default):
        out = self.decoded()
        if na_value is not None and na_value is not no_default:
            out[self._nulls] = na_value
        return out if dtype is None or np.dtype(dtype) == object else out.astype(dtype)

    def astype(self, dtype, copy=True):
        if isinstance(dtype, LazyTextDtype):
            return self.copy() if copy else self
        return np.asarray(self.decoded(), dtype=dtype) if not isinstance(dtype, ExtensionDtype) else \
            dtype.construct_array_type()._from_sequence(self.decoded(), dtype=dtype)

    def __setitem__(self, key, value) -> None:
        raw, nulls = _encoded(value.decoded() if isinstance(value, LazyText) else value)
        if raw.dtype.itemsize > self._raw.dtype.itemsize:      # wider: a copy, so a view's parent keeps its values
            self._raw, self._nulls = self._raw.astype(raw.dtype), self._nulls.copy()
        if not isinstance(key, slice) and not (np.ndim(key) == 0 and key is not Ellipsis):
            key = pd.api.indexers.check_array_indexer(self, key)
        self._raw[key] = raw
        self._nulls[key] = nulls

    def value_counts(self, dropna: bool = True) -> pd.Series:
        return pd.Series(self.decoded()).value_counts(dropna=dropna)

    def isna(self) -> np.ndarray:
        return self._nulls.copy()

    def take(self, indices, allow_fill=False, fill_value=None):
        if allow_fill and not _null(fill_value):
            raise ValueError("LazyText fills with NULL only")
        idx = np.asarray(indices, dtype=np.intp)
        raw = take(self._raw, idx, allow_fill=allow_fill, fill_value=b"")       # -1: NULL (with allow_fill)
        nulls = take(self._nulls, idx, allow_fill=allow_fill, fill_value=True)
        return LazyText(raw.astype(self._raw.dtype), nulls.astype(bool))

    def copy(self):
        return LazyText(self._raw.copy(), self._nulls.copy())

    @classmethod
    def _concat_same_type(cls, to_concat):
        width = max([a._raw.dtype.itemsize for a in to_concat] + [1])
        return LazyText(np.concatenate([a._raw.astype(f"S{width}") for a in to_concat]),
                        np.concatenate([a._nulls for a in to_concat]))

    @classmethod
    def _from_sequence(cls, scalars, dtype=None, copy=False):
        """Text or NULL only (a TypeError otherwise: pandas then keeps a result of lists or numbers as objects)."""
        raw, nulls = _encoded(scalars.decoded() if isinstance(scalars, LazyText) else scalars)
        return cls(raw, nulls)

    @classmethod
    def _from_factorized(cls, values, original):
        return cls._from_sequence(values)

    @property
    def nbytes(self) -> int:
        return self._raw.nbytes + self._nulls.nbytes

    # comparisons, arithmetic and reductions: pandas' own, on the decoded values (NULL: == False, != True)
    def _operate(self, other, op):
        if isinstance(other, (pd.Series, pd.Index, pd.DataFrame)):
            return NotImplemented
        other = other.decoded() if isinstance(other, LazyText) else other
        if np.ndim(other) and len(other) != len(self):
            raise ValueError("Lengths must match to compare")
        right = other if np.ndim(other) == 0 else np.asarray(other, dtype=object)
        res = op(pd.Series(self.decoded(), copy=False), right).to_numpy()
        if res.dtype != bool:
            return res
        # a masked boolean without NULLs, as pandas' own text arrays give: pandas 1.5's replace() with a list
        # places a plain array's values at the non-NULL rows only, and would scramble them
        return pd.arrays.BooleanArray(res, np.zeros(len(res), bool))

    def _reduce(self, name, skipna=True, keepdims=False, **kwargs):
        value = getattr(pd.Series(self.decoded(), copy=False), name)(skipna=skipna)
        return np.array([value], dtype=object) if keepdims else value

    def _values_for_factorize(self):
        return self.decoded(), None

    # -------------------------------------------------------------- for the readers
    def blank_for_null(self) -> "LazyText":
        """NULL read as '' (what the link inputs make of a missing id)."""
        return LazyText(self._raw, np.zeros(len(self._raw), bool)) if self._nulls.any() else self


for _name in ("eq", "ne", "lt", "le", "gt", "ge", "add", "radd", "mul", "rmul", "mod"):
    _op = getattr(operator, _name, None) or (lambda op: lambda a, b: op(b, a))(getattr(operator, _name[1:]))
    setattr(LazyText, f"__{_name}__", (lambda op: lambda self, other: self._operate(other, op))(_op))


def _null(v) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v)


def _encoded(value):
    """(bytes, NULL flags) of a value or of a sequence of values, each text or NULL."""
    scalar = np.ndim(value) == 0
    values = [value] if scalar else list(np.asarray(value, dtype=object))
    bad = next((v for v in values if not _null(v) and not isinstance(v, str)), None)
    if bad is not None:
        raise TypeError(f"a text column takes text or NULL, not {bad!r}")
    if any("\x00" in v for v in values if isinstance(v, str)):      # fixed-width bytes would drop a final NUL
        raise ValueError("a text column cannot hold the NUL character")
    nulls = np.array([_null(v) for v in values], dtype=bool)
    raw = np.array([b"" if n else v.encode("utf-8") for v, n in zip(values, nulls)] or [b""], dtype=bytes)
    if raw.dtype.itemsize == 0:
        raw = raw.astype("S1")
    return (raw[0], nulls[0]) if scalar else (raw[:len(values)], nulls)


def is_lazy(col) -> bool:
    return isinstance(getattr(col, "dtype", None), LazyTextDtype)
