#!/usr/bin/env python3
"""Update and compile the translations: ``i18n/lpt_<lang>.ts`` -> ``i18n/lpt_<lang>.qm``.

Every user-facing string is gathered from three places into one ``.ts`` file per language:
- the Qt side (plugin.py, processing/, qgisio/, dialogs/) by ``pylupdate5``, under its class contexts;
- ``core/`` by reading its syntax tree: ``tr("...")`` and ``QT_TR_NOOP("...")`` (core/i18n.py), context ``core``;
- the jinja2 templates in resources/templates: ``_("...")``, context ``core``.
Translations already in the file are kept; new strings are added unfinished; strings no longer in the code
are dropped and reported as obsolete. ``--check`` (what ``make translations`` runs) fails when any string is
untranslated or obsolete, or when ``tr()`` is given something the extractor cannot read (an f-string, a name).
It also fails, naming file:line, when on the Qt side an error is written in English only: ``LptInputError``
given a string literal or an f-string as its message (first argument) or fix (third; "" is fine), or
``QgsProcessingException``, ``feedback.reportError`` or ``feedback.pushWarning`` given one as its text - such
text must go through ``self.tr("...")`` or ``QCoreApplication.translate("LptAlgorithm", "...")`` (placeholders +
``.format()``); ``self.tr()``/``translate()`` given an f-string or built text is a fault there too.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from typing import Dict, List, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QT_DIRS = ("processing", "qgisio", "dialogs")
CORE_CONTEXT = "core"
MARKERS = ("tr", "QT_TR_NOOP")
# shipped configuration a force may edit whose text is shown to people: looked up with tr(text) where shown
CONFIG_COLUMNS = (("action_rules.csv", "action"), ("place_names.csv", "action"), ("place_names.csv", "kind"),
                  ("priority_categories.csv", "category"))
Key = Tuple[str, str]                        # (context, source)


def _py_files(*dirs: str) -> List[str]:
    out = []
    for d in dirs:
        for base, _, files in os.walk(os.path.join(ROOT, d)):
            out += [os.path.join(base, f) for f in sorted(files) if f.endswith(".py")]
    return sorted(out)


def qt_messages() -> Dict[Key, str]:
    """(context, source) -> location of every string pylupdate5 finds on the Qt side."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, "qt.ts")
        sources = [os.path.join(ROOT, "plugin.py"), *_py_files(*QT_DIRS)]
        subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", ts], check=True, capture_output=True)
        out = {}
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                loc = msg.find("location")
                where = ""
                if loc is not None:
                    full = os.path.normpath(os.path.join(tmp, loc.get("filename")))
                    where = f"{os.path.relpath(full, ROOT)}:{loc.get('line')}"
                out[(name, msg.findtext("source"))] = where
        return out


def _marker_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _built_text(arg) -> bool:
    """An argument that is text built on the spot (f-string, +, %, .format()): never in the catalogue."""
    if isinstance(arg, (ast.JoinedStr, ast.BinOp)):
        return True
    return isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr in ("format", "join")


# Qt-side calls whose text is shown to the user: name -> positions (and keywords) of the shown text
SHOWN_TEXT = {"LptInputError": ((0, "message"), (2, "fix")), "QgsProcessingException": ((0, None),),
              "reportError": ((0, None),), "pushWarning": ((0, None),)}


def _english_only(arg) -> bool:
    """Literal English text: a string literal with a letter in it (not "" or " - "), an f-string, or text built
    from one (+, %, "...".format())."""
    if isinstance(arg, ast.Constant):
        return isinstance(arg.value, str) and any(c.isalpha() for c in arg.value)
    if isinstance(arg, ast.JoinedStr):
        return True
    if isinstance(arg, ast.BinOp):
        return _english_only(arg.left) or _english_only(arg.right)
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "format":
        return isinstance(arg.func.value, (ast.Constant, ast.JoinedStr)) and _english_only(arg.func.value)
    return False


def qt_text_faults(faults: List[str]) -> None:
    """On the Qt side (plugin.py, processing/, qgisio/, dialogs/): an error message or fix written as a literal
    (never translated), or a ``tr()``/``translate()`` given text pylupdate5 cannot read."""
    for path in [os.path.join(ROOT, "plugin.py"), *_py_files(*QT_DIRS)]:
        rel = os.path.relpath(path, ROOT)
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), rel)
        found: List[Tuple[int, str]] = []
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _marker_name(node.func)
            if name in ("tr", "translate"):
                pos = 0 if name == "tr" else 1
                arg = node.args[pos] if len(node.args) > pos else None
                if _built_text(arg):
                    found.append((node.lineno, f"{name}() needs one string literal (placeholders + .format() "
                                                "after the call)"))
                continue
            for pos, keyword in SHOWN_TEXT.get(name, ()):
                arg = node.args[pos] if len(node.args) > pos else next(
                    (k.value for k in node.keywords if keyword and k.arg == keyword), None)
                if arg is not None and _english_only(arg):
                    found.append((arg.lineno, f"{name}() {keyword or 'text'} is English only: use self.tr(\"...\") "
                                               "or QCoreApplication.translate(\"LptAlgorithm\", \"...\") (placeholders "
                                               "+ .format())"))
        faults.extend(f"{rel}:{line}: {text}" for line, text in sorted(found))


def config_messages() -> Dict[Key, str]:
    """The shown columns of the shipped configuration CSVs (CONFIG_COLUMNS)."""
    import csv
    out = {}
    for name, column in CONFIG_COLUMNS:
        path = os.path.join(ROOT, "resources", "config", name)
        with open(path, encoding="utf-8-sig", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh), start=2):
                if (row.get(column) or "").strip():
                    out.setdefault((CORE_CONTEXT, row[column].strip()), f"resources/config/{name}:{i}")
    return out


def style_messages() -> Dict[Key, str]:
    """The class and rule labels of the shipped QML styles (resources/styles), context ``styles``."""
    out = {}
    sdir = os.path.join(ROOT, "resources", "styles")
    for name in sorted(os.listdir(sdir)):
        if name.endswith(".qml"):
            for el in ET.parse(os.path.join(sdir, name)).getroot().iter():
                if el.tag in ("category", "range", "rule") and (el.get("label") or "").strip():
                    out.setdefault(("styles", el.get("label")), f"resources/styles/{name}:1")
    return out


def core_messages(faults: List[str]) -> Dict[Key, str]:
    """``tr("...")`` and ``QT_TR_NOOP("...")`` in core/; a call the extractor cannot read is a fault."""
    out = {}
    for path in _py_files("core"):
        rel = os.path.relpath(path, ROOT)
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), rel)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _marker_name(node.func) in MARKERS):
                continue
            if isinstance(node.func, ast.Attribute) and not isinstance(node.func.value, ast.Name):
                continue                                    # something(...).tr: not ours
            arg = node.args[0] if len(node.args) == 1 and not node.keywords else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                out.setdefault((CORE_CONTEXT, arg.value), f"{rel}:{node.lineno}")
            elif _built_text(arg) or (arg is not None and _marker_name(node.func) == "QT_TR_NOOP"):
                faults.append(f"{rel}:{node.lineno}: tr() needs one string literal (placeholders + .format())")
            # tr(label) on a value marked QT_TR_NOOP where defined, or read from CONFIG_COLUMNS: looked up as is
    return out


def template_messages(faults: List[str]) -> Dict[Key, str]:
    """``_("...")`` in the jinja2 templates."""
    import jinja2
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    out = {}
    tdir = os.path.join(ROOT, "resources", "templates")
    for name in sorted(os.listdir(tdir)):
        if not name.endswith(".j2"):
            continue
        with open(os.path.join(tdir, name), encoding="utf-8") as fh:
            src = fh.read()
        for line, func, msg in env.extract_translations(src):
            if func in ("_", "gettext") and isinstance(msg, str):
                out.setdefault((CORE_CONTEXT, msg), f"resources/templates/{name}:{line}")
            else:
                faults.append(f"resources/templates/{name}:{line}: {func}() needs one string literal")
    return out


def read_ts(path: str) -> Dict[Key, str]:
    """(context, source) -> finished translation of an existing .ts (unfinished ones are not kept)."""
    if not os.path.exists(path):
        return {}
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished") and tr.text:
                out[(name, msg.findtext("source"))] = tr.text
    return out


def write_ts(path: str, lang: str, messages: Dict[Key, str], done: Dict[Key, str]) -> None:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    by_ctx: Dict[str, List[Key]] = {}
    for key in messages:
        by_ctx.setdefault(key[0], []).append(key)
    for name in sorted(by_ctx):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for key in sorted(by_ctx[name], key=lambda k: k[1]):
            msg = ET.SubElement(ctx, "message")
            fname, _, line = messages[key].rpartition(":")
            if fname:
                ET.SubElement(msg, "location", filename=os.path.join("..", fname))   # no line: no churn
            ET.SubElement(msg, "source").text = key[1]
            tr = ET.SubElement(msg, "translation")
            if key in done:
                tr.text = done[key]
            else:
                tr.set("type", "unfinished")
    ET.indent(root)
    with open(path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        fh.write(ET.tostring(root, encoding="utf-8"))


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%[sdfn]|</?[A-Za-z][^>]*>|&[a-z]+;")


def placeholder_faults(done: Dict[Key, str]) -> List[str]:
    """A translation must keep its source's placeholders ({n}, %1), HTML tags and entities, or the text breaks."""
    out = []
    for (ctx, src), text in done.items():
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
            missing = set(PLACEHOLDER.findall(src)) ^ set(PLACEHOLDER.findall(text))
            out.append(f"[{ctx}] {src[:60]!r}: placeholders/tags differ {sorted(missing)[:6]}")
    return out


def export_untranslated(path: str, lang: str, contexts: List[str]) -> int:
    """Write {context: {source: ""}} of the untranslated strings (of the given contexts) for a translator."""
    messages = all_messages([])
    done = read_ts(os.path.join(ROOT, "i18n", f"lpt_{lang}.ts"))
    todo: Dict[str, Dict[str, str]] = {}
    for ctx, src in sorted(messages):
        if (ctx, src) not in done and (not contexts or ctx in contexts):
            todo.setdefault(ctx, {})[src] = ""
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(todo, fh, ensure_ascii=False, indent=1)
    print(f"{path}: {sum(map(len, todo.values()))} untranslated strings")
    return 0


def import_translations(paths: List[str], lang: str) -> int:
    """Fill translations from {context: {source: translation}} files into the .ts (empty ones skipped)."""
    ts = os.path.join(ROOT, "i18n", f"lpt_{lang}.ts")
    done = read_ts(ts)
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for ctx, table in json.load(fh).items():
                done.update({(ctx, src): t for src, t in table.items() if t})
    messages = all_messages([])
    write_ts(ts, lang, messages, {k: v for k, v in done.items() if k in messages})
    return update(lang, check=False)


def all_messages(faults: List[str]) -> Dict[Key, str]:
    qt_text_faults(faults)
    found = qt_messages()
    found.update(core_messages(faults))
    found.update(template_messages(faults))
    found.update(config_messages())
    found.update(style_messages())
    return found


def update(lang: str, check: bool) -> int:
    faults: List[str] = []
    messages = all_messages(faults)
    ts = os.path.join(ROOT, "i18n", f"lpt_{lang}.ts")
    old = read_ts(ts)
    done = {k: v for k, v in old.items() if k in messages}
    obsolete = sorted(k for k in old if k not in messages)
    unfinished = sorted(k for k in messages if k not in done)
    write_ts(ts, lang, messages, done)
    qm = os.path.join(ROOT, "i18n", f"lpt_{lang}.qm")
    subprocess.run(["lrelease", "-silent", ts, "-qm", qm], check=True)
    print(f"{os.path.relpath(ts, ROOT)}: {len(messages)} strings, {len(done)} translated, "
          f"{len(unfinished)} untranslated, {len(obsolete)} obsolete (dropped); compiled {os.path.relpath(qm, ROOT)}")
    for kind, keys in (("untranslated", unfinished), ("obsolete", obsolete)):
        for ctx, src in keys[:25]:
            print(f"  {kind}: [{ctx}] {src[:100]!r}  ({messages.get((ctx, src), '')})")
        if len(keys) > 25:
            print(f"  ... and {len(keys) - 25} more {kind}")
    faults += placeholder_faults(done)
    for f in faults:
        print(f"  fault: {f}")
    return 1 if check and (unfinished or obsolete or faults) else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="cy")
    ap.add_argument("--check", action="store_true", help="fail on untranslated, obsolete or unreadable strings")
    ap.add_argument("--root", help="plugin folder to read (default: this script's)")
    ap.add_argument("--export", metavar="JSON", help="write the untranslated strings to fill in")
    ap.add_argument("--contexts", nargs="*", default=[], help="with --export: only these contexts")
    ap.add_argument("--import", dest="imports", nargs="*", metavar="JSON", help="fill translations from these files")
    a = ap.parse_args(argv)
    if a.root:
        global ROOT
        ROOT = os.path.abspath(a.root)
    if a.export:
        return export_untranslated(a.export, a.lang, a.contexts)
    if a.imports:
        return import_translations(a.imports, a.lang)
    return update(a.lang, a.check)


if __name__ == "__main__":
    sys.exit(main())
