"""Replies from the alert platform, linked to messages and areas, and engagement rates."""
from __future__ import annotations

import pandas as pd

from .columns import ColumnSpec
from .reader import RowChecker, TableReader
from .validate import checked_dates, is_blank
from ..i18n import tr

SPECS = [
    ColumnSpec("member_id", ("Member ID", "memberid", "from member"), True, "", "M0004911"),
    ColumnSpec("message_id", ("Message ID", "alert id", "in reply to"), True, "", "MSG-3F2A9C1B7D4E"),
    ColumnSpec("time", ("reply time", "received", "date", "replied at"), True, "", "2024-03-02 18:41"),
    ColumnSpec("text", ("reply", "reply text", "message"), False, "free text (personal)", "Thank you"),
]


class RepliesReader(TableReader):
    kind = "replies"
    specs = SPECS
    unique_key = None

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        chk.reject(is_blank(df.member_id), "member_id", tr("member id is blank"))
        chk.reject(is_blank(df.message_id), "message_id", tr("message id is blank"))
        t = checked_dates(chk, df.time, "time", tr("reply time"), hint=tr("use YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM"))
        df["time"] = t.dt.strftime("%Y-%m-%d %H:%M:%S")


def engagement(messages: pd.DataFrame, recipients: pd.DataFrame, replies: pd.DataFrame,
               member_areas: pd.Series) -> dict:
    """Reply rates per message, per area and per month. Replies not matching a sent message are listed apart.

    ``member_areas``: member_id -> area_code. Rates are repliers / recipients (each member counted once).
    """
    r = replies.copy()
    sent = recipients.assign(key=recipients.message_id + "|" + recipients.member_id)
    r["key"] = r.message_id + "|" + r.member_id
    r["matched"] = r.key.isin(set(sent.key))
    unmatched = r[~r.matched]
    r = r[r.matched]
    first = r.sort_values("time").drop_duplicates("key")
    per_msg = sent.groupby("message_id").size().rename("recipients").to_frame()
    per_msg["repliers"] = first.groupby("message_id").size()
    per_msg["replies"] = r.groupby("message_id").size()
    per_msg = per_msg.fillna(0).astype(int)
    per_msg["reply_rate"] = (100.0 * per_msg.repliers / per_msg.recipients).round(2)
    per_msg = per_msg.join(messages.set_index("message_id")[["created", "channel", "area_label", "subject"]], how="left")
    sent["area_code"] = sent.member_id.map(member_areas).fillna("")
    first = first.assign(area_code=first.member_id.map(member_areas).fillna(""))
    sent["month"] = sent.message_id.map(messages.set_index("message_id").created).str[:7]
    first["month"] = first.message_id.map(messages.set_index("message_id").created).str[:7]
    per_area = sent.groupby(["area_code", "month"]).size().rename("recipients").to_frame()
    per_area["repliers"] = first.groupby(["area_code", "month"]).size()
    per_area = per_area.fillna(0).astype(int)
    per_area["reply_rate"] = (100.0 * per_area.repliers / per_area.recipients).round(2)
    return {"per_message": per_msg.reset_index(), "per_area": per_area.reset_index(),
            "unmatched": unmatched.drop(columns=["key", "matched"])}
