"""The quotation-mark pattern written for speed (a character class first) finds what the plain alternation finds."""

from __future__ import annotations

import re

import pytest

from attribution.engine.quotes import _MARK

_PLAIN = re.compile(r"''|``|[\"“”„«»‹›‘’‚']")  # two apostrophes or two backticks are one mark; one backtick none


@pytest.mark.parametrize(
    "text",
    [
        "He said ''we will'' and left.",
        "``Quoted,'' she wrote",
        "a ` lone backtick, a ``pair`` and '''three'''",
        "“Curly” ‘single’ „low“ «guillemets» ‹one› ‚low single‘",
        "don't, Russia's, '90s",
        "'`'`` `'",
        "no marks at all",
        "",
    ],
)
def test_marks_are_those_of_the_plain_alternation(text: str) -> None:
    want = [(m.start(), m.group()) for m in _PLAIN.finditer(text)]
    assert [(m.start(), m.group()) for m in _MARK.finditer(text)] == want
    for i in range(len(text) + 1):  # anchored at every offset too, as _role and _same_mark use it
        plain, fast = _PLAIN.match(text, i), _MARK.match(text, i)
        assert (fast and fast.group()) == (plain and plain.group())
