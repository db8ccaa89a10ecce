"""Area-targeted messages: audience selection, guards, templates, SMS length, export and the message log.

The alert platform sends; this module decides **who** and **what**:

* audience: members linked to an area (force, area codes, any polygon, a drawn circle, the members of
  priority streets), refined by sets on groups and demographic answers, each marked ``include``,
  ``exclude`` or ``must`` (the platform's own logic). Opted-out members are removed last and always.
* guards: a minimum audience size (no message that singles people out), and a frequency guard that
  counts recipients who already had a message within N days (warn, or block).
* templates: jinja2, autoescaped, filled with aggregate figures for the area only. The context never
  holds a member's name, contact or id, so the text cannot expose one.
* export: recipient member ids as CSV and the message as JSON (area, channel, subject, body, author,
  created time), recorded atomically in the message log (:mod:`core.engage.message_log`).
"""
from __future__ import annotations

import html as html_lib
import os
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import LptInputError
from ..i18n import tr
from ..io import consent
from ..io.consent import normalise_words
from ..io.members import DEMOGRAPHIC_FIELDS, GROUP_ALIASES
from .change_sentence import crime_change_sentence, is_significant
from .message_templates import MESSAGE_TEMPLATES, TEMPLATE_DIR, template_file, template_list  # noqa: F401

MODES = ("include", "exclude", "must")
SET_FIELDS = ("group", "area", "street", *DEMOGRAPHIC_FIELDS)
PLACE_FIELDS = ("imd_decile", "classification", "confidence")


# ------------------------------------------------------------------ audience
@dataclass(frozen=True)
class AudienceSet:
    """Members whose ``field`` has one of ``values``; ``mode`` include / exclude / must."""
    field: str
    values: Tuple[str, ...]
    mode: str = "include"

    def __post_init__(self):
        if self.mode not in MODES:
            raise LptInputError(tr("audience mode '{mode}' is not include, exclude or must").format(mode=self.mode),
                                "AUDIENCE", "")
        if self.field not in SET_FIELDS + PLACE_FIELDS:       # place fields: set-up criteria only (setups.py)
            raise LptInputError(tr("audience field '{field}' is not one of {fields}").format(
                field=self.field, fields=", ".join(SET_FIELDS)), "AUDIENCE", "")


def parse_audience(text: str) -> List[AudienceSet]:
    """'include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=65-74|75+'."""
    sets = []
    for part in re.split(r"[;\n]", text or ""):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^(include|exclude|must)\s+([a-z_]+)\s*=\s*(.+)$", part, re.I)
        if not m:
            raise LptInputError(tr("cannot read audience set '{part}'").format(part=part), "AUDIENCE",
                                tr("write e.g. 'include group=IAG; exclude area=E05011541; must age_band=75+'."))
        sets.append(AudienceSet(m.group(2).lower(), tuple(v.strip() for v in m.group(3).split("|") if v.strip()),
                                m.group(1).lower()))
    return sets


def _values_of(members: pd.DataFrame, s: AudienceSet) -> pd.Series:
    """Each member's values for the set's field, normalised (lists, for groups)."""
    if s.field == "group":
        return members.groups.fillna("").astype(str).str.split("|").map(
            lambda g: [w for w in normalise_words(pd.Series(g, dtype=object)) if w])
    if s.field == "street":
        return _street_values(members, s)
    col = {"area": "area_code", "street": "street_id"}.get(s.field, s.field)
    if col not in members.columns:
        raise LptInputError(tr("audience {mode} {field}: the members table has no {col} field").format(
            mode=s.mode, field=s.field, col=col), "AUDIENCE",
            tr("use the members output of Import alert-platform members."))
    return normalise_words(members[col].fillna("").astype(str)).map(lambda v: [v] if v else [])


def _street_values(members: pd.DataFrame, s: AudienceSet) -> pd.Series:
    """Each member's street: its id and its name, either of which an audience may give."""
    ids = members.street_id.fillna("").astype(str) if "street_id" in members else pd.Series("", index=members.index)
    if not ids.ne("").any():
        raise LptInputError(tr("audience {mode} street: the members are not linked to streets").format(mode=s.mode),
                            "AUDIENCE", tr("give a WORKSPACE that holds the streets (Import streets into it)."))
    names = members.street_name.fillna("").astype(str) if "street_name" in members else pd.Series("", index=ids.index)
    a, b = normalise_words(ids), normalise_words(names)
    return pd.Series([[w for w in (x, y) if w] for x, y in zip(a, b)], index=members.index, dtype=object)


def _matches(members: pd.DataFrame, s: AudienceSet) -> pd.Series:
    """Case- and space-insensitive match; a value no member has is an error naming the values present."""
    vals = _values_of(members, s)
    present = {w for ws in vals for w in ws}
    asked = normalise_words(pd.Series(list(s.values), dtype=object))
    if s.field == "group":                     # 'NHW', 'Neighborhood Watch' -> the imported 'Neighbourhood Watch'
        asked = normalise_words(asked.map(lambda w: GROUP_ALIASES.get(w, w)))
    want = {w for w in asked if w}
    unknown = [v for v, w in zip(s.values, asked) if w and w not in present]
    if unknown:
        shown = ", ".join(audience_values(members, s.field).index[:30]) or "(none)"
        raise LptInputError(tr("audience {mode} {field}: no member has {values} (values present: {shown})").format(
            mode=s.mode, field=s.field, values=", ".join(repr(u) for u in unknown), shown=shown), "AUDIENCE",
            tr("pick a value from that list."))
    return vals.map(lambda ws: bool(want.intersection(ws)))


def audience_values(members: pd.DataFrame, field: str) -> pd.Series:
    """The values present for an audience field, with member counts (for pick lists)."""
    if field == "group":
        vals = members.groups.fillna("").astype(str).str.split("|")
    elif field == "street" and "street_name" in members:          # names are what people write
        vals = members.street_name.where(members.street_name.fillna("") != "", members.street_id).fillna("").astype(str)
    else:
        vals = members[{"area": "area_code", "street": "street_id"}.get(field, field)].fillna("").astype(str)
    v = vals.explode() if field == "group" else vals
    return v[v.str.strip() != ""].value_counts()


def select_audience(members: pd.DataFrame, in_area: pd.Series, sets: Sequence[AudienceSet] = ()) -> pd.DataFrame:
    """Members of the area, refined by the sets; only explicitly messageable members, each once.

    Platform logic: with any ``include`` set the audience is the union of the include sets (within the
    area), otherwise everyone in the area; every ``must`` set must also match; any ``exclude`` set
    removes. Consent is decided last and fail-closed by :func:`core.io.consent.messageable` (opted out or
    unknown status, an opt-out flag column, or any record of the same member saying so: never messaged).
    ``members`` needs member_id, status, groups, area_code, street_id and the demographic fields.
    """
    base = in_area.reindex(members.index).fillna(False).astype(bool)
    inc = [s for s in sets if s.mode == "include"]
    if inc:
        union = pd.Series(False, index=members.index)
        for s in inc:
            union |= _matches(members, s)
        base &= union
    for s in sets:
        if s.mode == "must":
            base &= _matches(members, s)
        elif s.mode == "exclude":
            base &= ~_matches(members, s)
    ok, _ = consent.messageable(members)
    chosen = members[base & ok]
    return chosen[~consent.clean_key(chosen.member_id).duplicated()]


def consent_counts(members: pd.DataFrame, in_area: pd.Series) -> Dict[str, int]:
    """Distinct members of the area by consent state (active / opted_out / unknown), for the log."""
    sub = members[in_area.reindex(members.index).fillna(False).astype(bool)]
    return consent.messageable(sub)[1] if len(sub) else {consent.ACTIVE: 0, consent.OPTED_OUT: 0, consent.UNKNOWN: 0}


def members_in_polygon(members: pd.DataFrame, polygon) -> pd.Series:
    """Members whose postcode centroid lies in ``polygon`` (shapely, EPSG:27700)."""
    import shapely
    ok = members.easting.notna()
    inside = pd.Series(False, index=members.index)
    if ok.any():
        inside[ok] = shapely.contains_xy(polygon, members.easting[ok].values, members.northing[ok].values) | \
            shapely.intersects_xy(shapely.boundary(polygon), members.easting[ok].values, members.northing[ok].values)
    return inside


def members_near_streets(members: pd.DataFrame, street_geoms, distance: float = 150.0) -> pd.Series:
    """Members whose postcode centroid lies within ``distance`` of one of the streets (e.g. the top priority
    streets): the same test as linking a member to a street."""
    from ..link.link import nearest_segment
    ok = members.easting.notna()
    near = pd.Series(False, index=members.index)
    if ok.any() and len(street_geoms):
        si, _ = nearest_segment(members.easting[ok].values, members.northing[ok].values, np.asarray(street_geoms),
                                np.arange(len(street_geoms)), distance)
        near[ok] = si >= 0
    return near


# ------------------------------------------------------------------ guards
@dataclass
class GuardResult:
    audience: int
    recent_recipients: int
    frequency_days: int
    min_audience: int
    blocked: bool
    messages: List[str] = field(default_factory=list)


def check_guards(audience_ids: Sequence[str], history: pd.DataFrame, now: datetime, frequency_days: int = 7,
                 min_audience: int = 10, block_on_frequency: bool = False) -> GuardResult:
    """``history``: message log recipients (member_id, sent_at ISO). Too small always blocks."""
    ids = pd.Index(audience_ids)
    recent = 0
    if history is not None and len(history) and frequency_days > 0:
        since = pd.Timestamp(now).tz_localize(None) - pd.Timedelta(days=frequency_days)
        sent = pd.to_datetime(history.sent_at, errors="coerce", utc=True).dt.tz_localize(None)
        recent = int(ids.isin(history.member_id[sent >= since]).sum())
    msgs, blocked = [], False
    if len(ids) < min_audience:
        blocked = True
        msgs.append(tr("Audience of {n} is below the minimum of {least}: a message to so few people could single "
                       "someone out.").format(n=len(ids), least=min_audience))
    if recent:
        text = tr("{recent} of {n} recipients already had a message in the last {days} days: not sent; acknowledge "
                  "it to send anyway.") if block_on_frequency else \
            tr("{recent} of {n} recipients already had a message in the last {days} days (acknowledged).")
        msgs.append(text.format(recent=recent, n=len(ids), days=frequency_days))
        blocked = blocked or block_on_frequency
    return GuardResult(len(ids), recent, frequency_days, min_audience, blocked, msgs)


# ------------------------------------------------------------------ templates
def area_context(name: str, insight_row: Optional[Dict] = None, change_row: Optional[Dict] = None) -> Dict:
    """Aggregate figures for the template: never a member's name, contact or id.

    Each figure comes with the area it is for (``figures_name``: the areas of the rows given, else ``name``) and
    its base: priorities as shares of ``prio_n`` answers, the crime change as counts in both named periods with
    whether it is significant after FDR (:func:`core.engage.change_sentence.crime_change_sentence`).
    """
    ctx: Dict = {"name": name, "priorities": [], "prio_n": None, "responses": None, "crime_change": "",
                 "top_crime": "", "figures_name": name}
    r = insight_row or {}
    ctx["figures_name"] = _figures_name(r) or _figures_name(change_row or {}) or name
    for i in (1, 2, 3):
        cat, pct = r.get(f"prio{i}"), r.get(f"prio{i}_pct")
        if cat and pct == pct and pct is not None:
            ctx["priorities"].append({"category": str(cat), "share": int(round(float(pct)))})
    if r.get("prio_n") == r.get("prio_n") and r.get("prio_n"):
        ctx["prio_n"] = int(r["prio_n"])
    if r.get("responses"):
        ctx["responses"] = int(r["responses"])
    c = change_row or {}
    ctx["crime_change"] = crime_change_sentence(_figures_name(c) or name, c)
    from ..analyse.insight import CRIME_FIELDS
    labels = {v: k.lower() for k, v in CRIME_FIELDS.items()}
    counts = {f: r.get(f) or 0 for f in CRIME_FIELDS.values()}
    if any(counts.values()):
        ctx["top_crime"] = labels[max(counts, key=lambda k: counts[k])]
    return ctx


def _figures_name(row: Dict) -> str:
    """The area a row of figures is for: its area_name, or the names of the areas combined into it."""
    names = list(row.get("area_names") or ([row["area_name"]] if row.get("area_name") else []))
    if len(names) > 4:
        return tr("{n} areas ({names} and {more} more)").format(n=len(names), names=", ".join(names[:3]),
                                                                 more=len(names) - 3)
    return join_names(names, 4) if names else ""


@lru_cache(maxsize=1)
def _templates():
    """The message templates' jinja2 environment (autoescaped), made once."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    return Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html", "j2"]))


def render_template(name: str, area: Dict, lang: str = "en", **extra) -> Tuple[str, str]:
    """(subject, HTML body) in ``lang`` ('en', 'cy'), autoescaped. ``extra``: what_was_done, team, incident,
    reference, survey_link, advice. Both languages together: :func:`core.engage.message_language.render_message`."""
    if name not in MESSAGE_TEMPLATES:
        raise LptInputError(tr("unknown template '{name}'").format(name=name), "TEMPLATE",
                            tr("use one of {names}.").format(names=", ".join(MESSAGE_TEMPLATES)))
    env = _templates()
    ctx = {"area": area, "team": extra.pop("team", "") or tr("Your neighbourhood policing team"), **extra}
    body = env.get_template(template_file(name, lang)).render(**ctx).strip()
    with open(os.path.join(TEMPLATE_DIR, template_file(name, lang)), encoding="utf-8") as fh:
        m = re.search(r"subject:\s*(.+?)\s*-#}", fh.read())
    subject = env.from_string(m.group(1)).render(**ctx) if m else name
    return html_lib.unescape(subject), body


_MARKUP = re.compile(r"<\s*(!DOCTYPE|html|head|body|meta|style|p|br|div|span|b|i|u|a|ul|ol|li|h\d|table|font)\b",
                     re.I)


def as_plain_text(text: str) -> str:
    """What a resident receives is plain text: any HTML or editor markup (Qt's rich text) is turned into text."""
    text = str(text or "")
    return html_to_text(text) if _MARKUP.search(text) else text.strip()


def text_to_html(text: str) -> str:
    """The HTML rendering of a plain-text email body, by the plugin's own autoescaped template."""
    env = _templates()
    paragraphs = [p.split("\n") for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return env.get_template("email_body.html.j2").render(paragraphs=paragraphs).strip()


PLACEHOLDER = re.compile(r"\[[^\[\]\n]{2,80}\]|\{\{[^}\n]{0,80}\}\}|<<[^>\n]{1,80}>>")


def unfilled_placeholders(*texts: str) -> List[str]:
    """'[describe the incident]', '{{ reference }}' and similar left in a text: an export is blocked until filled."""
    found: List[str] = []
    for t in texts:
        for m in PLACEHOLDER.findall(t or ""):
            if m not in found:
                found.append(m)
    return found


def check_placeholders(subject: str, body: str) -> None:
    left = unfilled_placeholders(subject, body)
    if left:
        raise LptInputError(tr("the message still has {n} placeholder(s) to fill in: {left}").format(
            n=len(left), left=", ".join(left)), "BODY", tr("replace each with the real text (or remove it), then export."))


def join_names(names: Sequence[str], most: int = 3, more: str = "nearby streets") -> str:
    """'Hessle Road, Anlaby Road and Boulevard' (+ ' and nearby streets' beyond ``most``); 'your area' if none."""
    seen: List[str] = []
    for n in names:
        n = str(n or "").strip()
        if n and n not in seen:
            seen.append(n)
    if not seen:
        return tr("your area")
    head = seen[:most]
    text = head[0] if len(head) == 1 else tr("{names} and {last}").format(names=", ".join(head[:-1]), last=head[-1])
    if len(seen) <= most:
        return text
    words = {"nearby streets": tr("nearby streets"), "nearby areas": tr("nearby areas")}   # in the language in force
    return tr("{names} and {last}").format(names=text, last=words.get(more, more))


def html_to_text(body: str) -> str:
    """Plain text of an (escaped) HTML body, for SMS and previews (head, style and script content dropped)."""
    t = re.sub(r"<(head|style|script)\b.*?</\1\s*>", "", body, flags=re.I | re.S)
    t = re.sub(r"<!DOCTYPE[^>]*>", "", t, flags=re.I)
    t = re.sub(r"</p>\s*", "\n\n", t)
    t = re.sub(r"<br\s*/?>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html_lib.unescape(t)
    return re.sub(r"[ \t]+", " ", re.sub(r"\n{3,}", "\n\n", t)).strip()


GSM7 = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
           "¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXT = set("^{}\\[~]|€")


def sms_segments(text: str) -> Tuple[int, int, str]:
    """(characters counted, segments, encoding): GSM-7 160/153, else UCS-2 70/67 per segment."""
    if all(ch in GSM7 or ch in GSM7_EXT for ch in text):
        n = sum(2 if ch in GSM7_EXT else 1 for ch in text)
        return n, (1 if n <= 160 else -(-n // 153)), "GSM-7"
    n = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)
    return n, (1 if n <= 70 else -(-n // 67)), "UCS-2"


# ------------------------------------------------------------------ export and log
@dataclass
class Message:
    area_label: str
    channel: str                # email | sms
    subject: str
    body: str
    author: str
    template: str = ""
    message_id: str = ""
    created: str = ""

    def __post_init__(self):
        if self.channel not in ("email", "sms"):
            raise LptInputError(tr("channel '{channel}' is not email or sms").format(channel=self.channel),
                                "CHANNEL", "")
        self.subject = as_plain_text(self.subject).replace("\n", " ").strip()
        self.body = as_plain_text(self.body)
        self.message_id = self.message_id or "MSG-" + uuid.uuid4().hex[:12].upper()
        self.created = self.created or datetime.now(timezone.utc).isoformat(timespec="seconds")


def combine_rows(rows: pd.DataFrame) -> Dict:
    """One aggregate row from several insight/change rows: counts summed, priorities re-weighted by answers.

    The areas combined are kept by name (``area_names``); for change rows, ``sig_areas`` names those whose own
    change is significant after FDR. The combined change is not tested again, so it carries no ``crimes_sig``.
    """
    if rows is None or rows.empty:
        return {}
    if len(rows) == 1:
        return rows.iloc[0].to_dict()
    out: Dict = {}
    for c in rows.columns:
        if c.startswith("c_") and not c.endswith(("_pct", "_p", "_q", "_sig", "_chg")) or c in ("crimes", "responses",
                                                                                                   "crimes_1", "crimes_2",
                                                                                                   "prio_n"):
            out[c] = pd.to_numeric(rows[c], errors="coerce").sum()
    if "area_name" in rows:
        out["area_names"] = [str(n) for n in rows.area_name]
    for c in ("period_1", "period_2", "comparable", "coverage", "alpha"):
        if c in rows and rows[c].astype(str).nunique() == 1:
            out[c] = rows[c].iloc[0]
    if {"crimes_1", "crimes_2"} <= set(out):
        out["sig_areas"] = [str(r.get("area_name", "")) for r in rows.to_dict("records") if is_significant(r)]
    if "prio1" in rows:
        votes: Dict[str, float] = {}
        n = pd.to_numeric(rows.get("prio_n", 0), errors="coerce").fillna(0)
        for i in (1, 2, 3):
            for cat, pct, k in zip(rows[f"prio{i}"], rows[f"prio{i}_pct"], n):
                if isinstance(cat, str) and cat and pct == pct:
                    votes[cat] = votes.get(cat, 0.0) + float(pct) * float(k) / 100.0
        total = float(n.sum())
        for i, (cat, v) in enumerate(sorted(votes.items(), key=lambda kv: -kv[1])[:3], start=1):
            out[f"prio{i}"], out[f"prio{i}_pct"] = cat, 100.0 * v / total if total else np.nan
    return out


def linked_members(members: pd.DataFrame, postcodes: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    """Members with their postcode centroid (easting, northing) and area code: what audiences are made from."""
    from ..link.link import LinkInputs, empty_crimes, empty_streets, empty_surveys, link
    m = members.copy()
    for c in ("registered", "opted_out", "groups", *DEMOGRAPHIC_FIELDS):
        if c not in m:
            m[c] = ""
    m = m.fillna({c: "" for c in m.columns if m[c].dtype == object})
    areas = areas[areas.geometry.notna()].copy()
    areas["area_code"] = areas.area_code.astype(str)
    links = link(LinkInputs(members=m, postcodes=postcodes, streets=empty_streets(), areas=areas,
                            crimes=empty_crimes(), surveys=empty_surveys()))
    out = links.members.copy()
    out["area_code"] = out.area_code.astype(str)
    out["street_id"] = out.street_id.astype(str)
    return out
