"""Session 11's speed-ups keep behaviour: a token's fields read from the cache of words met before are those computed
from its text, however the cache was filled or emptied; a loop that skips the words none of its tests looks for lets
through every word they test."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from attribution.engine import content, lexicons, outlets
from attribution.engine import tokens as token_module
from attribution.engine.tokens import Token, tokenize
from attribution.models import Span


def _computed(text: str) -> list[Token]:
    """The tokens with each field computed from the token's own text, as tokenize did before its cache."""
    return [
        Token(m.start(), m.end(), t, t.lower().replace("’", "'"), t[0].isalnum(), t[0].isupper())
        for m in token_module._TOKEN.finditer(text)
        for t in (m[0],)
    ]


TEXTS = [
    "Ms. Odum said the harbour plan would go ahead.",
    "ms. odum SAID The Harbour plan; Russia’s U.S. 1,000 ... !!! ---- O'Brien’s",
    "İstanbul ΣΟΦΙΑ straße Ǆemal ǅemal ½ ² 3rd _under",  # case mappings that are no plain ASCII lower-casing
    "said Said SAID said. Said, said",  # one word in three spellings: three entries, never one
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("capacity", [50_000, 3, 1])
def test_cached_token_fields_are_those_computed_from_the_text(
    text: str, capacity: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(token_module, "_MAX_WORDS", capacity)
    monkeypatch.setattr(token_module, "_word_fields", {})
    for _ in range(2):  # filled by the first pass, read by the second
        assert tokenize(text) == _computed(text)
        assert tokenize(" ".join(reversed(text.split()))) == _computed(" ".join(reversed(text.split())))
    assert len(token_module._word_fields) <= capacity  # emptied when full: bounded on a long run


def _words_tested_on(function: object, name: str) -> set[str]:
    """The words a function's code compares the token variable `name` with (`tok.key == "x"`, `tok.text in SET`),
    read from its source: what a gate before those tests must let through."""
    module = inspect.getmodule(function)
    words: set[str] = set()
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(function)))):
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
