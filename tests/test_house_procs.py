"""#28 points 2 and 3: processing/ grouped like core/, no import cycle, short functions, the GUI apart from
processing/ (checked on the source, as a reviewer would)."""
import ast
import importlib
from pathlib import Path

from _paths import ROOT

PACKAGES = ("core", "processing", "qgisio", "dialogs")
GROUPS = ("imports", "analyse", "engage", "report", "demo", "store")


def _module(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph():
    """module -> modules it imports (relative imports resolved, module-level and inside functions)."""
    graph = {}
    for pkg in PACKAGES:
        for f in (ROOT / pkg).rglob("*.py"):
            mod = _module(f)
            base = mod.split(".") if f.name == "__init__.py" else mod.split(".")[:-1]
            deps = set()
            for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.level:
                    up = base[:len(base) - (node.level - 1)]
                    if node.module:
                        deps.add(".".join(up + node.module.split(".")))
                    else:
                        deps.update(".".join(up + [a.name]) for a in node.names)
            graph[mod] = deps
    return graph


def _top_level(graph):
    """Only imports made at module level count for cycles (a function-level import is how a cycle is broken)."""
    top = {}
    for pkg in PACKAGES:
        for f in (ROOT / pkg).rglob("*.py"):
            mod = _module(f)
            base = mod.split(".") if f.name == "__init__.py" else mod.split(".")[:-1]
            deps = set()
            for node in ast.parse(f.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.ImportFrom) and node.level:
                    up = base[:len(base) - (node.level - 1)]
                    deps.add(".".join(up + (node.module.split(".") if node.module else [])))
            top[mod] = {d for d in deps if d in graph}
    return top


def test_no_import_cycle():
    graph = _top_level(_graph())
    state, cycles = {}, []

    def visit(m, stack):
        state[m] = 1
        for d in graph.get(m, ()):
            if state.get(d) == 1:
                cycles.append(" -> ".join(stack[stack.index(d):] + [d]))
            elif d not in state:
                visit(d, stack + [d])
        state[m] = 2
    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert not cycles, "\n".join(cycles)


def test_no_function_over_60_lines_in_the_skins():
    long = []
    for pkg in ("processing", "qgisio", "dialogs"):
        for f in (ROOT / pkg).rglob("*.py"):
            for n in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
                if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > 60:
                    long.append(f"{f.relative_to(ROOT)}:{n.lineno} {n.name} ({n.end_lineno - n.lineno + 1} lines)")
    assert not long, "\n".join(long)


def test_dialogs_import_nothing_from_processing_and_core_no_qt():
    graph = _graph()
    wrong = [f"{m} imports {d}" for m, deps in graph.items() if m.startswith("dialogs")
             for d in deps if d.startswith("processing")]
    for f in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            wrong += [f"{f.relative_to(ROOT)} imports {n}" for n in names if n.split(".")[0] in ("qgis", "PyQt5")]
    assert not wrong, "\n".join(wrong)


def test_every_algorithm_sits_in_its_group_one_per_file(lpt_plugin):
    from local_priority_targeting.processing.algorithm import LptAlgorithm
    from local_priority_targeting.processing.catalogue import CATALOGUE
    for e in CATALOGUE:
        group, _, leaf = e.module.partition(".")
        assert group in GROUPS and leaf, e.module
        mod = importlib.import_module(f"local_priority_targeting.processing.{e.module}")
        own = [v for v in vars(mod).values() if isinstance(v, type) and issubclass(v, LptAlgorithm)
               and v.__module__ == mod.__name__ and getattr(v, "NAME", "")]
        assert [c.__name__ for c in own] == [e.cls], e.module
    flat = [p.name for p in (ROOT / "processing").glob("*.py")]
    assert not [n for n in flat if n.startswith(("import_", "link_", "priority_", "export_", "generate_"))], flat
