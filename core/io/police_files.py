"""The street-level crime files of a police.uk download folder.  police.uk's zip unpacks into a folder per month
(2024-01/2024-01-humberside-street.csv) beside the outcomes and stop-and-search files of the same months: the
street files are found at any depth, the other two kinds are skipped with their names (they are not crimes), and
any other CSV is read (a force may rename its files)."""
from __future__ import annotations

import os
from typing import List, Tuple

from ..errors import LptInputError
from ..i18n import tr

NOT_CRIMES = ("-outcomes.csv", "-stop-and-search.csv")


def police_folder_files(folder: str) -> Tuple[List[str], List[str]]:
    """(the CSV files to read, sorted by their path below ``folder``; the police.uk files skipped)."""
    found: List[str] = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        found += [os.path.join(root, f) for f in sorted(files) if f.lower().endswith(".csv")]
    skipped = [p for p in found if p.lower().endswith(NOT_CRIMES)]
    read = [p for p in found if p not in skipped]
    if not read:
        what = tr("the folder holds no street-level crime CSV files (skipped: {names})").format(
            names=", ".join(os.path.relpath(p, folder) for p in skipped)) if skipped else \
            tr("the folder holds no .csv files, in it or in its sub-folders")
        raise LptInputError(what, folder, tr("choose the folder of police.uk's monthly *-street.csv files."))
    return read, skipped


def refuse_not_crimes(paths: List[str]) -> None:
    """A police.uk outcomes or stop-and-search file named as a crime file is refused by its name before anything is
    read (it failed on a missing column after the other files were read, and its fix said to map a column)."""
    named = [p for p in paths if os.path.basename(p.strip()).lower().endswith(NOT_CRIMES)]
    if named:
        raise LptInputError(tr("{names}: police.uk outcomes or stop-and-search file(s), not street-level crimes; "
                               "nothing was read or written").format(names=", ".join(named)), "INPUT",
                            tr("leave them out and give the *-street.csv files, or give the download as FOLDER "
                               "(such files are skipped there)."))
