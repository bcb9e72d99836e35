"""Quote-mark pairing: every family of marks, continuation across paragraphs, apostrophes never marks."""

from __future__ import annotations

import pytest

from attribution.engine.quotes import find_quotes
from attribution.engine.segmenting import paragraphs

CASES = [
    # (text, the quoted parts as written)
    ('He said "we will go" today.', ['"we will go"']),
    ("He said “we will go” today.", ["“we will go”"]),
    ("Il a dit « nous irons » hier.", ["« nous irons »"]),
    ("Er sagte „wir gehen“ heute.", ["„wir gehen“"]),
    ("She said ‹ nous irons › then.", ["‹ nous irons ›"]),
    ("''I don't judge,'' he said.", ["''I don't judge,''"]),
    ("``Go now,'' he said.", ["``Go now,''"]),
    ("He said 'we will go' today.", ["'we will go'"]),
    ("“Outer ‘inner’ outer,” she said.", ["“Outer ‘inner’ outer,”"]),
    # apostrophes are never marks
    ("Russia's position and Ukraine’s answer don't change.", []),
    ("In the '90s and the ’90s the parents' view changed.", []),
    ("O'Brien said “it’s over” and left.", ["“it’s over”"]),
    # a quote that runs over paragraphs: each paragraph opens it, the last closes it
    ("“First part.\n“Second part.\n“Third part,” he said.", ["“First part.", "“Second part.", "“Third part,”"]),
    # … with the same mark: a paragraph opening another kind of mark starts a new quotation
    ('"An excerpt begins.\n“Inner words,” she said.', ['"An excerpt begins.', "“Inner words,”"]),
    # an unclosed quote stays within its paragraph when the next does not open a quote
    ("“Never closed.\nNext paragraph.", ["“Never closed."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[str]) -> None:
    found = find_quotes(text, paragraphs(text))
    assert [p.of(text) for q in found for p in q.parts] == expected


def test_continued_quote_is_one_quote() -> None:
    text = "“First part.\n“Second part,” he said."
    (quote,) = find_quotes(text, paragraphs(text))
    assert len(quote.parts) == 2 and quote.closed
