"""Address counts per postcode (e.g. from AddressBase or the council's gazetteer), used instead of the Census
estimate of a postcode's households when a set-up's target list is made."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from .columns import ColumnSpec
from .reader import RowChecker, TableReader
from .validate import normalise_postcode, to_number

SPECS = [
    ColumnSpec("postcode", ("post code", "pcds", "pcd"), True, "", "HU9 2SL"),
    ColumnSpec("addresses", ("address count", "addresses_count", "households", "delivery points", "count"), True,
               "whole number of addresses", "14"),
]


class AddressCountsReader(TableReader):
    kind = "address counts"
    specs = SPECS
    unique_key = "postcode"

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        pc, ok = normalise_postcode(df.postcode)
        chk.reject(~ok, "postcode", tr("not a valid UK postcode"))
        n = to_number(df.addresses)
        chk.reject(n.isna() | ~np.isfinite(n.fillna(0)), "addresses", tr("not a number"))
        chk.reject((n < 0) | (n != np.floor(n)), "addresses", tr("not a whole number of addresses (0 or more)"))
        df["postcode"], df["addresses"] = pc, n


def read_address_counts(path: str) -> pd.DataFrame:
    """postcode, addresses; any rejected row is an error naming file, row, column and reason (the counts decide
    how many households a set-up targets: a wrong row is not silently left out)."""
    res = AddressCountsReader(path).read()
    if res.n_rejected:
        r = res.rejects.iloc[0]
        raise LptInputError(tr("row {row}, column {column}: {reason} ({n:,} rows rejected)").format(
            row=r["row"], column=r["column"], reason=r["reason"], n=res.n_rejected),
            path, tr("correct the address counts file."))
    return res.accepted[["postcode", "addresses"]]
