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
    internal_columns = ("__time_text",)       # the reply time as the file wrote it, for a later reject

    def check(self, chk: RowChecker) -> None:
        df = chk.df
        df["__time_text"] = df.time
        chk.reject(is_blank(df.member_id), "member_id", tr("member id is blank"))
        chk.reject(is_blank(df.message_id), "message_id", tr("message id is blank"))
        t = checked_dates(chk, df.time, "time", tr("reply time"), hint=tr("use YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM"))
        df["time"] = t.dt.strftime("%Y-%m-%d %H:%M:%S")


def engagement(messages: pd.DataFrame, recipients: pd.DataFrame, replies: pd.DataFrame,
               member_areas: pd.Series) -> dict:
    """Reply rates per message, per area and per month. Replies not matching a sent message are listed apart.

    ``member_areas``: member_id -> area_code. Rates are repliers / recipients (each member counted once).
    """
    r, early = _before_sent(replies, messages)
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
            "unmatched": unmatched.drop(columns=["key", "matched"]), "early": early}


CLOCKS = pd.Timedelta(hours=1)      # a reply time in UK local time against a message created in UTC


def _before_sent(replies: pd.DataFrame, messages: pd.DataFrame):
    """(the replies, those dated before their message was created as rejects): a reply cannot precede its
    message (a wrong date, or a reply to another message of the same id)."""
    created = replies.message_id.map(messages.set_index("message_id").created) if len(messages) else \
        pd.Series(None, index=replies.index, dtype=object)
    made = pd.to_datetime(created, errors="coerce", utc=True).dt.tz_localize(None)
    when = pd.to_datetime(replies.time, errors="coerce")
    early = (when < made - CLOCKS).fillna(False).to_numpy(bool)
    template = tr("the reply ({time}) is dated before its message was created ({created})")
    rej = pd.DataFrame({"file": replies.get("__file", pd.Series("", index=replies.index))[early],
                        "row": replies.get("__row", pd.Series(0, index=replies.index))[early],
                        "column": "time", "value": replies.get("__time_text", replies.time)[early],
                        "reason": [template.format(time=t, created=c) for t, c in
                                   zip(replies.time[early], created[early])]})
    return replies[~early].copy(), rej
