"""Patterns written for speed find what the plain ones find: the quotation marks (a character class first), the
words of an interview (their beginnings looked up in a lower-cased copy)."""

from __future__ import annotations

import re

import pytest

from attribution.engine.outlets import _INTERVIEW_WORDS, _interview_words
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


@pytest.mark.parametrize(
    "text",
    [
        "Lind spoke to Radio Tamsin on Monday. She gave an Interview to the Courier.",
        "He spoke softly; she was speaking with aides and talked to nobody.",  # a beginning that is no match
        "INTERVIEW: the mayor sat down with us after she appeared on Kestrel TV.",
        "İstanbul: the envoy spoke to Anadolu, then gave an interview.",  # 'İ' lower-cases to two characters
        "interviewinterview spoke with",
        "nothing of the kind here",
        "",
    ],
)
def test_interview_words_are_where_the_pattern_finds_them(text: str) -> None:
    """Looked up by their beginnings in a lower-cased copy for speed; the same places as a scan of the text."""
    assert _interview_words(text) == [m.start() for m in _INTERVIEW_WORDS.finditer(text)]
