"""Session 11's speed-ups keep behaviour: a loop that skips the words none of its tests looks for lets through every
word they test, and the words it passes over still count as context."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from attribution.engine import content, lexicons, outlets
from attribution.engine.tokens import tokenize
from attribution.models import Span


def _words_tested_on(function: object, name: str) -> set[str]:
    """The words a function's code compares the token variable `name` with (`tok.key == "x"`, `tok.text in SET`),
    read from its source: what a gate before those tests must let through."""
    module = inspect.getmodule(function)
    # Its definition in the module's source (inspect.getsource cannot read a compiled function: _native)
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    [definition] = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function.__name__]
    words: set[str] = set()
    for node in ast.walk(definition):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Attribute)):
            continue
        if not (isinstance(node.left.value, ast.Name) and node.left.value.id == name):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.Eq | ast.In) and isinstance(right, ast.Constant):
                words.add(right.value) if isinstance(op, ast.Eq) else words.update(right.value)
            elif isinstance(op, ast.In) and isinstance(right, ast.Name):
                words.update(getattr(module, right.id))
            elif isinstance(op, ast.In) and isinstance(right, ast.Tuple):
                words.update(e.value for e in right.elts)
    return words


def test_the_gate_of_content_after_lets_through_every_word_its_loop_tests() -> None:
    """content_after skips a token that no test of its loop looks for: a test added on another word must add the
    word to _CONTENT_STOPS, or it would never run."""
    tested = _words_tested_on(content.content_after, "tok")
    assert {";", ",", "yet", "and", "in", "though"} <= tested  # the reading of the source finds the tests
    assert tested <= content._CONTENT_STOPS


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The mayor told the Kyiv-based Halden Courier that the bridge would reopen.", "Halden Courier"),
        ("The mayor told the Halden Courier that the bridge would reopen.", "Halden Courier"),
        ("The mayor told Halden Courier that the bridge would reopen.", "Halden Courier"),
        ("The mayor told the pro-government, Kremlin-run Halden Courier that it was fine.", None),
        ("The minister said so, according to local media.", "local media"),
        ("The minister said so, according to Chilean media.", "Chilean media"),
        ("The minister told Reuters that talks would go on.", "Reuters"),
        ("The minister told the Italian daily Corriere della Sera that talks would go on.", "Corriere della Sera"),
        ("The minister spoke to state television on Monday.", "state television"),
        ("The minister said so in an interview with dpa.", "dpa"),
        ("The minister said so, Ekspress.ru reported.", "Ekspress.ru"),
        ("The minister said so, the agency's correspondent reported.", None),
        ("Lavrov told reporters that talks would go on.", None),
        ("the mayor told the halden courier it was fine.", None),
    ],
)
def test_relay_outlet_reads_the_words_its_scan_passes_over_as_context(sentence: str, outlet: str | None) -> None:
    """relay_outlet looks closely only at capitalized words, lower-case outlet words and possessives; the words it
    passes over still tell what came before a name ("told the Kyiv-based …": the context is before the describing
    word)."""
    toks = tokenize(sentence)
    assert outlets.relay_outlet(toks, Span(0, len(sentence)), (), lexicons.load()) == outlet
