"""The engine's modules import one another one way only: the import graph has no cycle."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parent.parent / "attribution" / "engine"


def _imports(source: str) -> set[str]:
    """The sibling modules one engine module imports ("from .phrases import …", "from . import quotes")."""
    out = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            out |= {node.module} if node.module else {a.name for a in node.names}
    return out


def _graph() -> dict[str, set[str]]:
    return {p.stem: _imports(p.read_text(encoding="utf-8")) for p in ENGINE.glob("*.py") if p.stem != "__init__"}


def test_the_engine_import_graph_is_acyclic() -> None:
    order = list(TopologicalSorter(_graph()).static_order())
    assert order.index("paragraph") < order.index("phrases") < order.index("content") < order.index("frames")


@pytest.mark.parametrize(
    ("sources", "cyclic"),
    [
        ({"a": "from .b import x", "b": "from .c import y", "c": ""}, False),
        ({"a": "from .b import x", "b": "from . import a"}, True),
        ({"a": "from ..models import Span", "b": "from .a import z"}, False),
    ],
)
def test_the_check_sees_cycles(sources: dict[str, str], cyclic: bool) -> None:
    graph = {name: _imports(text) for name, text in sources.items()}
    if cyclic:
        with pytest.raises(CycleError):
            list(TopologicalSorter(graph).static_order())
    else:
        list(TopologicalSorter(graph).static_order())


def test_no_engine_module_is_left_at_the_package_top() -> None:
    top = {p.stem for p in ENGINE.parent.glob("*.py")}
    assert not top & {p.stem for p in ENGINE.glob("*.py") if p.stem != "__init__"}
